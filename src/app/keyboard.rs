//! Keyboard shortcuts: space starts or pauses, → steps, ← steps back,
//! r resets, ? shows the help.
//!
//! Owns the document's keydown listener (through [`use_event_listener`])
//! and nothing else: each key calls the run controller or the page's help
//! toggle.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::controller::RunController;
use super::hooks::{use_event_listener, ListenOn};

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shortcut {
    TogglePlay,
    Step,
    StepBack,
    Reset,
    Help,
}

impl Shortcut {
    fn of(key: &str) -> Option<Shortcut> {
        Some(match key {
            " " => Shortcut::TogglePlay,
            "ArrowRight" => Shortcut::Step,
            "ArrowLeft" => Shortcut::StepBack,
            "r" | "R" => Shortcut::Reset,
            "?" => Shortcut::Help,
            _ => return None,
        })
    }
}

/// Whether the key press belongs to something else: typing in the form,
/// pressing a focused button or link, or a chord with a modifier.
fn belongs_elsewhere(event: &web_sys::KeyboardEvent) -> bool {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return true;
    }
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(
                element.tag_name().as_str(),
                "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "A"
            )
        })
}

/// Listens for the shortcuts for as long as the page lives.
#[hook]
pub fn use_shortcuts(controller: &RunController, on_help: Callback<()>) {
    let controller = controller.clone();
    use_event_listener(ListenOn::Document, "keydown", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if belongs_elsewhere(event) {
            return;
        }
        let Some(shortcut) = Shortcut::of(&event.key()) else {
            return;
        };
        event.prevent_default();
        match shortcut {
            Shortcut::TogglePlay => controller.toggle_play(),
            Shortcut::Step => controller.step(),
            Shortcut::StepBack => controller.step_back(),
            Shortcut::Reset => controller.reset(),
            Shortcut::Help => on_help.emit(()),
        }
    });
}
