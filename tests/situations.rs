#![cfg(not(target_arch = "wasm32"))]
//! Someone who already holds a highly-skilled-migrant permit: the criterion
//! it was granted on carries over (IND, "which amount applies"), and the
//! lower of that amount and a first permit's applies.
mod common;
use common::*;
use serde_json::{json, Value};

/// A request for someone who holds a permit granted on `criterion`.
fn held(situation: &str, criterion: &str, date: &str, birth: &str, amount: &str) -> Value {
    let extra = json!({"situation": situation, "permitCriterion": criterion});
    with(request(date, birth, amount), extra)
}

/// The band, the reason, the amount and the verdict of an answer.
fn verdict(r: &Value) -> Value {
    let keys = ["/band", "/reason/code", "/threshold", "/qualifies"];
    pick(ok(r), &keys)
}

fn expect(band: &str, reason: &str, threshold: &str, qualifies: bool) -> Value {
    json!({"/band": band, "/reason/code": reason, "/threshold": threshold, "/qualifies": qualifies})
}

#[test]
fn a_reduced_permit_keeps_the_reduced_amount_after_a_change_of_employer() {
    // 33 years old in 2026, no recent degree: a first permit would ask 5,942.
    let (date, birth) = ("2026-03-15", "1992-06-01");
    let r = eval(held("changeOfEmployer", "reduced", date, birth, "3122"));
    assert_eq!(
        verdict(&r),
        expect("reduced", "carriedOver", "3122.00", true)
    );
    let carried = pick(&r, &["/reason/situation", "/reason/permitCriterion"]);
    let names =
        json!({"/reason/situation": "changeOfEmployer", "/reason/permitCriterion": "reduced"});
    assert_eq!(carried, names);
    let below = eval(held("changeOfEmployer", "reduced", date, birth, "3121.99"));
    assert_eq!(below["qualifies"], json!(false));
    // As a first permit the same person needs the 30-or-older amount.
    assert_eq!(eval(request(date, birth, "3122"))["threshold"], "5942.00");
}

#[test]
fn at_an_extension_the_under_thirty_amount_stays_after_the_thirtieth_birthday() {
    // Born 1996-05-02: 30 on 2026-05-02.
    let days = [
        ("2026-05-01", "age"),
        ("2026-05-02", "carriedOver"),
        ("2026-12-31", "carriedOver"),
    ];
    for (date, reason) in days {
        let r = eval(held("extension", "underThirty", date, "1996-05-02", "4357"));
        assert_eq!(
            verdict(&r),
            expect("underThirty", reason, "4357.00", true),
            "{date}"
        );
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
    let on = |date| {
        eval(held(
            "changeOfEmployer",
            "underThirty",
            date,
            "1996-05-02",
            "4357",
        ))
    };
    assert_eq!(
        verdict(&on("2026-05-01")),
        expect("underThirty", "age", "4357.00", true)
    );
    for date in ["2026-05-02", "2026-12-31"] {
        assert_eq!(
            verdict(&on(date)),
            expect("thirtyPlus", "age", "5942.00", false),
            "{date}"
        );
    }
    // Well past 30 too (36 here).
    let older = eval(held(
        "changeOfEmployer",
        "underThirty",
        "2026-03-15",
        "1990-01-01",
        "4357",
    ));
    assert_eq!(
        verdict(&older),
        expect("thirtyPlus", "age", "5942.00", false)
    );
    // The rise is coming: warned of, as for a first permit.
    assert!(codes(&on("2026-03-15")).contains(&"turnsThirty".to_owned()));
}

#[test]
fn the_lower_of_a_first_permit_and_the_carried_criterion_applies() {
    // Granted on the 30-or-older amount, now a recent Dutch master's graduate.
    let degree =
        json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "2025-06-30"});
    let graduate = with(
        held(
            "extension",
            "thirtyPlus",
            "2026-03-15",
            "1990-01-01",
            "3122",
        ),
        degree,
    );
    assert_eq!(
        verdict(&eval(graduate)),
        expect("reduced", "graduated", "3122.00", true)
    );
    // Granted on the 30-or-older amount and 29: a first permit's under-30 amount.
    let young = eval(held(
        "changeOfEmployer",
        "thirtyPlus",
        "2026-03-15",
        "1996-05-02",
        "4357",
    ));
    assert_eq!(
        verdict(&young),
        expect("underThirty", "age", "4357.00", true)
    );
}

#[test]
fn the_carried_criterion_needs_no_age_where_it_is_already_the_lowest() {
    let base = json!({"applicationDate": "2026-03-15",
        "salary": {"amount": "4357", "period": "month"}});
    let permit = |situation, criterion| {
        eval(with(
            base.clone(),
            json!({"situation": situation, "permitCriterion": criterion}),
        ))
    };
    let under = permit("extension", "underThirty");
    assert_eq!(
        verdict(&under),
        expect("underThirty", "carriedOver", "4357.00", true)
    );
    assert_eq!(permit("changeOfEmployer", "reduced")["band"], "reduced");
    // After a change of employer the under-30 amount depends on the age;
    // with the 30-or-older criterion a first permit's under-30 amount may be
    // lower, and that depends on the age too.
    for (situation, criterion) in [
        ("changeOfEmployer", "underThirty"),
        ("extension", "thirtyPlus"),
        ("changeOfEmployer", "thirtyPlus"),
    ] {
        assert_eq!(
            errors(&permit(situation, criterion)),
            vec![("birthDate".to_owned(), "required".to_owned())],
            "{situation} {criterion}"
        );
    }
}

#[test]
fn exempt_roles_stay_exempt_in_every_situation() {
    for situation in ["extension", "changeOfEmployer"] {
        let request = held(situation, "thirtyPlus", "2026-03-15", "1980-01-01", "2000");
        let r = eval(with(request, json!({"role": "researcher"})));
        let exempt = json!({"/band": "exempt", "/reason/code": "researcher", "/threshold": null, "/qualifies": true});
        assert_eq!(verdict(&r), exempt, "{situation}");
    }
}

#[test]
fn the_situation_defaults_to_a_first_permit_and_bad_values_name_their_field() {
    let base = || request("2026-03-15", "1980-01-01", "6000");
    let first = eval(with(base(), json!({"situation": "firstPermit"})));
    assert_eq!(eval(base()), first);
    // A criterion without a situation that needs it is not used.
    let ignored = eval(with(base(), json!({"permitCriterion": "reduced"})));
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
        let r = eval(with(base(), extra.clone()));
        assert_eq!(
            errors(&r),
            vec![(field.to_owned(), code.to_owned())],
            "{extra}"
        );
    }
}
