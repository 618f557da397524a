//! What the calculator pages (保费测算, 工伤待遇测算) share: the form's state and its one
//! reducer, the form worked out on the as-of date, the address bar kept on the page's link
//! as the user types, the title that says when there are errors, which of the form's
//! messages to show, and 计算. A page needs only its field type's [`Calculator`] impl.

use super::{address, browser, page_link, AsOf, Route};
use crate::calculator::{Calculator, Texts};
use crate::date::Date;
use crate::link::LinkNote;
use std::rc::Rc;
use yew::prelude::*;

/// A calculator page's state: the form as typed, and which messages to show.
#[derive(Clone, PartialEq)]
pub struct State<F: Calculator> {
    pub form: Texts<F>,
    /// Fields the user has left (or that came filled from a link): their messages show.
    pub touched: Vec<F>,
    /// The user asked for the result: every message shows.
    pub submitted: bool,
    pub link_notes: Vec<LinkNote>,
    /// What was left out of the last paste into the wage list.
    pub ignored: Option<String>,
}

impl<F: Calculator> State<F> {
    pub fn from_link(pairs: &[(String, String)]) -> State<F> {
        let (form, link_notes) = Texts::<F>::from_pairs(pairs);
        State {
            touched: form.filled(),
            form,
            submitted: false,
            link_notes,
            ignored: None,
        }
    }

    pub fn shows(&self, field: F) -> bool {
        self.submitted || self.touched.contains(&field)
    }

    fn touch(&mut self, field: F) {
        if !self.touched.contains(&field) {
            self.touched.push(field);
        }
    }
}

/// A change to the form that is not one field's text.
pub type Edit<F> = Rc<dyn Fn(&mut Texts<F>)>;

pub enum Action<F: Calculator> {
    /// Typed or chosen.
    Set(F, String),
    /// Left by the user: its message may show.
    Touch(F),
    /// Any other change to the form (e.g. the floating-grade helper's answers).
    Edit(Edit<F>),
    /// 计算并查看结果: every message shows.
    Submit,
}

impl<F: Calculator> Reducible for State<F> {
    type Action = Action<F>;

    fn reduce(self: Rc<Self>, action: Action<F>) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, value) => {
                let notice = next.form.set(field, value);
                // The notice stays while the list is being typed, until the list is emptied.
                if field == F::WAGES
                    && (notice.is_some() || next.form.text(field).trim().is_empty())
                {
                    next.ignored = notice;
                }
                // A choice is judged at once; a typed field when the user leaves it. A
                // pasted sheet of several columns is judged at once too: its message would
                // otherwise appear when the field is left, as the user taps the column
                // question below it, and push the options from under the finger.
                if let Some(judged) = field.judged_on_set() {
                    next.touch(judged);
                }
                if field == F::WAGES && crate::input::wage_columns(next.form.text(field)) > 1 {
                    next.touch(field);
                }
            }
            Action::Touch(field) if self.touched.contains(&field) => return self,
            Action::Touch(field) => next.touch(field),
            Action::Edit(edit) => edit(&mut next.form),
            Action::Submit => next.submitted = true,
        }
        Rc::new(next)
    }
}

/// What a calculator page draws from.
pub struct Calculated<F: Calculator> {
    pub state: UseReducerHandle<State<F>>,
    pub as_of: Option<AsOf>,
    /// The as-of date, when it can be read.
    pub day: Option<Date>,
    pub outcome: Rc<Option<F::Outcome>>,
    /// The messages to show now (of fields left by the user, or all after 计算).
    pub shown: Vec<(F, String)>,
    /// 计算并查看结果: shows every message, then moves focus to the error summary, or to the result.
    pub submit: Callback<SubmitEvent>,
    /// Opened from a link that carries a complete case: the result comes first, the inputs
    /// folded above it until 修改输入.
    pub folded: bool,
    pub unfold: Callback<MouseEvent>,
}

/// Keeps the form of `route`'s page in its state, read from the link's `pairs` once; works
/// it out on the as-of date (once per form and date), keeps the address bar on the page's
/// link, and starts the page title with 错误： while messages show, as screen readers expect.
#[hook]
pub fn use_calculator<F: Calculator>(
    route: Route,
    pairs: Rc<Vec<(String, String)>>,
) -> Calculated<F> {
    let linked = !pairs.is_empty();
    let state = use_reducer(move || State::<F>::from_link(&pairs));
    let as_of = use_context::<AsOf>();
    let day = as_of.as_ref().and_then(|a| a.day.as_ref().ok().copied());
    let form = state.form.clone();
    let outcome = use_memo((day, form), |(day, form)| day.map(|d| form.evaluate(d)));
    // Judged once, on the outcome the page opens with.
    let folded = {
        let outcome = outcome.clone();
        use_state(move || linked && outcome.as_ref().as_ref().is_some_and(F::complete))
    };
    let unfold = {
        let folded = folded.clone();
        Callback::from(move |_: MouseEvent| {
            folded.set(false);
            browser::focus("inputs");
        })
    };
    let written = use_mut_ref(|| false);
    use_effect_with(
        (
            as_of.as_ref().map(|a| a.text.clone()),
            state.form.to_pairs(),
        ),
        {
            let as_of = as_of.clone();
            move |(_, pairs)| {
                if let Some(as_of) = as_of {
                    // The link a page opens with is written at once; typing, when it pauses.
                    let link = page_link(route, &as_of, pairs.clone());
                    if std::mem::replace(&mut *written.borrow_mut(), true) {
                        address::replace_soon(&link);
                    } else {
                        address::replace(&link);
                    }
                }
            }
        },
    );
    let errors = outcome.as_ref().as_ref().map(F::errors);
    let shown: Vec<_> = errors
        .map(|e| {
            e.0.iter()
                .filter(|(f, _)| state.shows(*f))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let has_errors = errors.is_some_and(|e| !e.is_empty());
    use_effect_with(!shown.is_empty(), move |shows_errors| {
        let prefix = if *shows_errors { "错误：" } else { "" };
        browser::set_title(&format!("{prefix}{}", route.title()));
    });
    let submit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Submit);
            browser::focus(if has_errors {
                "error-summary"
            } else {
                "result"
            });
        })
    };
    Calculated {
        state,
        as_of,
        day,
        outcome,
        shown,
        submit,
        folded: *folded,
        unfold,
    }
}

/// Above folded inputs: the button that opens them.
pub fn edit_inputs(folded: bool, unfold: Callback<MouseEvent>) -> Html {
    if !folded {
        return html! {};
    }
    html! {
        <p class="no-print">
            <button type="button" class="button button--secondary" id="edit-inputs" aria-expanded="false" aria-controls="inputs" onclick={unfold}>{ "修改输入" }</button>
        </p>
    }
}

/// The form of inputs. Folded (a complete link opens at its result) they are hidden, and
/// built only after the result is painted (`painted`, from `later::use_after_first_paint`).
pub fn inputs_form(
    folded: bool,
    painted: bool,
    submit: Callback<SubmitEvent>,
    fields: impl FnOnce() -> Html,
) -> Html {
    let fields = if folded && !painted {
        Html::default()
    } else {
        fields()
    };
    html! {
        <form class="no-print" id="inputs" tabindex="-1" hidden={folded} novalidate=true onsubmit={submit}>
            { fields }
        </form>
    }
}

/// While a result shows below the form, a line at the foot of the screen that goes to it.
#[component]
pub fn LiveSummary() -> Html {
    let go = Callback::from(|_: MouseEvent| {
        browser::focus("result");
        browser::scroll_into_view("result");
    });
    html! {
        <div class="live-summary no-print">
            <span>{ "结果随输入即时更新。" }</span>
            <button type="button" class="button" id="to-result" onclick={go}>{ "查看结果" }</button>
        </div>
    }
}
