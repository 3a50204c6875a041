//! Showing the API's money and date strings in the reader's convention:
//! `€5,942.00` and `15 March 2026` in English, `€ 5.942,00` and `15 maart 2026` in Dutch.

use super::i18n::Lang;

/// `"5942.00"` → `€5,942.00` / `€ 5.942,00`; with `whole`, zero cents are left off.
pub fn money(lang: Lang, plain: &str, whole: bool) -> String {
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    let (int_part, frac) = digits.split_once('.').unwrap_or((digits, "00"));
    let (prefix, group, decimal) = match lang {
        Lang::En => ("€", ',', '.'),
        // A no-break space keeps the sign with its number.
        Lang::Nl => ("€\u{a0}", '.', ','),
    };
    let mut out = String::with_capacity(plain.len() + 6);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !(whole && frac == "00") {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

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
