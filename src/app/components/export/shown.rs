//! The export dialog: the range of simulated time, the size and the
//! speed, with what they make (frames, seconds, pixels) or what is wrong
//! with them; a preview of the moment on screen, the three exports and
//! the progress bar.
//!
//! Owns the dialog's fields and, through `use_export`, the running
//! export (closing the dialog cancels it).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::components::dialog::Dialog;
use crate::app::controller::RunController;
use crate::app::figures::{count, fixed, plain, seconds};
use crate::app::hooks::{use_bool_toggle, BoolToggle};
use crate::app::language::use_i18n;
use crate::app::slides::{
    context_for, paint, use_export, Animation, ExportError, ExportState, Format, Job, Palette,
};
use crate::i18n::Messages;
use crate::model::slides::{
    height_for, picture, FramePlan, Moment, PlanError, FRAMES_PER_SECOND, MAX_FRAMES, SPEEDS,
    WIDTHS,
};
use crate::model::source::RunSource;
use crate::sim::{LotState, SimDuration, SimTime};
use crate::tr;

/// Export's part of the page: whether the dialog is open.
pub struct PageExport {
    run: RunController,
    open: BoolToggle,
}

/// The dialog, open from the start when the address asks (`export=1`).
#[hook]
pub fn use_page_export(run: &RunController, requested: bool) -> PageExport {
    PageExport {
        run: run.clone(),
        open: use_bool_toggle(requested),
    }
}

impl PageExport {
    /// The Export button: opens and closes the dialog.
    pub fn on_open(&self) -> Callback<()> {
        self.open.toggle()
    }

    /// The dialog, when open, on the run and moment on screen.
    pub fn dialog(&self) -> Html {
        if !self.open.is_on() {
            return Html::default();
        }
        let view = &self.run;
        let source = view.source();
        html! {
            <ExportDialog end={latest_moment(view, &source)} {source}
                          lot={view.lot.clone()} clock={view.clock} on_close={self.open.toggle()} />
        }
    }
}

/// The latest moment an export may show: the run's end once the run has
/// been replayed whole for the timeline (its summary is then kept, so
/// nothing is replayed here), else the moment on screen.
fn latest_moment(run: &RunController, source: &RunSource) -> SimTime {
    let end = run
        .timeline_total()
        .and_then(|_| source.summary())
        .map_or(run.clock, |summary| summary.makespan);
    end.max(run.clock)
}

/// The run and the moment to export, and where closing goes.
#[derive(Properties, PartialEq)]
pub struct ExportDialogProps {
    /// The run on screen.
    pub source: RunSource,
    /// Its lot at the moment on screen (the PNG and the preview).
    pub lot: Rc<LotState>,
    /// The moment on screen.
    pub clock: SimTime,
    /// The latest moment that can be exported.
    pub end: SimTime,
    /// Closes the dialog.
    pub on_close: Callback<()>,
}

/// What the reader has typed and chosen. Until the reader types an end or
/// picks a speed, the end follows the moment on screen and the speed the
/// range ([`FramePlan::default_speed`]).
#[derive(Clone, PartialEq)]
struct Fields {
    from: String,
    to: Option<String>,
    width: u32,
    speed: Option<f64>,
}

impl Fields {
    /// The end shown: as typed, or the moment on screen (the whole run,
    /// before it has started).
    fn to(&self, clock: SimTime, end: SimTime) -> String {
        self.to
            .clone()
            .unwrap_or_else(|| seconds_text(if clock > SimTime::START { clock } else { end }, end))
    }

    /// The speed shown: as picked, or the slowest that keeps the range a
    /// short clip.
    fn speed(&self, to: &str) -> f64 {
        let time = |text: &str| text.trim().parse::<f64>().ok().map(SimTime::from_secs_f64);
        self.speed
            .unwrap_or_else(|| match (time(&self.from), time(to)) {
                (Some(from), Some(to)) => FramePlan::default_speed(from, to),
                _ => 1.0,
            })
    }
}

/// The width chosen at first \[px\]: 640 × 360, sharp on a slide and small.
const DEFAULT_WIDTH: u32 = 640;

/// `at` rounded down to a hundredth of a second: a time written so
/// never lies after the run's end.
fn centiseconds(at: SimTime) -> SimTime {
    SimTime::from_micros(at.as_micros() / 10_000 * 10_000)
}

/// A time as the fields show it, in seconds with two decimals: rounded as
/// the clock rounds it, or rounded down where that would pass `end`.
fn seconds_text(at: SimTime, end: SimTime) -> String {
    let rounded = SimTime::from_micros((at.as_micros() + 5_000) / 10_000 * 10_000);
    let shown = if rounded > end {
        centiseconds(at)
    } else {
        rounded
    };
    format!("{:.2}", shown.as_secs_f64())
}

/// The export dialog.
#[component]
pub fn ExportDialog(props: &ExportDialogProps) -> Html {
    let i18n = use_i18n();
    // The run so far by default: from the start to the moment on screen.
    let fields = use_state(|| Fields {
        from: "0".into(),
        to: None,
        width: DEFAULT_WIDTH,
        speed: None,
    });
    let to = fields.to(props.clock, props.end);
    let speed = fields.speed(&to);
    let canvas = use_node_ref();
    let exporter = use_export(canvas.clone(), i18n.0.clone());
    let working = matches!(exporter.state, ExportState::Working { .. });
    {
        // The preview: the moment on screen, at the width chosen, while no
        // export paints on the canvas.
        let canvas = canvas.clone();
        let key = (
            props.lot.clone(),
            props.clock,
            fields.width,
            working,
            i18n.clone(),
        );
        use_effect_with(key, move |(lot, clock, width, working, i18n)| {
            if let (false, Some(element)) = (*working, canvas.cast::<web_sys::HtmlCanvasElement>())
            {
                let moment = Moment {
                    lot,
                    clock: *clock,
                    failure_shown: SimDuration::ZERO,
                };
                let frame = picture(i18n, &moment, *width);
                if let Ok(context) = context_for(&element, &frame) {
                    paint(&context, &frame, &Palette::of_page(&element));
                }
            }
        });
    }
    let plan = FramePlan::new(&fields.from, &to, speed, props.end);
    let frames_ok = plan.is_ok() && !working;
    let clip = |animation: Animation| {
        let (source, width) = (props.source.clone(), fields.width);
        plan.clone().ok().filter(|_| !working).map(|plan| {
            exporter.start.reform(move |_: MouseEvent| Job::Clip {
                animation,
                source: source.clone(),
                plan,
                width,
            })
        })
    };
    let still = {
        let (lot, clock, width) = (props.lot.clone(), props.clock, fields.width);
        exporter.start.reform(move |_: MouseEvent| Job::Still {
            lot: lot.clone(),
            clock,
            width,
        })
    };
    html! {
        <Dialog name="export" title={tr!(i18n, "export-title")} class="export" on_close={props.on_close.clone()}>
            <p class="explain">{ tr!(i18n, "export-intro") }</p>
            <div class="export-fields">
                { time_field(&i18n, "export-from", &fields.from, &fields, |fields, value| Fields { from: value, ..fields }) }
                { time_field(&i18n, "export-to", &to, &fields, |fields, value| Fields { to: Some(value), ..fields }) }
                { width_field(&i18n, &fields) }
                { speed_field(&i18n, &fields, speed) }
            </div>
            <p class="hint">{ tr!(i18n, "export-range-hint", end = seconds(centiseconds(props.end))) }</p>
            { plan_line(&i18n, &plan, fields.width) }
            <canvas ref={canvas} class="export-preview" data-testid="export-preview"
                    aria-label={tr!(i18n, "export-preview.aria-label")} role="img" />
            <div class="export-actions">
                <button data-testid="export-webm" class="primary" disabled={!frames_ok} onclick={clip(Animation::Webm)}>
                    { tr!(i18n, "export-webm") }</button>
                <button data-testid="export-gif" disabled={!frames_ok} onclick={clip(Animation::Gif)}>
                    { tr!(i18n, "export-gif") }</button>
                <button data-testid="export-png" disabled={working} onclick={still}>
                    { tr!(i18n, "export-png") }</button>
            </div>
            { progress(&i18n, &exporter.state) }
        </Dialog>
    }
}

/// A range field: seconds of simulated time, typed.
fn time_field(
    i18n: &Messages,
    id: &'static str,
    value: &str,
    fields: &UseStateHandle<Fields>,
    with: fn(Fields, String) -> Fields,
) -> Html {
    let oninput = {
        let fields = fields.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            fields.set(with((*fields).clone(), value));
        })
    };
    html! {
        <div class="field">
            <label for={id}>{ i18n.text(id) }</label>
            <input {id} data-testid={id} type="text" inputmode="decimal" size="8" value={value.to_string()} {oninput} />
        </div>
    }
}

/// The output's width, each with its 16:9 height.
fn width_field(i18n: &Messages, fields: &UseStateHandle<Fields>) -> Html {
    let onchange = {
        let fields = fields.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(width) = value.parse() {
                fields.set(Fields {
                    width,
                    ..(*fields).clone()
                });
            }
        })
    };
    let option = |width: u32| {
        let label = tr!(
            i18n,
            "export-size",
            width = count(width),
            height = count(height_for(width))
        );
        html! { <option value={width.to_string()} selected={width == fields.width}>{ label }</option> }
    };
    html! {
        <div class="field">
            <label for="export-width">{ tr!(i18n, "export-width") }</label>
            <select id="export-width" data-testid="export-width" {onchange}>{ for WIDTHS.into_iter().map(option) }</select>
        </div>
    }
}

/// The speed: simulated seconds per second of output (`shown`).
fn speed_field(i18n: &Messages, fields: &UseStateHandle<Fields>, shown: f64) -> Html {
    let onchange = {
        let fields = fields.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(speed) = value.parse() {
                fields.set(Fields {
                    speed: Some(speed),
                    ..(*fields).clone()
                });
            }
        })
    };
    let option = |speed: f64| {
        let label = tr!(i18n, "export-speed-option", speed = plain(speed));
        html! { <option value={speed.to_string()} selected={speed == shown}>{ label }</option> }
    };
    html! {
        <div class="field">
            <label for="export-speed">{ tr!(i18n, "export-speed") }</label>
            <select id="export-speed" data-testid="export-speed" {onchange}>{ for SPEEDS.into_iter().map(option) }</select>
        </div>
    }
}

/// What the fields make, or what is wrong with them.
fn plan_line(i18n: &Messages, plan: &Result<FramePlan, PlanError>, width: u32) -> Html {
    match plan {
        Ok(plan) => {
            let seconds = plan.frames as f64 / f64::from(FRAMES_PER_SECOND);
            html! {
                <p class="export-plan" data-testid="export-plan" data-frames={plan.frames.to_string()}
                   data-width={width.to_string()} data-height={height_for(width).to_string()}>
                    { tr!(i18n, "export-frames", frames = count(plan.frames), fps = count(FRAMES_PER_SECOND),
                          seconds = fixed(seconds, 1)) }
                </p>
            }
        }
        Err(error) => html! {
            <p class="form-error" role="alert" data-testid="export-error">{ plan_error(i18n, error) }</p>
        },
    }
}

/// A plan's problem in the page's language, naming what is accepted.
fn plan_error(i18n: &Messages, error: &PlanError) -> String {
    match error {
        PlanError::NotANumber { field, given } => {
            tr!(
                i18n,
                "export-error-not-a-number",
                field = field.as_str(),
                given = given.clone()
            )
        }
        PlanError::OutOfRun { field, end } => {
            tr!(
                i18n,
                "export-error-out-of-run",
                field = field.as_str(),
                end = seconds(centiseconds(*end))
            )
        }
        PlanError::Empty => tr!(i18n, "export-error-empty"),
        PlanError::Speed => tr!(i18n, "export-error-speed"),
        PlanError::TooManyFrames { frames } => {
            tr!(
                i18n,
                "export-error-too-many",
                frames = count(*frames),
                max = count(MAX_FRAMES)
            )
        }
    }
}

/// The progress bar, once an export has started, and its outcome.
fn progress(i18n: &Messages, state: &ExportState) -> Html {
    let (done, total, state_name) = match state {
        ExportState::Idle => (0, 1, "idle"),
        ExportState::Working { done, total, .. } => (*done, *total, "working"),
        ExportState::Saved { frames, .. } => (*frames, *frames, "saved"),
        ExportState::Failed(_) => (0, 1, "failed"),
    };
    let status = match state {
        ExportState::Idle => String::new(),
        ExportState::Working { done, total, .. } => {
            tr!(
                i18n,
                "export-progress",
                done = count(*done),
                total = count(*total)
            )
        }
        ExportState::Saved {
            format: Format::Png,
            ..
        } => tr!(i18n, "export-still-done", file = Format::Png.file_name()),
        ExportState::Saved { format, frames } => {
            tr!(
                i18n,
                "export-done",
                file = format.file_name(),
                frames = count(*frames)
            )
        }
        ExportState::Failed(ExportError::NoWebm) => tr!(i18n, "export-error-no-webm"),
        ExportState::Failed(ExportError::Failed(detail)) => {
            tr!(i18n, "export-error-failed", detail = detail.clone())
        }
    };
    html! {
        <div class="export-progress-row">
            if *state != ExportState::Idle {
                <progress data-testid="export-progress" data-state={state_name} value={done.to_string()}
                          max={total.to_string()} aria-label={status.clone()} />
            }
            <p class="export-status" role="status" data-testid="export-status">{ status }</p>
        </div>
    }
}
