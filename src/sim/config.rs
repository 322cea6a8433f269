//! Run parameters: parsing, validation and defaults.
//!
//! One table of parameters serves the URL query string, the headless
//! runner's flags and the page's form. Every invalid value becomes a
//! [`ParamError`] that names the parameter, what was given and what is
//! accepted; the default is used in its place, so bad input never stops a
//! run and never panics.

use std::fmt;

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
    /// Shortest time for one shot at speed factor 1 [s].
    pub shot_min: f64,
    /// Longest time for one shot at speed factor 1 [s].
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
}

impl Policy {
    /// The name used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::FirstCompleted => "first",
            Policy::AllCompleted => "all",
            Policy::CompletionQueue => "queue",
        }
    }

    /// A readable name.
    pub fn label(self) -> &'static str {
        match self {
            Policy::FirstCompleted => "FIRST_COMPLETED",
            Policy::AllCompleted => "ALL_COMPLETED",
            Policy::CompletionQueue => "completion queue",
        }
    }
}

/// Validates a `policy`.
pub fn parse_policy(given: &str) -> Option<Policy> {
    match given.trim().to_ascii_lowercase().as_str() {
        "first" | "first_completed" => Some(Policy::FirstCompleted),
        "all" | "all_completed" => Some(Policy::AllCompleted),
        "queue" => Some(Policy::CompletionQueue),
        _ => None,
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

    /// An upper bound on the simulated length of a run [s]: every shot at
    /// its longest, by the slowest station, one after another.
    pub fn worst_case_makespan(&self) -> f64 {
        self.total_doses() as f64 * self.shot_max / self.slowest_speed()
    }

    /// The same parameters as a query string, in the contract's names.
    pub fn to_query(&self) -> String {
        let mut query = format!(
            "stations={}&capacity={}&boxes={}&shot_min={}&shot_max={}&fail={}",
            self.stations, self.capacity, self.boxes, self.shot_min, self.shot_max, self.fail
        );
        if !self.speeds.is_empty() {
            let speeds: Vec<String> = self.speeds.iter().map(f64::to_string).collect();
            query.push_str("&speeds=");
            query.push_str(&speeds.join(","));
        }
        if let Some(station) = self.blocking {
            query.push_str(&format!("&blocking={station}"));
        }
        if self.policy != Policy::default() {
            query.push_str("&policy=");
            query.push_str(self.policy.as_str());
        }
        query
    }
}

/// How fast the page plays a run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaySpeed {
    /// Simulated seconds per wall-clock second.
    Factor(f64),
    /// As many events as fit each frame's work budget.
    Max,
}

impl Default for PlaySpeed {
    fn default() -> Self {
        PlaySpeed::Factor(1.0)
    }
}

impl fmt::Display for PlaySpeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlaySpeed::Factor(factor) => write!(f, "{factor}"),
            PlaySpeed::Max => f.write_str("max"),
        }
    }
}

/// Everything the page's URL can set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub config: Config,
    /// `None`: the caller draws a random seed (and shows it).
    pub seed: Option<u64>,
    pub speed: PlaySpeed,
    pub autoplay: bool,
    pub embed: bool,
    /// Open the run at this event (0 = the start).
    pub step: Option<u64>,
    /// Stations broken by hand, to repeat: `events:station` pairs.
    pub breaks: Vec<super::local::BreakAt>,
    /// The high-contrast theme for projectors (`theme=projector`).
    pub theme_projector: bool,
    /// Teaching panels named in the link (`panels=executor,charts`);
    /// `None` leaves the page's default.
    pub panels: Option<Panels>,
    /// Fuzz mode: random clicks, keys and parameter changes, with the
    /// invariants checked every frame (`fuzz=1`).
    pub fuzz: bool,
}

/// Which teaching panels a page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panels {
    pub executor: bool,
    pub inspector: bool,
    pub charts: bool,
    pub code: bool,
}

impl Panels {
    pub const ALL: Panels = Panels {
        executor: true,
        inspector: true,
        charts: true,
        code: true,
    };
    pub const NONE: Panels = Panels {
        executor: false,
        inspector: false,
        charts: false,
        code: false,
    };

    /// The panels as the URL names them.
    pub fn to_param(self) -> String {
        let names: Vec<&str> = [
            (self.executor, "executor"),
            (self.inspector, "inspector"),
            (self.charts, "charts"),
            (self.code, "code"),
        ]
        .into_iter()
        .filter_map(|(shown, name)| shown.then_some(name))
        .collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(",")
        }
    }
}

/// Validates a `panels` list: names among executor, inspector, charts and
/// code, `all`, or `none`.
pub fn parse_panels(given: &str) -> Option<Panels> {
    let mut panels = Panels::NONE;
    for name in given
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        match name {
            "executor" => panels.executor = true,
            "inspector" => panels.inspector = true,
            "charts" => panels.charts = true,
            "code" => panels.code = true,
            "all" => panels = Panels::ALL,
            "none" => {}
            _ => return None,
        }
    }
    Some(panels)
}

/// One rejected parameter value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamError {
    /// The parameter's name as written in the URL (`shot_min`, ...).
    pub name: &'static str,
    /// What was given, shortened for display.
    pub given: String,
    /// What would have been accepted.
    pub accepted: String,
    /// What is used instead.
    pub fallback: String,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={} is not accepted: expected {}; using {}.",
            self.name, self.given, self.accepted, self.fallback
        )
    }
}

/// Longest given value quoted back in a message [chars].
const GIVEN_DISPLAY_LIMIT: usize = 40;

fn shorten(given: &str) -> String {
    if given.chars().count() <= GIVEN_DISPLAY_LIMIT {
        given.to_string()
    } else {
        let head: String = given.chars().take(GIVEN_DISPLAY_LIMIT).collect();
        format!("{head}…")
    }
}

/// Limits of the contract, shared by parsing, the form and the messages.
pub mod limits {
    pub const STATIONS: (u32, u32) = (1, 1000);
    pub const CAPACITY: (u32, u32) = (1, 10_000);
    pub const BOXES: (u32, u32) = (1, 1_000_000);
    /// Shot times [s]; the lower end is the clock's resolution, 1 µs.
    pub const SHOT_SECONDS: (f64, f64) = (0.000_001, 3600.0);
    pub const STATION_SPEED: (f64, f64) = (0.01, 100.0);
    pub const PLAY_SPEED: (f64, f64) = (0.01, 100_000.0);
    /// Longest run the clock is asked to hold [s], about 31,700 years:
    /// far inside the `u64` microsecond range, so sums never saturate.
    pub const MAKESPAN_SECONDS: f64 = 1e12;
}

/// Accepted-value descriptions, exactly as shown to users.
pub mod accepted {
    pub const STATIONS: &str = "a whole number from 1 to 1000";
    pub const CAPACITY: &str = "a whole number from 1 to 10000";
    pub const BOXES: &str = "a whole number from 1 to 1000000";
    pub const SHOT: &str = "seconds per shot, from 0.000001 to 3600";
    pub const SPEEDS: &str =
        "a comma-separated list of at most 1000 speed factors, each from 0.01 to 100";
    pub const FAIL: &str = "a probability from 0 to 1";
    pub const SEED: &str = "a whole number from 0 to 18446744073709551615";
    pub const PLAY_SPEED: &str = "simulated seconds per second from 0.01 to 100000, or max";
    pub const FLAG: &str = "0 or 1";
    pub const STEP: &str = "a whole number of events from 0";
    pub const POLICY: &str = "first, all or queue";
    pub const THEME: &str = "projector or default";
    pub const PANELS: &str =
        "a comma-separated list of executor, inspector, charts and code, or all, or none";
    pub const BLOCKING: &str = "a station number from 1 to 1000, or 0 for none";
    pub const BREAKS: &str = "a comma-separated list of events:station pairs, at most 100";
}

fn parse_whole(given: &str, (low, high): (u32, u32)) -> Option<u32> {
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

/// Validates one `stations` value.
pub fn parse_stations(given: &str) -> Option<u32> {
    parse_whole(given, limits::STATIONS)
}

/// Validates one `capacity` value.
pub fn parse_capacity(given: &str) -> Option<u32> {
    parse_whole(given, limits::CAPACITY)
}

/// Validates one `boxes` value.
pub fn parse_boxes(given: &str) -> Option<u32> {
    parse_whole(given, limits::BOXES)
}

/// Validates one shot time [s].
pub fn parse_shot_seconds(given: &str) -> Option<f64> {
    parse_real(given, limits::SHOT_SECONDS)
}

/// Validates a `fail` probability.
pub fn parse_fail(given: &str) -> Option<f64> {
    parse_real(given, (0.0, 1.0))
}

/// Validates a `speeds` list; empty items count as 1.
pub fn parse_speeds(given: &str) -> Option<Vec<f64>> {
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

/// Validates a `breaks` list of `events:station` pairs.
pub fn parse_breaks(given: &str) -> Option<Vec<super::local::BreakAt>> {
    if given.trim().is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&str> = given.split(',').collect();
    if items.len() > 100 {
        return None;
    }
    items
        .into_iter()
        .map(|item| {
            let (events, station) = item.trim().split_once(':')?;
            Some(super::local::BreakAt {
                after_events: events.trim().parse().ok()?,
                station: parse_whole(station, limits::STATIONS)?,
            })
        })
        .collect()
}

/// Validates a `seed`.
pub fn parse_seed(given: &str) -> Option<u64> {
    given.trim().parse::<u64>().ok()
}

/// Validates a play `speed`.
pub fn parse_play_speed(given: &str) -> Option<PlaySpeed> {
    if given.trim().eq_ignore_ascii_case("max") {
        return Some(PlaySpeed::Max);
    }
    parse_real(given, limits::PLAY_SPEED).map(PlaySpeed::Factor)
}

fn parse_flag(given: &str) -> Option<bool> {
    match given.trim() {
        "0" | "false" => Some(false),
        "1" | "true" => Some(true),
        _ => None,
    }
}

/// Parses a URL query string (with or without the leading `?`).
/// Unknown parameters are ignored; for the last of repeated ones wins.
pub fn parse_query(query: &str) -> (Params, Vec<ParamError>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs =
        form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()));
    parse_pairs(pairs)
}

/// Parses `(name, value)` pairs in the contract's names.
pub fn parse_pairs<I>(pairs: I) -> (Params, Vec<ParamError>)
where
    I: IntoIterator<Item = (String, String)>,
{
    let mut params = Params::default();
    let mut errors = Vec::new();
    let defaults = Params::default();
    let mut reject = |name: &'static str, given: &str, accepted: &str, fallback: String| {
        errors.retain(|error: &ParamError| error.name != name);
        errors.push(ParamError {
            name,
            given: shorten(given),
            accepted: accepted.to_string(),
            fallback,
        });
    };
    for (name, given) in pairs {
        let config = &mut params.config;
        match name.as_str() {
            "stations" => match parse_stations(&given) {
                Some(value) => config.stations = value,
                None => reject("stations", &given, accepted::STATIONS, "3".into()),
            },
            "capacity" => match parse_capacity(&given) {
                Some(value) => config.capacity = value,
                None => reject("capacity", &given, accepted::CAPACITY, "100".into()),
            },
            "boxes" => match parse_boxes(&given) {
                Some(value) => config.boxes = value,
                None => reject("boxes", &given, accepted::BOXES, "100".into()),
            },
            "shot_min" => match parse_shot_seconds(&given) {
                Some(value) => config.shot_min = value,
                None => reject("shot_min", &given, accepted::SHOT, "0.001".into()),
            },
            "shot_max" => match parse_shot_seconds(&given) {
                Some(value) => config.shot_max = value,
                None => reject("shot_max", &given, accepted::SHOT, "0.1".into()),
            },
            "speeds" => match parse_speeds(&given) {
                Some(value) => config.speeds = value,
                None => reject(
                    "speeds",
                    &given,
                    accepted::SPEEDS,
                    "1 for every station".into(),
                ),
            },
            "fail" => match parse_fail(&given) {
                Some(value) => config.fail = value,
                None => reject("fail", &given, accepted::FAIL, "0".into()),
            },
            "seed" => match parse_seed(&given) {
                Some(value) => params.seed = Some(value),
                None => reject("seed", &given, accepted::SEED, "a random seed".into()),
            },
            "speed" => match parse_play_speed(&given) {
                Some(value) => params.speed = value,
                None => reject("speed", &given, accepted::PLAY_SPEED, "1".into()),
            },
            "autoplay" => match parse_flag(&given) {
                Some(value) => params.autoplay = value,
                None => reject("autoplay", &given, accepted::FLAG, "0".into()),
            },
            "theme" => match given.trim() {
                "projector" => params.theme_projector = true,
                "default" => params.theme_projector = false,
                _ => reject("theme", &given, accepted::THEME, "the default theme".into()),
            },
            "blocking" => match given.trim().parse::<u32>() {
                Ok(0) => config.blocking = None,
                Ok(station) if station <= limits::STATIONS.1 => config.blocking = Some(station),
                _ => reject("blocking", &given, accepted::BLOCKING, "none".into()),
            },
            "policy" => match parse_policy(&given) {
                Some(value) => config.policy = value,
                None => reject("policy", &given, accepted::POLICY, "first".into()),
            },
            "breaks" => match parse_breaks(&given) {
                Some(value) => params.breaks = value,
                None => reject("breaks", &given, accepted::BREAKS, "no breaks".into()),
            },
            "step" => match given.trim().parse::<u64>() {
                Ok(value) => params.step = Some(value),
                Err(_) => reject("step", &given, accepted::STEP, "the start".into()),
            },
            "panels" => match parse_panels(&given) {
                Some(value) => params.panels = Some(value),
                None => reject(
                    "panels",
                    &given,
                    accepted::PANELS,
                    "the page's default".into(),
                ),
            },
            "fuzz" => match parse_flag(&given) {
                Some(value) => params.fuzz = value,
                None => reject("fuzz", &given, accepted::FLAG, "0".into()),
            },
            "embed" => match parse_flag(&given) {
                Some(value) => params.embed = value,
                None => reject("embed", &given, accepted::FLAG, "0".into()),
            },
            _ => {}
        }
    }
    let config = &mut params.config;
    if config.shot_min > config.shot_max {
        errors.push(ParamError {
            name: "shot_min",
            given: format!("{} with shot_max={}", config.shot_min, config.shot_max),
            accepted: "shot_min no greater than shot_max".into(),
            fallback: "0.001 and 0.1".into(),
        });
        config.shot_min = defaults.config.shot_min;
        config.shot_max = defaults.config.shot_max;
    }
    if config.worst_case_makespan() > limits::MAKESPAN_SECONDS {
        errors.push(ParamError {
            name: "boxes",
            given: format!(
                "{} with capacity={}, shot_max={} and the slowest speed {}",
                config.boxes,
                config.capacity,
                config.shot_max,
                config.slowest_speed()
            ),
            accepted: "a run that fits the simulated clock (at most 10^12 seconds if every shot is slowest)"
                .into(),
            fallback: "100".into(),
        });
        config.boxes = defaults.config.boxes;
    }
    (params, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_gives_the_defaults() {
        let (params, errors) = parse_query("");
        assert!(errors.is_empty());
        assert_eq!(params, Params::default());
        assert_eq!(params.config.stations, 3);
        assert_eq!(params.speed, PlaySpeed::Factor(1.0));
    }

    #[test]
    fn valid_values_are_taken() {
        let (params, errors) = parse_query(
            "?stations=5&capacity=7&boxes=9&shot_min=1&shot_max=3&speeds=2,,0.5&fail=0.25&seed=42&speed=max&autoplay=1&embed=1&step=12",
        );
        assert!(errors.is_empty(), "{errors:?}");
        let config = &params.config;
        assert_eq!((config.stations, config.capacity, config.boxes), (5, 7, 9));
        assert_eq!(
            (config.shot_min, config.shot_max, config.fail),
            (1.0, 3.0, 0.25)
        );
        assert_eq!(config.speeds, vec![2.0, 1.0, 0.5]);
        assert_eq!(config.speed_of(1), 2.0);
        assert_eq!(config.speed_of(4), 1.0);
        assert_eq!(params.seed, Some(42));
        assert_eq!(params.speed, PlaySpeed::Max);
        assert!(params.autoplay && params.embed);
        assert_eq!(params.step, Some(12));
    }

    #[test]
    fn each_bad_value_is_named_with_what_is_accepted_and_defaults_run() {
        let (params, errors) = parse_query(
            "stations=0&capacity=abc&boxes=2000000&shot_max=nan&fail=1.5&seed=-1&speed=fast&speeds=1,x&autoplay=yes&embed=2&step=-3",
        );
        let names: Vec<&str> = errors.iter().map(|error| error.name).collect();
        assert_eq!(
            names,
            vec![
                "stations", "capacity", "boxes", "shot_max", "fail", "seed", "speed", "speeds",
                "autoplay", "embed", "step"
            ]
        );
        assert_eq!(params, Params::default());
        let message = errors[0].to_string();
        assert!(message.contains("stations=0"), "{message}");
        assert!(message.contains("from 1 to 1000"), "{message}");
        assert!(message.contains("using 3"), "{message}");
    }

    #[test]
    fn breaks_are_events_and_station_pairs() {
        let (params, errors) = parse_query("breaks=500:2,40:1");
        assert!(errors.is_empty());
        assert_eq!(params.breaks.len(), 2);
        assert_eq!(
            (params.breaks[0].after_events, params.breaks[0].station),
            (500, 2)
        );
        let (params, errors) = parse_query("breaks=500-2");
        assert_eq!(errors[0].name, "breaks");
        assert!(params.breaks.is_empty());
    }

    #[test]
    fn panels_are_named_in_a_list() {
        let (params, errors) = parse_query("panels=executor,code");
        assert!(errors.is_empty());
        let panels = params.panels.unwrap();
        assert!(panels.executor && panels.code && !panels.charts && !panels.inspector);
        assert_eq!(panels.to_param(), "executor,code");
        let (params, errors) = parse_query("panels=executor,<script>");
        assert_eq!(errors[0].name, "panels");
        assert_eq!(params.panels, None);
    }

    #[test]
    fn shot_min_above_shot_max_is_rejected_as_a_pair() {
        let (params, errors) = parse_query("shot_min=2&shot_max=1");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].name, "shot_min");
        assert_eq!(
            (params.config.shot_min, params.config.shot_max),
            (0.001, 0.1)
        );
    }

    #[test]
    fn a_run_too_long_for_the_clock_is_rejected() {
        let (params, errors) =
            parse_query("boxes=1000000&capacity=10000&shot_min=3600&shot_max=3600&speeds=0.01");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].name, "boxes");
        assert_eq!(params.config.boxes, 100);
        assert!(params.config.worst_case_makespan() <= limits::MAKESPAN_SECONDS);
    }

    #[test]
    fn markup_and_long_values_are_quoted_back_shortened() {
        let long = "<script>".repeat(20);
        let (_, errors) = parse_query(&format!("stations={long}"));
        assert!(errors[0].given.chars().count() <= GIVEN_DISPLAY_LIMIT + 1);
    }

    #[test]
    fn percent_encoding_is_decoded() {
        let (params, errors) = parse_query("speeds=2%2C3");
        assert!(errors.is_empty());
        assert_eq!(params.config.speeds, vec![2.0, 3.0]);
    }

    #[test]
    fn a_config_round_trips_through_its_query() {
        let config = Config {
            speeds: vec![2.0, 0.5],
            fail: 0.01,
            policy: Policy::AllCompleted,
            blocking: Some(2),
            ..Config::default()
        };
        let (params, errors) = parse_query(&config.to_query());
        assert!(errors.is_empty());
        assert_eq!(params.config, config);
    }
}
