//! The share dialog: a link to this run, and an iframe snippet for course
//! pages and slides, each with a copy button.

use yew::prelude::*;

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
    pub on_close: Callback<()>,
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
    let panels = use_state(|| crate::sim::config::Panels::NONE);
    let status = use_state(|| None::<String>);
    let link_ref = use_node_ref();
    {
        let link_ref = link_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = link_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let link = format!("{}{}", props.base, props.query);
    let parse = |value: &str, (low, high): (u32, u32)| {
        value
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|v| (low..=high).contains(v))
    };
    let width_px = parse(&width, WIDTH_RANGE);
    let height_px = parse(&height, HEIGHT_RANGE);
    let mut src = link.clone();
    if *compact {
        src.push_str("&embed=1");
    }
    if *autoplay {
        src.push_str("&autoplay=1");
    }
    if *compact && *panels != crate::sim::config::Panels::NONE {
        src.push_str(&format!("&panels={}", panels.to_param()));
    }
    let snippet = match (width_px, height_px) {
        (Some(w), Some(h)) => Some(iframe_snippet(&src, w, h)),
        _ => None,
    };
    let on_text = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            state.set(input.value());
        })
    };
    let on_flag = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(!*state))
    };
    let copy_link = {
        let link = link.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| copy(link.clone(), status.clone()))
    };
    let copy_snippet = {
        let snippet = snippet.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(snippet) = &snippet {
                copy(snippet.clone(), status.clone());
            }
        })
    };
    html! {
        <Dialog name="share" title="Share this run" class="share" on_close={props.on_close.clone()}>
            <label for="share-url">{"Link (every parameter and the seed: it always shows this run)"}</label>
            <div class="copy-row">
                <input id="share-url" ref={link_ref} data-testid="share-url" readonly=true value={link} />
                <button onclick={copy_link}>{"Copy link"}</button>
            </div>
            <h3>{"Embed in a page or slide"}</h3>
            <div class="snippet-options">
                <label>{"Width "}<input data-testid="share-width" inputmode="numeric" size="5" value={(*width).clone()}
                    oninput={on_text(&width)} aria-invalid={width_px.is_none().to_string()} />{" px"}</label>
                <label>{"Height "}<input data-testid="share-height" inputmode="numeric" size="5" value={(*height).clone()}
                    oninput={on_text(&height)} aria-invalid={height_px.is_none().to_string()} />{" px"}</label>
                <label><input type="checkbox" data-testid="share-compact" checked={*compact} onclick={on_flag(&compact)} />{" compact layout"}</label>
                <label><input type="checkbox" data-testid="share-autoplay" checked={*autoplay} onclick={on_flag(&autoplay)} />{" start on load"}</label>
            </div>
            if *compact {
                <fieldset class="snippet-options">
                    <legend>{"Teaching panels in the embed"}</legend>
                    { for [("executor", "executor"), ("inspector", "task inspector"), ("charts", "charts"), ("code", "code")]
                        .into_iter().map(|(name, label)| {
                            let shown = match name {
                                "executor" => panels.executor,
                                "inspector" => panels.inspector,
                                "charts" => panels.charts,
                                _ => panels.code,
                            };
                            let panels = panels.clone();
                            let onclick = Callback::from(move |_: MouseEvent| {
                                let mut next = *panels;
                                match name {
                                    "executor" => next.executor = !next.executor,
                                    "inspector" => next.inspector = !next.inspector,
                                    "charts" => next.charts = !next.charts,
                                    _ => next.code = !next.code,
                                }
                                panels.set(next);
                            });
                            html! {
                                <label><input type="checkbox" data-testid={format!("share-panel-{name}")}
                                              checked={shown} {onclick} />{ format!(" {label}") }</label>
                            }
                        }) }
                </fieldset>
            }
            if let Some(snippet) = snippet.clone() {
                <textarea data-testid="iframe-snippet" readonly=true rows="4" aria-label="iframe snippet" value={snippet} />
                <button onclick={copy_snippet}>{"Copy snippet"}</button>
            } else {
                <p class="form-error" role="alert">
                    { format!("The width must be from {} to {} px and the height from {} to {} px.",
                        WIDTH_RANGE.0, WIDTH_RANGE.1, HEIGHT_RANGE.0, HEIGHT_RANGE.1) }
                </p>
            }
            <p class="copy-status" role="status">{ (*status).clone().unwrap_or_default() }</p>
        </Dialog>
    }
}
