//! How amounts and rates are written on the page and in print.

use rust_decimal::{Decimal, RoundingStrategy};

/// The rounding rule for every money result: to the fen, halves away from zero
/// (四舍五入到分). Applied once, to a total, never to intermediate figures.
pub fn round_fen(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Groups the integer digits in threes: `12345678.9` → `12,345,678.9`.
fn group_thousands(text: &str) -> String {
    let (int_part, frac) = text
        .split_once('.')
        .map_or((text, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `12,345.60 元`: always two decimals, so columns of amounts line up.
pub fn yuan(amount: Decimal) -> String {
    format!("{} 元", yuan_number(amount))
}

/// An amount that may be a range: `1,234.56 元`, or `1,200.00 元 至 1,300.00 元` when
/// the two ends differ.
pub fn yuan_range(low: Decimal, high: Decimal) -> String {
    if low == high {
        yuan(low)
    } else {
        format!("{} 至 {}", yuan(low), yuan(high))
    }
}

/// `12,345.60`, without the unit.
pub fn yuan_number(amount: Decimal) -> String {
    let rounded = round_fen(amount);
    let mut text = group_thousands(&rounded.abs().to_string());
    match text.split_once('.') {
        None => text.push_str(".00"),
        Some((_, f)) if f.len() == 1 => text.push('0'),
        _ => {}
    }
    if rounded.is_sign_negative() && !rounded.is_zero() {
        text.insert(0, '-');
    }
    text
}

/// `12345.60`: rounded to the fen, two decimals, no separators (for files other programs read).
pub fn fen_text(amount: Decimal) -> String {
    let mut rounded = round_fen(amount);
    rounded.rescale(2);
    rounded.to_string()
}

/// A plain number with no trailing zeros: `0.45`, `4,952`.
pub fn number(value: Decimal) -> String {
    group_thousands(&value.normalize().to_string())
}

/// `0.45%`.
pub fn percent(value: Decimal) -> String {
    format!("{}%", value.normalize())
}
