//! Exercises: a step's goal, checked against the learner's own run.
//!
//! ```text
//!   "goal": {"kind": "loses-nothing"}     (a step with `python`) ─┐
//!   "goal": {"kind": "cooperates"}        (a step with `python`) ─┼─ Recorded (CPython, Run mine)
//!   "goal": {"kind": "makespan-below",    (an engine step)        │  or the lot on screen
//!            "seconds": 11}                                       ▼
//!                                            check ─► GoalCheck { met: true | false | pending,
//!                                                                 what the goal asks, why, a note }
//! ```
//!
//! A goal is never answered by hand: whether it is met, and every figure
//! the card shows for it, is computed here from the run (the program's
//! recording, its [`Diagnostics`], or the [`LotState`] on screen). Plain
//! data: no browser inside, so every check is tested natively.

use crate::program::{first_difference_with, Diagnostics, NoteKind, Recorded};
use crate::sim::{Config, LotState, Policy, SimDuration, SimTime};

use super::text::{Arg, Text};

/// What an exercise step asks the learner to reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// The step's program, as the learner changes it, reports every box
    /// the depot holds and loses no dose.
    LosesNothing,
    /// The program never holds the thread (no blocking call), and loses
    /// nothing.
    Cooperates,
    /// The run on screen finishes the step's depot within `seconds` of
    /// simulated time.
    MakespanBelow {
        /// The most simulated time the depot may take \[s\].
        seconds: f64,
    },
}

impl Goal {
    /// Every kind's name, as lesson files spell it.
    pub const KINDS: [&'static str; 3] = ["loses-nothing", "cooperates", "makespan-below"];

    /// The goal's name in a lesson file.
    pub fn kind(self) -> &'static str {
        match self {
            Goal::LosesNothing => Self::KINDS[0],
            Goal::Cooperates => Self::KINDS[1],
            Goal::MakespanBelow { .. } => Self::KINDS[2],
        }
    }

    /// Whether it is checked on the step's program run on CPython (the
    /// step needs `python`); otherwise on the engine's run on screen (the
    /// step must not have one).
    pub fn needs_python(self) -> bool {
        !matches!(self, Goal::MakespanBelow { .. })
    }

    /// The goal of `kind`, its figures to be read (`seconds` is 0 until
    /// then).
    pub fn of_kind(kind: &str) -> Option<Goal> {
        Some(match kind {
            "loses-nothing" => Goal::LosesNothing,
            "cooperates" => Goal::Cooperates,
            "makespan-below" => Goal::MakespanBelow { seconds: 0.0 },
            _ => return None,
        })
    }

    /// What the goal asks, with the step's figures: `step` is the step's
    /// run.
    pub fn statement(self, step: &Config) -> Text {
        match self {
            Goal::LosesNothing => Text::new("lesson-goal-loses-nothing").with("boxes", step.boxes),
            Goal::Cooperates => Text::new("lesson-goal-cooperates"),
            Goal::MakespanBelow { seconds } => Text::new("lesson-goal-makespan")
                .with("boxes", step.boxes)
                .with("capacity", step.capacity)
                .with("seconds", seconds_arg(seconds)),
        }
    }
}

/// Whether a goal is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Met {
    /// Met, on the run checked.
    Yes,
    /// Not met (yet), on the run checked.
    No,
    /// Nothing to check yet: the program has not run, or the run on
    /// screen has not finished.
    Pending,
}

impl Met {
    /// The value of the card's `data-met`.
    pub fn as_str(self) -> &'static str {
        match self {
            Met::Yes => "true",
            Met::No => "false",
            Met::Pending => "pending",
        }
    }
}

/// A goal checked on a run, with the figures that decide it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalCheck {
    /// Whether it is met.
    pub met: Met,
    /// What the goal asks.
    pub goal: Text,
    /// Why it is met or not (yet), with the figures from the run; or what
    /// to do for it to be checked.
    pub why: Text,
    /// More about the run, beside the verdict (whether the engine's
    /// FIRST_COMPLETED makes the same run).
    pub note: Option<Text>,
}

/// `goal` (one that [`Goal::needs_python`]) checked on the step's program
/// as the learner last ran it: `None` before any run, `Err` with why it
/// did not run. `step` is the step's run.
pub fn check_program(goal: Goal, step: &Config, ran: Option<Result<&Recorded, &str>>) -> GoalCheck {
    let statement = goal.statement(step);
    match ran {
        None => GoalCheck {
            met: Met::Pending,
            goal: statement,
            why: Text::new("lesson-goal-run-mine"),
            note: None,
        },
        Some(Err(reason)) => GoalCheck {
            met: Met::No,
            goal: statement,
            why: Text::new("lesson-goal-did-not-run").with("reason", Arg::verbatim(reason)),
            note: None,
        },
        Some(Ok(recorded)) => match goal {
            Goal::LosesNothing => loses_nothing(recorded),
            Goal::Cooperates => cooperates(recorded),
            // Not a program's goal: checked on the lot on screen.
            Goal::MakespanBelow { seconds } => makespan_below(seconds, step, &recorded.lot),
        },
    }
}

/// What a program's run still does wrong for it to lose nothing, as the
/// card lists it: doses lost and in how many boxes, tasks still running
/// at its end, boxes opened beyond the depot, boxes left in it.
fn losses(recorded: &Recorded, diagnostics: &Diagnostics) -> Vec<Text> {
    let mut problems = Vec::new();
    if !diagnostics.lost.is_empty() {
        problems.push(
            Text::new("lesson-goal-lost")
                .with("doses", doses(diagnostics.doses_lost()))
                .with("boxes", diagnostics.lost.len()),
        );
    }
    let pending = diagnostics
        .lost
        .iter()
        .filter(|lost| lost.cancelled)
        .count();
    if pending > 0 {
        problems.push(Text::new("lesson-goal-pending-tasks").with("tasks", pending));
    }
    if diagnostics.beyond_depot > 0 {
        problems.push(
            Text::new("lesson-goal-beyond-depot")
                .with("boxes", diagnostics.beyond_depot)
                .with("depot", recorded.config.boxes),
        );
    }
    if diagnostics.left_in_depot > 0 {
        problems
            .push(Text::new("lesson-goal-left-in-depot").with("boxes", diagnostics.left_in_depot));
    }
    problems
}

/// The blocking calls of a program's run, one line of its code each (in
/// the order first called): how many calls, and how long they held the
/// thread in all.
fn blocking(diagnostics: &Diagnostics) -> Vec<Text> {
    let mut lines: Vec<(Option<u32>, u64, SimDuration)> = Vec::new();
    for note in &diagnostics.blocked {
        let NoteKind::Blocked { held, line } = note.kind else {
            continue;
        };
        match lines.iter_mut().find(|(seen, _, _)| *seen == line) {
            Some((_, calls, total)) => {
                *calls += 1;
                *total = *total + held;
            }
            None => lines.push((line, 1, held)),
        }
    }
    lines
        .into_iter()
        .map(|(line, calls, held)| {
            let text = match line {
                Some(line) => Text::new("lesson-goal-blocked").with("line", line),
                None => Text::new("lesson-goal-blocked-elsewhere"),
            };
            text.with("calls", calls)
                .with("seconds", Arg::fixed(held.as_secs_f64(), 3))
        })
        .collect()
}

/// What the run reported, for a goal met: its boxes and their doses.
fn reported(recorded: &Recorded) -> (u32, u64) {
    let lot = &recorded.lot;
    (lot.boxes_done + lot.boxes_failed, lot.doses_given)
}

/// [`Goal::LosesNothing`] on a program's run: met when its diagnostics
/// find no box lost (never reported, or its task still running at the
/// end), none opened beyond the depot and none left in it. The note says
/// whether the engine's FIRST_COMPLETED on the same draws is the same
/// run, event for event.
pub fn loses_nothing(recorded: &Recorded) -> GoalCheck {
    let diagnostics = Diagnostics::of(recorded);
    let problems = losses(recorded, &diagnostics);
    let (met, why) = if problems.is_empty() {
        let (boxes, given) = reported(recorded);
        (
            Met::Yes,
            Text::new("lesson-goal-reported-all")
                .with("boxes", boxes)
                .with("doses", doses(given)),
        )
    } else {
        (Met::No, program_problems(problems))
    };
    let note = match first_difference_with(recorded, Policy::FirstCompleted) {
        None => Text::new("lesson-goal-engine-same"),
        Some(index) => Text::new("lesson-goal-engine-differs").with("index", index),
    };
    GoalCheck {
        met,
        goal: Goal::LosesNothing.statement(&recorded.config),
        why,
        note: Some(note),
    }
}

/// [`Goal::Cooperates`] on a program's run: met when it made no blocking
/// call and lost nothing (as [`loses_nothing`] counts).
pub fn cooperates(recorded: &Recorded) -> GoalCheck {
    let diagnostics = Diagnostics::of(recorded);
    let mut problems = blocking(&diagnostics);
    problems.extend(losses(recorded, &diagnostics));
    let (met, why) = if problems.is_empty() {
        let (boxes, given) = reported(recorded);
        (
            Met::Yes,
            Text::new("lesson-goal-never-blocked")
                .with("boxes", boxes)
                .with("doses", doses(given)),
        )
    } else {
        (Met::No, program_problems(problems))
    };
    GoalCheck {
        met,
        goal: Goal::Cooperates.statement(&recorded.config),
        why,
        note: None,
    }
}

/// [`Goal::MakespanBelow`] on the run on screen, whose lot is `lot`: met
/// when it has finished within `seconds` of simulated time with the
/// step's depot (`step`'s boxes and capacity). A run on another depot is
/// not compared, and the card says so; one still going is pending, or
/// not met once its clock has passed the goal.
pub fn makespan_below(seconds: f64, step: &Config, lot: &LotState) -> GoalCheck {
    let goal = Goal::MakespanBelow { seconds };
    let limit = SimTime::START + SimDuration::from_secs_f64(seconds);
    let (met, why) = if lot.boxes != step.boxes || lot.capacity != step.capacity {
        (
            Met::No,
            Text::new("lesson-goal-other-depot")
                .with("boxes", lot.boxes)
                .with("capacity", lot.capacity)
                .with("step_boxes", step.boxes)
                .with("step_capacity", step.capacity),
        )
    } else if lot.finished && lot.now <= limit {
        (
            Met::Yes,
            Text::new("lesson-goal-finished-within")
                .with("time", lot.now)
                .with(
                    "spare",
                    seconds_arg(limit.saturating_since(lot.now).as_secs_f64()),
                ),
        )
    } else if lot.finished {
        (
            Met::No,
            Text::new("lesson-goal-finished-late")
                .with("time", lot.now)
                .with(
                    "over",
                    seconds_arg(lot.now.saturating_since(limit).as_secs_f64()),
                ),
        )
    } else if lot.now > limit {
        (
            Met::No,
            Text::new("lesson-goal-past").with("seconds", seconds_arg(seconds)),
        )
    } else {
        (Met::Pending, Text::new("lesson-goal-play"))
    };
    GoalCheck {
        met,
        goal: goal.statement(step),
        why,
        note: None,
    }
}

/// The problems of a program's run, in one sentence.
fn program_problems(problems: Vec<Text>) -> Text {
    Text::new("lesson-goal-program-problems").with("problems", problems)
}

fn doses(count: u64) -> Text {
    Text::new("lesson-doses").with("count", count)
}

/// Seconds as the clock shows them: two decimals.
fn seconds_arg(seconds: f64) -> Arg {
    Arg::fixed(seconds, 2)
}

#[cfg(test)]
mod tests;
