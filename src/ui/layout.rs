//! The frame around every page: header, the as-of date, and the notice that results are for reference.

use super::fields::TextField;
use super::later::use_after_first_paint;
use super::{AsOf, Route};
use crate::date::Date;
use crate::policy::{COVERED_FROM, DATA_CHECKED, DATA_VERSION};
use yew::prelude::*;

pub const DISCLAIMER: &str = "仅供参考，以社会保险经办机构核定为准。";

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub route: Route,
    pub children: Html,
}

#[component]
pub fn Layout(p: &LayoutProps) -> Html {
    // The footer is below the fold on every page: it waits for the first frame (see `later`).
    let painted = use_after_first_paint();
    // On a phone the sections are a list behind 栏目, so none is cut off mid-word and the
    // page's own content still comes first; choosing one closes it.
    let menu_open = use_state_eq(|| false);
    let close = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(false))
    };
    let toggle = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    let nav_item = |route: Route| {
        let current = (p.route == route).then_some("page");
        html! { <li><a href={format!("#{}", route.path())} aria-current={current} onclick={close.clone()}>{ route.name() }</a></li> }
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                super::browser::focus("main");
            })}>{ "跳到主要内容" }</a>
            <header class="site-header no-print">
                <div class="container header-row">
                    <a class="site-name" href="#/">{ "常州工伤保险助手" }</a>
                    <CounterBadge />
                    <super::display::LargeTextToggle />
                    <button type="button" class="toggle nav-toggle" id="nav-toggle" aria-controls="site-nav"
                        aria-expanded={if *menu_open { "true" } else { "false" }} onclick={toggle}>{ "栏目" }</button>
                    <nav aria-label="主要栏目" id="site-nav" class={classes!(menu_open.then_some("nav--open"))}>
                        <ul class="nav">
                            { for crate::tools::TOOLS.iter().map(|t| nav_item(Route::Tool(t))) }
                            { nav_item(Route::Rules) }
                        </ul>
                    </nav>
                </div>
            </header>
            <div class="container">
                <AsOfBar />
                <main id="main" tabindex="-1">
                    // Where the person is looking after 清除本机数据: the top of the home page.
                    if p.route == Route::Home { <ClearedNote /> }
                    { p.children.clone() }
                </main>
            </div>
            if painted {
                <footer class="site-footer">
                    <div class="container">
                        <p><strong>{ DISCLAIMER }</strong></p>
                        <p>{ "本工具完全在您的浏览器中运行，您填写的内容不会上传到任何服务器。" }<a href="#/privacy">{ "隐私说明" }</a></p>
                        <div class="footer-actions no-print">
                            <super::display::ClearButton />
                        </div>
                        <p>{ format!("政策数据版本 {DATA_VERSION}，收录 {COVERED_FROM} 起的政策，最后核对于 {DATA_CHECKED}。") }</p>
                    </div>
                </footer>
            }
        </>
    }
}

/// Said after 清除本机数据, with what it could not clear and how, unless counter mode kept it empty.
#[component]
fn ClearedNote() -> Html {
    let Some(cleared) = use_context::<super::display::Display>().and_then(|d| d.cleared) else {
        return html! {};
    };
    html! {
        <div class="cleared notice" role="status">
            <p><strong>{ "已清除本机数据，并清空了当前输入。" }</strong></p>
            if cleared.history_clean {
                <p>{ "柜台模式开启中：地址栏和浏览器的历史记录里没有刚才办事人的回答。" }</p>
            } else {
                <p>{ "浏览器自己的历史记录不在本工具能清除的范围内，可能还留有刚才的链接：请按 Ctrl+Shift+Delete（苹果电脑按 ⌘+Shift+Delete）打开浏览器的“清除浏览数据”，勾选“浏览记录”后清除。公用电脑可以在" }<a href="#/privacy">{ "隐私说明" }</a>{ "页开启柜台模式，以后不再留下。" }</p>
            }
        </div>
    }
}

/// Shows that 柜台模式 is on, and where to change it.
#[component]
fn CounterBadge() -> Html {
    if !use_context::<super::display::Display>().is_some_and(|d| d.counter) {
        return html! {};
    }
    html! { <a class="counter-badge" id="counter-badge" href="#/privacy">{ "柜台模式" }</a> }
}

/// 按哪一天的政策计算: today by default, changeable on every page.
#[component]
fn AsOfBar() -> Html {
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    let error = as_of.day.as_ref().err().map(|e| AttrValue::from(e.0));
    let outside = match as_of.day {
        Ok(d) if d < COVERED_FROM => Some(format!(
            "{d} 早于本工具收录的政策（{COVERED_FROM} 起），各项测算会提示无法计算。"
        )),
        Ok(d) if d > DATA_CHECKED => Some(format!(
            "政策数据最后核对于 {DATA_CHECKED}。此后公布的新标准可能尚未收录：按期间公布的数值（如年度缴费基数上下限、节假日安排）会沿用最近一期并标注“待核实”。"
        )),
        _ => None,
    };
    let to_today = {
        let set = as_of.set.clone();
        let today = as_of.today;
        Callback::from(move |_: MouseEvent| set.emit(today.to_string()))
    };
    // Open while the date cannot be read, so its message shows; otherwise as the user left it.
    let opened = use_state(|| false);
    // Folded on arrival, its field waits for the first frame (see `later`).
    let painted = use_after_first_paint();
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            opened.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            )
        })
    };
    html! {
        <details class="as-of" open={*opened || error.is_some()} {ontoggle}>
            <summary class="as-of-summary">
                { computed_as_of(as_of.day.as_ref().ok().copied()) }<span class="as-of-change no-print">{ " · 更改" }</span>
            </summary>
            if painted {
                <div class="as-of-field">
                    <TextField id="as-of" label="按哪一天的政策计算" value={as_of.text.clone()}
                        hint="默认是今天。查询以往期间时，填该期间内的一天，例如 2023-06-01 或 20230601。"
                        error={error} oninput={as_of.set.clone()} inputmode="numeric" width="w-medium" />
                    if as_of.day != Ok(as_of.today) {
                        <button type="button" class="button button--secondary no-print" onclick={to_today}>{ "改为今天" }</button>
                    }
                </div>
            }
            if let Some(text) = outside {
                <p class="warning" role="status">{ text }</p>
            }
            <p class="as-of-meta">
                { format!("政策数据版本 {DATA_VERSION}。") }
                <strong>{ DISCLAIMER }</strong>
            </p>
        </details>
    }
}

/// The as-of date in a sentence, or what is wrong with it: never a sentence with a hole.
pub fn computed_as_of(day: Option<Date>) -> String {
    match day {
        Some(d) => format!("按 {} 的政策计算", d.chinese()),
        None => "计算日期有误，更正后才能计算".into(),
    }
}

#[component]
pub fn NotFound() -> Html {
    html! {
        <>
            <h1>{ "找不到这个页面" }</h1>
            <p>{ "链接可能不完整。请从" }<a href="#/">{ "首页" }</a>{ "重新进入。" }</p>
        </>
    }
}
