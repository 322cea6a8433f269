//! The same supervisor as people write it today, on the same stations and
//! draws: a task group of box tasks under a semaphore, and long-lived
//! workers on a queue.
//!
//! ```text
//!   task group:  a task per box, all created up front ─► each waits for a
//!                permit (at most `stations` at work) ─► takes the lowest
//!                free station ─► gives the box's shots ─► reports, frees it
//!   workers:     a task per station ─► takes the next box from the queue
//!                ─► gives its shots ─► reports ─► … until the queue is empty
//! ```
//!
//! Each task reports its own box, a failure included: it catches its
//! station's error, so one spoiled dose never ends the others (an uncaught
//! exception in an `asyncio.TaskGroup` cancels the whole group). Boxes are
//! taken in order and a freed station goes to the next box, so without a
//! blocking station both end at the microsecond FIRST_COMPLETED ends.
//!
//! The semaphore is tokio's (its `sync` part alone, which needs no tokio
//! runtime): it hands permits out in the order they were asked for, as
//! asyncio's does, so boxes go to stations in order. The queue is the
//! `futures` channel the completion queue uses; it has one receiver, which
//! the workers share: each takes a box without awaiting, as `get_nowait`
//! does.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::Rc;

use futures::channel::mpsc::{self, UnboundedReceiver};
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::Semaphore;

use super::{Completion, Supervisor};
use crate::context::RunContext;
use crate::executor::{spawn_with_handle, TaskKind};
use crate::station::run_station;

/// The supervisor's tally, shared by the tasks that report to it. No
/// borrow of it is held across an await.
type Shared = Rc<RefCell<Supervisor>>;

/// Stations free to take a box, lowest number first.
struct FreeStations(BinaryHeap<Reverse<u32>>);

impl FreeStations {
    fn all(stations: u32) -> FreeStations {
        FreeStations((1..=stations).map(Reverse).collect())
    }

    fn take(&mut self) -> Option<u32> {
        self.0.pop().map(|Reverse(station)| station)
    }

    fn give_back(&mut self, station: u32) {
        self.0.push(Reverse(station));
    }
}

/// The run, its stations and its boxes, read once.
fn run_and_counts(shared: &Shared) -> (Rc<RunContext>, u32, u32) {
    let supervisor = shared.borrow();
    let config = &supervisor.run.config;
    (supervisor.run.clone(), config.stations, config.boxes)
}

/// `async with asyncio.TaskGroup()`: a task for every box, created up
/// front, and the group awaited until every one has returned.
pub(super) async fn task_group(shared: &Shared) {
    let (run, stations, boxes) = run_and_counts(shared);
    let permits = Rc::new(Semaphore::new(stations as usize));
    let free = Rc::new(RefCell::new(FreeStations::all(stations)));
    let mut group: FuturesUnordered<_> = (1..=boxes)
        .map(|box_no| {
            spawn_with_handle(
                run.spawner.as_ref(),
                &run.monitor,
                TaskKind::BoxTask { box_no },
                box_task(shared.clone(), permits.clone(), free.clone(), box_no),
            )
        })
        .collect();
    while group.next().await.is_some() {}
}

/// One box's task: waits for a permit, takes a free station, gives the
/// box's shots in this same task, reports the box and frees the station.
async fn box_task(
    shared: Shared,
    permits: Rc<Semaphore>,
    free: Rc<RefCell<FreeStations>>,
    box_no: u32,
) {
    // The semaphore is never closed, so the permit always comes.
    let Ok(_permit) = permits.acquire().await else {
        return;
    };
    // A permit means a station is free: there are as many of each.
    let Some(station) = free.borrow_mut().take() else {
        return;
    };
    let run = shared.borrow().run.clone();
    shared.borrow_mut().open_numbered(station, box_no);
    let outcome = run_station(run, station, box_no).await;
    shared.borrow_mut().report_own(Completion {
        station,
        box_no,
        outcome,
    });
    free.borrow_mut().give_back(station);
}

/// `stations` workers on a queue filled with every box up front, awaited
/// until every one has returned (`asyncio.gather`).
pub(super) async fn workers(shared: &Shared) {
    let (run, stations, boxes) = run_and_counts(shared);
    let (queue_in, queue) = mpsc::unbounded();
    for box_no in 1..=boxes {
        // Unbounded, and the receiver is alive: the send cannot fail.
        let _ = queue_in.unbounded_send(box_no);
    }
    // Closed once filled, so an empty queue reads as the end.
    drop(queue_in);
    let queue = Rc::new(RefCell::new(queue));
    let mut workers: FuturesUnordered<_> = (1..=stations)
        .map(|station| {
            spawn_with_handle(
                run.spawner.as_ref(),
                &run.monitor,
                TaskKind::Worker { station },
                worker(shared.clone(), queue.clone(), station),
            )
        })
        .collect();
    while workers.next().await.is_some() {}
}

/// One station's worker: the next box from the queue, its shots, its
/// report, and again, until the queue is empty. A failure is reported
/// and the worker goes on with the next box.
async fn worker(shared: Shared, queue: Rc<RefCell<UnboundedReceiver<u32>>>, station: u32) {
    let run = shared.borrow().run.clone();
    loop {
        let Ok(box_no) = queue.borrow_mut().try_recv() else {
            return;
        };
        shared.borrow_mut().open_numbered(station, box_no);
        let outcome = run_station(run.clone(), station, box_no).await;
        shared.borrow_mut().report_own(Completion {
            station,
            box_no,
            outcome,
        });
    }
}
