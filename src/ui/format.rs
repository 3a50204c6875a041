//! Showing the API's money and date strings to people (English conventions).

/// `"5942.00"` → `€5,942.00`; `"58.00"` → `€58` when `whole` and the cents are zero.
pub fn money(plain: &str, whole: bool) -> String {
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    let (int_part, frac) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut out = String::with_capacity(plain.len() + 4);
    if negative {
        out.push('-');
    }
    out.push('€');
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !(whole && frac == "00") {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// The amount without its sign: margins are said as "above" or "short".
pub fn unsigned(plain: &str) -> &str {
    plain.strip_prefix('-').unwrap_or(plain)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `"2026-03-15"` → `15 March 2026`; anything else is shown as it is.
pub fn date(iso: &str) -> String {
    let mut parts = iso.split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month = m
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i));
    match (month, d.parse::<u32>()) {
        (Some(month), Ok(day)) => format!("{day} {month} {y}"),
        _ => iso.to_owned(),
    }
}
