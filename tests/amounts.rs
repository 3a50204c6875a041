#![cfg(not(target_arch = "wasm32"))]
//! The amounts table: complete, contiguous, sourced, and as published.
use chrono::{Datelike, NaiveDate};
use hsm_salary_check::rules::amounts::{lookup, Lookup, PERIODS};
mod common;
use common::PUBLISHED;

#[test]
fn every_published_year_is_in_the_table() {
    assert_eq!(PERIODS.len(), PUBLISHED.len());
    for (p, &(year, plus, under, reduced, norm, young, cap)) in PERIODS.iter().zip(PUBLISHED) {
        assert_eq!(p.from, NaiveDate::from_ymd_opt(year, 1, 1).unwrap());
        assert_eq!(p.to, NaiveDate::from_ymd_opt(year, 12, 31).unwrap());
        assert_eq!(
            (p.thirty_plus.euros, p.under_thirty.euros, p.reduced.euros),
            (plus, under, reduced),
            "{year}"
        );
        assert_eq!(
            (p.norm_general.euros, p.norm_young_master.euros),
            (norm, young),
            "{year}"
        );
        assert_eq!(p.cap.map(|c| c.euros), cap, "{year}");
        assert_eq!(p.percentage, 30);
    }
}

#[test]
fn periods_are_contiguous_and_ordered() {
    for pair in PERIODS.windows(2) {
        assert!(pair[0].from <= pair[0].to);
        assert_eq!(
            pair[0].to.succ_opt(),
            Some(pair[1].from),
            "gap or overlap after {}",
            pair[0].to
        );
    }
}

#[test]
fn every_figure_names_its_public_source() {
    for p in PERIODS {
        for f in [p.thirty_plus, p.under_thirty, p.reduced] {
            assert_eq!(
                f.source,
                "https://ind.nl/en/required-amounts-income-requirements"
            );
        }
        for f in [p.norm_general, p.norm_young_master]
            .into_iter()
            .chain(p.cap)
        {
            assert!(
                f.source.starts_with("https://www.belastingdienst.nl/"),
                "{}",
                f.source
            );
            assert!(f.source.contains("30-percent-facility"));
        }
    }
}

#[test]
fn thirty_first_december_and_first_january_fall_in_their_own_year() {
    for &(year, plus, ..) in PUBLISHED {
        let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
        let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        for d in [jan1, dec31] {
            match lookup(d) {
                Lookup::Published(p) => {
                    assert_eq!(p.from.year(), year);
                    assert_eq!(p.thirty_plus.euros, plus);
                }
                other => panic!("{d}: {other:?}"),
            }
        }
    }
}

#[test]
fn dates_outside_the_table() {
    let before = NaiveDate::from_ymd_opt(2019, 12, 31).unwrap();
    assert_eq!(lookup(before), Lookup::BeforeFirst);
    let after = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    match lookup(after) {
        Lookup::Unpublished(p) => assert_eq!(p.from.year(), 2026),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_blue_card_table_is_as_published_contiguous_and_sourced() {
    use hsm_salary_check::rules::amounts::BLUE_CARD_PERIODS;
    assert_eq!(BLUE_CARD_PERIODS.len(), common::BLUE_CARD.len());
    for (p, &(from, to, amount, graduates, months)) in
        BLUE_CARD_PERIODS.iter().zip(common::BLUE_CARD)
    {
        assert_eq!(
            (p.from.to_string(), p.to.to_string()),
            (from.to_owned(), to.to_owned())
        );
        assert_eq!(p.threshold.euros, amount, "{from}");
        assert_eq!(p.recent_graduate.map(|g| g.euros), graduates, "{from}");
        assert_eq!(p.contract_months, months, "{from}");
        for f in std::iter::once(p.threshold).chain(p.recent_graduate) {
            assert_eq!(
                f.source,
                "https://ind.nl/en/required-amounts-income-requirements"
            );
        }
    }
    for pair in BLUE_CARD_PERIODS.windows(2) {
        assert_eq!(
            pair[0].to.succ_opt(),
            Some(pair[1].from),
            "gap or overlap after {}",
            pair[0].to
        );
    }
    // The same first day as the highly-skilled-migrant table.
    assert_eq!(
        BLUE_CARD_PERIODS.first().map(|p| p.from),
        PERIODS.first().map(|p| p.from)
    );
    assert_eq!(
        BLUE_CARD_PERIODS.last().map(|p| p.to),
        PERIODS.last().map(|p| p.to)
    );
}

/// The band with the lower name has the lower amount: the permit situations
/// rely on it to take the lower of two bands.
#[test]
fn in_every_period_the_amounts_rise_from_reduced_to_thirty_or_older() {
    for p in PERIODS {
        assert!(p.reduced.euros < p.under_thirty.euros, "{}", p.from);
        assert!(p.under_thirty.euros < p.thirty_plus.euros, "{}", p.from);
    }
}

#[test]
fn the_blue_card_table_knows_no_date_before_its_first_day() {
    use hsm_salary_check::rules::amounts::{lookup_in, BLUE_CARD_PERIODS};
    let before = NaiveDate::from_ymd_opt(2019, 12, 31).unwrap();
    assert_eq!(lookup_in(BLUE_CARD_PERIODS, before), Lookup::BeforeFirst);
    let first = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    match lookup_in(BLUE_CARD_PERIODS, first) {
        Lookup::Published(p) => assert_eq!(p.threshold.euros, 5403),
        other => panic!("{other:?}"),
    }
}

/// The recast Blue Card directive brought the recent graduates' amount from
/// 12 June 2024 (the first row of the published table that has one).
#[test]
fn the_recent_graduates_blue_card_amount_starts_on_12_june_2024() {
    use hsm_salary_check::rules::amounts::recent_graduate_amount_from;
    let first_with_one = common::BLUE_CARD
        .iter()
        .find(|row| row.3.is_some())
        .map(|row| row.0);
    assert_eq!(first_with_one, Some("2024-06-12"));
    assert_eq!(
        recent_graduate_amount_from(),
        NaiveDate::from_ymd_opt(2024, 6, 12)
    );
}
