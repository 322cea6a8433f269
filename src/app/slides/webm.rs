//! A WebM video recorded by the browser from a canvas, one frame each
//! time the caller asks.
//!
//! The canvas's stream is captured at rate 0 (`captureStream(0)`), so the
//! video has exactly the frames requested (`requestFrame()`); the
//! browser's `MediaRecorder` encodes them (VP8, else VP9) and stamps each
//! with the wall time it came, so the caller paces them at the video's
//! frame rate.

use std::cell::RefCell;
use std::rc::Rc;

use futures::channel::oneshot;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{
    Blob, BlobEvent, BlobPropertyBag, CanvasCaptureMediaStreamTrack, HtmlCanvasElement,
    MediaRecorder, MediaRecorderOptions,
};

use crate::app::browser::error_text;

/// The types tried, in order; the file is `video/webm` whichever it is.
const TYPES: [&str; 3] = [
    "video/webm;codecs=vp8",
    "video/webm;codecs=vp9",
    "video/webm",
];

/// Bits per second of video: sharp text at 1280 × 720 and 10 frames a
/// second, a few hundred KB for a short clip.
const BITS_PER_SECOND: u32 = 4_000_000;

/// Why no video could be recorded.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordError {
    /// The browser records no WebM.
    Unsupported,
    /// The browser refused, in its words.
    Browser(String),
}

/// A recording in progress.
pub struct WebmRecorder {
    recorder: MediaRecorder,
    track: CanvasCaptureMediaStreamTrack,
    chunks: Rc<RefCell<Vec<Blob>>>,
    _on_data: EventListener,
}

impl WebmRecorder {
    /// Starts recording `canvas`; resolves once the recorder has started,
    /// so that no frame requested after it is lost.
    pub async fn start(canvas: &HtmlCanvasElement) -> Result<WebmRecorder, RecordError> {
        let browser = |error: wasm_bindgen::JsValue| RecordError::Browser(error_text(&error));
        let mime = TYPES
            .into_iter()
            .find(|mime| MediaRecorder::is_type_supported(mime))
            .ok_or(RecordError::Unsupported)?;
        let stream = canvas
            .capture_stream_with_frame_request_rate(0.0)
            .map_err(browser)?;
        let track = stream
            .get_video_tracks()
            .get(0)
            .dyn_into::<CanvasCaptureMediaStreamTrack>()
            .map_err(|_| RecordError::Browser("no canvas track".into()))?;
        let options = MediaRecorderOptions::new();
        options.set_mime_type(mime);
        options.set_video_bits_per_second(BITS_PER_SECOND);
        let recorder =
            MediaRecorder::new_with_media_stream_and_media_recorder_options(&stream, &options)
                .map_err(browser)?;
        let chunks = Rc::new(RefCell::new(Vec::new()));
        let on_data = {
            let chunks = chunks.clone();
            EventListener::new(&recorder, "dataavailable", move |event| {
                let data = event
                    .dyn_ref::<BlobEvent>()
                    .and_then(BlobEvent::data)
                    .filter(|blob| blob.size() > 0.0);
                chunks.borrow_mut().extend(data);
            })
        };
        let (_listening, started) = once(&recorder, "start");
        recorder.start().map_err(browser)?;
        started
            .await
            .map_err(|_| RecordError::Browser("the recorder did not start".into()))?;
        Ok(WebmRecorder {
            recorder,
            track,
            chunks,
            _on_data: on_data,
        })
    }

    /// Adds the canvas as it is now (or at its next paint) as a frame.
    pub fn add_frame(&self) {
        self.track.request_frame();
    }

    /// Stops recording; resolves to the whole video.
    pub async fn finish(self) -> Result<Blob, RecordError> {
        let (_listening, stopped) = once(&self.recorder, "stop");
        self.recorder
            .stop()
            .map_err(|error| RecordError::Browser(error_text(&error)))?;
        stopped
            .await
            .map_err(|_| RecordError::Browser("the recorder did not stop".into()))?;
        self.track.stop();
        let parts = js_sys::Array::new();
        for chunk in self.chunks.borrow().iter() {
            parts.push(chunk);
        }
        let options = BlobPropertyBag::new();
        options.set_type("video/webm");
        Blob::new_with_blob_sequence_and_options(&parts, &options)
            .map_err(|error| RecordError::Browser(error_text(&error)))
    }
}

/// Resolves when `target` next fires `event`, while the listener
/// returned beside it is kept.
fn once(
    target: &web_sys::EventTarget,
    event: &'static str,
) -> (EventListener, oneshot::Receiver<()>) {
    let (sender, receiver) = oneshot::channel();
    let listener = EventListener::once(target, event, move |_| {
        let _ = sender.send(());
    });
    (listener, receiver)
}
