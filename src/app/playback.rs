//! Plays a recorded run (a learner's program, run on CPython) in the
//! page: the same controls and the same frames as the engine's live runs
//! (`runtime`), from a list of events already made.
//!
//! Owns [`Playback`]: where the list stands (mode, speed, events shown,
//! a seek or stop asked for). Every animation frame hands the page a
//! [`FrameBatch`] of the events due, paced by the virtual clock at the
//! play speed exactly as a live run's: `wall time × speed` of virtual time
//! per frame, at most 4,000 events. A recorded run has no live tasks and
//! no timers to show: its batches carry none.

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::model::program::Recorded;
use crate::model::view::{FrameBatch, Mode};
use crate::sim::{Event, SimTime};

use super::settings::PlaySpeed;

/// Longest wall-clock gap one frame may advance [ms], as a live run's.
const MAX_FRAME_GAP_MS: f64 = 100.0;
/// Events one frame hands the page at most, as a live run's.
const EVENTS_PER_FRAME_LIMIT: usize = 4000;

struct PlaybackState {
    run: Rc<Recorded>,
    mode: Cell<Mode>,
    speed: Cell<PlaySpeed>,
    /// Events handed to the page so far.
    shown: Cell<usize>,
    steps_requested: Cell<u32>,
    seek_target: Cell<Option<u64>>,
    stop_at: Cell<Option<u64>>,
    /// The virtual time the page shows.
    clock: Cell<SimTime>,
    stopped: Cell<bool>,
    on_frame: Callback<FrameBatch>,
}

/// One recorded run in the page. Dropping it stops its frames.
pub struct Playback {
    state: Rc<PlaybackState>,
}

impl Drop for Playback {
    fn drop(&mut self) {
        self.state.stopped.set(true);
    }
}

impl Playback {
    /// Starts playing `run` (ready, at its first event) and its frames,
    /// each reported to `on_frame`. Always `Some` in this build (the
    /// build without the Python view has none).
    pub fn start(
        run: Rc<Recorded>,
        speed: PlaySpeed,
        on_frame: Callback<FrameBatch>,
    ) -> Option<Playback> {
        let state = Rc::new(PlaybackState {
            run,
            mode: Cell::new(Mode::Ready),
            speed: Cell::new(speed),
            shown: Cell::new(0),
            steps_requested: Cell::new(0),
            seek_target: Cell::new(None),
            stop_at: Cell::new(None),
            clock: Cell::new(SimTime::START),
            stopped: Cell::new(false),
            on_frame,
        });
        wasm_bindgen_futures::spawn_local(frames(state.clone()));
        Some(Playback { state })
    }

    /// The run played.
    pub fn run(&self) -> &Rc<Recorded> {
        &self.state.run
    }

    /// Where it stands: ready, playing, paused or finished.
    pub fn mode(&self) -> Mode {
        self.state.mode.get()
    }

    /// The play speed.
    pub fn speed(&self) -> PlaySpeed {
        self.state.speed.get()
    }

    /// Plays on (a finished run stays finished).
    pub fn play(&self) {
        if self.mode() != Mode::Finished {
            self.state.mode.set(Mode::Running);
        }
    }

    /// Pauses if playing.
    pub fn pause(&self) {
        if self.mode() == Mode::Running {
            self.state.mode.set(Mode::Paused);
        }
    }

    /// Shows one more event (pausing first if playing).
    pub fn step(&self) {
        match self.mode() {
            Mode::Finished => {}
            Mode::Running => self.state.mode.set(Mode::Paused),
            Mode::Ready | Mode::Paused => {
                self.state.mode.set(Mode::Paused);
                let steps = &self.state.steps_requested;
                steps.set(steps.get() + 1);
            }
        }
    }

    /// Moves forward to `events` shown in all.
    pub fn seek(&self, events: u64) {
        if self.mode() == Mode::Ready {
            self.state.mode.set(Mode::Paused);
        }
        self.state.seek_target.set(Some(events));
    }

    /// Plays until `events` are shown, and pauses there.
    pub fn play_until(&self, events: u64) {
        self.state.stop_at.set(Some(events));
        self.play();
    }

    /// Events shown, or those a seek asked for.
    pub fn position(&self) -> u64 {
        self.state
            .seek_target
            .get()
            .unwrap_or(self.state.shown.get() as u64)
    }

    /// Plays at `speed` from the next frame on.
    pub fn set_speed(&self, speed: PlaySpeed) {
        self.state.speed.set(speed);
    }
}

/// Resolves at the next animation frame with its timestamp [ms].
async fn next_animation_frame() -> Option<f64> {
    let window = web_sys::window()?;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window.request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|stamp| stamp.as_f64())
}

/// One frame after another until the playback is dropped.
async fn frames(state: Rc<PlaybackState>) {
    let mut last_frame_ms: Option<f64> = None;
    let mut last_sent: Option<(SimTime, Mode, PlaySpeed)> = None;
    loop {
        let Some(frame_ms) = next_animation_frame().await else {
            return;
        };
        if state.stopped.get() {
            return;
        }
        let wall_ms =
            last_frame_ms.map_or(0.0, |last| (frame_ms - last).clamp(0.0, MAX_FRAME_GAP_MS));
        last_frame_ms = Some(frame_ms);
        let events = frame_events(&state, wall_ms);
        report(&state, events, &mut last_sent);
    }
}

/// The events this frame shows.
fn frame_events(state: &PlaybackState, wall_ms: f64) -> Vec<Event> {
    let all = &state.run.events;
    let from = state.shown.get();
    let mut until = from;
    if let Some(target) = state.seek_target.take() {
        until = usize::try_from(target).unwrap_or(usize::MAX).min(all.len());
    } else {
        match state.mode.get() {
            Mode::Running => {
                let due = match state.speed.get() {
                    PlaySpeed::Max => None,
                    PlaySpeed::Factor(factor) => {
                        let clock = SimTime::from_secs_f64(
                            state.clock.get().as_secs_f64() + wall_ms / 1000.0 * factor,
                        );
                        state.clock.set(clock);
                        Some(clock)
                    }
                };
                until = all[from..]
                    .iter()
                    .take(EVENTS_PER_FRAME_LIMIT)
                    .take_while(|event| due.is_none_or(|due| event.at <= due))
                    .count()
                    + from;
                if let Some(stop) = state.stop_at.get() {
                    let stop = usize::try_from(stop).unwrap_or(usize::MAX);
                    if until >= stop {
                        until = stop.max(from).min(all.len());
                        state.stop_at.set(None);
                        state.mode.set(Mode::Paused);
                    }
                }
            }
            Mode::Ready | Mode::Paused => {
                let steps = state.steps_requested.replace(0) as usize;
                until = (from + steps).min(all.len());
            }
            Mode::Finished => {}
        }
    }
    let events = all[from..until].to_vec();
    state.shown.set(until);
    if let Some(last) = events.last() {
        if state.mode.get() != Mode::Running || last.at > state.clock.get() {
            state.clock.set(last.at);
        }
    }
    if until == all.len() {
        state.mode.set(Mode::Finished);
    }
    events
}

/// Sends the frame's batch, unless nothing changed since the last one.
fn report(
    state: &PlaybackState,
    events: Vec<Event>,
    last_sent: &mut Option<(SimTime, Mode, PlaySpeed)>,
) {
    let shown = (state.clock.get(), state.mode.get(), state.speed.get());
    if events.is_empty() && *last_sent == Some(shown) {
        return;
    }
    *last_sent = Some(shown);
    let (clock, mode, speed) = shown;
    state.on_frame.emit(FrameBatch {
        events,
        clock,
        mode,
        speed,
        upcoming: Vec::new(),
        tasks: Vec::new(),
        broken: Vec::new(),
    });
}
