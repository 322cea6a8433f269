//! Per-task instrumentation, in the manner of tokio-console, and the task
//! record every executor of the simulation runs.
//!
//! Every task the simulation spawns becomes a [`TaskCell`]: its future, its
//! counters of polls and wakes, and its lifecycle
//! (`Scheduled → Running → Idle → Scheduled … → Done`). The future is
//! polled with the cell's own waker, so every wake, whoever sends it,
//! passes through here first, and here alone: the project's
//! [`FifoPool`](super::fifo::FifoPool) queues the cell itself, so a wake is
//! one step, not a wake of the monitor that then wakes the executor. Any
//! other executor (the browser's `spawn_local`, `futures`' `LocalPool` in
//! the tests) runs the task through [`Instrumented`], its owning handle,
//! as an ordinary future, and is woken through the waker it polled with.
//!
//! The figure that matters to the clock driver is
//! [`TaskMonitor::scheduled_tasks`]: tasks that have been woken (or newly
//! spawned) but not yet polled. After firing a timer the driver yields to
//! the executor until that count is zero, so every task the timer set off
//! — and every task *those* tasks woke — has run before time moves again.
//!
//! The monitor can also hand the thread back to the driver between two of
//! asyncio's loop turns ([`TaskMonitor::pause`]): while paused, a task the
//! executor comes to is not polled but held, in the order the executor
//! reached it, and [`TaskMonitor::resume`] queues the held tasks again in
//! that order. On a FIFO executor nothing else changes, so a pause is
//! invisible to the run; it is how a run whose tasks never stop handing
//! work to each other (a station that blocks the thread) still lets the
//! page draw frames and take its events.
//!
//! Owns the task record, its waker, the per-task counters, the
//! [`Spawner`] seam to the executor and [`JoinHandle`]. It never looks
//! inside a task's future and knows the simulation only by the
//! [`TaskKind`] label each task is given.
//!
//! # Wakers and threads
//! A `Waker` may be sent to another thread, and this one is made of `Rc`s,
//! which must not be touched there. Every cell remembers the thread it was
//! made on, and a clone, wake or drop of its waker on any other thread
//! aborts the process instead of touching the reference count: nothing in
//! this crate does that, and if something ever did, it would stop rather
//! than corrupt memory.

use std::cell::{Cell, OnceCell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use futures::future::LocalBoxFuture;
use futures::FutureExt;
use pin_project_lite::pin_project;

use super::kind::{TaskKind, TaskState};
use super::task::{this_thread, Shared, TaskCell};
use super::thread::{Stamp, ThreadLog};

/// A snapshot of one task's counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskSnapshot {
    /// What the task is.
    pub kind: TaskKind,
    /// Where it is in its life.
    pub state: TaskState,
    /// Times its future has been polled.
    pub polls: u64,
    /// Wakes it has received, those that found it already scheduled
    /// included.
    pub wakes: u64,
}

/// Watches the tasks of one run.
#[derive(Clone, Default)]
pub struct TaskMonitor {
    shared: Rc<Shared>,
    /// Tasks not yet done, plus those that finished since the last
    /// [`TaskMonitor::snapshot_and_prune`], so memory follows the number of
    /// live tasks and not the length of the run.
    tasks: Rc<RefCell<Vec<Rc<TaskCell>>>>,
}

impl TaskMonitor {
    /// A monitor with no tasks.
    pub fn new() -> Self {
        Self::default()
    }

    /// Tasks woken or spawned, queued in the executor and not yet polled
    /// (tasks held by a pause are not counted: the executor is done with
    /// them until `TaskMonitor::resume`).
    pub fn scheduled_tasks(&self) -> usize {
        self.shared.scheduled.get()
    }

    /// Hands the thread back to the driver at the end of the current loop
    /// turn: from now on, every task the executor comes to is held, not
    /// polled, so the executor runs dry (see the module docs).
    pub(crate) fn pause(&self) {
        self.shared.paused.set(true);
    }

    /// [`TaskMonitor::pause`], from inside the task `waker` wakes, which
    /// returns `Pending` without giving the thread up in the model: on
    /// resume it is queued before every held task, so it goes on as if
    /// its poll had never stopped.
    pub(crate) fn pause_for(&self, waker: &Waker) {
        *self.shared.first.borrow_mut() = Some(waker.clone());
        self.pause();
    }

    /// Whether tasks wait to be queued again by `TaskMonitor::resume`.
    pub fn is_paused(&self) -> bool {
        self.shared.paused.get()
    }

    /// Ends a pause: the task that paused mid-turn, if one did, is queued
    /// first, then every held task, in the order it was held, so the
    /// executor runs them exactly as it would have.
    pub(crate) fn resume(&self) {
        self.shared.paused.set(false);
        let first = self.shared.first.borrow_mut().take();
        if let Some(first) = first {
            let thread = self.shared.thread.get();
            if let Some(thread) = thread {
                thread.next_to_front();
            }
            first.wake();
            if let Some(thread) = thread {
                thread.clear_to_front();
            }
        }
        let held = std::mem::take(&mut *self.shared.held.borrow_mut());
        for cell in held {
            cell.queue_again();
        }
    }

    /// Starts the record of the thread ([`ThreadLog`]), stamped by `stamp`
    /// with the run's event count and clock. Call it before the first
    /// spawn, so the record sees every task; a second call changes nothing.
    pub fn trace_thread(&self, stamp: Box<dyn Fn() -> Stamp>) {
        let _ = self.shared.thread.set(ThreadLog::new(stamp));
    }

    /// The record of the thread, if [`TaskMonitor::trace_thread`] started one.
    pub fn thread(&self) -> Option<&ThreadLog> {
        self.shared.thread.get()
    }

    /// Counters of every tracked task; finished tasks are reported once
    /// more and then forgotten.
    pub fn snapshot_and_prune(&self) -> Vec<TaskSnapshot> {
        let mut tasks = self.tasks.borrow_mut();
        let snapshot = tasks.iter().map(|cell| snapshot_of(cell)).collect();
        tasks.retain(|cell| cell.state.get() != TaskState::Done);
        snapshot
    }

    /// Makes `future` a task this monitor sees. The new task counts as
    /// scheduled until its first poll, as the executor will poll it soon.
    ///
    /// Takes the future boxed, so that the one copy of this serves every
    /// kind of task: it runs once per task, not per poll.
    fn instrument(&self, kind: TaskKind, future: LocalBoxFuture<'static, ()>) -> Instrumented {
        let cell = Rc::new(TaskCell {
            kind,
            state: Cell::new(TaskState::Scheduled),
            polls: Cell::new(0),
            wakes: Cell::new(0),
            abandoned: Cell::new(false),
            shared: self.shared.clone(),
            future: RefCell::new(Some(future)),
            ready_queue: OnceCell::new(),
            executor_waker: RefCell::new(None),
            thread: this_thread(),
        });
        self.shared.count_scheduled();
        if let Some(thread) = self.shared.thread.get() {
            thread.scheduled(cell.id(), kind);
        }
        let mut tasks = self.tasks.borrow_mut();
        // Keep the list short on long runs even if nobody asks for snapshots.
        if tasks.len() >= 64 && tasks.len().is_power_of_two() {
            tasks.retain(|cell| cell.state.get() != TaskState::Done);
        }
        tasks.push(cell.clone());
        Instrumented { cell }
    }
}

fn snapshot_of(cell: &TaskCell) -> TaskSnapshot {
    TaskSnapshot {
        kind: cell.kind,
        state: cell.state.get(),
        polls: cell.polls.get(),
        wakes: cell.wakes.get(),
    }
}

/// A spawned task as its executor holds it: polling it runs the task, and
/// dropping it drops the task's future (an executor dropped with its tasks
/// cancels them).
pub struct Instrumented {
    cell: Rc<TaskCell>,
}

impl Instrumented {
    /// The task's record, for an executor that queues it itself.
    pub(crate) fn cell(&self) -> &Rc<TaskCell> {
        &self.cell
    }

    /// Whether the task has finished (or been cancelled).
    pub(crate) fn is_done(&self) -> bool {
        self.cell.state.get() == TaskState::Done
    }
}

impl Future for Instrumented {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.cell.register_executor(cx.waker());
        self.cell.run()
    }
}

impl Drop for Instrumented {
    fn drop(&mut self) {
        self.cell.drop_future();
    }
}

/// Puts tasks on an executor: [`super::FifoPool`] natively and for
/// replays, `spawn_local` in the
/// browser. The simulation is written against this alone.
pub trait Spawner {
    /// Hands `task` to the executor, which polls it until it is done.
    fn spawn_task(&self, task: Instrumented);
}

impl Spawner for futures::executor::LocalSpawner {
    fn spawn_task(&self, task: Instrumented) {
        use futures::task::LocalSpawnExt;
        // Fails only once the pool is gone, and then nothing runs anyway.
        let _ = self.spawn_local(task);
    }
}

/// The output of a spawned task, and who waits for it.
struct JoinSlot<T> {
    output: Option<T>,
    joiner: Option<std::task::Waker>,
}

/// Resolves to a spawned task's output: the twin of awaiting an asyncio
/// `Task`. Dropping it cancels the task, as dropping a `RemoteHandle` does.
///
/// Hand-made rather than `RemoteHandle` because the station tasks are the
/// hot path: a shared slot costs no channel lock and no waker clone per poll.
pub struct JoinHandle<T> {
    slot: Rc<RefCell<JoinSlot<T>>>,
    cell: Rc<TaskCell>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = self.slot.borrow_mut();
        if let Some(output) = slot.output.take() {
            return Poll::Ready(output);
        }
        match &slot.joiner {
            Some(joiner) if joiner.will_wake(cx.waker()) => {}
            _ => slot.joiner = Some(cx.waker().clone()),
        }
        Poll::Pending
    }
}

impl<T> JoinHandle<T> {
    /// A waker of the task itself (not of whoever awaits the handle).
    pub(crate) fn task_waker(&self) -> Waker {
        self.cell.owned_waker()
    }
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        if self.cell.state.get() != TaskState::Done {
            self.cell.abandoned.set(true);
            // Let the executor poll it once more, so it drops its future.
            self.cell.wake();
        }
    }
}

pin_project! {
    /// A task whose output goes to its [`JoinHandle`]'s slot: it polls
    /// `future`, and once that is ready, stores the output and wakes whoever
    /// awaits the handle (if anyone does yet).
    ///
    /// Written by hand rather than as an `async` block: the station tasks
    /// are polled once per shot, and this adds nothing to `future`'s poll.
    /// The pin projection is `pin_project_lite`'s: `future` stays pinned,
    /// the slot (only read and written through its `RefCell`) is not.
    struct Reporting<F: Future> {
        #[pin]
        future: F,
        slot: Rc<RefCell<JoinSlot<F::Output>>>,
    }
}

impl<F: Future> Future for Reporting<F> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // Not polled again once ready (a cell drops its finished future).
        let this = self.project();
        match this.future.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => {
                deliver(this.slot, output);
                Poll::Ready(())
            }
        }
    }
}

/// Stores a task's output and wakes whoever awaits its handle. Once per
/// task, so kept out of line: the poll that returns `Pending`, once per
/// shot for a station, then saves no registers for this work.
#[cold]
#[inline(never)]
fn deliver<T>(slot: &RefCell<JoinSlot<T>>, output: T) {
    let joiner = {
        let mut slot = slot.borrow_mut();
        slot.output = Some(output);
        slot.joiner.take()
    };
    if let Some(joiner) = joiner {
        joiner.wake();
    }
}

/// Spawns `future` as an instrumented task that nobody awaits.
pub fn spawn_detached<F>(spawner: &dyn Spawner, monitor: &TaskMonitor, kind: TaskKind, future: F)
where
    F: Future<Output = ()> + 'static,
{
    spawner.spawn_task(monitor.instrument(kind, future.boxed_local()));
}

/// Spawns `future` as an instrumented task and returns a handle that
/// resolves to its output: the twin of `asyncio.create_task`.
pub fn spawn_with_handle<T, F>(
    spawner: &dyn Spawner,
    monitor: &TaskMonitor,
    kind: TaskKind,
    future: F,
) -> JoinHandle<T>
where
    T: 'static,
    F: Future<Output = T> + 'static,
{
    let slot = Rc::new(RefCell::new(JoinSlot {
        output: None,
        joiner: None,
    }));
    let task = Reporting {
        future,
        slot: slot.clone(),
    };
    let instrumented = monitor.instrument(kind, task.boxed_local());
    let cell = instrumented.cell.clone();
    spawner.spawn_task(instrumented);
    JoinHandle { slot, cell }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::LocalPool;
    use std::cell::Cell;

    #[test]
    fn a_new_task_counts_as_scheduled_until_polled() {
        let mut pool = LocalPool::new();
        let monitor = TaskMonitor::new();
        let handle =
            spawn_with_handle(&pool.spawner(), &monitor, TaskKind::Supervisor, async { 7 });
        assert_eq!(monitor.scheduled_tasks(), 1);
        assert_eq!(pool.run_until(handle), 7);
        assert_eq!(monitor.scheduled_tasks(), 0);
        let snapshot = monitor.snapshot_and_prune();
        assert_eq!(snapshot[0].state, TaskState::Done);
        assert_eq!(snapshot[0].polls, 1);
        assert!(
            monitor.snapshot_and_prune().is_empty(),
            "done tasks are reported once"
        );
    }

    #[test]
    fn dropping_the_handle_cancels_the_task() {
        let mut pool = LocalPool::new();
        let monitor = TaskMonitor::new();
        let dropped = Rc::new(Cell::new(false));
        struct Flag(Rc<Cell<bool>>);
        impl Drop for Flag {
            fn drop(&mut self) {
                self.0.set(true);
            }
        }
        let flag = Flag(dropped.clone());
        let handle = spawn_with_handle(
            &pool.spawner(),
            &monitor,
            TaskKind::Supervisor,
            async move {
                let _flag = flag;
                futures::future::pending::<()>().await;
            },
        );
        pool.run_until_stalled();
        assert!(!dropped.get());
        drop(handle);
        pool.run_until_stalled();
        assert!(dropped.get(), "the task's future was dropped");
        assert_eq!(monitor.scheduled_tasks(), 0);
    }

    #[test]
    fn wakes_are_counted_and_schedule_the_task_once() {
        let mut pool = LocalPool::new();
        let monitor = TaskMonitor::new();
        let (sender, receiver) = futures::channel::oneshot::channel::<u8>();
        let handle = spawn_with_handle(
            &pool.spawner(),
            &monitor,
            TaskKind::Supervisor,
            async move { receiver.await.unwrap_or(0) },
        );
        pool.run_until_stalled();
        assert_eq!(monitor.snapshot_and_prune()[0].state, TaskState::Idle);
        sender.send(3).unwrap();
        assert_eq!(monitor.scheduled_tasks(), 1);
        assert_eq!(monitor.snapshot_and_prune()[0].state, TaskState::Scheduled);
        assert_eq!(pool.run_until(handle), 3);
        assert_eq!(monitor.scheduled_tasks(), 0);
        let snapshot = monitor.snapshot_and_prune();
        assert_eq!((snapshot[0].polls, snapshot[0].wakes), (2, 1));
    }
}
