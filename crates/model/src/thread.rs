//! The one thread as the page shows it: the task holding it at the last
//! event shown, the ready queue in the order the tasks will run, and a
//! strip of the recent turns, read from the run's own record of its
//! thread ([`ThreadLog`]).
//!
//! Owns [`ThreadShown`] and the names and groupings the thread view and
//! the lot use; it reads the record and never drives the run.

use crate::sim::interchange::task_name;
use crate::sim::{LotState, TaskKind, ThreadLog, Turn};

/// Turns the strip shows, merged runs of one task counted as one.
pub const TURNS_SHOWN: usize = 8;

/// The thread at the last event shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThreadShown {
    /// The task polled when that event happened; `None` while the loop
    /// itself has the thread.
    pub running: Option<TaskKind>,
    /// Tasks ready to run, front first.
    pub ready: Vec<TaskKind>,
    /// The recent turns, oldest first, the running one last; consecutive
    /// turns of one task are merged ([`TurnRun`]).
    pub turns: Vec<TurnRun>,
}

/// One task's consecutive turns on the thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TurnRun {
    /// The task.
    pub task: TaskKind,
    /// Its polls in a row.
    pub polls: u64,
    /// The events they made.
    pub events: u64,
    /// Simulated time they held the thread \[µs\]: zero but for a task
    /// that blocks it.
    pub held_micros: u64,
}

impl ThreadShown {
    /// The thread as `log` recorded it when event `events_shown − 1` (the
    /// last one shown) happened; before any event, as it stood before the
    /// first. `None` if the record no longer reaches back that far.
    pub fn of(log: &ThreadLog, events_shown: u64) -> Option<ThreadShown> {
        let index = events_shown.saturating_sub(1);
        let moment = log.moment_at(index)?;
        let mut turns: Vec<TurnRun> = Vec::new();
        for turn in log.turns_until(index, crate::sim::TURNS_KEPT) {
            merge(&mut turns, &turn);
        }
        let start = turns.len().saturating_sub(TURNS_SHOWN);
        Some(ThreadShown {
            running: moment.running,
            ready: moment.ready,
            turns: turns.split_off(start),
        })
    }

    /// The station whose task holds the thread, if one does.
    pub fn holding_station(&self, lot: &LotState) -> Option<u32> {
        station_of(self.running?, lot)
    }

    /// The stations whose tasks wait in the ready queue.
    pub fn ready_stations<'a>(&'a self, lot: &'a LotState) -> impl Iterator<Item = u32> + 'a {
        self.ready.iter().filter_map(|task| station_of(*task, lot))
    }
}

/// The station `task` works at: a station's task or worker, or a box's
/// task at the station working on its box.
fn station_of(task: TaskKind, lot: &LotState) -> Option<u32> {
    match task {
        TaskKind::Station { station, .. } | TaskKind::Worker { station } => Some(station),
        TaskKind::BoxTask { box_no } => lot
            .stations
            .iter()
            .find(|status| status.box_no == Some(box_no))
            .map(|status| status.station),
        TaskKind::Supervisor | TaskKind::Callback | TaskKind::TurnMarker => None,
    }
}

/// Adds `turn` to the strip, merged with the last entry if the same task.
fn merge(turns: &mut Vec<TurnRun>, turn: &Turn) {
    let held = turn.ended_micros - turn.began_micros;
    match turns.last_mut() {
        Some(last) if last.task == turn.task => {
            last.polls += 1;
            last.events += turn.events;
            last.held_micros += held;
        }
        _ => turns.push(TurnRun {
            task: turn.task,
            polls: 1,
            events: turn.events,
            held_micros: held,
        }),
    }
}

/// The task's name in the page's test hooks (`data-task`): `supervisor`,
/// `station-N`, `box-N`, `callback`.
pub fn task_hook(task: TaskKind) -> String {
    task_name(task)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::config::parse_run_query;
    use crate::sim::LocalRun;

    fn shown_at(query: &str, events: u64) -> ThreadShown {
        let (params, _) = parse_run_query(query);
        let mut run = LocalRun::traced(params.config, 1, &[]);
        for _ in 0..events {
            run.next_event().expect("event");
        }
        let log = run.simulation().monitor().thread().expect("traced");
        ThreadShown::of(log, events).expect("recorded")
    }

    #[test]
    fn a_tie_shows_the_stations_waiting_their_turn_in_order() {
        // Three boxes opened and the depot emptied (4 events), then the
        // first shot of the tie at 0.1 s.
        let shown = shown_at("stations=3&boxes=3&capacity=3&shot_min=0.1&shot_max=0.1", 5);
        assert_eq!(
            shown.running,
            Some(TaskKind::Station {
                station: 1,
                box_no: 1
            })
        );
        let ready: Vec<String> = shown.ready.iter().map(|task| task_hook(*task)).collect();
        assert_eq!(ready, ["station-2", "station-3"]);
        let strip: Vec<(String, u64)> = shown
            .turns
            .iter()
            .map(|run| (task_hook(run.task), run.events))
            .collect();
        // The supervisor opened the boxes, each station took its first
        // turn to start sleeping (no event), the supervisor's set polled
        // its new tasks' handles (a Rust `FuturesUnordered` wakes itself
        // once to do so), and station 1 runs now.
        assert_eq!(
            strip,
            [
                ("supervisor".to_owned(), 4),
                ("station-1".to_owned(), 0),
                ("station-2".to_owned(), 0),
                ("station-3".to_owned(), 0),
                ("supervisor".to_owned(), 0),
                ("station-1".to_owned(), 1),
            ]
        );
    }

    #[test]
    fn a_blocking_station_is_one_long_turn() {
        let (params, _) =
            parse_run_query("stations=3&boxes=9&capacity=10&shot_min=0.2&shot_max=0.6&blocking=1");
        let mut run = LocalRun::traced(params.config, 3, &[]);
        let mut shown = 0;
        // To station 1's tenth shot, the end of its first box.
        let mut shots = 0;
        while shots < 10 {
            let event = run.next_event().expect("event");
            shown += 1;
            if let crate::sim::EventKind::ShotGiven { station: 1, .. } = event.kind {
                shots += 1;
            }
        }
        let log = run.simulation().monitor().thread().expect("traced");
        let thread = ThreadShown::of(log, shown).expect("recorded");
        let last = thread.turns.last().expect("a turn");
        assert_eq!(task_hook(last.task), "station-1");
        assert_eq!((last.polls, last.events), (1, 10));
        assert!(last.held_micros >= 2_000_000, "ten shots of at least 0.2 s");
    }
}
