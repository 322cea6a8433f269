//! A deliberately different executor: it polls woken tasks newest first.
//!
//! Running the same simulation on it and on `LocalPool` shows that the
//! run does not depend on the order in which an executor polls tasks.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::Context;

use futures::future::LocalBoxFuture;
use futures::task::{waker_ref, ArcWake};
use futures::FutureExt;
use vaccination_lot_engine::{Instrumented, Spawner};

struct TaskWaker {
    id: usize,
    ready: Arc<Mutex<Vec<usize>>>,
}

impl ArcWake for TaskWaker {
    fn wake_by_ref(waker: &Arc<Self>) {
        if let Ok(mut ready) = waker.ready.lock() {
            ready.push(waker.id);
        }
    }
}

#[derive(Clone, Default)]
pub struct ReverseSpawner {
    incoming: Rc<RefCell<Vec<Instrumented>>>,
}

impl Spawner for ReverseSpawner {
    fn spawn_task(&self, task: Instrumented) {
        self.incoming.borrow_mut().push(task);
    }
}

#[derive(Default)]
pub struct ReversePool {
    spawner: ReverseSpawner,
    tasks: Vec<Option<LocalBoxFuture<'static, ()>>>,
    ready: Arc<Mutex<Vec<usize>>>,
}

impl ReversePool {
    pub fn spawner(&self) -> ReverseSpawner {
        self.spawner.clone()
    }

    /// Polls ready tasks, newest wake first, until none is ready.
    pub fn run_until_stalled(&mut self) {
        loop {
            let spawned: Vec<Instrumented> = self.spawner.incoming.borrow_mut().drain(..).collect();
            for task in spawned {
                self.tasks.push(Some(task.boxed_local()));
                self.ready.lock().unwrap().push(self.tasks.len() - 1);
            }
            let mut batch: Vec<usize> = std::mem::take(&mut *self.ready.lock().unwrap());
            if batch.is_empty() {
                return;
            }
            batch.reverse();
            batch.dedup();
            for id in batch {
                let waker = Arc::new(TaskWaker {
                    id,
                    ready: self.ready.clone(),
                });
                let waker = waker_ref(&waker);
                let mut cx = Context::from_waker(&waker);
                if let Some(task) = self.tasks[id].as_mut() {
                    if task.as_mut().poll(&mut cx).is_ready() {
                        self.tasks[id] = None;
                    }
                }
            }
        }
    }
}
