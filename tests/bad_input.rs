#![cfg(not(target_arch = "wasm32"))]
//! Bad input, one row each: the answer names the field and the code, with a
//! message, and never panics. The browser test `tests/browser/bad-input.test.mjs`
//! types the ones a visitor can type and checks the widget shows them.
mod common;
use common::*;
use serde_json::{json, Value};

fn base() -> Value {
    request("2026-03-15", "1990-01-01", "5000")
}

fn salary(amount: Value) -> Value {
    with(
        base(),
        json!({"salary": {"amount": amount, "period": "month"}}),
    )
}

fn field(key: &str, value: Value) -> Value {
    with(base(), json!({ key: value }))
}

#[test]
fn bad_inputs_name_their_field_and_code() {
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        // The request itself.
        ("null", json!(null), "input", "notAnObject"),
        ("a string", json!("2026-03-15"), "input", "notAnObject"),
        ("a number", json!(42), "input", "notAnObject"),
        ("a list", json!([base()]), "input", "notAnObject"),
        ("a boolean", json!(true), "input", "notAnObject"),
        // The salary amount.
        (
            "empty amount",
            salary(json!("")),
            "salary.amount",
            "required",
        ),
        ("spaces", salary(json!("   ")), "salary.amount", "required"),
        (
            "letters",
            salary(json!("abc")),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "digits then letters",
            salary(json!("5000abc")),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "negative text",
            salary(json!("-5000")),
            "salary.amount",
            "negative",
        ),
        (
            "negative number",
            salary(json!(-5000)),
            "salary.amount",
            "negative",
        ),
        ("zero", salary(json!("0")), "salary.amount", "zero"),
        ("zero number", salary(json!(0)), "salary.amount", "zero"),
        (
            "1e9 as text",
            salary(json!("1e9")),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "1e9 as a number",
            salary(json!(1e9)),
            "salary.amount",
            "tooLarge",
        ),
        (
            "NaN as text",
            salary(json!("NaN")),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "Infinity as text",
            salary(json!("Infinity")),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "20 digits",
            salary(json!("12345678901234567890")),
            "salary.amount",
            "tooLarge",
        ),
        (
            "20 digits as a number",
            salary(json!(12345678901234567890u64)),
            "salary.amount",
            "tooLarge",
        ),
        (
            "three decimals",
            salary(json!("5942.123")),
            "salary.amount",
            "tooManyDecimals",
        ),
        (
            "three decimals as a number",
            salary(json!(5942.123)),
            "salary.amount",
            "tooManyDecimals",
        ),
        (
            "mixed separators",
            salary(json!("5.942,00.1")),
            "salary.amount",
            "mixedSeparators",
        ),
        (
            "decimal mark used to group",
            salary(json!("5,942,00")),
            "salary.amount",
            "mixedSeparators",
        ),
        (
            "amount is an object",
            salary(json!({"value": 5000})),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "amount is a boolean",
            salary(json!(true)),
            "salary.amount",
            "invalidNumber",
        ),
        (
            "salary missing",
            json!({"applicationDate": "2026-03-15", "age": 40}),
            "salary.amount",
            "required",
        ),
        (
            "salary is a string",
            field("salary", json!("5000")),
            "salary",
            "invalidValue",
        ),
        (
            "salary is a list",
            field("salary", json!([5000])),
            "salary",
            "invalidValue",
        ),
        (
            "period missing",
            field("salary", json!({"amount": 5000})),
            "salary.period",
            "required",
        ),
        (
            "unknown period",
            field("salary", json!({"amount": 5000, "period": "week"})),
            "salary.period",
            "unknownValue",
        ),
        (
            "period is a number",
            field("salary", json!({"amount": 5000, "period": 12})),
            "salary.period",
            "unknownValue",
        ),
        (
            "holiday allowance not a boolean",
            field(
                "salary",
                json!({"amount": 5000, "period": "month", "holidayAllowanceIncluded": "yes"}),
            ),
            "salary.holidayAllowanceIncluded",
            "invalidValue",
        ),
        // Dates.
        (
            "application date missing",
            json!({"age": 40, "salary": {"amount": 5000, "period": "month"}}),
            "applicationDate",
            "required",
        ),
        (
            "application date empty",
            field("applicationDate", json!("")),
            "applicationDate",
            "required",
        ),
        (
            "application date in another format",
            field("applicationDate", json!("15-03-2026")),
            "applicationDate",
            "invalidDate",
        ),
        (
            "application date as a number",
            field("applicationDate", json!(20260315)),
            "applicationDate",
            "invalidDate",
        ),
        (
            "application date with a one-digit month",
            field("applicationDate", json!("2026-3-15")),
            "applicationDate",
            "invalidDate",
        ),
        (
            "application date with a one-digit day",
            field("applicationDate", json!("2026-03-5")),
            "applicationDate",
            "invalidDate",
        ),
        (
            "application date with a two-digit year",
            field("applicationDate", json!("26-03-15")),
            "applicationDate",
            "invalidDate",
        ),
        (
            "impossible date",
            field("applicationDate", json!("2026-02-30")),
            "applicationDate",
            "noSuchDate",
        ),
        (
            "month 13",
            field("applicationDate", json!("2026-13-01")),
            "applicationDate",
            "invalidDate",
        ),
        (
            "29 February in a common year",
            field("applicationDate", json!("2026-02-29")),
            "applicationDate",
            "noSuchDate",
        ),
        (
            "application in 1900",
            field("applicationDate", json!("1900-01-01")),
            "applicationDate",
            "beforeFirstPeriod",
        ),
        (
            "application in 2019",
            field("applicationDate", json!("2019-12-31")),
            "applicationDate",
            "beforeFirstPeriod",
        ),
        (
            "application in 2200",
            field("applicationDate", json!("2200-01-01")),
            "applicationDate",
            "outOfRange",
        ),
        (
            "birth in 1900",
            field("birthDate", json!("1900-01-01")),
            "birthDate",
            "ageOutOfRange",
        ),
        (
            "birth in 2200",
            field("birthDate", json!("2200-01-01")),
            "birthDate",
            "afterApplicationDate",
        ),
        (
            // Age 0: out of range, not after the application date.
            "born on the application date",
            field("birthDate", json!("2026-03-15")),
            "birthDate",
            "ageOutOfRange",
        ),
        (
            "birth after application",
            field("birthDate", json!("2026-03-16")),
            "birthDate",
            "afterApplicationDate",
        ),
        (
            "birth on 29 February of a common year",
            field("birthDate", json!("1995-02-29")),
            "birthDate",
            "noSuchDate",
        ),
        (
            "birth date as a boolean",
            field("birthDate", json!(false)),
            "birthDate",
            "invalidDate",
        ),
        (
            "too young",
            field("birthDate", json!("2014-01-01")),
            "birthDate",
            "ageOutOfRange",
        ),
        (
            "no age at all",
            json!({"applicationDate": "2026-03-15", "salary": {"amount": 5000, "period": "month"}}),
            "birthDate",
            "required",
        ),
        // Age.
        ("age 9", field("age", json!(9)), "age", "ageOutOfRange"),
        (
            "age 14",
            json!({"applicationDate": "2026-03-15", "age": 14, "salary": {"amount": 5000, "period": "month"}}),
            "age",
            "ageOutOfRange",
        ),
        ("age 101", field("age", json!(101)), "age", "ageOutOfRange"),
        (
            "age negative",
            field("age", json!(-3)),
            "age",
            "ageOutOfRange",
        ),
        (
            "age with decimals",
            field("age", json!(29.5)),
            "age",
            "invalidNumber",
        ),
        (
            "age in letters",
            field("age", json!("twenty")),
            "age",
            "invalidNumber",
        ),
        (
            "age NaN-like",
            field("age", json!("NaN")),
            "age",
            "invalidNumber",
        ),
        (
            "age not matching the birth date",
            field("age", json!(20)),
            "age",
            "conflictsWithBirthDate",
        ),
        (
            "age is an object",
            field("age", json!({})),
            "age",
            "invalidNumber",
        ),
        // Degree and graduation.
        (
            "unknown degree",
            field("degree", json!("diploma")),
            "degree",
            "unknownValue",
        ),
        (
            "degree is a number",
            field("degree", json!(3)),
            "degree",
            "unknownValue",
        ),
        (
            "degree without origin",
            field("degree", json!("master")),
            "degreeFrom",
            "required",
        ),
        (
            "unknown origin",
            with(base(), json!({"degree": "master", "degreeFrom": "mars"})),
            "degreeFrom",
            "unknownValue",
        ),
        (
            "qualifying degree without graduation date",
            with(
                base(),
                json!({"degree": "master", "degreeFrom": "netherlands"}),
            ),
            "graduationDate",
            "required",
        ),
        (
            "graduation after application",
            with(
                base(),
                json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "2026-03-16"}),
            ),
            "graduationDate",
            "afterApplicationDate",
        ),
        (
            "graduation before birth",
            with(
                base(),
                json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "1989-06-30"}),
            ),
            "graduationDate",
            "beforeBirth",
        ),
        (
            "graduation in 1900",
            with(
                base(),
                json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "1900-06-30"}),
            ),
            "graduationDate",
            "outOfRange",
        ),
        (
            "graduation on an impossible day",
            with(
                base(),
                json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "2025-04-31"}),
            ),
            "graduationDate",
            "noSuchDate",
        ),
        // Orientation year and role.
        (
            "orientation year is a number",
            field("orientationYear", json!(1)),
            "orientationYear",
            "invalidValue",
        ),
        (
            "orientation year is a word",
            field("orientationYear", json!("yes")),
            "orientationYear",
            "invalidValue",
        ),
        (
            "unknown role",
            field("role", json!("manager")),
            "role",
            "unknownValue",
        ),
        (
            "role is a list",
            field("role", json!(["employee"])),
            "role",
            "unknownValue",
        ),
    ];
    assert!(cases.len() >= 40);
    for (name, input, want_field, want_code) in cases {
        let r = eval(input.clone());
        let errs = errors(&r);
        assert!(
            errs.contains(&(want_field.to_owned(), want_code.to_owned())),
            "{name}: {input} gave {errs:?}"
        );
    }
}

#[test]
fn the_age_range_is_15_to_100_inclusive() {
    for age in [15, 100] {
        let r = eval(
            json!({"applicationDate": "2026-03-15", "age": age, "salary": {"amount": 5000, "period": "month"}}),
        );
        assert_eq!(r["ok"], json!(true), "age {age}: {r}");
    }
}

#[test]
fn a_half_filled_form_gets_every_missing_answer_at_once() {
    let r = eval(
        json!({"applicationDate": "2026-03-15", "degree": "master", "degreeFrom": "netherlands"}),
    );
    let errs = errors(&r);
    for field in ["graduationDate", "birthDate", "salary.amount"] {
        assert!(
            errs.iter().any(|(f, c)| f == field && c == "required"),
            "{field} in {errs:?}"
        );
    }
}

#[test]
fn blank_and_null_answers_are_absent_and_take_their_default() {
    // Blank text and `null` read as not given: the default where there is
    // one, else not asked for. 1990-01-01 is 36 on 2026-03-15, an employee
    // with no degree: the 30-or-older amount, and 5000 is below it.
    let thirty_plus = pick(
        ok(&eval(base())),
        &["/band", "/reason/code", "/threshold", "/monthlySalary"],
    );
    let keys = [
        "situation",
        "permitCriterion",
        "age",
        "degree",
        "degreeFrom",
        "graduationDate",
        "role",
    ];
    // The flags take `""` and `null` for false; other text is an error.
    let flags = ["orientationYear", "holidayAllowanceIncluded"];
    let cases = [(json!(""), true), (json!("  "), false), (json!(null), true)];
    for (blank, flag_too) in cases {
        for key in keys.iter().chain(flags.iter().filter(|_| flag_too)) {
            let r = match *key {
                "holidayAllowanceIncluded" => eval(field(
                    "salary",
                    json!({"amount": "5000", "period": "month", "holidayAllowanceIncluded": blank}),
                )),
                key => eval(field(key, blank.clone())),
            };
            let answer = pick(
                ok(&r),
                &["/band", "/reason/code", "/threshold", "/monthlySalary"],
            );
            assert_eq!(answer, thirty_plus, "{key}: {blank}");
        }
    }
}

#[test]
fn a_blank_or_null_required_answer_is_required_not_unknown() {
    for blank in [json!(""), json!("  "), json!(null)] {
        let cases = [
            (field("applicationDate", blank.clone()), "applicationDate"),
            (
                field("salary", json!({"amount": blank, "period": "month"})),
                "salary.amount",
            ),
            (
                field("salary", json!({"amount": 5000, "period": blank})),
                "salary.period",
            ),
            (
                with(
                    base(),
                    json!({"situation": "extension", "permitCriterion": blank}),
                ),
                "permitCriterion",
            ),
            (
                with(base(), json!({"degree": "bachelor", "degreeFrom": blank})),
                "degreeFrom",
            ),
        ];
        for (input, want) in cases {
            let r = eval(input);
            assert_eq!(
                errors(&r),
                vec![(want.to_owned(), "required".to_owned())],
                "{want}: {blank}"
            );
        }
    }
    // A salary of `null` is a salary not given: its amount is what is asked for.
    assert_eq!(
        errors(&eval(field("salary", json!(null)))),
        vec![("salary.amount".to_owned(), "required".to_owned())]
    );
}

#[test]
fn a_wrong_answer_is_reported_once_and_not_also_as_missing() {
    // What the rules still need is asked for only when the answers it
    // depends on are not wrong themselves.
    let cases = [
        (
            json!({"degree": "master", "degreeFrom": "mars"}),
            vec![("degreeFrom", "unknownValue")],
        ),
        (
            json!({"situation": "extension", "permitCriterion": 3}),
            vec![("permitCriterion", "unknownValue")],
        ),
        (
            json!({"birthDate": "1 January 1990"}),
            vec![("birthDate", "invalidDate")],
        ),
        (
            json!({"birthDate": null, "age": "twenty"}),
            vec![("age", "invalidNumber")],
        ),
        (
            json!({"degree": "master", "degreeFrom": "netherlands", "graduationDate": "2025-13-01"}),
            vec![("graduationDate", "invalidDate")],
        ),
        (
            json!({"degree": "master", "degreeFrom": 7, "graduationDate": null}),
            vec![("degreeFrom", "unknownValue")],
        ),
        (
            json!({"applicationDate": "2019-12-31", "birthDate": null}),
            vec![("applicationDate", "beforeFirstPeriod")],
        ),
        // Every error at once when the rules' needs do not depend on them.
        (
            json!({"birthDate": null, "degree": "master", "degreeFrom": "netherlands", "salary": {"amount": "-5", "period": "month"}}),
            vec![
                ("birthDate", "required"),
                ("graduationDate", "required"),
                ("salary.amount", "negative"),
            ],
        ),
    ];
    for (extra, want) in cases {
        let r = eval(with(base(), extra.clone()));
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
            .collect();
        assert_eq!(errors(&r), want, "{extra}");
    }
}

#[test]
fn a_graduation_on_the_application_date_counts_and_one_on_the_birth_date_does_not() {
    let degree = json!({"degree": "master", "degreeFrom": "netherlands"});
    let on_application = with(degree.clone(), json!({"graduationDate": "2026-03-15"}));
    let r = eval(with(base(), on_application));
    assert_eq!(ok(&r)["reason"]["code"], "graduated");
    let on_birth = with(degree, json!({"graduationDate": "1990-01-01"}));
    assert_eq!(
        errors(&eval(with(base(), on_birth))),
        vec![("graduationDate".to_owned(), "beforeBirth".to_owned())]
    );
}

/// The range errors' English messages: a sentence for every field, even one
/// no reader gives a range error (it gets the general sentence).
#[test]
fn every_field_has_a_sentence_for_a_range_error() {
    use hsm_salary_check::api::field::message;
    use hsm_salary_check::api::{Code, Field, Loose};
    for field in Field::ALL {
        for code in [Code::OutOfRange, Code::AgeOutOfRange] {
            let text = message(*field, code, &Loose::Null);
            assert!(
                text.len() > 10 && text.ends_with('.'),
                "{field:?} {code:?}: {text:?}"
            );
        }
    }
    assert_eq!(
        message(Field::SalaryAmount, Code::OutOfRange, &Loose::Null),
        "The salary is out of range."
    );
}

#[test]
fn flags_and_the_age_may_be_text() {
    let young = |extra: Value| {
        let r = eval(with(
            json!({"applicationDate": "2026-03-15", "salary": {"amount": "5000", "period": "month"}}),
            extra,
        ));
        pick(ok(&r), &["/band", "/reason/code"])
    };
    assert_eq!(
        young(json!({"age": "29"})),
        json!({"/band": "underThirty", "/reason/code": "age"})
    );
    assert_eq!(
        young(json!({"age": " 30 "})),
        json!({"/band": "thirtyPlus", "/reason/code": "age"})
    );
    assert_eq!(
        young(json!({"age": 40, "orientationYear": "true"})),
        json!({"/band": "reduced", "/reason/code": "orientationYear"})
    );
    assert_eq!(
        young(json!({"age": 40, "orientationYear": "false"})),
        json!({"/band": "thirtyPlus", "/reason/code": "age"})
    );
    // 5,400 a month including the 8% holiday allowance is 5,000 without it.
    for (included, monthly) in [("true", "5000.00"), ("false", "5400.00")] {
        let salary =
            json!({"amount": "5400", "period": "month", "holidayAllowanceIncluded": included});
        let r = eval(field("salary", salary));
        assert_eq!(ok(&r)["monthlySalary"], monthly, "{included}");
    }
}

#[test]
fn application_dates_run_to_the_end_of_2100() {
    let last = eval(json!({"applicationDate": "2100-12-31", "age": 40,
        "salary": {"amount": "5000", "period": "month"}}));
    assert_eq!(ok(&last)["published"], json!(false));
    assert_eq!(
        errors(&eval(field("applicationDate", json!("2101-01-01")))),
        vec![("applicationDate".to_owned(), "outOfRange".to_owned())]
    );
}

/// The input is read three levels deep (the request, the salary, its
/// fields); deeper objects are not read.
#[test]
fn objects_are_read_three_levels_deep() {
    use hsm_salary_check::api::Loose;
    let read = |v: Value| serde_json::from_value::<Loose>(v).map_err(|e| e.to_string());
    let three = read(json!({"a": {"b": {"c": 1}}})).unwrap();
    assert_eq!(*three.get("a").get("b").get("c"), Loose::Number(1.0));
    let four = read(json!({"a": {"b": {"c": {}}}})).unwrap();
    assert_eq!(*four.get("a").get("b").get("c"), Loose::Other);
}

#[test]
fn graduation_dates_run_from_1940() {
    let graduated = |on: &str| {
        eval(
            json!({"applicationDate": "2026-03-15", "age": 99, "degree": "master",
            "degreeFrom": "netherlands", "graduationDate": on,
            "salary": {"amount": "6000", "period": "month"}}),
        )
    };
    assert_eq!(ok(&graduated("1940-01-01"))["band"], "thirtyPlus");
    assert_eq!(
        errors(&graduated("1939-12-31")),
        vec![("graduationDate".to_owned(), "outOfRange".to_owned())]
    );
}
