//! The whole page, laid out: `App` reads the URL once, takes the run's
//! controller and hands each panel its slice of the view and its
//! callbacks.
//!
//! Layout only: the run's lifecycle is `controller`'s, the lessons' are
//! `page_lessons`' (which draws them in the build that has them), the
//! keyboard is `keyboard`'s, the embedding API is `host`'s. Its own state
//! is which overlays are open and the theme. While a lesson runs, the lot and the region the
//! step points at sit side by side (on a phone: the lot above, the lesson
//! in a sheet over the lower half).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::{browser_languages, load_again, page_base};
use crate::app::code_first::{use_code_choice, CodeChoice};
use crate::app::controller::{use_run_controller, RunController, Startup};
use crate::app::hooks::{use_bool_toggle, use_media_query, use_throttled, use_turns, BoolToggle};
use crate::app::host::{self, use_host_bridge};
use crate::app::keyboard::{use_shortcuts, PageKeys};
use crate::app::language::{use_language, I18n};
use crate::app::settings::{Panel, Panels};
use crate::app::store::{RunView, ViewRef};
use crate::i18n::{current, Locale, Messages};
use crate::lesson::Focus;
use crate::model::command::RunCommand;
use crate::model::program::{LessonProgram, ProgramRan};
use crate::model::source::RunSource;
use crate::model::view::Mode;
use crate::sim::config::RunParams;
use crate::sim::Config;

use super::charts::ChartsPanel;
use super::code::CodePanel;
use super::controls::{controls as play_controls, timeline, ControlsProps, TimelineProps};
use super::deferred::Deferred;
use super::executor::ExecutorPanel;
use super::export::{use_page_export, PageExport};
use super::fuzz::FuzzPanel;
use super::help::help_overlay;
use super::inspector::TaskInspector;
use super::log::LogPanel;
use super::loop_panel::LoopMode;
use super::masthead::{language_notice, masthead, run_footer, MastheadProps};
use super::narration::Narration;
use super::page_lessons::{use_page_lessons, PageLessons};
use super::params::{param_errors, ParamForm};
use super::python::{with_python, PythonPanel};
use super::schematic::{break_hint, OnThread, Schematic};
use super::share::ShareDialog;
use super::stats::StatsPanel;
use super::thread::thread_view;

/// Where the page reads its parameters from.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to read parameters from; `None` reads the page's URL.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// How often the teaching panels refresh while a run plays [ms]: nobody
/// reads them at 60 Hz, and redrawing them every frame would slow the run.
const TEACHING_REFRESH_MS: f64 = 100.0;

/// Screens this narrow get the phone's layout (as in the style sheet).
const NARROW_SCREEN: &str = "(max-width: 700px)";

/// Runs with up to this many stations show the sentence on breaking one.
const BREAK_HINT_STATIONS: usize = 100;

/// The whole page: the run, its language, lessons, shortcuts and host
/// bridge, and every panel, mounted a part at a time.
#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = {
        let query = props.query.clone();
        use_memo((), move |_| Startup::read(query.as_deref()))
    };
    let run = use_run_controller(&startup, host::post_events);
    let language = use_language(
        startup
            .params
            .page
            .lang
            .unwrap_or_else(|| Locale::from_browser(&browser_languages())),
    );
    {
        // Links carry the language shown, and the panic panel speaks it:
        // written once the page has rendered in it, never during a render.
        let (run, messages) = (run.clone(), language.messages.0.clone());
        use_effect_with(
            (language.requested, Rc::as_ptr(&messages) as usize),
            move |(requested, _)| {
                run.set_language(*requested);
                current::show(&messages);
            },
        );
    }
    let lessons = use_page_lessons(&run, startup.params.page.lesson);
    let export = use_page_export(&run, startup.params.page.export);
    let overlays = use_overlays(startup.params.page.theme_projector);
    let code_choice = use_code_choice(startup.params.page.code, {
        let run = run.clone();
        Callback::from(move |()| run.moment_link())
    });
    use_shortcuts(run.commands(), page_keys(&overlays, &lessons));
    use_host_bridge(&run);
    let snapshot = run.snapshot();
    let teaching = use_teaching_view(&run, &snapshot);
    // Where CPython first differed from the engine, on which run: the
    // timeline marks it while that run is on screen.
    let difference = use_state(|| None::<(RunSource, u64)>);
    let on_verdict = {
        let difference = difference.clone();
        Callback::from(move |(run, at): (RunSource, Option<u64>)| {
            difference.set(at.map(|at| (run, at)))
        })
    };
    let marker = (*difference)
        .as_ref()
        .filter(|(run, _)| *run == snapshot.source())
        .map(|(_, at)| *at);
    let page = &startup.params.page;
    let focus = lessons.focus();
    let narrow = use_media_query(NARROW_SCREEN);
    let turn = use_turns(Part::TURNS);
    let mounted = |part: Part| part.turn(narrow) <= turn;
    let regions = Regions {
        controls_mounted: mounted(Part::Controls),
        lot_mounted: mounted(Part::Lot),
        run: &run,
        snapshot: &snapshot,
        teaching: &teaching,
        panels: page.shown_panels(),
        embed: page.embed,
        python: page.python,
        marker,
        on_verdict,
        lesson_program: lessons.program(),
        on_lesson_program: lessons.on_program(),
        narrow,
        code: code_choice,
        messages: &language.messages,
    };
    let link = run.link();
    html! {
        <ContextProvider<I18n> context={language.messages.clone()}>
        <div class={classes!("app", page.embed.then_some("embed"), overlays.projector.is_on().then_some("projector"),
                             focus.is_some().then_some("lesson-mode"))}
             data-focus={focus.flatten().map(Focus::as_str)}>
            if mounted(Part::Masthead) {
                <Narration lot={run.lot.clone()} mode={run.mode} run_id={run.run_id} />
                { dialogs(&overlays, &lessons, &export, &link, &language.messages) }
                { masthead(&language.messages, &MastheadProps {
                    embed: page.embed, mode: run.mode, projector: overlays.projector.is_on(),
                    language: language.requested, on_language: language.choose.clone(),
                    on_help: overlays.help.toggle(), on_lessons: lessons.on_open(),
                    on_share: overlays.share.toggle(), on_export: export.on_open(),
                    on_projector: overlays.projector.toggle(),
                }) }
                { param_errors(&language.messages, &startup.errors) }
                { language_notice(&language.messages, language.failed) }
                { lessons.notices(&language.messages) }
            }
            // Fuzz mode is a tester's tool: the loader starts the build with
            // lessons for it (`fuzz=1`), and the first download leaves it out.
            if cfg!(feature = "lessons") && page.fuzz && mounted(Part::Controls) {
                <FuzzPanel view={snapshot.clone()} seed={startup.seed} timeline_total={run.timeline_total()}
                           on_command={run.commands()} />
            }
            if let Some(focus) = focus {
                if mounted(Part::Controls) || mounted(Part::Lot) {
                    { lesson_stage(&regions, focus, &lessons) }
                }
            } else {
                { regions.controls() }
                { regions.lot() }
                // Be-the-loop mode comes with the build that has lessons
                // (the loader starts it for `loop=1`).
                if cfg!(feature = "lessons") && page.loop_play && mounted(Part::Lot) {
                    <LoopMode run={RunParams { config: (*run.config).clone(), seed: Some(run.seed),
                                               breaks: run.breaks.clone() }}
                              on_command={run.commands()} />
                }
            }
            if mounted(Part::Below) {
                { lessons.editor(&language.messages) }
                { regions.the_rest(focus.flatten()) }
                if !page.embed {
                    <Deferred turn={FORM_TURN}>
                        <ParamForm key={run.run_id} config={(*run.config).clone()} seed={run.seed}
                                   on_apply={run.commands().reform(new_run)} />
                    </Deferred>
                }
                { run_footer(&language.messages, run.seed, link) }
            }
        </div>
        </ContextProvider<I18n>>
    }
}

/// The page's parts, each mounting in a turn of its own ([`use_turns`]):
/// a task each, so that loading never blocks the page for long.
/// The first render sets the page up (the run, the language, the address)
/// and draws none of them. They mount in the order the screen shows them,
/// top to bottom, so that no part moves what is already drawn: the
/// masthead (with the notices and the dialogs), the controls (in a lesson:
/// with the lesson's card) and the lot, then everything below the lot,
/// whose panels in turn mount a task each ([`Deferred`]).
#[derive(Clone, Copy)]
enum Part {
    Masthead,
    Controls,
    Lot,
    Below,
}

impl Part {
    /// How many turns it takes to mount them all: the first, and one per
    /// part.
    const TURNS: u32 = 5;

    /// The turn this part mounts in: a phone draws the lot above the
    /// controls (see the style sheet), a wider screen below them.
    fn turn(self, narrow: bool) -> u32 {
        match (self, narrow) {
            (Part::Masthead, _) => 2,
            (Part::Controls, false) | (Part::Lot, true) => 3,
            (Part::Lot, false) | (Part::Controls, true) => 4,
            (Part::Below, _) => 5,
        }
    }
}

/// When each panel below the lot mounts [ms after the part below the lot
/// does]: the statistics, the log, the teaching panels (executor,
/// inspector, charts, code) and the form, each in a task of its own.
const STATS_TURN: u32 = 1;
const LOG_TURN: u32 = 2;
const PANEL_TURNS: [u32; 4] = [3, 4, 5, 6];
const FORM_TURN: u32 = 7;

/// Which overlays and page tools are on.
struct Overlays {
    help: BoolToggle,
    share: BoolToggle,
    projector: BoolToggle,
}

#[hook]
fn use_overlays(projector: bool) -> Overlays {
    Overlays {
        help: use_bool_toggle(false),
        share: use_bool_toggle(false),
        projector: use_bool_toggle(projector),
    }
}

/// The keys the page handles besides the run's.
fn page_keys(overlays: &Overlays, lessons: &PageLessons) -> PageKeys {
    PageKeys {
        on_help: overlays.help.toggle(),
        on_lesson_step: lessons.on_step(),
    }
}

/// The lot and its controls, beside (on a phone: above) the lesson card
/// and the region the step points at.
fn lesson_stage(regions: &Regions, focus: Option<Focus>, lessons: &PageLessons) -> Html {
    html! {
        <div class="lesson-stage">
            <div class="lesson-lot">{ regions.controls() }{ regions.lot() }</div>
            <div class="lesson-column">
                { lessons.card() }
                { focus.map(|focus| regions.region(focus)).unwrap_or_default() }
            </div>
        </div>
    }
}

/// The help, share, export and lessons dialogs, whichever are open.
fn dialogs(
    overlays: &Overlays,
    lessons: &PageLessons,
    export: &PageExport,
    link: &str,
    messages: &I18n,
) -> Html {
    html! {
        <>
            if overlays.help.is_on() { { help_overlay(messages, overlays.help.toggle()) } }
            if overlays.share.is_on() {
                <ShareDialog base={page_base()} query={link.to_string()} on_close={overlays.share.toggle()}
                             lesson={lessons.link_suffix()} />
            }
            { export.dialog() }
            { lessons.menu(messages) }
        </>
    }
}

/// The page's regions, each drawable where the layout wants it: in a
/// lesson, the one in focus goes beside the lot.
struct Regions<'a> {
    /// Whether the controls' and the lot's turns to mount have come
    /// ([`Part`]).
    controls_mounted: bool,
    lot_mounted: bool,
    run: &'a RunController,
    snapshot: &'a Rc<RunView>,
    teaching: &'a ViewRef,
    panels: Panels,
    embed: bool,
    /// The Python view runs the listing as it mounts (`python=1`).
    python: bool,
    /// The event where CPython first differed from the engine on the run
    /// on screen, marked on the timeline.
    marker: Option<u64>,
    /// Where the Python view says what it found.
    on_verdict: Callback<(RunSource, Option<u64>)>,
    /// The lesson step's Python program, if it has one.
    lesson_program: Option<LessonProgram>,
    /// Where the Python view hands that program's run.
    on_lesson_program: Callback<ProgramRan>,
    /// A phone-sized screen (the lot is drawn narrower and taller).
    narrow: bool,
    /// The language the class reads: the code view's order, the panels'
    /// words.
    code: CodeChoice,
    /// The page's messages, for the regions' own sentences.
    messages: &'a I18n,
}

impl Regions<'_> {
    fn controls(&self) -> Html {
        if !self.controls_mounted {
            return html! {};
        }
        controls(self.messages, self.run, self.marker)
    }

    fn lot(&self) -> Html {
        if !self.lot_mounted {
            return html! {};
        }
        let run = self.run;
        let running = run.mode == Mode::Running;
        let thread = self.snapshot.thread.clone();
        let on_thread = thread.as_ref().map(|thread| OnThread {
            station: thread.holding_station(&run.lot),
            ready: thread
                .ready_stations(&run.lot)
                .filter(|station| (1..=64).contains(station))
                .fold(0, |bits, station| bits | 1 << (station - 1)),
        });
        html! {
            <main class="stage" data-testid="lot">
                <Schematic lot={run.lot.clone()} {running} compact={self.narrow} {on_thread}
                           on_break={run.commands().reform(RunCommand::Break)} />
                if let Some(thread) = thread { { thread_view(self.messages, &thread) } }
                if run.lot.stations.len() <= BREAK_HINT_STATIONS { { break_hint(self.messages, self.embed) } }
            </main>
        }
    }

    /// Loads the page again where the run stands, asking for Python: the
    /// address is worked out on the click, not at every frame.
    fn open_with_python(&self) -> Callback<()> {
        let run = self.run.clone();
        Callback::from(move |()| load_again(&with_python(&run.moment_link()), ""))
    }

    /// The region `focus` names, whether or not the page shows it otherwise
    /// (an embed shows a hidden panel for the step that points at it).
    fn region(&self, focus: Focus) -> Html {
        let teaching = self.teaching;
        match focus {
            Focus::Lot => html! {},
            Focus::Stats => html! { <StatsPanel view={self.snapshot.clone()} /> },
            Focus::Log => html! { <LogPanel view={self.snapshot.clone()} /> },
            Focus::Executor => {
                html! { <ExecutorPanel view={teaching.clone()} words={self.code.first} /> }
            }
            Focus::Inspector => {
                html! { <TaskInspector view={teaching.clone()} words={self.code.first} /> }
            }
            Focus::Charts => html! { <ChartsPanel view={teaching.clone()} /> },
            Focus::Code => {
                let code = html! {
                    <CodePanel key="code" code={self.code.clone()} policy={teaching.config.policy} last_ran={teaching.last_ran}
                               waiting={teaching.awaited.len()} finished={teaching.mode == Mode::Finished}
                               blocking={teaching.config.blocking} />
                };
                let python = html! {
                    <PythonPanel key="python" source={teaching.source()} at={teaching.events_shown}
                                 run_at_start={self.python} open_with_python={self.open_with_python()}
                                 on_command={self.run.commands()}
                                 on_verdict={self.on_verdict.clone()} lesson={self.lesson_program.clone()}
                                 on_lesson={self.on_lesson_program.clone()} />
                };
                // A lesson step's program is what the step is about: the
                // Python view comes first, the listing after it (keyed: the
                // view and its worker stay as they move).
                if self.lesson_program.is_some() {
                    html! { <>{ python }{ code }</> }
                } else {
                    html! { <>{ code }{ python }</> }
                }
            }
        }
    }

    /// The region `focus` names where the page lists it: each panel waits
    /// for its turn to mount, holding its place meanwhile.
    fn listed_region(&self, focus: Focus) -> Html {
        let turn = match focus {
            Focus::Stats => STATS_TURN,
            Focus::Log => LOG_TURN,
            Focus::Executor => PANEL_TURNS[0],
            Focus::Inspector => PANEL_TURNS[1],
            Focus::Charts => PANEL_TURNS[2],
            Focus::Code => PANEL_TURNS[3],
            Focus::Lot => return self.region(focus),
        };
        html! { <Deferred {turn}>{ self.region(focus) }</Deferred> }
    }

    /// Every region but the lot and `except`, in the page's order.
    fn the_rest(&self, except: Option<Focus>) -> Html {
        let shown = |focus: Focus, panel: Option<Panel>| {
            except != Some(focus) && panel.is_none_or(|panel| self.panels.shows(panel))
        };
        let executor = shown(Focus::Executor, Some(Panel::Executor));
        let inspector = shown(Focus::Inspector, Some(Panel::Inspector));
        html! {
            <>
                <div class="panels">
                    if shown(Focus::Stats, None) { { self.listed_region(Focus::Stats) } }
                    if shown(Focus::Log, None) { { self.listed_region(Focus::Log) } }
                </div>
                if executor || inspector {
                    <div class="panels teaching">
                        if executor { { self.listed_region(Focus::Executor) } }
                        if inspector { { self.listed_region(Focus::Inspector) } }
                    </div>
                }
                if shown(Focus::Charts, Some(Panel::Charts)) { { self.listed_region(Focus::Charts) } }
                if shown(Focus::Code, Some(Panel::Code)) { { self.listed_region(Focus::Code) } }
            </>
        }
    }
}

/// The view the teaching panels show: every event when paused or
/// stepping, and ten times a second while running.
#[hook]
fn use_teaching_view(run: &RunController, snapshot: &Rc<RunView>) -> ViewRef {
    let running = run.mode == Mode::Running;
    let snapshot = snapshot.clone();
    use_throttled(
        (
            run.run_id,
            run.mode,
            (!running).then_some(run.events_shown),
            run.breaks.len(),
        ),
        running.then_some(TEACHING_REFRESH_MS),
        move || ViewRef(snapshot),
    )
}

/// The play controls and the timeline.
fn controls(messages: &Messages, run: &RunController, marker: Option<u64>) -> Html {
    html! {
        <>
            { play_controls(messages, &ControlsProps {
                mode: run.mode, speed: run.speed, on_command: run.commands(),
                turn_pace: run.turn_pace_shown(),
            }) }
            { timeline(messages, &TimelineProps {
                total: run.timeline_total(), pending: run.timeline_pending(), shown: run.events_shown,
                clock: run.clock, marker, on_command: run.commands(),
            }) }
        </>
    }
}

/// The form's parameters and seed as a fresh run.
fn new_run((config, seed): (Config, u64)) -> RunCommand {
    RunCommand::NewRun {
        run: RunParams {
            config,
            seed: Some(seed),
            breaks: Vec::new(),
        },
        speed: None,
    }
}
