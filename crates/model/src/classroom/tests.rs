//! Result files written by hand after `docs/results.md`, read and summed
//! up: three learners, two questions, a decision of "be the event loop",
//! a learner who went back, and files that are not result files.

use serde_json::{json, Value};

use super::*;

const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const SKIPPED: &str = "http://id.tincanapi.com/verb/skipped";
const EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

const STEP_2: &str = "urn:x-vaccination-lot:lesson:failure:step:2";
const STEP_3: &str = "urn:x-vaccination-lot:lesson:failure:step:3";
const LOOP_1: &str = "urn:x-vaccination-lot:lesson:one-thread:step:4:loop:1";

/// A statement as the lessons write it, with `verb`, `object` and
/// `result` given; the rest is the same for every test.
fn statement(
    verb: &str,
    object: &str,
    definition: Option<Value>,
    result: Value,
    at: &str,
) -> Value {
    let lesson = object.split(":step:").next().unwrap_or(object);
    let mut object_json = json!({"objectType": "Activity", "id": object});
    if let Some(definition) = definition {
        object_json["definition"] = definition;
    }
    json!({
        "id": "5f0c2a3e-0000-4000-8000-000000000000",
        "actor": {"objectType": "Agent", "account": {"homePage": "urn:x-vaccination-lot", "name": "a1b2c3"}},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit('/').next()}},
        "object": object_json,
        "result": result,
        "context": {"language": "en", "contextActivities": {"parent": [{"id": lesson}]}},
        "timestamp": at,
    })
}

/// The definition of a two-choice question whose answer is choice 1.
fn two_choices(prompt: &str) -> Value {
    json!({
        "name": {"en": "Failures — step 2 of 5"},
        "description": {"en": prompt},
        "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
        "interactionType": "choice",
        "choices": [
            {"id": "0", "description": {"en": "It stops every station"}},
            {"id": "1", "description": {"en": "It restarts that station"}},
        ],
        "correctResponsesPattern": ["1"],
    })
}

fn answer(
    object: &str,
    response: &str,
    confidence: Option<&str>,
    reason: Option<&str>,
    at: &str,
) -> Value {
    let mut extensions = json!({});
    if let Some(confidence) = confidence {
        extensions["urn:x-vaccination-lot:confidence"] = json!(confidence);
    }
    if let Some(reason) = reason {
        extensions["urn:x-vaccination-lot:reason"] = json!(reason);
    }
    statement(
        ANSWERED,
        object,
        Some(two_choices("What does the supervisor do?")),
        json!({"success": response == "1", "response": response, "extensions": extensions}),
        at,
    )
}

fn completed(lesson: &str, raw: u32, max: u32, at: &str) -> Value {
    statement(
        COMPLETED,
        &format!("urn:x-vaccination-lot:lesson:{lesson}"),
        None,
        json!({"completion": true, "score": {"raw": raw, "max": max}}),
        at,
    )
}

fn file(name: &str, statements: Vec<Value>) -> ResultFile {
    read_result_file(name, &Value::Array(statements).to_string()).expect("a result file")
}

/// Three learners: Ana right and sure, Ben wrong and sure (with a reason),
/// Chen who went back from wrong to right, and skipped step 3.
fn class() -> Vec<ResultFile> {
    vec![
        file(
            "ana.json",
            vec![
                statement(
                    EXPERIENCED,
                    STEP_2,
                    None,
                    json!({}),
                    "2026-12-07T21:29:00.000Z",
                ),
                answer(STEP_2, "1", Some("sure"), None, "2026-12-07T21:30:00.000Z"),
                answer(STEP_3, "1", None, None, "2026-12-07T21:31:00.000Z"),
                completed("failure", 2, 2, "2026-12-07T21:32:00.000Z"),
            ],
        ),
        file(
            "ben.json",
            vec![
                answer(
                    STEP_2,
                    "0",
                    Some("sure"),
                    Some("a failure ends the program"),
                    "2026-12-07T21:30:00.000Z",
                ),
                answer(
                    STEP_3,
                    "0",
                    Some("guess"),
                    Some("  "),
                    "2026-12-07T21:31:00.000Z",
                ),
                completed("failure", 0, 2, "2026-12-07T21:32:00.000Z"),
            ],
        ),
        file(
            "chen.json",
            vec![
                // Written after going back: the file's order is not the
                // time order.
                answer(
                    STEP_2,
                    "1",
                    Some("fairly-sure"),
                    None,
                    "2026-12-07T21:35:00.000+01:00",
                ),
                answer(STEP_2, "0", Some("guess"), None, "2026-12-07T20:31:00.000Z"),
                statement(
                    SKIPPED,
                    STEP_3,
                    Some(two_choices("And then?")),
                    json!({}),
                    "2026-12-07T20:36:00.000Z",
                ),
            ],
        ),
    ]
}

fn question<'a>(summary: &'a ClassSummary, id: &str) -> &'a QuestionSummary {
    summary
        .questions()
        .find(|question| question.id == id)
        .unwrap_or_else(|| panic!("{id} summed up"))
}

fn counts(question: &QuestionSummary) -> Vec<(&str, usize, bool)> {
    question
        .choices
        .iter()
        .map(|choice| (choice.id.as_str(), choice.learners, choice.correct))
        .collect()
}

fn row(question: &QuestionSummary, level: Option<Confidence>) -> (usize, usize) {
    let row = question
        .confidence
        .iter()
        .find(|row| row.level == level)
        .expect("a row per level");
    (row.right, row.wrong)
}

#[test]
fn each_choice_counts_the_learners_who_chose_it_last() {
    let summary = summarise(&class());
    let step_2 = question(&summary, STEP_2);
    assert_eq!(step_2.answered, 3);
    assert_eq!(step_2.skipped, 0);
    assert_eq!(counts(step_2), [("0", 1, false), ("1", 2, true)]);
    assert_eq!(
        step_2.prompt.pick("en"),
        Some("What does the supervisor do?")
    );
    assert_eq!(
        step_2.choices[1].text.pick("en"),
        Some("It restarts that station")
    );
    assert_eq!((step_2.step, step_2.turn), (Some(2), None));
}

#[test]
fn a_learner_who_went_back_counts_once_with_the_latest_answer() {
    let summary = summarise(&class());
    let step_2 = question(&summary, STEP_2);
    // Chen's "1" at 20:35 UTC comes after his "0" at 20:31, though the
    // file has it first.
    assert_eq!(row(step_2, Some(Confidence::FairlySure)), (1, 0));
    assert_eq!(row(step_2, Some(Confidence::Guess)), (0, 0));
}

#[test]
fn confidence_rows_show_the_sure_and_wrong() {
    let summary = summarise(&class());
    let step_2 = question(&summary, STEP_2);
    assert_eq!(row(step_2, Some(Confidence::Sure)), (1, 1));
    let step_3 = question(&summary, STEP_3);
    assert_eq!(row(step_3, Some(Confidence::Guess)), (0, 1));
    assert_eq!(row(step_3, None), (1, 0), "Ana was not asked");
}

#[test]
fn skips_are_counted_apart_from_answers() {
    let summary = summarise(&class());
    let step_3 = question(&summary, STEP_3);
    assert_eq!((step_3.answered, step_3.skipped), (2, 1));
    assert_eq!(counts(step_3), [("0", 1, false), ("1", 1, true)]);
}

#[test]
fn reasons_sit_under_the_choice_they_explain() {
    let summary = summarise(&class());
    let step_2 = question(&summary, STEP_2);
    assert_eq!(
        step_2.choices[0].reasons,
        [Reason {
            text: "a failure ends the program".into(),
            confidence: Some(Confidence::Sure)
        }]
    );
    assert!(step_2.choices[1].reasons.is_empty());
    let step_3 = question(&summary, STEP_3);
    assert!(
        step_3
            .choices
            .iter()
            .all(|choice| choice.reasons.is_empty()),
        "a blank reason is no reason"
    );
}

#[test]
fn lessons_count_completions_and_their_mean_score() {
    let summary = summarise(&class());
    let failure = summary
        .lessons
        .iter()
        .find(|lesson| lesson.id == "failure")
        .expect("the failure lesson");
    assert_eq!(failure.completed, 2);
    assert_eq!(failure.mean_score, Some(Score { raw: 1.0, max: 2.0 }));
    let ids: Vec<&str> = failure.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, [STEP_2, STEP_3]);
}

#[test]
fn questions_come_in_lesson_then_step_then_decision_order() {
    let step = |n: u32, turn: Option<u32>| {
        let object = match turn {
            Some(turn) => format!("urn:x-vaccination-lot:lesson:one-thread:step:{n}:loop:{turn}"),
            None => format!("urn:x-vaccination-lot:lesson:one-thread:step:{n}"),
        };
        answer(&object, "1", None, None, "2026-12-07T21:30:00.000Z")
    };
    let files = [file(
        "dana.json",
        vec![
            answer(STEP_2, "1", None, None, "2026-12-07T21:30:00.000Z"),
            step(10, None),
            step(4, Some(2)),
            step(4, Some(1)),
            step(4, None),
            step(2, None),
        ],
    )];
    let summary = summarise(&files);
    let lessons: Vec<&str> = summary.lessons.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(lessons, ["one-thread", "failure"], "the menu's order");
    let places: Vec<(Option<u32>, Option<u32>)> =
        summary.questions().map(|q| (q.step, q.turn)).collect();
    assert_eq!(
        places,
        [
            (Some(2), None),
            (Some(4), None),
            (Some(4), Some(1)),
            (Some(4), Some(2)),
            (Some(10), None),
            (Some(2), None)
        ]
    );
    assert_eq!(
        summary.questions().nth(2).map(|q| q.id.as_str()),
        Some(LOOP_1)
    );
}

#[test]
fn unknown_verbs_and_fields_are_left_out() {
    let mut liked = answer(STEP_2, "1", None, None, "2026-12-07T21:30:00.000Z");
    liked["verb"]["id"] = json!("http://example.org/verbs/liked");
    let mut extra = answer(STEP_2, "0", None, None, "2026-12-07T21:31:00.000Z");
    extra["authority"] = json!({"name": "an LRS"});
    let read = file("lrs.json", vec![liked, extra]);
    assert_eq!(read.statements.len(), 1);
    assert_eq!(read.statements[0].response.as_deref(), Some("0"));
}

#[test]
fn a_language_map_gives_the_page_language_else_its_first_entry() {
    let map = LangMap(vec![
        ("fr".into(), "Bonjour".into()),
        ("en-US".into(), "Hello".into()),
    ]);
    assert_eq!(map.pick("en"), Some("Hello"));
    assert_eq!(map.pick("EN-us"), Some("Hello"));
    assert_eq!(map.pick("ar"), Some("Bonjour"));
    assert_eq!(LangMap::default().pick("en"), None);
    let read = read_result_file(
        "order.json",
        &format!(
            r#"[{{"verb": {{"id": "{ANSWERED}"}}, "object": {{"id": "{STEP_2}",
                "definition": {{"description": {{"zh-Hans": "第一", "de": "zweite"}}}}}},
                "result": {{"response": "0"}}}}]"#
        ),
    )
    .expect("a result file");
    let prompt = &read.statements[0].definition.as_ref().unwrap().prompt;
    assert_eq!(prompt.pick("es"), Some("第一"), "the first as written");
}

#[test]
fn files_in_two_languages_merge_their_texts() {
    let mut spanish = answer(STEP_2, "1", None, None, "2026-12-07T21:30:00.000Z");
    spanish["object"]["definition"]["description"] = json!({"es": "¿Qué hace el supervisor?"});
    let summary = summarise(&[
        file(
            "en.json",
            vec![answer(STEP_2, "0", None, None, "2026-12-07T21:30:00.000Z")],
        ),
        file("es.json", vec![spanish]),
    ]);
    let step_2 = question(&summary, STEP_2);
    assert_eq!(step_2.prompt.pick("es"), Some("¿Qué hace el supervisor?"));
    assert_eq!(
        step_2.prompt.pick("de"),
        Some("What does the supervisor do?")
    );
}

#[test]
fn an_answer_without_a_verdict_is_judged_by_the_definition() {
    let mut unjudged = answer(STEP_2, "0", Some("sure"), None, "2026-12-07T21:30:00.000Z");
    unjudged["result"]
        .as_object_mut()
        .expect("a result")
        .remove("success");
    let summary = summarise(&[file("old.json", vec![unjudged])]);
    assert_eq!(
        row(question(&summary, STEP_2), Some(Confidence::Sure)),
        (0, 1)
    );
}

#[test]
fn an_empty_list_is_a_file_with_nothing_in_it() {
    let read = read_result_file("empty.json", "[]").expect("an empty class");
    assert!(read.statements.is_empty());
    assert_eq!(summarise(&[read]), ClassSummary::default());
}

fn problem(name: &str, text: &str) -> Problem {
    let error = read_result_file(name, text).expect_err("not a result file");
    assert_eq!(error.file, name, "the error names the file");
    error.problem
}

#[test]
fn a_file_that_is_not_json_names_where_it_stops_being_json() {
    assert_eq!(
        problem("notes.json", "[\n{\"verb\": }"),
        Problem::NotJson {
            line: 2,
            column: 10
        }
    );
    assert!(matches!(problem("blank.json", ""), Problem::NotJson { .. }));
}

#[test]
fn json_that_is_not_a_list_of_statements_is_named() {
    assert_eq!(
        problem("lesson.json", r#"{"title": "A lesson"}"#),
        Problem::NotAList
    );
    assert_eq!(
        problem("numbers.json", "[1, 2]"),
        Problem::NotAStatement { statement: 1 }
    );
}

#[test]
fn a_statement_missing_its_verb_or_object_is_named_with_the_field() {
    let mut no_verb = answer(STEP_2, "1", None, None, "2026-12-07T21:30:00.000Z");
    no_verb.as_object_mut().expect("an object").remove("verb");
    let good = answer(STEP_2, "1", None, None, "2026-12-07T21:30:00.000Z");
    let text = Value::Array(vec![good.clone(), no_verb]).to_string();
    assert_eq!(
        problem("a.json", &text),
        Problem::BadField {
            statement: 2,
            field: "verb.id".into(),
            wanted: Wanted::Text
        }
    );
    let mut no_object = good.clone();
    no_object["object"] = json!(7);
    assert_eq!(
        problem("b.json", &Value::Array(vec![no_object]).to_string()),
        Problem::BadField {
            statement: 1,
            field: "object.id".into(),
            wanted: Wanted::Text
        }
    );
}

#[test]
fn wrong_values_in_fields_the_view_reads_are_named() {
    let bad = |change: fn(&mut Value)| {
        let mut statement = answer(STEP_2, "1", Some("sure"), None, "2026-12-07T21:30:00.000Z");
        change(&mut statement);
        problem("c.json", &Value::Array(vec![statement]).to_string())
    };
    let field = |field: &str, wanted| Problem::BadField {
        statement: 1,
        field: field.into(),
        wanted,
    };
    assert_eq!(
        bad(|s| s["result"]["extensions"]["urn:x-vaccination-lot:confidence"] = json!("certain")),
        field(
            "result.extensions.urn:x-vaccination-lot:confidence",
            Wanted::Confidence
        )
    );
    assert_eq!(
        bad(|s| s["result"]
            .as_object_mut()
            .map(|r| r.remove("response"))
            .map(drop)
            .unwrap_or_default()),
        field("result.response", Wanted::Text)
    );
    assert_eq!(
        bad(|s| s["timestamp"] = json!("yesterday")),
        field("timestamp", Wanted::Time)
    );
    assert_eq!(
        bad(|s| s["result"]["success"] = json!("yes")),
        field("result.success", Wanted::TrueFalse)
    );
    assert_eq!(
        bad(|s| s["object"]["definition"]["choices"] = json!({"0": "a"})),
        field("object.definition.choices", Wanted::List)
    );
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    let huge = " ".repeat(RESULT_FILE_BYTES_LIMIT + 1);
    assert_eq!(
        problem("huge.json", &huge),
        Problem::TooLarge {
            bytes: RESULT_FILE_BYTES_LIMIT + 1
        }
    );
}

#[test]
fn bytes_are_read_as_utf8_with_or_without_a_byte_order_mark() {
    let text = Value::Array(vec![answer(
        STEP_2,
        "1",
        None,
        None,
        "2026-12-07T21:30:00.000Z",
    )])
    .to_string();
    let with_mark = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    assert_eq!(
        read_result_bytes("bom.json", &with_mark).map(|f| f.statements.len()),
        Ok(1)
    );
    let latin1 = b"[\"caf\xE9\"]";
    assert_eq!(
        read_result_bytes("latin1.json", latin1).map_err(|error| error.problem),
        Err(Problem::NotUtf8 { at_byte: 5 })
    );
}
