#![cfg(not(target_arch = "wasm32"))]
//! The EU Blue Card's salary test next to the highly-skilled-migrant one:
//! every period, its first and last day, the recent graduates' amount from
//! 12 June 2024, the third anniversary of graduation, and after the table.
mod common;
use common::*;
use serde_json::{json, Value};

fn blue(r: &Value) -> &Value {
    &ok(r)["blueCard"]
}

fn money(euros: u32) -> String {
    format!("{euros}.00")
}

fn minus_cent(euros: u32) -> String {
    format!("{}.99", euros - 1)
}

/// A recent graduate (any bachelor's, from anywhere) applying on `date`.
fn graduate(date: &str, graduated: &str, amount: &str) -> Value {
    with(
        request(date, "1990-01-01", amount),
        json!({"degree": "bachelor", "degreeFrom": "elsewhere", "graduationDate": graduated}),
    )
}

#[test]
fn every_period_at_its_amount_and_a_cent_below_on_its_first_and_last_day() {
    for &(from, to, amount, _, months) in BLUE_CARD {
        for date in [from, to] {
            let at = eval(request(date, "1980-01-01", &money(amount)));
            let b = blue(&at);
            assert_eq!(b["threshold"], json!(money(amount)), "{date}");
            assert_eq!(b["reduced"], json!(false), "{date}");
            assert_eq!(b["qualifies"], json!(true), "{date}");
            assert_eq!(b["margin"], "0.00", "{date}");
            assert_eq!(b["period"], json!({"from": from, "to": to}), "{date}");
            assert_eq!(b["conditions"][1]["months"], json!(months), "{date}");
            let below = eval(request(date, "1980-01-01", &minus_cent(amount)));
            assert_eq!(blue(&below)["qualifies"], json!(false), "{date}");
            assert_eq!(blue(&below)["margin"], "-0.01", "{date}");
        }
    }
}

#[test]
fn the_recent_graduates_amount_starts_on_12_june_2024() {
    let before = eval(graduate("2024-06-11", "2024-01-31", "4265"));
    assert_eq!(blue(&before)["threshold"], "6245.00");
    assert_eq!(blue(&before)["reduced"], json!(false));
    let from = eval(graduate("2024-06-12", "2024-01-31", "4265"));
    assert_eq!(blue(&from)["threshold"], "4265.00");
    assert_eq!(blue(&from)["reduced"], json!(true));
    assert_eq!(blue(&from)["qualifies"], json!(true));
    for &(from, _, _, graduates, _) in BLUE_CARD {
        let Some(g) = graduates else { continue };
        let r = eval(graduate(from, "2023-06-30", &minus_cent(g)));
        assert_eq!(blue(&r)["threshold"], json!(money(g)), "{from}");
        assert_eq!(blue(&r)["qualifies"], json!(false), "{from}");
    }
}

/// Whether the graduates' amount applies, the amount, and the verdict.
fn test_of(r: &Value) -> Value {
    pick(
        blue(r),
        &["/reduced", "/threshold", "/qualifies", "/published"],
    )
}

fn expect(reduced: bool, threshold: &str, qualifies: Value, published: bool) -> Value {
    json!({"/reduced": reduced, "/threshold": threshold, "/qualifies": qualifies, "/published": published})
}

#[test]
fn the_graduates_amount_holds_until_the_third_anniversary_of_graduation() {
    let last = eval(graduate("2026-03-15", "2023-03-15", "4754"));
    assert_eq!(test_of(&last), expect(true, "4754.00", json!(true), true));
    let after = eval(graduate("2026-03-16", "2023-03-15", "4754"));
    assert_eq!(
        test_of(&after),
        expect(false, "5942.00", json!(false), true)
    );
    // Without a degree there is no graduates' amount.
    let no_degree = with(
        request("2026-03-15", "1990-01-01", "4754"),
        json!({"graduationDate": "2025-01-01"}),
    );
    assert_eq!(
        test_of(&eval(no_degree)),
        expect(false, "5942.00", json!(false), true)
    );
}

#[test]
fn a_35_year_old_two_years_from_a_degree_outside_the_top_200_meets_the_blue_card_only() {
    let degree =
        json!({"degree": "master", "degreeFrom": "elsewhere", "graduationDate": "2024-03-01"});
    let r = eval(with(request("2026-03-15", "1990-06-01", "4800"), degree));
    assert_eq!(
        pick(&r, &["/band", "/qualifies"]),
        json!({"/band": "thirtyPlus", "/qualifies": false})
    );
    assert_eq!(test_of(&r), expect(true, "4754.00", json!(true), true));
    assert_eq!(blue(&r)["margin"], "46.00");
}

#[test]
fn no_role_is_exempt_from_the_blue_card_amount() {
    let r = eval(with(
        request("2026-03-15", "1990-01-01", "3000"),
        json!({"role": "researcher"}),
    ));
    assert_eq!(r["band"], "exempt");
    assert_eq!(test_of(&r), expect(false, "5942.00", json!(false), true));
}

#[test]
fn after_the_last_period_the_blue_card_answer_is_unknown() {
    let dec31 = eval(request("2026-12-31", "1980-01-01", "6000"));
    assert_eq!(test_of(&dec31), expect(false, "5942.00", json!(true), true));
    let jan1 = eval(request("2027-01-01", "1980-01-01", "6000"));
    assert_eq!(test_of(&jan1), expect(false, "5942.00", Value::Null, false));
    assert_eq!(blue(&jan1)["period"]["to"], "2026-12-31");
}

#[test]
fn the_conditions_not_checked_are_listed_with_their_source() {
    let r = eval(request("2026-03-15", "1980-01-01", "6000"));
    let b = blue(&r);
    let codes: Vec<&str> = b["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["qualification", "contract", "jobLevel"]);
    assert!(b["conditions"][1]["message"]
        .as_str()
        .unwrap()
        .contains("6 months"));
    assert_eq!(
        b["source"],
        "https://ind.nl/en/required-amounts-income-requirements"
    );
    assert_eq!(
        b["conditionsSource"],
        "https://ind.nl/en/residence-permits/work/european-blue-card"
    );
}
