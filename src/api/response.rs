//! The answer as the public API returns it: plain objects, money as strings
//! with two decimals, dates as ISO strings, English messages.

use super::field::FieldError;
pub use super::text::Text;
use crate::names::{named_enum, serialize_by_name};
use crate::rules::amounts::{self, Period};
use crate::rules::{
    dates, money, Band, BlueCard, Condition, Criterion, NormKind, Programme, Reason, Role,
    Situation, Verdict,
};
use serde::Serialize;

named_enum! {
    /// The rule that decided the band.
    pub enum ReasonCode {
        Researcher, DoctorInTraining, OrientationYear, Graduated, Age,
        /// The criterion the current permit was granted on gives the lower amount.
        CarriedOver,
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
        /// From 2027, while the year's 30% norms are not in the table.
        ThirtyPercentNormsUnpublished,
        /// With `date`, the first day the general 30% norm applies.
        YoungMasterNormEnds,
    }
}

named_enum! {
    /// An EU Blue Card condition this check does not test.
    pub enum ConditionCode {
        Qualification, Contract, JobLevel,
    }
}

serialize_by_name!(
    Band,
    NormKind,
    Programme,
    ReasonCode,
    WarningCode,
    Situation,
    Criterion,
    ConditionCode
);

/// The answer's TypeScript types, kept next to the structs below: every key
/// as they serialise it, `T | null` for an `Option`, `key?:` where it is
/// skipped when `None`. tests/types checks them against every answer in
/// tests/snapshots/evaluate.json.
#[cfg(target_arch = "wasm32")]
mod ts {
    use super::{ConditionCode, ReasonCode, WarningCode};
    use crate::names::ts_union;
    use crate::rules::{Band, NormKind, Programme};
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen(typescript_custom_section)]
    const BAND: &str = ts_union!(
        Band,
        "The income criterion that applies; `exempt`: a researcher or doctor in training, no criterion."
    );
    #[wasm_bindgen(typescript_custom_section)]
    const REASON_CODE: &str = ts_union!(ReasonCode, "The rule that decided the band.");
    #[wasm_bindgen(typescript_custom_section)]
    const PROGRAMME: &str = ts_union!(
        Programme,
        "A degree that makes the reduced criterion apply for three years."
    );
    #[wasm_bindgen(typescript_custom_section)]
    const NORM_KIND: &str = ts_union!(NormKind, "The 30% ruling's salary norm that applies.");
    #[wasm_bindgen(typescript_custom_section)]
    const WARNING_CODE: &str = ts_union!(WarningCode, "What a warning is about.");
    #[wasm_bindgen(typescript_custom_section)]
    const CONDITION_CODE: &str = ts_union!(
        ConditionCode,
        "An EU Blue Card condition this check does not test."
    );

    #[wasm_bindgen(typescript_custom_section)]
    const ANSWER: &str = r#"/** A period of the amounts, as ISO dates, both days included. */
export interface DateRange {
  from: string;
  to: string;
}

/** The rule that decided the band, and what it rests on. */
export interface Reason {
  code: ReasonCode;
  /** For `graduated`: the degree that made the reduced amount apply. */
  programme: Programme | null;
  /** For `carriedOver`: the situation and the current permit's criterion. */
  situation: Situation | null;
  permitCriterion: PermitCriterion | null;
  /** For `age`: whole years on the application date. */
  age: number | null;
  /** For `graduated`: the graduation date and the reduced amount's last day. */
  graduationDate: string | null;
  lastDay: string | null;
}

/** The period's three highly-skilled-migrant amounts, a month. */
export interface Thresholds {
  reduced: string;
  underThirty: string;
  thirtyPlus: string;
}

/** The 30% ruling: amounts a year, including holiday allowance. */
export interface ThirtyPercent {
  normKind: NormKind;
  /** `null` for `normKind: 'none'`, and from 2027 while that year's norms are not published. */
  norm: string | null;
  percentage: number;
  annualSalary: string;
  allowance: string;
  taxableSalary: string;
  /** `true` for `normKind: 'none'`; `null` when the date's amounts are not published. */
  meetsNorm: boolean | null;
  partialPossible: boolean | null;
  /** The largest allowance that keeps the norm; `null` when none does or the norm is not known. */
  maxAllowance: string | null;
  /** The lowest yearly salary for the full percentage; `null` without a (known) norm. */
  salaryForFullAllowance: string | null;
  period: DateRange;
  source: string;
}

/** An EU Blue Card condition this check does not test. */
export interface BlueCardCondition {
  code: ConditionCode;
  message: string;
  /** For `contract`: the shortest contract, in months. */
  months?: number;
}

/** Both EU Blue Card amounts of the period, a month. */
export interface BlueCardThresholds {
  general: string;
  /** `null` before 12 June 2024. */
  recentGraduates: string | null;
}

/** The EU Blue Card's salary test, next to the highly-skilled-migrant one. */
export interface BlueCard {
  threshold: string;
  thresholds: BlueCardThresholds;
  /** The lower amount for recent graduates applies. */
  reduced: boolean;
  /** `null` after the last known period. */
  qualifies: boolean | null;
  margin: string;
  published: boolean;
  period: DateRange;
  source: string;
  /** The IND's page on the conditions besides the salary. */
  conditionsSource: string;
  conditions: BlueCardCondition[];
}

/** A warning; `date`, `amount` and `published` only where its code has them. */
export interface Warning {
  code: WarningCode;
  message: string;
  date?: string;
  amount?: string;
  /** `false` when `amount` is the latest known one, not yet published for `date`. */
  published?: boolean;
}

/** The version of the rules and the day the amounts were last compared with their sources. */
export interface Rules {
  version: string;
  amountsChecked: string;
}

/** An answer: money as strings with two decimals (`'5942.00'`), dates as ISO strings. */
export interface EvaluateOk {
  ok: true;
  band: Band;
  /** A month, excluding holiday allowance; `null` for `exempt`. */
  threshold: string | null;
  /** The salary on the IND's basis: a month, excluding holiday allowance. */
  monthlySalary: string;
  /** `null` when not known (exempt, or the amounts not published). */
  qualifies: boolean | null;
  margin: string | null;
  published: boolean;
  period: DateRange;
  source: string;
  reason: Reason;
  thresholds: Thresholds;
  thirtyPercent: ThirtyPercent;
  blueCard: BlueCard;
  warnings: Warning[];
  rules: Rules;
}

/** Bad input: one entry per problem, in the order of the form. */
export interface EvaluateError {
  ok: false;
  errors: FieldError[];
}

/** What `evaluate()` returns: check `ok` first. */
export type EvaluateResult = EvaluateOk | EvaluateError;
"#;
}

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
    pub from: Text,
    pub to: Text,
}

impl From<&Period> for PeriodOut {
    fn from(p: &Period) -> Self {
        PeriodOut {
            from: Text::date(p.from),
            to: Text::date(p.to),
        }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ThirtyPercentOut {
    pub norm_kind: NormKind,
    pub norm: Option<Text>,
    pub percentage: u8,
    pub annual_salary: String,
    pub allowance: String,
    pub taxable_salary: String,
    pub meets_norm: Option<bool>,
    pub partial_possible: Option<bool>,
    pub max_allowance: Option<String>,
    pub salary_for_full_allowance: Option<String>,
    pub period: PeriodOut,
    #[serde(serialize_with = "super::tape::name")]
    pub source: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct WarningOut {
    pub code: WarningCode,
    pub message: Text,
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
    pub reduced: Text,
    pub under_thirty: Text,
    pub thirty_plus: Text,
}

/// The rule that decided the band.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ReasonOut {
    pub code: ReasonCode,
    /// For `graduated`: the degree that made the reduced amount apply.
    pub programme: Option<Programme>,
    /// For `carriedOver`: the situation and the current permit's criterion.
    pub situation: Option<Situation>,
    pub permit_criterion: Option<Criterion>,
    pub age: Option<u32>,
    pub graduation_date: Option<String>,
    pub last_day: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct ConditionOut {
    pub code: ConditionCode,
    pub message: Text,
    /// For `contract`: the shortest contract, in months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<u8>,
}

/// The EU Blue Card's salary test, next to the highly-skilled-migrant one.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BlueCardOut {
    pub threshold: Text,
    /// Both amounts of the period, for a listing that shows them all.
    pub thresholds: BlueCardThresholdsOut,
    /// The lower amount for recent graduates applies.
    pub reduced: bool,
    pub qualifies: Option<bool>,
    pub margin: String,
    pub published: bool,
    pub period: PeriodOut,
    #[serde(serialize_with = "super::tape::name")]
    pub source: &'static str,
    /// The IND's page on the conditions besides the salary.
    #[serde(serialize_with = "super::tape::name")]
    pub conditions_source: &'static str,
    pub conditions: Vec<ConditionOut>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BlueCardThresholdsOut {
    pub general: Text,
    /// `null` before 12 June 2024.
    pub recent_graduates: Option<Text>,
}

fn condition(c: &Condition) -> ConditionOut {
    let (code, message, months) = match c {
        Condition::Qualification => (
            ConditionCode::Qualification,
            Text::Fixed("A higher-education qualification of at least three years (for ICT jobs, professional experience instead)."),
            None,
        ),
        Condition::Contract { months } => (
            ConditionCode::Contract,
            contract(*months),
            Some(*months),
        ),
        Condition::JobLevel => (
            ConditionCode::JobLevel,
            Text::Fixed("A job at the level of that qualification."),
            None,
        ),
    };
    ConditionOut {
        code,
        message,
        months,
    }
}

/// The contract condition's message, made once for each length the table has.
fn contract(months: u8) -> Text {
    Text::fixed(("contract", i128::from(months)), || {
        format!("An employment contract of at least {months} months.")
    })
}

impl From<&BlueCard> for BlueCardOut {
    fn from(b: &BlueCard) -> Self {
        BlueCardOut {
            threshold: Text::figure(b.threshold.amount()),
            thresholds: BlueCardThresholdsOut {
                general: Text::figure(b.period.threshold.amount()),
                recent_graduates: b.period.recent_graduate.map(|g| Text::figure(g.amount())),
            },
            reduced: b.recent_graduate,
            qualifies: b.qualifies,
            margin: money::plain(b.margin),
            published: b.published,
            period: PeriodOut {
                from: Text::date(b.period.from),
                to: Text::date(b.period.to),
            },
            source: b.threshold.source,
            conditions_source: amounts::IND_BLUE_CARD_SOURCE,
            conditions: b.conditions.iter().map(condition).collect(),
        }
    }
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RulesOut {
    #[serde(serialize_with = "super::tape::name")]
    pub version: &'static str,
    pub amounts_checked: Text,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub ok: bool,
    pub band: Band,
    pub threshold: Option<Text>,
    pub monthly_salary: String,
    pub qualifies: Option<bool>,
    pub margin: Option<String>,
    pub published: bool,
    pub period: PeriodOut,
    #[serde(serialize_with = "super::tape::name")]
    pub source: &'static str,
    pub reason: ReasonOut,
    pub thresholds: ThresholdsOut,
    pub thirty_percent: ThirtyPercentOut,
    pub blue_card: BlueCardOut,
    pub warnings: Vec<WarningOut>,
    pub rules: RulesOut,
}

fn reason(r: &Reason) -> ReasonOut {
    let mut out = ReasonOut {
        code: ReasonCode::Age,
        programme: None,
        situation: None,
        permit_criterion: None,
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
        Reason::CarriedOver(permit) => {
            out.code = ReasonCode::CarriedOver;
            out.situation = Some(permit.situation());
            out.permit_criterion = permit.criterion();
        }
    }
    out
}

impl From<&Verdict> for Answer {
    fn from(v: &Verdict) -> Self {
        let t = &v.thirty_percent;
        Answer {
            ok: true,
            band: v.band,
            threshold: v.threshold.map(|f| Text::figure(f.amount())),
            monthly_salary: money::plain(v.monthly_salary),
            qualifies: v.qualifies,
            margin: v.margin.map(money::plain),
            published: v.published,
            period: v.period.into(),
            source: v.threshold.map_or(amounts::IND_HSM_SOURCE, |f| f.source),
            reason: reason(&v.reason),
            thresholds: ThresholdsOut {
                reduced: Text::figure(v.period.reduced.amount()),
                under_thirty: Text::figure(v.period.under_thirty.amount()),
                thirty_plus: Text::figure(v.period.thirty_plus.amount()),
            },
            thirty_percent: ThirtyPercentOut {
                norm_kind: t.kind,
                norm: t.norm.map(|f| Text::figure(f.amount())),
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
            blue_card: (&v.blue_card).into(),
            warnings: v.warnings.iter().map(super::warnings::warning).collect(),
            rules: RulesOut {
                version: env!("CARGO_PKG_VERSION"),
                amounts_checked: Text::date(amounts::AMOUNTS_CHECKED),
            },
        }
    }
}
