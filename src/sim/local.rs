//! Driving a run on a [`LocalPool`]: natively in tests, the headless runner
//! and the benchmarks, and inside the page for fast replay.
//!
//! The loop is the whole time design in three lines: let every woken task
//! run until it waits again, fire the earliest timer, repeat.

use std::rc::Rc;

use futures::executor::LocalPool;

use super::config::Config;
use super::event::{Event, EventChecksum};
use super::ledger::{LedgerError, LotState};
use super::run::Simulation;
use super::time::SimTime;

/// A simulation together with the executor that runs its tasks.
pub struct LocalRun {
    pool: LocalPool,
    simulation: Simulation,
    exhausted: bool,
}

impl LocalRun {
    pub fn new(config: Config, seed: u64) -> LocalRun {
        let mut pool = LocalPool::new();
        let simulation = Simulation::start(config, seed, Rc::new(pool.spawner()));
        pool.run_until_stalled();
        LocalRun {
            pool,
            simulation,
            exhausted: false,
        }
    }

    pub fn simulation(&self) -> &Simulation {
        &self.simulation
    }

    /// Fires the next timer and runs every task it wakes. Returns `false`
    /// when no timer is left (the run is over).
    pub fn advance(&mut self) -> bool {
        if self.exhausted {
            return false;
        }
        // Every task woken so far has run (see `new` and below).
        if self.simulation.clock().fire_next().is_none() {
            self.exhausted = true;
            return false;
        }
        self.pool.run_until_stalled();
        true
    }

    /// The next event of the run, advancing time as needed.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.simulation.events().pop() {
                return Some(event);
            }
            if !self.advance() {
                return None;
            }
        }
    }

    /// Runs to the end, handing every event to `on_event` in order.
    pub fn run_to_end(mut self, mut on_event: impl FnMut(&Event)) {
        while let Some(event) = self.next_event() {
            on_event(&event);
        }
    }
}

/// The result of a whole run, folded and checked.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    pub state: LotState,
    pub checksum: EventChecksum,
    pub events: u64,
    pub makespan: SimTime,
}

/// Runs `config` with `seed` to the end on a [`LocalPool`], checking the
/// conservation invariant after every event.
pub fn run_checked(config: &Config, seed: u64) -> Result<RunOutcome, LedgerError> {
    let mut state = LotState::new(config);
    let mut checksum = EventChecksum::default();
    let mut run = LocalRun::new(config.clone(), seed);
    let mut events = 0u64;
    while let Some(event) = run.next_event() {
        state.apply(&event)?;
        checksum.add(&event);
        events += 1;
    }
    state.check_finished()?;
    Ok(RunOutcome {
        makespan: state.now,
        state,
        checksum,
        events,
    })
}
