//! What the calculator pages (保费测算, 工伤待遇测算) share: the form worked out on the
//! as-of date, the address bar kept on the page's link as the user types, the title that
//! says when there are errors, which of the form's messages to show, and 计算.

use super::{browser, page_link, AsOf, Route};
use crate::date::Date;
use crate::working::FieldErrors;
use std::rc::Rc;
use yew::prelude::*;

/// A calculator's form, as the page around it needs it.
pub trait Form: Clone + PartialEq + 'static {
    type Field: Copy + PartialEq + 'static;
    type Outcome: 'static;
    /// Everything the page shows for the form on `day`.
    fn evaluate(&self, day: Date) -> Self::Outcome;
    /// The form's keys and values for the page's link.
    fn to_pairs(&self) -> Vec<(String, String)>;
    fn errors(outcome: &Self::Outcome) -> &FieldErrors<Self::Field>;
}

/// What a calculator page draws from.
pub struct Calculated<F: Form> {
    pub as_of: Option<AsOf>,
    /// The as-of date, when it can be read.
    pub day: Option<Date>,
    pub outcome: Rc<Option<F::Outcome>>,
    /// The messages to show now (of fields left by the user, or all after 计算).
    pub shown: Vec<(F::Field, String)>,
    /// Whether any field has a message, shown or not.
    pub has_errors: bool,
}

/// Works out `form` on the as-of date (once per form and date), keeps the address bar on
/// `route`'s link, and starts the page title with 错误： while messages show, as screen
/// readers expect. `shows` says whether a field's message may show yet.
#[hook]
pub fn use_calculated<F, S>(route: Route, form: F, shows: S) -> Calculated<F>
where
    F: Form,
    S: Fn(F::Field) -> bool,
{
    let as_of = use_context::<AsOf>();
    let day = as_of.as_ref().and_then(|a| a.day.as_ref().ok().copied());
    let pairs = form.to_pairs();
    let outcome = use_memo((day, form), |(day, form)| day.map(|d| form.evaluate(d)));
    use_effect_with((as_of.as_ref().map(|a| a.text.clone()), pairs), {
        let as_of = as_of.clone();
        move |(_, pairs)| {
            if let Some(as_of) = as_of {
                browser::replace_hash(&page_link(route, &as_of, pairs.clone()));
            }
        }
    });
    let errors = outcome.as_ref().as_ref().map(F::errors);
    let shown: Vec<_> = errors
        .map(|e| e.0.iter().filter(|(f, _)| shows(*f)).cloned().collect())
        .unwrap_or_default();
    let has_errors = errors.is_some_and(|e| !e.is_empty());
    use_effect_with(!shown.is_empty(), move |shows_errors| {
        let prefix = if *shows_errors { "错误：" } else { "" };
        browser::set_title(&format!("{prefix}{}", route.title()));
    });
    Calculated {
        as_of,
        day,
        outcome,
        shown,
        has_errors,
    }
}

/// 计算并查看结果: show every message, then move focus to the error summary, or to the result.
pub fn submit(show_all: impl Fn() + 'static, has_errors: bool) -> Callback<SubmitEvent> {
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        show_all();
        browser::focus(if has_errors {
            "error-summary"
        } else {
            "result"
        });
    })
}
