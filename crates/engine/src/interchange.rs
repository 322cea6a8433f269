//! A run's events and draws as JSON, as the asyncio comparison reads
//! them: the headless runner's `--events-out` and `--shots-out` files,
//! and what the page hands CPython in the browser.
//!
//! ```text
//!   Event ─► EventLines::push ─► one JSON line each ({"t_us":…,"kind":"shot",…})
//!                               a wake's line waits for its done set's reports,
//!                               which name its tasks in the order handled
//!   (box, station) opened ─► shots_json ─► {"boxes":…,"spoiled":…,"stations":…}
//!   a traced replay ─► thread_lines ─► {"event":i,"running":…,"ready":[…]} per event
//! ```
//!
//! The line of each kind: `t_us` (integer microseconds), `kind`
//! (`box_opened`, `shot`, `wake`, `box_done`, `station_failed`,
//! `depot_empty`, `loop_ended`, `station_cancelled`, `box_unreported`,
//! `finished`),
//! `station` and `box` (null where the event has none), and the fields of
//! its kind; under the article's loop a box's line adds `wait`, the
//! loop's counter.

use crate::breaks::BreakAt;
use crate::config::Config;
use crate::event::{Event, EventKind, StationError};
use crate::executor::TaskKind;
use crate::local::LocalRun;
use crate::station::{box_plan, BoxPlan};

/// Writes events as JSON Lines, one call per event; a wake's line is held
/// until the reports of its done set have named its tasks.
#[derive(Debug, Default)]
pub struct EventLines {
    /// A wake whose done set is still being reported: its line waits for
    /// the reports that name its tasks, and the lines after it wait too.
    wake: Option<PendingWake>,
}

impl EventLines {
    /// A writer with nothing pending.
    pub fn new() -> EventLines {
        EventLines::default()
    }

    /// Takes `event`; hands `out` every line now complete, in order.
    pub fn push(&mut self, event: &Event, out: &mut impl FnMut(&str)) {
        if let EventKind::SupervisorWoke { done, .. } = event.kind {
            self.wake = Some(PendingWake {
                at_us: event.at.as_micros(),
                owed: done,
                done: Vec::new(),
                after: Vec::new(),
            });
            return;
        }
        let line = event_json(event);
        let Some(wake) = &mut self.wake else {
            out(&line);
            return;
        };
        wake.after.push(line);
        if let (EventKind::BoxDone { .. } | EventKind::StationFailed { .. }, Some(task)) =
            (event.kind, event.station_and_box())
        {
            wake.done.push(task);
            wake.owed = wake.owed.saturating_sub(1);
        }
        if wake.owed == 0 {
            self.flush(out);
        }
    }

    /// Hands `out` a wake still pending and the lines after it (a run's
    /// last wake is reported in full; this only guards a cut run).
    pub fn flush(&mut self, out: &mut impl FnMut(&str)) {
        let Some(wake) = self.wake.take() else {
            return;
        };
        let done: Vec<String> = wake
            .done
            .iter()
            .map(|(station, box_no)| format!("[{station},{box_no}]"))
            .collect();
        out(&format!(
            "{{\"t_us\":{},\"kind\":\"wake\",\"station\":null,\"box\":null,\"done\":[{}]}}",
            wake.at_us,
            done.join(",")
        ));
        for line in &wake.after {
            out(line);
        }
    }
}

/// `events` as JSON Lines, each line ending in a newline.
pub fn events_jsonl<'a>(events: impl IntoIterator<Item = &'a Event>) -> String {
    let mut text = String::new();
    let mut lines = EventLines::new();
    let mut out = |line: &str| {
        text.push_str(line);
        text.push('\n');
    };
    for event in events {
        lines.push(event, &mut out);
    }
    lines.flush(&mut out);
    text
}

/// The (box, station) of every box `events` open, in order.
pub fn boxes_opened<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<(u32, u32)> {
    events
        .into_iter()
        .filter_map(|event| match event.kind {
            EventKind::BoxOpened {
                station, box_no, ..
            } => Some((box_no, station)),
            _ => None,
        })
        .collect()
}

/// A supervisor's wake, waiting for the reports of its done set.
#[derive(Debug)]
struct PendingWake {
    at_us: u64,
    /// Reports of the done set still to come.
    owed: u32,
    /// The done set so far, as (station, box), in the order handled.
    done: Vec<(u32, u32)>,
    /// The lines of the events after the wake, written after it.
    after: Vec<String>,
}

/// One event as a JSON object on one line (a wake without its done set:
/// [`EventLines`] writes wakes).
pub fn event_json(event: &Event) -> String {
    let kind = match event.kind {
        EventKind::BoxOpened { .. } => "box_opened",
        EventKind::ShotGiven { .. } => "shot",
        EventKind::SupervisorWoke { .. } => "wake",
        EventKind::BoxDone { .. } => "box_done",
        EventKind::StationFailed { .. } => "station_failed",
        EventKind::DepotEmpty { .. } => "depot_empty",
        EventKind::LoopEnded { .. } => "loop_ended",
        EventKind::StationCancelled { .. } => "station_cancelled",
        EventKind::BoxUnreported { .. } => "box_unreported",
        EventKind::Finished { .. } => "finished",
    };
    let (station, box_no) = match event.station_and_box() {
        Some((station, box_no)) => (station.to_string(), box_no.to_string()),
        None => ("null".into(), "null".into()),
    };
    format!(
        "{{\"t_us\":{},\"kind\":\"{kind}\",\"station\":{station},\"box\":{box_no}{}}}",
        event.at.as_micros(),
        event_extras_json(event)
    )
}

/// The fields of the event's kind, each with its leading comma.
fn event_extras_json(event: &Event) -> String {
    let wait = |wait: Option<u32>| wait.map_or(String::new(), |wait| format!(",\"wait\":{wait}"));
    match event.kind {
        EventKind::BoxOpened { depot_left, .. } => format!(",\"depot_left\":{depot_left}"),
        EventKind::ShotGiven { doses_left, .. } => format!(",\"doses_left\":{doses_left}"),
        // Written by `EventLines::flush`, with its done set.
        EventKind::SupervisorWoke { .. } => String::new(),
        EventKind::BoxDone {
            doses_given, wait: box_wait, ..
        } => format!(",\"doses\":{doses_given}{}", wait(box_wait)),
        EventKind::StationFailed {
            error,
            doses_wasted,
            wait: failure_wait,
            ..
        } => {
            let (cause, shot) = match error {
                StationError::SpoiledDose { shot } => ("spoiled", shot),
                StationError::BrokenByHand { shot } => ("broken", shot),
            };
            format!(
                ",\"doses_wasted\":{doses_wasted},\"error\":\"{cause}\",\"shot\":{shot}{}",
                wait(failure_wait)
            )
        }
        EventKind::DepotEmpty { still_working } => format!(",\"still_working\":{still_working}"),
        EventKind::LoopEnded { waits, cancelling } => {
            format!(",\"waits\":{waits},\"cancelling\":{cancelling}")
        }
        EventKind::StationCancelled {
            doses_unreported,
            doses_discarded,
            ..
        } => format!(
            ",\"doses_unreported\":{doses_unreported},\"doses_discarded\":{doses_discarded}"
        ),
        EventKind::BoxUnreported {
            doses_given,
            doses_wasted,
            ..
        } => format!(",\"doses_given\":{doses_given},\"doses_wasted\":{doses_wasted}"),
        EventKind::Finished {
            boxes_done,
            boxes_failed,
            doses_given,
            doses_wasted,
        } => format!(
            ",\"boxes_done\":{boxes_done},\"boxes_failed\":{boxes_failed},\"doses_given\":{doses_given},\"doses_wasted\":{doses_wasted}"
        ),
    }
}

/// What every box in `opened` (box, station) drew on `config` with
/// `seed`, keyed by box number: each shot's duration in microseconds,
/// the shot whose dose spoiled (boxes without one are left out), and the
/// station that opened it.
pub fn shots_json(config: &Config, seed: u64, opened: &[(u32, u32)]) -> String {
    let mut boxes = Vec::new();
    let mut spoiled = Vec::new();
    let mut stations = Vec::new();
    for &(box_no, station) in opened {
        let plan = box_plan(config, seed, station, box_no);
        push_plan(&box_no.to_string(), &plan, &mut boxes, &mut spoiled);
        stations.push(format!("\"{box_no}\":{station}"));
    }
    format!(
        "{{\"boxes\":{{{}}},\"spoiled\":{{{}}},\"stations\":{{{}}}}}\n",
        boxes.join(","),
        spoiled.join(","),
        stations.join(",")
    )
}

/// Adds `plan`'s entries under `key`: its shots' durations to `shots`,
/// the shot whose dose spoiled (if one did) to `spoiled`.
fn push_plan(key: &str, plan: &BoxPlan, shots: &mut Vec<String>, spoiled: &mut Vec<String>) {
    let durations: Vec<String> = plan.shots_micros.iter().map(u64::to_string).collect();
    shots.push(format!("\"{key}\":[{}]", durations.join(",")));
    if let Some(shot) = plan.spoils_at {
        spoiled.push(format!("\"{key}\":{shot}"));
    }
}

/// Boxes a learner's program is given draws for: as many as the
/// article's loop can open, the most any supervisor of the listing opens.
/// It starts every station, then makes one wait per box of the depot and
/// restarts every task of each done set: with ties, every station at
/// each wait, `stations × (boxes + 1)` in all.
pub fn program_boxes(config: &Config) -> u32 {
    config
        .stations
        .saturating_mul(config.boxes.saturating_add(1))
}

/// What every station would draw for each of boxes `1..=boxes` on
/// `config` with `seed`, keyed `"station:box"`: a learner's program may
/// open any box at any station, so it is handed them all. As JSON:
/// `{"boxes": boxes, "plans": {"S:B": [µs, ...]}, "spoiled": {"S:B": shot}}`
/// (boxes without a spoiled dose are left out of `spoiled`).
pub fn shots_json_by_station(config: &Config, seed: u64, boxes: u32) -> String {
    let mut plans = Vec::new();
    let mut spoiled = Vec::new();
    for station in 1..=config.stations {
        for box_no in 1..=boxes {
            let plan = box_plan(config, seed, station, box_no);
            push_plan(
                &format!("{station}:{box_no}"),
                &plan,
                &mut plans,
                &mut spoiled,
            );
        }
    }
    format!(
        "{{\"boxes\":{boxes},\"plans\":{{{}}},\"spoiled\":{{{}}}}}\n",
        plans.join(","),
        spoiled.join(",")
    )
}

/// How a task is named where the thread is shown or exported: `supervisor`,
/// `station-N` (a station's task, or its worker), `box-N` (a box's task in
/// a task group), `callback` (a callback of asyncio's loop, in a run that
/// follows it turn by turn) or `turn-marker`.
pub fn task_name(task: TaskKind) -> String {
    match task {
        TaskKind::Supervisor => "supervisor".to_owned(),
        TaskKind::Callback => "callback".to_owned(),
        TaskKind::TurnMarker => "turn-marker".to_owned(),
        TaskKind::Station { station, .. } | TaskKind::Worker { station } => {
            format!("station-{station}")
        }
        TaskKind::BoxTask { box_no } => format!("box-{box_no}"),
    }
}

/// The thread at every event of the run of `config` with `seed` and
/// `breaks`, as JSON Lines: `{"event": i, "running": "station-2" | null,
/// "ready": ["station-3", ...]}` (0-based event index; tasks named by
/// [`task_name`], the ready queue front first), as the run's monitor
/// records it ([`crate::ThreadLog`]). One line per event, handed to `out`.
pub fn thread_lines(config: &Config, seed: u64, breaks: &[BreakAt], mut out: impl FnMut(&str)) {
    let mut run = LocalRun::traced(config.clone(), seed, breaks);
    let mut index = 0u64;
    while run.next_event().is_some() {
        let Some(thread) = run.simulation().monitor().thread() else {
            return;
        };
        let moment = thread.moment_at(index).unwrap_or_default();
        let running = moment
            .running
            .map_or("null".to_owned(), |task| format!("\"{}\"", task_name(task)));
        let ready: Vec<String> = moment
            .ready
            .iter()
            .map(|task| format!("\"{}\"", task_name(*task)))
            .collect();
        out(&format!(
            "{{\"event\":{index},\"running\":{running},\"ready\":[{}]}}",
            ready.join(",")
        ));
        thread.forget_before(index);
        index += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::run_checked_with;

    fn run(config: &Config, seed: u64) -> Vec<Event> {
        let mut events = Vec::new();
        run_checked_with(config, seed, &[], |event| events.push(*event)).expect("checked");
        events
    }

    #[test]
    fn a_wake_is_written_before_its_reports_with_its_done_set() {
        let config = Config {
            stations: 3,
            capacity: 4,
            boxes: 9,
            shot_min: 0.01,
            shot_max: 0.01,
            ..Config::default()
        };
        let events = run(&config, 1);
        let text = events_jsonl(&events);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), events.len());
        let wake = lines
            .iter()
            .position(|line| line.contains("\"done\":[[1,1],[2,2],[3,3]]"))
            .expect("the three stations return together");
        assert!(lines[wake + 1].contains("\"kind\":\"box_done\""));
        assert!(lines.last().unwrap().contains("\"kind\":\"finished\""));
    }

    #[test]
    fn every_box_opened_has_its_draws() {
        let config = Config {
            stations: 2,
            capacity: 3,
            boxes: 5,
            fail: 0.2,
            ..Config::default()
        };
        let events = run(&config, 4);
        let opened = boxes_opened(&events);
        assert_eq!(opened.len(), 5);
        let shots = shots_json(&config, 4, &opened);
        for (box_no, station) in opened {
            assert!(
                shots.contains(&format!("\"{box_no}\":{station}")),
                "{shots}"
            );
        }
    }
}
