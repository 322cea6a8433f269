//! The browser runtime: runs the simulation's tasks on the browser's
//! executor and paces its clock with `requestAnimationFrame`.
//!
//! Owns [`Runner`]: one run in the page, and where it stands (its mode,
//! play speed, events shown, breaks by hand), which live here and nowhere
//! else. It knows nothing of yew's state or components: every frame it
//! reports a [`FrameBatch`] through one callback, which the run's owner
//! (`app::controller`) folds into the view; that batch is the one path by
//! which the page learns the run's state.
//!
//! The station tasks and the supervisor run on wasm-bindgen-futures'
//! single-threaded executor. A frame loop, itself a task on that executor,
//! paces the virtual clock: each animation frame advances simulated time by
//! `wall time × speed`, taking the loop's turns one at a time (the timers
//! due at the next deadline fire together, or a run paused between two
//! turns goes on) and yielding to the executor after each until every
//! woken task has run (the monitor's scheduled count is zero). Work per
//! frame is capped by a budget, and the frame's events go to the page in
//! one batch.
//!
//! While the tab is hidden the browser stops animation frames, so the run
//! pauses and resumes where it was: nothing is lost and nothing piles up.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use yew::Callback;

use crate::sim::{BreakAt, Config, Drive, Event, SimTime, Simulation, TurnDriver};
use crate::sim::{Instrumented, Spawner};

use super::browser::now_ms;
use super::pacing::{frame_wall_ms, next_animation_frame, PlayControls, EVENTS_PER_FRAME_LIMIT};
use super::perf;
use super::playback::Playback;
use super::settings::PlaySpeed;
use crate::model::source::RunSource;
use crate::model::thread::ThreadShown;
pub use crate::model::view::{FrameBatch, Mode};

/// Spawns the simulation's tasks on the browser's executor.
pub struct BrowserSpawner;

impl Spawner for BrowserSpawner {
    fn spawn_task(&self, task: Instrumented) {
        wasm_bindgen_futures::spawn_local(task);
    }
}

/// Returns `Pending` once after waking itself: the task goes to the back
/// of the executor's FIFO queue, behind every task woken before it.
struct YieldNow {
    yielded: bool,
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Work one frame may take, simulation and rendering together [ms]; the
/// simulation gets what the last frame's rendering left of it, so frames
/// stay smooth at any station count.
const FRAME_WORK_TARGET_MS: f64 = 5.5;
/// Bounds of the simulation's share of a frame [ms].
const SIMULATION_BUDGET_MS: (f64, f64) = (2.0, 6.0);
/// Work between two looks at the wall clock: turns of the loop and the
/// events they made, counted together (a turn of a run with a blocking
/// station makes a whole box of events at once).
const EVENTS_PER_BUDGET_CHECK: u32 = 32;
/// Upcoming timers reported per frame.
const UPCOMING_SHOWN: usize = 6;
/// Runs with more stations than this report no per-task snapshots (the
/// inspector's table would be too long to read anyway) and keep no record
/// of the thread.
const INSPECTED_STATIONS_LIMIT: u32 = 30;

struct RunnerState {
    simulation: Simulation,
    seed: u64,
    /// Events produced but not yet handed to the page (stepping shows one
    /// at a time, so a timer's burst of events waits here).
    backlog: RefCell<VecDeque<Event>>,
    /// What the page asked of the run since the last frame.
    controls: PlayControls,
    /// Events handed to the page so far: where the run stands.
    shown: Cell<u64>,
    /// Events the tasks have produced so far (shown or in the backlog).
    produced: Cell<u64>,
    /// The loop's step, shared with the native driver, and the recorded
    /// breaks it repeats.
    driver: RefCell<TurnDriver>,
    /// Every break of this run: those it repeats and those made by hand
    /// since it started, in order.
    breaks: RefCell<Vec<BreakAt>>,
    /// Breaks made by hand since the last frame, for the next one.
    broken: RefCell<Vec<BreakAt>>,
    /// Time of the last event handed out while stepping.
    last_shown: Cell<SimTime>,
    /// In play, the simulated time the frames have reached while the
    /// backlog still holds later events: those of a station that blocked
    /// the thread, made in one turn and shown at their own pace.
    played_to: Cell<Option<SimTime>>,
    stopped: Cell<bool>,
    on_frame: Callback<FrameBatch>,
}

impl RunnerState {
    /// A run on the browser's executor, not yet stepped.
    fn new(
        config: Config,
        seed: u64,
        speed: PlaySpeed,
        breaks: &[BreakAt],
        on_frame: Callback<FrameBatch>,
    ) -> RunnerState {
        RunnerState {
            // The thread's record, for the thread view: kept for runs
            // whose tasks the page shows one by one.
            simulation: if config.stations <= INSPECTED_STATIONS_LIMIT {
                Simulation::start_traced(config, seed, Rc::new(BrowserSpawner))
            } else {
                Simulation::start(config, seed, Rc::new(BrowserSpawner))
            },
            seed,
            backlog: RefCell::new(VecDeque::new()),
            controls: PlayControls::new(speed),
            shown: Cell::new(0),
            produced: Cell::new(0),
            driver: RefCell::new(TurnDriver::new(breaks)),
            breaks: RefCell::new(breaks.to_vec()),
            broken: RefCell::new(Vec::new()),
            last_shown: Cell::new(SimTime::START),
            played_to: Cell::new(None),
            stopped: Cell::new(false),
            on_frame,
        }
    }
}

/// Owns one run in the page: the engine's, live on the browser's
/// executor, or a recorded program's, played from its list
/// ([`Playback`]). Dropping it stops its frames; a live run's simulation
/// goes with them, and so every task is cancelled.
pub struct Runner {
    run: Running,
}

enum Running {
    Live(Rc<RunnerState>),
    Recorded(Playback),
}

impl Drop for Runner {
    fn drop(&mut self) {
        if let Running::Live(state) = &self.run {
            state.stopped.set(true);
        }
    }
}

impl Runner {
    /// Starts the run `source` makes: the engine's (its supervisor and
    /// stations spawned on the browser's executor, repeating its breaks by
    /// hand at the same points), or a recorded program's, and the frames
    /// that report it to `on_frame`.
    pub fn start(source: &RunSource, speed: PlaySpeed, on_frame: Callback<FrameBatch>) -> Runner {
        let live = |config: &Config, seed: u64, breaks: &[BreakAt], on_frame| {
            let state = Rc::new(RunnerState::new(
                config.clone(),
                seed,
                speed,
                breaks,
                on_frame,
            ));
            wasm_bindgen_futures::spawn_local(frame_loop(state.clone()));
            Running::Live(state)
        };
        let run = match source {
            RunSource::Engine {
                config,
                seed,
                breaks,
            } => live(config, *seed, breaks, on_frame),
            RunSource::Recorded(recorded) => {
                match Playback::start(recorded.clone(), speed, on_frame.clone()) {
                    Some(playback) => Running::Recorded(playback),
                    None => live(&recorded.config, recorded.seed, &[], on_frame),
                }
            }
        };
        Runner { run }
    }

    /// The controls the page sets between frames, whichever the run.
    fn controls(&self) -> &PlayControls {
        match &self.run {
            Running::Live(state) => &state.controls,
            Running::Recorded(playback) => playback.controls(),
        }
    }

    /// Where the run stands: ready, playing, paused or finished.
    pub fn mode(&self) -> Mode {
        self.controls().mode.get()
    }

    /// The run as its source: the engine's parameters, seed, and every
    /// break of it so far, those made by hand included; or the recorded
    /// program.
    pub fn source(&self) -> RunSource {
        match &self.run {
            Running::Live(state) => RunSource::engine(
                state.simulation.config().clone(),
                state.seed,
                state.breaks.borrow().clone(),
            ),
            Running::Recorded(playback) => RunSource::Recorded(playback.run().clone()),
        }
    }

    /// The play speed the frames advance the clock at.
    pub fn speed(&self) -> PlaySpeed {
        self.controls().speed.get()
    }

    /// Plays from where the run stands; a finished run stays finished.
    pub fn play(&self) {
        self.controls().play();
    }

    /// Pauses a playing run; in any other mode, does nothing.
    pub fn pause(&self) {
        self.controls().pause();
    }

    /// Shows exactly one more event (pausing first if running).
    pub fn step(&self) {
        self.controls().step();
    }

    /// Moves forward until `events` events in all have been shown (or the
    /// run ends), as fast as the frame budget allows. A run that is not
    /// playing is paused there.
    pub fn seek(&self, events: u64) {
        self.controls().seek(events);
    }

    /// Plays at the current speed until `events` events in all have been
    /// shown, and pauses there (a lesson's answer plays forward to the
    /// moment that shows it).
    pub fn play_until(&self, events: u64) {
        self.controls().play_until(events);
    }

    /// Events shown so far, and those a seek asked for: where the run
    /// stands, or will once the seek is done.
    pub fn position(&self) -> u64 {
        let shown = match &self.run {
            Running::Live(state) => state.shown.get(),
            Running::Recorded(playback) => playback.shown(),
        };
        self.controls().position(shown)
    }

    /// Breaks `station`'s task now, and records the break for replays and
    /// links (reported with the next frame). Returns `false` if the
    /// station had no task asleep, or the run is a recording.
    pub fn break_station(&self, station: u32) -> bool {
        let Running::Live(state) = &self.run else {
            return false;
        };
        if state.controls.mode.get() == Mode::Finished || !state.simulation.is_waiting_for_timers()
        {
            return false;
        }
        let after_events = state.produced.get() + state.simulation.events().len() as u64;
        if !state.simulation.break_station(station) {
            return false;
        }
        let planned = BreakAt {
            after_events,
            station,
        };
        state.breaks.borrow_mut().push(planned);
        state.broken.borrow_mut().push(planned);
        true
    }

    /// Plays at `speed` from the next frame on.
    pub fn set_speed(&self, speed: PlaySpeed) {
        self.controls().speed.set(speed);
    }
}

/// Yields to the executor until every woken station and the supervisor
/// have run and wait again.
async fn settle(state: &RunnerState) {
    while !state.simulation.is_settled() {
        YieldNow { yielded: false }.await;
    }
}

/// Takes the loop's next turn, lets its tasks run, and queues their
/// events: the engine's driver step ([`TurnDriver::next`]), the native
/// runner's too, settling by yielding to the browser's executor. Returns
/// `false` when nothing is left to run.
async fn take_turn(state: &RunnerState) -> bool {
    loop {
        let drive = state
            .driver
            .borrow_mut()
            .next(&state.simulation, || state.produced.get());
        match drive {
            Drive::Settle => settle_and_collect(state).await,
            Drive::Turned => return true,
            Drive::Over => return false,
        }
    }
}

/// Lets woken tasks run and moves their events to the backlog.
async fn settle_and_collect(state: &RunnerState) {
    settle(state).await;
    let events = state.simulation.events();
    let mut backlog = state.backlog.borrow_mut();
    while let Some(event) = events.pop() {
        backlog.push_back(event);
        state.produced.set(state.produced.get() + 1);
    }
}

/// Advances simulated time for one frame of `wall_ms` at `speed`, within
/// the frame budget.
async fn run_frame(state: &RunnerState, wall_ms: f64, started_ms: f64) {
    let budget = (FRAME_WORK_TARGET_MS - perf::last_render_ms())
        .clamp(SIMULATION_BUDGET_MS.0, SIMULATION_BUDGET_MS.1);
    let budget_end = started_ms + budget;
    let clock = state.simulation.clock();
    let target = match state.controls.speed.get() {
        PlaySpeed::Max => None,
        PlaySpeed::Factor(factor) => Some(SimTime::from_secs_f64(
            clock.now().as_secs_f64() + wall_ms / 1000.0 * factor,
        )),
    };
    let mut work = 0u64;
    let produced_before = state.produced.get();
    loop {
        if state.produced.get() - produced_before >= EVENTS_PER_FRAME_LIMIT {
            return;
        }
        if let (Some(target), false) = (target, state.simulation.is_paused()) {
            match clock.next_deadline() {
                Some(deadline) if deadline <= target => {}
                _ => {
                    // A finished run's clock stays at its last event.
                    if !state.simulation.is_finished() {
                        clock.advance_idle_to(target);
                    }
                    return;
                }
            }
        }
        // Past a stop point, no further turn: the backlog then holds only
        // the rest of the stop's own turn, which the timer queue shown
        // allows for (`Simulation::upcoming_before`).
        if state
            .controls
            .stop_at
            .get()
            .is_some_and(|stop| state.produced.get() >= stop)
        {
            return;
        }
        let produced = state.produced.get();
        if !take_turn(state).await {
            return;
        }
        work += 1 + (state.produced.get() - produced);
        if work >= u64::from(EVENTS_PER_BUDGET_CHECK) {
            work = 0;
            if now_ms() >= budget_end {
                // Out of budget: the simulated clock falls behind rather
                // than the page freezing; the next frame starts from here.
                return;
            }
        }
    }
}

/// Runs a whole simulation on the browser's executor, unpaced (no
/// animation frames), handing every event to `on_event`: the same firing
/// and settling as the frame loop, for tests and benchmarks.
pub async fn run_unpaced(config: Config, seed: u64, mut on_event: impl FnMut(&Event)) {
    let state = RunnerState::new(config, seed, PlaySpeed::Max, &[], Callback::noop());
    loop {
        let more = take_turn(&state).await;
        // `take_turn` collects what the tasks produced even when no turn is
        // left, so the backlog holds every event, the last ones included.
        for event in state.backlog.borrow_mut().drain(..) {
            on_event(&event);
        }
        if !more {
            return;
        }
    }
}

/// Work budget of a frame spent seeking [ms]: nothing is drawn in between,
/// so it may take most of the frame.
const SEEK_BUDGET_MS: f64 = 10.0;

/// Hands out events towards a seek target within this frame's budget.
async fn seek_frame(state: &RunnerState, target: u64, started_ms: f64, events: &mut Vec<Event>) {
    let budget_end = started_ms + SEEK_BUDGET_MS;
    let mut handed = 0u32;
    while state.shown.get() + (events.len() as u64) < target {
        if state.backlog.borrow().is_empty() && !take_turn(state).await {
            // The run ended before the target.
            state.controls.seek_target.set(None);
            return;
        }
        hand_out_next(state, events);
        handed += 1;
        if handed % EVENTS_PER_BUDGET_CHECK == 0 && now_ms() >= budget_end {
            return;
        }
    }
    state.controls.seek_target.set(None);
}

/// The page's clock for the run: one animation frame after another until
/// the runner is dropped.
async fn frame_loop(state: Rc<RunnerState>) {
    settle_and_collect(&state).await;
    let mut last_frame_ms: Option<f64> = None;
    let mut last_sent: Option<Shown> = None;
    loop {
        let Some(frame_ms) = next_animation_frame().await else {
            return;
        };
        if state.stopped.get() {
            return;
        }
        let wall_ms = frame_wall_ms(&mut last_frame_ms, frame_ms);
        let started_ms = now_ms();
        let events = frame_events(&state, wall_ms, started_ms).await;
        if state.stopped.get() {
            return;
        }
        report_frame(&state, events, started_ms, &mut last_sent);
    }
}

/// The events one frame shows: towards a seek target, a frame of play, or
/// the steps asked for since the last frame.
async fn frame_events(state: &RunnerState, wall_ms: f64, started_ms: f64) -> Vec<Event> {
    let mut events = Vec::new();
    if let Some(target) = state.controls.seek_target.get() {
        seek_frame(state, target, started_ms, &mut events).await;
    }
    if state.controls.seek_target.get().is_some() {
        return events;
    }
    match state.controls.mode.get() {
        Mode::Running => {
            // Where this frame's play starts: the clock, or, while a
            // blocking turn's events wait, the time shown so far.
            let waiting = !state.backlog.borrow().is_empty();
            let from = match state.played_to.get() {
                Some(played) if waiting => played,
                _ if waiting => state.last_shown.get(),
                _ => state.simulation.clock().now(),
            };
            if !waiting {
                run_frame(state, wall_ms, started_ms).await;
            }
            let until = match state.controls.speed.get() {
                PlaySpeed::Max => None,
                PlaySpeed::Factor(factor) => Some(SimTime::from_secs_f64(
                    from.as_secs_f64() + wall_ms / 1000.0 * factor,
                )),
            };
            hand_out_playing(state, &mut events, until);
        }
        Mode::Ready | Mode::Paused => {
            state.played_to.set(None);
            step_frame(state, &mut events).await;
        }
        Mode::Finished => {}
    }
    events
}

/// Hands out what a frame of play produced, up to simulated time `until`
/// (all of it at `max` speed), stopping at the stop point if one is set:
/// the rest waits in the backlog, as when stepping. A turn makes its
/// events at the times they happen, all ahead of `until` only when a
/// station blocked the thread in it; they then come out at the play's
/// pace, the clock moving while the station holds the thread, as it
/// does in asyncio.
fn hand_out_playing(state: &RunnerState, events: &mut Vec<Event>, until: Option<SimTime>) {
    let stop = state.controls.stop_at.get();
    loop {
        if stop.is_some_and(|stop| state.shown.get() + (events.len() as u64) >= stop) {
            state.controls.stop_at.set(None);
            state.controls.mode.set(Mode::Paused);
            break;
        }
        let due = state
            .backlog
            .borrow()
            .front()
            .map(|event| until.is_none_or(|until| event.at <= until));
        match due {
            Some(true) => {
                hand_out_next(state, events);
            }
            _ => break,
        }
    }
    let waiting = !state.backlog.borrow().is_empty();
    state.played_to.set(until.filter(|_| waiting));
}

/// Hands out one event per step asked for.
async fn step_frame(state: &RunnerState, events: &mut Vec<Event>) {
    let steps = state.controls.steps_requested.replace(0);
    for _ in 0..steps {
        if state.backlog.borrow().is_empty() && !take_turn(state).await {
            return;
        }
        hand_out_next(state, events);
    }
}

/// Moves the backlog's first event into the frame and notes its time (the
/// clock shown while events wait); `false` if the backlog is empty.
fn hand_out_next(state: &RunnerState, events: &mut Vec<Event>) -> bool {
    let Some(event) = state.backlog.borrow_mut().pop_front() else {
        return false;
    };
    state.last_shown.set(event.at);
    events.push(event);
    true
}

/// What a frame last showed of the run besides its events: a frame that
/// would show the same again, with no event, is not sent.
type Shown = (SimTime, Mode, PlaySpeed);

/// Sends the frame's batch to the page, unless nothing changed since the
/// last one (`last_sent`).
fn report_frame(
    state: &RunnerState,
    events: Vec<Event>,
    started_ms: f64,
    last_sent: &mut Option<Shown>,
) {
    let backlog_empty = state.backlog.borrow().is_empty();
    if state.simulation.is_finished() && backlog_empty {
        state.controls.mode.set(Mode::Finished);
    }
    // While events wait in the backlog, show the time of the last one
    // handed out (stepping), or the time play has reached (a blocking
    // turn's events coming out at the play's pace), not the clock that
    // ran ahead to produce them.
    let clock = if backlog_empty {
        state.simulation.clock().now()
    } else {
        state.played_to.get().unwrap_or(state.last_shown.get())
    };
    let (mode, speed) = (state.controls.mode.get(), state.controls.speed.get());
    state.shown.set(state.shown.get() + events.len() as u64);
    let thread = state.simulation.monitor().thread().and_then(|log| {
        let shown = ThreadShown::of(log, state.shown.get());
        log.forget_before(state.shown.get().saturating_sub(1));
        shown
    });
    let broken = std::mem::take(&mut *state.broken.borrow_mut());
    if events.is_empty() && broken.is_empty() && *last_sent == Some((clock, mode, speed)) {
        return;
    }
    *last_sent = Some((clock, mode, speed));
    if mode == Mode::Running {
        perf::frame_simulated(now_ms() - started_ms);
    }
    state.on_frame.emit(FrameBatch {
        events,
        clock,
        mode,
        speed,
        broken,
        // As the timers stood at the last event shown, when stepping
        // leaves some of the turn's events in the backlog.
        upcoming: state
            .simulation
            .upcoming_before(state.backlog.borrow().iter(), UPCOMING_SHOWN),
        tasks: if state.simulation.config().stations <= INSPECTED_STATIONS_LIMIT {
            state.simulation.monitor().snapshot_and_prune()
        } else {
            Vec::new()
        },
        thread,
    });
}
