//! A flow's result as a printable checklist: what to do, by when, with what, and why.

use super::cite::citations;
use super::fields::CheckTag;
use super::{page_link, AsOf, Route};
use crate::date::Date;
use crate::outcome::{Item, Kind, Status};
use yew::prelude::*;

/// The answer in one line at the top of a result, and the day it was judged on.
/// The headline says it in words, so the colour of its kind is never the only signal.
pub fn verdict(kind: Kind, headline: &str, day: Date) -> Html {
    html! {
        <div class={classes!("verdict", format!("verdict--{}", kind.key()))}>
            <p class="verdict-text">{ headline.to_string() }</p>
            <p>{ format!("按 {} 的政策判断。", day.chinese()) }</p>
        </div>
    }
}

pub fn checklist(items: &[Item], as_of: &AsOf) -> Html {
    html! {
        <ol class="checklist">
        { for items.iter().map(|item| html! {
            <li class={classes!("check-item", format!("check-item--{}", item.status.key()))}>
                <p class="check-title">
                    <span class={classes!("status", format!("status--{}", item.status.key()))}>{ item.status.label() }</span>
                    <strong>{ item.title.clone() }</strong>
                    if item.unverified { { " " }<CheckTag /> }
                </p>
                if !item.detail.is_empty() { <p>{ item.detail.clone() }</p> }
                if let Some(d) = &item.deadline {
                    <p class={classes!("deadline", d.overdue.then_some("deadline--overdue"))}>
                        <strong>{ "期限：" }</strong>{ format!("{}（{}）", d.date.chinese(), d.rule) }
                        if d.overdue { <strong class="overdue">{ "已逾期" }</strong> }
                    </p>
                    if let Some(note) = &d.note { <p class="deadline-note">{ format!("{note}。") }</p> }
                }
                if !item.bring.is_empty() {
                    <div class="bring">
                        <p><strong>{ if item.status == Status::Ask { "请带上：" } else { "需要准备：" } }</strong></p>
                        <ul class="tick-list">{ for item.bring.iter().map(|b| html! { <li>{ *b }</li> }) }</ul>
                    </div>
                }
                if let Some(see) = &item.see {
                    <p class="item-see no-print"><a href={page_link(Route::from_path(see.path), as_of, see.pairs.clone())}>{ see.label }</a></p>
                }
                if !item.cites.is_empty() {
                    <div class="item-basis"><span class="visually-hidden">{ "依据：" }</span>{ citations(&item.cites) }</div>
                }
            </li>
        }) }
        </ol>
    }
}
