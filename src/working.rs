//! The working shown under a calculator's result: each figure used, its value and
//! where it comes from, plus remarks; and the messages a form's fields carry.
//! Shared by the premium estimator and the benefits estimate.

use crate::format::number;
use crate::input::InputError;
use crate::policy::{Citation, DatedValue, InForce, Param, Value};
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

    /// A parameter as it applies, under its own label, with its value in words.
    pub fn param(param: &'static Param, v: InForce<DatedValue>) -> Step {
        Step::new(param.label, value_text(param, &v), Basis::Param(param, v))
    }

    /// The one entry of a list parameter that applies, named: `九级：9 个月`.
    pub fn entry(
        param: &'static Param,
        v: InForce<DatedValue>,
        figure: Decimal,
        which: &str,
    ) -> Step {
        Step::new(
            param.label,
            format!("{which}：{}", with_unit(figure, param.unit)),
            Basis::Param(param, v),
        )
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

/// A parameter value as words: `4,952`, `0.2、0.4、…`, the rule state, or 未找到.
pub fn value_text(param: &'static Param, v: &DatedValue) -> String {
    let unit = param.unit;
    match v.value {
        Value::List(list) if !param.reads.is_empty() => reads(param.reads, list),
        Value::Number(n) => with_unit(n, unit),
        Value::List(list) => list
            .iter()
            .map(|n| with_unit(*n, unit))
            .collect::<Vec<_>>()
            .join("、"),
        Value::State(state) => state.label().into(),
        Value::Unknown { possible, .. } if !possible.is_empty() => format!(
            "未核实，可能为 {}",
            possible
                .iter()
                .map(|n| with_unit(*n, unit))
                .collect::<Vec<_>>()
                .join(" / ")
        ),
        Value::Unknown { .. } => "未找到".into(),
    }
}

/// A list's `reads` with its figures in: `{0}` is the first. The figures are years,
/// months and counts, written plainly (no thousands separator: `1965年`).
fn reads(template: &str, figures: &[Decimal]) -> String {
    figures
        .iter()
        .enumerate()
        .fold(template.to_string(), |text, (i, n)| {
            text.replace(&format!("{{{i}}}"), &n.normalize().to_string())
        })
}

/// A figure with its unit: `4,952 元`, `0.5%`.
pub fn with_unit(n: Decimal, unit: &str) -> String {
    format!("{}{}", number(n), unit_suffix(unit))
}

fn unit_suffix(unit: &str) -> String {
    match unit {
        "" => String::new(),
        "%" | "‰" | "%/日" => unit.to_string(),
        other => format!(" {other}"),
    }
}
