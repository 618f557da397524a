//! The items added up by payer, side by side: enrolled (the fund's part and the unit's
//! part) and not enrolled (the unit pays all, 条例第六十二条).

use super::items::{Line, Owed, Payer, Per, Price};
use rust_decimal::Decimal;
use std::ops::Add;

/// An amount that may be a range: `low == high` when it is exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub low: Decimal,
    pub high: Decimal,
}

impl Span {
    pub fn exact(amount: Decimal) -> Span {
        Span::new(amount, amount)
    }
    pub fn new(low: Decimal, high: Decimal) -> Span {
        Span { low, high }
    }
    pub fn is_exact(self) -> bool {
        self.low == self.high
    }
    /// Each end times its own factor (e.g. a share that is itself a range).
    pub fn times(self, factor: Span) -> Span {
        Span::new(self.low * factor.low, self.high * factor.high)
    }
}

impl Add for Span {
    type Output = Span;
    fn add(self, other: Span) -> Span {
        Span::new(self.low + other.low, self.high + other.high)
    }
}

/// A total, and whether any figure in it is 待核实 (carried forward, provisional, or a
/// reading the texts do not settle): then the total is marked wherever it is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sum {
    pub span: Span,
    pub unverified: bool,
}

impl Sum {
    fn add(&mut self, amount: Span, unverified: bool) {
        self.span = self.span + amount;
        self.unverified |= unverified;
    }
}

/// One payer's bill: what is paid once (including a fixed run of months) and what
/// is paid every month from then on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub once: Sum,
    pub monthly: Sum,
}

impl Totals {
    fn add(&mut self, line: &Line, amount: Span) {
        match line.per {
            Per::Monthly => self.monthly.add(amount, line.unverified),
            Per::Once | Per::Months(_) => self.once.add(amount, line.unverified),
            Per::AsBilled => {}
        }
    }

    /// The monthly items over the first year.
    pub fn first_year(&self) -> Sum {
        Sum {
            span: self.monthly.span.times(Span::exact(Decimal::from(12))),
            unverified: self.monthly.unverified,
        }
    }
}

/// The three columns of the totals table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    /// Enrolled: what the fund pays.
    pub fund: Totals,
    /// Enrolled: what the unit pays.
    pub unit: Totals,
    /// Not enrolled: the unit pays every item.
    pub uninsured: Totals,
}

/// The totals of the priced lines: an item owed counts in full, one owed only in some
/// cases in the upper end only (so the range shows both outcomes), one not owed not at all.
pub fn columns(lines: &[Line]) -> Columns {
    let mut c = Columns::default();
    for line in lines {
        let Price::Amount(span) = line.price else {
            continue;
        };
        let amount = match line.owed {
            Owed::Yes => span,
            Owed::If(_) => Span::new(Decimal::ZERO, span.high),
            Owed::No(_) => continue,
        };
        match line.payer {
            Payer::Fund => c.fund.add(line, amount),
            Payer::Unit => c.unit.add(line, amount),
        }
        c.uninsured.add(line, amount);
    }
    c
}
