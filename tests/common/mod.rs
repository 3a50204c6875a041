#![allow(dead_code)]
pub mod tape;

use hsm_salary_check::api::tape::write;
use hsm_salary_check::api::{evaluate, Loose};
use serde_json::{json, Value};

/// One published year: (year, 30+, under 30, reduced, 30% norm, norm young master, cap).
pub type Row = (i32, u32, u32, u32, u32, u32, Option<u32>);

/// As published by the IND and the Belastingdienst, transcribed separately
/// from `src/rules/amounts.rs` so a typo in either shows up here.
pub const PUBLISHED: &[Row] = &[
    (2020, 4612, 3381, 2423, 38347, 29149, None),
    (2021, 4752, 3484, 2497, 38961, 29616, None),
    (2022, 4840, 3549, 2543, 39467, 30001, None),
    (2023, 5008, 3672, 2631, 41954, 31891, None),
    (2024, 5331, 3909, 2801, 46107, 35048, Some(233000)),
    (2025, 5688, 4171, 2989, 46660, 35468, Some(246000)),
    (2026, 5942, 4357, 3122, 48013, 36497, Some(262000)),
];

/// Evaluates a JSON request the way JavaScript callers do, minus the wasm boundary.
pub fn answer(input: &Value) -> Value {
    let loose: Loose = serde_json::from_value(input.clone()).unwrap_or(Loose::Other);
    let outcome = evaluate(&loose);
    let answer = serde_json::to_value(&outcome).expect("answers serialise");
    // The wasm hands JavaScript the answer's tape: it must say the same.
    let written = tape::read(&write(&outcome).expect("the answer writes as a tape"));
    assert_eq!(written, answer, "the tape differs for {input}");
    answer
}

/// [`answer`], and with `HSM_RECORD=dir` also written to `dir/<process>.jsonl`:
/// `scripts/snapshot` turns those into `tests/snapshots/evaluate.json`, the
/// answers that `tests/snapshot.rs` holds every later build to.
pub fn eval(input: Value) -> Value {
    let out = answer(&input);
    if let Some(dir) = std::env::var_os("HSM_RECORD") {
        record(std::path::Path::new(&dir), &input, &out);
    }
    out
}

fn record(dir: &std::path::Path, input: &Value, out: &Value) {
    use std::io::Write;
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock();
    let path = dir.join(format!("{}.jsonl", std::process::id()));
    let line = json!({ "input": input, "answer": out }).to_string();
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .expect("snapshot file opens");
    writeln!(file, "{line}").expect("snapshot line is written");
}

/// A complete request for an employee; tests override what they vary.
pub fn request(date: &str, birth: &str, amount: &str) -> Value {
    json!({
        "applicationDate": date,
        "birthDate": birth,
        "salary": { "amount": amount, "period": "month", "holidayAllowanceIncluded": false },
    })
}

pub fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

pub fn ok(v: &Value) -> &Value {
    assert_eq!(v["ok"], json!(true), "expected an answer, got {v:#}");
    v
}

/// The (field, code) pairs of a rejection.
pub fn errors(v: &Value) -> Vec<(String, String)> {
    assert_eq!(v["ok"], json!(false), "expected errors, got {v:#}");
    v["errors"]
        .as_array()
        .expect("errors is a list")
        .iter()
        .map(|e| {
            assert!(
                e["message"].as_str().is_some_and(|m| m.len() > 10),
                "message missing in {e}"
            );
            (
                e["field"].as_str().unwrap_or("").to_owned(),
                e["code"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

pub fn codes(v: &Value) -> Vec<String> {
    v["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .map(|x| x["code"].as_str().unwrap_or("").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The EU Blue Card's amounts as the IND publishes them: (from, to, amount,
/// recent graduates' amount, shortest contract in months), transcribed
/// separately from `src/rules/amounts.rs`.
pub type BlueRow = (&'static str, &'static str, u32, Option<u32>, u8);

pub const BLUE_CARD: &[BlueRow] = &[
    ("2020-01-01", "2020-12-31", 5403, None, 12),
    ("2021-01-01", "2021-12-31", 5567, None, 12),
    ("2022-01-01", "2022-12-31", 5670, None, 12),
    ("2023-01-01", "2023-12-31", 5867, None, 12),
    ("2024-01-01", "2024-06-11", 6245, None, 12),
    ("2024-06-12", "2024-12-31", 5331, Some(4265), 6),
    ("2025-01-01", "2025-12-31", 5688, Some(4551), 6),
    ("2026-01-01", "2026-12-31", 5942, Some(4754), 6),
];

/// The answer's values at the given JSON pointers, as one object keyed by
/// pointer: one assertion says what an answer must be.
pub fn pick(v: &Value, pointers: &[&str]) -> Value {
    let fields = pointers.iter().map(|p| {
        (
            (*p).to_owned(),
            v.pointer(p).cloned().unwrap_or(Value::Null),
        )
    });
    Value::Object(fields.collect())
}
