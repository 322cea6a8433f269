//! A sleeping task: how often does the executor poll it before its
//! timer fires?
//!
//! The misconception it answers: that a task awaiting a sleep is checked
//! over and over ("is it time yet?"), in a loop or once per tick of some
//! clock, so that many sleeping tasks would keep the thread busy. In fact
//! a sleeping task sits in the timer queue, not in the ready queue: the
//! executor polls it exactly once more, when its timer fires and wakes
//! it, and that poll gives the shot. So the right choice is the same on
//! every run, and the wrong ones are the misconceptions, one of them
//! priced with the station's own sleep from the timer queue on screen.
//!
//! Counted, not claimed: the answer replays the step's run with its
//! thread recorded and counts the turns the station's task took from the
//! moment to its next shot.

use crate::lesson::text::{Arg, Text};
use crate::sim::{EventKind, SimTime, StationError, StationState};

use super::traced::{works_at, Traced};
use super::{Asked, PoseError, Replay};

/// The choices' messages, in the order shown; the one right is `ONCE`.
const CHOICES: [&str; 4] = [
    "lesson-sleep-polls-none",
    "lesson-sleep-polls-once",
    "lesson-sleep-polls-per-ms",
    "lesson-sleep-polls-always",
];
/// The index of the choice a single poll answers.
const ONCE: usize = 1;

/// A station's task asleep at the moment, with its timer.
struct Sleeper {
    station: u32,
    box_no: u32,
    /// When its timer is due.
    due: SimTime,
}

/// How many times the executor polls `station`'s task (else the first
/// station whose task sleeps on a timer at the moment) until its next
/// shot, that shot's poll included. The answer shows at that shot.
pub(super) fn sleep_polls(replay: &Replay, station: Option<u32>) -> Result<Asked, PoseError> {
    if let (Some(station), Some(blocker)) = (station, replay.run.config.blocking) {
        if station == blocker {
            return Err(PoseError(
                Text::new("lesson-cannot-sleep-blocking").with("station", station),
            ));
        }
    }
    let traced = Traced::of(replay);
    let sleeper = sleeper(replay, &traced, station)?;
    // Its next event: the shot its timer brings (or the spoiled dose that
    // ends its box instead).
    let (index, event) = replay
        .ahead()
        .find(|(_, event)| {
            event.station_and_box() == Some((sleeper.station, sleeper.box_no))
                && matches!(
                    event.kind,
                    EventKind::ShotGiven { .. } | EventKind::StationFailed { .. }
                )
        })
        .ok_or_else(|| {
            PoseError(Text::new("lesson-cannot-no-finish").with("station", sleeper.station))
        })?;
    let turns = traced.turns_between(replay.at_event, index);
    let polls = turns
        .iter()
        .filter(|turn| works_at(turn.task, sleeper.station, sleeper.box_no))
        .count() as u64;
    let broken = matches!(
        event.kind,
        EventKind::StationFailed {
            error: StationError::BrokenByHand { .. },
            ..
        }
    );
    if polls != 1 || broken {
        // Something but its timer woke it (a break by hand): the question's
        // premise, a task asleep until its shot, does not hold.
        return Err(PoseError(
            Text::new("lesson-cannot-woken-early")
                .with("station", sleeper.station)
                .with("polls", polls),
        ));
    }
    let others = turns.len() as u64 - polls;
    let now = replay.now.now;
    let asleep = sleeper.due.as_micros().saturating_sub(now.as_micros());
    // Once per millisecond of the sleep left, as the misconception would
    // have it: at least twice, so that it never reads as "once".
    let per_ms = asleep.div_ceil(1000).max(2);
    let outcome = match event.kind {
        EventKind::StationFailed { .. } => "spoiled",
        _ => "shot",
    };
    let explanation = Text::new("lesson-sleep-polls-explanation")
        .with("station", sleeper.station)
        .with("time", event.at)
        .with("outcome", Arg::verbatim(outcome))
        .with("seconds", Arg::fixed(asleep as f64 / 1e6, 2))
        .with("turns", others);
    let choices = CHOICES
        .iter()
        .map(|id| Text::new(id).with("polls", per_ms))
        .collect();
    Ok((
        Text::new("lesson-sleep-polls-prompt")
            .with("station", sleeper.station)
            .with("time", sleeper.due),
        choices,
        ONCE,
        replay.answer_after(index, explanation),
    ))
}

/// `station`'s task if it sleeps on a timer at the moment, else (none
/// given) the first station's that does.
fn sleeper(replay: &Replay, traced: &Traced, station: Option<u32>) -> Result<Sleeper, PoseError> {
    let shown = traced.shown(replay.at_event);
    let asleep = |status: &crate::sim::StationStatus| -> Option<Sleeper> {
        if status.state != StationState::Working || status.remaining == 0 {
            return None;
        }
        if replay.run.config.blocking == Some(status.station) {
            return None;
        }
        let box_no = status.box_no?;
        // Not holding the thread, not waiting for it: parked on its timer.
        if let Some(shown) = &shown {
            let on_thread = shown
                .running
                .iter()
                .chain(&shown.ready)
                .any(|task| works_at(*task, status.station, box_no));
            if on_thread {
                return None;
            }
        }
        // Due later than now: a timer already due (a blocking task held
        // the thread past it) is about to wake its task, not asleep.
        let due = traced
            .timers
            .iter()
            .find(|(_, timer)| *timer == status.station)
            .map(|(due, _)| *due)
            .filter(|due| *due > replay.now.now)?;
        Some(Sleeper {
            station: status.station,
            box_no,
            due,
        })
    };
    match station {
        Some(station) => {
            let status = replay.station(station)?;
            asleep(status).ok_or_else(|| {
                PoseError(Text::new("lesson-cannot-not-asleep").with("station", station))
            })
        }
        None => replay
            .now
            .stations
            .iter()
            .find_map(asleep)
            .ok_or_else(|| PoseError::new("lesson-cannot-none-asleep")),
    }
}
