//! The simulation core of vaccination-lot: no browser inside. The app
//! re-exports it as `vaccination_lot::sim`.
//!
//! Stations are `async fn` tasks on any single-threaded executor, timed by
//! a virtual clock; a supervisor awaits the first to finish and restarts
//! it. Everything here runs natively under `cargo test` and in the page.
//!
//! ```text
//!   config ─► Simulation::start ─► supervisor task ─► station tasks
//!                                        │                 │ sleep on
//!                                        ▼                 ▼
//!                         EventQueue ◄── events     VirtualClock ◄── driver
//!                              │
//!                              ▼
//!                  LotState (fold + invariant) ─► RunStats
//! ```
//!
//! The few functions a shot passes through in the native driver (firing a
//! timer, the heap's pop, the executor's loop, a task's poll) are forced
//! inline only natively (`cfg_attr(not(target_arch = "wasm32"),
//! inline(always))`): there they make the driver one loop, while in the
//! browser's build, where the engine is built for size as well as speed,
//! forcing them costs the page's bundle about 2.4 KB gzipped.
//!
//! `unsafe` is refused everywhere but in `executor::task`, whose waker
//! keeps an `Rc` (the tasks are not `Send`, so `std::task::Wake`, which
//! takes an `Arc`, does not fit); each block there says why it is sound.

#![deny(unsafe_code)]

pub mod breaks;
pub mod clock;
pub mod config;
mod context;
pub mod driver;
pub mod event;
mod executor;
pub mod interchange;
mod iteration;
pub mod ledger;
pub mod local;
pub mod order;
pub mod param_table;
pub mod run;
pub mod share;
pub mod station;
pub mod stats;
mod supervisor;
pub mod time;
mod timer_heap;

pub use breaks::{BreakAt, BreakSchedule};
pub use clock::VirtualClock;
pub use config::{Config, Policy, RunParams};
pub use driver::{Drive, TurnDriver};
pub use event::{done_stations, Event, EventChecksum, EventKind, EventQueue, StationError};
pub use executor::{
    FifoPool, FifoSpawner, Instrumented, LoopChoice, Queued, Spawner, Stamp, TaskKind, TaskMonitor,
    TaskSnapshot, TaskState, ThreadLog, ThreadMoment, Timer, Turn, TURNS_KEPT,
};
pub use ledger::{Failure, LedgerError, LotState, StationState, StationStatus};
pub use local::{run_checked, run_checked_with, LocalRun, RunOutcome};
pub use param_table::{Accepted, ParamError};
pub use run::Simulation;
pub use share::ThreadShare;
pub use station::{box_plan, BoxDraws, BoxPlan};
pub use stats::{expected_doses_given, expected_makespan, RunStats};
pub use time::{SimDuration, SimTime};
