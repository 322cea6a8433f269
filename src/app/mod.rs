//! The page: a yew app over the simulation core.
//!
//! ```text
//!   URL ─► settings (both tables) ─► controller ─► runtime::Runner ─► spawn_local tasks
//!                                       ▲   │            │ FrameBatch, every frame
//!   RunCommand: controls, keys, host,   │   ▼            ▼
//!   fuzz, lessons ──────────────────────┘   store (RunView) ─► components (App lays out)
//! ```
//!
//! [`settings`] is plain data and builds natively too, as do
//! [`param_text`] (a rejected parameter in the page's language),
//! [`event_text`] (the lot's events in the page's language) and
//! [`figures`] (numbers for messages); everything else
//! talks to the browser and is compiled for `wasm32` only. `runtime`
//! runs a simulation on the browser's executor, `controller` owns the
//! run and performs every command, `store` folds frame batches into the
//! view, `python` carries messages to and from the CPython worker, and
//! `components` draw it. With lessons, `class_files` reads the class
//! view's result files (`class=1`, mounted instead of the lot).

pub use vaccination_lot_model::{event_text, figures, param_text, settings};

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "lessons"))]
pub mod class_files;
#[cfg(target_arch = "wasm32")]
pub mod code_first;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod controller;
#[cfg(all(target_arch = "wasm32", feature = "python"))]
pub mod editor;
#[cfg(target_arch = "wasm32")]
mod entry;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod keyboard;
#[cfg(target_arch = "wasm32")]
pub mod language;
#[cfg(target_arch = "wasm32")]
pub mod lessons;
#[cfg(target_arch = "wasm32")]
pub mod loop_play;
#[cfg(target_arch = "wasm32")]
pub mod pacing;
#[cfg(target_arch = "wasm32")]
pub mod perf;
#[cfg(all(target_arch = "wasm32", feature = "python"))]
pub mod playback;
#[cfg(all(target_arch = "wasm32", not(feature = "python")))]
#[path = "playback_absent.rs"]
pub mod playback;
#[cfg(all(target_arch = "wasm32", feature = "python"))]
pub mod python;
#[cfg(target_arch = "wasm32")]
pub mod results;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(all(target_arch = "wasm32", feature = "export"))]
pub mod slides;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod store;

#[cfg(target_arch = "wasm32")]
pub use entry::mount;
