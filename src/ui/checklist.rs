//! A flow's result as a printable checklist: what to do, by when, with what, and why.

use super::cite::citations;
use super::fields::CheckTag;
use crate::flow::outcome::{Item, Status};
use yew::prelude::*;

pub fn checklist(items: &[Item]) -> Html {
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
                }
                if !item.bring.is_empty() {
                    <div class="bring">
                        <p><strong>{ if item.status == Status::Ask { "请带上：" } else { "需要准备：" } }</strong></p>
                        <ul class="tick-list">{ for item.bring.iter().map(|b| html! { <li>{ *b }</li> }) }</ul>
                    </div>
                }
                if !item.cites.is_empty() {
                    <div class="item-basis"><span class="visually-hidden">{ "依据：" }</span>{ citations(&item.cites) }</div>
                }
            </li>
        }) }
        </ol>
    }
}
