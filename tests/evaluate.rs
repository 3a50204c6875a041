#![cfg(not(target_arch = "wasm32"))]
//! `evaluate()` on tables of cases: every published year and every boundary.
mod common;
use common::*;
use serde_json::{json, Value};

fn money(euros: u32) -> String {
    format!("{euros}.00")
}

fn minus_cent(euros: u32) -> String {
    format!("{}.99", euros - 1)
}

#[test]
fn thirty_plus_at_the_threshold_qualifies_and_a_cent_below_does_not() {
    for &(year, plus, ..) in PUBLISHED {
        for date in [format!("{year}-01-01"), format!("{year}-12-31")] {
            let at = eval(request(&date, "1980-06-15", &money(plus)));
            let at = ok(&at);
            assert_eq!(at["band"], "thirtyPlus", "{date}");
            assert_eq!(at["threshold"], json!(money(plus)), "{date}");
            assert_eq!(at["qualifies"], json!(true), "{date}");
            assert_eq!(at["margin"], "0.00");
            assert_eq!(at["published"], json!(true));
            assert_eq!(
                at["period"],
                json!({"from": format!("{year}-01-01"), "to": format!("{year}-12-31")})
            );
            assert_eq!(
                at["source"],
                "https://ind.nl/en/required-amounts-income-requirements"
            );

            let below = eval(request(&date, "1980-06-15", &minus_cent(plus)));
            assert_eq!(below["qualifies"], json!(false), "{date}");
            assert_eq!(below["margin"], "-0.01");
        }
    }
}

#[test]
fn under_thirty_at_the_threshold_qualifies_and_a_cent_below_does_not() {
    for &(year, _, under, ..) in PUBLISHED {
        let date = format!("{year}-07-01");
        let birth = format!("{}-07-02", year - 30); // 29 until tomorrow
        let at = eval(request(&date, &birth, &money(under)));
        assert_eq!(ok(&at)["band"], "underThirty", "{year}");
        assert_eq!(at["threshold"], json!(money(under)));
        assert_eq!(at["qualifies"], json!(true));
        let below = eval(request(&date, &birth, &minus_cent(under)));
        assert_eq!(below["qualifies"], json!(false));
    }
}

#[test]
fn the_thirtieth_birthday_counts_as_thirty() {
    for &(year, plus, under, ..) in PUBLISHED {
        let date = format!("{year}-05-02");
        let on_birthday = eval(request(
            &date,
            &format!("{}-05-02", year - 30),
            &money(under),
        ));
        assert_eq!(ok(&on_birthday)["band"], "thirtyPlus", "{year}");
        assert_eq!(on_birthday["threshold"], json!(money(plus)));
        assert_eq!(on_birthday["qualifies"], json!(false));
        let day_before = eval(request(
            &date,
            &format!("{}-05-03", year - 30),
            &money(under),
        ));
        assert_eq!(ok(&day_before)["band"], "underThirty", "{year}");
        assert_eq!(day_before["qualifies"], json!(true));
    }
}

#[test]
fn born_on_29_february_turns_thirty_on_28_february_in_a_common_year() {
    // 30 years after 29 Feb 1996 is 2026, a common year.
    let on_28 = eval(request("2026-02-28", "1996-02-29", "5942"));
    assert_eq!(ok(&on_28)["band"], "thirtyPlus");
    let on_27 = eval(request("2026-02-27", "1996-02-29", "5942"));
    assert_eq!(ok(&on_27)["band"], "underThirty");
    assert_eq!(
        eval(request("2022-02-28", "1992-02-29", "5942"))["band"],
        "thirtyPlus"
    );
    assert_eq!(
        eval(request("2022-02-27", "1992-02-29", "5942"))["band"],
        "underThirty"
    );
    // In a leap year the age goes up on 29 February itself.
    assert_eq!(
        eval(request("2024-02-28", "1996-02-29", "5942"))["band"],
        "underThirty"
    );
}

#[test]
fn age_in_whole_years_instead_of_birth_date() {
    let base =
        json!({"applicationDate": "2026-03-15", "salary": {"amount": "4357", "period": "month"}});
    let r = eval(with(base.clone(), json!({"age": 29})));
    assert_eq!(ok(&r)["band"], "underThirty");
    let r = eval(with(base, json!({"age": 30})));
    assert_eq!(ok(&r)["band"], "thirtyPlus");
}

fn graduate(date: &str, graduated: &str, degree: &str, from: &str) -> Value {
    with(
        request(date, "1990-01-01", "3122"),
        json!({"degree": degree, "degreeFrom": from, "graduationDate": graduated}),
    )
}

#[test]
fn reduced_criterion_ends_on_the_third_anniversary_of_graduation() {
    for &(year, plus, _, reduced, ..) in PUBLISHED.iter().filter(|y| y.0 >= 2023) {
        let graduated = format!("{}-06-30", year - 3);
        let last = eval(graduate(
            &format!("{year}-06-30"),
            &graduated,
            "master",
            "netherlands",
        ));
        assert_eq!(ok(&last)["band"], "reduced", "{year}");
        assert_eq!(last["threshold"], json!(money(reduced)));
        assert_eq!(last["qualifies"], json!(reduced <= 3122));
        let after = eval(graduate(
            &format!("{year}-07-01"),
            &graduated,
            "master",
            "netherlands",
        ));
        assert_eq!(ok(&after)["band"], "thirtyPlus", "{year}");
        assert_eq!(after["threshold"], json!(money(plus)));
    }
}

#[test]
fn graduated_on_29_february_the_window_ends_on_28_february() {
    let last = eval(graduate(
        "2027-02-28",
        "2024-02-29",
        "master",
        "netherlands",
    ));
    assert_eq!(ok(&last)["band"], "reduced");
    let after = eval(graduate(
        "2027-03-01",
        "2024-02-29",
        "master",
        "netherlands",
    ));
    assert_eq!(ok(&after)["band"], "thirtyPlus");
}

#[test]
fn which_degrees_qualify_for_the_reduced_criterion() {
    let cases = [
        ("bachelor", "netherlands", "reduced"),
        ("master", "netherlands", "reduced"),
        ("phd", "netherlands", "reduced"),
        ("master", "top200", "reduced"),
        ("phd", "top200", "reduced"),
        ("bachelor", "top200", "thirtyPlus"),
        ("bachelor", "elsewhere", "thirtyPlus"),
        ("master", "elsewhere", "thirtyPlus"),
        ("phd", "elsewhere", "thirtyPlus"),
    ];
    for (degree, from, band) in cases {
        let r = eval(graduate("2026-03-15", "2025-06-30", degree, from));
        assert_eq!(ok(&r)["band"], band, "{degree} from {from}");
    }
}

#[test]
fn orientation_year_gives_the_reduced_criterion_at_any_age() {
    let r = eval(with(
        request("2026-03-15", "1970-01-01", "3122"),
        json!({"orientationYear": true}),
    ));
    assert_eq!(ok(&r)["band"], "reduced");
    assert_eq!(r["qualifies"], json!(true));
    let r = eval(with(
        request("2026-03-15", "1970-01-01", "3121.99"),
        json!({"orientationYear": true}),
    ));
    assert_eq!(r["qualifies"], json!(false));
}

#[test]
fn researchers_and_doctors_in_training_are_exempt() {
    for role in ["researcher", "doctorInTraining"] {
        let r = eval(with(
            request("2026-03-15", "1990-01-01", "1000"),
            json!({"role": role, "orientationYear": true}),
        ));
        let r = ok(&r);
        assert_eq!(r["band"], "exempt", "{role}");
        assert_eq!(r["threshold"], Value::Null);
        assert_eq!(r["margin"], Value::Null);
        assert_eq!(r["qualifies"], json!(true));
        assert!(codes(r).contains(&"marketConform".to_owned()));
        let t = &r["thirtyPercent"];
        assert_eq!(t["normKind"], "none");
        assert_eq!(t["norm"], Value::Null);
        assert_eq!(t["meetsNorm"], json!(true));
    }
}

#[test]
fn exempt_roles_need_no_age() {
    let r = eval(
        json!({"applicationDate": "2026-03-15", "role": "researcher",
        "salary": {"amount": "3000", "period": "month"}}),
    );
    assert_eq!(ok(&r)["band"], "exempt");
}

#[test]
fn salary_normalisation() {
    // (amount, period, includes holiday allowance, monthly excl.)
    let cases = [
        ("77008.32", "year", true, "5942.00"),
        ("77.008,32", "year", true, "5942.00"),
        ("71304", "year", false, "5942.00"),
        ("6417.36", "month", true, "5942.00"),
        ("5942", "month", false, "5942.00"),
        ("1000", "month", true, "925.93"), // 925.925925… rounds half up
        ("100", "year", false, "8.33"),
        ("€ 5 942", "month", false, "5942.00"),
        ("5,942.00", "month", false, "5942.00"),
        ("5942,5", "month", false, "5942.50"),
    ];
    for (amount, period, incl, monthly) in cases {
        let r = eval(json!({"applicationDate": "2026-03-15", "age": 31,
            "salary": {"amount": amount, "period": period, "holidayAllowanceIncluded": incl}}));
        assert_eq!(ok(&r)["monthlySalary"], monthly, "{amount} {period} {incl}");
    }
}

#[test]
fn the_salary_is_compared_in_cents() {
    // 77,008.31 / 12.96 = 5,941.9992…: 5,942.00 in cents, which meets 5,942.
    let at = |amount: &str| {
        eval(json!({"applicationDate": "2026-03-15", "age": 31,
        "salary": {"amount": amount, "period": "year", "holidayAllowanceIncluded": true}}))
    };
    let r = at("77008.31");
    assert_eq!(
        (r["monthlySalary"].as_str(), r["qualifies"].as_bool()),
        (Some("5942.00"), Some(true))
    );
    // 77,008.25 / 12.96 = 5,941.9946…: 5,941.99, a cent short.
    let r = at("77008.25");
    assert_eq!(
        (
            r["monthlySalary"].as_str(),
            r["margin"].as_str(),
            r["qualifies"].as_bool()
        ),
        (Some("5941.99"), Some("-0.01"), Some(false))
    );
}

#[test]
fn rounding_is_half_away_from_zero_at_the_end_only() {
    // 0.125 a month is not accepted (three decimals), but 1.35 a year is 0.1125
    // a month: rounding 1.35 → 1.4 first would give 0.12; the end result is 0.11.
    let r = eval(json!({"applicationDate": "2026-03-15", "age": 31,
        "salary": {"amount": "1.35", "period": "year"}}));
    assert_eq!(r["monthlySalary"], "0.11");
    // 0.30 / 12 = 0.025 exactly: half away from zero gives 0.03.
    let r = eval(json!({"applicationDate": "2026-03-15", "age": 31,
        "salary": {"amount": "0.30", "period": "year"}}));
    assert_eq!(r["monthlySalary"], "0.03");
}

fn thirty(amount: &str, extra: Value) -> Value {
    let base = json!({"applicationDate": "2026-03-15", "birthDate": "1990-01-01",
        "salary": {"amount": amount, "period": "year", "holidayAllowanceIncluded": true}});
    eval(with(base, extra))["thirtyPercent"].clone()
}

#[test]
fn thirty_percent_norm_must_be_exceeded_not_met() {
    let d = |v: &Value| -> rust_decimal::Decimal { v.as_str().unwrap().parse().unwrap() };
    for &(year, _, _, _, norm, ..) in PUBLISHED {
        // Around the salary where 70% of it is the norm, cent by cent.
        let exact = rust_decimal::Decimal::from(norm) / rust_decimal::Decimal::new(7, 1);
        let start = exact.round_dp(2) - rust_decimal::Decimal::new(3, 2);
        let mut seen = (false, false);
        for step in 0..7 {
            let amount = start + rust_decimal::Decimal::new(step, 2);
            let r = eval(
                json!({"applicationDate": format!("{year}-06-01"), "birthDate": "1980-01-01",
                "salary": {"amount": amount.to_string(), "period": "year", "holidayAllowanceIncluded": true}}),
            );
            let t = &r["thirtyPercent"];
            assert_eq!(t["norm"], json!(money(norm)));
            // The figures shown add up, and "meets" is exactly "taxable is more than the norm".
            assert_eq!(
                d(&t["allowance"]) + d(&t["taxableSalary"]),
                d(&t["annualSalary"]),
                "{year} {amount}"
            );
            let meets = d(&t["taxableSalary"]) > rust_decimal::Decimal::from(norm);
            assert_eq!(t["meetsNorm"], json!(meets), "{year} {amount}");
            if meets {
                seen.1 = true;
            } else {
                seen.0 = true;
                // Then the largest allowance that keeps it is the salary less the norm less a cent.
                let max = d(&t["annualSalary"])
                    - rust_decimal::Decimal::from(norm)
                    - rust_decimal::Decimal::new(1, 2);
                assert_eq!(d(&t["maxAllowance"]), max, "{year} {amount}");
                assert_eq!(t["partialPossible"], json!(true));
            }
        }
        assert_eq!(
            seen,
            (true, true),
            "{year}: the cent steps should cross the norm"
        );
    }
}

/// The 30% figures for a 40-year-old earning `amount` a year.
fn thirty_at(date: &str, amount: &str, included: bool) -> Value {
    let salary = json!({"amount": amount, "period": "year", "holidayAllowanceIncluded": included});
    eval(json!({"applicationDate": date, "age": 40, "salary": salary}))["thirtyPercent"].clone()
}

#[test]
fn thirty_percent_money_is_in_cents_as_payroll_pays_it() {
    let figures = [
        "/allowance",
        "/taxableSalary",
        "/meetsNorm",
        "/partialPossible",
        "/maxAllowance",
    ];
    // (date, yearly salary, incl. holiday allowance) → allowance, taxable
    // salary, meets the norm, partial possible, largest allowance.
    let cases = [
        // 63,509.26 plus 8% (5,080.74, paid in cents) is 68,590.00, and
        // 68,590 × 70% is the 2026 norm exactly: equal fails, a cent more passes.
        (
            ("2026-06-01", "63509.26", false),
            json!(["20577.00", "48013.00", false, true, "20576.99"]),
        ),
        (
            ("2026-06-01", "68590.00", true),
            json!(["20577.00", "48013.00", false, true, "20576.99"]),
        ),
        (
            ("2026-06-01", "68590.01", true),
            json!(["20577.00", "48013.01", true, false, "20577.00"]),
        ),
        // 2020: 30% of 54,781.43 is 16,434.429, paid as 16,434.42 (at most
        // 30%), which leaves a cent above the norm of 38,347.
        (
            ("2020-06-01", "54781.43", true),
            json!(["16434.42", "38347.01", true, false, "16434.42"]),
        ),
        // 30% of 100,000.05 is 30,000.015: rounded down, not to the nearest cent.
        (
            ("2026-06-01", "100000.05", true),
            json!(["30000.01", "70000.04", true, false, "30000.01"]),
        ),
        (
            ("2026-06-01", "100000.03", true),
            json!(["30000.00", "70000.03", true, false, "30000.00"]),
        ),
        (
            ("2026-06-01", "100000.10", true),
            json!(["30000.03", "70000.07", true, false, "30000.03"]),
        ),
        // Partly possible: 60,000 − 48,013 − 0.01 keeps a cent above the norm.
        (
            ("2026-06-01", "60000", true),
            json!(["18000.00", "42000.00", false, true, "11986.99"]),
        ),
        // At or a cent above the norm no allowance keeps it; two cents leave one.
        (
            ("2026-06-01", "48013", true),
            json!(["14403.90", "33609.10", false, false, null]),
        ),
        (
            ("2026-06-01", "48013.01", true),
            json!(["14403.90", "33609.11", false, false, null]),
        ),
        (
            ("2026-06-01", "48013.02", true),
            json!(["14403.90", "33609.12", false, true, "0.01"]),
        ),
        // The 2026 cap of 262,000: 30% of it whatever the salary above; 2023 had none.
        (
            ("2026-06-01", "400000", true),
            json!(["78600.00", "321400.00", true, false, "78600.00"]),
        ),
        (
            ("2023-06-01", "400000", true),
            json!(["120000.00", "280000.00", true, false, "120000.00"]),
        ),
    ];
    for ((date, amount, included), expected) in cases {
        let t = thirty_at(date, amount, included);
        let values: Vec<Value> = figures
            .iter()
            .map(|f| t.pointer(f).cloned().unwrap_or(Value::Null))
            .collect();
        assert_eq!(Value::Array(values), expected, "{date} {amount} {included}");
    }
}

#[test]
fn young_master_norm_for_under_thirty_with_master_or_phd_from_anywhere() {
    for degree in ["master", "phd"] {
        for from in ["netherlands", "top200", "elsewhere"] {
            let t = thirty(
                "60000",
                json!({"birthDate": "2000-01-01", "degree": degree, "degreeFrom": from, "graduationDate": "2020-06-30"}),
            );
            assert_eq!(t["normKind"], "youngMaster", "{degree} {from}");
            assert_eq!(t["norm"], "36497.00");
            assert_eq!(t["meetsNorm"], json!(true));
        }
    }
    let bachelor = thirty(
        "60000",
        json!({"birthDate": "2000-01-01", "degree": "bachelor", "degreeFrom": "elsewhere"}),
    );
    assert_eq!(bachelor["normKind"], "general");
    let thirty_plus = thirty(
        "60000",
        json!({"birthDate": "1990-01-01", "degree": "master", "degreeFrom": "elsewhere"}),
    );
    assert_eq!(thirty_plus["normKind"], "general");
}

#[test]
fn the_young_master_norm_holds_until_the_day_before_the_thirtieth_birthday() {
    // 30 on 2026-03-15, the application date: the general norm; 29 until
    // tomorrow: the young master's. The same for the age in whole years.
    let cases = [
        (json!({"birthDate": "1996-03-15"}), "general", "48013.00"),
        (
            json!({"birthDate": "1996-03-16"}),
            "youngMaster",
            "36497.00",
        ),
        (json!({"birthDate": null, "age": 30}), "general", "48013.00"),
        (
            json!({"birthDate": null, "age": 29}),
            "youngMaster",
            "36497.00",
        ),
    ];
    for (age, kind, norm) in cases {
        let master = json!({"degree": "master", "degreeFrom": "elsewhere"});
        let t = thirty("60000", with(master, age.clone()));
        assert_eq!(
            (&t["normKind"], &t["norm"]),
            (&json!(kind), &json!(norm)),
            "{age}"
        );
    }
}

#[test]
fn thirty_percent_annual_salary_from_each_basis() {
    let cases = [
        ("5000", "month", false, "64800.00"),
        ("5000", "month", true, "60000.00"),
        ("60000", "year", false, "64800.00"),
        ("60000", "year", true, "60000.00"),
    ];
    for (amount, period, incl, annual) in cases {
        let r = eval(json!({"applicationDate": "2026-03-15", "age": 40,
            "salary": {"amount": amount, "period": period, "holidayAllowanceIncluded": incl}}));
        assert_eq!(
            r["thirtyPercent"]["annualSalary"], annual,
            "{amount} {period} {incl}"
        );
        assert_eq!(r["thirtyPercent"]["percentage"], 30);
    }
}

#[test]
fn dates_past_the_last_period_use_the_latest_amounts_and_say_so() {
    let r = eval(request("2027-01-01", "1980-01-01", "9000"));
    let r = ok(&r);
    assert_eq!(r["published"], json!(false));
    assert_eq!(r["qualifies"], Value::Null);
    assert_eq!(r["threshold"], "5942.00");
    assert_eq!(r["period"]["from"], "2026-01-01");
    assert_eq!(r["thirtyPercent"]["meetsNorm"], Value::Null);
    let w = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "unpublishedPeriod")
        .unwrap();
    assert!(
        w["message"]
            .as_str()
            .unwrap()
            .contains("1 January 2026 – 31 December 2026"),
        "{w}"
    );
    // 31 December 2026 is still published.
    assert_eq!(
        eval(request("2026-12-31", "1980-01-01", "9000"))["published"],
        json!(true)
    );
}

#[test]
fn dates_before_2020_are_an_error() {
    let r = eval(request("2019-12-31", "1980-01-01", "9000"));
    assert_eq!(
        errors(&r),
        [("applicationDate".to_owned(), "beforeFirstPeriod".to_owned())]
    );
    assert_eq!(
        r["errors"][0]["message"],
        "This check covers applications from 1 January 2020 on."
    );
    assert!(ok(&eval(request("2020-01-01", "1980-01-01", "9000")))["published"] == json!(true));
}

#[test]
fn warning_when_turning_thirty_within_six_months() {
    let r = eval(request("2026-03-15", "1996-05-02", "4400"));
    let w = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "turnsThirty")
        .cloned()
        .unwrap();
    assert_eq!(w["date"], "2026-05-02");
    assert_eq!(w["amount"], "5942.00");
    assert!(w["message"].as_str().unwrap().contains("2 May 2026"));
    assert!(w["message"].as_str().unwrap().contains("€5,942"));
    assert_eq!(w.get("published"), None);
    // Turning 30 in 2027, after the last published period: the amount is the latest known one.
    let r = eval(request("2026-11-15", "1997-02-01", "4400"));
    let w = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "turnsThirty")
        .cloned()
        .unwrap();
    assert_eq!(
        (w["date"].as_str(), w["published"].as_bool()),
        (Some("2027-02-01"), Some(false))
    );
    assert!(w["message"]
        .as_str()
        .unwrap()
        .contains("latest known amount"));
    // Exactly six months ahead still warns; a day later does not.
    assert!(codes(&eval(request("2026-03-15", "1996-09-15", "4400")))
        .contains(&"turnsThirty".to_owned()));
    assert!(!codes(&eval(request("2026-03-15", "1996-09-16", "4400")))
        .contains(&"turnsThirty".to_owned()));
}

#[test]
fn warning_when_the_reduced_window_ends_within_six_months() {
    let r = eval(graduate(
        "2027-01-15",
        "2024-06-30",
        "master",
        "netherlands",
    ));
    let w = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "reducedWindowEnds")
        .cloned()
        .unwrap();
    assert_eq!(w["date"], "2027-06-30");
    assert!(w["message"].as_str().unwrap().contains("30 June 2027"));
    let far = eval(graduate(
        "2026-03-15",
        "2024-06-30",
        "master",
        "netherlands",
    ));
    assert!(!codes(&far).contains(&"reducedWindowEnds".to_owned()));
}

#[test]
fn numbers_as_amounts() {
    let r = eval(
        json!({"applicationDate": "2026-03-15", "age": 29, "salary": {"amount": 4356.99, "period": "month"}}),
    );
    assert_eq!(r["monthlySalary"], "4356.99");
    assert_eq!(r["qualifies"], json!(false));
    assert_eq!(r["margin"], "-0.01");
}

#[test]
fn the_salary_for_the_full_allowance_is_the_lowest_that_meets_the_norm() {
    for &(year, ..) in PUBLISHED {
        for birth in ["1980-01-01", "2000-01-01"] {
            let base = json!({"applicationDate": format!("{year}-06-01"), "birthDate": birth, "degree": "master", "degreeFrom": "elsewhere"});
            let probe = eval(with(
                base.clone(),
                json!({"salary": {"amount": "1000", "period": "year", "holidayAllowanceIncluded": true}}),
            ));
            let needed = probe["thirtyPercent"]["salaryForFullAllowance"]
                .as_str()
                .unwrap()
                .to_owned();
            let at = eval(with(
                base.clone(),
                json!({"salary": {"amount": needed, "period": "year", "holidayAllowanceIncluded": true}}),
            ));
            assert_eq!(
                at["thirtyPercent"]["meetsNorm"],
                json!(true),
                "{year} {birth} {needed}"
            );
            let cents: rust_decimal::Decimal = needed.parse().unwrap();
            let below = (cents - rust_decimal::Decimal::new(1, 2)).to_string();
            let under = eval(with(
                base,
                json!({"salary": {"amount": below, "period": "year", "holidayAllowanceIncluded": true}}),
            ));
            assert_eq!(
                under["thirtyPercent"]["meetsNorm"],
                json!(false),
                "{year} {birth} {below}"
            );
        }
    }
    assert_eq!(
        thirty("60000", json!({}))["salaryForFullAllowance"],
        "68590.01"
    );
}

#[test]
fn the_answer_says_why_this_band() {
    let r = eval(request("2026-03-15", "1996-05-02", "4400"));
    assert_eq!(
        r["reason"],
        json!({"code": "age", "programme": null, "situation": null, "permitCriterion": null, "age": 29, "graduationDate": null, "lastDay": null})
    );
    let r = eval(graduate(
        "2026-03-15",
        "2024-06-30",
        "master",
        "netherlands",
    ));
    assert_eq!(
        r["reason"],
        json!({"code": "graduated", "programme": "dutchMaster", "situation": null, "permitCriterion": null, "age": null, "graduationDate": "2024-06-30", "lastDay": "2027-06-30"})
    );
    let r = eval(with(
        request("2026-03-15", "1990-01-01", "3000"),
        json!({"orientationYear": true}),
    ));
    assert_eq!(r["reason"]["code"], "orientationYear");
    let r = eval(with(
        request("2026-03-15", "1990-01-01", "3000"),
        json!({"role": "doctorInTraining"}),
    ));
    assert_eq!(r["reason"]["code"], "doctorInTraining");
}

#[test]
fn the_answer_names_the_programme_that_made_the_reduced_amount_apply() {
    let cases = [
        ("bachelor", "netherlands", json!("dutchBachelor")),
        ("master", "netherlands", json!("dutchMaster")),
        ("phd", "netherlands", json!("dutchPhd")),
        ("master", "top200", json!("top200Master")),
        ("phd", "top200", json!("top200Phd")),
        // Not qualifying: the band comes from the age, no programme is named.
        ("bachelor", "top200", json!(null)),
        ("master", "elsewhere", json!(null)),
        ("phd", "elsewhere", json!(null)),
    ];
    for (degree, from, programme) in cases {
        let r = eval(graduate("2026-03-15", "2024-06-30", degree, from));
        assert_eq!(ok(&r)["reason"]["programme"], programme, "{degree} {from}");
        let code = if programme.is_null() {
            "age"
        } else {
            "graduated"
        };
        assert_eq!(r["reason"]["code"], code, "{degree} {from}");
    }
}

#[test]
fn the_answer_carries_all_three_amounts_of_its_period_and_the_rules_version() {
    for &(year, plus, under, reduced, ..) in PUBLISHED {
        let r = eval(request(&format!("{year}-06-01"), "1980-01-01", "5000"));
        assert_eq!(
            r["thresholds"],
            json!({"reduced": money(reduced), "underThirty": money(under), "thirtyPlus": money(plus)})
        );
    }
    let r = eval(request("2026-06-01", "1980-01-01", "5000"));
    assert_eq!(r["rules"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(r["rules"]["amountsChecked"]
        .as_str()
        .unwrap()
        .starts_with("20"));
}
