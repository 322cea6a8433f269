//! Whole runs replayed for the page: the timeline's length and the policy
//! comparison, kept so that no run is replayed twice.
//!
//! ```text
//!   timeline (the run on screen, its breaks) ─┐
//!                                             ├─► summary(config, seed, breaks) ─► kept: the last few
//!   charts: every policy's row ───────────────┘       (a replay on the native executor, checked)
//! ```
//!
//! The run on screen under FIRST_COMPLETED without breaks is the comparison's
//! first row: one replay serves both. Owns the kept summaries; callers
//! decide when to ask (after the first paint, in a task of their own).

use std::cell::RefCell;
use std::rc::Rc;

use crate::sim::{
    run_checked_with, BreakAt, Config, EventChecksum, RunStats, SimTime, ThreadShare,
};

/// Summaries kept, most recent last: the run on screen and the policies
/// it is compared with.
const KEPT: usize = 8;

/// What the page needs of a whole run.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Events in the whole run.
    pub events: u64,
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
pub fn summary(config: &Config, seed: u64, breaks: &[BreakAt]) -> Option<Rc<Summary>> {
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
