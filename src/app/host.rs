//! The `postMessage` API for pages that embed the app in an iframe.
//!
//! Out, to the parent window: `{source: "vaccination-lot", type, ...}` with
//! `type` one of `ready`, `box-done`, `station-failed`, `finished`,
//! `state` and `error` (with `fatal: true` once the module has panicked:
//! every command is then answered with that error). In, from the parent window only:
//! `{target: "vaccination-lot", command}` with `command` one of `start`,
//! `pause`, `step`, `reset`, `get-state`, and `set-params` (with `params`,
//! a query string such as `"stations=5&seed=3"`, validated like the URL).
//!
//! Owns the messages both ways and [`use_host_bridge`], which listens for
//! the parent's commands: each is a [`RunCommand`] for the run's owner, or
//! a request for the state. It never touches the runner or the store
//! itself.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::sim::{Event, EventKind, LotState};

use super::controller::RunController;
use super::hooks::{use_event_listener, ListenOn};
use crate::model::command::RunCommand;
use crate::model::view::Mode;

/// Box events forwarded one by one per frame; more are summarised, so a
/// fast run cannot flood the host.
const BOX_MESSAGES_PER_FRAME: usize = 20;

/// What the host can ask for: a command to the run, or its state.
#[derive(Clone, Debug, PartialEq)]
pub enum HostRequest {
    /// A command for the run (`start`, `pause`, `step`, `reset`,
    /// `set-params`).
    Run(RunCommand),
    /// `get-state`: answered with a `state` message.
    GetState,
}

/// Reads a message from the host; `Err` says what was wrong with it.
pub fn parse_request(data: &JsValue) -> Result<Option<HostRequest>, String> {
    let field = |name: &str| {
        js_sys::Reflect::get(data, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    if field("target").as_deref() != Some("vaccination-lot") {
        return Ok(None);
    }
    let command = field("command").ok_or("a message needs a \"command\" string")?;
    let run = HostRequest::Run;
    Ok(Some(match command.as_str() {
        "start" => run(RunCommand::Play),
        "pause" => run(RunCommand::Pause),
        "step" => run(RunCommand::Step),
        "reset" => run(RunCommand::Reset),
        "get-state" => HostRequest::GetState,
        "set-params" => {
            let given = field("params").ok_or(
                "set-params needs \"params\", a query string such as \"stations=5&seed=3\"",
            )?;
            run(RunCommand::from_query(&given).map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" ")
            })?)
        }
        other => {
            return Err(format!(
                "unknown command {:?}: accepted are start, pause, step, reset, get-state and set-params",
                other.chars().take(40).collect::<String>()
            ))
        }
    }))
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // A top-level page is its own parent: nobody to talk to.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Whether the page runs inside a frame.
pub fn is_embedded() -> bool {
    parent().is_some()
}

/// Sends `{source: "vaccination-lot", type, ...fields}` to the parent.
pub fn post(kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = parent() else { return };
    let message = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    };
    set("source", &JsValue::from_str("vaccination-lot"));
    set("type", &JsValue::from_str(kind));
    for (key, value) in fields {
        set(key, value);
    }
    // The messages carry nothing private, so any embedding page may read them.
    let _ = parent.post_message(&message, "*");
}

thread_local! {
    /// The panic that stopped the module, once one did.
    static CRASH: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Tells the host the module panicked (`details`, the panic's message),
/// and answers every later command with it.
pub fn post_crash(details: &str) {
    let _ = CRASH.try_with(|crash| {
        if let Ok(mut crash) = crash.try_borrow_mut() {
            *crash = Some(details.to_string());
        }
    });
    post_fatal(details);
}

fn post_fatal(details: &str) {
    post(
        "error",
        &[
            ("fatal", JsValue::TRUE),
            ("message", JsValue::from_str(details)),
        ],
    );
}

/// The panic that stopped the module, if one did.
fn crashed() -> Option<String> {
    CRASH
        .try_with(|crash| crash.try_borrow().ok().and_then(|crash| crash.clone()))
        .ok()
        .flatten()
}

fn number(value: impl Into<f64>) -> JsValue {
    JsValue::from_f64(value.into())
}

/// Forwards a frame's box-level events to the host.
pub fn post_events(events: &[Event]) {
    if !is_embedded() {
        return;
    }
    let boxes: Vec<&Event> = events
        .iter()
        .filter(|event| {
            matches!(
                event.kind,
                EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
            )
        })
        .collect();
    if boxes.len() > BOX_MESSAGES_PER_FRAME {
        post(
            "box-done",
            &[
                ("count", number(boxes.len() as f64)),
                ("summary", JsValue::TRUE),
            ],
        );
    } else {
        boxes.into_iter().for_each(post_box_event);
    }
    events.iter().for_each(post_finished);
}

/// `box-done` or `station-failed` for one returned station task.
fn post_box_event(event: &Event) {
    let time = ("time", number(event.at.as_secs_f64()));
    match event.kind {
        EventKind::BoxDone {
            station,
            box_no,
            boxes_done,
            ..
        } => post(
            "box-done",
            &[
                ("station", number(station)),
                ("box", number(box_no)),
                ("boxesDone", number(boxes_done)),
                time,
                ("line", JsValue::from_str(&event.to_string())),
            ],
        ),
        EventKind::StationFailed {
            station,
            box_no,
            doses_wasted,
            error,
            ..
        } => post(
            "station-failed",
            &[
                ("station", number(station)),
                ("box", number(box_no)),
                ("dosesWasted", number(doses_wasted)),
                ("error", JsValue::from_str(&error.to_string())),
                time,
            ],
        ),
        _ => {}
    }
}

/// `finished`, with the run's totals, if `event` ends the run.
fn post_finished(event: &Event) {
    if let EventKind::Finished {
        boxes_done,
        boxes_failed,
        doses_given,
        doses_wasted,
    } = event.kind
    {
        post(
            "finished",
            &[
                ("boxesDone", number(boxes_done)),
                ("boxesFailed", number(boxes_failed)),
                ("dosesGiven", number(doses_given as f64)),
                ("dosesWasted", number(doses_wasted as f64)),
                ("time", number(event.at.as_secs_f64())),
            ],
        );
    }
}

/// Sends a snapshot of the run.
pub fn post_state(lot: &LotState, mode: Mode, seed: u64, query: &str) {
    post(
        "state",
        &[
            ("status", JsValue::from_str(mode.as_str())),
            ("clock", number(lot.now.as_secs_f64())),
            ("dosesGiven", number(lot.doses_given as f64)),
            ("dosesWasted", number(lot.doses_wasted as f64)),
            ("boxesDone", number(lot.boxes_done)),
            ("boxesInDepot", number(lot.boxes_in_depot)),
            ("seed", JsValue::from_str(&seed.to_string())),
            ("params", JsValue::from_str(query)),
        ],
    );
}

/// Does what the host asked.
pub fn perform(controller: &RunController, request: HostRequest) {
    match request {
        HostRequest::Run(command) => {
            controller.perform(command);
        }
        HostRequest::GetState => post_controller_state(controller),
    }
}

fn post_controller_state(controller: &RunController) {
    post_state(
        &controller.lot,
        controller.mode,
        controller.seed,
        &controller.config.to_query(),
    );
}

/// The page's side of the `postMessage` API: commands from the parent
/// window (and only from it) act through `controller`; `ready` is sent
/// once, and the state whenever the status or the run changes.
#[hook]
pub fn use_host_bridge(controller: &RunController) {
    {
        let controller = controller.clone();
        use_event_listener(ListenOn::Window, "message", move |event| {
            if let Some(message) = event.dyn_ref::<web_sys::MessageEvent>() {
                receive(&controller, message);
            }
        });
    }
    use_effect_with((), |_| post("ready", &[]));
    let current = controller.clone();
    use_effect_with((controller.mode, controller.run_id), move |_| {
        post_controller_state(&current)
    });
}

fn receive(controller: &RunController, message: &web_sys::MessageEvent) {
    let Some(parent) = parent() else { return };
    let from_parent = message
        .source()
        .is_some_and(|source| js_sys::Object::is(&source, &parent));
    if !from_parent {
        return;
    }
    if let Some(details) = crashed() {
        post_fatal(&details);
        return;
    }
    match parse_request(&message.data()) {
        Ok(Some(request)) => perform(controller, request),
        Ok(None) => {}
        Err(text) => post("error", &[("message", JsValue::from_str(&text))]),
    }
}
