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
//! The downloads: the `.txt` file is the log as the page shows it, in the
//! page's language, for reading; its first line (`# seed … <parameters>`,
//! breaks by hand included)
//! stays as links spell the run, so it can be replayed. The `.csv` file is
//! for programs: its header, its kind names and its detail column are
//! English in every language, so a spreadsheet or a script reads the same
//! columns whatever language the page was in. The trace is JSON for
//! Perfetto, also the same in every language.
//!
//! Reads the run view; owns only the download options, no timer or task.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::download;
use crate::app::event_text::{event_line, log_header};
use crate::app::figures::count;
use crate::app::language::use_i18n;
use crate::app::store::{RunView, LOG_LINES_KEPT};
use crate::i18n::Messages;
use crate::sim::event::counted;
use crate::sim::{Event, EventKind};
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
                &replay_text(messages, view, include_shots),
            ),
            LogFormat::Csv => download(
                "vaccination-log.csv",
                "text/csv",
                &replay_csv(view, include_shots),
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

/// Replays the run up to the events shown so far.
fn replay(view: &RunView, on_event: impl FnMut(&Event)) {
    view.source().replay(view.events_shown, on_event);
}

/// The log as the page shows it, in its language, after a first line
/// that names the run as links do (`seed` and the parameters, untranslated).
fn replay_text(messages: &Messages, view: &RunView, include_shots: bool) -> String {
    let mut text = log_header(view.seed, &view.config, &view.breaks);
    replay(view, |event| {
        if include_shots || !event.is_routine() {
            text.push_str(&event_line(messages, event));
            text.push('\n');
        }
    });
    text
}

/// The log for programs: English columns and details in every language,
/// so a script reads the same file whatever the page's language.
fn replay_csv(view: &RunView, include_shots: bool) -> String {
    let mut csv = String::from("time_s,event,station,box,doses,detail\n");
    replay(view, |event| {
        if include_shots || !event.is_routine() {
            csv.push_str(&csv_line(event));
        }
    });
    csv
}

/// One event as a CSV line, newline included.
fn csv_line(event: &Event) -> String {
    let cell = |value: Option<u32>| value.map(|v| v.to_string()).unwrap_or_default();
    let (station, box_no) = event.station_and_box().unzip();
    let (doses, detail) = doses_and_detail(&event.kind);
    format!(
        "{:.6},{},{},{},{},\"{}\"\n",
        event.at.as_secs_f64(),
        event.kind_name(),
        cell(station),
        cell(box_no),
        doses,
        detail.replace('"', "\"\"")
    )
}

/// The CSV's doses and detail columns.
fn doses_and_detail(kind: &EventKind) -> (String, String) {
    match *kind {
        EventKind::BoxOpened {
            doses, depot_left, ..
        } => (
            doses.to_string(),
            format!("{depot_left} boxes left in the depot"),
        ),
        EventKind::ShotGiven { doses_left, .. } => (doses_left.to_string(), "doses left".into()),
        EventKind::SupervisorWoke { done, .. } => (
            String::new(),
            format!("{} done", counted(done, "task", "tasks")),
        ),
        EventKind::BoxDone {
            doses_given,
            boxes_done,
            ..
        } => (
            doses_given.to_string(),
            format!("{} done", counted(boxes_done, "box", "boxes")),
        ),
        EventKind::StationFailed {
            error,
            doses_wasted,
            ..
        } => (doses_wasted.to_string(), error.to_string()),
        EventKind::DepotEmpty { still_working } => (
            String::new(),
            format!(
                "{} still working",
                counted(still_working, "station", "stations")
            ),
        ),
        EventKind::LoopEnded { waits, cancelling } => (
            String::new(),
            format!(
                "{} made; cancelling {}",
                counted(waits, "wait", "waits"),
                counted(cancelling, "task", "tasks")
            ),
        ),
        EventKind::StationCancelled {
            doses_unreported,
            doses_discarded,
            ..
        } => (
            doses_discarded.to_string(),
            format!("thrown away; {doses_unreported} given and never reported"),
        ),
        EventKind::Finished {
            doses_given,
            doses_wasted,
            ..
        } => (doses_given.to_string(), format!("{doses_wasted} wasted")),
    }
}
