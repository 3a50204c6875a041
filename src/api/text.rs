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

/// Whether texts are kept. Not in the widget's wasm: it writes one answer a
/// keystroke, and the table's code would add to every page's bytes;
/// `hsm-salary-check/core`, which backends call in a loop, needs the speed.
/// Always natively, for the tests; tests/node checks both builds' answers.
pub(crate) const KEEP: bool = cfg!(any(not(feature = "widget"), not(target_arch = "wasm32")));

thread_local! {
    static KEPT: RefCell<Kept> = const { RefCell::new(Kept { slots: Vec::new(), count: 0 }) };
}

/// The kept texts: an open-addressed table of twice MAX_KEPT slots, since a
/// lookup runs for every figure and date of every answer.
struct Kept {
    slots: Vec<Option<(Key, &'static str)>>,
    count: usize,
}

impl Kept {
    /// The kept text of `key`, or the empty slot it would go in; `None` when full.
    fn slot(&mut self, key: Key) -> Option<&mut Option<(Key, &'static str)>> {
        if self.slots.is_empty() {
            self.slots = vec![None; 2 * MAX_KEPT];
        }
        // 2 × MAX_KEPT is a power of two: the mask wraps the probe.
        let mask = self.slots.len() - 1;
        let mixed = (key.1 as u64 ^ (key.1 >> 64) as u64 ^ key.0.len() as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let start = (mixed >> 40) as usize;
        // The value first: it tells keys apart without comparing the kinds'
        // texts, and those are one literal each, so their addresses mostly do.
        let found =
            (0..=mask)
                .map(|probe| (start + probe) & mask)
                .find(|&i| match self.slots.get(i) {
                    Some(Some((k, _))) => {
                        k.1 == key.1 && (std::ptr::eq(k.0, key.0) || k.0 == key.0)
                    }
                    _ => true,
                })?;
        self.slots.get_mut(found)
    }
}

impl Text {
    /// The text `make` builds from the value `key` names, made once per
    /// instance and then kept.
    pub fn fixed(key: Key, make: impl FnOnce() -> String) -> Text {
        if !KEEP {
            return Text::Built(make());
        }
        KEPT.with(|kept| {
            let Ok(mut kept) = kept.try_borrow_mut() else {
                return Text::Built(make());
            };
            let full = kept.count >= MAX_KEPT;
            match kept.slot(key) {
                Some(Some((_, text))) => Text::Fixed(text),
                Some(slot) if !full => {
                    // Leaked on purpose: at most MAX_KEPT, for the instance's life.
                    let text: &'static str = Box::leak(make().into_boxed_str());
                    *slot = Some((key, text));
                    kept.count += 1;
                    Text::Fixed(text)
                }
                _ => Text::Built(make()),
            }
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
