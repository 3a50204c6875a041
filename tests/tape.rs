#![cfg(not(target_arch = "wasm32"))]
//! The tape that src/api/tape.js builds the answer from says what
//! `serde_json` says. Every table test also compares whole answers
//! (`common::answer`); these are the corners no answer reaches today.
mod common;

use hsm_salary_check::api::loose::from_packed;
use hsm_salary_check::api::tape::{tag, write, Unsupported};
use hsm_salary_check::api::{Field, Loose, Setting};
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
fn every_character_and_shape_reads_back_as_serde_json_has_it() {
    let mut text: String = (0u8..0x80).map(char::from).collect();
    text.push_str("é€ 𝄞 \u{2028}\u{7f}");
    let corners = Corners {
        text,
        smallest: i64::MIN,
        largest: i64::MAX as u64,
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
    let expected = serde_json::to_value(&corners).unwrap();
    // Twice: the second time the keys go by number, and the struct by its shape.
    for _ in 0..2 {
        assert_eq!(common::tape::read(&write(&corners).unwrap()), expected);
    }
    // The same shape with the left-out field present, and inside a list of itself.
    let present = Corners {
        skipped: Some(3),
        ..corners
    };
    let expected = serde_json::to_value(&present).unwrap();
    assert_eq!(expected["skipped"], 3);
    assert_eq!(common::tape::read(&write(&present).unwrap()), expected);
    let tape = write(&present).unwrap();
    assert_eq!(tape.words.first().map(|w| w & 7), Some(tag::SHAPE));
}

#[derive(Serialize)]
struct Node {
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<u8>,
    children: Vec<Node>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<u8>,
}

#[test]
fn a_shape_inside_itself_and_left_out_fields_anywhere() {
    let leaf = |first, last| Node {
        first,
        children: vec![],
        last,
    };
    let tree = Node {
        first: None,
        children: vec![leaf(Some(1), None), leaf(None, Some(2)), leaf(None, None)],
        last: Some(9),
    };
    let expected = serde_json::to_value(&tree).unwrap();
    // On its first writing the outer struct sends the shape, the inner ones use it.
    let tape = write(&tree).unwrap();
    assert_eq!(tape.words.first().map(|w| w & 7), Some(tag::NEW_SHAPE));
    assert_eq!(common::tape::read(&tape), expected);
    assert_eq!(common::tape::read(&write(&tree).unwrap()), expected);
}

#[test]
fn integers_at_the_edge_of_the_small_word() {
    for n in [
        0i64,
        1,
        (1 << 29) - 1,
        1 << 29,
        -1,
        u32::MAX.into(),
        1 << 53,
    ] {
        let tape = write(&n).unwrap();
        assert_eq!(common::tape::read(&tape), serde_json::json!(n), "{n}");
        assert_eq!(
            tape.words.len(),
            if (0..1 << 29).contains(&n) { 1 } else { 3 }
        );
    }
}

#[test]
fn what_no_answer_holds_is_refused_rather_than_written_wrongly() {
    assert!(write(&1.5f64).is_none());
    assert!(write(&1.5f32).is_none());
    assert!(write(&u64::MAX).is_none());
    assert!(write(&std::collections::BTreeMap::from([("a", 1)])).is_none());
    assert!(write(&(1, 2)).is_none());
    assert!(write(&Pair(1, 2)).is_none());
    assert!(write(&Kind::Tuple(1, 2)).is_none());
    assert!(write(&Kind::Wrapped(1)).is_none());
    assert!(write(&Kind::Fields { a: 1 }).is_none());
    assert!(write(&Bytes).is_none());
    // Never shown to anyone, but an error says what it is.
    assert_eq!(Unsupported.to_string(), "not an answer");
}

/// As src/api/tape.js's `pack` writes them (tests/node checks `pack` itself).
#[test]
fn packed_input_reads_as_the_loose_value() {
    let o = |fields: Vec<(&'static str, Loose)>| Loose::object(fields);
    let cases = [
        ("n", Loose::Null),
        ("t", Loose::Bool(true)),
        ("f", Loose::Bool(false)),
        ("d40b7360000000000", Loose::Number(5942.0)),
        ("dbff0000000000000", Loose::Number(-1.0)),
        ("s0:", Loose::text("")),
        ("s4:5942", Loose::text("5942")),
        // UTF-16 lengths: é is one unit, 𝄞 two, a lone surrogate (U+FFFD after encoding) one.
        ("s5:é𝄞\u{fffd}x", Loose::text("é𝄞\u{fffd}x")),
        ("s3:a:bs1:c", Loose::text("a:b")),
        ("l", Loose::List),
        ("x", Loose::Other),
        ("oe", o(vec![])),
        (
            "os6:salaryos6:amountd40b7360000000000es3:ages2:30e",
            o(vec![
                ("salary", o(vec![("amount", Loose::Number(5942.0))])),
                ("age", Loose::text("30")),
            ]),
        ),
        // Deeper than the request reader looks: not read.
        (
            "os1:aos1:bos1:cxeee",
            o(vec![("a", o(vec![("b", o(vec![("c", Loose::Other)]))]))]),
        ),
    ];
    for (packed, loose) in cases {
        assert_eq!(from_packed(packed), loose, "{packed}");
    }
}

/// `pack` writes the keys read as `k` and a letter, by `keys()`'s list: the
/// request's fields' keys, then the mount options'.
#[test]
fn packed_keys_read_as_the_fields_and_settings_keys() {
    let keys = hsm_salary_check::api::loose::keys();
    let mut list = keys.split(',');
    let first = list
        .next()
        .and_then(|f| f.chars().next())
        .map_or(0, u32::from);
    let names: Vec<&str> = list.collect();
    let expected: Vec<&str> = Field::ALL
        .iter()
        .map(|f| f.key())
        .chain(Setting::ALL.iter().map(|s| s.name()))
        .collect();
    assert_eq!(names, expected);
    for (n, key) in expected.iter().enumerate() {
        let letter = char::from_u32(first + n as u32).unwrap_or('?');
        let packed = format!("ok{letter}s2:ohe");
        let read = Loose::object(vec![(*key, Loose::text("oh"))]);
        assert_eq!(from_packed(&packed), read, "{packed}");
    }
    // Letters beyond the list, or before it, are no key.
    let beyond = char::from_u32(first + expected.len() as u32).unwrap_or('?');
    let before = char::from_u32(first - 1).unwrap_or('?');
    for letter in [beyond, before] {
        assert_eq!(from_packed(&format!("ok{letter}ne")), Loose::Other);
    }
}

#[test]
fn a_broken_packing_reads_as_other_and_never_panics() {
    for packed in [
        "",
        "d12",
        "dzzzzzzzzzzzzzzzz",
        "s",
        "s9",
        "s3:ab",
        "s99999999999999999999999:",
        "o",
        "os1:a",
        "os1:an",
        "q",
        "oxe",
        "s-1:",
    ] {
        let loose = from_packed(packed);
        assert!(
            matches!(loose, Loose::Other | Loose::Object(_)),
            "{packed}: {loose:?}"
        );
    }
}

proptest::proptest! {
    /// JavaScript slices the answer's texts by UTF-16 units, which the
    /// writer counts over bytes.
    #[test]
    fn text_lengths_are_javascript_lengths(s in "\\PC*", extra in "[€\u{1F600}\u{a0}\u{202f}a-z]{0,8}") {
        use hsm_salary_check::api::tape::js_length;
        let text = format!("{s}{extra}");
        proptest::prop_assert_eq!(js_length(&text), text.encode_utf16().count());
    }
}

/// tape.js builds each struct of the answer with an object literal, found by
/// the struct's keys: every shape an answer has must have its literal there,
/// and every literal there must be a shape an answer has.
#[test]
fn every_shape_of_the_answers_has_its_literal_in_tape_js() {
    use std::collections::BTreeSet;
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("snapshots/evaluate.json")).unwrap();
    for case in cases.as_array().unwrap() {
        common::answer(&case["input"]);
    }
    let sent: BTreeSet<String> = common::tape::shapes()
        .iter()
        .map(|keys| keys.join(","))
        .collect();
    let script = include_str!("../src/api/tape.js");
    let literals: BTreeSet<String> = script
        .lines()
        .filter_map(|line| line.strip_prefix("  '")?.split_once("':"))
        .map(|(keys, _)| keys.to_string())
        .collect();
    assert!(sent.len() >= 12, "{sent:?}");
    assert_eq!(sent, literals);
}
