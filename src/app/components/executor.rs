//! See the executor think: the awaited set, the supervisor's wakes and the
//! done set each one took, the timer queue, and which task the one thread
//! ran last.
//!
//! Reads the run view. What it says of the run as a whole (whether the
//! completion queue gave FIRST_COMPLETED's run, how a blocking station
//! shared the thread) comes from a replay of the whole run on screen
//! ([`RunSource::summary`]), worked out in a task of its own after the panel mounts;
//! it owns only that task. Its words are the `executor-…` messages of
//! `panels.ftl`, and a sentence that holds for one policy is shown only
//! under it.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::store::{
    LastRan, ReturnedTask, RunView, StationTask, SupervisorWake, TaskOutcome, ViewRef,
};
use crate::i18n::Messages;
use crate::model::settings::CodeFirst;
use crate::model::source::RunSource;
use crate::sim::{BreakAt, Config, Policy, SimTime, StationError, ThreadShare};
use crate::tr;

use super::panel_text::{count, fixed, joined, term, whole, with_elements, worded};

/// Tasks of the awaited set drawn one by one; more are counted.
const SET_MEMBERS_SHOWN: usize = 24;
/// Pending stations listed per wake; more are counted.
const PENDING_LISTED: usize = 8;
/// Runs replayed whole for what the panel says of them, at most this many
/// doses (as the policy comparison).
const CLAIMS_DOSES_LIMIT: u64 = 100_000;

/// The executor panel's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct ExecutorProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
    /// Whose words the panel explains the executor in.
    #[prop_or_default]
    pub words: CodeFirst,
}

/// The executor panel: the awaited set, the supervisor's wakes, the timer
/// queue and the task the thread ran last.
#[component]
pub fn ExecutorPanel(props: &ExecutorProps) -> Html {
    let view = &props.view;
    let messages = use_i18n();
    let words = props.words;
    // Claims about the engine's supervisor; a recorded program has none.
    let claims =
        use_run_claims(&view.config, view.seed, &view.breaks).filter(|_| view.program.is_none());
    let policy = view.config.policy;
    let wakes = view
        .wakes
        .iter()
        .rev()
        .map(|wake| wake_line(&messages, wake, policy, words));
    let wakes_heading = if policy.takes_done_sets() {
        "executor-wakes"
    } else {
        "executor-reports"
    };
    html! {
        <details class="panel executor" open=true data-testid="panel-executor">
            <summary><h2>{ tr!(messages, "executor-title") }</h2></summary>
            { explanation(&messages, words) }
            <p class="policy-note" data-testid="policy">
                if view.program.is_some() {
                    { tr!(messages, "executor-program-note") }
                } else {
                    { policy_note(&messages, policy) }
                }
                if let Some(same) = claims.as_ref().and_then(|claims| claims.queue_as_first) {
                    {" "}<span data-testid="policy-claim">{ queue_claim(&messages, same) }</span>
                }
            </p>
            if let Some(station) = view.config.blocking {
                { blocking_note(&messages, station, claims.as_ref().and_then(|claims| claims.thread_share)) }
            }
            <div class="executor-grid">
                <div>
                    { awaited_set(&messages, view) }
                    if policy.takes_done_sets() {
                        { done_set(&messages, view.wakes.back(), words) }
                    }
                    <h3>{ tr!(messages, wakes_heading) }</h3>
                    <ol class="wakes" data-testid="wakes">{ for wakes }</ol>
                </div>
                <div>
                    <h3>{ tr!(messages, "executor-timers") }</h3>
                    if view.program.is_some() {
                        <p class="note">{ tr!(messages, "executor-program-timers") }</p>
                    } else {
                        { timer_queue(&messages, &view.upcoming) }
                    }
                </div>
            </div>
        </details>
    }
}

/// What the panel says of the run on screen as a whole, from a replay.
#[derive(Clone, Copy, Debug, PartialEq)]
struct RunClaims {
    /// Under the completion queue: how it compares with FIRST_COMPLETED
    /// on the same parameters, seed and breaks.
    queue_as_first: Option<QueueAsFirst>,
    /// With a blocking station: how it shared the thread.
    thread_share: Option<ThreadShare>,
}

/// The completion queue's run against FIRST_COMPLETED's.
#[derive(Clone, Copy, Debug, PartialEq)]
struct QueueAsFirst {
    /// The same shots and boxes at the same instants.
    same_lot: bool,
    /// When each ends.
    queue_end: SimTime,
    first_end: SimTime,
}

/// The run's claims, worked out in a task of their own after the panel
/// mounts (a replay of the whole run, two under the completion queue);
/// `None` until then, and for runs too large to replay.
#[hook]
fn use_run_claims(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<RunClaims> {
    let claims = use_state(|| None::<RunClaims>);
    {
        let claims = claims.clone();
        let key = (config.clone(), seed, breaks.to_vec());
        use_effect_with(key, move |(config, seed, breaks)| {
            claims.set(None);
            let wanted = config.policy == Policy::CompletionQueue || config.blocking.is_some();
            let small = config.total_doses() <= CLAIMS_DOSES_LIMIT;
            let (config, seed, breaks) = (config.clone(), *seed, breaks.clone());
            let task = (wanted && small).then(|| {
                gloo_timers::callback::Timeout::new(0, move || {
                    claims.set(run_claims(&config, seed, &breaks));
                })
            });
            move || drop(task)
        });
    }
    *claims
}

/// The claims of one run, from its replays (kept and shared with the
/// timeline and the comparison).
fn run_claims(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<RunClaims> {
    let source = RunSource::engine(config.clone(), seed, breaks.to_vec());
    let run = source.summary()?;
    let queue_as_first = if config.policy == Policy::CompletionQueue {
        let first = RunSource::engine(
            Config {
                policy: Policy::FirstCompleted,
                ..config.clone()
            },
            seed,
            breaks.to_vec(),
        )
        .summary()?;
        Some(QueueAsFirst {
            same_lot: run.lot == first.lot,
            queue_end: run.makespan,
            first_end: first.makespan,
        })
    } else {
        None
    };
    Some(RunClaims {
        queue_as_first,
        thread_share: run.thread_share,
    })
}

/// Whether the completion queue's run is FIRST_COMPLETED's, said of it.
fn queue_claim(messages: &Messages, compared: QueueAsFirst) -> String {
    if compared.same_lot {
        return tr!(messages, "executor-queue-same");
    }
    let same_end = if compared.queue_end == compared.first_end {
        "yes"
    } else {
        "no"
    };
    tr!(
        messages,
        "executor-queue-differs",
        same_end = same_end,
        seconds = seconds(compared.queue_end),
        first_seconds = seconds(compared.first_end)
    )
}

/// The paragraph on how the one thread runs the tasks, its terms defined.
fn explanation(messages: &Messages, words: CodeFirst) -> Html {
    html! {
        <p class="explain">
            { with_elements(messages, &worded(words, "executor-explain"), FluentArgs::new(), vec![
                ("awaits", term(messages, &worded(words, "executor-term-awaits"))),
                ("timer", term(messages, &worded(words, "executor-term-timer"))),
                ("polls", term(messages, &worded(words, "executor-term-polls"))),
            ]) }
        </p>
    }
}

/// The note on `station`, the one that never awaits, and what it did to
/// the others in this run, once the replay has told.
fn blocking_note(messages: &Messages, station: u32, share: Option<ThreadShare>) -> Html {
    let number = whole(messages, station);
    html! {
        <p class="blocking-note" data-testid="blocking-note" role="note">
            { tr!(messages, "executor-blocking", station = number) }
            if let Some(share) = share {
                {" "}<span data-testid="blocking-share">{ share_text(messages, &share) }</span>
            }
        </p>
    }
}

/// How the blocking station shared the thread in this run.
fn share_text(messages: &Messages, share: &ThreadShare) -> String {
    let station = whole(messages, share.station);
    match share.mean_between() {
        _ if share.others_shots == 0 => tr!(messages, "executor-share-none", station = station),
        Some(mean) if share.fewest_between == share.most_between => tr!(
            messages,
            "executor-share-exact",
            station = station,
            boxes = count(f64::from(share.boxes)),
            shots = count(mean)
        ),
        Some(mean) => tr!(
            messages,
            "executor-share-range",
            station = station,
            boxes = count(f64::from(share.boxes)),
            fewest = count(share.fewest_between as f64),
            most = count(share.most_between as f64),
            mean = fixed(mean, 1)
        ),
        None => tr!(
            messages,
            "executor-share-one-box",
            station = station,
            shots = count(share.others_shots as f64)
        ),
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
        _ if view.program.is_some() => "executor-awaited-kind-program",
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
fn outcome_text(messages: &Messages, done: ReturnedTask, words: CodeFirst) -> String {
    let (station, box_no) = (whole(messages, done.station), whole(messages, done.box_no));
    match done.outcome {
        TaskOutcome::Done => tr!(
            messages,
            &worded(words, "executor-wake-ok"),
            station = station,
            box_no = box_no
        ),
        TaskOutcome::Failed(error) => tr!(
            messages,
            &worded(words, "executor-wake-err"),
            station = station,
            box_no = box_no,
            error = error_text(messages, error)
        ),
    }
}

/// The done set of the supervisor's latest wake: one chip per task, as
/// its reports come in.
fn done_set(messages: &Messages, wake: Option<&SupervisorWake>, words: CodeFirst) -> Html {
    let Some(wake) = wake.filter(|wake| wake.by_supervisor) else {
        return html! {
            <div class="done-set" data-testid="executor-done" data-size="0">
                <h3>{ tr!(messages, "executor-done-set") }</h3>
                <p class="empty">{ tr!(messages, "executor-done-empty") }</p>
            </div>
        };
    };
    let tasks = wake.members.iter().map(|task| {
        let reported = wake.done.iter().find(|done| done.station == task.station);
        let failed = reported.is_some_and(|done| matches!(done.outcome, TaskOutcome::Failed(_)));
        let name = tr!(
            messages,
            "executor-done-task",
            station = whole(messages, task.station),
            box_no = whole(messages, task.box_no)
        );
        let title = match reported {
            Some(done) => outcome_text(messages, *done, words),
            None => tr!(messages, "executor-done-unreported"),
        };
        html! {
            <li class={classes!("task-chip", "done-task", failed.then_some("failed"), reported.is_none().then_some("unreported"))}
                data-testid="done-task" data-station={task.station.to_string()}
                data-box={task.box_no.to_string()} title={title}>
                { name }
            </li>
        }
    });
    let size = tr!(
        messages,
        "executor-done-count",
        count = count(f64::from(wake.size)),
        seconds = seconds(wake.at)
    );
    html! {
        <div class="done-set" data-testid="executor-done" data-size={wake.size.to_string()}>
            <h3>{ tr!(messages, "executor-done-set") }{" "}<small>{ size }</small></h3>
            <ul class="awaited-set">{ for tasks }</ul>
            if wake.size > 1 {
                <p class="explain" data-testid="done-set-note">{ tr!(messages, "executor-done-several") }</p>
            }
        </div>
    }
}

/// What the supervisor pushed into the set during a wake.
fn pushed_text(messages: &Messages, wake: &SupervisorWake) -> String {
    if wake.pushed.is_empty() {
        return if wake.depot_left > 0 {
            tr!(messages, "executor-wake-no-box")
        } else {
            tr!(messages, "executor-wake-depot-empty")
        };
    }
    let tasks: Vec<String> = wake
        .pushed
        .iter()
        .map(|StationTask { station, box_no }| {
            tr!(
                messages,
                "executor-pushed-task",
                station = whole(messages, *station),
                box_no = whole(messages, *box_no)
            )
        })
        .collect();
    tr!(
        messages,
        "executor-wake-pushed",
        tasks = joined(messages, &tasks)
    )
}

/// What follows a box its own task reported, under the idioms.
fn next_box_text(messages: &Messages, wake: &SupervisorWake, policy: Policy) -> String {
    let station = wake.done.first().map_or(0, |done| done.station);
    let station = whole(messages, station);
    let more = wake.depot_left > 0;
    match (policy, more) {
        (Policy::Workers, true) => tr!(messages, "executor-report-workers-next"),
        (Policy::Workers, false) => tr!(messages, "executor-report-workers-last"),
        (_, true) => tr!(
            messages,
            "executor-report-taskgroup-next",
            station = station
        ),
        (_, false) => tr!(
            messages,
            "executor-report-taskgroup-last",
            station = station
        ),
    }
}

/// One wake and its done set, or, under the idioms, one box reported.
fn wake_line(messages: &Messages, wake: &SupervisorWake, policy: Policy, words: CodeFirst) -> Html {
    let failed = wake
        .done
        .iter()
        .any(|done| matches!(done.outcome, TaskOutcome::Failed(_)));
    let returned: Vec<String> = wake
        .done
        .iter()
        .map(|done| outcome_text(messages, *done, words))
        .collect();
    let pending = tr!(
        messages,
        "executor-wake-pending",
        stations = pending_text(messages, &wake.pending)
    );
    html! {
        <li data-testid="wake" data-size={wake.size.to_string()} class={classes!(failed.then_some("failed"))}>
            <span class="wake-time">{ tr!(messages, "executor-wake-time", seconds = seconds(wake.at)) }</span>
            if let Some(wait) = wake.wait {
                <span class="wake-wait" data-testid="wake-wait">
                    { tr!(messages, "executor-wake-wait", wait = whole(messages, wait)) }
                </span>
            }
            <span class="wake-done">{ joined(messages, &returned) }</span>
            <span class="wake-pending">{ pending }</span>
            if wake.by_supervisor {
                <span class="wake-pushed">{ pushed_text(messages, wake) }</span>
            } else {
                <span class="wake-pushed">{ next_box_text(messages, wake, policy) }</span>
            }
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
