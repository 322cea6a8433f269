//! Parking-lot vaccination: a single-threaded async executor juggling a
//! changing set of tasks, simulated exactly and shown in the browser.
//!
//! [`sim`] is the engine and imports nothing from the browser; the page
//! itself is compiled only for `wasm32`.

pub mod sim;

#[cfg(target_arch = "wasm32")]
pub mod app;
