//! The trace read back as JSON: its structure, and its slices against the
//! ledger of the same run.

use serde_json::Value;

use super::*;
use crate::sim::config::parse_run_query;
use crate::sim::{run_checked_with, LotState};

fn run(query: &str) -> (Config, u64, Vec<BreakAt>) {
    let (params, errors) = parse_run_query(query);
    assert!(errors.is_empty(), "{errors:?}");
    (params.config, params.seed.unwrap(), params.breaks)
}

fn trace(query: &str, up_to: u64) -> Value {
    let (config, seed, breaks) = run(query);
    serde_json::from_str(
        &chrome_trace(
            &RunSource::engine(config.clone(), seed, breaks.clone()),
            up_to,
        )
        .unwrap(),
    )
    .unwrap()
}

/// The ledger's state after the first `up_to` events, and those events.
fn ledger(query: &str, up_to: u64) -> (LotState, Vec<Event>) {
    let (config, seed, breaks) = run(query);
    let mut events = Vec::new();
    run_checked_with(&config, seed, &breaks, |event| events.push(*event)).unwrap();
    events.truncate(up_to as usize);
    let mut state = LotState::new(&config);
    events.iter().for_each(|event| state.apply(event).unwrap());
    (state, events)
}

fn trace_events(trace: &Value) -> &Vec<Value> {
    trace["traceEvents"].as_array().unwrap()
}

fn named<'a>(trace: &'a Value, name: &str) -> Vec<&'a Value> {
    trace_events(trace)
        .iter()
        .filter(|event| event["name"] == name)
        .collect()
}

fn boxes<'a>(trace: &'a Value, outcome: &str) -> Vec<&'a Value> {
    trace_events(trace)
        .iter()
        .filter(|event| event["cat"] == "box" && event["args"]["outcome"] == outcome)
        .collect()
}

/// More events than the small runs here have: the whole run.
const WHOLE_RUN: u64 = 100_000;

const FAILING: &str = "stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&fail=0.02&seed=5";

#[test]
fn every_event_has_the_fields_the_format_needs() {
    let trace = trace(FAILING, WHOLE_RUN);
    for event in trace_events(&trace) {
        assert_eq!(event["pid"], 1, "{event}");
        match event["ph"].as_str().unwrap() {
            "M" => assert!(event["args"].is_object()),
            "X" => {
                assert!(event["ts"].is_u64() && event["dur"].is_u64(), "{event}");
                assert!(event["tid"].is_u64());
            }
            "i" => assert!(event["ts"].is_u64() && event["s"] == "t", "{event}"),
            other => panic!("unexpected phase {other}"),
        }
    }
    let tracks: Vec<&str> = named(&trace, "thread_name")
        .iter()
        .map(|event| event["args"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        tracks,
        ["supervisor", "station 1", "station 2", "station 3"]
    );
    assert_eq!(trace["otherData"]["time_unit"], "simulated microseconds");
}

#[test]
fn box_and_shot_slices_agree_with_the_ledger() {
    let (state, events) = ledger(FAILING, u64::MAX);
    let trace = trace(FAILING, events.len() as u64);
    assert_eq!(boxes(&trace, "done").len() as u32, state.boxes_done);
    assert_eq!(boxes(&trace, "failed").len() as u32, state.boxes_failed);
    assert_eq!(named(&trace, "shot").len() as u64, state.doses_given);
    let wasted: u64 = boxes(&trace, "failed")
        .iter()
        .map(|slice| slice["args"]["doses_wasted"].as_u64().unwrap())
        .sum();
    assert_eq!(wasted, state.doses_wasted);
    // Each box's slice runs from its opening to its return, as the events say.
    for slice in boxes(&trace, "done") {
        let box_no = slice["args"]["box"].as_u64().unwrap() as u32;
        let opened = events
            .iter()
            .find(
                |event| matches!(event.kind, EventKind::BoxOpened { box_no: b, .. } if b == box_no),
            )
            .unwrap();
        let done = events
            .iter()
            .find(|event| matches!(event.kind, EventKind::BoxDone { box_no: b, .. } if b == box_no))
            .unwrap();
        assert_eq!(slice["ts"], opened.at.as_micros());
        assert_eq!(slice["dur"], done.at.as_micros() - opened.at.as_micros());
        assert_eq!(slice["args"]["shots"], 20, "a done box gave every dose");
    }
}

#[test]
fn a_cut_mid_run_shows_the_open_boxes_up_to_it() {
    let (state, events) = ledger(FAILING, 90);
    let trace = trace(FAILING, 90);
    let open = boxes(&trace, "open at the end of the trace");
    assert_eq!(open.len(), state.working_stations());
    let cut = events.last().unwrap().at.as_micros();
    for slice in open {
        assert_eq!(
            slice["ts"].as_u64().unwrap() + slice["dur"].as_u64().unwrap(),
            cut
        );
    }
    assert_eq!(trace["otherData"]["events"], 90);
}

#[test]
fn polls_and_wakes_come_from_the_task_monitor() {
    let (state, _) = ledger(FAILING, u64::MAX);
    let trace = trace(FAILING, WHOLE_RUN);
    let count = |name: &str, station_tracks: bool| -> u64 {
        named(&trace, name)
            .iter()
            .filter(|event| (event["tid"] != 0) == station_tracks)
            .map(|event| event["args"]["count"].as_u64().unwrap())
            .sum()
    };
    let (station_wakes, station_polls) = (count("wake", true), count("poll", true));
    // Every shot is a timer waking its station's task, which is then polled.
    assert!(
        station_wakes >= state.doses_given,
        "{station_wakes} wakes, {} shots",
        state.doses_given
    );
    assert!(
        station_polls > station_wakes,
        "each task is polled once more than woken: its start"
    );
    assert!(
        count("poll", false) > 0 && count("wake", false) > 0,
        "the supervisor runs too"
    );
}

#[test]
fn breaks_and_the_policy_are_in_the_trace() {
    let query =
        "stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&seed=5&policy=all&breaks=30:2";
    let trace = trace(query, WHOLE_RUN);
    let broken: Vec<&Value> = named(&trace, "station failed")
        .into_iter()
        .filter(|event| {
            event["args"]["error"]
                .as_str()
                .unwrap()
                .contains("broken by hand")
        })
        .collect();
    assert_eq!(broken.len(), 1);
    assert_eq!(broken[0]["tid"], 2);
    assert_eq!(trace["otherData"]["breaks"], "30:2");
    assert_eq!(trace["otherData"]["policy"], "all");
}

#[test]
fn large_runs_leave_out_the_shots_and_huge_cuts_are_refused() {
    let (config, seed, breaks) = run("boxes=1000&capacity=100&seed=1");
    let trace: Value = serde_json::from_str(
        &chrome_trace(
            &RunSource::engine(config.clone(), seed, breaks.clone()),
            5000,
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(trace["otherData"]["shot_slices"], false);
    assert!(named(&trace, "shot").is_empty());
    assert!(!boxes(&trace, "done").is_empty());
    let refused = chrome_trace(
        &RunSource::engine(config.clone(), seed, breaks.clone()),
        TRACE_EVENTS_LIMIT + 1,
    )
    .unwrap_err();
    assert!(refused.contains("at most 1000000 events"), "{refused}");
}

#[test]
fn a_blocking_run_draws_its_callbacks_on_their_own_track() {
    let trace = trace("stations=3&boxes=6&capacity=5&blocking=1&seed=3", WHOLE_RUN);
    let tracks: Vec<&str> = named(&trace, "thread_name")
        .iter()
        .map(|event| event["args"]["name"].as_str().unwrap())
        .collect();
    assert!(tracks.contains(&"station 1 (blocks the thread)"));
    assert!(tracks.contains(&"event-loop callbacks"));
    assert!(!named(&trace, "callback").is_empty());
}

#[test]
fn a_recorded_programs_trace_has_its_boxes_lost_ones_included() {
    use std::rc::Rc;

    use crate::program::{ProgramRun, Recorded};
    use crate::sim::interchange::events_jsonl;

    // The article's loop recorded as a program: its cancelled boxes close
    // their slices as the engine's do.
    let (config, seed, _) = run("policy=article&stations=3&boxes=6&capacity=4&seed=2");
    let mut events = Vec::new();
    run_checked_with(&config, seed, &[], |event| events.push(*event)).unwrap();
    let recorded = ProgramRun {
        trace: events_jsonl(&events),
        ..ProgramRun::default()
    };
    let recorded = Recorded::read(&config, seed, "", recorded).expect("a program's run");
    let source = RunSource::Recorded(Rc::new(recorded));
    let trace: Value =
        serde_json::from_str(&chrome_trace(&source, events.len() as u64).unwrap()).unwrap();
    let cancelled = trace_events(&trace)
        .iter()
        .filter(|record| record["name"] == "cancelled")
        .count();
    assert_eq!(cancelled, 3, "the three tasks cancelled at the end");
    assert_eq!(trace["otherData"]["events"], events.len() as u64);
}
