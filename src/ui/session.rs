//! Keeps one citizen's answers out of the next one's Back and Forward steps on a
//! shared PC.
//!
//! Every history entry the app shows is marked, in `history.state` and never in the
//! link, with this tab's session tag; 清除本机数据 starts a new tag. An entry reached by
//! Back or Forward that carries another tag belongs to an earlier session: the app
//! shows its page without the answers and rewrites its link to the bare page. Within
//! a session, Back and Forward work as usual. Nothing is written to storage.

use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static TAG: RefCell<String> = const { RefCell::new(String::new()) };
}

fn new_tag() -> String {
    format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
}

fn set(tag: String) {
    TAG.with(|t| *t.borrow_mut() = tag);
}

/// This session's tag.
pub fn tag() -> String {
    TAG.with(|t| t.borrow().clone())
}

/// The mark for the entries of this session, as `history.state`.
pub fn mark() -> JsValue {
    JsValue::from_str(&tag())
}

/// The tag of the entry shown (counter mode adds `#n` after it, see `address`).
fn entry_tag() -> Option<String> {
    let state = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())?;
    Some(state.split('#').next().unwrap_or_default().to_string())
}

/// `navigate`, `reload` or `back_forward`: how this page load came about
/// (`performance.getEntriesByType('navigation')[0].type`, read without `eval`, which the CSP forbids).
fn navigation_type() -> String {
    use js_sys::{Array, Function, Reflect};
    use wasm_bindgen::JsCast;
    let get = |target: &JsValue, key: &str| Reflect::get(target, &JsValue::from_str(key)).ok();
    let performance = web_sys::window().and_then(|w| get(&w, "performance"));
    let entries = performance.as_ref().and_then(|p| {
        let by_type = get(p, "getEntriesByType")?.dyn_into::<Function>().ok()?;
        by_type.call1(p, &JsValue::from_str("navigation")).ok()
    });
    entries
        .and_then(|e| e.dyn_into::<Array>().ok())
        .map(|list| list.get(0))
        .and_then(|entry| get(&entry, "type"))
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}

/// At page load: a reloaded entry keeps its session; an entry reached by Back or
/// Forward from another page load cannot be told apart from an earlier citizen's, so
/// its answers are not shown. Returns whether they may be.
pub fn start() -> bool {
    match entry_tag() {
        Some(tag) if navigation_type() == "reload" => {
            set(tag);
            true
        }
        Some(_) => {
            set(new_tag());
            false
        }
        None => {
            set(new_tag());
            true
        }
    }
}

/// After a change of link: a new entry is this session's; a visited one shows its
/// answers only if it carries this session's mark.
pub fn arrive() -> bool {
    match entry_tag() {
        None => true,
        Some(tag) => TAG.with(|t| *t.borrow() == tag),
    }
}

/// 清除本机数据: every entry so far belongs to an earlier session.
pub fn forget() {
    set(new_tag());
}
