//! The record of the one thread: who holds it at each event, and the
//! ready queue in the order the executor polls it.

use vaccination_lot_engine::config::{parse_run_query, Policy};
use vaccination_lot_engine::{Config, EventKind, LocalRun, TaskKind, ThreadMoment};

fn config(query: &str) -> Config {
    let (params, errors) = parse_run_query(query);
    assert!(errors.is_empty(), "{errors:?}");
    params.config
}

/// Every event of a traced run with the thread as it stood then.
fn traced(config: &Config, seed: u64) -> (Vec<(EventKind, ThreadMoment)>, u64) {
    let mut run = LocalRun::traced(config.clone(), seed, &[]);
    let mut seen = Vec::new();
    while let Some(event) = run.next_event() {
        let thread = run.simulation().monitor().thread().expect("traced");
        let index = seen.len() as u64;
        seen.push((event.kind, thread.moment_at(index).expect("kept")));
        thread.forget_before(index);
    }
    let out_of_order = run
        .simulation()
        .monitor()
        .thread()
        .expect("traced")
        .polled_out_of_order();
    (seen, out_of_order)
}

#[test]
fn the_executor_always_polls_the_front_of_the_ready_queue() {
    for query in [
        "stations=3&boxes=12&capacity=10&shot_min=0.2&shot_max=0.6",
        "stations=3&boxes=6&capacity=10&shot_min=0.1&shot_max=0.1",
        "stations=3&boxes=9&capacity=10&shot_min=0.2&shot_max=0.6&blocking=1",
        "stations=4&boxes=12&capacity=5&shot_min=0.1&shot_max=0.1&blocking=2",
        "stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&fail=0.05",
    ] {
        for policy in Policy::ALL {
            let mut config = config(query);
            config.policy = policy;
            for seed in 1..4 {
                let (seen, out_of_order) = traced(&config, seed);
                assert_eq!(out_of_order, 0, "{query} {policy:?} seed {seed}");
                assert!(!seen.is_empty());
            }
        }
    }
}

#[test]
fn a_shot_is_given_by_the_station_holding_the_thread() {
    for (query, policy) in [
        (
            "stations=3&boxes=12&capacity=10&shot_min=0.2&shot_max=0.6",
            Policy::FirstCompleted,
        ),
        (
            "stations=3&boxes=9&capacity=10&shot_min=0.2&shot_max=0.6&blocking=1",
            Policy::FirstCompleted,
        ),
        (
            "stations=3&boxes=12&capacity=10&shot_min=0.1&shot_max=1",
            Policy::AllCompleted,
        ),
        (
            "stations=3&boxes=12&capacity=20&shot_min=0.05&shot_max=0.3",
            Policy::Article,
        ),
    ] {
        let mut config = config(query);
        config.policy = policy;
        let (seen, _) = traced(&config, 7);
        for (kind, moment) in seen {
            match kind {
                EventKind::ShotGiven { station, .. } => assert!(
                    matches!(moment.running, Some(TaskKind::Station { station: running, .. }) if running == station),
                    "{query}: {kind:?} while {moment:?}"
                ),
                EventKind::BoxOpened { .. } | EventKind::BoxDone { .. } => {
                    assert_eq!(
                        moment.running,
                        Some(TaskKind::Supervisor),
                        "{query}: {kind:?}"
                    )
                }
                _ => {}
            }
            assert!(
                !moment
                    .ready
                    .iter()
                    .any(|task| Some(*task) == moment.running),
                "the task holding the thread is not also waiting for it"
            );
        }
    }
}

#[test]
fn tasks_woken_at_one_instant_wait_in_the_order_their_timers_fired() {
    let config = config("stations=3&boxes=3&capacity=3&shot_min=0.1&shot_max=0.1");
    let (seen, _) = traced(&config, 1);
    let station = |station, box_no| TaskKind::Station { station, box_no };
    let first_shots: Vec<&ThreadMoment> = seen
        .iter()
        .filter(|(kind, _)| matches!(kind, EventKind::ShotGiven { doses_left: 2, .. }))
        .map(|(_, moment)| moment)
        .collect();
    assert_eq!(
        first_shots,
        [
            &ThreadMoment {
                running: Some(station(1, 1)),
                ready: vec![station(2, 2), station(3, 3)],
            },
            &ThreadMoment {
                running: Some(station(2, 2)),
                ready: vec![station(3, 3)],
            },
            &ThreadMoment {
                running: Some(station(3, 3)),
                ready: vec![],
            },
        ]
    );
}

#[test]
fn a_blocking_station_holds_the_thread_for_its_whole_box() {
    let config = config("stations=3&boxes=9&capacity=10&shot_min=0.2&shot_max=0.6&blocking=1");
    let mut run = LocalRun::traced(config, 3, &[]);
    let mut index = 0u64;
    let mut checked = 0;
    while let Some(event) = run.next_event() {
        let thread = run.simulation().monitor().thread().expect("traced");
        if let EventKind::BoxDone { station: 1, .. } = event.kind {
            // Station 1's task returned: the turn that gave its ten
            // shots is one turn of its task, and no other ran in it.
            let turns = thread.turns_until(index, 24);
            let blocking = turns
                .iter()
                .rev()
                .find(|turn| {
                    matches!(turn.task, TaskKind::Station { station: 1, .. }) && turn.events > 0
                })
                .expect("station 1 took the thread");
            assert_eq!(blocking.events, 10, "one turn for the whole box");
            assert!(
                blocking.ended_micros > blocking.began_micros,
                "time moved while it held the thread"
            );
            checked += 1;
        }
        thread.forget_before(index);
        index += 1;
    }
    assert!(checked >= 2);
}
