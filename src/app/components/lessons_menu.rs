//! The Lessons menu: a card per built-in lesson, and the way into the
//! lesson editor.
//!
//! Callbacks up; it reads the built-in lessons' titles and first
//! sentences from their files, or from their translations in the page's
//! language (`lesson::texts`).

use yew::prelude::*;

use crate::i18n::Messages;
use crate::lesson::builtin::{Builtin, BUILTINS};
use crate::lesson::texts::{first_sentence, lesson_text, LessonText, Part};
use crate::tr;

use super::dialog::Dialog;

/// What the menu calls.
pub struct LessonsMenuProps {
    /// Called with the chosen lesson's id.
    pub on_open: Callback<&'static str>,
    /// Opens the lesson editor.
    pub on_write: Callback<()>,
    /// Closes the menu (its Close button or Escape).
    pub on_close: Callback<()>,
}

/// A lesson's title, its first sentence and its length, read from its
/// file, in the page's language.
fn summary(builtin: Builtin, messages: &Messages) -> Option<(LessonText, LessonText, usize)> {
    let lesson = builtin.lesson().ok()?;
    lesson.steps.first()?;
    let id = Some(builtin.id);
    Some((
        lesson_text(messages, id, &lesson, Part::Title),
        first_sentence(messages, id, &lesson, Part::Step(0)),
        lesson.steps.len(),
    ))
}

/// The menu (a plain function, not a component, to keep the bundle small).
pub fn lessons_menu(props: LessonsMenuProps, messages: &Messages) -> Html {
    let cards = BUILTINS.iter().filter_map(|builtin| {
        let (title, sentence, steps) = summary(*builtin, messages)?;
        let on_open = props.on_open.clone();
        let id = builtin.id;
        Some(html! {
            <li>
                <button class="lesson-card" data-testid="lesson-card" data-lesson={id}
                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(id))}>
                    <strong lang={title.lang} dir={title.dir}>{ title.text }</strong>
                    <span lang={sentence.lang} dir={sentence.dir}>{ sentence.text }</span>
                    <small>{ tr!(messages, "lessons-menu-steps", steps = steps) }</small>
                </button>
            </li>
        })
    });
    html! {
        <Dialog name="lessons" title={messages.text("lessons-menu-title")} class="lessons-menu"
                on_close={props.on_close.clone()}>
            <p>{ messages.text("lessons-menu-intro") }</p>
            <ul class="lesson-cards">{ for cards }</ul>
            <p>
                <button data-testid="lesson-editor-open" onclick={props.on_write.reform(|_: MouseEvent| ())}>
                    { messages.text("lessons-menu-write") }
                </button>
                {" "}{ messages.text("lessons-menu-teachers") }
            </p>
        </Dialog>
    }
}
