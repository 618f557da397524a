//! The two settings the app can keep — large text and 柜台模式 (counter mode) — and
//! 清除本机数据.
//!
//! Nothing is stored unless the user asks: large text is written to this browser's
//! localStorage only after 在本机记住, counter mode when it is turned on (it is a
//! setting of the PC, not of a citizen). Clearing removes everything the app could
//! have left in this browser's storage except counter mode, which the next citizen
//! needs as much as this one.

use super::address;
use yew::prelude::*;

const LARGE_TEXT_KEY: &str = "gongshang.largeText";
const COUNTER_KEY: &str = "gongshang.counterMode";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Whether this browser was asked to remember large text.
pub fn remembered_large_text() -> bool {
    local_storage()
        .and_then(|s| s.get_item(LARGE_TEXT_KEY).ok().flatten())
        .as_deref()
        == Some("1")
}

/// Large text as set in this tab, which a reload keeps (the tab's own storage, gone when
/// it closes, and emptied by 清除本机数据).
fn tab_large_text() -> Option<bool> {
    session_storage()
        .and_then(|s| s.get_item(LARGE_TEXT_KEY).ok().flatten())
        .map(|v| v == "1")
}

fn keep_in_tab(large: bool) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(LARGE_TEXT_KEY, if large { "1" } else { "0" });
    }
}

/// Whether this browser keeps counter mode on.
pub fn remembered_counter() -> bool {
    local_storage()
        .and_then(|s| s.get_item(COUNTER_KEY).ok().flatten())
        .as_deref()
        == Some("1")
}

fn keep_counter(on: bool) {
    if let Some(s) = local_storage() {
        let _ = if on {
            s.set_item(COUNTER_KEY, "1")
        } else {
            s.remove_item(COUNTER_KEY)
        };
    }
}

fn remember(large: bool) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(LARGE_TEXT_KEY, if large { "1" } else { "0" });
    }
}

/// Empties this site's localStorage and sessionStorage. The app sets no cookies.
pub fn clear_local_data() {
    if let Some(s) = local_storage() {
        let _ = s.clear();
    }
    if let Some(s) = session_storage() {
        let _ = s.clear();
    }
}

fn apply(large: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let list = root.class_list();
        let _ = if large {
            list.add_1("large-text")
        } else {
            list.remove_1("large-text")
        };
    }
}

/// The display setting, shared by the header toggle and the privacy page.
#[derive(Clone, PartialEq)]
pub struct Display {
    pub large: bool,
    /// Kept in this browser (only after the user asked).
    pub remembered: bool,
    pub toggle: Callback<()>,
    pub remember: Callback<()>,
    /// 柜台模式: the address bar and the browser's history hold no answers (see `address`).
    pub counter: bool,
    pub toggle_counter: Callback<()>,
    pub clear: Callback<()>,
    /// A message after 清除本机数据, until the next navigation.
    pub cleared: Option<Cleared>,
}

/// What 清除本机数据 could not reach: the browser's history, unless counter mode kept it
/// free of answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Cleared {
    pub history_clean: bool,
    /// The navigation count when it was cleared: the note shows on the page it leads to.
    at: u32,
}

/// `generation` counts the app's navigations (see `ui::Arrival`).
#[hook]
pub fn use_display(generation: u32) -> Display {
    let large = use_state(|| tab_large_text().unwrap_or_else(remembered_large_text));
    let remembered = use_state(remembered_large_text);
    let cleared = use_state(|| None);
    let counter = use_state(remembered_counter);
    use_effect_with(*large, |large| apply(*large));
    let toggle = {
        let (large, remembered) = (large.clone(), remembered.clone());
        Callback::from(move |_| {
            let next = !*large;
            if *remembered {
                remember(next);
            }
            keep_in_tab(next);
            large.set(next);
        })
    };
    let remember_cb = {
        let (large, remembered) = (large.clone(), remembered.clone());
        Callback::from(move |_| {
            remember(*large);
            remembered.set(true);
        })
    };
    let toggle_counter = {
        let counter = counter.clone();
        Callback::from(move |_| {
            let next = !*counter;
            keep_counter(next);
            address::set_counter(next);
            counter.set(next);
        })
    };
    let clear = {
        let (large, remembered, cleared) = (large.clone(), remembered.clone(), cleared.clone());
        Callback::from(move |_| {
            let counter_on = address::counter();
            clear_local_data();
            keep_counter(counter_on);
            super::session::forget();
            large.set(false);
            remembered.set(false);
            cleared.set(Some(Cleared {
                history_clean: address::history_clean(),
                at: generation,
            }));
            address::forget();
            address::go("#/");
        })
    };
    Display {
        large: *large,
        remembered: *remembered,
        toggle,
        remember: remember_cb,
        counter: *counter,
        toggle_counter,
        clear,
        // Until the person moves on from the page 清除本机数据 led to.
        cleared: (*cleared).filter(|c| generation.wrapping_sub(c.at) <= 1),
    }
}

#[component]
pub fn LargeTextToggle() -> Html {
    let Some(display) = use_context::<Display>() else {
        return html! {};
    };
    let onclick = {
        let toggle = display.toggle.clone();
        Callback::from(move |_: MouseEvent| toggle.emit(()))
    };
    html! {
        <button type="button" class="toggle" id="large-text" aria-pressed={if display.large { "true" } else { "false" }} {onclick}>
            { if display.large { "大字模式：开" } else { "大字模式：关" } }
        </button>
    }
}

#[component]
pub fn ClearButton() -> Html {
    let Some(display) = use_context::<Display>() else {
        return html! {};
    };
    let onclick = {
        let clear = display.clear.clone();
        Callback::from(move |_: MouseEvent| clear.emit(()))
    };
    html! {
        <button type="button" class="button button--secondary" id="clear-local" {onclick}>{ "清除本机数据" }</button>
    }
}
