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

/// Serialises named enums as their public name.
macro_rules! serialize_by_name {
    ($($name:ty),+ $(,)?) => {
        $(
            impl serde::Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(self.name())
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
