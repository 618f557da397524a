//! The few browser facilities the app uses, each failing quietly: a missing
//! `window` (never the case in a page) must not take the app down. The address bar is
//! written only through `address`, which calls `go`, `replace_hash` and `mark_entry`.

use crate::date::Date;
use wasm_bindgen::JsCast;

/// Today in the browser's local time zone (China Standard Time at a Changzhou counter).
/// A browser always gives a valid date; were it not to, the data's own check date stands in.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or(crate::policy::DATA_CHECKED)
}

pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Rewrites the link in the address bar without a new history entry or a
/// `hashchange` event: the page updates its link as the user types.
pub(super) fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(hash) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&super::session::mark(), "", Some(hash));
    }
}

/// Marks the current history entry as this session's (see `session`), keeping its link.
pub(super) fn mark_entry() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state(&super::session::mark(), "");
    }
}

/// Goes to another page (a new history entry, so the back button returns).
pub(super) fn go(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// A page link (`#/…`) as a full address, for copying and the printout's QR code.
pub fn full_link(hash: &str) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    format!("{}{hash}", here.split('#').next().unwrap_or_default())
}

/// Puts `text` on the clipboard (the page is served over HTTPS or from this machine).
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = element {
        let _ = e.focus();
    }
}

pub fn scroll_into_view(id: &str) {
    if let Some(e) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        e.scroll_into_view();
    }
}

pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Runs `f` in a task after the next frame, which by then has been painted.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let after = wasm_bindgen::closure::Closure::once_into_js(f);
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(after.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Saves `text` as a file the user downloads. It is made here in the browser; nothing is sent.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    // Released once the download has taken the file.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
}
