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

/// What src/api/tape.js's `pack` writes: an ASCII text, any text as code
/// points, a number, a key by its number in `keys()` (tests/node checks
/// `pack` itself).
fn s(text: &str) -> Vec<u8> {
    let length = u32::try_from(text.len()).unwrap_or(u32::MAX);
    [b"s".as_slice(), &length.to_le_bytes(), text.as_bytes()].concat()
}

fn w(points: &[u32]) -> Vec<u8> {
    let length = u32::try_from(points.len()).unwrap_or(u32::MAX);
    let bytes = points
        .iter()
        .flat_map(|p| p.to_le_bytes().into_iter().take(3));
    [b"w".as_slice(), &length.to_le_bytes()]
        .into_iter()
        .flatten()
        .copied()
        .chain(bytes)
        .collect()
}

fn d(number: f64) -> Vec<u8> {
    [b"d".as_slice(), &number.to_le_bytes()].concat()
}

fn key(name: &str) -> Vec<u8> {
    let keys = hsm_salary_check::api::loose::keys();
    let number = keys.split(',').skip(1).position(|k| k == name);
    vec![
        b'k',
        b'A' + number.and_then(|n| u8::try_from(n).ok()).unwrap_or(255),
    ]
}

#[test]
fn packed_input_reads_as_the_loose_value() {
    let o = |fields: Vec<(&'static str, Loose)>| Loose::object(fields);
    let cases = [
        (b"n".to_vec(), Loose::Null),
        (b"t".to_vec(), Loose::Bool(true)),
        (b"f".to_vec(), Loose::Bool(false)),
        (d(5942.0), Loose::Number(5942.0)),
        (d(-1.0), Loose::Number(-1.0)),
        (s(""), Loose::text("")),
        (s("5942"), Loose::text("5942")),
        (
            w(&"é𝄞x".chars().map(u32::from).collect::<Vec<_>>()),
            Loose::text("é𝄞x"),
        ),
        // A lone surrogate reads as U+FFFD, as JavaScript's encoders write
        // it; so does a code point beyond Unicode's.
        (
            w(&[0x61, 0xd800, 0x62, 0xdc00, 0x11_0000]),
            Loose::text("a\u{fffd}b\u{fffd}\u{fffd}"),
        ),
        (w(&[]), Loose::text("")),
        ([s("a:b"), s("c")].concat(), Loose::text("a:b")),
        (b"l".to_vec(), Loose::List),
        (b"x".to_vec(), Loose::Other),
        (b"oe".to_vec(), o(vec![])),
        (
            [
                b"o".as_slice(),
                &key("salary"),
                b"o",
                &key("amount"),
                &d(5942.0),
                b"e",
                &key("age"),
                &s("30"),
                b"e",
            ]
            .concat(),
            o(vec![
                ("salary", o(vec![("amount", Loose::Number(5942.0))])),
                ("age", Loose::text("30")),
            ]),
        ),
        // Deeper than the request reader looks: not read.
        (
            [
                b"o".as_slice(),
                &key("salary"),
                b"o",
                &key("salary"),
                b"o",
                &key("salary"),
                b"oeeee",
            ]
            .concat(),
            o(vec![(
                "salary",
                o(vec![("salary", o(vec![("salary", Loose::Other)]))]),
            )]),
        ),
    ];
    for (packed, loose) in cases {
        assert_eq!(from_packed(&packed), loose, "{packed:?}");
    }
}

/// `pack` writes the keys read as `k` and a byte, by `keys()`'s list: the
/// request's fields' keys, then the mount options'.
#[test]
fn packed_keys_read_as_the_fields_and_settings_keys() {
    let keys = hsm_salary_check::api::loose::keys();
    let mut list = keys.split(',');
    let first = list.next().and_then(|f| f.bytes().next()).unwrap_or(0);
    let names: Vec<&str> = list.collect();
    let expected: Vec<&str> = Field::ALL
        .iter()
        .map(|f| f.key())
        .chain(Setting::ALL.iter().map(|s| s.name()))
        .collect();
    assert_eq!(names, expected);
    for (n, name) in expected.iter().enumerate() {
        let byte = first + u8::try_from(n).unwrap_or(u8::MAX);
        let packed = [b"ok".as_slice(), &[byte], &s("oh"), b"e"].concat();
        let read = Loose::object(vec![(*name, Loose::text("oh"))]);
        assert_eq!(from_packed(&packed), read, "{packed:?}");
    }
    // Bytes beyond the list, or before it, are no key.
    let beyond = first + u8::try_from(expected.len()).unwrap_or(u8::MAX);
    for byte in [beyond, first - 1] {
        assert_eq!(from_packed(&[b'o', b'k', byte, b'n', b'e']), Loose::Other);
    }
}

#[test]
fn a_broken_packing_reads_as_other_and_never_panics() {
    let cases: [&[u8]; 16] = [
        b"",
        b"d12",
        b"s",
        b"s\x09",
        b"s\x03\x00\x00\x00ab",
        b"s\xff\xff\xff\xff",
        // Not ASCII.
        b"s\x01\x00\x00\x00\xc3",
        // Part of a code point.
        b"w\x01\x00\x00\x00ab",
        b"w\xff\xff\xff\xff",
        b"o",
        b"okA",
        b"okAn",
        b"q",
        b"oxe",
        b"ok",
        b"oks\x00\x00\x00\x00e",
    ];
    for packed in cases {
        let loose = from_packed(packed);
        assert!(
            matches!(loose, Loose::Other | Loose::Object(_)),
            "{packed:?}: {loose:?}"
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
