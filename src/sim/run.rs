//! One simulation run: its shared context and the handle that owns it.

use std::cell::Cell;
use std::rc::Rc;

use super::clock::VirtualClock;
use super::config::Config;
use super::event::EventQueue;
use super::monitor::{spawn_with_handle, JoinHandle, Spawner, TaskKind, TaskMonitor};
use super::supervisor::supervise;

/// What every task of a run shares.
pub(crate) struct RunContext {
    pub(crate) config: Config,
    pub(crate) seed: u64,
    /// `config`'s shot range in whole microseconds, computed once.
    pub(crate) shot_range_micros: (u64, u64),
    pub(crate) clock: VirtualClock,
    pub(crate) events: EventQueue,
    pub(crate) monitor: TaskMonitor,
    pub(crate) spawner: Rc<dyn Spawner>,
    /// Set by the supervisor as its last act.
    pub(crate) finished: Cell<bool>,
    /// Per station (index = station − 1): break its task at its next poll.
    pub(crate) broken: Vec<Cell<bool>>,
}

/// A running simulation. Its tasks live on whatever executor `spawner`
/// feeds; the caller drives time with [`Simulation::clock`].
///
/// Dropping it cancels the supervisor, which drops the handles of the
/// station tasks and so cancels them too: a reset leaves nothing running.
pub struct Simulation {
    run: Rc<RunContext>,
    _supervisor: JoinHandle<()>,
}

impl Simulation {
    /// Spawns the supervisor, which opens the first boxes and spawns the
    /// stations when the executor first polls it.
    pub fn start(config: Config, seed: u64, spawner: Rc<dyn Spawner>) -> Simulation {
        let (shot_min, shot_max) = config.shot_range();
        let stations = config.stations;
        let run = Rc::new(RunContext {
            shot_range_micros: (
                shot_min.as_micros(),
                shot_max.as_micros().max(shot_min.as_micros()),
            ),
            config,
            seed,
            clock: VirtualClock::new(),
            events: EventQueue::new(),
            monitor: TaskMonitor::new(),
            spawner,
            finished: Cell::new(false),
            broken: (0..stations).map(|_| Cell::new(false)).collect(),
        });
        let supervisor = spawn_with_handle(
            run.spawner.as_ref(),
            &run.monitor,
            TaskKind::Supervisor,
            supervise(run.clone()),
        );
        Simulation {
            run,
            _supervisor: supervisor,
        }
    }

    pub fn config(&self) -> &Config {
        &self.run.config
    }

    pub fn seed(&self) -> u64 {
        self.run.seed
    }

    pub fn clock(&self) -> &VirtualClock {
        &self.run.clock
    }

    pub fn events(&self) -> &EventQueue {
        &self.run.events
    }

    pub fn monitor(&self) -> &TaskMonitor {
        &self.run.monitor
    }

    /// True when no task is waiting to be polled: everything woken so far
    /// has run, so the next timer may fire.
    pub fn is_settled(&self) -> bool {
        self.run.monitor.scheduled_tasks() == 0
    }

    /// Breaks `station`'s running task now, as a teacher's experiment: the
    /// task wakes from its shot's sleep and returns an error, which the
    /// supervisor reports and handles like any failure. Returns `false` if
    /// the station has no task asleep to break.
    ///
    /// This is input from outside the model, so a replay must apply it at
    /// the same point (see [`crate::sim::LocalRun::with_breaks`]).
    pub fn break_station(&self, station: u32) -> bool {
        let Some(flag) = station
            .checked_sub(1)
            .and_then(|index| self.run.broken.get(index as usize))
        else {
            return false;
        };
        if self.run.clock.wake_early(station) {
            flag.set(true);
            true
        } else {
            false
        }
    }

    /// True once the supervisor has emitted `Finished`.
    pub fn is_finished(&self) -> bool {
        self.run.finished.get()
    }
}
