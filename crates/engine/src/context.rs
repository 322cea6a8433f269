//! What every task of one run shares: the configuration and seed, the
//! virtual clock, the event queue, the task monitor, the spawner, and the
//! flags the supervisor and a break by hand set.
//!
//! Owns that shared state and nothing that acts on it: the station and
//! supervisor tasks read and write it, and [`super::run::Simulation`]
//! holds it for the caller. It imports no task code, so the tasks and the
//! handle that spawns them depend on it and not on each other's modules.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::task::Waker;

use super::clock::VirtualClock;
use super::config::Config;
use super::event::EventQueue;
use super::executor::{Spawner, TaskMonitor};

/// What every task of a run shares.
pub(crate) struct RunContext {
    pub(crate) config: Config,
    pub(crate) seed: u64,
    pub(crate) clock: VirtualClock,
    pub(crate) events: EventQueue,
    pub(crate) monitor: TaskMonitor,
    pub(crate) spawner: Rc<dyn Spawner>,
    /// Set by the supervisor as its last act.
    pub(crate) finished: Cell<bool>,
    /// Per station (index = station − 1): break its task at its next poll.
    pub(crate) broken: Vec<Cell<bool>>,
    /// Per station: doses left in its open box, as its task last counted
    /// them. Read by the article's exit, which cancels tasks mid-box.
    pub(crate) doses_left: Vec<Cell<u32>>,
    /// A station blocks the thread, so time moves inside a turn and the
    /// run marks asyncio's loop turns one by one (`sim::iteration`).
    pub(crate) loop_turns: bool,
    /// The parked loop-turn marker, woken when the driver wakes a task.
    pub(crate) turn_marker: RefCell<Option<Waker>>,
}

impl RunContext {
    /// The context of a new run of `config` with `seed`, its tasks to be
    /// spawned by `spawner`.
    pub(crate) fn new(config: Config, seed: u64, spawner: Rc<dyn Spawner>) -> RunContext {
        let stations = config.stations;
        let loop_turns = config.blocking.is_some();
        RunContext {
            config,
            seed,
            clock: VirtualClock::new(),
            events: EventQueue::new(),
            monitor: TaskMonitor::new(),
            spawner,
            finished: Cell::new(false),
            broken: (0..stations).map(|_| Cell::new(false)).collect(),
            doses_left: (0..stations).map(|_| Cell::new(0)).collect(),
            loop_turns,
            turn_marker: RefCell::new(None),
        }
    }
}
