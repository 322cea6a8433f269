//! The supervisor's policies, compared on the same seeds.

use vaccination_lot::sim::{expected_makespan, run_checked, Config, EventKind, LocalRun, Policy};

fn with_policy(policy: Policy) -> Config {
    Config {
        policy,
        fail: 0.002,
        ..Config::default()
    }
}

#[test]
fn a_completion_queue_handles_completions_exactly_as_first_completed() {
    for seed in 0..10 {
        let first = run_checked(&with_policy(Policy::FirstCompleted), seed).unwrap();
        let queue = run_checked(&with_policy(Policy::CompletionQueue), seed).unwrap();
        assert_eq!(queue.checksum, first.checksum, "seed {seed}");
        assert_eq!(queue.makespan, first.makespan, "seed {seed}");
    }
}

#[test]
fn all_completed_takes_longer_because_stations_wait_for_the_batch() {
    for seed in 0..10 {
        let first = run_checked(&with_policy(Policy::FirstCompleted), seed).unwrap();
        let all = run_checked(&with_policy(Policy::AllCompleted), seed).unwrap();
        assert!(
            all.makespan > first.makespan,
            "seed {seed}: {:?} vs {:?}",
            all.makespan,
            first.makespan
        );
        let busy = |outcome: &vaccination_lot::sim::RunOutcome| {
            outcome
                .state
                .stations
                .iter()
                .map(|s| s.busy_until(outcome.makespan).as_secs_f64())
                .sum::<f64>()
                / outcome.makespan.as_secs_f64()
        };
        assert!(
            busy(&all) < busy(&first),
            "seed {seed}: stations stand idle under ALL_COMPLETED"
        );
    }
}

#[test]
fn all_completed_opens_no_box_until_the_whole_batch_is_back() {
    let config = Config {
        policy: Policy::AllCompleted,
        boxes: 9,
        capacity: 10,
        ..Config::default()
    };
    // Boxes are opened in batches: each opening follows another opening, or
    // comes when no station is working.
    let mut working = 0u32;
    let mut previous_was_opening = false;
    let mut batches = 0;
    LocalRun::new(config, 4).run_to_end(|event| {
        let opening = matches!(event.kind, EventKind::BoxOpened { .. });
        match event.kind {
            EventKind::BoxOpened { .. } => {
                assert!(
                    previous_was_opening || working == 0,
                    "box opened mid-batch: {event}"
                );
                if !previous_was_opening {
                    batches += 1;
                }
                working += 1;
            }
            EventKind::BoxDone { .. } | EventKind::StationFailed { .. } => working -= 1,
            _ => {}
        }
        previous_was_opening = opening;
    });
    assert_eq!(batches, 3, "9 boxes on 3 stations: three batches");
}

#[test]
fn the_expected_makespan_of_all_completed_matches_its_runs() {
    let config = Config {
        policy: Policy::AllCompleted,
        ..Config::default()
    };
    let runs = 60u64;
    let mean = (0..runs)
        .map(|seed| run_checked(&config, seed).unwrap().makespan.as_secs_f64())
        .sum::<f64>()
        / runs as f64;
    let expected = expected_makespan(&config);
    assert!(
        (mean - expected).abs() < 2.0,
        "mean {mean:.2} s, model {expected:.2} s"
    );
}

/// A task group under a semaphore and workers on a queue hand boxes to
/// stations in the order FIRST_COMPLETED does, so without a blocking
/// station they end at the same microsecond with the same counts, ties
/// and failures included. (With one, they differ: a worker goes straight
/// on with its next box, and a box's task frees its station a turn later,
/// so other timers fire at other points. The asyncio differential test
/// checks those runs against CPython instead.)
#[test]
fn the_idioms_end_when_first_completed_ends() {
    let configs = [
        with_policy(Policy::FirstCompleted),
        Config {
            stations: 4,
            capacity: 3,
            boxes: 30,
            shot_min: 0.01,
            shot_max: 0.01,
            ..Config::default()
        },
        Config {
            stations: 7,
            fail: 0.02,
            speeds: vec![2.0, 0.5],
            ..Config::default()
        },
    ];
    for config in configs {
        for seed in 0..6 {
            let first = run_checked(&config, seed).unwrap();
            for policy in [Policy::TaskGroup, Policy::Workers] {
                let idiom = Config {
                    policy,
                    ..config.clone()
                };
                let outcome = run_checked(&idiom, seed).unwrap();
                assert_eq!(outcome.makespan, first.makespan, "{policy:?} seed {seed}");
                let counts = |state: &vaccination_lot::sim::LotState| {
                    (
                        state.boxes_done,
                        state.boxes_failed,
                        state.doses_given,
                        state.doses_wasted,
                    )
                };
                assert_eq!(counts(&outcome.state), counts(&first.state));
            }
        }
    }
}
