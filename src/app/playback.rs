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

use super::pacing::{frame_wall_ms, next_animation_frame, PlayControls, EVENTS_PER_FRAME_LIMIT};
use super::settings::PlaySpeed;

struct PlaybackState {
    run: Rc<Recorded>,
    /// What the page asked of the run since the last frame.
    controls: PlayControls,
    /// Events handed to the page so far.
    shown: Cell<usize>,
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
            controls: PlayControls::new(speed),
            shown: Cell::new(0),
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

    /// The controls the page sets between frames.
    pub fn controls(&self) -> &PlayControls {
        &self.state.controls
    }

    /// Events handed to the page so far.
    pub fn shown(&self) -> u64 {
        self.state.shown.get() as u64
    }
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
        let wall_ms = frame_wall_ms(&mut last_frame_ms, frame_ms);
        let events = frame_events(&state, wall_ms);
        report(&state, events, &mut last_sent);
    }
}

/// The events this frame shows.
fn frame_events(state: &PlaybackState, wall_ms: f64) -> Vec<Event> {
    let all = &state.run.events;
    let from = state.shown.get();
    let mut until = from;
    if let Some(target) = state.controls.seek_target.take() {
        until = usize::try_from(target).unwrap_or(usize::MAX).min(all.len());
    } else {
        match state.controls.mode.get() {
            Mode::Running => {
                let due = match state.controls.speed.get() {
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
                    .take(EVENTS_PER_FRAME_LIMIT as usize)
                    .take_while(|event| due.is_none_or(|due| event.at <= due))
                    .count()
                    + from;
                if let Some(stop) = state.controls.stop_at.get() {
                    let stop = usize::try_from(stop).unwrap_or(usize::MAX);
                    if until >= stop {
                        until = stop.max(from).min(all.len());
                        state.controls.stop_at.set(None);
                        state.controls.mode.set(Mode::Paused);
                    }
                }
            }
            Mode::Ready | Mode::Paused => {
                let steps = state.controls.steps_requested.replace(0) as usize;
                until = (from + steps).min(all.len());
            }
            Mode::Finished => {}
        }
    }
    let events = all[from..until].to_vec();
    state.shown.set(until);
    if let Some(last) = events.last() {
        if state.controls.mode.get() != Mode::Running || last.at > state.clock.get() {
            state.clock.set(last.at);
        }
    }
    if until == all.len() {
        state.controls.mode.set(Mode::Finished);
    }
    events
}

/// Sends the frame's batch, unless nothing changed since the last one.
fn report(
    state: &PlaybackState,
    events: Vec<Event>,
    last_sent: &mut Option<(SimTime, Mode, PlaySpeed)>,
) {
    let shown = (
        state.clock.get(),
        state.controls.mode.get(),
        state.controls.speed.get(),
    );
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
        thread: None,
    });
}
