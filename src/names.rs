//! Enums whose variants have public names (`"underThirty"`, `"salary.amount"`):
//! each name is written once, next to its variant, and the list of all
//! variants is made from the same lines, so it cannot miss one.

/// Declares an enum with `ALL`, `name()` and `from_name()`.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
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
                    $( $name::$variant => $text, )+
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

/// What [`named_enum`] gives every enum, for code that reads any of them.
pub trait Named: Sized + Copy {
    fn from_name(text: &str) -> Option<Self>;
}

/// Serialises named enums as their public name.
#[allow(unused_macros)]
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

pub(crate) use named_enum;
#[allow(unused_imports)]
pub(crate) use serialize_by_name;
