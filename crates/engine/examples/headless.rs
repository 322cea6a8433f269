//! Runs one whole simulation natively, as fast as it goes, and prints a
//! JSON summary as its last line.
//!
//! ```text
//! cargo run --release -p vaccination-lot-engine --example headless -- --stations 3 --capacity 100 --boxes 100 --seed 1
//! ```
//!
//! Flags: one per run parameter of the URL contract, spelled with dashes
//! (`--stations --capacity --boxes --shot-min --shot-max --fail --speeds
//! --blocking --policy --seed --breaks`), each followed by a value, and
//! `--log` to print the log lines (box events; with `--log-shots`, every
//! shot too) before the summary.
//!
//! For checking the engine against other runtimes (the asyncio
//! differential test), it writes on request:
//! - `--events-out FILE`: every event as JSON Lines, with `t_us` (integer
//!   microseconds), `kind` (`box_opened`, `shot`, `wake`, `box_done`,
//!   `station_failed`, `depot_empty`, `loop_ended`, `station_cancelled`,
//!   `finished`), `station` and `box` (null where the event has none), and
//!   the fields of its kind: `depot_left` (an opening), `doses_left` (a
//!   shot), `done` (a supervisor's wake: its done set as `[station, box]`
//!   pairs, in the order handled), `doses` (a box done), `doses_wasted`,
//!   `error` (`spoiled` or `broken`) and `shot` (a failure),
//!   `still_working` (the depot empty), `doses_unreported` and
//!   `doses_discarded` (a cancelled task), `waits` and `cancelling` (the
//!   article's loop ended), `boxes_done`, `boxes_failed`, `doses_given`,
//!   `doses_wasted` (finished); under the article's loop a box's line adds
//!   `wait`, the loop's counter;
//! - `--shots-out FILE`: what each box drew, as JSON: `{"boxes": {"<box>":
//!   [microseconds, ...]}, "spoiled": {"<box>": shot}, "stations":
//!   {"<box>": station}}`: each shot's duration, the shot whose dose
//!   spoiled (boxes without one are left out), and the station that
//!   opened the box;
//! - `--plans-out FILE`: what every station would draw for every box a
//!   learner's program may open (`interchange::shots_json_by_station`):
//!   `{"boxes": B, "plans": {"<station>:<box>": [microseconds, ...]},
//!   "spoiled": {"<station>:<box>": shot}}`, for
//!   `python/own_supervisor.py`;
//! - `--thread-out FILE`: the thread at every event, as the run's monitor
//!   records it (`interchange::thread_lines`), as JSON Lines: `{"event":
//!   i, "running": "station-2" | null, "ready": ["station-3", ...]}`, the
//!   ready queue front first.
//!
//! Under `--policy article` the summary adds `boxes_opened`, `waits`,
//! `doses_unreported` and `doses_discarded`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use vaccination_lot_engine::config::{parse_run_pairs, Config, Policy, RUN_PARAMS};
use vaccination_lot_engine::interchange::{
    boxes_opened, program_boxes, shots_json, shots_json_by_station, thread_lines, EventLines,
};
use vaccination_lot_engine::{
    expected_makespan, run_checked_with, BreakAt, Event, LotState, RunOutcome, RunStats,
};

/// A parameter's flag: its URL name with dashes.
fn flag_of(name: &str) -> String {
    format!("--{}", name.replace('_', "-"))
}

fn usage() -> String {
    let flags: Vec<String> = RUN_PARAMS
        .iter()
        .map(|param| format!("[{} VALUE]", flag_of(param.name)))
        .collect();
    format!(
        "usage: headless {} [--log] [--log-shots] [--events-out FILE] [--shots-out FILE] [--plans-out FILE] [--thread-out FILE]",
        flags.join(" ")
    )
}

struct Cli {
    pairs: Vec<(String, String)>,
    log: bool,
    log_shots: bool,
    events_out: Option<String>,
    shots_out: Option<String>,
    plans_out: Option<String>,
    thread_out: Option<String>,
}

fn parse_cli(args: impl Iterator<Item = String>) -> Result<Cli, String> {
    let mut cli = Cli {
        pairs: Vec::new(),
        log: false,
        log_shots: false,
        events_out: None,
        shots_out: None,
        plans_out: None,
        thread_out: None,
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
                let param = RUN_PARAMS.iter().find(|param| flag_of(param.name) == flag);
                let file_flag = matches!(
                    flag,
                    "--events-out" | "--shots-out" | "--plans-out" | "--thread-out"
                );
                if param.is_none() && !file_flag {
                    return Err(format!("unknown flag {flag}\n{}", usage()));
                }
                let value = match inline_value {
                    Some(value) => value,
                    None => args
                        .next()
                        .ok_or_else(|| format!("{flag} needs a value\n{}", usage()))?,
                };
                match (param, flag) {
                    (Some(param), _) => cli.pairs.push((param.name.to_string(), value)),
                    (None, "--events-out") => cli.events_out = Some(value),
                    (None, "--plans-out") => cli.plans_out = Some(value),
                    (None, "--thread-out") => cli.thread_out = Some(value),
                    (None, _) => cli.shots_out = Some(value),
                }
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
    let (params, errors) = parse_run_pairs(cli.pairs.clone());
    if !errors.is_empty() {
        for error in &errors {
            // Flags are spelled with dashes on the command line.
            eprintln!("--{}", error.to_string().replace('_', "-"));
        }
        return ExitCode::from(2);
    }
    let config = params.config;
    let seed = params.seed.unwrap_or_else(fresh_seed);

    let mut exports = match Exports::create(&cli) {
        Ok(exports) => exports,
        Err(error) => {
            eprintln!("cannot write the export: {error}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    let outcome = run_checked_with(&config, seed, &params.breaks, |event| {
        if cli.log && (cli.log_shots || !event.is_shot()) {
            println!("{event}");
        }
        exports.record(event);
    });
    let wall_s = started.elapsed().as_secs_f64();
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("invariant violated: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = exports.finish(&config, seed) {
        eprintln!("cannot write the export: {error}");
        return ExitCode::FAILURE;
    }
    if let Some(path) = &cli.thread_out {
        if let Err(error) = write_thread(path, &config, seed, &params.breaks) {
            eprintln!("cannot write the thread: {error}");
            return ExitCode::FAILURE;
        }
    }
    println!("{}", summary_json(&config, seed, &outcome, wall_s));
    ExitCode::SUCCESS
}

/// The thread at every event, replayed with its record kept.
fn write_thread(path: &str, config: &Config, seed: u64, breaks: &[BreakAt]) -> io::Result<()> {
    let mut file = BufWriter::new(File::create(path)?);
    let mut failed = None;
    thread_lines(config, seed, breaks, |line| {
        if let Err(error) = writeln!(file, "{line}") {
            failed.get_or_insert(error);
        }
    });
    match failed {
        Some(error) => Err(error),
        None => file.flush(),
    }
}

/// The files a run is written to, on request.
struct Exports {
    events: Option<BufWriter<File>>,
    /// The events' lines (a wake's waits for its done set's reports).
    lines: EventLines,
    shots_out: Option<String>,
    plans_out: Option<String>,
    /// (box, station) of every box opened, for the shots file.
    opened: Vec<(u32, u32)>,
    /// The first failed write, reported at the end.
    failed: Option<io::Error>,
}

impl Exports {
    fn create(cli: &Cli) -> io::Result<Exports> {
        let events = match &cli.events_out {
            Some(path) => Some(BufWriter::new(File::create(path)?)),
            None => None,
        };
        Ok(Exports {
            events,
            lines: EventLines::new(),
            shots_out: cli.shots_out.clone(),
            plans_out: cli.plans_out.clone(),
            opened: Vec::new(),
            failed: None,
        })
    }

    fn record(&mut self, event: &Event) {
        if self.shots_out.is_some() {
            self.opened.extend(boxes_opened([event]));
        }
        if let Some(events) = &mut self.events {
            let failed = &mut self.failed;
            self.lines.push(event, &mut |line| {
                if let Err(error) = writeln!(events, "{line}") {
                    failed.get_or_insert(error);
                }
            });
        }
    }

    fn finish(mut self, config: &Config, seed: u64) -> io::Result<()> {
        if let Some(events) = &mut self.events {
            let failed = &mut self.failed;
            self.lines.flush(&mut |line| {
                if let Err(error) = writeln!(events, "{line}") {
                    failed.get_or_insert(error);
                }
            });
        }
        if let Some(error) = self.failed {
            return Err(error);
        }
        if let Some(mut events) = self.events {
            events.flush()?;
        }
        if let Some(path) = &self.plans_out {
            let plans = shots_json_by_station(config, seed, program_boxes(config));
            std::fs::write(path, plans)?;
        }
        match &self.shots_out {
            Some(path) => std::fs::write(path, shots_json(config, seed, &self.opened)),
            None => Ok(()),
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
        "{{\"stations\":{},\"capacity\":{},\"boxes\":{},\"seed\":{},\"fail\":{},\"doses_given\":{},\"doses_wasted\":{},\"boxes_done\":{},\"failures\":{},\"makespan_s\":{:.6},\"expected_makespan_s\":{:.3},\"doses_per_minute\":{:.3},\"events\":{},\"checksum\":\"{}\",\"wall_s\":{:.6},\"shots_per_s\":{:.0}{}{}}}",
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
        article_json(config, state),
        stations_json(state),
    )
}

/// The article loop's own counters, with their leading comma; empty under
/// the other policies.
fn article_json(config: &Config, state: &LotState) -> String {
    if config.policy != Policy::Article {
        return String::new();
    }
    format!(
        ",\"boxes_opened\":{},\"waits\":{},\"doses_unreported\":{},\"doses_discarded\":{}",
        state.boxes_opened, config.boxes, state.doses_unreported, state.doses_discarded,
    )
}
