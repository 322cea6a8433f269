//! A run is a function of its parameters and seed, whatever the executor.

use std::rc::Rc;

use futures::executor::LocalPool;
use vaccination_lot_engine::Spawner;
use vaccination_lot_engine::{
    run_checked, Config, Event, EventChecksum, EventKind, LocalRun, Policy, SimTime, Simulation,
};

use crate::reverse_pool::ReversePool;

/// Runs on the newest-first executor, firing one timer at a time.
fn run_on_reverse_pool(config: &Config, seed: u64) -> (EventChecksum, SimTime, u64) {
    let mut pool = ReversePool::default();
    let spawner = Rc::new(pool.spawner());
    run_on(spawner, || pool.run_until_stalled(), config, seed)
}

/// Runs on `futures`' `LocalPool`, which the native driver used before its
/// own executor.
fn run_on_local_pool(config: &Config, seed: u64) -> (EventChecksum, SimTime, u64) {
    let mut pool = LocalPool::new();
    let spawner = Rc::new(pool.spawner());
    run_on(spawner, || pool.run_until_stalled(), config, seed)
}

/// Drives a run on any executor: every woken task runs, then the loop's
/// next turn.
fn run_on(
    spawner: Rc<dyn Spawner>,
    mut run_until_stalled: impl FnMut(),
    config: &Config,
    seed: u64,
) -> (EventChecksum, SimTime, u64) {
    let simulation = Simulation::start(config.clone(), seed, spawner);
    let mut checksum = EventChecksum::default();
    let mut last = SimTime::START;
    let mut count = 0;
    loop {
        run_until_stalled();
        assert!(simulation.is_settled());
        while let Some(event) = simulation.events().pop() {
            checksum.add(&event);
            last = event.at;
            count += 1;
        }
        if simulation.next_turn().is_none() {
            break;
        }
    }
    assert!(simulation.is_finished());
    (checksum, last, count)
}

#[test]
fn the_same_seed_gives_the_same_event_sequence() {
    let config = Config {
        fail: 0.01,
        ..Config::default()
    };
    let first = run_checked(&config, 7).unwrap();
    let second = run_checked(&config, 7).unwrap();
    assert_eq!(first.checksum, second.checksum);
    assert_eq!(first.makespan, second.makespan);
    assert_eq!(first.events, second.events);
}

#[test]
fn another_seed_gives_another_run() {
    let first = run_checked(&Config::default(), 1).unwrap();
    let second = run_checked(&Config::default(), 2).unwrap();
    assert_ne!(first.checksum, second.checksum);
    assert_ne!(first.makespan, second.makespan);
}

#[test]
fn polling_newest_first_gives_the_same_run_as_local_pool() {
    for (config, seed) in [
        (Config::default(), 11),
        (
            Config {
                stations: 7,
                boxes: 40,
                capacity: 13,
                fail: 0.02,
                speeds: vec![2.0, 0.5, 1.5],
                ..Config::default()
            },
            12,
        ),
    ] {
        let native = run_checked(&config, seed).unwrap();
        let (checksum, makespan, events) = run_on_reverse_pool(&config, seed);
        assert_eq!(checksum, native.checksum, "{config:?}");
        assert_eq!(makespan, native.makespan);
        assert_eq!(events, native.events);
    }
}

/// Runs with a blocking station are left out: they follow asyncio's loop
/// turn by turn, which needs an executor that polls tasks in the order
/// they became ready, and `LocalPool` polls a task spawned during a poll
/// only after its next drain.
#[test]
fn local_pool_gives_the_same_runs_as_the_native_executor() {
    for policy in Policy::ALL {
        for (fail, speeds) in [(0.0, vec![]), (0.02, vec![2.0, 0.5])] {
            let config = Config {
                stations: 5,
                boxes: 60,
                capacity: 25,
                fail,
                speeds,
                policy,
                ..Config::default()
            };
            let native = run_checked(&config, 21).unwrap();
            let (checksum, makespan, events) = run_on_local_pool(&config, 21);
            assert_eq!(checksum, native.checksum, "{config:?}");
            assert_eq!(makespan, native.makespan);
            assert_eq!(events, native.events);
        }
    }
}

#[test]
fn stations_that_always_tie_are_handled_in_station_order_on_any_executor() {
    // Every shot takes exactly 10 ms, so all stations wake at the same
    // instants and finish their boxes together.
    let config = Config {
        stations: 4,
        boxes: 10,
        capacity: 5,
        shot_min: 0.01,
        shot_max: 0.01,
        ..Config::default()
    };
    let native = events_of(&config, 3);
    let reversed = events_on_reverse_pool(&config, 3);
    // The stations woken at one instant give their shots in the order the
    // executor runs them (as asyncio's in its ready queue's), but the
    // supervisor takes them as one done set in station order: every box
    // goes to the same station, at the same instant, on both.
    assert_eq!(reports(&reversed), reports(&native));
    assert_eq!(by_instant(reversed), by_instant(native.clone()));
    // 10 boxes of 50 ms on 4 stations: three rounds, each one wake.
    assert_eq!(native.last().unwrap().at, SimTime::from_micros(150_000));
    let wakes: Vec<EventKind> = native
        .iter()
        .filter(|event| matches!(event.kind, EventKind::SupervisorWoke { .. }))
        .map(|event| event.kind)
        .collect();
    assert_eq!(
        wakes,
        [(4, 0b1111), (4, 0b1111), (2, 0b11)]
            .map(|(done, stations)| EventKind::SupervisorWoke { done, stations }),
        "each round's boxes come back in one done set"
    );
}

/// Every event of a run on the native (FIFO) executor.
fn events_of(config: &Config, seed: u64) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::new(config.clone(), seed).run_to_end(|event| events.push(*event));
    events
}

/// Every event of a run on the newest-first executor.
fn events_on_reverse_pool(config: &Config, seed: u64) -> Vec<Event> {
    let mut pool = ReversePool::default();
    let simulation = Simulation::start(config.clone(), seed, Rc::new(pool.spawner()));
    let mut events = Vec::new();
    loop {
        pool.run_until_stalled();
        while let Some(event) = simulation.events().pop() {
            events.push(event);
        }
        if simulation.next_turn().is_none() {
            return events;
        }
    }
}

/// The reports of returned boxes (and the openings), in order.
fn reports(events: &[Event]) -> Vec<Event> {
    events
        .iter()
        .filter(|event| !event.is_shot())
        .copied()
        .collect()
}

/// The events of each instant, as a set: what happened when, whatever
/// order the tasks of one instant ran in.
fn by_instant(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by_cached_key(|event| (event.at, format!("{:?}", event.kind)));
    events
}
