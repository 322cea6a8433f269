//! Whole runs of the simulation, natively.
//!
//! `cargo bench -p vaccination-lot-engine --bench engine` prints criterion's times and, after each
//! group, the shots per second they amount to. Last, it runs each scenario
//! once more as the headless runner does (engine, ledger and checksum) and
//! as a plain binary-heap event loop of the same model, with no futures
//! and no executor: a proxy for the physical limit. It checks that both
//! end at the same microsecond and prints the ratio of their speeds.
//! The group `expected_makespan` times the statistics panel's estimate.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use vaccination_lot_engine::{expected_makespan, run_checked, BoxDraws, Config, LocalRun, Policy};

fn scenarios() -> [(&'static str, Config); 2] {
    [
        ("3 stations x 100 boxes", Config::default()),
        (
            "1000 stations x 100000 boxes",
            Config {
                stations: 1000,
                boxes: 100_000,
                ..Config::default()
            },
        ),
    ]
}

/// The engine alone: tasks, clock and events, events only counted.
fn engine_shots(config: &Config, seed: u64) -> u64 {
    let mut shots = 0;
    LocalRun::new(config.clone(), seed).run_to_end(|event| shots += u64::from(event.is_shot()));
    shots
}

fn whole_runs(c: &mut Criterion) {
    let mut group = c.benchmark_group("whole_run");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for (name, config) in scenarios() {
        group.throughput(Throughput::Elements(config.total_doses()));
        group.bench_with_input(BenchmarkId::new("engine", name), &config, |b, config| {
            b.iter(|| engine_shots(config, 1))
        });
        group.bench_with_input(
            BenchmarkId::new("engine+ledger", name),
            &config,
            |b, config| b.iter(|| run_checked(config, 1).map(|outcome| outcome.events)),
        );
    }
    group.finish();

    // A plain figure for the README, measured once more outside criterion.
    for (name, config) in scenarios() {
        let started = Instant::now();
        let shots = engine_shots(&config, 2);
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{name}: {shots} shots in {seconds:.3} s = {:.2} M shots/s (engine)",
            shots as f64 / seconds / 1e6
        );
        let started = Instant::now();
        let checked = run_checked(&config, 2)
            .map(|outcome| outcome.state.doses_given)
            .unwrap_or(0);
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{name}: {checked} shots in {seconds:.3} s = {:.2} M shots/s (engine + ledger)",
            checked as f64 / seconds / 1e6
        );
    }
}

/// The same model as a plain event loop: a heap of (deadline, station),
/// the same draws, FIRST_COMPLETED restarts, no failures. Returns the shots
/// given and the makespan \[µs\].
fn plain_loop(config: &Config, seed: u64) -> (u64, u64) {
    let mut heap = BinaryHeap::new();
    let mut draws: Vec<Option<(BoxDraws, u32)>> = Vec::new();
    let mut opened = 0u32;
    let mut now = 0u64;
    let mut shots = 0u64;
    let open = |station: u32, now: u64, heap: &mut BinaryHeap<_>, opened: &mut u32| {
        if *opened == config.boxes {
            return None;
        }
        *opened += 1;
        let mut box_draws = BoxDraws::new(config, seed, station, *opened);
        heap.push(Reverse((now + box_draws.shot().as_micros(), station)));
        Some((box_draws, config.capacity))
    };
    for station in 1..=config.stations {
        draws.push(open(station, 0, &mut heap, &mut opened));
    }
    while let Some(Reverse((deadline, station))) = heap.pop() {
        now = deadline;
        shots += 1;
        let slot = &mut draws[station as usize - 1];
        let Some((box_draws, left)) = slot else {
            continue;
        };
        *left -= 1;
        if *left > 0 {
            heap.push(Reverse((now + box_draws.shot().as_micros(), station)));
        } else {
            *slot = open(station, now, &mut heap, &mut opened);
        }
    }
    (shots, now)
}

/// Shots per second of the headless runner's work (engine, ledger and
/// checksum) and of the plain loop, on the same run, and their ratio.
///
/// The two take turns, `RATIO_ROUNDS` times each, and each keeps its best
/// time: on a shared machine a slow moment then spoils neither side's
/// figure, and the ratio compares the two at their best.
fn same_run_ratio(_: &mut Criterion) {
    for (name, config) in ratio_scenarios() {
        let mut engine_s = f64::INFINITY;
        let mut plain_s = f64::INFINITY;
        let mut same = true;
        let mut shots = 0;
        for _ in 0..RATIO_ROUNDS {
            let started = Instant::now();
            let Ok(checked) = run_checked(&config, 3) else {
                println!("{name}: the ledger rejected the run");
                return;
            };
            engine_s = engine_s.min(started.elapsed().as_secs_f64());
            let started = Instant::now();
            let (plain_shots, makespan) = plain_loop(&config, 3);
            plain_s = plain_s.min(started.elapsed().as_secs_f64());
            same &= makespan == checked.makespan.as_micros()
                && plain_shots == checked.state.doses_given;
            shots = plain_shots;
        }
        let (engine_rate, plain_rate) = (shots as f64 / engine_s, shots as f64 / plain_s);
        println!(
            "{name}: engine + ledger {:.1} M shots/s, plain loop {:.1} M shots/s, ratio {:.2} (best of {RATIO_ROUNDS} each, {})",
            engine_rate / 1e6,
            plain_rate / 1e6,
            engine_rate / plain_rate,
            if same {
                "same makespan"
            } else {
                "DIFFERENT RUNS"
            }
        );
    }
}

/// Turns each side of [`same_run_ratio`] takes.
const RATIO_ROUNDS: usize = 5;

fn ratio_scenarios() -> [(&'static str, Config); 2] {
    [
        (
            "3 stations x 100000 boxes",
            Config {
                boxes: 100_000,
                ..Config::default()
            },
        ),
        (
            "1000 stations x 100000 boxes",
            Config {
                stations: 1000,
                boxes: 100_000,
                ..Config::default()
            },
        ),
    ]
}

/// What the statistics panel's expected makespan costs, once per run
/// (the page works it out on the main thread when the panel first draws).
fn expected_makespan_cost(c: &mut Criterion) {
    let configs = [
        ("default", Config::default()),
        (
            "1000 stations x 1000000 boxes",
            Config {
                stations: 1000,
                boxes: 1_000_000,
                ..Config::default()
            },
        ),
        (
            "ALL_COMPLETED, 1000 stations x 1000000 boxes",
            Config {
                stations: 1000,
                boxes: 1_000_000,
                policy: Policy::AllCompleted,
                ..Config::default()
            },
        ),
    ];
    let mut group = c.benchmark_group("expected_makespan");
    group.sample_size(10);
    for (name, config) in configs {
        group.bench_with_input(BenchmarkId::from_parameter(name), &config, |b, config| {
            b.iter(|| expected_makespan(config))
        });
    }
    group.finish();
}

/// The benchmarks, in a private module: `criterion_group!` makes its
/// `fn` public and passes no doc on to it.
mod suite {
    use super::{expected_makespan_cost, same_run_ratio, whole_runs};
    use criterion::criterion_group;

    criterion_group!(benches, whole_runs, same_run_ratio, expected_makespan_cost);
}

criterion_main!(suite::benches);
