//! Runs one configuration over many seeds and prints how its counters are
//! spread: for comparing the engine with other programs whose random
//! streams differ (the article's own program among them), where runs
//! cannot be compared one by one but their distributions can.
//!
//! ```text
//! cargo run --release -p vaccination-lot-engine --example seeds -- --policy article --seeds 500
//! ```
//!
//! Flags: one per run parameter of the URL contract, spelled with dashes
//! and followed by a value (as the headless runner takes them; `--seed` is
//! the first seed, 0 by default), and `--seeds N`, how many seeds (100 by
//! default). Prints a table of mean, standard deviation, minimum, 5th,
//! 50th and 95th percentile and maximum of each counter, then one JSON
//! line of the means.

use std::process::ExitCode;

use vaccination_lot_engine::config::{parse_run_pairs, RUN_PARAMS};
use vaccination_lot_engine::{run_checked, Config, RunOutcome};

/// How a counter is read from a finished run.
type Reading = fn(&RunOutcome) -> f64;

/// The counters followed, by name.
const COUNTERS: &[(&str, Reading)] = &[
    ("boxes_opened", |run| f64::from(run.state.boxes_opened)),
    ("boxes_done", |run| f64::from(run.state.boxes_done)),
    ("doses_unreported", |run| run.state.doses_unreported as f64),
    ("doses_discarded", |run| run.state.doses_discarded as f64),
    ("doses_vanished", |run| run.state.doses_vanished() as f64),
    ("makespan_s", |run| run.makespan.as_secs_f64()),
];

fn usage() -> String {
    let flags: Vec<String> = RUN_PARAMS
        .iter()
        .map(|param| format!("[--{} VALUE]", param.name.replace('_', "-")))
        .collect();
    format!("usage: seeds {} [--seeds N]", flags.join(" "))
}

/// The run parameters as URL pairs, and the number of seeds.
fn parse_cli(args: Vec<String>) -> Result<(Vec<(String, String)>, u64), String> {
    let mut pairs = Vec::new();
    let mut seeds = 100;
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{}", usage()))?;
        if flag == "--seeds" {
            seeds = value
                .parse::<u64>()
                .ok()
                .filter(|seeds| (1..=100_000).contains(seeds))
                .ok_or_else(|| format!("--seeds {value}: expected 1 to 100000"))?;
            continue;
        }
        let name = flag.trim_start_matches("--").replace('-', "_");
        if !RUN_PARAMS.iter().any(|param| param.name == name) {
            return Err(format!("unknown flag {flag}\n{}", usage()));
        }
        pairs.push((name, value));
    }
    Ok((pairs, seeds))
}

/// The `p`-th percentile (0 to 1) of sorted values, by the nearest rank.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Mean, sample standard deviation, min, p5, p50, p95, max.
fn spread(mut values: Vec<f64>) -> [f64; 7] {
    values.sort_by(f64::total_cmp);
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
    [
        mean,
        variance.sqrt(),
        values[0],
        percentile(&values, 0.05),
        percentile(&values, 0.5),
        percentile(&values, 0.95),
        values[values.len() - 1],
    ]
}

fn runs(config: &Config, first_seed: u64, seeds: u64) -> Result<Vec<RunOutcome>, String> {
    (first_seed..first_seed.saturating_add(seeds))
        .map(|seed| run_checked(config, seed).map_err(|error| format!("seed {seed}: {error}")))
        .collect()
}

fn main() -> ExitCode {
    let (pairs, seeds) = match parse_cli(std::env::args().skip(1).collect()) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let (params, errors) = parse_run_pairs(pairs);
    if let Some(error) = errors.first() {
        eprintln!("--{}", error.to_string().replace('_', "-"));
        return ExitCode::from(2);
    }
    let outcomes = match runs(&params.config, params.seed.unwrap_or(0), seeds) {
        Ok(outcomes) => outcomes,
        Err(message) => {
            eprintln!("invariant violated: {message}");
            return ExitCode::FAILURE;
        }
    };
    println!("{} over {seeds} seeds", params.config.to_query());
    println!(
        "{:<18}{:>10}{:>9}{:>9}{:>9}{:>9}{:>9}{:>9}",
        "counter", "mean", "sd", "min", "p5", "p50", "p95", "max"
    );
    let mut means = Vec::new();
    for (name, read) in COUNTERS {
        let figures = spread(outcomes.iter().map(read).collect());
        let cells: Vec<String> = figures.iter().map(|v| format!("{v:>9.3}")).collect();
        println!("{name:<18}{}", cells.join(""));
        means.push(format!("\"{name}\":{:.3}", figures[0]));
    }
    println!("{{\"seeds\":{seeds},{}}}", means.join(","));
    ExitCode::SUCCESS
}
