//! One simulation run: the handle that owns it.
//!
//! Owns the supervisor's handle and the run's shared [`RunContext`], so
//! dropping a [`Simulation`] ends the run. It drives nothing: the executor
//! and the clock's driver live with the caller.

use std::rc::Rc;

use super::clock::VirtualClock;
use super::config::Config;
use super::context::RunContext;
use super::event::EventQueue;
use super::iteration::{resume_turns, start_loop_turns};
use super::monitor::{spawn_with_handle, JoinHandle, Spawner, TaskKind, TaskMonitor};
use super::supervisor::supervise;
use super::time::SimTime;

/// A running simulation. Its tasks live on whatever executor `spawner`
/// feeds; the caller drives time with [`Simulation::clock`].
///
/// Dropping it cancels the supervisor, which drops the handles of the
/// station tasks and so cancels them too: a reset leaves nothing running.
pub struct Simulation {
    run: Rc<RunContext>,
    _supervisor: JoinHandle<()>,
    /// The loop-turn marker of a run with a blocking station.
    _turns: Option<JoinHandle<()>>,
}

impl Simulation {
    /// Spawns the supervisor, which opens the first boxes and spawns the
    /// stations when the executor first polls it.
    pub fn start(config: Config, seed: u64, spawner: Rc<dyn Spawner>) -> Simulation {
        let run = Rc::new(RunContext::new(config, seed, spawner));
        let supervisor = spawn_with_handle(
            run.spawner.as_ref(),
            &run.monitor,
            TaskKind::Supervisor,
            supervise(run.clone()),
        );
        let turns = start_loop_turns(&run);
        Simulation {
            run,
            _supervisor: supervisor,
            _turns: turns,
        }
    }

    /// Fires the earliest timer (see [`VirtualClock::fire_next`]): what a
    /// driver does once every woken task has run. Returns the new time, or
    /// `None` when no timer is left.
    ///
    /// A run that follows asyncio's loop turn by turn fires every timer
    /// due at that instant together, as one turn of the loop does when it
    /// wakes from its wait.
    ///
    /// Natively always inlined: the native driver calls it once per shot.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn fire_next(&self) -> Option<SimTime> {
        let fired = self.run.clock.fire_next()?;
        if self.run.loop_turns {
            self.run.clock.fire_due_by(fired);
        }
        resume_turns(&self.run);
        Some(fired)
    }

    pub fn config(&self) -> &Config {
        &self.run.config
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
    /// the same point (see [`crate::LocalRun::with_breaks`]).
    pub fn break_station(&self, station: u32) -> bool {
        let Some(flag) = station
            .checked_sub(1)
            .and_then(|index| self.run.broken.get(index as usize))
        else {
            return false;
        };
        if self.run.clock.wake_early(station) {
            resume_turns(&self.run);
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
