//! The share dialog: a link to this run, and an iframe snippet for course
//! pages and slides, each with a copy button.
//!
//! Takes the run's address; keeps the embed's options while open. Owns no
//! timer; its only task awaits the clipboard.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::settings::{reader_choices, PageSettings, Panel, Panels};
use crate::sim::config::parse_whole;

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

/// The iframe markup for `src`.
pub fn iframe_snippet(src: &str, width: u32, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{width}\" height=\"{height}\" title=\"Parking-lot vaccination: async tasks on one thread\" loading=\"lazy\" style=\"border:0\" allow=\"clipboard-write\"></iframe>",
        src.replace('&', "&amp;").replace('"', "&quot;")
    )
}

fn copy(text: String, status: UseStateHandle<Option<String>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = wasm_bindgen_futures::JsFuture::from(promise).await;
        status.set(Some(match outcome {
            Ok(_) => "Copied.".to_string(),
            Err(_) => "The browser did not allow copying: select the text and copy it by hand."
                .to_string(),
        }));
    });
}

#[component]
pub fn ShareDialog(props: &ShareProps) -> Html {
    let width = use_state(|| "800".to_string());
    let height = use_state(|| "640".to_string());
    let autoplay = use_state(|| false);
    let compact = use_state(|| true);
    let panels = use_state(|| Panels::NONE);
    let status = use_state(|| None::<String>);
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
    let snippet = width_px
        .zip(height_px)
        .map(|(width, height)| AttrValue::from(iframe_snippet(&src, width, height)));
    let on_copy = {
        let status = status.clone();
        Callback::from(move |text: String| copy(text, status.clone()))
    };
    html! {
        <Dialog name="share" title="Share this run" class="share" on_close={props.on_close.clone()}>
            <LinkRow {link} on_copy={on_copy.clone()} />
            if props.lesson.is_some() {
                <Checkbox testid="share-lesson" label=" open the lesson shown (link and embed)" checked={*with_lesson}
                          on_toggle={toggle(&with_lesson)} />
            }
            <h3>{"Embed in a page or slide"}</h3>
            <div class="snippet-options">
                <SizeInput label="Width " testid="share-width" value={(*width).clone()}
                           valid={width_px.is_some()} on_input={set(&width)} />
                <SizeInput label="Height " testid="share-height" value={(*height).clone()}
                           valid={height_px.is_some()} on_input={set(&height)} />
                <Checkbox testid="share-compact" label=" compact layout" checked={*compact} on_toggle={toggle(&compact)} />
                <Checkbox testid="share-autoplay" label=" start on load" checked={*autoplay} on_toggle={toggle(&autoplay)} />
            </div>
            if *compact {
                <PanelChoices panels={*panels} on_change={set(&panels)} />
            }
            <Snippet {snippet} {on_copy} />
            <p class="copy-status" role="status">{ (*status).clone().unwrap_or_default() }</p>
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
            <label for="share-url">{"Link (every parameter and the seed: it always shows this run)"}</label>
            <div class="copy-row">
                <input id="share-url" ref={input_ref} data-testid="share-url" readonly=true value={props.link.clone()} />
                <button {onclick}>{"Copy link"}</button>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SizeInputProps {
    /// The text before the field.
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
    let oninput = props
        .on_input
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label>{ props.label.clone() }<input data-testid={props.testid.clone()} inputmode="numeric" size="5"
            value={props.value.clone()} {oninput} aria-invalid={(!props.valid).to_string()} />{" px"}</label>
    }
}

#[derive(Properties, PartialEq)]
struct CheckboxProps {
    testid: AttrValue,
    /// The text after the box.
    label: AttrValue,
    checked: bool,
    on_toggle: Callback<()>,
}

#[component]
fn Checkbox(props: &CheckboxProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <label><input type="checkbox" data-testid={props.testid.clone()} checked={props.checked} {onclick} />{ props.label.clone() }</label>
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
    let panels = props.panels;
    let choice = |panel: Panel| {
        let on_toggle = props.on_change.reform(move |()| panels.toggled(panel));
        html! {
            <Checkbox testid={format!("share-panel-{}", panel.as_str())} label={format!(" {}", panel.label())}
                      checked={panels.shows(panel)} {on_toggle} />
        }
    };
    html! {
        <fieldset class="snippet-options">
            <legend>{"Teaching panels in the embed"}</legend>
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
    let Some(snippet) = props.snippet.clone() else {
        return html! {
            <p class="form-error" role="alert">
                { format!("The width must be from {} to {} px and the height from {} to {} px.",
                    WIDTH_RANGE.0, WIDTH_RANGE.1, HEIGHT_RANGE.0, HEIGHT_RANGE.1) }
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
            <textarea data-testid="iframe-snippet" readonly=true rows="4" aria-label="iframe snippet" value={snippet} />
            <button {onclick}>{"Copy snippet"}</button>
        </>
    }
}
