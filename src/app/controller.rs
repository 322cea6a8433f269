//! The run's lifecycle for the page: one [`Runner`] per run, the play
//! speed, the address bar and the timeline's length, behind one handle.
//!
//! ```text
//!   App, keyboard, host, fuzz ── controller.play() / seek(n) / break_station(s) / …
//!                                      │
//!            Runner (mode lives here) ─┤─ on_mode, on_frame ─► store::Action ─► RunView
//!            a reset: Action::Reset ─► new run_id ─► the old runner dropped, a new one started
//! ```
//!
//! Owns the runner and every call on it; components never touch it. It
//! draws nothing, and the run's mode is the runner's: the store only
//! follows the runner's reports.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Locale;
use crate::sim::config::{RunParams, RUN_PARAMS};
use crate::sim::param_table::{query_pairs, to_query, write_pairs, ParamError};
use crate::sim::{BreakAt, Config, Event, SimTime};

use super::browser::{location_query, random_seed, replace_query};
use super::perf;
use super::replays;
use super::runtime::{FrameBatch, Mode, Runner, RunnerReports};
use super::settings::{
    parse_page_query, readable_speed, run_link, PageParams, PageSettings, PlaySpeed, Preset,
};
use super::store::{Action, RunView};

/// What the page was opened with.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub params: PageParams,
    /// Values of the URL that were not accepted.
    pub errors: Vec<ParamError>,
    /// The seed of the first run: the link's, or a fresh random one.
    pub seed: u64,
}

impl Startup {
    /// Reads `query`, or the page's own URL when `None`.
    pub fn read(query: Option<&str>) -> Startup {
        let query = query.map_or_else(location_query, str::to_string);
        let (params, errors) = parse_page_query(&query);
        let seed = params.run.seed.unwrap_or_else(random_seed);
        Startup {
            params,
            errors,
            seed,
        }
    }
}

/// What a reset starts: a run, where to open it, and breaks to repeat.
#[derive(Clone)]
struct Restart {
    config: Config,
    seed: u64,
    seek: Option<u64>,
    breaks: Vec<BreakAt>,
    /// Play on from there until this many events are shown.
    play_until: Option<u64>,
}

/// The page's handle on the current run. Cheap to clone; each clone acts
/// on the view of the render that made it.
#[derive(Clone)]
pub struct RunController {
    view: UseReducerHandle<RunView>,
    speed: UseStateHandle<PlaySpeed>,
    /// The speed as last set, for calls made before the state re-renders.
    latest_speed: Rc<Cell<PlaySpeed>>,
    /// The language links carry: the one the page shows.
    language: Rc<Cell<Option<Locale>>>,
    runner: Rc<RefCell<Option<Runner>>>,
    /// A run asked for and not yet started: its runner starts after the
    /// next render, and until then the current runner is on its way out.
    /// Calls made meanwhile (several seeks in one task, as a fast drag
    /// makes) act on it, in order, rather than on the runner or the
    /// render's view.
    pending: Rc<RefCell<Option<(u64, Restart)>>>,
    /// `None` while the replay that measures it is pending.
    timeline_total: Option<Option<u64>>,
    /// Whether the first Start is still to come on a page whose link set
    /// no speed: it then plays at [`turn_pace`].
    pace_first_play: Rc<Cell<bool>>,
    /// The pace the first Start chose, while the page plays at it.
    paced: UseStateHandle<Option<f64>>,
}

/// Events per wall second at the pace of a first Start: slow enough to
/// see each turn of the loop, one task at a time.
const TURN_PACE_EVENTS_PER_S: f64 = 2.0;

/// The play speed at which `config`'s stations give about
/// [`TURN_PACE_EVENTS_PER_S`] shots per wall second [simulated s per wall
/// s]: each station gives one shot per mean shot time, divided by its
/// speed factor.
pub fn turn_pace(config: &Config) -> f64 {
    let mean_shot = (config.shot_min + config.shot_max) / 2.0;
    let shots_per_second: f64 = (1..=config.stations)
        .map(|station| config.speed_of(station) / mean_shot.max(f64::MIN_POSITIVE))
        .sum();
    readable_speed(TURN_PACE_EVENTS_PER_S / shots_per_second.max(f64::MIN_POSITIVE))
}

/// The controller of the page's run, started from `startup`; every
/// frame's events are also handed to `on_events` (the embedding API
/// forwards them).
#[hook]
pub fn use_run_controller(startup: &Startup, on_events: fn(&[Event])) -> RunController {
    let view = {
        let startup = startup.clone();
        use_reducer(move || RunView {
            seek_on_start: startup.params.page.step,
            breaks: startup.params.run.breaks.clone(),
            ..RunView::new(0, startup.params.run.config.clone(), startup.seed)
        })
    };
    let speed = use_state(|| startup.params.page.speed);
    let latest_speed = (*use_memo((), |_| Rc::new(Cell::new(startup.params.page.speed)))).clone();
    let language = (*use_memo((), |_| Rc::new(Cell::new(startup.params.page.lang)))).clone();
    let runner = use_mut_ref(|| None::<Runner>);
    let pending = use_mut_ref(|| None::<(u64, Restart)>);
    use_runner(
        &view,
        &runner,
        &pending,
        *speed,
        startup.params.page.autoplay,
        on_events,
    );
    use_effect(perf::frame_rendered);
    let timeline_total = use_timeline_total(&view);
    let page = &startup.params.page;
    let pace_first_play = (*use_memo((), |_| {
        Rc::new(Cell::new(
            !page.speed_given && !page.autoplay && page.step.is_none() && !page.embed && !page.fuzz,
        ))
    }))
    .clone();
    let paced = use_state(|| None::<f64>);
    RunController {
        view,
        speed,
        latest_speed,
        language,
        runner,
        pending,
        timeline_total,
        pace_first_play,
        paced,
    }
}

/// Events in the whole run on screen, for the timeline: worked out in a
/// task of its own after the page has painted (a replay of the whole run).
/// The outer `None` while pending; the inner one for runs too long to
/// replay at once.
#[hook]
fn use_timeline_total(view: &RunView) -> Option<Option<u64>> {
    let total = use_state(|| None::<Option<u64>>);
    {
        let total = total.clone();
        let run = (view.config.clone(), view.seed, view.breaks.clone());
        use_effect_with(run, move |(config, seed, breaks)| {
            total.set(None);
            let (config, seed, breaks) = (config.clone(), *seed, breaks.clone());
            let timeout = gloo_timers::callback::Timeout::new(0, move || {
                total.set(Some(run_length(&config, seed, &breaks)));
            });
            move || drop(timeout)
        });
    }
    *total
}

/// One runner per run: a reset makes a new run id, which drops the old
/// runner (cancelling its tasks) and starts the next.
#[hook]
fn use_runner(
    view: &UseReducerHandle<RunView>,
    runner: &Rc<RefCell<Option<Runner>>>,
    pending: &Rc<RefCell<Option<(u64, Restart)>>>,
    speed: PlaySpeed,
    autoplay_first: bool,
    on_events: fn(&[Event]),
) {
    let runner = runner.clone();
    let pending = pending.clone();
    let dispatcher = view.dispatcher();
    let config = (*view.config).clone();
    let (seed, run_id, seek) = (view.seed, view.run_id, view.seek_on_start);
    let play_until = view.play_until_on_start;
    let breaks = view.breaks.clone();
    use_effect_with(run_id, move |_| {
        let mut asked = pending.borrow_mut();
        if asked
            .as_ref()
            .is_some_and(|(pending_id, _)| *pending_id == run_id)
        {
            *asked = None;
        }
        drop(asked);
        let reports = RunnerReports {
            on_frame: {
                let dispatcher = dispatcher.clone();
                Callback::from(move |batch: FrameBatch| {
                    on_events(&batch.events);
                    dispatcher.dispatch(Action::Frame { run_id, batch })
                })
            },
            on_mode: Callback::from(move |mode| {
                dispatcher.dispatch(Action::SetMode { run_id, mode })
            }),
        };
        let started = Runner::start(config, seed, speed, &breaks, reports);
        if let Some(events) = seek {
            started.seek(events);
        }
        if let Some(events) = play_until {
            started.play_until(events);
        }
        if autoplay_first && run_id == 0 {
            started.play();
        }
        *runner.borrow_mut() = Some(started);
        move || drop(runner.borrow_mut().take())
    });
}

impl std::ops::Deref for RunController {
    type Target = RunView;

    /// The view of the render that made this handle.
    fn deref(&self) -> &RunView {
        &self.view
    }
}

impl RunController {
    /// A callback that calls `act` on this handle.
    pub fn callback<In: 'static>(&self, act: fn(&RunController, In)) -> Callback<In> {
        let controller = self.clone();
        Callback::from(move |input| act(&controller, input))
    }

    /// The view as a shared snapshot.
    pub fn snapshot(&self) -> Rc<RunView> {
        Rc::new((*self.view).clone())
    }

    pub fn speed(&self) -> PlaySpeed {
        *self.speed
    }

    /// Events in the whole run, when it is small enough to replay at once
    /// and has been measured.
    pub fn timeline_total(&self) -> Option<u64> {
        self.timeline_total.flatten()
    }

    /// Whether the timeline's length is still being measured.
    pub fn timeline_pending(&self) -> bool {
        self.timeline_total.is_none()
    }

    /// Acts on the runner, unless a new run is on its way (`pending`).
    fn with_runner(&self, act: impl FnOnce(&Runner)) {
        if self.pending.borrow().is_some() {
            return;
        }
        if let Some(runner) = self.runner.borrow().as_ref() {
            act(runner);
        }
    }

    /// The run asked for last and not yet started, if any.
    fn pending_run(&self) -> Option<Restart> {
        self.pending
            .borrow()
            .as_ref()
            .map(|(_, restart)| restart.clone())
    }

    /// The event the page stands at, or will once the run asked for last
    /// has started.
    fn position(&self) -> u64 {
        match self.pending_run() {
            Some(restart) => restart.seek.unwrap_or(0),
            None => self.view.events_applied,
        }
    }

    /// Plays the run. The first Start on a page whose link set no speed
    /// plays at [`turn_pace`], so that the turns show (at the default 1×,
    /// three stations give about 60 shots a second and look as if they
    /// worked at once); the controls say so until the speed changes.
    pub fn play(&self) {
        let first = self.pace_first_play.replace(false);
        if first && self.view.mode == Mode::Ready && self.view.events_applied == 0 {
            let pace = turn_pace(&self.view.config);
            if PlaySpeed::Factor(pace) != self.speed() {
                self.set_speed(PlaySpeed::Factor(pace));
                self.paced.set(Some(pace));
            }
        }
        self.with_runner(Runner::play);
    }

    /// The pace the first Start chose, while the page still plays at it.
    pub fn turn_pace_shown(&self) -> Option<f64> {
        (*self.paced).filter(|pace| self.speed() == PlaySpeed::Factor(*pace))
    }

    pub fn pause(&self) {
        self.with_runner(Runner::pause);
    }

    /// Starts a run that is not playing, pauses one that is.
    pub fn toggle_play(&self) {
        if self.view.mode == Mode::Running {
            self.pause();
        } else {
            self.play();
        }
    }

    /// Shows exactly one more event.
    pub fn step(&self) {
        self.with_runner(Runner::step);
    }

    /// Goes one event back, by replaying the run to the event before.
    pub fn step_back(&self) {
        if let Some(target) = self.position().checked_sub(1) {
            self.seek(target);
        }
    }

    /// Moves to event `target`: forward on the running run, backward by
    /// replaying from the start (runs are determined by parameters and seed).
    /// A seek made while a new run is on its way opens that run there
    /// instead; the address bar says where the page is going.
    pub fn seek(&self, target: u64) {
        if let Some(pending) = self.pending_run() {
            self.restart(Restart {
                seek: Some(target),
                play_until: None,
                ..pending
            });
            return;
        }
        let ahead = target >= self.view.events_applied && self.view.mode != Mode::Finished;
        let mut sought = false;
        if ahead {
            self.with_runner(|runner| {
                runner.seek(target);
                sought = true;
            });
        }
        if sought {
            let view = &self.view;
            self.show_in_address_bar(&view.config, view.seed, &view.breaks, Some(target));
        } else {
            self.restart(Restart {
                config: (*self.view.config).clone(),
                seed: self.view.seed,
                seek: Some(target),
                breaks: self.view.breaks.clone(),
                play_until: None,
            });
        }
    }

    /// The same run again from the start, without its breaks by hand.
    pub fn reset(&self) {
        self.start_run((*self.view.config).clone(), self.view.seed);
    }

    /// A fresh run of `config` with `seed`.
    pub fn start_run(&self, config: Config, seed: u64) {
        self.start_run_breaking(config, seed, Vec::new());
    }

    fn start_run_breaking(&self, config: Config, seed: u64, breaks: Vec<BreakAt>) {
        self.restart(Restart {
            config,
            seed,
            seek: None,
            breaks,
            play_until: None,
        });
    }

    /// Opens `run` paused at event `at_event`, as a `step=N` link does.
    /// Returns the new run's id.
    pub fn open_moment(&self, run: &RunParams, at_event: u64) -> u64 {
        self.restart(Restart {
            config: run.config.clone(),
            seed: run.seed.unwrap_or(self.view.seed),
            seek: Some(at_event),
            breaks: run.breaks.clone(),
            play_until: None,
        })
    }

    /// Opens `run` at event `from`, then plays it to event `until` and
    /// pauses there, fast enough to take about [`PLAY_FORWARD_WALL_S`]:
    /// a lesson's answer shown as it happens. Returns the new run's id.
    pub fn play_forward(
        &self,
        run: &RunParams,
        from: u64,
        until: (u64, SimTime),
        start: SimTime,
    ) -> u64 {
        let simulated = until.1.saturating_since(start).as_secs_f64();
        let needed = simulated / PLAY_FORWARD_WALL_S;
        if let PlaySpeed::Factor(factor) = self.speed() {
            if needed > factor {
                self.set_speed(PlaySpeed::Factor(readable_speed(needed)));
            }
        }
        self.restart(Restart {
            config: run.config.clone(),
            seed: run.seed.unwrap_or(self.view.seed),
            seek: Some(from),
            breaks: run.breaks.clone(),
            play_until: Some(until.0),
        })
    }

    /// Starts the run `restart` describes; returns its id.
    fn restart(&self, restart: Restart) -> u64 {
        let Restart {
            config,
            seed,
            seek,
            breaks,
            play_until,
        } = restart;
        let seek = seek.filter(|events| *events > 0);
        self.show_in_address_bar(&config, seed, &breaks, seek);
        // After the run on screen, and after any asked for in this task.
        let asked_last = self.pending.borrow().as_ref().map(|(id, _)| *id);
        let run_id = asked_last.unwrap_or(self.view.run_id).max(self.view.run_id) + 1;
        *self.pending.borrow_mut() = Some((
            run_id,
            Restart {
                config: config.clone(),
                seed,
                seek,
                breaks: breaks.clone(),
                play_until,
            },
        ));
        self.view.dispatch(Action::Reset {
            run_id,
            config,
            seed,
            seek,
            play_until,
            breaks,
        });
        run_id
    }

    /// Puts the run in the address bar, so reloading or copying it shows
    /// the same run at the same event.
    fn show_in_address_bar(
        &self,
        config: &Config,
        seed: u64,
        breaks: &[BreakAt],
        step: Option<u64>,
    ) {
        let speed = self.latest_speed.get();
        replace_query(&link_to(
            config,
            seed,
            breaks,
            speed,
            step,
            self.language.get(),
        ));
    }

    /// The link to this run, as a query string with its `?`.
    pub fn link(&self) -> String {
        self.link_at(None)
    }

    /// The link to this run at the event on screen (`step=N`), as a query
    /// string with its `?`: the page loaded from it stands where this one
    /// stands.
    pub fn moment_link(&self) -> String {
        self.link_at(Some(self.view.events_applied))
    }

    /// The link to this run, at event `step` if given.
    fn link_at(&self, step: Option<u64>) -> String {
        let view = &self.view;
        link_to(
            &view.config,
            view.seed,
            &view.breaks,
            self.speed(),
            step,
            self.language.get(),
        )
    }

    /// Links carry `locale` from now on, and the address bar says so.
    pub fn set_language(&self, locale: Locale) {
        if self.language.replace(Some(locale)) != Some(locale) {
            let view = &self.view;
            self.show_in_address_bar(&view.config, view.seed, &view.breaks, None);
        }
    }

    /// The run on screen as a lesson step's `params`: its parameters, seed
    /// and breaks, without how the page plays it.
    pub fn moment_params(&self) -> String {
        let view = &self.view;
        let run = RunParams {
            config: (*view.config).clone(),
            seed: Some(view.seed),
            breaks: view.breaks.clone(),
        };
        to_query(&write_pairs(RUN_PARAMS, &run))
    }

    /// The experiment: breaks a working station's task now, and records
    /// the break so that replays and links repeat it.
    pub fn break_station(&self, station: u32) {
        let mut planned = None;
        self.with_runner(|runner| planned = runner.break_station(station));
        let Some(planned) = planned else {
            return;
        };
        let mut breaks = self.view.breaks.clone();
        breaks.push(planned);
        self.show_in_address_bar(&self.view.config, self.view.seed, &breaks, None);
        self.view.dispatch(Action::RecordBreak {
            run_id: self.view.run_id,
            planned,
        });
    }

    pub fn set_speed(&self, speed: PlaySpeed) {
        self.pace_first_play.set(false);
        self.speed.set(speed);
        self.latest_speed.set(speed);
        self.with_runner(|runner| runner.set_speed(speed));
    }

    /// A ready-made way to watch the run ([`Preset::applied_to`]).
    pub fn apply_preset(&self, preset: Preset) {
        let change = preset.applied_to(&self.view.config);
        self.set_speed(change.speed);
        if let Some(config) = change.config {
            self.start_run(config, self.view.seed);
        }
    }

    /// New parameters as a query string (from an embedding page): a fresh
    /// run with them, or the reasons they were not accepted (and nothing
    /// changes). The seed stays unless the query gives one; the play speed
    /// changes only if the query names it.
    pub fn apply_query(&self, query: &str) -> Result<(), Vec<ParamError>> {
        let (params, errors) = parse_page_query(query);
        if !errors.is_empty() {
            return Err(errors);
        }
        if query_pairs(query).any(|(name, _)| name == "speed") {
            self.set_speed(params.page.speed);
        }
        let run = params.run;
        self.start_run_breaking(run.config, run.seed.unwrap_or(self.view.seed), run.breaks);
        Ok(())
    }
}

/// The link to a run played at `speed`, opening at event `step` if given.
fn link_to(
    config: &Config,
    seed: u64,
    breaks: &[BreakAt],
    speed: PlaySpeed,
    step: Option<u64>,
    lang: Option<Locale>,
) -> String {
    let run = RunParams {
        config: config.clone(),
        seed: Some(seed),
        breaks: breaks.to_vec(),
    };
    let page = PageSettings {
        speed,
        step,
        lang,
        ..PageSettings::default()
    };
    run_link(&run, &page)
}

/// How long a lesson's answer takes to play forward, at most [wall s]:
/// the play speed goes up for answers further away.
const PLAY_FORWARD_WALL_S: f64 = 2.5;

/// Runs up to this many doses get a timeline (replaying them takes a few
/// tens of milliseconds in the page).
pub const TIMELINE_DOSES_LIMIT: u64 = 200_000;

/// Events in the whole run, if it is small enough for a timeline.
fn run_length(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<u64> {
    if config.total_doses() > TIMELINE_DOSES_LIMIT {
        return None;
    }
    replays::summary(config, seed, breaks).map(|summary| summary.events)
}
