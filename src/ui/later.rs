//! What the person does not see first is built only after the app's first frame is painted:
//! the working, the citations, the printout's page 1 with its QR code, inputs folded behind
//! 修改输入, the as-of date's field and the footer. Not built, rather than built and kept
//! out of the page: the first frame then runs (and the browser compiles) none of their code.
//! On a slow phone that frame is the result, sooner; everything follows one frame later,
//! long before anyone could print or open it.

use super::browser;
use yew::prelude::*;

/// Whether the app's first frame has been painted (a context the app provides).
#[derive(Clone, Copy, PartialEq)]
pub struct Painted(pub bool);

/// The app's [`Painted`], for its context: false for the first frame, then true for good.
#[hook]
pub fn use_painted() -> Painted {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            browser::after_next_paint(move || painted.set(true))
        });
    }
    Painted(*painted)
}

/// In a component: whether to build what waits for the first frame. Subscribed to the
/// context, so the component renders again when it turns true. Without the context (a
/// component test of one part) there is no first frame to wait for.
#[hook]
pub fn use_after_first_paint() -> bool {
    use_context::<Painted>().is_none_or(|p| p.0)
}
