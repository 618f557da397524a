//! A question flow on screen, GOV.UK style: a start page, one question per
//! screen with a back link, 核对您的回答 with a 修改 link per answer, and the
//! result. Everything lives in the link (`at` says which screen), so the browser's
//! back button, bookmarks and shared links all work, and each screen is rebuilt
//! from its link.

use super::checklist::result;
use super::fields::{Choice, Radios, TextField, QUESTION_TITLE};
use super::{address, browser, notices, page_link, AsOf, Route};
use crate::choice::{Choice as _, YesNo};
use crate::flow::link::Screen;
use crate::flow::{Answers, Flow, Kind, Question, QuestionId, UNSURE};
use crate::link::LinkNote;
use crate::tools::SelfCheck;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct FlowPageProps {
    pub tool: &'static SelfCheck,
    pub pairs: Rc<Vec<(String, String)>>,
    pub notes: Rc<Vec<LinkNote>>,
}

impl PartialEq for FlowPageProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tool, other.tool)
            && Rc::ptr_eq(&self.pairs, &other.pairs)
            && Rc::ptr_eq(&self.notes, &other.notes)
    }
}

/// A link to a flow screen: the path, the as-of date, then the flow's keys.
fn link(
    flow: &Flow,
    route: Route,
    as_of: &AsOf,
    answers: &Answers,
    at: Screen,
    ret: bool,
) -> String {
    page_link(route, as_of, flow.link_pairs(answers, at.key(), ret))
}

/// Any self-check, drawn from its line in `tools::TOOLS`.
#[component]
pub fn FlowPage(p: &FlowPageProps) -> Html {
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    let (flow, page) = (p.tool.flow, p.tool.page);
    let route = Route::from_path(p.tool.path);
    let title = AttrValue::from(page.name);
    let parsed = flow.read_link(&p.pairs);
    let screen = flow.screen(&parsed);
    {
        // Keep the address bar in step with the screen and the as-of date.
        let here = if screen == Screen::Start && parsed.answers.0.is_empty() {
            page_link(
                route,
                &as_of,
                flow.link_pairs(&parsed.answers, "", parsed.return_to_check),
            )
        } else {
            link(
                flow,
                route,
                &as_of,
                &parsed.answers,
                screen,
                parsed.return_to_check,
            )
        };
        use_effect_with(here, |here| address::replace(here));
    }
    {
        let title = match &screen {
            Screen::Ask(id) => {
                format!("{} - {}", flow.question(id).map_or("", |q| q.prompt), title)
            }
            Screen::Check => format!("核对您的回答 - {title}"),
            Screen::Result => format!("结果 - {title}"),
            Screen::Start => title.to_string(),
        };
        use_effect_with(title, |t| {
            browser::set_title(&format!("{t} - 常州工伤保险助手"))
        });
    }
    // The result is worked out once per answers and date, not on every render (and once
    // more on arrival, when the first frame is painted and page 1 and the form are built).
    let painted = super::later::use_after_first_paint();
    let result = {
        let on_result = screen == Screen::Result;
        let tool = p.tool;
        use_memo(
            (on_result, parsed.answers.clone(), as_of.clone(), painted),
            move |(on_result, answers, as_of, painted)| {
                let day = as_of.day.clone().ok().filter(|_| *on_result)?;
                let full = browser::full_link(&link(
                    tool.flow,
                    route,
                    as_of,
                    answers,
                    Screen::Result,
                    false,
                ));
                let checked = (tool.check)(answers, day);
                let answered = answers_summary(tool.flow, answers);
                let html = result(&checked, tool.page, day, as_of, &full, answered, *painted);
                Some((full, html))
            },
        )
    };
    let notes: Vec<LinkNote> = p
        .notes
        .iter()
        .cloned()
        .chain(parsed.notes.iter().cloned())
        .collect();
    let notes_html = notices::link_notes(&notes);
    let body = match screen {
        Screen::Start => {
            let go = link(
                flow,
                route,
                &as_of,
                &Answers::default(),
                Screen::Ask(flow.start),
                false,
            );
            html! {
                <>
                    <h1>{ title.clone() }</h1>
                    <p class="lead">{ page.lead }</p>
                    <ul>{ for page.points.iter().map(|point| html! { <li>{ *point }</li> }) }</ul>
                    <p>{ format!("每页一个问题，可以随时返回修改。视情况要回答 {} 至 {} 个问题；常见情况要回答的问题和大约用时：", flow.asks_between.0, flow.asks_between.1) }</p>
                    <ul class="typical">{ for flow.typical.iter().map(|t| {
                        let (questions, time) = t.effort(flow);
                        html! { <li>{ format!("{}：{questions} 个问题，{time}", t.label) }</li> }
                    }) }</ul>
                    <p><a class="button button--start" href={go} role="button">{ "开始" }</a></p>
                </>
            }
        }
        Screen::Ask(id) => html! {
            <QuestionScreen key={id} question={id} route={route}
                answers={Rc::new(parsed.answers.clone())} return_to_check={parsed.return_to_check} title={title.clone()}
                flow={FlowRef(flow)} />
        },
        Screen::Check => check_answers(flow, route, &as_of, &parsed.answers, &title),
        Screen::Result => match result.as_ref() {
            Some((full, outcome)) => html! {
                <>
                    <p class="no-print"><a class="back-link" href={link(flow, route, &as_of, &parsed.answers, Screen::Check, false)}>{ "返回核对回答" }</a></p>
                    <h1 class="no-print-title">{ format!("{}：结果", title) }</h1>
                    { outcome.clone() }
                    { result_actions(flow, route, &as_of, &parsed.answers, full) }
                </>
            },
            None => {
                html! { <p class="warning">{ "“按哪一天的政策计算”的日期有误，请先更正。" }</p> }
            }
        },
    };
    html! { <>{ notes_html }{ body }</> }
}

/// `&'static Flow` compared by address, for props.
#[derive(Clone, Copy)]
pub struct FlowRef(pub &'static Flow);

impl PartialEq for FlowRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    flow: FlowRef,
    question: QuestionId,
    route: Route,
    answers: Rc<Answers>,
    return_to_check: bool,
    title: AttrValue,
}

/// One question: its control, its message, 继续, and the back link.
#[component]
fn QuestionScreen(p: &QuestionProps) -> Html {
    let (flow, route) = (p.flow.0, p.route);
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    let Some(q) = flow.question(p.question) else {
        return html! {};
    };
    let existing = p.answers.get(q.id).unwrap_or_default().to_string();
    let draft = use_state(|| existing.clone());
    // An answer from the link that does not pass is shown with its message straight away.
    let error = use_state(|| {
        (!existing.is_empty())
            .then(|| q.check(&existing).err())
            .flatten()
            .map(|e| e.0)
    });
    let on_submit = {
        let draft = draft.clone();
        let error = error.clone();
        let answers = p.answers.clone();
        let ret = p.return_to_check;
        let as_of = as_of.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match q.check(&draft) {
                Err(err) => {
                    error.set(Some(err.0));
                    browser::focus("question-error");
                }
                Ok(value) => {
                    let mut next = (*answers).clone();
                    next.set(q.id, &value);
                    let walk = flow.walk(&next);
                    let (at, keep_ret) = match walk.pending {
                        None => (Screen::Check, false),
                        Some(id) => (Screen::Ask(id), ret),
                    };
                    // The entry left behind keeps this answer, so Back shows it as given.
                    address::replace(&link(flow, route, &as_of, &next, Screen::Ask(q.id), ret));
                    address::go(&link(flow, route, &as_of, &next, at, keep_ret));
                }
            }
        })
    };
    let back = match flow.previous(&p.answers, q.id) {
        Some(prev) => link(flow, route, &as_of, &p.answers, Screen::Ask(prev), false),
        None if p.return_to_check => link(flow, route, &as_of, &p.answers, Screen::Check, false),
        None => link(
            flow,
            route,
            &as_of,
            &Answers::default(),
            Screen::Start,
            false,
        ),
    };
    let set = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(v))
    };
    // Focus follows the page: each question opens with its heading focused.
    use_effect_with(p.question, |_| browser::focus(QUESTION_TITLE));
    let err = (*error).clone().map(AttrValue::from);
    html! {
        <>
            <p class="no-print"><a class="back-link" href={back}>{ "返回" }</a></p>
            <p class="caption">{ p.title.clone() }</p>
            { notices::error_summary("question-error", "请修改以下内容".into(), error.iter().map(|m| ("q-answer".to_string(), m.to_string())).collect()) }
            <form novalidate=true onsubmit={on_submit} class="question">
                { control(q, &draft, set, err) }
                <div class="actions">
                    <button type="submit" class="button">{ "继续" }</button>
                </div>
            </form>
        </>
    }
}

/// The input for a question. Each kind's first control has the id `q-answer`, for the error link.
fn control(
    q: &'static Question,
    draft: &str,
    set: Callback<String>,
    error: Option<AttrValue>,
) -> Html {
    let unsure = |mut choices: Vec<Choice>| {
        if q.unsure {
            choices.push(Choice::hinted(
                UNSURE,
                "不确定",
                "选这一项，结果会告诉您向谁确认、带什么材料",
            ));
        }
        choices
    };
    let hint = (!q.hint.is_empty()).then(|| AttrValue::from(q.hint));
    match &q.kind {
        Kind::Choice(options) => html! {
            <Radios name="q-answer" legend={q.prompt} hint={hint} error={error} selected={draft.to_string()} onchange={set} heading=true
                choices={unsure(options.iter().map(|o| if o.hint.is_empty() { Choice::new(o.key, o.label) } else { Choice::hinted(o.key, o.label, o.hint) }).collect())} />
        },
        Kind::YesNo => html! {
            <Radios name="q-answer" legend={q.prompt} hint={hint} error={error} selected={draft.to_string()} onchange={set} heading=true
                choices={unsure(YesNo::ALL.iter().map(|y| Choice::new(y.key(), y.label())).collect())} />
        },
        Kind::Multi { options, none_key } => {
            let chosen: Vec<String> = draft
                .split(',')
                .filter(|k| !k.is_empty())
                .map(str::to_string)
                .collect();
            let toggle = |key: &'static str| {
                let chosen = chosen.clone();
                let set = set.clone();
                let none_key = *none_key;
                Callback::from(move |_: Event| {
                    let mut next: Vec<String> = chosen.clone();
                    if next.iter().any(|k| k == key) {
                        next.retain(|k| k != key);
                    } else if key == none_key || key == UNSURE {
                        next = vec![key.to_string()];
                    } else {
                        next.retain(|k| k != none_key && k != UNSURE);
                        next.push(key.to_string());
                    }
                    set.emit(next.join(","));
                })
            };
            let mut keys: Vec<(&'static str, &'static str, &'static str)> =
                options.iter().map(|o| (o.key, o.label, o.hint)).collect();
            if q.unsure {
                keys.push((UNSURE, "不确定", "结果会告诉您向谁确认、带什么材料"));
            }
            html! {
                <fieldset class={classes!("field", "fieldset", error.is_some().then_some("field--error"))} aria-describedby={hint.as_ref().map(|_| "q-hint")}>
                    <legend class="label question-heading"><h1 id={QUESTION_TITLE} tabindex="-1">{ q.prompt }</h1></legend>
                    if let Some(h) = &hint { <div class="hint" id="q-hint">{ h.clone() }</div> }
                    if let Some(e) = &error { <p class="error-message" id="q-error"><span class="error-tag">{ "错误：" }</span>{ e.clone() }</p> }
                    <div class="checkboxes">
                    { for keys.iter().enumerate().map(|(i, (key, label, item_hint))| {
                        let id = if i == 0 { "q-answer".to_string() } else { format!("q-answer-{key}") };
                        html! {
                            <div class="radio">
                                <input type="checkbox" id={id.clone()} name="q-answer" value={*key}
                                    checked={chosen.iter().any(|k| k == key)} onchange={toggle(key)} />
                                <label for={id.clone()}>{ *label }</label>
                                if !item_hint.is_empty() { <div class="hint radio-hint">{ *item_hint }</div> }
                            </div>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        }
        Kind::Date | Kind::Month => {
            let is_unsure = draft == UNSURE;
            let typed = if is_unsure {
                String::new()
            } else {
                draft.to_string()
            };
            let toggle_unsure = {
                let set = set.clone();
                Callback::from(move |_: Event| {
                    set.emit(if is_unsure {
                        String::new()
                    } else {
                        UNSURE.to_string()
                    })
                })
            };
            html! {
                <div class="question-open">
                    <TextField id="q-answer" label={q.prompt} heading=true hint={hint}
                        value={typed} error={error} oninput={set} inputmode="numeric" width="w-medium" />
                    if q.unsure {
                        <div class="radio">
                            <input type="checkbox" id="q-unsure" checked={is_unsure} onchange={toggle_unsure} />
                            <label for="q-unsure">{ "不确定" }</label>
                        </div>
                    }
                </div>
            }
        }
    }
}

fn check_answers(
    flow: &'static Flow,
    route: Route,
    as_of: &AsOf,
    answers: &Answers,
    title: &AttrValue,
) -> Html {
    let walk = flow.walk(answers);
    html! {
        <>
            <p class="caption">{ title.clone() }</p>
            <h1>{ "核对您的回答" }</h1>
            <dl class="check-list">
            { for walk.path.iter().filter_map(|id| flow.question(id)).map(|q| html! {
                <div class="check-row">
                    <dt>{ q.prompt }</dt>
                    <dd>{ q.describe(answers.get(q.id).unwrap_or_default()) }</dd>
                    <dd class="no-print">
                        <a href={link(flow, route, as_of, answers, Screen::Ask(q.id), true)} id={format!("change-{}", q.id)}>
                            { "修改" }<span class="visually-hidden">{ format!("：{}", q.prompt) }</span>
                        </a>
                    </dd>
                </div>
            }) }
            </dl>
            <p><a class="button" href={link(flow, route, as_of, answers, Screen::Result, false)} role="button">{ "确认并查看结果" }</a></p>
        </>
    }
}

fn answers_summary(flow: &'static Flow, answers: &Answers) -> Html {
    let walk = flow.walk(answers);
    html! {
        <section class="answers-summary">
            <h2>{ "您的回答" }</h2>
            <dl class="summary-list">
            { for walk.path.iter().filter_map(|id| flow.question(id)).map(|q| html! {
                <div><dt>{ q.prompt }</dt><dd>{ q.describe(answers.get(q.id).unwrap_or_default()) }</dd></div>
            }) }
            </dl>
        </section>
    }
}

fn result_actions(
    flow: &'static Flow,
    route: Route,
    as_of: &AsOf,
    answers: &Answers,
    full: &str,
) -> Html {
    html! {
        <>
            <div class="actions no-print">
                <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ "打印结果" }</button>
                <a class="button button--secondary" href={link(flow, route, as_of, answers, Screen::Check, false)} role="button">{ "修改回答" }</a>
                <a class="button button--secondary" href={page_link(route, as_of, Vec::new())} role="button">{ "重新开始（清空回答）" }</a>
            </div>
            { notices::result_link(full.to_string()) }
        </>
    }
}
