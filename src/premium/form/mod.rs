//! The estimator's form: what the user typed, exactly as typed, and how it
//! maps to a link (`link`) and to a [`Calculation`] (`parse`); the modes and
//! rate sources it offers are in `mode`.
//!
//! Fields hold strings so that a bad value stays on screen with its message;
//! parsing happens on every change and never panics.

mod link;
mod mode;
mod parse;

pub use mode::{Mode, RateSource};
pub use parse::{parse_wages, MAX_DAYS, MAX_EMPLOYEES, MAX_MONTHS};

use super::estimate::{Estimate, Period};
use super::floating::{Answer, GradeEstimate};
use super::late::Assessment;
use super::{Field, Problem};
use crate::input::wage_list;
use crate::policy::PolicyError;

/// One mapping from field to its text, for both shared and mutable access.
macro_rules! text_slot {
    ($form:expr, $field:expr, $($ref:tt)+) => {
        match $field {
            Field::Rate => Some($($ref)+ $form.rate),
            Field::Payroll => Some($($ref)+ $form.payroll),
            Field::Headcount => Some($($ref)+ $form.headcount),
            Field::Wages => Some($($ref)+ $form.wages),
            Field::Floor => Some($($ref)+ $form.floor),
            Field::Ceiling => Some($($ref)+ $form.ceiling),
            Field::Price => Some($($ref)+ $form.price),
            Field::ProjectRate => Some($($ref)+ $form.project_rate),
            Field::Pay => Some($($ref)+ $form.pay),
            Field::Months => Some($($ref)+ $form.months),
            Field::Arrears => Some($($ref)+ $form.arrears),
            Field::Days => Some($($ref)+ $form.days),
            Field::Payout => Some($($ref)+ $form.payout),
            Field::Incidence => Some($($ref)+ $form.incidence),
            Field::InternCount => Some($($ref)+ $form.workforce.intern_count),
            Field::InternPay => Some($($ref)+ $form.workforce.intern_pay),
            Field::InternMonths => Some($($ref)+ $form.workforce.intern_months),
            Field::OverageCount => Some($($ref)+ $form.workforce.overage_count),
            Field::OveragePay => Some($($ref)+ $form.workforce.overage_pay),
            Field::DispatchCount => Some($($ref)+ $form.workforce.dispatch_count),
            Field::DispatchPay => Some($($ref)+ $form.workforce.dispatch_pay),
            Field::Date | Field::Mode | Field::Industry | Field::Class | Field::Grade | Field::Period | Field::Tier | Field::DispatchPayer => None,
        }
    };
}

/// Everything the estimator page holds, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PremiumForm {
    pub mode: Mode,
    pub rate_source: RateSource,
    pub rate: String,
    /// An [`Industry::key`], or empty.
    pub industry: String,
    /// `1`–`8`, or empty.
    pub class: String,
    /// A whole percentage, or empty.
    pub grade: String,
    pub payroll: String,
    /// Optional, to compare the average wage with the floor.
    pub headcount: String,
    pub period: Period,
    /// One wage per line, as typed or pasted.
    pub wages: String,
    pub floor: String,
    pub ceiling: String,
    pub price: String,
    /// `1`–`4`, or empty for "show all four".
    pub tier: String,
    pub project_rate: String,
    pub pay: String,
    pub months: String,
    pub arrears: String,
    pub days: String,
    pub payout: String,
    pub incidence: String,
    /// Answers to the floating-grade helper's questions, by flag id.
    pub flags: Vec<(String, Answer)>,
    /// The groups beside the employees in the whole-workforce mode.
    pub workforce: WorkforceForm,
}

/// The whole-workforce mode's groups, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkforceForm {
    pub intern_count: String,
    pub intern_pay: String,
    pub intern_months: String,
    pub overage_count: String,
    pub overage_pay: String,
    pub dispatch_count: String,
    pub dispatch_pay: String,
    /// Who insures the dispatched workers: the agency (the rule) or this unit.
    pub host_pays: bool,
}

/// What the page shows for a form on a day.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Every message about what was typed or chosen, by field.
    pub errors: FieldErrors,
    pub estimate: Option<Estimate>,
    pub late: Option<Assessment>,
    /// Figures the data lacks for the day, which the user is asked for in these fields.
    pub needs: Vec<(Field, PolicyError)>,
    /// The policy data cannot answer for the day at all.
    pub blocked: Vec<PolicyError>,
    pub grade_estimate: Option<Result<GradeEstimate, String>>,
}

impl Outcome {
    fn absorb(&mut self, problem: Problem) {
        match problem {
            Problem::Field(f, m) => self.errors.0.push((f, m)),
            Problem::NeedsFigure(f, e) => self.needs.push((f, e)),
            Problem::Policy(e) => {
                if !self.blocked.contains(&e) {
                    self.blocked.push(e)
                }
            }
        }
    }

    pub fn needs(&self, field: Field) -> Option<&PolicyError> {
        self.needs.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
    }
}

/// Messages keyed by field, in page order.
pub type FieldErrors = crate::working::FieldErrors<Field>;

impl PremiumForm {
    /// The text behind a typed field; `None` for fields that are choices.
    pub fn text(&self, field: Field) -> Option<&str> {
        text_slot!(self, field, &).map(String::as_str)
    }

    /// Sets a typed field. The wage list keeps only amounts: names, ID numbers and phone
    /// numbers pasted with them are dropped here, and the notice saying so is returned.
    pub fn set_text(&mut self, field: Field, value: String) -> Option<String> {
        let (value, notice) = match field {
            Field::Wages => wage_list(&value),
            _ => (value, None),
        };
        if let Some(slot) = text_slot!(self, field, &mut) {
            *slot = value;
        }
        notice
    }

    /// The typed fields that hold something, e.g. to show their messages when a link is opened.
    pub fn filled(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| self.text(*f).is_some_and(|t| !t.trim().is_empty()))
            .collect()
    }

    /// Everything the page shows for the form on `day`: each message by field, the result, the late-fee
    /// assessment and the floating-grade estimate.
    pub fn evaluate(&self, day: crate::date::Date) -> Outcome {
        let mut outcome = Outcome::default();
        match self.calculation() {
            Ok(calc) => match super::estimate::estimate(day, &calc) {
                Ok(e) => outcome.estimate = Some(e),
                Err(p) => outcome.absorb(p),
            },
            Err(errors) => outcome.errors.0.extend(errors.0),
        }
        match self.late_payment() {
            Some(Ok((arrears, days))) => match super::late::assess(day, arrears, days) {
                Ok(a) => outcome.late = Some(a),
                Err(p) => outcome.absorb(p),
            },
            Some(Err(errors)) => outcome.errors.0.extend(errors.0),
            None => {}
        }
        if self.rate_source == RateSource::Industry && self.mode.uses_rate() {
            if let Ok(class) = self.class.parse::<u8>() {
                match self.indicators() {
                    Some(Ok(ind)) => {
                        outcome.grade_estimate = Some(
                            super::floating::estimate(day, class, &ind).map_err(|p| match p {
                                Problem::Policy(e) | Problem::NeedsFigure(_, e) => e.to_string(),
                                Problem::Field(_, m) => m,
                            }),
                        )
                    }
                    Some(Err(errors)) => outcome.errors.0.extend(errors.0),
                    None => {}
                }
            }
        }
        outcome
    }

    pub fn flag(&self, id: &str) -> Answer {
        self.flags
            .iter()
            .find(|(f, _)| f == id)
            .map_or(Answer::Unsure, |(_, a)| *a)
    }

    pub fn set_flag(&mut self, id: &str, answer: Answer) {
        match self.flags.iter_mut().find(|(f, _)| f == id) {
            Some(slot) => slot.1 = answer,
            None => self.flags.push((id.to_string(), answer)),
        }
    }
}
