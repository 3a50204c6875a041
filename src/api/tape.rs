//! The answer as a tape for `src/api/tape.js`, which builds the JavaScript
//! object from it: a list of words (what comes next: null, a boolean, an
//! integer, a string, an object or a list, or its end) and one text holding
//! the strings that change from answer to answer. Keys and other `&'static`
//! names are sent once per wasm instance and then named by number, and so is
//! each struct's list of keys (its shape): after the first answer a struct
//! is its shape's number and its values, which tape.js builds as an object
//! literal. An answer crosses the boundary as two slices, and JavaScript
//! builds it without parsing JSON.
//!
//! Pure Rust: the tests read the tape back (`tests/tape.rs`) and hold it to
//! what `serde_json` makes of the same answer.

use serde::ser::{self, Impossible, Serialize, Serializer};
use std::cell::RefCell;
use std::fmt;

/// A word's kind, in its low three bits; the rest is its number.
pub mod tag {
    /// 0 null, 1 false, 2 true, 3 an object begins, 4 a list begins, 5 it
    /// ends, 6 a struct's field is left out.
    pub const MARK: u32 = 0;
    /// A non-negative integer below 2^29.
    pub const SMALL: u32 = 1;
    /// Any other integer: the next two words, low then high (two's complement).
    pub const LARGE: u32 = 2;
    /// A name sent before, by its number.
    pub const NAME: u32 = 3;
    /// A name sent now: its number, its length in the next word, its text next.
    pub const NEW_NAME: u32 = 4;
    /// A string: its length (UTF-16 code units, as JavaScript counts), its text next.
    pub const TEXT: u32 = 5;
    /// A struct of a shape sent before, by its number: its values (or SKIP
    /// for a field left out) in its keys' order, then END.
    pub const SHAPE: u32 = 6;
    /// A struct of a shape sent now, by its number: each key (a name) and its
    /// value (or SKIP), then END; its keys are the shape.
    pub const NEW_SHAPE: u32 = 7;
}

/// The numbers of the marks.
pub mod mark {
    pub const NULL: u32 = 0;
    pub const FALSE: u32 = 1;
    pub const TRUE: u32 = 2;
    pub const OBJECT: u32 = 3;
    pub const LIST: u32 = 4;
    pub const END: u32 = 5;
    pub const SKIP: u32 = 6;
}

const SMALL_LIMIT: u64 = 1 << 29;

/// One answer's words and texts.
#[derive(Default, Debug)]
pub struct Tape {
    pub words: Vec<u32>,
    pub text: String,
}

/// `value` on a fresh tape; `None` for a type no answer has (floats, maps,
/// bytes, tuples), which the tests would notice.
pub fn write<T: Serialize + ?Sized>(value: &T) -> Option<Tape> {
    SENT.with(|sent| {
        let mut sent = sent.try_borrow_mut().ok()?;
        let mut tape = std::mem::take(&mut sent.spare);
        tape.words.clear();
        tape.text.clear();
        // Room for any answer: the golden table's take at most 106 words.
        tape.words.reserve(256);
        tape.text.reserve(1024);
        let mut writer = Writer {
            tape,
            sent: &mut sent,
        };
        if value.serialize(&mut writer).is_err() {
            // JavaScript never sees this tape: forget what it would have sent.
            *writer.sent = Sent::default();
            return None;
        }
        Some(writer.tape)
    })
}

/// Gives a tape's room back for the next [`write`]: an answer a call, and
/// two allocations fewer each.
pub fn recycle(tape: Tape) {
    SENT.with(|sent| {
        if let Ok(mut sent) = sent.try_borrow_mut() {
            sent.spare = tape;
        }
    });
}

/// Forgets every name and shape sent, so that the next tape sends them again:
/// for a tape that JavaScript could not build.
pub fn forget() {
    SENT.with(|sent| {
        if let Ok(mut sent) = sent.try_borrow_mut() {
            *sent = Sent::default();
        }
    });
}

/// A name (a key, a code, a source) as the tape sends it: once, then by number.
pub fn name<S: Serializer>(name: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("", 0, name)
}

thread_local! {
    static SENT: RefCell<Sent> = RefCell::new(Sent::default());
}

/// What this instance has sent: names, and structs' shapes by struct name.
#[derive(Default)]
struct Sent {
    names: Names,
    shapes: Names,
    /// The shapes being sent now: one inside itself is sent again, as
    /// JavaScript learns a shape only at the end of its first struct.
    sending: Vec<u32>,
    /// The last tape's room, [`recycle`]d.
    spare: Tape,
}

/// The names sent so far, by where they are in memory: an open-addressed
/// table, since a lookup runs for every key of every answer.
struct Names {
    slots: Vec<(usize, usize, u32)>,
    count: u32,
}

const SLOTS: usize = 1024;
/// Beyond this many names (never reached: the answer has about 120) they go as texts.
const MAX_NAMES: u32 = (SLOTS / 2) as u32;

impl Default for Names {
    fn default() -> Self {
        Names {
            slots: vec![(0, 0, 0); SLOTS],
            count: 0,
        }
    }
}

impl Names {
    /// The name's number, and whether it is new; `None` when the table is full.
    fn number(&mut self, name: &'static str) -> Option<(u32, bool)> {
        let key = (name.as_ptr() as usize, name.len());
        let mut at = (key.0.wrapping_mul(0x9E37_79B9) >> 7) % SLOTS;
        loop {
            let slot = self.slots.get_mut(at)?;
            if slot.0 == key.0 && slot.1 == key.1 && slot.0 != 0 {
                return Some((slot.2, false));
            }
            if slot.0 == 0 {
                if self.count >= MAX_NAMES {
                    return None;
                }
                *slot = (key.0, key.1, self.count);
                self.count += 1;
                return Some((slot.2, true));
            }
            at = (at + 1) % SLOTS;
        }
    }
}

/// A float, a map, bytes or a tuple: not in any answer.
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an answer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

struct Writer<'n> {
    tape: Tape,
    sent: &'n mut Sent,
}

/// JavaScript's length of a string.
pub fn js_length(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // One unit per UTF-8 lead byte and two for the four-byte ones: a count
    // over bytes, where `encode_utf16` decoded every char.
    s.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl Writer<'_> {
    fn word(&mut self, tag: u32, number: u32) {
        self.tape.words.push(tag | (number << 3));
    }

    fn mark(&mut self, mark: u32) {
        self.word(tag::MARK, mark);
    }

    fn text(&mut self, s: &str) {
        let length = js_length(s);
        match u32::try_from(length) {
            Ok(n) if u64::from(n) < SMALL_LIMIT => self.word(tag::TEXT, n),
            // Never: no answer holds half a gigabyte of text.
            _ => return self.mark(mark::NULL),
        }
        self.tape.text.push_str(s);
    }

    fn name(&mut self, name: &'static str) {
        match self.sent.names.number(name) {
            Some((n, false)) => self.word(tag::NAME, n),
            Some((n, true)) => {
                self.word(tag::NEW_NAME, n);
                self.tape.words.push(js_length(name) as u32);
                self.tape.text.push_str(name);
            }
            None => self.text(name),
        }
    }

    fn integer(&mut self, v: i64) {
        match u64::try_from(v) {
            Ok(small) if small < SMALL_LIMIT => self.word(tag::SMALL, small as u32),
            _ => {
                self.word(tag::LARGE, 0);
                self.tape.words.push(v as u32);
                self.tape.words.push((v >> 32) as u32);
            }
        }
    }
}

impl<'a, 'n> Serializer for &'a mut Writer<'n> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a, 'n>;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Compound<'a, 'n>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.mark(if v { mark::TRUE } else { mark::FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.integer(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Unsupported> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        // JavaScript's numbers hold integers exactly only below 2^53.
        self.serialize_i64(i64::try_from(v).map_err(|_| Unsupported)?)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.text(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.mark(mark::NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }
    /// Enums by name (`names::serialize_by_name`) and [`name`]: sent once.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.name(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'n>, Unsupported> {
        self.mark(mark::LIST);
        Ok(Compound {
            writer: self,
            keys: Keys::Sent,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    /// A struct's shape goes once, by its name: every answer's structs have
    /// names of their own (the tests read every answer back by its shapes).
    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Compound<'a, 'n>, Unsupported> {
        let shape = if SHAPES {
            self.sent.shapes.number(name)
        } else {
            None
        };
        let keys = match shape {
            Some((n, false)) if !self.sent.sending.contains(&n) => {
                self.word(tag::SHAPE, n);
                Keys::Sent
            }
            Some((n, _)) => {
                self.word(tag::NEW_SHAPE, n);
                self.sent.sending.push(n);
                Keys::Shape(n)
            }
            None => {
                self.mark(mark::OBJECT);
                Keys::Present
            }
        };
        Ok(Compound { writer: self, keys })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

/// Whether structs go by shape. Not in the widget's wasm: it writes one
/// answer a keystroke, and the shapes' code and tape.js's literals would add
/// about 1.6 KB (brotli) to it; `hsm-salary-check/core`, which backends call
/// in a loop, builds answers about an eighth faster with them. Always
/// natively, for the tests; tests/node checks both builds' answers.
const SHAPES: bool = cfg!(any(not(feature = "widget"), not(target_arch = "wasm32")));

/// A list or an object being written.
pub struct Compound<'a, 'n> {
    writer: &'a mut Writer<'n>,
    keys: Keys,
}

/// Which keys go with a struct's values.
enum Keys {
    /// None: its shape was sent before (and lists have none).
    Sent,
    /// All, the left-out fields' too: it is the shape's first, or one
    /// inside its first.
    Shape(u32),
    /// Those of the fields present: a plain object.
    Present,
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Unsupported> {
        self.writer.mark(mark::END);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        match self.keys {
            Keys::Sent => {}
            Keys::Shape(_) | Keys::Present => self.writer.name(key),
        }
        value.serialize(&mut *self.writer)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Unsupported> {
        match self.keys {
            Keys::Sent => self.writer.mark(mark::SKIP),
            Keys::Shape(_) => {
                self.writer.name(key);
                self.writer.mark(mark::SKIP);
            }
            Keys::Present => {}
        }
        Ok(())
    }
    fn end(self) -> Result<(), Unsupported> {
        if let Keys::Shape(n) = self.keys {
            self.writer.sent.sending.retain(|&sending| sending != n);
        }
        self.writer.mark(mark::END);
        Ok(())
    }
}
