//! How a figure's basis is shown: the document and article, its issuer and
//! link, the days the figure applies, how sure we are, and when it was checked.

use super::fields::CheckTag;
use crate::policy::{Citation, DatedValue, InForce, Value};
use crate::working::{Basis, Step};
use yew::prelude::*;

pub fn citation(c: &Citation) -> Html {
    let src = c.source;
    html! {
        <span class="citation">
            { c.to_string() }
            <span class="citation-issuer">{ format!("（{}", src.issuer) }
                { src.date.map(|d| format!("，{}", d.chinese())).unwrap_or_default() }{ "）" }</span>
            { for src.urls.iter().take(1).map(|u| html! {
                <> { " " }<a class="citation-link" href={*u} rel="noreferrer noopener" target="_blank">{ "原文链接" }</a></>
            }) }
        </span>
    }
}

pub fn citations(list: &[Citation]) -> Html {
    html! {
        <ul class="citations">
            { for list.iter().map(|c| html! { <li>{ citation(c) }</li> }) }
        </ul>
    }
}

/// The full basis of one dated value, as shown on the data page.
pub fn dated_basis(v: &DatedValue) -> Html {
    let guidance = match v.value {
        Value::Unknown { guidance, .. } => Some(guidance),
        _ => None,
    };
    html! {
        <div class="basis">
            { citations(v.citations) }
            <p class="basis-meta">
                { format!("适用 {}；可信程度：{}；最后核对 {}", v.period(), v.confidence.label(), v.checked) }
                if v.provisional { { "；暂行标准" } }
                if v.needs_checking() { { " " }<CheckTag /> }
            </p>
            if let Some(g) = guidance { <p class="basis-note">{ g }</p> }
            if !v.note.is_empty() { <p class="basis-note">{ v.note }</p> }
        </div>
    }
}

/// The basis of a value as it applies on the as-of date, under a working line: a value
/// carried past the period it was published for says so, and what to ask.
pub fn applied_basis(v: &InForce<DatedValue>) -> Html {
    html! {
        <>
            if v.carried {
                <p class="basis-note carried">
                    { format!("沿用 {} 的数值：此后的新标准尚未收录（最后核对 {}）。", v.period(), v.checked) }
                    { " " }<CheckTag />{ " " }{ v.ask }
                </p>
            }
            { dated_basis(v) }
        </>
    }
}

/// Where a working line's figure comes from.
pub fn basis_view(basis: &Basis) -> Html {
    match basis {
        Basis::Param(_, v) => applied_basis(v),
        Basis::User(text) => html! { <span>{ *text }</span> },
        Basis::Law(list) => citations(list),
        Basis::Computed => html! { <span>{ "按上面各项计算" }</span> },
    }
}

/// The working: each figure used, its value and its basis.
/// The working's value columns: each heads its column and, on a phone where the columns
/// stack, labels its cell.
const WORKING_COLUMNS: [&str; 2] = ["数值", "依据"];

pub fn working(steps: &[Step]) -> Html {
    html! {
        <table class="table working full-working">
            <caption>{ "计算过程" }</caption>
            <thead><tr><th scope="col">{ "项目" }</th><th scope="col">{ WORKING_COLUMNS[0] }</th><th scope="col">{ WORKING_COLUMNS[1] }</th></tr></thead>
            <tbody>
            { for steps.iter().map(|s| html! {
                <tr>
                    <th scope="row">{ s.label.clone() }</th>
                    <td class="num" data-label={WORKING_COLUMNS[0]}>{ s.value.clone() } if s.basis.needs_checking() { { " " }<CheckTag /> }</td>
                    <td data-label={WORKING_COLUMNS[1]}>{ basis_view(&s.basis) }</td>
                </tr>
            }) }
            </tbody>
        </table>
    }
}
