//! A task that raised: what does the supervisor do with it?
//!
//! The misconceptions it answers: that an exception in one task stops
//! the whole program, that the supervisor retries the same box, or that
//! the error sits unnoticed in the task until the run ends (as an
//! exception nobody retrieves does in asyncio). A supervisor awaiting the
//! set gets the failed task like any finished one, takes its error as the
//! result, reports it and opens a new box for the station; only an empty
//! depot (on screen) leaves the station done, and under ALL_COMPLETED the
//! new box waits for the rest of the batch (the other stations' states
//! are on screen too).
//!
//! Asked right after a `StationFailed` event; the answer is read from
//! the run's next events at that station.

use crate::lesson::text::{Arg, Text};
use crate::sim::{EventKind, Policy};

use super::returns::station_error;
use super::{doses, Asked, PoseError, Replay};

/// What the supervisor did once the failed task came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Then {
    /// A new box for the station at the failure's instant.
    NewBox,
    /// A new box later: when the rest of the batch was back.
    NewBoxLater,
    /// No new box: the station is done.
    Stops,
}

/// What the supervisor does with the failure the moment's last event
/// shows. The answer shows the station's next box (or, when it gets
/// none, stays at the moment).
pub(super) fn after_failure(replay: &Replay) -> Result<Asked, PoseError> {
    let policy = replay.run.config.policy;
    if !policy.takes_done_sets() {
        return Err(PoseError(
            Text::new("lesson-cannot-needs-supervisor")
                .with("kind", Arg::verbatim("after-failure"))
                .with("param", Arg::verbatim("policy=first|all|queue")),
        ));
    }
    let failed_at = replay.at_event.checked_sub(1);
    let failure = failed_at.map(|index| replay.events[index]);
    let Some(EventKind::StationFailed {
        station,
        box_no,
        error,
        doses_wasted,
        ..
    }) = failure.map(|event| event.kind)
    else {
        return Err(PoseError::new("lesson-cannot-not-after-failure"));
    };
    let failed_time = failure.map(|event| event.at).unwrap_or_default();
    let reopened = replay.ahead().find(|(_, event)| {
        matches!(event.kind, EventKind::BoxOpened { station: at, .. } if at == station)
    });
    let then = match reopened {
        Some((_, event)) if event.at == failed_time => Then::NewBox,
        Some(_) => Then::NewBoxLater,
        None => Then::Stops,
    };
    let mut offered = vec![
        ("lesson-after-failure-stops-run", None),
        ("lesson-after-failure-retries", None),
        ("lesson-after-failure-new-box", Some(Then::NewBox)),
    ];
    // Only a policy that refills by batches makes a failed station wait.
    if policy == Policy::AllCompleted || then == Then::NewBoxLater {
        offered.push((
            "lesson-after-failure-new-box-later",
            Some(Then::NewBoxLater),
        ));
    }
    offered.push(("lesson-after-failure-station-stops", Some(Then::Stops)));
    offered.push(("lesson-after-failure-ignores", None));
    let correct = offered
        .iter()
        .position(|(_, outcome)| *outcome == Some(then))
        .unwrap_or_default();
    let consequence = match (then, reopened) {
        (Then::NewBox | Then::NewBoxLater, Some((_, event))) => {
            let new_box = event.station_and_box().map_or(0, |(_, opened)| opened);
            Text::new(if then == Then::NewBox {
                "lesson-after-failure-then-new"
            } else {
                "lesson-after-failure-then-later"
            })
            .with("station", station)
            .with("box", new_box)
            .with("time", event.at)
        }
        _ => Text::new("lesson-after-failure-then-stops").with("station", station),
    };
    let explanation = Text::new("lesson-after-failure-explanation")
        .with("station", station)
        .with("box", box_no)
        .with("error", station_error(error))
        .with("wasted", doses(doses_wasted))
        .with("then", consequence);
    let answer = match reopened {
        Some((index, _)) => replay.answer_after(index, explanation),
        None => replay.answer_here(explanation),
    };
    Ok((
        Text::new("lesson-after-failure-prompt").with("station", station),
        offered
            .iter()
            .map(|(id, _)| Text::new(id).with("station", station))
            .collect(),
        correct,
        answer,
    ))
}
