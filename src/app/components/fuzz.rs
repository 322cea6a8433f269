//! Fuzz mode (`fuzz=1`), in the manner of PhET's simulations: random
//! clicks, keys and parameter changes at a high rate, while the ledger
//! checks every event and this panel checks the page's state every frame.
//! Anything wrong is shown, not swallowed.
//!
//! Owns the fuzzer's interval (dropped with the panel) and its findings;
//! its actions are the page's own [`RunCommand`]s, which its owner carries
//! out as it does every other input's.

use std::rc::Rc;

use gloo_timers::callback::Interval;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use yew::prelude::*;

use crate::app::figures::count;
use crate::app::hooks::use_latest;
use crate::app::language::use_i18n;
use crate::app::settings::PlaySpeed;
use crate::app::store::RunView;
use crate::i18n::Messages;
use crate::model::command::RunCommand;
use crate::tr;

/// Time between two random actions [ms].
const ACTION_INTERVAL_MS: u32 = 40;

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

/// One random thing a user could do, on a run of `stations` stations
/// whose timeline ends at about event `end`.
fn random_command(rng: &mut Pcg64Mcg, stations: u32, end: u64) -> RunCommand {
    match rng.random_range(0..100u32) {
        0..=14 => RunCommand::Play,
        15..=24 => RunCommand::Pause,
        25..=44 => RunCommand::Step,
        45..=54 => RunCommand::StepBack,
        55..=58 => RunCommand::Reset,
        59..=68 => RunCommand::Seek((end as f64 * rng.random::<f64>()) as u64),
        69..=78 => RunCommand::Break(rng.random_range(0..1000) % stations.max(1) + 1),
        79..=90 => RunCommand::Speed(match rng.random_range(0..4u32) {
            0 => PlaySpeed::Max,
            1 => PlaySpeed::Factor(1.0),
            2 => PlaySpeed::Factor(100.0),
            _ => PlaySpeed::Factor(10_000.0),
        }),
        // Refused parameters change nothing, as they do for a host page.
        _ => RunCommand::from_query(PARAMS[rng.random_range(0..PARAMS.len())])
            .unwrap_or(RunCommand::Step),
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

/// The run the fuzzer checks and acts on.
#[derive(Properties, PartialEq)]
pub struct FuzzProps {
    /// The run's view, checked at every render.
    pub view: Rc<RunView>,
    /// The page's seed, from which the fuzzer draws its random actions
    /// (read once, on mounting).
    pub seed: u64,
    /// Events in the whole run, once measured: where random seeks may land.
    pub timeline_total: Option<u64>,
    /// Where the random actions go, as commands to the run.
    pub on_command: Callback<RunCommand>,
}

/// The fuzz report: a random action every few tens of milliseconds, the
/// page's state checked every frame, and what the checks found.
#[component]
pub fn FuzzPanel(props: &FuzzProps) -> Html {
    let i18n = use_i18n();
    let findings = use_mut_ref(Findings::default);
    let shown = use_state(Findings::default);
    let act = use_latest(props.on_command.clone());
    // Where seeks and breaks may land: the run on screen's.
    let run_shape = use_latest((
        props.view.config.stations,
        props
            .timeline_total
            .unwrap_or(props.view.events_shown + 200),
    ));
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
                let Some((stations, end)) = run_shape.get() else {
                    return;
                };
                let action = random_command(&mut rng, stations, end);
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
