//! The class view (`class=1`, in the build with lessons): a teacher adds
//! the result files their learners downloaded, and sees how the class
//! answered each question, lesson by lesson.
//!
//! ```text
//!   ClassView ─ use_language (lang= or the browser's) ─ use_class_files (the files, read here)
//!     ├─ picker      the file input and the drop zone (a drop anywhere on the view counts)
//!     ├─ file_list   each file read, or its problem; the learners counted
//!     └─ summary     per lesson: completions, mean score; per question: answers per
//!                    choice as bars, skips, right/wrong per confidence, reasons
//! ```
//!
//! It replaces the lot, which it shares nothing with but the language;
//! `app::entry` mounts it instead of the page's `App`.

mod file_list;
mod picker;
mod question;
mod summary;

use yew::prelude::*;

use crate::app::browser::{browser_languages, location_query};
use crate::app::class_files::{files_of, use_class_files};
use crate::app::language::{use_language, I18n};
use crate::i18n::Locale;
use crate::model::settings::parse_page_query;
use crate::tr;

use super::masthead::{language_menu, language_notice};

/// Whether the page's address asks for the class view (`class=1`).
pub fn asked() -> bool {
    parse_page_query(&location_query()).0.page.class
}

/// The class view, the whole page.
#[component]
pub fn ClassView() -> Html {
    let lang = use_memo((), |_| parse_page_query(&location_query()).0.page.lang);
    let language = use_language(lang.unwrap_or_else(|| Locale::from_browser(&browser_languages())));
    let class = use_class_files();
    let dragging = use_state_eq(|| false);
    {
        // After the language's own effect, which names the tab for the lot.
        let messages = language.messages.clone();
        use_effect_with(messages, |messages| {
            if let Some(document) = web_sys::window().and_then(|window| window.document()) {
                document.set_title(&messages.text("class-page-title"));
            }
        });
    }
    // Files dropped anywhere on the view are read: a drop that misses the
    // zone would otherwise make the browser leave for the file.
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(transfer) = event.data_transfer() {
                transfer.set_drop_effect("copy");
            }
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Leaving for a child of the view is not leaving it.
            if event.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, add) = (dragging.clone(), class.add());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            add.emit(files_of(
                event.data_transfer().and_then(|transfer| transfer.files()),
            ));
        })
    };
    let messages = &language.messages;
    let files = class.files();
    html! {
        <ContextProvider<I18n> context={messages.clone()}>
        <div class="app class-view" {ondragover} {ondragleave} {ondrop}>
            <header class="masthead">
                <h1>{ tr!(messages, "class-title") }</h1>
                <div class="page-tools">
                    <a href="?" class="class-back">{ tr!(messages, "class-back") }</a>
                    { language_menu(messages, language.requested, &language.choose) }
                </div>
                <p class="tagline">{ tr!(messages, "class-intro") }</p>
            </header>
            { language_notice(messages, language.failed) }
            { picker::picker(messages, *dragging, class.add()) }
            if !files.files().is_empty() {
                { file_list::file_list(messages, files, class.clear()) }
            }
            { summary::summary(messages, files.summary()) }
        </div>
        </ContextProvider<I18n>>
    }
}
