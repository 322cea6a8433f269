//! See the executor think: the awaited set, the supervisor's wakes, the
//! timer queue, and which task the one thread ran last.
//!
//! Reads the run view; owns no state, timer or task. Its words are the
//! `executor-…` messages of `panels.ftl`.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::store::{
    LastRan, ReturnedTask, RunView, StationTask, SupervisorWake, TaskOutcome, ViewRef,
};
use crate::i18n::context::use_i18n;
use crate::i18n::Messages;
use crate::sim::{Policy, SimTime, StationError};
use crate::tr;

use super::panel_text::{count, fixed, joined, term, whole, with_elements};

/// Tasks of the awaited set drawn one by one; more are counted.
const SET_MEMBERS_SHOWN: usize = 24;
/// Pending stations listed per wake; more are counted.
const PENDING_LISTED: usize = 8;

#[derive(Properties, PartialEq)]
pub struct ExecutorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
}

#[component]
pub fn ExecutorPanel(props: &ExecutorProps) -> Html {
    let view = &props.view;
    let messages = use_i18n();
    let wakes = view
        .wakes
        .iter()
        .rev()
        .map(|wake| wake_line(&messages, wake, view.lot.boxes_in_depot));
    html! {
        <details class="panel executor" open=true data-testid="panel-executor">
            <summary><h2>{ tr!(messages, "executor-title") }</h2></summary>
            { explanation(&messages) }
            <p class="policy-note" data-testid="policy">
                { policy_note(&messages, view.config.policy) }
            </p>
            if let Some(station) = view.config.blocking {
                { blocking_note(&messages, station) }
            }
            { thread_token(&messages, view.last_ran) }
            <div class="executor-grid">
                <div>
                    { awaited_set(&messages, view) }
                    <h3>{ tr!(messages, "executor-wakes") }</h3>
                    <ol class="wakes" data-testid="wakes">{ for wakes }</ol>
                </div>
                <div>
                    <h3>{ tr!(messages, "executor-timers") }</h3>
                    { timer_queue(&messages, &view.upcoming) }
                </div>
            </div>
        </details>
    }
}

/// The paragraph on how the one thread runs the tasks, its terms defined.
fn explanation(messages: &Messages) -> Html {
    html! {
        <p class="explain">
            { with_elements(messages, "executor-explain", FluentArgs::new(), vec![
                ("awaits", term(messages, "executor-term-awaits")),
                ("timer", term(messages, "executor-term-timer")),
                ("polls", term(messages, "executor-term-polls")),
            ]) }
        </p>
    }
}

/// The note on `station`, the one that never awaits.
fn blocking_note(messages: &Messages, station: u32) -> Html {
    let station = whole(messages, station);
    html! {
        <p class="blocking-note" data-testid="blocking-note" role="note">
            { tr!(messages, "executor-blocking", station = station) }
        </p>
    }
}

/// The one thread, and which task ran on it last.
fn thread_token(messages: &Messages, last_ran: Option<LastRan>) -> Html {
    let supervisor_ran = last_ran == Some(LastRan::Supervisor);
    let holder = match last_ran {
        Some(LastRan::Supervisor) => tr!(messages, "executor-thread-supervisor"),
        Some(LastRan::Station(station)) => tr!(
            messages,
            "executor-thread-station",
            station = whole(messages, station)
        ),
        None => tr!(messages, "executor-thread-nobody"),
    };
    html! {
        <div class="thread" data-testid="thread">
            <span class="thread-label">
                { with_elements(messages, "executor-thread-label", FluentArgs::new(), vec![
                    ("thread", term(messages, "executor-term-thread")),
                ]) }
            </span>
            <strong class={classes!("thread-token", supervisor_ran.then_some("supervisor"))}>{ holder }</strong>
        </div>
    }
}

/// The awaited set's heading and its first tasks, the one that ran last
/// marked.
fn awaited_set(messages: &Messages, view: &RunView) -> Html {
    let members = view.awaited.iter().take(SET_MEMBERS_SHOWN).map(|(station, box_no)| {
        let ran = view.last_ran == Some(LastRan::Station(*station));
        let name = tr!(
            messages,
            "executor-awaited-task",
            station = whole(messages, *station),
            box_no = whole(messages, *box_no)
        );
        html! {
            <li key={*station} class={classes!("task-chip", ran.then_some("ran"))} data-testid="awaited-task">
                { name }
            </li>
        }
    });
    let more = view.awaited.len().saturating_sub(SET_MEMBERS_SHOWN);
    let kind = messages.text(match view.config.policy {
        Policy::CompletionQueue => "executor-awaited-kind-channel",
        Policy::TaskGroup => "executor-awaited-kind-taskgroup",
        Policy::Workers => "executor-awaited-kind-workers",
        _ => "executor-awaited-kind-futures",
    });
    let size = tr!(
        messages,
        "executor-awaited-count",
        count = count(view.awaited.len() as f64),
        kind = kind
    );
    html! {
        <>
            <h3>{ tr!(messages, "executor-awaited-set") }{" "}<small>{ size }</small></h3>
            <ul class="awaited-set" data-testid="awaited-set">
                { for members }
                if more > 0 {
                    <li class="task-chip more">{ tr!(messages, "executor-awaited-more", count = count(more as f64)) }</li>
                }
                if view.awaited.is_empty() { <li class="empty">{ tr!(messages, "executor-awaited-empty") }</li> }
            </ul>
        </>
    }
}

/// Seconds as a number for a message, rounded as the clock rounds them.
fn seconds(time: SimTime) -> fluent_bundle::FluentValue<'static> {
    fixed(time.as_secs_f64(), 2)
}

fn timer_queue(messages: &Messages, upcoming: &[(SimTime, u32)]) -> Html {
    let timers = upcoming.iter().map(|(deadline, station)| {
        let text = tr!(
            messages,
            "executor-timer",
            seconds = seconds(*deadline),
            station = whole(messages, *station)
        );
        html! { <li data-testid="timer">{ text }</li> }
    });
    html! {
        <ol class="timers" data-testid="timers">
            { for timers }
            if upcoming.is_empty() { <li class="empty">{ tr!(messages, "executor-timers-empty") }</li> }
        </ol>
    }
}

/// The message id of `policy`'s sentence.
fn policy_note_id(policy: Policy) -> String {
    format!("executor-policy-{}", policy.as_str())
}

fn policy_note(messages: &Messages, policy: Policy) -> Html {
    html! { <strong>{ messages.text(&policy_note_id(policy)) }</strong> }
}

/// Why a station's task returned an error, in the page's language.
fn error_text(messages: &Messages, error: StationError) -> String {
    match error {
        StationError::SpoiledDose { shot } => {
            tr!(
                messages,
                "executor-error-spoiled",
                shot = whole(messages, shot)
            )
        }
        StationError::BrokenByHand { shot } => {
            tr!(
                messages,
                "executor-error-broken",
                shot = whole(messages, shot)
            )
        }
    }
}

/// What the supervisor found returned at a wake.
fn outcome_text(messages: &Messages, done: ReturnedTask) -> String {
    let (station, box_no) = (whole(messages, done.station), whole(messages, done.box_no));
    match done.outcome {
        TaskOutcome::Done => tr!(
            messages,
            "executor-wake-ok",
            station = station,
            box_no = box_no
        ),
        TaskOutcome::Failed(error) => tr!(
            messages,
            "executor-wake-err",
            station = station,
            box_no = box_no,
            error = error_text(messages, error)
        ),
    }
}

/// What the supervisor pushed into the set after a wake.
fn pushed_text(messages: &Messages, pushed: Option<StationTask>, depot_left: u32) -> String {
    match pushed {
        Some(StationTask { station, box_no }) => tr!(
            messages,
            "executor-wake-pushed",
            station = whole(messages, station),
            box_no = whole(messages, box_no)
        ),
        None if depot_left > 0 => tr!(messages, "executor-wake-no-box"),
        None => tr!(messages, "executor-wake-depot-empty"),
    }
}

/// One returned task; `depot_left` boxes are still in the depot now.
fn wake_line(messages: &Messages, wake: &SupervisorWake, depot_left: u32) -> Html {
    let failed = matches!(wake.done.outcome, TaskOutcome::Failed(_));
    let pending = tr!(
        messages,
        "executor-wake-pending",
        stations = pending_text(messages, &wake.pending)
    );
    html! {
        <li data-testid="wake" class={classes!(failed.then_some("failed"))}>
            <span class="wake-time">{ tr!(messages, "executor-wake-time", seconds = seconds(wake.at)) }</span>
            if let Some(wait) = wake.wait {
                <span class="wake-wait" data-testid="wake-wait">
                    { tr!(messages, "executor-wake-wait", wait = whole(messages, wait)) }
                </span>
            }
            <span class="wake-done">{ outcome_text(messages, wake.done) }</span>
            <span class="wake-pending">{ pending }</span>
            <span class="wake-pushed">{ pushed_text(messages, wake.pushed, depot_left) }</span>
        </li>
    }
}

/// The first pending stations, the rest counted; "none" if none.
fn pending_text(messages: &Messages, pending: &[u32]) -> String {
    if pending.is_empty() {
        return tr!(messages, "executor-pending-none");
    }
    let mut listed: Vec<String> = pending
        .iter()
        .take(PENDING_LISTED)
        .map(|station| whole(messages, *station))
        .collect();
    if pending.len() > PENDING_LISTED {
        let more = (pending.len() - PENDING_LISTED) as f64;
        listed.push(tr!(messages, "executor-pending-more", count = count(more)));
    }
    joined(messages, &listed)
}
