//! Whole runs of the simulation on a `LocalPool`, natively.
//!
//! `cargo bench --bench engine` prints criterion's times and, after each
//! group, the shots per second they amount to.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use vaccination_lot::sim::{run_checked, Config, LocalRun};

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

criterion_group!(benches, whole_runs);
criterion_main!(benches);
