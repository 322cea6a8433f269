//! Breaking a station by hand: reported, restarted, counted, and repeated
//! exactly by a replay.

use vaccination_lot_engine::{
    BreakAt, Config, Event, EventChecksum, EventKind, LocalRun, LotState, StationError,
};

/// Runs to the end, breaking `station` at the first settled moment with at
/// least `after_events` events, as the page does when a station is clicked.
fn run_breaking_by_hand(config: &Config, seed: u64, after_events: u64, station: u32) -> Vec<Event> {
    let mut run = LocalRun::new(config.clone(), seed);
    let mut broken = false;
    loop {
        if !broken && run.produced() >= after_events {
            assert!(
                run.simulation().break_station(station),
                "the station had a task asleep"
            );
            broken = true;
        }
        if !run.advance() {
            break;
        }
    }
    let mut events = Vec::new();
    while let Some(event) = run.next_event() {
        events.push(event);
    }
    events
}

fn checksum(events: &[Event]) -> EventChecksum {
    let mut checksum = EventChecksum::default();
    events.iter().for_each(|event| checksum.add(event));
    checksum
}

#[test]
fn a_broken_station_is_reported_restarted_and_its_doses_wasted() {
    let config = Config::default();
    let events = run_breaking_by_hand(&config, 6, 500, 2);
    let index = events
        .iter()
        .position(|event| {
            matches!(
                event.kind,
                EventKind::StationFailed {
                    station: 2,
                    error: StationError::BrokenByHand { .. },
                    restarting: true,
                    ..
                }
            )
        })
        .expect("the break is reported");
    assert!(index >= 500, "not before the moment it was broken");
    assert!(matches!(
        events[index + 1].kind,
        EventKind::BoxOpened { station: 2, .. }
    ));
    assert!(events[index].to_string().contains("broken by hand"));
    let mut state = LotState::new(&config);
    for event in &events {
        state.apply(event).unwrap();
    }
    state.check_finished().unwrap();
    assert!(state.doses_wasted > 0);
    assert_eq!(state.doses_given + state.doses_wasted, config.total_doses());
}

#[test]
fn a_replay_with_the_recorded_break_repeats_the_run_exactly() {
    let config = Config {
        fail: 0.002,
        ..Config::default()
    };
    for (after_events, station) in [(3, 1), (500, 2), (4321, 3)] {
        let live = run_breaking_by_hand(&config, 9, after_events, station);
        let mut replayed = Vec::new();
        LocalRun::with_breaks(
            config.clone(),
            9,
            &[BreakAt {
                after_events,
                station,
            }],
        )
        .run_to_end(|event| replayed.push(*event));
        assert_eq!(
            checksum(&replayed),
            checksum(&live),
            "break after {after_events} at station {station}"
        );
        assert_ne!(
            checksum(&live),
            checksum(&run_breaking_by_hand(&config, 9, u64::MAX, station))
        );
    }
}
