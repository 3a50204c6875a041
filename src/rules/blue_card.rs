//! The EU Blue Card's salary test (IND): the other salary-based route for a
//! highly qualified employee, with an amount of its own and, from 12 June
//! 2024, a lower one for recent graduates. No role is exempt.

use super::amounts::{self, BlueCardPeriod, Figure};
use super::{Applicant, Degree};
use rust_decimal::Decimal;

/// A condition of the Blue Card that this check does not test, for the list
/// shown next to the salary test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// A higher-education qualification of at least three years, or for
    /// ICT jobs professional experience.
    Qualification,
    /// An employment contract of at least this many months.
    Contract { months: u8 },
    /// A job at the level of the qualification.
    JobLevel,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlueCard {
    pub threshold: Figure,
    /// The lower amount for recent graduates applies.
    pub recent_graduate: bool,
    /// Gross a month excl. holiday allowance, in cents, at least the
    /// threshold; `None` after the last known period.
    pub qualifies: Option<bool>,
    pub margin: Decimal,
    pub published: bool,
    pub period: &'static BlueCardPeriod,
    pub conditions: [Condition; 3],
}

/// A bachelor's, master's or PhD (from anywhere) obtained at most three
/// years before the application date.
fn recently_graduated(app: &Applicant) -> bool {
    let degree = matches!(app.degree, Degree::Bachelor | Degree::Master | Degree::Phd);
    let window_end = app.graduation_date.and_then(super::recent_graduation_end);
    degree && window_end.is_some_and(|last_day| app.application_date <= last_day)
}

/// The salary test on the application date's amounts; `None` before the table.
pub fn assess(app: &Applicant, monthly_salary: Decimal) -> Option<BlueCard> {
    let lookup = amounts::lookup_in(amounts::BLUE_CARD_PERIODS, app.application_date);
    let (period, published) = lookup.period()?;
    let graduate = period.recent_graduate.filter(|_| recently_graduated(app));
    let threshold = graduate.unwrap_or(period.threshold);
    let margin = monthly_salary - threshold.amount();
    Some(BlueCard {
        threshold,
        recent_graduate: graduate.is_some(),
        qualifies: published.then_some(!margin.is_sign_negative() || margin.is_zero()),
        margin,
        published,
        period,
        conditions: [
            Condition::Qualification,
            Condition::Contract {
                months: period.contract_months,
            },
            Condition::JobLevel,
        ],
    })
}
