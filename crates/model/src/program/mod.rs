//! A learner's own supervisor, run on CPython: what it is handed, its
//! recorded trace read back into the engine's events, what the ledger and
//! the trace say of it, and where it first parts from the engine's
//! supervisor on the same draws.
//!
//! ```text
//!   Config, seed ─plans_json─► every (station, box)'s draws ─► the Python worker:
//!                              python/own_supervisor.py runs `supervise(depot)`
//!   its trace (JSON Lines) ─read_trace─► Recorded { events, notes } ─► RunSource::Recorded
//!                                        checked by LotState::for_program, event by event
//!   Recorded ─Diagnostics::of─► lost boxes, tasks never awaited, exceptions
//!                               never retrieved, blocking calls, depot misuse
//!   Recorded ─first_difference─► the first event where the engine's supervisor differs
//!   code ◄─program_from_fragment── #py=<base64url> (shown, run only on Run)
//! ```
//!
//! Every figure shown of a program is read from its trace or folded by the
//! ledger, never assumed.

mod link;

pub use link::{program_fragment, program_from_fragment, LinkError, PROGRAM_LINK_LIMIT};

use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

use crate::sim::config::RunParams;
use crate::sim::interchange::{program_boxes, shots_json_by_station};
use crate::sim::{done_stations, Config, Event, EventKind, LotState, Policy, SimDuration, SimTime};
use crate::sim::{LocalRun, StationError};

/// The program a learner starts from: the classic article's loop as
/// `supervise(depot)`, with its mistakes (`python/your_supervisor.py`).
pub const STARTER: &str = include_str!("../../../../python/your_supervisor.py");

/// A lesson step's program, as the lesson hands it to the Python view:
/// shown in the editor, run on the step's run (at once for a built-in
/// lesson, on the learner's Run for any other), its recording handed back
/// to pose the step's question.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonProgram {
    /// A new number each time a step is shown: the view loads the
    /// program again, and a recording answers the ask with its key.
    pub key: u64,
    /// The program.
    pub code: Rc<str>,
    /// The step's run: the program's shape and draws.
    pub run: RunParams,
    /// Run it as the step opens (a built-in lesson's, whose code ships
    /// with the page), rather than on the learner's Run.
    pub run_now: bool,
    /// Keep the recording's figures hidden: the step's prediction is
    /// still to make.
    pub conceal: bool,
}

/// What the Python view hands a lesson: a program it ran at a lesson
/// step, and its recording or why it did not run.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramRan {
    /// The key of the step's program ([`LessonProgram::key`]).
    pub key: u64,
    /// Whether the learner changed the step's program before running it:
    /// such a run checks the step's goal, never answers its question.
    pub edited: bool,
    /// The recording, or why the program did not run.
    pub ran: Result<Rc<Recorded>, String>,
}

/// Runs whose draws for every station and box hold more shots than this
/// are not handed to a program (the draws are sent whole to the worker).
pub const PROGRAM_SHOTS_LIMIT: u64 = 200_000;

/// The draws a program may use: those of every station for each box of
/// [`program_boxes`], as JSON: `{"boxes": B, "plans": {"S:B": [µs, ...]}, "spoiled":
/// {"S:B": shot}}`. `None` when that is more than [`PROGRAM_SHOTS_LIMIT`].
pub fn plans_json(config: &Config, seed: u64) -> Option<String> {
    (program_shots(config) <= PROGRAM_SHOTS_LIMIT)
        .then(|| shots_json_by_station(config, seed, program_boxes(config)))
}

/// Shots in the draws a program of `config`'s shape is handed.
pub fn program_shots(config: &Config) -> u64 {
    u64::from(config.stations) * u64::from(program_boxes(config)) * u64::from(config.capacity)
}

/// A program's run, as recorded on CPython and read back.
#[derive(Clone)]
pub struct Recorded {
    /// Unique among the recordings of this page: two are the same run
    /// only if they are the same recording.
    id: u64,
    /// The run's shape (stations, boxes, capacity, failures); its policy is
    /// the engine's supervisor the program is compared with.
    pub config: Config,
    /// The seed the draws came from.
    pub seed: u64,
    /// The program, as run.
    pub code: String,
    /// Its events, in the engine's vocabulary, checked by the ledger.
    pub events: Vec<Event>,
    /// What only a program does wrong, in the order recorded.
    pub notes: Vec<Note>,
    /// The lot after the last event.
    pub lot: LotState,
    /// What the program printed.
    pub output: String,
    /// The exception it ended with, if it did.
    pub raised: Option<ProgramError>,
}

impl std::fmt::Debug for Recorded {
    /// The recording and its size, not its every event.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Recorded #{} ({} events, {} notes)",
            self.id,
            self.events.len(),
            self.notes.len()
        )
    }
}

impl PartialEq for Recorded {
    fn eq(&self, other: &Recorded) -> bool {
        self.id == other.id
    }
}

/// The page's recordings, counted (see [`Recorded`]'s `id`).
static RECORDINGS: AtomicU64 = AtomicU64::new(0);

/// An exception in the program, and the line of its own code it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramError {
    /// As Python says it (`NameError: name 'x' is not defined`).
    pub message: String,
    /// The line of the program, when the error is in its own code.
    pub line: Option<u32>,
}

/// Something a program did that the engine's supervisors never do, with
/// where and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// When it was recorded (at the end, for tasks).
    pub at: SimTime,
    /// The station and box of the task it is about, if any.
    pub task: Option<(u32, u32)>,
    /// What it was.
    pub kind: NoteKind,
}

/// The kinds of [`Note`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// `time.sleep` held the loop: nothing else ran meanwhile.
    Blocked {
        /// How long \[virtual time\].
        held: SimDuration,
        /// The line of the program that called it; `None` for a station's
        /// own blocking shots.
        line: Option<u32>,
    },
    /// A task nobody waited for or asked the result of.
    NeverAwaited {
        /// asyncio's name for it (`Task-7`).
        task: String,
    },
    /// A task whose exception nobody retrieved.
    NeverRetrieved {
        /// asyncio's name for it.
        task: String,
        /// The exception, as Python says it.
        error: String,
    },
}

/// Why a trace cannot be played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TraceError {
    /// A line that is not a recorded event (a worker out of step with the
    /// page): its 1-based number and what is wrong.
    Unreadable(usize, String),
    /// The ledger refused an event: what the program did that no lot can
    /// (two boxes at one station, a box reported twice, ...). The event's
    /// 1-based index, and the ledger's words.
    Ledger(u64, String),
}

impl std::fmt::Display for TraceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TraceError::Unreadable(line, why) => write!(f, "trace line {line}: {why}"),
            TraceError::Ledger(index, why) => write!(f, "event {index}: {why}"),
        }
    }
}

/// What a program run hands back, as the worker reports it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgramRun {
    /// The trace, JSON Lines.
    pub trace: String,
    /// What the program printed.
    pub output: String,
    /// The exception it ended with, or why it did not run.
    pub error: Option<ProgramError>,
}

impl Recorded {
    /// The recorded run of `code` on `config` with `seed`, read from
    /// what the worker handed back and checked event by event.
    pub fn read(
        config: &Config,
        seed: u64,
        code: &str,
        run: ProgramRun,
    ) -> Result<Recorded, TraceError> {
        let (events, notes, lot) = read_trace(config, &run.trace)?;
        Ok(Recorded {
            id: RECORDINGS.fetch_add(1, Ordering::Relaxed),
            config: config.clone(),
            seed,
            code: code.to_string(),
            events,
            notes,
            lot,
            output: run.output,
            raised: run.error,
        })
    }
}

/// The trace's events and notes, and the lot they leave, checked by the
/// program's ledger ([`LotState::for_program`]) after every event.
pub fn read_trace(
    config: &Config,
    trace: &str,
) -> Result<(Vec<Event>, Vec<Note>, LotState), TraceError> {
    let mut lot = LotState::for_program(config);
    let mut events = Vec::new();
    let mut notes = Vec::new();
    for (number, line) in trace
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let unreadable = |why: String| TraceError::Unreadable(number + 1, why);
        let value: Value = serde_json::from_str(line).map_err(|e| unreadable(e.to_string()))?;
        let fields = Fields(&value);
        let at = SimTime::from_micros(fields.u64("t_us").map_err(unreadable)?);
        let kind = fields.str("kind").map_err(unreadable)?;
        if let Some(note) = note_of(kind, at, &fields).map_err(unreadable)? {
            notes.push(note);
            continue;
        }
        let kind = event_kind(kind, &fields, &lot, config).map_err(unreadable)?;
        let event = Event { at, kind };
        lot.apply(&event)
            .map_err(|error| TraceError::Ledger(events.len() as u64 + 1, error.message))?;
        events.push(event);
    }
    if !lot.finished {
        return Err(TraceError::Ledger(
            events.len() as u64,
            "the trace ends before the run finished".into(),
        ));
    }
    Ok((events, notes, lot))
}

/// A line's fields, read with the field named in every error.
struct Fields<'a>(&'a Value);

impl Fields<'_> {
    fn u64(&self, name: &str) -> Result<u64, String> {
        self.0
            .get(name)
            .and_then(Value::as_u64)
            .ok_or_else(|| format!("no whole number `{name}`"))
    }

    fn u32(&self, name: &str) -> Result<u32, String> {
        u32::try_from(self.u64(name)?).map_err(|_| format!("`{name}` is too large"))
    }

    fn str(&self, name: &str) -> Result<&str, String> {
        self.0
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no text `{name}`"))
    }

    fn opt_u32(&self, name: &str) -> Option<u32> {
        self.u32(name).ok()
    }
}

/// A note line as a [`Note`]; `None` for an event line.
fn note_of(kind: &str, at: SimTime, fields: &Fields) -> Result<Option<Note>, String> {
    let task = fields.opt_u32("station").zip(fields.opt_u32("box"));
    let kind = match kind {
        "blocked" => NoteKind::Blocked {
            held: SimDuration::from_micros(fields.u64("held_us")?),
            line: fields.opt_u32("line"),
        },
        "never_awaited" => NoteKind::NeverAwaited {
            task: fields.str("task")?.to_string(),
        },
        "never_retrieved" => NoteKind::NeverRetrieved {
            task: fields.str("task")?.to_string(),
            error: fields.str("error")?.to_string(),
        },
        _ => return Ok(None),
    };
    Ok(Some(Note { at, task, kind }))
}

/// An event line as the engine's [`EventKind`]; the counts the engine
/// keeps and the trace does not (boxes done, whether a box follows) come
/// from the lot before it.
fn event_kind(
    kind: &str,
    fields: &Fields,
    lot: &LotState,
    config: &Config,
) -> Result<EventKind, String> {
    let station = || fields.u32("station");
    let box_no = || fields.u32("box");
    let wait = fields.opt_u32("wait");
    let restarting = lot.boxes_in_depot > 0;
    Ok(match kind {
        "box_opened" => EventKind::BoxOpened {
            station: station()?,
            box_no: box_no()?,
            doses: config.capacity,
            depot_left: fields.u32("depot_left")?,
        },
        "shot" => EventKind::ShotGiven {
            station: station()?,
            box_no: box_no()?,
            doses_left: fields.u32("doses_left")?,
        },
        "wake" => {
            let done = fields
                .0
                .get("done")
                .and_then(Value::as_array)
                .ok_or("no list `done`")?;
            let stations = done
                .iter()
                .map(|task| task.get(0).and_then(Value::as_u64).unwrap_or(0) as u32);
            EventKind::SupervisorWoke {
                done: done.len() as u32,
                stations: done_stations(stations),
            }
        }
        "box_done" => EventKind::BoxDone {
            station: station()?,
            box_no: box_no()?,
            doses_given: fields.u32("doses")?,
            boxes_done: lot.boxes_done + 1,
            restarting,
            wait,
        },
        "station_failed" => {
            let shot = fields.u32("shot")?;
            EventKind::StationFailed {
                station: station()?,
                box_no: box_no()?,
                error: match fields.str("error")? {
                    "broken" => StationError::BrokenByHand { shot },
                    _ => StationError::SpoiledDose { shot },
                },
                doses_wasted: fields.u32("doses_wasted")?,
                restarting,
                wait,
            }
        }
        "depot_empty" => EventKind::DepotEmpty {
            still_working: fields.u32("still_working")?,
        },
        "loop_ended" => EventKind::LoopEnded {
            waits: fields.u32("waits")?,
            cancelling: fields.u32("cancelling")?,
        },
        "station_cancelled" => EventKind::StationCancelled {
            station: station()?,
            box_no: box_no()?,
            doses_unreported: fields.u32("doses_unreported")?,
            doses_discarded: fields.u32("doses_discarded")?,
        },
        "box_unreported" => EventKind::BoxUnreported {
            station: station()?,
            box_no: box_no()?,
            doses_given: fields.u32("doses_given")?,
            doses_wasted: fields.u32("doses_wasted")?,
        },
        "finished" => EventKind::Finished {
            boxes_done: fields.u32("boxes_done")?,
            boxes_failed: fields.u32("boxes_failed")?,
            doses_given: fields.u64("doses_given")?,
            doses_wasted: fields.u64("doses_wasted")?,
        },
        other => return Err(format!("an event of no known kind, `{other}`")),
    })
}

/// A box the program lost: its doses never made the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LostBox {
    /// When the loss was recorded.
    pub at: SimTime,
    /// The station.
    pub station: u32,
    /// The box.
    pub box_no: u32,
    /// Doses given and never reported.
    pub unreported: u32,
    /// Doses thrown away or wasted with it.
    pub thrown_away: u32,
    /// Whether its task was still running at the end (cancelled), rather
    /// than returned and never reported.
    pub cancelled: bool,
}

impl LostBox {
    /// Doses lost with the box.
    pub fn doses(&self) -> u64 {
        u64::from(self.unreported) + u64::from(self.thrown_away)
    }
}

/// What the page says of a program, all read from its trace and ledger.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostics {
    /// Boxes lost, in the order recorded: never reported, or still
    /// running when the program ended.
    pub lost: Vec<LostBox>,
    /// Tasks nobody waited for.
    pub never_awaited: Vec<Note>,
    /// Exceptions nobody retrieved.
    pub never_retrieved: Vec<Note>,
    /// Blocking calls, in order.
    pub blocked: Vec<Note>,
    /// Boxes opened beyond the depot's.
    pub beyond_depot: u32,
    /// Boxes the program never took from the depot.
    pub left_in_depot: u32,
    /// Doses the report counted (boxes reported done or failed).
    pub doses_reported: u64,
}

impl Diagnostics {
    /// The diagnostics of `run`.
    pub fn of(run: &Recorded) -> Diagnostics {
        let lost = run
            .events
            .iter()
            .filter_map(|event| match event.kind {
                EventKind::BoxUnreported {
                    station,
                    box_no,
                    doses_given,
                    doses_wasted,
                } => Some(LostBox {
                    at: event.at,
                    station,
                    box_no,
                    unreported: doses_given,
                    thrown_away: doses_wasted,
                    cancelled: false,
                }),
                EventKind::StationCancelled {
                    station,
                    box_no,
                    doses_unreported,
                    doses_discarded,
                } => Some(LostBox {
                    at: event.at,
                    station,
                    box_no,
                    unreported: doses_unreported,
                    thrown_away: doses_discarded,
                    cancelled: true,
                }),
                _ => None,
            })
            .collect();
        let of_kind = |wanted: fn(&NoteKind) -> bool| -> Vec<Note> {
            run.notes
                .iter()
                .filter(|note| wanted(&note.kind))
                .cloned()
                .collect()
        };
        let capacity = u64::from(run.config.capacity);
        Diagnostics {
            lost,
            never_awaited: of_kind(|kind| matches!(kind, NoteKind::NeverAwaited { .. })),
            never_retrieved: of_kind(|kind| matches!(kind, NoteKind::NeverRetrieved { .. })),
            blocked: of_kind(|kind| matches!(kind, NoteKind::Blocked { .. })),
            beyond_depot: run.lot.boxes_beyond_depot(),
            left_in_depot: run.lot.boxes_in_depot,
            doses_reported: u64::from(run.lot.boxes_done) * capacity,
        }
    }

    /// Doses lost in all.
    pub fn doses_lost(&self) -> u64 {
        self.lost.iter().map(LostBox::doses).sum()
    }

    /// Time the loop was held by blocking calls, in all.
    pub fn held(&self) -> SimDuration {
        self.blocked
            .iter()
            .filter_map(|note| match note.kind {
                NoteKind::Blocked { held, .. } => Some(held),
                _ => None,
            })
            .fold(SimDuration::ZERO, |sum, held| sum + held)
    }
}

/// The first event (1-based) where the engine's run of the program's
/// shape and seed, under its policy, differs from the program's; `None`
/// if the two are the same event for event.
pub fn first_difference(run: &Recorded) -> Option<u64> {
    first_difference_with(run, run.config.policy)
}

/// [`first_difference`] with the engine's supervisor under `policy`
/// rather than the run's.
pub fn first_difference_with(run: &Recorded, policy: Policy) -> Option<u64> {
    let config = Config {
        policy,
        ..run.config.clone()
    };
    let mut engine = LocalRun::new(config, run.seed);
    let mut index = 0u64;
    for event in &run.events {
        index += 1;
        if engine.next_event().as_ref() != Some(event) {
            return Some(index);
        }
    }
    engine.next_event().map(|_| index + 1)
}

#[cfg(test)]
mod tests;
