//! asyncio's loop, turn by turn, for runs where a station blocks the thread.
//!
//! Without blocking, time stands still while tasks run, and the order in
//! which the executor runs the tasks woken at one instant cannot change
//! the run. A station that blocks moves time forward inside its poll, and
//! then the order matters: which timers came due, and who runs before the
//! blocking station's next box. The reference is CPython's event loop:
//!
//! ```text
//!   a turn:   run every callback that was ready when the turn began
//!   between:  move every timer that came due to the back of the ready queue
//!   a future completes ─► its callbacks (a task's wake-up, asyncio.wait's
//!                         on-completion, a queue's put) run one turn later
//! ```
//!
//! The engine's executors (the project's FIFO one and the browser's) run
//! tasks in the order they became ready, as the loop does, but a Rust wake
//! queues the task itself. Three pieces make up the difference:
//! - a marker task goes round the ready queue: each time it comes up, one
//!   turn has ended, and the timers due by then are fired by a callback
//!   queued behind the turn's new work ([`start_loop_turns`]);
//! - a finished station task tells the supervisor through a callback, as
//!   a task's done callbacks run in a later turn ([`callback`]);
//! - the supervisor takes every station task finished by the time it
//!   runs, as `asyncio.wait` returns all the tasks done by then.
//!
//! Owns the marker and the callbacks; it drives nothing else and reads the
//! clock only to fire due timers. Runs without a blocking station never
//! use it, so their events stay exactly as they were.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::context::RunContext;
use super::monitor::{spawn_detached, spawn_with_handle, JoinHandle, TaskKind};

/// Runs `action` in a callback task: one turn of the loop later.
pub(crate) fn callback(run: &RunContext, action: impl FnOnce() + 'static) {
    spawn_detached(
        run.spawner.as_ref(),
        &run.monitor,
        TaskKind::Callback,
        async move { action() },
    );
}

/// Starts the marker that ends each turn, if the run needs turns. The
/// handle cancels it when dropped with the run.
pub(crate) fn start_loop_turns(run: &Rc<RunContext>) -> Option<JoinHandle<()>> {
    run.loop_turns.then(|| {
        spawn_with_handle(
            run.spawner.as_ref(),
            &run.monitor,
            TaskKind::Callback,
            TurnMarker { run: run.clone() },
        )
    })
}

/// Wakes the parked marker: the driver has made new work, so turns go on.
pub(crate) fn resume_turns(run: &RunContext) {
    if !run.loop_turns {
        // No marker in such a run: nothing to borrow on every fire.
        return;
    }
    if let Some(marker) = run.turn_marker.borrow_mut().take() {
        marker.wake();
    }
}

/// Goes round the ready queue; each time it is polled, a turn has ended.
struct TurnMarker {
    run: Rc<RunContext>,
}

impl Future for TurnMarker {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let run = &self.run;
        let cutoff = run.clock.now();
        if run
            .clock
            .next_deadline()
            .is_some_and(|deadline| deadline <= cutoff)
        {
            let clock = run.clock.clone();
            callback(run, move || {
                clock.fire_due_by(cutoff);
            });
        }
        if run.monitor.scheduled_tasks() > 0 {
            // More work is queued: come round again behind it.
            cx.waker().wake_by_ref();
        } else {
            // Nothing else to run: park until the driver wakes a task.
            *run.turn_marker.borrow_mut() = Some(cx.waker().clone());
        }
        Poll::Pending
    }
}
