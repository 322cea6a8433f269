//! Start, pause, step, reset, the speed of play, and the timeline.
//!
//! Props in, callbacks up: the controller acts on the run; these own no
//! state, timer or task.

use yew::prelude::*;

use crate::app::figures::{count, fixed, plain};
use crate::app::settings::{readable_speed, PlaySpeed, Preset, PLAY_SPEED_LIMITS};
use crate::i18n::Messages;
use crate::model::command::RunCommand;
use crate::model::view::Mode;
use crate::model::view::TIMELINE_DOSES_LIMIT;
use crate::tr;

/// Slider positions from 0.01× to 100000×, on a log scale.
pub const SLIDER_STEPS: f64 = 700.0;

/// The play speed at a slider position.
pub fn speed_from_slider(position: f64) -> f64 {
    let (low, high) = PLAY_SPEED_LIMITS;
    let exponent = low.log10() + (high.log10() - low.log10()) * position / SLIDER_STEPS;
    readable_speed(10f64.powf(exponent))
}

/// The slider position of a play speed.
pub fn slider_from_speed(speed: f64) -> f64 {
    let (low, high) = PLAY_SPEED_LIMITS;
    ((speed.log10() - low.log10()) / (high.log10() - low.log10()) * SLIDER_STEPS)
        .clamp(0.0, SLIDER_STEPS)
}

/// How a play speed reads on screen, in the page's language.
pub fn speed_label(messages: &Messages, speed: PlaySpeed) -> String {
    match speed {
        PlaySpeed::Max => tr!(messages, "controls-speed-max"),
        PlaySpeed::Factor(factor) if factor >= 1.0 => {
            tr!(messages, "controls-speed-real-time", factor = plain(factor))
        }
        PlaySpeed::Factor(factor) => {
            tr!(
                messages,
                "controls-speed-slow-motion",
                factor = plain(factor)
            )
        }
    }
}

/// A preset's button's test hook.
const fn preset_testid(preset: Preset) -> &'static str {
    match preset {
        Preset::ArticlePace => "preset-article",
        Preset::RealisticShots => "preset-realistic",
        Preset::AsFastAsPossible => "speed-max",
        Preset::ArticleCountingBug => "preset-counting-bug",
    }
}

/// What the controls show, and where their presses go.
pub struct ControlsProps {
    /// The run's mode: Pause shows while running, Resume while paused, and
    /// Start and Step are disabled once finished.
    pub mode: Mode,
    /// The play speed the slider and its label show.
    pub speed: PlaySpeed,
    /// Where every press goes, as a command to the run.
    pub on_command: Callback<RunCommand>,
    /// The slow pace the first Start chose, while the page plays at it.
    pub turn_pace: Option<f64>,
}

/// Start, pause, step and reset, the speed and the presets.
pub fn controls(i18n: &Messages, props: &ControlsProps) -> Html {
    let running = props.mode == Mode::Running;
    let finished = props.mode == Mode::Finished;
    let start = match props.mode {
        Mode::Paused => "controls-resume",
        _ => "controls-start",
    };
    let title = |id: &str| i18n.text(&format!("{id}.title"));
    let speed = speed_label(i18n, props.speed);
    let on_slider = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(position) = input.value().parse::<f64>() {
                on_command.emit(RunCommand::Speed(PlaySpeed::Factor(speed_from_slider(
                    position,
                ))));
            }
        })
    };
    let slider_value = match props.speed {
        PlaySpeed::Factor(factor) => slider_from_speed(factor),
        PlaySpeed::Max => SLIDER_STEPS,
    };
    let click = |command: RunCommand| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(command.clone()))
    };
    html! {
        <section class="controls" aria-label={tr!(i18n, "controls")}>
            <div class="buttons">
                if running {
                    <button data-testid="pause" class="primary" onclick={click(RunCommand::Pause)}
                            title={title("controls-pause")}>{ tr!(i18n, "controls-pause") }</button>
                } else {
                    <button data-testid="start" class="primary" disabled={finished}
                            onclick={click(RunCommand::Play)} title={title(start)}>{ i18n.text(start) }</button>
                }
                <button data-testid="step" disabled={finished} onclick={click(RunCommand::Step)}
                        title={title("controls-step")}>{ tr!(i18n, "controls-step") }</button>
                <button data-testid="reset" onclick={click(RunCommand::Reset)}
                        title={title("controls-reset")}>{ tr!(i18n, "controls-reset") }</button>
            </div>
            <div class="speed">
                <label for="speed-slider">{ tr!(i18n, "controls-speed") }<strong data-testid="speed-label">{ speed.clone() }</strong></label>
                <input id="speed-slider" data-testid="speed-slider" type="range" min="0"
                       max={SLIDER_STEPS.to_string()} step="1" value={slider_value.to_string()}
                       oninput={on_slider} aria-valuetext={speed} />
                { presets(i18n, &props.on_command) }
            </div>
            if let Some(pace) = props.turn_pace {
                <p class="turn-pace" data-testid="turn-pace" role="status">
                    { tr!(i18n, "controls-turn-pace", speed = plain(pace)) }
                </p>
            }
        </section>
    }
}

/// The one-click presets, each a button that hands its [`Preset`] on.
fn presets(messages: &Messages, on_command: &Callback<RunCommand>) -> Html {
    let button = |preset: Preset| {
        let on_command = on_command.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| on_command.emit(RunCommand::Preset(preset)));
        let id = preset.message_id();
        html! {
            <button data-testid={preset_testid(preset)} {onclick}
                    title={messages.text(&format!("{id}.title"))}>{ messages.text(id) }</button>
        }
    };
    html! {
        <div class="presets" role="group" aria-label={tr!(messages, "presets")}>
            { for Preset::ALL.into_iter().map(button) }
        </div>
    }
}

/// What the timeline shows, and where its moves go.
pub struct TimelineProps {
    /// Events in the whole run; `None` when the run is too long to replay.
    pub total: Option<u64>,
    /// The total is still being measured (just after loading or a change).
    pub pending: bool,
    /// Events shown so far.
    pub shown: u64,
    /// The simulated time reached, read out in seconds by the scrubber.
    pub clock: crate::sim::SimTime,
    /// An event marked on the scrubber: where CPython first differed
    /// from the engine on this run.
    pub marker: Option<u64>,
    /// Where a move of the timeline goes, as a command to the run.
    pub on_command: Callback<RunCommand>,
}

/// Step back, and a scrubber over the whole run. Going back replays the run
/// from the start: a run is determined by its parameters and seed.
pub fn timeline(i18n: &Messages, props: &TimelineProps) -> Html {
    let on_back = {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(RunCommand::StepBack))
    };
    let scrubber = props.total.map(|total| {
        let on_command = props.on_command.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(target) = input.value().parse::<u64>() {
                on_command.emit(RunCommand::Seek(target));
            }
        });
        let mark = props.marker.filter(|at| *at <= total && total > 0).map(|at| {
            let share = at as f64 / total as f64;
            html! {
                <span class="timeline-mark" data-testid="timeline-difference" data-event={at.to_string()}
                      aria-hidden="true" style={format!("--at: {share:.5}")}></span>
            }
        });
        let input = html! {
            <input type="range" class="scrubber" data-testid="timeline" min="0" max={total.to_string()}
                   step="1" value={props.shown.min(total).to_string()} {oninput}
                   aria-label={tr!(i18n, "timeline-scrubber")}
                   aria-valuetext={tr!(i18n, "timeline-value", shown = count(props.shown as f64),
                                       total = count(total as f64), seconds = fixed(props.clock.as_secs_f64(), 2))} />
        };
        match mark {
            // The mark sits over the scrubber, in a track of their own.
            Some(mark) => html! { <span class="scrubber-track">{ input }{ mark }</span> },
            None => input,
        }
    });
    let scrubber = scrubber.or_else(|| {
        // Its place is kept while the run's length is measured.
        props.pending.then(|| {
            html! {
                <input type="range" class="scrubber" min="0" max="1" value="0" disabled=true
                       aria-label={tr!(i18n, "timeline-measuring")} />
            }
        })
    });
    let shown = count(props.shown as f64);
    let position = match (props.total, props.pending) {
        (Some(total), _) => tr!(
            i18n,
            "timeline-position",
            shown = shown,
            total = count(total as f64)
        ),
        (None, true) => tr!(i18n, "timeline-position-pending", shown = shown),
        (None, false) => tr!(
            i18n,
            "timeline-position-too-long",
            shown = shown,
            limit = count(TIMELINE_DOSES_LIMIT as f64)
        ),
    };
    html! {
        <section class="timeline" aria-label={tr!(i18n, "timeline")}>
            <button data-testid="step-back" disabled={props.shown == 0} onclick={on_back}
                    title={tr!(i18n, "timeline-step-back.title")}>{ tr!(i18n, "timeline-step-back") }</button>
            { for scrubber }
            <span class="timeline-position" data-testid="event-position" data-shown={props.shown.to_string()}
                  data-total={props.total.map(|total| total.to_string())}>{ position }</span>
        </section>
    }
}
