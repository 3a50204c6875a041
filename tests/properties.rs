#![cfg(not(target_arch = "wasm32"))]
//! Properties over generated input: nothing panics, and more salary never hurts.
mod common;
use common::answer;

/// Generated inputs are not recorded in the snapshot.
fn eval(input: Value) -> Value {
    answer(&input)
}
use proptest::prelude::*;
use serde_json::{json, Value};

const KEYS: &[&str] = &[
    "applicationDate",
    "birthDate",
    "age",
    "degree",
    "degreeFrom",
    "graduationDate",
    "orientationYear",
    "role",
    "salary",
    "amount",
    "period",
    "holidayAllowanceIncluded",
];

fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
        "[€ ]{0,2}[0-9]{0,7}([.,][0-9]{1,3}){0,3}",
        "(none|bachelor|master|phd|netherlands|top200|elsewhere|employee|researcher|doctorInTraining|month|year|true|false)",
        ".{0,12}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(|i| json!(i)),
        (0u32..120).prop_map(|i| json!(i)),
        texty().prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 32, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..10).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

fn date() -> impl Strategy<Value = String> {
    (2020i32..2029, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn no_input_panics(input in value()) {
        let r = eval(input);
        prop_assert!(r["ok"].is_boolean());
    }

    #[test]
    fn well_formed_input_always_answers(
        app in date(),
        birth_year in 1930i32..2008, birth_m in 1u32..13, birth_d in 1u32..29,
        degree in prop::sample::select(&["none", "bachelor", "master", "phd"][..]),
        from in prop::sample::select(&["netherlands", "top200", "elsewhere"][..]),
        grad_years_ago in 0i32..12,
        orientation in any::<bool>(),
        role in prop::sample::select(&["employee", "researcher", "doctorInTraining"][..]),
        cents in 1u64..2_000_000_000,
        period in prop::sample::select(&["month", "year"][..]),
        incl in any::<bool>(),
    ) {
        let app_year: i32 = app[..4].parse().unwrap();
        let grad = format!("{}-06-15", app_year - grad_years_ago - 1);
        let input = json!({
            "applicationDate": app, "birthDate": format!("{birth_year}-{birth_m:02}-{birth_d:02}"),
            "degree": degree, "degreeFrom": from, "graduationDate": grad, "orientationYear": orientation,
            "role": role,
            "salary": {"amount": format!("{}.{:02}", cents / 100, cents % 100), "period": period, "holidayAllowanceIncluded": incl},
        });
        let r = eval(input.clone());
        // Only an out-of-range age or a graduation before birth may reject it.
        if r["ok"] == json!(false) {
            let fields: Vec<&str> = r["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
            prop_assert!(fields.iter().all(|f| *f == "birthDate" || *f == "graduationDate"), "{input} → {r}");
        }
    }

    #[test]
    fn more_salary_never_turns_a_pass_into_a_fail(
        app in date(),
        age in 18u32..70,
        degree in prop::sample::select(&["none", "bachelor", "master", "phd"][..]),
        from in prop::sample::select(&["netherlands", "top200", "elsewhere"][..]),
        orientation in any::<bool>(),
        cents in 1u64..1_500_000,
        raise in 0u64..500_000,
        period in prop::sample::select(&["month", "year"][..]),
        incl in any::<bool>(),
    ) {
        let at = |c: u64| eval(json!({
            "applicationDate": app, "age": age, "degree": degree, "degreeFrom": from,
            "graduationDate": "2018-01-01", "orientationYear": orientation,
            "salary": {"amount": format!("{}.{:02}", c / 100, c % 100), "period": period, "holidayAllowanceIncluded": incl},
        }));
        let (low, high) = (at(cents), at(cents + raise));
        prop_assert_eq!(&low["ok"], &json!(true));
        if low["qualifies"] == json!(true) {
            prop_assert_eq!(&high["qualifies"], &json!(true));
        }
        if low["thirtyPercent"]["meetsNorm"] == json!(true) {
            prop_assert_eq!(&high["thirtyPercent"]["meetsNorm"], &json!(true));
        }
        if low["thirtyPercent"]["partialPossible"] == json!(true) {
            prop_assert!(high["thirtyPercent"]["meetsNorm"] == json!(true) || high["thirtyPercent"]["partialPossible"] == json!(true));
        }
    }
}
