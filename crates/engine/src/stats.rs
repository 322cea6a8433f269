//! Statistics of a run, and the makespan the model leads one to expect.
//!
//! Owns figures derived from a [`LotState`] and expectations derived from
//! a [`Config`]; it only reads them. It runs nothing of the simulation: the
//! expected makespan comes from its own box-level model and fixed seed.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

use super::config::{Config, Policy};
use super::ledger::LotState;

/// One station's share of the work.
#[derive(Clone, Debug, PartialEq)]
pub struct StationStats {
    /// 1-based station number.
    pub station: u32,
    /// Boxes it emptied.
    pub boxes_done: u32,
    /// Boxes it gave up because its task returned an error.
    pub failures: u32,
    /// Doses it has given, from every box it opened.
    pub doses_given: u64,
    /// Fraction of the elapsed time the station had a box open [0, 1].
    pub utilisation: f64,
}

/// Figures of a run so far (or of a finished one).
#[derive(Clone, Debug, PartialEq)]
pub struct RunStats {
    /// Simulated time elapsed \[s\]; the makespan once finished.
    pub elapsed_s: f64,
    /// Doses given per simulated minute.
    pub doses_per_minute: f64,
    /// Each station's share, in station order.
    pub stations: Vec<StationStats>,
}

impl RunStats {
    /// The figures of `state`, up to its latest event.
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
/// grows, down to two.
const EXPECTED_MAKESPAN_BOX_BUDGET: u64 = 50_000;

/// Most boxes one replication simulates. A larger depot is simulated as
/// one of about this size, with as many boxes left over per station, and
/// the rest added at the stations' average pace (see
/// [`expected_makespan`]): the estimate then costs the same for any
/// depot, a few milliseconds at 1000 stations.
const SIMULATED_BOXES_LIMIT: u32 = 10_000;

/// Fixed seed of the estimate, so it is a function of the configuration.
const EXPECTED_MAKESPAN_SEED: u64 = 0x05ee_d0f5_ca1e;

/// The makespan one should expect for `config` \[s\], independent of seed.
///
/// A Monte Carlo estimate at the level of boxes rather than shots: each
/// box's duration is the sum of its shot times (drawn exactly for short
/// boxes, from the normal approximation for long ones); with failures on,
/// the number of shots before the first failure is drawn geometrically.
/// Boxes go to whichever station frees up first, as the supervisor does.
/// For the default run this gives about 170.3 s: 99 boxes split 33 each,
/// and the station that finishes its 33rd first takes the 100th.
///
/// A depot of more than `SIMULATED_BOXES_LIMIT` (10,000) boxes is
/// simulated as a smaller one with the same boxes left over per station,
/// and the boxes taken out are added at the stations' pace together: what
/// they add to the makespan once the stations are under way, whatever the
/// start and the end cost (which the simulation keeps).
pub fn expected_makespan(config: &Config) -> f64 {
    expected_makespan_simulating(config, SIMULATED_BOXES_LIMIT)
}

/// [`expected_makespan`], simulating at most about `limit` boxes per
/// replication.
fn expected_makespan_simulating(config: &Config, limit: u32) -> f64 {
    let stations = config.stations.max(1);
    let Plan {
        simulated,
        extra,
        replications,
    } = plan(config, limit);
    let mut rng = Pcg64Mcg::seed_from_u64(EXPECTED_MAKESPAN_SEED);
    let mean_shot = (config.shot_min + config.shot_max) / 2.0;
    let shot_sd = (config.shot_max - config.shot_min) / 12f64.sqrt();
    let simulated_config = Config {
        boxes: simulated,
        ..config.clone()
    };
    let mut total = 0.0;
    let mut full_batches = (0.0, 0u64);
    for _ in 0..replications {
        total += if config.policy == Policy::AllCompleted {
            batched_makespan(
                &simulated_config,
                &mut rng,
                mean_shot,
                shot_sd,
                &mut full_batches,
            )
        } else {
            greedy_makespan(&simulated_config, &mut rng, mean_shot, shot_sd)
        };
    }
    let per_extra_box = if config.policy == Policy::AllCompleted {
        // Extra boxes come in whole batches, each as long as its slowest.
        full_batches.0 / full_batches.1.max(1) as f64 / f64::from(stations)
    } else {
        box_time_per_station(config, mean_shot)
    };
    total / replications as f64 + f64::from(extra) * per_extra_box
}

/// How an estimate is worked out: `replications` of a depot of
/// `simulated` boxes, and `extra` boxes added at the stations' pace.
#[derive(Debug, PartialEq)]
struct Plan {
    simulated: u32,
    extra: u32,
    replications: u64,
}

/// The plan for `config`, simulating at most about `limit` boxes a
/// replication and [`EXPECTED_MAKESPAN_BOX_BUDGET`] in all (two
/// replications at least).
fn plan(config: &Config, limit: u32) -> Plan {
    let stations = config.stations.max(1);
    let (simulated, extra) = if config.boxes > limit {
        let rounds = (limit / stations).max(2);
        let simulated = rounds * stations + config.boxes % stations;
        (
            simulated.min(config.boxes),
            config.boxes.saturating_sub(simulated),
        )
    } else {
        (config.boxes, 0)
    };
    let replications = (EXPECTED_MAKESPAN_BOX_BUDGET / u64::from(simulated.max(1))).clamp(2, 400);
    Plan {
        simulated,
        extra,
        replications,
    }
}

/// What one more box adds to the makespan once the stations are under
/// way \[s\], when each box goes to the station that frees up first: its
/// expected shot time, shared by the stations at their speeds.
fn box_time_per_station(config: &Config, mean_shot: f64) -> f64 {
    let doses_per_box = expected_doses_given(&Config {
        boxes: 1,
        ..config.clone()
    });
    // Shot times spent per box: each dose given, and the failing shot.
    let shots = doses_per_box
        + if config.fail > 0.0 {
            1.0 - (1.0 - config.fail).powf(f64::from(config.capacity))
        } else {
            0.0
        };
    let pace: f64 = (1..=config.stations)
        .map(|station| config.speed_of(station))
        .sum();
    shots * mean_shot / pace.max(f64::MIN_POSITIVE)
}

/// One replication of a supervisor that gives each box to the station
/// that frees up first: the time the last box is done \[s\].
fn greedy_makespan(config: &Config, rng: &mut Pcg64Mcg, mean_shot: f64, shot_sd: f64) -> f64 {
    // Stations by the time they free up, then by number (all are free at
    // the start: the lowest number goes first, as in the run).
    let mut free: BinaryHeap<Reverse<(FreeAt, u32)>> = (1..=config.stations)
        .map(|station| Reverse((FreeAt(0.0), station)))
        .collect();
    let mut end = 0.0f64;
    for _ in 0..config.boxes {
        let Some(Reverse((FreeAt(start), station))) = free.pop() else {
            break;
        };
        let shots = shots_in_box(rng, config.capacity, config.fail);
        let duration = box_duration(
            rng,
            shots,
            config.shot_min,
            config.shot_max,
            mean_shot,
            shot_sd,
        );
        let done = start + duration / config.speed_of(station);
        end = end.max(done);
        free.push(Reverse((FreeAt(done), station)));
    }
    end
}

/// A time a station frees up \[s\], ordered as `f64::total_cmp` orders it.
#[derive(Clone, Copy, PartialEq)]
struct FreeAt(f64);

impl Eq for FreeAt {}

impl PartialOrd for FreeAt {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FreeAt {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// One replication under ALL_COMPLETED: batches of one box per station,
/// each as long as its slowest box. Full batches' times are added to
/// `full_batches` (their total and count).
fn batched_makespan(
    config: &Config,
    rng: &mut Pcg64Mcg,
    mean_shot: f64,
    shot_sd: f64,
    full_batches: &mut (f64, u64),
) -> f64 {
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
        if in_batch == config.stations {
            full_batches.0 += slowest;
            full_batches.1 += 1;
        }
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

/// Sum of `shots` uniform shot times \[s\].
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
    fn the_estimate_simulates_a_bounded_number_of_boxes_for_any_depot() {
        for (stations, boxes) in [(3, 100), (3, 1_000_000), (1000, 1_000_000), (1000, 3)] {
            let config = Config {
                stations,
                boxes,
                ..Config::default()
            };
            let plan = plan(&config, SIMULATED_BOXES_LIMIT);
            assert_eq!(plan.simulated + plan.extra, boxes);
            let work = u64::from(plan.simulated) * plan.replications;
            assert!(
                work <= 2 * 50_000.max(u64::from(SIMULATED_BOXES_LIMIT)),
                "{plan:?}"
            );
        }
    }

    #[test]
    fn a_large_depot_is_estimated_as_a_smaller_one_and_the_stations_pace() {
        let configs = [
            Config {
                boxes: 30_001,
                ..Config::default()
            },
            Config {
                stations: 7,
                boxes: 20_003,
                fail: 0.01,
                speeds: vec![2.0, 0.5],
                ..Config::default()
            },
            Config {
                stations: 300,
                boxes: 40_123,
                capacity: 20,
                ..Config::default()
            },
            Config {
                policy: Policy::AllCompleted,
                stations: 5,
                boxes: 30_002,
                ..Config::default()
            },
        ];
        for config in configs {
            let whole = expected_makespan_simulating(&config, u32::MAX);
            let estimated = expected_makespan(&config);
            let off = (estimated - whole).abs() / whole;
            assert!(off < 0.005, "{estimated} s against {whole} s, {config:?}");
        }
    }

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
