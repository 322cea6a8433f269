//! Be the event loop: the learner makes the loop's choices one at a time
//! (which ready task it resumes, which timer fires), each checked against
//! CPython's rules ([`crate::lesson::loop_decisions`]), and the run goes
//! on from the right one.
//!
//! Both the lesson card and the mode (`loop=1`) draw the same panel
//! ([`loop_panel`]); the mode ([`LoopMode`]) keeps its own [`LoopPlay`]
//! for the run on screen, a lesson's is the lesson's.

use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::loop_play::LoopPlay;
use crate::i18n::Messages;
use crate::lesson::{loop_decisions, DecisionKind, LoopDecision};
use crate::model::command::RunCommand;
use crate::sim::config::RunParams;
use crate::tr;

/// Choices the mode offers on one run, at most: the first ones the run
/// makes, each a moment the learner steps to.
const MODE_DECISIONS: usize = 60;

/// The panel of the choice shown: the question, the options (`loop-choice`,
/// each with `data-correct` once one is picked), the verdict with why
/// (`loop-result`), and the way on.
pub fn loop_panel(
    play: &LoopPlay,
    on_pick: &Callback<usize>,
    on_next: &Callback<()>,
    messages: &Messages,
) -> Html {
    let (decision, number) = play.current();
    let picked = play.picked();
    let options = decision.options.iter().enumerate().map(|(index, label)| {
        let on_pick = on_pick.clone();
        // As a prediction's: the right one marked, the learner's wrong
        // pick kept pressed.
        let state = match picked {
            Some(chosen) if index == decision.correct => {
                Some(if chosen == index { "right" } else { "answer" })
            }
            Some(chosen) if chosen == index => Some("picked"),
            _ => None,
        };
        html! {
            <li>
                <button class={classes!("choice", state)} data-testid="loop-choice"
                        data-answer-label={(state == Some("answer")).then(|| messages.text("lesson-the-answer"))}
                        data-correct={picked.map(|_| (index == decision.correct).to_string())}
                        aria-pressed={(picked == Some(index)).to_string()} disabled={picked.is_some()}
                        onclick={Callback::from(move |_: MouseEvent| on_pick.emit(index))}>
                    { label.format(messages) }
                </button>
            </li>
        }
    });
    let kind = decision.kind.name();
    html! {
        <div class="prediction loop-play" data-testid="loop-play" data-kind={kind}
             data-choice={number.to_string()} data-choices={play.asked().to_string()}
             role="group" aria-labelledby="loop-prompt">
            <p class="loop-count">
                { tr!(messages, "loop-choice-of", number = number, count = play.asked()) }
            </p>
            <p id="loop-prompt" class="prediction-prompt">
                <strong>{ messages.text(match decision.kind {
                    DecisionKind::Resume => "loop-kind-resume",
                    DecisionKind::Fire => "loop-kind-fire",
                }) }{" "}</strong>
                { decision.prompt.format(messages) }
            </p>
            if decision.kind == DecisionKind::Resume {
                <p class="loop-note">{ messages.text("loop-queue-note") }</p>
            }
            <ol class="choices">{ for options }</ol>
            if let Some(chosen) = picked {
                { verdict(decision, chosen, messages) }
                if number < play.asked() {
                    <p class="loop-next">
                        <button class="primary" data-testid="loop-next"
                                onclick={on_next.reform(|_: MouseEvent| ())}>
                            { messages.text("loop-next") }
                        </button>
                    </p>
                } else {
                    <p class="loop-done" data-testid="loop-done" role="status">
                        { tr!(messages, "loop-done", right = play.right(), count = play.asked()) }
                    </p>
                }
            }
        </div>
    }
}

/// Right or not, and why asyncio does what it does.
fn verdict(decision: &LoopDecision, chosen: usize, messages: &Messages) -> Html {
    let correct = chosen == decision.correct;
    let head = if correct {
        messages.text("lesson-right")
    } else {
        tr!(
            messages,
            "loop-asyncio-would",
            answer = decision.options[decision.correct].format(messages)
        )
    };
    html! {
        <p class={classes!("prediction-result", if correct { "right" } else { "wrong" })}
           data-testid="loop-result" data-correct={correct.to_string()} role="status">
            <strong>{ head }</strong>{" "}{ decision.why.format(messages) }
        </p>
    }
}

/// What the mode needs: the run on screen and where its commands go.
#[derive(Properties, PartialEq)]
pub struct LoopModeProps {
    /// The run on screen: its parameters, seed and breaks.
    pub run: RunParams,
    /// Opens the run at a moment.
    pub on_command: Callback<RunCommand>,
}

/// Be-the-loop mode (`loop=1`): the loop's choices on the run on screen,
/// one after the other, from its start; a new run starts them again.
#[component]
pub fn LoopMode(props: &LoopModeProps) -> Html {
    let messages = use_i18n();
    let play = use_state(|| None::<LoopPlay>);
    {
        let (play, on_command) = (play.clone(), props.on_command.clone());
        use_effect_with(props.run.clone(), move |run| {
            let made = LoopPlay::new(loop_decisions(run, 0, MODE_DECISIONS + 1), MODE_DECISIONS);
            if let Some(made) = &made {
                on_command.emit(RunCommand::OpenMoment {
                    run: run.clone(),
                    at: made.moment(),
                });
            }
            play.set(made);
        });
    }
    let goto = {
        let (play, run, on_command) = (play.clone(), props.run.clone(), props.on_command.clone());
        move |next: LoopPlay| {
            on_command.emit(RunCommand::OpenMoment {
                run: run.clone(),
                at: next.moment(),
            });
            play.set(Some(next));
        }
    };
    let body = match &*play {
        None => html! {
            <p class="loop-none" data-testid="loop-none">{ messages.text("loop-none") }</p>
        },
        Some(shown) => {
            let on_pick = {
                let (shown, goto) = (shown.clone(), goto.clone());
                Callback::from(move |index: usize| goto(shown.pick(index)))
            };
            let on_next = {
                let (shown, goto) = (shown.clone(), goto.clone());
                Callback::from(move |()| goto(shown.next()))
            };
            loop_panel(shown, &on_pick, &on_next, &messages)
        }
    };
    html! {
        <section class="loop-mode" data-testid="loop-mode" aria-labelledby="loop-mode-title">
            <h2 id="loop-mode-title">{ messages.text("loop-mode-title") }</h2>
            <p class="loop-mode-intro">{ messages.text("loop-mode-intro") }</p>
            { body }
        </section>
    }
}
