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

/// How a date relates to the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The date falls in a published period.
    Published(&'static Period),
    /// The date is after the last period: these are the latest amounts, not the date's own.
    Unpublished(&'static Period),
    /// The date is before the first period.
    BeforeFirst,
}

pub fn lookup(date: NaiveDate) -> Lookup {
    if let Some(p) = PERIODS.iter().find(|p| p.from <= date && date <= p.to) {
        return Lookup::Published(p);
    }
    match PERIODS.last() {
        Some(last) if date > last.to => Lookup::Unpublished(last),
        _ => Lookup::BeforeFirst,
    }
}

/// The first day the table covers.
pub fn first_day() -> Option<NaiveDate> {
    PERIODS.first().map(|p| p.from)
}
