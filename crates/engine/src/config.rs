//! The run's parameters: the model's configuration, the seed and the
//! breaks by hand, with their one table.
//!
//! Owns what changes a run: [`Config`], [`Policy`], the [`limits`] of the
//! contract, [`RunParams`] and [`RUN_PARAMS`], the table that the URL
//! parser, the page's share link and form, and the headless runner's flags
//! all read. It knows nothing of how the page plays or shows a run
//! (speed, autoplay, embedding, themes, panels): those settings have a
//! table of their own in the page model (`vaccination_lot_model::settings`).
//!
//! Every invalid value becomes a [`ParamError`] that names the parameter,
//! what was given and what is accepted; the default is used in its place,
//! so bad input never stops a run and never panics.

use super::breaks::{self, BreakAt, BREAKS_LIMIT};
use super::param_table::{
    query_pairs, read_pair, to_query, write_pairs, Accepted, Fallback, Given, InLink, Param,
    ParamError, ParamErrors, Phrase,
};
use super::time::SimDuration;

/// The model's parameters: what determines a run, together with the seed.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Number of stations, numbered `1..=stations`.
    pub stations: u32,
    /// Doses in one box.
    pub capacity: u32,
    /// Boxes in the depot at the start.
    pub boxes: u32,
    /// Shortest time for one shot at speed factor 1 \[s\].
    pub shot_min: f64,
    /// Longest time for one shot at speed factor 1 \[s\].
    pub shot_max: f64,
    /// Speed factors of the first stations (2.0 = twice as fast); stations
    /// past the end of the list work at 1.0.
    pub speeds: Vec<f64>,
    /// Probability that a shot fails and the station's task returns an error.
    pub fail: f64,
    /// How the supervisor waits for and restarts the stations.
    pub policy: Policy,
    /// A station that blocks the thread for each shot instead of awaiting
    /// (a teaching experiment), if any.
    pub blocking: Option<u32>,
}

/// How the supervisor waits for its station tasks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Policy {
    /// `asyncio.wait(..., FIRST_COMPLETED)`: handle each task as soon as
    /// it returns and restart its station at once.
    #[default]
    FirstCompleted,
    /// `asyncio.wait(..., ALL_COMPLETED)`: refill only when the whole batch
    /// has returned.
    AllCompleted,
    /// Station tasks send their results down a channel; the supervisor reads
    /// it in order.
    CompletionQueue,
    /// The classic article's program as written: the loop counts waits,
    /// not boxes, restarts every task it finds done whether or not boxes
    /// remain, and at exit cancels the tasks still running.
    Article,
    /// One task per box, all created up front in a task group, at most
    /// `stations` of them at work at once (a semaphore).
    TaskGroup,
    /// `stations` long-lived worker tasks taking boxes from a queue until
    /// it is empty.
    Workers,
}

impl Policy {
    /// Every policy, in the order menus list them.
    pub const ALL: [Policy; 6] = [
        Policy::FirstCompleted,
        Policy::AllCompleted,
        Policy::CompletionQueue,
        Policy::Article,
        Policy::TaskGroup,
        Policy::Workers,
    ];

    /// Their names in URLs, in the same order.
    pub const NAMES: [&'static str; Policy::ALL.len()] =
        ["first", "all", "queue", "article", "taskgroup", "workers"];

    /// The name used in URLs.
    pub const fn as_str(self) -> &'static str {
        Policy::NAMES[self as usize]
    }

    /// A readable name.
    pub fn label(self) -> &'static str {
        match self {
            Policy::FirstCompleted => "FIRST_COMPLETED",
            Policy::AllCompleted => "ALL_COMPLETED",
            Policy::CompletionQueue => "completion queue",
            Policy::Article => "the article's loop",
            Policy::TaskGroup => "TaskGroup + Semaphore",
            Policy::Workers => "workers + Queue",
        }
    }

    /// Whether the run must follow asyncio's loop turn by turn even with
    /// no station blocking the thread: the article's loop counts waits,
    /// and a wait returns every task done by the time it resumes, so tasks
    /// that finish at one instant must come back together, as they do in
    /// asyncio.
    pub const fn counts_waits(self) -> bool {
        matches!(self, Policy::Article)
    }

    /// Whether a supervisor takes the station tasks that returned, a done
    /// set at each wake: every policy but the idioms, whose tasks report
    /// their own boxes.
    pub const fn takes_done_sets(self) -> bool {
        !matches!(self, Policy::TaskGroup | Policy::Workers)
    }

    /// Most boxes a run under this policy takes: a task group creates one
    /// live task per box up front, so it is bounded to keep the page's
    /// memory small.
    pub const fn boxes_limit(self) -> u32 {
        match self {
            Policy::TaskGroup => limits::TASK_GROUP_BOXES,
            _ => limits::BOXES.1,
        }
    }

    /// Reads a policy by its URL name or its readable name, in any case.
    pub fn parse(given: &str) -> Option<Policy> {
        let given = given.trim();
        Policy::ALL.into_iter().find(|policy| {
            given.eq_ignore_ascii_case(policy.as_str())
                || given.eq_ignore_ascii_case(policy.label())
        })
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stations: 3,
            capacity: 100,
            boxes: 100,
            shot_min: 0.001,
            shot_max: 0.1,
            speeds: Vec::new(),
            fail: 0.0,
            policy: Policy::FirstCompleted,
            blocking: None,
        }
    }
}

impl Config {
    /// Speed factor of a 1-based station.
    pub fn speed_of(&self, station: u32) -> f64 {
        station
            .checked_sub(1)
            .and_then(|index| self.speeds.get(index as usize))
            .copied()
            .unwrap_or(1.0)
    }

    /// Slowest speed factor among the stations.
    pub fn slowest_speed(&self) -> f64 {
        (1..=self.stations)
            .map(|station| self.speed_of(station))
            .fold(f64::INFINITY, f64::min)
    }

    /// Total doses in the depot at the start.
    pub fn total_doses(&self) -> u64 {
        u64::from(self.capacity) * u64::from(self.boxes)
    }

    /// Shortest and longest shot at speed factor 1, in whole microseconds.
    pub fn shot_range(&self) -> (SimDuration, SimDuration) {
        (
            SimDuration::from_secs_f64(self.shot_min),
            SimDuration::from_secs_f64(self.shot_max),
        )
    }

    /// An upper bound on the simulated length of a run \[s\]: every shot at
    /// its longest, by the slowest station, one after another.
    pub fn worst_case_makespan(&self) -> f64 {
        self.total_doses() as f64 * self.shot_max / self.slowest_speed()
    }

    /// The configuration as a query string, in the contract's names.
    pub fn to_query(&self) -> String {
        RunParams {
            config: self.clone(),
            ..RunParams::default()
        }
        .to_query()
    }
}

/// Limits of the contract, shared by parsing, the form and the messages.
pub mod limits {
    /// Stations in a run, fewest and most.
    pub const STATIONS: (u32, u32) = (1, 1000);
    /// Doses per box, fewest and most.
    pub const CAPACITY: (u32, u32) = (1, 10_000);
    /// Boxes in the depot, fewest and most (fewer under
    /// `policy=taskgroup`: [`TASK_GROUP_BOXES`]).
    pub const BOXES: (u32, u32) = (1, 1_000_000);
    /// Shot times \[s\]; the lower end is the clock's resolution, 1 µs.
    pub const SHOT_SECONDS: (f64, f64) = (0.000_001, 3600.0);
    /// A station's speed factor, lowest and highest.
    pub const STATION_SPEED: (f64, f64) = (0.01, 100.0);
    /// Longest run the clock is asked to hold, `10^MAKESPAN_EXPONENT`
    /// seconds (about 31,700 years): far inside the `u64` microsecond
    /// range, so sums never saturate.
    pub const MAKESPAN_EXPONENT: u32 = 12;
    /// Most boxes under `policy=taskgroup`, which keeps one live task per
    /// box (a few hundred bytes each) from the start of the run.
    pub const TASK_GROUP_BOXES: u32 = 10_000;
}

/// Everything that determines a run: the configuration, the seed and the
/// stations broken by hand.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunParams {
    /// The model's parameters.
    pub config: Config,
    /// `None`: the caller draws a random seed (and shows it).
    pub seed: Option<u64>,
    /// Stations broken by hand, to repeat.
    pub breaks: Vec<BreakAt>,
}

impl RunParams {
    /// The parameters a link carries, as a query string without `?`.
    pub fn to_query(&self) -> String {
        to_query(&write_pairs(RUN_PARAMS, self))
    }
}

/// A whole number in `low..=high`, spaces around it allowed.
pub fn parse_whole(given: &str, (low, high): (u32, u32)) -> Option<u32> {
    given
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|value| (low..=high).contains(value))
}

fn parse_real(given: &str, (low, high): (f64, f64)) -> Option<f64> {
    given
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite() && (low..=high).contains(value))
}

/// Validates a `speeds` list; empty items count as 1.
fn parse_speeds(given: &str) -> Option<Vec<f64>> {
    if given.trim().is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&str> = given.split(',').collect();
    if items.len() > limits::STATIONS.1 as usize {
        return None;
    }
    items
        .into_iter()
        .map(|item| {
            if item.trim().is_empty() {
                Some(1.0)
            } else {
                parse_real(item, limits::STATION_SPEED)
            }
        })
        .collect()
}

/// Validates `blocking`: a station, or 0 for none.
fn parse_blocking(given: &str) -> Option<Option<u32>> {
    match given.trim().parse::<u32>() {
        Ok(0) => Some(None),
        Ok(station) if station <= limits::STATIONS.1 => Some(Some(station)),
        _ => None,
    }
}

/// Keeps `value` with `keep` if there is one; says whether there was.
pub fn keep<T>(value: Option<T>, keep: impl FnOnce(T)) -> bool {
    value.map(keep).is_some()
}

const fn whole(range: (u32, u32)) -> Accepted {
    Accepted::Whole {
        low: range.0 as u64,
        high: range.1 as u64,
    }
}

const SHOT_SECONDS: Accepted = Accepted::ShotSeconds {
    low: limits::SHOT_SECONDS.0,
    high: limits::SHOT_SECONDS.1,
};

/// The run's parameters, in the order links write them.
pub const RUN_PARAMS: &[Param<RunParams>] = &[
    Param {
        name: "stations",
        accepted: whole(limits::STATIONS),
        fallback_phrase: None,
        read: |run, given| {
            keep(parse_whole(given, limits::STATIONS), |v| {
                run.config.stations = v
            })
        },
        write: |run| run.config.stations.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "capacity",
        accepted: whole(limits::CAPACITY),
        fallback_phrase: None,
        read: |run, given| {
            keep(parse_whole(given, limits::CAPACITY), |v| {
                run.config.capacity = v
            })
        },
        write: |run| run.config.capacity.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "boxes",
        accepted: whole(limits::BOXES),
        fallback_phrase: None,
        read: |run, given| keep(parse_whole(given, limits::BOXES), |v| run.config.boxes = v),
        write: |run| run.config.boxes.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "shot_min",
        accepted: SHOT_SECONDS,
        fallback_phrase: None,
        read: |run, given| {
            keep(parse_real(given, limits::SHOT_SECONDS), |v| {
                run.config.shot_min = v
            })
        },
        write: |run| run.config.shot_min.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "shot_max",
        accepted: SHOT_SECONDS,
        fallback_phrase: None,
        read: |run, given| {
            keep(parse_real(given, limits::SHOT_SECONDS), |v| {
                run.config.shot_max = v
            })
        },
        write: |run| run.config.shot_max.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "fail",
        accepted: Accepted::Probability,
        fallback_phrase: None,
        read: |run, given| keep(parse_real(given, (0.0, 1.0)), |v| run.config.fail = v),
        write: |run| run.config.fail.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "speeds",
        accepted: Accepted::SpeedFactors {
            max_items: limits::STATIONS.1,
            low: limits::STATION_SPEED.0,
            high: limits::STATION_SPEED.1,
        },
        fallback_phrase: Some(Phrase::EVERY_STATION_ONE),
        read: |run, given| keep(parse_speeds(given), |v| run.config.speeds = v),
        write: |run| {
            let speeds: Vec<String> = run.config.speeds.iter().map(f64::to_string).collect();
            speeds.join(",")
        },
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "blocking",
        accepted: Accepted::StationOrNone {
            high: limits::STATIONS.1,
        },
        fallback_phrase: Some(Phrase::NONE),
        read: |run, given| keep(parse_blocking(given), |v| run.config.blocking = v),
        write: |run| run.config.blocking.unwrap_or(0).to_string(),
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "policy",
        accepted: Accepted::OneOf(&Policy::NAMES),
        fallback_phrase: None,
        read: |run, given| keep(Policy::parse(given), |v| run.config.policy = v),
        write: |run| run.config.policy.as_str().to_string(),
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "seed",
        accepted: Accepted::Whole {
            low: 0,
            high: u64::MAX,
        },
        fallback_phrase: Some(Phrase::RANDOM_SEED),
        read: |run, given| keep(given.trim().parse::<u64>().ok(), |v| run.seed = Some(v)),
        write: |run| run.seed.map(|seed| seed.to_string()).unwrap_or_default(),
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "breaks",
        accepted: Accepted::BreakPairs {
            max_items: BREAKS_LIMIT,
        },
        fallback_phrase: Some(Phrase::NO_BREAKS),
        read: |run, given| {
            keep(breaks::parse_list(given, limits::STATIONS.1), |v| {
                run.breaks = v
            })
        },
        write: |run| breaks::write_list(&run.breaks),
        in_link: InLink::UnlessDefault,
    },
];

/// Parses a query string (with or without the leading `?`) for the run's
/// parameters. Other names are ignored; of repeated ones the last wins.
pub fn parse_run_query(query: &str) -> (RunParams, Vec<ParamError>) {
    parse_run_pairs(query_pairs(query))
}

/// Parses `(name, value)` pairs in the contract's names for the run's
/// parameters; other names are ignored.
pub fn parse_run_pairs<I>(pairs: I) -> (RunParams, Vec<ParamError>)
where
    I: IntoIterator<Item = (String, String)>,
{
    parse_run_pairs_and(pairs, |_, _| None)
}

/// [`parse_run_pairs`], handing names the run's table does not know to
/// `other`, which answers like [`read_pair`] (`None` for names it does
/// not know either). Errors keep the order of the pairs.
pub fn parse_run_pairs_and<I>(
    pairs: I,
    mut other: impl FnMut(&str, &str) -> Option<Result<(), ParamError>>,
) -> (RunParams, Vec<ParamError>)
where
    I: IntoIterator<Item = (String, String)>,
{
    let mut run = RunParams::default();
    let mut errors = ParamErrors::default();
    for (name, given) in pairs {
        let outcome =
            read_pair(RUN_PARAMS, &mut run, &name, &given).or_else(|| other(&name, &given));
        match outcome {
            Some(Ok(())) => errors.clear(&name),
            Some(Err(error)) => errors.push(error),
            None => {}
        }
    }
    check_shot_range(&mut run.config, &mut errors);
    check_fits_clock(&mut run.config, &mut errors);
    check_boxes_for_policy(&mut run.config, &mut errors);
    check_blocking_for_policy(&mut run.config, &mut errors);
    check_stations_in_run(&mut run, &mut errors);
    (run, errors.into_vec())
}

/// A blocking station, or a break at a station, that the run does not
/// have: it would do nothing, so it is named and left out.
fn check_stations_in_run(run: &mut RunParams, errors: &mut ParamErrors) {
    let stations = run.config.stations;
    let accepted = Accepted::StationOfRun { stations };
    if let Some(station) = run.config.blocking.filter(|station| *station > stations) {
        errors.push_rule(ParamError {
            name: "blocking",
            given: Given::With {
                value: station.to_string(),
                condition: format!("stations={stations}"),
            },
            accepted,
            fallback: Fallback::Phrase(Phrase::NONE),
        });
        run.config.blocking = None;
    }
    let (kept, outside): (Vec<BreakAt>, Vec<BreakAt>) = run
        .breaks
        .iter()
        .partition(|planned| planned.station <= stations);
    if !outside.is_empty() {
        errors.push_rule(ParamError {
            name: "breaks",
            given: Given::With {
                value: breaks::write_list(&outside),
                condition: format!("stations={stations}"),
            },
            accepted,
            fallback: if kept.is_empty() {
                Fallback::Phrase(Phrase::NO_BREAKS)
            } else {
                Fallback::Value(breaks::write_list(&kept))
            },
        });
        run.breaks = kept;
    }
}

/// `shot_min` above `shot_max`: both fall back to their defaults.
fn check_shot_range(config: &mut Config, errors: &mut ParamErrors) {
    if config.shot_min <= config.shot_max {
        return;
    }
    let defaults = Config::default();
    errors.push_rule(ParamError {
        name: "shot_min",
        given: Given::With {
            value: config.shot_min.to_string(),
            condition: format!("shot_max={}", config.shot_max),
        },
        accepted: Accepted::NotAbove {
            low: "shot_min",
            high: "shot_max",
        },
        fallback: Fallback::Both(defaults.shot_min.to_string(), defaults.shot_max.to_string()),
    });
    config.shot_min = defaults.shot_min;
    config.shot_max = defaults.shot_max;
}

/// A run whose slowest case overflows the clock: `boxes` falls back.
fn check_fits_clock(config: &mut Config, errors: &mut ParamErrors) {
    if config.worst_case_makespan() <= 10f64.powi(limits::MAKESPAN_EXPONENT as i32) {
        return;
    }
    let defaults = Config::default();
    errors.push_rule(ParamError {
        name: "boxes",
        given: Given::FitsClock {
            boxes: config.boxes,
            capacity: config.capacity,
            shot_max: config.shot_max,
            slowest_speed: config.slowest_speed(),
        },
        accepted: Accepted::FitsClock {
            exponent: limits::MAKESPAN_EXPONENT,
        },
        fallback: Fallback::Value(defaults.boxes.to_string()),
    });
    config.boxes = defaults.boxes;
}

/// More boxes than the policy keeps tasks for: `boxes` falls back to the
/// policy's limit, so the run still shows the policy.
fn check_boxes_for_policy(config: &mut Config, errors: &mut ParamErrors) {
    let limit = config.policy.boxes_limit();
    if config.boxes <= limit {
        return;
    }
    errors.push_rule(ParamError {
        name: "boxes",
        given: Given::With {
            value: config.boxes.to_string(),
            condition: format!("policy={}", config.policy.as_str()),
        },
        accepted: Accepted::BoxesPerTask {
            policy: config.policy.as_str(),
            high: limit,
        },
        fallback: Fallback::Value(limit.to_string()),
    });
    config.boxes = limit;
}

/// A blocking station under the article's loop: its program has none (and
/// a station that blocks would finish a box after the loop ended), so
/// `blocking` falls back to none.
fn check_blocking_for_policy(config: &mut Config, errors: &mut ParamErrors) {
    let Some(station) = config.blocking else {
        return;
    };
    if !config.policy.counts_waits() {
        return;
    }
    errors.push_rule(ParamError {
        name: "blocking",
        given: Given::With {
            value: station.to_string(),
            condition: format!("policy={}", config.policy.as_str()),
        },
        accepted: Accepted::NoBlockingWith {
            policy: config.policy.as_str(),
        },
        fallback: Fallback::Phrase(Phrase::NONE),
    });
    config.blocking = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::param_table::{self, GIVEN_DISPLAY_LIMIT};

    #[test]
    fn an_empty_query_gives_the_defaults() {
        let (run, errors) = parse_run_query("");
        assert!(errors.is_empty());
        assert_eq!(run, RunParams::default());
        assert_eq!(run.config.stations, 3);
    }

    #[test]
    fn a_station_the_run_does_not_have_is_named_and_left_out() {
        let (run, errors) = parse_run_query("stations=3&blocking=4&breaks=5:999,7:2");
        assert_eq!(run.config.blocking, None);
        assert_eq!(
            run.breaks,
            vec![BreakAt {
                after_events: 7,
                station: 2
            }]
        );
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(
            said[0].starts_with("blocking=4 with stations=3 is not accepted"),
            "{said:?}"
        );
        assert!(
            said[0].contains("a station of the run, from 1 to 3"),
            "{said:?}"
        );
        assert!(
            said[1].starts_with("breaks=5:999 with stations=3"),
            "{said:?}"
        );
        assert!(said[1].contains("7:2"), "what runs instead: {said:?}");
    }

    #[test]
    fn valid_values_are_taken() {
        let (run, errors) = parse_run_query(
            "?stations=5&capacity=7&boxes=9&shot_min=1&shot_max=3&speeds=2,,0.5&fail=0.25&seed=42&policy=all&blocking=2",
        );
        assert!(errors.is_empty(), "{errors:?}");
        let config = &run.config;
        assert_eq!((config.stations, config.capacity, config.boxes), (5, 7, 9));
        assert_eq!(
            (config.shot_min, config.shot_max, config.fail),
            (1.0, 3.0, 0.25)
        );
        assert_eq!(config.speeds, vec![2.0, 1.0, 0.5]);
        assert_eq!(config.speed_of(1), 2.0);
        assert_eq!(config.speed_of(4), 1.0);
        assert_eq!(run.seed, Some(42));
        assert_eq!(config.policy, Policy::AllCompleted);
        assert_eq!(config.blocking, Some(2));
    }

    #[test]
    fn each_bad_value_is_named_with_what_is_accepted_and_defaults_run() {
        let (run, errors) = parse_run_query(
            "stations=0&capacity=abc&boxes=2000000&shot_max=nan&fail=1.5&seed=-1&speeds=1,x&policy=fastest&blocking=-1&breaks=x",
        );
        let names: Vec<&str> = errors.iter().map(|error| error.name).collect();
        assert_eq!(
            names,
            vec![
                "stations", "capacity", "boxes", "shot_max", "fail", "seed", "speeds", "policy",
                "blocking", "breaks"
            ]
        );
        assert_eq!(run, RunParams::default());
        let message = errors[0].to_string();
        assert!(message.contains("stations=0"), "{message}");
        assert!(message.contains("from 1 to 1000"), "{message}");
        assert!(message.contains("using 3"), "{message}");
    }

    #[test]
    fn messages_give_the_accepted_values_and_the_default_used() {
        let (_, errors) = parse_run_query("policy=x&seed=y&speeds=z&blocking=w&shot_min=0");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "policy=x is not accepted: expected first, all, queue, article, taskgroup or workers; using first.",
                "seed=y is not accepted: expected a whole number from 0 to 18446744073709551615; using a random seed.",
                "speeds=z is not accepted: expected a comma-separated list of at most 1000 speed factors, each from 0.01 to 100; using 1 for every station.",
                "blocking=w is not accepted: expected a station number from 1 to 1000, or 0 for none; using none.",
                "shot_min=0 is not accepted: expected seconds per shot, from 0.000001 to 3600; using 0.001.",
            ]
        );
    }

    #[test]
    fn the_last_of_repeated_parameters_wins() {
        let (run, errors) = parse_run_query("stations=0&stations=5");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(run.config.stations, 5);
        let (run, errors) = parse_run_query("stations=5&stations=0");
        assert_eq!(errors.len(), 1);
        assert_eq!(run.config.stations, 5, "the rejected value changes nothing");
    }

    #[test]
    fn a_task_group_takes_at_most_its_limit_of_boxes() {
        let (run, errors) = parse_run_query("policy=taskgroup&boxes=1000000");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(run.config.boxes, limits::TASK_GROUP_BOXES);
        assert_eq!(
            errors[0].to_string(),
            "boxes=1000000 with policy=taskgroup is not accepted: expected at most 10000 boxes with policy=taskgroup, which creates a live task for every box up front; using 10000."
        );
        let (run, errors) = parse_run_query("policy=workers&boxes=1000000");
        assert!(errors.is_empty());
        assert_eq!(run.config.boxes, 1_000_000);
    }

    #[test]
    fn the_article_loop_has_no_blocking_station() {
        let (run, errors) = parse_run_query("policy=article&blocking=2");
        assert_eq!(run.config.blocking, None);
        assert_eq!(
            errors[0].to_string(),
            "blocking=2 with policy=article is not accepted: expected no blocking station with policy=article, whose program has none; using none."
        );
    }

    #[test]
    fn breaks_are_events_and_station_pairs() {
        let (run, errors) = parse_run_query("breaks=500:2,40:1");
        assert!(errors.is_empty());
        assert_eq!(run.breaks.len(), 2);
        assert_eq!(
            (run.breaks[0].after_events, run.breaks[0].station),
            (500, 2)
        );
        let (run, errors) = parse_run_query("breaks=500-2");
        assert_eq!(errors[0].name, "breaks");
        assert!(run.breaks.is_empty());
    }

    #[test]
    fn shot_min_above_shot_max_is_rejected_as_a_pair() {
        let (run, errors) = parse_run_query("shot_min=2&shot_max=1");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].name, "shot_min");
        assert_eq!((run.config.shot_min, run.config.shot_max), (0.001, 0.1));
        assert!(errors[0].to_string().contains("using 0.001 and 0.1"));
    }

    #[test]
    fn a_run_too_long_for_the_clock_is_rejected() {
        let (run, errors) =
            parse_run_query("boxes=1000000&capacity=10000&shot_min=3600&shot_max=3600&speeds=0.01");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].name, "boxes");
        assert_eq!(run.config.boxes, 100);
        assert!(run.config.worst_case_makespan() <= 1e12);
    }

    #[test]
    fn markup_and_long_values_are_quoted_back_shortened() {
        let long = "<script>".repeat(20);
        let (_, errors) = parse_run_query(&format!("stations={long}"));
        assert!(errors[0].given.to_string().chars().count() <= GIVEN_DISPLAY_LIMIT + 1);
    }

    #[test]
    fn percent_encoding_is_decoded() {
        let (run, errors) = parse_run_query("speeds=2%2C3");
        assert!(errors.is_empty());
        assert_eq!(run.config.speeds, vec![2.0, 3.0]);
    }

    #[test]
    fn a_run_round_trips_through_its_query() {
        let run = RunParams {
            config: Config {
                speeds: vec![2.0, 0.5],
                fail: 0.01,
                policy: Policy::AllCompleted,
                blocking: Some(2),
                ..Config::default()
            },
            seed: Some(9),
            breaks: breaks::parse_list("40:1,500:2", 3).unwrap(),
        };
        let query = run.to_query();
        assert_eq!(
            query,
            "stations=3&capacity=100&boxes=100&shot_min=0.001&shot_max=0.1&fail=0.01&speeds=2,0.5&blocking=2&policy=all&seed=9&breaks=40:1,500:2"
        );
        let (parsed, errors) = parse_run_query(&query);
        assert!(errors.is_empty());
        assert_eq!(parsed, run);
    }

    #[test]
    fn a_default_run_links_only_what_links_always_carry() {
        assert_eq!(
            Config::default().to_query(),
            "stations=3&capacity=100&boxes=100&shot_min=0.001&shot_max=0.1&fail=0"
        );
    }

    #[test]
    fn every_table_entry_reads_what_it_writes() {
        let run = parse_run_query("speeds=3,1&blocking=1&policy=queue&seed=5&breaks=1:1").0;
        for param in RUN_PARAMS {
            let mut read_back = RunParams::default();
            assert!(
                (param.read)(&mut read_back, &(param.write)(&run)),
                "{} reads its own spelling",
                param.name
            );
            assert_eq!(
                (param.write)(&read_back),
                (param.write)(&run),
                "{}",
                param.name
            );
        }
        assert!(param_table::find(RUN_PARAMS, "stations").is_some());
    }

    #[test]
    fn policies_are_read_by_either_name() {
        for policy in Policy::ALL {
            assert_eq!(Policy::parse(policy.as_str()), Some(policy));
            assert_eq!(Policy::parse(&policy.label().to_lowercase()), Some(policy));
        }
        assert_eq!(Policy::parse("fastest"), None);
        for (index, policy) in Policy::ALL.into_iter().enumerate() {
            assert_eq!(policy as usize, index, "NAMES is indexed by the variant");
        }
    }
}
