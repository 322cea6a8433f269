//! The executor side of the simulation: the task record and its waker,
//! the per-task monitor, and the FIFO pool that runs tasks natively and
//! for replays. One private tree, seen from outside only through the
//! items re-exported here.
//!
//! ```text
//!   kind      TaskKind, TaskState: what a task is, where it is in its life
//!     ▲
//!   task      TaskCell (future, counters, waker) and the ready queue a wake joins
//!     ▲
//!   monitor   TaskMonitor (scheduled count, pause), Instrumented, Spawner, JoinHandle
//!     ▲
//!   fifo      FifoPool: polls ready tasks in the order they became ready
//!   thread    ThreadLog: who holds the thread, the ready queue, the turns
//! ```

mod fifo;
mod kind;
mod monitor;
// The one place with `unsafe`: a `RawWaker` over the task's `Rc`.
#[allow(unsafe_code)]
mod task;
mod thread;

pub use fifo::{FifoPool, FifoSpawner};
pub use kind::{TaskKind, TaskState};
pub use monitor::{
    spawn_detached, spawn_with_handle, Instrumented, JoinHandle, Spawner, TaskMonitor, TaskSnapshot,
};
pub use thread::{LoopChoice, Queued, Stamp, ThreadLog, ThreadMoment, Timer, Turn, TURNS_KEPT};
