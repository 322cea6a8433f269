//! See the executor think: the awaited set, the supervisor's wakes, the
//! timer queue, and which task the one thread ran last.

use yew::prelude::*;

use crate::app::store::{LastRan, SupervisorWake, TaskOutcome, ViewRef};
use crate::sim::Policy;

/// Tasks of the awaited set drawn one by one; more are counted.
const SET_MEMBERS_SHOWN: usize = 24;
/// Pending stations listed per wake; more are counted.
const PENDING_LISTED: usize = 8;

/// A term with its definition on hover and keyboard focus.
pub fn term(word: &str, definition: &str) -> Html {
    html! {
        <span class="term" tabindex="0" data-definition={definition.to_string()}>
            { word }<span class="visually-hidden">{ format!(" ({definition})") }</span>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExecutorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
}

#[component]
pub fn ExecutorPanel(props: &ExecutorProps) -> Html {
    let view = &props.view;
    let members = view.awaited.iter().take(SET_MEMBERS_SHOWN).map(|(station, box_no)| {
        let ran = view.last_ran == Some(LastRan::Station(*station));
        html! {
            <li key={*station} class={classes!("task-chip", ran.then_some("ran"))} data-testid="awaited-task">
                { format!("station {station} · box {box_no}") }
            </li>
        }
    });
    let more = view.awaited.len().saturating_sub(SET_MEMBERS_SHOWN);
    let supervisor_ran = view.last_ran == Some(LastRan::Supervisor);
    let thread_holder = match view.last_ran {
        Some(LastRan::Supervisor) => "the supervisor".to_string(),
        Some(LastRan::Station(station)) => format!("station {station}'s task"),
        None => "nobody yet".to_string(),
    };
    let wakes = view.wakes.iter().rev().map(wake_line);
    let timers = view.upcoming.iter().map(|(deadline, station)| {
        html! { <li data-testid="timer">{ format!("{deadline} s → wakes station {station}") }</li> }
    });
    html! {
        <details class="panel executor" open=true>
            <summary><h2>{"The executor"}</h2></summary>
            <p class="explain">
                {"Every task runs on one thread, one at a time. The supervisor "}
                { term("awaits", "Gives the thread away until a future can make progress; the task is woken when it can.") }
                {" the whole set of station tasks and is woken as soon as the first one completes. It handles that \
                  one, pushes a new task into the set and awaits again. A sleeping station costs nothing: a "}
                { term("timer", "An entry in the clock's queue: at its deadline it wakes the task that set it.") }
                {" wakes it when its shot is done, and the executor "}
                { term("polls", "Runs a task until it has to wait again (returns Pending) or finishes (returns Ready).") }
                {" it."}
            </p>
            <p class="policy-note" data-testid="policy">
                { policy_note(view.config.policy) }
            </p>
            if let Some(station) = view.config.blocking {
                <p class="blocking-note" data-testid="blocking-note" role="note">
                    { format!(
                        "Station {station} blocks the thread: it does each shot without awaiting, so each of its boxes \
                         runs from start to end in a single poll. Meanwhile no other task can run: the other stations' \
                         timers come due but cannot fire. Its next box is ready at once, so it keeps the thread until \
                         the depot is empty, and only then do the others give their shots, late. (With a blocking task \
                         the run also depends on the order in which the executor polls tasks.)"
                    ) }
                </p>
            }
            <div class="thread" data-testid="thread">
                <span class="thread-label">{"One thread, last run by: "}</span>
                <strong class={classes!("thread-token", supervisor_ran.then_some("supervisor"))}>{ thread_holder }</strong>
            </div>
            <div class="executor-grid">
                <div>
                    <h3>{"Awaited set "}<small>{ format!("({} tasks, {})", view.awaited.len(), match view.config.policy {
                        Policy::CompletionQueue => "tasks sending to a channel",
                        _ => "a FuturesUnordered",
                    }) }</small></h3>
                    <ul class="awaited-set" data-testid="awaited-set">
                        { for members }
                        if more > 0 { <li class="task-chip more">{ format!("+{more} more") }</li> }
                        if view.awaited.is_empty() { <li class="empty">{"empty"}</li> }
                    </ul>
                    <h3>{"Supervisor wakes, newest first"}</h3>
                    <ol class="wakes" data-testid="wakes">{ for wakes }</ol>
                </div>
                <div>
                    <h3>{"Timer queue, soonest first"}</h3>
                    <ol class="timers" data-testid="timers">
                        { for timers }
                        if view.upcoming.is_empty() { <li class="empty">{"no timers"}</li> }
                    </ol>
                </div>
            </div>
        </details>
    }
}

fn policy_note(policy: Policy) -> Html {
    let text = match policy {
        Policy::FirstCompleted => {
            "Policy FIRST_COMPLETED: the supervisor handles each task the moment it returns and restarts its station at once."
        }
        Policy::AllCompleted => {
            "Policy ALL_COMPLETED: the supervisor refills only when the whole batch has returned, so stations that finish early wait idle."
        }
        Policy::CompletionQueue => {
            "Policy completion queue: each station task sends its result down a channel, and the supervisor reads it in order. Same run as FIRST_COMPLETED."
        }
    };
    html! { <strong>{ text }</strong> }
}

fn wake_line(wake: &SupervisorWake) -> Html {
    let (station, box_no, outcome) = wake.done;
    let outcome_text = match outcome {
        TaskOutcome::Done => format!("station {station}'s task (box {box_no}) returned Ok"),
        TaskOutcome::Failed(error) => {
            format!("station {station}'s task (box {box_no}) returned Err: {error}")
        }
    };
    let mut pending: Vec<String> = wake
        .pending
        .iter()
        .take(PENDING_LISTED)
        .map(u32::to_string)
        .collect();
    if wake.pending.len() > PENDING_LISTED {
        pending.push(format!("and {} more", wake.pending.len() - PENDING_LISTED));
    }
    let pending_text = if pending.is_empty() {
        "none".to_string()
    } else {
        pending.join(", ")
    };
    let pushed = match wake.pushed {
        Some((station, box_no)) => format!("pushed station {station} with box {box_no}"),
        None => "nothing pushed (depot empty)".to_string(),
    };
    html! {
        <li data-testid="wake" class={classes!(matches!(outcome, TaskOutcome::Failed(_)).then_some("failed"))}>
            <span class="wake-time">{ format!("{} s", wake.at) }</span>
            <span class="wake-done">{ outcome_text }</span>
            <span class="wake-pending">{ format!("still pending: {pending_text}") }</span>
            <span class="wake-pushed">{ pushed }</span>
        </li>
    }
}
