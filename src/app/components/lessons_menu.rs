//! The Lessons menu: a card per built-in lesson, and the way into the
//! lesson editor.
//!
//! Callbacks up; it reads the built-in lessons' titles and
//! first sentences from their files.

use yew::prelude::*;

use crate::lesson::builtin::{Builtin, BUILTINS};

use super::dialog::Dialog;

/// What the menu calls.
pub struct LessonsMenuProps {
    /// Called with the chosen lesson's id.
    pub on_open: Callback<&'static str>,
    pub on_write: Callback<()>,
    pub on_close: Callback<()>,
}

/// A lesson's title, its first sentence and its length, read from its file.
fn summary(builtin: Builtin) -> Option<(String, String, usize)> {
    let lesson = builtin.lesson().ok()?;
    let first = &lesson.steps.first()?.text;
    let sentence = first
        .split_inclusive(". ")
        .next()
        .unwrap_or(first)
        .trim()
        .to_string();
    Some((lesson.title, sentence, lesson.steps.len()))
}

/// The menu (a plain function, not a component, to keep the bundle small).
pub fn lessons_menu(props: LessonsMenuProps) -> Html {
    let cards = BUILTINS.iter().filter_map(|builtin| {
        let (title, sentence, steps) = summary(*builtin)?;
        let on_open = props.on_open.clone();
        let id = builtin.id;
        Some(html! {
            <li>
                <button class="lesson-card" data-testid="lesson-card" data-lesson={id}
                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(id))}>
                    <strong>{ title }</strong>
                    <span>{ sentence }</span>
                    <small>{ format!("{steps} steps") }</small>
                </button>
            </li>
        })
    });
    html! {
        <Dialog name="lessons" title="Lessons" class="lessons-menu" on_close={props.on_close.clone()}>
            <p>{"Each lesson walks through moments of a run. Where a step asks you to predict, the run plays on \
                 to the moment that answers it: the answer is worked out from the run you see."}</p>
            <ul class="lesson-cards">{ for cards }</ul>
            <p>
                <button data-testid="lesson-editor-open" onclick={props.on_write.reform(|_: MouseEvent| ())}>
                    {"Write a lesson…"}
                </button>
                {" Teachers: pick moments of any run, add text and questions, and share the lesson as a link."}
            </p>
        </Dialog>
    }
}
