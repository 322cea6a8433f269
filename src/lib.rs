//! Parking-lot vaccination: a single-threaded async executor juggling a
//! changing set of tasks, simulated exactly and shown in the browser.
//!
//! [`sim`] is the engine, a crate of its own (`crates/engine`) that imports
//! nothing from the browser or the page; [`lesson`] holds the guided
//! lessons, answered by the engine; [`app`] is the page, whose browser
//! parts are compiled only for `wasm32`.

pub mod app;
pub mod i18n;
pub mod lesson;
pub mod trace;
pub use vaccination_lot_engine as sim;
