//! A class's result files summed up, question by question: what a teacher
//! reads to see which predictions the class got wrong, and how sure it
//! was when it did.
//!
//! ```text
//!   ResultFile (one learner) ─► last answered/skipped per question ─┐
//!   ResultFile               ─► …                                   ├─► QuestionSummary per object id:
//!                                                                   │     choices with counts and reasons,
//!                                                                   │     skipped, right/wrong per confidence
//!                               last completed per lesson ──────────┴─► LessonSummary: completions, mean score
//! ```
//!
//! One file is one learner. A learner who went back answered a question
//! more than once: only their last answer counts (the latest by
//! timestamp, then the later in the file), so each learner counts once
//! per question.

use std::collections::BTreeMap;

use super::read::{Confidence, Definition, LangMap, ResultFile, Score, Statement, Verb};
use crate::lesson::builtin::BUILTINS;

/// What every lesson id and question id of this page starts with.
const LESSON_PREFIX: &str = "urn:x-vaccination-lot:lesson:";

/// The class's results: each lesson with its questions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassSummary {
    /// The lessons, the built-in ones in the menu's order, then the
    /// others by id.
    pub lessons: Vec<LessonSummary>,
}

impl ClassSummary {
    /// Every question, lesson by lesson.
    pub fn questions(&self) -> impl Iterator<Item = &QuestionSummary> {
        self.lessons.iter().flat_map(|lesson| &lesson.questions)
    }
}

/// One lesson's results.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonSummary {
    /// The lesson's id (`failure`); empty for questions that name no
    /// lesson of this page.
    pub id: String,
    /// How many learners (files) completed it.
    pub completed: usize,
    /// Their mean score, over the completions that give one.
    pub mean_score: Option<Score>,
    /// Its questions, by step, each step's decisions after it.
    pub questions: Vec<QuestionSummary>,
}

/// One question's answers across the class.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSummary {
    /// Its object id.
    pub id: String,
    /// The step it is asked at (from 1), if its id names one.
    pub step: Option<u32>,
    /// Which decision of "be the event loop" it is (from 1), if one.
    pub turn: Option<u32>,
    /// The lesson's title and the step, as the statements name it.
    pub name: LangMap,
    /// The prompt.
    pub prompt: LangMap,
    /// Its choices, in the order shown, then any answered that the
    /// definitions do not list.
    pub choices: Vec<ChoiceSummary>,
    /// Learners whose last word was an answer.
    pub answered: usize,
    /// Learners whose last word was a skip.
    pub skipped: usize,
    /// Right and wrong answers per confidence: guess, fairly sure, sure,
    /// then not asked.
    pub confidence: [ConfidenceRow; 4],
}

/// One choice and who chose it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceSummary {
    /// Its id in responses.
    pub id: String,
    /// Its text.
    pub text: LangMap,
    /// Whether it is a right answer.
    pub correct: bool,
    /// How many learners chose it.
    pub learners: usize,
    /// The reasons written by those who chose it, in the order of the
    /// files.
    pub reasons: Vec<Reason>,
}

/// A reason a learner gave for their choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// The line they wrote.
    pub text: String,
    /// How sure they said they were.
    pub confidence: Option<Confidence>,
}

/// Right and wrong answers at one confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConfidenceRow {
    /// The level; `None` for answers that gave none (not asked).
    pub level: Option<Confidence>,
    /// Answers that were right.
    pub right: usize,
    /// Answers that were wrong.
    pub wrong: usize,
}

/// Sums up `files`, one learner each.
pub fn summarise(files: &[ResultFile]) -> ClassSummary {
    let mut questions: BTreeMap<&str, QuestionTally> = BTreeMap::new();
    let mut lessons: BTreeMap<String, LessonTally> = BTreeMap::new();
    for file in files {
        let asked = latest(file, |verb| matches!(verb, Verb::Answered | Verb::Skipped));
        for statement in asked {
            questions
                .entry(&statement.object)
                .or_default()
                .add(statement);
        }
        for statement in latest(file, |verb| verb == Verb::Completed) {
            let lesson = lessons.entry(lesson_id(&statement.object)).or_default();
            if statement.completion != Some(false) {
                lesson.completed += 1;
                if let Some(score) = statement.score {
                    lesson.scores.push(score);
                }
            }
        }
    }
    let mut shown: Vec<QuestionSummary> = Vec::new();
    let mut lesson_of = Vec::new();
    for (id, tally) in questions {
        let place = QuestionPlace::parse(id);
        let lesson = match (&place, &tally.parent) {
            (Some(place), _) => place.lesson.to_string(),
            (None, Some(parent)) => lesson_id(parent),
            (None, None) => String::new(),
        };
        lessons.entry(lesson.clone()).or_default();
        lesson_of.push(lesson);
        shown.push(tally.summary(id, place.as_ref()));
    }
    let mut summaries: Vec<LessonSummary> = lessons
        .into_iter()
        .map(|(id, tally)| LessonSummary {
            completed: tally.completed,
            mean_score: mean(&tally.scores),
            questions: Vec::new(),
            id,
        })
        .collect();
    for (question, lesson) in shown.into_iter().zip(lesson_of) {
        if let Some(summary) = summaries.iter_mut().find(|summary| summary.id == lesson) {
            summary.questions.push(question);
        }
    }
    for summary in &mut summaries {
        summary.questions.sort_by(|a, b| {
            let key = |q: &QuestionSummary| (q.step.unwrap_or(u32::MAX), q.turn, q.id.clone());
            key(a).cmp(&key(b))
        });
    }
    summaries.sort_by_key(|summary| (lesson_rank(&summary.id), summary.id.clone()));
    ClassSummary { lessons: summaries }
}

/// Where a built-in lesson stands in the menu; the others after them.
fn lesson_rank(id: &str) -> usize {
    BUILTINS
        .iter()
        .position(|builtin| builtin.id == id)
        .unwrap_or(BUILTINS.len())
}

/// A lesson's id from its object id (`urn:x-vaccination-lot:lesson:ID`),
/// or the whole id if it is not one of this page's.
fn lesson_id(object: &str) -> String {
    object
        .strip_prefix(LESSON_PREFIX)
        .unwrap_or(object)
        .to_string()
}

/// The last statement per object id of the verbs `kept`: the latest by
/// timestamp, then the later in the file.
fn latest(file: &ResultFile, kept: impl Fn(Verb) -> bool) -> Vec<&Statement> {
    let mut last: BTreeMap<&str, &Statement> = BTreeMap::new();
    for statement in file.statements.iter().filter(|s| kept(s.verb)) {
        let earlier = |than: &Statement| match (statement.timestamp, than.timestamp) {
            (Some(this), Some(that)) => this < that,
            _ => false,
        };
        match last.get(statement.object.as_str()) {
            Some(kept) if earlier(kept) => {}
            _ => {
                last.insert(&statement.object, statement);
            }
        }
    }
    last.into_values().collect()
}

/// The mean raw score and mean maximum of `scores`.
fn mean(scores: &[Score]) -> Option<Score> {
    if scores.is_empty() {
        return None;
    }
    let count = scores.len() as f64;
    Some(Score {
        raw: scores.iter().map(|score| score.raw).sum::<f64>() / count,
        max: scores.iter().map(|score| score.max).sum::<f64>() / count,
    })
}

/// Where a question stands, from its id:
/// `urn:x-vaccination-lot:lesson:<lesson>:step:<n>[:loop:<k>]`.
#[derive(Debug, PartialEq)]
struct QuestionPlace<'a> {
    lesson: &'a str,
    step: u32,
    turn: Option<u32>,
}

impl<'a> QuestionPlace<'a> {
    fn parse(id: &'a str) -> Option<QuestionPlace<'a>> {
        let rest = id.strip_prefix(LESSON_PREFIX)?;
        let (rest, turn) = match rest.rsplit_once(":loop:") {
            Some((before, turn)) => (before, Some(turn.parse().ok()?)),
            None => (rest, None),
        };
        let (lesson, step) = rest.rsplit_once(":step:")?;
        Some(QuestionPlace {
            lesson,
            step: step.parse().ok()?,
            turn,
        })
    }
}

/// A lesson's completions, as the files are read.
#[derive(Default)]
struct LessonTally {
    completed: usize,
    scores: Vec<Score>,
}

/// One question's last words, as the files are read.
#[derive(Default)]
struct QuestionTally {
    /// The definitions seen, merged: the first one's choices and answer,
    /// every language's text.
    definition: Definition,
    /// The lesson named by a statement's context.
    parent: Option<String>,
    answers: Vec<Answer>,
    skipped: usize,
}

/// One learner's last answer to a question.
struct Answer {
    response: String,
    success: Option<bool>,
    confidence: Option<Confidence>,
    reason: Option<String>,
}

impl QuestionTally {
    fn add(&mut self, statement: &Statement) {
        if let Some(definition) = &statement.definition {
            self.merge(definition);
        }
        if self.parent.is_none() {
            self.parent.clone_from(&statement.parent);
        }
        match (&statement.verb, &statement.response) {
            (Verb::Answered, Some(response)) => self.answers.push(Answer {
                response: response.clone(),
                success: statement.success,
                confidence: statement.confidence,
                reason: statement
                    .reason
                    .clone()
                    .filter(|text| !text.trim().is_empty()),
            }),
            _ => self.skipped += 1,
        }
    }

    fn merge(&mut self, definition: &Definition) {
        let known = &mut self.definition;
        known.name.merge(&definition.name);
        known.prompt.merge(&definition.prompt);
        for choice in &definition.choices {
            match known.choices.iter_mut().find(|known| known.id == choice.id) {
                Some(known) => known.text.merge(&choice.text),
                None => known.choices.push(choice.clone()),
            }
        }
        if known.correct.is_empty() {
            known.correct.clone_from(&definition.correct);
        }
    }

    fn summary(self, id: &str, place: Option<&QuestionPlace>) -> QuestionSummary {
        let correct = &self.definition.correct;
        let mut choices: Vec<ChoiceSummary> = self
            .definition
            .choices
            .iter()
            .map(|choice| ChoiceSummary {
                id: choice.id.clone(),
                text: choice.text.clone(),
                correct: correct.contains(&choice.id),
                learners: 0,
                reasons: Vec::new(),
            })
            .collect();
        let mut confidence = [
            Some(Confidence::Guess),
            Some(Confidence::FairlySure),
            Some(Confidence::Sure),
            None,
        ]
        .map(|level| ConfidenceRow {
            level,
            right: 0,
            wrong: 0,
        });
        for answer in &self.answers {
            let index = match choices.iter().position(|c| c.id == answer.response) {
                Some(index) => index,
                None => {
                    choices.push(ChoiceSummary {
                        id: answer.response.clone(),
                        text: LangMap::default(),
                        correct: correct.contains(&answer.response),
                        learners: 0,
                        reasons: Vec::new(),
                    });
                    choices.len() - 1
                }
            };
            let choice = &mut choices[index];
            choice.learners += 1;
            if let Some(text) = &answer.reason {
                choice.reasons.push(Reason {
                    text: text.clone(),
                    confidence: answer.confidence,
                });
            }
            // The page's own verdict first; else the definition's answer.
            let right = answer
                .success
                .or_else(|| (!correct.is_empty()).then(|| correct.contains(&answer.response)));
            let row = &mut confidence[answer.confidence.map_or(3, |level| level as usize)];
            match right {
                Some(true) => row.right += 1,
                Some(false) => row.wrong += 1,
                None => {}
            }
        }
        QuestionSummary {
            id: id.to_string(),
            step: place.map(|place| place.step),
            turn: place.and_then(|place| place.turn),
            name: self.definition.name,
            prompt: self.definition.prompt,
            choices,
            answered: self.answers.len(),
            skipped: self.skipped,
            confidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_id_gives_its_lesson_step_and_decision() {
        assert_eq!(
            QuestionPlace::parse("urn:x-vaccination-lot:lesson:failure:step:2"),
            Some(QuestionPlace {
                lesson: "failure",
                step: 2,
                turn: None
            })
        );
        assert_eq!(
            QuestionPlace::parse("urn:x-vaccination-lot:lesson:one-thread:step:4:loop:3"),
            Some(QuestionPlace {
                lesson: "one-thread",
                step: 4,
                turn: Some(3)
            })
        );
        assert_eq!(
            QuestionPlace::parse("urn:x-vaccination-lot:lesson:failure"),
            None
        );
        assert_eq!(QuestionPlace::parse("https://example.org/q/1"), None);
        assert_eq!(
            QuestionPlace::parse("urn:x-vaccination-lot:lesson:a:step:x"),
            None
        );
    }
}
