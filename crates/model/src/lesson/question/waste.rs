//! Breaking a station now: how many doses are wasted?
//!
//! Answered by running the step's run again with one more break by hand,
//! recorded exactly as a click on the station records it, so the page
//! shows the answer by replaying that run.

use crate::lesson::text::{Arg, Text};
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
    let events = all_events(&broken);
    let (index, failure) = failure_of(&events, station, replay.at_event)?;
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
    let restart = restarting
        .then(|| restart_of(&events, station, index))
        .flatten();
    // The answer shows the station restarted when that happens at the
    // failure's instant (its new box is the next event of the same turn):
    // the lane then says what the explanation says. A restart that comes
    // later (ALL_COMPLETED restarts once the whole batch is back) is
    // named with its time instead.
    let shown = restart
        .filter(|restart| events[*restart].at == failure.at)
        .unwrap_or(index);
    let later = restart
        .filter(|restart| events[*restart].at > failure.at)
        .map(|restart| Arg::fixed(events[restart].at.as_secs_f64(), 2));
    let then = match (
        replay.run.config.policy.takes_done_sets(),
        restarting,
        later,
    ) {
        (true, true, None) => Text::new("lesson-waste-restarted"),
        (true, true, Some(seconds)) => {
            Text::new("lesson-waste-restarted-at").with("seconds", seconds)
        }
        (true, false, _) => Text::new("lesson-waste-stopped"),
        (false, true, _) => Text::new("lesson-waste-caught"),
        (false, false, _) => Text::new("lesson-waste-caught-stopped"),
    };
    let explanation = Text::new("lesson-waste-explanation")
        .with("station", station)
        .with("wasted", doses(wasted))
        .with("box", box_no)
        .with("given", doses(capacity - wasted))
        .with("then", then);
    Ok((
        Text::new("lesson-waste-prompt").with("station", station),
        choices.iter().map(|count| doses(*count)).collect(),
        correct,
        Answer {
            run: broken,
            from_event: replay.at_event as u64,
            from_time: replay.now.now,
            at_event: shown as u64 + 1,
            time: events[shown].at,
            explanation,
            recording: None,
        },
    ))
}

fn working(replay: &Replay, station: u32) -> Result<u32, PoseError> {
    let status = replay.station(station)?;
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

/// The break's failure among the events of the broken run, and its index.
fn failure_of(events: &[Event], station: u32, after: usize) -> Result<(usize, Event), PoseError> {
    events
        .iter()
        .copied()
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

/// The index of the box `station` opens on its restart after the failure
/// at `failed`.
fn restart_of(events: &[Event], station: u32, failed: usize) -> Option<usize> {
    events
        .iter()
        .enumerate()
        .skip(failed + 1)
        .find(|(_, event)| matches!(event.kind, EventKind::BoxOpened { station: opened, .. } if opened == station))
        .map(|(index, _)| index)
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
