//! The Python worker: real CPython (Pyodide) in a Web Worker of its own,
//! started only when a learner asks for it.
//!
//! ```text
//!   PythonWorker::start ─► new Worker("python-worker.js", module)
//!   PythonWorker::run(id, Inputs) ─► {type: "run", id, run, events, shots}
//!   worker ─► {type: "progress" | "ready" | "result" | "error", …} ─► WorkerNews ─► on_news
//! ```
//!
//! The worker (`static/python-worker.js`) loads Pyodide from `pyodide/`
//! beside the page, counts the bytes as they arrive, and runs the asyncio
//! listing against the engine's events (`python/recorder.py`). Nothing
//! here runs Python or touches the page: it only carries messages, and a
//! message that is not what the protocol says becomes a failure, never a
//! panic.

use wasm_bindgen::prelude::*;

use super::browser::error_text;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::model::cpython::{Inputs, TreeRow, WorkerResult};
use crate::model::program::{ProgramError, ProgramRun};

/// The worker's script, beside the page.
const WORKER_URL: &str = "python-worker.js";

/// What the worker reports.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkerNews {
    /// Python's files arriving \[bytes\].
    Progress {
        /// Bytes arrived so far.
        loaded: f64,
        /// Bytes in all.
        total: f64,
    },
    /// Python is loaded: its version (`3.14.0`).
    Ready(String),
    /// Run `id`'s outcome (`model::cpython::Verdict` reads it).
    Result {
        /// The run it answers.
        id: Option<u64>,
        /// What the worker said of it.
        result: WorkerResult,
    },
    /// asyncio's own call graph of the listing at event `at`, or why it
    /// could not be taken.
    Tree {
        /// The request it answers.
        id: Option<u64>,
        /// The event it was taken at.
        at: Option<u64>,
        /// The tasks in tree order, or what went wrong.
        rows: Result<Vec<TreeRow>, String>,
    },
    /// A learner's program run, recorded (`model::program` reads it).
    Program {
        /// The request it answers.
        id: Option<u64>,
        /// Its trace, output and error.
        run: ProgramRun,
    },
    /// Python could not be loaded or the worker failed: why, in English
    /// from the worker.
    Failed(String),
}

/// A running worker; terminated when dropped.
pub struct PythonWorker {
    worker: Worker,
    /// Kept alive as long as the worker: they are its listeners.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl PythonWorker {
    /// Starts the worker; its news goes to `on_news`.
    pub fn start(on_news: Callback<WorkerNews>) -> Result<PythonWorker, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker =
            Worker::new_with_options(WORKER_URL, &options).map_err(|error| error_text(&error))?;
        let on_message = {
            let on_news = on_news.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                on_news.emit(news_of(&event.data()));
            })
        };
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let message = event
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(web_sys::ErrorEvent::message)
                .filter(|message| !message.is_empty())
                .unwrap_or_else(|| format!("{WORKER_URL} could not be started"));
            on_news.emit(WorkerNews::Failed(message));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(PythonWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Asks for asyncio's call graph of the listing on `inputs` once `at`
    /// events have happened; it comes back with `id`.
    pub fn tree(&self, id: u32, inputs: &Inputs, at: u64) -> Result<(), String> {
        let at = JsValue::from_f64(at as f64);
        self.post(
            "tree",
            id,
            &inputs.run,
            &[("at", at), ("shots", inputs.shots.as_str().into())],
        )
    }

    /// Asks for run `id` on `inputs`; its result comes back with that id.
    pub fn run(&self, id: u32, inputs: &Inputs) -> Result<(), String> {
        let fields = [
            ("events", inputs.events.as_str().into()),
            ("shots", inputs.shots.as_str().into()),
        ];
        self.post("run", id, &inputs.run, &fields)
    }

    /// Asks for a learner's program `code` to be run on the shape `run`
    /// (JSON, as `Inputs::run`), fed `plans` (`model::program::plans_json`);
    /// it comes back with `id`.
    pub fn program(&self, id: u32, run: &str, plans: &str, code: &str) -> Result<(), String> {
        self.post(
            "program",
            id,
            run,
            &[("plans", plans.into()), ("code", code.into())],
        )
    }

    /// Posts a request of `kind`, numbered `id`, on the run `run` (JSON),
    /// with `fields` besides.
    fn post(
        &self,
        kind: &str,
        id: u32,
        run: &str,
        fields: &[(&str, JsValue)],
    ) -> Result<(), String> {
        // Built as a JS object, the run's JSON read by the browser's own
        // parser: the page's first download carries no JSON reader.
        let message = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            js_sys::Reflect::set(&message, &JsValue::from_str(key), value)
                .map(|_| ())
                .map_err(|error| error_text(&error))
        };
        set("type", &JsValue::from_str(kind))?;
        set("id", &JsValue::from(id))?;
        set(
            "run",
            &js_sys::JSON::parse(run).map_err(|error| error_text(&error))?,
        )?;
        for (key, value) in fields {
            set(key, value)?;
        }
        self.worker
            .post_message(&message)
            .map_err(|error| error_text(&error))
    }
}

impl Drop for PythonWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// A worker's message as news; anything else is a failure that says what
/// came.
fn news_of(data: &JsValue) -> WorkerNews {
    let field = |object: &JsValue, key: &str| {
        js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    };
    let text = |object: &JsValue, key: &str| field(object, key).as_string();
    let number = |object: &JsValue, key: &str| field(object, key).as_f64();
    let whole = |object: &JsValue, key: &str| {
        number(object, key)
            .filter(|value| *value >= 0.0 && value.fract() == 0.0)
            .map(|value| value as u64)
    };
    match text(data, "type").as_deref() {
        Some("progress") => match (number(data, "loaded"), number(data, "total")) {
            (Some(loaded), Some(total)) => WorkerNews::Progress { loaded, total },
            _ => WorkerNews::Failed("a progress message without its sizes".into()),
        },
        Some("ready") => WorkerNews::Ready(text(data, "python").unwrap_or_default()),
        Some("result") => {
            let first = field(data, "first_difference");
            let first_difference = whole(&first, "index").map(|index| {
                (
                    index,
                    text(&first, "engine").unwrap_or_default(),
                    text(&first, "python").unwrap_or_default(),
                )
            });
            WorkerNews::Result {
                id: whole(data, "id"),
                result: WorkerResult {
                    python: text(data, "python").unwrap_or_default(),
                    engine_events: whole(data, "engine_events"),
                    agree: field(data, "agree").as_bool() == Some(true),
                    first_difference,
                    error: text(data, "error"),
                },
            }
        }
        Some("tree") => {
            let rows = field(data, "rows");
            let rows = if js_sys::Array::is_array(&rows) {
                Ok(js_sys::Array::from(&rows)
                    .iter()
                    .map(|row| TreeRow {
                        depth: whole(&row, "depth").unwrap_or(0).min(u64::from(u32::MAX)) as u32,
                        task: text(&row, "task").unwrap_or_default(),
                        station: whole(&row, "station").and_then(|value| u32::try_from(value).ok()),
                        box_no: whole(&row, "box").and_then(|value| u32::try_from(value).ok()),
                        stack: {
                            let stack = field(&row, "stack");
                            if js_sys::Array::is_array(&stack) {
                                js_sys::Array::from(&stack)
                                    .iter()
                                    .filter_map(|name| name.as_string())
                                    .collect()
                            } else {
                                Vec::new()
                            }
                        },
                        running: field(&row, "running").as_bool() == Some(true),
                    })
                    .collect())
            } else {
                Err(text(data, "error").unwrap_or_else(|| "no rows and no error".into()))
            };
            WorkerNews::Tree {
                id: whole(data, "id"),
                at: whole(data, "at"),
                rows,
            }
        }
        Some("program") => {
            let error = field(data, "error");
            let error = text(&error, "message").map(|message| ProgramError {
                message,
                line: whole(&error, "line").and_then(|line| u32::try_from(line).ok()),
            });
            WorkerNews::Program {
                id: whole(data, "id"),
                run: ProgramRun {
                    trace: text(data, "trace").unwrap_or_default(),
                    output: text(data, "output").unwrap_or_default(),
                    error,
                },
            }
        }
        Some("error") => WorkerNews::Failed(
            text(data, "message").unwrap_or_else(|| "an error without a message".into()),
        ),
        other => WorkerNews::Failed(format!(
            "the worker sent a message of type {}",
            other.unwrap_or("(none)")
        )),
    }
}

/// Whether the page was opened from a file, where browsers start no
/// worker and fetch nothing.
pub fn opened_from_file() -> bool {
    web_sys::window()
        .and_then(|window| window.location().protocol().ok())
        .is_some_and(|protocol| protocol == "file:")
}
