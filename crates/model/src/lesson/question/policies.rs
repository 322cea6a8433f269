//! ALL_COMPLETED against FIRST_COMPLETED on the step's parameters and
//! seed: which finishes first, and by about how much.
//!
//! Only outcomes that really differ are offered: FIRST_COMPLETED and the
//! completion queue give the same run, so they are never compared.

use crate::lesson::text::{Arg, Text};
use crate::sim::config::RunParams;
use crate::sim::{Config, LotState, Policy, SimTime};
use crate::source::RunSource;

use super::super::moment::all_events;
use super::{ledger_broken, Answer, Asked, PoseError, Replay};

/// The choices (their messages), from ALL_COMPLETED well ahead to well
/// behind, with the lower bound of each band [ALL_COMPLETED's makespan
/// over FIRST_COMPLETED's, in percent].
const BANDS: [(&str, f64); 5] = [
    ("lesson-all-vs-first-sooner", f64::NEG_INFINITY),
    ("lesson-all-vs-first-even", -0.5),
    ("lesson-all-vs-first-under-5", 0.5),
    ("lesson-all-vs-first-5-to-20", 5.0),
    ("lesson-all-vs-first-over-20", 20.0),
];

/// A whole run's end and its stations' idle time.
struct Finish {
    makespan: SimTime,
    /// Time the stations spent without a box open, summed [station-seconds].
    idle_seconds: f64,
}

/// Which of ALL_COMPLETED and FIRST_COMPLETED finishes first, and by how
/// much. The answer shows at the end of the ALL_COMPLETED run.
pub(super) fn all_vs_first(replay: &Replay) -> Result<Asked, PoseError> {
    let first = finish(replay.run, Policy::FirstCompleted)?;
    let all = finish(replay.run, Policy::AllCompleted)?;
    let (first_s, all_s) = (first.makespan.as_secs_f64(), all.makespan.as_secs_f64());
    let later_percent = (all_s - first_s) / first_s.max(f64::MIN_POSITIVE) * 100.0;
    let correct = BANDS
        .iter()
        .rposition(|(_, lower)| later_percent >= *lower)
        .unwrap_or_default();
    let explanation = Text::new("lesson-all-vs-first-explanation")
        .with("all", all.makespan)
        .with("first", first.makespan)
        .with("difference", difference(later_percent))
        .with("all_idle", Arg::fixed(all.idle_seconds, 1))
        .with("first_idle", Arg::fixed(first.idle_seconds, 1));
    Ok((
        Text::new("lesson-all-vs-first-prompt"),
        BANDS.iter().map(|(id, _)| Text::new(id)).collect(),
        correct,
        all_played(replay, explanation),
    ))
}

/// The answer plays the run the question asks about: the step's under
/// ALL_COMPLETED, from the step's moment (or from the last event the two
/// runs share, if they part before it) to its end.
fn all_played(replay: &Replay, explanation: Text) -> Answer {
    let mut run = replay.run.clone();
    run.config.policy = Policy::AllCompleted;
    // Breaks count events, which differ between policies.
    run.breaks.clear();
    let events = all_events(&run);
    let shared = replay
        .events
        .iter()
        .zip(&events)
        .take(replay.at_event)
        .take_while(|(step, all)| step == all)
        .count();
    Answer {
        from_event: shared as u64,
        from_time: shared
            .checked_sub(1)
            .map_or(SimTime::START, |last| events[last].at),
        at_event: events.len() as u64,
        time: events.last().map_or(SimTime::START, |last| last.at),
        run,
        explanation,
        recording: None,
    }
}

fn difference(later_percent: f64) -> Text {
    if later_percent >= 0.0 {
        Text::new("lesson-percent-later").with("percent", Arg::fixed(later_percent, 1))
    } else {
        Text::new("lesson-percent-sooner").with("percent", Arg::fixed(-later_percent, 1))
    }
}

/// The step's parameters and seed run to the end under `policy`, from
/// the run's source, folded by the ledger. Breaks by hand are left out:
/// they count events, which differ between policies.
fn finish(run: &RunParams, policy: Policy) -> Result<Finish, PoseError> {
    let config = Config {
        policy,
        ..run.config.clone()
    };
    let source = RunSource::engine(config, run.seed.unwrap_or_default(), Vec::new());
    let mut state = LotState::new(source.config());
    let mut broken = Ok(());
    source.replay(u64::MAX, |event| {
        if broken.is_ok() {
            broken = state.apply(event);
        }
    });
    broken.map_err(ledger_broken)?;
    Ok(Finish {
        makespan: state.now,
        idle_seconds: idle_seconds(&state),
    })
}

fn idle_seconds(state: &LotState) -> f64 {
    let span = state.now.as_secs_f64();
    state
        .stations
        .iter()
        .map(|status| span - status.busy_until(state.now).as_secs_f64())
        .sum()
}
