//! The answer as the public API returns it: plain objects, money as strings
//! with two decimals, dates as ISO strings, English messages.

use super::field::FieldError;
use crate::names::{named_enum, serialize_by_name};
use crate::rules::amounts::{self, Period};
use crate::rules::{dates, money, Band, NormKind, Programme, Reason, Role, Verdict, Warning};
use rust_decimal::Decimal;
use serde::Serialize;

named_enum! {
    /// The rule that decided the band.
    pub enum ReasonCode {
        Researcher, DoctorInTraining, OrientationYear, Graduated, Age,
    }
}

named_enum! {
    pub enum WarningCode {
        /// With `date` and `amount` (and `published: false` when that amount is the latest known).
        TurnsThirty,
        /// With `date`, the last day of the reduced criterion.
        ReducedWindowEnds,
        /// With `date`, the last day of the period whose amounts are used.
        UnpublishedPeriod,
        MarketConform,
        ThirtyPercentFrom2027,
    }
}

serialize_by_name!(Band, NormKind, Programme, ReasonCode, WarningCode);

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(untagged)]
pub enum Outcome {
    Answer(Box<Answer>),
    Rejected(Rejected),
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub ok: bool,
    pub errors: Vec<FieldError>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct PeriodOut {
    pub from: String,
    pub to: String,
}

impl From<&Period> for PeriodOut {
    fn from(p: &Period) -> Self {
        PeriodOut {
            from: dates::iso(p.from),
            to: dates::iso(p.to),
        }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ThirtyPercentOut {
    pub norm_kind: NormKind,
    pub norm: Option<String>,
    pub percentage: u8,
    pub annual_salary: String,
    pub allowance: String,
    pub taxable_salary: String,
    pub meets_norm: Option<bool>,
    pub partial_possible: Option<bool>,
    pub max_allowance: Option<String>,
    pub salary_for_full_allowance: Option<String>,
    pub period: PeriodOut,
    pub source: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct WarningOut {
    pub code: WarningCode,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// `false` when `amount` is the latest known one, not yet published for `date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
}

/// The three amounts of the period, for a scale that shows all of them.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ThresholdsOut {
    pub reduced: String,
    pub under_thirty: String,
    pub thirty_plus: String,
}

/// The rule that decided the band.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReasonOut {
    pub code: ReasonCode,
    /// For `graduated`: the degree that made the reduced amount apply.
    pub programme: Option<Programme>,
    pub age: Option<u32>,
    pub graduation_date: Option<String>,
    pub last_day: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RulesOut {
    pub version: &'static str,
    pub amounts_checked: String,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub ok: bool,
    pub band: Band,
    pub threshold: Option<String>,
    pub monthly_salary: String,
    pub qualifies: Option<bool>,
    pub margin: Option<String>,
    pub published: bool,
    pub period: PeriodOut,
    pub source: &'static str,
    pub reason: ReasonOut,
    pub thresholds: ThresholdsOut,
    pub thirty_percent: ThirtyPercentOut,
    pub warnings: Vec<WarningOut>,
    pub rules: RulesOut,
}

fn reason(r: &Reason) -> ReasonOut {
    let mut out = ReasonOut {
        code: ReasonCode::Age,
        programme: None,
        age: None,
        graduation_date: None,
        last_day: None,
    };
    match r {
        Reason::Role(Role::DoctorInTraining) => out.code = ReasonCode::DoctorInTraining,
        Reason::Role(Role::Researcher | Role::Employee) => out.code = ReasonCode::Researcher,
        Reason::OrientationYear => out.code = ReasonCode::OrientationYear,
        Reason::Graduated {
            programme,
            on,
            last_day,
        } => {
            out.code = ReasonCode::Graduated;
            out.programme = Some(*programme);
            out.graduation_date = Some(dates::iso(*on));
            out.last_day = Some(dates::iso(*last_day));
        }
        Reason::Age(years) => out.age = Some(*years),
    }
    out
}

fn period_words(p: &Period) -> String {
    let mut s = dates::english(p.from);
    s.push_str(" – ");
    s.push_str(&dates::english(p.to));
    s
}

fn warning(w: &Warning) -> WarningOut {
    let (code, message, date, amount): (_, String, _, Option<Decimal>) = match w {
        Warning::TurnsThirty { on, threshold, published } => (
            WarningCode::TurnsThirty,
            format!(
                "You turn 30 on {}. If the application is filed on or after that day, {} applies{}.",
                dates::english(*on),
                money::english(threshold.amount()),
                if *published { "" } else { " (the latest known amount; that date's amount is not published yet)" }
            ),
            Some(*on),
            Some(threshold.amount()),
        ),
        Warning::ReducedWindowEnds { last_day } => (
            WarningCode::ReducedWindowEnds,
            format!(
                "The reduced amount is available until {} (three years after graduation); file the application by then.",
                dates::english(*last_day)
            ),
            Some(*last_day),
            None,
        ),
        Warning::Unpublished { period } => (
            WarningCode::UnpublishedPeriod,
            format!(
                "Amounts for this application date are not yet in this version; these are the amounts for {}. The answer is indicative only.",
                period_words(period)
            ),
            Some(period.to),
            None,
        ),
        Warning::MarketConform => (
            WarningCode::MarketConform,
            "No income criterion applies to this role, but the salary must still be in line with the market.".to_owned(),
            None,
            None,
        ),
        Warning::ThirtyPercentFrom2027 => (
            WarningCode::ThirtyPercentFrom2027,
            "For people who start using the 30% ruling in 2024 or later, the tax-free allowance is 27% from 1 January 2027; for starts from 2025 the salary norms are higher from 2027 (€50,436 and €38,338 in 2024 prices, indexed).".to_owned(),
            None,
            None,
        ),
    };
    let published = match w {
        Warning::TurnsThirty {
            published: false, ..
        } => Some(false),
        _ => None,
    };
    WarningOut {
        code,
        message,
        date: date.map(dates::iso),
        amount: amount.map(money::plain),
        published,
    }
}

impl From<&Verdict> for Answer {
    fn from(v: &Verdict) -> Self {
        let t = &v.thirty_percent;
        Answer {
            ok: true,
            band: v.band,
            threshold: v.threshold.map(|f| money::plain(f.amount())),
            monthly_salary: money::plain(v.monthly_salary),
            qualifies: v.qualifies,
            margin: v.margin.map(money::plain),
            published: v.published,
            period: v.period.into(),
            source: v.threshold.map_or(amounts::IND_HSM_SOURCE, |f| f.source),
            reason: reason(&v.reason),
            thresholds: ThresholdsOut {
                reduced: money::plain(v.period.reduced.amount()),
                under_thirty: money::plain(v.period.under_thirty.amount()),
                thirty_plus: money::plain(v.period.thirty_plus.amount()),
            },
            thirty_percent: ThirtyPercentOut {
                norm_kind: t.kind,
                norm: t.norm.map(|f| money::plain(f.amount())),
                percentage: t.percentage,
                annual_salary: money::plain(t.annual_salary),
                allowance: money::plain(t.full_allowance),
                taxable_salary: money::plain(t.taxable_salary),
                meets_norm: t.meets_norm,
                partial_possible: t.partial_possible,
                max_allowance: t.max_allowance.map(money::plain),
                salary_for_full_allowance: t.salary_for_full_allowance.map(money::plain),
                period: v.period.into(),
                source: t.norm.map_or(amounts::BELASTINGDIENST_SOURCE, |f| f.source),
            },
            warnings: v.warnings.iter().map(warning).collect(),
            rules: RulesOut {
                version: env!("CARGO_PKG_VERSION"),
                amounts_checked: dates::iso(amounts::AMOUNTS_CHECKED),
            },
        }
    }
}
