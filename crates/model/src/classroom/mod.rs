//! The class view's model: learners' result files read and summed up for
//! their teacher, question by question.
//!
//! ```text
//!   a learner's download (or an LRS export): JSON array of xAPI statements
//!     │ read::read_result_file(name, text)   one file, checked; the first problem
//!     ▼                                      as a ReadError naming file, statement, field
//!   ResultFile { name, statements }  ×  the class
//!     │ files::ClassFiles::apply(Add | Clear)  the files given, read or not (the view's state)
//!     │ summary::summarise(&files)           each learner's last word per question
//!     ▼
//!   ClassSummary ─► LessonSummary (completions, mean score)
//!                     └─► QuestionSummary (choices with counts and reasons, skips,
//!                                          right/wrong per confidence)
//! ```
//!
//! Plain data: the page (`app::components::class`) reads the files with
//! the browser's File API and draws the summary; nothing leaves the
//! browser. `docs/results.md` describes the statements.

pub mod files;
mod json;
pub mod read;
pub mod summary;
#[cfg(test)]
mod tests;

pub use files::{ClassAction, ClassFiles, FileRead};
pub use read::{
    read_result_bytes, read_result_file, Choice, Confidence, Definition, LangMap, Problem,
    ReadError, ResultFile, Score, Statement, Verb, Wanted, RESULT_FILE_BYTES_LIMIT,
};
pub use summary::{
    summarise, ChoiceSummary, ClassSummary, ConfidenceRow, LessonSummary, QuestionSummary, Reason,
};
