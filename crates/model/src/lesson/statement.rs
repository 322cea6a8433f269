//! A lesson's results as xAPI statements: every answer, skip, step shown
//! and completion, in the shape a Learning Record Store takes, with no
//! personal data (the actor is a random session id).
//!
//! ```text
//!   the lesson card ── answered / skipped / experienced / completed ─► Statement (JSON)
//!        │                                                              │
//!        ▼                                                              ▼
//!   postMessage {source, type: "statement", statement}         results file (a JSON array)
//!                                                               ─► the class view (`class=1`)
//! ```
//!
//! The format is the page's contract (`docs/results.md`): object ids are
//! URNs (`urn:x-vaccination-lot:lesson:<id>:step:<n>`, with `:loop:<k>`
//! for the k-th choice of a be-the-loop step), so that the same question
//! has the same id wherever the page is served; confidence and reason
//! are result extensions.

use serde_json::{json, Map, Value};

/// The IRI the page's own ids and extensions start with.
pub const IRI: &str = "urn:x-vaccination-lot";

/// The result extension that says how sure the learner was.
pub const CONFIDENCE_EXTENSION: &str = "urn:x-vaccination-lot:confidence";

/// The result extension that holds the learner's reason.
pub const REASON_EXTENSION: &str = "urn:x-vaccination-lot:reason";

/// The verbs the page uses (ADL's, and Tin Can's registry for skipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    /// A prediction or one of the loop's choices, answered.
    Answered,
    /// A prediction passed over on purpose.
    Skipped,
    /// A step shown.
    Experienced,
    /// The lesson's last step reached with every question answered or
    /// skipped.
    Completed,
}

impl Verb {
    /// Every verb the page writes.
    pub const ALL: [Verb; 4] = [
        Verb::Answered,
        Verb::Skipped,
        Verb::Experienced,
        Verb::Completed,
    ];

    /// Its IRI, `verb.id` in a statement.
    pub const fn id(self) -> &'static str {
        match self {
            Verb::Answered => "http://adlnet.gov/expapi/verbs/answered",
            Verb::Skipped => "http://id.tincanapi.com/verb/skipped",
            Verb::Experienced => "http://adlnet.gov/expapi/verbs/experienced",
            Verb::Completed => "http://adlnet.gov/expapi/verbs/completed",
        }
    }

    const fn display(self) -> &'static str {
        match self {
            Verb::Answered => "answered",
            Verb::Skipped => "skipped",
            Verb::Experienced => "experienced",
            Verb::Completed => "completed",
        }
    }
}

/// How sure a learner is of a prediction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// A guess.
    Guess,
    /// Fairly sure.
    FairlySure,
    /// Sure.
    Sure,
}

impl Confidence {
    /// The three levels, least sure first.
    pub const ALL: [Confidence; 3] = [Confidence::Guess, Confidence::FairlySure, Confidence::Sure];

    /// Its name in statements and hooks (`guess`, `fairly-sure`, `sure`).
    pub const fn name(self) -> &'static str {
        match self {
            Confidence::Guess => "guess",
            Confidence::FairlySure => "fairly-sure",
            Confidence::Sure => "sure",
        }
    }
}

/// Most characters of a reason kept: one line.
pub const REASON_CHARS_LIMIT: usize = 200;

/// A learner's reason as kept: one line, trimmed, at most
/// [`REASON_CHARS_LIMIT`] characters; `None` when empty.
pub fn reason_line(given: &str) -> Option<String> {
    let line: String = given
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(REASON_CHARS_LIMIT)
        .collect();
    (!line.is_empty()).then_some(line)
}

/// Who, when and in what language: the same for every statement of a
/// session but its id and time.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamp<'a> {
    /// The statement's id (a UUID).
    pub id: &'a str,
    /// The random session id that stands for the learner.
    pub session: &'a str,
    /// The page's language (a BCP 47 tag).
    pub lang: &'a str,
    /// When (ISO 8601, UTC).
    pub timestamp: &'a str,
}

/// What a statement is about: a lesson, one of its steps, or one choice
/// of a be-the-loop step.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity<'a> {
    /// The lesson's id (`one-thread`, or `link-…` for a teacher's).
    pub lesson: &'a str,
    /// 1-based step; `None` for the lesson itself.
    pub step: Option<usize>,
    /// 1-based choice of a be-the-loop step.
    pub choice: Option<usize>,
    /// Its name as the page shows it ("You are the event loop, step 2 of 4").
    pub name: &'a str,
}

impl Activity<'_> {
    /// Its IRI.
    pub fn id(&self) -> String {
        let mut id = format!("{IRI}:lesson:{}", self.lesson);
        if let Some(step) = self.step {
            id.push_str(&format!(":step:{step}"));
        }
        if let Some(choice) = self.choice {
            id.push_str(&format!(":loop:{choice}"));
        }
        id
    }
}

/// A question and the learner's response to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<'a> {
    /// The question as shown.
    pub prompt: &'a str,
    /// The choices as shown, in order.
    pub choices: &'a [String],
    /// The right one (0-based).
    pub correct: usize,
    /// The one picked (0-based); `None` when skipped.
    pub chosen: Option<usize>,
    /// How sure the learner said they were, if asked and said.
    pub confidence: Option<Confidence>,
    /// Their reason, if asked and given.
    pub reason: Option<&'a str>,
}

/// The statement `verb` `activity`, with `response` for an answer or a
/// skip, or `score` (right, asked) for a completion.
pub fn statement(
    stamp: &Stamp,
    verb: Verb,
    activity: &Activity,
    response: Option<&Response>,
    score: Option<(usize, usize)>,
) -> Value {
    let lang = stamp.lang;
    let mut definition = Map::new();
    definition.insert("name".into(), json!({ lang: activity.name }));
    let is_question = response.is_some();
    definition.insert(
        "type".into(),
        Value::from(match (is_question, activity.step) {
            (true, _) => "http://adlnet.gov/expapi/activities/cmi.interaction",
            (false, Some(_)) => "http://adlnet.gov/expapi/activities/module",
            (false, None) => "http://adlnet.gov/expapi/activities/lesson",
        }),
    );
    let mut statement = json!({
        "id": stamp.id,
        "actor": {
            "objectType": "Agent",
            "account": { "homePage": IRI, "name": stamp.session },
        },
        "verb": { "id": verb.id(), "display": { "en-US": verb.display() } },
        "timestamp": stamp.timestamp,
    });
    if let Some(response) = response {
        definition.insert("description".into(), json!({ lang: response.prompt }));
        definition.insert("interactionType".into(), Value::from("choice"));
        let choices: Vec<Value> = response
            .choices
            .iter()
            .enumerate()
            .map(|(index, choice)| json!({ "id": index.to_string(), "description": { lang: choice } }))
            .collect();
        definition.insert("choices".into(), Value::from(choices));
        definition.insert(
            "correctResponsesPattern".into(),
            json!([response.correct.to_string()]),
        );
        if let Some(chosen) = response.chosen {
            let mut extensions = Map::new();
            if let Some(confidence) = response.confidence {
                extensions.insert(CONFIDENCE_EXTENSION.into(), Value::from(confidence.name()));
            }
            if let Some(reason) = response.reason {
                extensions.insert(REASON_EXTENSION.into(), Value::from(reason));
            }
            let mut result = json!({
                "success": chosen == response.correct,
                "response": chosen.to_string(),
            });
            if !extensions.is_empty() {
                result["extensions"] = Value::Object(extensions);
            }
            statement["result"] = result;
        }
    }
    if let Some((right, asked)) = score {
        statement["result"] = json!({
            "completion": true,
            "score": { "raw": right, "min": 0, "max": asked },
        });
    }
    statement["object"] = json!({
        "objectType": "Activity",
        "id": activity.id(),
        "definition": Value::Object(definition),
    });
    let mut context = json!({ "language": lang });
    if activity.step.is_some() {
        let lesson = Activity {
            step: None,
            choice: None,
            ..activity.clone()
        };
        context["contextActivities"] = json!({ "parent": [{ "id": lesson.id() }] });
    }
    statement["context"] = context;
    statement
}

#[cfg(test)]
mod tests {
    use super::*;

    const STAMP: Stamp = Stamp {
        id: "6f1c2a50-0000-4000-8000-000000000001",
        session: "9a8b7c6d5e4f3a2b",
        lang: "en",
        timestamp: "2026-12-07T21:30:00.000Z",
    };

    #[test]
    fn an_answer_carries_its_choices_response_and_confidence() {
        let choices = ["Station 1's task".to_string(), "The supervisor".to_string()];
        let activity = Activity {
            lesson: "event-loop",
            step: Some(2),
            choice: Some(3),
            name: "You are the event loop, step 2 of 4",
        };
        let response = Response {
            prompt: "Which task do you resume?",
            choices: &choices,
            correct: 1,
            chosen: Some(0),
            confidence: Some(Confidence::Sure),
            reason: Some("lowest number first"),
        };
        let statement = statement(&STAMP, Verb::Answered, &activity, Some(&response), None);
        assert_eq!(
            statement["verb"]["id"],
            "http://adlnet.gov/expapi/verbs/answered"
        );
        assert_eq!(
            statement["object"]["id"],
            "urn:x-vaccination-lot:lesson:event-loop:step:2:loop:3"
        );
        let definition = &statement["object"]["definition"];
        assert_eq!(definition["interactionType"], "choice");
        assert_eq!(definition["choices"][1]["id"], "1");
        assert_eq!(
            definition["choices"][1]["description"]["en"],
            "The supervisor"
        );
        assert_eq!(definition["correctResponsesPattern"][0], "1");
        let result = &statement["result"];
        assert_eq!(result["success"], false);
        assert_eq!(result["response"], "0");
        assert_eq!(
            result["extensions"]["urn:x-vaccination-lot:confidence"],
            "sure"
        );
        assert_eq!(
            result["extensions"]["urn:x-vaccination-lot:reason"],
            "lowest number first"
        );
        assert_eq!(
            statement["context"]["contextActivities"]["parent"][0]["id"],
            "urn:x-vaccination-lot:lesson:event-loop"
        );
        // Nothing names the learner: the actor is the session's random id.
        assert_eq!(statement["actor"]["account"]["name"], STAMP.session);
        assert!(statement["actor"].get("mbox").is_none());
        assert!(statement["actor"].get("name").is_none());
    }

    #[test]
    fn a_skip_has_no_result_and_a_completion_a_score() {
        let choices = ["a".to_string(), "b".to_string()];
        let step = Activity {
            lesson: "one-thread",
            step: Some(1),
            choice: None,
            name: "One thread, step 1 of 5",
        };
        let skipped = Response {
            prompt: "?",
            choices: &choices,
            correct: 0,
            chosen: None,
            confidence: None,
            reason: None,
        };
        let statement_skipped = statement(&STAMP, Verb::Skipped, &step, Some(&skipped), None);
        assert!(statement_skipped.get("result").is_none());
        assert_eq!(statement_skipped["verb"]["display"]["en-US"], "skipped");
        let lesson = Activity { step: None, ..step };
        let done = statement(&STAMP, Verb::Completed, &lesson, None, Some((3, 4)));
        assert_eq!(
            done["object"]["id"],
            "urn:x-vaccination-lot:lesson:one-thread"
        );
        assert_eq!(done["result"]["completion"], true);
        assert_eq!(done["result"]["score"]["raw"], 3);
        assert_eq!(done["result"]["score"]["max"], 4);
        assert!(done["context"].get("contextActivities").is_none());
    }

    #[test]
    fn a_reason_is_one_trimmed_line() {
        assert_eq!(reason_line("  \n "), None);
        assert_eq!(
            reason_line(" the  queue\nis FIFO "),
            Some("the queue is FIFO".into())
        );
        assert_eq!(
            reason_line(&"x".repeat(500)).map(|line| line.chars().count()),
            Some(REASON_CHARS_LIMIT)
        );
    }
}
