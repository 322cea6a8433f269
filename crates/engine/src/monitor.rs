//! Per-task instrumentation, in the manner of tokio-console.
//!
//! Every task the simulation spawns is wrapped in [`Instrumented`], which
//! counts polls and wakes and tracks the task's lifecycle
//! (`Scheduled → Running → Idle → Scheduled … → Done`). The wrapper hands
//! the inner future its own waker, so every wake, whoever sends it, passes
//! through here first.
//!
//! The figure that matters to the clock driver is
//! [`TaskMonitor::scheduled_tasks`]: tasks that have been woken (or newly
//! spawned) but not yet polled. After firing a timer the driver yields to
//! the executor until that count is zero, so every task the timer set off
//! — and every task *those* tasks woke — has run before time moves again.
//!
//! Owns the per-task counters, the [`Spawner`] seam to the executor and
//! [`JoinHandle`]. It never looks inside a task's future and knows the
//! simulation only by the [`TaskKind`] label each task is given.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll, Waker};

use futures::future::LocalBoxFuture;
use futures::task::{waker_ref, ArcWake};
use futures::FutureExt;

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

impl TaskState {
    const fn to_raw(self) -> u8 {
        match self {
            TaskState::Idle => 0,
            TaskState::Scheduled => 1,
            TaskState::Running => 2,
            TaskState::Done => 3,
        }
    }

    const fn from_raw(raw: u8) -> Self {
        match raw {
            0 => TaskState::Idle,
            1 => TaskState::Scheduled,
            2 => TaskState::Running,
            _ => TaskState::Done,
        }
    }
}

/// What a task is, for display and for the inspector's grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskKind {
    Supervisor,
    /// A step of the run's own bookkeeping rather than of the model: the
    /// callbacks and loop iterations an asyncio event loop runs between
    /// tasks, emulated where a station blocks the thread (`sim::iteration`).
    Callback,
    /// A station working through one box (1-based station and box numbers).
    Station {
        station: u32,
        box_no: u32,
    },
    /// A box's task in a task group: it waits for a free station, then
    /// gives the box's shots itself.
    BoxTask {
        box_no: u32,
    },
    /// A station's long-lived worker, taking box after box from a queue.
    Worker {
        station: u32,
    },
}

/// Counters of one task, shared with its waker.
///
/// Atomics because `Waker` must be `Send + Sync`; the simulation itself
/// runs on one thread, so they are updated with plain loads and stores.
struct TaskCell {
    kind: TaskKind,
    state: AtomicU8,
    polls: AtomicU64,
    wakes: AtomicU64,
    /// The executor's waker from the latest poll.
    executor_waker: ExecutorWaker,
    /// The monitor-wide count of scheduled tasks.
    scheduled: Arc<AtomicUsize>,
    /// Set when the task's [`JoinHandle`] is dropped: the next poll drops
    /// the future instead of polling it (cancellation).
    abandoned: AtomicBool,
}

/// The executor's waker for one task.
///
/// Executors hand a task the same waker at every poll, so the first one is
/// kept and woken by reference: no waker is cloned or dropped per wake,
/// which on a native build saves several locked instructions per shot. A
/// different waker (an executor that changes it) goes to `replaced`.
#[derive(Default)]
struct ExecutorWaker {
    first: OnceLock<Waker>,
    use_replaced: AtomicBool,
    replaced: Mutex<Option<Waker>>,
}

impl ExecutorWaker {
    fn register(&self, waker: &Waker) {
        if !self.use_replaced.load(Ordering::Relaxed) {
            match self.first.get() {
                Some(first) if first.will_wake(waker) => return,
                Some(_) => {}
                None => {
                    if self.first.set(waker.clone()).is_ok() {
                        return;
                    }
                }
            }
        }
        if let Ok(mut replaced) = self.replaced.lock() {
            match replaced.as_ref() {
                Some(current) if current.will_wake(waker) => {}
                _ => *replaced = Some(waker.clone()),
            }
            self.use_replaced.store(true, Ordering::Relaxed);
        }
    }

    fn wake_by_ref(&self) {
        if self.use_replaced.load(Ordering::Relaxed) {
            if let Ok(replaced) = self.replaced.lock() {
                if let Some(waker) = replaced.as_ref() {
                    waker.wake_by_ref();
                }
            }
        } else if let Some(first) = self.first.get() {
            first.wake_by_ref();
        }
    }
}

/// Adds one to a counter with a plain load and store. The simulation runs
/// on one thread, so no read-modify-write instruction (a locked bus cycle
/// on x86) is needed on the hot path.
fn bump(counter: &AtomicU64) {
    counter.store(counter.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
}

fn add_scheduled(scheduled: &AtomicUsize, delta: isize) {
    let value = scheduled.load(Ordering::Relaxed);
    scheduled.store(value.saturating_add_signed(delta), Ordering::Relaxed);
}

impl ArcWake for TaskCell {
    fn wake_by_ref(cell: &Arc<Self>) {
        bump(&cell.wakes);
        let current = cell.state.load(Ordering::Relaxed);
        if current == TaskState::Scheduled.to_raw() || current == TaskState::Done.to_raw() {
            // Already queued, or finished: nothing more to schedule.
            return;
        }
        cell.state
            .store(TaskState::Scheduled.to_raw(), Ordering::Relaxed);
        add_scheduled(&cell.scheduled, 1);
        cell.executor_waker.wake_by_ref();
    }
}

/// A snapshot of one task's counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaskSnapshot {
    pub kind: TaskKind,
    pub state: TaskState,
    pub polls: u64,
    pub wakes: u64,
}

/// Watches the tasks of one run.
#[derive(Clone, Default)]
pub struct TaskMonitor {
    scheduled: Arc<AtomicUsize>,
    /// Tasks not yet done, plus those that finished since the last
    /// [`TaskMonitor::snapshot_and_prune`], so memory follows the number of
    /// live tasks and not the length of the run.
    tasks: Rc<RefCell<Vec<Arc<TaskCell>>>>,
}

impl TaskMonitor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Tasks woken or spawned but not yet polled.
    pub fn scheduled_tasks(&self) -> usize {
        self.scheduled.load(Ordering::Relaxed)
    }

    /// Counters of every tracked task; finished tasks are reported once
    /// more and then forgotten.
    pub fn snapshot_and_prune(&self) -> Vec<TaskSnapshot> {
        let mut tasks = self.tasks.borrow_mut();
        let snapshot = tasks.iter().map(|cell| snapshot_of(cell)).collect();
        tasks.retain(|cell| {
            TaskState::from_raw(cell.state.load(Ordering::Relaxed)) != TaskState::Done
        });
        snapshot
    }

    /// Wraps `future` so this monitor sees it. The new task counts as
    /// scheduled until its first poll, as the executor will poll it soon.
    fn instrument<F>(&self, kind: TaskKind, future: F) -> Instrumented
    where
        F: Future<Output = ()> + 'static,
    {
        let cell = Arc::new(TaskCell {
            kind,
            state: AtomicU8::new(TaskState::Scheduled.to_raw()),
            polls: AtomicU64::new(0),
            wakes: AtomicU64::new(0),
            executor_waker: ExecutorWaker::default(),
            scheduled: self.scheduled.clone(),
            abandoned: AtomicBool::new(false),
        });
        add_scheduled(&self.scheduled, 1);
        let mut tasks = self.tasks.borrow_mut();
        // Keep the list short on long runs even if nobody asks for snapshots.
        if tasks.len() >= 64 && tasks.len().is_power_of_two() {
            tasks.retain(|cell| {
                TaskState::from_raw(cell.state.load(Ordering::Relaxed)) != TaskState::Done
            });
        }
        tasks.push(cell.clone());
        Instrumented {
            inner: future.boxed_local(),
            cell,
        }
    }
}

fn snapshot_of(cell: &TaskCell) -> TaskSnapshot {
    TaskSnapshot {
        kind: cell.kind,
        state: TaskState::from_raw(cell.state.load(Ordering::Relaxed)),
        polls: cell.polls.load(Ordering::Relaxed),
        wakes: cell.wakes.load(Ordering::Relaxed),
    }
}

/// A spawned future with its instrumentation.
pub struct Instrumented {
    inner: LocalBoxFuture<'static, ()>,
    cell: Arc<TaskCell>,
}

impl Future for Instrumented {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let cell = &this.cell;
        let previous = cell.state.load(Ordering::Relaxed);
        cell.state
            .store(TaskState::Running.to_raw(), Ordering::Relaxed);
        if previous == TaskState::Scheduled.to_raw() {
            add_scheduled(&cell.scheduled, -1);
        }
        if cell.abandoned.load(Ordering::Relaxed) {
            // Cancelled: drop the future now, releasing its timers.
            this.inner = Box::pin(futures::future::ready(()));
            cell.state
                .store(TaskState::Done.to_raw(), Ordering::Relaxed);
            return Poll::Ready(());
        }
        bump(&cell.polls);
        cell.executor_waker.register(cx.waker());
        let waker = waker_ref(cell);
        let mut inner_cx = Context::from_waker(&waker);
        match this.inner.as_mut().poll(&mut inner_cx) {
            Poll::Ready(()) => {
                cell.state
                    .store(TaskState::Done.to_raw(), Ordering::Relaxed);
                Poll::Ready(())
            }
            Poll::Pending => {
                // A task that woke itself while running stays Scheduled.
                if cell.state.load(Ordering::Relaxed) == TaskState::Running.to_raw() {
                    cell.state
                        .store(TaskState::Idle.to_raw(), Ordering::Relaxed);
                }
                Poll::Pending
            }
        }
    }
}

/// Puts tasks on an executor: [`super::fifo::FifoPool`] natively and for
/// replays, `spawn_local` in the
/// browser. The simulation is written against this alone.
pub trait Spawner {
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
    cell: Arc<TaskCell>,
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
    /// The task's output if it has finished, taken now: whether or not
    /// whoever awaits the handle has been told yet.
    pub fn take_if_finished(&mut self) -> Option<T> {
        self.slot.borrow_mut().output.take()
    }
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        if TaskState::from_raw(self.cell.state.load(Ordering::Relaxed)) != TaskState::Done {
            self.cell.abandoned.store(true, Ordering::Relaxed);
            // Let the executor poll it once more, so it drops its future.
            ArcWake::wake_by_ref(&self.cell);
        }
    }
}

/// Spawns `future` as an instrumented task that nobody awaits.
pub fn spawn_detached<F>(spawner: &dyn Spawner, monitor: &TaskMonitor, kind: TaskKind, future: F)
where
    F: Future<Output = ()> + 'static,
{
    spawner.spawn_task(monitor.instrument(kind, future));
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
    spawn_with_handle_then(spawner, monitor, kind, future, |joiner: Waker| {
        joiner.wake()
    })
}

/// [`spawn_with_handle`], handing the waker of whoever awaits the handle to
/// `tell` once the output is in place, instead of waking it at once.
pub fn spawn_with_handle_then<T, F, W>(
    spawner: &dyn Spawner,
    monitor: &TaskMonitor,
    kind: TaskKind,
    future: F,
    tell: W,
) -> JoinHandle<T>
where
    T: 'static,
    F: Future<Output = T> + 'static,
    W: FnOnce(Waker) + 'static,
{
    let slot = Rc::new(RefCell::new(JoinSlot {
        output: None,
        joiner: None,
    }));
    let task_slot = slot.clone();
    let task = async move {
        let output = future.await;
        let joiner = {
            let mut slot = task_slot.borrow_mut();
            slot.output = Some(output);
            slot.joiner.take()
        };
        if let Some(joiner) = joiner {
            tell(joiner);
        }
    };
    let instrumented = monitor.instrument(kind, task);
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
