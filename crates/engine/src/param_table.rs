//! Tables of parameters: one entry per parameter drives its parsing, its
//! message when rejected, and how links and forms write it.
//!
//! Owns the machinery only: [`Param`], [`Accepted`], [`ParamError`] and the
//! readers and writers over a table. The run's own table lives in
//! [`super::config`]; the page keeps a second table of its playing and
//! display settings in the page model (`vaccination_lot_model::settings`), read by the same functions, so the
//! core never depends on the page.
//!
//! ```text
//!   "stations=0&seed=7"  ──► read_pair(table, settings) ──► settings, or ParamError
//!   settings             ──► write_query(table)         ──► "stations=3&…&seed=7"
//! ```
//!
//! What a parameter accepts is data ([`Accepted`]), not English glued into
//! the parser: its `Display` gives the English text, and a translated page
//! can look the same value up in its own messages.

use std::fmt;

/// What a parameter accepts, built from its limits. `Display` gives the
/// English text shown to users.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Accepted {
    /// A whole number in `low..=high`.
    Whole {
        /// Smallest value accepted.
        low: u64,
        /// Largest value accepted.
        high: u64,
    },
    /// A whole number of events, at least `low` (where a run opens).
    EventCount {
        /// Smallest count accepted.
        low: u64,
    },
    /// Seconds per shot in `low..=high` \[s\].
    ShotSeconds {
        /// Shortest shot accepted \[s\].
        low: f64,
        /// Longest shot accepted \[s\].
        high: f64,
    },
    /// A probability, `0..=1`.
    Probability,
    /// A comma-separated list of up to `max_items` speed factors, each in
    /// `low..=high`.
    SpeedFactors {
        /// Most factors the list may hold.
        max_items: u32,
        /// Smallest factor accepted.
        low: f64,
        /// Largest factor accepted.
        high: f64,
    },
    /// A station number in `1..=high`, or 0 for none.
    StationOrNone {
        /// Highest station number accepted.
        high: u32,
    },
    /// A comma-separated list of up to `max_items` `events:station` pairs.
    BreakPairs {
        /// Most pairs the list may hold.
        max_items: u32,
    },
    /// One of a few words.
    OneOf(
        /// The words accepted, in the order the message lists them.
        &'static [&'static str],
    ),
    /// A comma-separated list of `names`, or one of `whole`.
    NameList {
        /// Names the list may hold.
        names: &'static [&'static str],
        /// Words that stand alone for a whole list (`all`, `none`).
        whole: &'static [&'static str],
    },
    /// Simulated seconds per wall-clock second in `low..=high`, or `max`.
    PlayRate {
        /// Slowest rate accepted [simulated s per s].
        low: f64,
        /// Fastest rate accepted as a number, `max` aside
        /// [simulated s per s].
        high: f64,
    },
    /// `low` no greater than `high`: a rule between two parameters.
    NotAbove {
        /// Name of the parameter that must be the smaller (`shot_min`).
        low: &'static str,
        /// Name of the parameter it must not exceed (`shot_max`).
        high: &'static str,
    },
    /// A run whose slowest case fits the simulated clock, at most
    /// `10^exponent` seconds.
    FitsClock {
        /// Decimal exponent of the longest run accepted \[s\].
        exponent: u32,
    },
    /// At most `high` boxes under the policy named `policy`, which keeps
    /// one live task per box.
    BoxesPerTask {
        /// The policy's name in URLs.
        policy: &'static str,
        /// Most boxes accepted under it.
        high: u32,
    },
    /// No blocking station under the policy named `policy`.
    NoBlockingWith {
        /// The policy's name in URLs.
        policy: &'static str,
    },
    /// A station the run has: `1..=stations`.
    StationOfRun {
        /// Stations the run has.
        stations: u32,
    },
}

/// `a, b and c`, or `a, b or c`.
fn list(f: &mut fmt::Formatter<'_>, words: &[&str], last_joiner: &str) -> fmt::Result {
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let joiner = if index + 1 == words.len() {
                last_joiner
            } else {
                ", "
            };
            f.write_str(joiner)?;
        }
        f.write_str(word)?;
    }
    Ok(())
}

impl fmt::Display for Accepted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Accepted::Whole { low, high } => write!(f, "a whole number from {low} to {high}"),
            Accepted::EventCount { low } => write!(f, "a whole number of events from {low}"),
            Accepted::ShotSeconds { low, high } => {
                write!(f, "seconds per shot, from {low} to {high}")
            }
            Accepted::Probability => f.write_str("a probability from 0 to 1"),
            Accepted::SpeedFactors {
                max_items,
                low,
                high,
            } => write!(
                f,
                "a comma-separated list of at most {max_items} speed factors, each from {low} to {high}"
            ),
            Accepted::StationOrNone { high } => {
                write!(f, "a station number from 1 to {high}, or 0 for none")
            }
            Accepted::BreakPairs { max_items } => write!(
                f,
                "a comma-separated list of events:station pairs, at most {max_items}"
            ),
            Accepted::OneOf(words) => list(f, words, " or "),
            Accepted::NameList { names, whole } => {
                f.write_str("a comma-separated list of ")?;
                list(f, names, " and ")?;
                whole.iter().try_for_each(|word| write!(f, ", or {word}"))
            }
            Accepted::PlayRate { low, high } => write!(
                f,
                "simulated seconds per second from {low} to {high}, or max"
            ),
            Accepted::NotAbove { low, high } => write!(f, "{low} no greater than {high}"),
            Accepted::FitsClock { exponent } => write!(
                f,
                "a run that fits the simulated clock (at most 10^{exponent} seconds if every shot is slowest)"
            ),
            Accepted::BoxesPerTask { policy, high } => write!(
                f,
                "at most {high} boxes with policy={policy}, which creates a live task for every box up front"
            ),
            Accepted::NoBlockingWith { policy } => write!(
                f,
                "no blocking station with policy={policy}, whose program has none"
            ),
            Accepted::StationOfRun { stations } => {
                write!(f, "a station of the run, from 1 to {stations}")
            }
        }
    }
}

/// A default that no single value shows ("a random seed"): the message
/// that says it in the page (`params-fallback-…` in `params.ftl`), and its
/// English, which the headless runner prints. A test of the page model
/// holds the two equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The message id in the page's `params.ftl`.
    pub message: &'static str,
    /// The same words in English, for the command line.
    pub english: &'static str,
}

impl Phrase {
    /// Every station at speed 1 (`speeds`).
    pub const EVERY_STATION_ONE: Phrase = Phrase {
        message: "params-fallback-every-station",
        english: "1 for every station",
    };
    /// No station (`blocking`).
    pub const NONE: Phrase = Phrase {
        message: "params-fallback-none",
        english: "none",
    };
    /// A seed drawn at random (`seed`).
    pub const RANDOM_SEED: Phrase = Phrase {
        message: "params-fallback-random-seed",
        english: "a random seed",
    };
    /// No station broken by hand (`breaks`).
    pub const NO_BREAKS: Phrase = Phrase {
        message: "params-fallback-no-breaks",
        english: "no breaks",
    };
}

/// What runs instead of a rejected value.
#[derive(Clone, Debug, PartialEq)]
pub enum Fallback {
    /// A value, written as the URL spells it.
    Value(String),
    /// Two parameters, each back to its default (`shot_min` and
    /// `shot_max`), as the URL spells them.
    Both(String, String),
    /// A default no single value shows.
    Phrase(Phrase),
}

impl fmt::Display for Fallback {
    /// In English, for the command line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fallback::Value(value) => f.write_str(value),
            Fallback::Both(first, second) => write!(f, "{first} and {second}"),
            Fallback::Phrase(phrase) => f.write_str(phrase.english),
        }
    }
}

/// What was given, as a message quotes it back.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// A value as written, cut to [`GIVEN_DISPLAY_LIMIT`] characters.
    Value(String),
    /// A value refused because of another parameter's: `value` with
    /// `condition`, the other parameter as the URL spells it
    /// (`4` with `stations=3`).
    With {
        /// The value refused, as the URL spells it.
        value: String,
        /// The other parameter and its value (`stations=3`).
        condition: String,
    },
    /// A depot whose slowest case overflows the clock: the boxes, with
    /// what makes that case slow.
    FitsClock {
        /// Boxes in the depot.
        boxes: u32,
        /// Doses per box.
        capacity: u32,
        /// The longest shot \[s\].
        shot_max: f64,
        /// The slowest station's speed factor.
        slowest_speed: f64,
    },
}

impl Given {
    /// Whether the value was refused by a rule between parameters.
    pub fn is_rule(&self) -> bool {
        !matches!(self, Given::Value(_))
    }
}

impl fmt::Display for Given {
    /// In English, for the command line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Given::Value(value) => f.write_str(value),
            Given::With { value, condition } => write!(f, "{value} with {condition}"),
            Given::FitsClock {
                boxes,
                capacity,
                shot_max,
                slowest_speed,
            } => write!(
                f,
                "{boxes} with capacity={capacity}, shot_max={shot_max} and the slowest speed {slowest_speed}"
            ),
        }
    }
}

/// One rejected parameter value.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamError {
    /// The parameter's name as written in the URL (`shot_min`, ...).
    pub name: &'static str,
    /// What was given, shortened for display.
    pub given: Given,
    /// What would have been accepted.
    pub accepted: Accepted,
    /// What is used instead.
    pub fallback: Fallback,
}

impl fmt::Display for ParamError {
    /// In English, for the command line (the page words it through its
    /// messages, `vaccination_lot_model::param_text`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={} is not accepted: expected {}; using {}.",
            self.name, self.given, self.accepted, self.fallback
        )
    }
}

/// Longest given value quoted back in a message \[chars\].
pub const GIVEN_DISPLAY_LIMIT: usize = 40;

/// `given`, cut to [`GIVEN_DISPLAY_LIMIT`] characters with an ellipsis.
pub fn shorten(given: &str) -> String {
    if given.chars().count() <= GIVEN_DISPLAY_LIMIT {
        given.to_string()
    } else {
        let head: String = given.chars().take(GIVEN_DISPLAY_LIMIT).collect();
        format!("{head}…")
    }
}

/// When a link carries a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InLink {
    /// Always, so a link reads the same whatever the defaults become.
    Always,
    /// Only when it differs from the default.
    UnlessDefault,
    /// Never: a setting of the moment (where to open, whether to play).
    Never,
}

/// One parameter of a settings type `S`.
pub struct Param<S> {
    /// The name in URLs, forms and (with dashes) command-line flags.
    pub name: &'static str,
    /// What the parameter accepts, as its error message states it.
    pub accepted: Accepted,
    /// The default as a phrase, for defaults no value shows; `None`: the
    /// default value as [`Param::write`] spells it.
    pub fallback_phrase: Option<Phrase>,
    /// Reads a given value into the settings; `false` if it is not
    /// accepted, and then the settings are untouched.
    pub read: fn(&mut S, &str) -> bool,
    /// The setting as the URL spells it.
    pub write: fn(&S) -> String,
    /// When a link carries the parameter.
    pub in_link: InLink,
}

impl<S: Default> Param<S> {
    /// What runs instead of a rejected value.
    pub fn fallback(&self) -> Fallback {
        match self.fallback_phrase {
            Some(phrase) => Fallback::Phrase(phrase),
            None => Fallback::Value((self.write)(&S::default())),
        }
    }

    /// The error for a rejected `given`.
    pub fn reject(&self, given: &str) -> ParamError {
        ParamError {
            name: self.name,
            given: Given::Value(shorten(given)),
            accepted: self.accepted,
            fallback: self.fallback(),
        }
    }

    /// Whether `given` would be accepted, without keeping it.
    pub fn accepts(&self, given: &str) -> bool {
        (self.read)(&mut S::default(), given)
    }
}

/// The entry named `name`, if the table has one.
pub fn find<'a, S>(table: &'a [Param<S>], name: &str) -> Option<&'a Param<S>> {
    table.iter().find(|param| param.name == name)
}

/// Reads one `name=given` pair into `settings`. `None` if the table has no
/// such parameter; `Some(Err)` if the value is not accepted (the settings
/// keep what they had).
pub fn read_pair<S: Default>(
    table: &[Param<S>],
    settings: &mut S,
    name: &str,
    given: &str,
) -> Option<Result<(), ParamError>> {
    let param = find(table, name)?;
    Some(if (param.read)(settings, given) {
        Ok(())
    } else {
        Err(param.reject(given))
    })
}

/// Rejected values in the order given; a name rejected again replaces its
/// earlier message (the last of repeated parameters wins).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParamErrors(Vec<ParamError>);

impl ParamErrors {
    /// Adds a rejected value, replacing any earlier error of the same
    /// parameter.
    pub fn push(&mut self, error: ParamError) {
        self.0.retain(|earlier| earlier.name != error.name);
        self.0.push(error);
    }

    /// Forgets an earlier rejection: a later value for `name` was accepted.
    pub fn clear(&mut self, name: &str) {
        self.0.retain(|earlier| earlier.name != name);
    }

    /// Adds a rule broken between parameters, after every value was read;
    /// it replaces no earlier message.
    pub fn push_rule(&mut self, error: ParamError) {
        self.0.push(error);
    }

    /// The errors, in the order they were added.
    pub fn into_vec(self) -> Vec<ParamError> {
        self.0
    }
}

/// `name=value` pairs for the table's parameters that a link carries,
/// in table order.
pub fn write_pairs<S: Default>(table: &[Param<S>], settings: &S) -> Vec<(&'static str, String)> {
    let defaults = S::default();
    table
        .iter()
        .filter_map(|param| {
            let value = (param.write)(settings);
            let carried = match param.in_link {
                InLink::Always => true,
                InLink::UnlessDefault => value != (param.write)(&defaults),
                InLink::Never => false,
            };
            carried.then_some((param.name, value))
        })
        .collect()
}

/// Pairs as a query string (no leading `?`). The writers spell values
/// with digits, letters, `.`, `,` and `:` only, so they go in as they are
/// and links stay readable.
pub fn to_query(pairs: &[(&'static str, String)]) -> String {
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    pairs.join("&")
}

/// Splits a query string (with or without its `?`) into decoded pairs.
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_texts_are_built_from_the_limits() {
        let whole = Accepted::Whole { low: 1, high: 1000 };
        assert_eq!(whole.to_string(), "a whole number from 1 to 1000");
        let words = Accepted::OneOf(&["first", "all", "queue"]);
        assert_eq!(words.to_string(), "first, all or queue");
        let names = Accepted::NameList {
            names: &["executor", "inspector", "charts", "code"],
            whole: &["all", "none"],
        };
        assert_eq!(
            names.to_string(),
            "a comma-separated list of executor, inspector, charts and code, or all, or none"
        );
    }

    #[test]
    fn markup_and_long_values_are_quoted_back_shortened() {
        let long = "<script>".repeat(20);
        assert_eq!(shorten(&long).chars().count(), GIVEN_DISPLAY_LIMIT + 1);
        assert_eq!(shorten("short"), "short");
    }
}
