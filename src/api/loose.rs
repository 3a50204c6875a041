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

/// Reads what `pack` in src/api/tape.js writes: one letter per value (`n`
/// null, `t`/`f`, `d` and a float's 16 hex digits, `s` and a length in
/// UTF-16 code units, `:` and the text, `l` a list, `x` anything else, `o`
/// then key-value pairs then `e`; a key is `k` and one letter, its number in
/// [`keys`] from `A`). Never panics: what it cannot read is `Other`.
pub fn from_packed(packed: &str) -> Loose {
    Packed {
        rest: packed.chars(),
    }
    .value(0)
}

struct Packed<'a> {
    rest: std::str::Chars<'a>,
}

impl Packed<'_> {
    fn value(&mut self, depth: u8) -> Loose {
        match self.rest.next() {
            Some('n') => Loose::Null,
            Some('t') => Loose::Bool(true),
            Some('f') => Loose::Bool(false),
            Some('d') => self.number().map_or(Loose::Other, Loose::Number),
            Some('s') => self.text().map_or(Loose::Other, Loose::Text),
            Some('l') => Loose::List,
            Some('o') if depth < MAX_DEPTH => self.object(depth),
            _ => Loose::Other,
        }
    }

    fn number(&mut self) -> Option<f64> {
        let mut bits = 0u64;
        for _ in 0..16 {
            bits = bits << 4 | u64::from(self.rest.next()?.to_digit(16)?);
        }
        Some(f64::from_bits(bits))
    }

    fn text(&mut self) -> Option<String> {
        let mut length = 0usize;
        loop {
            match self.rest.next()? {
                ':' => break,
                c => {
                    length = length
                        .checked_mul(10)?
                        .checked_add(c.to_digit(10)? as usize)?
                }
            }
        }
        // Most texts are ASCII: one byte, one UTF-16 unit each.
        let rest = self.rest.as_str();
        if let Some(ascii) = rest.get(..length).filter(|t| t.is_ascii()) {
            self.rest = rest.get(length..)?.chars();
            return Some(ascii.to_owned());
        }
        // The length is the packing's word: no more room than the text left.
        let mut out = String::with_capacity(length.min(rest.len()));
        while length > 0 {
            let c = self.rest.next()?;
            length = length.checked_sub(c.len_utf16())?;
            out.push(c);
        }
        Some(out)
    }

    fn object(&mut self, depth: u8) -> Loose {
        let mut fields = Vec::new();
        loop {
            let key = match self.rest.next() {
                Some('e') => return Loose::Object(fields),
                Some('k') => self.key().map(Cow::Borrowed),
                Some('s') => self.text().map(Cow::Owned),
                _ => None,
            };
            match key {
                Some(key) => fields.push((key, self.value(depth + 1))),
                None => return Loose::Other,
            }
        }
    }

    /// A key by its letter: the keys read need no text of their own.
    fn key(&mut self) -> Option<&'static str> {
        let number = u32::from(self.rest.next()?).checked_sub(u32::from(KEY_LETTER))?;
        key_numbered(usize::try_from(number).ok()?)
    }
}

/// The first key's letter in what `pack` writes.
const KEY_LETTER: char = 'A';

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
    let mut keys = String::from(KEY_LETTER);
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
        /// Never throws: a throwing getter or proxy trap reads as `x`.
        fn pack(input: &JsValue, max_depth: u8, max_fields: u32) -> String;
        /// The request's keys, once per instance: a text argument on every
        /// call cost a decode each time, though only the first carried any.
        #[wasm_bindgen(js_name = learnKeys)]
        fn learn_keys(keys: &str);
    }

    thread_local! {
        /// Whether `pack` has the request's keys: they cross once per instance.
        static KEYS_SENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    impl Loose {
        /// Reads a JavaScript value in one crossing: JavaScript packs it into
        /// a string ([`super::from_packed`]). Only plain objects' own
        /// enumerable keys are read (a `Map` reads as `{}`).
        pub fn from_js(value: &JsValue) -> Loose {
            if !KEYS_SENT.replace(true) {
                learn_keys(&super::keys());
            }
            super::from_packed(&pack(value, super::MAX_DEPTH, super::MAX_FIELDS))
        }
    }
}
