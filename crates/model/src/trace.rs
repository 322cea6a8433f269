//! A run as a Chrome trace-event file, which Perfetto UI
//! (<https://ui.perfetto.dev>) and `chrome://tracing` open.
//!
//! ```text
//!   run (config, seed, breaks) ─► replayed on a LocalRun up to the event on screen
//!        │ events                      │ the task monitor at each settled moment
//!        ▼                             ▼
//!   slices: a box per station track,   instants: polls and wakes (counted per
//!   a shot's sleep where small enough  moment), failures, the supervisor's reports
//! ```
//!
//! Timestamps are simulated microseconds (`ts`, `dur`). One track per
//! station (its tasks run one box after another) and one for the
//! supervisor; event-loop callbacks, in runs with a blocking station, get
//! a track of their own. Owns the file's layout only: everything in it is
//! read from the replayed run, never worked out from the model's rules.

use std::collections::HashMap;
use std::fmt::Write;

use serde_json::Value;

use crate::sim::breaks::write_list;
use crate::sim::{
    BreakAt, Config, Event, EventKind, LocalRun, SimTime, TaskKind, TaskSnapshot, TaskState,
};
use crate::source::RunSource;

/// Runs up to this many shots get a slice per shot's sleep \[shots\].
pub const SHOT_SLICES_LIMIT: u64 = 50_000;
/// Longest run cut a trace is written for \[events\]: the file would run to
/// hundreds of megabytes beyond.
pub const TRACE_EVENTS_LIMIT: u64 = 1_000_000;

/// The process every track belongs to.
const PID: u32 = 1;
/// The supervisor's track.
const SUPERVISOR_TID: u32 = 0;

/// A JSON object's members in key order, written as serde_json writes a
/// map: the file is put together as text rather than as a tree of
/// `serde_json::Value`s, which costs the page's bundle a few kilobytes
/// more for the same bytes.
#[derive(Clone, Default)]
struct Fields(Vec<(&'static str, Field)>);

#[derive(Clone)]
enum Field {
    Number(u64),
    Text(String),
    Flag(bool),
    Object(Fields),
    /// Already written JSON.
    Raw(String),
}

impl From<u32> for Field {
    fn from(value: u32) -> Field {
        Field::Number(value.into())
    }
}

impl From<u64> for Field {
    fn from(value: u64) -> Field {
        Field::Number(value)
    }
}

impl From<&str> for Field {
    fn from(value: &str) -> Field {
        Field::Text(value.to_string())
    }
}

impl From<String> for Field {
    fn from(value: String) -> Field {
        Field::Text(value)
    }
}

impl Fields {
    fn of(members: Vec<(&'static str, Field)>) -> Fields {
        let mut fields = Fields::default();
        for (key, value) in members {
            fields.set(key, value);
        }
        fields
    }

    /// Sets `key`, keeping the keys in order.
    fn set(&mut self, key: &'static str, value: Field) {
        match self.0.iter().position(|(other, _)| *other >= key) {
            Some(at) if self.0[at].0 == key => self.0[at].1 = value,
            Some(at) => self.0.insert(at, (key, value)),
            None => self.0.push((key, value)),
        }
    }

    fn write(&self, out: &mut String) {
        out.push('{');
        for (index, (key, value)) in self.0.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            // Keys are plain words: nothing to escape.
            out.push('"');
            out.push_str(key);
            out.push_str("\":");
            value.write(out);
        }
        out.push('}');
    }
}

impl Field {
    fn write(&self, out: &mut String) {
        match self {
            Field::Number(number) => {
                let _ = write!(out, "{number}");
            }
            Field::Text(text) => out.push_str(&Value::from(text.as_str()).to_string()),
            Field::Flag(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Field::Object(fields) => fields.write(out),
            Field::Raw(json) => out.push_str(json),
        }
    }
}

/// The trace of the run `source` makes, up to its first
/// `up_to` events, as JSON; an error names why none can be written.
pub fn chrome_trace(source: &RunSource, up_to: u64) -> Result<String, String> {
    if up_to > TRACE_EVENTS_LIMIT {
        return Err(format!(
            "a trace holds at most {TRACE_EVENTS_LIMIT} events; this moment is event {up_to}: \
             step back, or use fewer boxes"
        ));
    }
    let config = source.config();
    let params = source.params();
    let mut writer = TraceWriter::new(config);
    let mut taken = 0u64;
    let Some(mut replay) = source.engine_replay() else {
        // A recorded program: its events, without the engine's tasks.
        source.replay(up_to, |event| {
            writer.event(event);
            taken += 1;
        });
        return Ok(writer.finish(config, params.seed.unwrap_or_default(), &[], taken));
    };
    writer.monitor_moment(&replay, SimTime::START);
    while taken < up_to {
        // The next event needs time to move: the tasks then run, so the
        // monitor has news once it is out.
        let advances = replay.produced() == taken;
        let Some(event) = replay.next_event() else {
            break;
        };
        taken += 1;
        if advances {
            writer.monitor_moment(&replay, event.at);
        }
        writer.event(&event);
    }
    Ok(writer.finish(
        config,
        params.seed.unwrap_or_default(),
        &params.breaks,
        taken,
    ))
}

/// The trace as it is written.
struct TraceWriter {
    /// Each event's record, written.
    events: Vec<String>,
    /// Per station (index = station − 1): the open box, its opening time,
    /// and when its last shot (or the opening) was.
    open: Vec<Option<OpenBox>>,
    /// Polls and wakes seen so far per task.
    seen: HashMap<TaskKind, (u64, u64)>,
    shot_slices: bool,
    /// Where callback tasks (event-loop turns) are drawn.
    callbacks_tid: u32,
    now: SimTime,
}

#[derive(Clone, Copy)]
struct OpenBox {
    box_no: u32,
    opened: SimTime,
    last_shot: SimTime,
    shots: u32,
}

impl TraceWriter {
    fn new(config: &Config) -> TraceWriter {
        let mut writer = TraceWriter {
            events: Vec::new(),
            open: vec![None; config.stations as usize],
            seen: HashMap::new(),
            shot_slices: config.total_doses() <= SHOT_SLICES_LIMIT,
            callbacks_tid: config.stations + 1,
            now: SimTime::START,
        };
        writer.tracks(config);
        writer
    }

    /// The process and track names, supervisor first.
    fn tracks(&mut self, config: &Config) {
        let label = format!("vaccination-lot ({})", config.policy.label());
        self.meta(
            "process_name",
            None,
            Fields::of(vec![("name", label.into())]),
        );
        self.name_track(SUPERVISOR_TID, "supervisor".into());
        for station in 1..=config.stations {
            let blocking = config.blocking == Some(station);
            let label = if blocking {
                format!("station {station} (blocks the thread)")
            } else {
                format!("station {station}")
            };
            self.name_track(station, label);
        }
        if config.blocking.is_some() {
            self.name_track(self.callbacks_tid, "event-loop callbacks".into());
        }
    }

    /// A track's name, and its place: tracks sort by their id.
    fn name_track(&mut self, tid: u32, name: String) {
        self.meta(
            "thread_name",
            Some(tid),
            Fields::of(vec![("name", name.into())]),
        );
        let index = Fields::of(vec![("sort_index", tid.into())]);
        self.meta("thread_sort_index", Some(tid), index);
    }

    /// A metadata record (`ph: "M"`), for the process or one track.
    fn meta(&mut self, name: &str, tid: Option<u32>, args: Fields) {
        let mut record = Fields::of(vec![
            ("name", name.into()),
            ("ph", "M".into()),
            ("pid", PID.into()),
            ("args", Field::Object(args)),
        ]);
        if let Some(tid) = tid {
            record.set("tid", tid.into());
        }
        self.record(&record);
    }

    fn record(&mut self, record: &Fields) {
        let mut out = String::new();
        record.write(&mut out);
        self.events.push(out);
    }

    /// One trace event on track `tid` at `ts`: a complete slice (`ph: "X"`)
    /// lasting `dur`, or with no duration an instant (`ph: "i"`).
    fn push(&mut self, name: String, cat: &str, tid: u32, ts: u64, dur: Option<u64>, args: Fields) {
        let mut record = Fields::of(vec![
            ("name", name.into()),
            ("cat", cat.into()),
            ("ts", ts.into()),
            ("pid", PID.into()),
            ("tid", tid.into()),
            ("args", Field::Object(args)),
        ]);
        match dur {
            Some(dur) => {
                record.set("ph", "X".into());
                record.set("dur", dur.into());
            }
            None => {
                record.set("ph", "i".into());
                record.set("s", "t".into());
            }
        }
        self.record(&record);
    }

    fn track_of(&self, kind: TaskKind) -> u32 {
        match kind {
            TaskKind::Supervisor => SUPERVISOR_TID,
            TaskKind::Station { station, .. } | TaskKind::Worker { station } => station,
            _ => self.callbacks_tid,
        }
    }

    /// Polls and wakes since the last settled moment, per task, as
    /// instants at `at` (the time the tasks ran).
    fn monitor_moment(&mut self, replay: &LocalRun, at: SimTime) {
        for snapshot in replay.simulation().monitor().snapshot_and_prune() {
            self.task_counters(&snapshot, at);
        }
    }

    fn task_counters(&mut self, snapshot: &TaskSnapshot, at: SimTime) {
        if snapshot.kind == TaskKind::Callback {
            // Callbacks share a kind: each is shown once, when it has run.
            if snapshot.state == TaskState::Done {
                let args = Fields::of(vec![("polls", snapshot.polls.into())]);
                self.push(
                    "callback".into(),
                    "task",
                    self.callbacks_tid,
                    at.as_micros(),
                    None,
                    args,
                );
            }
            return;
        }
        let (polls_before, wakes_before) =
            self.seen.get(&snapshot.kind).copied().unwrap_or_default();
        let tid = self.track_of(snapshot.kind);
        let task = task_name(snapshot.kind);
        for (name, now, before) in [
            ("wake", snapshot.wakes, wakes_before),
            ("poll", snapshot.polls, polls_before),
        ] {
            if now > before {
                let args = Fields::of(vec![
                    ("task", task.as_str().into()),
                    ("count", (now - before).into()),
                ]);
                self.push(name.into(), "task", tid, at.as_micros(), None, args);
            }
        }
        if snapshot.state == TaskState::Done {
            self.seen.remove(&snapshot.kind);
        } else {
            self.seen
                .insert(snapshot.kind, (snapshot.polls, snapshot.wakes));
        }
    }

    /// A task cancelled at the end: its box slice closes, with the doses
    /// it gave unreported and those it left thrown away.
    fn cancelled(
        &mut self,
        station: u32,
        box_no: u32,
        (unreported, discarded): (u32, u32),
        at: SimTime,
    ) {
        let outcome = Fields::of(vec![
            ("outcome", "cancelled".into()),
            ("doses_unreported", unreported.into()),
            ("doses_discarded", discarded.into()),
        ]);
        self.close_box(station, at, outcome);
        let args = Fields::of(vec![("station", station.into()), ("box", box_no.into())]);
        self.instant("cancelled", station, at, args);
    }

    fn instant(&mut self, name: &str, tid: u32, at: SimTime, args: Fields) {
        self.push(name.into(), "supervisor", tid, at.as_micros(), None, args);
    }

    fn event(&mut self, event: &Event) {
        self.now = event.at;
        let at = event.at;
        match event.kind {
            EventKind::BoxOpened {
                station,
                box_no,
                depot_left,
                ..
            } => self.box_opened(station, box_no, depot_left, at),
            EventKind::ShotGiven {
                station,
                box_no,
                doses_left,
            } => self.shot(station, box_no, doses_left, at),
            EventKind::BoxDone {
                station,
                box_no,
                doses_given,
                boxes_done,
                ..
            } => {
                let done = Fields::of(vec![
                    ("outcome", "done".into()),
                    ("doses_given", doses_given.into()),
                ]);
                self.close_box(station, at, done);
                let args = Fields::of(vec![
                    ("station", station.into()),
                    ("box", box_no.into()),
                    ("boxes_done", boxes_done.into()),
                ]);
                self.instant("box done", SUPERVISOR_TID, at, args);
            }
            EventKind::StationFailed {
                station,
                box_no,
                error,
                doses_wasted,
                ..
            } => self.failed(station, box_no, &error.to_string(), doses_wasted, at),
            EventKind::SupervisorWoke { done, .. } => {
                let args = Fields::of(vec![("done", done.into())]);
                self.instant("done set", SUPERVISOR_TID, at, args);
            }
            EventKind::DepotEmpty { still_working } => {
                let args = Fields::of(vec![("still_working", still_working.into())]);
                self.instant("depot empty", SUPERVISOR_TID, at, args);
            }
            EventKind::LoopEnded { waits, cancelling } => {
                let args = Fields::of(vec![
                    ("waits", waits.into()),
                    ("cancelling", cancelling.into()),
                ]);
                self.instant("loop ended", SUPERVISOR_TID, at, args);
            }
            EventKind::StationCancelled {
                station,
                box_no,
                doses_unreported,
                doses_discarded,
            } => self.cancelled(station, box_no, (doses_unreported, doses_discarded), at),
            EventKind::BoxUnreported {
                station,
                box_no,
                doses_given,
                doses_wasted,
            } => {
                let outcome = Fields::of(vec![
                    ("outcome", "unreported".into()),
                    ("doses_unreported", doses_given.into()),
                    ("doses_wasted", doses_wasted.into()),
                ]);
                self.close_box(station, at, outcome);
                let args = Fields::of(vec![("station", station.into()), ("box", box_no.into())]);
                self.instant("never reported", station, at, args);
            }
            EventKind::Finished {
                boxes_done,
                boxes_failed,
                doses_given,
                doses_wasted,
            } => {
                let args = Fields::of(vec![
                    ("boxes_done", boxes_done.into()),
                    ("boxes_failed", boxes_failed.into()),
                    ("doses_given", doses_given.into()),
                    ("doses_wasted", doses_wasted.into()),
                ]);
                self.instant("finished", SUPERVISOR_TID, at, args);
            }
        }
    }

    fn box_opened(&mut self, station: u32, box_no: u32, depot_left: u32, at: SimTime) {
        if let Some(slot) = self.open.get_mut((station as usize).wrapping_sub(1)) {
            *slot = Some(OpenBox {
                box_no,
                opened: at,
                last_shot: at,
                shots: 0,
            });
        }
        let args = Fields::of(vec![
            ("station", station.into()),
            ("box", box_no.into()),
            ("depot_left", depot_left.into()),
        ]);
        self.instant("box opened", SUPERVISOR_TID, at, args);
    }

    /// A station's task returned an error: its box's slice ends, the
    /// station's track and the supervisor's mark it.
    fn failed(&mut self, station: u32, box_no: u32, error: &str, doses_wasted: u32, at: SimTime) {
        let outcome = Fields::of(vec![
            ("outcome", "failed".into()),
            ("error", error.into()),
            ("doses_wasted", doses_wasted.into()),
        ]);
        self.close_box(station, at, outcome);
        let args = Fields::of(vec![
            ("station", station.into()),
            ("box", box_no.into()),
            ("error", error.into()),
            ("doses_wasted", doses_wasted.into()),
        ]);
        self.instant("station failed", station, at, args.clone());
        self.instant("failure reported", SUPERVISOR_TID, at, args);
    }

    /// A shot: the sleep before it as a slice, where the run is small.
    fn shot(&mut self, station: u32, box_no: u32, doses_left: u32, at: SimTime) {
        let Some(Some(open)) = self.open.get_mut((station as usize).wrapping_sub(1)) else {
            return;
        };
        let start = open.last_shot;
        open.last_shot = at;
        open.shots += 1;
        let shot = open.shots;
        if self.shot_slices {
            let args = Fields::of(vec![
                ("box", box_no.into()),
                ("shot", shot.into()),
                ("doses_left", doses_left.into()),
            ]);
            let (ts, dur) = (start.as_micros(), at.as_micros() - start.as_micros());
            self.push("shot".into(), "shot", station, ts, Some(dur), args);
        }
    }

    /// The station's open box as a slice from its opening to `at`.
    fn close_box(&mut self, station: u32, at: SimTime, mut args: Fields) {
        let Some(open) = self
            .open
            .get_mut((station as usize).wrapping_sub(1))
            .and_then(Option::take)
        else {
            return;
        };
        self.box_slice(station, open, at, &mut args);
    }

    fn box_slice(&mut self, station: u32, open: OpenBox, until: SimTime, args: &mut Fields) {
        args.set("box", open.box_no.into());
        args.set("shots", open.shots.into());
        let (ts, dur) = (
            open.opened.as_micros(),
            until.as_micros() - open.opened.as_micros(),
        );
        let name = format!("box {}", open.box_no);
        self.push(name, "box", station, ts, Some(dur), std::mem::take(args));
    }

    /// Boxes still open at the cut become slices up to it, and the file
    /// says what it holds.
    fn finish(mut self, config: &Config, seed: u64, breaks: &[BreakAt], events: u64) -> String {
        let now = self.now;
        let still_open: Vec<(u32, OpenBox)> = self
            .open
            .iter()
            .enumerate()
            .filter_map(|(index, open)| open.map(|open| (index as u32 + 1, open)))
            .collect();
        for (station, open) in still_open {
            self.box_slice(
                station,
                open,
                now,
                &mut Fields::of(vec![("outcome", "open at the end of the trace".into())]),
            );
        }
        let other = Fields::of(vec![
            ("source", "vaccination-lot".into()),
            (
                "params",
                format!("{}&seed={seed}", config.to_query()).into(),
            ),
            ("policy", config.policy.as_str().into()),
            ("breaks", write_list(breaks).into()),
            ("events", events.into()),
            ("time_unit", "simulated microseconds".into()),
            ("shot_slices", Field::Flag(self.shot_slices)),
        ]);
        let trace = Fields::of(vec![
            (
                "traceEvents",
                Field::Raw(format!("[{}]", self.events.join(","))),
            ),
            ("displayTimeUnit", "ms".into()),
            ("otherData", Field::Object(other)),
        ]);
        let mut out = String::new();
        trace.write(&mut out);
        out
    }
}

fn task_name(kind: TaskKind) -> String {
    match kind {
        TaskKind::Supervisor => "supervisor".into(),
        TaskKind::Station { station, box_no } => format!("station {station}, box {box_no}"),
        other => format!("{other:?}").to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests;
