//! The supervisor: FIRST_COMPLETED over a set of tasks that changes as it runs.
//!
//! Under the default policy the running station tasks live in a
//! [`FuturesUnordered`], the Rust twin of a set passed again and again to
//! `asyncio.wait(..., FIRST_COMPLETED)`.
//! Each element resolves to `(station, box, outcome)`, so nothing depends
//! on positions in a list, and waiting costs the same whatever the number
//! of stations: only woken tasks are looked at.
//!
//! ```text
//!   open a box per station ─► spawn station tasks ─► await the first to finish
//!        ▲                                                      │
//!        └──── depot has a box: open it, spawn again ◄── report it (done or failed)
//!   depot empty: keep awaiting until the set is empty (the drain) ─► Finished
//! ```
//!
//! Other policies run on the same stations for comparison:
//! ALL_COMPLETED refills only when the whole batch is done (stations that
//! finish early stand idle), and a completion queue, where each station task
//! sends its result down a channel that the supervisor reads. The classic
//! article's loop, with its counting and its exit, is in [`article`]; the
//! idioms people write today (a task group under a semaphore, workers on a
//! queue) are in [`idioms`].
//!
//! Owns the depot, the run's totals and the choice of which station gets
//! which box. It reads the clock only to stamp its events, never moves it,
//! and knows a station's task only by spawning it, awaiting what it returns
//! and (by dropping its handle) cancelling it.

mod article;
mod idioms;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::channel::mpsc;
use futures::stream::{FuturesUnordered, StreamExt};
use futures::FutureExt;

use super::config::Policy;
use super::context::RunContext;
use super::event::{done_stations, Event, EventKind};
use super::executor::{spawn_with_handle, JoinHandle, TaskKind};
use super::iteration::{callback, one_turn_later, Relay};
use super::station::{run_station, BoxReport, StationFailure};

/// Boxes still in the depot, handed out in order `1, 2, 3, ...`.
struct Depot {
    opened: u32,
    total: u32,
}

impl Depot {
    fn open(&mut self) -> Option<u32> {
        (self.opened < self.total).then(|| self.open_even_if_empty())
    }

    /// The next box, from the depot or, once it is empty, from beyond it:
    /// the article's loop restarts a task whether or not boxes remain.
    fn open_even_if_empty(&mut self) -> u32 {
        self.opened += 1;
        self.opened
    }

    fn left(&self) -> u32 {
        self.total.saturating_sub(self.opened)
    }
}

/// How a station's task ended, with whose it was.
struct Completion {
    /// 1-based station number.
    station: u32,
    /// The box the task worked on.
    box_no: u32,
    /// The task's return value.
    outcome: Result<BoxReport, StationFailure>,
}

/// A station's task in the supervisor's set, tagged with whose it is.
/// Resolves to its completion.
struct Tagged {
    station: u32,
    box_no: u32,
    handle: JoinHandle<Result<BoxReport, StationFailure>>,
}

impl Future for Tagged {
    type Output = Completion;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Completion> {
        let outcome = futures::ready!(self.handle.poll_unpin(cx));
        Poll::Ready(Completion {
            station: self.station,
            box_no: self.box_no,
            outcome,
        })
    }
}

/// The supervisor's own state: the depot and the tally of what returned.
struct Supervisor {
    run: Rc<RunContext>,
    /// Wakes the supervisor a turn after a task it awaits returns, in runs
    /// that follow asyncio's loop turn by turn (`sim::iteration`).
    relay: Option<Relay>,
    depot: Depot,
    boxes_done: u32,
    boxes_failed: u32,
    doses_given: u64,
    doses_wasted: u64,
    depot_empty_reported: bool,
}

impl Supervisor {
    /// Takes a box from the depot for `station`, logs the opening and
    /// returns the box number, or `None` when the depot is empty.
    fn open_box(&mut self, station: u32) -> Option<u32> {
        let box_no = self.depot.open()?;
        self.log_opening(station, box_no);
        Some(box_no)
    }

    /// [`Supervisor::open_box`], taking a box beyond the depot once it is
    /// empty.
    fn open_box_even_if_empty(&mut self, station: u32) -> u32 {
        let box_no = self.depot.open_even_if_empty();
        self.log_opening(station, box_no);
        box_no
    }

    /// Opens box `box_no` for `station`: a task that knows its box (the
    /// idioms take boxes in order, so it is the depot's next). Logs the
    /// depot running out with the stations then at work.
    fn open_numbered(&mut self, station: u32, box_no: u32) {
        self.depot.open_even_if_empty();
        self.log_opening(station, box_no);
        let still_working = self.depot.opened - self.boxes_done - self.boxes_failed;
        self.note_depot_empty(still_working as usize);
    }

    /// Logs a box its own task reports (the idioms): a new box follows
    /// while the depot has one.
    fn report_own(&mut self, completion: Completion) {
        let restarting = self.depot.left() > 0;
        self.report(completion, restarting, None);
    }

    fn log_opening(&self, station: u32, box_no: u32) {
        // Read when the program ends before the task does (the article).
        self.run.doses_left[station as usize - 1].set(self.run.config.capacity);
        self.run.events.emit(Event {
            at: self.run.clock.now(),
            kind: EventKind::BoxOpened {
                station,
                box_no,
                doses: self.run.config.capacity,
                depot_left: self.depot.left(),
            },
        });
    }

    /// Spawns the station's task on `box_no`: the twin of `create_task`.
    fn spawn_station(
        &self,
        station: u32,
        box_no: u32,
    ) -> JoinHandle<Result<BoxReport, StationFailure>> {
        spawn_with_handle(
            self.run.spawner.as_ref(),
            &self.run.monitor,
            TaskKind::Station { station, box_no },
            run_station(self.run.clone(), station, box_no),
        )
    }

    /// Spawns the station's task, its completion tagged with who it was.
    fn spawn_tagged(&self, station: u32, box_no: u32) -> Tagged {
        Tagged {
            station,
            box_no,
            handle: self.spawn_station(station, box_no),
        }
    }

    /// `asyncio.wait(running, return_when=FIRST_COMPLETED)`: waits until a
    /// task of the set returns, then drains the set, polling it until it
    /// is pending, so every task that has returned by the time the
    /// supervisor runs comes back at once: the done set, in station order.
    /// Logs the wake. `None` once the set is empty.
    async fn wait_first(&self, running: &mut FuturesUnordered<Tagged>) -> Option<Vec<Completion>> {
        // Wait until a task of the set has returned (woken a turn later,
        // as asyncio.wait's done callback wakes the waiting supervisor)...
        let first = one_turn_later(self.relay.as_ref(), running.next()).await?;
        // ...then drain the set, polling it until it is pending: every task
        // that has returned by now comes back too. That is the done set.
        let mut done = vec![first];
        while let Some(Some(more)) = running.next().now_or_never() {
            done.push(more);
        }
        // Handled in station order, as the Python sorts its done set.
        crate::order::sort_by_key(&mut done, |completion| u64::from(completion.station));
        self.log_wake(&done);
        Some(done)
    }

    /// Logs a wake of the supervisor with the `done` tasks it will report.
    fn log_wake(&self, done: &[Completion]) {
        self.run.events.emit(Event {
            at: self.run.clock.now(),
            kind: EventKind::SupervisorWoke {
                done: u32::try_from(done.len()).unwrap_or(u32::MAX),
                stations: done_stations(done.iter().map(|completion| completion.station)),
            },
        });
    }

    /// Logs the depot running out, once, with the stations still working.
    fn note_depot_empty(&mut self, still_working: usize) {
        if self.depot.left() == 0 && !self.depot_empty_reported {
            self.depot_empty_reported = true;
            self.run.events.emit(Event {
                at: self.run.clock.now(),
                kind: EventKind::DepotEmpty {
                    still_working: u32::try_from(still_working).unwrap_or(u32::MAX),
                },
            });
        }
    }

    /// Logs a returned task; `restarting` says whether a new box follows,
    /// and `wait` is the article loop's counter, if it counts.
    fn report(&mut self, completion: Completion, restarting: bool, wait: Option<u32>) {
        let Completion {
            station,
            box_no,
            outcome,
        } = completion;
        let kind = match outcome {
            Ok(report) => {
                self.boxes_done += 1;
                self.doses_given += u64::from(report.doses_given);
                EventKind::BoxDone {
                    station,
                    box_no,
                    doses_given: report.doses_given,
                    boxes_done: self.boxes_done,
                    restarting,
                    wait,
                }
            }
            Err(failure) => {
                self.boxes_failed += 1;
                // Doses given before the failure were counted shot by shot.
                self.doses_given += u64::from(self.run.config.capacity - failure.doses_left);
                self.doses_wasted += u64::from(failure.doses_left);
                EventKind::StationFailed {
                    station,
                    box_no,
                    error: failure.error,
                    doses_wasted: failure.doses_left,
                    restarting,
                    wait,
                }
            }
        };
        self.run.events.emit(Event {
            at: self.run.clock.now(),
            kind,
        });
    }

    fn finish(&self) {
        self.run.events.emit(Event {
            at: self.run.clock.now(),
            kind: EventKind::Finished {
                boxes_done: self.boxes_done,
                boxes_failed: self.boxes_failed,
                doses_given: self.doses_given,
                doses_wasted: self.doses_wasted,
            },
        });
        self.run.finished.set(true);
    }
}

/// Supervises the whole run and returns when every box is done or failed.
pub(crate) async fn supervise(run: Rc<RunContext>) {
    let mut supervisor = Supervisor {
        relay: Relay::start(&run),
        depot: Depot {
            opened: 0,
            total: run.config.boxes,
        },
        run: run.clone(),
        boxes_done: 0,
        boxes_failed: 0,
        doses_given: 0,
        doses_wasted: 0,
        depot_empty_reported: false,
    };
    match run.config.policy {
        Policy::FirstCompleted => first_completed(&mut supervisor).await,
        Policy::AllCompleted => all_completed(&mut supervisor).await,
        Policy::CompletionQueue => completion_queue(&mut supervisor).await,
        Policy::Article => article::article_loop(&mut supervisor).await,
        Policy::TaskGroup | Policy::Workers => {
            // Each task reports its own box, so they share the tally.
            let shared = Rc::new(RefCell::new(supervisor));
            if run.config.policy == Policy::TaskGroup {
                idioms::task_group(&shared).await;
            } else {
                idioms::workers(&shared).await;
            }
            shared.borrow().finish();
            return;
        }
    }
    supervisor.finish();
}

/// Await the first task of the set to finish; report every task done and
/// restart its station; await again.
async fn first_completed(supervisor: &mut Supervisor) {
    let mut running = FuturesUnordered::new();
    for station in 1..=supervisor.run.config.stations {
        let Some(box_no) = supervisor.open_box(station) else {
            break;
        };
        running.push(supervisor.spawn_tagged(station, box_no));
    }
    supervisor.note_depot_empty(running.len());
    while let Some(done) = supervisor.wait_first(&mut running).await {
        // Tasks returned but not yet reported still count as working.
        let mut unreported = done.len();
        for completion in done {
            unreported -= 1;
            let station = completion.station;
            supervisor.report(completion, supervisor.depot.left() > 0, None);
            if let Some(box_no) = supervisor.open_box(station) {
                running.push(supervisor.spawn_tagged(station, box_no));
                if supervisor.depot.left() == 0 {
                    supervisor.note_depot_empty(running.len() + unreported);
                }
            }
        }
    }
}

/// Start a box at every station, await them all, then refill them all.
async fn all_completed(supervisor: &mut Supervisor) {
    loop {
        let mut batch = FuturesUnordered::new();
        for station in 1..=supervisor.run.config.stations {
            let Some(box_no) = supervisor.open_box(station) else {
                break;
            };
            batch.push(supervisor.spawn_tagged(station, box_no));
        }
        if batch.is_empty() {
            return;
        }
        supervisor.note_depot_empty(batch.len());
        // Each return is logged as it comes, but no station gets a new box
        // until the last of the batch is back.
        while let Some(done) = supervisor.wait_first(&mut batch).await {
            for completion in done {
                supervisor.report(completion, supervisor.depot.left() > 0, None);
            }
        }
    }
}

/// Each station task sends its result down a channel; the supervisor reads
/// the channel in order and restarts the station that sent it.
async fn completion_queue(supervisor: &mut Supervisor) {
    let (sender, mut queue) = mpsc::unbounded::<Completion>();
    let stations = supervisor.run.config.stations as usize;
    // The tasks' handles, kept so that dropping the supervisor cancels them.
    let mut tasks: Vec<Option<JoinHandle<()>>> = (0..stations).map(|_| None).collect();
    let mut running = 0usize;
    let spawn_reporting = |supervisor: &Supervisor, station: u32, box_no: u32| {
        let sender = sender.clone();
        let task = run_station(supervisor.run.clone(), station, box_no);
        let run = supervisor.run.clone();
        spawn_with_handle(
            supervisor.run.spawner.as_ref(),
            &supervisor.run.monitor,
            TaskKind::Station { station, box_no },
            async move {
                let outcome = task.await;
                let completion = Completion {
                    station,
                    box_no,
                    outcome,
                };
                // The supervisor holds the receiver for as long as any task
                // runs. Turn by turn, the send is the task's done callback.
                if run.loop_turns {
                    let run = run.clone();
                    callback(&run, move || drop(sender.unbounded_send(completion)));
                } else {
                    let _ = sender.unbounded_send(completion);
                }
            },
        )
    };
    for station in 1..=supervisor.run.config.stations {
        let Some(box_no) = supervisor.open_box(station) else {
            break;
        };
        tasks[station as usize - 1] = Some(spawn_reporting(supervisor, station, box_no));
        running += 1;
    }
    supervisor.note_depot_empty(running);
    while running > 0 {
        let Some(completion) = queue.next().await else {
            return;
        };
        // Each get hands the supervisor one task: a done set of one.
        supervisor.log_wake(std::slice::from_ref(&completion));
        running -= 1;
        let station = completion.station;
        supervisor.report(completion, supervisor.depot.left() > 0, None);
        if let Some(box_no) = supervisor.open_box(station) {
            tasks[station as usize - 1] = Some(spawn_reporting(supervisor, station, box_no));
            running += 1;
            supervisor.note_depot_empty(running);
        }
    }
}
