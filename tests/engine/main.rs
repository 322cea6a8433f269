//! Behaviour of the simulation core, one module per behaviour.

mod conservation;
mod determinism;
mod makespan;
mod reverse_pool;
mod supervision;
