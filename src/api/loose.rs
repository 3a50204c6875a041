//! Whatever a caller passes, read without failing: JSON-like values that the
//! request reader then checks field by field, so each problem names its field.

use super::field::{Field, Setting};
use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    /// `null`, `undefined` or absent.
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List,
    /// Its keys; the request's own are `&'static` (src/api/tape.js sends them by number).
    Object(Vec<(Cow<'static, str>, Loose)>),
    /// Anything else a deserializer can hand over (bytes, say).
    Other,
}

impl Loose {
    /// A field of an object; `Null` when missing or when `self` is not an object.
    pub fn get(&self, key: &str) -> &Loose {
        match self {
            Loose::Object(fields) => fields
                .iter()
                .rev()
                .find(|(k, _)| k == key)
                .map_or(&Loose::Null, |(_, v)| v),
            _ => &Loose::Null,
        }
    }

    /// Builds an object from key-value pairs, as the widget does from its form.
    pub fn object<K: Into<Cow<'static, str>>>(
        fields: impl IntoIterator<Item = (K, Loose)>,
    ) -> Loose {
        Loose::Object(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub fn text(s: impl Into<String>) -> Loose {
        Loose::Text(s.into())
    }
}

/// Objects nested deeper than this are not read: the request is two levels deep,
/// and a cyclic JavaScript object must not recurse without end.
const MAX_DEPTH: u8 = 3;

/// Fields read in all, by `pack` in src/api/tape.js: the request has fewer
/// than twenty, and a wide cyclic object must not cost (keys)^depth reads.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const MAX_FIELDS: u32 = 256;

#[derive(Clone, Copy)]
struct LooseVisitor {
    depth: u8,
}

impl<'de> DeserializeSeed<'de> for LooseVisitor {
    type Value = Loose;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_char<E>(self, v: char) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Text(v))
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Loose, E> {
        Ok(Loose::Other)
    }
    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    // Every shape is accepted: serde's default "invalid type" errors would
    // bring its whole error formatting (floats included) into the wasm.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, _: A) -> Result<Loose, A::Error> {
        Ok(Loose::Other)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        // Lists are never valid input, so their items are not kept.
        let inner = self.deeper();
        if let Some(inner) = inner {
            while seq.next_element_seed(inner)?.is_some() {}
        }
        Ok(Loose::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let Some(inner) = self.deeper() else {
            return Ok(Loose::Other);
        };
        let mut fields = Vec::new();
        while let Some(key) = map.next_key_seed(inner)? {
            let value = map.next_value_seed(inner)?;
            if let Loose::Text(k) = key {
                fields.push((Cow::Owned(k), value));
            }
        }
        Ok(Loose::Object(fields))
    }
}

impl LooseVisitor {
    fn deeper(self) -> Option<LooseVisitor> {
        (self.depth < MAX_DEPTH).then_some(LooseVisitor {
            depth: self.depth + 1,
        })
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(LooseVisitor { depth: 0 })
    }
}

/// Reads what `pack` in src/api/tape.js writes: one byte per value (`n`
/// null, `t`/`f`, `d` and a float's 8 bytes, `s` and a length in 4 bytes
/// then an ASCII text, `w` and a length then the text's code points, `l` a
/// list, `x` anything else, `o` then key-value pairs then `e`; a key is `k`
/// and one byte, its number in [`keys`] from `A`), all little-endian. Never
/// panics: what it cannot read is `Other`.
pub fn from_packed(packed: &[u8]) -> Loose {
    Packed { rest: packed }.value(0)
}

struct Packed<'a> {
    rest: &'a [u8],
}

impl<'a> Packed<'a> {
    fn value(&mut self, depth: u8) -> Loose {
        match self.byte() {
            Some(b'n') => Loose::Null,
            Some(b't') => Loose::Bool(true),
            Some(b'f') => Loose::Bool(false),
            Some(b'd') => self
                .bytes()
                .map_or(Loose::Other, |b| Loose::Number(f64::from_le_bytes(b))),
            Some(b's') => self.ascii().map_or(Loose::Other, Loose::Text),
            Some(b'w') => self.wide().map_or(Loose::Other, Loose::Text),
            Some(b'l') => Loose::List,
            Some(b'o') if depth < MAX_DEPTH => self.object(depth),
            _ => Loose::Other,
        }
    }

    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(first)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.rest.split_at_checked(n)?;
        self.rest = rest;
        Some(taken)
    }

    fn bytes<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    /// A length, and that many units of `N` bytes.
    fn counted<const N: usize>(&mut self) -> Option<&'a [[u8; N]]> {
        let length = usize::try_from(u32::from_le_bytes(self.bytes()?)).ok()?;
        let (units, []) = self.take(length.checked_mul(N)?)?.as_chunks::<N>() else {
            return None;
        };
        Some(units)
    }

    /// Char by char: `str::from_utf8` would bring its validation into the
    /// widget's wasm, and ASCII needs none.
    fn ascii(&mut self) -> Option<String> {
        let bytes = self.counted::<1>()?;
        let mut out = String::with_capacity(bytes.len());
        for &[b] in bytes {
            out.push(char::from(b.is_ascii().then_some(b)?));
        }
        Some(out)
    }

    /// Code points in three bytes each; a lone surrogate reads as U+FFFD,
    /// as JavaScript's own encoders write it.
    fn wide(&mut self) -> Option<String> {
        let points = self.counted::<3>()?;
        let mut out = String::with_capacity(points.len());
        for &[a, b, c] in points {
            let point = u32::from_le_bytes([a, b, c, 0]);
            out.push(char::from_u32(point).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        Some(out)
    }

    fn object(&mut self, depth: u8) -> Loose {
        let mut fields = Vec::new();
        loop {
            let key = match self.byte() {
                Some(b'e') => return Loose::Object(fields),
                Some(b'k') => self.key(),
                _ => None,
            };
            match key {
                Some(key) => fields.push((Cow::Borrowed(key), self.value(depth + 1))),
                None => return Loose::Other,
            }
        }
    }

    /// A key by its byte: the keys read need no text of their own.
    fn key(&mut self) -> Option<&'static str> {
        key_numbered(usize::from(self.byte()?.checked_sub(KEY_LETTER)?))
    }
}

/// The first key's byte in what `pack` writes.
const KEY_LETTER: u8 = b'A';

/// The keys read, numbered: the request's fields' keys, as [`Field::key`]
/// spells them, then the mount options' ([`Setting`]). No other key is read.
fn key_numbered(number: usize) -> Option<&'static str> {
    match number.checked_sub(Field::ALL.len()) {
        None => Field::ALL.get(number).map(|f| f.key()),
        Some(setting) => Setting::ALL.get(setting).map(|s| s.name()),
    }
}

/// The keys read, in their numbers' order, for `pack` (the first letter
/// follows them).
pub fn keys() -> String {
    let mut keys = String::from(char::from(KEY_LETTER));
    let mut number = 0;
    while let Some(key) = key_numbered(number) {
        keys.push(',');
        keys.push_str(key);
        number += 1;
    }
    keys
}

#[cfg(target_arch = "wasm32")]
mod js {
    use super::Loose;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/api/tape.js")]
    extern "C" {
        /// Writes `input` in the `capacity` bytes at `room`; returns how many
        /// it took. Never throws: a throwing getter or proxy trap reads as `x`.
        fn pack(
            input: &JsValue,
            max_depth: u8,
            max_fields: u32,
            room: *mut u8,
            capacity: usize,
        ) -> usize;
        /// The request's keys and the memory `pack` writes in, once per
        /// instance: a text argument on every call cost a decode each time.
        #[wasm_bindgen(js_name = learnKeys)]
        fn learn_keys(keys: &str, memory: &JsValue);
    }

    thread_local! {
        /// `pack`'s room, kept from call to call. Taken out while in use, so
        /// that a getter's own evaluate() makes a room of its own.
        static ROOM: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    }

    /// Whether the room is kept from call to call. Not in the widget's wasm:
    /// it reads an input only when mounted or updated, and the keeping's code
    /// would add to every page's bytes; `hsm-salary-check/core`, which
    /// backends call in a loop, keeps it (as `KEEP` in src/api/text.rs).
    const REUSE: bool = cfg!(not(feature = "widget"));

    /// Room for any request (they pack to about 70 bytes); more is made when asked.
    const FIRST_ROOM: usize = 1024;
    /// Beyond this an input is not read: no request is megabytes long.
    const MOST_ROOM: usize = 1 << 24;

    impl Loose {
        /// Reads a JavaScript value in one crossing: JavaScript writes it
        /// into the wasm's memory ([`super::from_packed`]). Only plain
        /// objects' own enumerable keys are read (a `Map` reads as `{}`).
        /// An input larger than the room is read twice (its getters run
        /// twice), the second time into a room of its size.
        pub fn from_js(value: &JsValue) -> Loose {
            let mut room = if REUSE {
                ROOM.with(std::cell::Cell::take)
            } else {
                Vec::new()
            };
            if room.is_empty() {
                // The first call, one from a getter while the room is out, or
                // any call in the widget: the keys cross (again, alike).
                learn_keys(&super::keys(), &wasm_bindgen::memory());
                room.resize(FIRST_ROOM, 0);
            }
            let mut read = Loose::Other;
            for _ in 0..2 {
                let (max_depth, max_fields) = (super::MAX_DEPTH, super::MAX_FIELDS);
                let used = pack(value, max_depth, max_fields, room.as_mut_ptr(), room.len());
                match room.get(..used) {
                    Some(packed) => {
                        read = super::from_packed(packed);
                        break;
                    }
                    None if used <= MOST_ROOM => room.resize(used, 0),
                    None => break,
                }
            }
            if REUSE {
                ROOM.with(|kept| kept.set(room));
            }
            read
        }
    }
}
