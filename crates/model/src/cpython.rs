//! The run on screen handed to real CPython, and what CPython answered.
//!
//! ```text
//!   RunSource ──inputs──► Inputs { run (JSON), events (JSON Lines), shots (JSON) }
//!                              │ posted to the Python worker (static/python-worker.js):
//!                              │ the asyncio listing on a virtual clock, fed these draws
//!                              ▼
//!   the worker's result ──Verdict::from_result──► Agrees { events } | Differs { index, … }
//!                                                 | Failed { error }
//! ```
//!
//! The events and draws are the engine's own JSON (`sim::interchange`, as
//! the headless runner writes them for `python/check_against_engine.py`),
//! so the page and the native check compare the same things. Every figure
//! in a verdict is the worker's count, never the page's.

use crate::i18n::Messages;
use crate::sim::breaks::write_list;
use crate::sim::interchange::{boxes_opened, events_jsonl, shots_json};
use crate::sim::{BreakAt, Config, Event};
use crate::source::RunSource;
use crate::tr;

use crate::figures::count;

/// Runs up to this many doses are handed to CPython: it replays the whole
/// run, about twice as slowly as the native one, in the worker.
pub const CPYTHON_DOSES_LIMIT: u64 = 100_000;

/// What the Python worker is given for one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The run's shape as the listing's harness reads it: `policy`,
    /// `stations`, `capacity`, `boxes`, `fail`, `blocking`, `breaks`.
    pub run: String,
    /// Every event of the whole run, one JSON object a line.
    pub events: String,
    /// What each box opened drew.
    pub shots: String,
    /// Events in the run.
    pub count: u64,
}

/// Why a run cannot be handed to CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotHanded {
    /// More doses than [`CPYTHON_DOSES_LIMIT`].
    TooLarge,
}

/// The whole run of `source`, as the worker takes it.
pub fn inputs(source: &RunSource) -> Result<Inputs, NotHanded> {
    let config = source.config();
    if config.total_doses() > CPYTHON_DOSES_LIMIT {
        return Err(NotHanded::TooLarge);
    }
    let mut events: Vec<Event> = Vec::new();
    source.replay(u64::MAX, |event| events.push(*event));
    let params = source.params();
    let run = run_json(config, &params.breaks);
    Ok(Inputs {
        run,
        shots: shots_json(
            config,
            params.seed.unwrap_or_default(),
            &boxes_opened(&events),
        ),
        count: events.len() as u64,
        events: events_jsonl(&events),
    })
}

/// The run's shape as the Python harness reads it (JSON): `policy`,
/// `stations`, `capacity`, `boxes`, `fail`, `blocking`, `breaks`.
pub fn run_json(config: &Config, breaks: &[BreakAt]) -> String {
    let blocking = config
        .blocking
        .map_or_else(|| "null".to_string(), |station| station.to_string());
    // Plain numbers and names, written as JSON by hand: the page's first
    // download carries no JSON serializer for this.
    format!(
        "{{\"policy\":\"{}\",\"stations\":{},\"capacity\":{},\"boxes\":{},\"fail\":{},\"blocking\":{},\"breaks\":\"{}\"}}",
        config.policy.as_str(),
        config.stations,
        config.capacity,
        config.boxes,
        config.fail,
        blocking,
        write_list(breaks),
    )
}

/// What CPython made of a run, as the worker reported it.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Every event the same, at the same microsecond.
    Agrees {
        /// The Python version that ran it (`3.14.0`).
        python: String,
        /// Events compared.
        events: u64,
    },
    /// The streams part at event `index`.
    Differs {
        /// The Python version that ran it.
        python: String,
        /// The first event that differs (1-based, as `step=N` counts).
        index: u64,
        /// That event in the engine's run, in the worker's words.
        engine: String,
        /// That event in CPython's run.
        cpython: String,
    },
    /// The listing could not run on these inputs (an exception, or a box
    /// it opened that the engine never drew).
    Failed {
        /// The Python version, when the worker got that far.
        python: String,
        /// What went wrong, as Python said it.
        error: String,
    },
}

/// A run's outcome as the worker reports it (its `result` message:
/// `python`, `engine_events`, `agree`, `first_difference: {index,
/// engine, python} | null`, `error: str | null`), read field by field by
/// the app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkerResult {
    /// The Python version that ran it.
    pub python: String,
    /// Events in the engine's run, as the worker counted them.
    pub engine_events: Option<u64>,
    /// Whether every event was the same.
    pub agree: bool,
    /// The first event that differs: its index (1-based) and both sides.
    pub first_difference: Option<(u64, String, String)>,
    /// What went wrong, if the listing could not run.
    pub error: Option<String>,
}

/// Why a worker's result is not a verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadResult(pub String);

impl Verdict {
    /// The verdict a worker's result gives.
    pub fn from_result(result: WorkerResult) -> Result<Verdict, BadResult> {
        let WorkerResult {
            python,
            engine_events,
            agree,
            first_difference,
            error,
        } = result;
        if let Some(error) = error {
            return Ok(Verdict::Failed { python, error });
        }
        if agree {
            let events =
                engine_events.ok_or_else(|| BadResult("agreement without a count".into()))?;
            return Ok(Verdict::Agrees { python, events });
        }
        let (index, engine, cpython) = first_difference
            .ok_or_else(|| BadResult("neither agreement nor a first difference".into()))?;
        Ok(Verdict::Differs {
            python,
            index,
            engine,
            cpython,
        })
    }

    /// The verdict in a sentence, in the page's language.
    pub fn text(&self, messages: &Messages) -> String {
        match self {
            Verdict::Agrees { python, events } => tr!(
                messages,
                "python-agrees",
                version = python.as_str(),
                events = count(*events)
            ),
            Verdict::Differs {
                python,
                index,
                engine,
                cpython,
            } => tr!(
                messages,
                "python-differs",
                version = python.as_str(),
                index = count(*index),
                engine = engine.as_str(),
                cpython = cpython.as_str()
            ),
            Verdict::Failed { python, error } => tr!(
                messages,
                "python-failed",
                version = python.as_str(),
                error = error.as_str()
            ),
        }
    }

    /// The event to show the difference at, if the streams differ.
    pub fn first_difference(&self) -> Option<u64> {
        match self {
            Verdict::Differs { index, .. } => Some(*index),
            _ => None,
        }
    }
}

/// One task in asyncio's own call graph of the listing at a moment
/// (`asyncio.capture_call_graph`, as `python -m asyncio pstree` prints
/// it): the worker's `tree` rows, in tree order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TreeRow {
    /// How deep in the tree: 0 for a task nobody awaits, 1 for a task it
    /// awaits, and so on.
    pub depth: u32,
    /// asyncio's name for the task (`Task-7`).
    pub task: String,
    /// The station whose `station` coroutine the task is in, if any.
    pub station: Option<u32>,
    /// The box that station works through.
    pub box_no: Option<u32>,
    /// The functions the task is paused in (or running), outermost first.
    pub stack: Vec<String>,
    /// Whether it is the task running at that moment.
    pub running: bool,
}

/// How deep a row may be drawn: deeper rows are drawn at this depth.
pub const TREE_DEPTH_SHOWN: u32 = 8;

/// A task's row in words: the task, where it is, and whether it runs.
pub fn tree_row_text(messages: &Messages, row: &TreeRow) -> String {
    let task = match (row.station, row.box_no) {
        (Some(station), Some(box_no)) => tr!(
            messages,
            "python-tree-station-task",
            task = row.task.as_str(),
            station = count(station),
            box_no = count(box_no)
        ),
        _ => row.task.clone(),
    };
    if row.running {
        tr!(messages, "python-tree-running", task = task)
    } else {
        task
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;
    use serde_json::Value;

    fn source() -> RunSource {
        RunSource::engine(
            Config {
                stations: 3,
                capacity: 5,
                boxes: 7,
                ..Config::default()
            },
            9,
            Vec::new(),
        )
    }

    #[test]
    fn the_inputs_hold_the_whole_run_and_every_box_drawn() {
        let inputs = inputs(&source()).expect("small enough");
        assert_eq!(inputs.events.lines().count() as u64, inputs.count);
        assert!(inputs
            .events
            .lines()
            .last()
            .unwrap()
            .contains("\"finished\""));
        let shots: Value = serde_json::from_str(&inputs.shots).expect("JSON");
        assert_eq!(shots["boxes"].as_object().unwrap().len(), 7);
        let run: Value = serde_json::from_str(&inputs.run).expect("JSON");
        assert_eq!(run["policy"], "first");
        assert_eq!(run["blocking"], Value::Null);
    }

    #[test]
    fn a_run_too_large_is_not_handed_over() {
        let large = RunSource::engine(
            Config {
                boxes: 100_000,
                ..Config::default()
            },
            1,
            Vec::new(),
        );
        assert_eq!(inputs(&large), Err(NotHanded::TooLarge));
    }

    #[test]
    fn a_result_reads_as_a_verdict() {
        let agree = WorkerResult {
            python: "3.14.0".into(),
            engine_events: Some(120),
            agree: true,
            ..WorkerResult::default()
        };
        assert_eq!(
            Verdict::from_result(agree),
            Ok(Verdict::Agrees {
                python: "3.14.0".into(),
                events: 120
            })
        );
        let differs = WorkerResult {
            python: "3.14.0".into(),
            engine_events: Some(120),
            first_difference: Some((17, "shot at 0.1 s".into(), "wake at 0.1 s".into())),
            ..WorkerResult::default()
        };
        let verdict = Verdict::from_result(differs).expect("a verdict");
        assert_eq!(verdict.first_difference(), Some(17));
        let failed = WorkerResult {
            error: Some("LookupError('box 9 was never drawn')".into()),
            ..WorkerResult::default()
        };
        assert!(matches!(
            Verdict::from_result(failed),
            Ok(Verdict::Failed { .. })
        ));
        assert!(Verdict::from_result(WorkerResult::default()).is_err());
    }

    #[test]
    fn a_tree_row_names_its_station_and_whether_it_runs() {
        let english = Messages::english();
        let row = TreeRow {
            depth: 1,
            task: "Task-7".into(),
            station: Some(2),
            box_no: Some(6),
            stack: vec!["station".into()],
            running: true,
        };
        let text = tree_row_text(&english, &row);
        assert!(
            text.contains("Task-7") && text.contains("station 2") && text.contains("box 6"),
            "{text}"
        );
        assert!(text.contains("running"), "{text}");
        let main = TreeRow {
            task: "Task-1".into(),
            ..TreeRow::default()
        };
        assert_eq!(tree_row_text(&english, &main), "Task-1");
    }

    #[test]
    fn a_verdict_says_its_figures() {
        let english = Messages::english();
        let agrees = Verdict::Agrees {
            python: "3.14.0".into(),
            events: 1234,
        };
        let text = agrees.text(&english);
        assert!(
            text.contains("3.14.0") && text.contains("1234 of 1234"),
            "{text}"
        );
    }
}
