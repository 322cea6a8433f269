//! The task inspector: per station task, its state and counters, in the
//! manner of tokio-console.
//!
//! Reads the run view; owns only the table's sort order, no timer or task.
//! Its words are the `inspector-…` messages of `panels.ftl`; a state keeps
//! its English name as the row's class and sort key.

use std::collections::VecDeque;

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::store::{RunView, TaskHistory, ViewRef};
use crate::i18n::Messages;
use crate::sim::{
    order, Policy, SimTime, StationState, StationStatus, TaskKind, TaskSnapshot, TaskState,
};
use crate::tr;

use super::panel_text::{count, decimal, term, whole, with_elements};

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

/// The header's columns, in order, with their headings' message ids.
const COLUMNS: [(&str, SortBy); 9] = [
    ("inspector-column-task", SortBy::Task),
    ("inspector-column-state", SortBy::State),
    ("inspector-column-polls", SortBy::Polls),
    ("inspector-column-wakes", SortBy::Wakes),
    ("inspector-column-boxes", SortBy::Boxes),
    ("inspector-column-failures", SortBy::Failures),
    ("inspector-column-restarts", SortBy::Restarts),
    ("inspector-column-box-open", SortBy::BoxOpen),
    ("inspector-column-waiting", SortBy::Waiting),
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
    fn of(
        messages: &Messages,
        history: &TaskHistory,
        status: &StationStatus,
        finished: bool,
        now: SimTime,
    ) -> Row {
        let current = history.current.as_ref();
        let busy_s = status.busy_until(now).as_secs_f64();
        Row {
            task: task_name(messages, current, status.station),
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

    /// The row's place when sorting `by` a column, as one number: rows
    /// sort by it as they would by the column's values (the state words
    /// differ within their first eight bytes).
    fn sort_key(&self, by: SortBy) -> u64 {
        match by {
            SortBy::Task => u64::from(self.station),
            SortBy::State => order::text_key(self.state),
            SortBy::Polls => self.polls,
            SortBy::Wakes => self.wakes,
            SortBy::Boxes => u64::from(self.boxes),
            SortBy::Failures => u64::from(self.failures),
            SortBy::Restarts => u64::from(self.restarts),
            SortBy::BoxOpen => order::f64_key(self.busy_s),
            SortBy::Waiting => order::f64_key(self.waiting_s),
        }
    }
}

/// The stations' rows in the given order.
fn sorted_rows(messages: &Messages, view: &RunView, sort: Sort) -> Vec<Row> {
    let mut rows: Vec<Row> = view
        .task_history
        .iter()
        .zip(view.lot.stations.iter())
        .map(|(history, status)| {
            Row::of(messages, history, status, view.lot.finished, view.lot.now)
        })
        .collect();
    // Through the engine's one shared (stable) sort: rows with equal
    // values stay in station order, either way round.
    order::sort_by_key(&mut rows, |row| {
        let key = row.sort_key(sort.by);
        if sort.descending {
            !key
        } else {
            key
        }
    });
    rows
}

fn task_name(messages: &Messages, current: Option<&TaskSnapshot>, station: u32) -> String {
    let station = whole(messages, station);
    match current.map(|s| s.kind) {
        Some(TaskKind::Station { box_no, .. }) => tr!(
            messages,
            "inspector-task-box",
            station = station,
            box_no = whole(messages, box_no)
        ),
        Some(TaskKind::Worker { .. }) => tr!(messages, "inspector-task-worker", station = station),
        Some(TaskKind::BoxTask { box_no }) => tr!(
            messages,
            "inspector-task-box-task",
            station = station,
            box_no = whole(messages, box_no)
        ),
        _ => tr!(messages, "inspector-task-station", station = station),
    }
}

/// A state as the State column shows it; "—" for a station with no task.
fn state_label(messages: &Messages, state: &str) -> String {
    if state == NO_STATE {
        return state.to_string();
    }
    messages.text(&format!("inspector-state-{state}"))
}

/// The state of a station that has no task (yet).
const NO_STATE: &str = "—";

/// A task's state by its English name: the row's class and sort key.
fn state_name(snapshot: Option<&TaskSnapshot>, station_finished: bool) -> &'static str {
    match snapshot.map(|s| s.state) {
        Some(TaskState::Idle) => "waiting",
        Some(TaskState::Scheduled) => "scheduled",
        Some(TaskState::Running) => "running",
        Some(TaskState::Done) => "done",
        None if station_finished => "done",
        None => NO_STATE,
    }
}

/// The task inspector's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
}

/// The task inspector: a sortable row per station task (and the
/// supervisor's), then the finished tasks; a note instead of the table for
/// runs of more than 30 stations.
#[component]
pub fn TaskInspector(props: &InspectorProps) -> Html {
    let sort = use_state(|| Sort {
        by: SortBy::Task,
        descending: false,
    });
    let messages = use_i18n();
    let view = &props.view;
    if view.task_history.len() > STATIONS_LIMIT {
        return too_many_stations(&messages);
    }
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |column| sort.set(sort.clicked(column)))
    };
    let rows = sorted_rows(&messages, view, *sort);
    html! {
        <details class="panel inspector" open=true data-testid="panel-inspector">
            <summary><h2>{ tr!(messages, "inspector-title") }</h2></summary>
            { explanation(&messages, view.config.policy) }
            // Scrolls sideways on its own when a language's headings make
            // it wider than its box (its sort buttons take the focus).
            <div class="table-scroll">
            <table class="task-table" data-testid="task-inspector">
                { sort_header(&messages, *sort, &on_sort) }
                <tbody>
                    { for view.supervisor_task.map(|task| supervisor_row(&messages, &task, view)) }
                    { for rows.iter().map(|row| task_row(&messages, row)) }
                </tbody>
            </table>
            </div>
            <h3>{ tr!(messages, "inspector-finished") }</h3>
            { finished_tasks(&messages, &view.finished_tasks) }
        </details>
    }
}

fn too_many_stations(messages: &Messages) -> Html {
    let limit = count(STATIONS_LIMIT as f64);
    html! {
        <details class="panel inspector" data-testid="panel-inspector">
            <summary><h2>{ tr!(messages, "inspector-title") }</h2></summary>
            <p class="explain">{ tr!(messages, "inspector-too-many", limit = limit) }</p>
        </details>
    }
}

/// The paragraph on a task's states and the counters, its terms defined.
/// How the tasks are made, the first words of the explanation: a task per
/// box, or under the workers a task per station.
fn explanation(messages: &Messages, policy: Policy) -> Html {
    let mut args = FluentArgs::new();
    args.set(
        "tasks",
        if policy == Policy::Workers {
            "worker"
        } else {
            "box"
        },
    );
    html! {
        <p class="explain">
            { with_elements(messages, "inspector-explain", args, vec![
                ("waiting", term(messages, "inspector-term-waiting")),
                ("scheduled", term(messages, "inspector-term-scheduled")),
                ("running", term(messages, "inspector-term-running")),
                ("wakes", term(messages, "inspector-term-wakes")),
            ]) }
        </p>
    }
}

/// The column headings, each a button that sorts by it: `on_sort` is
/// called with the column clicked.
fn sort_header(messages: &Messages, sort: Sort, on_sort: &Callback<SortBy>) -> Html {
    let Sort { by, descending } = sort;
    let heading = |&(label, column): &(&'static str, SortBy)| {
        let label = messages.text(label);
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
        let onclick = on_sort.reform(move |_: MouseEvent| column);
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

fn supervisor_row(messages: &Messages, task: &TaskSnapshot, view: &RunView) -> Html {
    let handled = view.lot.boxes_done + view.lot.boxes_failed;
    html! {
        <tr class="supervisor-row">
            <th scope="row">{ tr!(messages, "inspector-supervisor") }</th>
            <td>{ state_label(messages, state_name(Some(task), false)) }</td>
            <td>{ whole(messages, task.polls as f64) }</td>
            <td>{ whole(messages, task.wakes as f64) }</td>
            <td>{ whole(messages, handled) }</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
            <td>{"—"}</td>
        </tr>
    }
}

fn task_row(messages: &Messages, row: &Row) -> Html {
    html! {
        <tr key={row.station} data-testid="task-row" class={row.state}>
            <th scope="row">{ row.task.clone() }</th>
            <td>{ state_label(messages, row.state) }</td>
            <td>{ whole(messages, row.polls as f64) }</td>
            <td>{ whole(messages, row.wakes as f64) }</td>
            <td>{ whole(messages, row.boxes) }</td>
            <td>{ whole(messages, row.failures) }</td>
            <td>{ whole(messages, row.restarts) }</td>
            <td>{ decimal(messages, row.busy_s, 2) }</td>
            <td>{ decimal(messages, row.waiting_s, 2) }</td>
        </tr>
    }
}

/// What a finished task's line says: which task, with its polls and wakes.
fn finished_text(messages: &Messages, snapshot: &TaskSnapshot) -> Option<String> {
    let (polls, wakes) = (count(snapshot.polls as f64), count(snapshot.wakes as f64));
    let text = match snapshot.kind {
        TaskKind::Station { station, box_no } => tr!(
            messages,
            "inspector-finished-box",
            station = whole(messages, station),
            box_no = whole(messages, box_no),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::Worker { station } => tr!(
            messages,
            "inspector-finished-worker",
            station = whole(messages, station),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::BoxTask { box_no } => tr!(
            messages,
            "inspector-finished-box-task",
            box_no = whole(messages, box_no),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::Supervisor | TaskKind::Callback => return None,
    };
    Some(text)
}

/// The last station tasks that finished, newest first.
fn finished_tasks(messages: &Messages, finished: &VecDeque<TaskSnapshot>) -> Html {
    let items = finished.iter().rev().filter_map(|snapshot| {
        let text = finished_text(messages, snapshot)?;
        Some(html! { <li data-testid="finished-task">{ text }</li> })
    });
    html! {
        <ol class="finished-tasks">
            { for items }
            if finished.is_empty() { <li class="empty">{ tr!(messages, "inspector-finished-none") }</li> }
        </ol>
    }
}
