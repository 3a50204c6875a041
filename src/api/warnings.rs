//! The answer's warnings: a code, an English message built from the rules'
//! own figures, and the date and amount they concern.

use super::response::{Text, WarningCode, WarningOut};
use crate::rules::amounts::Period;
use crate::rules::{
    dates, money, Warning, NORMS_2027_IN_2024_PRICES, PERCENTAGE_FROM_2027, REDUCED_FROM,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub fn warning(w: &Warning) -> WarningOut {
    let (code, date, amount, published) = facts(w);
    WarningOut {
        code,
        message: message(w),
        date: date.map(dates::iso),
        amount: amount.map(money::plain),
        published,
    }
}

/// The code, the date, the amount, and `Some(false)` for an unpublished amount.
fn facts(
    w: &Warning,
) -> (
    WarningCode,
    Option<NaiveDate>,
    Option<Decimal>,
    Option<bool>,
) {
    match w {
        Warning::TurnsThirty {
            on,
            threshold,
            published,
        } => (
            WarningCode::TurnsThirty,
            Some(*on),
            Some(threshold.amount()),
            (!published).then_some(false),
        ),
        Warning::ReducedWindowEnds { last_day } => {
            (WarningCode::ReducedWindowEnds, Some(*last_day), None, None)
        }
        Warning::Unpublished { period } => {
            (WarningCode::UnpublishedPeriod, Some(period.to), None, None)
        }
        Warning::MarketConform => (WarningCode::MarketConform, None, None, None),
        Warning::ThirtyPercentFrom2027 => (WarningCode::ThirtyPercentFrom2027, None, None, None),
        Warning::ThirtyPercentNormsUnpublished { .. } => {
            (WarningCode::ThirtyPercentNormsUnpublished, None, None, None)
        }
        Warning::YoungMasterNormEnds { from } => {
            (WarningCode::YoungMasterNormEnds, Some(*from), None, None)
        }
    }
}

fn period_words(p: &Period) -> String {
    format!("{} – {}", dates::english(p.from), dates::english(p.to))
}

/// "€50,436 and €38,338 in 2024 prices, indexed".
fn norms_2027() -> String {
    let (general, young) = NORMS_2027_IN_2024_PRICES;
    format!(
        "{} and {} in 2024 prices, indexed",
        money::english(general.into()),
        money::english(young.into())
    )
}

fn message(w: &Warning) -> Text {
    let built = Text::Built;
    match w {
        Warning::TurnsThirty { on, threshold, published } => built(format!(
            "You turn 30 on {}. If the application is filed on or after that day, {} applies{}.",
            dates::english(*on),
            money::english(threshold.amount()),
            if *published { "" } else { " (the latest known amount; that date's amount is not published yet)" }
        )),
        Warning::ReducedWindowEnds { last_day } => built(format!(
            "The reduced amount is available until {} (three years after graduation); file the application by then.",
            dates::english(*last_day)
        )),
        Warning::Unpublished { period } => built(format!(
            "Amounts for this application date are not yet in this version; these are the amounts for {}. The answer is indicative only.",
            period_words(period)
        )),
        Warning::MarketConform => Text::Fixed("No income criterion applies to this role, but the salary must still be in line with the market."),
        // Made of constants only: built once.
        Warning::ThirtyPercentFrom2027 => Text::fixed(("thirtyPercentFrom2027", 0), || format!(
            "For people who start using the 30% ruling in 2024 or later, the tax-free allowance is {PERCENTAGE_FROM_2027}% from {}; for starts from 2025 the salary norms are higher from 2027 ({}).",
            dates::english(REDUCED_FROM),
            norms_2027()
        )),
        Warning::ThirtyPercentNormsUnpublished { year } => Text::fixed(("thirtyPercentNormsUnpublished", i128::from(*year)), || format!(
            "The 30% ruling's salary norms for {year} are not published yet (for starts from 2025: {}), so whether the salary meets them is not known; the allowance is at most {PERCENTAGE_FROM_2027}%.",
            norms_2027()
        )),
        Warning::YoungMasterNormEnds { from } => built(format!(
            "The lower 30% ruling norm for a master's degree holds until you turn 30: from {} the general norm applies, pro rata that year.",
            dates::english(*from)
        )),
    }
}
