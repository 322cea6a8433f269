//! Runs one whole simulation natively, as fast as it goes, and prints a
//! JSON summary as its last line.
//!
//! ```text
//! cargo run --release --example headless -- --stations 3 --capacity 100 --boxes 100 --seed 1
//! ```
//!
//! Flags: one per run parameter of the URL contract, spelled with dashes
//! (`--stations --capacity --boxes --shot-min --shot-max --fail --speeds
//! --blocking --policy --seed --breaks`), each followed by a value, and
//! `--log` to print the log lines (box events; with `--log-shots`, every
//! shot too) before the summary.

use std::process::ExitCode;
use std::time::Instant;

use vaccination_lot::sim::config::{parse_run_pairs, Config, RUN_PARAMS};
use vaccination_lot::sim::{expected_makespan, run_checked_with, LotState, RunOutcome, RunStats};

/// A parameter's flag: its URL name with dashes.
fn flag_of(name: &str) -> String {
    format!("--{}", name.replace('_', "-"))
}

fn usage() -> String {
    let flags: Vec<String> = RUN_PARAMS
        .iter()
        .map(|param| format!("[{} VALUE]", flag_of(param.name)))
        .collect();
    format!("usage: headless {} [--log] [--log-shots]", flags.join(" "))
}

struct Cli {
    pairs: Vec<(String, String)>,
    log: bool,
    log_shots: bool,
}

fn parse_cli(args: impl Iterator<Item = String>) -> Result<Cli, String> {
    let mut cli = Cli {
        pairs: Vec::new(),
        log: false,
        log_shots: false,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--log" => cli.log = true,
            "--log-shots" => {
                cli.log = true;
                cli.log_shots = true;
            }
            "--help" | "-h" => return Err(usage()),
            flag => {
                let (flag, inline_value) = match flag.split_once('=') {
                    Some((name, value)) => (name, Some(value.to_string())),
                    None => (flag, None),
                };
                let Some(param) = RUN_PARAMS.iter().find(|param| flag_of(param.name) == flag)
                else {
                    return Err(format!("unknown flag {flag}\n{}", usage()));
                };
                let value = match inline_value {
                    Some(value) => value,
                    None => args
                        .next()
                        .ok_or_else(|| format!("{flag} needs a value\n{}", usage()))?,
                };
                cli.pairs.push((param.name.to_string(), value));
            }
        }
    }
    Ok(cli)
}

/// A seed for runs without `--seed`: the wall clock's nanoseconds.
fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_nanos() as u64)
        .unwrap_or(1)
}

fn main() -> ExitCode {
    let cli = match parse_cli(std::env::args().skip(1)) {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let (params, errors) = parse_run_pairs(cli.pairs);
    if !errors.is_empty() {
        for error in &errors {
            // Flags are spelled with dashes on the command line.
            eprintln!("--{}", error.to_string().replace('_', "-"));
        }
        return ExitCode::from(2);
    }
    let config = params.config;
    let seed = params.seed.unwrap_or_else(fresh_seed);

    let started = Instant::now();
    let outcome = run_checked_with(&config, seed, &params.breaks, |event| {
        if cli.log && (cli.log_shots || !event.is_shot()) {
            println!("{event}");
        }
    });
    let wall_s = started.elapsed().as_secs_f64();
    match outcome {
        Ok(outcome) => {
            println!("{}", summary_json(&config, seed, &outcome, wall_s));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("invariant violated: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Per-station figures as JSON, for runs of up to 16 stations (the list
/// is long at 1000 stations); empty otherwise.
fn stations_json(state: &LotState) -> String {
    let stats = RunStats::of(state);
    if stats.stations.len() > 16 {
        return String::new();
    }
    let per_station: Vec<String> = stats
        .stations
        .iter()
        .map(|s| {
            format!(
                "{{\"station\":{},\"boxes_done\":{},\"failures\":{},\"doses_given\":{},\"utilisation\":{:.4}}}",
                s.station, s.boxes_done, s.failures, s.doses_given, s.utilisation
            )
        })
        .collect();
    format!(",\"per_station\":[{}]", per_station.join(","))
}

/// The one-line JSON summary of a finished run.
fn summary_json(config: &Config, seed: u64, outcome: &RunOutcome, wall_s: f64) -> String {
    let RunOutcome {
        state,
        checksum,
        events,
        ..
    } = outcome;
    format!(
        "{{\"stations\":{},\"capacity\":{},\"boxes\":{},\"seed\":{},\"fail\":{},\"doses_given\":{},\"doses_wasted\":{},\"boxes_done\":{},\"failures\":{},\"makespan_s\":{:.6},\"expected_makespan_s\":{:.3},\"doses_per_minute\":{:.3},\"events\":{},\"checksum\":\"{}\",\"wall_s\":{:.6},\"shots_per_s\":{:.0}{}}}",
        config.stations,
        config.capacity,
        config.boxes,
        seed,
        config.fail,
        state.doses_given,
        state.doses_wasted,
        state.boxes_done,
        state.boxes_failed,
        state.now.as_secs_f64(),
        expected_makespan(config),
        RunStats::of(state).doses_per_minute,
        events,
        checksum,
        wall_s,
        state.doses_given as f64 / wall_s.max(1e-9),
        stations_json(state),
    )
}
