//! Keyboard shortcuts: space starts or pauses, → steps, ← steps back,
//! r resets, ? shows the help; in a lesson, Page Down and Page Up move
//! between its steps.
//!
//! Owns the document's keydown listener (through [`use_event_listener`])
//! and nothing else: each key is a [`RunCommand`] for the run, or the
//! page's help toggle or a lesson's step.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::hooks::{use_event_listener, ListenOn};
use crate::model::command::RunCommand;

/// What a key asks for.
#[derive(Clone, Debug, PartialEq)]
enum Shortcut {
    Run(RunCommand),
    Help,
    NextLessonStep,
    PreviousLessonStep,
}

impl Shortcut {
    /// The shortcut of `key`; the lesson keys only while a lesson is open,
    /// so that otherwise they scroll the page as usual.
    fn of(key: &str, in_lesson: bool) -> Option<Shortcut> {
        Some(match key {
            "PageDown" if in_lesson => Shortcut::NextLessonStep,
            "PageUp" if in_lesson => Shortcut::PreviousLessonStep,
            " " => Shortcut::Run(RunCommand::TogglePlay),
            "ArrowRight" => Shortcut::Run(RunCommand::Step),
            "ArrowLeft" => Shortcut::Run(RunCommand::StepBack),
            "r" | "R" => Shortcut::Run(RunCommand::Reset),
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

/// How the help overlay names a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyName {
    /// A name in words: the id of its message.
    Words(&'static str),
    /// The key's face, the same in every language (`→`, `r`, `?`).
    Face(&'static str),
}

/// The keys the page answers to and the message describing each, as the
/// help overlay lists them (the lesson keys are the lesson card's).
pub const SHORTCUTS: [(KeyName, &str); 6] = [
    (KeyName::Words("help-key-space"), "help-toggle-play"),
    (KeyName::Face("→"), "help-step"),
    (KeyName::Face("←"), "help-step-back"),
    (KeyName::Face("r"), "help-reset"),
    (KeyName::Words("help-key-enter"), "help-break"),
    (KeyName::Face("?"), "help-help"),
];

/// What the page's own keys call besides the run.
pub struct PageKeys {
    /// Called on `?`: opens and closes the help overlay.
    pub on_help: Callback<()>,
    /// `Some` while a lesson is open: called with `true` for the next step,
    /// `false` for the previous one.
    pub on_lesson_step: Option<Callback<bool>>,
}

/// Listens for the shortcuts for as long as the page lives.
#[hook]
pub fn use_shortcuts(on_command: Callback<RunCommand>, keys: PageKeys) {
    use_event_listener(ListenOn::Document, "keydown", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if belongs_elsewhere(event) {
            return;
        }
        let in_lesson = keys.on_lesson_step.is_some();
        let Some(shortcut) = Shortcut::of(&event.key(), in_lesson) else {
            return;
        };
        event.prevent_default();
        match shortcut {
            Shortcut::Run(command) => on_command.emit(command),
            Shortcut::Help => keys.on_help.emit(()),
            Shortcut::NextLessonStep | Shortcut::PreviousLessonStep => {
                if let Some(on_step) = &keys.on_lesson_step {
                    on_step.emit(shortcut == Shortcut::NextLessonStep);
                }
            }
        }
    });
}
