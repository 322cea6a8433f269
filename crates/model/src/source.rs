//! Where a run's events come from: what the page plays, pauses, steps,
//! scrubs, replays, links to and exports. Today the engine is the one
//! source (a run is its parameters, its seed and its breaks by hand, and
//! replaying it gives the same events); a recorded trace, or a learner's
//! program on CPython, is another.
//!
//! ```text
//!   RunSource ─► the page's runner (live, paced by animation frames)
//!             ─► replay(): the timeline's length, the claims, the policy
//!                comparison (summaries, kept), the log's download, the trace
//! ```
//!
//! The panels read a run's events and its ledger, through here or through
//! the view, never the engine itself. Owns the kept summaries; callers
//! decide when to ask (after the first paint, in a task of their own).

use std::cell::RefCell;
use std::rc::Rc;

use crate::program::Recorded;
use crate::sim::config::RunParams;
use crate::sim::{
    run_checked_with, BreakAt, Config, Event, EventChecksum, LocalRun, Policy, RunStats, SimTime,
    ThreadShare,
};

/// A run, as where its events come from.
#[derive(Clone, Debug, PartialEq)]
pub enum RunSource {
    /// The engine, on these parameters, seed and breaks by hand.
    Engine {
        /// The run's parameters, checked.
        config: Config,
        /// The seed its draws come from.
        seed: u64,
        /// Stations broken by hand, at the events they were broken after.
        breaks: Vec<BreakAt>,
    },
    /// A learner's program, run on CPython and recorded: its events, read
    /// back and checked ([`crate::program`]).
    Recorded(Rc<Recorded>),
}

impl RunSource {
    /// The engine's run of `config` with `seed`, repeating `breaks`.
    pub fn engine(config: Config, seed: u64, breaks: Vec<BreakAt>) -> RunSource {
        RunSource::Engine {
            config,
            seed,
            breaks,
        }
    }

    /// The engine's run of a link's parameters (seed 0 if they name none).
    pub fn of(run: &RunParams) -> RunSource {
        RunSource::engine(
            run.config.clone(),
            run.seed.unwrap_or_default(),
            run.breaks.clone(),
        )
    }

    /// The run's shape: its stations, boxes and doses, how it supervises.
    pub fn config(&self) -> &Config {
        match self {
            RunSource::Engine { config, .. } => config,
            RunSource::Recorded(run) => &run.config,
        }
    }

    /// The recorded program, for a program's run.
    pub fn recorded(&self) -> Option<&Rc<Recorded>> {
        match self {
            RunSource::Engine { .. } => None,
            RunSource::Recorded(run) => Some(run),
        }
    }

    /// The run as a link's parameters: its configuration, seed and breaks.
    pub fn params(&self) -> RunParams {
        match self {
            RunSource::Engine {
                config,
                seed,
                breaks,
            } => RunParams {
                config: config.clone(),
                seed: Some(*seed),
                breaks: breaks.clone(),
            },
            // The engine's run on the same draws: a link to a program's
            // run carries its code besides (`#py=`), never its events.
            RunSource::Recorded(run) => RunParams {
                config: run.config.clone(),
                seed: Some(run.seed),
                breaks: Vec::new(),
            },
        }
    }

    /// The same run under `policy`, where the source can make it (the
    /// engine can: the same draws under another supervisor). Breaks count
    /// events, which differ between policies, so they are left out.
    pub fn under_policy(&self, policy: Policy) -> Option<RunSource> {
        let (config, seed) = match self {
            RunSource::Engine { config, seed, .. } => (config, *seed),
            RunSource::Recorded(run) => (&run.config, run.seed),
        };
        Some(RunSource::engine(
            Config {
                policy,
                ..config.clone()
            },
            seed,
            Vec::new(),
        ))
    }

    /// The first `count` events of the run, in order, to `on_event`.
    pub fn replay(&self, count: u64, mut on_event: impl FnMut(&Event)) {
        match self {
            RunSource::Engine {
                config,
                seed,
                breaks,
            } => {
                let mut run = LocalRun::with_breaks(config.clone(), *seed, breaks);
                for _ in 0..count {
                    match run.next_event() {
                        Some(event) => on_event(&event),
                        None => return,
                    }
                }
            }
            RunSource::Recorded(run) => {
                let count = usize::try_from(count).unwrap_or(usize::MAX);
                run.events.iter().take(count).for_each(on_event);
            }
        }
    }

    /// The engine's replay of the run, for what needs the tasks as well as
    /// the events (the trace's per-task tracks); `None` for other sources.
    pub fn engine_replay(&self) -> Option<LocalRun> {
        match self {
            RunSource::Engine {
                config,
                seed,
                breaks,
            } => Some(LocalRun::with_breaks(config.clone(), *seed, breaks)),
            RunSource::Recorded(_) => None,
        }
    }

    /// The whole run's summary, replayed once and then kept; `None` if
    /// the replay breaks the ledger (never expected).
    pub fn summary(&self) -> Option<Rc<Summary>> {
        match self {
            RunSource::Engine {
                config,
                seed,
                breaks,
            } => summary(config, *seed, breaks),
            RunSource::Recorded(run) => Some(Rc::new(recorded_summary(run))),
        }
    }
}

/// Summaries kept, most recent last: the run on screen and the policies
/// it is compared with.
const KEPT: usize = 8;

/// What the page needs of a whole run.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Events in the whole run.
    pub events: u64,
    /// When the last box was reported, in virtual time.
    pub makespan: SimTime,
    /// Mean share of the makespan the stations had a box open (0 to 1).
    pub busy: f64,
    /// Boxes taken, beyond the depot's under the article's loop.
    pub boxes_opened: u32,
    /// Doses given and never reported, or thrown away, by tasks cancelled
    /// at the end (the article's loop only).
    pub doses_vanished: u64,
    /// A checksum of what happens on the lot: every event but the
    /// supervisor's wakes. Two runs with the same one give the same shots
    /// and the same boxes at the same instants, however their supervisors
    /// took the returned tasks.
    pub lot: EventChecksum,
    /// With a station that blocks the thread: how it shared it.
    pub thread_share: Option<ThreadShare>,
}

type Key = (Config, u64, Vec<BreakAt>);

thread_local! {
    static SUMMARIES: RefCell<Vec<(Key, Rc<Summary>)>> = const { RefCell::new(Vec::new()) };
}

/// The summary of `config` with `seed` and `breaks`, replayed once and
/// then kept; `None` if the replay breaks the ledger (never expected).
fn summary(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<Rc<Summary>> {
    let key: Key = (config.clone(), seed, breaks.to_vec());
    let kept = SUMMARIES.with(|kept| {
        kept.borrow()
            .iter()
            .find(|(known, _)| *known == key)
            .map(|(_, summary)| summary.clone())
    });
    if kept.is_some() {
        return kept;
    }
    let summary = Rc::new(replay(config, seed, breaks)?);
    SUMMARIES.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept.len() == KEPT {
            kept.remove(0);
        }
        kept.push((key, summary.clone()));
    });
    Some(summary)
}

/// The summary of a recorded program, from its events and the lot they
/// left (checked as they were read).
fn recorded_summary(run: &Recorded) -> Summary {
    let mut lot = EventChecksum::default();
    run.events.iter().for_each(|event| lot.add_lot_event(event));
    let stats = RunStats::of(&run.lot);
    Summary {
        events: run.events.len() as u64,
        makespan: run.lot.now,
        busy: stats.stations.iter().map(|s| s.utilisation).sum::<f64>()
            / stats.stations.len().max(1) as f64,
        boxes_opened: run.lot.boxes_opened,
        doses_vanished: run.lot.doses_vanished(),
        lot,
        thread_share: None,
    }
}

fn replay(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<Summary> {
    let mut lot = EventChecksum::default();
    let mut thread_share = config.blocking.map(ThreadShare::new);
    let outcome = run_checked_with(config, seed, breaks, |event| {
        lot.add_lot_event(event);
        if let Some(share) = &mut thread_share {
            share.add(event);
        }
    })
    .ok()?;
    let stats = RunStats::of(&outcome.state);
    let busy = stats.stations.iter().map(|s| s.utilisation).sum::<f64>()
        / stats.stations.len().max(1) as f64;
    Some(Summary {
        events: outcome.events,
        makespan: outcome.makespan,
        busy,
        boxes_opened: outcome.state.boxes_opened,
        doses_vanished: outcome.state.doses_vanished(),
        lot,
        thread_share,
    })
}
