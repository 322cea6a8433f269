//! The whole page: reads the URL, owns the run, lays out the panels.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::host::{self, HostCommand};
use crate::app::perf;
use crate::app::runtime::{location_query, now_ms, random_seed, FrameBatch, Mode, Runner};
use crate::app::store::{Action, RunView, ViewRef};
use crate::sim::config::{parse_query, Panels};
use crate::sim::{BreakAt, Config, ParamError, Params, PlaySpeed};

use super::charts::ChartsPanel;
use super::code::CodePanel;
use super::controls::{Controls, Preset, Timeline};
use super::executor::ExecutorPanel;
use super::fuzz::{FuzzAction, FuzzPanel};
use super::help::HelpOverlay;
use super::inspector::TaskInspector;
use super::log::LogPanel;
use super::narration::Narration;
use super::params::{ParamErrors, ParamForm};
use super::schematic::Schematic;
use super::share::ShareDialog;
use super::stats::StatsPanel;

/// What the page was opened with.
#[derive(Clone, PartialEq)]
struct Startup {
    params: Params,
    errors: Vec<ParamError>,
    seed: u64,
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to read parameters from; `None` reads the page's URL.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// A link to this run: every parameter, the seed, the speed and the
/// stations broken by hand.
fn share_query(config: &Config, seed: u64, speed: PlaySpeed, breaks: &[BreakAt]) -> String {
    let mut query = format!("?{}&seed={seed}&speed={speed}", config.to_query());
    if !breaks.is_empty() {
        let pairs: Vec<String> = breaks
            .iter()
            .map(|planned| format!("{}:{}", planned.after_events, planned.station))
            .collect();
        query.push_str(&format!("&breaks={}", pairs.join(",")));
    }
    query
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = {
        let query = props.query.clone();
        use_memo((), move |_| {
            let query = query.map_or_else(location_query, |query| query.to_string());
            let (params, errors) = parse_query(&query);
            let seed = params.seed.unwrap_or_else(random_seed);
            Startup {
                params,
                errors,
                seed,
            }
        })
    };
    let view = {
        let startup = startup.clone();
        use_reducer(move || RunView {
            seek_on_start: startup.params.step,
            breaks: startup.params.breaks.clone(),
            ..RunView::new(0, startup.params.config.clone(), startup.seed)
        })
    };
    let speed = use_state(|| startup.params.speed);
    // The speed as last set, for callbacks made before the state updates.
    let latest_speed = use_mut_ref(|| startup.params.speed);
    let runner: Rc<RefCell<Option<Runner>>> = use_mut_ref(|| None);

    // One runner per run: a reset makes a new run id, which drops the old
    // runner (cancelling its tasks) and starts the next.
    {
        let runner = runner.clone();
        let dispatcher = view.dispatcher();
        let config = (*view.config).clone();
        let seed = view.seed;
        let run_id = view.run_id;
        let speed = *speed;
        let autoplay = run_id == 0 && startup.params.autoplay;
        let seek = view.seek_on_start;
        let breaks = view.breaks.clone();
        use_effect_with(run_id, move |_| {
            let on_frame = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |batch: FrameBatch| {
                    host::post_events(&batch.events);
                    dispatcher.dispatch(Action::Frame { run_id, batch })
                })
            };
            let started = Runner::start(config, seed, speed, &breaks, on_frame);
            if let Some(events) = seek {
                started.seek(events);
                dispatcher.dispatch(Action::SetMode {
                    run_id,
                    mode: Mode::Paused,
                });
            }
            if autoplay {
                started.play();
                dispatcher.dispatch(Action::SetMode {
                    run_id,
                    mode: Mode::Running,
                });
            }
            *runner.borrow_mut() = Some(started);
            let runner = runner.clone();
            move || {
                runner.borrow_mut().take();
            }
        });
    }
    use_effect(perf::frame_rendered);

    let with_runner = |act: fn(&Runner), mode: Option<Mode>| {
        let runner = runner.clone();
        let dispatcher = view.dispatcher();
        let run_id = view.run_id;
        Callback::from(move |()| {
            if let Some(runner) = runner.borrow().as_ref() {
                act(runner);
                if let Some(mode) = mode {
                    dispatcher.dispatch(Action::SetMode { run_id, mode });
                }
            }
        })
    };
    let on_start = with_runner(Runner::play, Some(Mode::Running));
    let on_pause = with_runner(Runner::pause, Some(Mode::Paused));
    let on_step = with_runner(Runner::step, None);
    let reset_with_seek = {
        let dispatcher = view.dispatcher();
        let run_id = view.run_id;
        let latest_speed = latest_speed.clone();
        Callback::from(move |restart: Restart| {
            let Restart {
                config,
                seed,
                seek,
                breaks,
            } = restart;
            let seek = seek.filter(|events| *events > 0);
            let mut query = share_query(&config, seed, *latest_speed.borrow(), &breaks);
            if let Some(events) = seek {
                query.push_str(&format!("&step={events}"));
            }
            replace_url(&query);
            dispatcher.dispatch(Action::Reset {
                run_id: run_id + 1,
                config,
                seed,
                seek,
                breaks,
            });
        })
    };
    // A fresh run: the reset button, new parameters, a preset.
    let reset_to = {
        let reset_with_seek = reset_with_seek.clone();
        Callback::from(move |(config, seed): (Config, u64)| {
            reset_with_seek.emit(Restart {
                config,
                seed,
                seek: None,
                breaks: Vec::new(),
            })
        })
    };
    // Moving along the timeline: forward on the running run, backward by
    // replaying from the start (runs are determined by parameters and seed).
    let on_seek = {
        let runner = runner.clone();
        let reset_with_seek = reset_with_seek.clone();
        let config = (*view.config).clone();
        let seed = view.seed;
        let breaks = view.breaks.clone();
        let shown = view.events_applied;
        let finished = view.mode == Mode::Finished;
        let dispatcher = view.dispatcher();
        let run_id = view.run_id;
        Callback::from(move |target: u64| {
            let runner_ref = runner.borrow();
            match runner_ref.as_ref() {
                Some(runner) if target >= shown && !finished => {
                    runner.seek(target);
                    if runner.mode() == Mode::Paused {
                        dispatcher.dispatch(Action::SetMode {
                            run_id,
                            mode: Mode::Paused,
                        });
                    }
                }
                _ => {
                    drop(runner_ref);
                    reset_with_seek.emit(Restart {
                        config: config.clone(),
                        seed,
                        seek: Some(target),
                        breaks: breaks.clone(),
                    });
                }
            }
        })
    };
    let on_step_back = {
        let on_seek = on_seek.clone();
        let shown = view.events_applied;
        Callback::from(move |()| {
            if shown > 0 {
                on_seek.emit(shown - 1);
            }
        })
    };
    let on_reset = {
        let reset_to = reset_to.clone();
        let config = (*view.config).clone();
        let seed = view.seed;
        Callback::from(move |()| reset_to.emit((config.clone(), seed)))
    };
    // The experiment: click a working station to break its task now.
    let on_break = {
        let runner = runner.clone();
        let dispatcher = view.dispatcher();
        let run_id = view.run_id;
        let config = (*view.config).clone();
        let seed = view.seed;
        let breaks = view.breaks.clone();
        let latest_speed = latest_speed.clone();
        Callback::from(move |station: u32| {
            let planned = runner
                .borrow()
                .as_ref()
                .and_then(|runner| runner.break_station(station));
            if let Some(planned) = planned {
                let mut all = breaks.clone();
                all.push(planned);
                replace_url(&share_query(&config, seed, *latest_speed.borrow(), &all));
                dispatcher.dispatch(Action::RecordBreak { run_id, planned });
            }
        })
    };
    let on_speed = {
        let runner = runner.clone();
        let speed = speed.clone();
        let latest_speed = latest_speed.clone();
        Callback::from(move |next: PlaySpeed| {
            speed.set(next);
            *latest_speed.borrow_mut() = next;
            if let Some(runner) = runner.borrow().as_ref() {
                runner.set_speed(next);
            }
        })
    };

    let on_preset = {
        let on_speed = on_speed.clone();
        let reset_to = reset_to.clone();
        let config = (*view.config).clone();
        let seed = view.seed;
        Callback::from(move |preset: Preset| {
            let (shot_min, shot_max, speed) = match preset {
                Preset::AsFastAsPossible => return on_speed.emit(PlaySpeed::Max),
                Preset::ArticlePace => (0.001, 0.1, 1.0),
                Preset::RealisticShots => (60.0, 180.0, 600.0),
            };
            on_speed.emit(PlaySpeed::Factor(speed));
            reset_to.emit((
                Config {
                    shot_min,
                    shot_max,
                    ..config.clone()
                },
                seed,
            ));
        })
    };
    let help_open = use_state(|| false);
    let share_open = use_state(|| false);
    let projector = use_state(|| startup.params.theme_projector);
    let toggle_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(!*help_open))
    };
    // Keyboard: space starts or pauses, → steps, ← steps back, r resets,
    // ? shows the help.
    let shortcuts = use_mut_ref(|| None::<Shortcuts>);
    *shortcuts.borrow_mut() = Some(Shortcuts {
        toggle: if view.mode == Mode::Running {
            on_pause.clone()
        } else {
            on_start.clone()
        },
        step: on_step.clone(),
        back: on_step_back.clone(),
        reset: on_reset.clone(),
        help: toggle_help.clone(),
    });
    use_effect_with((), move |_| {
        let listener = install_shortcuts(shortcuts);
        move || drop(listener)
    });

    // The timeline needs the run's length: replayed once per run on a
    // LocalPool, for runs small enough to do it at once.
    let timeline_total = {
        let config = view.config.clone();
        let seed = view.seed;
        let breaks = view.breaks.clone();
        use_memo((config, seed, breaks), |(config, seed, breaks)| {
            run_length(config, *seed, breaks)
        })
    };

    // The postMessage API: commands from an embedding page, and the state
    // sent back whenever the status changes.
    let host_actions = use_mut_ref(|| None::<Callback<HostCommand>>);
    *host_actions.borrow_mut() = Some({
        let on_start = on_start.clone();
        let on_pause = on_pause.clone();
        let on_step = on_step.clone();
        let on_reset = on_reset.clone();
        let on_speed = on_speed.clone();
        let reset_to = reset_to.clone();
        let lot = view.lot.clone();
        let mode = view.mode;
        let seed = view.seed;
        let query = view.config.to_query();
        Callback::from(move |command: HostCommand| match command {
            HostCommand::Start => on_start.emit(()),
            HostCommand::Pause => on_pause.emit(()),
            HostCommand::Step => on_step.emit(()),
            HostCommand::Reset => on_reset.emit(()),
            HostCommand::GetState => host::post_state(&lot, mode, seed, &query),
            HostCommand::SetParams(given) => {
                let (params, errors) = parse_query(&given);
                if errors.is_empty() {
                    if given.contains("speed=") {
                        on_speed.emit(params.speed);
                    }
                    reset_to.emit((params.config, params.seed.unwrap_or(seed)));
                } else {
                    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
                    host::post("error", &[("message", messages.join(" ").into())]);
                }
            }
        })
    });
    {
        let host_actions = host_actions.clone();
        use_effect_with((), move |_| {
            let listener = host::listen(Callback::from(move |command| {
                if let Some(act) = host_actions.borrow().as_ref() {
                    act.emit(command);
                }
            }));
            host::post("ready", &[]);
            move || drop(listener)
        });
    }
    {
        let lot = view.lot.clone();
        let seed = view.seed;
        let query = view.config.to_query();
        use_effect_with((view.mode, view.run_id), move |(mode, _)| {
            host::post_state(&lot, *mode, seed, &query);
        });
    }

    // One shared snapshot for the panels that read many parts of the view.
    let snapshot = Rc::new((*view).clone());
    let on_fuzz = {
        let host_actions = host_actions.clone();
        let on_seek = on_seek.clone();
        let on_step_back = on_step_back.clone();
        let on_break = on_break.clone();
        let on_speed = on_speed.clone();
        let total = *timeline_total;
        let shown = view.events_applied;
        let stations = view.config.stations;
        Callback::from(move |action: FuzzAction| {
            let host = |command| {
                if let Some(act) = host_actions.borrow().as_ref() {
                    act.emit(command);
                }
            };
            match action {
                FuzzAction::Start => host(HostCommand::Start),
                FuzzAction::Pause => host(HostCommand::Pause),
                FuzzAction::Step => host(HostCommand::Step),
                FuzzAction::Reset => host(HostCommand::Reset),
                FuzzAction::StepBack => on_step_back.emit(()),
                FuzzAction::Seek(fraction) => {
                    let end = total.unwrap_or(shown + 200);
                    on_seek.emit((end as f64 * fraction) as u64);
                }
                FuzzAction::Break(index) => on_break.emit(index % stations.max(1) + 1),
                FuzzAction::Speed(factor) => {
                    on_speed.emit(factor.map_or(PlaySpeed::Max, PlaySpeed::Factor))
                }
                FuzzAction::SetParams(params) => host(HostCommand::SetParams(params)),
            }
        })
    };
    // The teaching panels follow every event when paused or stepping, and
    // ten times a second while running: nobody reads them at 60 Hz, and
    // redrawing them every frame would slow the run.
    let teaching = {
        let cache = use_mut_ref(|| None::<(u64, ViewRef)>);
        let key = if view.mode == Mode::Running {
            (now_ms() / TEACHING_REFRESH_MS) as u64
        } else {
            u64::MAX - view.events_applied
        };
        let mut cache = cache.borrow_mut();
        match cache.as_ref() {
            Some((cached_key, cached)) if *cached_key == key && cached.run_id == view.run_id => {
                cached.clone()
            }
            _ => {
                let fresh = ViewRef(snapshot.clone());
                *cache = Some((key, fresh.clone()));
                fresh
            }
        }
    };
    let embed = startup.params.embed;
    // The teaching panels: all on a full page, none in an embed unless the
    // link names them (`panels=executor,charts`).
    let panels = startup
        .params
        .panels
        .unwrap_or(if embed { Panels::NONE } else { Panels::ALL });
    let run_link = share_query(&view.config, view.seed, *speed, &view.breaks);
    html! {
        <div class={classes!("app", embed.then_some("embed"), projector.then_some("projector"))}>
            <Narration lot={view.lot.clone()} mode={view.mode} run_id={view.run_id} />
            if *help_open {
                <HelpOverlay on_close={toggle_help.clone()} />
            }
            if *share_open {
                <ShareDialog base={page_base()} query={run_link.clone()} on_close={{
                    let share_open = share_open.clone();
                    Callback::from(move |()| share_open.set(false))
                }} />
            }
            <header class="masthead">
                if !embed {
                    <h1>{"Parking-lot vaccination"}</h1>
                    <p class="tagline">
                        {"Each station is an async task on the browser's single thread. A supervisor awaits the first \
                          task to finish its box of doses, reports it, and starts the station again with a new box."}
                    </p>
                }
                <div class="page-tools">
                    <button data-testid="help" onclick={{
                        let toggle_help = toggle_help.clone();
                        Callback::from(move |_: MouseEvent| toggle_help.emit(()))
                    }} aria-label="Keyboard and help (?)">{"? Help"}</button>
                    <button data-testid="share" onclick={{
                        let share_open = share_open.clone();
                        Callback::from(move |_: MouseEvent| share_open.set(true))
                    }}>{"Share"}</button>
                    <button data-testid="projector" aria-pressed={projector.to_string()} onclick={{
                        let projector = projector.clone();
                        Callback::from(move |_: MouseEvent| projector.set(!*projector))
                    }}>{"Projector theme"}</button>
                </div>
                <p class={classes!("status", view.mode.as_str())}>
                    {"Status: "}<strong data-testid="status">{ view.mode.as_str() }</strong>
                </p>
            </header>
            <ParamErrors errors={startup.errors.clone()} />
            if startup.params.fuzz {
                <FuzzPanel view={snapshot.clone()} seed={startup.seed} on_action={on_fuzz} />
            }
            <Controls mode={view.mode} speed={*speed} {on_start} {on_pause} {on_step} {on_reset} {on_speed} {on_preset} />
            <Timeline total={*timeline_total} shown={view.events_applied} clock={view.clock}
                      finished={view.mode == Mode::Finished} {on_seek} {on_step_back} />
            <main class="stage">
                <Schematic lot={view.lot.clone()} running={view.mode == Mode::Running}
                           on_break={on_break} />
                if view.lot.stations.len() <= 100 {
                    <p class={classes!("stage-hint", embed.then_some("visually-hidden"))} id={super::schematic::BREAK_HINT_ID}>
                        {"Experiment: click a working station (or focus it and press Enter) to break its task now.                           The supervisor reports the error, counts the doses left in the box as wasted, and restarts                           the station. Replays and links repeat the break."}
                    </p>
                }
            </main>
            <div class="panels">
                <StatsPanel view={snapshot.clone()} />
                <LogPanel view={snapshot.clone()} />
            </div>
            if panels.executor || panels.inspector {
                <div class="panels teaching">
                    if panels.executor { <ExecutorPanel view={teaching.clone()} /> }
                    if panels.inspector { <TaskInspector view={teaching.clone()} /> }
                </div>
            }
            if panels.charts { <ChartsPanel view={teaching.clone()} /> }
            if panels.code {
                <CodePanel policy={teaching.config.policy} last_ran={teaching.last_ran}
                           waiting={teaching.awaited.len()} finished={teaching.mode == Mode::Finished} />
            }
            if !embed {
                <ParamForm key={view.run_id} config={(*view.config).clone()} seed={view.seed} on_apply={reset_to} />
            }
            <footer class="run-footer">
                {"Seed "}<code data-testid="seed">{ view.seed }</code>
                {" · "}<a data-testid="share-link" href={run_link}>{"link to this run"}</a>
                {" · the same link always shows the same run."}
            </footer>
        </div>
    }
}

/// How often the teaching panels refresh while a run plays [ms].
const TEACHING_REFRESH_MS: f64 = 100.0;

/// What a reset starts: a run, where to open it, and breaks to repeat.
struct Restart {
    config: Config,
    seed: u64,
    seek: Option<u64>,
    breaks: Vec<BreakAt>,
}

/// Runs up to this many doses get a timeline (replaying them takes a few
/// tens of milliseconds in the page).
const TIMELINE_DOSES_LIMIT: u64 = 200_000;

/// Events in the whole run, if it is small enough for a timeline.
fn run_length(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<u64> {
    if config.total_doses() > TIMELINE_DOSES_LIMIT {
        return None;
    }
    let mut events = 0u64;
    crate::sim::LocalRun::with_breaks(config.clone(), seed, breaks).run_to_end(|_| events += 1);
    Some(events)
}

/// The page's address without its query: where shared links point.
fn page_base() -> AttrValue {
    web_sys::window()
        .and_then(|window| {
            let location = window.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
        .into()
}

/// Puts the current run's parameters in the address bar, so reloading or
/// copying it gives the same run.
fn replace_url(query: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
}

/// What the keyboard shortcuts do, refreshed at every render.
struct Shortcuts {
    toggle: Callback<()>,
    step: Callback<()>,
    back: Callback<()>,
    reset: Callback<()>,
    help: Callback<()>,
}

/// A document keydown listener, removed when dropped.
struct ShortcutListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Drop for ShortcutListener {
    fn drop(&mut self) {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            use wasm_bindgen::JsCast;
            let _ = document.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

fn install_shortcuts(shortcuts: Rc<RefCell<Option<Shortcuts>>>) -> Option<ShortcutListener> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
        move |event: web_sys::KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            // Typing in the form, or pressing a focused button, is not a shortcut.
            let target = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            if target.is_some_and(|element| {
                matches!(
                    element.tag_name().as_str(),
                    "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON" | "A"
                )
            }) {
                return;
            }
            let shortcuts = shortcuts.borrow();
            let Some(shortcuts) = shortcuts.as_ref() else {
                return;
            };
            let action = match event.key().as_str() {
                " " => &shortcuts.toggle,
                "ArrowRight" => &shortcuts.step,
                "ArrowLeft" => &shortcuts.back,
                "r" | "R" => &shortcuts.reset,
                "?" => &shortcuts.help,
                _ => return,
            };
            event.prevent_default();
            action.emit(());
        },
    );
    document
        .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(ShortcutListener { closure })
}
