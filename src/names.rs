//! Enums whose variants have public names (`"underThirty"`, `"salary.amount"`).
//! A name is the variant's own in camelCase, as serde's `rename_all` would
//! spell it, unless the declaration gives another; the list of all variants
//! is made from the same declaration, so it cannot miss one.

/// Declares an enum with `ALL`, `name()` and `from_name()`.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(= $text:literal)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every public name, in declaration order (for the TypeScript unions).
            pub const NAMES: &'static [&'static str] =
                &[$($crate::names::public_name!($variant $(= $text)?)),+];

            /// The public name, as JSON and the README spell it.
            pub fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $crate::names::public_name!($variant $(= $text)?), )+
                }
            }

            /// The variant of a public name; surrounding spaces are not trimmed.
            pub fn from_name(text: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.name() == text)
            }
        }

        impl $crate::names::Named for $name {
            fn from_name(text: &str) -> Option<$name> {
                $name::from_name(text)
            }
        }
    };
}

/// A variant's public name, worked out at compile time.
macro_rules! public_name {
    ($variant:ident = $text:literal) => {
        $text
    };
    ($variant:ident) => {{
        const BYTES: [u8; stringify!($variant).len()] =
            $crate::names::camel_case(stringify!($variant));
        const NAME: &str = match core::str::from_utf8(&BYTES) {
            Ok(name) => name,
            Err(_) => panic!("a variant name is ASCII"),
        };
        NAME
    }};
}

/// `UnderThirty` → `underThirty`.
// Evaluated at compile time only: an index out of bounds fails the build.
#[allow(clippy::indexing_slicing)]
pub const fn camel_case<const N: usize>(variant: &str) -> [u8; N] {
    let bytes = variant.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N && i < bytes.len() {
        out[i] = bytes[i];
        i += 1;
    }
    out[0] = out[0].to_ascii_lowercase();
    out
}

/// Each name's part after its last dot (`amount` for `salary.amount`).
// Evaluated at compile time only: an index out of bounds fails the build.
#[allow(clippy::indexing_slicing)]
pub const fn last_segments<const N: usize>(names: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N && i < names.len() {
        let bytes = names[i].as_bytes();
        let mut start = bytes.len();
        while start > 0 && bytes[start - 1] != b'.' {
            start -= 1;
        }
        out[i] = match core::str::from_utf8(bytes.split_at(start).1) {
            Ok(key) => key,
            Err(_) => panic!("a name is ASCII"),
        };
        i += 1;
    }
    out
}

/// A TypeScript declaration of an enum's public names, made at compile time
/// for wasm-bindgen's `typescript_custom_section` (which the wasm does not
/// keep): `ts_union!(Band, "The band.")` is
/// `/** The band. */\nexport type Band = 'exempt' | …;\n`.
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_macros))]
macro_rules! ts_union {
    ($name:ident, $doc:literal) => {
        $crate::names::ts_union!($name, $name, $doc)
    };
    ($ts:ident, $name:ty, $doc:literal) => {{
        const HEAD: &str = concat!("/** ", $doc, " */\nexport type ", stringify!($ts), " = ");
        const NAMES: &[&str] = <$name>::NAMES;
        const LEN: usize = $crate::names::ts_union_len(HEAD, NAMES);
        const BYTES: [u8; LEN] = $crate::names::ts_union_bytes(HEAD, NAMES);
        const TEXT: &str = match core::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("names are UTF-8"),
        };
        TEXT
    }};
}

// Only const evaluation inside wasm-bindgen's generated code uses these
// (and natively only the test), which the dead-code lint does not see.
#[allow(dead_code)]
const TS_SEPARATOR: &str = " | ";
#[allow(dead_code)]
const TS_END: &str = ";\n";

/// The length of [`ts_union_bytes`]'s declaration.
#[allow(dead_code)]
#[allow(clippy::indexing_slicing)]
pub const fn ts_union_len(head: &str, names: &[&str]) -> usize {
    let mut len = head.len() + TS_END.len();
    let mut i = 0;
    while i < names.len() {
        if i > 0 {
            len += TS_SEPARATOR.len();
        }
        len += names[i].len() + 2;
        i += 1;
    }
    len
}

/// `head` followed by `'a' | 'b';\n`. Evaluated at compile time only: a
/// wrong length fails the build.
#[allow(dead_code)]
#[allow(clippy::indexing_slicing)]
pub const fn ts_union_bytes<const N: usize>(head: &str, names: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = copy(&mut out, 0, head);
    let mut i = 0;
    while i < names.len() {
        if i > 0 {
            at = copy(&mut out, at, TS_SEPARATOR);
        }
        at = copy(&mut out, at, "'");
        at = copy(&mut out, at, names[i]);
        at = copy(&mut out, at, "'");
        i += 1;
    }
    at = copy(&mut out, at, TS_END);
    assert!(at == N, "ts_union_len and ts_union_bytes disagree");
    out
}

#[allow(dead_code, clippy::indexing_slicing)]
const fn copy<const N: usize>(out: &mut [u8; N], at: usize, text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        out[at + i] = bytes[i];
        i += 1;
    }
    at + bytes.len()
}

/// Serialises named enums as their public name.
macro_rules! serialize_by_name {
    ($($name:ty),+ $(,)?) => {
        $(
            impl serde::Serialize for $name {
                // As a unit variant: JSON writes it as its name, and the
                // answer's tape (src/api/tape.rs) sends it once, then by number.
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_unit_variant(stringify!($name), 0, self.name())
                }
            }
        )+
    };
}

/// What [`named_enum`] gives every enum, for code that reads any of them.
pub trait Named: Sized + Copy {
    fn from_name(text: &str) -> Option<Self>;
}

pub(crate) use named_enum;
pub(crate) use public_name;
pub(crate) use serialize_by_name;
#[cfg_attr(not(target_arch = "wasm32"), allow(unused_imports))]
pub(crate) use ts_union;

#[cfg(test)]
mod tests {
    use crate::rules::SalaryPeriod;

    #[test]
    fn ts_union_lists_every_public_name() {
        assert_eq!(
            ts_union!(Period, SalaryPeriod, "Per month or per year."),
            "/** Per month or per year. */\nexport type Period = 'month' | 'year';\n"
        );
    }
}
