//! The rules: plain Rust, no web crates, tested natively.
//!
//! [`check`] takes a validated [`Application`] and returns a [`Verdict`];
//! reading loose input into an `Application` is the API's job.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod amounts;
pub mod blue_card;
pub mod dates;
pub mod money;
mod thirty_percent;

use crate::names::named_enum;
use amounts::{Figure, Period};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

pub use blue_card::{BlueCard, Condition};
pub use thirty_percent::{
    NormKind, ThirtyPercent, NORMS_2027_IN_2024_PRICES, PERCENTAGE_FROM_2027, REDUCED_FROM,
};

named_enum! {
    pub enum Role {
        Employee,
        /// Scientific researcher: no income criterion.
        Researcher,
        /// Doctor in training to become a specialist: no income criterion.
        DoctorInTraining,
    }
}

named_enum! {
    pub enum Degree {
        None, Bachelor, Master, Phd,
    }
}

named_enum! {
    pub enum DegreeFrom {
        Netherlands,
        /// A foreign institution in the top 200 of a recognised world ranking.
        Top200,
        Elsewhere,
    }
}

named_enum! {
    /// A degree that makes the reduced criterion apply for three years.
    pub enum Programme {
        DutchBachelor, DutchMaster, DutchPhd,
        Top200Master, Top200Phd,
    }
}

named_enum! {
    pub enum SalaryPeriod {
        Month, Year,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Salary {
    pub amount: Decimal,
    pub period: SalaryPeriod,
    pub holiday_allowance_included: bool,
}

/// The 8% holiday allowance (vakantiegeld) as a factor.
const HOLIDAY_FACTOR: Decimal = Decimal::from_parts(108, 0, 0, false, 2);

impl Salary {
    /// Gross a month excluding holiday allowance: the IND's basis. Not rounded.
    pub fn monthly_excl(&self) -> Decimal {
        let months = Decimal::from(12);
        match (self.period, self.holiday_allowance_included) {
            (SalaryPeriod::Month, false) => self.amount,
            (SalaryPeriod::Month, true) => self.amount / HOLIDAY_FACTOR,
            (SalaryPeriod::Year, false) => self.amount / months,
            (SalaryPeriod::Year, true) => self.amount / (months * HOLIDAY_FACTOR),
        }
    }

    /// Gross a year including holiday allowance: the Belastingdienst's basis. Not rounded.
    pub fn annual_incl(&self) -> Decimal {
        let months = Decimal::from(12);
        match (self.period, self.holiday_allowance_included) {
            (SalaryPeriod::Month, false) => self.amount * months * HOLIDAY_FACTOR,
            (SalaryPeriod::Month, true) => self.amount * months,
            (SalaryPeriod::Year, false) => self.amount * HOLIDAY_FACTOR,
            (SalaryPeriod::Year, true) => self.amount,
        }
    }
}

/// What is known of the applicant's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    BirthDate(NaiveDate),
    /// Whole years on the application date.
    Years(u32),
    /// Not given: allowed only where no rule depends on it (see [`needs_age`]).
    Unknown,
}

named_enum! {
    /// Why the employer applies: a first permit, or for someone who holds one.
    pub enum Situation {
        FirstPermit, Extension, ChangeOfEmployer,
    }
}

named_enum! {
    /// The criterion a current permit was granted on (`permitCriterion`).
    pub enum Criterion {
        Reduced, UnderThirty, ThirtyPlus,
    }
}

/// The permit applied for, and for someone who holds one, what it was granted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permit {
    First,
    /// With the same employer.
    Extension(Criterion),
    /// The new employer reports the change.
    ChangeOfEmployer(Criterion),
}

impl Permit {
    pub fn situation(self) -> Situation {
        match self {
            Permit::First => Situation::FirstPermit,
            Permit::Extension(_) => Situation::Extension,
            Permit::ChangeOfEmployer(_) => Situation::ChangeOfEmployer,
        }
    }

    pub fn criterion(self) -> Option<Criterion> {
        match self {
            Permit::First => None,
            Permit::Extension(c) | Permit::ChangeOfEmployer(c) => Some(c),
        }
    }
}

/// A validated applicant: every date exists and is in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Applicant {
    pub application_date: NaiveDate,
    pub age: Age,
    pub degree: Degree,
    /// `None` only when `degree` is `None`.
    pub degree_from: Option<DegreeFrom>,
    pub graduation_date: Option<NaiveDate>,
    pub orientation_year: bool,
    pub role: Role,
    pub permit: Permit,
}

named_enum! {
    pub enum Band {
        /// Researcher or doctor in training: no income criterion.
        Exempt,
        /// Recent graduate or after the orientation year.
        Reduced,
        UnderThirty,
        ThirtyPlus,
    }
}

/// Why the band is what it is, for the "why this band" text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Role(Role),
    OrientationYear,
    /// Graduated on the date; the reduced amount holds until the last day.
    Graduated {
        programme: Programme,
        on: NaiveDate,
        last_day: NaiveDate,
    },
    Age(u32),
    /// The criterion the current permit was granted on gives the lower amount.
    CarriedOver(Permit),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The applicant turns 30 within six months after the application date.
    TurnsThirty {
        on: NaiveDate,
        threshold: Figure,
        published: bool,
    },
    /// The reduced criterion ends within six months after the application date.
    ReducedWindowEnds { last_day: NaiveDate },
    /// The application date is after the last known period; these are its amounts.
    Unpublished { period: &'static Period },
    /// Exempt roles still need a market-conform salary.
    MarketConform,
    /// The 30% ruling becomes 27% from 2027 for people starting from 2024.
    ThirtyPercentFrom2027,
    /// From 2027 the 30% ruling's norms are not in the table yet.
    ThirtyPercentNormsUnpublished { year: i32 },
    /// On the young-master norm: from this day (the first of the month after
    /// the 30th birthday) the general norm applies, pro rata that year.
    YoungMasterNormEnds { from: NaiveDate },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub band: Band,
    pub reason: Reason,
    /// `None` for exempt roles.
    pub threshold: Option<Figure>,
    /// Gross a month excl. holiday allowance, rounded to cents.
    pub monthly_salary: Decimal,
    /// `None` when the period is not published: the answer is then indicative.
    pub qualifies: Option<bool>,
    /// `monthly_salary - threshold`, `None` for exempt roles.
    pub margin: Option<Decimal>,
    pub published: bool,
    pub period: &'static Period,
    pub thirty_percent: ThirtyPercent,
    pub blue_card: BlueCard,
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleError {
    /// The application date is before the first period in the table.
    BeforeFirstPeriod,
    /// A rule needed the age and none was given.
    AgeRequired,
    /// A qualifying degree without a graduation date: the reduced criterion cannot be decided.
    GraduationDateRequired,
}

/// How far ahead a coming change is worth a warning.
const WARNING_HORIZON: Months = Months::new(6);

pub fn is_exempt(role: Role) -> bool {
    matches!(role, Role::Researcher | Role::DoctorInTraining)
}

/// A Dutch bachelor's, master's or PhD, or a top-200 foreign master's or PhD.
pub fn qualifying_programme(degree: Degree, from: Option<DegreeFrom>) -> Option<Programme> {
    match (degree, from?) {
        (Degree::Bachelor, DegreeFrom::Netherlands) => Some(Programme::DutchBachelor),
        (Degree::Master, DegreeFrom::Netherlands) => Some(Programme::DutchMaster),
        (Degree::Phd, DegreeFrom::Netherlands) => Some(Programme::DutchPhd),
        (Degree::Master, DegreeFrom::Top200) => Some(Programme::Top200Master),
        (Degree::Phd, DegreeFrom::Top200) => Some(Programme::Top200Phd),
        (Degree::None, _)
        | (Degree::Bachelor, DegreeFrom::Top200 | DegreeFrom::Elsewhere)
        | (Degree::Master | Degree::Phd, DegreeFrom::Elsewhere) => None,
    }
}

/// The last day a graduation on `graduated` is recent: its third anniversary,
/// for the reduced criterion and the Blue Card's graduates' amount alike.
pub fn recent_graduation_end(graduated: NaiveDate) -> Option<NaiveDate> {
    dates::anniversary(graduated, 3)
}

pub fn age_years(age: Age, on: NaiveDate) -> Option<u32> {
    match age {
        Age::BirthDate(b) => dates::age_on(b, on),
        Age::Years(y) => Some(y),
        Age::Unknown => None,
    }
}

/// Decides the band: exempt roles first, then the lower of a first permit's
/// band and the one the current permit carries over.
pub fn band(app: &Applicant) -> Result<(Band, Reason), RuleError> {
    if is_exempt(app.role) {
        return Ok((Band::Exempt, Reason::Role(app.role)));
    }
    let carried = carried_band(app)?;
    let carried_over = Reason::CarriedOver(app.permit);
    // In every period the amounts rise from reduced to 30 or older
    // (tests/amounts.rs checks it): the lower band has the lower amount.
    match (carried, first_permit_band(app)) {
        (Some(Band::Reduced), _) => Ok((Band::Reduced, carried_over)),
        // Without the age a first permit is under 30 or older: no lower.
        (Some(c), Err(RuleError::AgeRequired)) if c <= Band::UnderThirty => Ok((c, carried_over)),
        (Some(c), Ok((first, _))) if c < first => Ok((c, carried_over)),
        (_, first) => first,
    }
}

/// The band the current permit keeps, per the IND's table of which amount
/// applies: at an extension its own criterion; after a change of employer
/// the reduced one stays, the under-30 one only while the person is under 30.
fn carried_band(app: &Applicant) -> Result<Option<Band>, RuleError> {
    let band = |c| match c {
        Criterion::Reduced => Band::Reduced,
        Criterion::UnderThirty => Band::UnderThirty,
        Criterion::ThirtyPlus => Band::ThirtyPlus,
    };
    Ok(match app.permit {
        Permit::First => None,
        Permit::Extension(c) => Some(band(c)),
        Permit::ChangeOfEmployer(Criterion::UnderThirty) => {
            let years = age_years(app.age, app.application_date).ok_or(RuleError::AgeRequired)?;
            Some(if years < 30 {
                Band::UnderThirty
            } else {
                Band::ThirtyPlus
            })
        }
        Permit::ChangeOfEmployer(c @ (Criterion::Reduced | Criterion::ThirtyPlus)) => Some(band(c)),
    })
}

/// A first permit's band, in the IND's order: reduced, under 30, 30 or older.
fn first_permit_band(app: &Applicant) -> Result<(Band, Reason), RuleError> {
    if app.orientation_year {
        return Ok((Band::Reduced, Reason::OrientationYear));
    }
    if let Some(programme) = qualifying_programme(app.degree, app.degree_from) {
        let on = app
            .graduation_date
            .ok_or(RuleError::GraduationDateRequired)?;
        if let Some(last_day) = recent_graduation_end(on) {
            if app.application_date <= last_day {
                let reason = Reason::Graduated {
                    programme,
                    on,
                    last_day,
                };
                return Ok((Band::Reduced, reason));
            }
        }
    }
    let years = age_years(app.age, app.application_date).ok_or(RuleError::AgeRequired)?;
    let band = if years < 30 {
        Band::UnderThirty
    } else {
        Band::ThirtyPlus
    };
    Ok((band, Reason::Age(years)))
}

fn threshold_of(band: Band, period: &Period) -> Option<Figure> {
    match band {
        Band::Exempt => None,
        Band::Reduced => Some(period.reduced),
        Band::UnderThirty => Some(period.under_thirty),
        Band::ThirtyPlus => Some(period.thirty_plus),
    }
}

/// Everything the rules need besides the salary is there; the API calls this to
/// tell a half-filled form what is still missing.
pub fn requirements(app: &Applicant) -> Vec<RuleError> {
    let mut missing: Vec<RuleError> = band(app).err().into_iter().collect();
    if let Err(e) = thirty_percent::norm_kind(app) {
        if !missing.contains(&e) {
            missing.push(e);
        }
    }
    missing
}

/// Applies the rules of the application date's period.
pub fn check(app: &Applicant, salary: &Salary) -> Result<Verdict, RuleError> {
    let (period, published) = amounts::lookup(app.application_date)
        .period()
        .ok_or(RuleError::BeforeFirstPeriod)?;
    let (band, reason) = band(app)?;
    let threshold = threshold_of(band, period);
    let monthly_salary = money::to_cents(salary.monthly_excl());
    let margin = threshold.map(|t| monthly_salary - t.amount());
    let passes = margin.is_none_or(|m| !m.is_sign_negative() || m.is_zero());
    let thirty_percent = thirty_percent::assess(app, salary, period, published)?;
    let blue_card = blue_card::assess(app, monthly_salary).ok_or(RuleError::BeforeFirstPeriod)?;
    let found = Found {
        band,
        reason,
        period,
        published,
        norm: thirty_percent.kind,
    };
    Ok(Verdict {
        band,
        reason,
        threshold,
        monthly_salary,
        qualifies: published.then_some(passes),
        margin,
        published,
        period,
        thirty_percent,
        blue_card,
        warnings: warnings(app, &found),
    })
}

/// What the rules found, as far as the warnings depend on it.
struct Found {
    band: Band,
    reason: Reason,
    period: &'static Period,
    published: bool,
    norm: NormKind,
}

/// What is worth knowing besides the verdict: coming changes, unpublished amounts.
fn warnings(app: &Applicant, found: &Found) -> Vec<Warning> {
    let on = app.application_date;
    let mut warnings = Vec::new();
    if !found.published {
        warnings.push(Warning::Unpublished {
            period: found.period,
        });
    }
    if found.band == Band::Exempt {
        warnings.push(Warning::MarketConform);
    }
    let horizon = on.checked_add_months(WARNING_HORIZON);
    let soon = |d: NaiveDate| d > on && horizon.is_some_and(|h| d <= h);
    // At an extension the under-30 amount stays after the 30th birthday.
    let keeps_under_thirty = app.permit == Permit::Extension(Criterion::UnderThirty);
    let birth = match app.age {
        Age::BirthDate(b) => Some(b),
        Age::Years(_) | Age::Unknown => None,
    };
    let thirtieth = birth.and_then(|b| dates::anniversary(b, 30));
    if found.band == Band::UnderThirty && !keeps_under_thirty {
        if let Some(turns) = thirtieth.filter(|d| soon(*d)) {
            let (p, published) = amounts::lookup(turns)
                .period()
                .unwrap_or((found.period, false));
            warnings.push(Warning::TurnsThirty {
                on: turns,
                threshold: p.thirty_plus,
                published,
            });
        }
    }
    if let Reason::Graduated { last_day, .. } = found.reason {
        if soon(last_day) || last_day == on {
            warnings.push(Warning::ReducedWindowEnds { last_day });
        }
    }
    warnings.extend(thirty_percent::warnings(
        app,
        found.norm,
        found.published,
        thirtieth,
    ));
    warnings
}
