//! Arbitrary bytes through the same path as `evaluate()`: deserialised into
//! the loose request (JSON here, JavaScript values in the browser), read field
//! by field, checked by the rules, serialised back. Any panic is a bug.
#![no_main]

use hsm_salary_check::api::{evaluate, Loose};
use hsm_salary_check::rules::{dates, money};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = serde_json::from_slice::<Loose>(data) {
        let answer = evaluate(&input);
        let _ = serde_json::to_string(&answer);
    }
    // The text readers see typed strings directly, valid JSON or not.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = money::parse_amount(text);
        let _ = dates::parse_iso(text);
    }
});
