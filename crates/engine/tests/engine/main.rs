//! Behaviour of the simulation core, one module per behaviour (native).
#![cfg(not(target_arch = "wasm32"))]

mod article;
mod blocking;
mod breaking;
mod conservation;
mod determinism;
mod makespan;
mod policies;
mod reverse_pool;
mod supervision;
mod thread;
mod timers_shown;
