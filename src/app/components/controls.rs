//! Start, pause, step, reset, the speed of play, and the timeline.
//!
//! Props in, callbacks up: the controller acts on the run; these own no
//! state, timer or task.

use yew::prelude::*;

use crate::app::runtime::Mode;
use crate::app::settings::{PlaySpeed, PLAY_SPEED_LIMITS};

/// Slider positions from 0.01× to 100000×, on a log scale.
pub const SLIDER_STEPS: f64 = 700.0;

/// The play speed at a slider position.
pub fn speed_from_slider(position: f64) -> f64 {
    let (low, high) = PLAY_SPEED_LIMITS;
    let exponent = low.log10() + (high.log10() - low.log10()) * position / SLIDER_STEPS;
    // Round to 3 significant digits so the label stays readable.
    let value = 10f64.powf(exponent);
    let magnitude = 10f64.powf(value.log10().floor() - 2.0);
    (value / magnitude).round() * magnitude
}

/// The slider position of a play speed.
pub fn slider_from_speed(speed: f64) -> f64 {
    let (low, high) = PLAY_SPEED_LIMITS;
    ((speed.log10() - low.log10()) / (high.log10() - low.log10()) * SLIDER_STEPS)
        .clamp(0.0, SLIDER_STEPS)
}

/// How a play speed reads on screen.
pub fn speed_label(speed: PlaySpeed) -> String {
    match speed {
        PlaySpeed::Max => "as fast as possible".into(),
        PlaySpeed::Factor(factor) if factor >= 1.0 => format!("{factor}× real time"),
        PlaySpeed::Factor(factor) => format!("{factor}× (slow motion)"),
    }
}

/// Ready-made ways to watch a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The classic example's pace: 1–100 ms shots in real time.
    ArticlePace,
    /// Realistic 1–3 minute shots, played 600× faster than real time.
    RealisticShots,
    /// Every event as fast as the frame budget allows.
    AsFastAsPossible,
    /// The article's loop with every shot equally long: the stations
    /// finish together, so each wait returns them all and its number is
    /// printed once per station.
    ArticleCountingBug,
}

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub mode: Mode,
    pub speed: PlaySpeed,
    pub on_start: Callback<()>,
    pub on_pause: Callback<()>,
    pub on_step: Callback<()>,
    pub on_reset: Callback<()>,
    pub on_speed: Callback<PlaySpeed>,
    pub on_preset: Callback<Preset>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let running = props.mode == Mode::Running;
    let finished = props.mode == Mode::Finished;
    let start_label = match props.mode {
        Mode::Paused => "Resume",
        _ => "Start",
    };
    let on_slider = {
        let on_speed = props.on_speed.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(position) = input.value().parse::<f64>() {
                on_speed.emit(PlaySpeed::Factor(speed_from_slider(position)));
            }
        })
    };
    let slider_value = match props.speed {
        PlaySpeed::Factor(factor) => slider_from_speed(factor),
        PlaySpeed::Max => SLIDER_STEPS,
    };
    let click = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    html! {
        <section class="controls" aria-label="Controls">
            <div class="buttons">
                if running {
                    <button data-testid="pause" class="primary" onclick={click(&props.on_pause)}
                            title="Pause (space)">{"Pause"}</button>
                } else {
                    <button data-testid="start" class="primary" disabled={finished}
                            onclick={click(&props.on_start)} title="Start or resume (space)">{ start_label }</button>
                }
                <button data-testid="step" disabled={finished} onclick={click(&props.on_step)}
                        title="Show exactly one more event (→)">{"Step"}</button>
                <button data-testid="reset" onclick={click(&props.on_reset)}
                        title="Back to the start, with the parameters below (r)">{"Reset"}</button>
            </div>
            <div class="speed">
                <label for="speed-slider">{"Speed: "}<strong data-testid="speed-label">{ speed_label(props.speed) }</strong></label>
                <input id="speed-slider" data-testid="speed-slider" type="range" min="0"
                       max={SLIDER_STEPS.to_string()} step="1" value={slider_value.to_string()}
                       oninput={on_slider} aria-valuetext={speed_label(props.speed)} />
                { presets(&props.on_preset) }
            </div>
        </section>
    }
}

/// The one-click presets, each a button that hands its [`Preset`] on.
fn presets(on_preset: &Callback<Preset>) -> Html {
    let preset = |preset: Preset| {
        let on_preset = on_preset.clone();
        Callback::from(move |_: MouseEvent| on_preset.emit(preset))
    };
    html! {
        <div class="presets" role="group" aria-label="Speed presets">
            <button data-testid="preset-article" onclick={preset(Preset::ArticlePace)}
                    title="1–100 ms shots in real time (resets the run)">{"Article's pace"}</button>
            <button data-testid="preset-realistic" onclick={preset(Preset::RealisticShots)}
                    title="1–3 minute shots at 600× (resets the run)">{"Realistic 1–3 min shots"}</button>
            <button data-testid="speed-max" onclick={preset(Preset::AsFastAsPossible)}
                    title="As many events per frame as fit">{"As fast as possible"}</button>
            <button data-testid="preset-counting-bug" onclick={preset(Preset::ArticleCountingBug)}
                    title="The article's loop with every shot 50 ms long: each wait returns every station (resets the run)">{"The article's counting bug"}</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Events in the whole run; `None` when the run is too long to replay.
    pub total: Option<u64>,
    /// The total is still being measured (just after loading or a change).
    #[prop_or_default]
    pub pending: bool,
    /// Events shown so far.
    pub shown: u64,
    pub clock: crate::sim::SimTime,
    pub finished: bool,
    pub on_seek: Callback<u64>,
    pub on_step_back: Callback<()>,
}

/// Step back, and a scrubber over the whole run. Going back replays the run
/// from the start: a run is determined by its parameters and seed.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let on_back = {
        let on_step_back = props.on_step_back.clone();
        Callback::from(move |_: MouseEvent| on_step_back.emit(()))
    };
    let scrubber = props.total.map(|total| {
        let on_seek = props.on_seek.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(target) = input.value().parse::<u64>() {
                on_seek.emit(target);
            }
        });
        html! {
            <input type="range" class="scrubber" data-testid="timeline" min="0" max={total.to_string()}
                   step="1" value={props.shown.min(total).to_string()} {oninput}
                   aria-label="Timeline: event number"
                   aria-valuetext={format!("event {} of {total}, {} seconds", props.shown, props.clock)} />
        }
    });
    let scrubber = scrubber.or_else(|| {
        // Its place is kept while the run's length is measured.
        props.pending.then(|| {
            html! {
                <input type="range" class="scrubber" min="0" max="1" value="0" disabled=true
                       aria-label="Timeline: measuring the run" />
            }
        })
    });
    let position = match (props.total, props.pending) {
        (Some(total), _) => format!("event {} of {total}", props.shown),
        (None, true) => format!("event {}", props.shown),
        (None, false) => format!(
            "event {} (timeline for runs of up to 200000 doses)",
            props.shown
        ),
    };
    html! {
        <section class="timeline" aria-label="Timeline">
            <button data-testid="step-back" disabled={props.shown == 0} onclick={on_back}
                    title="One event back (←): replays the run up to there">{"◀ Step back"}</button>
            { for scrubber }
            <span class="timeline-position" data-testid="event-position">{ position }</span>
        </section>
    }
}
