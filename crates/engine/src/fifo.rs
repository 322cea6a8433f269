//! A single-threaded executor for native runs and replays: tasks are polled
//! in the order they became ready (first spawned or first woken, first
//! polled), and waking one costs no atomic operation and no lock.
//!
//! ```text
//!   spawn ──► ready queue (FIFO) ──► poll ──► Pending: parked until woken ──► wake ──► back of the queue
//!                                      └───► Ready: dropped
//! ```
//!
//! The order is the browser executor's (`spawn_local` queues a new task at
//! once, and a woken one behind those already queued). `futures`'
//! `LocalPool`, which the project used before, is thread-safe on its wake
//! path (atomic reference counts, a lock-free queue, thread notification),
//! which the shots of a run pay for millions of times; the tests compare
//! both on the same runs.
//!
//! Owns the tasks and their order only; it knows nothing of clocks or
//! stations.
//!
//! # Wakers and threads
//! A `Waker` may be sent to another thread, so a waker made of `Rc`s must
//! not be used there. Every waker of this executor remembers the thread it
//! was made on, and a clone, wake or drop on any other thread aborts the
//! process instead of touching the reference count: nothing in this crate
//! does that, and if something ever did, it would stop rather than corrupt
//! memory.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::mem::ManuallyDrop;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, RawWaker, RawWakerVTable, Waker};

use super::monitor::{Instrumented, Spawner};

/// Tasks ready to be polled, in the order they became ready.
type ReadyQueue = RefCell<VecDeque<Rc<Task>>>;

struct Task {
    /// The task's future, held inline: the executor runs only the
    /// monitor's tasks, so a poll is a direct call, not a virtual one.
    future: RefCell<Option<Instrumented>>,
    /// In the ready queue now: a second wake before the poll adds nothing.
    queued: Cell<bool>,
    /// Place in the pool's table, for dropping the task with the pool.
    slot: usize,
    ready: Rc<ReadyQueue>,
    /// The thread the task was made on (see the module docs).
    thread: usize,
}

thread_local! {
    static THREAD_MARK: u8 = const { 0 };
}

/// An address unique to the current thread while it runs.
fn this_thread() -> usize {
    THREAD_MARK.with(|mark| mark as *const u8 as usize)
}

impl Task {
    fn schedule(self: &Rc<Self>) {
        if !self.queued.replace(true) {
            self.ready.borrow_mut().push_back(self.clone());
        }
    }
}

/// Checks that a waker is used on its own thread; aborts otherwise.
///
/// # Safety
/// `data` must come from `Rc::into_raw` of a live `Task`.
unsafe fn own_task(data: *const ()) -> ManuallyDrop<Rc<Task>> {
    let task = ManuallyDrop::new(Rc::from_raw(data.cast::<Task>()));
    if task.thread != this_thread() {
        std::process::abort();
    }
    task
}

const VTABLE: RawWakerVTable = RawWakerVTable::new(clone_waker, wake, wake_by_ref, drop_waker);

unsafe fn clone_waker(data: *const ()) -> RawWaker {
    let task = own_task(data);
    let clone: Rc<Task> = Rc::clone(&task);
    RawWaker::new(Rc::into_raw(clone).cast(), &VTABLE)
}

unsafe fn wake(data: *const ()) {
    let task = ManuallyDrop::into_inner(own_task(data));
    task.schedule();
}

unsafe fn wake_by_ref(data: *const ()) {
    own_task(data).schedule();
}

unsafe fn drop_waker(data: *const ()) {
    drop(ManuallyDrop::into_inner(own_task(data)));
}

/// A waker for `task` that borrows the caller's reference instead of
/// taking one of its own: polling costs no reference-count round trip.
/// It must not outlive `task`, so it is never dropped (only its clones
/// are, and they count their own references).
fn borrowed_waker(task: &Rc<Task>) -> ManuallyDrop<Waker> {
    let raw = RawWaker::new(Rc::as_ptr(task).cast(), &VTABLE);
    // SAFETY: the vtable's functions keep the contract of `RawWaker`: the
    // data pointer is an `Rc<Task>` that each clone counts and each drop
    // releases, on the task's own thread (checked). This waker itself
    // holds no count: it lives in a `ManuallyDrop` (so it never releases
    // one) inside a scope where `task` keeps the `Task` alive.
    ManuallyDrop::new(unsafe { Waker::from_raw(raw) })
}

#[derive(Default)]
struct Table {
    tasks: Vec<Option<Rc<Task>>>,
    free: Vec<usize>,
}

/// The executor. Clones of its [`FifoSpawner`] feed it; dropping it drops
/// every task not yet finished (cancelling them).
pub struct FifoPool {
    table: Rc<RefCell<Table>>,
    ready: Rc<ReadyQueue>,
}

/// Spawns onto a [`FifoPool`]: the new task is queued at once.
#[derive(Clone)]
pub struct FifoSpawner {
    table: Rc<RefCell<Table>>,
    ready: Rc<ReadyQueue>,
}

impl Default for FifoPool {
    fn default() -> Self {
        Self::new()
    }
}

impl FifoPool {
    pub fn new() -> FifoPool {
        FifoPool {
            table: Rc::default(),
            ready: Rc::default(),
        }
    }

    pub fn spawner(&self) -> FifoSpawner {
        FifoSpawner {
            table: self.table.clone(),
            ready: self.ready.clone(),
        }
    }

    /// Polls ready tasks, in order, until none is ready.
    pub fn run_until_stalled(&mut self) {
        loop {
            let next = self.ready.borrow_mut().pop_front();
            let Some(task) = next else { return };
            task.queued.set(false);
            if poll_once(&task) {
                self.forget(&task);
            }
        }
    }

    /// Drops a finished task from the table.
    fn forget(&self, task: &Task) {
        let mut table = self.table.borrow_mut();
        if table.tasks[task.slot].take().is_some() {
            table.free.push(task.slot);
        }
    }
}

/// Polls `task` once; returns whether it has finished (now or before).
fn poll_once(task: &Rc<Task>) -> bool {
    let waker = borrowed_waker(task);
    let mut context = Context::from_waker(&waker);
    let finished = {
        let mut future = task.future.borrow_mut();
        let Some(running) = future.as_mut() else {
            return true;
        };
        if Pin::new(running).poll(&mut context).is_pending() {
            return false;
        }
        future.take()
    };
    // Dropped outside the borrow: dropping a future may wake others.
    drop(finished);
    true
}

impl Drop for FifoPool {
    fn drop(&mut self) {
        self.ready.borrow_mut().clear();
        let tasks: Vec<Rc<Task>> = self.table.borrow_mut().tasks.drain(..).flatten().collect();
        for task in tasks {
            // Taken out first, so a future that wakes others as it drops
            // finds every borrow free.
            let future = task.future.borrow_mut().take();
            drop(future);
        }
        self.ready.borrow_mut().clear();
    }
}

impl FifoSpawner {
    fn spawn(&self, future: Instrumented) {
        let mut table = self.table.borrow_mut();
        let slot = match table.free.pop() {
            Some(slot) => slot,
            None => {
                table.tasks.push(None);
                table.tasks.len() - 1
            }
        };
        let task = Rc::new(Task {
            future: RefCell::new(Some(future)),
            queued: Cell::new(false),
            slot,
            ready: self.ready.clone(),
            thread: this_thread(),
        });
        table.tasks[slot] = Some(task.clone());
        drop(table);
        task.schedule();
    }
}

impl Spawner for FifoSpawner {
    fn spawn_task(&self, task: Instrumented) {
        self.spawn(task);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitor::{spawn_detached, TaskKind, TaskMonitor};

    /// Spawns `future` on `spawner` as the simulation does: instrumented.
    fn spawn(spawner: &FifoSpawner, future: impl Future<Output = ()> + 'static) {
        spawn_detached(spawner, &TaskMonitor::new(), TaskKind::Callback, future);
    }

    #[test]
    fn a_task_spawned_is_polled_before_one_woken_after_it() {
        let mut pool = FifoPool::new();
        let spawner = pool.spawner();
        let log = Rc::new(RefCell::new(Vec::new()));
        let (wake_b, b_waits) = futures::channel::oneshot::channel::<()>();
        let note = |text: &'static str| {
            let log = log.clone();
            move || log.borrow_mut().push(text)
        };
        let (b_waiting, b_woken) = (note("b waits"), note("b woken"));
        spawn(&spawner, async move {
            b_waiting();
            let _ = b_waits.await;
            b_woken();
        });
        let (a_runs, c_runs) = (note("a runs"), note("c runs"));
        let inner = spawner.clone();
        spawn(&spawner, async move {
            a_runs();
            // c is queued when spawned, b only when woken after it.
            spawn(&inner, async move { c_runs() });
            let _ = wake_b.send(());
        });
        pool.run_until_stalled();
        assert_eq!(
            *log.borrow(),
            vec!["b waits", "a runs", "c runs", "b woken"]
        );
        assert!(pool.table.borrow().tasks.iter().all(Option::is_none));
    }

    #[test]
    fn dropping_the_pool_drops_unfinished_tasks() {
        struct Flag(Rc<Cell<bool>>);
        impl Drop for Flag {
            fn drop(&mut self) {
                self.0.set(true);
            }
        }
        let dropped = Rc::new(Cell::new(false));
        let mut pool = FifoPool::new();
        let flag = Flag(dropped.clone());
        let (_never, waits) = futures::channel::oneshot::channel::<()>();
        spawn(&pool.spawner(), async move {
            let _flag = flag;
            let _ = waits.await;
        });
        pool.run_until_stalled();
        assert!(!dropped.get(), "parked, not finished");
        drop(pool);
        assert!(dropped.get());
    }
}
