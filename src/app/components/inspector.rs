//! The task inspector: per station task, its state and counters, in the
//! manner of tokio-console.
//!
//! Reads the run view; owns only the table's sort order, no timer or task.

use std::cmp::Ordering;
use std::collections::VecDeque;

use yew::prelude::*;

use crate::app::store::{RunView, TaskHistory, ViewRef};
use crate::sim::{SimTime, StationState, StationStatus, TaskKind, TaskSnapshot, TaskState};

use super::executor::term;

/// Up to this many stations get a row each.
const STATIONS_LIMIT: usize = 30;

/// Columns the table can be sorted by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Task,
    State,
    Polls,
    Wakes,
    Boxes,
    Failures,
    Restarts,
    BoxOpen,
    Waiting,
}

/// The header's columns, in order.
const COLUMNS: [(&str, SortBy); 9] = [
    ("Task", SortBy::Task),
    ("State", SortBy::State),
    ("Polls", SortBy::Polls),
    ("Wakes", SortBy::Wakes),
    ("Boxes", SortBy::Boxes),
    ("Failures", SortBy::Failures),
    ("Restarts", SortBy::Restarts),
    ("Box open [s]", SortBy::BoxOpen),
    ("Without a box [s]", SortBy::Waiting),
];

/// The table's order.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Sort {
    by: SortBy,
    descending: bool,
}

impl Sort {
    /// A click on `column`: sorts by it, ascending first, then flips.
    fn clicked(self, column: SortBy) -> Sort {
        Sort {
            by: column,
            descending: self.by == column && !self.descending,
        }
    }
}

struct Row {
    task: String,
    station: u32,
    state: &'static str,
    polls: u64,
    wakes: u64,
    boxes: u32,
    failures: u32,
    /// Times the supervisor started the station again.
    restarts: u32,
    /// Simulated time with a box open, and without one [s].
    busy_s: f64,
    waiting_s: f64,
}

impl Row {
    fn of(history: &TaskHistory, status: &StationStatus, finished: bool, now: SimTime) -> Row {
        let current = history.current.as_ref();
        let busy_s = status.busy_until(now).as_secs_f64();
        Row {
            task: task_name(current, status.station),
            station: status.station,
            state: if status.state == StationState::Failed {
                "failed"
            } else {
                state_name(current, finished)
            },
            polls: history.past_polls + current.map_or(0, |s| s.polls),
            wakes: history.past_wakes + current.map_or(0, |s| s.wakes),
            boxes: status.boxes_done,
            failures: status.failures,
            restarts: (status.boxes_done
                + status.failures
                + u32::from(status.state == StationState::Working))
            .saturating_sub(1),
            busy_s,
            waiting_s: (now.as_secs_f64() - busy_s).max(0.0),
        }
    }

    fn compare(&self, other: &Row, by: SortBy) -> Ordering {
        match by {
            SortBy::Task => self.station.cmp(&other.station),
            SortBy::State => self.state.cmp(other.state),
            SortBy::Polls => self.polls.cmp(&other.polls),
            SortBy::Wakes => self.wakes.cmp(&other.wakes),
            SortBy::Boxes => self.boxes.cmp(&other.boxes),
            SortBy::Failures => self.failures.cmp(&other.failures),
            SortBy::Restarts => self.restarts.cmp(&other.restarts),
            SortBy::BoxOpen => self.busy_s.total_cmp(&other.busy_s),
            SortBy::Waiting => self.waiting_s.total_cmp(&other.waiting_s),
        }
    }
}

/// The stations' rows in the given order.
fn sorted_rows(view: &RunView, sort: Sort) -> Vec<Row> {
    let mut rows: Vec<Row> = view
        .task_history
        .iter()
        .zip(view.lot.stations.iter())
        .map(|(history, status)| Row::of(history, status, view.lot.finished, view.lot.now))
        .collect();
    rows.sort_by(|a, b| {
        let order = a.compare(b, sort.by);
        if sort.descending {
            order.reverse()
        } else {
            order
        }
    });
    rows
}

fn task_name(current: Option<&TaskSnapshot>, station: u32) -> String {
    match current.map(|s| s.kind) {
        Some(TaskKind::Station { box_no, .. }) => format!("station {station} (box {box_no})"),
        Some(TaskKind::Worker { .. }) => format!("station {station} (worker)"),
        Some(TaskKind::BoxTask { box_no }) => format!("station {station} (box {box_no}'s task)"),
        _ => format!("station {station}"),
    }
}

fn state_name(snapshot: Option<&TaskSnapshot>, station_finished: bool) -> &'static str {
    match snapshot.map(|s| s.state) {
        Some(TaskState::Idle) => "waiting",
        Some(TaskState::Scheduled) => "scheduled",
        Some(TaskState::Running) => "running",
        Some(TaskState::Done) => "done",
        None if station_finished => "done",
        None => "—",
    }
}

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
}

#[component]
pub fn TaskInspector(props: &InspectorProps) -> Html {
    let sort = use_state(|| Sort {
        by: SortBy::Task,
        descending: false,
    });
    let view = &props.view;
    if view.task_history.len() > STATIONS_LIMIT {
        return too_many_stations();
    }
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |column| sort.set(sort.clicked(column)))
    };
    let rows = sorted_rows(view, *sort);
    html! {
        <details class="panel inspector" open=true data-testid="panel-inspector">
            <summary><h2>{"Task inspector"}</h2></summary>
            { explanation() }
            <table class="task-table" data-testid="task-inspector">
                <SortHeader sort={*sort} {on_sort} />
                <tbody>
                    { for view.supervisor_task.map(|task| supervisor_row(&task, view)) }
                    { for rows.iter().map(task_row) }
                </tbody>
            </table>
            <h3>{"Just finished"}</h3>
            { finished_tasks(&view.finished_tasks) }
        </details>
    }
}

fn too_many_stations() -> Html {
    html! {
        <details class="panel inspector" data-testid="panel-inspector">
            <summary><h2>{"Task inspector"}</h2></summary>
            <p class="explain">{ format!("The inspector lists tasks for runs of up to {STATIONS_LIMIT} stations.") }</p>
        </details>
    }
}

fn explanation() -> Html {
    html! {
        <p class="explain">
            {"Each box a station works through is one task. A task is "}
            { term("waiting", "Waiting for a wake: here, asleep on its shot's timer. (A station with no box open is idle.)") }
            {" while it sleeps, "}
            { term("scheduled", "Woken and queued behind the tasks woken before it; the executor polls them in turn.") }
            {" once woken, and "}
            { term("running", "Being polled: the one task the thread is running.") }
            {" while the thread polls it. "}
            { term("Wakes", "Calls to the task's waker: each one asks the executor to poll it again.") }
            {" and polls add up over all of a station's boxes; the supervisor's row counts the boxes it handled. \
              Box open is the simulated time a station had a box open (its task asleep between shots costs the \
              thread nothing), not time spent inside polls; without a box it waits for the supervisor."}
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct SortHeaderProps {
    sort: Sort,
    /// Called with the column clicked.
    on_sort: Callback<SortBy>,
}

/// The column headings, each a button that sorts by it.
#[component]
fn SortHeader(props: &SortHeaderProps) -> Html {
    let Sort { by, descending } = props.sort;
    let heading = |&(label, column): &(&'static str, SortBy)| {
        let active = by == column;
        let aria_sort = match (active, descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let arrow = match (active, descending) {
            (false, _) => "",
            (true, false) => " ▲",
            (true, true) => " ▼",
        };
        let onclick = props.on_sort.reform(move |_: MouseEvent| column);
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button class="sort" {onclick}>{ label }{ arrow }</button>
            </th>
        }
    };
    html! {
        <thead>
            <tr>{ for COLUMNS.iter().map(heading) }</tr>
        </thead>
    }
}

fn supervisor_row(task: &TaskSnapshot, view: &RunView) -> Html {
    html! {
        <tr class="supervisor-row">
            <th scope="row">{"supervisor"}</th>
            <td>{ state_name(Some(task), false) }</td>
            <td>{ task.polls }</td>
            <td>{ task.wakes }</td>
            <td>{ view.lot.boxes_done + view.lot.boxes_failed }</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
        </tr>
    }
}

fn task_row(row: &Row) -> Html {
    html! {
        <tr key={row.station} data-testid="task-row" class={row.state}>
            <th scope="row">{ row.task.clone() }</th>
            <td>{ row.state }</td>
            <td>{ row.polls }</td>
            <td>{ row.wakes }</td>
            <td>{ row.boxes }</td>
            <td>{ row.failures }</td>
            <td>{ row.restarts }</td>
            <td>{ format!("{:.2}", row.busy_s) }</td>
            <td>{ format!("{:.2}", row.waiting_s) }</td>
        </tr>
    }
}

/// The last station tasks that finished, newest first.
fn finished_tasks(finished: &VecDeque<TaskSnapshot>) -> Html {
    let items = finished.iter().rev().filter_map(|snapshot| match snapshot.kind {
        TaskKind::Station { station, box_no } => Some(html! {
            <li data-testid="finished-task">
                { format!("station {station} (box {box_no}): done after {} polls and {} wakes", snapshot.polls, snapshot.wakes) }
            </li>
        }),
        TaskKind::Worker { station } => Some(html! {
            <li data-testid="finished-task">
                { format!("station {station}'s worker: done after {} polls and {} wakes", snapshot.polls, snapshot.wakes) }
            </li>
        }),
        TaskKind::BoxTask { box_no } => Some(html! {
            <li data-testid="finished-task">
                { format!("box {box_no}'s task: done after {} polls and {} wakes", snapshot.polls, snapshot.wakes) }
            </li>
        }),
        TaskKind::Supervisor | TaskKind::Callback => None,
    });
    html! {
        <ol class="finished-tasks">
            { for items }
            if finished.is_empty() { <li class="empty">{"no task has finished yet"}</li> }
        </ol>
    }
}
