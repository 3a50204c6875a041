//! Showing the API's money and date strings in the reader's convention:
//! `€5,942.00` and `15 March 2026` in English, `€ 5.942,00` and `15 maart 2026` in Dutch.

use super::i18n::Lang;
use crate::rules::money::{self, MoneyStyle};

/// `"5942.00"` → `€5,942.00` / `€ 5.942,00`; with `whole`, zero cents are left off.
pub fn money(lang: Lang, plain: &str, whole: bool) -> String {
    let style = match lang {
        Lang::En => &money::ENGLISH,
        Lang::Nl => &DUTCH,
    };
    money::written(plain, style, whole)
}

const DUTCH: MoneyStyle = MoneyStyle {
    // A no-break space keeps the sign with its number.
    prefix: "€\u{a0}",
    group: '.',
    decimal: ',',
};

/// The amount without its sign: margins are said as "above" or "short".
pub fn unsigned(plain: &str) -> &str {
    plain.strip_prefix('-').unwrap_or(plain)
}

/// `"2026-03-15"` → `15 March 2026` / `15 maart 2026`; anything else as it is.
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month = m
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| lang.text().months.get(i));
    match (month, d.parse::<u32>()) {
        (Some(month), Ok(day)) => {
            let mut s = day.to_string();
            s.push(' ');
            s.push_str(month);
            s.push(' ');
            s.push_str(y);
            s
        }
        _ => iso.to_owned(),
    }
}

/// The year of an ISO date.
pub fn year(iso: &str) -> &str {
    iso.get(..4).unwrap_or(iso)
}
