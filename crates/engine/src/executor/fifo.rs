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
//! Owns the order of the tasks, the loop that polls them and the table
//! that drops them with the pool. The task record itself, its waker and
//! its counters are the `TaskCell` of [`super::task`]: a wake of a task here
//! queues that cell directly (see [`super::task`]). It knows nothing of
//! clocks or stations.

use std::cell::RefCell;
use std::rc::Rc;

use super::monitor::{Instrumented, Spawner};
use super::task::ReadyQueue;

/// Every task spawned and not yet found finished: the owners, so that
/// dropping the pool drops their futures.
struct Table {
    tasks: Vec<Instrumented>,
    /// Length at which finished tasks are next swept out.
    sweep_at: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            tasks: Vec::new(),
            sweep_at: MIN_SWEEP,
        }
    }
}

/// The table's length below which finished tasks are left in it.
const MIN_SWEEP: usize = 64;

impl Table {
    /// Adds a task, first sweeping out the finished ones when the table
    /// has doubled since the last sweep: memory follows the live tasks at
    /// a constant cost per spawn.
    fn add(&mut self, task: Instrumented) {
        if self.tasks.len() >= self.sweep_at {
            self.tasks.retain(|task| !task.is_done());
            self.sweep_at = (2 * self.tasks.len()).max(MIN_SWEEP);
        }
        self.tasks.push(task);
    }
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
    /// An executor with no tasks.
    pub fn new() -> FifoPool {
        FifoPool {
            table: Rc::default(),
            ready: Rc::default(),
        }
    }

    /// A spawner that queues its tasks on this pool.
    pub fn spawner(&self) -> FifoSpawner {
        FifoSpawner {
            table: self.table.clone(),
            ready: self.ready.clone(),
        }
    }

    /// Polls ready tasks, in order, until none is ready. A finished task
    /// stays in the table until the next sweep.
    ///
    /// Natively always inlined, into the native driver's loop: it runs once per
    /// shot, and as a call of its own it would save and restore six
    /// registers each time.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn run_until_stalled(&mut self) {
        loop {
            let next = self.ready.borrow_mut().pop_front();
            let Some(task) = next else { return };
            // Ready or not, the task's cell has kept the count.
            let _ = task.run();
        }
    }
}

impl Drop for FifoPool {
    fn drop(&mut self) {
        self.ready.borrow_mut().clear();
        let tasks = std::mem::take(&mut self.table.borrow_mut().tasks);
        // Dropped one by one outside the table's borrow: dropping a task
        // drops its future, which may wake others or spawn.
        for task in tasks {
            drop(task);
        }
        self.ready.borrow_mut().clear();
    }
}

impl Spawner for FifoSpawner {
    fn spawn_task(&self, task: Instrumented) {
        task.cell().queue_on(&self.ready);
        self.table.borrow_mut().add(task);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::{spawn_detached, TaskKind, TaskMonitor};
    use std::cell::Cell;
    use std::future::Future;

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
        assert!(pool.table.borrow().tasks.iter().all(Instrumented::is_done));
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
