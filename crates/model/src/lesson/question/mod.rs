//! Predictions the engine answers: a step's question posed on the step's
//! own run, with exactly one right choice, computed by replaying it.
//!
//! ```text
//!   QuestionSpec + Moment ──pose──► Posed { prompt, choices, correct,
//!        │                                  answer: the run and event that show it,
//!        ▼                                          and a sentence naming what happened }
//!   replay on a LocalRun (events, the ledger's state at the moment)
//! ```
//!
//! Owns posing and answering. Nothing here is written by hand per lesson:
//! the choices, the right one and the explanation all come from the
//! events of the run. Each kind lives in its own module:
//! `returns` (which task returns next, how many boxes by a time),
//! `policies` (ALL_COMPLETED against FIRST_COMPLETED), `thread` (a
//! blocking station), `waste` (breaking a station now), `article`
//! (what the article's loop loses and prints), `sleep` (how often a
//! sleeping task is polled), `ready` (which ready task runs next),
//! `failure` (what the supervisor does with an error) and `refill` (when
//! a station gets its next box); `traced` replays a run with its thread
//! recorded for the questions about the executor.
//!
//! What each kind's answer rests on (the same on every seed, values on
//! screen, or luck) is `grounds`', and checked there for every built-in
//! lesson.

mod article;
mod failure;
pub mod grounds;
pub mod loop_play;
mod policies;
mod program;
mod ready;
mod refill;
mod returns;
mod sleep;
mod thread;
mod traced;
mod waste;

use std::fmt;
use std::rc::Rc;

use crate::program::Recorded;
use crate::sim::config::RunParams;
use crate::sim::{Event, LotState, SimTime};

use super::format::QuestionSpec;
use super::moment::{all_events, Moment};
use super::text::{Arg, Text};

/// Largest run a question may be posed on \[doses\]: posing replays the
/// whole run (twice for a comparison of policies) in the page.
pub const QUESTION_DOSES_LIMIT: u64 = 200_000;

/// A question, posed on one run at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Posed {
    /// What kind of question, as the lesson asked it.
    pub spec: QuestionSpec,
    /// The question, with the values the engine chose in it.
    pub prompt: Text,
    /// The choices, in the order shown.
    pub choices: Vec<Text>,
    /// Index of the one right choice.
    pub correct: usize,
    /// The simulated time of the step's moment.
    pub now: SimTime,
    /// The engine's answer, with the figures the feedback quotes.
    pub answer: Answer,
}

/// Where the answer shows, and what happened there.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The run that shows it: the step's own, the step's with one more
    /// break (breaking a station now), or the step's under another policy
    /// (ALL_COMPLETED against FIRST_COMPLETED).
    pub run: RunParams,
    /// Events of `run` shown when the answer starts to play: the step's
    /// moment, or as much of it as `run` shares with the step's run.
    pub from_event: u64,
    /// The simulated time of the last of them.
    pub from_time: SimTime,
    /// Events shown once the answer is on screen.
    pub at_event: u64,
    /// The simulated time of the last of them.
    pub time: SimTime,
    /// One or two sentences that name what happened.
    pub explanation: Text,
    /// For a question about the step's Python program: its run on
    /// CPython, which the answer plays (`run` is then the engine's run on
    /// the same draws).
    pub recording: Option<Rc<Recorded>>,
}

/// Why a question cannot be asked at a step's moment.
#[derive(Clone, Debug, PartialEq)]
pub struct PoseError(pub Text);

impl PoseError {
    fn new(id: &'static str) -> PoseError {
        PoseError(Text::new(id))
    }
}

impl fmt::Display for PoseError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Poses `spec` on `moment`'s run.
pub fn pose(spec: QuestionSpec, moment: &Moment) -> Result<Posed, PoseError> {
    let doses = moment.run.config.total_doses();
    if doses > QUESTION_DOSES_LIMIT {
        return Err(PoseError(
            Text::new("lesson-cannot-too-many-doses")
                .with("kind", Arg::verbatim(spec.kind()))
                .with("limit", Arg::figure(QUESTION_DOSES_LIMIT))
                .with("doses", Arg::figure(doses)),
        ));
    }
    let replay = Replay::of(&moment.run, moment.at_event)?;
    let (prompt, choices, correct, answer) = match spec {
        QuestionSpec::NextStation => returns::next_station(&replay)?,
        QuestionSpec::BoxesByTime { seconds } => returns::boxes_by_time(&replay, seconds)?,
        QuestionSpec::AllVsFirst => policies::all_vs_first(&replay)?,
        QuestionSpec::BlockingShots => thread::blocking_shots(&replay)?,
        QuestionSpec::BreakWaste { station } => waste::break_waste(&replay, station)?,
        QuestionSpec::VanishedDoses => article::vanished_doses(&replay)?,
        QuestionSpec::PrintedTwice => article::printed_twice(&replay)?,
        QuestionSpec::SleepPolls { station } => sleep::sleep_polls(&replay, station)?,
        QuestionSpec::NextTurn => ready::next_turn(&replay)?,
        QuestionSpec::AfterFailure => failure::after_failure(&replay)?,
        QuestionSpec::RefillWhen { station } => refill::refill_when(&replay, station)?,
        QuestionSpec::ProgramLost => {
            return Err(PoseError(
                Text::new("lesson-cannot-needs-cpython").with("kind", Arg::verbatim(spec.kind())),
            ))
        }
        // A sequence of the loop's choices, not one prediction: the page
        // asks them one by one (`loop_play::loop_decisions`).
        QuestionSpec::BeTheLoop { .. } => {
            return Err(PoseError(
                Text::new("lesson-cannot-one-of-many").with("kind", Arg::verbatim(spec.kind())),
            ))
        }
    };
    Ok(Posed {
        spec,
        prompt,
        choices,
        correct,
        now: replay.now.now,
        answer,
    })
}

/// What a kind returns: the prompt, the choices, the right one's index
/// and the answer.
type Asked = (Text, Vec<Text>, usize, Answer);

/// The step's whole run, and its state at the step's moment.
struct Replay<'a> {
    run: &'a RunParams,
    events: Vec<Event>,
    at_event: usize,
    /// The ledger's state once `at_event` events have happened.
    now: LotState,
}

impl<'a> Replay<'a> {
    fn of(run: &'a RunParams, at_event: u64) -> Result<Replay<'a>, PoseError> {
        let events = all_events(run);
        let at_event = usize::try_from(at_event)
            .ok()
            .filter(|at| *at <= events.len())
            .ok_or_else(|| {
                PoseError(
                    Text::new("lesson-cannot-past-end")
                        .with("events", Arg::figure(events.len() as u64)),
                )
            })?;
        let mut now = LotState::new(&run.config);
        for event in &events[..at_event] {
            now.apply(event).map_err(ledger_broken)?;
        }
        Ok(Replay {
            run,
            events,
            at_event,
            now,
        })
    }

    /// `station`'s status at the moment, or why there is none.
    fn station(&self, station: u32) -> Result<&crate::sim::StationStatus, PoseError> {
        self.now
            .stations
            .get((station as usize).wrapping_sub(1))
            .ok_or_else(|| {
                PoseError(
                    Text::new("lesson-cannot-no-station")
                        .with("station", station)
                        .with("stations", self.now.stations.len()),
                )
            })
    }

    /// The events after the moment, with their index in the run.
    fn ahead(&self) -> impl Iterator<Item = (usize, &Event)> {
        self.events.iter().enumerate().skip(self.at_event)
    }

    /// The run's answer showing once `index` (0-based) has happened.
    fn answer_after(&self, index: usize, explanation: Text) -> Answer {
        Answer {
            run: self.run.clone(),
            from_event: self.at_event as u64,
            from_time: self.now.now,
            at_event: index as u64 + 1,
            time: self.events[index].at,
            explanation,
            recording: None,
        }
    }

    /// An answer already on screen at the moment: nothing plays.
    fn answer_here(&self, explanation: Text) -> Answer {
        Answer {
            run: self.run.clone(),
            from_event: self.at_event as u64,
            from_time: self.now.now,
            at_event: self.at_event as u64,
            time: self.now.now,
            explanation,
            recording: None,
        }
    }
}

/// Poses `spec`, a question CPython answers, on the run of the step's
/// program (`recorded`, its Python run on the step's moment's run).
pub fn pose_program(
    spec: QuestionSpec,
    moment: &Moment,
    recorded: &Rc<Recorded>,
) -> Result<Posed, PoseError> {
    let (prompt, choices, correct, answer) = match spec {
        QuestionSpec::ProgramLost => program::lost_doses(&moment.run, recorded)?,
        other => return pose(other, moment),
    };
    Ok(Posed {
        spec,
        prompt,
        choices,
        correct,
        now: SimTime::START,
        answer,
    })
}

/// The run broke the ledger's rules (a bug in the engine, never the
/// lesson's fault): named with the engine's own words.
fn ledger_broken(error: impl fmt::Debug) -> PoseError {
    PoseError(Text::new("lesson-cannot-ledger").with("detail", Arg::verbatim(format!("{error:?}"))))
}

/// `count` doses, as a choice or inside a sentence.
fn doses(count: impl Into<u64>) -> Text {
    Text::new("lesson-doses").with("count", count.into())
}

/// Four whole numbers `spacing` apart, one of them `correct`, none below
/// `floor`: `correct` sits at index `slot` (0..4) when `floor` allows.
fn spaced_choices(correct: u64, floor: u64, spacing: u64, slot: u64) -> Vec<u64> {
    let spacing = spacing.max(1);
    let below = slot.min(correct.saturating_sub(floor) / spacing);
    let first = correct - below * spacing;
    (0..4).map(|index| first + index * spacing).collect()
}

// Property tests need proptest, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
