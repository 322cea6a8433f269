//! The page model of vaccination-lot: everything the page knows and says
//! that needs no browser. It builds and is tested natively, and the yew
//! app (the root package) draws it.
//!
//! ```text
//!   engine (vaccination_lot_engine, re-exported as `sim`)
//!     ▲
//!   i18n          messages (Fluent), locales, number formats, isolation
//!     ▲
//!   figures       numbers handed to messages
//!   settings      the page's and the run's URL parameters, presets
//!     ▲
//!   labels        names of policies and panels in messages
//!   param_text    a rejected parameter, in the page's language
//!   event_text    the lot's events, in the page's language
//!     ▲
//!   lesson        guided lessons: their format, moments and questions
//!   trace         a run exported as a Perfetto / Chrome trace
//!   source        where a run's events come from (the engine), its replays
//!   view          one run's view, folded from its frames (the reducer)
//!     ▲
//!   panels        what the teaching panels show: inspector rows, policy comparison, axes
//!   export        the whole log as text or CSV, replayed
//!   command       what anyone may ask of the run (RunCommand)
//!   cpython       the run handed to real CPython, and its verdict
//!   program       a learner's own supervisor: its draws, its trace read back, diagnostics
//!   classroom     learners' result files (xAPI statements) summed up, for the class view
//!   slides        export for slides: frame times, the lot at each, a frame laid out
//! ```

#![forbid(unsafe_code)]

pub mod classroom;
pub mod command;
pub mod cpython;
pub mod event_text;
pub mod export;
pub mod figures;
pub mod i18n;
pub mod labels;
pub mod lesson;
pub mod panels;
pub mod param_text;
pub mod program;
pub mod settings;
#[cfg(feature = "export")]
pub mod slides;
pub mod source;
pub mod thread;
pub mod trace;
pub mod view;

pub use vaccination_lot_engine as sim;
