//! One result file read: a learner's xAPI statements, checked field by
//! field (`docs/results.md` is the format).
//!
//! ```text
//!   [ {"verb": {"id": ".../answered"}, "object": {"id": "urn:x-vaccination-lot:lesson:failure:step:2",
//!      "definition": {"name", "description", "choices", "correctResponsesPattern"}},
//!      "result": {"success", "response", "extensions": {confidence, reason}},
//!      "timestamp": "2026-12-07T21:30:00.000Z"}, … ]
//! ```
//!
//! A file comes from a learner's download or from an LRS, so reading one
//! never panics: the first problem is returned as a [`ReadError`] naming
//! the file, the statement (counted from 1) and the field, and the class
//! view goes on with the other files. Statements with a verb this page
//! does not write are left out, as are fields it does not read.

use chrono::{DateTime, FixedOffset};

use super::json::{parse, Json};
use crate::lesson::statement::{CONFIDENCE_EXTENSION, REASON_EXTENSION};

/// Largest result file accepted [bytes of UTF-8]: a learner's run through
/// every lesson writes well under a megabyte.
pub const RESULT_FILE_BYTES_LIMIT: usize = 8 * 1024 * 1024;

/// The result extensions the lessons write.
const CONFIDENCE: [&str; 3] = ["result", "extensions", CONFIDENCE_EXTENSION];
const REASON: [&str; 3] = ["result", "extensions", REASON_EXTENSION];

/// What a statement says the learner did: the writer's own verbs
/// ([`crate::lesson::statement`]), read back by their ids.
pub use crate::lesson::statement::Verb;

/// How sure a learner said they were: the writer's own levels
/// ([`crate::lesson::statement`]), so that what the page writes and what
/// the class view reads cannot drift apart.
pub use crate::lesson::statement::Confidence;

/// The level a statement names (`guess`, `fairly-sure`, `sure`).
fn confidence_named(given: &str) -> Option<Confidence> {
    Confidence::ALL
        .into_iter()
        .find(|level| level.name() == given)
}

/// An xAPI language map (`{"es": "…", "en-US": "…"}`), its entries in the
/// order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LangMap(pub Vec<(String, String)>);

impl LangMap {
    /// The text for the page's language `tag`: the entry with that tag,
    /// else one in the same language (`en` for `en-US`), else the first
    /// entry. `None` when the map is empty.
    pub fn pick(&self, tag: &str) -> Option<&str> {
        let primary = |tag: &str| {
            tag.split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        let wanted = primary(tag);
        self.0
            .iter()
            .find(|(given, _)| given.eq_ignore_ascii_case(tag))
            .or_else(|| self.0.iter().find(|(given, _)| primary(given) == wanted))
            .or_else(|| self.0.first())
            .map(|(_, text)| text.as_str())
    }

    /// Adds the entries of `other` in languages this map lacks: files in
    /// several languages give a question's text in each.
    pub fn merge(&mut self, other: &LangMap) {
        for (tag, text) in &other.0 {
            if !self
                .0
                .iter()
                .any(|(given, _)| given.eq_ignore_ascii_case(tag))
            {
                self.0.push((tag.clone(), text.clone()));
            }
        }
    }
}

/// One choice of a question, as its definition gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// What a response names it by (`"0"`, `"1"`, …).
    pub id: String,
    /// What the learner read.
    pub text: LangMap,
}

/// A question as a statement defines it (`object.definition`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Definition {
    /// The lesson's title and the step (`definition.name`).
    pub name: LangMap,
    /// The question's prompt (`definition.description`).
    pub prompt: LangMap,
    /// The choices, in the order shown.
    pub choices: Vec<Choice>,
    /// The ids of the right choices (`correctResponsesPattern`).
    pub correct: Vec<String>,
}

/// A lesson's score (`result.score`): right answers of questions asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Score {
    /// Right answers.
    pub raw: f64,
    /// Questions asked.
    pub max: f64,
}

/// One statement, as far as the class view reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// What the learner did.
    pub verb: Verb,
    /// The question or lesson (`object.id`).
    pub object: String,
    /// The lesson it belongs to (`context.contextActivities.parent[0].id`).
    pub parent: Option<String>,
    /// The question's definition, if the statement carries one.
    pub definition: Option<Definition>,
    /// The choice's id (`result.response`); answered statements have one.
    pub response: Option<String>,
    /// Whether the answer was right (`result.success`).
    pub success: Option<bool>,
    /// How sure the learner said they were, if asked.
    pub confidence: Option<Confidence>,
    /// The one line the learner wrote, if asked.
    pub reason: Option<String>,
    /// Whether a lesson was completed (`result.completion`).
    pub completion: Option<bool>,
    /// A completed lesson's score.
    pub score: Option<Score>,
    /// When it happened; statements of one file are ordered by it.
    pub timestamp: Option<DateTime<FixedOffset>>,
}

/// One result file read: its name and its statements, in the file's order.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultFile {
    /// The file's name, as the teacher chose it.
    pub name: String,
    /// Its statements with a verb this page writes.
    pub statements: Vec<Statement>,
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// A JSON string.
    Text,
    /// A JSON object.
    Object,
    /// A JSON array.
    List,
    /// `true` or `false`.
    TrueFalse,
    /// A JSON number.
    Number,
    /// `guess`, `fairly-sure` or `sure`.
    Confidence,
    /// An ISO 8601 time with its offset (`2026-12-07T21:30:00.000Z`).
    Time,
}

impl Wanted {
    /// Its name in messages (a Fluent selector).
    pub const fn as_str(self) -> &'static str {
        match self {
            Wanted::Text => "text",
            Wanted::Object => "object",
            Wanted::List => "list",
            Wanted::TrueFalse => "true-false",
            Wanted::Number => "number",
            Wanted::Confidence => "confidence",
            Wanted::Time => "time",
        }
    }
}

/// What is wrong with a result file.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The browser could not read the file (removed, or no permission).
    Unreadable {
        /// The browser's own words.
        detail: String,
    },
    /// Not UTF-8 text.
    NotUtf8 {
        /// Where the first byte that is not UTF-8 stands, from 0.
        at_byte: usize,
    },
    /// Larger than [`RESULT_FILE_BYTES_LIMIT`].
    TooLarge {
        /// Its size \[bytes\].
        bytes: usize,
    },
    /// Not JSON: where it stops being JSON (1-based line and column).
    NotJson {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// JSON, but not an array of statements.
    NotAList,
    /// An item of the array that is not a JSON object.
    NotAStatement {
        /// Which item, from 1.
        statement: usize,
    },
    /// A field missing, or holding something else than it should.
    BadField {
        /// Which statement, from 1.
        statement: usize,
        /// The field's path (`verb.id`, `result.extensions.urn:…`).
        field: String,
        /// What it should hold.
        wanted: Wanted,
    },
}

/// A result file that could not be read, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadError {
    /// The file's name.
    pub file: String,
    /// The first problem found.
    pub problem: Problem,
}

/// Reads the result file `name` from its bytes: UTF-8, with or without a
/// byte order mark.
pub fn read_result_bytes(name: &str, bytes: &[u8]) -> Result<ResultFile, ReadError> {
    let error = |problem| ReadError {
        file: name.to_string(),
        problem,
    };
    if bytes.len() > RESULT_FILE_BYTES_LIMIT {
        return Err(error(Problem::TooLarge { bytes: bytes.len() }));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|not_utf8| {
        error(Problem::NotUtf8 {
            at_byte: not_utf8.valid_up_to(),
        })
    })?;
    read_result_file(name, text)
}

/// Reads the result file `name` holding `text`.
pub fn read_result_file(name: &str, text: &str) -> Result<ResultFile, ReadError> {
    let error = |problem| ReadError {
        file: name.to_string(),
        problem,
    };
    if text.len() > RESULT_FILE_BYTES_LIMIT {
        return Err(error(Problem::TooLarge { bytes: text.len() }));
    }
    let json = parse(text).map_err(|at| {
        error(Problem::NotJson {
            line: at.line,
            column: at.column,
        })
    })?;
    let Json::List(items) = json else {
        return Err(error(Problem::NotAList));
    };
    let mut statements = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        if let Some(statement) = read_statement(&Fields { item, index }).map_err(error)? {
            statements.push(statement);
        }
    }
    Ok(ResultFile {
        name: name.to_string(),
        statements,
    })
}

/// One item of a file's array, with its place for the problems it names.
struct Fields<'a> {
    item: &'a Json,
    /// Its index, from 0.
    index: usize,
}

impl<'a> Fields<'a> {
    fn problem(&self, path: &[&str], wanted: Wanted) -> Problem {
        Problem::BadField {
            statement: self.index + 1,
            field: path.join("."),
            wanted,
        }
    }

    /// Text that must be there.
    fn text(&self, path: &[&str]) -> Result<&'a str, Problem> {
        self.optional_text(path)?
            .ok_or_else(|| self.problem(path, Wanted::Text))
    }

    /// Text, if the field is there at all.
    fn optional_text(&self, path: &[&str]) -> Result<Option<&'a str>, Problem> {
        match self.item.at(path) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Text(text)) => Ok(Some(text)),
            Some(_) => Err(self.problem(path, Wanted::Text)),
        }
    }

    fn optional_bool(&self, path: &[&str]) -> Result<Option<bool>, Problem> {
        match self.item.at(path) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Bool(value)) => Ok(Some(*value)),
            Some(_) => Err(self.problem(path, Wanted::TrueFalse)),
        }
    }

    fn optional_number(&self, path: &[&str]) -> Result<Option<f64>, Problem> {
        match self.item.at(path) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Number(value)) => Ok(Some(*value)),
            Some(_) => Err(self.problem(path, Wanted::Number)),
        }
    }

    /// A language map: an object of text. Entries that are not text are
    /// left out; a missing map is an empty one.
    fn lang_map(&self, path: &[&str]) -> Result<LangMap, Problem> {
        match self.item.at(path) {
            None | Some(Json::Null) => Ok(LangMap::default()),
            Some(Json::Object(entries)) => Ok(lang_map(entries)),
            Some(_) => Err(self.problem(path, Wanted::Object)),
        }
    }
}

fn lang_map(entries: &[(String, Json)]) -> LangMap {
    LangMap(
        entries
            .iter()
            .filter_map(|(tag, text)| match text {
                Json::Text(text) => Some((tag.clone(), text.clone())),
                _ => None,
            })
            .collect(),
    )
}

/// One statement, or `None` for a verb this page does not write.
fn read_statement(fields: &Fields) -> Result<Option<Statement>, Problem> {
    if !matches!(fields.item, Json::Object(_)) {
        return Err(Problem::NotAStatement {
            statement: fields.index + 1,
        });
    }
    let verb_id = fields.text(&["verb", "id"])?;
    let object = fields.text(&["object", "id"])?.to_string();
    let Some(verb) = Verb::ALL.into_iter().find(|verb| verb.id() == verb_id) else {
        return Ok(None);
    };
    let response = match verb {
        Verb::Answered => Some(fields.text(&["result", "response"])?.to_string()),
        _ => fields
            .optional_text(&["result", "response"])?
            .map(str::to_string),
    };
    let confidence = match fields.optional_text(&CONFIDENCE)? {
        None => None,
        Some(given) => Some(
            confidence_named(given)
                .ok_or_else(|| fields.problem(&CONFIDENCE, Wanted::Confidence))?,
        ),
    };
    let timestamp = match fields.optional_text(&["timestamp"])? {
        None => None,
        Some(given) => Some(
            DateTime::parse_from_rfc3339(given)
                .map_err(|_| fields.problem(&["timestamp"], Wanted::Time))?,
        ),
    };
    let score = match (
        fields.optional_number(&["result", "score", "raw"])?,
        fields.optional_number(&["result", "score", "max"])?,
    ) {
        (Some(raw), Some(max)) => Some(Score { raw, max }),
        _ => None,
    };
    Ok(Some(Statement {
        verb,
        object,
        parent: parent(fields)?,
        definition: definition(fields)?,
        response,
        success: fields.optional_bool(&["result", "success"])?,
        confidence,
        reason: fields.optional_text(&REASON)?.map(str::to_string),
        completion: fields.optional_bool(&["result", "completion"])?,
        score,
        timestamp,
    }))
}

/// The lesson a statement's context names as its parent.
fn parent(fields: &Fields) -> Result<Option<String>, Problem> {
    const PARENT: [&str; 3] = ["context", "contextActivities", "parent"];
    match fields.item.at(&PARENT) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::List(parents)) => Ok(parents.first().and_then(|first| match first.get("id") {
            Some(Json::Text(id)) => Some(id.clone()),
            _ => None,
        })),
        Some(_) => Err(fields.problem(&PARENT, Wanted::List)),
    }
}

/// The question's definition, if the statement carries one with choices
/// or text.
fn definition(fields: &Fields) -> Result<Option<Definition>, Problem> {
    const DEFINITION: [&str; 2] = ["object", "definition"];
    const CHOICES: [&str; 3] = ["object", "definition", "choices"];
    const CORRECT: [&str; 3] = ["object", "definition", "correctResponsesPattern"];
    match fields.item.at(&DEFINITION) {
        None | Some(Json::Null) => return Ok(None),
        Some(Json::Object(_)) => {}
        Some(_) => return Err(fields.problem(&DEFINITION, Wanted::Object)),
    }
    let choices = match fields.item.at(&CHOICES) {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::List(choices)) => choices
            .iter()
            .map(|choice| {
                let id = match choice.get("id") {
                    Some(Json::Text(id)) => id.clone(),
                    _ => {
                        return Err(fields
                            .problem(&["object", "definition", "choices", "id"], Wanted::Text))
                    }
                };
                let text = match choice.get("description") {
                    Some(Json::Object(entries)) => lang_map(entries),
                    _ => LangMap::default(),
                };
                Ok(Choice { id, text })
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(fields.problem(&CHOICES, Wanted::List)),
    };
    let correct = match fields.item.at(&CORRECT) {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::List(patterns)) => patterns
            .iter()
            .map(|pattern| match pattern {
                Json::Text(pattern) => Ok(pattern.clone()),
                _ => Err(fields.problem(&CORRECT, Wanted::List)),
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(fields.problem(&CORRECT, Wanted::List)),
    };
    Ok(Some(Definition {
        name: fields.lang_map(&["object", "definition", "name"])?,
        prompt: fields.lang_map(&["object", "definition", "description"])?,
        choices,
        correct,
    }))
}
