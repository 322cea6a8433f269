use super::*;
use crate::sim::interchange::events_jsonl;
use crate::sim::Policy;

fn config() -> Config {
    Config {
        stations: 3,
        capacity: 4,
        boxes: 5,
        ..Config::default()
    }
}

fn engine_events(config: &Config, seed: u64) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::new(config.clone(), seed).run_to_end(|event| events.push(*event));
    events
}

fn read(config: &Config, seed: u64, trace: &str) -> Result<Recorded, TraceError> {
    let run = ProgramRun {
        trace: trace.to_string(),
        ..ProgramRun::default()
    };
    Recorded::read(config, seed, "async def supervise(depot): ...", run)
}

#[test]
fn a_program_that_supervises_as_the_engine_does_reads_back_as_the_engines_run() {
    for policy in [
        Policy::FirstCompleted,
        Policy::AllCompleted,
        Policy::CompletionQueue,
    ] {
        let config = Config { policy, ..config() };
        let events = engine_events(&config, 7);
        let run =
            read(&config, 7, &events_jsonl(&events)).expect("the engine's run is a program's");
        assert_eq!(run.events, events, "{policy:?}");
        assert_eq!(first_difference(&run), None, "{policy:?}");
        let diagnostics = Diagnostics::of(&run);
        assert_eq!(diagnostics.doses_lost(), 0);
        assert_eq!(diagnostics.doses_reported, 20);
    }
}

#[test]
fn the_first_difference_is_the_first_event_that_differs() {
    let config = config();
    let mut events = engine_events(&config, 3);
    let finished = events.pop().expect("a finished event");
    assert!(matches!(finished.kind, EventKind::Finished { .. }));
    // The same run, its last report lost: the program never looked at it.
    let last_done = events
        .iter()
        .rposition(|event| matches!(event.kind, EventKind::BoxDone { .. }))
        .expect("a box done");
    let EventKind::BoxDone {
        station, box_no, ..
    } = events[last_done].kind
    else {
        unreachable!()
    };
    events.remove(last_done);
    // Nor did it wait for it through a done set: it awaited something else.
    let wake = last_done - 1;
    assert!(matches!(
        events[wake].kind,
        EventKind::SupervisorWoke { done: 1, .. }
    ));
    events.remove(wake);
    events.push(Event {
        at: finished.at,
        kind: EventKind::BoxUnreported {
            station,
            box_no,
            doses_given: 4,
            doses_wasted: 0,
        },
    });
    events.push(Event {
        at: finished.at,
        kind: EventKind::Finished {
            boxes_done: 4,
            boxes_failed: 0,
            doses_given: 20,
            doses_wasted: 0,
        },
    });
    let run = read(&config, 3, &events_jsonl(&events)).expect("a lost box is accounted for");
    assert_eq!(first_difference(&run), Some(wake as u64 + 1));
    let diagnostics = Diagnostics::of(&run);
    assert_eq!(diagnostics.doses_lost(), 4);
    assert_eq!(diagnostics.lost[0].station, station);
    assert_eq!(diagnostics.lost[0].box_no, box_no);
    assert!(!diagnostics.lost[0].cancelled);
    assert_eq!(diagnostics.doses_reported, 16);
}

#[test]
fn two_boxes_at_one_station_are_refused_with_the_event_that_did_it() {
    let trace = "\
{\"t_us\":0,\"kind\":\"box_opened\",\"station\":1,\"box\":1,\"depot_left\":4}
{\"t_us\":0,\"kind\":\"box_opened\",\"station\":1,\"box\":2,\"depot_left\":3}
";
    let error = read(&config(), 1, trace).expect_err("one box at a time");
    assert!(
        matches!(&error, TraceError::Ledger(2, why) if why.contains("still open")),
        "{error}"
    );
}

#[test]
fn a_trace_cut_short_or_garbled_is_refused_with_its_line() {
    let trace = "{\"t_us\":0,\"kind\":\"box_opened\",\"station\":1,\"box\":1,\"depot_left\":4}\n";
    assert!(matches!(
        read(&config(), 1, trace),
        Err(TraceError::Ledger(1, _))
    ));
    let garbled = "{\"t_us\":0,\"kind\":\"box_opened\",\"station\":1}\nnot json\n";
    assert_eq!(
        read(&config(), 1, garbled),
        Err(TraceError::Unreadable(1, "no whole number `box`".into()))
    );
}

#[test]
fn notes_are_read_beside_the_events() {
    let config = config();
    let mut trace = events_jsonl(&engine_events(&config, 2));
    trace.push_str("{\"t_us\":5,\"kind\":\"blocked\",\"held_us\":250000,\"line\":12}\n");
    trace.push_str(
        "{\"t_us\":9,\"kind\":\"never_retrieved\",\"station\":2,\"box\":4,\"task\":\"Task-6\",\"error\":\"SpoiledDose: x\"}\n",
    );
    let run = read(&config, 2, &trace).expect("readable");
    let diagnostics = Diagnostics::of(&run);
    assert_eq!(diagnostics.held(), SimDuration::from_micros(250_000));
    assert_eq!(diagnostics.never_retrieved[0].task, Some((2, 4)));
    assert!(diagnostics.never_awaited.is_empty());
}

#[test]
fn the_draws_cover_every_station_and_box_a_program_may_open() {
    let config = config();
    let plans = plans_json(&config, 5).expect("small");
    let value: Value = serde_json::from_str(&plans).unwrap();
    assert_eq!(value["boxes"], 18);
    assert_eq!(value["plans"].as_object().unwrap().len(), 54);
    let huge = Config {
        stations: 1000,
        boxes: 1000,
        capacity: 100,
        ..Config::default()
    };
    assert_eq!(plans_json(&huge, 5), None);
}
