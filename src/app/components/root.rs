//! The whole page, laid out: `App` reads the URL once, takes the run's
//! controller and hands each panel its slice of the view and its
//! callbacks.
//!
//! Layout only: the run's lifecycle is `controller`'s, the keyboard is
//! `keyboard`'s, the embedding API is `host`'s. Its own state is which
//! overlays are open and the theme.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::page_base;
use crate::app::controller::{use_run_controller, RunController, Startup};
use crate::app::hooks::{use_bool_toggle, use_throttled};
use crate::app::host::{self, use_host_bridge};
use crate::app::keyboard::use_shortcuts;
use crate::app::runtime::Mode;
use crate::app::settings::{Panel, Panels};
use crate::app::store::{RunView, ViewRef};

use super::charts::ChartsPanel;
use super::code::CodePanel;
use super::controls::{Controls, Timeline};
use super::executor::ExecutorPanel;
use super::fuzz::{self, FuzzPanel};
use super::help::HelpOverlay;
use super::inspector::TaskInspector;
use super::log::LogPanel;
use super::masthead::{Masthead, RunFooter};
use super::narration::Narration;
use super::params::{ParamErrors, ParamForm};
use super::schematic::{Schematic, BREAK_HINT_ID};
use super::share::ShareDialog;
use super::stats::StatsPanel;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to read parameters from; `None` reads the page's URL.
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// How often the teaching panels refresh while a run plays [ms]: nobody
/// reads them at 60 Hz, and redrawing them every frame would slow the run.
const TEACHING_REFRESH_MS: f64 = 100.0;

/// Runs with up to this many stations show the sentence on breaking one.
const BREAK_HINT_STATIONS: usize = 100;

#[component]
pub fn App(props: &AppProps) -> Html {
    let startup = {
        let query = props.query.clone();
        use_memo((), move |_| Startup::read(query.as_deref()))
    };
    let run = use_run_controller(&startup, host::post_events);
    let help_open = use_bool_toggle(false);
    let share_open = use_bool_toggle(false);
    let projector = use_bool_toggle(startup.params.page.theme_projector);
    use_shortcuts(&run, help_open.toggle());
    use_host_bridge(&run);
    let snapshot = run.snapshot();
    let teaching = use_teaching_view(&run, &snapshot);
    let running = run.mode == Mode::Running;
    let page = &startup.params.page;
    let (embed, panels) = (page.embed, page.shown_panels());
    let link = run.link();
    html! {
        <div class={classes!("app", embed.then_some("embed"), projector.is_on().then_some("projector"))}>
            <Narration lot={run.lot.clone()} mode={run.mode} run_id={run.run_id} />
            if help_open.is_on() { <HelpOverlay on_close={help_open.toggle()} /> }
            if share_open.is_on() {
                <ShareDialog base={page_base()} query={link.clone()} on_close={share_open.toggle()} />
            }
            <Masthead {embed} mode={run.mode} projector={projector.is_on()} on_help={help_open.toggle()}
                      on_share={share_open.toggle()} on_projector={projector.toggle()} />
            <ParamErrors errors={startup.errors.clone()} />
            if page.fuzz {
                <FuzzPanel view={snapshot.clone()} seed={startup.seed} on_action={run.callback(fuzz::perform)} />
            }
            { controls(&run) }
            <main class="stage">
                <Schematic lot={run.lot.clone()} {running} on_break={run.callback(RunController::break_station)} />
                if run.lot.stations.len() <= BREAK_HINT_STATIONS { { break_hint(embed) } }
            </main>
            <div class="panels">
                <StatsPanel view={snapshot.clone()} />
                <LogPanel view={snapshot} />
            </div>
            { teaching_panels(panels, &teaching) }
            if !embed {
                <ParamForm key={run.run_id} config={(*run.config).clone()} seed={run.seed}
                           on_apply={run.callback(|run, (config, seed)| run.start_run(config, seed))} />
            }
            <RunFooter seed={run.seed} link={link} />
        </div>
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
            (!running).then_some(run.events_applied),
        ),
        running.then_some(TEACHING_REFRESH_MS),
        move || ViewRef(snapshot),
    )
}

/// The teaching panels the page shows.
fn teaching_panels(panels: Panels, teaching: &ViewRef) -> Html {
    html! {
        <>
            if panels.shows(Panel::Executor) || panels.shows(Panel::Inspector) {
                <div class="panels teaching">
                    if panels.shows(Panel::Executor) { <ExecutorPanel view={teaching.clone()} /> }
                    if panels.shows(Panel::Inspector) { <TaskInspector view={teaching.clone()} /> }
                </div>
            }
            if panels.shows(Panel::Charts) { <ChartsPanel view={teaching.clone()} /> }
            if panels.shows(Panel::Code) {
                <CodePanel policy={teaching.config.policy} last_ran={teaching.last_ran}
                           waiting={teaching.awaited.len()} finished={teaching.mode == Mode::Finished}
                           blocking={teaching.config.blocking} />
            }
        </>
    }
}

/// The play controls and the timeline.
fn controls(run: &RunController) -> Html {
    html! {
        <>
            <Controls mode={run.mode} speed={run.speed()}
                      on_start={run.callback(|run, ()| run.play())}
                      on_pause={run.callback(|run, ()| run.pause())}
                      on_step={run.callback(|run, ()| run.step())}
                      on_reset={run.callback(|run, ()| run.reset())}
                      on_speed={run.callback(RunController::set_speed)}
                      on_preset={run.callback(RunController::apply_preset)} />
            <Timeline total={run.timeline_total()} shown={run.events_applied} clock={run.clock}
                      finished={run.mode == Mode::Finished}
                      on_seek={run.callback(RunController::seek)}
                      on_step_back={run.callback(|run, ()| run.step_back())} />
        </>
    }
}

/// The sentence on breaking a station, which clickable stations point to.
fn break_hint(embed: bool) -> Html {
    html! {
        <p class={classes!("stage-hint", embed.then_some("visually-hidden"))} id={BREAK_HINT_ID}>
            {"Experiment: click a working station (or focus it and press Enter) to break its task now. \
              The supervisor reports the error, counts the doses left in the box as wasted, and restarts \
              the station. Replays and links repeat the break."}
        </p>
    }
}
