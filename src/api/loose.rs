//! Whatever a caller passes, read without failing: JSON-like values that the
//! request reader then checks field by field, so each problem names its field.

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    /// `null`, `undefined` or absent.
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List,
    Object(Vec<(String, Loose)>),
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
    pub fn object<K: Into<String>>(fields: impl IntoIterator<Item = (K, Loose)>) -> Loose {
        Loose::Object(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub fn text(s: impl Into<String>) -> Loose {
        Loose::Text(s.into())
    }
}

/// Objects nested deeper than this are not read: the request is two levels deep,
/// and a cyclic JavaScript object must not recurse without end.
const MAX_DEPTH: u8 = 3;

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
                fields.push((k, value));
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

#[cfg(target_arch = "wasm32")]
mod js {
    use super::{Loose, MAX_DEPTH};
    use wasm_bindgen::prelude::*;

    /// Fields read in all: the request has fewer than twenty, and a wide
    /// cyclic object must not cost (keys)^depth reads.
    const MAX_FIELDS: usize = 256;

    #[wasm_bindgen]
    extern "C" {
        // `catch`: a proxy (revoked, or with throwing traps) or a throwing
        // getter must not take the widget down.
        #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
        fn is_array(value: &JsValue) -> Result<bool, JsValue>;
        #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
        fn own_keys(object: &JsValue) -> Result<js_sys::Array, JsValue>;
        #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
        fn get(object: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_name = Number)]
        fn to_number(value: &JsValue) -> f64;
    }

    impl Loose {
        /// Reads a JavaScript value directly rather than through serde's
        /// deserializer, whose "invalid type" errors would bring float
        /// formatting (~11 KB brotli) into the wasm. Never throws. Only plain
        /// objects' own enumerable keys are read (a `Map` reads as `{}`).
        pub fn from_js(value: &JsValue) -> Loose {
            read(value, 0, &mut { MAX_FIELDS })
        }
    }

    /// The kinds are tried in the order a request holds them (strings, then
    /// objects): each test is a call into JavaScript.
    fn read(value: &JsValue, depth: u8, budget: &mut usize) -> Loose {
        if let Some(s) = value.as_string() {
            Loose::Text(s)
        } else if value.is_object() {
            if depth >= MAX_DEPTH {
                return Loose::Other;
            }
            match is_array(value) {
                Ok(true) => Loose::List,
                Ok(false) => read_object(value, depth, budget),
                Err(_) => Loose::Other,
            }
        } else if let Some(b) = value.as_bool() {
            Loose::Bool(b)
        } else if let Some(n) = value.as_f64() {
            Loose::Number(n)
        } else if value.is_null() || value.is_undefined() {
            Loose::Null
        } else if value.is_bigint() {
            Loose::Number(to_number(value))
        } else {
            // Functions and symbols.
            Loose::Other
        }
    }

    fn read_object(value: &JsValue, depth: u8, budget: &mut usize) -> Loose {
        let Ok(keys) = own_keys(value) else {
            return Loose::Other;
        };
        let mut fields = Vec::new();
        for key in keys.iter() {
            if *budget == 0 {
                break;
            }
            *budget -= 1;
            if let Some(name) = key.as_string() {
                let field = get(value, &key).map_or(Loose::Other, |v| read(&v, depth + 1, budget));
                fields.push((name, field));
            }
        }
        Loose::Object(fields)
    }
}
