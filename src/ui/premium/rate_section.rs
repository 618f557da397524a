//! 费率: the notice rate (offered first), or industry → class → floating grade, with the grade helper.

use super::{Action, Ctx};
use crate::calculator::Fields;
use crate::date::Date;
use crate::format::percent;
use crate::policy::{float_cycle, CycleBody, Industry, CLASS_BASE_RATE, INDUSTRIES};
use crate::premium::floating::Answer;
use crate::premium::form::{PremiumForm, RateSource};
use crate::premium::rate::{allowed_grades, class_count, class_name};
use crate::premium::Field;
use crate::ui::browser;
use crate::ui::cite::citations;
use crate::ui::fields::{CheckTag, Choice, Radios, TextField};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RateProps {
    pub ctx: Ctx,
    pub day: Option<Date>,
}

#[component]
pub fn RateSection(p: &RateProps) -> Html {
    let ctx = &p.ctx;
    let form = ctx.form();
    html! {
        <section class="section">
            <h2>{ "2. 单位的费率" }</h2>
            <Radios name={Field::RateSource.dom_id()} legend={Field::RateSource.label()}
                selected={ctx.text(Field::RateSource)} onchange={ctx.on_text(Field::RateSource)}
                choices={ctx.choices(Field::RateSource)} />
            if form.rate_source() == RateSource::Notice {
                <TextField id={Field::Rate.dom_id()} label={Field::Rate.label()} suffix="%" inputmode="decimal" width="w-short"
                    hint="按百分比填写，例如 0.45；通知上写千分比的可直接填，如 4.5‰"
                    value={ctx.text(Field::Rate)} error={ctx.error(Field::Rate)}
                    oninput={ctx.on_text(Field::Rate)} onblur={ctx.on_blur(Field::Rate)} />
            } else {
                <IndustryPicker ctx={ctx.clone()} />
                <ClassAndGrade ctx={ctx.clone()} day={p.day} />
                <GradeHelper ctx={ctx.clone()} day={p.day} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CtxProps {
    ctx: Ctx,
}

const MAX_MATCHES: usize = 12;

#[component]
fn IndustryPicker(p: &CtxProps) -> Html {
    let query = use_state(String::new);
    let ctx = &p.ctx;
    let selected = Industry::by_key(ctx.form().text(Field::Industry));
    let trimmed = query.trim().to_string();
    let matches: Vec<&Industry> = if trimmed.is_empty() {
        Vec::new()
    } else {
        INDUSTRIES
            .iter()
            .filter(|i| i.matches(&trimmed))
            .take(MAX_MATCHES + 1)
            .collect()
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |v: String| query.set(v))
    };
    html! {
        <div class="industry-picker">
            <TextField id={Field::Industry.dom_id()} label="查找单位的主要行业（可选）" value={(*query).clone()} oninput={on_query}
                hint="输入平常的叫法、行业名称中的词语或两位代码，例如 饭店、超市、快递、软件、47；按单位的主要业务选择" />
            if !trimmed.is_empty() {
                <div aria-live="polite">
                if matches.is_empty() {
                    <p class="hint">{ format!("没有找到“{trimmed}”。请换个词，或在下面的行业大类中选择，也可以直接选择行业风险类别。") }</p>
                    <details class="all-divisions" open=true>
                        <summary>{ "全部行业大类（GB/T 4754-2011，两位代码）" }</summary>
                        { match_list(ctx, &query, INDUSTRIES.iter().filter(|i| i.code2011.is_some()).collect()) }
                    </details>
                } else {
                    { match_list(ctx, &query, matches.iter().take(MAX_MATCHES).copied().collect()) }
                    if matches.len() > MAX_MATCHES { <p class="hint">{ "结果较多，只显示前 12 个，请输入更具体的词语。" }</p> }
                }
                </div>
            }
            if let Some(i) = selected {
                <p class="selected-industry" role="status">
                    { "已选择：" }<strong>{ industry_line(i) }</strong>
                    if i.renamed_in_2017 { { " " }<CheckTag /> }
                </p>
                if i.classes.len() > 1 {
                    <p class="warning">{ "2017 版把两个不同风险类别的行业合并成了这一类，请按单位的主要业务在下面选择类别，或以核定通知为准。" }</p>
                }
                if i.classes.is_empty() {
                    <p class="warning">{ "人社部发〔2015〕71号的行业风险分类表没有这一行业，无法按行业估算。请以核定通知为准，或咨询经办机构。" }</p>
                }
            }
        </div>
    }
}

/// Industries to choose from, each a button; choosing one clears the search and returns
/// focus to the search box, where the status line below it announces the choice.
fn match_list(
    ctx: &Ctx,
    query: &UseStateHandle<String>,
    industries: Vec<&'static Industry>,
) -> Html {
    html! {
        <ul class="match-list" aria-label="查找结果">
        { for industries.into_iter().map(|i| {
            let key = i.key();
            let ctx = ctx.clone();
            let query = query.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                ctx.dispatch(Action::Set(Field::Industry, key.clone()));
                query.set(String::new());
                browser::focus(&Field::Industry.dom_id());
            });
            html! { <li><button type="button" class="match" {onclick}>{ industry_line(i) }</button></li> }
        }) }
        </ul>
    }
}

fn industry_line(i: &Industry) -> String {
    let codes = match (i.code2011, i.code2017) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("2011版 {a} / 2017版 {b}"),
        (Some(a), None) => format!("2011版 {a}"),
        (None, Some(b)) => format!("2017版 {b}"),
        (None, None) => String::new(),
    };
    let classes = if i.classes.is_empty() {
        "71号表未覆盖".to_string()
    } else {
        i.classes
            .iter()
            .map(|c| class_name(*c))
            .collect::<Vec<_>>()
            .join("或")
    };
    format!("{codes} {} → {classes}", i.name)
}

#[derive(Properties, PartialEq)]
struct DayProps {
    ctx: Ctx,
    day: Option<Date>,
}

#[component]
fn ClassAndGrade(p: &DayProps) -> Html {
    let ctx = &p.ctx;
    let form = ctx.form();
    let bases = p
        .day
        .and_then(|d| CLASS_BASE_RATE.list(d).ok())
        .map(|(l, _)| l);
    let industry_classes: &[u8] =
        Industry::by_key(form.text(Field::Industry)).map_or(&[], |i| i.classes);
    // Each class with its base rate on the day, beside the choice of the same number.
    let class_choices: Vec<Choice> = Field::Class
        .choices()
        .iter()
        .zip(1..)
        .filter(|(_, c): &(_, u8)| industry_classes.len() < 2 || industry_classes.contains(c))
        .map(|(choice, c)| {
            let mut choice = Choice::from(choice);
            choice.hint = bases
                .and_then(|b| b.get(usize::from(c - 1)))
                .map(|r| AttrValue::from(format!("基准费率 {}", percent(*r))));
            choice
        })
        .collect();
    let class: Option<u8> = form.text(Field::Class).parse().ok();
    let grades = match (class, p.day) {
        (Some(c), Some(d)) => allowed_grades(c, d).unwrap_or_default(),
        _ => Vec::new(),
    };
    html! {
        <>
            <Radios name={Field::Class.dom_id()} legend={Field::Class.label()} inline=true
                hint={format!("人社部发〔2015〕71号把行业分为{}；查找行业后会自动选中", class_name(u8::try_from(class_count()).unwrap_or(u8::MAX)))}
                selected={ctx.text(Field::Class)} onchange={ctx.on_text(Field::Class)} error={ctx.error(Field::Class)} choices={class_choices} />
            if class.is_some() {
                <Radios name={Field::Grade.dom_id()} legend="浮动档次（基准费率的百分比）" inline=true
                    hint={if class == Some(1) { "一类行业只能向上浮动；不清楚的选 100%" } else { "不清楚的选 100%，或用下面的估算" }}
                    selected={ctx.text(Field::Grade)} onchange={ctx.on_text(Field::Grade)} error={ctx.error(Field::Grade)}
                    choices={grades.iter().map(|g| Choice::new(g.to_string(), format!("{g}%"))).collect::<Vec<_>>()} />
            }
        </>
    }
}

#[component]
fn GradeHelper(p: &DayProps) -> Html {
    let ctx = &p.ctx;
    let form = ctx.form();
    let Some(day) = p.day else { return html! {} };
    let Ok(cycle) = float_cycle(day) else {
        return html! {};
    };
    if form.text(Field::Class).parse::<u8>().is_err() {
        return html! {};
    }
    let body = match &cycle.body {
        CycleBody::Unknown(guidance) => html! { <p>{ *guidance }</p> },
        CycleBody::Rules { flags, .. } => {
            let estimate = ctx
                .outcome
                .as_ref()
                .as_ref()
                .and_then(|o| o.grade_estimate.clone());
            html! {
                <>
                    <TextField id={Field::Payout.dom_id()} label={Field::Payout.label()} suffix="%" inputmode="decimal" width="w-short"
                        hint="统计期内工伤保险基金为本单位工伤职工支付的待遇 ÷ 本单位实际缴纳的工伤保险费；没有工伤的填 0"
                        value={ctx.text(Field::Payout)} error={ctx.error(Field::Payout)}
                        oninput={ctx.on_text(Field::Payout)} onblur={ctx.on_blur(Field::Payout)} />
                    <TextField id={Field::Incidence.dom_id()} label={Field::Incidence.label()} suffix="%" inputmode="decimal" width="w-short"
                        hint="统计期内认定工伤人数 ÷ 平均参保人数；没有工伤的填 0"
                        value={ctx.text(Field::Incidence)} error={ctx.error(Field::Incidence)}
                        oninput={ctx.on_text(Field::Incidence)} onblur={ctx.on_blur(Field::Incidence)} />
                    { for flags.iter().map(|f| {
                        let id = f.id.to_string();
                        let ctx2 = ctx.clone();
                        let onchange = Callback::from(move |v: String| {
                            if let Some(a) = Answer::from_key(&v) {
                                let id = id.clone();
                                ctx2.dispatch(Action::Edit(Rc::new(move |form: &mut PremiumForm| form.set_flag(&id, a))));
                            }
                        });
                        html! {
                            <Radios name={format!("f-flag-{}", f.id)} legend={f.question} inline=true
                                selected={form.flag(f.id).key()} {onchange}
                                choices={Answer::ALL.iter().map(|a| Choice::new(a.key(), a.label())).collect::<Vec<_>>()} />
                        }
                    }) }
                    <div aria-live="polite">
                    { match estimate {
                        None => html! { <p class="hint">{ "填写支缴率和工伤发生率后显示估算结果。" }</p> },
                        Some(Err(message)) => html! { <p class="warning">{ message }</p> },
                        Some(Ok(e)) => {
                            let text = match e.grades.as_slice() {
                                [one] => format!("估算档次：{one}%"),
                                many => format!("估算档次：可能为 {}，取决于回答“不确定”的问题", many.iter().map(|g| format!("{g}%")).collect::<Vec<_>>().join("、")),
                            };
                            let adopt = match e.grades.as_slice() {
                                [one] => {
                                    let grade = one.to_string();
                                    let ctx = ctx.clone();
                                    let onclick = Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Set(Field::Grade, grade.clone())));
                                    html! { <button type="button" class="button button--secondary" {onclick}>{ format!("采用 {one}%") }</button> }
                                }
                                _ => html! {},
                            };
                            html! {
                                <div class="estimate-box">
                                    <p><strong>{ text }</strong>{ "（估算，非核定结果）" }</p>
                                    <ul>{ for e.reasons.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
                                    { adopt }
                                </div>
                            }
                        }
                    } }
                    </div>
                </>
            }
        }
    };
    html! {
        <details class="helper">
            <summary>{ "不知道浮动档次？按本周期条件估算" }</summary>
            <p>{ format!("适用于 {} 至 {} 执行的费率。", cycle.from, cycle.to) }
                if !cycle.window.is_empty() { { format!("指标统计期：{}。", cycle.window) } }
                { " " }<CheckTag /></p>
            if cycle.carried { <p class="warning">{ cycle.ask }</p> }
            if !cycle.note.is_empty() { <p class="hint">{ cycle.note }</p> }
            { body }
            <p class="hint">{ "依据：" }</p>
            { citations(cycle.citations) }
        </details>
    }
}
