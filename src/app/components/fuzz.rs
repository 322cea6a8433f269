//! Fuzz mode (`fuzz=1`), in the manner of PhET's simulations: random
//! clicks, keys and parameter changes at a high rate, while the ledger
//! checks every event and this panel checks the page's state every frame.
//! Anything wrong is shown, not swallowed.
//!
//! Owns the fuzzer's interval (dropped with the panel) and its findings;
//! its actions go through the page's own ways in ([`perform`]): the host
//! API where an embedding page could do the same, the controller for the
//! rest.

use std::rc::Rc;

use gloo_timers::callback::Interval;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use yew::prelude::*;

use crate::app::controller::RunController;
use crate::app::figures::count;
use crate::app::hooks::use_latest;
use crate::app::host::{self, HostCommand};
use crate::app::language::use_i18n;
use crate::app::settings::PlaySpeed;
use crate::app::store::RunView;
use crate::i18n::Messages;
use crate::tr;

/// Time between two random actions [ms].
const ACTION_INTERVAL_MS: u32 = 40;

/// One random thing a user could do.
#[derive(Clone, Debug, PartialEq)]
pub enum FuzzAction {
    Start,
    Pause,
    Step,
    StepBack,
    Reset,
    /// Seek to this fraction of the run.
    Seek(f64),
    /// Break the station with this index (wrapped to the station count).
    Break(u32),
    /// Play speed: a factor, or `None` for max.
    Speed(Option<f64>),
    /// A parameter string, valid or not.
    SetParams(String),
}

/// Parameter strings the fuzzer tries: most valid, some not.
const PARAMS: [&str; 10] = [
    "stations=3",
    "stations=7&capacity=9&boxes=40&fail=0.05",
    "stations=1&boxes=3&capacity=1",
    "stations=12&speeds=2,0.5,,3&policy=all",
    "stations=4&policy=queue&fail=0.2",
    "stations=5&blocking=2&boxes=20",
    "stations=150&boxes=300&capacity=5",
    "stations=0&capacity=-3",
    "shot_min=5&shot_max=1",
    "speeds=x,y&fail=nan&<b>=1",
];

fn random_action(rng: &mut Pcg64Mcg) -> FuzzAction {
    match rng.random_range(0..100u32) {
        0..=14 => FuzzAction::Start,
        15..=24 => FuzzAction::Pause,
        25..=44 => FuzzAction::Step,
        45..=54 => FuzzAction::StepBack,
        55..=58 => FuzzAction::Reset,
        59..=68 => FuzzAction::Seek(rng.random::<f64>()),
        69..=78 => FuzzAction::Break(rng.random_range(0..1000)),
        79..=90 => FuzzAction::Speed(match rng.random_range(0..4u32) {
            0 => None,
            1 => Some(1.0),
            2 => Some(100.0),
            _ => Some(10_000.0),
        }),
        _ => FuzzAction::SetParams(PARAMS[rng.random_range(0..PARAMS.len())].to_string()),
    }
}

/// Does one random action on the page.
pub fn perform(controller: &RunController, action: FuzzAction) {
    match action {
        FuzzAction::Start => host::perform(controller, HostCommand::Start),
        FuzzAction::Pause => host::perform(controller, HostCommand::Pause),
        FuzzAction::Step => host::perform(controller, HostCommand::Step),
        FuzzAction::Reset => host::perform(controller, HostCommand::Reset),
        FuzzAction::StepBack => controller.step_back(),
        FuzzAction::Seek(fraction) => {
            let end = controller
                .timeline_total()
                .unwrap_or(controller.events_applied + 200);
            controller.seek((end as f64 * fraction) as u64);
        }
        FuzzAction::Break(index) => {
            controller.break_station(index % controller.config.stations.max(1) + 1)
        }
        FuzzAction::Speed(factor) => {
            controller.set_speed(factor.map_or(PlaySpeed::Max, PlaySpeed::Factor))
        }
        FuzzAction::SetParams(params) => host::perform(controller, HostCommand::SetParams(params)),
    }
}

/// What the checks found so far.
#[derive(Clone, Debug, Default, PartialEq)]
struct Findings {
    actions: u64,
    frames_checked: u64,
    last_action: String,
    problems: Vec<Problem>,
}

/// Something wrong the checks found, kept as data so that it is shown in
/// the language on screen. The details are the engine's own text.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    Ledger(String),
    Conservation(String),
    StationCount { shown: usize, configured: u32 },
    ClockBehind { clock: String, last: String },
    Unaccounted,
}

impl Problem {
    fn text(&self, messages: &Messages) -> String {
        match self {
            Problem::Ledger(detail) => tr!(messages, "fuzz-ledger", detail = detail.as_str()),
            Problem::Conservation(detail) => {
                tr!(messages, "fuzz-conservation", detail = detail.as_str())
            }
            Problem::StationCount { shown, configured } => tr!(
                messages,
                "fuzz-stations",
                shown = count(*shown as f64),
                configured = count(*configured)
            ),
            Problem::ClockBehind { clock, last } => tr!(
                messages,
                "fuzz-clock",
                clock = clock.as_str(),
                last = last.as_str()
            ),
            Problem::Unaccounted => tr!(messages, "fuzz-unaccounted"),
        }
    }
}

/// Checks the page's state beyond what the ledger checks per event.
fn check(view: &RunView) -> Option<Problem> {
    if let Some(error) = &view.ledger_error {
        return Some(Problem::Ledger(error.clone()));
    }
    let lot = &view.lot;
    if let Err(error) = lot.check_conservation() {
        return Some(Problem::Conservation(error.to_string()));
    }
    if lot.stations.len() != view.config.stations as usize {
        return Some(Problem::StationCount {
            shown: lot.stations.len(),
            configured: view.config.stations,
        });
    }
    if view.clock < lot.now {
        // Both as the clock writes them, the same in every language.
        return Some(Problem::ClockBehind {
            clock: view.clock.to_string(),
            last: lot.now.to_string(),
        });
    }
    if lot.finished && (lot.boxes_in_depot != 0 || lot.left_in_open_boxes != 0) {
        return Some(Problem::Unaccounted);
    }
    None
}

#[derive(Properties, PartialEq)]
pub struct FuzzProps {
    pub view: Rc<RunView>,
    pub seed: u64,
    pub on_action: Callback<FuzzAction>,
}

#[component]
pub fn FuzzPanel(props: &FuzzProps) -> Html {
    let i18n = use_i18n();
    let findings = use_mut_ref(Findings::default);
    let shown = use_state(Findings::default);
    let act = use_latest(props.on_action.clone());
    {
        // Checked at every render, which follows every frame's batch.
        let mut findings = findings.borrow_mut();
        findings.frames_checked += 1;
        if let Some(problem) = check(&props.view) {
            if findings.problems.last() != Some(&problem) && findings.problems.len() < 20 {
                findings.problems.push(problem);
            }
        }
    }
    {
        let findings = findings.clone();
        let shown = shown.clone();
        let seed = props.seed;
        use_effect_with((), move |_| {
            let mut rng = Pcg64Mcg::seed_from_u64(seed ^ 0xf022);
            // Owned by the effect: dropped (and stopped) on unmount.
            let interval = Interval::new(ACTION_INTERVAL_MS, move || {
                let action = random_action(&mut rng);
                {
                    let mut findings = findings.borrow_mut();
                    findings.actions += 1;
                    findings.last_action = format!("{action:?}");
                }
                if let Some(act) = act.get() {
                    act.emit(action);
                }
                shown.set(findings.borrow().clone());
            });
            move || drop(interval)
        });
    }
    let current = findings.borrow().clone();
    let ok = current.problems.is_empty();
    let problems = current
        .problems
        .iter()
        .map(|problem| html! { <li>{ problem.text(&i18n) }</li> });
    let summary = tr!(
        i18n,
        "fuzz-summary",
        actions = count(shown.actions.max(current.actions) as f64),
        frames = count(current.frames_checked as f64),
        problems = count(current.problems.len() as f64)
    );
    html! {
        <section class={classes!("fuzz", (!ok).then_some("failing"))} data-testid="fuzz-report" aria-label={tr!(i18n, "fuzz")}
                 data-actions={current.actions.to_string()} data-problems={current.problems.len().to_string()}>
            <strong>{ tr!(i18n, "fuzz-heading") }</strong>
            // The action as the program names it (`Seek(0.5)`).
            { summary }<span translate="no">{ current.last_action.clone() }</span>{"."}
            if !ok { <ul data-testid="fuzz-problems">{ for problems }</ul> }
        </section>
    }
}
