//! The published amounts, one row per period. Adding a year is one row here
//! plus one test in `tests/amounts.rs`; nothing else in the code knows a figure.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// IND page listing the income requirements of the highly-skilled-migrant scheme.
pub const IND_SOURCE: &str = "https://ind.nl/en/required-amounts-income-requirements";
/// Belastingdienst page on the 30% facility: salary norms and the WNT cap.
pub const BELASTINGDIENST_SOURCE: &str = "https://www.belastingdienst.nl/wps/wcm/connect/en/individuals/content/coming-to-work-in-the-netherlands-30-percent-facility";
/// IND page stating that researchers and doctors in training have no income criterion.
pub const IND_HSM_SOURCE: &str = "https://ind.nl/en/residence-permits/work/highly-skilled-migrant";
/// IND page on the EU Blue Card: its conditions besides the salary. Its
/// amounts are on the required-amounts page ([`IND_SOURCE`]).
pub const IND_BLUE_CARD_SOURCE: &str =
    "https://ind.nl/en/residence-permits/work/european-blue-card";

/// The day the latest period's figures were last compared with the sources
/// above (the 2026 IND amounts and 30% norms); older rows are past
/// publications that no longer change.
pub const AMOUNTS_CHECKED: NaiveDate = date(2026, 5, 7);

/// A published figure in whole euros with the public page it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub euros: u32,
    pub source: &'static str,
}

impl Figure {
    pub fn amount(self) -> Decimal {
        Decimal::from(self.euros)
    }
}

/// The amounts that hold from `from` to `to`, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// HSM income criterion, gross a month excl. holiday allowance, 30 or older.
    pub thirty_plus: Figure,
    /// HSM income criterion, younger than 30.
    pub under_thirty: Figure,
    /// Reduced criterion: recent graduates and after the orientation year.
    pub reduced: Figure,
    /// 30% ruling: yearly taxable salary after the allowance must exceed this.
    pub norm_general: Figure,
    /// 30% ruling norm for those under 30 with a master's degree or PhD.
    pub norm_young_master: Figure,
    /// Maximum salary the allowance is computed over (Wet normering topinkomens);
    /// `None` before the cap took effect in 2024.
    pub cap: Option<Figure>,
    /// The tax-free allowance as a percentage of the (capped) salary.
    pub percentage: u8,
}

const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        // Evaluated at compile time: a typo in the table fails the build.
        None => panic!("invalid date in the amounts table"),
    }
}

const fn ind(euros: u32) -> Figure {
    Figure {
        euros,
        source: IND_SOURCE,
    }
}

const fn tax(euros: u32) -> Figure {
    Figure {
        euros,
        source: BELASTINGDIENST_SOURCE,
    }
}

/// The IND indexes its amounts on 1 January, so each calendar year is one period.
#[allow(clippy::too_many_arguments)]
const fn year(
    y: i32,
    thirty_plus: u32,
    under_thirty: u32,
    reduced: u32,
    norm_general: u32,
    norm_young_master: u32,
    cap: Option<u32>,
) -> Period {
    Period {
        from: date(y, 1, 1),
        to: date(y, 12, 31),
        thirty_plus: ind(thirty_plus),
        under_thirty: ind(under_thirty),
        reduced: ind(reduced),
        norm_general: tax(norm_general),
        norm_young_master: tax(norm_young_master),
        cap: match cap {
            Some(c) => Some(tax(c)),
            None => None,
        },
        percentage: 30,
    }
}

/// Oldest first, without gaps; `tests/amounts.rs` checks both.
pub const PERIODS: &[Period] = &[
    year(2020, 4_612, 3_381, 2_423, 38_347, 29_149, None),
    year(2021, 4_752, 3_484, 2_497, 38_961, 29_616, None),
    year(2022, 4_840, 3_549, 2_543, 39_467, 30_001, None),
    year(2023, 5_008, 3_672, 2_631, 41_954, 31_891, None),
    year(2024, 5_331, 3_909, 2_801, 46_107, 35_048, Some(233_000)),
    year(2025, 5_688, 4_171, 2_989, 46_660, 35_468, Some(246_000)),
    year(2026, 5_942, 4_357, 3_122, 48_013, 36_497, Some(262_000)),
];

/// A row that holds from one day to another, both inclusive.
pub trait Dated {
    fn from(&self) -> NaiveDate;
    fn to(&self) -> NaiveDate;
}

impl Dated for Period {
    fn from(&self) -> NaiveDate {
        self.from
    }
    fn to(&self) -> NaiveDate {
        self.to
    }
}

impl Dated for BlueCardPeriod {
    fn from(&self) -> NaiveDate {
        self.from
    }
    fn to(&self) -> NaiveDate {
        self.to
    }
}

/// How a date relates to a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup<T: 'static = Period> {
    /// The date falls in a published period.
    Published(&'static T),
    /// The date is after the last period: these are the latest amounts, not the date's own.
    Unpublished(&'static T),
    /// The date is before the first period.
    BeforeFirst,
}

impl<T> Lookup<T> {
    /// The period whose amounts apply, and whether they are the date's own.
    pub fn period(self) -> Option<(&'static T, bool)> {
        match self {
            Lookup::Published(p) => Some((p, true)),
            Lookup::Unpublished(p) => Some((p, false)),
            Lookup::BeforeFirst => None,
        }
    }
}

/// The row of `table` (oldest first, without gaps) that holds on `date`.
pub fn lookup_in<T: Dated>(table: &'static [T], date: NaiveDate) -> Lookup<T> {
    if let Some(p) = table.iter().find(|p| p.from() <= date && date <= p.to()) {
        return Lookup::Published(p);
    }
    match table.last() {
        Some(last) if date > last.to() => Lookup::Unpublished(last),
        _ => Lookup::BeforeFirst,
    }
}

/// The highly-skilled-migrant and 30% ruling amounts on `date`.
pub fn lookup(date: NaiveDate) -> Lookup {
    lookup_in(PERIODS, date)
}

/// The first day the table covers.
pub fn first_day() -> Option<NaiveDate> {
    PERIODS.first().map(|p| p.from)
}

/// The EU Blue Card's amounts, gross a month excl. holiday allowance (IND).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlueCardPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub threshold: Figure,
    /// For a bachelor's, master's or PhD obtained at most three years before
    /// the application; only from 12 June 2024.
    pub recent_graduate: Option<Figure>,
    /// The shortest employment contract, in months.
    pub contract_months: u8,
}

const fn blue_card(
    from: NaiveDate,
    to: NaiveDate,
    threshold: u32,
    recent_graduate: Option<u32>,
) -> BlueCardPeriod {
    BlueCardPeriod {
        from,
        to,
        threshold: ind(threshold),
        recent_graduate: match recent_graduate {
            Some(g) => Some(ind(g)),
            None => None,
        },
        // The recast Blue Card directive, in force in the Netherlands from
        // 12 June 2024, brought the graduate amount and the shorter contract.
        contract_months: if recent_graduate.is_some() { 6 } else { 12 },
    }
}

/// The first day of the Blue Card's lower amount for recent graduates.
pub fn recent_graduate_amount_from() -> Option<NaiveDate> {
    BLUE_CARD_PERIODS
        .iter()
        .find(|p| p.recent_graduate.is_some())
        .map(|p| p.from)
}

const fn whole_year(y: i32, threshold: u32, recent_graduate: Option<u32>) -> BlueCardPeriod {
    blue_card(date(y, 1, 1), date(y, 12, 31), threshold, recent_graduate)
}

/// Oldest first, without gaps; `tests/amounts.rs` checks both. The IND's
/// required-amounts page ([`IND_SOURCE`]) lists them.
pub const BLUE_CARD_PERIODS: &[BlueCardPeriod] = &[
    whole_year(2020, 5_403, None),
    whole_year(2021, 5_567, None),
    whole_year(2022, 5_670, None),
    whole_year(2023, 5_867, None),
    blue_card(date(2024, 1, 1), date(2024, 6, 11), 6_245, None),
    blue_card(date(2024, 6, 12), date(2024, 12, 31), 5_331, Some(4_265)),
    whole_year(2025, 5_688, Some(4_551)),
    whole_year(2026, 5_942, Some(4_754)),
];
