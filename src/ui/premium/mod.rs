//! 保费测算 page: the form, live result, and the link that reproduces both.

mod inputs;
mod rate_section;
mod result;

use super::fields::{Choice, Radios};
use super::later::use_after_first_paint;
use super::{address, calculator, notices, LinkProps, Route};
use crate::calculator::Fields;
use crate::premium::form::{Outcome, PremiumForm};
use crate::premium::Field;
use std::rc::Rc;
use yew::prelude::*;

pub type State = calculator::State<Field>;
pub type Action = calculator::Action<Field>;

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

impl Ctx {
    pub fn form(&self) -> &PremiumForm {
        &self.state.form
    }

    pub fn text(&self, field: Field) -> AttrValue {
        AttrValue::from(self.form().text(field).to_string())
    }

    pub fn error(&self, field: Field) -> Option<AttrValue> {
        let outcome = self.outcome.as_ref().as_ref()?;
        outcome
            .errors
            .get(field)
            .filter(|_| self.state.shows(field))
            .map(|m| AttrValue::from(m.to_string()))
    }

    /// Typed or chosen: the field's new text.
    pub fn on_text(&self, field: Field) -> Callback<String> {
        let state = self.state.clone();
        Callback::from(move |v: String| state.dispatch(Action::Set(field, v)))
    }

    pub fn on_blur(&self, field: Field) -> Callback<()> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(Action::Touch(field)))
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// Whether the form gives a result now.
    pub fn has_result(&self) -> bool {
        self.outcome
            .as_ref()
            .as_ref()
            .is_some_and(|o| o.estimate.is_some())
    }

    /// The field's choices as the page's radios, each with its hint.
    pub fn choices(&self, field: Field) -> Vec<Choice> {
        field.choices().iter().map(Choice::from).collect()
    }
}

#[component]
pub fn PremiumPage(p: &LinkProps) -> Html {
    let calculated = calculator::use_calculator::<Field>(
        Route::from_path(crate::premium::PATH),
        p.pairs.clone(),
    );
    let state = calculated.state;
    let day = calculated.day;
    let ctx = Ctx {
        state: state.clone(),
        outcome: calculated.outcome,
    };
    let mode = state.form.mode();
    let restart = Callback::from(|_: MouseEvent| address::go("#/premium"));
    let link_notes = p.notes.iter().chain(state.link_notes.iter());

    let painted = use_after_first_paint();
    let fields = || {
        html! {
            <>
                <section class="section">
                    <h2>{ "1. 选择测算方式" }</h2>
                    <Radios name={Field::Mode.dom_id()} legend="测算什么？" selected={mode.key()} onchange={ctx.on_text(Field::Mode)}
                        choices={ctx.choices(Field::Mode)} />
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
            </>
        }
    };
    html! {
        <>
            <h1>{ "保费测算" }</h1>
            // A link with a complete case opens at its result: the page's lead would only push it down.
            if !calculated.folded {
                <p class="lead no-print">{ "填写下面几项，结果会随输入即时更新，并列出计算过程和政策依据。职工个人不缴纳工伤保险费。" }</p>
            }
            { notices::link_notes(link_notes) }
            { notices::error_summary("error-summary", format!("有 {} 处需要修改", calculated.shown.len()), calculated.shown.into_iter().map(|(f, m)| (f.dom_id(), format!("{}：{m}", f.label()))).collect()) }
            { calculator::edit_inputs(calculated.folded, calculated.unfold) }
            { calculator::inputs_form(calculated.folded, painted, calculated.submit, fields) }
            <result::ResultView ctx={ctx.clone()} day={day} on_restart={restart} />
            if !calculated.folded && ctx.has_result() { <calculator::LiveSummary /> }
        </>
    }
}
