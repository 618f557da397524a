//! The pieces every page draws the same way: what a link held that was ignored, the
//! summary of what to correct (each entry a button that moves focus to its field), and
//! the foot of a result: print, start again, and the link that reproduces it.

use super::browser;
use crate::link::LinkNote;
use yew::prelude::*;

/// "链接提示": the parts of the link that were ignored; nothing when there are none.
pub fn link_notes<'a>(notes: impl IntoIterator<Item = &'a LinkNote>) -> Html {
    let items: Vec<Html> = notes
        .into_iter()
        .map(|n| html! { <li>{ n.0.clone() }</li> })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status">
            <h2 class="notice-title">{ "链接提示" }</h2>
            <ul>{ items }</ul>
        </div>
    }
}

/// The error summary: `(id of the field, message)` pairs, under a heading that counts them.
pub fn error_summary(id: &'static str, title: String, errors: Vec<(String, String)>) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let title_id = format!("{id}-title");
    html! {
        <div class="error-summary" {id} tabindex="-1" role="alert" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ title }</h2>
            <ul>
            { for errors.into_iter().map(|(target, message)| html! {
                <li><button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| browser::focus(&target))}>{ message }</button></li>
            }) }
            </ul>
        </div>
    }
}

/// The foot of a calculator's result: print, start again, and the result's link.
pub fn result_actions(restart: Callback<MouseEvent>, link: Option<String>) -> Html {
    html! {
        <>
            <div class="actions no-print">
                <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ "打印结果" }</button>
                <button type="button" class="button button--secondary" onclick={restart}>{ "重新开始（清空输入）" }</button>
            </div>
            { link.map(result_link).unwrap_or_default() }
        </>
    }
}

/// The link that reproduces a result, to copy or bookmark. In 柜台模式 it is the only
/// place the full link shows (the address bar holds the bare page).
pub fn result_link(link: String) -> Html {
    html! { <ResultLink link={link} /> }
}

#[derive(Properties, PartialEq)]
struct ResultLinkProps {
    link: String,
}

#[component]
fn ResultLink(p: &ResultLinkProps) -> Html {
    let copied = use_state(|| false);
    let copy = {
        let (link, copied) = (p.link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            browser::copy(&link);
            copied.set(true);
        })
    };
    html! {
        <div class="field no-print">
            <label class="label" for="result-link">{ "本结果的链接（可复制、收藏或发给他人，打开后得到相同结果）" }</label>
            <div class="input-row">
                <input id="result-link" class="input" type="text" readonly=true value={p.link.clone()} />
                <button type="button" class="button button--secondary" id="copy-link" onclick={copy}>{ "复制链接" }</button>
            </div>
            <p class="hint" role="status">{ if *copied { "已复制。" } else { "" } }</p>
        </div>
    }
}
