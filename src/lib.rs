//! Parking-lot vaccination: a single-threaded async executor juggling a
//! changing set of tasks, simulated exactly and shown in the browser.
//!
//! ```text
//!   vaccination_lot_engine   the simulation core (re-exported as `sim`)
//!     ▲
//!   vaccination_lot_model    the page model: settings, messages, lessons,
//!     ▲                      trace export; no browser (re-exported as `model`)
//!   vaccination_lot (here)   the yew app: components, hooks, browser adapters
//! ```
//!
//! [`app`] is the page; its browser parts are compiled only for `wasm32`.

#![forbid(unsafe_code)]

pub mod app;
pub use vaccination_lot_engine as sim;
pub use vaccination_lot_model as model;
pub use vaccination_lot_model::{i18n, lesson, tr, trace};
