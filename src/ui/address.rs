//! The address bar. Normally it holds the page's full link: the state a user can
//! bookmark and share. A calculator's link is written when the person pauses or leaves
//! a field (`replace_soon`), so one filled form leaves a row or two in the browser's
//! history, not one per keystroke.
//!
//! In 柜台模式 (counter mode, a setting kept on that PC) the address bar holds only the
//! bare route (`#/benefits`): the full links live here, in memory, one per history entry
//! of this tab, so neither the address bar, its suggestions nor the browser's history
//! ever holds a citizen's answers. The full link is given on request (复制链接 and the
//! printout's QR code), and Back and Forward still step through the screens. Links in
//! the page are followed here instead of by the browser, so no full link reaches the
//! address bar. A reload empties memory: the page opens bare, a clean slate.
//!
//! Each entry's `history.state` carries the session tag (see `session`); in counter mode
//! it is `tag#n`, `n` being the entry's place in `ENTRIES`.

use super::{browser, session, Route};
use crate::link;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

/// The event a navigation made here sends, for the app to read the new link.
const NAVIGATE: &str = "gongshang-navigate";

/// How long typing may pause before the address bar follows it.
const PAUSE_MS: i32 = 800;

thread_local! {
    static COUNTER: Cell<bool> = const { Cell::new(false) };
    /// Counter mode has been on since this tab loaded the app, and no full link has been
    /// in the address bar since: the browser's history holds no answer of this tab.
    static CLEAN: Cell<bool> = const { Cell::new(false) };
    /// Counter mode: the full link of each history entry made in it.
    static ENTRIES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Counter mode: the full link of the entry shown.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
    /// A link waiting for typing to pause, and a count that makes older waits void.
    static PENDING: RefCell<Option<String>> = const { RefCell::new(None) };
    static WAIT: Cell<u32> = const { Cell::new(0) };
}

pub fn counter() -> bool {
    COUNTER.with(Cell::get)
}

/// Whether counter mode has kept this tab's browser history free of answers.
pub fn history_clean() -> bool {
    counter() && CLEAN.with(Cell::get)
}

/// The page's route alone, without the as-of date or any answer.
pub fn bare(hash: &str) -> String {
    let (path, _) = link::split_hash(hash);
    format!("#{}", Route::from_path(path).path())
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// This entry's place in `ENTRIES`, if it was made in this session in counter mode.
fn entry_index() -> Option<usize> {
    let state = history()?.state().ok()?.as_string()?;
    let (tag, n) = state.split_once('#')?;
    (tag == session::tag())
        .then(|| n.parse().ok())
        .flatten()
        .filter(|n| ENTRIES.with(|e| *n < e.borrow().len()))
}

fn entry_state(n: usize) -> JsValue {
    JsValue::from_str(&format!("{}#{n}", session::tag()))
}

/// Counter mode: makes the current history entry hold `hash` in memory and the bare route
/// in the address bar.
fn hold(hash: &str) {
    CURRENT.with(|c| *c.borrow_mut() = hash.to_string());
    let n = match entry_index() {
        Some(n) => {
            ENTRIES.with(|e| e.borrow_mut()[n] = hash.to_string());
            n
        }
        None => ENTRIES.with(|e| {
            e.borrow_mut().push(hash.to_string());
            e.borrow().len() - 1
        }),
    };
    if let Some(h) = history() {
        let _ = h.replace_state_with_url(&entry_state(n), "", Some(&bare(hash)));
    }
}

/// At load, with the link the session lets the page show (see `App`).
pub fn start(counter_on: bool, hash: &str) {
    COUNTER.with(|c| c.set(counter_on));
    if counter_on {
        // A full link opened on this PC is already in its history.
        CLEAN.with(|c| c.set(bare(hash) == hash || hash.is_empty()));
        hold(hash);
    }
    follow_links_here();
}

/// The link of the page shown.
pub fn current() -> String {
    if counter() {
        CURRENT.with(|c| c.borrow().clone())
    } else {
        browser::hash()
    }
}

/// Marks the entry as this session's, keeping its link (see `session`).
pub fn mark() {
    if !counter() {
        browser::mark_entry();
    }
}

/// Voids a link waiting for a pause: the page it belongs to is gone or rewritten.
fn cancel_pending() {
    WAIT.with(|w| w.set(w.get().wrapping_add(1)));
    PENDING.with(|p| p.borrow_mut().take());
}

/// The page's link, now, without a new history entry.
pub fn replace(hash: &str) {
    cancel_pending();
    if counter() {
        hold(hash);
    } else {
        browser::replace_hash(hash);
    }
}

/// The page's link once typing pauses (or the field is left, or the page navigates).
pub fn replace_soon(hash: &str) {
    if counter() {
        return hold(hash);
    }
    PENDING.with(|p| *p.borrow_mut() = Some(hash.to_string()));
    let wait = WAIT.with(|w| {
        w.set(w.get().wrapping_add(1));
        w.get()
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    let write = wasm_bindgen::closure::Closure::once_into_js(move || {
        if WAIT.with(Cell::get) == wait {
            flush();
        }
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), PAUSE_MS);
}

/// Writes a link waiting for a pause.
pub fn flush() {
    if let Some(hash) = PENDING.with(|p| p.borrow_mut().take()) {
        browser::replace_hash(&hash);
    }
}

/// Goes to another page: a new history entry, so Back returns.
pub fn go(hash: &str) {
    flush();
    if !counter() {
        return browser::go(hash);
    }
    let n = ENTRIES.with(|e| {
        e.borrow_mut().push(hash.to_string());
        e.borrow().len() - 1
    });
    CURRENT.with(|c| *c.borrow_mut() = hash.to_string());
    if let Some(h) = history() {
        let _ = h.push_state_with_url(&entry_state(n), "", Some(&bare(hash)));
    }
    announce();
}

fn announce() {
    if let Some(w) = web_sys::window() {
        if let Ok(e) = web_sys::Event::new(NAVIGATE) {
            let _ = w.dispatch_event(&e);
        }
    }
}

/// Turns counter mode on or off for this tab (the setting itself is kept by `display`).
pub fn set_counter(on: bool) {
    if on == counter() {
        return;
    }
    if on {
        let hash = browser::hash();
        COUNTER.with(|c| c.set(true));
        // Earlier entries of this tab may hold answers.
        CLEAN.with(|c| c.set(false));
        hold(&hash);
    } else {
        let hash = current();
        COUNTER.with(|c| c.set(false));
        browser::replace_hash(&hash);
    }
}

/// 清除本机数据: the links held for earlier entries go (`session` starts a new tag).
pub fn forget() {
    ENTRIES.with(|e| e.borrow_mut().clear());
}

/// Calls `f` whenever the page's link changes: a navigation made here, Back or Forward,
/// or (in counter mode) a link typed into the address bar, which is then taken into
/// memory and the bar made bare again.
pub fn on_navigate(f: impl Fn() + 'static) -> Vec<gloo_events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let f = std::rc::Rc::new(f);
    let on_hash = {
        let f = f.clone();
        gloo_events::EventListener::new(&window, "hashchange", move |_| {
            if !counter() {
                return f();
            }
            let typed = browser::hash();
            // A change this module made, or one `popstate` has already read.
            if typed == current() || typed == bare(&current()) {
                return;
            }
            take_typed(&typed);
            f();
        })
    };
    let on_pop = {
        let f = f.clone();
        gloo_events::EventListener::new(&window, "popstate", move |_| {
            if !counter() {
                return;
            }
            let typed = history()
                .and_then(|h| h.state().ok())
                .is_none_or(|s| s.is_null());
            match entry_index() {
                Some(n) => {
                    let hash = ENTRIES.with(|e| e.borrow()[n].clone());
                    CURRENT.with(|c| *c.borrow_mut() = hash);
                }
                // A link typed into the address bar (an entry with no state yet).
                None if typed => take_typed(&browser::hash()),
                // Another session's entry: `App` shows its page bare (see `session`).
                None => CURRENT.with(|c| *c.borrow_mut() = bare(&browser::hash())),
            }
            f();
        })
    };
    let on_go = gloo_events::EventListener::new(&window, NAVIGATE, move |_| f());
    vec![on_hash, on_pop, on_go]
}

/// A full link typed or pasted into the address bar in counter mode: kept in memory, and
/// the bar made bare again (the browser has recorded it already).
fn take_typed(hash: &str) {
    CLEAN.with(|c| c.set(false));
    hold(hash);
}

/// In counter mode a link in the page (`<a href="#/…">`) is followed here, so its full
/// link never reaches the address bar; leaving a field writes a waiting link.
fn follow_links_here() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let active = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(&document, "click", active, |e| {
        if !counter() {
            return;
        }
        let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        let anchor = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = anchor.and_then(|a| a.get_attribute("href")) {
            e.prevent_default();
            go(&href);
        }
    })
    .forget();
    gloo_events::EventListener::new(&document, "focusout", |_| flush()).forget();
}
