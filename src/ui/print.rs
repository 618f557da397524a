//! The printout's first page: what the citizen came for — the verdict in a sentence,
//! the amounts or deadlines as dates, the documents to tick, where to go next, a blank
//! line for the case number, and a QR code of the result's link. The reasons, working
//! and citations follow as an appendix. Shown on paper only.

use crate::date::Date;
use crate::outcome::Item;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use yew::prelude::*;

/// The largest QR code printed: version 20 (97 modules, under 0.4 mm each at 40 mm),
/// which a phone camera still reads from an A4 sheet. A longer link gets a sentence instead.
const QR_MAX_VERSION: u8 = 20;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub title: AttrValue,
    pub day: Date,
    pub verdict: AttrValue,
    /// What the result was worked out from, every input as given (what, value), so a
    /// reader can check the assumptions; none for a self-check, whose answers are its reasons.
    #[prop_or_default]
    pub inputs: Vec<(String, String)>,
    /// Amounts, or deadlines as dates: (what, value).
    pub lines: Vec<(String, String)>,
    pub documents: Vec<&'static str>,
    /// Where to go next, in a sentence.
    pub next: AttrValue,
    pub link: AttrValue,
}

/// The deadlines of a flow's items, as (item, rule and date) lines. The date stands beside
/// its rule, which says whose act it closes, not beside the item's title: an item's date may
/// belong to someone else's act (the unit's time to pay after 先行支付 is applied for).
pub fn deadlines(items: &[Item]) -> Vec<(String, String)> {
    items
        .iter()
        .filter_map(|i| {
            let d = i.deadline.as_ref()?;
            Some((i.title.clone(), format!("{}：{}", d.rule, d.date.chinese())))
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct DepthProps {
    pub children: Html,
}

/// A result and the choice of how much of it to print. By default the printout is page 1
/// and the result itself, at most two pages at the counter; ticking 打印完整计算过程 adds
/// what is marked `full-working` (the working, citations, notes). The choice is kept in
/// page state only: it is not an answer, so it never enters the link.
#[component]
pub fn PrintDepth(p: &DepthProps) -> Html {
    let full = use_state(|| false);
    let toggle = {
        let full = full.clone();
        Callback::from(move |_: Event| full.set(!*full))
    };
    html! {
        <div class={classes!("print-depth", (!*full).then_some("print-brief"))}>
            { p.children.clone() }
            <div class="print-choice no-print">
                <input type="checkbox" id="print-full" checked={*full} onchange={toggle} />
                <label for="print-full">{ "打印完整计算过程" }</label>
                <p class="hint">{ "不勾选时，只打印第1页摘要和结果本身（一般不超过两页）；勾选后加印计算过程、政策依据和说明。" }</p>
            </div>
        </div>
    }
}

/// The link as an SVG QR code, or `None` when it is too long to print readably.
fn qr_svg(link: &str) -> Option<String> {
    let segments = QrSegment::make_segments(link);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(QR_MAX_VERSION),
        None,
        true,
    )
    .ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let full = size + 8;
    Some(format!(
        r##"<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" role="img" aria-label="本结果链接的二维码" shape-rendering="crispEdges"><rect width="{full}" height="{full}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

#[component]
pub fn PrintSummary(p: &SummaryProps) -> Html {
    // Worked out when the link changes, not on every render of the page around it.
    let qr = use_memo(p.link.clone(), |link| qr_svg(link));
    html! {
        <section class="print-summary print-only" aria-hidden="true">
            <p class="print-title">{ p.title.clone() }</p>
            <p class="print-verdict"><strong>{ p.verdict.clone() }</strong></p>
            <p>{ format!("按 {} 的政策判断。", p.day.chinese()) }</p>
            if !p.inputs.is_empty() {
                <p><strong>{ "测算依据（按填写的内容）" }</strong></p>
                <dl class="summary-list summary-inputs">
                    { for p.inputs.iter().map(|(k, v)| html! { <div><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div> }) }
                </dl>
            }
            if !p.lines.is_empty() {
                <dl class="summary-list">
                    { for p.lines.iter().map(|(k, v)| html! { <div><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div> }) }
                </dl>
            }
            if !p.documents.is_empty() {
                <p><strong>{ "要带的材料（逐项打勾）" }</strong></p>
                <ul class="tick-list">{ for p.documents.iter().map(|d| html! { <li>{ *d }</li> }) }</ul>
            }
            <p><strong>{ "下一步：" }</strong>{ p.next.clone() }</p>
            <p class="case-number">{ "案件编号（由工作人员填写）：" }<span class="write-line"></span></p>
            <div class="print-qr">
                { match (*qr).clone() {
                    Some(svg) => html! {
                        <>
                            { Html::from_html_unchecked(svg.into()) }
                            <p>{ "用手机扫码，可重新打开本结果。" }</p>
                        </>
                    },
                    None => html! {
                        <p class="qr-too-long">{ format!("本结果的链接较长（{} 个字符），无法生成可扫描的二维码；如需再次打开，请在屏幕上复制链接保存。", p.link.chars().count()) }</p>
                    },
                } }
            </div>
            <p class="print-appendix-note">{ "理由和各项结果见后页" }<span class="full-working">{ "，并附计算过程和政策依据" }</span>{ "。" }</p>
        </section>
    }
}
