//! The driver's step, shared by every driver of a run: the native
//! [`LocalRun`](crate::LocalRun) and the page's runtime. They differ only
//! in how they let the woken tasks run (natively the pool runs until it
//! stalls; in the page the driver yields to the browser's executor until
//! the monitor counts no task scheduled) and in what they do with the
//! events; the order of settling, breaking and firing is written here once.
//!
//! ```text
//!   ┌─► Settle: let every woken task run until it waits again ─┐
//!   │                                                           ▼
//!   └─ a break by hand is due, and the loop waits for its timers? break it
//!      else the turn's timers have fired and their tasks ran?    ─► Turned
//!      else fire the next timers (Simulation::next_turn)         ─► Settle, or Over
//! ```
//!
//! Owns the schedule of recorded breaks and whether the turn being taken
//! has fired. It runs no task itself.

use super::breaks::{BreakAt, BreakSchedule};
use super::run::Simulation;

/// What a driver does next to take one turn of the loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drive {
    /// Let every woken task run until it waits again, then ask again.
    Settle,
    /// A turn is over: its timers fired, every task they woke ran, and the
    /// breaks due after it were applied.
    Turned,
    /// No timer is left and nothing waits: the run is over.
    Over,
}

/// The step of one run's driver.
#[derive(Debug, Default)]
pub struct TurnDriver {
    /// Breaks recorded by hand, to repeat where the live run made them.
    breaks: BreakSchedule,
    /// Whether the turn being taken has fired its timers.
    fired: bool,
}

impl TurnDriver {
    /// A driver that repeats `breaks`: each is applied at the first moment
    /// the loop waits for its timers with at least its `after_events`
    /// events produced, which is where the live run applied it.
    pub fn new(breaks: &[BreakAt]) -> TurnDriver {
        TurnDriver {
            breaks: BreakSchedule::new(breaks),
            fired: false,
        }
    }

    /// The next thing to do towards the end of the current turn;
    /// `produced` gives the events the run has produced so far (asked only
    /// while a recorded break is still to come).
    ///
    /// Natively always inlined: the native driver calls it twice per shot.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn next(&mut self, simulation: &Simulation, produced: impl FnOnce() -> u64) -> Drive {
        // Tasks woken from outside (a break by hand) run before time moves.
        if !simulation.is_settled() {
            return Drive::Settle;
        }
        if !self.breaks.is_empty() && self.break_due(simulation, produced()) {
            return Drive::Settle;
        }
        if std::mem::take(&mut self.fired) {
            return Drive::Turned;
        }
        if simulation.next_turn().is_none() {
            return Drive::Over;
        }
        self.fired = true;
        Drive::Settle
    }

    /// Applies the next recorded break, if one is due and the loop waits
    /// for its timers (the only moments a live run can break a station).
    /// Out of line: most runs record no break.
    #[cold]
    #[inline(never)]
    fn break_due(&mut self, simulation: &Simulation, produced: u64) -> bool {
        if !simulation.is_waiting_for_timers() {
            return false;
        }
        match self.breaks.take_due(produced) {
            Some(due) => {
                simulation.break_station(due.station);
                true
            }
            None => false,
        }
    }
}
