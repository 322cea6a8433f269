//! Guided lessons: steps that pin moments of runs, and predictions that
//! the engine answers from the very run on screen.
//!
//! ```text
//!   lessons/*.json ─┐                        ┌─► moment: the step's run (params, seed) + at_event
//!   #lesson=base64 ─┴─► format::parse_lesson ┤
//!     (link)            (shape, limits)      ├─► question::pose ─► choices, the right one,
//!                                            │     the event that shows it, why
//!                                            └─► goal::check ─► met or not, and the figures
//!                                                  of the learner's own run that decide it
//! ```
//!
//! Plain data and the engine: no browser inside, so every answer is
//! checked natively by replaying the run. The page (`app::components::
//! lesson`) shows a lesson and plays its moments; it never decides an
//! answer.

pub mod builtin;
pub mod format;
pub mod goal;
pub mod link;
pub mod moment;
pub mod question;
pub mod statement;
pub mod text;
pub mod texts;

pub use format::{
    parse_lesson, Asks, Focus, Lesson, LessonError, LessonErrors, QuestionSpec, Step,
};
pub use goal::{Goal, GoalCheck, Met};
pub use moment::{resolve, resolve_all, Moment};
pub use question::grounds::{Anchor, Grounds};
pub use question::loop_play::{loop_decisions, DecisionKind, LoopDecision};
pub use question::{pose, pose_program, Answer, PoseError, Posed};
pub use text::{Arg, Text};
