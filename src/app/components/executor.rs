//! See the executor think: the awaited set, the supervisor's wakes, the
//! timer queue, and which task the one thread ran last.
//!
//! Reads the run view; owns no state, timer or task.

use yew::prelude::*;

use crate::app::store::{
    LastRan, ReturnedTask, RunView, StationTask, SupervisorWake, TaskOutcome, ViewRef,
};
use crate::sim::{Policy, SimTime};

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
    html! {
        <details class="panel executor" open=true data-testid="panel-executor">
            <summary><h2>{"The executor"}</h2></summary>
            { explanation() }
            <p class="policy-note" data-testid="policy">
                { policy_note(view.config.policy) }
            </p>
            if let Some(station) = view.config.blocking {
                <BlockingNote {station} />
            }
            <ThreadToken last_ran={view.last_ran} />
            <div class="executor-grid">
                <div>
                    { awaited_set(view) }
                    <h3>{"Supervisor wakes, newest first"}</h3>
                    <ol class="wakes" data-testid="wakes">{ for view.wakes.iter().rev().map(|wake| wake_line(wake, view.lot.boxes_in_depot)) }</ol>
                </div>
                <div>
                    <h3>{"Timer queue, soonest first"}</h3>
                    { timer_queue(&view.upcoming) }
                </div>
            </div>
        </details>
    }
}

fn explanation() -> Html {
    html! {
        <p class="explain">
            {"Every task runs on one thread, one at a time. The supervisor "}
            { term("awaits", "Asks a future for its value. If it is not ready, the task gives the thread up until the future wakes it; if it is ready, the value comes back at once and the task runs on.") }
            {" the whole set of station tasks and is woken as soon as the first one completes. It handles that \
              one, pushes a new task into the set and awaits again. A sleeping station costs nothing: a "}
            { term("timer", "An entry in the clock's queue: at its deadline it wakes the task that set it.") }
            {" wakes it when its shot is done, and the executor "}
            { term("polls", "Runs a task until it has to wait again (returns Pending) or finishes (returns Ready).") }
            {" it."}
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct BlockingNoteProps {
    /// The station that never awaits.
    station: u32,
}

#[component]
fn BlockingNote(props: &BlockingNoteProps) -> Html {
    let station = props.station;
    html! {
        <p class="blocking-note" data-testid="blocking-note" role="note">
            { format!(
                "Station {station} blocks the thread: it does each shot without awaiting, so each of its boxes \
                 runs from start to end in a single poll, and no other task runs meanwhile. The other stations' \
                 timers come due but cannot fire until it lets go. Then, as in asyncio's event loop, the \
                 supervisor handles its box first and starts its next one; the timers that came due fire, and \
                 each other station gives the one shot it was waiting for, late, before station {station} takes \
                 the thread again. So the others creep forward a shot per box of station {station}. The run \
                 follows asyncio's loop turn by turn, and a test checks it against CPython."
            ) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct ThreadTokenProps {
    last_ran: Option<LastRan>,
}

/// The one thread, and which task ran on it last.
#[component]
fn ThreadToken(props: &ThreadTokenProps) -> Html {
    let supervisor_ran = props.last_ran == Some(LastRan::Supervisor);
    let holder = match props.last_ran {
        Some(LastRan::Supervisor) => "the supervisor".to_string(),
        Some(LastRan::Station(station)) => format!("station {station}'s task"),
        None => "nobody yet".to_string(),
    };
    html! {
        <div class="thread" data-testid="thread">
            <span class="thread-label">
                { term("One thread", "Read from the latest event: the task whose poll produced it. A poll that produces no event, such as a new task's first one, does not show here.") }
                {", last run by: "}
            </span>
            <strong class={classes!("thread-token", supervisor_ran.then_some("supervisor"))}>{ holder }</strong>
        </div>
    }
}

/// The awaited set's heading and its first tasks, the one that ran last
/// marked.
fn awaited_set(view: &RunView) -> Html {
    let members = view.awaited.iter().take(SET_MEMBERS_SHOWN).map(|(station, box_no)| {
        let ran = view.last_ran == Some(LastRan::Station(*station));
        html! {
            <li key={*station} class={classes!("task-chip", ran.then_some("ran"))} data-testid="awaited-task">
                { format!("station {station} · box {box_no}") }
            </li>
        }
    });
    let more = view.awaited.len().saturating_sub(SET_MEMBERS_SHOWN);
    let kind = match view.config.policy {
        Policy::CompletionQueue => "tasks sending to a channel",
        Policy::TaskGroup => "station tasks of a task group",
        Policy::Workers => "workers' current boxes",
        _ => "a FuturesUnordered",
    };
    html! {
        <>
            <h3>{"Awaited set "}<small>{ format!("({} tasks, {kind})", view.awaited.len()) }</small></h3>
            <ul class="awaited-set" data-testid="awaited-set">
                { for members }
                if more > 0 { <li class="task-chip more">{ format!("+{more} more") }</li> }
                if view.awaited.is_empty() { <li class="empty">{"empty"}</li> }
            </ul>
        </>
    }
}

fn timer_queue(upcoming: &[(SimTime, u32)]) -> Html {
    let timers = upcoming.iter().map(|(deadline, station)| {
        html! { <li data-testid="timer">{ format!("{deadline} s → wakes station {station}") }</li> }
    });
    html! {
        <ol class="timers" data-testid="timers">
            { for timers }
            if upcoming.is_empty() { <li class="empty">{"no timers"}</li> }
        </ol>
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
        Policy::Article => {
            "Policy the article's loop: it waits FIRST_COMPLETED as many times as there are boxes, counting waits rather than boxes, restarts every task it finds done even when no box is left, and when the loop ends the program ends too: asyncio.run cancels the tasks still running, mid-box."
        }
        Policy::TaskGroup => {
            "Policy TaskGroup + Semaphore: a task for every box, created up front; the semaphore lets as many work as there are stations, and each takes the lowest free station. Each task catches its station's failure and reports it: an uncaught exception would cancel the whole group."
        }
        Policy::Workers => {
            "Policy workers + Queue: one long-lived task per station takes boxes from a queue filled up front until it is empty, catching a failure and going on with the next box."
        }
    };
    html! { <strong>{ text }</strong> }
}

/// One returned task; `depot_left` boxes are still in the depot now.
fn wake_line(wake: &SupervisorWake, depot_left: u32) -> Html {
    let ReturnedTask {
        station,
        box_no,
        outcome,
    } = wake.done;
    let outcome_text = match outcome {
        TaskOutcome::Done => format!("station {station}'s task (box {box_no}) returned Ok"),
        TaskOutcome::Failed(error) => {
            format!("station {station}'s task (box {box_no}) returned Err: {error}")
        }
    };
    let pushed = match wake.pushed {
        Some(StationTask { station, box_no }) => {
            format!("pushed station {station} with box {box_no}")
        }
        None if depot_left > 0 => "no new box yet".to_string(),
        None => "nothing pushed (depot empty)".to_string(),
    };
    html! {
        <li data-testid="wake" class={classes!(matches!(outcome, TaskOutcome::Failed(_)).then_some("failed"))}>
            <span class="wake-time">{ format!("{} s", wake.at) }</span>
            if let Some(wait) = wake.wait {
                <span class="wake-wait" data-testid="wake-wait">{ format!("wait {wait} of the loop's count") }</span>
            }
            <span class="wake-done">{ outcome_text }</span>
            <span class="wake-pending">{ format!("still pending: {}", pending_text(&wake.pending)) }</span>
            <span class="wake-pushed">{ pushed }</span>
        </li>
    }
}

/// The first pending stations, the rest counted; "none" if none.
fn pending_text(pending: &[u32]) -> String {
    if pending.is_empty() {
        return "none".to_string();
    }
    let mut listed: Vec<String> = pending
        .iter()
        .take(PENDING_LISTED)
        .map(u32::to_string)
        .collect();
    if pending.len() > PENDING_LISTED {
        listed.push(format!("and {} more", pending.len() - PENDING_LISTED));
    }
    listed.join(", ")
}
