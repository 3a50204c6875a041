#![cfg(not(target_arch = "wasm32"))]
//! Every answer the table tests ask for, as it was recorded by
//! `scripts/snapshot`, must come out the same: a refactoring changes no
//! answer and no message. Keys added to the answer on purpose are listed in
//! [`ADDED`]; they are the only difference allowed.
mod common;
use common::answer;
use serde_json::Value;

/// Keys added to the answer since the snapshot was recorded, as JSON pointers.
const ADDED: &[&str] = &[];

fn without_added(mut answer: Value, recorded: &Value) -> Value {
    for pointer in ADDED {
        if recorded.pointer(pointer).is_some() {
            continue;
        }
        let (parent, key) = pointer.rsplit_once('/').unwrap_or(("", pointer));
        if let Some(Value::Object(map)) = answer.pointer_mut(parent) {
            map.remove(key);
        }
    }
    answer
}

#[test]
fn every_recorded_answer_and_error_is_unchanged() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/evaluate.json");
    let text = std::fs::read_to_string(path).expect("the snapshot is there");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("the snapshot is JSON");
    assert!(cases.len() > 300, "only {} recorded answers", cases.len());
    let mut changed = Vec::new();
    for case in &cases {
        let recorded = &case["answer"];
        let now = without_added(answer(&case["input"]), recorded);
        if &now != recorded {
            changed.push(format!(
                "input {}\n  was {recorded}\n  now {now}",
                case["input"]
            ));
        }
    }
    assert!(
        changed.is_empty(),
        "{} of {} answers changed:\n{}",
        changed.len(),
        cases.len(),
        changed.join("\n")
    );
}
