//! The page's head: its title, what it shows (Python's asyncio, and its
//! Rust twin) and its tagline (not in an embed), the page
//! tools (lessons, help, share, export, projector theme) and the run's status.
//!
//! Props in, callbacks up; it owns no state.

use yew::prelude::*;

use crate::i18n::{Locale, Messages};
use crate::model::view::Mode;
use crate::tr;

/// What the head shows, and where its buttons go.
pub struct MastheadProps {
    /// The compact layout: no title or tagline.
    pub embed: bool,
    /// The run's mode, shown as its status.
    pub mode: Mode,
    /// The projector theme is on (its button shows pressed).
    pub projector: bool,
    /// Opens and closes the help overlay.
    pub on_help: Callback<()>,
    /// The Lessons button: opens and closes the lessons menu (the build
    /// without lessons loads the page again with them).
    pub on_lessons: Callback<()>,
    /// Opens and closes the share dialog.
    pub on_share: Callback<()>,
    /// The Export button: opens and closes the export dialog (the build
    /// without export loads the page again with it).
    pub on_export: Callback<()>,
    /// Turns the projector theme on and off.
    pub on_projector: Callback<()>,
    /// The language asked for, selected in the menu.
    pub language: Locale,
    /// Called with the language chosen in the menu.
    pub on_language: Callback<Locale>,
}

/// The title and tagline (not in an embed), the page tools and the run's
/// status.
pub fn masthead(i18n: &Messages, props: &MastheadProps) -> Html {
    let press = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    html! {
        <header class="masthead">
            if !props.embed {
                <h1>{ tr!(i18n, "masthead-title") }</h1>
                <p class="asyncio-line" data-testid="asyncio-line">{ tr!(i18n, "masthead-asyncio") }</p>
                <p class="tagline">{ tr!(i18n, "masthead-tagline") }</p>
            }
            <div class="page-tools">
                // The way in for a newcomer: the guided lessons come first.
                <button data-testid="lessons-open" class="lessons-open primary" onclick={press(&props.on_lessons)}>
                    { tr!(i18n, "masthead-lessons") }</button>
                <button data-testid="help" onclick={press(&props.on_help)}
                        aria-label={tr!(i18n, "masthead-help.aria-label")}>{ tr!(i18n, "masthead-help") }</button>
                <button data-testid="share" onclick={press(&props.on_share)}>{ tr!(i18n, "masthead-share") }</button>
                <button data-testid="export-open" onclick={press(&props.on_export)}>{ tr!(i18n, "masthead-export") }</button>
                <button data-testid="projector" aria-pressed={props.projector.to_string()}
                        onclick={press(&props.on_projector)}>{ tr!(i18n, "masthead-projector") }</button>
                { language_menu(i18n, props.language, &props.on_language) }
            </div>
            { status(i18n, props.mode) }
        </header>
    }
}

/// The run's status: the word in the page's language for readers, and
/// beside it, hidden from sight and from screen readers, the machine word
/// (`ready`, `running`, `paused`, `finished`) that tests read in every
/// language.
fn status(messages: &Messages, mode: Mode) -> Html {
    let word = mode.as_str();
    html! {
        <p class={classes!("status", word)}>
            { tr!(messages, "masthead-status") }<strong>{ messages.text(&format!("masthead-status-{word}")) }</strong>
            <span data-testid="status" class="visually-hidden" aria-hidden="true" translate="no">{ word }</span>
        </p>
    }
}

/// Every language the page speaks, each named in itself. The pseudo-locale
/// is listed only while it is the one shown (a test's locale).
pub fn language_menu(i18n: &Messages, language: Locale, on_language: &Callback<Locale>) -> Html {
    let onchange = on_language.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Locale::from_tag(&select.value()).unwrap_or_default()
    });
    let shown = Locale::ALL
        .into_iter()
        .filter(|locale| *locale != Locale::Pseudo || language == Locale::Pseudo);
    html! {
        <label class="language-menu" title={tr!(i18n, "language-menu.title")}>
            <span class="visually-hidden">{ tr!(i18n, "language-menu") }</span>
            <select data-testid="language-menu" {onchange}>
                { for shown.map(|locale| html! {
                    <option value={locale.tag()} lang={locale.tag()} translate="no"
                            selected={locale == language}>{ locale.endonym() }</option>
                }) }
            </select>
        </label>
    }
}

/// Says that a language could not be loaded, so the page stays English.
pub fn language_notice(i18n: &Messages, failed: Option<Locale>) -> Html {
    let Some(failed) = failed else {
        return html! {};
    };
    html! {
        <p class="notice" role="status" data-testid="language-failed">
            { tr!(i18n, "language-failed", language = failed.endonym()) }
        </p>
    }
}

/// The seed and the link that always shows this run (`link` is a query
/// string with its `?`).
pub fn run_footer(i18n: &Messages, seed: u64, link: String) -> Html {
    html! {
        <footer class="run-footer">
            { tr!(i18n, "footer-seed") }{" "}<code data-testid="seed">{ seed }</code>
            {" · "}<a data-testid="share-link" href={link}>{ tr!(i18n, "footer-link") }</a>
            {" · "}{ tr!(i18n, "footer-same-run") }
        </footer>
    }
}
