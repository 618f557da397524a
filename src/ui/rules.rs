//! 政策数据与来源: every parameter the rules use, each dated value with its
//! sources, for a policy reviewer to check without reading code.

use super::cite::{citations, dated_basis};
use super::fields::{CheckTag, TextField};
use super::{browser, page_link, AsOf, Route};
use crate::policy::{
    Anchor, CycleBody, HolidayLaw, ALL_PARAMS, CHANGELOG, DATA_VERSION, FLOAT_CYCLES, HOLIDAY_LAWS,
    HOLIDAY_YEARS, INDUSTRIES, LUNAR,
};
use crate::premium::rate::class_name;
use crate::working::value_text;
use yew::prelude::*;

/// The page's sections, for its contents list: (id, heading).
const SECTIONS: [(&str, &str); 5] = [
    ("rules-params", "参数"),
    ("rules-floating", "费率浮动条件（按周期）"),
    ("rules-industries", "行业与风险类别"),
    ("rules-holidays", "节假日与调休（计算工作日）"),
    ("rules-changelog", "数据更新记录"),
];

#[component]
pub fn Rules() -> Html {
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    {
        let as_of = as_of.clone();
        use_effect_with(as_of.text.clone(), move |_| {
            super::address::replace(&page_link(Route::Rules, &as_of, Vec::new()))
        });
    }
    let current = as_of.day.as_ref().ok().copied();
    let filter = use_state(String::new);
    let term = filter.trim().to_string();
    let shown: Vec<_> = ALL_PARAMS
        .iter()
        .filter(|p| term.is_empty() || p.label.contains(&term) || p.description.contains(&term))
        .collect();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |v: String| filter.set(v))
    };
    html! {
        <>
            <h1>{ "政策数据与来源" }</h1>
            <nav class="contents" aria-labelledby="contents-title">
                <h2 id="contents-title" class="contents-title">{ "本页目录" }</h2>
                // Buttons, not `#…` links: a hash here is read as a page of the app.
                <ul>{ for SECTIONS.iter().map(|(id, title)| html! {
                    <li><button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| browser::focus(id))}>{ *title }</button></li>
                }) }</ul>
            </nav>
            <p class="lead">{ format!("数据版本 {DATA_VERSION}。以下是本工具用到的每一个数值：适用期间、依据文件和条款、可信程度、最后核对日期。标“待核实”的，来源是二手资料、暂行标准或尚未找到。") }</p>
            <p>{ "可信程度：官方原文 = 在政府网站看到原文；官方文本转载 = 看到官方文本的完整转载；二手资料 = 新闻、问答、摘要；未核实 = 未找到来源。" }</p>
            <h2 id={SECTIONS[0].0} tabindex="-1">{ SECTIONS[0].1 }</h2>
            <TextField id="param-filter" label="筛选参数" value={(*filter).clone()} oninput={on_filter}
                hint="输入名称中的词语，例如 工亡、下限、滞纳金" width="w-medium" />
            <p class="hint" role="status">{ format!("显示 {} / {} 个参数", shown.len(), ALL_PARAMS.len()) }</p>
            { for shown.into_iter().map(|p| html! {
                <section class="param" id={format!("param-{}", p.id)}>
                    <h3>{ p.label }</h3>
                    if !p.description.is_empty() { <p>{ p.description }</p> }
                    <table class="table">
                        <caption class="visually-hidden">{ p.label }</caption>
                        <thead><tr><th scope="col">{ "适用期间" }</th><th scope="col">{ "数值" }</th><th scope="col">{ "依据" }</th></tr></thead>
                        <tbody>
                        { for p.values.iter().map(|v| {
                            let applied = current
                                .and_then(|d| p.at(d).ok())
                                .filter(|applied| std::ptr::eq(applied.entry, v));
                            let in_force = applied.is_some();
                            let carried = applied.is_some_and(|a| a.carried);
                            html! {
                                <tr class={classes!(in_force.then_some("row--current"))}>
                                    <td>{ v.period() }
                                        if carried { <span class="tag">{ "当前日期沿用，待核实" }</span> }
                                        else if in_force { <span class="tag">{ "当前日期适用" }</span> }</td>
                                    <td>{ value_text(p, v) } if v.needs_checking() { { " " }<CheckTag /> }</td>
                                    <td>{ dated_basis(v) }</td>
                                </tr>
                            }
                        }) }
                        </tbody>
                    </table>
                </section>
            }) }
            <h2 id={SECTIONS[1].0} tabindex="-1">{ SECTIONS[1].1 }</h2>
            { for FLOAT_CYCLES.iter().map(|c| html! {
                <section class="param">
                    <h3>{ format!("{} 至 {} 执行的费率", c.from, c.to) } { " " }<CheckTag /></h3>
                    if !c.window.is_empty() { <p>{ format!("指标统计期：{}", c.window) }</p> }
                    { match &c.body {
                        CycleBody::Unknown(g) => html! { <p>{ *g }</p> },
                        CycleBody::Rules { rules, .. } => html! {
                            <ol>{ for rules.iter().map(|r| html! { <li>{ format!("{}%：{}", r.grade, r.text) }</li> }) }
                                <li>{ "其他情形：100%" }</li></ol>
                        },
                    } }
                    { citations(c.citations) }
                    <p class="basis-meta">{ format!("可信程度：{}；最后核对 {}", c.confidence.label(), c.checked) }</p>
                    if !c.note.is_empty() { <p class="basis-note">{ c.note }</p> }
                </section>
            }) }
            <h2 id={SECTIONS[2].0} tabindex="-1">{ SECTIONS[2].1 }</h2>
            <p>{ "依据人社部发〔2015〕71号《工伤保险行业风险分类表》（按 GB/T 4754-2011 大类名称）。两位代码和 2017 版名称的对应是本工具按名称推算的，标“待核实”。" }</p>
            <details>
                <summary>{ format!("展开全部 {} 个行业名称", INDUSTRIES.len()) }</summary>
                <table class="table">
                    <thead><tr><th scope="col">{ "2011版代码" }</th><th scope="col">{ "2017版代码" }</th><th scope="col">{ "名称" }</th><th scope="col">{ "类别" }</th></tr></thead>
                    <tbody>
                    { for INDUSTRIES.iter().map(|i| html! {
                        <tr>
                            <td>{ i.code2011.unwrap_or("—") }</td>
                            <td>{ i.code2017.unwrap_or("—") }</td>
                            <td>{ i.name } if i.renamed_in_2017 { { " " }<CheckTag /> }</td>
                            <td>{ if i.classes.is_empty() { "71号表未覆盖".to_string() } else { i.classes.iter().map(|c| class_name(*c)).collect::<Vec<_>>().join(" 或 ") } }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </details>
            <h2 id={SECTIONS[3].0} tabindex="-1">{ SECTIONS[3].1 }</h2>
            { for HOLIDAY_YEARS.last().map(|y| html! {
                <p>{ format!("{}年起的节假日安排通知尚未收录：这些年份按周末和《全国年节及纪念日放假办法》规定的法定节假日（见下表）计算工作日、顺延期限末日。补休日和调休上班日要等通知确定，涉及这些年份的日期会说明可能提前或推后多少天（按已收录各年的通知回测）。", y.year + 1) }</p>
            }) }
            <table class="table">
                <thead><tr><th scope="col">{ "年份" }</th><th scope="col">{ "放假" }</th><th scope="col">{ "调休上班" }</th><th scope="col">{ "依据" }</th></tr></thead>
                <tbody>
                { for HOLIDAY_YEARS.iter().map(|y| html! {
                    <tr>
                        <td>{ y.year }</td>
                        <td>{ y.days_off.iter().map(|(n, f, t)| if f == t { format!("{n} {f}") } else { format!("{n} {f} 至 {t}") }).collect::<Vec<_>>().join("；") }</td>
                        <td>{ y.workdays.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("、") }</td>
                        <td>{ format!("{}《{}》", y.doc_no, y.title) }
                            <p class="basis-meta">{ format!("可信程度：{}；最后核对 {}", y.confidence.label(), y.checked) }
                                if y.confidence.needs_checking() { { " " }<CheckTag /> }</p>
                            { for y.urls.iter().take(1).map(|u| html! { <a class="citation-link" href={*u} rel="noreferrer noopener" target="_blank">{ "原文链接" }</a> }) }
                        </td>
                    </tr>
                }) }
                </tbody>
            </table>
            <h3>{ "法定节假日（没有当年通知的年份按此计算）" }</h3>
            <table class="table" id="rules-statutory">
                <thead><tr><th scope="col">{ "施行日期" }</th><th scope="col">{ "全体公民放假的节日" }</th><th scope="col">{ "依据" }</th></tr></thead>
                <tbody>
                { for HOLIDAY_LAWS.iter().map(|law| html! {
                    <tr>
                        <td>{ law.from.to_string() }</td>
                        <td>{ law.days.iter().map(|d| format!("{} {} 天（{}{}）", d.name, d.days, anchor_text(d.anchor), if d.days > 1 { "起" } else { "" })).collect::<Vec<_>>().join("；") }</td>
                        <td>{ citations(law.citations) }
                            <p class="basis-meta">{ format!("可信程度：{}；最后核对 {}", law.confidence.label(), law.checked) }</p>
                            if !law.note.is_empty() { <p class="basis-note">{ law.note }</p> }</td>
                    </tr>
                }) }
                </tbody>
            </table>
            { for HOLIDAY_YEARS.last().map(|y| y.year + 1).map(|next| html! {
                <p>{ format!("{next}年按法定节假日计算的放假日：{}。", statutory_dates(next)) }</p>
            }) }
            <p>{ format!("农历节日的公历日期收录到 {} 年：{}（可信程度：{}；最后核对 {}）", LUNAR.years.last().map_or(0, |y| y.year), LUNAR.note, LUNAR.confidence.label(), LUNAR.checked) }
                if LUNAR.confidence.needs_checking() { { " " }<CheckTag /> }</p>
            <h2 id={SECTIONS[4].0} tabindex="-1">{ SECTIONS[4].1 }</h2>
            <ul>{ for CHANGELOG.iter().map(|c| html! { <li>{ format!("{}（{}）：{}", c.version, c.date, c.text) }</li> }) }</ul>
        </>
    }
}

/// Where a statutory holiday starts: `1月1日`, or the Chinese-calendar day.
fn anchor_text(anchor: Anchor) -> String {
    match anchor {
        Anchor::Solar { month, day } => format!("{month}月{day}日"),
        Anchor::Lunar(day) => day.word().to_string(),
    }
}

/// The law's holidays in `year`, dated: `元旦 2027-01-01；春节 2027-02-05 至 2027-02-08；…`.
fn statutory_dates(year: i32) -> String {
    let Some(law) = HolidayLaw::for_year(year) else {
        return "未收录".into();
    };
    law.days
        .iter()
        .map(|d| match d.dates(year) {
            Some((first, last)) if first == last => format!("{} {first}", d.name),
            Some((first, last)) => format!("{} {first} 至 {last}", d.name),
            None => format!("{} 日期未收录", d.name),
        })
        .collect::<Vec<_>>()
        .join("；")
}
