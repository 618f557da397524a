//! 先行支付核对 page: the flow, and its result with reasons, deadlines and a documents checklist.

use super::checklist::{checklist, verdict};
use super::cite::citations;
use super::flow::FlowPage;
use super::layout::DISCLAIMER;
use super::print::{deadlines, PrintSummary};
use super::{AsOf, LinkProps, Route};
use crate::advance::rules::Advance;
use crate::advance::FLOW;
use crate::date::Date;
use crate::flow::Answers;
use crate::outcome::{checked, Wording};
use crate::policy::DATA_VERSION;
use yew::prelude::*;

const PAGE: crate::outcome::Page = <Advance as Wording>::PAGE;

#[component]
pub fn AdvancePage(p: &LinkProps) -> Html {
    let intro = html! {
        <>
            <p class="lead">{ PAGE.lead }</p>
            <ul>
                { for PAGE.points.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
        </>
    };
    html! {
        <FlowPage flow={&FLOW} route={Route::Advance} title={Route::Advance.name()} intro={intro}
            pairs={p.pairs.clone()} notes={p.notes.clone()} outcome={outcome as fn(&Answers, Date, &AsOf, &str) -> Html} />
    }
}

fn outcome(answers: &Answers, day: Date, as_of: &AsOf, link: &str) -> Html {
    let o = checked::<Advance>(answers, day);
    html! {
        <section class="result" id="result" tabindex="-1">
            <PrintSummary title={PAGE.print_title} day={day} verdict={o.headline}
                lines={deadlines(&o.items)} documents={o.all_documents()}
                next={PAGE.next} link={link.to_string()} />
            { verdict(o.kind, o.headline, day) }
            { for o.problems.iter().map(|e| html! { <p class="warning">{ e.clone() }</p> }) }
            if !o.reasons.is_empty() {
                <h2>{ "理由" }</h2>
                <ul class="reasons">
                { for o.reasons.iter().map(|(text, cites)| html! {
                    <li><p>{ text.clone() }</p><div class="item-basis">{ citations(cites) }</div></li>
                }) }
                </ul>
            }
            <h2>{ PAGE.items_heading }</h2>
            { checklist(&o.items, as_of) }
            if !o.documents.is_empty() {
                <section class="documents">
                    <h2>{ "材料清单（办理时逐项打勾）" }</h2>
                    <ul class="tick-list">{ for o.documents.iter().map(|d| html! { <li>{ *d }</li> }) }</ul>
                    <p class="hint">{ PAGE.documents_hint }</p>
                </section>
            }
            <p class="meta">{ format!("{}政策数据版本 {DATA_VERSION}。", PAGE.foot) }<strong>{ DISCLAIMER }</strong></p>
        </section>
    }
}
