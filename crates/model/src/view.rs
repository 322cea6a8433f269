//! One run's view, folded from the frames its runner hands the page: the
//! reducer behind everything the page draws.
//!
//! ```text
//!   Action::Reset (a new run: its parameters, seed, breaks, speed)
//!   Action::Frame (a frame's events, clock, mode, speed, timers, tasks, breaks, thread)
//!        └──► RunView::apply ──► lot, log, awaited set, wakes, charts' data, tasks
//! ```
//!
//! Owns [`RunView`], its [`Action`]s, and what a frame carries
//! ([`FrameBatch`], [`Mode`]). It only folds: it never drives a run, and
//! everything it holds arrived in an action, by that one path.

use std::cell::OnceCell;
use std::collections::VecDeque;
use std::rc::Rc;

use std::collections::BTreeMap;

use crate::sim::{
    expected_makespan, BreakAt, Config, Event, EventKind, LotState, SimTime, StationError,
    TaskSnapshot,
};

use crate::program::Recorded;
use crate::settings::PlaySpeed;
use crate::source::RunSource;
use crate::thread::ThreadShown;

/// The run's lifecycle as the page shows it (`data-testid="status"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Opened, not started: nothing has happened yet.
    Ready,
    /// Playing: frames bring events.
    Running,
    /// Stopped by the learner, or at a moment a link or lesson opened.
    Paused,
    /// Every box used and the supervisor returned.
    Finished,
}

impl Mode {
    /// The machine word the page's test hook shows.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Ready => "ready",
            Mode::Running => "running",
            Mode::Paused => "paused",
            Mode::Finished => "finished",
        }
    }
}

/// What one frame hands to the page.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameBatch {
    /// Events in order; every event of the run reaches the page once.
    pub events: Vec<Event>,
    /// The simulated time to show.
    pub clock: SimTime,
    /// Whether the run plays on.
    pub mode: Mode,
    /// The play speed.
    pub speed: PlaySpeed,
    /// Upcoming timers (deadline, station), soonest first.
    pub upcoming: Vec<(SimTime, u32)>,
    /// The monitor's view of the live tasks (empty for large runs).
    pub tasks: Vec<TaskSnapshot>,
    /// Stations broken by hand since the last frame, recorded so that
    /// replays and links repeat them.
    pub broken: Vec<BreakAt>,
    /// The thread at the frame's last event, as the run's monitor
    /// recorded it; `None` for runs that keep no record (many stations, or
    /// a recorded program's run).
    pub thread: Option<ThreadShown>,
}

/// Runs up to this many doses get a timeline (replaying them takes a few
/// tens of milliseconds in the page).
pub const TIMELINE_DOSES_LIMIT: u64 = 200_000;

/// Log lines kept on screen; the whole log is rebuilt for download.
pub const LOG_LINES_KEPT: usize = 300;

/// Supervisor wakes remembered for the executor view.
pub const WAKES_KEPT: usize = 5;

/// How a station's task ended.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TaskOutcome {
    /// It gave every dose of its box.
    Done,
    /// It raised this error (a spoiled dose, or a break by hand).
    Failed(StationError),
}

/// A station task that returned to the supervisor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReturnedTask {
    /// The station (1-based).
    pub station: u32,
    /// The box it was working through (1-based, in depot order).
    pub box_no: u32,
    /// How it ended.
    pub outcome: TaskOutcome,
}

/// A station task in the awaited set: a station working through a box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StationTask {
    /// The station (1-based).
    pub station: u32,
    /// The box it is working through.
    pub box_no: u32,
}

/// One wake of the supervisor, with the done set it took: every station
/// task that had returned by the time it ran (`asyncio.wait`'s). Under
/// the idioms, whose tasks report their own boxes, each report is an
/// entry of its own, with no supervisor in it.
#[derive(Clone, Debug, PartialEq)]
pub struct SupervisorWake {
    /// When it woke, in virtual time.
    pub at: SimTime,
    /// Whether a supervisor took the set (every policy but the idioms).
    pub by_supervisor: bool,
    /// How many tasks the set holds, as the wake announced them.
    pub size: u32,
    /// The tasks of the set, in the order handled (station order), known
    /// from the wake when it names their stations (up to station 64), else
    /// from their reports as they come.
    pub members: Vec<StationTask>,
    /// The tasks of the set reported so far, in the order handled; all
    /// `size` of them once the wake is over.
    pub done: Vec<ReturnedTask>,
    /// Stations whose tasks were still pending in the set.
    pub pending: Vec<u32>,
    /// The tasks pushed back into the set: the same stations, new boxes.
    pub pushed: Vec<StationTask>,
    /// The article loop's count of waits when it woke (from 0).
    pub wait: Option<u32>,
    /// Boxes left in the depot after the latest report of the set.
    pub depot_left: u32,
}

impl SupervisorWake {
    /// A wake of `size` tasks at `at`, none reported yet.
    fn new(at: SimTime, size: u32, by_supervisor: bool) -> SupervisorWake {
        SupervisorWake {
            at,
            by_supervisor,
            size,
            members: Vec::new(),
            done: Vec::new(),
            pending: Vec::new(),
            pushed: Vec::new(),
            wait: None,
            depot_left: 0,
        }
    }

    /// Whether the set still waits for reports of its tasks.
    fn is_reporting(&self) -> bool {
        (self.done.len() as u32) < self.size
    }
}

/// Which task the single thread ran for the latest event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastRan {
    /// A station's task (the station, 1-based).
    Station(u32),
    /// The supervisor's task.
    Supervisor,
}

/// Per-station numbers of the task inspector, kept across the station's
/// successive tasks (one per box).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TaskHistory {
    /// Polls of the station's finished tasks…
    pub past_polls: u64,
    /// …and of its finished tasks' wakes.
    pub past_wakes: u64,
    /// Counters of its current task, from the latest snapshot.
    pub current: Option<TaskSnapshot>,
}

/// Points kept on the doses-over-time curve; past this the curve is thinned
/// to every other point, so memory stays bounded on long runs.
pub const CURVE_POINTS_KEPT: usize = 600;
/// Gantt bars are recorded for runs of up to this many stations…
pub const GANTT_STATIONS_LIMIT: usize = 12;
/// …and up to this many boxes.
pub const GANTT_BARS_LIMIT: usize = 2000;

/// One box at one station, for the Gantt chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GanttBar {
    /// The station (1-based).
    pub station: u32,
    /// The box (1-based, in depot order).
    pub box_no: u32,
    /// When the station opened it.
    pub start: SimTime,
    /// When it was done or failed; `None` while open.
    pub end: Option<SimTime>,
    /// Whether it ended in a failure.
    pub failed: bool,
}

/// Finished station tasks the inspector keeps showing after they are gone.
pub const FINISHED_TASKS_KEPT: usize = 4;

/// Everything the page shows about the current run.
#[derive(Clone, Debug, PartialEq)]
pub struct RunView {
    /// Increases with every reset, so components can restart animations.
    pub run_id: u64,
    /// The run's parameters.
    pub config: Rc<Config>,
    /// The seed its draws come from.
    pub seed: u64,
    /// The lot as the latest event left it.
    pub lot: Rc<LotState>,
    /// Where the run stands in its lifecycle.
    pub mode: Mode,
    /// Virtual time now.
    pub clock: SimTime,
    /// The latest events that are not routine (shots and wakes with one
    /// task done are left out), oldest first.
    pub log: VecDeque<Event>,
    /// Such events so far, including those no longer kept.
    pub log_total: u64,
    /// Events shown so far, shots included: where the run stands.
    pub events_shown: u64,
    /// Timers pending now (deadline, station), soonest first.
    pub upcoming: Vec<(SimTime, u32)>,
    /// The awaited set now: station → box of each pending task.
    pub awaited: BTreeMap<u32, u32>,
    /// The latest supervisor wakes, oldest first.
    pub wakes: VecDeque<SupervisorWake>,
    /// The largest done set so far.
    pub largest_done_set: u32,
    /// The task the single thread ran for the latest event.
    pub last_ran: Option<LastRan>,
    /// The thread at the latest event, as the run recorded it (see
    /// [`FrameBatch::thread`]).
    pub thread: Option<Rc<ThreadShown>>,
    /// Per station (index = station − 1), for the task inspector.
    pub task_history: Vec<TaskHistory>,
    /// The supervisor task's latest snapshot.
    pub supervisor_task: Option<TaskSnapshot>,
    /// The last station tasks that finished, oldest first.
    pub finished_tasks: VecDeque<TaskSnapshot>,
    /// The model's expected makespan for `config` \[s\], worked out the
    /// first time a panel asks ([`RunView::expected_makespan_s`]): a few
    /// hundred simulated replications, kept out of the page's first render.
    pub(crate) expected_makespan: Rc<OnceCell<f64>>,
    /// A broken invariant, shown instead of silently going on.
    pub ledger_error: Option<String>,
    /// Doses given over simulated time, sampled at every box-level event:
    /// (seconds, doses given).
    pub doses_curve: Vec<(f64, u64)>,
    /// Every box so far, for runs small enough to chart them.
    pub gantt: Vec<GanttBar>,
    /// Stations broken by hand in this run, repeated by every replay.
    pub breaks: Vec<BreakAt>,
    /// The play speed, as the runner last reported it.
    pub speed: PlaySpeed,
    /// The learner's program whose recorded run this is, if it is one.
    pub program: Option<Rc<Recorded>>,
}

impl RunView {
    /// An empty view of run `run_id` on `config` and `seed`, ready to play.
    pub fn new(run_id: u64, config: Config, seed: u64) -> RunView {
        let task_history = vec![TaskHistory::default(); config.stations as usize];
        RunView {
            run_id,
            lot: Rc::new(LotState::new(&config)),
            expected_makespan: Rc::default(),
            config: Rc::new(config),
            seed,
            mode: Mode::Ready,
            clock: SimTime::START,
            log: VecDeque::new(),
            log_total: 0,
            events_shown: 0,
            upcoming: Vec::new(),
            awaited: BTreeMap::new(),
            wakes: VecDeque::new(),
            largest_done_set: 0,
            last_ran: None,
            thread: None,
            task_history,
            supervisor_task: None,
            finished_tasks: VecDeque::new(),
            ledger_error: None,
            speed: PlaySpeed::default(),
            breaks: Vec::new(),
            doses_curve: vec![(0.0, 0)],
            gantt: Vec::new(),
            program: None,
        }
    }

    /// An empty view of run `run_id`, whose events come from `source`.
    pub fn of(run_id: u64, source: &RunSource) -> RunView {
        let params = source.params();
        let view = RunView::new(run_id, params.config, params.seed.unwrap_or_default());
        match source.recorded() {
            Some(program) => RunView {
                lot: Rc::new(LotState::for_program(&program.config)),
                program: Some(program.clone()),
                ..view
            },
            None => RunView {
                breaks: params.breaks,
                ..view
            },
        }
    }

    /// Where the run on screen comes from: its source, as replays and
    /// exports ask for it.
    pub fn source(&self) -> RunSource {
        match &self.program {
            Some(program) => RunSource::Recorded(program.clone()),
            None => RunSource::engine((*self.config).clone(), self.seed, self.breaks.clone()),
        }
    }

    /// The model's expected makespan for this run's configuration \[s\].
    pub fn expected_makespan_s(&self) -> f64 {
        *self
            .expected_makespan
            .get_or_init(|| expected_makespan(&self.config))
    }

    /// Ends the Gantt bar of `box_no` at `station`, marked if the box was
    /// not finished (a failure, or a task cancelled at the end).
    fn close_gantt_bar(&mut self, station: u32, box_no: u32, at: SimTime, failed: bool) {
        if let Some(bar) = self
            .gantt
            .iter_mut()
            .rev()
            .find(|bar| bar.station == station && bar.box_no == box_no)
        {
            bar.end = Some(at);
            bar.failed = failed;
        }
    }

    /// Records the charts' data for one event.
    fn track_charts(&mut self, event: &Event) {
        let charted = self.task_history.len() <= GANTT_STATIONS_LIMIT;
        match event.kind {
            EventKind::BoxOpened {
                station, box_no, ..
            } => {
                if charted && self.gantt.len() < GANTT_BARS_LIMIT {
                    self.gantt.push(GanttBar {
                        station,
                        box_no,
                        start: event.at,
                        end: None,
                        failed: false,
                    });
                }
            }
            EventKind::BoxDone {
                station, box_no, ..
            }
            | EventKind::StationFailed {
                station, box_no, ..
            } => {
                let failed = matches!(event.kind, EventKind::StationFailed { .. });
                self.close_gantt_bar(station, box_no, event.at, failed);
                self.doses_curve
                    .push((event.at.as_secs_f64(), self.lot.doses_given));
                if self.doses_curve.len() > CURVE_POINTS_KEPT {
                    let mut index = 0;
                    self.doses_curve.retain(|_| {
                        index += 1;
                        index % 2 == 1
                    });
                }
            }
            EventKind::StationCancelled {
                station, box_no, ..
            }
            | EventKind::BoxUnreported {
                station, box_no, ..
            } => self.close_gantt_bar(station, box_no, event.at, true),
            EventKind::Finished { doses_given, .. } => {
                self.doses_curve.push((event.at.as_secs_f64(), doses_given));
            }
            EventKind::ShotGiven { .. }
            | EventKind::SupervisorWoke { .. }
            | EventKind::DepotEmpty { .. }
            | EventKind::LoopEnded { .. } => {}
        }
    }

    /// Follows the awaited set through one event.
    fn track_executor(&mut self, event: &Event) {
        self.last_ran = Some(match event.kind {
            EventKind::ShotGiven { station, .. } => LastRan::Station(station),
            _ => LastRan::Supervisor,
        });
        match event.kind {
            EventKind::SupervisorWoke { done, stations } => {
                self.largest_done_set = self.largest_done_set.max(done);
                let mut wake = SupervisorWake::new(event.at, done, true);
                // The set's tasks have left the awaited set: the
                // supervisor took them all at once.
                for station in (1..=64u32).filter(|s| stations & (1 << (s - 1)) != 0) {
                    if let Some(box_no) = self.awaited.remove(&station) {
                        wake.members.push(StationTask { station, box_no });
                    }
                }
                wake.pending = self.awaited.keys().copied().collect();
                self.keep_wake(wake);
            }
            EventKind::BoxOpened {
                station, box_no, ..
            } => {
                self.awaited.insert(station, box_no);
                if let Some(wake) = self.wakes.back_mut() {
                    let restarts = wake.done.iter().any(|done| done.station == station);
                    if wake.at == event.at && restarts {
                        wake.pushed.push(StationTask { station, box_no });
                    }
                }
            }
            EventKind::BoxDone {
                station, box_no, ..
            }
            | EventKind::StationFailed {
                station, box_no, ..
            } => self.track_return(event, station, box_no),
            EventKind::StationCancelled { station, .. }
            | EventKind::BoxUnreported { station, .. } => {
                self.awaited.remove(&station);
            }
            EventKind::ShotGiven { .. }
            | EventKind::DepotEmpty { .. }
            | EventKind::LoopEnded { .. }
            | EventKind::Finished { .. } => {}
        }
    }

    /// Keeps `wake` as the latest, forgetting the oldest past
    /// [`WAKES_KEPT`].
    fn keep_wake(&mut self, wake: SupervisorWake) {
        if self.wakes.len() == WAKES_KEPT {
            self.wakes.pop_front();
        }
        self.wakes.push_back(wake);
    }

    /// A box reported: one task of the latest wake's done set, or, under
    /// the idioms, a report of its own.
    fn track_return(&mut self, event: &Event, station: u32, box_no: u32) {
        self.awaited.remove(&station);
        let (outcome, wait) = match event.kind {
            EventKind::StationFailed { error, wait, .. } => (TaskOutcome::Failed(error), wait),
            EventKind::BoxDone { wait, .. } => (TaskOutcome::Done, wait),
            _ => (TaskOutcome::Done, None),
        };
        if !self.wakes.back().is_some_and(SupervisorWake::is_reporting) {
            self.keep_wake(SupervisorWake::new(event.at, 1, false));
        }
        let awaited = &self.awaited;
        let depot_left = self.lot.boxes_in_depot;
        let Some(wake) = self.wakes.back_mut() else {
            return;
        };
        wake.wait = wake.wait.or(wait);
        wake.depot_left = depot_left;
        let task = StationTask { station, box_no };
        if !wake.members.contains(&task) {
            wake.members.push(task);
        }
        wake.done.push(ReturnedTask {
            station,
            box_no,
            outcome,
        });
        // Still pending: the set's tasks that had not returned, not those
        // this wake pushed.
        wake.pending = awaited
            .keys()
            .copied()
            .filter(|station| !wake.pushed.iter().any(|task| task.station == *station))
            .collect();
    }

    /// Takes the monitor's snapshots: a station task that is done moves its
    /// counters into the station's history.
    fn track_tasks(&mut self, tasks: &[TaskSnapshot]) {
        use crate::sim::TaskKind;
        for snapshot in tasks {
            let index = match snapshot.kind {
                TaskKind::Supervisor => {
                    self.supervisor_task = Some(*snapshot);
                    continue;
                }
                // The loop's own bookkeeping in blocking runs: not a task
                // of the model.
                TaskKind::Callback | TaskKind::TurnMarker => continue,
                TaskKind::Station { station, .. } | TaskKind::Worker { station } => {
                    station.checked_sub(1).map(|index| index as usize)
                }
                TaskKind::BoxTask { box_no } => self.box_task_station(snapshot, box_no),
            };
            if let Some(index) = index {
                self.record_station_task(index, snapshot);
            }
        }
    }

    /// The index of the station a task group's box task works at. A task
    /// seen at work before belongs to that station, whatever has been
    /// opened since; a new one to the station that took its box; one still
    /// waiting at the semaphore to none.
    fn box_task_station(&self, snapshot: &TaskSnapshot, box_no: u32) -> Option<usize> {
        let seen_at = self.task_history.iter().position(|history| {
            history
                .current
                .is_some_and(|current| current.kind == snapshot.kind)
        });
        seen_at.or_else(|| {
            self.station_of_box(box_no)
                .and_then(|station| station.checked_sub(1))
                .map(|index| index as usize)
        })
    }

    /// A snapshot of a task working at the station of index `index`: a
    /// finished one moves its counters into the station's history.
    fn record_station_task(&mut self, index: usize, snapshot: &TaskSnapshot) {
        let Some(history) = self.task_history.get_mut(index) else {
            return;
        };
        if snapshot.state == crate::sim::TaskState::Done {
            if self.finished_tasks.len() == FINISHED_TASKS_KEPT {
                self.finished_tasks.pop_front();
            }
            self.finished_tasks.push_back(*snapshot);
            history.past_polls += snapshot.polls;
            history.past_wakes += snapshot.wakes;
            if history
                .current
                .is_some_and(|current| current.kind == snapshot.kind)
            {
                history.current = None;
            }
        } else {
            history.current = Some(*snapshot);
        }
    }

    /// The station that has (or last had) box `box_no` open.
    fn station_of_box(&self, box_no: u32) -> Option<u32> {
        self.lot
            .stations
            .iter()
            .find(|status| status.box_no == Some(box_no))
            .map(|status| status.station)
    }

    fn apply_frame(&mut self, batch: FrameBatch) {
        for event in &batch.events {
            if self.ledger_error.is_none() {
                // Clones the state only if a component still holds the old one.
                if let Err(error) = Rc::make_mut(&mut self.lot).apply(event) {
                    self.ledger_error = Some(error.to_string());
                }
            }
            self.events_shown += 1;
            self.track_executor(event);
            self.track_charts(event);
            if !event.is_routine() {
                if self.log.len() == LOG_LINES_KEPT {
                    self.log.pop_front();
                }
                self.log.push_back(*event);
                self.log_total += 1;
            }
        }
        self.clock = batch.clock.max(self.lot.now);
        self.mode = batch.mode;
        self.speed = batch.speed;
        self.upcoming = batch.upcoming;
        self.breaks.extend(batch.broken);
        self.track_tasks(&batch.tasks);
        self.thread = batch.thread.map(Rc::new);
    }
}

/// A shared view compared by identity: a component given one re-renders
/// only when handed a different snapshot, not whenever the run moves.
#[derive(Clone, Debug)]
pub struct ViewRef(pub Rc<RunView>);

impl PartialEq for ViewRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ViewRef {
    type Target = RunView;

    fn deref(&self) -> &RunView {
        &self.0
    }
}

/// What can happen to the view: the two things a runner and its owner
/// report.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new run (a reset, new parameters, a lesson's moment): the view
    /// starts over.
    Reset {
        /// The new run's id, greater than every earlier one.
        run_id: u64,
        /// Where its events come from: the engine's parameters, seed and
        /// breaks by hand, or a recorded program.
        source: RunSource,
        /// The pace it plays at.
        speed: PlaySpeed,
    },
    /// One frame's batch from the run's runner.
    Frame {
        /// The run it belongs to: a frame of an older run is dropped.
        run_id: u64,
        /// What the frame brought.
        batch: FrameBatch,
    },
}

impl RunView {
    /// Whether `action` changes this view: a frame of a run replaced since
    /// (its runner's last frames can still be on their way) does not.
    pub fn takes(&self, action: &Action) -> bool {
        match action {
            Action::Reset { .. } => true,
            Action::Frame { run_id, .. } => *run_id == self.run_id,
        }
    }

    /// Folds `action` in (a frame of another run is ignored).
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Reset {
                run_id,
                source,
                speed,
            } => {
                *self = RunView {
                    speed,
                    ..RunView::of(run_id, &source)
                }
            }
            Action::Frame { run_id, batch } if run_id == self.run_id => self.apply_frame(batch),
            Action::Frame { .. } => {}
        }
    }
}

/// Views of whole runs, for the model's own tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Action, FrameBatch, Mode, RunView};
    use crate::settings::PlaySpeed;
    use crate::sim::{run_checked_with, Config};

    /// The view of `config` with `seed` once its first `shown` events
    /// (all of them if `None`) have been folded in one frame, in `mode`.
    pub(crate) fn view_after(
        config: &Config,
        seed: u64,
        shown: Option<usize>,
        mode: Mode,
    ) -> RunView {
        let mut events = Vec::new();
        run_checked_with(config, seed, &[], |event| events.push(*event)).expect("checked");
        events.truncate(shown.unwrap_or(events.len()));
        let mut view = RunView::new(0, config.clone(), seed);
        view.apply(Action::Frame {
            run_id: 0,
            batch: FrameBatch {
                clock: events.last().expect("events").at,
                events,
                mode,
                speed: PlaySpeed::default(),
                upcoming: Vec::new(),
                tasks: Vec::new(),
                broken: Vec::new(),
                thread: None,
            },
        });
        view
    }
}
