//! The 30% ruling's salary norm (Belastingdienst), checked for the application date's year.

use super::amounts::{Figure, Period};
use super::{age_years, dates, is_exempt, money, Applicant, Degree, RuleError, Salary, Warning};
use crate::names::named_enum;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// From 2027 the allowance is 27% for people who started using the ruling in
/// 2024 or later (and the norms rise for starts from 2025): warned of before.
pub const REDUCTION_FROM_STARTS_IN: i32 = 2024;
/// From this day the allowance is at most [`PERCENTAGE_FROM_2027`] for new
/// starters (Belastingplan 2025; Meijburg & Co, Osborne Clarke).
pub const REDUCED_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2027, 1, 1) {
    Some(d) => d,
    None => panic!("invalid date"),
};
pub const PERCENTAGE_FROM_2027: u8 = 27;
/// The salary norms for starts from 2025, from 2027, in 2024 prices (general,
/// young master); indexed to 2027 prices and not yet published.
pub const NORMS_2027_IN_2024_PRICES: (u32, u32) = (50_436, 38_338);

/// The percentage on the application date: the period's, and from 2027 at
/// most 27% even while the 2027 period is not in the table.
fn percentage_on(date: NaiveDate, period: &Period) -> u8 {
    if date >= REDUCED_FROM {
        period.percentage.min(PERCENTAGE_FROM_2027)
    } else {
        period.percentage
    }
}

named_enum! {
    pub enum NormKind {
        General,
        /// Under 30 with a master's degree or PhD (from anywhere).
        YoungMaster,
        /// Researchers and doctors in training: no salary norm.
        None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThirtyPercent {
    pub kind: NormKind,
    pub norm: Option<Figure>,
    pub percentage: u8,
    /// Gross a year including holiday allowance, rounded to cents.
    pub annual_salary: Decimal,
    /// The full allowance over the salary up to the cap.
    pub full_allowance: Decimal,
    /// Annual salary minus the full allowance.
    pub taxable_salary: Decimal,
    /// Taxable salary after the full allowance is more than the norm;
    /// `None` when the period is not published.
    pub meets_norm: Option<bool>,
    /// The full allowance breaks the norm, a smaller one would not.
    pub partial_possible: Option<bool>,
    /// The largest allowance that keeps the norm; `None` when none does.
    pub max_allowance: Option<Decimal>,
    /// The lowest yearly salary (incl. holiday allowance) at which the full
    /// allowance keeps the taxable salary above the norm; `None` without a norm.
    pub salary_for_full_allowance: Option<Decimal>,
}

/// The full allowance over a yearly salary in cents: the percentage of the
/// part up to the cap, in whole cents rounded down (it is at most the
/// percentage: 30% of €100,000.05 is €30,000.01).
fn allowance(annual: Decimal, percentage: u8, period: &Period) -> Decimal {
    let base = match period.cap {
        Some(cap) if annual > cap.amount() => cap.amount(),
        _ => annual,
    };
    // In whole cents where they fit: Decimal's division is slow in wasm.
    match money::whole_cents(base).and_then(|c| c.checked_mul(i64::from(percentage))) {
        Some(hundredfold) => Decimal::new(hundredfold / 100, 2),
        None => (base * Decimal::from(percentage) / Decimal::from(100))
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero),
    }
}

/// The lowest yearly salary in cents at which the full allowance keeps the
/// taxable salary above `norm`.
fn salary_for_full_allowance(norm: Decimal, percentage: u8, period: &Period) -> Option<Decimal> {
    let kept = i64::from(100u8.checked_sub(percentage)?);
    if kept == 0 {
        return None;
    }
    let cent = Decimal::new(1, 2);
    let meets = |x: Decimal| x - allowance(x, percentage, period) > norm;
    // Start just below the exact answer, norm / (kept / 100) in whole cents
    // rounded down, and step over the cent rounding.
    let start = money::whole_cents(norm)?.checked_mul(100)? / kept;
    let mut x = Decimal::new(start, 2) - cent;
    for _ in 0..8 {
        if meets(x) {
            return Some(x);
        }
        x += cent;
    }
    None
}

pub fn norm_kind(app: &Applicant) -> Result<NormKind, RuleError> {
    if is_exempt(app.role) {
        return Ok(NormKind::None);
    }
    if !matches!(app.degree, Degree::Master | Degree::Phd) {
        return Ok(NormKind::General);
    }
    let years = age_years(app.age, app.application_date).ok_or(RuleError::AgeRequired)?;
    Ok(if years < 30 {
        NormKind::YoungMaster
    } else {
        NormKind::General
    })
}

pub fn assess(
    app: &Applicant,
    salary: &Salary,
    period: &Period,
    published: bool,
) -> Result<ThirtyPercent, RuleError> {
    let kind = norm_kind(app)?;
    // From 2027 the norms rise (for starts from 2025) and are not in the
    // table yet: the latest known ones would promise too much.
    let known = published || app.application_date < REDUCED_FROM;
    let norm = match kind {
        NormKind::General => Some(period.norm_general),
        NormKind::YoungMaster => Some(period.norm_young_master),
        NormKind::None => None,
    }
    .filter(|_| known);
    // Everything here is money as payroll pays it: whole cents. The yearly
    // salary is rounded to cents once (the holiday allowance is paid in cents),
    // and so is the allowance; the taxable salary is their difference.
    let percentage = percentage_on(app.application_date, period);
    let annual = money::to_cents(salary.annual_incl());
    let full_allowance = allowance(annual, percentage, period);
    let taxable = annual - full_allowance;
    let cent = Decimal::new(1, 2);

    let (meets, partial, max_allowance) = match (kind, norm) {
        (NormKind::None, _) => (true, false, Some(full_allowance)),
        // Not known: `meets_norm` and `partial_possible` are `None` then.
        (NormKind::General | NormKind::YoungMaster, None) => (false, false, None),
        (NormKind::General | NormKind::YoungMaster, Some(n)) => {
            // The taxable salary must stay at least a cent above the norm.
            let most = annual - n.amount() - cent;
            if taxable > n.amount() {
                (true, false, Some(full_allowance.min(most)))
            } else if most >= cent {
                (false, true, Some(most))
            } else {
                (false, false, None)
            }
        }
    };
    Ok(ThirtyPercent {
        kind,
        norm,
        percentage,
        annual_salary: annual,
        full_allowance,
        taxable_salary: taxable,
        meets_norm: published.then_some(meets),
        partial_possible: published.then_some(partial),
        max_allowance,
        salary_for_full_allowance: norm
            .and_then(|n| salary_for_full_allowance(n.amount(), percentage, period)),
    })
}

/// The 30% ruling's warnings: the 2027 change before it comes, its norms
/// while they are unpublished, and the end of the young-master norm.
pub fn warnings(
    app: &Applicant,
    kind: NormKind,
    published: bool,
    thirtieth: Option<NaiveDate>,
) -> Vec<Warning> {
    let on = app.application_date;
    let mut warnings = Vec::new();
    if is_exempt(app.role) {
        return warnings;
    }
    if on.year() >= REDUCTION_FROM_STARTS_IN && on < REDUCED_FROM {
        warnings.push(Warning::ThirtyPercentFrom2027);
    }
    if on >= REDUCED_FROM && !published {
        warnings.push(Warning::ThirtyPercentNormsUnpublished { year: on.year() });
    }
    // The general norm applies from the first of the month after the 30th
    // birthday, pro rata that year (30percentruling.com, Expatax).
    if let (NormKind::YoungMaster, Some(from)) =
        (kind, thirtieth.and_then(dates::first_of_next_month))
    {
        warnings.push(Warning::YoungMasterNormEnds { from });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{amounts, Age, Permit, Role, SalaryPeriod};

    fn employee_in_2027() -> Applicant {
        Applicant {
            application_date: REDUCED_FROM,
            age: Age::Years(40),
            degree: Degree::None,
            degree_from: None,
            graduation_date: None,
            orientation_year: false,
            role: Role::Employee,
            permit: Permit::First,
        }
    }

    /// Once a year from 2027 is in the table, its norms are used: here the
    /// 2026 row stands in for a published 2027 one.
    #[test]
    fn from_2027_a_published_period_has_its_norm() {
        let Some(period) = amounts::PERIODS.last() else {
            panic!("no periods");
        };
        let app = employee_in_2027();
        let salary = Salary {
            amount: Decimal::from(100_000),
            period: SalaryPeriod::Year,
            holiday_allowance_included: true,
        };
        let published = assess(&app, &salary, period, true);
        let norm = published.map(|t| (t.norm.map(|n| n.euros), t.meets_norm));
        assert_eq!(norm, Ok((Some(period.norm_general.euros), Some(true))));
        let unpublished = assess(&app, &salary, period, false);
        assert_eq!(
            unpublished.map(|t| (t.norm, t.meets_norm)),
            Ok((None, None))
        );
    }

    /// The warning that the norms are unpublished goes once they are.
    #[test]
    fn from_2027_the_unpublished_norms_warning_holds_only_while_unpublished() {
        let app = employee_in_2027();
        let unpublished = Warning::ThirtyPercentNormsUnpublished { year: 2027 };
        assert_eq!(
            warnings(&app, NormKind::General, false, None),
            [unpublished]
        );
        assert_eq!(warnings(&app, NormKind::General, true, None), []);
    }
}
