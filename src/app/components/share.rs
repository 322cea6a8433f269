//! The share dialog: a link to this run, and an iframe snippet for course
//! pages and slides, each with a copy button.
//!
//! Takes the run's address; keeps the embed's options while open. Owns no
//! timer; its only task awaits the clipboard.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::settings::{reader_choices, PageSettings, Panel, Panels};
use crate::i18n::current;
use crate::i18n::Messages;
use crate::model::labels::panel_id;
use crate::sim::config::parse_whole;
use crate::tr;

use super::dialog::Dialog;

/// Accepted iframe sizes [CSS px].
const WIDTH_RANGE: (u32, u32) = (320, 2400);
const HEIGHT_RANGE: (u32, u32) = (240, 2400);

/// The run's address to share, and the lesson shown with it.
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The page's address without a query (`origin + path`).
    pub base: AttrValue,
    /// The run's query string, starting with `?`.
    pub query: AttrValue,
    /// The lesson shown, as what a link adds to open it (`&lesson=ID` or
    /// `#lesson=…`), if one is.
    #[prop_or_default]
    pub lesson: Option<AttrValue>,
    /// Closes the dialog (its Close button or Escape).
    pub on_close: Callback<()>,
}

/// The embed's address: the run's link with the embed's options (panels
/// only in the compact layout, where none show unless named).
fn embed_src(link: &str, compact: bool, autoplay: bool, panels: Panels) -> String {
    let choices = reader_choices(&PageSettings {
        embed: compact,
        autoplay,
        panels: (compact && panels != Panels::NONE).then_some(panels),
        ..PageSettings::default()
    });
    if choices.is_empty() {
        link.to_string()
    } else {
        format!("{link}&{choices}")
    }
}

/// The iframe markup for `src`, titled in the language on screen (the
/// embedding page is the teacher's, likely in the same language).
pub fn iframe_snippet(src: &str, width: u32, height: u32) -> String {
    let title = tr!(current::on_screen(), "share-iframe-title");
    iframe_snippet_titled(src, width, height, &title)
}

/// The iframe markup for `src`, with `title`.
pub fn iframe_snippet_titled(src: &str, width: u32, height: u32, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{width}\" height=\"{height}\" title=\"{}\" loading=\"lazy\" style=\"border:0\" allow=\"clipboard-write\"></iframe>",
        escape_attribute(src),
        escape_attribute(title)
    )
}

/// `text` as a double-quoted HTML attribute's value.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;")
}

/// Copies `text`, then sets `status` to the message saying how it went.
fn copy(text: String, status: UseStateHandle<Option<&'static str>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = wasm_bindgen_futures::JsFuture::from(promise).await;
        status.set(Some(match outcome {
            Ok(_) => "share-copied",
            Err(_) => "share-copy-failed",
        }));
    });
}

/// The share dialog: the run's link (with the lesson, if one is shown and
/// kept ticked) and an iframe snippet of a chosen size and options, each
/// with a copy button.
#[component]
pub fn ShareDialog(props: &ShareProps) -> Html {
    let i18n = use_i18n();
    let width = use_state(|| "800".to_string());
    let height = use_state(|| "640".to_string());
    let autoplay = use_state(|| false);
    let compact = use_state(|| true);
    let panels = use_state(|| Panels::NONE);
    let status = use_state(|| None::<&'static str>);
    let with_lesson = use_state(|| true);
    // The lesson's part goes last: a fragment must end the address.
    let lesson = props
        .lesson
        .as_deref()
        .filter(|_| *with_lesson)
        .unwrap_or_default();
    let link = format!("{}{}{lesson}", props.base, props.query);
    let width_px = parse_whole(&width, WIDTH_RANGE);
    let height_px = parse_whole(&height, HEIGHT_RANGE);
    let run_link = format!("{}{}", props.base, props.query);
    let src = format!(
        "{}{lesson}",
        embed_src(&run_link, *compact, *autoplay, *panels)
    );
    let snippet = width_px.zip(height_px).map(|(width, height)| {
        let title = tr!(i18n, "share-iframe-title");
        AttrValue::from(iframe_snippet_titled(&src, width, height, &title))
    });
    let on_copy = {
        let status = status.clone();
        Callback::from(move |text: String| copy(text, status.clone()))
    };
    html! {
        <Dialog name="share" title={tr!(i18n, "share-title")} class="share" on_close={props.on_close.clone()}>
            <LinkRow {link} on_copy={on_copy.clone()} />
            if props.lesson.is_some() {
                { checkbox("share-lesson", tr!(i18n, "share-lesson"), *with_lesson, toggle(&with_lesson)) }
            }
            <h3>{ tr!(i18n, "share-embed") }</h3>
            <div class="snippet-options">
                { size_input(&i18n, tr!(i18n, "share-width"), "share-width", &width, width_px.is_some(), set(&width)) }
                { size_input(&i18n, tr!(i18n, "share-height"), "share-height", &height, height_px.is_some(), set(&height)) }
                { checkbox("share-compact", tr!(i18n, "share-compact"), *compact, toggle(&compact)) }
                { checkbox("share-autoplay", tr!(i18n, "share-autoplay"), *autoplay, toggle(&autoplay)) }
            </div>
            if *compact {
                { panel_choices(&i18n, *panels, &set(&panels)) }
            }
            { snippet_or_error(&i18n, snippet, &on_copy) }
            <p class="copy-status" role="status">{ status.map(|id| i18n.text(id)).unwrap_or_default() }</p>
        </Dialog>
    }
}

/// A callback that sets `state`.
fn set<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.set(value))
}

/// A callback that flips `state`.
fn toggle(state: &UseStateHandle<bool>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| state.set(!*state))
}

#[derive(Properties, PartialEq)]
struct LinkRowProps {
    link: AttrValue,
    /// Called with the text to copy.
    on_copy: Callback<String>,
}

/// The run's link, focused and selected on opening, and its copy button.
#[component]
fn LinkRow(props: &LinkRowProps) -> Html {
    let i18n = use_i18n();
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let onclick = {
        let link = props.link.clone();
        props.on_copy.reform(move |_: MouseEvent| link.to_string())
    };
    html! {
        <>
            <label for="share-url">{ tr!(i18n, "share-link") }</label>
            <div class="copy-row">
                <input id="share-url" ref={input_ref} data-testid="share-url" readonly=true value={props.link.clone()} />
                <button {onclick}>{ tr!(i18n, "share-copy-link") }</button>
            </div>
        </>
    }
}

/// A size in CSS pixels (`value` as typed), marked invalid when out of
/// range; `label` is the text before the field (a space follows it).
fn size_input(
    i18n: &Messages,
    label: String,
    testid: &'static str,
    value: &str,
    valid: bool,
    on_input: Callback<String>,
) -> Html {
    let oninput = on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{ label }{" "}<input data-testid={testid} inputmode="numeric" size="5"
            value={value.to_string()} {oninput} aria-invalid={(!valid).to_string()} />{" "}{ tr!(i18n, "share-px") }</label>
    }
}

/// A checkbox; `label` is the text after the box (a space comes between).
fn checkbox(
    testid: impl Into<AttrValue>,
    label: String,
    checked: bool,
    on_toggle: Callback<()>,
) -> Html {
    let onclick = on_toggle.reform(|_: MouseEvent| ());
    html! {
        <label><input type="checkbox" data-testid={testid.into()} {checked} {onclick} />{" "}{ label }</label>
    }
}

/// Which teaching panels the compact embed shows.
fn panel_choices(i18n: &Messages, panels: Panels, on_change: &Callback<Panels>) -> Html {
    let choice = |panel: Panel| {
        let on_toggle = on_change.reform(move |()| panels.toggled(panel));
        checkbox(
            format!("share-panel-{}", panel.as_str()),
            i18n.text(&panel_id(panel)),
            panels.shows(panel),
            on_toggle,
        )
    };
    html! {
        <fieldset class="snippet-options">
            <legend>{ tr!(i18n, "share-panels") }</legend>
            { for Panel::ALL.into_iter().map(choice) }
        </fieldset>
    }
}

/// The iframe snippet (`None` while the size is out of range) and its copy
/// button, or why there is none.
fn snippet_or_error(
    i18n: &Messages,
    snippet: Option<AttrValue>,
    on_copy: &Callback<String>,
) -> Html {
    let Some(snippet) = snippet else {
        // The limits as they are typed into the fields.
        return html! {
            <p class="form-error" role="alert">
                { tr!(i18n, "share-size-error",
                      min_width = WIDTH_RANGE.0.to_string(), max_width = WIDTH_RANGE.1.to_string(),
                      min_height = HEIGHT_RANGE.0.to_string(), max_height = HEIGHT_RANGE.1.to_string()) }
            </p>
        };
    };
    let onclick = {
        let snippet = snippet.clone();
        on_copy.reform(move |_: MouseEvent| snippet.to_string())
    };
    html! {
        <>
            <textarea data-testid="iframe-snippet" readonly=true rows="4" aria-label={tr!(i18n, "share-snippet")} value={snippet} />
            <button {onclick}>{ tr!(i18n, "share-copy-snippet") }</button>
        </>
    }
}
