//! Rounding and writing amounts.

mod common;
use common::d;
use gongshang::format::*;

#[test]
fn rounds_half_away_from_zero_to_the_fen() {
    assert_eq!(round_fen(d("0.125")), d("0.13"));
    assert_eq!(round_fen(d("0.124999")), d("0.12"));
    assert_eq!(round_fen(d("2.675")), d("2.68"));
}

#[test]
fn writes_amounts() {
    assert_eq!(yuan(d("12345678.9")), "12,345,678.90 元");
    assert_eq!(yuan(d("0")), "0.00 元");
    assert_eq!(yuan(d("999.995")), "1,000.00 元");
    assert_eq!(yuan_number(d("100")), "100.00");
    assert_eq!(number(d("4952.00")), "4,952");
    assert_eq!(percent(d("0.450")), "0.45%");
}
