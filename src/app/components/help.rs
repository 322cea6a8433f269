//! The help overlay: keyboard shortcuts and where to look.
//!
//! Static text in a [`Dialog`]; the keys themselves are `app::keyboard`'s.

use yew::prelude::*;

use super::dialog::Dialog;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

/// Keys the page answers to, as shown in the overlay.
pub const SHORTCUTS: [(&str, &str); 6] = [
    ("Space", "start, pause or resume"),
    ("→", "step: show exactly one more event"),
    ("←", "step back one event (replays the run)"),
    ("r", "reset the run"),
    ("Enter on a station", "break that station's task"),
    ("?", "show or hide this help"),
];

#[component]
pub fn HelpOverlay(props: &HelpProps) -> Html {
    let rows = SHORTCUTS.iter().map(|(key, action)| {
        html! { <tr><th scope="row"><kbd>{ *key }</kbd></th><td>{ *action }</td></tr> }
    });
    html! {
        <Dialog name="help" title="Keyboard and help" on_close={props.on_close.clone()}>
            <table class="shortcuts">{ for rows }</table>
            <p>{"Every control is a button or field you can reach with Tab. The panels below the lot fold away; \
                 hover or focus a dotted term for its meaning. A link to the page opens the same run."}</p>
        </Dialog>
    }
}
