//! Be the event loop: the loop's choices on a run, offered to a learner
//! who makes them, and checked against CPython's rules.
//!
//! ```text
//!   RunParams ─► LocalRun::choosing ─► ThreadLog::choices (the engine's own)
//!                                            │ non-trivial ones, from the moment
//!                                            ▼
//!   LoopDecision { prompt, options, correct (CPython's rule), why }
//! ```
//!
//! Two choices, as asyncio's `BaseEventLoop._run_once` makes them:
//! - **which ready task it resumes**: the ready queue is a FIFO deque of
//!   callbacks, run in the order they were scheduled ([`cpython_resumes`]);
//! - **which timer fires** when nothing is ready: the loop sleeps until
//!   the earliest deadline and moves every timer due by then to the ready
//!   queue in one turn; after a task held the thread, every timer that
//!   came due meanwhile fires at once, earliest first ([`cpython_fires`]).
//!
//! The right option is the rule applied to the queue or the timers the
//! engine had then, and the native tests check that the engine did just
//! that, choice after choice. Nothing is written per lesson: the options,
//! the answer and the reason all come from the run.

use crate::lesson::text::{Arg, Text};
use crate::sim::config::RunParams;
use crate::sim::{LocalRun, LoopChoice, Queued, TaskKind, Timer};

use super::traced::{listing_order, task_label};

/// Events a run is played past the first decision asked for, at most,
/// looking for the rest: enough for any lesson's short run, and a bound
/// on the replay's cost in the page.
const EVENTS_AHEAD: u64 = 5_000;

/// One choice of the loop's, as the learner makes it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopDecision {
    /// Events shown when the loop chooses: the page shows the run there.
    pub at_event: u64,
    /// The simulated clock then \[µs\].
    pub micros: u64,
    /// Which choice it is.
    pub kind: DecisionKind,
    /// The question.
    pub prompt: Text,
    /// The options, in an order that gives nothing away (stations by
    /// number, the supervisor last).
    pub options: Vec<Text>,
    /// The option CPython's loop takes (0-based).
    pub correct: usize,
    /// Why it takes it, with the figures of this moment.
    pub why: Text,
}

/// The two choices the loop makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// Which ready task it resumes.
    Resume,
    /// Which timer fires, when it has timers to fire.
    Fire,
}

impl DecisionKind {
    /// The name statements and hooks use.
    pub fn name(self) -> &'static str {
        match self {
            DecisionKind::Resume => "resume",
            DecisionKind::Fire => "fire",
        }
    }
}

/// CPython's rule for the ready queue: it is first in, first out, so the
/// loop resumes the task at its front.
pub fn cpython_resumes(ready: &[Queued]) -> Option<TaskKind> {
    ready.first().map(|queued| queued.task)
}

/// CPython's rule for timers, given the waiting ones in deadline order
/// and the clock \[µs\]: the loop sleeps until the earliest deadline
/// (unless the clock is already past it, a task having held the thread)
/// and fires every timer due by then. Returns how many fire, from the
/// first.
pub fn cpython_fires(timers: &[Timer], now_micros: u64) -> usize {
    let Some(earliest) = timers.iter().map(|timer| timer.due_micros).min() else {
        return 0;
    };
    let cutoff = earliest.max(now_micros);
    timers
        .iter()
        .filter(|timer| timer.due_micros <= cutoff)
        .count()
}

/// The loop's choices on `run` from the moment `from_event` events are
/// shown, at most `count` of them, leaving out those with one option
/// only. Replays the run on the engine's own executor.
pub fn loop_decisions(run: &RunParams, from_event: u64, count: usize) -> Vec<LoopDecision> {
    let mut replay = LocalRun::choosing(
        run.config.clone(),
        run.seed.unwrap_or_default(),
        &run.breaks,
    );
    let bound = from_event.saturating_add(EVENTS_AHEAD);
    while replay.produced() < bound && replay.next_event().is_some() {}
    let Some(log) = replay.simulation().monitor().thread() else {
        return Vec::new();
    };
    log.choices()
        .iter()
        .filter_map(decision)
        .filter(|decision| decision.at_event >= from_event)
        .take(count)
        .collect()
}

/// The learner's decision of one choice, if it offers more than one
/// option.
fn decision(choice: &LoopChoice) -> Option<LoopDecision> {
    match choice {
        LoopChoice::Resume { at, ready, .. } => {
            let ready = asyncio_queue(ready)?;
            let ready = &ready[..];
            let decided = resume(ready)?;
            let queue: Vec<Text> = ready.iter().map(|queued| task_label(queued.task)).collect();
            Some(LoopDecision {
                at_event: at.events,
                micros: at.micros,
                kind: DecisionKind::Resume,
                prompt: Text::new("loop-resume-prompt").with("queue", queue),
                options: decided.0,
                correct: decided.1,
                why: decided.2,
            })
        }
        LoopChoice::Fire { at, timers, .. } => {
            let decided = fire(timers, at.micros)?;
            Some(LoopDecision {
                at_event: at.events,
                micros: at.micros,
                kind: DecisionKind::Fire,
                prompt: Text::new("loop-fire-prompt"),
                options: decided.0,
                correct: decided.1,
                why: decided.2,
            })
        }
    }
}

/// The ready queue as asyncio's would hold it: without the supervisor
/// queued by itself (the Rust twin's `FuturesUnordered` yields once after
/// starting tasks; asyncio's `wait` just registers its callbacks). `None`
/// when that yield is the front: the loop's choice then has no asyncio
/// counterpart.
fn asyncio_queue(ready: &[Queued]) -> Option<Vec<Queued>> {
    let own_yield = |queued: &Queued| {
        queued.task == TaskKind::Supervisor && queued.queued_by == Some(TaskKind::Supervisor)
    };
    if ready.first().is_some_and(own_yield) {
        return None;
    }
    Some(
        ready
            .iter()
            .filter(|queued| !own_yield(queued))
            .copied()
            .collect(),
    )
}

/// Options, the right one, and why.
type Decided = (Vec<Text>, usize, Text);

/// Which ready task: one option per task. The prompt lists the queue in
/// order, front first, as the thread view does: the question is whether
/// the learner knows the loop takes its front.
///
/// Not offered while the queue holds one of the callbacks a run with a
/// blocking station emulates (`sim::iteration`): they are asyncio's, but
/// the page shows nothing a learner could tell them apart by.
fn resume(ready: &[Queued]) -> Option<Decided> {
    let front = cpython_resumes(ready)?;
    if ready
        .iter()
        .any(|queued| matches!(queued.task, TaskKind::Callback | TaskKind::TurnMarker))
    {
        return None;
    }
    let mut offered: Vec<Queued> = ready.to_vec();
    if offered.len() < 2 {
        return None;
    }
    offered.sort_by_key(|queued| listing_order(queued.task));
    let correct = offered.iter().position(|queued| queued.task == front)?;
    let first = ready[0];
    let mut why = Text::new("loop-resume-why")
        .with("task", task_label(front))
        .with("since", seconds(first.since_micros))
        .with("cause", cause(&first))
        .with(
            "behind",
            ready[1..]
                .iter()
                .map(|queued| task_label(queued.task))
                .collect::<Vec<_>>(),
        );
    // The supervisor queued behind others: woken by a finished task's
    // done callback, which asyncio runs a turn after the task ends.
    if let Some(woken) = ready[1..]
        .iter()
        .find(|queued| queued.task == TaskKind::Supervisor)
    {
        why = why.with("supervisor", supervisor_behind(woken));
    } else {
        why = why.with("supervisor", Text::new("loop-nothing"));
    }
    let options = offered
        .iter()
        .map(|queued| task_label(queued.task))
        .collect();
    Some((options, correct, why))
}

/// How a task got into the ready queue.
fn cause(queued: &Queued) -> Text {
    match (queued.task, queued.queued_by) {
        (_, None) => Text::new("loop-cause-timer"),
        (TaskKind::Supervisor, Some(TaskKind::Callback | TaskKind::TurnMarker)) => {
            Text::new("loop-cause-done-callback")
        }
        (TaskKind::Supervisor, Some(by)) => {
            Text::new("loop-cause-done").with("task", task_label(by))
        }
        (_, Some(TaskKind::Supervisor)) => Text::new("loop-cause-spawned"),
        // In a run with a blocking station, the loop's timers fire in a
        // callback of its own (`sim::iteration`).
        (_, Some(TaskKind::Callback | TaskKind::TurnMarker)) => Text::new("loop-cause-timer"),
        (_, Some(by)) => Text::new("loop-cause-woken").with("task", task_label(by)),
    }
}

/// Why the supervisor waits behind: the finished task's done callback.
fn supervisor_behind(woken: &Queued) -> Text {
    match woken.queued_by {
        Some(TaskKind::Callback | TaskKind::TurnMarker) => {
            Text::new("loop-supervisor-behind-callback").with("since", seconds(woken.since_micros))
        }
        Some(by) if by != TaskKind::Supervisor => Text::new("loop-supervisor-behind")
            .with("task", task_label(by))
            .with("since", seconds(woken.since_micros)),
        _ => Text::new("loop-nothing"),
    }
}

/// Which timer: one option per deadline (timers due at the same instant
/// fire in the same turn, so they are one option).
fn fire(timers: &[Timer], now_micros: u64) -> Option<Decided> {
    let fired = cpython_fires(timers, now_micros);
    let earliest = timers.first()?.due_micros;
    let mut groups: Vec<Vec<Timer>> = Vec::new();
    for timer in timers {
        match groups
            .iter_mut()
            .find(|group| group[0].due_micros == timer.due_micros)
        {
            Some(group) => group.push(*timer),
            None => groups.push(vec![*timer]),
        }
    }
    if groups.len() < 2 {
        return None;
    }
    groups.sort_by_key(|group| group.iter().map(|timer| timer.station).min());
    let correct = groups
        .iter()
        .position(|group| group[0].due_micros == earliest)?;
    // Deadlines a few microseconds apart (speeds that do not divide the
    // shot evenly) read apart: to the microsecond when milliseconds would
    // show two options alike.
    let mut millis: Vec<u64> = groups
        .iter()
        .map(|group| group[0].due_micros / 1_000)
        .collect();
    millis.sort_unstable();
    millis.dedup();
    let digits = if millis.len() == groups.len() { 3 } else { 6 };
    let seconds = |micros: u64| Arg::fixed(micros as f64 / 1e6, digits);
    let stations = |group: &[Timer]| -> Vec<Text> {
        group
            .iter()
            .map(|timer| Text::new("loop-station").with("station", timer.station))
            .collect()
    };
    let options = groups
        .iter()
        .map(|group| {
            Text::new("loop-fire-option")
                .with("stations", stations(group))
                .with("count", group.len())
                .with("due", seconds(group[0].due_micros))
        })
        .collect();
    let first = &groups[correct];
    let why = if earliest < now_micros {
        Text::new("loop-fire-why-late")
            .with("stations", stations(&timers[..fired]))
            .with("count", fired)
            .with("now", seconds(now_micros))
            .with("due", seconds(earliest))
    } else if first.len() > 1 {
        Text::new("loop-fire-why-tie")
            .with("stations", stations(first))
            .with("due", seconds(earliest))
    } else {
        Text::new("loop-fire-why")
            .with("stations", stations(first))
            .with("due", seconds(earliest))
    };
    Some((options, correct, why))
}

/// Microseconds as seconds with three decimals: deadlines a few
/// milliseconds apart read apart.
fn seconds(micros: u64) -> Arg {
    Arg::fixed(micros as f64 / 1e6, 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::config::{parse_run_query, Policy};

    fn run(query: &str, seed: u64) -> RunParams {
        let (mut params, errors) = parse_run_query(query);
        assert!(errors.is_empty(), "{errors:?}");
        params.seed = Some(seed);
        params
    }

    /// Every choice the engine made in a run, with the run's end.
    fn choices(params: &RunParams) -> Vec<LoopChoice> {
        let mut replay = LocalRun::choosing(
            params.config.clone(),
            params.seed.unwrap_or_default(),
            &params.breaks,
        );
        while replay.next_event().is_some() {}
        replay
            .simulation()
            .monitor()
            .thread()
            .expect("traced")
            .choices()
    }

    const RUNS: [&str; 5] = [
        "stations=3&boxes=12&capacity=10&shot_min=0.2&shot_max=0.6",
        "stations=3&boxes=6&capacity=10&shot_min=0.1&shot_max=0.1",
        "stations=3&boxes=9&capacity=10&shot_min=0.2&shot_max=0.6&blocking=1",
        "stations=4&boxes=12&capacity=5&shot_min=0.1&shot_max=0.1&blocking=2",
        "stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&fail=0.05",
    ];

    #[test]
    fn the_engine_makes_every_choice_as_cpythons_rules_say() {
        for query in RUNS {
            for policy in Policy::ALL {
                for seed in 1..4 {
                    let mut params = run(query, seed);
                    params.config.policy = policy;
                    let (mut resumes, mut fires) = (0, 0);
                    for choice in choices(&params) {
                        match choice {
                            LoopChoice::Resume { ready, resumed, .. } => {
                                resumes += 1;
                                assert_eq!(
                                    cpython_resumes(&ready),
                                    Some(resumed),
                                    "{query} {policy:?} seed {seed}: {ready:?}"
                                );
                            }
                            LoopChoice::Fire { at, timers, fired } => {
                                fires += 1;
                                assert!(timers
                                    .windows(2)
                                    .all(|pair| { pair[0].due_micros <= pair[1].due_micros }));
                                assert_eq!(
                                    cpython_fires(&timers, at.micros),
                                    fired,
                                    "{query} {policy:?} seed {seed} at {at:?}: {timers:?}"
                                );
                            }
                        }
                    }
                    assert!(resumes > 0 && fires > 0, "{query} {policy:?} seed {seed}");
                }
            }
        }
    }

    #[test]
    fn each_decision_offers_the_engines_choice_as_the_right_one() {
        for query in RUNS {
            let params = run(query, 7);
            let decisions = loop_decisions(&params, 0, usize::MAX);
            assert!(!decisions.is_empty(), "{query}");
            let choices = choices(&params);
            let mut made = choices.iter().filter_map(|choice| {
                let decided = decision(choice)?;
                Some((choice.clone(), decided))
            });
            for shown in &decisions {
                let (choice, decided) = made.next().expect("one choice per decision");
                assert_eq!(&decided, shown);
                assert!(shown.options.len() >= 2);
                let right = &shown.options[shown.correct];
                match choice {
                    LoopChoice::Resume { resumed, .. } => {
                        assert_eq!(right, &task_label(resumed), "{query}");
                    }
                    LoopChoice::Fire { timers, .. } => {
                        let first = Text::new("loop-station").with("station", timers[0].station);
                        assert!(
                            right.to_string().contains(&first.to_string()),
                            "{query}: {right} names {first}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_tie_is_one_option_and_fires_in_one_turn() {
        // Equal shots: the three stations fall due together.
        let params = run("stations=3&boxes=6&capacity=4&shot_min=0.1&shot_max=0.1", 1);
        let tied = choices(&params)
            .into_iter()
            .find_map(|choice| match choice {
                LoopChoice::Fire { timers, fired, .. } if fired > 1 => Some((timers, fired)),
                _ => None,
            });
        let (timers, fired) = tied.expect("a tie");
        assert_eq!(
            fired,
            timers
                .iter()
                .filter(|timer| timer.due_micros == timers[0].due_micros)
                .count()
        );
        // Ties make no timer decision of their own when all are tied, but
        // the tasks they wake make a ready-queue one, in station order.
        let decisions = loop_decisions(&params, 0, usize::MAX);
        assert!(decisions
            .iter()
            .any(|decision| decision.kind == DecisionKind::Resume));
    }

    #[test]
    fn a_late_fire_names_every_timer_that_came_due() {
        let timers = [
            Timer {
                due_micros: 1_000_000,
                station: 2,
            },
            Timer {
                due_micros: 1_500_000,
                station: 3,
            },
            Timer {
                due_micros: 4_000_000,
                station: 1,
            },
        ];
        assert_eq!(cpython_fires(&timers, 0), 1);
        assert_eq!(cpython_fires(&timers, 2_000_000), 2);
        let (options, correct, why) = fire(&timers, 2_000_000).expect("three deadlines");
        assert_eq!(options.len(), 3);
        // Listed by station: 1, 2, 3; station 2's is due first.
        assert_eq!(correct, 1);
        assert_eq!(why.id(), "loop-fire-why-late");
    }

    #[test]
    fn the_front_of_the_queue_is_right_whatever_the_listing() {
        let queued = |task, by| Queued {
            task,
            since_micros: 2_000_000,
            queued_by: by,
        };
        let ready = [
            queued(
                TaskKind::Station {
                    station: 3,
                    box_no: 4,
                },
                None,
            ),
            queued(
                TaskKind::Supervisor,
                Some(TaskKind::Station {
                    station: 1,
                    box_no: 2,
                }),
            ),
            queued(
                TaskKind::Station {
                    station: 2,
                    box_no: 3,
                },
                None,
            ),
        ];
        let (options, correct, why) = resume(&ready).expect("three tasks");
        // Listed by station, the supervisor last; station 3 was first in.
        assert_eq!(options.len(), 3);
        assert_eq!(correct, 1);
        assert_eq!(options[2], Text::new("lesson-task-supervisor"));
        assert_eq!(
            why.arg("supervisor"),
            Some(&Arg::Text(supervisor_behind(&ready[1])))
        );
    }
}
