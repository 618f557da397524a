//! 保费测算 page: the form, live result, and the link that reproduces both.

mod inputs;
mod rate_section;
mod result;
mod state;

use super::fields::{Choice, Radios};
use super::{browser, calculator, notices, LinkProps, Route};
use crate::date::Date;
use crate::premium::form::{FieldErrors, Mode, Outcome, PremiumForm};
use crate::premium::Field;
use state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the sections need to draw a field: its text, its message, and how to report changes.
#[derive(Clone)]
pub struct Ctx {
    pub state: UseReducerHandle<State>,
    pub outcome: Rc<Option<Outcome>>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Ctx) -> bool {
        self.state == other.state && Rc::ptr_eq(&self.outcome, &other.outcome)
    }
}

impl calculator::Form for PremiumForm {
    type Field = Field;
    type Outcome = Outcome;
    fn evaluate(&self, day: Date) -> Outcome {
        PremiumForm::evaluate(self, day)
    }
    fn to_pairs(&self) -> Vec<(String, String)> {
        PremiumForm::to_pairs(self)
    }
    fn errors(outcome: &Outcome) -> &FieldErrors {
        &outcome.errors
    }
}

impl Ctx {
    pub fn text(&self, field: Field) -> AttrValue {
        AttrValue::from(self.state.form.text(field).unwrap_or_default().to_string())
    }

    pub fn error(&self, field: Field) -> Option<AttrValue> {
        let outcome = self.outcome.as_ref().as_ref()?;
        outcome
            .errors
            .get(field)
            .filter(|_| self.state.shows(field))
            .map(|m| AttrValue::from(m.to_string()))
    }

    pub fn on_text(&self, field: Field) -> Callback<String> {
        let state = self.state.clone();
        Callback::from(move |v: String| state.dispatch(Action::Text(field, v)))
    }

    pub fn on_blur(&self, field: Field) -> Callback<()> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(Action::Touch(field)))
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
}

#[component]
pub fn PremiumPage(p: &LinkProps) -> Html {
    let pairs = p.pairs.clone();
    let state = use_reducer(move || State::from_link(&pairs));
    let calculated = calculator::use_calculated(
        Route::from_path(crate::premium::PATH),
        state.form.clone(),
        |f| state.shows(f),
    );
    let day = calculated.day;
    let outcome = calculated.outcome;

    let ctx = Ctx {
        state: state.clone(),
        outcome: outcome.clone(),
    };
    let mode = state.form.mode;
    let on_mode = {
        let ctx = ctx.clone();
        Callback::from(move |v: String| {
            if let Some(m) = Mode::from_key(&v) {
                ctx.dispatch(Action::Mode(m));
            }
        })
    };
    let submit = {
        let state = state.clone();
        calculator::submit(
            move || state.dispatch(Action::Submit),
            calculated.has_errors,
        )
    };
    let restart = Callback::from(|_: MouseEvent| browser::go("#/premium"));
    let link_notes = p.notes.iter().chain(state.link_notes.iter());

    html! {
        <>
            <h1>{ "保费测算" }</h1>
            <p class="lead no-print">{ "填写下面几项，结果会随输入即时更新，并列出计算过程和政策依据。职工个人不缴纳工伤保险费。" }</p>
            { notices::link_notes(link_notes) }
            { notices::error_summary("error-summary", format!("有 {} 处需要修改", calculated.shown.len()), calculated.shown.into_iter().map(|(f, m)| (f.dom_id(), format!("{}：{m}", f.label()))).collect()) }
            <form class="no-print" novalidate=true onsubmit={submit}>
                <section class="section">
                    <h2>{ "1. 选择测算方式" }</h2>
                    <Radios name="f-mode" legend="测算什么？" selected={mode.key()} onchange={on_mode}
                        choices={Mode::ALL.iter().map(|m| Choice::hinted(m.key(), m.label(), m.hint())).collect::<Vec<_>>()} />
                </section>
                if mode.uses_rate() {
                    <rate_section::RateSection ctx={ctx.clone()} day={day} />
                }
                <inputs::BaseInputs ctx={ctx.clone()} day={day} />
                <inputs::LateInputs ctx={ctx.clone()} />
                <div class="actions">
                    <button type="submit" class="button">{ "计算并查看结果" }</button>
                    <button type="button" class="button button--secondary" onclick={restart.clone()}>{ "重新开始" }</button>
                </div>
            </form>
            <result::ResultView ctx={ctx} day={day} on_restart={restart} />
        </>
    }
}
