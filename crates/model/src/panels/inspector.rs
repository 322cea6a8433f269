//! The task inspector's table: a row per station task, in the manner of
//! tokio-console, sortable by any column.
//!
//! A state keeps its English name (`waiting`, `scheduled`, …) as the
//! row's class and sort key; [`state_label`] gives its words.

use crate::i18n::Messages;
use crate::sim::{order, SimTime, StationState, StationStatus, TaskKind, TaskSnapshot, TaskState};
use crate::tr;
use crate::view::{RunView, TaskHistory};

use crate::figures::whole;

/// Up to this many stations get a row each.
pub const STATIONS_LIMIT: usize = 30;

/// Columns the table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    /// The task's name, in station order.
    Task,
    /// The state's English name.
    State,
    /// Polls of the station's tasks so far.
    Polls,
    /// Wakes of the station's tasks so far.
    Wakes,
    /// Boxes done.
    Boxes,
    /// Boxes failed.
    Failures,
    /// Times the station was started again.
    Restarts,
    /// Simulated time with a box open.
    BoxOpen,
    /// Simulated time without one.
    Waiting,
}

/// The header's columns, in order, with their headings' message ids.
pub const COLUMNS: [(&str, SortBy); 9] = [
    ("inspector-column-task", SortBy::Task),
    ("inspector-column-state", SortBy::State),
    ("inspector-column-polls", SortBy::Polls),
    ("inspector-column-wakes", SortBy::Wakes),
    ("inspector-column-boxes", SortBy::Boxes),
    ("inspector-column-failures", SortBy::Failures),
    ("inspector-column-restarts", SortBy::Restarts),
    ("inspector-column-box-open", SortBy::BoxOpen),
    ("inspector-column-waiting", SortBy::Waiting),
];

/// The table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column sorted by.
    pub by: SortBy,
    /// Largest first.
    pub descending: bool,
}

impl Default for Sort {
    /// Station order, as the table opens.
    fn default() -> Sort {
        Sort {
            by: SortBy::Task,
            descending: false,
        }
    }
}

impl Sort {
    /// A click on `column`: sorts by it, ascending first, then flips.
    pub fn clicked(self, column: SortBy) -> Sort {
        Sort {
            by: column,
            descending: self.by == column && !self.descending,
        }
    }
}

/// One station's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The task's name in the page's language ("station 2, box 7").
    pub task: String,
    /// The station (1-based).
    pub station: u32,
    /// The state's English name, or [`NO_STATE`].
    pub state: &'static str,
    /// Polls of all its tasks so far.
    pub polls: u64,
    /// Wakes of all its tasks so far.
    pub wakes: u64,
    /// Boxes done.
    pub boxes: u32,
    /// Boxes failed.
    pub failures: u32,
    /// Times the supervisor started the station again.
    pub restarts: u32,
    /// Simulated time with a box open \[s\].
    pub busy_s: f64,
    /// Simulated time without one \[s\].
    pub waiting_s: f64,
}

impl Row {
    /// The row of `status`'s station, with its tasks' counters `history`,
    /// at `now`; `finished`: the whole run is.
    pub fn of(
        messages: &Messages,
        history: &TaskHistory,
        status: &StationStatus,
        finished: bool,
        now: SimTime,
    ) -> Row {
        let current = history.current.as_ref();
        let busy_s = status.busy_until(now).as_secs_f64();
        Row {
            task: task_name(messages, current, status.station),
            station: status.station,
            state: if status.state == StationState::Failed {
                "failed"
            } else {
                state_name(current, finished)
            },
            polls: history.past_polls + current.map_or(0, |s| s.polls),
            wakes: history.past_wakes + current.map_or(0, |s| s.wakes),
            boxes: status.boxes_done,
            failures: status.failures,
            restarts: (status.boxes_done
                + status.failures
                + u32::from(status.state == StationState::Working))
            .saturating_sub(1),
            busy_s,
            waiting_s: (now.as_secs_f64() - busy_s).max(0.0),
        }
    }

    /// The row's place when sorting `by` a column, as one number: rows
    /// sort by it as they would by the column's values (the state words
    /// differ within their first eight bytes).
    fn sort_key(&self, by: SortBy) -> u64 {
        match by {
            SortBy::Task => u64::from(self.station),
            SortBy::State => order::text_key(self.state),
            SortBy::Polls => self.polls,
            SortBy::Wakes => self.wakes,
            SortBy::Boxes => u64::from(self.boxes),
            SortBy::Failures => u64::from(self.failures),
            SortBy::Restarts => u64::from(self.restarts),
            SortBy::BoxOpen => order::f64_key(self.busy_s),
            SortBy::Waiting => order::f64_key(self.waiting_s),
        }
    }
}

/// The stations' rows in the given order.
pub fn sorted_rows(messages: &Messages, view: &RunView, sort: Sort) -> Vec<Row> {
    let mut rows: Vec<Row> = view
        .task_history
        .iter()
        .zip(view.lot.stations.iter())
        .map(|(history, status)| {
            Row::of(messages, history, status, view.lot.finished, view.lot.now)
        })
        .collect();
    // Through the engine's one shared (stable) sort: rows with equal
    // values stay in station order, either way round.
    order::sort_by_key(&mut rows, |row| {
        let key = row.sort_key(sort.by);
        if sort.descending {
            !key
        } else {
            key
        }
    });
    rows
}

/// A station's task by name: the box it works on, or the worker it is.
pub fn task_name(messages: &Messages, current: Option<&TaskSnapshot>, station: u32) -> String {
    let station = whole(messages, station);
    match current.map(|s| s.kind) {
        Some(TaskKind::Station { box_no, .. }) => tr!(
            messages,
            "inspector-task-box",
            station = station,
            box_no = whole(messages, box_no)
        ),
        Some(TaskKind::Worker { .. }) => tr!(messages, "inspector-task-worker", station = station),
        Some(TaskKind::BoxTask { box_no }) => tr!(
            messages,
            "inspector-task-box-task",
            station = station,
            box_no = whole(messages, box_no)
        ),
        _ => tr!(messages, "inspector-task-station", station = station),
    }
}

/// A state as the State column shows it; "—" for a station with no task.
pub fn state_label(messages: &Messages, state: &str) -> String {
    if state == NO_STATE {
        return state.to_string();
    }
    messages.text(&format!("inspector-state-{state}"))
}

/// The state of a station that has no task (yet).
pub const NO_STATE: &str = "—";

/// A task's state by its English name: the row's class and sort key.
pub fn state_name(snapshot: Option<&TaskSnapshot>, station_finished: bool) -> &'static str {
    match snapshot.map(|s| s.state) {
        Some(TaskState::Idle) => "waiting",
        Some(TaskState::Scheduled) => "scheduled",
        Some(TaskState::Running) => "running",
        Some(TaskState::Done) => "done",
        None if station_finished => "done",
        None => NO_STATE,
    }
}

/// What a finished task's line says: which task, with its polls and
/// wakes; `None` for the supervisor and callbacks, which are not listed.
pub fn finished_text(messages: &Messages, snapshot: &TaskSnapshot) -> Option<String> {
    use crate::figures::count;
    let (polls, wakes) = (count(snapshot.polls), count(snapshot.wakes));
    let text = match snapshot.kind {
        TaskKind::Station { station, box_no } => tr!(
            messages,
            "inspector-finished-box",
            station = whole(messages, station),
            box_no = whole(messages, box_no),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::Worker { station } => tr!(
            messages,
            "inspector-finished-worker",
            station = whole(messages, station),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::BoxTask { box_no } => tr!(
            messages,
            "inspector-finished-box-task",
            box_no = whole(messages, box_no),
            polls = polls,
            wakes = wakes
        ),
        TaskKind::Supervisor | TaskKind::Callback | TaskKind::TurnMarker => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;
    use crate::view::testing::view_after;
    use crate::view::Mode;

    fn config() -> Config {
        Config {
            stations: 4,
            capacity: 10,
            boxes: 30,
            fail: 0.02,
            ..Config::default()
        }
    }

    #[test]
    fn rows_count_each_stations_boxes_failures_and_restarts() {
        let view = view_after(&config(), 8, None, Mode::Finished);
        let rows = sorted_rows(&Messages::english(), &view, Sort::default());
        assert_eq!(rows.len(), 4);
        let boxes: u32 = rows.iter().map(|row| row.boxes + row.failures).sum();
        assert_eq!(boxes, view.lot.boxes_done + view.lot.boxes_failed);
        for (index, row) in rows.iter().enumerate() {
            assert_eq!(row.station, index as u32 + 1, "station order by default");
            assert_eq!(row.restarts, (row.boxes + row.failures).saturating_sub(1));
            assert!(row.busy_s + row.waiting_s <= view.lot.now.as_secs_f64() + 1e-9);
        }
    }

    #[test]
    fn a_click_sorts_ascending_then_descending_with_ties_in_station_order() {
        let view = view_after(&config(), 8, None, Mode::Finished);
        let english = Messages::english();
        let ascending = Sort::default().clicked(SortBy::Boxes);
        assert_eq!(
            ascending,
            Sort {
                by: SortBy::Boxes,
                descending: false
            }
        );
        let descending = ascending.clicked(SortBy::Boxes);
        assert!(descending.descending);
        let up = sorted_rows(&english, &view, ascending);
        let down = sorted_rows(&english, &view, descending);
        assert!(up.windows(2).all(|pair| pair[0].boxes <= pair[1].boxes));
        assert!(down.windows(2).all(|pair| pair[0].boxes >= pair[1].boxes));
        for rows in [&up, &down] {
            assert!(rows
                .windows(2)
                .all(|pair| pair[0].boxes != pair[1].boxes || pair[0].station < pair[1].station));
        }
    }

    #[test]
    fn a_station_without_a_task_shows_no_state_until_the_run_ends() {
        assert_eq!(state_name(None, false), NO_STATE);
        assert_eq!(state_name(None, true), "done");
        let english = Messages::english();
        assert_eq!(state_label(&english, NO_STATE), NO_STATE);
        assert_eq!(
            state_label(&english, "waiting"),
            english.text("inspector-state-waiting")
        );
        assert_eq!(task_name(&english, None, 3), "station 3");
    }
}
