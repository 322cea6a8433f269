//! The classic article's supervisor, as it was written, beside the exact
//! one: same stations, same draws, same lot.
//!
//! ```text
//!   start a task per station
//!   repeat `boxes` times:            ◄── counts waits, not boxes
//!       await the set (FIRST_COMPLETED); every task found done:
//!           report it with the wait's number, restart it with a new box
//!           (from beyond the depot once it is empty)
//!   end of program: cancel every task still running, mid-box
//! ```
//!
//! A wait returns every task done by the time the supervisor resumes, as
//! `asyncio.wait` does: stations that finish at one instant come back in
//! one wait and print one number. The cancelled tasks' doses vanish
//! from the article's report: those given were never reported, those left
//! in their boxes are thrown away. Here both are counted.

use futures::stream::FuturesUnordered;

use super::{Supervisor, Tagged};
use crate::event::{Event, EventKind};

/// The article's loop: `boxes` waits on the station tasks, each task found
/// done restarted at once, and at the end every task left is cancelled.
pub(super) async fn article_loop(supervisor: &mut Supervisor) {
    let mut running = FuturesUnordered::new();
    for station in 1..=supervisor.run.config.stations {
        let box_no = supervisor.open_box_even_if_empty(station);
        running.push(supervisor.spawn_tagged(station, box_no));
    }
    // The loop's counter counts waits, whatever each wait returns.
    for wait in 0..supervisor.run.config.boxes {
        let Some(done) = supervisor.wait_first(&mut running).await else {
            break;
        };
        for completion in done {
            let station = completion.station;
            // Restarted whether or not the depot has a box left.
            supervisor.report(completion, true, Some(wait));
            let box_no = supervisor.open_box_even_if_empty(station);
            running.push(supervisor.spawn_tagged(station, box_no));
        }
    }
    // The program ends here, and every task still running is cancelled.
    cancel_the_rest(supervisor, running);
}

/// What `asyncio.run` does when the program returns: cancels every task
/// still running, in station order, and counts what each leaves.
fn cancel_the_rest(supervisor: &mut Supervisor, running: FuturesUnordered<Tagged>) {
    let mut left: Vec<Tagged> = running.into_iter().collect();
    crate::order::sort_by_key(&mut left, |task| u64::from(task.station));
    let run = supervisor.run.clone();
    let at = run.clock.now();
    run.events.emit(Event {
        at,
        kind: EventKind::LoopEnded {
            waits: run.config.boxes,
            cancelling: u32::try_from(left.len()).unwrap_or(u32::MAX),
        },
    });
    for task in left {
        let doses_left = run.doses_left[task.station as usize - 1].get();
        let doses_unreported = run.config.capacity - doses_left;
        supervisor.doses_given += u64::from(doses_unreported);
        run.events.emit(Event {
            at,
            kind: EventKind::StationCancelled {
                station: task.station,
                box_no: task.box_no,
                doses_unreported,
                doses_discarded: doses_left,
            },
        });
        // Dropping the handle cancels the task: its future is dropped at
        // its next poll, before time moves, and its timer with it.
        drop(task);
    }
}
