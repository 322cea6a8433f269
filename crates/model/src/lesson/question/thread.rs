//! A station that blocks the thread: do the others give any shot while it
//! holds it?
//!
//! In asyncio a coroutine that calls `time.sleep` keeps the thread for the
//! whole call; nothing else runs, and timers that come due meanwhile fire
//! only when it lets go.
//! The engine runs a blocking station the same way (checked against
//! CPython), so the answer is read from the run's events.

use crate::lesson::text::{Arg, Text};
use crate::sim::{EventKind, StationState};

use super::{Asked, PoseError, Replay};

/// The choices' messages: yes, then no.
const CHOICES: [&str; 2] = ["lesson-blocking-yes", "lesson-blocking-no"];

/// Whether any other station gives a shot while the blocking station
/// works through its box: the box open at the moment, or the next one.
/// The answer shows when that box is done.
pub(super) fn blocking_shots(replay: &Replay) -> Result<Asked, PoseError> {
    let blocker = replay.run.config.blocking.ok_or_else(|| {
        PoseError(
            Text::new("lesson-cannot-needs-blocking")
                .with("kind", Arg::verbatim("blocking-shots"))
                .with("param", Arg::verbatim("blocking=N"))
                .with("field", Arg::verbatim("params")),
        )
    })?;
    let start = hold_start(replay, blocker)?;
    let (end, end_event) = replay
        .ahead()
        .find(|(_, event)| {
            event.station_and_box().map(|(station, _)| station) == Some(blocker)
                && matches!(
                    event.kind,
                    EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
                )
        })
        .ok_or_else(|| PoseError(Text::new("lesson-cannot-no-finish").with("station", blocker)))?;
    // The hold begins when the task first runs: events of the others at
    // the very instant of the opening came before it, in the same turn.
    let holding = first_own_event(replay, blocker, start);
    let others = replay.events[holding..end]
        .iter()
        .filter(|event| {
            matches!(event.kind, EventKind::ShotGiven { station, .. } if station != blocker)
        })
        .count() as u64;
    let held_from = replay.events[start].at;
    let (after, between) = after_letting_go(replay, blocker, end);
    let explanation = Text::new("lesson-blocking-explanation")
        .with("station", blocker)
        .with("from", held_from)
        .with("to", end_event.at)
        .with("shots", others)
        .with("after", Arg::verbatim(after))
        .with("between", between);
    Ok((
        Text::new("lesson-blocking-prompt").with("station", blocker),
        CHOICES.iter().map(|choice| Text::new(choice)).collect(),
        usize::from(others == 0),
        replay.answer_after(end, explanation),
    ))
}

/// What the others did once the blocking station let go after the event
/// at `end`, read from the run (it depends on the policy): `turn` and the
/// shots they gave before it held the thread again, `none` if it took its
/// next box at once (a task group gives the freed station straight back
/// to it), or `last` if it had no next box.
fn after_letting_go(replay: &Replay, blocker: u32, end: usize) -> (&'static str, u64) {
    let mut between = 0u64;
    for event in &replay.events[end + 1..] {
        match event.kind {
            EventKind::ShotGiven { station, .. } | EventKind::StationFailed { station, .. }
                if station == blocker =>
            {
                return (if between > 0 { "turn" } else { "none" }, between);
            }
            EventKind::ShotGiven { .. } => between += 1,
            _ => {}
        }
    }
    ("last", between)
}

/// The index of the opening of the box the hold is about: the blocking
/// station's open box at the moment, else its next box.
fn hold_start(replay: &Replay, blocker: u32) -> Result<usize, PoseError> {
    let opens = |(_, event): &(usize, &crate::sim::Event)| matches!(event.kind, EventKind::BoxOpened { station, .. } if station == blocker);
    let working = replay
        .now
        .stations
        .get((blocker as usize).wrapping_sub(1))
        .is_some_and(|status| status.state == StationState::Working);
    let found = if working {
        replay.events[..replay.at_event]
            .iter()
            .enumerate()
            .rev()
            .find(opens)
    } else {
        replay.ahead().find(opens)
    };
    found
        .map(|(index, _)| index)
        .ok_or_else(|| PoseError(Text::new("lesson-cannot-no-open").with("station", blocker)))
}

/// The index of the blocking station's first event after its opening at
/// `opened`: its first shot, or its failure.
fn first_own_event(replay: &Replay, blocker: u32, opened: usize) -> usize {
    replay.events[opened + 1..]
        .iter()
        .position(|event| event.station_and_box().map(|(station, _)| station) == Some(blocker))
        .map_or(opened, |offset| opened + 1 + offset)
}
