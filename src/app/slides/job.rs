//! One export, from the frames' times to the file downloaded.
//!
//! ```text
//!   for each frame k:  Moments::at(plan.time(k)) ─► picture() ─► paint on the canvas
//!                        ├─ WebM: requestFrame() at k / fps of wall time (MediaRecorder)
//!                        └─ GIF:  the canvas's RGBA ─► the GIF module's add_frame
//!   then               the video or the GIF module's file ─► download
//!   (PNG: the moment on screen painted once ─► canvas.toBlob ─► download)
//! ```
//!
//! Runs as a task on the page's executor, yielding between frames, so the
//! page (and its run) goes on and the progress bar moves. Every failure
//! is an [`ExportError`], never a panic.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, HtmlCanvasElement};

use crate::app::browser::{download_blob, error_text, now_ms};
use crate::i18n::Messages;
use crate::model::slides::{picture, FramePlan, Moment, Moments, FRAMES_PER_SECOND};
use crate::model::source::RunSource;
use crate::sim::{LotState, SimDuration, SimTime};

use super::gif::gif_encoder;
use super::paint::{context_for, inks_rgb, paint, Palette};
use super::webm::{RecordError, WebmRecorder};

/// What an export makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A video, recorded by the browser.
    Webm,
    /// An animated GIF, by the GIF module.
    Gif,
    /// The moment on screen, still.
    Png,
}

impl Format {
    /// The downloaded file's name.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Webm => "vaccination-lot.webm",
            Format::Gif => "vaccination-lot.gif",
            Format::Png => "vaccination-lot.png",
        }
    }
}

/// What a clip is made into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Animation {
    /// A WebM video.
    Webm,
    /// An animated GIF.
    Gif,
}

impl Animation {
    /// The file it makes.
    pub fn format(self) -> Format {
        match self {
            Animation::Webm => Format::Webm,
            Animation::Gif => Format::Gif,
        }
    }
}

/// An export asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// The run's frames over a range: a WebM or a GIF.
    Clip {
        /// A video or a GIF.
        animation: Animation,
        /// The run whose frames they are.
        source: RunSource,
        /// Which moments.
        plan: FramePlan,
        /// Output width \[px\].
        width: u32,
    },
    /// The lot on screen, as a PNG.
    Still {
        /// The lot as the page shows it.
        lot: Rc<LotState>,
        /// The page's clock.
        clock: SimTime,
        /// Output width \[px\].
        width: u32,
    },
}

impl Job {
    /// What the job makes.
    pub fn format(&self) -> Format {
        match self {
            Job::Clip { animation, .. } => animation.format(),
            Job::Still { .. } => Format::Png,
        }
    }
}

/// Why an export stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportError {
    /// The browser records no WebM video.
    NoWebm,
    /// Anything else, in the browser's or the encoder's words.
    Failed(String),
}

impl From<String> for ExportError {
    fn from(detail: String) -> ExportError {
        ExportError::Failed(detail)
    }
}

impl From<RecordError> for ExportError {
    fn from(error: RecordError) -> ExportError {
        match error {
            RecordError::Unsupported => ExportError::NoWebm,
            RecordError::Browser(detail) => ExportError::Failed(detail),
        }
    }
}

/// What is there to see of an export.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportState {
    /// None started.
    Idle,
    /// Frames being made: `done` of `total`.
    Working {
        /// What it makes.
        format: Format,
        /// Frames made.
        done: u64,
        /// Frames in all.
        total: u64,
    },
    /// The file was offered for download.
    Saved {
        /// What it made.
        format: Format,
        /// Its frames (1 for a still).
        frames: u64,
    },
    /// It stopped.
    Failed(ExportError),
}

/// Where a job paints, in which words and colours, and whom it tells.
pub struct Studio {
    /// The canvas every frame is painted on (the dialog's preview).
    pub canvas: HtmlCanvasElement,
    /// The page's language, for the frames' words.
    pub messages: Rc<Messages>,
    /// The page's colours.
    pub palette: Palette,
    /// Told each frame made: (done, total).
    pub on_progress: Box<dyn Fn(u64, u64)>,
    /// Set when whoever asked has gone (the dialog closed): the job stops
    /// at the next frame.
    pub cancelled: Rc<Cell<bool>>,
}

/// Carries out `job` and offers its file for download; resolves to the
/// frames made, or `None` if it was cancelled.
pub async fn run(job: Job, studio: Studio) -> Result<Option<u64>, ExportError> {
    match job {
        Job::Clip {
            animation,
            source,
            plan,
            width,
        } => clip(animation, &source, plan, width, &studio).await,
        Job::Still { lot, clock, width } => {
            let blob = still(&lot, clock, width, &studio).await?;
            download_blob(Format::Png.file_name(), &blob)?;
            Ok(Some(1))
        }
    }
}

/// Wall time between frames of output \[ms\].
const FRAME_MS: f64 = 1000.0 / FRAMES_PER_SECOND as f64;

/// The frames of `plan`, painted and made into `animation`, downloaded.
async fn clip(
    animation: Animation,
    source: &RunSource,
    plan: FramePlan,
    width: u32,
    studio: &Studio,
) -> Result<Option<u64>, ExportError> {
    let mut moments = Moments::of(source);
    // A failure stays marked for a second of output, so each one shows
    // though its station restarts at the same instant.
    let failure_shown =
        SimDuration::from_micros(plan.step.as_micros() * u64::from(FRAMES_PER_SECOND));
    let paint_frame = |moments: &mut Moments, k: u64| -> Result<Option<Vec<u8>>, ExportError> {
        let at = plan.time(k);
        let lot = moments
            .at(at)
            .map_err(|error| ExportError::Failed(error.to_string()))?;
        let moment = Moment {
            lot,
            clock: at,
            failure_shown,
        };
        let frame = picture(&studio.messages, &moment, width);
        let context = context_for(&studio.canvas, &frame)?;
        paint(&context, &frame, &studio.palette);
        if animation != Animation::Gif {
            return Ok(None);
        }
        let pixels = context
            .get_image_data(0.0, 0.0, f64::from(frame.width), f64::from(frame.height))
            .map_err(|error| error_text(&error))?;
        Ok(Some(pixels.data().0))
    };
    let blob = match animation {
        Animation::Webm => {
            // Sized and painted before the stream is captured.
            paint_frame(&mut moments, 0)?;
            let recorder = WebmRecorder::start(&studio.canvas).await?;
            let start = now_ms();
            for k in 0..plan.frames {
                if studio.cancelled.get() {
                    let _ = recorder.finish().await;
                    return Ok(None);
                }
                if k > 0 {
                    paint_frame(&mut moments, k)?;
                }
                // Each frame at its time of output: the recorder stamps
                // frames with the wall time they come at.
                wait_until(start + k as f64 * FRAME_MS).await;
                recorder.add_frame();
                (studio.on_progress)(k + 1, plan.frames);
            }
            // The last frame is shown for a frame's time too.
            wait_until(start + plan.frames as f64 * FRAME_MS).await;
            recorder.finish().await?
        }
        Animation::Gif => {
            let height = crate::model::slides::height_for(width);
            let delay = (100 / FRAMES_PER_SECOND) as u16;
            let inks = inks_rgb(&studio.canvas, &studio.palette)?;
            let encoder = gif_encoder(width, height, delay, &inks).await?;
            for k in 0..plan.frames {
                if studio.cancelled.get() {
                    return Ok(None);
                }
                let pixels = paint_frame(&mut moments, k)?.unwrap_or_default();
                encoder
                    .add_frame(&pixels)
                    .map_err(|error| error_text(&error))?;
                (studio.on_progress)(k + 1, plan.frames);
                // Lets the page draw the progress (and play its run).
                TimeoutFuture::new(0).await;
            }
            let bytes = encoder.finish().map_err(|error| error_text(&error))?;
            blob_of(&bytes, "image/gif")?
        }
    };
    download_blob(animation.format().file_name(), &blob)?;
    Ok(Some(plan.frames))
}

/// The lot on screen painted once, as a PNG.
async fn still(
    lot: &LotState,
    clock: SimTime,
    width: u32,
    studio: &Studio,
) -> Result<Blob, ExportError> {
    let moment = Moment {
        lot,
        clock,
        failure_shown: SimDuration::ZERO,
    };
    let frame = picture(&studio.messages, &moment, width);
    let context = context_for(&studio.canvas, &frame)?;
    paint(&context, &frame, &studio.palette);
    let canvas = studio.canvas.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(error) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|error| error_text(&error))?
        .dyn_into::<Blob>()
        .map_err(|_| ExportError::Failed("the canvas gave no picture".into()))
}

/// `bytes` as a Blob of type `mime`.
fn blob_of(bytes: &js_sys::Uint8Array, mime: &str) -> Result<Blob, ExportError> {
    let parts = js_sys::Array::of1(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|error| ExportError::Failed(error_text(&error)))
}

/// Resolves at `deadline` \[ms of `now_ms`\], or at once if it has passed.
async fn wait_until(deadline: f64) {
    let wait = (deadline - now_ms()).max(0.0);
    TimeoutFuture::new(wait.ceil() as u32).await;
}
