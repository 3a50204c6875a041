#![cfg(not(target_arch = "wasm32"))]
//! The README's tables of input paths, error codes and named values say
//! what the code says: every name in them exists, every one of the code's
//! names is in them, and every (field, code) pair the table tests produce is
//! documented.
use hsm_salary_check::api::response::ConditionCode;
use hsm_salary_check::api::{Code, Field, ReasonCode, WarningCode};
use hsm_salary_check::rules::{
    Band, Criterion, Degree, DegreeFrom, NormKind, Programme, Role, SalaryPeriod, Situation,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The rows of the table between `<!-- {name}:start` and `<!-- {name}:end -->`:
/// the first cell's name, and the names quoted in the second.
fn table(name: &str) -> BTreeMap<String, Vec<String>> {
    let readme = include_str!("../README.md");
    let start = format!("<!-- {name}:start");
    let body = readme
        .split_once(&start)
        .and_then(|(_, rest)| rest.split_once(&format!("<!-- {name}:end -->")))
        .map(|(body, _)| body)
        .unwrap_or_else(|| panic!("README has no {name} table"));
    let quoted = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    body.lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let [_, key, values, ..] = cells.as_slice() else {
                return None;
            };
            let key = quoted(key).into_iter().next()?;
            // `null` is a JSON value, not a name.
            let values = quoted(values).into_iter().filter(|v| v != "null").collect();
            Some((key, values))
        })
        .collect()
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| name(*v).to_owned()).collect()
}

#[test]
fn every_field_and_code_is_in_the_readme_and_no_other() {
    let rows = table("errors");
    let fields: Vec<String> = rows.keys().cloned().collect();
    let mut expected = names(Field::ALL, Field::name);
    expected.sort();
    assert_eq!(fields, expected);
    let codes: BTreeSet<String> = rows.values().flatten().cloned().collect();
    let expected: BTreeSet<String> = names(Code::ALL, Code::name).into_iter().collect();
    assert_eq!(codes, expected);
}

#[test]
fn every_error_the_tables_produce_is_documented_for_its_field() {
    let rows = table("errors");
    let text = include_str!("snapshots/evaluate.json");
    let cases: Vec<Value> = serde_json::from_str(text).expect("the snapshot is JSON");
    let mut seen = 0;
    for error in cases
        .iter()
        .filter_map(|c| c["answer"]["errors"].as_array())
        .flatten()
    {
        let (field, code) = (error["field"].as_str(), error["code"].as_str());
        let (Some(field), Some(code)) = (field, code) else {
            panic!("an error without field or code: {error}");
        };
        let documented = rows
            .get(field)
            .is_some_and(|codes| codes.iter().any(|c| c == code));
        assert!(documented, "README does not list {code} for {field}");
        seen += 1;
    }
    assert!(seen > 50, "only {seen} errors in the snapshot");
}

#[test]
fn the_named_values_are_the_enums() {
    let rows = table("values");
    let enums = [
        ("situation", names(Situation::ALL, Situation::name)),
        ("permitCriterion", names(Criterion::ALL, Criterion::name)),
        ("degree", names(Degree::ALL, Degree::name)),
        ("degreeFrom", names(DegreeFrom::ALL, DegreeFrom::name)),
        ("role", names(Role::ALL, Role::name)),
        (
            "salary.period",
            names(SalaryPeriod::ALL, SalaryPeriod::name),
        ),
        ("band", names(Band::ALL, Band::name)),
        ("reason.code", names(ReasonCode::ALL, ReasonCode::name)),
        ("reason.programme", names(Programme::ALL, Programme::name)),
        (
            "thirtyPercent.normKind",
            names(NormKind::ALL, NormKind::name),
        ),
        (
            "warnings[].code",
            names(WarningCode::ALL, WarningCode::name),
        ),
        (
            "blueCard.conditions[].code",
            names(ConditionCode::ALL, ConditionCode::name),
        ),
    ];
    for (key, values) in &enums {
        assert_eq!(rows.get(*key), Some(values), "README values of {key}");
    }
    assert_eq!(rows.len(), enums.len(), "a row the test does not know");
}
