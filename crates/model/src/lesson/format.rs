//! A lesson as data: its shape, read from untrusted JSON and written back.
//!
//! ```text
//!   {"title": "...", "lang": "en", "summary": "...",
//!    "steps": [{"text": "...", "params": "stations=3&seed=42", "at_event": 120,
//!               "focus": "executor", "question": {"kind": "next-station"}}]}
//! ```
//!
//! Owns [`Lesson`], [`Step`], [`Focus`], [`QuestionSpec`] and the
//! structural checks with their limits (a step's [`Goal`] is read here
//! too; what it checks is `goal`'s). Everything about a run (whether
//! `params` are accepted, whether `at_event` lies within the run) is
//! `moment`'s; what a question asks and answers is `question`'s.
//!
//! A lesson arrives from links and files that anyone can write, so reading
//! one never panics and names every problem with its place in the file
//! (`steps[2].focus`). Fields this version does not know are ignored, so
//! lessons written for a later version still open.

use std::fmt;

use serde_json::{json, Map, Value};

use super::goal::Goal;
use super::text::{Arg, Text};
use crate::i18n::Messages;

/// Largest lesson accepted [bytes of UTF-8 JSON].
pub const LESSON_BYTES_LIMIT: usize = 64 * 1024;
/// Most steps in one lesson.
pub const STEPS_LIMIT: usize = 50;
/// Longest title, summary or step text \[characters\].
pub const TEXT_CHARS_LIMIT: usize = 2000;
/// Longest `params` of a step \[characters\]: a link's query, not prose.
pub const PARAMS_CHARS_LIMIT: usize = 2000;
/// Longest language tag \[characters\] (BCP 47 tags in use are far shorter).
pub const LANG_CHARS_LIMIT: usize = 35;
/// Problems listed before the rest are summed up as one.
const PROBLEMS_SHOWN: usize = 20;

/// A guided lesson: steps that each pin a moment of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lesson {
    /// Its name in the menu and at the top of the card.
    pub title: String,
    /// The language of its texts (a BCP 47 tag), if it says.
    pub lang: Option<String>,
    /// Its key idea in a sentence or two, shown on its last step.
    pub summary: Option<String>,
    /// Its steps, in the order the learner walks them.
    pub steps: Vec<Step>,
}

/// One step: a few sentences about one moment of one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// What the step says, a few sentences (`**bold**` and `` `code` `` marked).
    pub text: String,
    /// The run, in the URL's syntax and rules (`stations=3&seed=42`).
    pub params: String,
    /// The moment: how many of the run's events have happened (0 = the
    /// start), reached by the same replay as a `step=N` link.
    pub at_event: u64,
    /// Where the learner should look.
    pub focus: Option<Focus>,
    /// A prediction to make before the run goes on.
    pub question: Option<QuestionSpec>,
    /// What else the prediction asks for: how sure the learner is, and a
    /// line on why (the question's `confidence` and `reason`).
    pub asks: Asks,
    /// A supervisor in Python (`async def supervise(depot)`), shown in the
    /// Python view's editor at this step and run on CPython on the step's
    /// run: what a `program-lost` question asks about.
    pub python: Option<String>,
    /// An exercise: what the learner's own run should reach, checked on
    /// it (the program as they change it, or the run on screen).
    pub goal: Option<Goal>,
}

/// Longest program a step may carry \[bytes\]: as much as a `#py=` link.
pub const PYTHON_BYTES_LIMIT: usize = 12 * 1024;

/// A region of the page a step points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The parking lot: stations, depot, boxes.
    Lot,
    /// The executor panel: the tasks, the ready queue, the timers.
    Executor,
    /// The task inspector: each task's state, polls and wakes.
    Inspector,
    /// The charts: doses over time, each station's boxes.
    Charts,
    /// The code view: the program the run is.
    Code,
    /// The event log.
    Log,
    /// The run's statistics.
    Stats,
}

impl Focus {
    /// Every region, in page order.
    pub const ALL: [Focus; 7] = [
        Focus::Lot,
        Focus::Executor,
        Focus::Inspector,
        Focus::Charts,
        Focus::Code,
        Focus::Log,
        Focus::Stats,
    ];

    /// The name in lesson files and in `data-focus`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Focus::Lot => "lot",
            Focus::Executor => "executor",
            Focus::Inspector => "inspector",
            Focus::Charts => "charts",
            Focus::Code => "code",
            Focus::Log => "log",
            Focus::Stats => "stats",
        }
    }

    /// The region named `given` in a lesson file (`lot`, `executor`, …), if any.
    pub fn parse(given: &str) -> Option<Focus> {
        Focus::ALL.into_iter().find(|focus| focus.as_str() == given)
    }
}

/// What a step asks the learner to predict. The answer is never in the
/// file: the engine computes it from the step's run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QuestionSpec {
    /// Which station's task returns next.
    NextStation,
    /// How many boxes are done by simulated time `seconds` (a time the
    /// engine picks when not given).
    BoxesByTime {
        /// The virtual time asked about, in seconds.
        seconds: Option<f64>,
    },
    /// Whether ALL_COMPLETED finishes before or after FIRST_COMPLETED on
    /// this run, and by about how much.
    AllVsFirst,
    /// Whether the other stations give any shot while the blocking station
    /// holds the thread.
    BlockingShots,
    /// How many doses are wasted if `station` (the first working one when
    /// not given) breaks now.
    BreakWaste {
        /// The station broken (1-based).
        station: Option<u32>,
    },
    /// Under the article's loop: how many doses vanish when it ends.
    VanishedDoses,
    /// Under the article's loop: which wait number is printed for two
    /// boxes first.
    PrintedTwice,
    /// How many doses the step's Python program loses (given and never
    /// reported, thrown away or wasted unreported): answered by running
    /// it on CPython, on the step's run.
    ProgramLost,
    /// How many times the executor polls `station`'s sleeping task (the
    /// first station whose task sleeps on a timer when not given) until
    /// its next shot.
    SleepPolls {
        /// The station asked about (1-based).
        station: Option<u32>,
    },
    /// Which task of the ready queue takes the thread next.
    NextTurn,
    /// Asked right after a station's task failed: what the supervisor
    /// does with the error.
    AfterFailure,
    /// When `station` (the one whose task returned last when not given)
    /// gets its next box, asked while it waits for one.
    RefillWhen {
        /// The station asked about (1-based).
        station: Option<u32>,
    },
    /// Be the event loop: the learner makes the loop's next `decisions`
    /// choices (which ready task it resumes, which timer fires), each
    /// checked against CPython's rules, from the step's moment.
    BeTheLoop {
        /// How many choices (1 to [`LOOP_DECISIONS_LIMIT`]; 4 when not
        /// given).
        decisions: Option<u32>,
    },
}

/// Most choices a be-the-loop question asks.
pub const LOOP_DECISIONS_LIMIT: u32 = 20;

/// Choices a be-the-loop question asks when it does not say.
pub const LOOP_DECISIONS_DEFAULT: u32 = 4;

/// What a prediction asks for besides the choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Asks {
    /// How sure the learner is, in three levels.
    pub confidence: bool,
    /// A line on why they chose what they chose.
    pub reason: bool,
}

impl QuestionSpec {
    /// Every kind's name, as lesson files spell it.
    pub const KINDS: [&'static str; 13] = [
        "next-station",
        "boxes-by-time",
        "all-vs-first",
        "blocking-shots",
        "break-waste",
        "vanished-doses",
        "printed-twice",
        "program-lost",
        "sleep-polls",
        "next-turn",
        "after-failure",
        "refill-when",
        "be-the-loop",
    ];

    /// The question's name in a lesson file (`next-station`, …).
    pub fn kind(self) -> &'static str {
        match self {
            QuestionSpec::NextStation => Self::KINDS[0],
            QuestionSpec::BoxesByTime { .. } => Self::KINDS[1],
            QuestionSpec::AllVsFirst => Self::KINDS[2],
            QuestionSpec::BlockingShots => Self::KINDS[3],
            QuestionSpec::BreakWaste { .. } => Self::KINDS[4],
            QuestionSpec::VanishedDoses => Self::KINDS[5],
            QuestionSpec::PrintedTwice => Self::KINDS[6],
            QuestionSpec::ProgramLost => Self::KINDS[7],
            QuestionSpec::SleepPolls { .. } => Self::KINDS[8],
            QuestionSpec::NextTurn => Self::KINDS[9],
            QuestionSpec::AfterFailure => Self::KINDS[10],
            QuestionSpec::RefillWhen { .. } => Self::KINDS[11],
            QuestionSpec::BeTheLoop { .. } => Self::KINDS[12],
        }
    }

    /// Whether CPython answers it (the step's program), not the engine.
    pub fn needs_cpython(self) -> bool {
        matches!(self, QuestionSpec::ProgramLost)
    }

    /// The question of `kind` with nothing but its kind given.
    pub fn of_kind(kind: &str) -> Option<QuestionSpec> {
        Some(match kind {
            "next-station" => QuestionSpec::NextStation,
            "boxes-by-time" => QuestionSpec::BoxesByTime { seconds: None },
            "all-vs-first" => QuestionSpec::AllVsFirst,
            "blocking-shots" => QuestionSpec::BlockingShots,
            "break-waste" => QuestionSpec::BreakWaste { station: None },
            "vanished-doses" => QuestionSpec::VanishedDoses,
            "printed-twice" => QuestionSpec::PrintedTwice,
            "program-lost" => QuestionSpec::ProgramLost,
            "sleep-polls" => QuestionSpec::SleepPolls { station: None },
            "next-turn" => QuestionSpec::NextTurn,
            "after-failure" => QuestionSpec::AfterFailure,
            "refill-when" => QuestionSpec::RefillWhen { station: None },
            "be-the-loop" => QuestionSpec::BeTheLoop { decisions: None },
            _ => return None,
        })
    }
}

/// One problem in a lesson, at a place in its file.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonError {
    /// Where: `steps[2].focus`, `title`, `summary`, or empty for the
    /// whole file.
    pub path: String,
    /// What is wrong there, in the page's language.
    pub problem: Text,
}

impl LessonError {
    /// The problem with its place, as the page lists it.
    pub fn text(&self) -> Text {
        if self.path.is_empty() {
            self.problem.clone()
        } else {
            Text::new("lesson-problem-at")
                .with("path", Arg::verbatim(self.path.as_str()))
                .with("problem", self.problem.clone())
        }
    }
}

impl fmt::Display for LessonError {
    /// In English, for tests and the console.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// Every problem found in a lesson, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LessonErrors(pub Vec<LessonError>);

impl LessonErrors {
    /// Adds a problem found at `path`.
    pub fn push(&mut self, path: impl Into<String>, problem: Text) {
        self.0.push(LessonError {
            path: path.into(),
            problem,
        });
    }

    /// Whether the lesson had no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems to show, with the rest summed up in a last line.
    pub fn shown(&self) -> Vec<Text> {
        let mut lines: Vec<Text> = self
            .0
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(LessonError::text)
            .collect();
        if self.0.len() > PROBLEMS_SHOWN {
            lines.push(
                Text::new("lesson-problems-more").with("count", self.0.len() - PROBLEMS_SHOWN),
            );
        }
        lines
    }

    /// [`shown`](Self::shown), in `messages`' language.
    pub fn shown_in(&self, messages: &Messages) -> Vec<String> {
        self.shown()
            .iter()
            .map(|line| line.format(messages))
            .collect()
    }

    /// `Ok(value)` if nothing was found.
    pub fn or_ok<T>(self, value: T) -> Result<T, LessonErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Reads a lesson from its JSON, checking its shape and limits.
pub fn parse_lesson(json: &str) -> Result<Lesson, LessonErrors> {
    let mut errors = LessonErrors::default();
    if json.len() > LESSON_BYTES_LIMIT {
        errors.push(
            "",
            Text::new("lesson-error-too-big")
                .with("bytes", Arg::figure(json.len() as u64))
                .with("limit", Arg::figure(LESSON_BYTES_LIMIT as u64)),
        );
        return Err(errors);
    }
    let value: Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => {
            errors.push(
                "",
                Text::new("lesson-error-not-json").with("detail", Arg::verbatim(error.to_string())),
            );
            return Err(errors);
        }
    };
    let Some(fields) = value.as_object() else {
        errors.push("", Text::new("lesson-error-not-object"));
        return Err(errors);
    };
    let lesson = read_lesson(fields, &mut errors);
    errors.or_ok(lesson)
}

fn read_lesson(fields: &Map<String, Value>, errors: &mut LessonErrors) -> Lesson {
    let title = read_text(fields.get("title"), "title", errors).unwrap_or_default();
    let lang = fields
        .get("lang")
        .and_then(|given| read_lang(given, errors));
    let summary = fields
        .get("summary")
        .and_then(|given| read_text(Some(given), "summary", errors));
    let steps = match fields.get("steps") {
        Some(Value::Array(steps)) if steps.is_empty() => {
            errors.push("steps", Text::new("lesson-error-no-steps"));
            Vec::new()
        }
        Some(Value::Array(steps)) if steps.len() > STEPS_LIMIT => {
            errors.push(
                "steps",
                Text::new("lesson-error-too-many-steps")
                    .with("count", steps.len())
                    .with("limit", STEPS_LIMIT),
            );
            Vec::new()
        }
        Some(Value::Array(steps)) => steps
            .iter()
            .enumerate()
            .filter_map(|(index, step)| read_step(step, &format!("steps[{index}]"), errors))
            .collect(),
        Some(other) => {
            errors.push(
                "steps",
                Text::new("lesson-error-steps-not-list").with("found", kind_of(other)),
            );
            Vec::new()
        }
        None => {
            errors.push("steps", Text::new("lesson-error-steps-missing"));
            Vec::new()
        }
    };
    Lesson {
        title,
        lang,
        summary,
        steps,
    }
}

fn read_step(value: &Value, path: &str, errors: &mut LessonErrors) -> Option<Step> {
    let Some(fields) = value.as_object() else {
        errors.push(
            path,
            Text::new("lesson-error-step-not-object").with("found", kind_of(value)),
        );
        return None;
    };
    let text = read_text(fields.get("text"), &format!("{path}.text"), errors);
    let params = read_params(fields.get("params"), path, errors);
    let at_event = read_at_event(fields.get("at_event"), path, errors);
    let focus = fields
        .get("focus")
        .map(|given| read_focus(given, &format!("{path}.focus"), errors));
    let question = fields
        .get("question")
        .map(|given| read_question(given, &format!("{path}.question"), errors));
    let asks = match fields.get("question") {
        Some(given) => read_asks(given, &format!("{path}.question"), errors),
        None => Some(Asks::default()),
    };
    let python = read_python(fields.get("python"), &format!("{path}.python"), errors);
    let goal = fields
        .get("goal")
        .map(|given| read_goal(given, &format!("{path}.goal"), errors));
    // A program shows in the Python view, under the code view: the step
    // points there.
    let focus = match (focus, &python) {
        (Some(Some(other)), Some(Some(_))) if other != Focus::Code => {
            errors.push(
                format!("{path}.focus"),
                Text::new("lesson-error-python-focus")
                    .with("found", Arg::verbatim(other.as_str()))
                    .with("accepted", Arg::verbatim(Focus::Code.as_str())),
            );
            return None;
        }
        (None, Some(Some(_))) => Some(Some(Focus::Code)),
        (focus, _) => focus,
    };
    if let (Some(Some(spec)), Some(None)) = (&question, &python) {
        if spec.needs_cpython() {
            errors.push(
                format!("{path}.question"),
                Text::new("lesson-error-question-needs-python")
                    .with("kind", Arg::verbatim(spec.kind()))
                    .with("field", Arg::verbatim("python")),
            );
            return None;
        }
    }
    if let (Some(Some(goal)), Some(program)) = (&goal, &python) {
        // A program's goal is checked on its run; the run on screen's, on
        // the engine's: a program there would hide it.
        let refused = match (goal.needs_python(), program.is_some()) {
            (true, false) => Some("lesson-error-goal-needs-python"),
            (false, true) => Some("lesson-error-goal-no-python"),
            _ => None,
        };
        if let Some(message) = refused {
            errors.push(
                format!("{path}.goal"),
                Text::new(message)
                    .with("kind", Arg::verbatim(goal.kind()))
                    .with("field", Arg::verbatim("python")),
            );
            return None;
        }
    }
    Some(Step {
        text: text?,
        params: params?,
        at_event: at_event?,
        focus: focus.flatten(),
        question: question.flatten(),
        asks: asks?,
        python: python?,
        goal: match goal {
            Some(goal) => Some(goal?),
            None => None,
        },
    })
}

/// A step's `python` program: `Some(None)` when absent, `None` when not
/// accepted.
fn read_python(
    value: Option<&Value>,
    path: &str,
    errors: &mut LessonErrors,
) -> Option<Option<String>> {
    match value {
        None => Some(None),
        Some(Value::String(code)) if code.len() > PYTHON_BYTES_LIMIT => {
            errors.push(
                path,
                Text::new("lesson-error-python-too-long")
                    .with("limit", Arg::figure(PYTHON_BYTES_LIMIT as u64)),
            );
            None
        }
        Some(Value::String(code)) if is_blank(code) => {
            errors.push(path, Text::new("lesson-error-text-empty"));
            None
        }
        Some(Value::String(code)) => Some(Some(code.clone())),
        Some(other) => {
            errors.push(
                path,
                Text::new("lesson-error-python-not-text").with("found", kind_of(other)),
            );
            None
        }
    }
}

/// A step's `params` ("" when absent).
fn read_params(value: Option<&Value>, path: &str, errors: &mut LessonErrors) -> Option<String> {
    match value {
        None => Some(String::new()),
        Some(Value::String(params)) if params.chars().count() <= PARAMS_CHARS_LIMIT => {
            Some(params.clone())
        }
        Some(Value::String(_)) => {
            errors.push(
                format!("{path}.params"),
                Text::new("lesson-error-params-too-long")
                    .with("limit", Arg::figure(PARAMS_CHARS_LIMIT as u64)),
            );
            None
        }
        Some(other) => {
            errors.push(
                format!("{path}.params"),
                Text::new("lesson-error-params-not-text")
                    .with("example", Arg::verbatim("\"stations=3&seed=42\""))
                    .with("found", kind_of(other)),
            );
            None
        }
    }
}

/// Largest simulated time a question may ask about [s]: the clock counts
/// microseconds in 64 bits (about 1.8e13 s); beyond, a time would show as
/// the clock's end rather than as given.
const SECONDS_LIMIT: f64 = 1e12;
/// [`SECONDS_LIMIT`] as the message writes it.
const SECONDS_LIMIT_SHOWN: &str = "1e12";

/// Largest whole number a JSON number written with a fraction (`5.0`) is
/// read as exactly: 2^53.
const WHOLE_F64_LIMIT: f64 = 9_007_199_254_740_992.0;

/// A step's `at_event` (0 when absent).
fn read_at_event(value: Option<&Value>, path: &str, errors: &mut LessonErrors) -> Option<u64> {
    let Some(given) = value else {
        return Some(0);
    };
    // A whole number, written as one (120) or not (120.0): JSON does not
    // tell them apart, and the schema's "integer" accepts both.
    let whole = given.as_u64().or_else(|| {
        given
            .as_f64()
            .filter(|events| events.fract() == 0.0 && (0.0..=WHOLE_F64_LIMIT).contains(events))
            .map(|events| events as u64)
    });
    if whole.is_none() {
        errors.push(
            format!("{path}.at_event"),
            Text::new("lesson-error-at-event").with("found", shown(given)),
        );
    }
    whole
}

/// Whether `text` shows nothing: only white space and invisible
/// formatting characters (zero-width spaces and joiners, direction marks,
/// a byte-order mark, a soft hyphen).
fn is_blank(text: &str) -> bool {
    text.chars().all(|character| {
        character.is_whitespace()
            || matches!(
                character,
                '\u{00AD}'
                    | '\u{061C}'
                    | '\u{180E}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{206F}'
                    | '\u{FEFF}'
            )
    })
}

fn read_text(value: Option<&Value>, path: &str, errors: &mut LessonErrors) -> Option<String> {
    match value {
        Some(Value::String(text)) if is_blank(text) => {
            errors.push(path, Text::new("lesson-error-text-empty"));
            None
        }
        Some(Value::String(text)) if text.chars().count() > TEXT_CHARS_LIMIT => {
            errors.push(
                path,
                Text::new("lesson-error-text-too-long")
                    .with("count", Arg::figure(text.chars().count() as u64))
                    .with("limit", Arg::figure(TEXT_CHARS_LIMIT as u64)),
            );
            None
        }
        Some(Value::String(text)) => Some(text.clone()),
        Some(other) => {
            errors.push(
                path,
                Text::new("lesson-error-not-text").with("found", kind_of(other)),
            );
            None
        }
        None => {
            errors.push(path, Text::new("lesson-error-text-missing"));
            None
        }
    }
}

fn read_lang(value: &Value, errors: &mut LessonErrors) -> Option<String> {
    let tag = value.as_str().filter(|tag| is_language_tag(tag));
    if tag.is_none() {
        errors.push(
            "lang",
            Text::new("lesson-error-lang")
                .with("first", Arg::verbatim("\"en\""))
                .with("second", Arg::verbatim("\"es-MX\""))
                .with("found", shown(value)),
        );
    }
    tag.map(str::to_string)
}

/// Whether `tag` looks like a BCP 47 language tag: letters, digits and
/// dashes, starting with a letter.
fn is_language_tag(tag: &str) -> bool {
    tag.len() <= LANG_CHARS_LIMIT
        && tag.starts_with(|first: char| first.is_ascii_alphabetic())
        && tag
            .chars()
            .all(|letter| letter.is_ascii_alphanumeric() || letter == '-')
}

fn read_focus(value: &Value, path: &str, errors: &mut LessonErrors) -> Option<Focus> {
    let focus = value.as_str().and_then(Focus::parse);
    if focus.is_none() {
        let names: Vec<&str> = Focus::ALL.iter().map(|focus| focus.as_str()).collect();
        errors.push(
            path,
            Text::new("lesson-error-focus")
                .with("found", shown(value))
                .with("accepted", Arg::verbatim(names.join(", "))),
        );
    }
    focus
}

fn read_question(value: &Value, path: &str, errors: &mut LessonErrors) -> Option<QuestionSpec> {
    let Some(fields) = value.as_object() else {
        errors.push(
            path,
            Text::new("lesson-error-question-not-object")
                .with("example", Arg::verbatim("{\"kind\": \"next-station\"}"))
                .with("found", kind_of(value)),
        );
        return None;
    };
    let kind = fields.get("kind");
    let Some(spec) = kind.and_then(Value::as_str).and_then(QuestionSpec::of_kind) else {
        errors.push(
            format!("{path}.kind"),
            Text::new("lesson-error-question-kind")
                .with(
                    "found",
                    kind.map_or_else(|| Text::new("lesson-json-nothing").into(), shown),
                )
                .with("accepted", Arg::verbatim(QuestionSpec::KINDS.join(", "))),
        );
        return None;
    };
    match spec {
        QuestionSpec::BoxesByTime { .. } => {
            read_seconds(fields, path, errors).map(|seconds| QuestionSpec::BoxesByTime { seconds })
        }
        QuestionSpec::BreakWaste { .. } => {
            read_station(fields, path, errors).map(|station| QuestionSpec::BreakWaste { station })
        }
        QuestionSpec::SleepPolls { .. } => {
            read_station(fields, path, errors).map(|station| QuestionSpec::SleepPolls { station })
        }
        QuestionSpec::RefillWhen { .. } => {
            read_station(fields, path, errors).map(|station| QuestionSpec::RefillWhen { station })
        }
        QuestionSpec::BeTheLoop { .. } => read_decisions(fields, path, errors)
            .map(|decisions| QuestionSpec::BeTheLoop { decisions }),
        other => Some(other),
    }
}

/// The optional `decisions` of a be-the-loop question: `Some(None)` when
/// absent, `None` when not accepted.
fn read_decisions(
    fields: &Map<String, Value>,
    path: &str,
    errors: &mut LessonErrors,
) -> Option<Option<u32>> {
    let Some(given) = fields.get("decisions") else {
        return Some(None);
    };
    match given
        .as_u64()
        .and_then(|count| u32::try_from(count).ok())
        .filter(|count| (1..=LOOP_DECISIONS_LIMIT).contains(count))
    {
        Some(count) => Some(Some(count)),
        None => {
            errors.push(
                format!("{path}.decisions"),
                Text::new("lesson-error-decisions")
                    .with("limit", LOOP_DECISIONS_LIMIT)
                    .with("found", shown(given)),
            );
            None
        }
    }
}

/// A question's `confidence` and `reason`, each `true` or `false`
/// (absent: `false`); `None` when either is not accepted.
fn read_asks(value: &Value, path: &str, errors: &mut LessonErrors) -> Option<Asks> {
    let mut asks = Asks::default();
    let Some(fields) = value.as_object() else {
        return Some(asks);
    };
    let mut accepted = true;
    for (name, slot) in [
        ("confidence", &mut asks.confidence),
        ("reason", &mut asks.reason),
    ] {
        match fields.get(name) {
            None => {}
            Some(Value::Bool(given)) => *slot = *given,
            Some(other) => {
                errors.push(
                    format!("{path}.{name}"),
                    Text::new("lesson-error-flag").with("found", shown(other)),
                );
                accepted = false;
            }
        }
    }
    accepted.then_some(asks)
}

/// A step's goal (`{"kind": "loses-nothing"}`, `{"kind": "makespan-below",
/// "seconds": 11}`); `None` when not accepted.
fn read_goal(value: &Value, path: &str, errors: &mut LessonErrors) -> Option<Goal> {
    let Some(fields) = value.as_object() else {
        errors.push(
            path,
            Text::new("lesson-error-goal-not-object")
                .with("example", Arg::verbatim("{\"kind\": \"loses-nothing\"}"))
                .with("found", kind_of(value)),
        );
        return None;
    };
    let kind = fields.get("kind");
    let Some(goal) = kind.and_then(Value::as_str).and_then(Goal::of_kind) else {
        errors.push(
            format!("{path}.kind"),
            Text::new("lesson-error-goal-kind")
                .with(
                    "found",
                    kind.map_or_else(|| Text::new("lesson-json-nothing").into(), shown),
                )
                .with("accepted", Arg::verbatim(Goal::KINDS.join(", "))),
        );
        return None;
    };
    match goal {
        Goal::MakespanBelow { .. } => match read_seconds(fields, path, errors)? {
            Some(seconds) => Some(Goal::MakespanBelow { seconds }),
            None => {
                errors.push(
                    format!("{path}.seconds"),
                    Text::new("lesson-error-goal-seconds")
                        .with("kind", Arg::verbatim(goal.kind()))
                        .with("field", Arg::verbatim("seconds"))
                        .with("limit", Arg::verbatim(SECONDS_LIMIT_SHOWN)),
                );
                None
            }
        },
        other => Some(other),
    }
}

/// The optional `seconds` of a boxes-by-time question (or a goal):
/// `Some(None)` when absent, `None` when not accepted.
fn read_seconds(
    fields: &Map<String, Value>,
    path: &str,
    errors: &mut LessonErrors,
) -> Option<Option<f64>> {
    let Some(given) = fields.get("seconds") else {
        return Some(None);
    };
    match given
        .as_f64()
        .filter(|seconds| *seconds > 0.0 && *seconds <= SECONDS_LIMIT)
    {
        Some(seconds) => Some(Some(seconds)),
        None => {
            errors.push(
                format!("{path}.seconds"),
                Text::new("lesson-error-seconds")
                    .with("found", shown(given))
                    .with("limit", Arg::verbatim(SECONDS_LIMIT_SHOWN)),
            );
            None
        }
    }
}

/// The optional `station` of a break-waste, sleep-polls or refill-when
/// question.
fn read_station(
    fields: &Map<String, Value>,
    path: &str,
    errors: &mut LessonErrors,
) -> Option<Option<u32>> {
    let Some(given) = fields.get("station") else {
        return Some(None);
    };
    match given
        .as_u64()
        .and_then(|station| u32::try_from(station).ok())
        .filter(|s| *s >= 1)
    {
        Some(station) => Some(Some(station)),
        None => {
            errors.push(
                format!("{path}.station"),
                Text::new("lesson-error-station").with("found", shown(given)),
            );
            None
        }
    }
}

/// What kind of JSON value `value` is, for messages.
fn kind_of(value: &Value) -> Text {
    Text::new(match value {
        Value::Null => "lesson-json-null",
        Value::Bool(_) => "lesson-json-bool",
        Value::Number(_) => "lesson-json-number",
        Value::String(_) => "lesson-json-text",
        Value::Array(_) => "lesson-json-list",
        Value::Object(_) => "lesson-json-object",
    })
}

/// `value` quoted back in a message, shortened: text and numbers as
/// written in the file, lists and objects by their kind.
fn shown(value: &Value) -> Arg {
    match value {
        Value::String(text) => {
            Arg::untrusted(&format!("\"{}\"", crate::sim::param_table::shorten(text)))
        }
        Value::Array(_) | Value::Object(_) => kind_of(value).into(),
        other => Arg::verbatim(other.to_string()),
    }
}

impl Lesson {
    /// The lesson as JSON that [`parse_lesson`] reads back.
    pub fn to_json(&self) -> String {
        let steps: Vec<Value> = self.steps.iter().map(Step::to_value).collect();
        let mut lesson = json!({ "title": self.title, "steps": steps });
        if let Some(fields) = lesson.as_object_mut() {
            if let Some(lang) = &self.lang {
                fields.insert("lang".into(), Value::from(lang.as_str()));
            }
            if let Some(summary) = &self.summary {
                fields.insert("summary".into(), Value::from(summary.as_str()));
            }
        }
        lesson.to_string()
    }
}

impl Step {
    fn to_value(&self) -> Value {
        let mut step = Map::new();
        step.insert("text".into(), Value::from(self.text.as_str()));
        step.insert("params".into(), Value::from(self.params.as_str()));
        step.insert("at_event".into(), Value::from(self.at_event));
        if let Some(focus) = self.focus {
            step.insert("focus".into(), Value::from(focus.as_str()));
        }
        if let Some(question) = self.question {
            let mut value = question.to_value();
            if let Some(fields) = value.as_object_mut() {
                for (name, asked) in [
                    ("confidence", self.asks.confidence),
                    ("reason", self.asks.reason),
                ] {
                    if asked {
                        fields.insert(name.into(), Value::from(true));
                    }
                }
            }
            step.insert("question".into(), value);
        }
        if let Some(python) = &self.python {
            step.insert("python".into(), Value::from(python.as_str()));
        }
        if let Some(goal) = self.goal {
            let mut fields = Map::new();
            fields.insert("kind".into(), Value::from(goal.kind()));
            if let Goal::MakespanBelow { seconds } = goal {
                fields.insert("seconds".into(), Value::from(seconds));
            }
            step.insert("goal".into(), Value::Object(fields));
        }
        Value::Object(step)
    }
}

impl QuestionSpec {
    fn to_value(self) -> Value {
        let mut fields = Map::new();
        fields.insert("kind".into(), Value::from(self.kind()));
        match self {
            QuestionSpec::BoxesByTime {
                seconds: Some(seconds),
            } => {
                fields.insert("seconds".into(), Value::from(seconds));
            }
            QuestionSpec::BreakWaste {
                station: Some(station),
            }
            | QuestionSpec::SleepPolls {
                station: Some(station),
            }
            | QuestionSpec::RefillWhen {
                station: Some(station),
            } => {
                fields.insert("station".into(), Value::from(station));
            }
            QuestionSpec::BeTheLoop {
                decisions: Some(decisions),
            } => {
                fields.insert("decisions".into(), Value::from(decisions));
            }
            _ => {}
        }
        Value::Object(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        parse_lesson(json)
            .expect_err("rejected")
            .0
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn reads_the_documented_shape() {
        let lesson = parse_lesson(
            r#"{"title": "T", "steps": [{"text": "Look.", "params": "stations=3&seed=42",
                "at_event": 120, "focus": "executor", "question": {"kind": "next-station"}}]}"#,
        )
        .expect("accepted");
        assert_eq!(lesson.steps[0].at_event, 120);
        assert_eq!(lesson.steps[0].focus, Some(Focus::Executor));
        assert_eq!(lesson.steps[0].question, Some(QuestionSpec::NextStation));
    }

    #[test]
    fn optional_fields_default_and_unknown_ones_are_ignored() {
        let lesson =
            parse_lesson(r#"{"title": "T", "extra": 1, "steps": [{"text": "a", "note": "x"}]}"#)
                .expect("accepted");
        assert_eq!(lesson.summary, None);
        assert_eq!(lesson.steps[0].params, "");
        assert_eq!(lesson.steps[0].at_event, 0);
        assert_eq!(lesson.steps[0].question, None);
    }

    #[test]
    fn names_every_problem_with_its_place() {
        let found = problems(
            r#"{"title": 5, "lang": "<b>", "steps": [{"text": "a", "at_event": -1, "focus": "roof",
                "question": {"kind": "guess"}}, "x"]}"#,
        );
        assert_eq!(found.len(), 6, "{found:?}");
        assert!(found[0].starts_with("title: expected text, found a number"));
        assert!(found[1].starts_with("lang: expected a language tag"));
        assert!(found[2].starts_with("steps[0].at_event: expected a whole number"));
        // Text from the file is shown in an isolate of its own.
        assert!(found[3].contains("steps[0].focus: \u{2068}\"roof\"\u{2069} is not a region"));
        assert!(found[4]
            .contains("steps[0].question.kind: \u{2068}\"guess\"\u{2069} is not a question kind"));
        assert!(found[5].starts_with("steps[1]: expected an object, found text"));
    }

    #[test]
    fn an_override_in_a_value_cannot_turn_the_message_around() {
        let found = problems(
            r#"{"title": "t", "steps": [{"text": "a", "params": "seed=1", "at_event": 1,
                "focus": "\u202Etol"}]}"#,
        );
        assert!(
            found[0].contains("steps[0].focus: \u{2068}\"\u{202E}tol\"\u{2069} is not a region"),
            "{found:?}"
        );
    }

    #[test]
    fn enforces_the_limits() {
        let long = "x".repeat(TEXT_CHARS_LIMIT + 1);
        assert!(problems(&format!(
            r#"{{"title": "{long}", "steps": [{{"text": "a"}}]}}"#
        ))[0]
            .contains("at most 2000"));
        let steps = vec![r#"{"text": "a"}"#; STEPS_LIMIT + 1].join(",");
        assert!(
            problems(&format!(r#"{{"title": "T", "steps": [{steps}]}}"#))[0].contains("at most 50")
        );
        let padding = " ".repeat(LESSON_BYTES_LIMIT);
        assert!(
            problems(&format!(r#"{{"title": "T",{padding} "steps": []}}"#))[0].contains("bytes")
        );
        assert!(problems("[1, 2")[0].starts_with("not valid JSON"));
        assert!(problems("[]")[0].starts_with("expected a JSON object"));
    }

    #[test]
    fn a_text_of_invisible_characters_is_empty() {
        let found = problems(r#"{"title": "\u200b\u200b\ufeff", "steps": [{"text": "a"}]}"#);
        assert!(found[0].starts_with("title: "), "{found:?}");
        assert!(is_blank(" \u{200B}\u{200D}\u{2060}\u{202E}\n"));
        assert!(!is_blank("\u{200B}a"));
    }

    #[test]
    fn numbers_are_read_as_written_or_refused() {
        let read = |at_event: &str, question: &str| {
            parse_lesson(&format!(
                r#"{{"title": "T", "steps": [{{"text": "a", "at_event": {at_event}{question}}}]}}"#
            ))
        };
        // A whole number written with a fraction is that number.
        let lesson = read("5.0", "").unwrap();
        assert_eq!(lesson.steps[0].at_event, 5);
        assert!(read("5.5", "").is_err());
        // A time past the clock is refused, its number written out.
        let ask = |seconds: &str| {
            format!(r#", "question": {{"kind": "boxes-by-time", "seconds": {seconds}}}"#)
        };
        let refused = read("1", &ask("1e15")).unwrap_err();
        let message = refused.0[0].to_string();
        assert!(
            message.contains("at most 1e12, found 1000000000000000.0"),
            "{message}"
        );
        assert!(read("1", &ask("1e12")).is_ok());
    }

    #[test]
    fn writes_what_it_reads() {
        let lesson = Lesson {
            title: "Ünïcode \"quoted\" <b>".into(),
            lang: Some("es-MX".into()),
            summary: Some("Idée\tclé « citée »".into()),
            steps: vec![Step {
                text: "Line\nbreak".into(),
                params: "stations=2&seed=7".into(),
                at_event: 42,
                focus: Some(Focus::Code),
                question: Some(QuestionSpec::BreakWaste { station: Some(2) }),
                asks: Asks {
                    confidence: true,
                    reason: true,
                },
                python: Some("async def supervise(depot):\n    pass\n".into()),
                goal: Some(Goal::Cooperates),
            }],
        };
        assert_eq!(parse_lesson(&lesson.to_json()), Ok(lesson));
    }

    #[test]
    fn be_the_loop_reads_its_choices_and_any_question_how_sure_and_why() {
        let lesson = parse_lesson(
            r#"{"title": "T", "steps": [{"text": "Play.", "params": "stations=3",
                "question": {"kind": "be-the-loop", "decisions": 6, "confidence": true, "reason": false}}]}"#,
        )
        .expect("accepted");
        let step = &lesson.steps[0];
        assert_eq!(
            step.question,
            Some(QuestionSpec::BeTheLoop { decisions: Some(6) })
        );
        assert_eq!(
            step.asks,
            Asks {
                confidence: true,
                reason: false
            }
        );
        assert_eq!(parse_lesson(&lesson.to_json()), Ok(lesson));
        let refused = |question: &str| {
            problems(&format!(
                r#"{{"title": "T", "steps": [{{"text": "Play.", "params": "stations=3", "question": {question}}}]}}"#
            ))
        };
        assert_eq!(
            refused(r#"{"kind": "be-the-loop", "decisions": 0}"#),
            ["steps[0].question.decisions: expected a number of choices from 1 to 20, found 0"]
        );
        assert_eq!(
            refused(r#"{"kind": "next-turn", "confidence": "yes"}"#),
            // A value quoted from the file is isolated from the sentence.
            ["steps[0].question.confidence: expected true or false, found \u{2068}\"yes\"\u{2069}"]
        );
    }

    #[test]
    fn the_kinds_with_a_station_read_it_and_write_it_back() {
        for kind in ["sleep-polls", "refill-when", "break-waste"] {
            let lesson = parse_lesson(&format!(
                r#"{{"title": "T", "steps": [{{"text": "a", "question": {{"kind": "{kind}", "station": 2}}}}]}}"#
            ))
            .expect("accepted");
            let spec = lesson.steps[0].question.expect("a question");
            assert_eq!(spec.kind(), kind);
            assert!(lesson.to_json().contains(r#""station":2"#), "{kind}");
            assert_eq!(parse_lesson(&lesson.to_json()), Ok(lesson.clone()));
            let refused = problems(&format!(
                r#"{{"title": "T", "steps": [{{"text": "a", "question": {{"kind": "{kind}", "station": 0}}}}]}}"#
            ));
            assert!(
                refused[0].starts_with("steps[0].question.station"),
                "{refused:?}"
            );
        }
        for kind in QuestionSpec::KINDS {
            assert_eq!(
                QuestionSpec::of_kind(kind).map(QuestionSpec::kind),
                Some(kind)
            );
        }
    }

    #[test]
    fn a_goal_is_read_and_written_back() {
        let program = r#""python": "async def supervise(depot):\n    pass\n""#;
        for (goal, python, expected) in [
            (r#"{"kind": "loses-nothing"}"#, program, Goal::LosesNothing),
            (r#"{"kind": "cooperates"}"#, program, Goal::Cooperates),
            (
                r#"{"kind": "makespan-below", "seconds": 11}"#,
                r#""focus": "lot""#,
                Goal::MakespanBelow { seconds: 11.0 },
            ),
        ] {
            let lesson = parse_lesson(&format!(
                r#"{{"title": "T", "steps": [{{"text": "a", {python}, "goal": {goal}}}]}}"#
            ))
            .unwrap_or_else(|errors| panic!("{goal}: {errors:?}"));
            assert_eq!(lesson.steps[0].goal, Some(expected));
            assert_eq!(parse_lesson(&lesson.to_json()), Ok(lesson.clone()));
        }
    }

    #[test]
    fn a_goal_that_cannot_be_checked_is_refused_with_its_place() {
        let with = |fields: &str| {
            problems(&format!(
                r#"{{"title": "T", "steps": [{{"text": "a"}}, {{"text": "b"{fields}}}]}}"#
            ))
        };
        let program = r#", "python": "async def supervise(depot):\n    pass\n""#;
        let found = with(r#", "goal": "loses-nothing""#);
        assert!(
            found[0].starts_with("steps[1].goal: expected an object such as"),
            "{found:?}"
        );
        let found = with(r#", "goal": {"kind": "faster"}"#);
        assert!(
            found[0].contains("steps[1].goal.kind: \u{2068}\"faster\"\u{2069} is not a goal kind: expected one of loses-nothing, cooperates, makespan-below"),
            "{found:?}"
        );
        let found = with(r#", "goal": {}"#);
        assert!(
            found[0].starts_with("steps[1].goal.kind: nothing is not a goal kind"),
            "{found:?}"
        );
        let found = with(r#", "goal": {"kind": "makespan-below"}"#);
        assert!(
            found[0].starts_with("steps[1].goal.seconds: a makespan-below goal needs seconds"),
            "{found:?}"
        );
        for seconds in ["0", "-3", "\"11\"", "1e13"] {
            let found = with(&format!(
                r#", "goal": {{"kind": "makespan-below", "seconds": {seconds}}}"#
            ));
            assert!(
                found[0].starts_with("steps[1].goal.seconds: expected a simulated time"),
                "{seconds}: {found:?}"
            );
        }
        let found = with(r#", "goal": {"kind": "cooperates"}"#);
        assert_eq!(
            found,
            ["steps[1].goal: a cooperates goal is checked on the step's program: give it in python"]
        );
        let found = with(&format!(
            r#", "goal": {{"kind": "makespan-below", "seconds": 5}}{program}"#
        ));
        assert_eq!(
            found,
            ["steps[1].goal: a makespan-below goal is checked on the engine's run on screen: a step with it has no python"]
        );
    }

    #[test]
    fn a_summary_is_read_as_a_text_and_written_back() {
        let lesson = parse_lesson(
            r#"{"title": "T", "summary": "Tasks take turns.", "steps": [{"text": "a"}]}"#,
        )
        .expect("accepted");
        assert_eq!(lesson.summary.as_deref(), Some("Tasks take turns."));
        assert_eq!(parse_lesson(&lesson.to_json()), Ok(lesson.clone()));
        // None is left out of the file, not written as null.
        let without = Lesson {
            summary: None,
            ..lesson
        };
        assert!(!without.to_json().contains("summary"));
        assert_eq!(parse_lesson(&without.to_json()), Ok(without));
    }

    #[test]
    fn a_summary_that_is_not_a_text_is_refused_with_its_place() {
        let with = |summary: &str| {
            problems(&format!(
                r#"{{"title": "T", "summary": {summary}, "steps": [{{"text": "a"}}]}}"#
            ))
        };
        let found = with("3");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("summary: expected text, found a number"));
        let found = with("null");
        assert!(
            found[0].starts_with("summary: expected text, found null"),
            "{found:?}"
        );
        let found = with(r#"" \u200b ""#);
        assert!(found[0].starts_with("summary: empty"), "{found:?}");
        let long = "x".repeat(TEXT_CHARS_LIMIT + 1);
        let found = with(&format!(r#""{long}""#));
        assert!(
            found[0].starts_with("summary: ") && found[0].contains("at most 2000"),
            "{found:?}"
        );
    }
}
