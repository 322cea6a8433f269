//! The one owner of the page's run. Every input, whoever sends it (the
//! controls, the keys, the host page, fuzz mode, lessons), is a
//! [`RunCommand`], and [`RunController::perform`] carries it out in one
//! `match`.
//!
//! ```text
//!   RunCommand ─► perform ─► Runner (mode, speed, events shown, breaks live there)
//!                   │           │ every frame: FrameBatch
//!                   │           ▼
//!                   ├──► store: Action::Reset (a new run), Action::Frame ─► RunView ─► components
//!                   └──► the address bar (replace_query), after a command, never in a render
//! ```
//!
//! A new run starts at once, in the same task as the command that asked
//! for it: a command that follows (several seeks in one task, as a fast
//! drag makes) acts on it. The run's state is its runner's alone; the
//! store learns it from the frames, by that one path.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Locale;
use crate::model::command::RunCommand;
use crate::model::source::RunSource;
use crate::model::view::TIMELINE_DOSES_LIMIT;
use crate::sim::config::{RunParams, RUN_PARAMS};
use crate::sim::param_table::{to_query, write_pairs, ParamError};
use crate::sim::{BreakAt, Config, Event};

use super::browser::{location_query, random_seed, replace_query};
use super::perf;
use super::runtime::{FrameBatch, Mode, Runner};
use super::settings::{
    parse_page_query, readable_speed, run_link, turn_pace, PageParams, PageSettings, PlaySpeed,
};
use super::store::{Action, PageView, RunView};

/// What the page was opened with.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    /// The URL's accepted values: the first run and how the page shows it.
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

/// A run to start: its parameters, where to open it, and how to go on.
struct Start {
    /// Where the run's events come from.
    source: RunSource,
    /// Open at this event.
    seek: Option<u64>,
    /// Then play on until this many events are shown, and pause.
    play_until: Option<u64>,
}

/// The page's handle on its run: the view of the render that made it,
/// and the owner every clone shares. Cheap to clone.
#[derive(Clone)]
pub struct RunController {
    view: UseReducerHandle<PageView>,
    owner: Rc<Owner>,
    /// Events in the whole run; `None` while the replay that measures it
    /// is pending.
    timeline_total: Option<Option<u64>>,
}

/// What the owner holds. The run's own state (mode, speed, events
/// shown, breaks) is its runner's.
struct Owner {
    runner: RefCell<Option<Runner>>,
    /// Where the runner's frames and the new runs go.
    store: UseReducerDispatcher<PageView>,
    /// Every frame's events go here too (the host page hears of them).
    on_events: fn(&[Event]),
    /// The id of the latest run started; a frame of any other is dropped.
    run_id: Cell<u64>,
    /// The language links carry: the one the page shows.
    language: Cell<Option<Locale>>,
    /// Whether the first Start is still to come on a page whose link set
    /// no speed: it then plays at [`turn_pace`].
    pace_first_play: Cell<bool>,
    /// The pace the first Start chose.
    paced: Cell<Option<f64>>,
}

/// The owner of the page's run, whose first run `startup` describes; every
/// frame's events are also handed to `on_events` (the embedding API
/// forwards them).
#[hook]
pub fn use_run_controller(startup: &Startup, on_events: fn(&[Event])) -> RunController {
    let view = {
        let (config, seed) = (startup.params.run.config.clone(), startup.seed);
        let breaks = startup.params.run.breaks.clone();
        // The address's run from the first render on, breaks included:
        // the first Reset then changes nothing that keys a panel's refresh.
        use_reducer(move || {
            let mut view = RunView::new(0, config, seed);
            view.breaks = breaks;
            PageView(view)
        })
    };
    let owner = {
        let store = view.dispatcher();
        let page = &startup.params.page;
        let pace_first_play =
            !page.speed_given && !page.autoplay && page.step.is_none() && !page.embed && !page.fuzz;
        let language = page.lang;
        (*use_memo((), move |_| {
            Rc::new(Owner {
                runner: RefCell::new(None),
                store,
                on_events,
                run_id: Cell::new(0),
                language: Cell::new(language),
                pace_first_play: Cell::new(pace_first_play),
                paced: Cell::new(None),
            })
        }))
        .clone()
    };
    {
        // The first run, once the page is on screen; gone with the page.
        let owner = owner.clone();
        let startup = startup.clone();
        use_effect_with((), move |_| {
            let page = &startup.params.page;
            owner.start(
                Start {
                    source: RunSource::engine(
                        startup.params.run.config.clone(),
                        startup.seed,
                        startup.params.run.breaks.clone(),
                    ),
                    seek: page.step.filter(|events| *events > 0),
                    play_until: None,
                },
                page.speed,
                0,
            );
            if page.autoplay {
                owner.with_runner(Runner::play);
            }
            move || drop(owner.runner.borrow_mut().take())
        });
    }
    use_effect(perf::frame_rendered);
    let timeline_total = use_timeline_total(&view);
    RunController {
        view,
        owner,
        timeline_total,
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
        use_effect_with(view.source(), move |source| {
            total.set(None);
            let source = source.clone();
            let timeout = gloo_timers::callback::Timeout::new(0, move || {
                total.set(Some(run_length(&source)));
            });
            move || drop(timeout)
        });
    }
    *total
}

impl Owner {
    /// Acts on the runner, if the page has one yet.
    fn with_runner<T>(&self, act: impl FnOnce(&Runner) -> T) -> Option<T> {
        self.runner.borrow().as_ref().map(act)
    }

    /// Starts the run `start` describes at `speed`, in place of the one on
    /// screen, as run `run_id`; returns that id.
    fn start(&self, start: Start, speed: PlaySpeed, run_id: u64) -> u64 {
        let Start {
            source,
            seek,
            play_until,
        } = start;
        self.run_id.set(run_id);
        self.store.dispatch(Action::Reset {
            run_id,
            source: source.clone(),
            speed,
        });
        let on_frame = {
            let (store, on_events) = (self.store.clone(), self.on_events);
            Callback::from(move |batch: FrameBatch| {
                on_events(&batch.events);
                store.dispatch(Action::Frame { run_id, batch });
            })
        };
        // The old run's tasks are cancelled as its runner goes.
        let runner = Runner::start(&source, speed, on_frame);
        if let Some(events) = seek {
            runner.seek(events);
        }
        if let Some(events) = play_until {
            runner.play_until(events);
        }
        *self.runner.borrow_mut() = Some(runner);
        // The first run is the address's own; later ones are written there.
        if run_id > 0 {
            self.show_in_address_bar(seek);
        }
        run_id
    }

    /// Starts a new run after the one on screen, at the speed it plays at.
    fn restart(&self, start: Start) -> u64 {
        let speed = self.with_runner(Runner::speed).unwrap_or_default();
        self.start(start, speed, self.run_id.get() + 1)
    }

    /// The run on screen as parameters: its configuration, seed and breaks.
    fn run_params(&self) -> Option<RunParams> {
        self.with_runner(|runner| runner.source().params())
    }

    /// Puts the run in the address bar, at event `step` if given, so that
    /// reloading or copying it shows the same run at the same event.
    fn show_in_address_bar(&self, step: Option<u64>) {
        let link = self.with_runner(|runner| {
            let run = runner.source().params();
            run_link(
                &run,
                &PageSettings {
                    speed: runner.speed(),
                    step,
                    lang: self.language.get(),
                    ..PageSettings::default()
                },
            )
        });
        if let Some(link) = link {
            replace_query(&link);
        }
    }

    fn set_speed(&self, speed: PlaySpeed) {
        self.pace_first_play.set(false);
        self.with_runner(|runner| runner.set_speed(speed));
    }

    /// Plays the run. The first Start on a page whose link set no speed
    /// plays at [`turn_pace`], so that the turns show (at the default 1×,
    /// three stations give about 60 shots a second and look as if they
    /// worked at once); the controls say so until the speed changes.
    fn play(&self) {
        let first = self.pace_first_play.replace(false);
        let fresh = self
            .with_runner(|runner| runner.mode() == Mode::Ready && runner.position() == 0)
            .unwrap_or(false);
        if first && fresh {
            if let Some(config) = self.with_runner(|runner| runner.source().config().clone()) {
                let pace = turn_pace(&config);
                self.paced.set(Some(pace));
                self.set_speed(PlaySpeed::Factor(pace));
            }
        }
        self.with_runner(Runner::play);
    }

    /// Moves to event `target`: forward on the run playing, else by
    /// replaying it from the start (runs are their parameters and seed).
    fn seek(&self, target: u64) {
        let ahead = self
            .with_runner(|runner| target >= runner.position() && runner.mode() != Mode::Finished)
            .unwrap_or(false);
        if ahead {
            self.with_runner(|runner| runner.seek(target));
            self.show_in_address_bar(Some(target));
        } else if let Some(source) = self.with_runner(Runner::source) {
            self.restart(Start {
                source,
                seek: Some(target).filter(|events| *events > 0),
                play_until: None,
            });
        }
    }

    /// Carries out `command`; returns the id of the run on screen after it.
    fn perform(&self, command: RunCommand) -> u64 {
        match command {
            RunCommand::Play => self.play(),
            RunCommand::Pause => {
                self.with_runner(Runner::pause);
            }
            RunCommand::TogglePlay => {
                if self.with_runner(Runner::mode) == Some(Mode::Running) {
                    self.with_runner(Runner::pause);
                } else {
                    self.play();
                }
            }
            RunCommand::Step => {
                self.with_runner(Runner::step);
            }
            RunCommand::StepBack => {
                if let Some(target) = self
                    .with_runner(Runner::position)
                    .and_then(|at| at.checked_sub(1))
                {
                    self.seek(target);
                }
            }
            RunCommand::Seek(target) => self.seek(target),
            RunCommand::Reset => {
                if let Some(source) = self.with_runner(Runner::source) {
                    // The same run without its breaks by hand.
                    let source = match source {
                        RunSource::Engine { config, seed, .. } => {
                            RunSource::engine(config, seed, Vec::new())
                        }
                        recorded @ RunSource::Recorded(_) => recorded,
                    };
                    self.restart(Start {
                        source,
                        seek: None,
                        play_until: None,
                    });
                }
            }
            RunCommand::Speed(speed) => self.set_speed(speed),
            RunCommand::Preset(preset) => {
                if let Some(run) = self.run_params() {
                    let change = preset.applied_to(&run.config);
                    self.set_speed(change.speed);
                    if let Some(config) = change.config {
                        let seed = run.seed.unwrap_or_default();
                        self.restart(Start {
                            source: RunSource::engine(config, seed, Vec::new()),
                            seek: None,
                            play_until: None,
                        });
                    }
                }
            }
            RunCommand::Break(station) => {
                if self.with_runner(|runner| runner.break_station(station)) == Some(true) {
                    self.show_in_address_bar(None);
                }
            }
            RunCommand::NewRun { run, speed } => {
                if let Some(speed) = speed {
                    self.set_speed(speed);
                }
                self.restart(self.start_of(run, None, None));
            }
            RunCommand::OpenMoment { run, at } => {
                self.restart(self.start_of(run, Some(at), None));
            }
            RunCommand::PlayForward {
                run,
                from,
                from_time,
                until,
                until_time,
            } => {
                let simulated = until_time.saturating_since(from_time).as_secs_f64();
                self.speed_up_to(simulated / PLAY_FORWARD_WALL_S);
                self.restart(self.start_of(run, Some(from), Some(until)));
            }
            RunCommand::PlayRecorded(run) => {
                self.restart(Start {
                    source: RunSource::Recorded(run),
                    seek: None,
                    play_until: None,
                });
                self.with_runner(Runner::play);
            }
            RunCommand::OpenRecorded { run, at } => {
                self.restart(Start {
                    source: RunSource::Recorded(run),
                    seek: Some(at).filter(|events| *events > 0),
                    play_until: None,
                });
            }
        }
        self.run_id.get()
    }

    /// `run` to start, its seed the run on screen's if it gives none.
    fn start_of(&self, run: RunParams, seek: Option<u64>, play_until: Option<u64>) -> Start {
        let seed = run
            .seed
            .or_else(|| self.run_params().and_then(|shown| shown.seed))
            .unwrap_or_default();
        Start {
            source: RunSource::engine(run.config, seed, run.breaks),
            seek: seek.filter(|events| *events > 0),
            play_until,
        }
    }

    /// Plays at least `factor` times real time (a lesson's answer shown in
    /// a couple of seconds), unless the page already plays faster.
    fn speed_up_to(&self, factor: f64) {
        if let Some(PlaySpeed::Factor(speed)) = self.with_runner(Runner::speed) {
            if factor > speed {
                self.set_speed(PlaySpeed::Factor(readable_speed(factor)));
            }
        }
    }
}

impl std::ops::Deref for RunController {
    type Target = RunView;

    /// The view of the render that made this handle.
    fn deref(&self) -> &RunView {
        &self.view
    }
}

impl RunController {
    /// Carries out `command`, whoever sent it; returns the id of the run
    /// on screen after it (a new one for a reset, a seek back, a lesson's
    /// moment or answer).
    pub fn perform(&self, command: RunCommand) -> u64 {
        self.owner.perform(command)
    }

    /// A callback that carries out the commands it is given.
    pub fn commands(&self) -> Callback<RunCommand> {
        let owner = self.owner.clone();
        Callback::from(move |command| {
            owner.perform(command);
        })
    }

    /// The view as a shared snapshot.
    pub fn snapshot(&self) -> Rc<RunView> {
        Rc::new(self.view.0.clone())
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

    /// The pace the first Start chose, while the page still plays at it.
    pub fn turn_pace_shown(&self) -> Option<f64> {
        self.owner
            .paced
            .get()
            .filter(|pace| self.view.speed == PlaySpeed::Factor(*pace))
    }

    /// The link to this run, as a query string with its `?`.
    pub fn link(&self) -> String {
        self.link_at(None)
    }

    /// The link to this run at the event on screen (`step=N`), as a query
    /// string with its `?`: the page loaded from it stands where this one
    /// stands.
    pub fn moment_link(&self) -> String {
        self.link_at(Some(self.view.events_shown))
    }

    /// The link to the run on screen, at event `step` if given.
    fn link_at(&self, step: Option<u64>) -> String {
        let view = &self.view;
        link_to(
            &view.config,
            view.seed,
            &view.breaks,
            view.speed,
            step,
            self.owner.language.get(),
        )
    }

    /// Links carry `locale` from now on, and the address bar says so.
    pub fn set_language(&self, locale: Locale) {
        if self.owner.language.replace(Some(locale)) != Some(locale) {
            self.owner.show_in_address_bar(None);
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

/// Events in the whole run, if it is small enough for a timeline.
fn run_length(source: &RunSource) -> Option<u64> {
    if source.config().total_doses() > TIMELINE_DOSES_LIMIT && source.recorded().is_none() {
        return None;
    }
    source.summary().map(|summary| summary.events)
}
