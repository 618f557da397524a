//! The working shown under a calculator's result: each figure used, its value and
//! where it comes from, plus remarks; and the messages a form's fields carry.
//! Shared by the premium estimator and the benefits estimate.

use crate::input::InputError;
use crate::policy::{Citation, DatedValue, InForce, Param};
use rust_decimal::Decimal;

/// Where a figure in the working comes from.
#[derive(Clone, Debug)]
pub enum Basis {
    /// A dated policy parameter.
    Param(&'static Param, InForce<DatedValue>),
    /// Typed by the user (e.g. the 核定费率 from the unit's notice).
    User(&'static str),
    /// A legal rule, cited article by article.
    Law(Vec<Citation>),
    /// Arithmetic on the lines above.
    Computed,
}

impl Basis {
    pub fn needs_checking(&self) -> bool {
        matches!(self, Basis::Param(_, v) if v.needs_checking())
    }
}

/// One line of the working: what it is, its value or formula, and its basis.
#[derive(Clone, Debug)]
pub struct Step {
    pub label: String,
    pub value: String,
    pub basis: Basis,
}

impl Step {
    pub fn new(label: impl Into<String>, value: impl Into<String>, basis: Basis) -> Step {
        Step {
            label: label.into(),
            value: value.into(),
            basis,
        }
    }
}

/// A remark shown with the result: a caution, or a rule that changes what the user must do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    /// Shown as 待核实: the remark rests on a figure or rule we could not confirm.
    pub unverified: bool,
}

impl Note {
    pub fn new(text: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            unverified: false,
        }
    }
    pub fn unverified(text: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            unverified: true,
        }
    }
}

/// A percentage of a base: `base × percent ÷ 100`, unrounded.
pub fn apply_percent(base: Decimal, percent: Decimal) -> Decimal {
    base * percent / Decimal::ONE_HUNDRED
}

/// A form's messages keyed by field, in page order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldErrors<F>(pub Vec<(F, String)>);

impl<F> Default for FieldErrors<F> {
    fn default() -> Self {
        FieldErrors(Vec::new())
    }
}

impl<F: Copy + PartialEq> FieldErrors<F> {
    pub fn get(&self, field: F) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The value, or its message recorded against `field`.
    pub fn note<T>(&mut self, field: F, result: Result<T, InputError>) -> Option<T> {
        result.map_err(|e| self.0.push((field, e.0))).ok()
    }
    pub fn push(&mut self, field: F, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }
}
