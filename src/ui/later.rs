//! What the person does not see first is built after the app's first frame is painted:
//! the working, the citations, the printout's page 1 with its QR code, and inputs folded
//! behind 修改输入. On a slow phone that frame is the result, sooner; everything follows
//! one frame later, long before anyone could print or open it.

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

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

/// Its children, from the frame after the first.
#[component]
pub fn Later(p: &LaterProps) -> Html {
    // Without the context (a component test of one part), there is no first frame to wait for.
    let painted = use_context::<Painted>().is_none_or(|p| p.0);
    if painted {
        p.children.clone()
    } else {
        html! {}
    }
}
