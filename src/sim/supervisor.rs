//! The supervisor: FIRST_COMPLETED over a set of tasks that changes as it runs.
//!
//! The running station tasks live in a [`FuturesUnordered`], the Rust twin
//! of a set passed again and again to `asyncio.wait(..., FIRST_COMPLETED)`.
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

use std::rc::Rc;

use futures::stream::{FuturesUnordered, StreamExt};
use futures::FutureExt;

use super::event::{Event, EventKind};
use super::monitor::{spawn_with_handle, TaskKind};
use super::run::RunContext;
use super::station::run_station;

/// Boxes still in the depot, handed out in order `1, 2, 3, ...`.
struct Depot {
    opened: u32,
    total: u32,
}

impl Depot {
    fn open(&mut self) -> Option<u32> {
        (self.opened < self.total).then(|| {
            self.opened += 1;
            self.opened
        })
    }

    fn left(&self) -> u32 {
        self.total - self.opened
    }
}

/// Supervises the whole run and returns when every box is done or failed.
pub(crate) async fn supervise(run: Rc<RunContext>) {
    let mut depot = Depot {
        opened: 0,
        total: run.config.boxes,
    };
    let mut running = FuturesUnordered::new();

    // Spawns the station's task on `box_no` and logs the opening.
    let start = |station: u32, box_no: u32, depot_left: u32| {
        run.events.emit(Event {
            at: run.clock.now(),
            kind: EventKind::BoxOpened {
                station,
                box_no,
                doses: run.config.capacity,
                depot_left,
            },
        });
        let task = run_station(run.clone(), station, box_no);
        let handle = spawn_with_handle(
            run.spawner.as_ref(),
            &run.monitor,
            TaskKind::Station { station, box_no },
            task,
        );
        handle.map(move |outcome| (station, box_no, outcome))
    };

    for station in 1..=run.config.stations {
        let Some(box_no) = depot.open() else { break };
        running.push(start(station, box_no, depot.left()));
    }
    if depot.left() == 0 {
        emit_depot_empty(&run, running.len());
    }

    let mut boxes_done = 0u32;
    let mut boxes_failed = 0u32;
    let mut doses_given = 0u64;
    let mut doses_wasted = 0u64;
    while let Some((station, box_no, outcome)) = running.next().await {
        let restarting = depot.left() > 0;
        let at = run.clock.now();
        let kind = match outcome {
            Ok(report) => {
                boxes_done += 1;
                doses_given += u64::from(report.doses_given);
                EventKind::BoxDone {
                    station,
                    box_no,
                    doses_given: report.doses_given,
                    boxes_done,
                    restarting,
                }
            }
            Err(failure) => {
                boxes_failed += 1;
                // Doses given before the failure were counted shot by shot.
                doses_given += u64::from(run.config.capacity - failure.doses_left);
                doses_wasted += u64::from(failure.doses_left);
                EventKind::StationFailed {
                    station,
                    box_no,
                    error: failure.error,
                    doses_wasted: failure.doses_left,
                    restarting,
                }
            }
        };
        run.events.emit(Event { at, kind });
        if let Some(next_box) = depot.open() {
            running.push(start(station, next_box, depot.left()));
            if depot.left() == 0 {
                emit_depot_empty(&run, running.len());
            }
        }
    }

    run.events.emit(Event {
        at: run.clock.now(),
        kind: EventKind::Finished {
            boxes_done,
            boxes_failed,
            doses_given,
            doses_wasted,
        },
    });
    run.finished.set(true);
}

fn emit_depot_empty(run: &RunContext, still_working: usize) {
    run.events.emit(Event {
        at: run.clock.now(),
        kind: EventKind::DepotEmpty {
            still_working: u32::try_from(still_working).unwrap_or(u32::MAX),
        },
    });
}
