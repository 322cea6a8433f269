//! The code beside the picture: the station task and the supervisor as
//! compiled into this page (read from the source files at build time, so
//! they cannot drift from what runs), next to the same program in asyncio.
//! The await each task is parked at is marked, and the one the thread last
//! resumed is highlighted; it follows step and scrub.
//!
//! Props in, html out: it owns no state, timer or task.

use yew::prelude::*;

use crate::app::store::LastRan;
use crate::sim::Policy;

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
/// (text the line contains, and the note).
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
    ("for wait in 0..", "counts waits, not boxes"),
    (
        "// Restarted whether or not",
        "a new box even when none is left",
    ),
    (
        "cancel_the_rest(",
        "the program ends: tasks cancelled mid-box",
    ),
];

/// The same mistakes in the asyncio listing.
const PYTHON_ARTICLE_NOTES: &[(&str, &str)] = &[
    ("for wait in range(BOXES)", "counts waits, not boxes"),
    ("# MISTAKE: restarted", "a new box even when none is left"),
    ("# MISTAKE: returning ends", "tasks cancelled mid-box"),
];

fn rust_listings(policy: Policy) -> (Listing, Listing) {
    let station = Listing::new(listing!("rust_station"), ".await");
    let supervisor = match policy {
        Policy::FirstCompleted => Listing::new(listing!("rust_first"), "running.next().await"),
        Policy::AllCompleted => Listing::new(listing!("rust_all"), "batch.next().await"),
        Policy::CompletionQueue => Listing::new(listing!("rust_queue"), "queue.next().await"),
        Policy::Article => Listing {
            notes: RUST_ARTICLE_NOTES,
            ..Listing::new(listing!("rust_article"), "supervisor).await")
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

fn render_listing(listing: &Listing, marks: &Marks, language: &str, role: &str) -> Html {
    let lines = listing.lines.iter().enumerate().map(|(index, line)| {
        let is_await = line.contains(listing.await_marker);
        let resumed = is_await && marks.resumed;
        let note = listing
            .notes
            .iter()
            .find(|(text, _)| line.contains(text))
            .map(|(_, note)| *note);
        html! {
            <span class={classes!("code-line", is_await.then_some("await"), resumed.then_some("resumed"), note.map(|_| "marked"))}
                  data-testid={if resumed { "code-resumed" } else if is_await { "code-await" } else { "code-line" }}
                  data-language={language.to_string()} data-role={role.to_string()}>
                <span class="line-number" aria-hidden="true">{ index + 1 }</span>
                <span class="line-text">{ line.to_string() }</span>
                if is_await {
                    <span class="waiting-note">{ format!("← {}", marks.waiting) }</span>
                }
                if let Some(note) = note {
                    <span class="mistake-note" data-testid="code-mistake">{ format!("← {note}") }</span>
                }
            </span>
        }
    });
    html! {
        <pre class="code" tabindex="0" role="region"
             aria-label={format!("{} of the {role}", if language == "rust" { "Rust" } else { "Python" })}>
            <code>{ for lines }</code>
        </pre>
    }
}

/// Only what the listing shows, so the panel re-renders only when that
/// changes (not on every frame of a run).
#[derive(Properties, PartialEq)]
pub struct CodeProps {
    pub policy: Policy,
    pub last_ran: Option<LastRan>,
    /// Station tasks in the awaited set.
    pub waiting: usize,
    pub finished: bool,
    /// The station that blocks the thread, if any.
    #[prop_or_default]
    pub blocking: Option<u32>,
}

#[component]
pub fn CodePanel(props: &CodeProps) -> Html {
    let policy = props.policy;
    let stations_waiting = match props.waiting {
        0 => "no station task waiting".to_string(),
        1 => "1 station task waits here".to_string(),
        count => format!("{count} station tasks wait here"),
    };
    let running = !props.finished;
    let station_marks = Marks {
        waiting: stations_waiting,
        resumed: matches!(props.last_ran, Some(LastRan::Station(_))),
    };
    let supervisor_marks = Marks {
        waiting: if running {
            "the supervisor waits here".into()
        } else {
            "the supervisor has returned".into()
        },
        resumed: props.last_ran == Some(LastRan::Supervisor),
    };
    let resumed_text = match props.last_ran {
        Some(LastRan::Station(station)) => {
            format!("Last resumed: station {station}'s task, at its await.")
        }
        Some(LastRan::Supervisor) => "Last resumed: the supervisor, at its await.".to_string(),
        None => "Nothing has run yet.".to_string(),
    };
    let (rust_station, rust_supervisor) = rust_listings(policy);
    let (python_station, python_supervisor) = python_listings(policy);
    html! {
        <details class="panel code-panel" open=true data-testid="panel-code">
            <summary><h2>{"The code"}</h2></summary>
            <p class="explain">
                {"The Rust is the source compiled into this page; the Python is the same program in asyncio, \
                  a file that runs as it stands and is checked against this engine on CPython. A task can only \
                  pause at an "}<code>{"await"}</code>{", and only if what it awaits is not ready: "}
                { parked_at(props.policy, props.blocking) }
                {" The highlight is read from the latest event. "}
                <strong data-testid="code-resumed-text">{ resumed_text }</strong>
            </p>
            <div class="code-columns">
                <div>
                    <h3>{"Rust (this app)"}</h3>
                    { render_listing(&rust_station, &station_marks, "rust", "station") }
                    { render_listing(&rust_supervisor, &supervisor_marks, "rust", "supervisor") }
                </div>
                <div>
                    <h3>{"Python asyncio"}</h3>
                    { render_listing(&python_station, &station_marks, "python", "station") }
                    { render_listing(&python_supervisor, &supervisor_marks, "python", "supervisor") }
                </div>
            </div>
            { twins_differ() }
        </details>
    }
}

/// Where the tasks are parked under `policy`, with `blocking` holding the
/// thread if it is set.
fn parked_at(policy: Policy, blocking: Option<u32>) -> String {
    let supervisor = match policy {
        Policy::FirstCompleted | Policy::AllCompleted | Policy::Article => {
            "the supervisor at its wait for the set"
        }
        Policy::CompletionQueue => "the supervisor at its read of the queue",
        Policy::TaskGroup => "the box tasks without a station at the semaphore",
        Policy::Workers => "the supervisor at its wait for the workers",
    };
    let stations = match blocking {
        Some(station) => format!(
            "every station task but station {station}'s is parked at its sleep (station \
             {station} never awaits, so it is never parked: it holds the thread for its whole box)"
        ),
        None => "every station task is parked at its sleep".to_string(),
    };
    format!("{stations}, and {supervisor}.")
}

/// Where the Rust twin and asyncio really differ, said once.
fn twins_differ() -> Html {
    html! {
        <p class="explain" data-testid="code-differences">
            {"Where the twins differ: "}<code>{"FuturesUnordered::next()"}</code>
            {" hands back one output at a time and polls only the futures that were woken, while "}
            <code>{"asyncio.wait"}</code>{" returns sets of tasks and registers a callback on every task \
              at each call. Dropping a "}<code>{"JoinHandle"}</code>{" here cancels its task; dropping an \
              asyncio "}<code>{"Task"}</code>{" does not cancel it, but the event loop keeps only a weak \
              reference, so a task nobody holds may vanish before it finishes: the Python keeps them all."}
        </p>
    }
}
