//! The answer as the public API returns it: plain objects, money as strings
//! with two decimals, dates as ISO strings, English messages.

use super::request::FieldError;
use crate::rules::amounts::{self, Period};
use crate::rules::{dates, money, Band, NormKind, Reason, Role, Verdict, Warning};
use rust_decimal::Decimal;
use serde::Serialize;

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
    pub norm_kind: &'static str,
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
    pub code: &'static str,
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
    /// `researcher`, `doctorInTraining`, `orientationYear`, `graduated` or `age`.
    pub code: &'static str,
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
    pub band: &'static str,
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
        code: "age",
        age: None,
        graduation_date: None,
        last_day: None,
    };
    match r {
        Reason::Role(Role::DoctorInTraining) => out.code = "doctorInTraining",
        Reason::Role(_) => out.code = "researcher",
        Reason::OrientationYear => out.code = "orientationYear",
        Reason::Graduated { on, last_day } => {
            out.code = "graduated";
            out.graduation_date = Some(dates::iso(*on));
            out.last_day = Some(dates::iso(*last_day));
        }
        Reason::Age(years) => out.age = Some(*years),
    }
    out
}

fn band_name(b: Band) -> &'static str {
    match b {
        Band::Exempt => "exempt",
        Band::Reduced => "reduced",
        Band::UnderThirty => "underThirty",
        Band::ThirtyPlus => "thirtyPlus",
    }
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
            "turnsThirty",
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
            "reducedWindowEnds",
            format!(
                "The reduced amount is available until {} (three years after graduation); file the application by then.",
                dates::english(*last_day)
            ),
            Some(*last_day),
            None,
        ),
        Warning::Unpublished { period } => (
            "unpublishedPeriod",
            format!(
                "Amounts for this application date are not yet in this version; these are the amounts for {}. The answer is indicative only.",
                period_words(period)
            ),
            Some(period.to),
            None,
        ),
        Warning::MarketConform => (
            "marketConform",
            "No income criterion applies to this role, but the salary must still be in line with the market.".to_owned(),
            None,
            None,
        ),
        Warning::ThirtyPercentFrom2027 => (
            "thirtyPercentFrom2027",
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
            band: band_name(v.band),
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
                norm_kind: match t.kind {
                    NormKind::General => "general",
                    NormKind::YoungMaster => "youngMaster",
                    NormKind::None => "none",
                },
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
