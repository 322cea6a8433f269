//! The Python view, in each of the page's two builds (the `python`
//! feature; see `static/loader.js`):
//!
//! ```text
//!   with python      PythonPanel ─► Run: the listing in real CPython in a
//!   (shown)                         worker, its progress and verdict
//!                    (own)        ─► the learner's own supervisor: an
//!                                   editor, Run mine, the recorded run
//!
//!   without python   PythonPanel ─► Run loads the page again at this
//!   (on_demand)                     moment with `python=1`, and the loader
//!                                   starts the build that has it
//! ```
//!
//! Both take the same props, so the page lays the view out once. The
//! first visit's download carries only the button: the worker's
//! messages, the verdict and the panel's states are about 10 KB gzipped.

#[cfg(not(feature = "python"))]
mod on_demand;
#[cfg(feature = "python")]
mod own;
#[cfg(feature = "python")]
mod shown;

#[cfg(not(feature = "python"))]
pub use on_demand::PythonPanel;
#[cfg(feature = "python")]
pub use shown::PythonPanel;

use yew::prelude::*;

use crate::model::command::RunCommand;
use crate::model::program::{LessonProgram, ProgramRan};
use crate::model::source::RunSource;

/// The Python view's input.
#[derive(Properties, PartialEq)]
pub struct PythonProps {
    /// The run on screen: what Run hands to CPython.
    pub source: RunSource,
    /// The event on screen: where asyncio's own view is taken.
    pub at: u64,
    /// Run at once as the view mounts (`python=1`).
    #[prop_or_default]
    pub run_at_start: bool,
    /// Loads the page again at the run and event on screen with
    /// `python=1`: what Run does in the build without Python. The address
    /// is worked out on the click, not at every frame.
    pub open_with_python: Callback<()>,
    /// Where "Show event N" goes.
    pub on_command: Callback<RunCommand>,
    /// Told each verdict: the run, and the event where CPython first
    /// differed (`None` when it agrees or failed), for the timeline.
    #[prop_or_default]
    pub on_verdict: Callback<(RunSource, Option<u64>)>,
    /// A lesson step's program: shown in the editor, run at once or on
    /// Run, its figures hidden until the step's prediction is made.
    #[prop_or_default]
    pub lesson: Option<LessonProgram>,
    /// Told the run of the lesson step's program, by its key.
    #[prop_or_default]
    pub on_lesson: Callback<ProgramRan>,
}

/// `query` (with its `?`) asking for the Python view too.
pub fn with_python(query: &str) -> String {
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        "?python=1".to_string()
    } else {
        format!("?{query}&python=1")
    }
}
