//! What the calculator pages (保费测算, 工伤待遇测算) share: the address bar kept on the
//! page's link as the user types, the title that says when there are errors, and which
//! of the form's messages to show.

use super::{browser, page_link, AsOf, Route};
use crate::working::FieldErrors;
use yew::prelude::*;

/// Keeps the address bar on `route`'s link for the form's keys and the as-of date.
#[hook]
pub fn use_link_sync(route: Route, as_of: Option<AsOf>, pairs: Vec<(String, String)>) {
    use_effect_with(
        (as_of.as_ref().map(|a| a.text.clone()), pairs),
        move |(_, pairs)| {
            if let Some(as_of) = as_of {
                browser::replace_hash(&page_link(route, &as_of, pairs.clone()));
            }
        },
    );
}

/// Starts the page title with 错误： while the page shows messages, as screen readers expect.
#[hook]
pub fn use_error_title(route: Route, has_errors: bool) {
    use_effect_with(has_errors, move |has| {
        let prefix = if *has { "错误：" } else { "" };
        browser::set_title(&format!("{prefix}{}", route.title()));
    });
}

/// The messages of the fields whose messages may show (left by the user, or all after 计算).
pub fn shown<F: Copy + PartialEq>(
    errors: Option<&FieldErrors<F>>,
    shows: impl Fn(F) -> bool,
) -> Vec<(F, String)> {
    errors
        .map(|e| e.0.iter().filter(|(f, _)| shows(*f)).cloned().collect())
        .unwrap_or_default()
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
