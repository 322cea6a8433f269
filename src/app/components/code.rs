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

const STATION_SOURCE: &str = include_str!("../../sim/station.rs");
const SUPERVISOR_SOURCE: &str = include_str!("../../sim/supervisor.rs");

/// The same model in Python's asyncio, written for this page.
const PYTHON_STATION: &str = r#"async def station(number, box, rng):
    doses_left = CAPACITY
    while doses_left > 0:
        shot = rng.uniform(SHOT_MIN, SHOT_MAX) / speed(number)
        await asyncio.sleep(shot)
        if FAIL > 0 and rng.random() < FAIL:
            raise SpoiledDose(number, box, doses_left)
        doses_left -= 1
        log_shot(number, box, doses_left)
    return CAPACITY"#;

const PYTHON_FIRST_COMPLETED: &str = r#"async def supervise(depot):
    running = {}
    for number in STATIONS:
        if depot.has_boxes():
            box = depot.open(number)
            running[asyncio.create_task(station(number, box, rng_for(number, box)))] = number
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            number = running.pop(task)
            report(number, task)  # box done, or failure: doses left are wasted
            if depot.has_boxes():
                box = depot.open(number)
                running[asyncio.create_task(station(number, box, rng_for(number, box)))] = number"#;

const PYTHON_ALL_COMPLETED: &str = r#"async def supervise(depot):
    while depot.has_boxes():
        batch = {}
        for number in STATIONS:
            if depot.has_boxes():
                box = depot.open(number)
                batch[asyncio.create_task(station(number, box, rng_for(number, box)))] = number
        for task in asyncio.as_completed(batch):
            await task  # each return is reported, but no refill until all are back
            report_next_of(batch)"#;

const PYTHON_QUEUE: &str = r#"async def supervise(depot):
    queue = asyncio.Queue()
    async def reporting(number, box):
        try:
            await queue.put((number, box, await station(number, box, rng_for(number, box))))
        except SpoiledDose as failure:
            await queue.put((number, box, failure))
    running = 0
    for number in STATIONS:
        if depot.has_boxes():
            asyncio.create_task(reporting(number, depot.open(number)))
            running += 1
    while running:
        number, box, outcome = await queue.get()
        running -= 1
        report(number, box, outcome)
        if depot.has_boxes():
            asyncio.create_task(reporting(number, depot.open(number)))
            running += 1"#;

/// The lines of `source` from the line containing `start` to the first
/// line after it that is exactly `}` (the end of a top-level item). Falls
/// back to the whole source if the item is not found.
fn item(source: &'static str, start: &str) -> Vec<&'static str> {
    let lines: Vec<&'static str> = source.lines().collect();
    let Some(first) = lines.iter().position(|line| line.contains(start)) else {
        return lines;
    };
    let last = lines[first..]
        .iter()
        .position(|line| *line == "}")
        .map_or(lines.len() - 1, |offset| first + offset);
    lines[first..=last].to_vec()
}

/// The lines shown for the station and for the supervisor, with the text
/// that marks each one's await.
struct Listing {
    lines: Vec<&'static str>,
    await_marker: &'static str,
}

fn rust_listings(policy: Policy) -> (Listing, Listing) {
    let station = Listing {
        lines: item(STATION_SOURCE, "async fn run_station("),
        await_marker: ".await",
    };
    let supervisor = match policy {
        Policy::FirstCompleted => Listing {
            lines: item(SUPERVISOR_SOURCE, "async fn first_completed("),
            await_marker: "running.next().await",
        },
        Policy::AllCompleted => Listing {
            lines: item(SUPERVISOR_SOURCE, "async fn all_completed("),
            await_marker: "batch.next().await",
        },
        Policy::CompletionQueue => Listing {
            lines: item(SUPERVISOR_SOURCE, "async fn completion_queue("),
            await_marker: "queue.next().await",
        },
    };
    (station, supervisor)
}

fn python_listings(policy: Policy) -> (Listing, Listing) {
    let station = Listing {
        lines: PYTHON_STATION.lines().collect(),
        await_marker: "await asyncio.sleep",
    };
    let supervisor = match policy {
        Policy::FirstCompleted => Listing {
            lines: PYTHON_FIRST_COMPLETED.lines().collect(),
            await_marker: "await asyncio.wait",
        },
        Policy::AllCompleted => Listing {
            lines: PYTHON_ALL_COMPLETED.lines().collect(),
            await_marker: "await task",
        },
        Policy::CompletionQueue => Listing {
            lines: PYTHON_QUEUE.lines().collect(),
            await_marker: "await queue.get()",
        },
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
        html! {
            <span class={classes!("code-line", is_await.then_some("await"), resumed.then_some("resumed"))}
                  data-testid={if resumed { "code-resumed" } else if is_await { "code-await" } else { "code-line" }}
                  data-language={language.to_string()} data-role={role.to_string()}>
                <span class="line-number" aria-hidden="true">{ index + 1 }</span>
                <span class="line-text">{ line.to_string() }</span>
                if is_await {
                    <span class="waiting-note">{ format!("← {}", marks.waiting) }</span>
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
        <details class="panel code-panel" open=true>
            <summary><h2>{"The code"}</h2></summary>
            <p class="explain">
                {"The Rust is the source compiled into this page; the Python is the same program in asyncio. \
                  A task can only pause at an "}<code>{"await"}</code>{": every station task is parked at its \
                  sleep, and the supervisor at its wait for the set. "}
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
        </details>
    }
}
