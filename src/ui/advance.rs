//! 先行支付核对 page: the flow, and its result with reasons, deadlines and a documents checklist.

use super::checklist::{checklist, verdict};
use super::cite::citations;
use super::flow::FlowPage;
use super::layout::DISCLAIMER;
use super::print::{deadlines, PrintSummary};
use super::{AsOf, LinkProps, Route};
use crate::advance::checklist::assess;
use crate::advance::FLOW;
use crate::date::Date;
use crate::flow::Answers;
use crate::outcome::documents;
use crate::policy::DATA_VERSION;
use yew::prelude::*;

#[component]
pub fn AdvancePage(p: &LinkProps) -> Html {
    let intro = html! {
        <>
            <p class="lead">{ "单位没有参加工伤保险又不支付待遇，或者第三人不支付医疗费时，工伤保险基金可以先行支付，再向单位或第三人追偿。回答几个问题，看看能否申请、有哪些期限、要带哪些材料。" }</p>
            <ul>
                <li>{ "适合工伤职工、家属，或陪同办理的窗口工作人员使用。" }</li>
                <li>{ "不知道的可以选“不确定”，结果会告诉您先弄清什么、到哪里问。" }</li>
                <li>{ "不需要填写姓名或身份证号；回答只保存在本页的链接中。" }</li>
            </ul>
        </>
    };
    html! {
        <FlowPage flow={&FLOW} route={Route::Advance} title={Route::Advance.name()} intro={intro}
            pairs={p.pairs.clone()} notes={p.notes.clone()} outcome={outcome as fn(&Answers, Date, &AsOf, &str) -> Html} />
    }
}

fn outcome(answers: &Answers, day: Date, as_of: &AsOf, link: &str) -> Html {
    let o = assess(answers, day);
    html! {
        <section class="result" id="result" tabindex="-1">
            <PrintSummary title="先行支付核对结果" day={day} verdict={o.verdict.headline()}
                lines={deadlines(&o.items)} documents={[o.documents.clone(), documents(&o.items)].concat()}
                next="带上所列材料，到常州市社会保险经办机构提出书面申请；被拒绝的，可以申请行政复议或提起行政诉讼。" link={link.to_string()} />
            { verdict(o.verdict.kind(), o.verdict.headline(), day) }
            { for o.problems.iter().map(|e| html! { <p class="warning">{ e.clone() }</p> }) }
            if !o.reasons.is_empty() {
                <h2>{ "理由" }</h2>
                <ul class="reasons">
                { for o.reasons.iter().map(|(text, cites)| html! {
                    <li><p>{ text.clone() }</p><div class="item-basis">{ citations(cites) }</div></li>
                }) }
                </ul>
            }
            <h2>{ "下一步" }</h2>
            { checklist(&o.items, as_of) }
            if !o.documents.is_empty() {
                <section class="documents">
                    <h2>{ "材料清单（办理时逐项打勾）" }</h2>
                    <ul class="tick-list">{ for o.documents.iter().map(|d| html! { <li>{ *d }</li> }) }</ul>
                    <p class="hint">{ "材料清单依据先行支付暂行办法和工伤保险经办规程整理；常州的具体表格和要求未找到，请以经办机构的告知为准。" }</p>
                </section>
            }
            <p class="meta">{ format!("工作日按国务院办公厅当年的节假日安排推算。政策数据版本 {DATA_VERSION}。") }<strong>{ DISCLAIMER }</strong></p>
        </section>
    }
}
