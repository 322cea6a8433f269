//! One question's answers across the class: its prompt, each choice with
//! the learners who chose it as a bar (the right one marked in words, not
//! by colour alone) and their reasons folded beneath, the skips, and right
//! and wrong answers per confidence, where a sure and wrong answer shows a
//! misconception.
//!
//! Props in, html out; it owns no state. The prompt, choices and reasons
//! are the files' own text, shown in the page's language where the files
//! give it, each in its own direction.

use yew::prelude::*;

use crate::i18n::Messages;
use crate::model::classroom::{ChoiceSummary, Confidence, ConfidenceRow, QuestionSummary};
use crate::tr;

/// The question's card (`class-question`, `data-answered`).
pub fn question(messages: &Messages, asked: &QuestionSummary) -> Html {
    let lang = messages.locale().tag();
    let place = match (asked.step, asked.turn) {
        (Some(step), Some(turn)) => tr!(messages, "class-step-turn", step = step, turn = turn),
        (Some(step), None) => tr!(messages, "class-step", step = step),
        (None, _) => asked.id.clone(),
    };
    let prompt = asked
        .prompt
        .pick(lang)
        .map(str::to_string)
        .unwrap_or_else(|| tr!(messages, "class-no-prompt"));
    html! {
        <article class="panel class-question" data-testid="class-question" data-question={asked.id.clone()}
                 data-answered={asked.answered.to_string()} data-skipped={asked.skipped.to_string()}>
            <h3>
                { place }
                if let Some(name) = asked.name.pick(lang) { {" "}<small dir="auto">{ name }</small> }
            </h3>
            <p class="class-prompt" dir="auto">{ prompt }</p>
            <p class="class-counts">
                { tr!(messages, "class-answered", count = asked.answered) }{" · "}
                <span data-testid="class-skipped">{ tr!(messages, "class-skipped", count = asked.skipped) }</span>
            </p>
            <ul class="class-choices" aria-label={tr!(messages, "class-choices-caption")}>
                { for asked.choices.iter().map(|choice| choice_line(messages, choice, asked.answered)) }
            </ul>
            { confidence_table(messages, &asked.confidence) }
        </article>
    }
}

/// A choice: its text, whether it is right, its share of the answers as a
/// bar, its count, and the reasons given for it.
fn choice_line(messages: &Messages, choice: &ChoiceSummary, answered: usize) -> Html {
    let lang = messages.locale().tag();
    let text = match choice.text.pick(lang) {
        Some(text) => text.to_string(),
        None => tr!(messages, "class-choice-unknown", id = choice.id.as_str()),
    };
    // Of the learners who answered [%].
    let share = if answered == 0 {
        0.0
    } else {
        choice.learners as f64 * 100.0 / answered as f64
    };
    html! {
        <li class={classes!("class-choice", choice.correct.then_some("correct"))} data-testid="class-choice"
            data-choice={choice.id.clone()} data-count={choice.learners.to_string()}
            data-correct={choice.correct.to_string()}>
            <span class="class-choice-text">
                <span dir="auto">{ text }</span>
                if choice.correct { {" "}<strong class="class-correct">{ tr!(messages, "class-correct") }</strong> }
            </span>
            <span class="class-bar" aria-hidden="true"><span style={format!("inline-size: {share:.1}%")}></span></span>
            <span class="class-choice-count">{ tr!(messages, "class-choice-learners", count = choice.learners) }</span>
            if !choice.reasons.is_empty() {
                <details class="class-reasons">
                    <summary>{ tr!(messages, "class-reasons", count = choice.reasons.len()) }</summary>
                    <ul>
                        { for choice.reasons.iter().map(|reason| html! {
                            <li>
                                <q dir="auto">{ reason.text.clone() }</q>
                                if let Some(level) = reason.confidence { {" "}<small>{ level_name(messages, Some(level)) }</small> }
                            </li>
                        }) }
                    </ul>
                </details>
            }
        </li>
    }
}

/// Right and wrong answers per confidence, the levels with answers only;
/// nothing when no answer could be judged.
fn confidence_table(messages: &Messages, rows: &[ConfidenceRow]) -> Html {
    let shown: Vec<&ConfidenceRow> = rows
        .iter()
        .filter(|row| row.right + row.wrong > 0)
        .collect();
    if shown.is_empty() {
        return Html::default();
    }
    let count = |n: usize| messages.number(n as f64, crate::i18n::NumberStyle::fixed(0));
    html! {
        <table class="class-confidence" data-testid="class-confidence">
            <caption>{ tr!(messages, "class-confidence-caption") }</caption>
            <thead>
                <tr>
                    <th scope="col">{ tr!(messages, "class-confidence-level") }</th>
                    <th scope="col">{ tr!(messages, "class-confidence-right") }</th>
                    <th scope="col">{ tr!(messages, "class-confidence-wrong") }</th>
                </tr>
            </thead>
            <tbody>
                { for shown.into_iter().map(|row| html! {
                    <tr data-testid="class-confidence-row" data-level={row.level.map_or("not-asked", Confidence::name)}
                        data-right={row.right.to_string()} data-wrong={row.wrong.to_string()}
                        class={classes!((row.level == Some(Confidence::Sure) && row.wrong > 0).then_some("sure-and-wrong"))}>
                        <th scope="row">{ level_name(messages, row.level) }</th>
                        <td>{ count(row.right) }</td>
                        <td>{ count(row.wrong) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// A confidence level's name; `None` is "not asked".
fn level_name(messages: &Messages, level: Option<Confidence>) -> String {
    messages.text(match level {
        Some(Confidence::Guess) => "class-confidence-guess",
        Some(Confidence::FairlySure) => "class-confidence-fairly-sure",
        Some(Confidence::Sure) => "class-confidence-sure",
        None => "class-confidence-not-asked",
    })
}
