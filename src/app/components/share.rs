//! The share dialog: a link to this run, and an iframe snippet for course
//! pages and slides, each with a copy button.
//!
//! Takes the run's address; keeps the embed's options while open. Owns no
//! timer; its only task awaits the clipboard.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::settings::{reader_choices, PageSettings, Panel, Panels};
use crate::i18n::context::use_i18n;
use crate::i18n::current;
use crate::i18n::labels::panel_id;
use crate::sim::config::parse_whole;
use crate::tr;

use super::dialog::Dialog;

/// Accepted iframe sizes [CSS px].
const WIDTH_RANGE: (u32, u32) = (320, 2400);
const HEIGHT_RANGE: (u32, u32) = (240, 2400);

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
                <Checkbox testid="share-lesson" label={tr!(i18n, "share-lesson")} checked={*with_lesson}
                          on_toggle={toggle(&with_lesson)} />
            }
            <h3>{ tr!(i18n, "share-embed") }</h3>
            <div class="snippet-options">
                <SizeInput label={tr!(i18n, "share-width")} testid="share-width" value={(*width).clone()}
                           valid={width_px.is_some()} on_input={set(&width)} />
                <SizeInput label={tr!(i18n, "share-height")} testid="share-height" value={(*height).clone()}
                           valid={height_px.is_some()} on_input={set(&height)} />
                <Checkbox testid="share-compact" label={tr!(i18n, "share-compact")} checked={*compact} on_toggle={toggle(&compact)} />
                <Checkbox testid="share-autoplay" label={tr!(i18n, "share-autoplay")} checked={*autoplay} on_toggle={toggle(&autoplay)} />
            </div>
            if *compact {
                <PanelChoices panels={*panels} on_change={set(&panels)} />
            }
            <Snippet {snippet} {on_copy} />
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

#[derive(Properties, PartialEq)]
struct SizeInputProps {
    /// The text before the field (a space follows it).
    label: AttrValue,
    testid: AttrValue,
    /// As typed, valid or not.
    value: AttrValue,
    valid: bool,
    on_input: Callback<String>,
}

/// A size in CSS pixels, marked invalid when out of range.
#[component]
fn SizeInput(props: &SizeInputProps) -> Html {
    let i18n = use_i18n();
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{ props.label.clone() }{" "}<input data-testid={props.testid.clone()} inputmode="numeric" size="5"
            value={props.value.clone()} {oninput} aria-invalid={(!props.valid).to_string()} />{" "}{ tr!(i18n, "share-px") }</label>
    }
}

#[derive(Properties, PartialEq)]
struct CheckboxProps {
    testid: AttrValue,
    /// The text after the box (a space comes between).
    label: AttrValue,
    checked: bool,
    on_toggle: Callback<()>,
}

#[component]
fn Checkbox(props: &CheckboxProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <label><input type="checkbox" data-testid={props.testid.clone()} checked={props.checked} {onclick} />{" "}{ props.label.clone() }</label>
    }
}

#[derive(Properties, PartialEq)]
struct PanelChoicesProps {
    panels: Panels,
    on_change: Callback<Panels>,
}

/// Which teaching panels the compact embed shows.
#[component]
fn PanelChoices(props: &PanelChoicesProps) -> Html {
    let i18n = use_i18n();
    let panels = props.panels;
    let choice = |panel: Panel| {
        let on_toggle = props.on_change.reform(move |()| panels.toggled(panel));
        html! {
            <Checkbox testid={format!("share-panel-{}", panel.as_str())} label={i18n.text(&panel_id(panel))}
                      checked={panels.shows(panel)} {on_toggle} />
        }
    };
    html! {
        <fieldset class="snippet-options">
            <legend>{ tr!(i18n, "share-panels") }</legend>
            { for Panel::ALL.into_iter().map(choice) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetProps {
    /// `None` while the size is out of range.
    snippet: Option<AttrValue>,
    /// Called with the text to copy.
    on_copy: Callback<String>,
}

/// The iframe snippet and its copy button, or why there is none.
#[component]
fn Snippet(props: &SnippetProps) -> Html {
    let i18n = use_i18n();
    let Some(snippet) = props.snippet.clone() else {
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
        props
            .on_copy
            .reform(move |_: MouseEvent| snippet.to_string())
    };
    html! {
        <>
            <textarea data-testid="iframe-snippet" readonly=true rows="4" aria-label={tr!(i18n, "share-snippet")} value={snippet} />
            <button {onclick}>{ tr!(i18n, "share-copy-snippet") }</button>
        </>
    }
}
