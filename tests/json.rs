#![cfg(not(target_arch = "wasm32"))]
//! The hand-written JSON that the wasm hands to `JSON.parse` writes what
//! `serde_json` writes. Every table test also compares whole answers
//! (`common::answer`); these are the corners no answer reaches today.
use hsm_salary_check::api::json::{to_string, Unsupported};
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct Nothing;

#[derive(Serialize)]
struct Wrapped(u16);

#[derive(Serialize)]
enum Kind {
    First,
    Tuple(u8, u8),
    Wrapped(u8),
    Fields { a: u8 },
}

#[derive(Serialize)]
struct Pair(u8, u8);

/// Raw bytes: serde hands `&[u8]` over as a list, so this asks for bytes itself.
struct Bytes;

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(b"ab")
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Corners {
    text: String,
    smallest: i64,
    largest: u64,
    zero: u8,
    nought: i64,
    negative: i32,
    absent: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u32>,
    present: Option<Option<bool>>,
    list: Vec<Vec<bool>>,
    empty: Vec<u8>,
    unit: (),
    letter: char,
    tiny: i8,
    short: i16,
    word: u16,
    long: u32,
    nothing: Nothing,
    wrapped: Wrapped,
    kind: Kind,
}

#[test]
fn every_character_and_shape_is_written_as_serde_json_writes_it() {
    let mut text: String = (0u8..0x80).map(char::from).collect();
    text.push_str("é€ 𝄞 \u{2028}\u{7f}");
    let corners = Corners {
        text,
        smallest: i64::MIN,
        largest: u64::MAX,
        zero: 0,
        nought: 0,
        negative: -30,
        absent: None,
        skipped: None,
        present: Some(Some(false)),
        list: vec![vec![true, false], vec![]],
        empty: vec![],
        unit: (),
        letter: '"',
        tiny: i8::MIN,
        short: -300,
        word: u16::MAX,
        long: 4_000_000_000,
        nothing: Nothing,
        wrapped: Wrapped(7),
        kind: Kind::First,
    };
    assert_eq!(
        to_string(&corners).as_deref(),
        Some(serde_json::to_string(&corners).unwrap().as_str())
    );
}

#[test]
fn what_no_answer_holds_is_refused_rather_than_written_wrongly() {
    assert_eq!(to_string(&1.5f64), None);
    assert_eq!(to_string(&1.5f32), None);
    assert_eq!(
        to_string(&std::collections::BTreeMap::from([("a", 1)])),
        None
    );
    assert_eq!(to_string(&(1, 2)), None);
    assert_eq!(to_string(&Pair(1, 2)), None);
    assert_eq!(to_string(&Kind::Tuple(1, 2)), None);
    assert_eq!(to_string(&Kind::Wrapped(1)), None);
    assert_eq!(to_string(&Kind::Fields { a: 1 }), None);
    assert_eq!(to_string(&Bytes), None);
    // Never shown to anyone, but an error says what it is.
    assert_eq!(Unsupported.to_string(), "not a JSON answer");
}
