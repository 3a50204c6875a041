#![cfg(not(target_arch = "wasm32"))]
//! Amounts as people type them.
use hsm_salary_check::rules::money::{amount_from_number, english, parse_amount, AmountError::*};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn accepted_spellings() {
    let cases = [
        ("5942", "5942.00"),
        ("5942.5", "5942.50"),
        ("5.942,00", "5942.00"),
        ("5,942.00", "5942.00"),
        ("€ 5 942", "5942.00"),
        ("5942,5", "5942.50"),
        ("€5942", "5942.00"),
        ("5942 EUR", "5942.00"),
        ("5.942", "5942.00"),
        ("5,942", "5942.00"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("  4356.99 ", "4356.99"),
        ("5 942,50", "5942.50"),
        ("5\u{a0}942", "5942.00"),
        ("5942,-", "5942.00"),
        ("0,5", "0.50"),
        ("+5942", "5942.00"),
        ("100000000", "100000000.00"),
        // At most twelve digits before the decimal mark, leading zeros too.
        ("000000005942", "5942.00"),
    ];
    for (text, want) in cases {
        assert_eq!(parse_amount(text), Ok(d(want)), "{text:?}");
    }
}

#[test]
fn rejected_spellings() {
    let cases = [
        ("", Empty),
        ("   ", Empty),
        ("€", Empty),
        ("abc", NotANumber),
        ("5942abc", NotANumber),
        ("1e9", NotANumber),
        ("NaN", NotANumber),
        ("Infinity", NotANumber),
        ("-5942", Negative),
        ("0", Zero),
        ("0,00", Zero),
        ("5942.123", TooManyDecimals),
        ("3.000,555", TooManyDecimals),
        ("3,000.555", TooManyDecimals),
        ("3 000,555", TooManyDecimals),
        ("5942,1234", TooManyDecimals),
        ("0.125", TooManyDecimals),
        ("5,942,00", MixedSeparators),
        ("5.942,00.5", MixedSeparators),
        ("5.942 000", MixedSeparators),
        ("12345678901234567890", TooLarge),
        ("100000000.01", TooLarge),
        ("0000000005942", TooLarge),
        ("59.42.00", MixedSeparators),
        ("5942.", NotANumber),
        (".50", NotANumber),
        ("1 2345", NotANumber),
    ];
    for (text, want) in cases {
        assert_eq!(parse_amount(text), Err(want), "{text:?}");
    }
}

#[test]
fn numbers_from_javascript() {
    assert_eq!(amount_from_number(4356.99), Ok(d("4356.99")));
    assert_eq!(amount_from_number(5942.0), Ok(d("5942.00")));
    assert_eq!(amount_from_number(0.1 + 0.2), Ok(d("0.30")));
    assert_eq!(amount_from_number(f64::NAN), Err(NotFinite));
    assert_eq!(amount_from_number(f64::INFINITY), Err(NotFinite));
    assert_eq!(amount_from_number(5e20), Err(TooLarge));
    assert_eq!(amount_from_number(-1.0), Err(Negative));
    assert_eq!(amount_from_number(0.0), Err(Zero));
    assert_eq!(amount_from_number(5942.123), Err(TooManyDecimals));
    // The largest amount accepted is accepted as a number too; a cent more is not.
    assert_eq!(amount_from_number(1e8), Ok(d("100000000.00")));
    assert_eq!(amount_from_number(100_000_000.01), Err(TooLarge));
    assert_eq!(amount_from_number(1_000_000_000.123), Err(TooLarge));
}

#[test]
fn english_money() {
    assert_eq!(english(d("5942")), "€5,942");
    assert_eq!(english(d("1234567.5")), "€1,234,567.50");
    assert_eq!(english(d("-0.01")), "-€0.01");
    assert_eq!(english(d("58")), "€58");
}

#[test]
fn written_money_in_any_style() {
    use hsm_salary_check::rules::money::{written, MoneyStyle, ENGLISH};
    let dutch = MoneyStyle {
        prefix: "€\u{a0}",
        group: '.',
        decimal: ',',
    };
    assert_eq!(written("5942.00", &ENGLISH, false), "€5,942.00");
    assert_eq!(written("5942.00", &ENGLISH, true), "€5,942");
    assert_eq!(written("1234567.50", &dutch, true), "€\u{a0}1.234.567,50");
    assert_eq!(written("-842.00", &dutch, false), "-€\u{a0}842,00");
    assert_eq!(written("100", &ENGLISH, false), "€100.00");
    assert_eq!(written("999.99", &ENGLISH, true), "€999.99");
    // Rounded away to nothing, a negative amount is not written as a debt.
    assert_eq!(english(d("-0.001")), "€0");
}

#[test]
fn plain_money_at_its_corners() {
    use hsm_salary_check::rules::money::plain;
    assert_eq!(plain(d("5942")), "5942.00");
    assert_eq!(plain(d("0.05")), "0.05");
    assert_eq!(plain(d("0")), "0.00");
    assert_eq!(plain(d("-2820")), "-2820.00");
    assert_eq!(plain(d("68590.005")), "68590.01");
    assert_eq!(plain(d("68590.00499")), "68590.00");
    assert_eq!(plain(d("-68590.005")), "-68590.01");
    assert_eq!(plain(d("0.005")), "0.01");
    assert_eq!(plain(d("18446744073709551.615")), "18446744073709551.62");
    // Rounded away, a negative amount is no debt.
    assert_eq!(plain(d("-0.004")), "0.00");
    // A negative zero, should arithmetic make one, is written as Decimal writes it.
    // Too many digits for two decimals: written as Decimal writes it.
    assert_eq!(plain(Decimal::MAX), Decimal::MAX.to_string());
    let negative_zero = -d("0.00");
    assert_eq!(plain(negative_zero), negative_zero.to_string());
}

/// Decimal's own rounding to cents: the oracle for `to_cents`, which rounds
/// in integers where the digits fit.
fn decimal_cents(amount: Decimal) -> Decimal {
    let mut d =
        amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    d.rescale(2);
    d
}

proptest::proptest! {
    /// `plain` writes its digits by hand; `Decimal`'s own `Display` is the oracle.
    #[test]
    fn plain_money_is_what_decimal_writes(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0u32..=28) {
        use hsm_salary_check::rules::money::plain;
        let amount = Decimal::from_parts(lo, mid, hi, negative, scale);
        proptest::prop_assert_eq!(plain(amount), decimal_cents(amount).to_string());
    }

    /// The same for mantissas of up to 64 bits, which `plain` rounds itself.
    #[test]
    fn plain_money_rounds_as_decimal_does(units: i64, scale in 0u32..=28) {
        use hsm_salary_check::rules::money::plain;
        let amount = Decimal::new(units, scale);
        proptest::prop_assert_eq!(plain(amount), decimal_cents(amount).to_string());
    }

    /// `to_cents` gives Decimal's own rounding, to the scale, for every size of mantissa.
    #[test]
    fn to_cents_rounds_as_decimal_does(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0u32..=28, small: bool) {
        use hsm_salary_check::rules::money::to_cents;
        let (mid, hi) = if small { (mid, 0) } else { (mid, hi) };
        let amount = Decimal::from_parts(lo, mid, hi, negative, scale);
        let (ours, oracle) = (to_cents(amount), decimal_cents(amount));
        proptest::prop_assert_eq!(ours, oracle);
        proptest::prop_assert_eq!(ours.scale(), oracle.scale());
        proptest::prop_assert_eq!(ours.is_sign_negative(), oracle.is_sign_negative());
    }

    /// `whole_cents` is exact: the cents it gives are the amount, and it
    /// gives them for every amount of two decimals or fewer that fits.
    #[test]
    fn whole_cents_are_the_amount(units: i64, scale in 0u32..=4) {
        use hsm_salary_check::rules::money::whole_cents;
        let amount = Decimal::new(units, scale);
        match whole_cents(amount) {
            Some(cents) => proptest::prop_assert_eq!(Decimal::new(cents, 2), amount),
            None => proptest::prop_assert!(scale > 2 || amount * Decimal::ONE_HUNDRED > Decimal::from(i64::MAX) || amount * Decimal::ONE_HUNDRED < Decimal::from(i64::MIN)),
        }
    }
}
