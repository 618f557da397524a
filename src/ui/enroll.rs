//! 参保义务自查 page: the flow, and its result as an obligations checklist.

use super::checklist::{checklist, verdict};
use super::flow::FlowPage;
use super::layout::DISCLAIMER;
use super::print::{deadlines, PrintSummary};
use super::{page_link, AsOf, LinkProps, Route};
use crate::date::Date;
use crate::enroll::rules::Enroll;
use crate::enroll::FLOW;
use crate::flow::Answers;
use crate::outcome::{checked, Wording};
use crate::policy::DATA_VERSION;
use yew::prelude::*;

const PAGE: crate::outcome::Page = <Enroll as Wording>::PAGE;

#[component]
pub fn EnrollPage(p: &LinkProps) -> Html {
    let intro = html! {
        <>
            <p class="lead">{ PAGE.lead }</p>
            <ul>
                { for PAGE.points.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
        </>
    };
    html! {
        <FlowPage flow={&FLOW} route={Route::Enroll} title={Route::Enroll.name()} intro={intro}
            pairs={p.pairs.clone()} notes={p.notes.clone()} outcome={outcome as fn(&Answers, Date, &AsOf, &str) -> Html} />
    }
}

fn outcome(answers: &Answers, day: Date, as_of: &AsOf, link: &str) -> Html {
    let o = checked::<Enroll>(answers, day);
    html! {
        <section class="result" id="result" tabindex="-1">
            <PrintSummary title={PAGE.print_title} day={day} verdict={o.headline}
                lines={deadlines(&o.items)} documents={o.all_documents()}
                next={PAGE.next} link={link.to_string()} />
            { verdict(o.kind, o.headline, day) }
            { for o.problems.iter().map(|e| html! { <p class="warning">{ e.to_string() }</p> }) }
            <h2>{ PAGE.items_heading }</h2>
            { checklist(&o.items, as_of) }
            if let Some(see) = &o.see {
                <p class="no-print"><a class="button button--secondary" role="button" href={page_link(Route::from_path(see.path), as_of, see.pairs.clone())}>{ see.label }</a></p>
            }
            <p class="meta">{ format!("{}政策数据版本 {DATA_VERSION}。", PAGE.foot) }<strong>{ DISCLAIMER }</strong></p>
        </section>
    }
}
