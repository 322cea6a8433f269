//! Parking-lot vaccination: a single-threaded async executor juggling a
//! changing set of tasks, simulated exactly and shown in the browser.
//!
//! [`sim`] is the engine and imports nothing from the browser or the page;
//! [`app`] is the page, whose browser parts are compiled only for `wasm32`.

pub mod app;
pub mod lesson;
pub mod sim;
