//! One simulation run: the handle that owns it.
//!
//! Owns the supervisor's handle and the run's shared `RunContext`, so
//! dropping a [`Simulation`] ends the run. It drives nothing: the executor
//! and the clock's driver live with the caller.

use std::rc::Rc;

use super::clock::VirtualClock;
use super::config::Config;
use super::context::RunContext;
use super::event::{Event, EventKind, EventQueue};
use super::executor::{spawn_with_handle, JoinHandle, Spawner, Stamp, TaskKind, TaskMonitor};
use super::iteration::fire_noted;
use super::iteration::{resume_turns, start_loop_turns};
use super::supervisor::supervise;
use super::time::SimTime;

/// A running simulation. Its tasks live on whatever executor `spawner`
/// feeds; the caller drives time with [`Simulation::clock`].
///
/// Dropping it cancels the supervisor, which drops the handles of the
/// station tasks and so cancels them too: a reset leaves nothing running
/// (a pause ends first, so that held tasks are polled once more and drop
/// their futures).
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
        Self::start_with(Rc::new(RunContext::new(config, seed, spawner)))
    }

    /// [`Simulation::start`], keeping a record of the thread
    /// ([`TaskMonitor::thread`]): who holds it and who waits for it at
    /// every event, and the turns the tasks took.
    pub fn start_traced(config: Config, seed: u64, spawner: Rc<dyn Spawner>) -> Simulation {
        let run = Rc::new(RunContext::new(config, seed, spawner));
        let (events, clock) = (run.events.clone(), run.clock.clone());
        run.monitor.trace_thread(Box::new(move || Stamp {
            events: events.emitted(),
            micros: clock.now().as_micros(),
        }));
        Self::start_with(run)
    }

    fn start_with(run: Rc<RunContext>) -> Simulation {
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

    /// The loop's next step, for a driver to take once every woken task
    /// has run ([`Simulation::is_settled`]): if the run paused between two
    /// turns (see `TaskMonitor::pause`), it goes on where it stopped;
    /// else every timer due at the earliest deadline fires, as one turn of
    /// asyncio's loop does when it wakes from its wait
    /// ([`VirtualClock::fire_instant`]). Returns the time, or `None` when
    /// no timer is left and nothing waits.
    ///
    /// Natively always inlined: the native driver calls it once per shot.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn next_turn(&self) -> Option<SimTime> {
        if self.run.monitor.is_paused() {
            return Some(self.resume());
        }
        let fired = match self.run.monitor.thread() {
            Some(thread) if thread.records_choices() => {
                fire_noted(&self.run, thread, || self.run.clock.fire_instant())?
            }
            _ => self.run.clock.fire_instant()?,
        };
        resume_turns(&self.run);
        Some(fired)
    }

    /// [`Simulation::start_traced`], keeping also every choice the loop
    /// makes ([`crate::ThreadLog::choices`]): what a learner playing the loop is
    /// checked against.
    pub fn start_choosing(config: Config, seed: u64, spawner: Rc<dyn Spawner>) -> Simulation {
        let simulation = Self::start_traced(config, seed, spawner);
        if let Some(thread) = simulation.run.monitor.thread() {
            thread.record_choices();
        }
        simulation
    }

    /// Ends a pause: the held tasks are queued again, in order.
    #[cold]
    #[inline(never)]
    fn resume(&self) -> SimTime {
        self.run.monitor.resume();
        self.run.clock.now()
    }

    /// The configuration the run was started with.
    pub fn config(&self) -> &Config {
        &self.run.config
    }

    /// The run's simulated clock, which the caller's driver moves.
    pub fn clock(&self) -> &VirtualClock {
        &self.run.clock
    }

    /// The queue the run's events wait in until the driver takes them.
    pub fn events(&self) -> &EventQueue {
        &self.run.events
    }

    /// The counters and states of the run's tasks.
    pub fn monitor(&self) -> &TaskMonitor {
        &self.run.monitor
    }

    /// True when no task is queued in the executor: everything woken so
    /// far has run (or waits in a pause), so the driver may take the
    /// loop's next step.
    pub fn is_settled(&self) -> bool {
        self.run.monitor.scheduled_tasks() == 0
    }

    /// True while the run is paused between two turns, its tasks held
    /// until [`Simulation::next_turn`] goes on: work is due now, whatever
    /// the clock's next deadline.
    pub fn is_paused(&self) -> bool {
        self.run.monitor.is_paused()
    }

    /// True when the loop would now wait for its next timer: no task is
    /// queued, and the run is not paused between turns with tasks held.
    /// The moments where input from outside (a break by hand) may land,
    /// as it could in asyncio only while the loop waits.
    pub fn is_waiting_for_timers(&self) -> bool {
        self.is_settled() && !self.is_paused()
    }

    /// Breaks `station`'s running task now, as a teacher's experiment: the
    /// task wakes from its shot's sleep and returns an error, which the
    /// supervisor reports and handles like any failure. Returns `false` if
    /// the station has no task asleep to break, or the loop is not waiting
    /// for its timers ([`Simulation::is_waiting_for_timers`]).
    ///
    /// This is input from outside the model, so a replay must apply it at
    /// the same point (see [`crate::LocalRun::with_breaks`]).
    pub fn break_station(&self, station: u32) -> bool {
        if !self.is_waiting_for_timers() {
            return false;
        }
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

    /// The first `limit` timers waiting, by deadline, as they stood when
    /// the event before `ahead` happened: `ahead` are events of the last
    /// turn that the driver has not shown yet (stepping shows a turn one
    /// event at a time). Every timer due at the turn's instant was taken
    /// off the queue as the turn began; a station arms its next timer
    /// right after each shot, and its first when its box opens, so a
    /// station that acts in `ahead` has not armed the timer it has now.
    pub fn upcoming_before<'a>(
        &self,
        ahead: impl IntoIterator<Item = &'a Event>,
        limit: usize,
    ) -> Vec<(SimTime, u32)> {
        let mut not_yet: Vec<u32> = ahead
            .into_iter()
            .filter_map(|event| match event.kind {
                EventKind::ShotGiven { station, .. } | EventKind::BoxOpened { station, .. } => {
                    Some(station)
                }
                _ => None,
            })
            .collect();
        not_yet.sort_unstable();
        not_yet.dedup();
        let mut upcoming = self.run.clock.upcoming(limit.saturating_add(not_yet.len()));
        upcoming.retain(|(_, station)| not_yet.binary_search(station).is_err());
        upcoming.truncate(limit);
        upcoming
    }

    /// True once the supervisor has emitted `Finished`.
    pub fn is_finished(&self) -> bool {
        self.run.finished.get()
    }
}

impl Drop for Simulation {
    fn drop(&mut self) {
        if self.run.monitor.is_paused() {
            self.run.monitor.resume();
        }
    }
}
