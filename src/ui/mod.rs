//! The Yew front end: hash routing, the as-of date every page shares, and the pages.
//!
//! The link is the state a user can share: each page reads its inputs from the
//! link when it opens and rewrites the link as the user types. A navigation
//! (a new link, the back button, 重新开始) remounts the page from the new link.

mod address;
pub mod benefits;
pub mod browser;
mod calculator;
mod checklist;
mod cite;
pub mod display;
pub mod fields;
pub mod flow;
mod home;
mod later;
mod layout;
mod notices;
pub mod premium;
pub(crate) mod print;
mod privacy;
mod rules;
mod session;

use crate::date::{Date, DateError};
use crate::link::{self, LinkNote};
use crate::tools::{Tool, TOOLS};
use std::rc::Rc;
use yew::prelude::*;

/// Where the address bar points: a tool from `tools::TOOLS`, or one of the site's pages.
#[derive(Clone, Copy, Debug)]
pub enum Route {
    Home,
    Tool(&'static Tool),
    Rules,
    Privacy,
    NotFound,
}

impl PartialEq for Route {
    fn eq(&self, other: &Route) -> bool {
        match (self, other) {
            (Route::Tool(a), Route::Tool(b)) => std::ptr::eq(*a, *b),
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

impl std::fmt::Debug for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.path())
    }
}

/// The site's own pages: route, path and name.
const SITE_PAGES: [(Route, &str, &str); 3] = [
    (Route::Home, "/", SITE),
    (Route::Rules, "/rules", "政策数据与来源"),
    (Route::Privacy, "/privacy", "隐私说明"),
];

impl Route {
    pub fn from_path(path: &str) -> Route {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            p => p,
        };
        TOOLS
            .iter()
            .find(|t| t.path() == path)
            .map(Route::Tool)
            .or_else(|| {
                SITE_PAGES
                    .iter()
                    .find(|(_, p, _)| *p == path)
                    .map(|(r, _, _)| *r)
            })
            .unwrap_or(Route::NotFound)
    }
    pub fn path(self) -> &'static str {
        match self {
            Route::Tool(t) => t.path(),
            other => SITE_PAGES
                .iter()
                .find(|(r, _, _)| *r == other)
                .map_or("/", |(_, p, _)| p),
        }
    }
    /// The page's name, as the navigation and the titles say it.
    pub fn name(self) -> &'static str {
        match self {
            Route::Tool(t) => t.name(),
            Route::NotFound => "找不到页面",
            other => SITE_PAGES
                .iter()
                .find(|(r, _, _)| *r == other)
                .map_or(SITE, |(_, _, n)| n),
        }
    }
    pub fn title(self) -> String {
        match self {
            Route::Home => SITE.to_string(),
            other => format!("{} - {SITE}", other.name()),
        }
    }
}

const SITE: &str = "常州工伤保险助手";

/// The address bar, read once per navigation.
#[derive(Clone, PartialEq)]
pub struct Arrival {
    pub route: Route,
    pub date: Option<String>,
    /// The page's own keys, for it to read.
    pub pairs: Rc<Vec<(String, String)>>,
    pub notes: Rc<Vec<LinkNote>>,
    /// Counts navigations, so a page is rebuilt from each new link.
    pub generation: u32,
}

impl Arrival {
    fn read(hash: &str, generation: u32) -> Arrival {
        let (path, query) = link::split_hash(hash);
        let common = link::split_common(link::parse_query(query));
        Arrival {
            route: Route::from_path(path),
            date: common.date,
            pairs: Rc::new(common.rest),
            notes: Rc::new(common.notes),
            generation,
        }
    }
}

/// What a page that reads its inputs from the link receives: its own keys, and
/// notes about anything in the link that was ignored.
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub pairs: Rc<Vec<(String, String)>>,
    pub notes: Rc<Vec<LinkNote>>,
}

/// The as-of date (按哪一天的政策计算), shared by every page.
#[derive(Clone, PartialEq)]
pub struct AsOf {
    /// As typed; kept even when invalid so nothing typed is lost.
    pub text: String,
    pub day: Result<Date, DateError>,
    pub today: Date,
    pub set: Callback<String>,
}

impl AsOf {
    /// The `date=` value for links: what was typed, so a link reproduces the page.
    pub fn link_value(&self) -> String {
        match &self.day {
            Ok(d) => d.to_string(),
            Err(_) => self.text.clone(),
        }
    }
}

/// A page's link: its path, the as-of date, the link and data versions, then its own keys.
pub fn page_link(route: Route, as_of: &AsOf, pairs: Vec<(String, String)>) -> String {
    let mut all = vec![
        (link::DATE_KEY.to_string(), as_of.link_value()),
        (
            link::VERSION_KEY.to_string(),
            link::LINK_VERSION.to_string(),
        ),
        (
            link::DATA_KEY.to_string(),
            crate::policy::DATA_VERSION.to_string(),
        ),
    ];
    all.extend(pairs);
    format!("#{}?{}", route.path(), link::build_query(&all))
}

/// The link to read on arriving at a history entry: its own if its answers may be
/// shown (see `session`), else the bare page, written back so the entry keeps no answers.
fn arrive(shown: bool) -> String {
    let hash = address::current();
    if shown {
        address::mark();
        return hash;
    }
    let bare = address::bare(&hash);
    address::replace(&bare);
    bare
}

#[component]
pub fn App() -> Html {
    let today = use_memo((), |_| browser::today());
    let arrival = use_state(|| {
        let shown = session::start();
        address::start(display::remembered_counter(), &browser::hash());
        Arrival::read(&arrive(shown), 0)
    });
    let date_text = use_state(|| arrival.date.clone().unwrap_or_else(|| today.to_string()));
    {
        let arrival = arrival.clone();
        let date_text = date_text.clone();
        let today = *today;
        use_effect_with((), move |_| {
            let listeners = address::on_navigate(move || {
                let next = Arrival::read(
                    &arrive(session::arrive()),
                    arrival.generation.wrapping_add(1),
                );
                date_text.set(next.date.clone().unwrap_or_else(|| today.to_string()));
                arrival.set(next);
                browser::scroll_to_top();
            });
            move || drop(listeners)
        });
    }
    // Pages with screens of their own (the tools) set their own titles.
    use_effect_with(arrival.route, |route| {
        if matches!(
            route,
            Route::Home | Route::Rules | Route::Privacy | Route::NotFound
        ) {
            browser::set_title(&route.title());
        }
    });

    let as_of = AsOf {
        text: (*date_text).clone(),
        day: Date::parse(&date_text),
        today: *today,
        set: {
            let date_text = date_text.clone();
            Callback::from(move |t: String| date_text.set(t))
        },
    };
    let (pairs, notes) = (arrival.pairs.clone(), arrival.notes.clone());
    let page = match arrival.route {
        Route::Home => html! { <home::Home key={arrival.generation} /> },
        Route::Tool(Tool::Check(check)) => html! {
            <flow::FlowPage key={arrival.generation} tool={check} pairs={pairs} notes={notes} />
        },
        Route::Tool(tool) if tool.path() == crate::premium::PATH => html! {
            <premium::PremiumPage key={arrival.generation} pairs={pairs} notes={notes} />
        },
        Route::Tool(tool) if tool.path() == crate::benefits::PATH => html! {
            <benefits::BenefitsPage key={arrival.generation} pairs={pairs} notes={notes} />
        },
        Route::Rules => html! { <rules::Rules key={arrival.generation} /> },
        Route::Privacy => html! { <privacy::Privacy key={arrival.generation} /> },
        Route::Tool(_) | Route::NotFound => html! { <layout::NotFound /> },
    };
    let display = display::use_display(arrival.generation);
    let painted = later::use_painted();
    html! {
        <ContextProvider<AsOf> context={as_of}>
            <ContextProvider<display::Display> context={display}>
                <ContextProvider<later::Painted> context={painted}>
                    <layout::Layout route={arrival.route}>{ page }</layout::Layout>
                </ContextProvider<later::Painted>>
            </ContextProvider<display::Display>>
        </ContextProvider<AsOf>>
    }
}

pub fn start() {
    // A panic would otherwise leave a frozen page: say so plainly and offer a clean start.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_recovery();
    }));
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// Replaces the page with a recovery message. Written with plain DOM calls,
/// because after a panic the app itself cannot run again; the link reloads it
/// (the query string forces a real load, a new hash alone would not).
pub fn show_recovery() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The app's own root, so the page around it (and a test runner's output) survives.
    let target = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into));
    let Some(target) = target else { return };
    target.set_inner_html(
        r#"<main class="container crash" role="alert">
  <h1>页面出错了</h1>
  <p>很抱歉，工具遇到了意外错误，无法继续。您填写的内容只在本机浏览器中，没有上传到任何地方。</p>
  <p><a class="button" id="restart" href="./?restart#/">重新开始</a></p>
  <p>如果反复出现，请记下当时的操作步骤，告诉网站维护人员。</p>
</main>"#,
    );
}
