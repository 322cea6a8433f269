//! The state of the parking lot, folded from events, with every dose
//! accounted for.
//!
//! Owns [`LotState`] and its checks. It learns of the run only through
//! [`Event`]s and the [`Config`]'s counts: it never sees the clock, the
//! tasks or the executor, so the page, the tests and a replay fold alike.
//!
//! [`LotState::apply`] checks each event against the state it finds
//! (a shot only from an open box, a box only from a non-empty depot, ...)
//! and then the conservation invariant: every dose of every box opened
//! was given, wasted by a failure, thrown away with a cancelled task, or is
//! still in an open box, and the depot holds what was not opened.
//!
//! ```text
//!   given + wasted + discarded + left_in_open_boxes == capacity × boxes_opened
//!   boxes_in_depot + min(boxes_opened, boxes)       == boxes
//! ```
//!
//! Only the article's loop opens boxes beyond the depot (it restarts a
//! task whether or not boxes remain) and cancels tasks (at its exit); of
//! the doses given, those of a cancelled task were never reported.
//!
//! A violation is returned as a [`LedgerError`], never a panic, so the
//! page can show it.

use std::fmt;

use super::config::{Config, Policy};
use super::event::{done_stations, Event, EventKind, StationError};
use super::time::{SimDuration, SimTime};

/// What a station is doing, as the page's `data-state` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StationState {
    /// No box open (not started yet, or between a box and the next).
    Idle,
    /// Giving shots from an open box.
    Working,
    /// Its task returned an error and it has not been restarted.
    Failed,
    /// The depot had no box left for it: finished for good.
    Done,
    /// Its task was cancelled mid-box when the program ended.
    Cancelled,
}

impl StationState {
    /// The state as `data-state` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            StationState::Idle => "idle",
            StationState::Working => "working",
            StationState::Failed => "failed",
            StationState::Done => "done",
            StationState::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for StationState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One station as the events describe it.
///
/// Laid out in declaration order, what a shot reads and writes first (its
/// state, box, doses left and given, 28 bytes): with a thousand stations,
/// a shot's check then touches one cache line of the station, seldom two.
#[derive(Clone, Debug, PartialEq)]
#[repr(C)]
pub struct StationStatus {
    /// 1-based station number.
    pub station: u32,
    /// What it is doing now.
    pub state: StationState,
    /// The box it is working on, or last worked on.
    pub box_no: Option<u32>,
    /// Doses left in its open box (0 when none is open).
    pub remaining: u32,
    /// Doses it has given, from every box it opened.
    pub doses_given: u64,
    /// Boxes it emptied.
    pub boxes_done: u32,
    /// Boxes it gave up because its task returned an error.
    pub failures: u32,
    /// The most recent failure.
    pub last_failure: Option<Failure>,
    /// Simulated time spent with a box open, up to the last closed box.
    busy: SimDuration,
    busy_since: Option<SimTime>,
}

impl StationStatus {
    /// When the station opened the box it has open (`None` between boxes).
    pub fn box_opened_at(&self) -> Option<SimTime> {
        self.busy_since
    }

    /// Whether the station's most recent failure is still the last thing
    /// it did: it has not been restarted, or its new box, opened at that
    /// instant, has not given a shot yet.
    pub fn failure_is_latest(&self, capacity: u32) -> bool {
        let Some(failure) = self.last_failure else {
            return false;
        };
        self.state == StationState::Failed
            || (self.remaining == capacity && self.box_opened_at() == Some(failure.at))
    }

    /// Time with a box open up to `now`.
    pub fn busy_until(&self, now: SimTime) -> SimDuration {
        self.busy
            + self
                .busy_since
                .map_or(SimDuration::ZERO, |since| now - since)
    }
}

/// A station's failure as the ledger keeps it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Failure {
    /// When the supervisor reported it.
    pub at: SimTime,
    /// Why the task returned an error.
    pub error: StationError,
    /// Whether the supervisor restarts the station with a new box (it
    /// opens one at the same instant); `false` once the depot is empty.
    pub restarting: bool,
}

/// An event that does not fit the state it was applied to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerError {
    /// 0-based index of the offending event in the run.
    pub event_index: u64,
    /// What does not fit, in English.
    pub message: String,
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event {}: {}", self.event_index, self.message)
    }
}

impl std::error::Error for LedgerError {}

/// The whole lot: counters and stations.
#[derive(Clone, Debug, PartialEq)]
pub struct LotState {
    /// Doses per box.
    pub capacity: u32,
    /// Boxes in the depot at the start.
    pub boxes: u32,
    /// Time of the latest event.
    pub now: SimTime,
    /// Doses given so far, shot by shot: those of failed boxes and of
    /// cancelled tasks included.
    pub doses_given: u64,
    /// Doses lost with failed boxes.
    pub doses_wasted: u64,
    /// Boxes emptied.
    pub boxes_done: u32,
    /// Boxes given up because their task returned an error.
    pub boxes_failed: u32,
    /// Boxes still in the depot.
    pub boxes_in_depot: u32,
    /// Boxes taken so far; beyond `boxes` under the article's loop only.
    pub boxes_opened: u32,
    /// Boxes whose task was cancelled at the program's exit.
    pub boxes_cancelled: u32,
    /// Boxes whose task returned and was never reported (a learner's
    /// program only: [`EventKind::BoxUnreported`]).
    pub boxes_unreported: u32,
    /// Doses given by tasks that were cancelled, so never reported.
    pub doses_unreported: u64,
    /// Doses thrown away in the boxes of cancelled tasks.
    pub doses_discarded: u64,
    /// Whether boxes may be opened from an empty depot (the article's
    /// loop restarts every task it finds done).
    opens_beyond_depot: bool,
    /// When the article's loop made its last wait.
    pub loop_ended_at: Option<SimTime>,
    /// Whether a supervisor takes the returned tasks, waking for each done
    /// set ([`Policy::takes_done_sets`]): then every box's report belongs
    /// to a wake.
    takes_done_sets: bool,
    /// Reports still owed for the latest wake's done set.
    unreported_of_wake: u32,
    /// The stations of those reports, when the wake named them (see
    /// [`EventKind::SupervisorWoke`]); 0 when it did not.
    unreported_stations: u64,
    /// Doses still in the stations' open boxes.
    pub left_in_open_boxes: u64,
    /// Every station, station `s` at index `s − 1`.
    pub stations: Vec<StationStatus>,
    /// Events folded in so far.
    pub events_folded: u64,
    /// When the depot gave out its last box.
    pub depot_empty_at: Option<SimTime>,
    /// Whether the events are a learner's program's, recorded on CPython
    /// ([`LotState::for_program`]), not one of the engine's supervisors.
    program: bool,
    /// Whether [`EventKind::Finished`] has been applied: no event may
    /// follow it.
    pub finished: bool,
}

impl LotState {
    /// The lot before the first event of a run of `config`: every box in
    /// the depot, every station idle.
    pub fn new(config: &Config) -> LotState {
        LotState {
            capacity: config.capacity,
            boxes: config.boxes,
            now: SimTime::START,
            doses_given: 0,
            doses_wasted: 0,
            boxes_done: 0,
            boxes_failed: 0,
            boxes_in_depot: config.boxes,
            boxes_opened: 0,
            boxes_cancelled: 0,
            boxes_unreported: 0,
            doses_unreported: 0,
            doses_discarded: 0,
            opens_beyond_depot: config.policy == Policy::Article,
            loop_ended_at: None,
            takes_done_sets: config.policy.takes_done_sets(),
            unreported_of_wake: 0,
            unreported_stations: 0,
            left_in_open_boxes: 0,
            stations: (1..=config.stations)
                .map(|station| StationStatus {
                    station,
                    state: StationState::Idle,
                    box_no: None,
                    remaining: 0,
                    boxes_done: 0,
                    failures: 0,
                    doses_given: 0,
                    last_failure: None,
                    busy: SimDuration::ZERO,
                    busy_since: None,
                })
                .collect(),
            events_folded: 0,
            depot_empty_at: None,
            program: false,
            finished: false,
        }
    }

    /// The lot before the first event of a learner's program on the shape
    /// of `config`, recorded on CPython. Its supervisor may do what the
    /// engine's never do, and the ledger still accounts for every dose:
    /// open boxes beyond the depot, leave boxes in it, report a box
    /// outside any done set (an `await` on the task), end with tasks
    /// still running (cancelled at the exit), and lose a box's report
    /// altogether ([`EventKind::BoxUnreported`]). Two boxes open at one
    /// station, a box reported twice or a dose counted wrong are still
    /// errors.
    pub fn for_program(config: &Config) -> LotState {
        LotState {
            opens_beyond_depot: true,
            takes_done_sets: false,
            program: true,
            ..LotState::new(config)
        }
    }

    /// Whether the events are a learner's program's ([`LotState::for_program`]).
    pub fn is_program(&self) -> bool {
        self.program
    }

    /// Doses in the depot at the start.
    pub fn total_doses(&self) -> u64 {
        u64::from(self.capacity) * u64::from(self.boxes)
    }

    /// Doses in every box opened so far.
    pub fn doses_opened(&self) -> u64 {
        u64::from(self.capacity) * u64::from(self.boxes_opened)
    }

    /// Boxes taken beyond the depot's (the article's loop only).
    pub fn boxes_beyond_depot(&self) -> u32 {
        self.boxes_opened.saturating_sub(self.boxes)
    }

    /// Doses that vanished: given and never reported, or thrown away.
    pub fn doses_vanished(&self) -> u64 {
        self.doses_unreported + self.doses_discarded
    }

    /// Stations with a box open.
    pub fn working_stations(&self) -> usize {
        self.stations
            .iter()
            .filter(|status| status.state == StationState::Working)
            .count()
    }

    /// The one place a [`LedgerError`] is built: it blames the event being
    /// applied, whose index is `events_folded`.
    fn fail(&self, message: String) -> LedgerError {
        LedgerError {
            event_index: self.events_folded,
            message,
        }
    }

    /// Index into `stations` of the 1-based `station`.
    #[inline]
    fn station_index(&self, station: u32) -> Result<usize, LedgerError> {
        match (station as usize).checked_sub(1) {
            Some(index) if index < self.stations.len() => Ok(index),
            _ => Err(self.no_such_station(station)),
        }
    }

    /// The error of [`LotState::station_index`]; out of line, as checks
    /// that pass are the hot path of every event.
    #[cold]
    #[inline(never)]
    fn no_such_station(&self, station: u32) -> LedgerError {
        let count = self.stations.len();
        self.fail(format!(
            "station {station} does not exist (there are {count})"
        ))
    }

    /// Index into `stations` of `station`, checked to be working on `box_no`.
    #[inline]
    fn working_index(&self, station: u32, box_no: u32) -> Result<usize, LedgerError> {
        let index = self.station_index(station)?;
        let status = &self.stations[index];
        if status.state != StationState::Working || status.box_no != Some(box_no) {
            return Err(self.not_working_on(index, box_no));
        }
        Ok(index)
    }

    /// The error of [`LotState::working_index`] (out of line, as above).
    #[cold]
    #[inline(never)]
    fn not_working_on(&self, index: usize, box_no: u32) -> LedgerError {
        let status = &self.stations[index];
        self.fail(format!(
            "station {} is {} with box {:?}, not working on box {box_no}",
            status.station, status.state, status.box_no
        ))
    }

    /// Applies one event, then checks the conservation invariant.
    ///
    /// On an error the state keeps whatever the event had changed before
    /// the failed check, and `events_folded` stays the offending index.
    pub fn apply(&mut self, event: &Event) -> Result<(), LedgerError> {
        if let EventKind::ShotGiven {
            station,
            box_no,
            doses_left,
        } = event.kind
        {
            return self.apply_shot(event.at, station, box_no, doses_left);
        }
        self.apply_any(event)
    }

    /// [`LotState::apply`] for any kind of event.
    fn apply_any(&mut self, event: &Event) -> Result<(), LedgerError> {
        if event.at < self.now {
            return Err(self.fail(format!(
                "time went back from {} to {} seconds",
                self.now, event.at
            )));
        }
        if self.finished {
            return Err(self.fail("an event after the run finished".into()));
        }
        self.now = event.at;
        self.apply_kind(event.kind)?;
        self.check_conservation()?;
        self.events_folded += 1;
        Ok(())
    }

    /// [`LotState::apply`] for a [`EventKind::ShotGiven`], nearly every
    /// event of a run: the same checks in the same order, with the
    /// station looked up once and every error built out of line.
    #[inline]
    fn apply_shot(
        &mut self,
        at: SimTime,
        station: u32,
        box_no: u32,
        doses_left: u32,
    ) -> Result<(), LedgerError> {
        if at < self.now || self.finished {
            return Err(self.out_of_order(at));
        }
        self.now = at;
        let index = (station as usize).wrapping_sub(1);
        let Some(status) = self.stations.get_mut(index) else {
            return Err(self.no_such_station(station));
        };
        let remaining = status.remaining;
        if status.state != StationState::Working
            || status.box_no != Some(box_no)
            || remaining == 0
            || remaining - 1 != doses_left
        {
            return Err(self.shot_rejected(station, box_no, doses_left));
        }
        status.remaining = doses_left;
        status.doses_given += 1;
        self.doses_given += 1;
        self.left_in_open_boxes -= 1;
        self.check_conservation()?;
        self.events_folded += 1;
        Ok(())
    }

    /// The error of an event out of time or after the end, as
    /// [`LotState::apply`] words it (out of line, as above).
    #[cold]
    #[inline(never)]
    fn out_of_order(&self, at: SimTime) -> LedgerError {
        if at < self.now {
            self.fail(format!(
                "time went back from {} to {} seconds",
                self.now, at
            ))
        } else {
            self.fail("an event after the run finished".into())
        }
    }

    /// The error of a shot the station cannot have given, as
    /// [`LotState::give_shot`] words it (out of line, as above).
    #[cold]
    #[inline(never)]
    fn shot_rejected(&self, station: u32, box_no: u32, doses_left: u32) -> LedgerError {
        match self.working_index(station, box_no) {
            Err(error) => error,
            Ok(index) => self.shot_miscounted(station, self.stations[index].remaining, doses_left),
        }
    }

    /// Checks and folds one event's kind; `now` is already its time.
    fn apply_kind(&mut self, kind: EventKind) -> Result<(), LedgerError> {
        match kind {
            EventKind::BoxOpened {
                station,
                box_no,
                doses,
                depot_left,
            } => self.open_box(station, box_no, doses, depot_left),
            EventKind::ShotGiven {
                station,
                box_no,
                doses_left,
            } => self.give_shot(station, box_no, doses_left),
            EventKind::SupervisorWoke { done, stations } => self.wake(done, stations),
            EventKind::BoxDone {
                station,
                box_no,
                doses_given,
                boxes_done,
                restarting,
                ..
            } => {
                self.report_of_wake(station)?;
                self.close_done_box(station, box_no, doses_given, boxes_done, restarting)
            }
            EventKind::StationFailed {
                station,
                box_no,
                error,
                doses_wasted,
                restarting,
                ..
            } => {
                self.report_of_wake(station)?;
                self.fail_station(station, box_no, error, doses_wasted, restarting)
            }
            EventKind::DepotEmpty { still_working } => self.note_depot_empty(still_working),
            EventKind::LoopEnded { cancelling, .. } => self.end_loop(cancelling),
            EventKind::StationCancelled {
                station,
                box_no,
                doses_unreported,
                doses_discarded,
            } => self.cancel_station(station, box_no, doses_unreported, doses_discarded),
            EventKind::BoxUnreported {
                station,
                box_no,
                doses_given,
                doses_wasted,
            } => self.lose_report(station, box_no, doses_given, doses_wasted),
            EventKind::Finished {
                boxes_done,
                boxes_failed,
                doses_given,
                doses_wasted,
            } => self.finish(boxes_done, boxes_failed, doses_given, doses_wasted),
        }
    }

    /// [`EventKind::SupervisorWoke`]: the supervisor takes a done set, once
    /// it has reported the last one's.
    fn wake(&mut self, done: u32, stations: u64) -> Result<(), LedgerError> {
        if self.program {
            // A program's reports need not follow its waits: it may await
            // a task, or not report it at all.
            return Ok(());
        }
        if !self.takes_done_sets {
            return Err(self.fail("a supervisor woke under a policy without one".into()));
        }
        if self.unreported_of_wake != 0 {
            return Err(self.fail(format!(
                "the supervisor woke with {} tasks of its last done set unreported",
                self.unreported_of_wake
            )));
        }
        // Each report that follows is checked against a working station.
        if done == 0 {
            return Err(self.fail("the supervisor woke with no task done".into()));
        }
        if stations != 0 && stations.count_ones() != done {
            return Err(self.fail(format!(
                "a done set of {done} tasks names {} stations",
                stations.count_ones()
            )));
        }
        self.unreported_of_wake = done;
        self.unreported_stations = stations;
        Ok(())
    }

    /// A box's report: under a supervisor that takes done sets, one of the
    /// latest wake's.
    fn report_of_wake(&mut self, station: u32) -> Result<(), LedgerError> {
        if !self.takes_done_sets {
            return Ok(());
        }
        let bit = done_stations([station]);
        if self.unreported_stations != 0 && self.unreported_stations & bit == 0 {
            return Err(self.fail(format!(
                "station {station}'s box was reported, but is not in the done set"
            )));
        }
        self.unreported_stations &= !bit;
        match self.unreported_of_wake.checked_sub(1) {
            Some(left) => {
                self.unreported_of_wake = left;
                Ok(())
            }
            None => Err(self.fail(format!(
                "station {station}'s box was reported outside any done set"
            ))),
        }
    }

    /// [`EventKind::BoxOpened`]: a full box leaves the depot for a station
    /// with none open.
    fn open_box(
        &mut self,
        station: u32,
        box_no: u32,
        doses: u32,
        depot_left: u32,
    ) -> Result<(), LedgerError> {
        let capacity = self.capacity;
        if self.boxes_in_depot == 0 && !self.opens_beyond_depot {
            return Err(self.fail(format!("box {box_no} opened from an empty depot")));
        }
        if doses != capacity {
            return Err(self.fail(format!("box {box_no} holds {doses} doses, not {capacity}")));
        }
        if box_no != self.boxes_opened + 1 {
            return Err(self.fail(format!(
                "box {box_no} opened after {} boxes",
                self.boxes_opened
            )));
        }
        self.boxes_opened += 1;
        self.boxes_in_depot = self.boxes_in_depot.saturating_sub(1);
        if depot_left != self.boxes_in_depot {
            return Err(self.fail(format!(
                "the depot reports {depot_left} boxes left, the ledger {}",
                self.boxes_in_depot
            )));
        }
        let index = self.station_index(station)?;
        if self.stations[index].state == StationState::Working {
            return Err(self.fail(format!(
                "station {station} opened box {box_no} with a box still open"
            )));
        }
        let now = self.now;
        let status = &mut self.stations[index];
        status.state = StationState::Working;
        status.box_no = Some(box_no);
        status.remaining = doses;
        status.busy_since = Some(now);
        self.left_in_open_boxes += u64::from(doses);
        Ok(())
    }

    /// [`EventKind::ShotGiven`]: one dose out of the station's open box.
    fn give_shot(&mut self, station: u32, box_no: u32, doses_left: u32) -> Result<(), LedgerError> {
        let index = self.working_index(station, box_no)?;
        let remaining = self.stations[index].remaining;
        if remaining == 0 || remaining - 1 != doses_left {
            return Err(self.shot_miscounted(station, remaining, doses_left));
        }
        let status = &mut self.stations[index];
        status.remaining = doses_left;
        status.doses_given += 1;
        self.doses_given += 1;
        self.left_in_open_boxes -= 1;
        Ok(())
    }

    /// The error of [`LotState::give_shot`] (out of line, as above).
    #[cold]
    #[inline(never)]
    fn shot_miscounted(&self, station: u32, remaining: u32, doses_left: u32) -> LedgerError {
        self.fail(format!(
            "station {station} had {remaining} doses and reports {doses_left} left after a shot"
        ))
    }

    /// [`EventKind::BoxDone`]: the station emptied its box; it goes idle
    /// if a new box follows, else it is done.
    fn close_done_box(
        &mut self,
        station: u32,
        box_no: u32,
        doses_given: u32,
        boxes_done: u32,
        restarting: bool,
    ) -> Result<(), LedgerError> {
        let index = self.working_index(station, box_no)?;
        let remaining = self.stations[index].remaining;
        if remaining != 0 || doses_given != self.capacity {
            return Err(self.fail(format!(
                "box {box_no} reported done with {doses_given} given and {remaining} left"
            )));
        }
        let now = self.now;
        let status = &mut self.stations[index];
        status.boxes_done += 1;
        status.state = if restarting {
            StationState::Idle
        } else {
            StationState::Done
        };
        close_box(status, now);
        self.boxes_done += 1;
        if boxes_done != self.boxes_done {
            return Err(self.fail(format!(
                "the supervisor counts {boxes_done} boxes done, the ledger {}",
                self.boxes_done
            )));
        }
        Ok(())
    }

    /// [`EventKind::StationFailed`]: the doses left in the station's box
    /// are wasted and the station is marked failed.
    fn fail_station(
        &mut self,
        station: u32,
        box_no: u32,
        error: StationError,
        doses_wasted: u32,
        restarting: bool,
    ) -> Result<(), LedgerError> {
        let index = self.working_index(station, box_no)?;
        let remaining = self.stations[index].remaining;
        if doses_wasted != remaining || doses_wasted == 0 {
            return Err(self.fail(format!(
                "station {station} wasted {doses_wasted} doses with {remaining} left in its box"
            )));
        }
        let now = self.now;
        let status = &mut self.stations[index];
        status.remaining = 0;
        status.failures += 1;
        status.state = StationState::Failed;
        status.last_failure = Some(Failure {
            at: now,
            error,
            restarting,
        });
        close_box(status, now);
        self.boxes_failed += 1;
        self.doses_wasted += u64::from(doses_wasted);
        self.left_in_open_boxes -= u64::from(doses_wasted);
        Ok(())
    }

    /// [`EventKind::DepotEmpty`]: the depot is empty and the ledger agrees
    /// on how many stations still work.
    fn note_depot_empty(&mut self, still_working: u32) -> Result<(), LedgerError> {
        if self.boxes_in_depot != 0 {
            return Err(self.fail(format!(
                "depot reported empty with {} boxes in it",
                self.boxes_in_depot
            )));
        }
        let working = self.working_stations();
        if still_working as usize != working {
            return Err(self.fail(format!(
                "{still_working} stations reported still working, the ledger has {working}"
            )));
        }
        self.depot_empty_at = Some(self.now);
        Ok(())
    }

    /// [`EventKind::LoopEnded`]: the article's loop is over, and the ledger
    /// agrees on how many tasks are left to cancel.
    fn end_loop(&mut self, cancelling: u32) -> Result<(), LedgerError> {
        let working = self.working_stations();
        if cancelling as usize != working {
            return Err(self.fail(format!(
                "{cancelling} tasks to cancel, the ledger has {working} stations working"
            )));
        }
        self.loop_ended_at = Some(self.now);
        Ok(())
    }

    /// [`EventKind::StationCancelled`]: the doses given from the box were
    /// never reported, and those left in it are thrown away.
    fn cancel_station(
        &mut self,
        station: u32,
        box_no: u32,
        doses_unreported: u32,
        doses_discarded: u32,
    ) -> Result<(), LedgerError> {
        let index = self.working_index(station, box_no)?;
        let remaining = self.stations[index].remaining;
        if self.loop_ended_at.is_none() && !self.program {
            return Err(self.fail(format!("station {station} cancelled before the loop ended")));
        }
        if doses_discarded != remaining || doses_unreported + remaining != self.capacity {
            return Err(self.fail(format!(
                "station {station} cancelled with {doses_unreported} given and {doses_discarded} thrown away, the ledger has {remaining} left of {}",
                self.capacity
            )));
        }
        let now = self.now;
        let status = &mut self.stations[index];
        status.remaining = 0;
        status.state = StationState::Cancelled;
        close_box(status, now);
        self.boxes_cancelled += 1;
        self.doses_unreported += u64::from(doses_unreported);
        self.doses_discarded += u64::from(doses_discarded);
        self.left_in_open_boxes -= u64::from(doses_discarded);
        Ok(())
    }

    /// [`EventKind::BoxUnreported`]: the box's task returned and its report
    /// is lost; doses still in it (a failure's) are wasted.
    fn lose_report(
        &mut self,
        station: u32,
        box_no: u32,
        doses_given: u32,
        doses_wasted: u32,
    ) -> Result<(), LedgerError> {
        if !self.program {
            return Err(self.fail(format!(
                "box {box_no} of station {station} unreported under an engine's supervisor"
            )));
        }
        let index = self.working_index(station, box_no)?;
        let remaining = self.stations[index].remaining;
        if doses_wasted != remaining || doses_given + remaining != self.capacity {
            return Err(self.fail(format!(
                "box {box_no} of station {station} unreported with {doses_given} given and {doses_wasted} wasted, the ledger has {remaining} left of {}",
                self.capacity
            )));
        }
        let now = self.now;
        let status = &mut self.stations[index];
        status.remaining = 0;
        status.state = StationState::Idle;
        close_box(status, now);
        self.boxes_unreported += 1;
        self.doses_unreported += u64::from(doses_given);
        self.doses_wasted += u64::from(doses_wasted);
        self.left_in_open_boxes -= u64::from(doses_wasted);
        Ok(())
    }

    /// [`EventKind::Finished`]: the supervisor's totals match the ledger's;
    /// idle stations are done, and the end-of-run checks must hold.
    fn finish(
        &mut self,
        boxes_done: u32,
        boxes_failed: u32,
        doses_given: u64,
        doses_wasted: u64,
    ) -> Result<(), LedgerError> {
        if (boxes_done, boxes_failed, doses_given, doses_wasted)
            != (
                self.boxes_done,
                self.boxes_failed,
                self.doses_given,
                self.doses_wasted,
            )
        {
            return Err(self.fail(format!(
                "the supervisor's totals ({boxes_done} done, {boxes_failed} failed, {doses_given} given, {doses_wasted} wasted) differ from the ledger's"
            )));
        }
        if self.unreported_of_wake != 0 {
            return Err(self.fail(format!(
                "finished with {} tasks of the last done set unreported",
                self.unreported_of_wake
            )));
        }
        for status in &mut self.stations {
            if status.state == StationState::Idle {
                status.state = StationState::Done;
            }
        }
        self.finished = true;
        self.check_finished()
    }

    /// The conservation invariant of every dose (see the module docs).
    pub fn check_conservation(&self) -> Result<(), LedgerError> {
        let depot_holds_the_rest =
            self.boxes_in_depot + self.boxes_opened.min(self.boxes) == self.boxes;
        if self.accounted_doses() != self.doses_opened()
            || !depot_holds_the_rest
            || self.doses_unreported > self.doses_given
        {
            return Err(self.doses_do_not_add_up());
        }
        Ok(())
    }

    /// Given, wasted, thrown away and still in open boxes.
    fn accounted_doses(&self) -> u64 {
        self.doses_given + self.doses_wasted + self.doses_discarded + self.left_in_open_boxes
    }

    /// The error of [`LotState::check_conservation`] (out of line, as
    /// checks that pass are the hot path of every event).
    #[cold]
    #[inline(never)]
    fn doses_do_not_add_up(&self) -> LedgerError {
        self.fail(format!(
            "doses do not add up: {} given ({} of them unreported) + {} wasted + {} thrown away + {} in open boxes = {}, against the {} of {} boxes opened; {} boxes left in a depot of {}",
            self.doses_given,
            self.doses_unreported,
            self.doses_wasted,
            self.doses_discarded,
            self.left_in_open_boxes,
            self.accounted_doses(),
            self.doses_opened(),
            self.boxes_opened,
            self.boxes_in_depot,
            self.boxes
        ))
    }

    /// What must hold once the run is over: every box done or failed,
    /// nothing left anywhere.
    pub fn check_finished(&self) -> Result<(), LedgerError> {
        if !self.finished {
            return Err(self.fail("the run ended without a Finished event".into()));
        }
        // A program may leave boxes in the depot; the page says so.
        let depot_left = if self.program { 0 } else { self.boxes_in_depot };
        if self.left_in_open_boxes != 0 || depot_left != 0 {
            return Err(self.fail(format!(
                "finished with {} doses in open boxes and {} boxes in the depot",
                self.left_in_open_boxes, self.boxes_in_depot
            )));
        }
        let closed =
            self.boxes_done + self.boxes_failed + self.boxes_cancelled + self.boxes_unreported;
        if closed != self.boxes_opened || (self.boxes_opened < self.boxes && !self.program) {
            return Err(self.fail(format!(
                "{} boxes done, {} failed and {} cancelled, of {} opened and {} in the depot",
                self.boxes_done,
                self.boxes_failed,
                self.boxes_cancelled,
                self.boxes_opened,
                self.boxes
            )));
        }
        if self.doses_given + self.doses_wasted + self.doses_discarded != self.doses_opened() {
            return Err(self.fail(
                "given, wasted and thrown-away doses do not add up to the boxes opened".into(),
            ));
        }
        Ok(())
    }
}

fn close_box(status: &mut StationStatus, at: SimTime) {
    if let Some(since) = status.busy_since.take() {
        status.busy = status.busy + (at - since);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(micros: u64) -> SimTime {
        SimTime::from_micros(micros)
    }

    fn shot(micros: u64, station: u32, box_no: u32, doses_left: u32) -> Event {
        Event {
            at: at(micros),
            kind: EventKind::ShotGiven {
                station,
                box_no,
                doses_left,
            },
        }
    }

    /// A lot of 2 stations, station 1 working on box 1 of 3 doses since 5 µs.
    fn lot_with_an_open_box() -> LotState {
        let config = Config {
            stations: 2,
            capacity: 3,
            boxes: 4,
            ..Config::default()
        };
        let mut lot = LotState::new(&config);
        let opened = Event {
            at: at(5),
            kind: EventKind::BoxOpened {
                station: 1,
                box_no: 1,
                doses: 3,
                depot_left: 3,
            },
        };
        lot.apply(&opened).unwrap();
        lot
    }

    #[test]
    fn the_shot_path_accepts_and_rejects_as_the_general_one_does() {
        let mut finished = lot_with_an_open_box();
        finished.finished = true;
        let cases = [
            (lot_with_an_open_box(), shot(9, 1, 1, 2)),
            (lot_with_an_open_box(), shot(4, 1, 1, 2)),
            (finished, shot(9, 1, 1, 2)),
            (lot_with_an_open_box(), shot(9, 0, 1, 2)),
            (lot_with_an_open_box(), shot(9, 3, 1, 2)),
            (lot_with_an_open_box(), shot(9, 2, 1, 2)),
            (lot_with_an_open_box(), shot(9, 1, 2, 2)),
            (lot_with_an_open_box(), shot(9, 1, 1, 1)),
            (lot_with_an_open_box(), shot(9, 1, 1, 3)),
        ];
        for (lot, event) in cases {
            let (mut fast, mut general) = (lot.clone(), lot);
            let fast_result = fast.apply(&event);
            let general_result = general.apply_any(&event);
            assert_eq!(fast_result, general_result, "{event:?}");
            assert_eq!(fast, general, "{event:?}");
        }
    }

    #[test]
    fn a_failure_is_the_latest_until_the_restarted_station_gives_a_shot() {
        let config = Config {
            stations: 3,
            boxes: 12,
            capacity: 20,
            fail: 0.02,
            ..Config::default()
        };
        let mut lot = LotState::new(&config);
        let (mut failures, mut restarts) = (0, 0);
        let mut just_failed = [false; 3];
        crate::LocalRun::new(config.clone(), 5).run_to_end(|event| {
            lot.apply(event).unwrap();
            for status in &lot.stations {
                let latest = status.failure_is_latest(config.capacity);
                let index = status.station as usize - 1;
                match &event.kind {
                    EventKind::StationFailed { station, .. } if *station == status.station => {
                        failures += 1;
                        just_failed[index] = true;
                        assert!(latest, "{event:?}");
                    }
                    EventKind::BoxOpened { station, .. } if *station == status.station => {
                        restarts += usize::from(just_failed[index]);
                        assert_eq!(latest, just_failed[index], "{event:?}");
                    }
                    EventKind::ShotGiven { station, .. } if *station == status.station => {
                        just_failed[index] = false;
                        assert!(!latest, "{event:?}");
                    }
                    _ => {}
                }
                if status.last_failure.is_none() {
                    assert!(!latest);
                }
            }
        });
        assert!(
            failures > 0 && restarts > 0,
            "seed 5 has failures and restarts to check"
        );
    }

    #[test]
    fn a_shot_that_breaks_conservation_is_rejected() {
        let mut lot = lot_with_an_open_box();
        lot.doses_wasted += 1;
        let error = lot.apply(&shot(9, 1, 1, 2)).unwrap_err();
        assert!(error.message.starts_with("doses do not add up"), "{error}");
    }
}
