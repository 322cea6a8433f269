//! asyncio's loop, turn by turn.
//!
//! The reference is one turn of CPython's event loop
//! (`BaseEventLoop._run_once`):
//!
//! ```text
//!   wait for the earliest timer (not at all if a callback is ready)
//!   move every timer due by now to the back of the ready queue
//!   run every callback that was ready when the turn began
//!   a future completes ─► its callbacks (a task's wake-up, asyncio.wait's
//!                         on-completion, a queue's put) run a turn later
//! ```
//!
//! Every run keeps the first two lines: the driver fires every timer due
//! at the earliest deadline at once ([`VirtualClock::fire_instant`]), so
//! the tasks they wake all run before any task *they* wake, and a
//! supervisor then takes every task that has returned as one done set
//! (`asyncio.wait`'s). The engine's executors (the project's FIFO one and
//! the browser's) run tasks in the order they became ready, as the loop
//! does, though a Rust wake queues the task itself rather than a callback.
//!
//! While no station blocks the thread, time stands still inside a turn, so
//! no timer comes due between two timer firings, and which of the tasks
//! woken at one instant a callback would have delayed changes nothing:
//! everything woken at an instant runs before time moves, and the
//! supervisor comes after the stations that woke it. A station that
//! blocks moves time forward inside its poll, and then the turn's edges
//! matter: which timers came due, and who runs before the blocking
//! station takes the thread again. Such a run adds two pieces:
//! - a marker task goes round the ready queue: each time it comes up, one
//!   turn has ended, and the timers that came due meanwhile are fired by a
//!   callback queued behind the turn's new work ([`start_loop_turns`]).
//!   It then pauses the run ([`TaskMonitor::pause`](crate::TaskMonitor)):
//!   a run whose blocking station always has the next box would otherwise
//!   never hand the thread back to its driver, and the page would freeze;
//! - a task that awaits a station's task through [`OneTurnLater`] is woken
//!   by a relay task a turn after the station's task finished, as
//!   `asyncio.wait`'s on-completion callback wakes it; the completion
//!   queue's put is such a callback too ([`callback`]).
//!
//! Owns the marker, the relay and the callbacks; it drives nothing else
//! and reads the clock only to fire due timers.
//!
//! [`VirtualClock::fire_instant`]: crate::VirtualClock::fire_instant

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll, Waker};

use futures::task::ArcWake;
use futures::FutureExt;

use super::context::RunContext;
use super::executor::{spawn_detached, spawn_with_handle, JoinHandle, TaskKind, ThreadLog, Timer};

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
            TaskKind::TurnMarker,
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
            let fire_run = run.clone();
            callback(run, move || {
                let fire = || fire_run.clock.fire_due_by(cutoff);
                match fire_run.monitor.thread() {
                    Some(thread) if thread.records_choices() => {
                        fire_noted(&fire_run, thread, fire);
                    }
                    _ => {
                        fire();
                    }
                }
            });
            // The driver takes the thread back here: the turn's new work,
            // the callback and this marker wait, in order, until it
            // resumes the run.
            run.monitor.pause();
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

/// A task that wakes another one turn after it is woken itself: the twin
/// of a done callback that wakes whoever awaits (`asyncio.wait`'s
/// `_on_completion` setting its waiter's result). Only in runs that
/// follow the loop turn by turn.
pub(crate) struct Relay {
    /// The waker of the task to wake, while it awaits.
    target: Rc<RefCell<Option<Waker>>>,
    /// What the awaited future is polled with: it wakes the relay task.
    wake: Arc<RelayWake>,
    /// [`Relay::wake`] as a waker.
    waker: Waker,
    /// Keeps the relay task alive; dropping it cancels the task.
    _task: JoinHandle<()>,
}

/// The waker the awaited future is polled with. It passes wakes on to the
/// relay task, except those sent while the future is being polled: a
/// `FuturesUnordered` that has polled all its tasks wakes its own waker to
/// yield to other tasks, and a relay that took that for a completion
/// would let the awaiting task run early, a turn before asyncio's waiter
/// would (no task of the set can return while the set is polled).
struct RelayWake {
    /// Set while [`OneTurnLater`] polls its future.
    polling: AtomicBool,
    /// Set by a wake passed on, taken by the relay task when it runs: its
    /// first poll, as a new task, passes nothing on.
    woken: AtomicBool,
    /// The relay task's own waker, once it is spawned.
    relay: OnceLock<Waker>,
}

impl ArcWake for RelayWake {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        if arc_self.polling.load(Ordering::Relaxed) {
            return;
        }
        arc_self.woken.store(true, Ordering::Relaxed);
        if let Some(relay) = arc_self.relay.get() {
            relay.wake_by_ref();
        }
    }
}

impl Relay {
    /// Starts a relay if the run follows the loop turn by turn.
    pub(crate) fn start(run: &RunContext) -> Option<Relay> {
        if !run.loop_turns {
            return None;
        }
        let target = Rc::new(RefCell::new(None));
        let wake = Arc::new(RelayWake {
            polling: AtomicBool::new(false),
            woken: AtomicBool::new(false),
            relay: OnceLock::new(),
        });
        let task = spawn_with_handle(
            run.spawner.as_ref(),
            &run.monitor,
            TaskKind::Callback,
            RelayTask {
                target: target.clone(),
                wake: wake.clone(),
            },
        );
        let _ = wake.relay.set(task.task_waker());
        Some(Relay {
            target,
            waker: futures::task::waker(wake.clone()),
            wake,
            _task: task,
        })
    }
}

/// The relay's task: each time it runs after a wake was passed on, it
/// wakes the task waiting, if any.
struct RelayTask {
    target: Rc<RefCell<Option<Waker>>>,
    wake: Arc<RelayWake>,
}

impl Future for RelayTask {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if !self.wake.woken.swap(false, Ordering::Relaxed) {
            return Poll::Pending;
        }
        let waiting = self.target.borrow_mut().take();
        if let Some(waiting) = waiting {
            waiting.wake();
        }
        Poll::Pending
    }
}

/// Awaits `future`, and is woken one turn after it is: through `relay` if
/// there is one, else directly. Whatever the future's wake sets in
/// motion (a `FuturesUnordered` marking a task ready) happens at once;
/// only the awaiting task's wake-up comes a turn later.
pub(crate) fn one_turn_later<F: Future + Unpin>(
    relay: Option<&Relay>,
    future: F,
) -> OneTurnLater<'_, F> {
    OneTurnLater { relay, future }
}

/// The future of [`one_turn_later`].
pub(crate) struct OneTurnLater<'r, F> {
    relay: Option<&'r Relay>,
    future: F,
}

impl<F: Future + Unpin> Future for OneTurnLater<'_, F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let Some(relay) = self.relay else {
            return self.future.poll_unpin(cx);
        };
        relay.wake.polling.store(true, Ordering::Relaxed);
        let polled = self
            .future
            .poll_unpin(&mut Context::from_waker(&relay.waker));
        relay.wake.polling.store(false, Ordering::Relaxed);
        *relay.target.borrow_mut() = polled.is_pending().then(|| cx.waker().clone());
        polled
    }
}

/// Fires timers with `fire`, noting in the thread's record which were
/// waiting and how many fired: the loop's choice
/// ([`crate::LoopChoice::Fire`]).
#[cold]
#[inline(never)]
pub(crate) fn fire_noted<R>(run: &RunContext, thread: &ThreadLog, fire: impl FnOnce() -> R) -> R {
    let at = thread.stamp();
    let timers: Vec<Timer> = run
        .clock
        .upcoming(usize::MAX)
        .into_iter()
        .map(|(due, station)| Timer {
            due_micros: due.as_micros(),
            station,
        })
        .collect();
    let fired = fire();
    let now = run.clock.now().as_micros();
    let count = timers
        .iter()
        .take_while(|timer| timer.due_micros <= now)
        .count();
    thread.timers_fired(at, timers, count);
    fired
}
