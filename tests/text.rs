#![cfg(not(target_arch = "wasm32"))]
//! The kept texts (src/api/text.rs) and the anniversaries the rules count by:
//! both replace a slower way to the same result, which is the oracle here.
use chrono::{Datelike, Months, NaiveDate};
use hsm_salary_check::api::text::Text;
use hsm_salary_check::rules::{dates, money};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[test]
fn kept_figures_and_dates_are_the_texts_made_anew() {
    // More than the table keeps (256): the later ones are made each time,
    // and every one, kept or not, asked once or twice, is its own text.
    for round in 0..2 {
        for cents in 0..600i64 {
            let amount = Decimal::new(cents * 7919, 2);
            let text = Text::figure(amount);
            assert_eq!(&*text, money::plain(amount), "round {round}, {amount}");
            let date = NaiveDate::from_num_days_from_ce_opt(730_000 + cents as i32).unwrap();
            assert_eq!(
                &*Text::date(date),
                dates::iso(date),
                "round {round}, {date}"
            );
        }
    }
    // The same value with another scale is another text.
    assert_eq!(&*Text::figure(Decimal::new(5, 0)), "5.00");
    assert_eq!(&*Text::figure(Decimal::new(50, 1)), "5.00");
}

#[test]
fn kept_texts_are_told_apart_by_kind_and_value() {
    let a = Text::fixed(("first kind", 1), || "one".into());
    let b = Text::fixed(("other kind", 1), || "two".into());
    let c = Text::fixed(("first kind", 2), || "three".into());
    assert_eq!((&*a, &*b, &*c), ("one", "two", "three"));
    assert!(matches!(
        Text::fixed(("first kind", 1), || "made again".into()),
        Text::Fixed("one")
    ));
}

proptest! {
    #[test]
    fn anniversary_is_adding_twelve_months_a_year(days in 0i32..3_700_000, years in 0u32..200) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
        prop_assert_eq!(dates::anniversary(date, years), date.checked_add_months(Months::new(years * 12)));
    }
}

#[test]
fn anniversary_of_29_february() {
    let leap = NaiveDate::from_ymd_opt(1996, 2, 29).unwrap();
    assert_eq!(
        dates::anniversary(leap, 30),
        NaiveDate::from_ymd_opt(2026, 2, 28)
    );
    assert_eq!(
        dates::anniversary(leap, 28),
        Some(leap.with_year(2024).unwrap())
    );
    assert_eq!(dates::anniversary(leap, u32::MAX), None);
}
