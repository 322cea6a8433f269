//! What the page's two kinds of run share: the engine's live runs
//! (`runtime`) and recorded programs (`playback`). The controls the page
//! sets between frames ([`PlayControls`]: mode, speed, steps, a seek, a
//! stop), and the animation frames that pace them.

use std::cell::Cell;

use crate::model::view::Mode;

use super::settings::PlaySpeed;

/// Longest wall-clock gap one frame may advance \[ms\]; a frame after a long
/// stall (a hidden tab, a breakpoint) advances this much, not the stall.
pub const MAX_FRAME_GAP_MS: f64 = 100.0;

/// Events one frame of play hands to the page at most: the page folds each
/// one into its view (about a microsecond each), and a frame that makes a
/// whole box of events at once (a blocking station's turn) or a recording
/// at `max` would otherwise hand it tens of thousands.
pub const EVENTS_PER_FRAME_LIMIT: u64 = 4000;

/// Resolves at the next animation frame with its timestamp \[ms\].
pub async fn next_animation_frame() -> Option<f64> {
    let window = web_sys::window()?;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window.request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|stamp| stamp.as_f64())
}

/// Wall time since the last frame \[ms\], at most [`MAX_FRAME_GAP_MS`] (0 for
/// the first); `last_frame_ms` becomes `frame_ms`.
pub fn frame_wall_ms(last_frame_ms: &mut Option<f64>, frame_ms: f64) -> f64 {
    let wall_ms = last_frame_ms.map_or(0.0, |last| (frame_ms - last).clamp(0.0, MAX_FRAME_GAP_MS));
    *last_frame_ms = Some(frame_ms);
    wall_ms
}

/// What the page asks of a run between two frames; the run's frame loop
/// reads it at the next frame.
pub struct PlayControls {
    /// Ready, playing, paused or finished.
    pub mode: Cell<Mode>,
    /// The pace frames advance the clock at.
    pub speed: Cell<PlaySpeed>,
    /// Events to show one at a time, asked for since the last frame.
    pub steps_requested: Cell<u32>,
    /// Hand out events until this many have been shown in all.
    pub seek_target: Cell<Option<u64>>,
    /// While playing, pause once this many events have been shown.
    pub stop_at: Cell<Option<u64>>,
}

impl PlayControls {
    /// A run ready to play at `speed`.
    pub fn new(speed: PlaySpeed) -> PlayControls {
        PlayControls {
            mode: Cell::new(Mode::Ready),
            speed: Cell::new(speed),
            steps_requested: Cell::new(0),
            seek_target: Cell::new(None),
            stop_at: Cell::new(None),
        }
    }

    /// Plays from where the run stands; a finished run stays finished.
    pub fn play(&self) {
        if self.mode.get() != Mode::Finished {
            self.mode.set(Mode::Running);
        }
    }

    /// Pauses a playing run; in any other mode, does nothing.
    pub fn pause(&self) {
        if self.mode.get() == Mode::Running {
            self.mode.set(Mode::Paused);
        }
    }

    /// Shows exactly one more event (pausing first if running).
    pub fn step(&self) {
        match self.mode.get() {
            Mode::Finished => {}
            Mode::Running => self.mode.set(Mode::Paused),
            Mode::Ready | Mode::Paused => {
                self.mode.set(Mode::Paused);
                self.steps_requested.set(self.steps_requested.get() + 1);
            }
        }
    }

    /// Moves forward until `events` events in all have been shown; a run
    /// that is not playing is paused there.
    pub fn seek(&self, events: u64) {
        if self.mode.get() == Mode::Ready {
            self.mode.set(Mode::Paused);
        }
        self.seek_target.set(Some(events));
    }

    /// Plays until `events` events in all have been shown, and pauses there.
    pub fn play_until(&self, events: u64) {
        self.stop_at.set(Some(events));
        self.play();
    }

    /// The events a seek asked for, or else `shown`: where the run stands,
    /// or will once the seek is done.
    pub fn position(&self, shown: u64) -> u64 {
        self.seek_target.get().unwrap_or(shown)
    }
}
