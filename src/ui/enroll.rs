//! 参保义务自查 page: the flow, and its result as an obligations checklist.

use super::checklist::{checklist, verdict};
use super::flow::FlowPage;
use super::layout::DISCLAIMER;
use super::print::{deadlines, PrintSummary};
use super::{page_link, AsOf, LinkProps, Route};
use crate::date::Date;
use crate::enroll::checklist::assess;
use crate::enroll::FLOW;
use crate::flow::Answers;
use crate::outcome::documents;
use crate::policy::DATA_VERSION;
use yew::prelude::*;

#[component]
pub fn EnrollPage(p: &LinkProps) -> Html {
    let intro = html! {
        <>
            <p class="lead">{ "回答几个简短的问题，了解贵单位是否必须参加工伤保险、要为哪些人参保、怎么办、什么时候办，以及不参保的后果。每一项都注明法律依据。" }</p>
            <ul>
                <li>{ "不知道的可以选“不确定”，结果会告诉您向谁确认、带什么材料。" }</li>
                <li>{ "不需要填写姓名或身份证号；回答只保存在本页的链接中。" }</li>
            </ul>
        </>
    };
    html! {
        <FlowPage flow={&FLOW} route={Route::Enroll} title={Route::Enroll.name()} intro={intro}
            pairs={p.pairs.clone()} notes={p.notes.clone()} outcome={outcome as fn(&Answers, Date, &AsOf, &str) -> Html} />
    }
}

fn outcome(answers: &Answers, day: Date, as_of: &AsOf, link: &str) -> Html {
    let o = assess(answers, day);
    html! {
        <section class="result" id="result" tabindex="-1">
            <PrintSummary title="参保义务自查结果" day={day} verdict={o.verdict.headline()}
                lines={deadlines(&o.items)} documents={documents(&o.items)}
                next="到常州市社会保险经办机构（或通过江苏智慧人社）办理上面“必须办理”的事项；标“请向经办机构确认”的，带上所列材料当面咨询。" link={link.to_string()} />
            { verdict(o.verdict.kind(), o.verdict.headline(), day) }
            { for o.problems.iter().map(|e| html! { <p class="warning">{ e.to_string() }</p> }) }
            <h2>{ "需要做的事" }</h2>
            { checklist(&o.items, as_of) }
            if !o.estimator.is_empty() {
                <p class="no-print"><a class="button button--secondary" role="button" href={page_link(Route::Premium, as_of, o.estimator.clone())}>{ "用保费测算估算要缴多少" }</a></p>
            }
            <p class="meta">{ format!("政策数据版本 {DATA_VERSION}。") }<strong>{ DISCLAIMER }</strong></p>
        </section>
    }
}
