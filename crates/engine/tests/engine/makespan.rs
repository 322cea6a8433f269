//! The default run takes as long as the model says it should.

use vaccination_lot_engine::{expected_makespan, run_checked, Config};

#[test]
fn the_mean_makespan_of_the_default_run_is_near_170_3_seconds() {
    // The makespan's spread is about 1.3 s, so the mean of 200 runs has a
    // standard error near 0.1 s; the tolerance is ten of those, and the
    // seeds are fixed, so the test cannot flake.
    let config = Config::default();
    let runs = 200u64;
    let total: f64 = (0..runs)
        .map(|seed| run_checked(&config, seed).unwrap().makespan.as_secs_f64())
        .sum();
    let mean = total / runs as f64;
    assert!((mean - 170.3).abs() < 1.0, "mean makespan {mean:.3} s");
    let expected = expected_makespan(&config);
    assert!(
        (mean - expected).abs() < 1.0,
        "mean {mean:.3} s, model {expected:.3} s"
    );
}

#[test]
fn faster_stations_take_more_boxes() {
    let config = Config {
        speeds: vec![3.0],
        boxes: 50,
        ..Config::default()
    };
    let outcome = run_checked(&config, 5).unwrap();
    let boxes: Vec<u32> = outcome
        .state
        .stations
        .iter()
        .map(|s| s.boxes_done)
        .collect();
    // Speeds 3:1:1 share 50 boxes about 30:10:10.
    assert!(
        boxes[0] >= 25 && boxes[1] <= 15 && boxes[2] <= 15,
        "{boxes:?}"
    );
}
