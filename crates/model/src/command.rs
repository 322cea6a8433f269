//! What anyone may ask of the page's run, in one vocabulary: the controls,
//! the keys, the host page's `postMessage`, fuzz mode, lessons (and next,
//! the Python view) all speak [`RunCommand`], and the run's one owner
//! (the app's `controller`) carries each out in one `match`.
//!
//! ```text
//!   controls ─┐
//!   keys ─────┤
//!   host ─────┼──► RunCommand ──► RunController::perform ──► Runner, address bar
//!   fuzz ─────┤
//!   lessons ──┤
//!   Python ───┘ (a learner's program, recorded)
//! ```
//!
//! Plain data: adding a command is one variant here and one arm there.

use std::rc::Rc;

use crate::program::Recorded;
use crate::settings::{parse_page_query, PlaySpeed, Preset};
use crate::sim::config::RunParams;
use crate::sim::param_table::{query_pairs, ParamError};
use crate::sim::SimTime;

/// One thing asked of the run.
#[derive(Clone, Debug, PartialEq)]
pub enum RunCommand {
    /// Start, or go on from a pause.
    Play,
    /// Stop where the run is; `Play` goes on from there.
    Pause,
    /// Play if not playing, else pause (the space bar).
    TogglePlay,
    /// Show exactly one more event.
    Step,
    /// One event back: the run replayed to the event before.
    StepBack,
    /// To this event of the run: forward on the run playing, backward by
    /// replaying it from the start (a run is its parameters and seed).
    Seek(u64),
    /// The same run again from its start, without its breaks by hand.
    Reset,
    /// Play at this pace from now on.
    Speed(PlaySpeed),
    /// A ready-made way to watch the run ([`Preset::applied_to`]).
    Preset(Preset),
    /// Break this station's running task now (a teacher's experiment),
    /// recorded so that replays and links repeat it.
    Break(u32),
    /// A fresh run of these parameters, seed (the run's own if `None`)
    /// and breaks, played at `speed` if given: the form, a host's
    /// `set-params`.
    NewRun {
        /// The run's parameters, seed and breaks.
        run: RunParams,
        /// The pace to play at, or the one playing if `None`.
        speed: Option<PlaySpeed>,
    },
    /// A moment of a run, opened paused at event `at`, as a `step=N` link
    /// opens it: a lesson's step.
    OpenMoment {
        /// The run's parameters, seed and breaks.
        run: RunParams,
        /// The event to open at (the count shown), as `step=N` counts.
        at: u64,
    },
    /// A run opened at event `from` (its time `from_time`), then played
    /// on to event `until` (its time `until_time`) and paused there, fast
    /// enough to take a couple of seconds: a lesson's answer.
    PlayForward {
        /// The run's parameters, seed and breaks.
        run: RunParams,
        /// The event the run is opened at.
        from: u64,
        /// The virtual time of event `from`.
        from_time: SimTime,
        /// The event the run pauses at.
        until: u64,
        /// The virtual time of event `until`.
        until_time: SimTime,
    },
    /// A learner's program, recorded on CPython, played from its start
    /// through the same controls and panels as the engine's runs.
    PlayRecorded(Rc<Recorded>),
    /// A recorded program opened paused at event `at`: a lesson's step
    /// answered earlier.
    OpenRecorded {
        /// The recording.
        run: Rc<Recorded>,
        /// The event to open at.
        at: u64,
    },
}

impl RunCommand {
    /// A host page's `set-params` query: a fresh run with these parameters
    /// (the seed stays the run's unless the query gives one; the speed
    /// changes only if the query names it), or every parameter refused.
    pub fn from_query(query: &str) -> Result<RunCommand, Vec<ParamError>> {
        let (params, errors) = parse_page_query(query);
        if !errors.is_empty() {
            return Err(errors);
        }
        let speed = query_pairs(query)
            .any(|(name, _)| name == "speed")
            .then_some(params.page.speed);
        Ok(RunCommand::NewRun {
            run: params.run,
            speed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_becomes_a_new_run_keeping_the_speed_it_does_not_name() {
        let RunCommand::NewRun { run, speed } =
            RunCommand::from_query("stations=5&boxes=7").unwrap()
        else {
            panic!("a new run")
        };
        assert_eq!((run.config.stations, run.config.boxes), (5, 7));
        assert_eq!(run.seed, None, "the run's own seed stays");
        assert_eq!(speed, None);
        let RunCommand::NewRun { speed, .. } = RunCommand::from_query("speed=max&seed=3").unwrap()
        else {
            panic!("a new run")
        };
        assert_eq!(speed, Some(PlaySpeed::Max));
    }

    #[test]
    fn a_query_with_a_refused_parameter_changes_nothing() {
        let errors = RunCommand::from_query("stations=0&seed=3").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].name, "stations");
    }
}
