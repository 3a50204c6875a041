//! Reading amounts as people type them, and writing them back.

use rust_decimal::{Decimal, RoundingStrategy};

/// Why an amount could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    Zero,
    TooManyDecimals,
    MixedSeparators,
    TooLarge,
    NotFinite,
}

/// The largest amount accepted, a month or a year: beyond it a typo is likelier than a salary.
pub const MAX_AMOUNT: u32 = 100_000_000;

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t')
}

/// Parses `5942`, `5942.5`, `5.942,00`, `5,942.00`, `€ 5 942`, `5942,5`.
///
/// A last separator followed by one or two digits is the decimal mark; other
/// separators (one kind only) group thousands in threes.
pub fn parse_amount(text: &str) -> Result<Decimal, AmountError> {
    let mut s = text.trim_matches(is_space);
    for sign in ["€", "EUR", "eur", "Eur"] {
        if let Some(rest) = s.strip_prefix(sign) {
            s = rest.trim_start_matches(is_space);
        }
        if let Some(rest) = s.strip_suffix(sign) {
            s = rest.trim_end_matches(is_space);
        }
    }
    // A trailing ",-" or ".-" is the Dutch way of writing whole euros.
    if let Some(rest) = s.strip_suffix(",-").or_else(|| s.strip_suffix(".-")) {
        s = rest;
    }
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let negative = s.starts_with('-') || s.starts_with('\u{2212}');
    let body = s.trim_start_matches(['-', '\u{2212}', '+']);
    if body.is_empty() || !body.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(AmountError::NotANumber);
    }

    let (int_part, frac_part) = split_decimal(body)?;
    let digits = group_digits(int_part)?;
    if digits.len() > 12 {
        return Err(AmountError::TooLarge);
    }
    let mut cents: i64 = 0;
    for c in digits.chars().chain(frac_part.chars()) {
        let d = c.to_digit(10).ok_or(AmountError::NotANumber)?;
        cents = cents * 10 + i64::from(d);
    }
    // Bring the fraction to exactly two places.
    for _ in frac_part.len()..2 {
        cents *= 10;
    }
    if negative && cents != 0 {
        return Err(AmountError::Negative);
    }
    check_range(Decimal::new(cents, 2))
}

/// Splits at the decimal mark, if there is one.
fn split_decimal(body: &str) -> Result<(&str, &str), AmountError> {
    let Some(pos) = body.rfind(['.', ',']) else {
        return Ok((body, ""));
    };
    let (int_part, rest) = body.split_at(pos);
    let mark = rest.chars().next().unwrap_or('.');
    let frac = rest.get(1..).unwrap_or("");
    if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
        // Not a decimal part; the grouping check rejects what is left.
        return Ok((body, ""));
    }
    if frac.len() <= 2 {
        if int_part.contains(mark) {
            // "5,942,00": the decimal mark cannot also group thousands.
            return Err(AmountError::MixedSeparators);
        }
        return Ok((int_part, frac));
    }
    if (frac.len() == 3 && valid_groups(body)) || int_part.contains(mark) {
        // "5.942" or "5,942,000": thousands separators only.
        return Ok((body, ""));
    }
    // "5942.123", "3.000,555": a decimal mark with too many digits after it.
    Err(AmountError::TooManyDecimals)
}

fn valid_groups(int_part: &str) -> bool {
    group_digits(int_part).is_ok()
}

/// Removes thousands separators after checking that they group in threes.
fn group_digits(int_part: &str) -> Result<String, AmountError> {
    let seps: Vec<char> = int_part.chars().filter(|c| !c.is_ascii_digit()).collect();
    let Some(&first) = seps.first() else {
        return Ok(int_part.to_string());
    };
    let same_kind = |c: &char| {
        if is_space(first) {
            is_space(*c)
        } else {
            *c == first
        }
    };
    if !seps.iter().all(same_kind) {
        return Err(AmountError::MixedSeparators);
    }
    let groups: Vec<&str> = int_part.split(|c: char| !c.is_ascii_digit()).collect();
    let ok = groups.iter().enumerate().all(|(i, g)| {
        if i == 0 {
            (1..=3).contains(&g.len()) && !g.starts_with('0')
        } else {
            g.len() == 3
        }
    });
    if !ok {
        return Err(AmountError::NotANumber);
    }
    Ok(groups.concat())
}

fn check_range(amount: Decimal) -> Result<Decimal, AmountError> {
    if amount.is_zero() {
        Err(AmountError::Zero)
    } else if amount.is_sign_negative() {
        Err(AmountError::Negative)
    } else if amount > Decimal::from(MAX_AMOUNT) {
        Err(AmountError::TooLarge)
    } else {
        Ok(amount)
    }
}

/// A number from JavaScript: must be finite with at most two decimals.
pub fn amount_from_number(n: f64) -> Result<Decimal, AmountError> {
    if !n.is_finite() {
        return Err(AmountError::NotFinite);
    }
    if n < 0.0 {
        return Err(AmountError::Negative);
    }
    if n > f64::from(MAX_AMOUNT) {
        return Err(AmountError::TooLarge);
    }
    let scaled = n * 100.0;
    let cents = scaled.round();
    // Binary floats cannot hold 4356.99 exactly; anything further off than
    // rounding noise is a third decimal.
    if (scaled - cents).abs() > (scaled.abs() * 1e-12).max(1e-6) {
        return Err(AmountError::TooManyDecimals);
    }
    // In range by the check above, so the cast is exact.
    check_range(Decimal::new(cents as i64, 2))
}

/// Rounds to cents, half away from zero: the only rounding the rules do.
pub fn to_cents(amount: Decimal) -> Decimal {
    match small_cents(amount).and_then(|c| i64::try_from(c).ok()) {
        // Zero is left to Decimal, which keeps its sign.
        Some(cents) if cents != 0 => match amount.is_sign_negative() {
            true => Decimal::new(-cents, 2),
            false => Decimal::new(cents, 2),
        },
        _ => {
            let mut d = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            d.rescale(2);
            d
        }
    }
}

/// The amount as a whole number of cents, when it has no more than two
/// decimals and fits in 64 bits: the rules' money arithmetic in integers.
pub fn whole_cents(amount: Decimal) -> Option<i64> {
    if amount.scale() > 2 {
        return None;
    }
    let cents = i64::try_from(small_cents(amount)?).ok()?;
    Some(if amount.is_sign_negative() {
        -cents
    } else {
        cents
    })
}

/// `"5942.00"`: the API's money format, as `Decimal` writes it, but digit by
/// digit: an answer has a dozen amounts, and `Display` through `core::fmt`
/// was the largest part of building it.
pub fn plain(amount: Decimal) -> String {
    match cents(amount) {
        Some(cents) if cents != 0 => written_cents(amount.is_sign_negative(), cents),
        // Zero keeps whatever sign `to_cents` gives it; beyond 64 bits of
        // cents (no amount the reader accepts) Display writes it alike.
        _ => to_cents(amount).to_string(),
    }
}

/// The amount in whole cents, rounded as [`to_cents`] rounds (half away from
/// zero), without its sign; `None` beyond 64 bits. `Decimal`'s own rounding
/// and rescaling work in 96 bits, several times slower in wasm: they are
/// left for the amounts whose digits do not fit in 64 (a monthly amount
/// worked out from a yearly one has all 28 decimals).
fn cents(amount: Decimal) -> Option<u64> {
    small_cents(amount).or_else(|| {
        let cents = to_cents(amount);
        if cents.scale() != 2 {
            return None;
        }
        u64::try_from(cents.mantissa().unsigned_abs()).ok()
    })
}

/// [`cents`] in integer arithmetic: 64 bits where the digits fit (wasm
/// divides 128-bit numbers far slower), else 128; `None` beyond 64 bits of cents.
fn small_cents(amount: Decimal) -> Option<u64> {
    let units = amount.mantissa().unsigned_abs();
    let Some(extra) = amount.scale().checked_sub(2) else {
        return u64::try_from(units)
            .ok()?
            .checked_mul(10u64.pow(2 - amount.scale()));
    };
    match u64::try_from(units) {
        Ok(units) => {
            let step = 10u64.checked_pow(extra)?;
            Some(half_up(units / step, units % step, step))
        }
        Err(_) => {
            let step = 10u128.checked_pow(extra)?;
            let whole = u64::try_from(units / step).ok()?;
            let rest = units % step;
            Some(whole + u64::from(rest >= step - rest))
        }
    }
}

/// `whole`, plus one when `rest` out of `step` is half or more.
fn half_up(whole: u64, rest: u64, step: u64) -> u64 {
    whole + u64::from(rest >= step - rest)
}

fn written_cents(negative: bool, mut rest: u64) -> String {
    let mut digits = [b'0'; 24];
    let mut start = digits.len();
    // wasm divides 64-bit numbers several times slower than 32-bit ones,
    // and real amounts fit in 32 bits of cents: only the rest take this loop.
    while rest > u64::from(u32::MAX) {
        start -= 1;
        if let Some(d) = digits.get_mut(start) {
            *d = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
    }
    let mut small = rest as u32;
    // At least "0.00": three digits, the point goes in before the last two.
    while small > 0 || digits.len() - start < 3 {
        start -= 1;
        if let Some(d) = digits.get_mut(start) {
            *d = b'0' + (small % 10) as u8;
        }
        small /= 10;
    }
    let (whole, decimals) = digits.split_at(digits.len() - 2);
    let mut out = String::with_capacity(digits.len() - start + 2);
    if negative {
        out.push('-');
    }
    // ASCII digits, char by char: `str::from_utf8` checked them at twice the cost.
    out.extend(
        whole
            .get(start..)
            .unwrap_or_default()
            .iter()
            .map(|&d| char::from(d)),
    );
    out.push('.');
    out.extend(decimals.iter().map(|&d| char::from(d)));
    out
}

/// How a language writes an amount: `€5,942.50`, `€ 5.942,50`.
pub struct MoneyStyle {
    pub prefix: &'static str,
    pub group: char,
    pub decimal: char,
}

pub const ENGLISH: MoneyStyle = MoneyStyle {
    prefix: "€",
    group: ',',
    decimal: '.',
};

/// The API's `"-5942.50"` in `style`, thousands grouped; with `whole`, zero
/// cents are left off.
pub fn written(plain: &str, style: &MoneyStyle, whole: bool) -> String {
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    let (int_part, frac) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut out = String::with_capacity(plain.len() + 6);
    if negative {
        out.push('-');
    }
    out.push_str(style.prefix);
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(style.group);
        }
        out.push(c);
    }
    if !(whole && frac == "00") {
        out.push(style.decimal);
        out.push_str(frac);
    }
    out
}

/// `€5,942` or `€5,942.50`: English text for messages.
pub fn english(amount: Decimal) -> String {
    let cents = to_cents(amount);
    // A rounded-away "-0.00" is no debt.
    let cents = if cents.is_zero() { cents.abs() } else { cents };
    written(&cents.to_string(), &ENGLISH, true)
}
