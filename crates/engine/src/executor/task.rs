//! The task record every executor of the simulation runs: a task's
//! future, its counters and lifecycle, its waker, and the FIFO pool's ready
//! queue that a wake joins directly.
//!
//! The cell and the queue refer to each other (a wake queues the cell, the
//! queue holds cells), so they live in one module. The waker is the one
//! piece of the engine written with `unsafe`: a `RawWaker` over an `Rc`
//! (see [`super::monitor`] on wakers and threads).

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::mem::ManuallyDrop;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use futures::future::LocalBoxFuture;

use super::kind::{TaskKind, TaskState};
use super::thread::ThreadLog;

/// One task: its future, its counters, and how a wake reaches its executor.
///
/// Plain cells, not atomics: the cell lives on one thread (see the module
/// docs), and its waker checks that it stays there.
pub(crate) struct TaskCell {
    pub(super) kind: TaskKind,
    pub(super) state: Cell<TaskState>,
    pub(super) polls: Cell<u64>,
    pub(super) wakes: Cell<u64>,
    /// Set when the task's [`JoinHandle`](super::monitor::JoinHandle) is dropped: the next poll drops
    /// the future instead of polling it (cancellation).
    pub(super) abandoned: Cell<bool>,
    /// What the monitor's tasks share: the count of scheduled tasks and
    /// the pause.
    pub(super) shared: Rc<Shared>,
    /// `None` once the task has finished or been cancelled.
    pub(super) future: RefCell<Option<LocalBoxFuture<'static, ()>>>,
    /// The FIFO pool's queue, when the task runs there: a wake joins it.
    pub(super) ready_queue: OnceCell<Rc<ReadyQueue>>,
    /// Any other executor's waker, from the latest poll.
    pub(super) executor_waker: RefCell<Option<Waker>>,
    /// The thread the cell was made on (see the module docs).
    pub(super) thread: usize,
}

thread_local! {
    static THREAD_MARK: u8 = const { 0 };
}

/// An address unique to the current thread while it runs.
pub(super) fn this_thread() -> usize {
    THREAD_MARK.with(|mark| mark as *const u8 as usize)
}

/// What every task of one monitor shares.
#[derive(Default)]
pub(super) struct Shared {
    /// Tasks queued in the executor and not yet polled. Every move of a
    /// task into [`TaskState::Scheduled`] counts one, and every move out
    /// of the executor's queue (its next poll, or its hold during a pause)
    /// takes one off, so the count never goes below zero.
    pub(super) scheduled: Cell<usize>,
    /// Set by [`TaskMonitor::pause`](super::TaskMonitor::pause): tasks the executor comes to are held.
    pub(super) paused: Cell<bool>,
    /// Tasks held during the pause, in the order the executor reached
    /// them. They stay [`TaskState::Scheduled`]: asyncio would still have
    /// them in its ready queue.
    pub(super) held: RefCell<Vec<Rc<TaskCell>>>,
    /// The task that paused in the middle of its turn, to go on before any
    /// held task ([`TaskMonitor::pause_for`](super::TaskMonitor::pause_for)).
    pub(super) first: RefCell<Option<Waker>>,
    /// The record of the thread, when the run keeps one.
    pub(super) thread: OnceCell<ThreadLog>,
}

impl Shared {
    /// Counts one more task scheduled.
    pub(super) fn count_scheduled(&self) {
        self.scheduled.set(self.scheduled.get() + 1);
    }

    /// Takes off one task scheduled: it is being polled, or held.
    pub(super) fn uncount_scheduled(&self) {
        self.scheduled.set(self.scheduled.get() - 1);
    }
}

impl TaskCell {
    /// Counts a wake and, unless the task is already queued or finished,
    /// queues it with its executor.
    pub(super) fn wake(self: &Rc<Self>) {
        self.wakes.set(self.wakes.get() + 1);
        if matches!(self.state.get(), TaskState::Scheduled | TaskState::Done) {
            // Already queued, or finished: nothing more to schedule.
            return;
        }
        self.state.set(TaskState::Scheduled);
        if let Some(thread) = self.shared.thread.get() {
            thread.scheduled(self.id(), self.kind);
        }
        self.queue_again();
    }

    /// The task's identity while it lives, for the thread's record.
    pub(super) fn id(&self) -> usize {
        self as *const TaskCell as usize
    }

    /// Queues the task with its executor, counting it scheduled: at a
    /// wake, or when a pause that held it ends.
    pub(super) fn queue_again(self: &Rc<Self>) {
        self.shared.count_scheduled();
        match self.ready_queue.get() {
            Some(queue) => queue.borrow_mut().push_back(self.clone()),
            None => self.wake_executor(),
        }
    }

    /// Holds the task instead of polling it, during a pause: it leaves the
    /// executor's queue (the executor sees it pending) for the held list,
    /// still scheduled. Out of line: the poll path tests one flag.
    #[cold]
    #[inline(never)]
    fn hold(self: &Rc<Self>) -> Poll<()> {
        self.shared.uncount_scheduled();
        self.shared.held.borrow_mut().push(self.clone());
        Poll::Pending
    }

    /// Passes a wake on to an executor other than the FIFO pool. Out of
    /// line: the FIFO pool's wake, once per shot, then saves no registers
    /// for this call.
    #[inline(never)]
    fn wake_executor(&self) {
        if let Some(waker) = self.executor_waker.borrow().as_ref() {
            waker.wake_by_ref();
        }
    }

    /// Joins the FIFO pool's `queue`: queued now, and at every wake.
    pub(crate) fn queue_on(self: &Rc<Self>, queue: &Rc<ReadyQueue>) {
        // A task is spawned once; a second spawn would keep the first queue.
        let _ = self.ready_queue.set(queue.clone());
        queue.borrow_mut().push_back(self.clone());
    }

    /// Keeps the waker of an executor other than the FIFO pool, for wakes.
    /// Executors hand a task the same waker at every poll, so it is
    /// replaced only when it would wake something else.
    pub(super) fn register_executor(&self, waker: &Waker) {
        let mut kept = self.executor_waker.borrow_mut();
        match kept.as_ref() {
            Some(current) if current.will_wake(waker) => {}
            _ => *kept = Some(waker.clone()),
        }
    }

    /// Polls the future once with the cell's own waker, keeping the
    /// counters. Returns `Ready` once the task has finished or been
    /// cancelled (and its future dropped).
    ///
    /// Natively always inlined into the executor's loop, which calls it once per
    /// poll (once per shot for a station).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn run(self: &Rc<Self>) -> Poll<()> {
        if self.shared.paused.get() {
            return self.hold();
        }
        if self.state.replace(TaskState::Running) == TaskState::Scheduled {
            self.shared.uncount_scheduled();
        }
        if self.abandoned.get() {
            // Cancelled: drop the future now, releasing its timers.
            self.drop_future();
            self.state.set(TaskState::Done);
            return Poll::Ready(());
        }
        self.polls.set(self.polls.get() + 1);
        let thread = self.shared.thread.get();
        if let Some(thread) = thread {
            thread.poll_began(self.id(), self.kind);
        }
        let waker = self.borrowed_waker();
        let mut context = Context::from_waker(&waker);
        let polled = match self.future.borrow_mut().as_mut() {
            Some(future) => future.as_mut().poll(&mut context),
            None => Poll::Ready(()),
        };
        if let Some(thread) = thread {
            thread.poll_ended(self.kind);
        }
        if polled.is_ready() {
            self.state.set(TaskState::Done);
            self.drop_future();
        } else if self.state.get() == TaskState::Running {
            // A task that woke itself while running stays Scheduled.
            self.state.set(TaskState::Idle);
        }
        polled
    }

    /// Drops the future, outside the borrow: dropping a future may wake
    /// other tasks, or this one.
    pub(super) fn drop_future(&self) {
        let Ok(mut slot) = self.future.try_borrow_mut() else {
            return;
        };
        let future = slot.take();
        drop(slot);
        drop(future);
    }

    /// A waker for this cell that borrows the caller's reference instead
    /// of taking one of its own: polling costs no reference-count round
    /// trip. It must not outlive `self`, so it is never dropped (only its
    /// clones are, and they count their own references).
    fn borrowed_waker(self: &Rc<Self>) -> ManuallyDrop<Waker> {
        let raw = RawWaker::new(Rc::as_ptr(self).cast(), &VTABLE);
        // SAFETY: the vtable's functions keep the contract of `RawWaker`:
        // the data pointer is an `Rc<TaskCell>` that each clone counts and
        // each drop releases, on the cell's own thread (checked). This
        // waker itself holds no count: it lives in a `ManuallyDrop` (so it
        // never releases one) inside a scope where `self` keeps the cell
        // alive.
        ManuallyDrop::new(unsafe { Waker::from_raw(raw) })
    }
}

impl TaskCell {
    /// A waker of this task that counts a reference of its own: for code
    /// that wakes the task from outside its polls.
    pub(super) fn owned_waker(self: &Rc<Self>) -> Waker {
        let raw = RawWaker::new(Rc::into_raw(self.clone()).cast(), &VTABLE);
        // SAFETY: as in `borrowed_waker`; this waker holds the count that
        // `Rc::into_raw` left, and its drop (or wake) releases it.
        unsafe { Waker::from_raw(raw) }
    }
}

/// Checks that a waker is used on its own thread; aborts otherwise.
///
/// # Safety
/// `data` must come from `Rc::into_raw` (or `Rc::as_ptr`) of a live
/// `TaskCell`.
unsafe fn own_cell(data: *const ()) -> ManuallyDrop<Rc<TaskCell>> {
    // SAFETY: per this function's contract; `ManuallyDrop` keeps the
    // count this `Rc` stands for untouched unless the caller releases it.
    let cell = ManuallyDrop::new(unsafe { Rc::from_raw(data.cast::<TaskCell>()) });
    if cell.thread != this_thread() {
        std::process::abort();
    }
    cell
}

const VTABLE: RawWakerVTable = RawWakerVTable::new(clone_waker, wake, wake_by_ref, drop_waker);

unsafe fn clone_waker(data: *const ()) -> RawWaker {
    // SAFETY: `data` is a waker's, so a live cell's (see `borrowed_waker`).
    let cell = unsafe { own_cell(data) };
    let clone: Rc<TaskCell> = Rc::clone(&cell);
    RawWaker::new(Rc::into_raw(clone).cast(), &VTABLE)
}

unsafe fn wake(data: *const ()) {
    // SAFETY: as in `clone_waker`; this waker's count is released here.
    let cell = ManuallyDrop::into_inner(unsafe { own_cell(data) });
    cell.wake();
}

unsafe fn wake_by_ref(data: *const ()) {
    // SAFETY: as in `clone_waker`.
    unsafe { own_cell(data) }.wake();
}

unsafe fn drop_waker(data: *const ()) {
    // SAFETY: as in `clone_waker`; this waker's count is released here.
    drop(ManuallyDrop::into_inner(unsafe { own_cell(data) }));
}

/// Tasks ready to be polled, in the order they became ready: the pool's
/// queue, which a wake of one of its tasks joins directly.
pub(crate) type ReadyQueue = RefCell<ReadyTasks>;

/// The ready tasks, oldest first. Most of the time there is just one (a
/// timer fires and wakes one station), so the oldest waits in a field of
/// its own and only the others in a ring buffer: a lone task is queued
/// and taken out without the ring's index arithmetic.
#[derive(Default)]
pub(crate) struct ReadyTasks {
    /// The oldest; `None` only when no task is ready at all.
    oldest: Option<Rc<TaskCell>>,
    /// The others, in the order they became ready.
    others: VecDeque<Rc<TaskCell>>,
}

impl ReadyTasks {
    /// Queues `task` behind every task already ready.
    pub(crate) fn push_back(&mut self, task: Rc<TaskCell>) {
        if self.oldest.is_none() {
            self.oldest = Some(task);
        } else {
            self.queue_behind(task);
        }
    }

    /// Queues `task` in the ring buffer. Out of line: a wake that finds
    /// no task ready, once per shot, then saves no registers for the
    /// buffer's growth.
    #[cold]
    #[inline(never)]
    fn queue_behind(&mut self, task: Rc<TaskCell>) {
        self.others.push_back(task);
    }

    /// Takes out the task that became ready first.
    pub(super) fn pop_front(&mut self) -> Option<Rc<TaskCell>> {
        let oldest = self.oldest.take()?;
        self.oldest = self.others.pop_front();
        Some(oldest)
    }

    pub(super) fn clear(&mut self) {
        self.oldest = None;
        self.others.clear();
    }
}
