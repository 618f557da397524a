//! The estimator's form: what the user typed, exactly as typed, and how it maps to a link
//! (through the field table, by [`crate::calculator::link`]) and to a [`Calculation`]
//! (`parse`); the choices that are not policy (modes, rate sources) are in `mode`.
//!
//! Fields hold strings so that a bad value stays on screen with its message;
//! parsing happens on every change and never panics.

mod mode;
mod parse;

pub use mode::{
    period_choice, DispatchPayer, LateBy, Mode, RateSource, TotalRow, DISPATCH_PAYERS, TOTAL_ROWS,
};
pub use parse::{parse_wages, MAX_DAYS, MAX_EMPLOYEES, MAX_MONTHS};

use super::back_pay::BackPay;
use super::estimate::{Estimate, Period};
use super::floating::{Answer, GradeEstimate};
use super::late::Assessment;
use super::{Field, Problem};
use crate::calculator::{Calculator, Fields, Texts};
use crate::choice::Choice as _;
use crate::link::LinkNote;
use crate::policy::{Industry, PolicyError};

/// Everything the estimator page holds: each field as typed or chosen (a choice holds its
/// word), and the floating-grade helper's answers (`f_<flag id>` pairs, never 不确定).
pub type PremiumForm = Texts<Field>;

/// What the page shows for a form on a day.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Every message about what was typed or chosen, by field.
    pub errors: FieldErrors,
    pub estimate: Option<Estimate>,
    pub late: Option<Assessment>,
    /// The months owed, priced month by month, with their late fee.
    pub back_pay: Option<BackPay>,
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

/// Link keys of the floating-grade questions: `f_<flag id>`.
const FLAG_PREFIX: &str = "f_";

impl Calculator for Field {
    type Outcome = Outcome;

    /// Everything the page shows for the form on `day`: each message by field, the result, the late-fee
    /// assessment and the floating-grade estimate.
    fn evaluate(form: &PremiumForm, day: crate::date::Date) -> Outcome {
        let mut outcome = Outcome::default();
        let calc = form.calculation();
        match &calc {
            Ok(calc) => match super::estimate::estimate(day, calc) {
                Ok(e) => outcome.estimate = Some(e),
                Err(p) => outcome.absorb(p),
            },
            Err(errors) => outcome.errors.0.extend(errors.0.iter().cloned()),
        }
        match form.late_by() {
            LateBy::Amount => match form.late_payment() {
                Some(Ok((arrears, days))) => match super::late::assess(day, arrears, days) {
                    Ok(a) => outcome.late = Some(a),
                    Err(p) => outcome.absorb(p),
                },
                Some(Err(errors)) => outcome.errors.0.extend(errors.0),
                None => {}
            },
            // Months are priced by the estimate above; its own messages already show.
            LateBy::Months => match (form.owed(), &calc) {
                (Some(Ok(owed)), Ok(calc)) => match super::back_pay::assess(day, calc, owed) {
                    Ok(b) => outcome.back_pay = Some(b),
                    Err(p) => outcome.absorb(p),
                },
                (Some(Err(errors)), _) => outcome.errors.0.extend(errors.0),
                _ => {}
            },
        }
        if form.rate_source() == RateSource::Industry && form.mode().uses_rate() {
            if let Ok(class) = form.text(Field::Class).parse::<u8>() {
                match form.indicators() {
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

    fn errors(outcome: &Outcome) -> &FieldErrors {
        &outcome.errors
    }

    fn complete(outcome: &Outcome) -> bool {
        outcome.estimate.is_some() && outcome.errors.is_empty()
    }

    /// Sets a field. The wage list keeps only amounts: names, ID numbers and phone numbers
    /// pasted with it are dropped here, and the notice saying so is returned. An industry
    /// chooses its class when it has only one; a class that contradicts the industry drops it.
    fn set(form: &mut PremiumForm, field: Field, value: String) -> Option<String> {
        match field {
            Field::Industry => {
                if let Some(ind) = Industry::by_key(&value) {
                    let class = match ind.classes {
                        [only] => only.to_string(),
                        _ => String::new(),
                    };
                    form.put(Field::Class, class);
                }
            }
            Field::Class => {
                let fits = Industry::by_key(form.text(Field::Industry))
                    .is_some_and(|i| i.classes.iter().any(|c| c.to_string() == value));
                if !fits {
                    form.put(Field::Industry, String::new());
                }
            }
            _ => {}
        }
        form.put_typed(field, value)
    }

    /// A link's industry and class are taken as they stand (see `settle`).
    fn read(form: &mut PremiumForm, field: Field, value: String) -> Option<String> {
        match field {
            Field::Wages => form.put_linked_wages(&value),
            Field::Industry | Field::Class => {
                form.put(field, value);
                None
            }
            _ => Self::set(form, field, value),
        }
    }

    fn uses(form: &PremiumForm, field: Field) -> bool {
        let mode = form.mode();
        let rate = mode.uses_rate();
        let source = form.rate_source();
        match field {
            Field::Mode | Field::LateBy => true,
            Field::Arrears | Field::Days => form.late_by() == LateBy::Amount,
            Field::OwedFrom | Field::OwedMonths | Field::FirstDue => {
                form.late_by() == LateBy::Months
            }
            Field::RateSource => rate,
            Field::Rate => rate && source == RateSource::Notice,
            Field::Industry | Field::Class | Field::Grade | Field::Payout | Field::Incidence => {
                rate && source == RateSource::Industry
            }
            Field::Payroll | Field::Headcount | Field::Period => mode == Mode::Payroll,
            Field::Wages => matches!(mode, Mode::Employees | Mode::Workforce),
            Field::TotalRow => {
                matches!(mode, Mode::Employees | Mode::Workforce)
                    && form.suspected_total().is_some()
            }
            Field::InternCount
            | Field::InternPay
            | Field::InternMonths
            | Field::OverageCount
            | Field::OveragePay
            | Field::DispatchCount
            | Field::DispatchPay
            | Field::DispatchPayer => mode == Mode::Workforce,
            Field::Price | Field::Tier | Field::ProjectRate => mode == Mode::Project,
            Field::Pay | Field::Months => matches!(mode, Mode::Intern | Mode::Overage),
            Field::Floor | Field::Ceiling => matches!(
                mode,
                Mode::Employees | Mode::Intern | Mode::Overage | Mode::Workforce
            ),
        }
    }

    /// Only amounts of a wage list enter a link; the payer only with dispatched workers; the
    /// floating-grade answers follow the indicators.
    fn write(form: &PremiumForm, field: Field, out: &mut Vec<(String, String)>) {
        let text = match field {
            Field::Wages => form.wage_amounts().link.clone().unwrap_or_default(),
            Field::DispatchPayer
                if form.text(Field::DispatchCount).trim().is_empty()
                    && form.text(Field::DispatchPay).trim().is_empty() =>
            {
                String::new()
            }
            _ => form.text(field).trim().to_string(),
        };
        if !text.is_empty() {
            out.push((field.key().to_string(), text));
        }
        if field == Field::Incidence {
            out.extend(form.others.iter().cloned());
        }
    }

    fn read_other(
        form: &mut PremiumForm,
        key: &str,
        value: &str,
        notes: &mut Vec<LinkNote>,
    ) -> bool {
        let Some(id) = key.strip_prefix(FLAG_PREFIX) else {
            return false;
        };
        match Answer::from_key(value) {
            Some(a) => form.set_flag(id, a),
            None => notes.push(LinkNote::bad_value(
                "费率浮动条件的回答",
                value,
                " yes、no 或 unsure",
            )),
        }
        true
    }

    /// A link from before `ratesource=` says the path by its keys: the industry path when it
    /// has a readable industry, class or grade and no rate (an empty `rate=` kept the notice
    /// path). An industry of one class gives the class.
    fn settle(form: &mut PremiumForm, pairs: &[(String, String)], _notes: &mut Vec<LinkNote>) {
        let has = |field: Field| {
            pairs
                .iter()
                .any(|(k, v)| k == field.key() && field.accepts(v).is_ok())
        };
        if !has(Field::RateSource)
            && !has(Field::Rate)
            && (has(Field::Industry) || has(Field::Class) || has(Field::Grade))
        {
            form.put(Field::RateSource, RateSource::Industry.key().to_string());
        }
        if let Some(ind) = Industry::by_key(form.text(Field::Industry)) {
            if form.text(Field::Class).is_empty() {
                if let [only] = ind.classes {
                    form.put(Field::Class, only.to_string());
                }
            }
        }
    }
}

impl PremiumForm {
    pub fn mode(&self) -> Mode {
        Mode::from_key(self.text(Field::Mode)).unwrap_or_default()
    }

    pub fn late_by(&self) -> LateBy {
        LateBy::from_key(self.text(Field::LateBy)).unwrap_or_default()
    }

    pub fn rate_source(&self) -> RateSource {
        RateSource::from_key(self.text(Field::RateSource)).unwrap_or_default()
    }

    pub fn period(&self) -> Period {
        Period::from_key(self.text(Field::Period)).unwrap_or_default()
    }

    /// Whether this unit insures the dispatched workers (the agency is the rule).
    pub fn host_pays(&self) -> bool {
        self.text(Field::DispatchPayer) == DispatchPayer::Host.key()
    }

    /// The floating-grade helper's answer to a question; 不确定 until answered.
    pub fn flag(&self, id: &str) -> Answer {
        self.flags()
            .find(|(f, _)| *f == id)
            .map_or(Answer::Unsure, |(_, a)| a)
    }

    /// The helper's answers, by flag id, in the order given.
    pub fn flags(&self) -> impl Iterator<Item = (&str, Answer)> {
        self.others
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix(FLAG_PREFIX)?, Answer::from_key(v)?)))
    }

    /// Answers a question; 不确定 is no answer, and is not kept.
    pub fn set_flag(&mut self, id: &str, answer: Answer) {
        let key = format!("{FLAG_PREFIX}{id}");
        let at = self.others.iter().position(|(k, _)| *k == key);
        match (at, answer) {
            (Some(i), Answer::Unsure) => {
                self.others.remove(i);
            }
            (Some(i), a) => self.others[i].1 = a.key().to_string(),
            (None, Answer::Unsure) => {}
            (None, a) => self.others.push((key, a.key().to_string())),
        }
    }
}

/// The estimator opened from another tool's result, told the mode it can already be told
/// (the rest, the rate source among it, the page asks for).
pub fn see(mode: Mode, source: RateSource) -> crate::outcome::See {
    let mut pairs = vec![(Field::Mode.key().into(), mode.key().into())];
    if mode.uses_rate() {
        pairs.push((Field::RateSource.key().into(), source.key().into()));
    }
    crate::outcome::See {
        path: super::PATH,
        label: "用保费测算估算要缴多少",
        pairs,
    }
}
