//! Breaking a station now: how many doses are wasted?
//!
//! Answered by running the step's run again with one more break by hand,
//! recorded exactly as a click on the station records it, so the page
//! shows the answer by replaying that run.

use crate::lesson::text::Text;
use crate::sim::config::RunParams;
use crate::sim::{BreakAt, Event, EventKind, StationError, StationState};

use super::super::moment::all_events;
use super::{doses, Answer, Asked, PoseError, Replay};

/// How many doses are wasted if `station` (else the first working one)
/// breaks at the step's moment.
pub(super) fn break_waste(replay: &Replay, station: Option<u32>) -> Result<Asked, PoseError> {
    let station = match station {
        Some(station) => working(replay, station)?,
        None => first_working(replay)?,
    };
    let mut broken = replay.run.clone();
    broken.breaks.push(BreakAt {
        after_events: replay.at_event as u64,
        station,
    });
    let (index, failure) = failure_of(&broken, station, replay.at_event)?;
    let EventKind::StationFailed {
        box_no,
        doses_wasted: wasted,
        restarting,
        ..
    } = failure.kind
    else {
        return Err(PoseError::new("lesson-cannot-no-failure"));
    };
    let capacity = replay.run.config.capacity;
    let choices = number_choices(wasted, capacity);
    let correct = choices
        .iter()
        .position(|choice| *choice == wasted)
        .unwrap_or_default();
    let then = if restarting {
        "lesson-waste-restarted"
    } else {
        "lesson-waste-stopped"
    };
    let explanation = Text::new("lesson-waste-explanation")
        .with("station", station)
        .with("wasted", doses(wasted))
        .with("box", box_no)
        .with("given", doses(capacity - wasted))
        .with("then", Text::new(then));
    Ok((
        Text::new("lesson-waste-prompt").with("station", station),
        choices.iter().map(|count| doses(*count)).collect(),
        correct,
        Answer {
            run: broken,
            at_event: index as u64 + 1,
            time: failure.at,
            explanation,
        },
    ))
}

fn working(replay: &Replay, station: u32) -> Result<u32, PoseError> {
    let status = replay
        .now
        .stations
        .get((station as usize).wrapping_sub(1))
        .ok_or_else(|| {
            PoseError(
                Text::new("lesson-cannot-no-station")
                    .with("station", station)
                    .with("stations", replay.now.stations.len()),
            )
        })?;
    if status.state == StationState::Working && status.remaining > 0 {
        Ok(station)
    } else {
        Err(PoseError(
            Text::new("lesson-cannot-not-working").with("station", station),
        ))
    }
}

fn first_working(replay: &Replay) -> Result<u32, PoseError> {
    replay
        .now
        .stations
        .iter()
        .find(|status| status.state == StationState::Working && status.remaining > 0)
        .map(|status| status.station)
        .ok_or_else(|| PoseError::new("lesson-cannot-none-working"))
}

/// The break's failure in the run `broken`, and its index.
fn failure_of(broken: &RunParams, station: u32, after: usize) -> Result<(usize, Event), PoseError> {
    all_events(broken)
        .into_iter()
        .enumerate()
        .skip(after)
        .find(|(_, event)| {
            matches!(event.kind, EventKind::StationFailed {
                station: failed,
                error: StationError::BrokenByHand { .. },
                ..
            } if failed == station)
        })
        .ok_or_else(|| PoseError(Text::new("lesson-cannot-not-broken").with("station", station)))
}

/// Four dose counts: the right one, none, a whole box, and what the
/// station gave from it (or nearby counts where these coincide), in order.
fn number_choices(wasted: u32, capacity: u32) -> Vec<u32> {
    let mut choices = vec![wasted];
    let candidates = [
        0,
        capacity,
        capacity - wasted,
        wasted / 2,
        wasted + 1,
        wasted.saturating_sub(1),
        1,
        2,
    ];
    for candidate in candidates {
        if choices.len() < 4 && candidate <= capacity && !choices.contains(&candidate) {
            choices.push(candidate);
        }
    }
    choices.sort_unstable();
    choices
}
