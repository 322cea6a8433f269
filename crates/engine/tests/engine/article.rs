//! The article's loop beside the exact supervisor, on the same seeds.

use vaccination_lot_engine::{run_checked, run_checked_with, Config, EventKind, Policy};

fn article(config: Config) -> Config {
    Config {
        policy: Policy::Article,
        ..config
    }
}

#[test]
fn it_makes_as_many_waits_as_boxes_and_opens_a_box_more_per_station() {
    for seed in 0..20 {
        let outcome = run_checked(&article(Config::default()), seed).unwrap();
        let state = &outcome.state;
        // Random shot times: every wait returns one task, restarted at once.
        assert_eq!(state.boxes_done, 100, "seed {seed}");
        assert_eq!(state.boxes_opened, 103, "seed {seed}");
        assert_eq!(state.boxes_cancelled, 3);
        assert_eq!(state.doses_unreported + state.doses_discarded, 300);
        assert!(
            state.doses_unreported > 0,
            "seed {seed}: mid-box at the end"
        );
        assert_eq!(state.boxes_beyond_depot(), 3);
        assert_eq!(state.boxes_in_depot, 0);
    }
}

#[test]
fn with_equal_shots_every_wait_returns_every_station_and_prints_one_number() {
    let config = article(Config {
        boxes: 10,
        shot_min: 0.05,
        shot_max: 0.05,
        ..Config::default()
    });
    let mut printed = Vec::new();
    let outcome = run_checked_with(&config, 1, &[], |event| {
        if let EventKind::BoxDone { wait, .. } = event.kind {
            printed.push(wait);
        }
    })
    .unwrap();
    let waits: Vec<Option<u32>> = (0..10).flat_map(|wait| [Some(wait); 3]).collect();
    assert_eq!(printed, waits, "each wait's number three times");
    let state = &outcome.state;
    assert_eq!(state.boxes_done, 30, "more boxes reported than waits made");
    assert_eq!(state.boxes_opened, 33);
    // The last restarts are cancelled before their first shot.
    assert_eq!(state.doses_unreported, 0);
    assert_eq!(state.doses_discarded, 300);
}

#[test]
fn the_run_ends_at_its_last_wait_with_the_rest_cancelled_in_station_order() {
    let config = article(Config::default());
    let mut tail = Vec::new();
    let outcome = run_checked_with(&config, 4, &[], |event| tail.push(event.kind)).unwrap();
    let n = tail.len();
    assert!(matches!(tail[n - 1], EventKind::Finished { .. }));
    let cancelled: Vec<u32> = tail[n - 4..n - 1]
        .iter()
        .map(|kind| match kind {
            EventKind::StationCancelled { station, .. } => *station,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(cancelled, [1, 2, 3]);
    assert!(matches!(
        tail[n - 5],
        EventKind::LoopEnded {
            waits: 100,
            cancelling: 3
        }
    ));
    assert_eq!(outcome.state.loop_ended_at, Some(outcome.makespan));
}

#[test]
fn its_exception_branch_runs_when_stations_fail() {
    let config = article(Config {
        fail: 0.01,
        ..Config::default()
    });
    let mut failures_with_waits = 0;
    let outcome = run_checked_with(&config, 2, &[], |event| {
        if let EventKind::StationFailed {
            wait: Some(_),
            restarting: true,
            ..
        } = event.kind
        {
            failures_with_waits += 1;
        }
    })
    .unwrap();
    assert!(failures_with_waits > 0);
    assert_eq!(outcome.state.boxes_failed, failures_with_waits);
    assert_eq!(
        outcome.state.boxes_done + outcome.state.boxes_failed,
        100,
        "one task per wait"
    );
}
