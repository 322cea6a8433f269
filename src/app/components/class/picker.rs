//! Where a teacher gives the class view its files: a file input (several
//! at once, `.json`) inside a zone that takes dropped files too.
//!
//! Props in, callback up: the files chosen go to `on_files`, the drop
//! itself is handled by the whole view (`super::ClassView`).

use yew::prelude::*;

use crate::app::class_files::files_of;
use crate::i18n::Messages;
use crate::tr;

/// The input and the drop zone; `dragging` while files are held over the
/// view.
pub fn picker(messages: &Messages, dragging: bool, on_files: Callback<Vec<web_sys::File>>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        on_files.emit(files_of(input.files()));
        // The same files chosen again are read again.
        input.set_value("");
    });
    html! {
        <section class={classes!("class-drop", dragging.then_some("dragging"))} data-testid="class-drop">
            <p class="class-private">{ tr!(messages, "class-private") }</p>
            <label class="class-files-label">
                <span>{ tr!(messages, "class-files") }</span>
                <input type="file" multiple=true accept=".json,application/json" data-testid="class-files" {onchange} />
            </label>
            <p class="class-drop-hint" aria-hidden="true">{ tr!(messages, "class-drop") }</p>
        </section>
    }
}
