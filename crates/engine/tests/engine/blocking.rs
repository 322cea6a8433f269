//! A station that blocks the thread instead of awaiting, as CPython's event
//! loop runs it (the asyncio differential test checks the same runs
//! against CPython itself).

use std::rc::Rc;

use vaccination_lot_engine::FifoPool;
use vaccination_lot_engine::{
    run_checked, Config, Event, EventChecksum, EventKind, LocalRun, Policy, Simulation,
};

fn events_of(config: &Config, seed: u64) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::new(config.clone(), seed).run_to_end(|event| events.push(*event));
    events
}

#[test]
fn between_its_boxes_each_other_station_gives_the_shot_that_came_due() {
    let config = Config {
        blocking: Some(1),
        boxes: 12,
        capacity: 20,
        ..Config::default()
    };
    let events = events_of(&config, 3);
    let depot_empty = events
        .iter()
        .position(|event| matches!(event.kind, EventKind::DepotEmpty { .. }))
        .unwrap();
    // Split the run before the depot empties at station 1's box returns.
    let mut shots_between = vec![[0u32; 4]];
    for event in &events[..depot_empty] {
        match event.kind {
            EventKind::BoxDone { station: 1, .. } => shots_between.push([0; 4]),
            EventKind::ShotGiven { station, .. } if station != 1 => {
                shots_between.last_mut().unwrap()[station as usize] += 1;
            }
            _ => {}
        }
    }
    let others: u32 = shots_between.iter().map(|s| s[2] + s[3]).sum();
    assert!(others > 0, "the others get a turn between its boxes");
    for between in &shots_between[1..] {
        assert!(
            between[2] <= 1 && between[3] <= 1,
            "one shot each at most: only the timer that came due fires ({shots_between:?})"
        );
    }
}

#[test]
fn many_tasks_returning_at_one_instant_are_all_accounted_for() {
    // Every shot takes 1 µs, so while station 2 blocks, every other
    // station's box comes due: they return together, and the supervisor
    // takes them as asyncio.wait's done set (the differential test checks
    // the order against CPython).
    let config = Config {
        stations: 4,
        capacity: 1,
        boxes: 30,
        shot_min: 0.000_001,
        shot_max: 0.000_001,
        blocking: Some(2),
        ..Config::default()
    };
    let events = events_of(&config, 0);
    let done: Vec<u64> = events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::BoxDone { .. }))
        .map(|event| event.at.as_micros())
        .collect();
    assert!(done.windows(2).any(|pair| pair[0] == pair[1]), "{done:?}");
    let outcome = run_checked(&config, 0).unwrap();
    assert_eq!(outcome.state.boxes_done, 30);
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

#[test]
fn a_blocking_worker_hands_the_thread_back_between_boxes() {
    // Under the workers, station 1's worker never awaits: it goes from box
    // to box in one poll, as asyncio's would, for the whole run. The run
    // pauses between its boxes once events pile up, so a driver takes them
    // a few thousand at a time rather than all 30,000 at the end.
    let config = Config {
        policy: Policy::Workers,
        blocking: Some(1),
        boxes: 3000,
        capacity: 10,
        ..Config::default()
    };
    let mut pool = FifoPool::new();
    let simulation = Simulation::start(config.clone(), 5, Rc::new(pool.spawner()));
    let mut largest = 0;
    let mut events = Vec::new();
    loop {
        pool.run_until_stalled();
        largest = largest.max(simulation.events().len());
        while let Some(event) = simulation.events().pop() {
            events.push(event);
        }
        if simulation.next_turn().is_none() {
            break;
        }
    }
    assert!(largest <= 4096 + 10 + 3, "{largest} events waited at once");
    let mut checksum = EventChecksum::default();
    events.iter().for_each(|event| checksum.add(event));
    let whole = run_checked(&config, 5).unwrap();
    // The same run through the native driver (the CPython comparison
    // checks such a run against asyncio, where the worker never stops).
    assert_eq!(checksum, whole.checksum);
    assert_eq!(whole.state.boxes_done, 3000);
}
