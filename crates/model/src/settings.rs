//! How the page plays and shows a run: the page's own parameters and
//! their table, beside the run's table in `sim::config`.
//!
//! Owns [`PageSettings`] (speed, autoplay, the step to open at, embedding,
//! theme, panels, fuzz), [`PAGE_PARAMS`], the reading of a whole page URL
//! ([`parse_page_query`]) and the writing of a run's link ([`run_link`]).
//! Plain data: no browser, no yew, so it is tested natively. Nothing here
//! changes what a run does: that is `sim::config`'s.

use std::fmt;

use crate::i18n::Locale;
use crate::sim::config::{keep, parse_run_pairs_and, RunParams};
use crate::sim::param_table::{
    find, query_pairs, read_pair, to_query, write_pairs, Accepted, InLink, Param, ParamError,
    Phrase,
};
use crate::sim::{Config, Policy};

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

/// Play speeds the page accepts [simulated s per wall s].
pub const PLAY_SPEED_LIMITS: (f64, f64) = (0.01, 100_000.0);

/// `speed` rounded to three significant digits and kept within
/// [`PLAY_SPEED_LIMITS`], so that its label stays readable (`1.42×`, not
/// `1.424222×`): for speeds the page picks itself (the slider, a lesson's
/// answer played forward).
pub fn readable_speed(speed: f64) -> f64 {
    let (low, high) = PLAY_SPEED_LIMITS;
    let speed = speed.clamp(low, high);
    // Dividing by a power of ten, not multiplying by its inverse, gives
    // the closest double to the rounded decimal (1.42, not 1.4200000001).
    let scale = 10f64.powf(2.0 - speed.log10().floor());
    ((speed * scale).round() / scale).clamp(low, high)
}

/// Events per wall second at the pace of a first Start: slow enough to
/// see each turn of the loop, one task at a time.
pub const TURN_PACE_EVENTS_PER_S: f64 = 2.0;

/// The play speed at which `config`'s stations give about
/// [`TURN_PACE_EVENTS_PER_S`] shots per wall second [simulated s per wall
/// s]: each station gives one shot per mean shot time, divided by its
/// speed factor.
pub fn turn_pace(config: &Config) -> f64 {
    let mean_shot = (config.shot_min + config.shot_max) / 2.0;
    let shots_per_second: f64 = (1..=config.stations)
        .map(|station| config.speed_of(station) / mean_shot.max(f64::MIN_POSITIVE))
        .sum();
    readable_speed(TURN_PACE_EVENTS_PER_S / shots_per_second.max(f64::MIN_POSITIVE))
}

impl PlaySpeed {
    /// Reads `max` or a factor within [`PLAY_SPEED_LIMITS`].
    pub fn parse(given: &str) -> Option<PlaySpeed> {
        if given.trim().eq_ignore_ascii_case("max") {
            return Some(PlaySpeed::Max);
        }
        let (low, high) = PLAY_SPEED_LIMITS;
        given
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|factor| factor.is_finite() && (low..=high).contains(factor))
            .map(PlaySpeed::Factor)
    }
}

/// The teaching panels, in the order the page lays them out and links
/// name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Tasks, ready queue and timers (`executor`).
    Executor,
    /// Each task's state, polls and wakes (`inspector`).
    Inspector,
    /// Doses over time and boxes per station (`charts`).
    Charts,
    /// The program the run is, in Python and Rust (`code`).
    Code,
}

impl Panel {
    /// Every panel, in page order.
    pub const ALL: [Panel; 4] = [
        Panel::Executor,
        Panel::Inspector,
        Panel::Charts,
        Panel::Code,
    ];

    /// Their names in links, in the same order.
    pub const NAMES: [&'static str; Panel::ALL.len()] = ["executor", "inspector", "charts", "code"];

    /// The panel's name in links (`panels=executor,code`).
    pub const fn as_str(self) -> &'static str {
        Panel::NAMES[self as usize]
    }

    /// The name a reader sees (in the share dialog).
    pub fn label(self) -> &'static str {
        match self {
            Panel::Executor => "executor",
            Panel::Inspector => "task inspector",
            Panel::Charts => "charts",
            Panel::Code => "code",
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which teaching panels a page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Panels(u8);

impl Panels {
    /// Every panel shown (the default).
    pub const ALL: Panels = Panels(0b1111);
    /// No panel shown (`panels=none`).
    pub const NONE: Panels = Panels(0);

    /// Whether `panel` is shown.
    pub fn shows(self, panel: Panel) -> bool {
        self.0 & panel.bit() != 0
    }

    /// The same panels with `panel` shown or hidden.
    pub fn toggled(self, panel: Panel) -> Panels {
        Panels(self.0 ^ panel.bit())
    }

    /// The panels as links name them: a list, or `none`.
    pub fn to_param(self) -> String {
        let names: Vec<&str> = Panel::ALL
            .into_iter()
            .filter(|panel| self.shows(*panel))
            .map(Panel::as_str)
            .collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(",")
        }
    }

    /// Reads a list of panel names, `all`, or `none`.
    pub fn parse(given: &str) -> Option<Panels> {
        let mut panels = Panels::NONE;
        for name in given
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
        {
            panels = match name {
                "all" => Panels::ALL,
                "none" => panels,
                _ => panels.with(*Panel::ALL.iter().find(|panel| panel.as_str() == name)?),
            };
        }
        Some(panels)
    }

    fn with(self, panel: Panel) -> Panels {
        Panels(self.0 | panel.bit())
    }
}

/// How the page plays and shows a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageSettings {
    /// How fast virtual time runs against the wall clock.
    pub speed: PlaySpeed,
    /// Whether the link set the speed (else the first Start plays at a
    /// pace where turns show: `settings::turn_pace`).
    pub speed_given: bool,
    /// Whether the run starts playing as the page opens (`autoplay=1`).
    pub autoplay: bool,
    /// The compact layout for iframes.
    pub embed: bool,
    /// Open the run at this event (0 = the start).
    pub step: Option<u64>,
    /// The high-contrast theme for projectors (`theme=projector`).
    pub theme_projector: bool,
    /// Teaching panels named in the link (`panels=executor,charts`);
    /// `None` leaves the page's default.
    pub panels: Option<Panels>,
    /// Fuzz mode: random clicks, keys and parameter changes, with the
    /// invariants checked every frame (`fuzz=1`).
    pub fuzz: bool,
    /// Open the Python view and run the listing on the run in real CPython
    /// as the page opens (`python=1`).
    pub python: bool,
    /// Be the event loop: the learner makes the loop's choices on the run
    /// (`loop=1`).
    pub loop_play: bool,
    /// Open the export dialog (export for slides) as the page opens
    /// (`export=1`): what the Export button of the build without it asks.
    pub export: bool,
    /// The built-in lesson to open (`lesson=one-thread`).
    pub lesson: Option<&'static str>,
    /// The class view instead of the lot: learners' result files summed
    /// up for their teacher (`class=1`; read by the build with lessons
    /// only, which the loader starts for it).
    pub class: bool,
    /// The page's language (`lang=es`); `None` leaves it to the browser's
    /// languages. Links carry the language the page shows.
    pub lang: Option<Locale>,
    /// Which listing the code view shows first, and whose words the
    /// panels' explanations use (`code=python`); `None` leaves it to what
    /// the reader chose last, else Rust.
    pub code: Option<CodeFirst>,
}

/// The language a class reads: its listing comes first, and the panels
/// explain the executor in its words (asyncio's: coroutine, Task, event
/// loop, ready queue, done callback; or Rust's: future, poll, waker).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeFirst {
    /// The Rust twin first, in Rust's words.
    #[default]
    Rust,
    /// The asyncio program first, in asyncio's words.
    Python,
}

impl CodeFirst {
    /// Both, as `code=` names them.
    pub const NAMES: [&'static str; 2] = ["python", "rust"];

    /// Its name in `code=`.
    pub fn as_str(self) -> &'static str {
        match self {
            CodeFirst::Python => "python",
            CodeFirst::Rust => "rust",
        }
    }

    /// The one `name` names, if any.
    pub fn parse(name: &str) -> Option<CodeFirst> {
        match name.trim() {
            "python" => Some(CodeFirst::Python),
            "rust" => Some(CodeFirst::Rust),
            _ => None,
        }
    }
}

impl PageSettings {
    /// The panels to show: those the link names, else all on a full page
    /// and none in an embed.
    pub fn shown_panels(&self) -> Panels {
        self.panels.unwrap_or(if self.embed {
            Panels::NONE
        } else {
            Panels::ALL
        })
    }
}

fn parse_flag(given: &str) -> Option<bool> {
    match given.trim() {
        "0" | "false" => Some(false),
        "1" | "true" => Some(true),
        _ => None,
    }
}

fn write_flag(flag: bool) -> String {
    u8::from(flag).to_string()
}

const FLAG: Accepted = Accepted::OneOf(&["0", "1"]);

/// Ready-made ways to watch a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The classic example's pace: 1–100 ms shots in real time.
    ArticlePace,
    /// Realistic 1–3 minute shots, played 600× faster than real time.
    RealisticShots,
    /// Every event as fast as the frame budget allows.
    AsFastAsPossible,
    /// The article's loop with every shot equally long: the stations
    /// finish together, so each wait returns them all and its number is
    /// printed once per station.
    ArticleCountingBug,
}

/// What a preset changes: the play speed, and the run when it needs
/// another one.
#[derive(Clone, Debug, PartialEq)]
pub struct PresetChange {
    /// The pace to play at.
    pub speed: PlaySpeed,
    /// The run's new parameters (the same seed plays them); `None` keeps
    /// the run on screen.
    pub config: Option<Config>,
}

impl Preset {
    /// The presets in the order the page shows them.
    pub const ALL: [Preset; 4] = [
        Preset::ArticlePace,
        Preset::RealisticShots,
        Preset::AsFastAsPossible,
        Preset::ArticleCountingBug,
    ];

    /// The message of its button: the label, and as `.title` what it does.
    pub const fn message_id(self) -> &'static str {
        match self {
            Preset::ArticlePace => "presets-article",
            Preset::RealisticShots => "presets-realistic",
            Preset::AsFastAsPossible => "presets-max",
            Preset::ArticleCountingBug => "presets-counting-bug",
        }
    }

    /// What the preset does to a run of `config`.
    pub fn applied_to(self, config: &Config) -> PresetChange {
        let with_shots = |shot_min, shot_max| Config {
            shot_min,
            shot_max,
            ..config.clone()
        };
        let (config, speed) = match self {
            Preset::AsFastAsPossible => {
                return PresetChange {
                    speed: PlaySpeed::Max,
                    config: None,
                }
            }
            Preset::ArticlePace => (with_shots(0.001, 0.1), 1.0),
            Preset::RealisticShots => (with_shots(60.0, 180.0), 600.0),
            Preset::ArticleCountingBug => (
                Config {
                    policy: Policy::Article,
                    blocking: None,
                    ..with_shots(0.05, 0.05)
                },
                10.0,
            ),
        };
        PresetChange {
            speed: PlaySpeed::Factor(speed),
            config: Some(config),
        }
    }
}

/// The ids of the built-in lessons, in the menu's order (their files are
/// `lesson::builtin`'s, which checks it has one for each).
pub const BUILTIN_LESSON_IDS: [&str; 8] = [
    "one-thread",
    "failure",
    "blocking",
    "policies",
    "article",
    "own-supervisor",
    "exercises",
    "event-loop",
];

/// The id of the built-in lesson named `given`, if there is one: for
/// reading `?lesson=`, which the page without lessons does too without
/// carrying their files.
pub fn known_lesson_id(given: &str) -> Option<&'static str> {
    BUILTIN_LESSON_IDS.into_iter().find(|id| *id == given)
}

/// The page's defaults that no single value shows, as its messages and
/// the English of the command line say them (see [`Phrase`]).
const OPEN_AT_START: Phrase = Phrase {
    message: "params-fallback-start",
    english: "the start",
};
const DEFAULT_THEME: Phrase = Phrase {
    message: "params-fallback-default-theme",
    english: "the default theme",
};
const RUST_FIRST: Phrase = Phrase {
    message: "params-fallback-rust-first",
    english: "the last choice, else Rust first",
};
const PAGE_DEFAULT: Phrase = Phrase {
    message: "params-fallback-page-default",
    english: "the page's default",
};
const NO_LESSON: Phrase = Phrase {
    message: "params-fallback-no-lesson",
    english: "no lesson",
};
const IN_ENGLISH: Phrase = Phrase {
    message: "params-fallback-english",
    english: "English",
};

/// The page's parameters. A run's link carries `speed`, and `step` when it
/// opens past the start; the rest are chosen by whoever writes the link
/// (the share dialog adds `embed`, `autoplay` and `panels` to its snippet).
pub const PAGE_PARAMS: &[Param<PageSettings>] = &[
    Param {
        name: "speed",
        accepted: Accepted::PlayRate {
            low: PLAY_SPEED_LIMITS.0,
            high: PLAY_SPEED_LIMITS.1,
        },
        fallback_phrase: None,
        read: |page, given| {
            keep(PlaySpeed::parse(given), |v| {
                page.speed = v;
                page.speed_given = true;
            })
        },
        write: |page| page.speed.to_string(),
        in_link: InLink::Always,
    },
    Param {
        name: "step",
        accepted: Accepted::EventCount { low: 0 },
        fallback_phrase: Some(OPEN_AT_START),
        read: |page, given| keep(given.trim().parse::<u64>().ok(), |v| page.step = Some(v)),
        write: |page| page.step.map(|step| step.to_string()).unwrap_or_default(),
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "embed",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.embed = v),
        write: |page| write_flag(page.embed),
        in_link: InLink::Never,
    },
    Param {
        name: "autoplay",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.autoplay = v),
        write: |page| write_flag(page.autoplay),
        in_link: InLink::Never,
    },
    Param {
        name: "theme",
        accepted: Accepted::OneOf(&["projector", "default"]),
        fallback_phrase: Some(DEFAULT_THEME),
        read: |page, given| {
            let theme = match given.trim() {
                "projector" => Some(true),
                "default" => Some(false),
                _ => None,
            };
            keep(theme, |v| page.theme_projector = v)
        },
        write: |page| {
            if page.theme_projector {
                "projector"
            } else {
                "default"
            }
            .into()
        },
        in_link: InLink::Never,
    },
    Param {
        name: "code",
        accepted: Accepted::OneOf(&CodeFirst::NAMES),
        fallback_phrase: Some(RUST_FIRST),
        read: |page, given| keep(CodeFirst::parse(given), |v| page.code = Some(v)),
        write: |page| {
            page.code
                .map(CodeFirst::as_str)
                .unwrap_or_default()
                .to_string()
        },
        in_link: InLink::Never,
    },
    Param {
        name: "panels",
        accepted: Accepted::NameList {
            names: &Panel::NAMES,
            whole: &["all", "none"],
        },
        fallback_phrase: Some(PAGE_DEFAULT),
        read: |page, given| keep(Panels::parse(given), |v| page.panels = Some(v)),
        write: |page| page.panels.map(Panels::to_param).unwrap_or_default(),
        in_link: InLink::Never,
    },
    Param {
        name: "lesson",
        accepted: Accepted::OneOf(&BUILTIN_LESSON_IDS),
        fallback_phrase: Some(NO_LESSON),
        read: |page, given| {
            let found = known_lesson_id(given.trim());
            keep(found, |id| page.lesson = Some(id))
        },
        write: |page| page.lesson.unwrap_or_default().to_string(),
        in_link: InLink::Never,
    },
    Param {
        name: "lang",
        accepted: Accepted::OneOf(&Locale::TAGS),
        fallback_phrase: Some(IN_ENGLISH),
        read: |page, given| keep(Locale::from_tag(given), |v| page.lang = Some(v)),
        write: |page| page.lang.map(Locale::tag).unwrap_or_default().to_string(),
        in_link: InLink::UnlessDefault,
    },
    Param {
        name: "fuzz",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.fuzz = v),
        write: |page| write_flag(page.fuzz),
        in_link: InLink::Never,
    },
    Param {
        name: "python",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.python = v),
        write: |page| write_flag(page.python),
        in_link: InLink::UnlessDefault,
    },
    // Be-the-loop mode comes with the build with lessons: the loader
    // starts it for `loop=1`.
    #[cfg(feature = "lessons")]
    Param {
        name: "loop",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.loop_play = v),
        write: |page| write_flag(page.loop_play),
        in_link: InLink::UnlessDefault,
    },
    // The first download has no class view: the loader starts the build
    // with lessons for `class=1`.
    #[cfg(feature = "lessons")]
    Param {
        name: "class",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.class = v),
        write: |page| write_flag(page.class),
        in_link: InLink::Never,
    },
    Param {
        name: "export",
        accepted: FLAG,
        fallback_phrase: None,
        read: |page, given| keep(parse_flag(given), |v| page.export = v),
        write: |page| write_flag(page.export),
        in_link: InLink::Never,
    },
];

/// Everything a page's URL sets: the run and how to show it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageParams {
    /// The run: stations, boxes, draws, policy, seed, breaks.
    pub run: RunParams,
    /// How the page plays and shows it.
    pub page: PageSettings,
}

/// Reads a page's query string (with or without its `?`): both tables,
/// rejected values named in the order given.
pub fn parse_page_query(query: &str) -> (PageParams, Vec<ParamError>) {
    let mut page = PageSettings::default();
    let (run, errors) = parse_run_pairs_and(query_pairs(query), |name, given| {
        read_pair(PAGE_PARAMS, &mut page, name, given)
    });
    (PageParams { run, page }, errors)
}

/// What a link leaves to whoever writes it (embedding, autoplay, theme,
/// panels, fuzz), where it differs from the defaults: a query string
/// without `?`, to append to a run's link.
pub fn reader_choices(page: &PageSettings) -> String {
    let defaults = PageSettings::default();
    let pairs: Vec<(&'static str, String)> = PAGE_PARAMS
        .iter()
        .filter(|param| param.in_link == InLink::Never)
        .map(|param| (param.name, (param.write)(page)))
        .filter(|(name, value)| {
            find(PAGE_PARAMS, name).is_some_and(|param| *value != (param.write)(&defaults))
        })
        .collect();
    to_query(&pairs)
}

/// The link to a run, as a query string with its `?`: every run parameter,
/// the seed, the breaks by hand, the play speed and the event to open at,
/// so the same link always shows the same run at the same moment.
pub fn run_link(run: &RunParams, page: &PageSettings) -> String {
    let mut pairs = write_pairs(crate::sim::config::RUN_PARAMS, run);
    pairs.extend(write_pairs(PAGE_PARAMS, page));
    format!("?{}", to_query(&pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_change_the_speed_and_where_needed_the_run() {
        let config = Config {
            stations: 5,
            blocking: Some(2),
            ..Config::default()
        };
        let fastest = Preset::AsFastAsPossible.applied_to(&config);
        assert_eq!(fastest.speed, PlaySpeed::Max);
        assert_eq!(fastest.config, None, "the run on screen goes on");
        let bug = Preset::ArticleCountingBug.applied_to(&config);
        let bug_run = bug.config.expect("a run of its own");
        assert_eq!(bug_run.policy, Policy::Article);
        assert_eq!((bug_run.shot_min, bug_run.shot_max), (0.05, 0.05));
        assert_eq!(
            bug_run.blocking, None,
            "the article's loop takes no blocking station"
        );
        assert_eq!(bug_run.stations, 5, "the rest of the run is kept");
        let realistic = Preset::RealisticShots.applied_to(&config);
        assert_eq!(realistic.speed, PlaySpeed::Factor(600.0));
        assert_eq!(realistic.config.map(|run| run.shot_max), Some(180.0));
    }

    #[test]
    fn the_turn_pace_gives_about_two_shots_a_wall_second() {
        // The default run: three stations, shots of 1 to 100 ms.
        assert_eq!(turn_pace(&Config::default()), 0.0337);
        let config = Config {
            stations: 2,
            shot_min: 1.0,
            shot_max: 1.0,
            speeds: vec![3.0],
            ..Config::default()
        };
        // 3 + 1 shots a simulated second: half a second per wall second.
        assert_eq!(turn_pace(&config), 0.5);
    }

    #[test]
    fn a_speed_the_page_picks_reads_in_three_digits() {
        assert_eq!(readable_speed(1.424_222), 1.42);
        assert_eq!(readable_speed(8.622_898), 8.62);
        assert_eq!(readable_speed(123_456.0), 100_000.0);
        assert_eq!(readable_speed(0.001), 0.01);
        assert_eq!(readable_speed(600.0), 600.0);
    }

    #[test]
    fn page_settings_are_read_beside_the_run() {
        let (params, errors) = parse_page_query(
            "?stations=5&seed=42&speed=max&autoplay=1&embed=1&step=12&theme=projector&panels=executor,code&fuzz=1",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(params.run.config.stations, 5);
        assert_eq!(params.run.seed, Some(42));
        let page = &params.page;
        assert_eq!(page.speed, PlaySpeed::Max);
        assert!(page.autoplay && page.embed && page.theme_projector && page.fuzz);
        assert_eq!(page.step, Some(12));
        let panels = page.panels.unwrap();
        assert!(panels.shows(Panel::Executor) && panels.shows(Panel::Code));
        assert!(!panels.shows(Panel::Charts) && !panels.shows(Panel::Inspector));
        assert_eq!(panels.to_param(), "executor,code");
    }

    #[test]
    fn bad_values_of_both_tables_are_named_in_the_order_given() {
        let (params, errors) = parse_page_query(
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
        assert_eq!(params, PageParams::default());
        assert_eq!(
            errors[6].to_string(),
            "speed=fast is not accepted: expected simulated seconds per second from 0.01 to 100000, or max; using 1."
        );
        assert_eq!(
            errors[8].to_string(),
            "autoplay=yes is not accepted: expected 0 or 1; using 0."
        );
        assert_eq!(
            errors[10].to_string(),
            "step=-3 is not accepted: expected a whole number of events from 0; using the start."
        );
    }

    #[test]
    fn panels_are_named_in_a_list() {
        let (params, errors) = parse_page_query("panels=executor,<script>");
        assert_eq!(errors[0].name, "panels");
        assert!(errors[0].to_string().contains(
            "a comma-separated list of executor, inspector, charts and code, or all, or none"
        ));
        assert_eq!(params.page.panels, None);
        assert_eq!(Panels::parse("all"), Some(Panels::ALL));
        assert_eq!(Panels::parse("none"), Some(Panels::NONE));
        assert_eq!(Panels::NONE.to_param(), "none");
        assert_eq!(Panels::NONE.toggled(Panel::Charts).to_param(), "charts");
        for (index, panel) in Panel::ALL.into_iter().enumerate() {
            assert_eq!(panel as usize, index, "NAMES is indexed by the variant");
        }
    }

    #[test]
    fn a_snippet_adds_only_the_readers_choices_that_differ_from_the_defaults() {
        assert_eq!(reader_choices(&PageSettings::default()), "");
        let page = PageSettings {
            embed: true,
            autoplay: true,
            panels: Some(Panels::NONE.toggled(Panel::Executor).toggled(Panel::Code)),
            speed: PlaySpeed::Max,
            step: Some(4),
            ..PageSettings::default()
        };
        assert_eq!(
            reader_choices(&page),
            "embed=1&autoplay=1&panels=executor,code"
        );
    }

    #[test]
    fn an_embed_shows_no_panels_unless_its_link_names_them() {
        let embed = PageSettings {
            embed: true,
            ..PageSettings::default()
        };
        assert_eq!(embed.shown_panels(), Panels::NONE);
        assert_eq!(PageSettings::default().shown_panels(), Panels::ALL);
    }

    #[test]
    fn a_run_link_carries_the_run_the_seed_the_breaks_and_the_speed() {
        let (mut params, _) = parse_page_query("fail=0.01&policy=queue&breaks=40:2&embed=1");
        params.run.seed = Some(7);
        let page = PageSettings {
            speed: PlaySpeed::Factor(600.0),
            step: Some(90),
            ..params.page
        };
        let link = run_link(&params.run, &page);
        assert_eq!(
            link,
            "?stations=3&capacity=100&boxes=100&shot_min=0.001&shot_max=0.1&fail=0.01&policy=queue&seed=7&breaks=40:2&speed=600&step=90",
            "a link leaves out how its reader shows the run (embed here)"
        );
        let (read_back, errors) = parse_page_query(&link);
        assert!(errors.is_empty());
        assert_eq!(read_back.run, params.run);
        assert_eq!(read_back.page.speed, PlaySpeed::Factor(600.0));
        assert_eq!(read_back.page.step, Some(90));
        assert_eq!(read_back.run.config.policy, Policy::CompletionQueue);
        assert_ne!(read_back.run.config, Config::default());
    }
}
