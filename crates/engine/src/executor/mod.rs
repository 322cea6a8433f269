//! The executor side of the simulation: the task record and its waker,
//! the per-task monitor, and the FIFO pool that runs tasks natively and
//! for replays. One private tree, seen from outside only through the
//! items re-exported here.
//!
//! ```text
//!   task      TaskCell (future, counters, waker) and the ready queue a wake joins
//!     ▲
//!   monitor   TaskMonitor (scheduled count, pause), Instrumented, Spawner, JoinHandle
//!     ▲
//!   fifo      FifoPool: polls ready tasks in the order they became ready
//! ```

mod fifo;
mod monitor;
// The one place with `unsafe`: a `RawWaker` over the task's `Rc`.
#[allow(unsafe_code)]
mod task;

pub use fifo::{FifoPool, FifoSpawner};
pub use monitor::{
    spawn_detached, spawn_with_handle, Instrumented, JoinHandle, Spawner, TaskMonitor, TaskSnapshot,
};
pub use task::{TaskKind, TaskState};
