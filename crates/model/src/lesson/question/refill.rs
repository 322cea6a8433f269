//! A station whose task has returned: when does it get its next box?
//!
//! The misconceptions it answers: that a supervisor refills on a clock
//! (after a fixed pause), or that the way it waits makes no difference.
//! Under FIRST_COMPLETED (and the completion queue) the supervisor
//! handles each task as it returns and restarts its station at once;
//! under ALL_COMPLETED the station stands idle until every task of the
//! batch has returned; with the depot empty (on screen) it gets none. So
//! the answer follows from the policy the step names and from what the
//! lot shows (which stations still work, the boxes in the depot), never
//! from the draws.
//!
//! Read from the run: the station's next `BoxOpened`, against the
//! instant its task returned.

use crate::lesson::text::{Arg, Text};
use crate::sim::{EventKind, StationState};

use super::returns::{restarts, supervisor_sees};
use super::{Asked, PoseError, Replay};

/// When the station got its next box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refill {
    /// At the instant its task returned.
    AtOnce,
    /// Later, when the last task of its batch returned.
    WithBatch,
    /// Never: no box was left for it.
    Never,
}

/// The choices, in the order shown, with the outcome each names (`None`
/// for the one no supervisor here does).
const CHOICES: [(&str, Option<Refill>); 4] = [
    ("lesson-refill-at-once", Some(Refill::AtOnce)),
    ("lesson-refill-pause", None),
    ("lesson-refill-batch", Some(Refill::WithBatch)),
    ("lesson-refill-never", Some(Refill::Never)),
];

/// When `station` (else the station whose task returned last) gets its
/// next box, asked while it waits for one. The answer shows that box
/// opening, or, when none comes, the end of the run.
pub(super) fn refill_when(replay: &Replay, station: Option<u32>) -> Result<Asked, PoseError> {
    let shown = &replay.events[..replay.at_event];
    let returned = shown.iter().enumerate().rev().find(|(_, event)| {
        let returns = matches!(
            event.kind,
            EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
        );
        returns
            && station.is_none_or(|asked| event.station_and_box().map(|(at, _)| at) == Some(asked))
    });
    let Some((returned_at, returned)) = returned else {
        return Err(match station {
            Some(station) => {
                PoseError(Text::new("lesson-cannot-not-returned").with("station", station))
            }
            None => PoseError::new("lesson-cannot-nothing-returned"),
        });
    };
    let (station, _) = returned.station_and_box().unwrap_or_default();
    let refilled = shown[returned_at + 1..].iter().any(
        |event| matches!(event.kind, EventKind::BoxOpened { station: at, .. } if at == station),
    );
    let waiting = replay
        .now
        .stations
        .get((station as usize).wrapping_sub(1))
        .is_some_and(|status| status.state != StationState::Working);
    if refilled || !waiting {
        return Err(PoseError(
            Text::new("lesson-cannot-refilled").with("station", station),
        ));
    }
    // Amid a refill (ALL_COMPLETED hands a batch its boxes one station
    // after another), the lot shows some new boxes and not the rest: the
    // question waits until before it starts, or after it is done.
    let refilling = shown[returned_at + 1..]
        .iter()
        .any(|event| matches!(event.kind, EventKind::BoxOpened { .. }));
    if refilling {
        return Err(PoseError::new("lesson-cannot-refilling"));
    }
    let next = replay.ahead().find(|(_, event)| {
        matches!(event.kind, EventKind::BoxOpened { station: at, .. } if at == station)
    });
    let refill = match next {
        Some((_, event)) if event.at == returned.at => Refill::AtOnce,
        Some(_) => Refill::WithBatch,
        None => Refill::Never,
    };
    let others_working = replay
        .now
        .stations
        .iter()
        .any(|status| status.station != station && status.state == StationState::Working);
    let supervisor = Text::new(supervisor_sees(
        replay.run.config.policy,
        others_working,
        restarts(returned),
    ));
    let explanation = match next {
        Some((index, event)) => {
            let new_box = event.station_and_box().map_or(0, |(_, opened)| opened);
            if refill == Refill::AtOnce {
                Text::new("lesson-refill-explanation-at-once")
                    .with("station", station)
                    .with("box", new_box)
                    .with("time", event.at)
                    .with("supervisor", supervisor)
            } else {
                // The batch's last task: the return just before the refill,
                // at its instant.
                let last = replay.events[..index]
                    .iter()
                    .rev()
                    .take_while(|earlier| earlier.at == event.at)
                    .find(|earlier| {
                        matches!(
                            earlier.kind,
                            EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
                        )
                    })
                    .and_then(|earlier| earlier.station_and_box())
                    .map_or(station, |(at, _)| at);
                Text::new("lesson-refill-explanation-batch")
                    .with("station", station)
                    .with("box", new_box)
                    .with("time", event.at)
                    .with("last", last)
                    .with(
                        "seconds",
                        Arg::fixed(event.at.as_secs_f64() - returned.at.as_secs_f64(), 2),
                    )
                    .with("supervisor", supervisor)
            }
        }
        None => Text::new("lesson-refill-explanation-never").with("station", station),
    };
    let correct = CHOICES
        .iter()
        .position(|(_, outcome)| *outcome == Some(refill))
        .unwrap_or_default();
    let answer = match next {
        Some((index, _)) => replay.answer_after(index, explanation),
        None => match replay.events.len().checked_sub(1) {
            Some(last) if last >= replay.at_event => replay.answer_after(last, explanation),
            _ => replay.answer_here(explanation),
        },
    };
    Ok((
        Text::new("lesson-refill-prompt").with("station", station),
        CHOICES
            .iter()
            .map(|(id, _)| Text::new(id).with("station", station))
            .collect(),
        correct,
        answer,
    ))
}
