//! The event log: the latest box-level lines, and the whole log on demand.
//!
//! Memory stays bounded: only the last [`LOG_LINES_KEPT`] lines live in the
//! page. Runs are determined by their parameters and seed, so a download
//! replays the run up to the current event on the native executor and writes
//! every line, exactly as it happened.
//!
//! Every line is written in the page's language from the messages of
//! `locales/<tag>/log.ftl` ([`event_line`]); in English it reads exactly
//! as the engine's `Display` of the event, which the headless runner and
//! the CSV keep.
//!
//! The downloads are the page model's `export` (the `.txt` file in the
//! page's language, the `.csv` file English for programs) and `trace`
//! (JSON for Perfetto, the same in every language).
//!
//! Reads the run view; owns only the download options, no timer or task.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::download;
use crate::app::event_text::event_line;
use crate::app::figures::count;
use crate::app::language::use_i18n;
use crate::app::store::{RunView, LOG_LINES_KEPT};
use crate::i18n::Messages;
use crate::model::export;
use crate::sim::Event;
use crate::tr;
use crate::trace::chrome_trace;

/// The log panel's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct LogProps {
    /// The run's view, a fresh snapshot at every render of the page: the
    /// kept lines, and the run the downloads replay.
    pub view: Rc<RunView>,
}

/// The log panel: the kept lines, newest at the bottom, and the downloads
/// of the whole log as text, CSV or a trace.
#[component]
pub fn LogPanel(props: &LogProps) -> Html {
    let messages = use_i18n();
    let view = &props.view;
    let include_shots = use_state(|| false);
    let download_error = use_state(|| None::<String>);
    let on_download = {
        let view = view.clone();
        let include_shots = *include_shots;
        let download_error = download_error.clone();
        let messages = messages.clone();
        Callback::from(move |format: LogFormat| {
            download_error.set(format.download(&messages, &view, include_shots).err());
        })
    };
    let on_toggle_shots = {
        let include_shots = include_shots.clone();
        Callback::from(move |()| include_shots.set(!*include_shots))
    };
    html! {
        <section class="log-panel" aria-label={messages.text("log-panel.aria-label")}>
            <header>
                <h2>{ messages.text("log-panel") }</h2>
                { log_actions(&messages, *include_shots, &on_toggle_shots, &on_download) }
            </header>
            if view.log_total > view.log.len() as u64 {
                <p class="log-note">{ tr!(messages, "log-kept-note", kept = count(LOG_LINES_KEPT as u64), total = count(view.log_total)) }</p>
            }
            { log_lines(&messages, view) }
            if let Some(error) = &*download_error {
                <p class="log-note" role="alert">{ tr!(messages, "log-download-failed", error = error.as_str()) }</p>
            }
        </section>
    }
}

/// The files the whole log downloads as.
#[derive(Clone, Copy)]
enum LogFormat {
    Text,
    Csv,
    /// Chrome's trace-event JSON, for Perfetto UI and `chrome://tracing`.
    Trace,
}

impl LogFormat {
    /// Replays the run and hands the file to the browser; the text file
    /// in the page's language (see the module's documentation).
    fn download(
        self,
        messages: &Messages,
        view: &RunView,
        include_shots: bool,
    ) -> Result<(), String> {
        match self {
            LogFormat::Text => download(
                "vaccination-log.txt",
                "text/plain",
                &export::text(messages, view, include_shots),
            ),
            LogFormat::Csv => download(
                "vaccination-log.csv",
                "text/csv",
                &export::csv(view, include_shots),
            ),
            LogFormat::Trace => download(
                "vaccination-trace.json",
                "application/json",
                &chrome_trace(&view.source(), view.events_shown)?,
            ),
        }
    }
}

/// The downloads, and whether they hold every shot too.
fn log_actions(
    messages: &Messages,
    include_shots: bool,
    on_toggle_shots: &Callback<()>,
    on_download: &Callback<LogFormat>,
) -> Html {
    let toggle_shots = on_toggle_shots.reform(|_: MouseEvent| ());
    let download_as = |format: LogFormat| on_download.reform(move |_: MouseEvent| format);
    html! {
        <div class="log-actions">
            <label>
                <input type="checkbox" checked={include_shots} onclick={toggle_shots} />
                {" "}{ messages.text("log-every-shot") }
            </label>
            <button data-testid="download-text" onclick={download_as(LogFormat::Text)}>{ messages.text("log-download-text") }</button>
            <button data-testid="download-csv" onclick={download_as(LogFormat::Csv)}>{ messages.text("log-download-csv") }</button>
            <button data-testid="download-trace" onclick={download_as(LogFormat::Trace)}
                    title={messages.text("log-download-trace.title")}>
                { messages.text("log-download-trace") }
            </button>
        </div>
    }
}

/// The kept lines, newest at the bottom.
fn log_lines(messages: &Messages, view: &RunView) -> Html {
    // Keyed by position in the whole log: lines already shown are not
    // formatted or diffed again.
    let first_index = view.log_total - view.log.len() as u64;
    let lines = view.log.iter().enumerate().map(|(offset, event)| {
        html! { <LogLine key={first_index + offset as u64} event={*event} /> }
    });
    // The scroller is a reversed flex column around one list: it starts at
    // the bottom and stays there as lines arrive, unless the reader scrolls
    // up; no script reads the layout per frame.
    html! {
        <div class="log-scroller" tabindex="0" role="region" aria-label={messages.text("log-lines.aria-label")}>
            <ol data-testid="log" class="log">{ for lines }</ol>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LogLineProps {
    event: Event,
}

#[component]
fn LogLine(props: &LogLineProps) -> Html {
    let messages = use_i18n();
    html! { <li data-testid="log-line" class={props.event.kind_name()}>{ event_line(&messages, &props.event) }</li> }
}
