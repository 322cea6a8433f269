//! Events: the one contract from the simulation to everything that shows it.
//!
//! Station tasks and the supervisor emit events into an [`EventQueue`]
//! as they happen, stamped with simulated time. The page folds them into
//! its state once per frame, the log prints their `Display`, and tests
//! compare their sequences across executors with [`EventChecksum`].
//!
//! Owns the event vocabulary, the queue and the checksum. It keeps no
//! state of the lot (that is [`crate::ledger`]'s fold) and knows of
//! time only the [`SimTime`] stamp: no clock, no tasks, no executor.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::rc::Rc;

use super::time::SimTime;

/// Why a station's task returned an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StationError {
    /// The dose drawn for shot number `shot` (1-based within the box)
    /// spoiled, and the box had to be given up.
    SpoiledDose {
        /// 1-based number of the shot within the box.
        shot: u32,
    },
    /// Someone broke the station by hand while it waited for shot `shot`.
    BrokenByHand {
        /// 1-based number of the shot within the box.
        shot: u32,
    },
}

impl fmt::Display for StationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StationError::SpoiledDose { shot } => write!(f, "dose {shot} of the box spoiled"),
            StationError::BrokenByHand { shot } => write!(f, "broken by hand during shot {shot}"),
        }
    }
}

/// Something that happened in the parking lot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The supervisor took box `box_no` from the depot and started the
    /// station's task on it; `depot_left` boxes remain.
    BoxOpened {
        /// 1-based station number.
        station: u32,
        /// 1-based box number, in the order boxes are opened (past the
        /// depot's count under the article's loop).
        box_no: u32,
        /// Doses in the box: the configured capacity.
        doses: u32,
        /// Boxes still in the depot after this one.
        depot_left: u32,
    },
    /// The station gave one shot; `doses_left` remain in its box.
    ShotGiven {
        /// 1-based station number.
        station: u32,
        /// The box the dose came from.
        box_no: u32,
        /// Doses left in the box after this shot.
        doses_left: u32,
    },
    /// The supervisor woke with `done` of the tasks it awaits returned:
    /// `asyncio.wait`'s done set, every task finished by the time it runs
    /// (under the completion queue, the one task a get hands it). Their
    /// reports follow, in the order it handles them: station order.
    /// `stations` names them, bit `s − 1` for station `s`, when all are
    /// among stations 1 to 64; it is 0 otherwise.
    SupervisorWoke {
        /// Tasks in the done set (at least 1).
        done: u32,
        /// Bit `s − 1` for each station `s` of the done set; 0 if one is
        /// above 64.
        stations: u64,
    },
    /// The station's task returned `Ok`: its box is empty. `boxes_done`
    /// counts completed boxes so far; `restarting` says whether a new box
    /// follows. Under the article's loop, `wait` is the loop's counter
    /// (from 0), which its print line shows as the box's number.
    BoxDone {
        /// 1-based station number.
        station: u32,
        /// The box emptied.
        box_no: u32,
        /// Doses given from the box: all of them, the capacity.
        doses_given: u32,
        /// Boxes done in the run so far, at every station, this one
        /// included.
        boxes_done: u32,
        /// Whether a new box follows: the depot still has one (the
        /// article's loop restarts the task regardless).
        restarting: bool,
        /// The article loop's wait counter (from 0); `None` under the
        /// other policies.
        wait: Option<u32>,
    },
    /// The station's task returned `Err`. The doses left in its box are
    /// wasted; `restarting` says whether a new box follows; `wait` as for
    /// [`EventKind::BoxDone`].
    StationFailed {
        /// 1-based station number.
        station: u32,
        /// The box given up.
        box_no: u32,
        /// Why the task returned an error.
        error: StationError,
        /// Doses left in the box, now wasted: a spoiled dose is among
        /// them, and so is the dose of a shot broken off by hand.
        doses_wasted: u32,
        /// Whether a new box follows: the depot still has one (the
        /// article's loop restarts the task regardless).
        restarting: bool,
        /// The article loop's wait counter (from 0); `None` under the
        /// other policies.
        wait: Option<u32>,
    },
    /// The depot gave out its last box; the supervisor now only waits for
    /// the `still_working` stations (the drain).
    DepotEmpty {
        /// Stations with a box open as the depot gives out its last.
        still_working: u32,
    },
    /// The article's loop made its last wait: the program ends, and the
    /// `cancelling` station tasks still running are cancelled.
    LoopEnded {
        /// Waits the loop made: the configured number of boxes, which
        /// the article's loop counts as waits.
        waits: u32,
        /// Station tasks still running, cancelled next, one
        /// [`EventKind::StationCancelled`] each.
        cancelling: u32,
    },
    /// A station's task was cancelled mid-box at the program's exit. The
    /// `doses_unreported` it gave were never reported; the
    /// `doses_discarded` left in its box are thrown away.
    StationCancelled {
        /// 1-based station number.
        station: u32,
        /// The box the task was working on.
        box_no: u32,
        /// Doses given from the box before the cancellation.
        doses_unreported: u32,
        /// Doses left in the box.
        doses_discarded: u32,
    },
    /// A box whose task returned (its box emptied, or given up with an
    /// error) and which the program never reported: a learner's program
    /// can lose a box this way, and the engine's supervisors never do.
    /// Recorded when the station opens its next box, or when the program
    /// ends. The `doses_given` were never reported; with an error, the
    /// `doses_wasted` left in the box are wasted, unreported too.
    BoxUnreported {
        /// 1-based station number.
        station: u32,
        /// The box whose task returned unreported.
        box_no: u32,
        /// Doses given from the box, never reported.
        doses_given: u32,
        /// Doses left in the box when its task failed (0 if it emptied
        /// the box), wasted.
        doses_wasted: u32,
    },
    /// Every task has returned and the supervisor is done.
    Finished {
        /// Boxes emptied.
        boxes_done: u32,
        /// Boxes whose task returned an error.
        boxes_failed: u32,
        /// Doses given, those of failed boxes and of cancelled tasks
        /// included.
        doses_given: u64,
        /// Doses lost with failed boxes (those thrown away with cancelled
        /// tasks are not counted here).
        doses_wasted: u64,
    },
}

/// An [`EventKind`] at a simulated instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Event {
    /// When it happened.
    pub at: SimTime,
    /// What happened.
    pub kind: EventKind,
}

/// The stations of a done set as [`EventKind::SupervisorWoke`] names them:
/// bit `s − 1` for station `s`, or 0 if any is above 64.
pub fn done_stations(stations: impl IntoIterator<Item = u32>) -> u64 {
    let mut bits = 0u64;
    for station in stations {
        match station.checked_sub(1).filter(|bit| *bit < 64) {
            Some(bit) => bits |= 1 << bit,
            None => return 0,
        }
    }
    bits
}

impl Event {
    /// Whether the event is a single shot (the bulk of a run, which the
    /// page's log leaves out unless asked).
    pub fn is_shot(&self) -> bool {
        matches!(self.kind, EventKind::ShotGiven { .. })
    }

    /// Whether the event is routine: a shot, or a wake of the supervisor
    /// that hands it a single task (nearly every wake: the box's own line
    /// follows). Together the bulk of a run, which the page's log leaves
    /// out unless asked; a wake with several tasks done is not routine.
    pub fn is_routine(&self) -> bool {
        matches!(
            self.kind,
            EventKind::ShotGiven { .. } | EventKind::SupervisorWoke { done: 1, .. }
        )
    }

    /// The station and box the event is about: every event but the
    /// depot running out and the end of the run.
    pub fn station_and_box(&self) -> Option<(u32, u32)> {
        match self.kind {
            EventKind::BoxOpened {
                station, box_no, ..
            }
            | EventKind::ShotGiven {
                station, box_no, ..
            }
            | EventKind::BoxDone {
                station, box_no, ..
            }
            | EventKind::StationFailed {
                station, box_no, ..
            }
            | EventKind::StationCancelled {
                station, box_no, ..
            }
            | EventKind::BoxUnreported {
                station, box_no, ..
            } => Some((station, box_no)),
            EventKind::SupervisorWoke { .. }
            | EventKind::DepotEmpty { .. }
            | EventKind::LoopEnded { .. }
            | EventKind::Finished { .. } => None,
        }
    }

    /// A short name of the kind, for CSV and styling.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            EventKind::BoxOpened { .. } => "box-opened",
            EventKind::ShotGiven { .. } => "shot",
            EventKind::SupervisorWoke { .. } => "wake",
            EventKind::BoxDone { .. } => "box-done",
            EventKind::StationFailed { .. } => "failed",
            EventKind::DepotEmpty { .. } => "depot-empty",
            EventKind::LoopEnded { .. } => "loop-ended",
            EventKind::StationCancelled { .. } => "cancelled",
            EventKind::BoxUnreported { .. } => "unreported",
            EventKind::Finished { .. } => "finished",
        }
    }
}

impl fmt::Display for Event {
    /// The log line. A finished box reads like the classic asyncio
    /// example's print line, with the box's real number and real count.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.at;
        match self.kind {
            EventKind::BoxOpened { station, box_no, doses, depot_left } => write!(
                f,
                "station {station} opened box {box_no} ({}) at {at} seconds; {} left in the depot",
                counted(doses, "dose", "doses"),
                counted(depot_left, "box", "boxes")
            ),
            EventKind::ShotGiven { station, box_no, doses_left } => write!(
                f,
                "station {station} gave a shot from box {box_no} at {at} seconds; {} left",
                counted(doses_left, "dose", "doses")
            ),
            EventKind::SupervisorWoke { done, .. } => write!(
                f,
                "the supervisor wakes at {at} seconds with {} done",
                counted(done, "task", "tasks")
            ),
            EventKind::BoxDone { station, box_no, doses_given, wait: Some(wait), .. } => write!(
                f,
                "vaccine box {wait} is done! Vaccinated {doses_given} and time is {at} seconds. Starting on the next box. [wait {wait}: box {box_no} at station {station}]"
            ),
            EventKind::BoxDone { station, box_no, doses_given, boxes_done, restarting, wait: None } => {
                write!(
                    f,
                    "vaccine box {box_no} is done! Vaccinated {doses_given} at station {station} and time is {at} seconds ({} done).",
                    counted(boxes_done, "box", "boxes")
                )?;
                if restarting {
                    f.write_str(" Starting on the next box.")
                } else {
                    f.write_str(" No boxes left for this station.")
                }
            }
            EventKind::StationFailed { station, box_no, error, doses_wasted, wait: Some(wait), .. } => write!(
                f,
                "the task of station {station} got an exception at {at} seconds: {error}; {} of box {box_no} wasted. Restarting it with a new box. [wait {wait}]",
                counted(doses_wasted, "dose", "doses")
            ),
            EventKind::StationFailed { station, box_no, error, doses_wasted, restarting, wait: None } => {
                write!(
                    f,
                    "station {station} failed at {at} seconds: {error}; {} of box {box_no} wasted.",
                    counted(doses_wasted, "dose", "doses")
                )?;
                if restarting {
                    f.write_str(" Restarting the station with a new box.")
                } else {
                    f.write_str(" The depot is empty, so it is not restarted.")
                }
            }
            EventKind::DepotEmpty { still_working } => write!(
                f,
                "the depot is empty at {at} seconds; waiting for {} still working",
                counted(still_working, "station", "stations")
            ),
            EventKind::LoopEnded { waits, cancelling } => write!(
                f,
                "the loop has made its {} at {at} seconds and the program ends: asyncio.run cancels the {} still running",
                counted(waits, "wait", "waits"),
                counted(cancelling, "task", "tasks")
            ),
            EventKind::StationCancelled { station, box_no, doses_unreported: 0, doses_discarded } => write!(
                f,
                "the task of station {station} is cancelled at {at} seconds before its first shot from box {box_no}: {} thrown away",
                counted(doses_discarded, "dose", "doses")
            ),
            EventKind::StationCancelled { station, box_no, doses_unreported, doses_discarded } => write!(
                f,
                "the task of station {station} is cancelled at {at} seconds in the middle of box {box_no}: {} given and never reported, {} thrown away",
                counted(doses_unreported, "dose", "doses"),
                counted(doses_discarded, "dose", "doses")
            ),
            EventKind::BoxUnreported { station, box_no, doses_given, doses_wasted } => write!(
                f,
                "box {box_no} of station {station} was never reported: its task returned, and the program never looked at it; {} given and never reported, {} wasted",
                counted(doses_given, "dose", "doses"),
                counted(doses_wasted, "dose", "doses")
            ),
            EventKind::Finished { boxes_done, boxes_failed, doses_given, doses_wasted } => write!(
                f,
                "finished at {at} seconds: {} done, {boxes_failed} failed; {} given, {doses_wasted} wasted",
                counted(boxes_done, "box", "boxes"),
                counted(doses_given, "dose", "doses")
            ),
        }
    }
}

/// `count` and the noun it counts, singular or plural as English needs:
/// "1 station", "3 stations".
pub fn counted(count: impl Into<u64>, one: &str, many: &str) -> String {
    match count.into() {
        1 => format!("1 {one}"),
        count => format!("{count} {many}"),
    }
}

/// The queue events wait in until the driver takes them. Clones share it.
#[derive(Clone, Default)]
pub struct EventQueue {
    queue: Rc<RefCell<Waiting>>,
}

/// The events emitted and not yet taken: `list[taken..]`, oldest first.
///
/// A plain vector rather than a ring buffer: an emit, once per shot, is a
/// push at its end with no index to wrap. Events taken one at a time move
/// the cursor `taken`, and the vector is emptied once it reaches the end.
#[derive(Default)]
struct Waiting {
    list: Vec<Event>,
    taken: usize,
    /// Events emitted before `list`'s first: those of the lists emptied so
    /// far, counted as each is emptied (an emit, once per shot, counts
    /// nothing).
    emptied: u64,
}

impl EventQueue {
    /// An empty queue.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queues `event` behind those already waiting.
    pub fn emit(&self, event: Event) {
        self.queue.borrow_mut().list.push(event);
    }

    /// Takes the oldest waiting event.
    pub fn pop(&self) -> Option<Event> {
        let mut waiting = self.queue.borrow_mut();
        let event = *waiting.list.get(waiting.taken)?;
        waiting.taken += 1;
        if waiting.taken == waiting.list.len() {
            waiting.emptied += waiting.list.len() as u64;
            waiting.list.clear();
            waiting.taken = 0;
        }
        Some(event)
    }

    /// Moves every waiting event, oldest first, to the back of `into`: a
    /// whole batch for one borrow. Into an empty `into` the two just trade
    /// buffers, so neither copies nor allocates.
    pub fn take_all(&self, into: &mut VecDeque<Event>) {
        let mut waiting = self.queue.borrow_mut();
        waiting.emptied += waiting.list.len() as u64;
        if into.is_empty() && waiting.taken == 0 {
            // Both conversions keep the buffer; an empty deque's needs no
            // moving either.
            let spare = Vec::from(std::mem::take(into));
            *into = VecDeque::from(std::mem::replace(&mut waiting.list, spare));
        } else {
            let taken = waiting.taken;
            into.extend(waiting.list.drain(taken..));
            waiting.list.clear();
            waiting.taken = 0;
        }
    }

    /// Events waiting to be taken.
    pub fn len(&self) -> usize {
        let waiting = self.queue.borrow();
        waiting.list.len() - waiting.taken
    }

    /// Whether no event waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Events emitted so far, taken or waiting: the index the next one
    /// will have in the run.
    pub fn emitted(&self) -> u64 {
        let waiting = self.queue.borrow();
        waiting.emptied + waiting.list.len() as u64
    }
}

/// An order-sensitive fingerprint of an event sequence, equal on every
/// platform for equal sequences: FNV-1a's step applied to whole 64-bit
/// words (one multiply per field, cheap enough to run on every shot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventChecksum(u64);

impl Default for EventChecksum {
    fn default() -> Self {
        EventChecksum(0xcbf2_9ce4_8422_2325)
    }
}

impl EventChecksum {
    fn mix(&mut self, value: u64) {
        self.0 = (self.0 ^ value)
            .wrapping_mul(0x0000_0100_0000_01b3)
            .rotate_left(29);
    }

    /// Mixes `words` in, first to last, each widened to `u64`.
    fn mix_u32s(&mut self, words: &[u32]) {
        for &word in words {
            self.mix(u64::from(word));
        }
    }

    /// Mixes in the article loop's wait counter, where there is one; runs
    /// of the other policies keep the checksums they had before it.
    fn mix_wait(&mut self, wait: Option<u32>) {
        if let Some(wait) = wait {
            self.mix(u64::from(wait) | 1 << 32);
        }
    }

    /// Adds one event: its time in microseconds, then its kind's tag and
    /// fields.
    ///
    /// A shot, nearly every event of a run, is mixed on a path of its own
    /// (the same words in the same order as `EventKind::mix_into`), so
    /// the common case costs no jump through the kind's table.
    #[inline]
    pub fn add(&mut self, event: &Event) {
        if let EventKind::ShotGiven {
            station,
            box_no,
            doses_left,
        } = event.kind
        {
            self.mix(event.at.as_micros());
            self.mix_u32s(&[SHOT_TAG, station, box_no, doses_left]);
        } else {
            self.add_other(event);
        }
    }

    /// Adds `event` if it happens on the lot: every event but the
    /// supervisor's wakes. Two runs whose checksums of these agree give
    /// the same shots and the same boxes at the same instants, however
    /// their supervisors took the returned tasks (a completion queue one
    /// at a time, FIRST_COMPLETED a done set at once).
    pub fn add_lot_event(&mut self, event: &Event) {
        if !matches!(event.kind, EventKind::SupervisorWoke { .. }) {
            self.add(event);
        }
    }

    /// [`EventChecksum::add`] for every kind but a shot.
    fn add_other(&mut self, event: &Event) {
        if let EventKind::SupervisorWoke { done: 1, .. } = event.kind {
            // See `EventKind::mix_into`: such a wake adds nothing.
            return;
        }
        self.mix(event.at.as_micros());
        event.kind.mix_into(self);
    }
}

impl EventKind {
    /// Mixes the kind into `checksum`: a tag (1 to 9; 7, 8 and 9 came
    /// last), then every field in declaration order, widened to `u64`
    /// (`bool` as 0 or 1, a [`StationError`] as its cause and shot).
    ///
    /// A wake that hands the supervisor one task, as nearly every wake
    /// does, adds nothing, not even its time ([`EventChecksum::add`]):
    /// runs in which no two tasks return together keep the checksums they
    /// had before wakes were logged, and those in which some do are told
    /// apart by how their done sets group them.
    fn mix_into(self, checksum: &mut EventChecksum) {
        match self {
            EventKind::SupervisorWoke { done, stations } => {
                checksum.mix_u32s(&[9, done]);
                checksum.mix(stations);
            }
            EventKind::BoxOpened {
                station,
                box_no,
                doses,
                depot_left,
            } => checksum.mix_u32s(&[1, station, box_no, doses, depot_left]),
            EventKind::ShotGiven {
                station,
                box_no,
                doses_left,
            } => checksum.mix_u32s(&[SHOT_TAG, station, box_no, doses_left]),
            EventKind::BoxDone {
                station,
                box_no,
                doses_given,
                boxes_done,
                restarting,
                wait,
            } => {
                checksum.mix_u32s(&[3, station, box_no, doses_given, boxes_done]);
                checksum.mix(u64::from(restarting));
                checksum.mix_wait(wait);
            }
            EventKind::StationFailed {
                station,
                box_no,
                error,
                doses_wasted,
                restarting,
                wait,
            } => {
                let (cause, shot) = error.checksum_words();
                checksum.mix_u32s(&[4, station, box_no, cause, shot, doses_wasted]);
                checksum.mix(u64::from(restarting));
                checksum.mix_wait(wait);
            }
            EventKind::DepotEmpty { still_working } => checksum.mix_u32s(&[5, still_working]),
            EventKind::LoopEnded { waits, cancelling } => {
                checksum.mix_u32s(&[7, waits, cancelling]);
            }
            EventKind::StationCancelled {
                station,
                box_no,
                doses_unreported,
                doses_discarded,
            } => checksum.mix_u32s(&[8, station, box_no, doses_unreported, doses_discarded]),
            EventKind::BoxUnreported {
                station,
                box_no,
                doses_given,
                doses_wasted,
            } => checksum.mix_u32s(&[9, station, box_no, doses_given, doses_wasted]),
            EventKind::Finished {
                boxes_done,
                boxes_failed,
                doses_given,
                doses_wasted,
            } => {
                checksum.mix_u32s(&[6, boxes_done, boxes_failed]);
                checksum.mix(doses_given);
                checksum.mix(doses_wasted);
            }
        }
    }
}

/// The checksum's tag of [`EventKind::ShotGiven`].
const SHOT_TAG: u32 = 2;

impl StationError {
    /// The error as two checksum words: its cause (1 spoiled, 2 broken by
    /// hand), then its 1-based shot.
    fn checksum_words(self) -> (u32, u32) {
        match self {
            StationError::SpoiledDose { shot } => (1, shot),
            StationError::BrokenByHand { shot } => (2, shot),
        }
    }
}

impl fmt::Display for EventChecksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_done_box_reads_like_the_classic_print_line() {
        let event = Event {
            at: SimTime::from_micros(12_340_000),
            kind: EventKind::BoxDone {
                station: 2,
                box_no: 7,
                doses_given: 100,
                boxes_done: 5,
                restarting: true,
                wait: None,
            },
        };
        let line = event.to_string();
        assert!(
            line.starts_with("vaccine box 7 is done! Vaccinated 100 "),
            "{line}"
        );
        assert!(line.contains("time is 12.34 seconds"), "{line}");
        assert!(line.ends_with("Starting on the next box."), "{line}");
    }

    #[test]
    fn a_failure_names_the_station_the_error_and_the_restart() {
        let event = Event {
            at: SimTime::from_micros(1_000_000),
            kind: EventKind::StationFailed {
                station: 3,
                box_no: 9,
                error: StationError::SpoiledDose { shot: 4 },
                doses_wasted: 97,
                restarting: true,
                wait: None,
            },
        };
        let line = event.to_string();
        assert!(line.contains("station 3 failed"), "{line}");
        assert!(line.contains("dose 4 of the box spoiled"), "{line}");
        assert!(line.contains("Restarting"), "{line}");
    }

    #[test]
    fn the_article_loop_prints_its_wait_counter_and_its_cancellations() {
        let at = SimTime::from_micros(5_110_000);
        let done = Event {
            at,
            kind: EventKind::BoxDone {
                station: 2,
                box_no: 9,
                doses_given: 100,
                boxes_done: 7,
                restarting: true,
                wait: Some(6),
            },
        };
        assert_eq!(
            done.to_string(),
            "vaccine box 6 is done! Vaccinated 100 and time is 5.11 seconds. Starting on the next box. [wait 6: box 9 at station 2]"
        );
        let cancelled = |doses_unreported, doses_discarded| Event {
            at,
            kind: EventKind::StationCancelled {
                station: 1,
                box_no: 104,
                doses_unreported,
                doses_discarded,
            },
        };
        assert!(cancelled(37, 63).to_string().ends_with(
            "in the middle of box 104: 37 doses given and never reported, 63 doses thrown away"
        ));
        assert!(cancelled(0, 100)
            .to_string()
            .contains("before its first shot from box 104: 100 doses thrown away"));
        let ended = Event {
            at,
            kind: EventKind::LoopEnded {
                waits: 100,
                cancelling: 3,
            },
        };
        assert!(ended.to_string().contains("made its 100 waits"));
    }

    /// Pins the mixing order of every kind and field: a refactor of
    /// [`EventChecksum::add`] must leave recorded checksums valid.
    #[test]
    fn the_checksum_of_every_kind_is_pinned() {
        let spoiled = StationError::SpoiledDose { shot: 4 };
        let broken = StationError::BrokenByHand { shot: 1 };
        let kinds = [
            (
                1_000,
                EventKind::BoxOpened {
                    station: 1,
                    box_no: 1,
                    doses: 100,
                    depot_left: 9,
                },
            ),
            (
                2_500,
                EventKind::ShotGiven {
                    station: 1,
                    box_no: 1,
                    doses_left: 99,
                },
            ),
            (
                4_000,
                EventKind::BoxDone {
                    station: 1,
                    box_no: 1,
                    doses_given: 100,
                    boxes_done: 1,
                    restarting: true,
                    wait: None,
                },
            ),
            (
                5_000,
                EventKind::StationFailed {
                    station: 2,
                    box_no: 3,
                    error: spoiled,
                    doses_wasted: 97,
                    restarting: true,
                    wait: None,
                },
            ),
            (
                6_000,
                EventKind::StationFailed {
                    station: 3,
                    box_no: 4,
                    error: broken,
                    doses_wasted: 100,
                    restarting: false,
                    wait: None,
                },
            ),
            (
                7_000,
                EventKind::BoxDone {
                    station: 2,
                    box_no: 5,
                    doses_given: 100,
                    boxes_done: 2,
                    restarting: false,
                    wait: None,
                },
            ),
            (8_000, EventKind::DepotEmpty { still_working: 2 }),
            (
                9_000,
                EventKind::Finished {
                    boxes_done: 2,
                    boxes_failed: 2,
                    doses_given: 200,
                    doses_wasted: 197,
                },
            ),
        ];
        let mut checksum = EventChecksum::default();
        for (micros, kind) in kinds {
            checksum.add(&Event {
                at: SimTime::from_micros(micros),
                kind,
            });
        }
        assert_eq!(checksum.to_string(), "b15275fb100d787e");
    }

    #[test]
    fn counts_read_in_the_singular_and_the_plural() {
        let empty = |still_working| Event {
            at: SimTime::from_micros(5_000_000),
            kind: EventKind::DepotEmpty { still_working },
        };
        assert!(empty(1)
            .to_string()
            .ends_with("waiting for 1 station still working"));
        assert!(empty(2)
            .to_string()
            .ends_with("waiting for 2 stations still working"));
        assert_eq!(counted(0u32, "box", "boxes"), "0 boxes");
    }

    #[test]
    fn the_queue_hands_events_out_oldest_first_however_taken() {
        let at = |micros| Event {
            at: SimTime::from_micros(micros),
            kind: EventKind::DepotEmpty { still_working: 0 },
        };
        let queue = EventQueue::new();
        let mut out = Vec::new();
        let mut batch = VecDeque::new();
        for micros in 0..4 {
            queue.emit(at(micros));
        }
        out.extend(queue.pop());
        queue.emit(at(4));
        assert_eq!(queue.len(), 4);
        queue.take_all(&mut batch);
        assert!(queue.is_empty());
        queue.emit(at(5));
        queue.take_all(&mut batch);
        out.extend(batch.drain(..));
        queue.emit(at(6));
        queue.take_all(&mut batch);
        out.extend(batch.drain(..));
        queue.emit(at(7));
        out.extend(std::iter::from_fn(|| queue.pop()));
        let times: Vec<u64> = out.iter().map(|event| event.at.as_micros()).collect();
        assert_eq!(times, (0..8).collect::<Vec<u64>>());
        assert_eq!(queue.pop(), None);
    }

    #[test]
    fn the_checksum_depends_on_order() {
        let a = Event {
            at: SimTime::from_micros(1),
            kind: EventKind::DepotEmpty { still_working: 1 },
        };
        let b = Event {
            at: SimTime::from_micros(2),
            kind: EventKind::DepotEmpty { still_working: 1 },
        };
        let mut ab = EventChecksum::default();
        ab.add(&a);
        ab.add(&b);
        let mut ba = EventChecksum::default();
        ba.add(&b);
        ba.add(&a);
        assert_ne!(ab, ba);
    }
}
