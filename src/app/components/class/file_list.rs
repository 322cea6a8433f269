//! The files given: each one read, with its statements counted, or the
//! problem that kept it out, named with the file and with what a result
//! file is. The others still count.
//!
//! Props in, callback up; it owns no state.

use yew::prelude::*;

use crate::i18n::{isolated, Messages};
use crate::model::classroom::{
    files::name, ClassFiles, FileRead, Problem, ReadError, RESULT_FILE_BYTES_LIMIT,
};
use crate::tr;

/// The list, the learners counted and the button that forgets them all.
pub fn file_list(messages: &Messages, class: &ClassFiles, on_clear: Callback<()>) -> Html {
    html! {
        <section class="panel class-files-panel" aria-labelledby="class-files-heading">
            <h2 id="class-files-heading">{ tr!(messages, "class-files-heading") }</h2>
            <p class="class-learners" role="status" data-testid="class-learners" data-learners={class.learners().to_string()}>
                { tr!(messages, "class-learners", count = class.learners()) }
            </p>
            <ul class="class-file-list">
                { for class.files().iter().map(|file| file_line(messages, file)) }
            </ul>
            <button data-testid="class-clear" onclick={on_clear.reform(|_: MouseEvent| ())}>
                { tr!(messages, "class-clear") }
            </button>
        </section>
    }
}

fn file_line(messages: &Messages, file: &FileRead) -> Html {
    match file {
        Ok(read) => html! {
            <li data-testid="class-file" data-state="read">
                <span class="class-file-name" dir="auto">{ name(file) }</span>{" · "}
                { tr!(messages, "class-file-statements", count = read.statements.len()) }
            </li>
        },
        Err(error) => html! {
            <li data-testid="class-file" data-state="error" class="class-file-error">
                <p>{ tr!(messages, "class-file-problem", file = isolated(&error.file), problem = problem(messages, error)) }</p>
                <p class="class-accepted">{ tr!(messages, "class-accepted") }</p>
            </li>
        },
    }
}

/// What was wrong with a file, in the page's language.
fn problem(messages: &Messages, error: &ReadError) -> String {
    const MEGABYTE: f64 = 1024.0 * 1024.0;
    match &error.problem {
        Problem::Unreadable { detail } => {
            tr!(
                messages,
                "class-problem-unreadable",
                detail = isolated(detail)
            )
        }
        Problem::NotUtf8 { at_byte } => tr!(messages, "class-problem-not-utf8", byte = *at_byte),
        Problem::TooLarge { bytes } => tr!(
            messages,
            "class-problem-too-large",
            megabytes = (*bytes as f64 / MEGABYTE * 10.0).round() / 10.0,
            limit = RESULT_FILE_BYTES_LIMIT as f64 / MEGABYTE
        ),
        Problem::NotJson { line, column } => {
            tr!(
                messages,
                "class-problem-not-json",
                line = *line,
                column = *column
            )
        }
        Problem::NotAList => tr!(messages, "class-problem-not-a-list"),
        Problem::NotAStatement { statement } => {
            tr!(
                messages,
                "class-problem-not-a-statement",
                statement = *statement
            )
        }
        Problem::BadField {
            statement,
            field,
            wanted,
        } => tr!(
            messages,
            "class-problem-bad-field",
            statement = *statement,
            field = isolated(field),
            wanted = wanted.as_str()
        ),
    }
}
