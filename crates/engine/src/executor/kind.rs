//! What a task is and where it is in its life: the labels the monitor,
//! the thread's record and the page's panels share.

/// Where a task is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// Waiting for a wake (for a station: asleep on the virtual clock).
    Idle,
    /// Woken or newly spawned, queued in the executor, not yet polled.
    Scheduled,
    /// Being polled right now: the one task the single thread is running.
    Running,
    /// Its future returned `Ready`.
    Done,
}

/// What a task is, for display and for the inspector's grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskKind {
    /// The supervisor: it opens the boxes and awaits, reports and
    /// restarts the station tasks.
    Supervisor,
    /// A step of the run's own bookkeeping rather than of the model: the
    /// callbacks and loop iterations an asyncio event loop runs between
    /// tasks, emulated where a station blocks the thread (`sim::iteration`).
    Callback,
    /// A station working through one box (1-based station and box numbers).
    Station {
        /// 1-based station number.
        station: u32,
        /// The box it works through.
        box_no: u32,
    },
    /// A box's task in a task group: it waits for a free station, then
    /// gives the box's shots itself.
    BoxTask {
        /// The box whose shots it gives.
        box_no: u32,
    },
    /// A station's long-lived worker, taking box after box from a queue.
    Worker {
        /// 1-based number of the station it works at.
        station: u32,
    },
    /// The marker that goes round the ready queue to end each loop turn
    /// in a run with a blocking station (`sim::iteration`): the run's
    /// bookkeeping, not a task or callback of asyncio's.
    TurnMarker,
}
