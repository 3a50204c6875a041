#![cfg(not(target_arch = "wasm32"))]
//! Someone who already holds a highly-skilled-migrant permit: the criterion
//! it was granted on carries over (IND, "which amount applies"), and the
//! lower of that amount and a first permit's applies.
mod common;
use common::*;
use serde_json::{json, Value};

fn held(situation: &str, criterion: &str, date: &str, birth: &str, amount: &str) -> Value {
    with(
        request(date, birth, amount),
        json!({"situation": situation, "permitCriterion": criterion}),
    )
}

fn band_and_reason(r: &Value) -> (String, String) {
    let r = ok(r);
    let text = |v: &Value| v.as_str().unwrap_or("").to_owned();
    (text(&r["band"]), text(&r["reason"]["code"]))
}

#[test]
fn a_reduced_permit_keeps_the_reduced_amount_after_a_change_of_employer() {
    // 33 years old in 2026, no recent degree: a first permit would ask 5,942.
    let r = eval(held(
        "changeOfEmployer",
        "reduced",
        "2026-03-15",
        "1992-06-01",
        "3122",
    ));
    assert_eq!(
        band_and_reason(&r),
        ("reduced".into(), "carriedOver".into())
    );
    assert_eq!(r["threshold"], "3122.00");
    assert_eq!(r["qualifies"], json!(true));
    assert_eq!(r["reason"]["situation"], "changeOfEmployer");
    assert_eq!(r["reason"]["permitCriterion"], "reduced");
    let below = eval(held(
        "changeOfEmployer",
        "reduced",
        "2026-03-15",
        "1992-06-01",
        "3121.99",
    ));
    assert_eq!(below["qualifies"], json!(false));
    // As a first permit the same person needs the 30-or-older amount.
    let first = eval(request("2026-03-15", "1992-06-01", "3122"));
    assert_eq!(first["threshold"], "5942.00");
}

#[test]
fn at_an_extension_the_under_thirty_amount_stays_after_the_thirtieth_birthday() {
    // Born 1996-05-02: 30 on 2026-05-02.
    for (date, reason) in [
        ("2026-05-01", "age"),
        ("2026-05-02", "carriedOver"),
        ("2026-12-31", "carriedOver"),
    ] {
        let r = eval(held("extension", "underThirty", date, "1996-05-02", "4357"));
        assert_eq!(
            band_and_reason(&r),
            ("underThirty".into(), reason.into()),
            "{date}"
        );
        assert_eq!(r["threshold"], "4357.00", "{date}");
    }
    // No warning that the amount rises at 30: at an extension it does not.
    let r = eval(held(
        "extension",
        "underThirty",
        "2026-03-15",
        "1996-05-02",
        "4357",
    ));
    assert!(
        !codes(&r).contains(&"turnsThirty".to_owned()),
        "{:?}",
        codes(&r)
    );
}

#[test]
fn after_a_change_of_employer_the_under_thirty_amount_stays_only_while_under_thirty() {
    let day_before = eval(held(
        "changeOfEmployer",
        "underThirty",
        "2026-05-01",
        "1996-05-02",
        "4357",
    ));
    assert_eq!(day_before["band"], "underThirty");
    let birthday = eval(held(
        "changeOfEmployer",
        "underThirty",
        "2026-05-02",
        "1996-05-02",
        "4357",
    ));
    assert_eq!(
        band_and_reason(&birthday),
        ("thirtyPlus".into(), "age".into())
    );
    assert_eq!(birthday["threshold"], "5942.00");
    // The rise is coming: warned of, as for a first permit.
    let before = eval(held(
        "changeOfEmployer",
        "underThirty",
        "2026-03-15",
        "1996-05-02",
        "4357",
    ));
    assert!(codes(&before).contains(&"turnsThirty".to_owned()));
}

#[test]
fn the_lower_of_a_first_permit_and_the_carried_criterion_applies() {
    // Granted on the 30-or-older amount, now a recent Dutch master's graduate.
    let graduate = with(
        held(
            "extension",
            "thirtyPlus",
            "2026-03-15",
            "1990-01-01",
            "3122",
        ),
        json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "2025-06-30"}),
    );
    let r = eval(graduate);
    assert_eq!(band_and_reason(&r), ("reduced".into(), "graduated".into()));
    // Granted on the 30-or-older amount and 29: a first permit's under-30 amount.
    let r = eval(held(
        "changeOfEmployer",
        "thirtyPlus",
        "2026-03-15",
        "1996-05-02",
        "4357",
    ));
    assert_eq!(band_and_reason(&r), ("underThirty".into(), "age".into()));
}

#[test]
fn the_carried_criterion_needs_no_age_where_it_is_already_the_lowest() {
    let base = json!({"applicationDate": "2026-03-15",
        "salary": {"amount": "4357", "period": "month"}});
    let r = eval(with(
        base.clone(),
        json!({"situation": "extension", "permitCriterion": "underThirty"}),
    ));
    assert_eq!(
        band_and_reason(&r),
        ("underThirty".into(), "carriedOver".into())
    );
    let r = eval(with(
        base.clone(),
        json!({"situation": "changeOfEmployer", "permitCriterion": "reduced"}),
    ));
    assert_eq!(r["band"], "reduced");
    // After a change of employer the under-30 amount depends on the age.
    let r = eval(with(
        base,
        json!({"situation": "changeOfEmployer", "permitCriterion": "underThirty"}),
    ));
    assert_eq!(
        errors(&r),
        vec![("birthDate".to_owned(), "required".to_owned())]
    );
}

#[test]
fn exempt_roles_stay_exempt_in_every_situation() {
    for situation in ["extension", "changeOfEmployer"] {
        let r = eval(with(
            held(situation, "thirtyPlus", "2026-03-15", "1980-01-01", "2000"),
            json!({"role": "researcher"}),
        ));
        assert_eq!(band_and_reason(&r), ("exempt".into(), "researcher".into()));
    }
}

#[test]
fn the_situation_defaults_to_a_first_permit_and_bad_values_name_their_field() {
    let plain = eval(request("2026-03-15", "1980-01-01", "6000"));
    let first = eval(with(
        request("2026-03-15", "1980-01-01", "6000"),
        json!({"situation": "firstPermit"}),
    ));
    assert_eq!(plain, first);
    // A criterion without a situation that needs it is not used.
    let ignored = eval(with(
        request("2026-03-15", "1980-01-01", "3200"),
        json!({"permitCriterion": "reduced"}),
    ));
    assert_eq!(ignored["band"], "thirtyPlus");
    let cases = [
        (
            json!({"situation": "extension"}),
            "permitCriterion",
            "required",
        ),
        (
            json!({"situation": "changeOfEmployer", "permitCriterion": ""}),
            "permitCriterion",
            "required",
        ),
        (json!({"situation": "renewal"}), "situation", "unknownValue"),
        (json!({"situation": 2}), "situation", "unknownValue"),
        (
            json!({"situation": "extension", "permitCriterion": "over30"}),
            "permitCriterion",
            "unknownValue",
        ),
    ];
    for (extra, field, code) in cases {
        let r = eval(with(
            request("2026-03-15", "1980-01-01", "6000"),
            extra.clone(),
        ));
        assert_eq!(
            errors(&r),
            vec![(field.to_owned(), code.to_owned())],
            "{extra}"
        );
    }
}
