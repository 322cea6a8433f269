//! What the supervisor does with finished and failed stations.

use vaccination_lot_engine::{Config, Event, EventKind, LocalRun, LotState, StationState};

fn events_of(config: &Config, seed: u64) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::new(config.clone(), seed).run_to_end(|event| events.push(*event));
    events
}

#[test]
fn a_finished_station_is_restarted_at_once_with_the_next_box() {
    let events = events_of(
        &Config {
            boxes: 6,
            capacity: 10,
            ..Config::default()
        },
        1,
    );
    let done_index = events
        .iter()
        .position(|event| matches!(event.kind, EventKind::BoxDone { .. }))
        .unwrap();
    let (done, next) = (events[done_index], events[done_index + 1]);
    let EventKind::BoxDone {
        station,
        restarting,
        ..
    } = done.kind
    else {
        unreachable!()
    };
    assert!(restarting);
    assert_eq!(next.at, done.at, "the restart happens at the same instant");
    assert!(
        matches!(next.kind, EventKind::BoxOpened { station: s, box_no: 4, .. } if s == station),
        "{next:?}"
    );
}

#[test]
fn a_failed_station_is_reported_restarted_and_its_doses_counted_as_wasted() {
    let config = Config {
        boxes: 30,
        capacity: 20,
        fail: 0.05,
        ..Config::default()
    };
    let events = events_of(&config, 4);
    let failed_index = events
        .iter()
        .position(|event| {
            matches!(
                event.kind,
                EventKind::StationFailed {
                    restarting: true,
                    ..
                }
            )
        })
        .expect("a 5% failure rate over 600 doses fails somewhere");
    let EventKind::StationFailed {
        station,
        doses_wasted,
        error,
        ..
    } = events[failed_index].kind
    else {
        unreachable!()
    };
    assert!(doses_wasted >= 1);
    assert!(events[failed_index]
        .to_string()
        .contains(&error.to_string()));
    assert!(matches!(
        events[failed_index + 1].kind,
        EventKind::BoxOpened { station: s, .. } if s == station
    ));
    let mut state = LotState::new(&config);
    for event in &events {
        state.apply(event).unwrap();
    }
    assert!(state.doses_wasted >= u64::from(doses_wasted));
    assert_eq!(state.doses_given + state.doses_wasted, config.total_doses());
}

#[test]
fn after_the_depot_empties_the_supervisor_drains_the_running_stations() {
    let config = Config {
        stations: 4,
        boxes: 9,
        capacity: 10,
        ..Config::default()
    };
    let events = events_of(&config, 8);
    let empty_index = events
        .iter()
        .position(|event| matches!(event.kind, EventKind::DepotEmpty { .. }))
        .unwrap();
    assert!(matches!(
        events[empty_index].kind,
        EventKind::DepotEmpty { still_working: 4 }
    ));
    let after = &events[empty_index + 1..];
    assert!(!after
        .iter()
        .any(|event| matches!(event.kind, EventKind::BoxOpened { .. })));
    let finished_boxes = after
        .iter()
        .filter(|event| {
            matches!(
                event.kind,
                EventKind::BoxDone {
                    restarting: false,
                    ..
                }
            )
        })
        .count();
    assert_eq!(
        finished_boxes, 4,
        "each of the 4 running stations finishes its box"
    );
    assert!(matches!(
        events.last().unwrap().kind,
        EventKind::Finished { boxes_done: 9, .. }
    ));
}

#[test]
fn more_stations_than_boxes_leaves_the_extra_stations_idle_and_then_done() {
    let config = Config {
        stations: 5,
        boxes: 2,
        capacity: 3,
        ..Config::default()
    };
    let mut state = LotState::new(&config);
    for event in events_of(&config, 2) {
        state.apply(&event).unwrap();
    }
    assert_eq!(state.boxes_done, 2);
    let used: Vec<u32> = state.stations.iter().map(|s| s.boxes_done).collect();
    assert_eq!(used, vec![1, 1, 0, 0, 0]);
    assert!(state.stations.iter().all(|s| s.state == StationState::Done));
}

#[test]
fn certain_failure_wastes_every_dose() {
    let config = Config {
        boxes: 5,
        capacity: 4,
        fail: 1.0,
        ..Config::default()
    };
    let mut state = LotState::new(&config);
    for event in events_of(&config, 1) {
        state.apply(&event).unwrap();
    }
    assert_eq!(
        (state.doses_given, state.doses_wasted, state.boxes_failed),
        (0, 20, 5)
    );
}

#[test]
fn box_numbers_are_each_opened_once() {
    let config = Config {
        stations: 6,
        boxes: 50,
        capacity: 7,
        fail: 0.03,
        ..Config::default()
    };
    let mut opened: Vec<u32> = events_of(&config, 9)
        .iter()
        .filter_map(|event| match event.kind {
            EventKind::BoxOpened { box_no, .. } => Some(box_no),
            _ => None,
        })
        .collect();
    opened.sort_unstable();
    assert_eq!(opened, (1..=50).collect::<Vec<u32>>());
}
