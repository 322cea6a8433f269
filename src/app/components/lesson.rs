//! The lesson card: the step's title, text, where to look, its prediction
//! and the buttons to move on; beside it, the messages about a lesson that
//! could not be opened and the offer to go on from a last visit.
//!
//! Props in, callbacks up. Lesson texts come from files anyone can write,
//! so they are only ever inserted as text, with `dir="auto"` and the
//! lesson's own `lang`.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::lessons::{ActiveLesson, Chosen};
use crate::app::storage::Place;
use crate::lesson::{Focus, Posed};

/// Where a step points, as the card says it.
fn look_at(focus: Focus) -> &'static str {
    match focus {
        Focus::Lot => "the parking lot",
        Focus::Executor => "the executor",
        Focus::Inspector => "the task inspector",
        Focus::Charts => "the charts",
        Focus::Code => "the code",
        Focus::Log => "the event log",
        Focus::Stats => "the statistics",
    }
}

#[derive(Properties, PartialEq)]
pub struct LessonCardProps {
    pub active: Rc<ActiveLesson>,
    /// Whether the run has reached the answer to the learner's prediction.
    pub answer_shown: bool,
    pub on_previous: Callback<()>,
    pub on_next: Callback<()>,
    pub on_exit: Callback<()>,
    pub on_choose: Callback<usize>,
}

#[component]
pub fn LessonCard(props: &LessonCardProps) -> Html {
    let active = &props.active;
    let step = &active.lesson.steps[active.step];
    let text_ref = use_focus_on_each_step(active);
    let card_ref = use_answer_brought_into_view(props.answer_shown);
    let press = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let lang = active.lesson.lang.clone();
    let (number, steps) = (active.step + 1, active.steps());
    html! {
        <section ref={card_ref} class="lesson" data-testid="lesson" data-lesson={active.source.id().to_string()}
                 data-focus={step.focus.map(Focus::as_str)} aria-labelledby="lesson-title">
            <header class="lesson-head">
                <h2 id="lesson-title" data-testid="lesson-title" dir="auto" lang={lang.clone()}>
                    { active.lesson.title.clone() }
                </h2>
                <p class="lesson-step" data-testid="lesson-step" data-step={number.to_string()}
                   data-steps={steps.to_string()}>
                    { format!("Step {number} of {steps}") }
                </p>
            </header>
            // Read out at each new step, whatever has focus.
            <p class="visually-hidden" aria-live="polite" dir="auto" lang={lang.clone()}>
                { format!("Step {number} of {steps}. {}", step.text) }
            </p>
            <p class="lesson-text" data-testid="lesson-text" ref={text_ref} tabindex="-1" dir="auto" lang={lang}>
                { step.text.clone() }
            </p>
            if let Some(focus) = step.focus {
                <p class="lesson-look">{"Look at "}<strong>{ look_at(focus) }</strong>{"."}</p>
            }
            { question(active, props) }
            <nav class="lesson-nav" aria-label="Lesson steps">
                <button data-testid="lesson-prev" disabled={active.step == 0}
                        onclick={press(&props.on_previous)} title="Previous step (Page Up)">{"◀ Previous"}</button>
                <button class="primary" data-testid="lesson-next" disabled={number == steps}
                        onclick={press(&props.on_next)} title="Next step (Page Down)">{"Next ▶"}</button>
                <button data-testid="lesson-exit" onclick={press(&props.on_exit)}>{"Leave lesson"}</button>
            </nav>
        </section>
    }
}

/// Moves focus to the step's text at each new step, so keyboard and
/// screen reader users start reading there; returns the ref to put on it.
#[hook]
fn use_focus_on_each_step(active: &ActiveLesson) -> NodeRef {
    let text_ref = use_node_ref();
    let key = (
        active.source.id().to_string(),
        active.step,
        active.lesson.title.clone(),
    );
    let target = text_ref.clone();
    use_effect_with(key, move |_| {
        // Without scrolling: the page brings the lesson's stage into view
        // itself, keeping the lot on screen.
        if let Some(text) = target.cast::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = text.focus_with_options(&options);
        }
    });
    text_ref
}

/// Brings the answer into view once it shows (on a phone it appears low
/// in the lesson's sheet); returns the ref to put on the card.
#[hook]
fn use_answer_brought_into_view(answer_shown: bool) -> NodeRef {
    let card_ref = use_node_ref();
    let card = card_ref.clone();
    use_effect_with(answer_shown, move |shown| {
        let result = card
            .cast::<web_sys::Element>()
            .filter(|_| *shown)
            .and_then(|card| card.query_selector(".prediction-result").ok().flatten());
        if let Some(result) = result {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            result.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    card_ref
}

/// The step's prediction, or why it cannot be asked here.
fn question(active: &ActiveLesson, props: &LessonCardProps) -> Html {
    match &active.question {
        None => html! {},
        Some(Err(problem)) => html! {
            <p class="lesson-errors" data-testid="lesson-errors" role="alert">
                { format!("This step's question cannot be asked: {problem}.") }
            </p>
        },
        Some(Ok(posed)) => prediction(posed, active.chosen, props.answer_shown, &props.on_choose),
    }
}

/// A question with its choices; once one is chosen and the run has played
/// to the answer, whether it was right and what happened. (Plain functions
/// rather than components draw the lesson's parts: each component costs
/// the bundle its own copy of yew's lifecycle.)
fn prediction(
    posed: &Posed,
    chosen: Option<Chosen>,
    answer_shown: bool,
    on_choose: &Callback<usize>,
) -> Html {
    let chosen = chosen.map(|chosen| chosen.index);
    let choices = posed.choices.iter().enumerate().map(|(index, label)| {
        let on_choose = on_choose.clone();
        let state = match (chosen, answer_shown) {
            (Some(picked), true) if index == posed.correct => Some(if picked == index { "right" } else { "answer" }),
            (Some(picked), _) if picked == index => Some("picked"),
            _ => None,
        };
        html! {
            <li>
                <button class={classes!("choice", state)} data-testid="prediction-choice"
                        aria-pressed={(chosen == Some(index)).to_string()} disabled={chosen.is_some()}
                        onclick={Callback::from(move |_: MouseEvent| on_choose.emit(index))}>
                    { label.clone() }
                </button>
            </li>
        }
    });
    html! {
        <div class="prediction" data-testid="prediction" role="group" aria-labelledby="prediction-prompt">
            <p id="prediction-prompt" class="prediction-prompt"><strong>{"Predict: "}</strong>{ posed.prompt.clone() }</p>
            <ol class="choices">{ for choices }</ol>
            if chosen.is_some() && !answer_shown {
                <p class="prediction-wait" role="status">{"Playing the run forward to the answer…"}</p>
            }
            if let (Some(picked), true) = (chosen, answer_shown) {
                { result(posed, picked) }
            }
        </div>
    }
}

fn result(posed: &Posed, picked: usize) -> Html {
    let correct = picked == posed.correct;
    let verdict = if correct {
        "Right.".to_string()
    } else {
        format!(
            "Not quite: the answer is “{}”.",
            posed.choices[posed.correct]
        )
    };
    html! {
        <p class={classes!("prediction-result", if correct { "right" } else { "wrong" })}
           data-testid="prediction-result" data-correct={correct.to_string()} role="status">
            <strong>{ verdict }</strong>{" "}{ posed.answer.explanation.clone() }
        </p>
    }
}

/// Why the lesson last asked for could not be opened (nothing when it could).
pub fn lesson_problems(problems: &[String], on_dismiss: Callback<()>) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    let items = problems
        .iter()
        .map(|problem| html! { <li dir="auto">{ problem.clone() }</li> });
    html! {
        <div class="param-errors lesson-errors" data-testid="lesson-errors" role="alert">
            <strong>{"The lesson could not be opened:"}</strong>
            <ul>{ for items }</ul>
            <button onclick={on_dismiss.reform(|_: MouseEvent| ())}>{"Dismiss"}</button>
        </div>
    }
}

/// The offer to go on with a lesson from an earlier visit.
pub fn resume_offer(place: &Place, on_resume: Callback<()>, on_decline: Callback<()>) -> Html {
    html! {
        <div class="resume-offer" data-testid="lesson-resume-offer" role="region" aria-label="Continue a lesson">
            <p dir="auto">
                {"Welcome back. Continue the lesson “"}{ place.title.clone() }
                { format!("” at step {}?", place.step + 1) }
            </p>
            <button class="primary" data-testid="lesson-resume" onclick={on_resume.reform(|_: MouseEvent| ())}>
                {"Continue"}
            </button>
            <button data-testid="lesson-resume-decline" onclick={on_decline.reform(|_: MouseEvent| ())}>
                {"No, thanks"}
            </button>
        </div>
    }
}
