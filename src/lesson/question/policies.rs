//! ALL_COMPLETED against FIRST_COMPLETED on the step's parameters and
//! seed: which finishes first, and by about how much.
//!
//! Only outcomes that really differ are offered: FIRST_COMPLETED and the
//! completion queue give the same run, so they are never compared.

use crate::sim::config::RunParams;
use crate::sim::{LotState, Policy, SimTime};

use super::{Answer, Asked, PoseError, Replay};

/// The choices, from ALL_COMPLETED well ahead to well behind, with the
/// lower bound of each band [ALL_COMPLETED's makespan over
/// FIRST_COMPLETED's, in percent].
const BANDS: [(&str, f64); 5] = [
    ("ALL_COMPLETED finishes first", f64::NEG_INFINITY),
    ("Both finish within 0.5 % of each other", -0.5),
    ("ALL_COMPLETED finishes later, by under 5 %", 0.5),
    ("ALL_COMPLETED finishes later, by 5 % to 20 %", 5.0),
    ("ALL_COMPLETED finishes later, by more than 20 %", 20.0),
];

/// A whole run's end and its stations' idle time.
struct Finish {
    makespan: SimTime,
    /// Time the stations spent without a box open, summed [station-seconds].
    idle_seconds: f64,
}

/// Which of ALL_COMPLETED and FIRST_COMPLETED finishes first, and by how
/// much. The answer shows at the end of the step's own run.
pub(super) fn all_vs_first(replay: &Replay) -> Result<Asked, PoseError> {
    let first = finish(replay.run, Policy::FirstCompleted)?;
    let all = finish(replay.run, Policy::AllCompleted)?;
    let (first_s, all_s) = (first.makespan.as_secs_f64(), all.makespan.as_secs_f64());
    let later_percent = (all_s - first_s) / first_s.max(f64::MIN_POSITIVE) * 100.0;
    let correct = BANDS
        .iter()
        .rposition(|(_, lower)| later_percent >= *lower)
        .unwrap_or_default();
    let explanation = format!(
        "ALL_COMPLETED finished at {} s and FIRST_COMPLETED at {} s: {}. \
         Waiting for the whole batch, the stations stood idle for {:.1} station-seconds, \
         against {:.1} when each station is restarted as soon as it finishes.",
        all.makespan,
        first.makespan,
        difference(later_percent),
        all.idle_seconds,
        first.idle_seconds,
    );
    Ok((
        "Does ALL_COMPLETED finish before or after FIRST_COMPLETED on this run, and by how much?"
            .into(),
        BANDS.iter().map(|(label, _)| label.to_string()).collect(),
        correct,
        Answer {
            run: replay.run.clone(),
            at_event: replay.events.len() as u64,
            time: replay.events.last().map_or(replay.now.now, |last| last.at),
            explanation,
        },
    ))
}

fn difference(later_percent: f64) -> String {
    if later_percent >= 0.0 {
        format!("{later_percent:.1} % later")
    } else {
        format!("{:.1} % sooner", -later_percent)
    }
}

/// The step's parameters and seed run to the end under `policy`. Breaks
/// by hand are left out: they count events, which differ between policies.
fn finish(run: &RunParams, policy: Policy) -> Result<Finish, PoseError> {
    let mut config = run.config.clone();
    config.policy = policy;
    let outcome = crate::sim::run_checked(&config, run.seed.unwrap_or_default())
        .map_err(|error| PoseError(format!("the run breaks the ledger: {error:?}")))?;
    Ok(Finish {
        makespan: outcome.makespan,
        idle_seconds: idle_seconds(&outcome.state),
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
