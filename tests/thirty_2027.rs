#![cfg(not(target_arch = "wasm32"))]
//! The 30% ruling from 1 January 2027 (at most 27% for new starters, norms
//! not yet published) and the end of the young-master norm at 30.
mod common;
use common::*;
use serde_json::{json, Value};

fn thirty(r: &Value) -> &Value {
    &ok(r)["thirtyPercent"]
}

#[test]
fn the_allowance_is_27_percent_from_1_january_2027_and_the_norms_are_unknown() {
    let dec31 = eval(request("2026-12-31", "1980-01-01", "6000"));
    assert_eq!(thirty(&dec31)["percentage"], 30);
    assert_eq!(thirty(&dec31)["meetsNorm"], json!(true));
    assert!(codes(&dec31).contains(&"thirtyPercentFrom2027".to_owned()));
    assert!(!codes(&dec31).contains(&"thirtyPercentNormsUnpublished".to_owned()));

    let jan1 = eval(request("2027-01-01", "1980-01-01", "6000"));
    let t = thirty(&jan1);
    assert_eq!(t["percentage"], 27);
    // 6,000 × 12 × 1.08 = 77,760; 27% of it.
    assert_eq!(t["allowance"], "20995.20");
    assert_eq!(t["meetsNorm"], Value::Null);
    assert_eq!(t["partialPossible"], Value::Null);
    // The 2026 norm would promise too much: the 2027 norms are higher.
    for unknown in ["norm", "maxAllowance", "salaryForFullAllowance"] {
        assert_eq!(t[unknown], Value::Null, "{unknown}");
    }
    // Researchers have no norm at all, in 2027 too.
    let researcher = eval(with(
        request("2027-01-01", "1980-01-01", "6000"),
        json!({"role": "researcher"}),
    ));
    assert_eq!(thirty(&researcher)["normKind"], "none");
    assert_eq!(thirty(&researcher)["maxAllowance"], "20995.20");
    let warnings = codes(&jan1);
    assert!(
        warnings.contains(&"thirtyPercentNormsUnpublished".to_owned()),
        "{warnings:?}"
    );
    assert!(
        !warnings.contains(&"thirtyPercentFrom2027".to_owned()),
        "{warnings:?}"
    );
    let message = jan1["warnings"]
        .as_array()
        .and_then(|w| {
            w.iter()
                .find(|w| w["code"] == "thirtyPercentNormsUnpublished")
        })
        .and_then(|w| w["message"].as_str())
        .unwrap_or_default();
    assert!(
        message.contains("2027") && message.contains("€50,436") && message.contains("27%"),
        "{message}"
    );
}

#[test]
fn the_young_master_norm_ends_the_month_after_the_thirtieth_birthday() {
    let master = |birth: &str| {
        eval(with(
            request("2026-03-15", birth, "5000"),
            json!({"degree": "master", "degreeFrom": "elsewhere", "graduationDate": "2020-06-30"}),
        ))
    };
    for (birth, from) in [
        ("1997-05-20", "2027-06-01"),
        ("1997-06-01", "2027-07-01"),
        ("1996-12-31", "2027-01-01"),
    ] {
        let r = master(birth);
        assert_eq!(thirty(&r)["normKind"], "youngMaster", "{birth}");
        let w = r["warnings"]
            .as_array()
            .and_then(|w| w.iter().find(|w| w["code"] == "youngMasterNormEnds"));
        assert_eq!(w.map(|w| w["date"].clone()), Some(json!(from)), "{birth}");
    }
    // Thirty already: the general norm, no warning.
    let r = master("1996-03-15");
    assert_eq!(thirty(&r)["normKind"], "general");
    assert!(!codes(&r).contains(&"youngMasterNormEnds".to_owned()));
}
