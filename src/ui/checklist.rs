//! A self-check's result, drawn the same way for every self-check: a printable
//! checklist of what to do, by when, with what, and why.

use super::cite::citations;
use super::fields::CheckTag;
use super::layout::DISCLAIMER;
use super::print::{deadlines, PrintDepth, PrintSummary};
use super::{page_link, AsOf, Route};
use crate::date::Date;
use crate::outcome::{Cell, Checked, Fill, Item, Kind, Page, Sheet, Status};
use crate::policy::{CHANNELS, DATA_VERSION};
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
                    <div class="item-basis full-working"><span class="visually-hidden">{ "依据：" }</span>{ citations(&item.cites) }</div>
                }
            </li>
        }) }
        </ol>
    }
}

/// Any self-check's result: page 1 of the printout, the verdict, what the data could
/// not answer, the reasons, the items, the documents to tick, the answers given, the form
/// if any (last, so on paper it follows the result on pages of its own), a link onward, the foot.
/// Page 1 and the form are built once the first frame is `painted` (see `later`).
pub fn result(
    c: &Checked,
    page: &Page,
    day: Date,
    as_of: &AsOf,
    link: &str,
    answers: Html,
    painted: bool,
) -> Html {
    html! {
        <PrintDepth>
        <section class="result" id="result" tabindex="-1">
            if painted {
                <PrintSummary title={page.print_title} day={day} verdict={c.headline}
                    lines={deadlines(&c.items)} documents={c.all_documents()}
                    next={page.next} link={link.to_string()} />
            }
            { verdict(c.kind, c.headline, day) }
            { for c.problems.iter().map(|e| html! { <p class="warning">{ e.clone() }</p> }) }
            if !c.reasons.is_empty() {
                <h2>{ "理由" }</h2>
                <ul class="reasons">
                { for c.reasons.iter().map(|(text, cites)| html! {
                    <li><p>{ text.clone() }</p><div class="item-basis full-working">{ citations(cites) }</div></li>
                }) }
                </ul>
            }
            <h2>{ page.items_heading }</h2>
            { checklist(&c.items, as_of) }
            if !c.documents.is_empty() {
                <section class="documents">
                    <h2>{ "材料清单（办理时逐项打勾）" }</h2>
                    <ul class="tick-list">{ for c.documents.iter().map(|d| html! { <li>{ *d }</li> }) }</ul>
                    if !page.documents_hint.is_empty() { <p class="hint">{ page.documents_hint }</p> }
                </section>
            }
            // On the counter printout page 1 says where to go next; the channels print with the full working.
            <section class="channels full-working">
                <h2>{ "到哪里咨询、办理" }</h2>
                <ul>
                { for CHANNELS.iter().map(|ch| html! {
                    <li><p><strong>{ ch.name }</strong></p><p>{ ch.how }</p><div class="item-basis">{ citations(ch.citations) }</div></li>
                }) }
                </ul>
            </section>
            { answers }
            if let Some(see) = &c.see {
                <p class="no-print"><a class="button button--secondary" role="button" href={page_link(Route::from_path(see.path), as_of, see.pairs.clone())}>{ see.label }</a></p>
            }
            <p class="meta">{ format!("{}政策数据版本 {DATA_VERSION}。", page.foot) }<strong>{ DISCLAIMER }</strong></p>
            if let Some(s) = c.sheet.as_ref().filter(|_| painted) { { sheet(s) } }
        </section>
        </PrintDepth>
    }
}

/// A form filled as far as the answers go, printed on a page of its own; each blank is a
/// line to write on.
fn sheet(s: &Sheet) -> Html {
    // A row with fewer boxes than the widest stretches its last box across the rest.
    let width = s.rows.iter().map(Vec::len).max().unwrap_or(1);
    let fill = |c: &Cell, span: usize| match &c.fill {
        Fill::Known(text) => {
            html! { <td colspan={span.to_string()} class="sheet-known">{ text.clone() }</td> }
        }
        Fill::Write => {
            html! { <td colspan={span.to_string()} class="sheet-write"><span class="visually-hidden">{ "（手写）" }</span></td> }
        }
        Fill::Guide(text) => {
            html! { <td colspan={span.to_string()} class="sheet-write"><span class="sheet-guide">{ format!("（{text}）") }</span></td> }
        }
    };
    html! {
        <section class="sheet" aria-labelledby="sheet-title">
            <h2 id="sheet-title">{ s.title }</h2>
            <p class="hint">{ s.note }</p>
            <table class="sheet-cover">
                { for s.cover.iter().map(|c| html! { <tr><th scope="row">{ c.label }</th>{ fill(c, 1) }</tr> }) }
            </table>
            <table class="sheet-table">
                { for s.rows.iter().map(|row| html! {
                    <tr>{ for row.iter().enumerate().map(|(i, c)| {
                        let span = if i + 1 == row.len() { 2 * (width - row.len()) + 1 } else { 1 };
                        html! { <><th scope="row">{ c.label }</th>{ fill(c, span) }</> }
                    }) }</tr>
                }) }
            </table>
        </section>
    }
}
