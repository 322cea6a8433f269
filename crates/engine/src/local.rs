//! Driving a run on a [`FifoPool`]: natively in tests, the headless runner
//! and the benchmarks, and inside the page for fast replay.
//!
//! The loop is the whole time design in three lines: let every woken task
//! run until it waits again, fire the timers due next, repeat.
//!
//! Owns the native driver and the checked whole-run fold. It touches no
//! browser and no page state; the page's own driver is `app::runtime`.

use std::collections::VecDeque;
use std::rc::Rc;

use super::breaks::BreakAt;
use super::config::Config;
use super::driver::{Drive, TurnDriver};
use super::event::{Event, EventChecksum};
use super::executor::{FifoPool, Spawner};
use super::ledger::{LedgerError, LotState};
use super::run::Simulation;
use super::time::SimTime;

/// A simulation together with the executor that runs its tasks.
pub struct LocalRun {
    /// Dropped before the pool, so that tasks a pause held are queued
    /// again for the pool to drop.
    simulation: Simulation,
    pool: FifoPool,
    /// The loop's step, and the recorded breaks it repeats.
    driver: TurnDriver,
    exhausted: bool,
    /// Events taken out with `next_event` so far.
    taken: u64,
}

impl LocalRun {
    /// A run of `config` with `seed` and no breaks, standing at its first
    /// settled moment (see [`LocalRun::with_breaks`]).
    pub fn new(config: Config, seed: u64) -> LocalRun {
        Self::with_breaks(config, seed, &[])
    }

    /// A run that repeats recorded breaks: each is applied at the first
    /// settled moment at which at least `after_events` events exist, which
    /// is where the live run applied it.
    pub fn with_breaks(config: Config, seed: u64, breaks: &[BreakAt]) -> LocalRun {
        Self::started(config, seed, breaks, Simulation::start)
    }

    /// [`LocalRun::with_breaks`], keeping a record of the thread
    /// ([`Simulation::start_traced`]).
    pub fn traced(config: Config, seed: u64, breaks: &[BreakAt]) -> LocalRun {
        Self::started(config, seed, breaks, Simulation::start_traced)
    }

    /// [`LocalRun::with_breaks`], keeping the thread's record and every
    /// choice the loop makes ([`Simulation::start_choosing`]).
    pub fn choosing(config: Config, seed: u64, breaks: &[BreakAt]) -> LocalRun {
        Self::started(config, seed, breaks, Simulation::start_choosing)
    }

    fn started(
        config: Config,
        seed: u64,
        breaks: &[BreakAt],
        start: fn(Config, u64, Rc<dyn Spawner>) -> Simulation,
    ) -> LocalRun {
        let mut pool = FifoPool::new();
        let simulation = start(config, seed, Rc::new(pool.spawner()));
        // The supervisor opens the first boxes: the run stands at its
        // first settled moment, as the page's does once loaded.
        pool.run_until_stalled();
        LocalRun {
            pool,
            simulation,
            driver: TurnDriver::new(breaks),
            exhausted: false,
            taken: 0,
        }
    }

    /// Events produced so far (taken or still queued).
    pub fn produced(&self) -> u64 {
        self.taken + self.simulation.events().len() as u64
    }

    /// The run being driven: its configuration, clock, events and tasks.
    pub fn simulation(&self) -> &Simulation {
        &self.simulation
    }

    /// Takes the loop's next turn ([`TurnDriver::next`]: the timers due
    /// next fire, or the run goes on after a pause) and runs every task it
    /// wakes, and every recorded break then due. Returns `false` when
    /// nothing is left (the run is over).
    ///
    /// Natively always inlined, with the clock's firing and the executor's
    /// loop it calls: once per shot, the driver is then one function.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn advance(&mut self) -> bool {
        if self.exhausted {
            return false;
        }
        loop {
            let (taken, events) = (self.taken, self.simulation.events());
            match self
                .driver
                .next(&self.simulation, || taken + events.len() as u64)
            {
                Drive::Settle => self.pool.run_until_stalled(),
                Drive::Turned => return true,
                Drive::Over => {
                    self.exhausted = true;
                    return false;
                }
            }
        }
    }

    /// The next event of the run, advancing time as needed.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.simulation.events().pop() {
                self.taken += 1;
                return Some(event);
            }
            if !self.advance() {
                return None;
            }
        }
    }

    /// Advances until at least `EVENT_BATCH` (256) events wait or the run is
    /// over, then moves every waiting event to `into`. Returns `false`
    /// once the run is over and no event is left.
    ///
    /// The events are the same, in the same order, as one `next_event` at
    /// a time gives; the caller just handles them in batches, away from
    /// the executor's and the clock's code.
    pub fn take_events(&mut self, into: &mut VecDeque<Event>) -> bool {
        while self.simulation.events().len() < EVENT_BATCH && self.advance() {}
        let before = into.len();
        self.simulation.events().take_all(into);
        self.taken += (into.len() - before) as u64;
        into.len() > before
    }

    /// Runs to the end, handing every event to `on_event` in order.
    pub fn run_to_end(mut self, mut on_event: impl FnMut(&Event)) {
        let mut batch = VecDeque::new();
        while self.take_events(&mut batch) {
            let (front, back) = batch.as_slices();
            front.iter().chain(back).for_each(&mut on_event);
            batch.clear();
        }
    }
}

/// Events a batch of [`LocalRun::take_events`] gathers before handing
/// them over: enough that the driver's loop and the caller's each run
/// long stretches, few enough (about 10 KB) to stay in the first-level
/// cache.
const EVENT_BATCH: usize = 256;

/// The result of a whole run, folded and checked.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    /// The lot after the last event, finished and checked.
    pub state: LotState,
    /// The checksum of every event, in order.
    pub checksum: EventChecksum,
    /// Events in the whole run.
    pub events: u64,
    /// Time of the last event: how long the run took.
    pub makespan: SimTime,
}

/// Runs `config` with `seed` to the end on a [`FifoPool`], checking the
/// conservation invariant after every event.
pub fn run_checked(config: &Config, seed: u64) -> Result<RunOutcome, LedgerError> {
    run_checked_with(config, seed, &[], |_| {})
}

/// [`run_checked`], repeating `breaks` and handing every event to
/// `on_event` once it has passed the checks.
pub fn run_checked_with(
    config: &Config,
    seed: u64,
    breaks: &[BreakAt],
    mut on_event: impl FnMut(&Event),
) -> Result<RunOutcome, LedgerError> {
    let mut state = LotState::new(config);
    let mut checksum = EventChecksum::default();
    let mut run = LocalRun::with_breaks(config.clone(), seed, breaks);
    let mut events = 0u64;
    let mut batch = VecDeque::new();
    while run.take_events(&mut batch) {
        // Read in place, then cleared: no event is moved out of the batch.
        // The two halves are read one after the other rather than chained,
        // so the loop over each is a plain walk along a slice.
        let (front, back) = batch.as_slices();
        for half in [front, back] {
            for event in half {
                state.apply(event)?;
                checksum.add(event);
                on_event(event);
            }
        }
        events += batch.len() as u64;
        batch.clear();
    }
    state.check_finished()?;
    Ok(RunOutcome {
        makespan: state.now,
        state,
        checksum,
        events,
    })
}
