//! The timer queue as it stood after each event of a turn, while a
//! driver shows the turn one event at a time.

use std::rc::Rc;

use futures::executor::LocalPool;
use vaccination_lot_engine::{
    Config, Event, EventKind, LotState, Policy, Simulation, StationState,
};

/// Runs `config` turn by turn; after each event of each turn, checks
/// that every station with doses left is either asleep on exactly one
/// timer in the queue shown or about to act later in the turn, never
/// both. Returns how many events came in turns of several events.
fn check_every_event(config: &Config, seed: u64) -> usize {
    let mut pool = LocalPool::new();
    let simulation = Simulation::start(config.clone(), seed, Rc::new(pool.spawner()));
    let mut lot = LotState::new(config);
    let mut shared_turns = 0;
    loop {
        pool.run_until_stalled();
        let mut turn: Vec<Event> = Vec::new();
        while let Some(event) = simulation.events().pop() {
            turn.push(event);
        }
        if turn.len() > 1 {
            shared_turns += turn.len();
        }
        for (index, event) in turn.iter().enumerate() {
            lot.apply(event).unwrap();
            let ahead = &turn[index + 1..];
            let shown = simulation.upcoming_before(ahead, usize::MAX);
            for status in &lot.stations {
                let timers = shown
                    .iter()
                    .filter(|(_, tie)| *tie == status.station)
                    .count();
                let acts_later = ahead.iter().any(|later| {
                    matches!(later.kind,
                        EventKind::ShotGiven { station, .. } | EventKind::BoxOpened { station, .. }
                            if station == status.station)
                });
                if status.state == StationState::Working && status.remaining > 0 {
                    assert_eq!(
                        usize::from(timers == 1) + usize::from(acts_later),
                        1,
                        "station {} after {event:?}: {timers} timers shown, acts later: {acts_later}",
                        status.station
                    );
                } else {
                    assert_eq!(
                        timers, 0,
                        "station {} is not working: {event:?}",
                        status.station
                    );
                }
            }
        }
        // Past the turn's last event the queue is the clock's own.
        assert_eq!(
            simulation.upcoming_before(&[], usize::MAX),
            simulation.clock().upcoming(usize::MAX)
        );
        if simulation.next_turn().is_none() {
            break;
        }
    }
    shared_turns
}

#[test]
fn stations_due_together_arm_their_next_timers_one_event_at_a_time() {
    // Every shot takes the same time: all three stations shoot at each
    // instant, in one turn.
    for policy in [
        Policy::FirstCompleted,
        Policy::AllCompleted,
        Policy::Workers,
    ] {
        let config = Config {
            stations: 3,
            capacity: 4,
            boxes: 7,
            shot_min: 0.5,
            shot_max: 0.5,
            policy,
            ..Config::default()
        };
        let shared = check_every_event(&config, 1);
        assert!(shared > 20, "{policy:?}: {shared} events in shared turns");
    }
}

#[test]
fn random_shot_times_keep_one_timer_per_sleeping_station() {
    let config = Config {
        stations: 4,
        capacity: 6,
        boxes: 10,
        ..Config::default()
    };
    for seed in 0..5 {
        check_every_event(&config, seed);
    }
}
