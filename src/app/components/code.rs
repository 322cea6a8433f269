//! The code beside the picture: the station task and the supervisor as
//! compiled into this page (read from the source files at build time, so
//! they cannot drift from what runs), next to the same program in asyncio.
//! The await each task is parked at is marked, and the one the thread last
//! resumed is highlighted; it follows step and scrub.
//!
//! Props in, html out: it owns no state, timer or task. The listings are
//! code and carry `translate="no"`; the words around them are the `code-…`
//! messages of `panels.ftl`.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::browser::fetch_text;
use crate::app::code_first::CodeChoice;
use crate::app::language::use_i18n;
use crate::app::store::LastRan;
use crate::i18n::Messages;
use crate::model::settings::CodeFirst;
use crate::sim::Policy;
use crate::tr;

use super::panel_text::{count, whole, with_elements};

/// A listing cut out of the sources by the build script (`build.rs`):
/// functions of the engine compiled into this page, and of the asyncio
/// program, a complete file in the repository that the test command runs
/// on CPython against the engine.
macro_rules! listing {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/listing_", $name, ".txt"))
    };
}

/// The lines shown for the station and for the supervisor, with the text
/// that marks each one's await, and notes on lines worth a second look
/// (text the line contains, and the note's message id).
struct Listing {
    lines: Vec<&'static str>,
    await_marker: &'static str,
    notes: &'static [(&'static str, &'static str)],
}

impl Listing {
    fn new(source: &'static str, await_marker: &'static str) -> Listing {
        Listing {
            lines: source.lines().collect(),
            await_marker,
            notes: &[],
        }
    }
}

/// The article loop's mistakes, where the Rust twin makes them.
const RUST_ARTICLE_NOTES: &[(&str, &str)] = &[
    ("for wait in 0..", "code-mistake-counts-waits"),
    ("// Restarted whether or not", "code-mistake-new-box"),
    ("cancel_the_rest(", "code-mistake-program-ends"),
];

/// The same mistakes in the asyncio listing.
const PYTHON_ARTICLE_NOTES: &[(&str, &str)] = &[
    ("for wait in range(BOXES)", "code-mistake-counts-waits"),
    ("# MISTAKE: restarted", "code-mistake-new-box"),
    ("# MISTAKE: returning ends", "code-mistake-cancelled"),
];

fn rust_listings(policy: Policy) -> (Listing, Listing) {
    let station = Listing::new(listing!("rust_station"), ".await");
    let supervisor = match policy {
        Policy::FirstCompleted => Listing::new(listing!("rust_first"), "running.next()).await"),
        Policy::AllCompleted => Listing::new(listing!("rust_all"), "running.next()).await"),
        Policy::CompletionQueue => Listing::new(listing!("rust_queue"), "queue.next().await"),
        Policy::Article => Listing {
            notes: RUST_ARTICLE_NOTES,
            ..Listing::new(listing!("rust_article"), "wait_first(&mut running).await")
        },
        Policy::TaskGroup => Listing::new(listing!("rust_taskgroup"), "acquire().await"),
        Policy::Workers => Listing::new(listing!("rust_workers"), "workers.next().await"),
    };
    (station, supervisor)
}

fn python_listings(policy: Policy) -> (Listing, Listing) {
    let station = Listing::new(listing!("python_station"), "await asyncio.sleep");
    let supervisor = match policy {
        Policy::FirstCompleted => Listing::new(listing!("python_first"), "await asyncio.wait"),
        Policy::AllCompleted => Listing::new(listing!("python_all"), "await asyncio.wait"),
        Policy::CompletionQueue => Listing::new(listing!("python_queue"), "await queue.get()"),
        Policy::Article => Listing {
            notes: PYTHON_ARTICLE_NOTES,
            ..Listing::new(listing!("python_article"), "await asyncio.wait")
        },
        Policy::TaskGroup => Listing::new(listing!("python_taskgroup"), "async with permits"),
        Policy::Workers => Listing::new(listing!("python_workers"), "asyncio.gather"),
    };
    (station, supervisor)
}

/// Who waits at a listing's await, and whether the thread last resumed it.
struct Marks {
    waiting: String,
    resumed: bool,
}

/// A listing, its lines numbered, its await and mistakes noted; `language`
/// ("rust", "python") and `role` ("station", "supervisor") name it.
fn render_listing(
    messages: &Messages,
    listing: &Listing,
    marks: &Marks,
    language: &'static str,
    role: &'static str,
) -> Html {
    let lines = listing.lines.iter().enumerate().map(|(index, line)| {
        let is_await = line.contains(listing.await_marker);
        let resumed = is_await && marks.resumed;
        let note = listing
            .notes
            .iter()
            .find(|(text, _)| line.contains(text))
            .map(|(_, note)| messages.text(note));
        html! {
            <span class={classes!("code-line", is_await.then_some("await"), resumed.then_some("resumed"), note.as_ref().map(|_| "marked"))}
                  data-testid={if resumed { "code-resumed" } else if is_await { "code-await" } else { "code-line" }}
                  data-language={language.to_string()} data-role={role.to_string()}>
                <span class="line-number" aria-hidden="true">{ index + 1 }</span>
                <span class="line-text" translate="no">{ line.to_string() }</span>
                if is_await {
                    <span class="waiting-note">{ format!("← {}", marks.waiting) }</span>
                }
                if let Some(note) = note {
                    <span class="mistake-note" data-testid="code-mistake">{ format!("← {note}") }</span>
                }
            </span>
        }
    });
    let label = tr!(
        messages,
        "code-listing.aria-label",
        language = language,
        role = role
    );
    html! {
        <pre class="code" tabindex="0" role="region" aria-label={label}>
            <code>{ for lines }</code>
        </pre>
    }
}

/// Only what the listing shows, so the panel re-renders only when that
/// changes (not on every frame of a run).
#[derive(Properties, PartialEq)]
pub struct CodeProps {
    /// Which listing comes first, and how the reader changes it.
    #[prop_or_default]
    pub code: CodeChoice,
    /// The supervisor's policy: which supervisor listings are shown.
    pub policy: Policy,
    /// The task the thread last resumed, whose await is highlighted;
    /// `None` before the first.
    pub last_ran: Option<LastRan>,
    /// Station tasks in the awaited set.
    pub waiting: usize,
    /// The run has finished: the supervisor's await reads as returned.
    pub finished: bool,
    /// The station that blocks the thread, if any.
    #[prop_or_default]
    pub blocking: Option<u32>,
}

/// The code panel: the station and the supervisor in Rust and in asyncio,
/// each await marked with who waits there.
#[component]
pub fn CodePanel(props: &CodeProps) -> Html {
    let messages = use_i18n();
    let choice = &props.code;
    let file = use_state(|| None::<Result<String, String>>);
    let policy = props.policy;
    let station_marks = Marks {
        waiting: tr!(
            messages,
            "code-stations-waiting",
            count = count(props.waiting as f64)
        ),
        resumed: matches!(props.last_ran, Some(LastRan::Station(_))),
    };
    let supervisor_marks = Marks {
        waiting: messages.text(if props.finished {
            "code-supervisor-returned"
        } else {
            "code-supervisor-waits"
        }),
        resumed: props.last_ran == Some(LastRan::Supervisor),
    };
    let (rust_station, rust_supervisor) = rust_listings(policy);
    let (python_station, python_supervisor) = python_listings(policy);
    let column = |language: &'static str, station: &Listing, supervisor: &Listing| {
        let heading = if language == "python" {
            "code-python"
        } else {
            "code-rust"
        };
        html! {
            <div class="code-listing" data-testid="code-listing" data-language={language}>
                <h3>{ tr!(messages, heading) }</h3>
                { render_listing(&messages, station, &station_marks, language, "station") }
                { render_listing(&messages, supervisor, &supervisor_marks, language, "supervisor") }
                if language == "python" { { whole_file(&messages, &file) } }
            </div>
        }
    };
    let rust = column("rust", &rust_station, &rust_supervisor);
    let python = column("python", &python_station, &python_supervisor);
    let (first, other) = match choice.first {
        CodeFirst::Python => (python, rust),
        CodeFirst::Rust => (rust, python),
    };
    html! {
        <details class="panel code-panel" open=true data-testid="panel-code">
            <summary><h2>{ tr!(messages, "code-title") }</h2></summary>
            <p class="explain">
                { explanation(&messages, props.policy, props.blocking) }
                <strong data-testid="code-resumed-text">{ resumed_text(&messages, props.last_ran) }</strong>
            </p>
            { order_switch(&messages, choice) }
            <div class="code-columns">{ first }{ other }</div>
            { twins_differ(&messages) }
            { real_time(&messages) }
        </details>
    }
}

/// Swaps the listings: the other language first (remembered).
fn order_switch(messages: &Messages, choice: &CodeChoice) -> Html {
    let (label, other) = match choice.first {
        CodeFirst::Python => ("code-show-rust-first", CodeFirst::Rust),
        CodeFirst::Rust => ("code-show-python-first", CodeFirst::Python),
    };
    let choose = choice.choose.reform(move |_: MouseEvent| other);
    html! {
        <p class="code-order">
            <button type="button" data-testid="code-first" onclick={choose}>{ tr!(messages, label) }</button>
        </p>
    }
}

/// The asyncio program the listings are cut from, a complete file that
/// runs: its path in the page's files.
const PYTHON_FILE: &str = "python/vaccination_lot.py";

/// The whole asyncio file, helpers included: fetched the first time it
/// is opened (its text kept by the panel, in `file`), and a link that
/// downloads it.
fn whole_file(messages: &Messages, file: &UseStateHandle<Option<Result<String, String>>>) -> Html {
    let on_toggle = {
        let file = file.clone();
        Callback::from(move |event: Event| {
            let opened = event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|details| details.has_attribute("open"));
            if opened && file.is_none() {
                let file = file.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    file.set(Some(fetch_text(PYTHON_FILE).await));
                });
            }
        })
    };
    html! {
        <div class="code-whole">
            <details data-testid="code-whole" ontoggle={on_toggle}>
                <summary>{ tr!(messages, "code-whole-file") }</summary>
                { match &**file {
                    Some(Ok(source)) => html! {
                        <pre class="code" tabindex="0" translate="no" data-testid="code-whole-text"><code>{ source.clone() }</code></pre>
                    },
                    Some(Err(error)) => html! { <p class="note" role="alert">{ error.clone() }</p> },
                    None => html! {},
                } }
            </details>
            <a data-testid="code-download" href={PYTHON_FILE} download="vaccination_lot.py">
                { tr!(messages, "code-download") }
            </a>
        </div>
    }
}

/// Code shown inside a sentence: kept as written in every language, and
/// left to right even in a right-to-left sentence (its brackets stay put).
fn code(text: &'static str) -> Html {
    html! { <code translate="no" dir="ltr">{ text }</code> }
}

/// What the listings are, and where the tasks are parked now.
fn explanation(messages: &Messages, policy: Policy, blocking: Option<u32>) -> Html {
    let mut args = FluentArgs::new();
    args.set("parked", parked_at(messages, policy, blocking));
    with_elements(
        messages,
        "code-explain",
        args,
        vec![("await", code("await"))],
    )
}

/// Which await the thread last resumed, as the highlight shows it.
fn resumed_text(messages: &Messages, last_ran: Option<LastRan>) -> String {
    match last_ran {
        Some(LastRan::Station(station)) => tr!(
            messages,
            "code-resumed-station",
            station = whole(messages, station)
        ),
        Some(LastRan::Supervisor) => tr!(messages, "code-resumed-supervisor"),
        None => tr!(messages, "code-resumed-none"),
    }
}

/// Where the tasks are parked under `policy`, with `blocking` holding the
/// thread if it is set.
fn parked_at(messages: &Messages, policy: Policy, blocking: Option<u32>) -> String {
    let supervisor = messages.text(match policy {
        Policy::FirstCompleted | Policy::AllCompleted | Policy::Article => {
            "code-parked-supervisor-set"
        }
        Policy::CompletionQueue => "code-parked-supervisor-queue",
        Policy::TaskGroup => "code-parked-supervisor-semaphore",
        Policy::Workers => "code-parked-supervisor-workers",
    });
    let stations = match blocking {
        Some(station) => tr!(
            messages,
            "code-parked-stations-blocking",
            station = whole(messages, station)
        ),
        None => tr!(messages, "code-parked-stations"),
    };
    tr!(
        messages,
        "code-parked",
        stations = stations,
        supervisor = supervisor
    )
}

/// What the page's virtual clock changes, and what real asyncio does
/// differently (`python/real_time.py` measures both).
fn real_time(messages: &Messages) -> Html {
    html! {
        <p class="explain" data-testid="code-real-time">
            { with_elements(messages, "code-real-time", FluentArgs::new(), vec![
                ("wait", code("asyncio.wait")),
            ]) }
        </p>
    }
}

/// Where the Rust twin and asyncio really differ, said once.
fn twins_differ(messages: &Messages) -> Html {
    html! {
        <p class="explain" data-testid="code-differences">
            { with_elements(messages, "code-differences", FluentArgs::new(), vec![
                ("next", code("FuturesUnordered::next()")),
                ("wait", code("asyncio.wait")),
                ("handle", code("JoinHandle")),
                ("task", code("Task")),
            ]) }
        </p>
    }
}
