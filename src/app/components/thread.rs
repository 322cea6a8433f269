//! The one thread, under the lot: the task holding it at the latest event,
//! the ready queue in the order the tasks will run, and a strip of the
//! recent turns (who ran, for how many polls in a row, and for how long
//! when a task blocked the thread).
//!
//! Reads the run's own record of its thread ([`ThreadShown`], from the
//! engine's monitor), never works it out from the events. Its words are
//! the `thread-…` messages of `lot.ftl`. A run that keeps no record (more
//! stations than the page shows task by task, or a recorded program)
//! shows nothing here.

use yew::prelude::*;

use crate::i18n::Messages;
use crate::model::thread::{task_hook, ThreadShown, TurnRun};
use crate::sim::{SimDuration, TaskKind};
use crate::tr;

use super::panel_text::{count, fixed};

/// Ready tasks drawn one by one; more are counted.
const READY_SHOWN: usize = 12;

/// Who holds the thread, who waits for it, and who held it last: a
/// plain function rather than a component, drawn with the lot at every
/// frame (a component of its own would cost the first download its
/// lifecycle code and save no render).
pub fn thread_view(messages: &Messages, thread: &ThreadShown) -> Html {
    let running = match thread.running {
        Some(task) => html! {
            <span class="thread-chip running" data-testid="thread-running" data-task={task_hook(task)}>
                { task_label(messages, task) }
            </span>
        },
        None => html! {
            <span class="thread-chip loop" data-testid="thread-running" data-task="">
                { tr!(messages, "thread-loop") }
            </span>
        },
    };
    let ready = thread.ready.iter().take(READY_SHOWN).map(|task| {
        html! {
            <li class="thread-chip" data-testid="ready-task" data-task={task_hook(*task)}>
                { task_label(messages, *task) }
            </li>
        }
    });
    let more = thread.ready.len().saturating_sub(READY_SHOWN);
    html! {
        <section class="thread-view" data-testid="thread-view"
                 aria-label={tr!(messages, "thread-title")}>
            <div class="thread-row">
                <span class="thread-label">{ tr!(messages, "thread-running-label") }</span>
                { running }
            </div>
            <div class="thread-row">
                <span class="thread-label">{ tr!(messages, "thread-ready-label") }</span>
                if thread.ready.is_empty() {
                    <span class="thread-empty">{ tr!(messages, "thread-ready-empty") }</span>
                } else {
                    <ol class="thread-queue">
                        { for ready }
                        if more > 0 {
                            <li class="thread-more">{ tr!(messages, "thread-ready-more", count = count(more as u64)) }</li>
                        }
                    </ol>
                }
            </div>
            <div class="thread-row">
                <span class="thread-label">{ tr!(messages, "thread-turns-label") }</span>
                <ol class="thread-turns" data-testid="thread-turns">
                    { for thread.turns.iter().map(|run| turn_chip(messages, run)) }
                </ol>
            </div>
        </section>
    }
}

/// One entry of the strip: the task, its polls in a row when more than
/// one, and the time it held the thread when it blocked it; the events
/// its turns made in its title.
fn turn_chip(messages: &Messages, run: &TurnRun) -> Html {
    let mut label = task_short(messages, run.task);
    if run.polls > 1 {
        label.push('\u{a0}');
        label.push_str(&tr!(
            messages,
            "thread-turn-polls",
            polls = count(run.polls)
        ));
    }
    let blocked = run.held_micros > 0;
    if blocked {
        let held_s = SimDuration::from_micros(run.held_micros).as_secs_f64();
        label.push_str(" · ");
        label.push_str(&tr!(
            messages,
            "thread-turn-held",
            seconds = fixed(held_s, 2)
        ));
    }
    let detail = tr!(
        messages,
        "thread-turn-detail",
        polls = count(run.polls),
        events = count(run.events)
    );
    html! {
        <li class={classes!("thread-turn", blocked.then_some("blocked"))} data-task={task_hook(run.task)}
            title={detail}>{ label }</li>
    }
}

/// A task's name in the view.
fn task_label(messages: &Messages, task: TaskKind) -> String {
    match task {
        TaskKind::Supervisor => tr!(messages, "thread-task-supervisor"),
        TaskKind::Station { station, .. } | TaskKind::Worker { station } => {
            tr!(messages, "lot-station-name", station = count(station))
        }
        TaskKind::BoxTask { box_no } => tr!(messages, "thread-task-box", box_no = count(box_no)),
        TaskKind::Callback | TaskKind::TurnMarker => tr!(messages, "thread-task-callback"),
    }
}

/// A task's short name in the strip of turns.
fn task_short(messages: &Messages, task: TaskKind) -> String {
    match task {
        TaskKind::Station { station, .. } | TaskKind::Worker { station } => {
            tr!(
                messages,
                "thread-task-station-short",
                station = count(station)
            )
        }
        other => task_label(messages, other),
    }
}
