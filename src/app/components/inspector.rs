//! The task inspector: per station task, its state and counters, in the
//! manner of tokio-console.

use yew::prelude::*;

use crate::app::store::ViewRef;
use crate::sim::{TaskSnapshot, TaskState};

use super::executor::term;

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
    Busy,
    Waiting,
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

fn state_name(snapshot: Option<&TaskSnapshot>, station_finished: bool) -> &'static str {
    match snapshot.map(|s| s.state) {
        Some(TaskState::Idle) => "idle",
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
    let sort = use_state(|| (SortBy::Task, false));
    let view = &props.view;
    if view.task_history.len() > 30 {
        return html! {
            <details class="panel inspector">
                <summary><h2>{"Task inspector"}</h2></summary>
                <p class="explain">{"The inspector lists tasks for runs of up to 30 stations."}</p>
            </details>
        };
    }
    let mut rows: Vec<Row> = view
        .task_history
        .iter()
        .zip(view.lot.stations.iter())
        .map(|(history, status)| {
            let current = history.current.as_ref();
            Row {
                task: match current.map(|s| s.kind) {
                    Some(crate::sim::TaskKind::Station { box_no, .. }) => {
                        format!("station {} (box {box_no})", status.station)
                    }
                    _ => format!("station {}", status.station),
                },
                station: status.station,
                state: if status.state == crate::sim::StationState::Failed {
                    "failed"
                } else {
                    state_name(current, view.lot.finished)
                },
                polls: history.past_polls + current.map_or(0, |s| s.polls),
                wakes: history.past_wakes + current.map_or(0, |s| s.wakes),
                boxes: status.boxes_done,
                failures: status.failures,
                restarts: (status.boxes_done
                    + status.failures
                    + u32::from(status.state == crate::sim::StationState::Working))
                .saturating_sub(1),
                busy_s: status.busy_until(view.lot.now).as_secs_f64(),
                waiting_s: (view.lot.now.as_secs_f64()
                    - status.busy_until(view.lot.now).as_secs_f64())
                .max(0.0),
            }
        })
        .collect();
    let (by, descending) = *sort;
    rows.sort_by(|a, b| {
        let order = match by {
            SortBy::Task => a.station.cmp(&b.station),
            SortBy::State => a.state.cmp(b.state),
            SortBy::Polls => a.polls.cmp(&b.polls),
            SortBy::Wakes => a.wakes.cmp(&b.wakes),
            SortBy::Boxes => a.boxes.cmp(&b.boxes),
            SortBy::Failures => a.failures.cmp(&b.failures),
            SortBy::Restarts => a.restarts.cmp(&b.restarts),
            SortBy::Busy => a.busy_s.total_cmp(&b.busy_s),
            SortBy::Waiting => a.waiting_s.total_cmp(&b.waiting_s),
        };
        if descending {
            order.reverse()
        } else {
            order
        }
    });
    let header = |label: &str, column: SortBy| {
        let sort = sort.clone();
        let active = by == column;
        let onclick = Callback::from(move |_: MouseEvent| {
            let (current, descending) = *sort;
            sort.set((column, current == column && !descending));
        });
        let aria_sort = match (active, descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button class="sort" {onclick}>{ label.to_string() }{ if active { if descending { " ▼" } else { " ▲" } } else { "" } }</button>
            </th>
        }
    };
    let supervisor = view.supervisor_task.map(|s| {
        html! {
            <tr class="supervisor-row">
                <th scope="row">{"supervisor"}</th>
                <td>{ state_name(Some(&s), false) }</td>
                <td>{ s.polls }</td>
                <td>{ s.wakes }</td>
                <td>{ view.lot.boxes_done + view.lot.boxes_failed }</td>
                <td>{"—"}</td>
                <td>{"—"}</td>
                <td>{"—"}</td>
                <td>{"—"}</td>
            </tr>
        }
    });
    let body = rows.iter().map(|row| {
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
    });
    let finished = view.finished_tasks.iter().rev().filter_map(|snapshot| match snapshot.kind {
        crate::sim::TaskKind::Station { station, box_no } => Some(html! {
            <li data-testid="finished-task">
                { format!("station {station} (box {box_no}): done after {} polls and {} wakes", snapshot.polls, snapshot.wakes) }
            </li>
        }),
        crate::sim::TaskKind::Supervisor => None,
    });
    html! {
        <details class="panel inspector" open=true>
            <summary><h2>{"Task inspector"}</h2></summary>
            <p class="explain">
                {"Each box a station works through is one task. A task is "}
                { term("idle", "Waiting for a wake: here, asleep on its shot's timer.") }
                {" while it sleeps, "}
                { term("scheduled", "Woken and queued: the executor will poll it next.") }
                {" once woken, and "}
                { term("running", "Being polled: the one task the thread is running.") }
                {" while the thread polls it. "}
                { term("Wakes", "Calls to the task's waker: each one asks the executor to poll it again.") }
                {" and polls add up over all of a station's boxes; the supervisor's row counts the boxes it handled. \
                  Busy is the simulated time a station had a box open (its task asleep between shots costs the \
                  thread nothing); without a box it waits for the supervisor."}
            </p>
            <table class="task-table" data-testid="task-inspector">
                <thead>
                    <tr>
                        { header("Task", SortBy::Task) }
                        { header("State", SortBy::State) }
                        { header("Polls", SortBy::Polls) }
                        { header("Wakes", SortBy::Wakes) }
                        { header("Boxes", SortBy::Boxes) }
                        { header("Failures", SortBy::Failures) }
                        { header("Restarts", SortBy::Restarts) }
                        { header("Busy [s]", SortBy::Busy) }
                        { header("Without a box [s]", SortBy::Waiting) }
                    </tr>
                </thead>
                <tbody>
                    { for supervisor }
                    { for body }
                </tbody>
            </table>
            <h3>{"Just finished"}</h3>
            <ol class="finished-tasks">
                { for finished }
                if view.finished_tasks.is_empty() { <li class="empty">{"no task has finished yet"}</li> }
            </ol>
        </details>
    }
}
