//! The class's results, lesson by lesson: each lesson's title, how many
//! learners completed it and their mean score, then its questions.
//!
//! Props in, html out; it owns no state.

use yew::prelude::*;

use crate::i18n::{isolated, Messages, NumberStyle};
use crate::lesson::builtin;
use crate::lesson::texts::{lesson_text, Part};
use crate::model::classroom::{ClassSummary, LessonSummary};
use crate::tr;

use super::question::question;

/// Every lesson with answers or completions, or a line saying there are
/// none yet.
pub fn summary(messages: &Messages, summary: &ClassSummary) -> Html {
    if summary.lessons.is_empty() {
        return html! { <p class="class-empty" data-testid="class-empty">{ tr!(messages, "class-empty") }</p> };
    }
    html! { <>{ for summary.lessons.iter().map(|lesson| lesson_section(messages, lesson)) }</> }
}

fn lesson_section(messages: &Messages, lesson: &LessonSummary) -> Html {
    let heading = format!("class-lesson-{}", lesson.id);
    let score = lesson.mean_score.map(|score| {
        let style = NumberStyle {
            min_fraction: Some(0),
            max_fraction: Some(1),
            grouping: false,
        };
        tr!(
            messages,
            "class-lesson-score",
            raw = messages.number(score.raw, style),
            max = messages.number(score.max, style)
        )
    });
    html! {
        <section class="class-lesson" data-testid="class-lesson" data-lesson={lesson.id.clone()}
                 data-completed={lesson.completed.to_string()} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ title(messages, &lesson.id) }</h2>
            if lesson.completed > 0 {
                <p class="class-lesson-figures">
                    { tr!(messages, "class-lesson-completed", count = lesson.completed) }
                    if let Some(score) = score { {" · "}{ score } }
                </p>
            }
            { for lesson.questions.iter().map(|asked| question(messages, asked)) }
        </section>
    }
}

/// A built-in lesson's title in the page's language; another lesson's id.
fn title(messages: &Messages, id: &str) -> String {
    if id.is_empty() {
        return tr!(messages, "class-lesson-other");
    }
    match builtin::find(id).and_then(|found| found.lesson().ok()) {
        Some(lesson) => lesson_text(messages, Some(id), &lesson, Part::Title).text,
        None => tr!(messages, "class-lesson-unknown", id = isolated(id)),
    }
}
