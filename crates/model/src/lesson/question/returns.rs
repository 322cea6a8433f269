//! Questions about what the supervisor sees next: which station's task
//! returns next, and how many boxes are done by a given time.

use crate::lesson::text::{Arg, Text};
use crate::sim::{order, EventKind, Policy, SimTime, StationError, StationState};

use super::{doses, spaced_choices, Asked, PoseError, Replay};

/// Most stations offered as choices: beyond this the choices are the
/// right one and the stations closest to finishing.
const STATIONS_OFFERED: usize = 5;

/// Which station's task returns next (a box done or a failure).
pub(super) fn next_station(replay: &Replay) -> Result<Asked, PoseError> {
    let (index, event) = replay
        .ahead()
        .find(|(_, event)| {
            matches!(
                event.kind,
                EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
            )
        })
        .ok_or_else(|| PoseError::new("lesson-cannot-nothing-returns"))?;
    let (station, box_no) = event.station_and_box().unwrap_or_default();
    let offered = offered_stations(replay, station);
    let correct = offered
        .iter()
        .position(|offered| *offered == station)
        .unwrap_or_default();
    let what = match event.kind {
        EventKind::StationFailed { error, .. } => Text::new("lesson-next-failed")
            .with("box", box_no)
            .with("error", station_error(error)),
        _ => Text::new("lesson-next-done").with("box", box_no),
    };
    let explanation = Text::new("lesson-next-explanation")
        .with("station", station)
        .with("time", event.at)
        .with("what", what)
        .with("rivals", rivals_left(replay, station))
        .with(
            "supervisor",
            Text::new(supervisor_sees(
                replay.run.config.policy,
                others_working(replay, index, station),
                restarts(event),
            )),
        );
    Ok((
        Text::new("lesson-next-prompt"),
        offered
            .iter()
            .map(|station| Text::new("lesson-station-choice").with("station", *station))
            .collect(),
        correct,
        replay.answer_after(index, explanation),
    ))
}

/// Why a station's task failed, as the explanation names it.
pub(super) fn station_error(error: StationError) -> Text {
    match error {
        StationError::SpoiledDose { shot } => Text::new("lesson-error-spoiled").with("shot", shot),
        StationError::BrokenByHand { shot } => Text::new("lesson-error-broken").with("shot", shot),
    }
}

/// Whether any station but `station` still had a box open when the event
/// at `index` happened.
fn others_working(replay: &Replay, index: usize, station: u32) -> bool {
    let mut state = replay.now.clone();
    for event in &replay.events[replay.at_event..index] {
        if state.apply(event).is_err() {
            break;
        }
    }
    state
        .stations
        .iter()
        .any(|status| status.state == StationState::Working && status.station != station)
}

/// Whether the supervisor gave the station a new box after `event`.
pub(super) fn restarts(event: &crate::sim::Event) -> bool {
    matches!(
        event.kind,
        EventKind::BoxDone {
            restarting: true,
            ..
        } | EventKind::StationFailed {
            restarting: true,
            ..
        }
    )
}

/// What the supervisor does when one task returns under `policy` (its
/// message), while `others_working` says whether other tasks are still
/// running and `restarting` whether the depot still had boxes.
pub(super) fn supervisor_sees(
    policy: Policy,
    others_working: bool,
    restarting: bool,
) -> &'static str {
    match policy {
        Policy::FirstCompleted => "lesson-sees-first",
        Policy::AllCompleted if others_working => "lesson-sees-all-waiting",
        Policy::AllCompleted if restarting => "lesson-sees-all-restart",
        Policy::AllCompleted => "lesson-sees-all-empty",
        Policy::CompletionQueue => "lesson-sees-queue",
        Policy::Article => "lesson-sees-article",
        Policy::TaskGroup if restarting => "lesson-sees-taskgroup",
        Policy::TaskGroup => "lesson-sees-taskgroup-last",
        Policy::Workers if restarting => "lesson-sees-workers",
        Policy::Workers => "lesson-sees-workers-last",
    }
}

/// The stations to offer: all of them in small runs, else `station` and
/// those with the fewest doses left, in station order.
fn offered_stations(replay: &Replay, station: u32) -> Vec<u32> {
    let stations = &replay.now.stations;
    if stations.len() <= STATIONS_OFFERED {
        return stations.iter().map(|status| status.station).collect();
    }
    let mut working: Vec<_> = stations
        .iter()
        .filter(|status| status.state == StationState::Working && status.station != station)
        .collect();
    // By doses left, then station (sorting by the less significant key
    // first), through the engine's one shared sort.
    order::sort_by_key(&mut working, |status| u64::from(status.station));
    order::sort_by_key(&mut working, |status| u64::from(status.remaining));
    let mut offered: Vec<u32> = working
        .iter()
        .take(STATIONS_OFFERED - 1)
        .map(|status| status.station)
        .collect();
    offered.push(station);
    order::sort_by_key(&mut offered, |station| u64::from(*station));
    offered
}

/// " At the step's moment station 1 had 4 doses left, station 3 had 9
/// doses left." for the other working stations at the step's moment (at
/// most three); nothing when there are none.
fn rivals_left(replay: &Replay, winner: u32) -> Arg {
    let rivals: Vec<Text> = replay
        .now
        .stations
        .iter()
        .filter(|status| status.state == StationState::Working && status.station != winner)
        .take(3)
        .map(|status| {
            Text::new("lesson-next-rival")
                .with("station", status.station)
                .with("doses", doses(status.remaining))
        })
        .collect();
    if rivals.is_empty() {
        Arg::verbatim("")
    } else {
        Text::new("lesson-next-rivals")
            .with("rivals", rivals)
            .into()
    }
}

/// How many boxes are done by simulated time `seconds`, or by a time a
/// quarter of the way from the moment to the end of the run.
pub(super) fn boxes_by_time(replay: &Replay, seconds: Option<f64>) -> Result<Asked, PoseError> {
    let now = replay.now.now;
    let end = replay.events.last().map_or(now, |event| event.at);
    // The time as the question prints it (hundredths of a second), so the
    // question asks exactly what it says.
    let by = to_hundredths(match seconds {
        Some(seconds) => SimTime::from_secs_f64(seconds),
        None => default_time(now, end),
    });
    if by <= now {
        return Err(PoseError(
            Text::new("lesson-cannot-not-after")
                .with("by", by)
                .with("now", now),
        ));
    }
    let happened = replay
        .ahead()
        .take_while(|(_, event)| event.at <= by)
        .last()
        .map_or(replay.at_event, |(index, _)| index + 1);
    let done_then = replay.events[..happened]
        .iter()
        .filter(|event| matches!(event.kind, EventKind::BoxDone { .. }))
        .count() as u64;
    let done_now = u64::from(replay.now.boxes_done);
    let spacing = (done_then - done_now).div_ceil(3);
    let choices = spaced_choices(done_then, done_now, spacing, replay.at_event as u64 % 4);
    let correct = choices
        .iter()
        .position(|choice| *choice == done_then)
        .unwrap_or_default();
    let explanation = Text::new("lesson-boxes-explanation")
        .with("by", by)
        .with("boxes", done_then)
        .with("more", done_then - done_now)
        .with("now", now);
    Ok((
        Text::new("lesson-boxes-prompt").with("by", by),
        choices
            .iter()
            .map(|count| Text::new("lesson-boxes-choice").with("count", *count))
            .collect(),
        correct,
        super::Answer {
            run: replay.run.clone(),
            from_event: replay.at_event as u64,
            from_time: now,
            at_event: happened as u64,
            time: happened
                .checked_sub(1)
                .map_or(now, |last| replay.events[last].at),
            explanation,
            recording: None,
        },
    ))
}

/// A quarter of the way from `now` to `end`, rounded up to a readable
/// time (a tenth of a second, or a whole second past ten seconds).
fn default_time(now: SimTime, end: SimTime) -> SimTime {
    let target = now.as_secs_f64() + (end.as_secs_f64() - now.as_secs_f64()) / 4.0;
    let unit = if target >= 10.0 { 1.0 } else { 0.1 };
    let rounded = (target / unit).ceil() * unit;
    SimTime::from_secs_f64(rounded.min(end.as_secs_f64()))
}

/// `time` rounded to the nearest hundredth of a second.
fn to_hundredths(time: SimTime) -> SimTime {
    const HUNDREDTH_US: u64 = 10_000;
    SimTime::from_micros(
        time.as_micros().saturating_add(HUNDREDTH_US / 2) / HUNDREDTH_US * HUNDREDTH_US,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_idioms_say_a_freed_station_takes_a_box_only_while_one_is_left() {
        for (policy, next, last) in [
            (
                Policy::TaskGroup,
                "lesson-sees-taskgroup",
                "lesson-sees-taskgroup-last",
            ),
            (
                Policy::Workers,
                "lesson-sees-workers",
                "lesson-sees-workers-last",
            ),
        ] {
            for others_working in [false, true] {
                assert_eq!(supervisor_sees(policy, others_working, true), next);
                assert_eq!(supervisor_sees(policy, others_working, false), last);
            }
        }
    }
}
