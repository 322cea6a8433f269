//! The browser runtime: runs the simulation's tasks on the browser's
//! executor and paces its clock with `requestAnimationFrame`.
//!
//! Owns [`Runner`] (one run in the page, its mode and its frame loop) and
//! [`FrameBatch`], what each frame hands to the page. It knows nothing of
//! yew's state or components: it reports through two callbacks, and the
//! run controller (`app::controller`) wires them to the store.
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
use crate::sim::{Instrumented, Spawner, TaskSnapshot};

use super::browser::now_ms;
use super::perf;
use super::settings::PlaySpeed;

/// Spawns the simulation's tasks on the browser's executor.
pub struct BrowserSpawner;

impl Spawner for BrowserSpawner {
    fn spawn_task(&self, task: Instrumented) {
        wasm_bindgen_futures::spawn_local(task);
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

/// The run's lifecycle as the page shows it (`data-testid="status"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Ready,
    Running,
    Paused,
    Finished,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Ready => "ready",
            Mode::Running => "running",
            Mode::Paused => "paused",
            Mode::Finished => "finished",
        }
    }
}

/// What one frame hands to the page.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameBatch {
    /// Events in order; every event of the run reaches the page once.
    pub events: Vec<Event>,
    /// The simulated time to show.
    pub clock: SimTime,
    pub mode: Mode,
    /// Upcoming timers (deadline, station), soonest first.
    pub upcoming: Vec<(SimTime, u32)>,
    /// The monitor's view of the live tasks (empty for large runs).
    pub tasks: Vec<TaskSnapshot>,
}

/// Longest wall-clock gap one frame may advance [ms]; a frame after a long
/// stall (a hidden tab, a breakpoint) advances this much, not the stall.
const MAX_FRAME_GAP_MS: f64 = 100.0;
/// Work one frame may take, simulation and rendering together [ms]; the
/// simulation gets what the last frame's rendering left of it, so frames
/// stay smooth at any station count.
const FRAME_WORK_TARGET_MS: f64 = 5.5;
/// Events one frame of play hands to the page at most: the page folds each
/// one into its view (about a microsecond each), which the simulation's
/// budget does not count, and a run whose turns each make a whole box of
/// events (a blocking station) would otherwise hand it tens of thousands.
const EVENTS_PER_FRAME_LIMIT: u64 = 4000;
/// Bounds of the simulation's share of a frame [ms].
const SIMULATION_BUDGET_MS: (f64, f64) = (2.0, 6.0);
/// Work between two looks at the wall clock: turns of the loop and the
/// events they made, counted together (a turn of a run with a blocking
/// station makes a whole box of events at once).
const EVENTS_PER_BUDGET_CHECK: u32 = 32;
/// Upcoming timers reported per frame.
const UPCOMING_SHOWN: usize = 6;
/// Runs with more stations than this report no per-task snapshots (the
/// inspector's table would be too long to read anyway).
const INSPECTED_STATIONS_LIMIT: u32 = 30;

/// Where a runner reports to.
pub struct RunnerReports {
    /// Each frame's events and what to show with them.
    pub on_frame: Callback<FrameBatch>,
    /// Every change of the run's mode, as it happens (a press of start
    /// shows at once, not at the next frame).
    pub on_mode: Callback<Mode>,
}

struct RunnerState {
    simulation: Simulation,
    /// Events produced but not yet handed to the page (stepping shows one
    /// at a time, so a timer's burst of events waits here).
    backlog: RefCell<VecDeque<Event>>,
    /// The run's mode: this is the one place it lives; the page's store
    /// follows it through `on_mode` and the frame batches.
    mode: Cell<Mode>,
    speed: Cell<PlaySpeed>,
    steps_requested: Cell<u32>,
    /// Hand out events until this many have been handed out in all.
    seek_target: Cell<Option<u64>>,
    /// While playing, pause once this many events have been handed out.
    stop_at: Cell<Option<u64>>,
    /// Events handed to the page so far.
    emitted: Cell<u64>,
    /// Events the tasks have produced so far (handed out or in the backlog).
    produced: Cell<u64>,
    /// The loop's step, shared with the native driver, and the recorded
    /// breaks it repeats.
    driver: RefCell<TurnDriver>,
    /// Time of the last event handed out while stepping.
    last_shown: Cell<SimTime>,
    stopped: Cell<bool>,
    reports: RunnerReports,
}

impl RunnerState {
    /// A run on the browser's executor, not yet stepped.
    fn new(
        config: Config,
        seed: u64,
        speed: PlaySpeed,
        breaks: &[BreakAt],
        reports: RunnerReports,
    ) -> RunnerState {
        RunnerState {
            simulation: Simulation::start(config, seed, Rc::new(BrowserSpawner)),
            backlog: RefCell::new(VecDeque::new()),
            mode: Cell::new(Mode::Ready),
            speed: Cell::new(speed),
            steps_requested: Cell::new(0),
            seek_target: Cell::new(None),
            stop_at: Cell::new(None),
            emitted: Cell::new(0),
            produced: Cell::new(0),
            driver: RefCell::new(TurnDriver::new(breaks)),
            last_shown: Cell::new(SimTime::START),
            stopped: Cell::new(false),
            reports,
        }
    }

    /// Changes the mode and tells the page.
    fn set_mode(&self, mode: Mode) {
        if self.mode.replace(mode) != mode {
            self.reports.on_mode.emit(mode);
        }
    }
}

/// Owns one run in the page. Dropping it stops the frame loop, which drops
/// the simulation and so cancels every task.
pub struct Runner {
    state: Rc<RunnerState>,
}

impl Drop for Runner {
    fn drop(&mut self) {
        self.state.stopped.set(true);
    }
}

impl Runner {
    /// Spawns the run's supervisor and the frame loop. `breaks` are
    /// stations broken by hand in an earlier showing of this run, repeated
    /// at the same points.
    pub fn start(
        config: Config,
        seed: u64,
        speed: PlaySpeed,
        breaks: &[BreakAt],
        reports: RunnerReports,
    ) -> Runner {
        let state = Rc::new(RunnerState::new(config, seed, speed, breaks, reports));
        wasm_bindgen_futures::spawn_local(frame_loop(state.clone()));
        Runner { state }
    }

    pub fn mode(&self) -> Mode {
        self.state.mode.get()
    }

    pub fn play(&self) {
        if self.mode() != Mode::Finished {
            self.state.set_mode(Mode::Running);
        }
    }

    pub fn pause(&self) {
        if self.mode() == Mode::Running {
            self.state.set_mode(Mode::Paused);
        }
    }

    /// Shows exactly one more event (pausing first if running).
    pub fn step(&self) {
        match self.mode() {
            Mode::Finished => {}
            Mode::Running => self.state.set_mode(Mode::Paused),
            Mode::Ready | Mode::Paused => {
                self.state.set_mode(Mode::Paused);
                let steps = &self.state.steps_requested;
                steps.set(steps.get() + 1);
            }
        }
    }

    /// Moves forward until `events` events in all have been shown (or the
    /// run ends), as fast as the frame budget allows. A run that is not
    /// playing is paused there.
    pub fn seek(&self, events: u64) {
        if self.mode() == Mode::Ready {
            self.state.set_mode(Mode::Paused);
        }
        self.state.seek_target.set(Some(events));
    }

    /// Plays at the current speed until `events` events in all have been
    /// shown, and pauses there (a lesson's answer plays forward to the
    /// moment that shows it).
    pub fn play_until(&self, events: u64) {
        self.state.stop_at.set(Some(events));
        self.play();
    }

    /// Events handed to the page so far.
    pub fn shown(&self) -> u64 {
        self.state.emitted.get()
    }

    /// Breaks `station`'s task now. Returns the record to repeat it in
    /// replays, or `None` if the station had no task asleep.
    pub fn break_station(&self, station: u32) -> Option<BreakAt> {
        if self.mode() == Mode::Finished || !self.state.simulation.is_waiting_for_timers() {
            return None;
        }
        let after_events = self.state.produced.get() + self.state.simulation.events().len() as u64;
        self.state
            .simulation
            .break_station(station)
            .then_some(BreakAt {
                after_events,
                station,
            })
    }

    pub fn set_speed(&self, speed: PlaySpeed) {
        self.state.speed.set(speed);
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
    let target = match state.speed.get() {
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
    let reports = RunnerReports {
        on_frame: Callback::noop(),
        on_mode: Callback::noop(),
    };
    let state = RunnerState::new(config, seed, PlaySpeed::Max, &[], reports);
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
    while state.emitted.get() + (events.len() as u64) < target {
        if state.backlog.borrow().is_empty() && !take_turn(state).await {
            // The run ended before the target.
            state.seek_target.set(None);
            return;
        }
        hand_out_next(state, events);
        handed += 1;
        if handed % EVENTS_PER_BUDGET_CHECK == 0 && now_ms() >= budget_end {
            return;
        }
    }
    state.seek_target.set(None);
}

/// The page's clock for the run: one animation frame after another until
/// the runner is dropped.
async fn frame_loop(state: Rc<RunnerState>) {
    settle_and_collect(&state).await;
    let mut last_frame_ms: Option<f64> = None;
    let mut last_sent: Option<(SimTime, Mode)> = None;
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
    if let Some(target) = state.seek_target.get() {
        seek_frame(state, target, started_ms, &mut events).await;
    }
    if state.seek_target.get().is_some() {
        return events;
    }
    match state.mode.get() {
        Mode::Running => {
            run_frame(state, wall_ms, started_ms).await;
            hand_out_playing(state, &mut events);
        }
        Mode::Ready | Mode::Paused => step_frame(state, &mut events).await,
        Mode::Finished => {}
    }
    events
}

/// Hands out what a frame of play produced, stopping at the stop point
/// if one is set (the rest waits in the backlog, as when stepping).
fn hand_out_playing(state: &RunnerState, events: &mut Vec<Event>) {
    let Some(stop) = state.stop_at.get() else {
        events.extend(state.backlog.borrow_mut().drain(..));
        return;
    };
    while state.emitted.get() + (events.len() as u64) < stop {
        if !hand_out_next(state, events) {
            return;
        }
    }
    state.stop_at.set(None);
    state.set_mode(Mode::Paused);
}

/// Hands out one event per step asked for.
async fn step_frame(state: &RunnerState, events: &mut Vec<Event>) {
    let steps = state.steps_requested.replace(0);
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

/// Sends the frame's batch to the page, unless nothing changed since the
/// last one (`last_sent`: the clock and mode it showed).
fn report_frame(
    state: &RunnerState,
    events: Vec<Event>,
    started_ms: f64,
    last_sent: &mut Option<(SimTime, Mode)>,
) {
    let backlog_empty = state.backlog.borrow().is_empty();
    if state.simulation.is_finished() && backlog_empty {
        state.set_mode(Mode::Finished);
    }
    // While stepping, events wait in the backlog: show the time of the
    // last one handed out, not the clock that ran ahead to produce them.
    let clock = if backlog_empty {
        state.simulation.clock().now()
    } else {
        state.last_shown.get()
    };
    let mode = state.mode.get();
    state.emitted.set(state.emitted.get() + events.len() as u64);
    if events.is_empty() && *last_sent == Some((clock, mode)) {
        return;
    }
    *last_sent = Some((clock, mode));
    if mode == Mode::Running {
        perf::frame_simulated(now_ms() - started_ms);
    }
    state.reports.on_frame.emit(FrameBatch {
        events,
        clock,
        mode,
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
    });
}
