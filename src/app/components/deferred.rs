//! A part of the page that mounts after the first paint, in a task of its
//! own: the page's first render stays short, and only this component
//! renders again when its turn comes (not the whole page).
//!
//! ```text
//!   first render:  <div class="panel-deferred">   (holds the place)
//!   turn ms later: children                         (one task each turn)
//! ```
//!
//! Owns only whether its turn has come.

use yew::prelude::*;

use crate::app::hooks::use_after_first_paint;

/// When a deferred part mounts, and what it holds.
#[derive(Properties)]
pub struct DeferredProps {
    /// Milliseconds after the first render; parts with different turns
    /// mount in different tasks, in turn order.
    pub turn: u32,
    /// The part itself, rendered once its turn has come.
    pub children: Html,
}

/// Never equal, so this renders whenever the page does: whether the
/// children changed is for the reconciliation of the children themselves
/// to find out (their components compare their own props), and comparing
/// them here as well would walk them twice on every frame of a run.
impl PartialEq for DeferredProps {
    fn eq(&self, _: &DeferredProps) -> bool {
        false
    }
}

/// `children` once its turn has come; before, an empty block that holds
/// their place.
#[component]
pub fn Deferred(props: &DeferredProps) -> Html {
    if use_after_first_paint(props.turn) {
        props.children.clone()
    } else {
        html! { <div class="panel-deferred" aria-hidden="true"></div> }
    }
}
