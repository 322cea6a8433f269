//! A station that blocks the thread instead of awaiting starves the others.

use vaccination_lot::sim::{run_checked, Config, EventKind, LocalRun};

#[test]
fn while_a_station_blocks_no_other_station_gives_a_shot() {
    let config = Config {
        blocking: Some(1),
        boxes: 12,
        capacity: 20,
        ..Config::default()
    };
    let mut events = Vec::new();
    LocalRun::new(config.clone(), 3).run_to_end(|event| events.push(*event));
    // Station 1 never awaits, and its next box is ready at once, so it
    // holds the thread until the depot is empty: every shot before that
    // is its own.
    let depot_empty = events
        .iter()
        .position(|event| matches!(event.kind, EventKind::DepotEmpty { .. }))
        .unwrap();
    let others_before: Vec<_> = events[..depot_empty]
        .iter()
        .filter(|event| matches!(event.kind, EventKind::ShotGiven { station, .. } if station != 1))
        .collect();
    assert!(others_before.is_empty(), "{others_before:?}");
    let station_one_boxes = events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::BoxDone { station: 1, .. }))
        .count();
    assert_eq!(
        station_one_boxes, 10,
        "12 boxes: one each for stations 2 and 3, the rest for station 1"
    );
}

#[test]
fn blocking_makes_the_run_longer_and_still_accounts_for_every_dose() {
    let awaiting = run_checked(&Config::default(), 8).unwrap();
    let blocking = run_checked(
        &Config {
            blocking: Some(2),
            ..Config::default()
        },
        8,
    )
    .unwrap();
    assert!(blocking.makespan.as_secs_f64() > awaiting.makespan.as_secs_f64() * 2.0);
    assert_eq!(blocking.state.doses_given, 10_000);
}
