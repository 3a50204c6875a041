//! A text of the answer that is often the same from answer to answer: the
//! amounts table's figures and dates, and messages made of the rules'
//! constants. Those are made once per instance and sent as names (once, then
//! by number: src/api/tape.rs); texts with the applicant's own dates or
//! amounts in them go as text. `serde_json` sees a plain string either way.

use crate::rules::{dates, money};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::ops::Deref;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Fixed(&'static str),
    Built(String),
}

/// What a kept text was made from: its kind and its value.
type Key = (&'static str, i128);

/// Kept texts at most: the table has a few dozen figures and dates. Should
/// a caller pass more, the rest are made anew each time.
const MAX_KEPT: usize = 256;

thread_local! {
    static KEPT: RefCell<Vec<(Key, &'static str)>> = const { RefCell::new(Vec::new()) };
}

impl Text {
    /// The text `make` builds from the value `key` names, made once per
    /// instance and then kept.
    pub fn fixed(key: Key, make: impl FnOnce() -> String) -> Text {
        KEPT.with(|kept| {
            let Ok(mut kept) = kept.try_borrow_mut() else {
                return Text::Built(make());
            };
            if let Some((_, text)) = kept.iter().find(|(k, _)| k.1 == key.1 && k.0 == key.0) {
                return Text::Fixed(text);
            }
            if kept.len() >= MAX_KEPT {
                return Text::Built(make());
            }
            // Leaked on purpose: at most MAX_KEPT, for the instance's life.
            let text: &'static str = Box::leak(make().into_boxed_str());
            kept.push((key, text));
            Text::Fixed(text)
        })
    }

    /// An amount of the table, as `money::plain` writes it.
    pub fn figure(amount: Decimal) -> Text {
        let key = (
            "figure",
            amount.mantissa() << 8 | i128::from(amount.scale()),
        );
        Text::fixed(key, || money::plain(amount))
    }

    /// A date of the table, as `dates::iso` writes it.
    pub fn date(date: NaiveDate) -> Text {
        Text::fixed(("date", i128::from(date.num_days_from_ce())), || {
            dates::iso(date)
        })
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Fixed(text) => text,
            Text::Built(text) => text,
        }
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Fixed(text) => super::tape::name(text, s),
            Text::Built(text) => s.serialize_str(text),
        }
    }
}
