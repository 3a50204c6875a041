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
