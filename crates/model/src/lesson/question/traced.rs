//! The step's run replayed with its thread recorded: which task held the
//! thread, which waited in the ready queue, and each turn (one poll of
//! one task), as the engine's own monitor kept them ([`ThreadLog`]).
//!
//! The questions about the executor (`sleep-polls`, `next-turn`) count
//! these turns rather than reason about them, so their answers are the
//! engine's. The same record feeds the page's thread view, so what a
//! question quotes is what the learner sees under the lot.

use crate::lesson::text::Text;
use crate::sim::{LocalRun, SimTime, TaskKind, ThreadLog, Turn};
use crate::thread::ThreadShown;

use super::Replay;

/// The step's run, played to its end with its thread recorded, and the
/// timers as they stood at the step's moment.
pub(super) struct Traced {
    run: LocalRun,
    /// The timer queue at the moment, soonest first, as `(deadline,
    /// station)`: what the executor panel lists.
    pub timers: Vec<(SimTime, u32)>,
}

impl Traced {
    /// Replays `replay`'s run on the engine's own executor, recording the
    /// thread, and reads the timer queue on the way past the moment.
    pub fn of(replay: &Replay) -> Traced {
        let run_params = replay.run;
        let mut run = LocalRun::traced(
            run_params.config.clone(),
            run_params.seed.unwrap_or_default(),
            &run_params.breaks,
        );
        for _ in 0..replay.at_event {
            if run.next_event().is_none() {
                break;
            }
        }
        // The run has taken the moment's whole turn: the events it made
        // after the moment are not shown yet, and the timers are read as
        // they stood before them, exactly as the page reads them.
        let produced = usize::try_from(run.produced()).unwrap_or(usize::MAX);
        let ahead = replay
            .events
            .get(replay.at_event..produced.min(replay.events.len()))
            .unwrap_or_default();
        let timers = run.simulation().upcoming_before(ahead, usize::MAX);
        while run.next_event().is_some() {}
        Traced { run, timers }
    }

    /// The record of the thread.
    pub fn log(&self) -> Option<&ThreadLog> {
        self.run.simulation().monitor().thread()
    }

    /// The thread as the page shows it at the moment (`at_event` events
    /// shown).
    pub fn shown(&self, at_event: usize) -> Option<ThreadShown> {
        ThreadShown::of(self.log()?, at_event as u64)
    }

    /// The turns that began after the moment's last event (`at_event`
    /// events shown) and no later than event `until` (0-based), oldest
    /// first.
    pub fn turns_between(&self, at_event: usize, until: usize) -> Vec<Turn> {
        self.log().map_or_else(Vec::new, |log| {
            log.turns_until(until as u64, usize::MAX)
                .into_iter()
                .filter(|turn| turn.first_event >= at_event as u64)
                .collect()
        })
    }

    /// The first turn that began after the moment's last event, in a run
    /// of `events` events.
    pub fn next_turn(&self, at_event: usize, events: usize) -> Option<Turn> {
        // Turns begin in order, and a later turn never has an earlier
        // first event: the first at or past the moment is the next one.
        self.turns_between(at_event, events).into_iter().next()
    }
}

/// Whether `task` is the one giving the shots of `station`'s box `box_no`:
/// the station's task for that box, its worker, or the box's own task in
/// a task group.
pub(super) fn works_at(task: TaskKind, station: u32, box_no: u32) -> bool {
    match task {
        TaskKind::Station {
            station: at,
            box_no: of,
        } => at == station && of == box_no,
        TaskKind::Worker { station: at } => at == station,
        TaskKind::BoxTask { box_no: of } => of == box_no,
        TaskKind::Supervisor | TaskKind::Callback | TaskKind::TurnMarker => false,
    }
}

/// A task as a choice or inside a sentence: "Station 2's task", "The
/// supervisor", …
pub(super) fn task_label(task: TaskKind) -> Text {
    match task {
        TaskKind::Station { station, .. } => {
            Text::new("lesson-task-station").with("station", station)
        }
        TaskKind::Worker { station } => Text::new("lesson-task-worker").with("station", station),
        TaskKind::BoxTask { box_no } => Text::new("lesson-task-box").with("box", box_no),
        TaskKind::Supervisor => Text::new("lesson-task-supervisor"),
        TaskKind::Callback | TaskKind::TurnMarker => Text::new("lesson-task-callback"),
    }
}

/// The order choices list tasks in, which says nothing of the ready
/// queue's: stations' tasks by station, boxes' tasks by box, then the
/// loop's callbacks, the supervisor last.
pub(super) fn listing_order(task: TaskKind) -> (u8, u32) {
    match task {
        TaskKind::Station { station, .. } | TaskKind::Worker { station } => (0, station),
        TaskKind::BoxTask { box_no } => (1, box_no),
        TaskKind::Callback | TaskKind::TurnMarker => (2, 0),
        TaskKind::Supervisor => (3, 0),
    }
}
