//! The task inspector: per station task, its state and counters, in the
//! manner of tokio-console.
//!
//! Reads the run view; owns only the table's sort order, no timer or task.
//! The rows, their order and their words are the page model's
//! (`model::panels::inspector`); this lays them out.

use std::collections::VecDeque;

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::store::{RunView, ViewRef};
use crate::i18n::Messages;
use crate::model::panels::inspector::{
    finished_text, sorted_rows, state_label, state_name, Row, Sort, SortBy, COLUMNS, STATIONS_LIMIT,
};
use crate::model::settings::CodeFirst;
use crate::sim::{Policy, TaskSnapshot};
use crate::tr;

use super::panel_text::{count, decimal, term, whole, with_elements, worded};

/// The task inspector's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
    /// Whose words the panel explains the tasks in.
    #[prop_or_default]
    pub words: CodeFirst,
}

/// The task inspector: a sortable row per station task (and the
/// supervisor's), then the finished tasks; a note instead of the table for
/// runs of more than 30 stations.
#[component]
pub fn TaskInspector(props: &InspectorProps) -> Html {
    let sort = use_state(Sort::default);
    let messages = use_i18n();
    let words = props.words;
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
            { explanation(&messages, view.config.policy, words) }
            if view.program.is_some() {
                <p class="note" data-testid="inspector-program">{ tr!(messages, "own-inspector-note") }</p>
            }
            // Scrolls sideways on its own when a language's headings make
            // it wider than its box (its sort buttons take the focus).
            <div class="table-scroll">
            <table class="task-table" data-testid="task-inspector">
                { sort_header(&messages, *sort, &on_sort) }
                <tbody>
                    { for view.supervisor_task.map(|task| supervisor_row(&messages, &task, view)) }
                    { for rows.iter().map(|row| task_row(&messages, row, view.program.is_some())) }
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
fn explanation(messages: &Messages, policy: Policy, words: CodeFirst) -> Html {
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
            { with_elements(messages, &worded(words, "inspector-explain"), args, vec![
                ("waiting", term(messages, "inspector-term-waiting")),
                ("scheduled", term(messages, &worded(words, "inspector-term-scheduled"))),
                ("running", term(messages, &worded(words, "inspector-term-running"))),
                ("wakes", term(messages, &worded(words, "inspector-term-wakes"))),
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

/// A station's row; a recorded program's has no polls and wakes to show
/// (its tasks ran in CPython, not on the page's executor).
fn task_row(messages: &Messages, row: &Row, recorded: bool) -> Html {
    let counter = |value: u64| {
        if recorded {
            html! { {"—"} }
        } else {
            html! { { whole(messages, value as f64) } }
        }
    };
    html! {
        <tr key={row.station} data-testid="task-row" class={row.state}>
            <th scope="row">{ row.task.clone() }</th>
            <td>{ state_label(messages, row.state) }</td>
            <td>{ counter(row.polls) }</td>
            <td>{ counter(row.wakes) }</td>
            <td>{ whole(messages, row.boxes) }</td>
            <td>{ whole(messages, row.failures) }</td>
            <td>{ whole(messages, row.restarts) }</td>
            <td>{ decimal(messages, row.busy_s, 2) }</td>
            <td>{ decimal(messages, row.waiting_s, 2) }</td>
        </tr>
    }
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
