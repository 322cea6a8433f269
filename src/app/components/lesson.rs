//! The lesson card: the step's title, text, where to look, its prediction
//! and the buttons to move on; beside it, the messages about a lesson that
//! could not be opened and the offer to go on from a last visit.
//!
//! Props in, callbacks up. Lesson texts come from files anyone can write,
//! so they are only ever inserted as text, with the lesson's own `lang`
//! and direction (a built-in lesson's in the page's language, see
//! `lesson::texts`); the card's own words are the page's messages.

use std::rc::Rc;

use fluent_bundle::FluentArgs;
use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::lessons::{ActiveLesson, Answered, Asked, Chosen, CpythonWait, Said};
use crate::app::storage::Place;
use crate::i18n::Messages;
use crate::lesson::statement::{Confidence, REASON_CHARS_LIMIT};
use crate::lesson::texts::{lesson_text, LessonText, Part};
use crate::lesson::{builtin, Asks, Focus, GoalCheck, Met, Posed, Text};
use crate::model::labels::look_at_id;
use crate::tr;

use super::loop_panel::loop_panel;

/// Stands in for an element inside a message (a private-use character,
/// never in a message's own text).
const MARK: char = '\u{E000}';

/// The message `id` with the variable `name` drawn as `element`: the
/// message is formatted with a mark in that place and cut around it, so
/// each language puts the element where its grammar wants it.
pub fn around(
    messages: &Messages,
    id: &str,
    mut args: FluentArgs<'static>,
    name: &'static str,
    element: Html,
) -> Html {
    args.set(name, MARK.to_string());
    let text = messages.format(id, Some(&args));
    let (before, after) = text.split_once(MARK).unwrap_or((text.as_str(), ""));
    // Right-to-left locales isolate each variable: the marks around the
    // element would only be invisible characters beside it.
    let before = before.trim_end_matches('\u{2068}').to_string();
    let after = after.trim_start_matches('\u{2069}').to_string();
    html! { <>{ before }{ element }{ after }</> }
}

/// A lesson's own text (title or step), with its language and direction.
fn own_text(active: &ActiveLesson, messages: &Messages, part: Part) -> LessonText {
    lesson_text(messages, active.source.builtin(), &active.lesson, part)
}

/// The lesson shown, and where the card's buttons go.
#[derive(Properties, PartialEq)]
pub struct LessonCardProps {
    /// The lesson, its step and the learner's answers.
    pub active: Rc<ActiveLesson>,
    /// Whether the run has reached the answer to the learner's prediction.
    pub answer_shown: bool,
    /// The step's goal, if it sets one (an exercise), checked on the
    /// learner's own run.
    #[prop_or_default]
    pub goal: Option<GoalCheck>,
    /// Goes back a step (disabled at the first).
    pub on_previous: Callback<()>,
    /// Goes on a step (disabled at the last, and until the step's
    /// prediction is answered or skipped).
    pub on_next: Callback<()>,
    /// Leaves the lesson.
    pub on_exit: Callback<()>,
    /// Called with the index of the choice the learner predicts (0-based,
    /// in the order shown).
    pub on_choose: Callback<usize>,
    /// Passes over the step's prediction, on purpose.
    pub on_skip: Callback<()>,
    /// Opens the built-in lesson with this id (from the summary).
    pub on_open_lesson: Callback<&'static str>,
    /// Opens the lessons menu (from the summary of the last one).
    pub on_menu: Callback<()>,
    /// Picks an option of the loop's choice shown (a be-the-loop step).
    pub on_loop_pick: Callback<usize>,
    /// On to the loop's next choice.
    pub on_loop_next: Callback<()>,
    /// How sure the learner is of the prediction.
    pub on_confidence: Callback<Confidence>,
    /// The learner's reason, as typed.
    pub on_reason: Callback<String>,
    /// Downloads the learner's results (from the summary).
    pub on_download: Callback<()>,
}

/// The lesson card: the step's title and text, where to look, its
/// prediction, the summary at the last step, and the buttons to move on.
#[component]
pub fn LessonCard(props: &LessonCardProps) -> Html {
    let messages = use_i18n();
    let active = &props.active;
    let step = &active.lesson.steps[active.step];
    let text_ref = use_focus_on_each_step(active);
    // A prediction's answer once played to, or a loop choice's verdict
    // once picked.
    let loop_picked = active
        .loop_play
        .as_ref()
        .is_some_and(|play| play.picked().is_some());
    let card_ref = use_answer_brought_into_view(props.answer_shown || loop_picked);
    use_goal_brought_into_view(
        &card_ref,
        props.goal.as_ref().map(|goal| GoalShown {
            step: (active.source.id().to_string(), active.step),
            on_program: step.python.is_some(),
            met: goal.met,
            why: goal.why.format(&messages),
        }),
    );
    let press = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let title = own_text(active, &messages, Part::Title);
    let text = own_text(active, &messages, Part::Step(active.step));
    let (number, steps) = (active.step + 1, active.steps());
    html! {
        <section ref={card_ref} class="lesson" data-testid="lesson" data-lesson={active.source.id().to_string()}
                 data-focus={step.focus.map(Focus::as_str)} data-python={step.python.is_some().then_some("true")}
                 aria-labelledby="lesson-title">
            <header class="lesson-head">
                <h2 id="lesson-title" data-testid="lesson-title" dir={title.dir} lang={title.lang.clone()}>
                    { title.text.clone() }
                </h2>
                <p class="lesson-step" data-testid="lesson-step" data-step={number.to_string()}
                   data-steps={steps.to_string()}>
                    { tr!(messages, "lesson-step-of", number = number, steps = steps) }
                </p>
            </header>
            // Read out at each new step, whatever has focus.
            <p class="visually-hidden" aria-live="polite" dir={text.dir} lang={text.lang.clone()}>
                { tr!(messages, "lesson-step-announce", number = number, steps = steps, text = text.text.clone()) }
            </p>
            <p class="lesson-text" data-testid="lesson-text" ref={text_ref} tabindex="-1" dir={text.dir} lang={text.lang.clone()}>
                { text.text.clone() }
            </p>
            if let Some(focus) = step.focus {
                <p class="lesson-look" data-testid="lesson-look" data-focus={focus.as_str()}>
                    <strong>{ messages.text(look_at_id(focus)) }</strong>
                </p>
            }
            { question(active, props, &messages) }
            { goal_view(props.goal.as_ref(), &messages) }
            if number == steps && active.may_go_on() && (props.answer_shown || active.chosen.is_none()) {
                { summary(active, props, &messages) }
            }
            <nav class="lesson-nav" aria-label={messages.text("lesson-nav.aria-label")}>
                <button data-testid="lesson-prev" disabled={active.step == 0}
                        onclick={press(&props.on_previous)} title={messages.text("lesson-previous.title")}>
                    { messages.text("lesson-previous") }
                </button>
                <button class="primary" data-testid="lesson-next" disabled={number == steps || !active.may_go_on()}
                        onclick={press(&props.on_next)} title={messages.text("lesson-next.title")}>
                    { messages.text("lesson-next") }
                </button>
                <button data-testid="lesson-exit" onclick={press(&props.on_exit)}>{ messages.text("lesson-exit") }</button>
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

/// Brings `element` of the lesson's card into view. On a phone the card
/// is the sheet: it scrolls, and the page stays where the step put it (the
/// region in view above the sheet); elsewhere the page scrolls as little
/// as it must.
fn reveal_in_card(card: &web_sys::Element, element: &web_sys::Element) {
    if card.scroll_height() > card.client_height() {
        let below =
            element.get_bounding_client_rect().bottom() - card.get_bounding_client_rect().bottom();
        if below > 0.0 {
            card.set_scroll_top(card.scroll_top() + (below + SHEET_MARGIN_PX).ceil() as i32);
        }
    } else {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Brings the answer into view once it shows (on a phone it appears low
/// in the lesson's sheet); returns the ref to put on the card.
#[hook]
fn use_answer_brought_into_view(answer_shown: bool) -> NodeRef {
    let card_ref = use_node_ref();
    let card = card_ref.clone();
    use_effect_with(answer_shown, move |shown| {
        let Some(card) = card.cast::<web_sys::Element>().filter(|_| *shown) else {
            return;
        };
        let Some(result) = card.query_selector(".prediction-result").ok().flatten() else {
            return;
        };
        reveal_in_card(&card, &result);
    });
    card_ref
}

/// Room left under the answer when the sheet scrolls to it, for the
/// buttons that stay at the sheet's foot [CSS px].
const SHEET_MARGIN_PX: f64 = 72.0;

/// What the card shows of an exercise's goal: at which step, whether it is
/// checked on the step's program, and its verdict with why.
#[derive(Clone, PartialEq)]
struct GoalShown {
    step: (String, usize),
    on_program: bool,
    met: Met,
    why: String,
}

/// Brings the goal into view when the learner's own run checks it again
/// (on a phone it sits low in the lesson's sheet): a new verdict at the
/// same step, after one already shown, or the first one of a run the
/// learner plays. The starter program's first verdict, as the step
/// opens, leaves the step's text where it is.
#[hook]
fn use_goal_brought_into_view(card: &NodeRef, shown: Option<GoalShown>) {
    let previous = use_mut_ref(|| None::<GoalShown>);
    let card = card.clone();
    use_effect_with(shown, move |shown| {
        let before = previous.replace(shown.clone());
        let (Some(now), Some(before)) = (shown, before) else {
            return;
        };
        let rechecked = now.step == before.step
            && now.met != Met::Pending
            && (now.met != before.met || now.why != before.why)
            && (before.met != Met::Pending || !now.on_program);
        let Some(card) = card.cast::<web_sys::Element>().filter(|_| rechecked) else {
            return;
        };
        let Some(goal) = card.query_selector(".lesson-goal").ok().flatten() else {
            return;
        };
        reveal_in_card(&card, &goal);
    });
}

/// The step's prediction, or why it cannot be asked here.
fn question(active: &ActiveLesson, props: &LessonCardProps, messages: &Messages) -> Html {
    if let Some(wait) = &active.cpython {
        return cpython_wait(wait, active, props, messages);
    }
    if let Some(play) = &active.loop_play {
        let asks = active.lesson.steps[active.step].asks;
        let answered = active.answer(active.step);
        return html! {
            <>
                if asks.confidence && play.picked().is_none() {
                    { confidence_choice(&active.said, true, props, messages) }
                }
                { loop_panel(play, &props.on_loop_pick, &props.on_loop_next, messages) }
                if answered == Some(Answered::Skipped) {
                    <p class="prediction-skipped" data-testid="prediction-skipped">{ messages.text("lesson-skipped") }</p>
                } else if answered.is_none() && play.picked().is_none() && play.current().1 == 1 {
                    { skip_button(props, messages) }
                }
            </>
        };
    }
    match &active.question {
        None => html! {},
        Some(Err(problem)) => html! {
            <p class="lesson-errors" data-testid="lesson-errors" role="alert">
                { tr!(messages, "lesson-cannot-ask", problem = problem.format(messages)) }
            </p>
        },
        Some(Ok(posed)) => prediction(
            posed,
            active.chosen,
            active.answer(active.step) == Some(Answered::Skipped),
            (active.lesson.steps[active.step].asks, &active.said),
            props,
            messages,
        ),
    }
}

/// A question CPython answers, before it is posed: the step's program
/// runs in the Python view (or waits for the learner's Run), or could not.
fn cpython_wait(
    wait: &CpythonWait,
    active: &ActiveLesson,
    props: &LessonCardProps,
    messages: &Messages,
) -> Html {
    let skipped = active.answer(active.step) == Some(Answered::Skipped);
    let note = match wait {
        CpythonWait::Running => html! {
            <p class="prediction-wait" role="status" data-testid="lesson-cpython" data-state="running">
                { messages.text("lesson-cpython-running") }
            </p>
        },
        CpythonWait::OnRun => html! {
            <p class="prediction-wait" role="status" data-testid="lesson-cpython" data-state="on-run">
                { messages.text("lesson-cpython-on-run") }
            </p>
        },
        CpythonWait::Failed(reason) => html! {
            <p class="lesson-errors" role="alert" data-testid="lesson-cpython" data-state="failed">
                { tr!(messages, "lesson-cpython-failed", reason = reason.as_str()) }
            </p>
        },
    };
    html! {
        <div class="prediction" data-testid="prediction-pending">
            { note }
            if !skipped {
                { skip_button(props, messages) }
            }
        </div>
    }
}

/// An exercise's goal: what it asks, whether the learner's run meets it,
/// and the figures of that run that decide it.
fn goal_view(goal: Option<&GoalCheck>, messages: &Messages) -> Html {
    let Some(goal) = goal else {
        return Html::default();
    };
    let verdict = match goal.met {
        Met::Yes => "lesson-goal-met",
        Met::No => "lesson-goal-not-met",
        Met::Pending => "lesson-goal-pending",
    };
    html! {
        <div class="lesson-goal" data-testid="lesson-goal" data-met={goal.met.as_str()} role="status">
            <p class="lesson-goal-statement">
                <strong>{ messages.text("lesson-goal-title") }</strong>{" "}{ goal.goal.format(messages) }
            </p>
            <p class="lesson-goal-verdict" data-testid="lesson-goal-why">
                <strong>{ messages.text(verdict) }</strong>{" "}{ goal.why.format(messages) }
            </p>
            if let Some(note) = &goal.note {
                <p class="lesson-goal-note" data-testid="lesson-goal-note">{ note.format(messages) }</p>
            }
        </div>
    }
}

/// The button that passes over the step's prediction, on purpose.
fn skip_button(props: &LessonCardProps, messages: &Messages) -> Html {
    html! {
        <p class="prediction-skip">
            <button data-testid="lesson-skip" title={messages.text("lesson-skip.title")}
                    onclick={props.on_skip.reform(|_: MouseEvent| ())}>
                { messages.text("lesson-skip") }
            </button>
        </p>
    }
}

/// A question with its choices; once one is chosen and the run has played
/// to the answer, whether it was right and what happened. (Plain functions
/// rather than components draw the lesson's parts: each component costs
/// the bundle its own copy of yew's lifecycle.)
fn prediction(
    posed: &Posed,
    chosen: Option<Chosen>,
    skipped: bool,
    (asks, said): (Asks, &Said),
    props: &LessonCardProps,
    messages: &Messages,
) -> Html {
    let (answer_shown, on_choose) = (props.answer_shown, &props.on_choose);
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
                        data-answer-label={(state == Some("answer")).then(|| messages.text("lesson-the-answer"))}
                        aria-pressed={(chosen == Some(index)).to_string()} disabled={chosen.is_some()}
                        onclick={Callback::from(move |_: MouseEvent| on_choose.emit(index))}>
                    { label.format(messages) }
                </button>
            </li>
        }
    });
    html! {
        <div class="prediction" data-testid="prediction" role="group" aria-labelledby="prediction-prompt">
            <p id="prediction-prompt" class="prediction-prompt">
                <strong>{ messages.text("lesson-predict") }{" "}</strong>{ posed.prompt.format(messages) }
            </p>
            if asks.confidence && !skipped {
                { confidence_choice(said, chosen.is_none(), props, messages) }
            }
            if asks.reason && chosen.is_none() && !skipped {
                { reason_input(said, props, messages) }
            }
            <ol class="choices">{ for choices }</ol>
            if chosen.is_none() && skipped {
                <p class="prediction-skipped" data-testid="prediction-skipped">{ messages.text("lesson-skipped") }</p>
            }
            if chosen.is_none() && !skipped {
                { skip_button(props, messages) }
            }
            if chosen.is_some() && !answer_shown {
                <p class="prediction-wait" role="status">{ messages.text("lesson-playing-forward") }</p>
            }
            if let (Some(picked), true) = (chosen, answer_shown) {
                { result(posed, picked, messages) }
            }
            if chosen.is_some() && !said.reason.is_empty() {
                <p class="prediction-reason-shown" data-testid="prediction-reason-shown">
                    <strong>{ messages.text("lesson-your-reason") }{" "}</strong>
                    <q>{ said.reason.clone() }</q>
                </p>
            }
        </div>
    }
}

/// How sure the learner is: three levels, picked before the prediction
/// (`confidence-choice`, `data-level`), shown pressed after it.
fn confidence_choice(
    said: &Said,
    open: bool,
    props: &LessonCardProps,
    messages: &Messages,
) -> Html {
    let levels = Confidence::ALL.into_iter().map(|level| {
        let on_confidence = props.on_confidence.clone();
        let pressed = said.confidence == Some(level);
        html! {
            <button class={classes!("confidence", pressed.then_some("pressed"))} data-testid="confidence-choice"
                    data-level={level.name()} aria-pressed={pressed.to_string()} disabled={!open}
                    onclick={Callback::from(move |_: MouseEvent| on_confidence.emit(level))}>
                { messages.text(match level {
                    Confidence::Guess => "lesson-confidence-guess",
                    Confidence::FairlySure => "lesson-confidence-fairly-sure",
                    Confidence::Sure => "lesson-confidence-sure",
                }) }
            </button>
        }
    });
    html! {
        <div class="confidence-choice" role="group" aria-labelledby="confidence-label">
            <span id="confidence-label">{ messages.text("lesson-confidence") }</span>
            { for levels }
        </div>
    }
}

/// A one-line reason for the prediction, typed before it.
fn reason_input(said: &Said, props: &LessonCardProps, messages: &Messages) -> Html {
    let on_reason = props.on_reason.clone();
    html! {
        <p class="prediction-reason">
            <label for="prediction-reason">{ messages.text("lesson-reason") }</label>
            <input id="prediction-reason" type="text" data-testid="prediction-reason"
                   maxlength={REASON_CHARS_LIMIT.to_string()} value={said.reason.clone()}
                   placeholder={messages.text("lesson-reason.placeholder")}
                   oninput={Callback::from(move |event: InputEvent| {
                       let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                       on_reason.emit(input.value());
                   })} />
        </p>
    }
}

fn result(posed: &Posed, picked: usize, messages: &Messages) -> Html {
    let correct = picked == posed.correct;
    let verdict = if correct {
        messages.text("lesson-right")
    } else {
        let answer = posed.choices[posed.correct].format(messages);
        tr!(messages, "lesson-not-quite", answer = answer)
    };
    html! {
        <p class={classes!("prediction-result", if correct { "right" } else { "wrong" })}
           data-testid="prediction-result" data-correct={correct.to_string()} role="status">
            <strong>{ verdict }</strong>{" "}{ posed.answer.explanation.format(messages) }
        </p>
    }
}

/// The last step's summary: each question, what the learner answered and
/// what the run gave, the lesson's key idea, and the way on.
fn summary(active: &ActiveLesson, props: &LessonCardProps, messages: &Messages) -> Html {
    let asked = active.asked.as_deref().map_or(&[][..], Vec::as_slice);
    let (right, _) = active.prediction_score();
    let lines = asked
        .iter()
        .map(|asked| summary_line(active, asked, messages));
    let (loop_right, loop_asked) = active.loop_score();
    let key_idea = active
        .lesson
        .summary
        .is_some()
        .then(|| own_text(active, messages, Part::Summary));
    let way_on = match active.next_builtin().and_then(next_title(messages)) {
        Some((id, title)) => html! {
            <button class="primary" data-testid="lesson-next-lesson"
                    onclick={props.on_open_lesson.reform(move |_: MouseEvent| id)}>
                { tr!(messages, "lesson-next-lesson", title = title) }
            </button>
        },
        None => html! {
            <button data-testid="lesson-summary-menu" onclick={props.on_menu.reform(|_: MouseEvent| ())}>
                { messages.text("lesson-summary-menu") }
            </button>
        },
    };
    html! {
        <section class="lesson-summary" data-testid="lesson-summary" aria-labelledby="lesson-summary-title"
                 data-right={right.to_string()} data-asked={asked.len().to_string()}>
            if !asked.is_empty() {
                <h3 id="lesson-summary-title">{ messages.text("lesson-summary-title") }</h3>
                <p class="lesson-summary-score" data-testid="lesson-summary-score">
                    { tr!(messages, "lesson-summary-score", right = right, asked = asked.len()) }
                </p>
                <ol class="lesson-summary-answers">{ for lines }</ol>
            }
            if loop_asked > 0 {
                <p class="lesson-summary-loop" data-testid="lesson-summary-loop"
                   data-right={loop_right.to_string()} data-asked={loop_asked.to_string()}>
                    { tr!(messages, "lesson-summary-loop", right = loop_right, asked = loop_asked) }
                </p>
            }
            if let Some(idea) = key_idea {
                <h3 id={asked.is_empty().then_some("lesson-summary-title")}>{ messages.text("lesson-summary-key-idea") }</h3>
                <p class="lesson-key-idea" data-testid="lesson-key-idea" dir={idea.dir} lang={idea.lang.clone()}>
                    { idea.text }
                </p>
            }
            <p class="lesson-summary-way-on">
                { way_on }{" "}
                <button data-testid="results-download" onclick={props.on_download.reform(|_: MouseEvent| ())}
                        title={messages.text("results-download.title")}>
                    { messages.text("results-download") }
                </button>
            </p>
        </section>
    }
}

/// One question in the summary: its step and prompt, then the learner's
/// answer against the run's.
fn summary_line(active: &ActiveLesson, asked: &Asked, messages: &Messages) -> Html {
    let posed = &asked.posed;
    let right = posed.choices[posed.correct].format(messages);
    let (class, said) = match active.answer(asked.step) {
        Some(Answered::Chose(index)) if index == posed.correct => (
            "right",
            tr!(messages, "lesson-summary-right", answer = right),
        ),
        Some(Answered::Chose(index)) => (
            "wrong",
            tr!(
                messages,
                "lesson-summary-wrong",
                answer = posed
                    .choices
                    .get(index)
                    .map(|choice| choice.format(messages))
                    .unwrap_or_default(),
                right = right
            ),
        ),
        Some(Answered::Skipped) => (
            "skipped",
            tr!(messages, "lesson-summary-skipped", right = right),
        ),
        // A be-the-loop step's choices are summed up on their own line.
        Some(Answered::Played { .. }) | None => (
            "unanswered",
            tr!(messages, "lesson-summary-unanswered", right = right),
        ),
    };
    html! {
        <li class={classes!("lesson-summary-answer", class)} data-testid="lesson-summary-answer"
            data-step={(asked.step + 1).to_string()} data-outcome={class}>
            <span class="lesson-summary-prompt">
                { tr!(messages, "lesson-summary-step", step = asked.step + 1, prompt = posed.prompt.format(messages)) }
            </span>
            {" "}<span>{ said }</span>
        </li>
    }
}

/// The built-in lesson `id` with its title in the page's language.
fn next_title(messages: &Messages) -> impl Fn(&'static str) -> Option<(&'static str, String)> + '_ {
    move |id| {
        let lesson = builtin::find(id)?.lesson().ok()?;
        Some((
            id,
            lesson_text(messages, Some(id), &lesson, Part::Title).text,
        ))
    }
}

/// Why the lesson last asked for could not be opened (nothing when it could).
pub fn lesson_problems(problems: &[Text], messages: &Messages, on_dismiss: Callback<()>) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    let items = problems
        .iter()
        .map(|problem| html! { <li dir="auto">{ problem.format(messages) }</li> });
    html! {
        <div class="param-errors lesson-errors" data-testid="lesson-errors" role="alert">
            <strong>{ messages.text("lesson-problems-title") }</strong>
            <ul>{ for items }</ul>
            <button onclick={on_dismiss.reform(|_: MouseEvent| ())}>{ messages.text("lesson-problems-dismiss") }</button>
        </div>
    }
}

/// The title of the lesson kept from an earlier visit: a built-in
/// lesson's in the page's language, a teacher's as stored.
fn kept_title(place: &Place, messages: &Messages) -> String {
    let builtin = place
        .source
        .strip_prefix("builtin:")
        .and_then(builtin::find)
        .and_then(|found| Some((found.id, found.lesson().ok()?)));
    match builtin {
        Some((id, lesson)) => lesson_text(messages, Some(id), &lesson, Part::Title).text,
        // A teacher's title, as stored: kept from turning the offer around.
        None => crate::i18n::isolated(&place.title),
    }
}

/// The offer to go on with a lesson from an earlier visit.
pub fn resume_offer(
    place: &Place,
    messages: &Messages,
    on_resume: Callback<()>,
    on_decline: Callback<()>,
) -> Html {
    let title = kept_title(place, messages);
    html! {
        <div class="resume-offer" data-testid="lesson-resume-offer" role="region"
             aria-label={messages.text("lesson-resume-region.aria-label")}>
            <p dir="auto">
                { tr!(messages, "lesson-resume", title = title, step = place.step + 1) }
            </p>
            <button class="primary" data-testid="lesson-resume" onclick={on_resume.reform(|_: MouseEvent| ())}>
                { messages.text("lesson-resume-continue") }
            </button>
            <button data-testid="lesson-resume-decline" onclick={on_decline.reform(|_: MouseEvent| ())}>
                { messages.text("lesson-resume-decline") }
            </button>
        </div>
    }
}
