//! The help overlay: keyboard shortcuts and where to look.
//!
//! Static text in a [`Dialog`]; the keys themselves are `app::keyboard`'s,
//! and so are their descriptions ([`SHORTCUTS`]).

use yew::prelude::*;

use crate::app::keyboard::{KeyName, SHORTCUTS};
use crate::i18n::Messages;
use crate::tr;

use super::dialog::Dialog;

/// The shortcuts and where to look; `on_close` closes the overlay.
pub fn help_overlay(i18n: &Messages, on_close: Callback<()>) -> Html {
    let rows = SHORTCUTS.iter().map(|(key, action)| {
        // A key named in words is translated; a symbol or a letter is the
        // key's own face, the same in every language.
        let key = match key {
            KeyName::Words(id) => html! { <kbd>{ i18n.text(id) }</kbd> },
            KeyName::Face(face) => html! { <kbd translate="no">{ *face }</kbd> },
        };
        html! { <tr><th scope="row">{ key }</th><td>{ i18n.text(action) }</td></tr> }
    });
    html! {
        <Dialog name="help" title={tr!(i18n, "help-title")} {on_close}>
            <table class="shortcuts">{ for rows }</table>
            <p>{ tr!(i18n, "help-text") }</p>
        </Dialog>
    }
}
