//! Statistics of a run, and the makespan the model leads one to expect.
//!
//! Owns figures derived from a [`LotState`] and expectations derived from
//! a [`Config`]; it only reads them. It runs nothing of the simulation: the
//! expected makespan comes from its own box-level model and fixed seed.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

use super::config::{Config, Policy};
use super::ledger::LotState;

/// One station's share of the work.
#[derive(Clone, Debug, PartialEq)]
pub struct StationStats {
    pub station: u32,
    pub boxes_done: u32,
    pub failures: u32,
    pub doses_given: u64,
    /// Fraction of the elapsed time the station had a box open [0, 1].
    pub utilisation: f64,
}

/// Figures of a run so far (or of a finished one).
#[derive(Clone, Debug, PartialEq)]
pub struct RunStats {
    /// Simulated time elapsed [s]; the makespan once finished.
    pub elapsed_s: f64,
    /// Doses given per simulated minute.
    pub doses_per_minute: f64,
    pub stations: Vec<StationStats>,
}

impl RunStats {
    pub fn of(state: &LotState) -> RunStats {
        let elapsed_s = state.now.as_secs_f64();
        let per_minute = if elapsed_s > 0.0 {
            state.doses_given as f64 * 60.0 / elapsed_s
        } else {
            0.0
        };
        RunStats {
            elapsed_s,
            doses_per_minute: per_minute,
            stations: state
                .stations
                .iter()
                .map(|status| StationStats {
                    station: status.station,
                    boxes_done: status.boxes_done,
                    failures: status.failures,
                    doses_given: status.doses_given,
                    utilisation: if elapsed_s > 0.0 {
                        (status.busy_until(state.now).as_secs_f64() / elapsed_s).min(1.0)
                    } else {
                        0.0
                    },
                })
                .collect(),
        }
    }
}

/// The doses one should expect to be given in the whole run: all of them
/// without failures; with a failure chance `p` per shot, a box gives
/// `(1 − p)(1 − (1 − p)^capacity) / p` doses on average before it is done
/// or fails.
pub fn expected_doses_given(config: &Config) -> f64 {
    let capacity = f64::from(config.capacity);
    let per_box = if config.fail <= 0.0 {
        capacity
    } else if config.fail >= 1.0 {
        0.0
    } else {
        let keep = 1.0 - config.fail;
        keep * (1.0 - keep.powf(capacity)) / config.fail
    };
    per_box * f64::from(config.boxes)
}

/// Work per estimate [boxes simulated]: replications shrink as the depot
/// grows, so the estimate costs about the same for any configuration.
const EXPECTED_MAKESPAN_BOX_BUDGET: u64 = 200_000;

/// Fixed seed of the estimate, so it is a function of the configuration.
const EXPECTED_MAKESPAN_SEED: u64 = 0x05ee_d0f5_ca1e;

/// The makespan one should expect for `config` [s], independent of seed.
///
/// A Monte Carlo estimate at the level of boxes rather than shots: each
/// box's duration is the sum of its shot times (drawn exactly for short
/// boxes, from the normal approximation for long ones); with failures on,
/// the number of shots before the first failure is drawn geometrically.
/// Boxes go to whichever station frees up first, as the supervisor does.
/// For the default run this gives about 170.3 s: 99 boxes split 33 each,
/// and the station that finishes its 33rd first takes the 100th.
pub fn expected_makespan(config: &Config) -> f64 {
    let replications =
        (EXPECTED_MAKESPAN_BOX_BUDGET / u64::from(config.boxes.max(1))).clamp(2, 400);
    let mut rng = Pcg64Mcg::seed_from_u64(EXPECTED_MAKESPAN_SEED);
    let mean_shot = (config.shot_min + config.shot_max) / 2.0;
    let shot_sd = (config.shot_max - config.shot_min) / 12f64.sqrt();
    let mut total = 0.0;
    let mut free_at = vec![0.0f64; config.stations as usize];
    for _ in 0..replications {
        if config.policy == Policy::AllCompleted {
            total += batched_makespan(config, &mut rng, mean_shot, shot_sd);
            continue;
        }
        free_at.iter_mut().for_each(|t| *t = 0.0);
        for _ in 0..config.boxes {
            // The station that frees up first takes the next box. A linear
            // scan: this runs once per configuration, not per event.
            let (index, start) = free_at
                .iter()
                .copied()
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((0, 0.0));
            let speed = config.speed_of(index as u32 + 1);
            let shots = shots_in_box(&mut rng, config.capacity, config.fail);
            let duration = box_duration(
                &mut rng,
                shots,
                config.shot_min,
                config.shot_max,
                mean_shot,
                shot_sd,
            );
            if let Some(slot) = free_at.get_mut(index) {
                *slot = start + duration / speed;
            }
        }
        total += free_at.iter().copied().fold(0.0, f64::max);
    }
    total / replications as f64
}

/// One replication under ALL_COMPLETED: batches of one box per station,
/// each as long as its slowest box.
fn batched_makespan(config: &Config, rng: &mut Pcg64Mcg, mean_shot: f64, shot_sd: f64) -> f64 {
    let mut elapsed = 0.0;
    let mut left = config.boxes;
    while left > 0 {
        let in_batch = left.min(config.stations);
        let slowest = (1..=in_batch)
            .map(|station| {
                let shots = shots_in_box(rng, config.capacity, config.fail);
                box_duration(
                    rng,
                    shots,
                    config.shot_min,
                    config.shot_max,
                    mean_shot,
                    shot_sd,
                ) / config.speed_of(station)
            })
            .fold(0.0, f64::max);
        elapsed += slowest;
        left -= in_batch;
    }
    elapsed
}

/// Shot times spent on one box: all of them, or up to and including the
/// shot that fails.
fn shots_in_box(rng: &mut Pcg64Mcg, capacity: u32, fail: f64) -> u32 {
    if fail <= 0.0 {
        return capacity;
    }
    if fail >= 1.0 {
        return 1;
    }
    // Successes before the first failure, by inverting the geometric CDF.
    let uniform: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
    let successes = (uniform.ln() / (1.0 - fail).ln()).floor();
    if successes >= f64::from(capacity) {
        capacity
    } else {
        successes as u32 + 1
    }
}

/// Sum of `shots` uniform shot times [s].
fn box_duration(rng: &mut Pcg64Mcg, shots: u32, low: f64, high: f64, mean: f64, sd: f64) -> f64 {
    const EXACT_UP_TO: u32 = 16;
    if shots <= EXACT_UP_TO || sd == 0.0 {
        if sd == 0.0 {
            return f64::from(shots) * mean;
        }
        return (0..shots).map(|_| rng.random_range(low..=high)).sum();
    }
    let n = f64::from(shots);
    (n * mean + n.sqrt() * sd * standard_normal(rng)).max(n * low)
}

/// A draw from the standard normal distribution, by Marsaglia's polar
/// method: a point drawn uniformly in the square [−1, 1]², kept once it
/// falls inside the unit circle (π/4 of the time), becomes
/// `x·√(−2 ln s / s)` with `s = x² + y²`. That is normal with mean 0 and
/// standard deviation 1; the second draw the method yields, from `y`, is
/// not kept.
fn standard_normal(rng: &mut Pcg64Mcg) -> f64 {
    loop {
        let x = rng.random::<f64>() * 2.0 - 1.0;
        let y = rng.random::<f64>() * 2.0 - 1.0;
        let s = x * x + y * y;
        if s > 0.0 && s < 1.0 {
            return x * (-2.0 * s.ln() / s).sqrt();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_run_is_expected_to_take_about_170_seconds() {
        let expected = expected_makespan(&Config::default());
        assert!((169.5..171.1).contains(&expected), "{expected}");
    }

    #[test]
    fn one_station_takes_the_sum_of_all_boxes() {
        let config = Config {
            stations: 1,
            boxes: 10,
            shot_min: 1.0,
            shot_max: 1.0,
            ..Config::default()
        };
        assert_eq!(expected_makespan(&config), 1000.0);
    }

    #[test]
    fn all_completed_is_expected_to_take_longer() {
        let first = expected_makespan(&Config::default());
        let all = expected_makespan(&Config {
            policy: Policy::AllCompleted,
            ..Config::default()
        });
        // 33 batches as long as the slowest of three boxes (about 5.29 s
        // against 5.05 s for one box), then the 100th box alone: ~179.6 s.
        assert!((178.5..180.5).contains(&all), "{all} vs {first}");
    }

    #[test]
    fn standard_normal_draws_have_mean_0_and_deviation_1() {
        let mut rng = Pcg64Mcg::seed_from_u64(EXPECTED_MAKESPAN_SEED);
        let draws: Vec<f64> = (0..200_000).map(|_| standard_normal(&mut rng)).collect();
        let n = draws.len() as f64;
        let mean = draws.iter().sum::<f64>() / n;
        let sd = (draws.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
        // Standard errors: 1/√n ≈ 0.0022 for the mean, 1/√(2n) ≈ 0.0016
        // for the deviation; the tolerances are five of those.
        assert!(mean.abs() < 0.011, "mean {mean}");
        assert!((sd - 1.0).abs() < 0.008, "deviation {sd}");
        // About 68.3 % of draws lie within one deviation of the mean.
        let within = draws.iter().filter(|x| x.abs() < 1.0).count() as f64 / n;
        assert!(
            (within - 0.6827).abs() < 0.006,
            "within one deviation {within}"
        );
    }

    #[test]
    fn expected_doses_given_matches_the_failure_model() {
        assert_eq!(expected_doses_given(&Config::default()), 10_000.0);
        let always = Config {
            fail: 1.0,
            ..Config::default()
        };
        assert_eq!(expected_doses_given(&always), 0.0);
        // One dose per box, failing half the time: half the doses given.
        let coin = Config {
            capacity: 1,
            fail: 0.5,
            ..Config::default()
        };
        assert!((expected_doses_given(&coin) - 50.0).abs() < 1e-9);
    }

    #[test]
    fn faster_stations_shorten_the_expected_makespan() {
        let base = Config::default();
        let fast = Config {
            speeds: vec![2.0, 2.0, 2.0],
            ..Config::default()
        };
        assert!(expected_makespan(&fast) < expected_makespan(&base) * 0.55);
    }
}
