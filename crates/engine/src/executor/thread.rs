//! The one thread, recorded: which task holds it, the ready queue in the
//! order the tasks will run, and the turns each task took, stamped with
//! the run's event count so a page can show them at any event.
//!
//! The record is the monitor's own (see [`super::monitor`]): a task joins
//! the ready queue when it moves into [`TaskState::Scheduled`](super::TaskState)
//! (spawned, or woken while idle) and leaves it when its poll begins, so
//! the queue is the order in which a FIFO executor (the project's pool,
//! or the browser's microtask queue) comes to the tasks, whichever of
//! them runs the run. A task held by a pause stays in the queue, as it
//! stays in asyncio's; the task that paused mid-turn goes back to its
//! front ([`ThreadLog::next_to_front`]).
//!
//! In asyncio the ready queue holds callbacks: a Task's next step, a
//! timer's callback, `asyncio.wait`'s on-completion. Here each entry is a
//! task the executor will poll, and the callbacks a run with a blocking
//! station emulates are tasks of [`TaskKind::Callback`]. The marker that
//! ends each loop turn (`sim::iteration`) is bookkeeping, not asyncio's,
//! and is left out.
//!
//! Off unless asked for ([`super::TaskMonitor::trace_thread`]): recording
//! costs an allocation or two per turn, and a run of many stations, which
//! no page shows task by task, has no use for it.
//!
//! The record can also keep every choice the loop made
//! ([`ThreadLog::record_choices`]): which ready task it resumed, with the
//! queue as it stood and how each task got into it, and, when it fired
//! timers, every timer waiting then and how many of them fired. A learner
//! who plays the loop is checked against these ([`LoopChoice`]).

use std::cell::RefCell;
use std::collections::VecDeque;

use super::kind::TaskKind;

/// Where the run stands when the record changes: the events it has
/// emitted so far, and its clock \[µs\].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Events the run has emitted so far.
    pub events: u64,
    /// The simulated clock \[µs\].
    pub micros: u64,
}

/// The thread at one moment: who holds it, and who waits for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThreadMoment {
    /// The task being polled; `None` while the loop itself has the thread
    /// (firing timers, or waiting for the next one).
    pub running: Option<TaskKind>,
    /// Tasks ready to run, in the order they will: the front runs next.
    pub ready: Vec<TaskKind>,
}

/// One turn: one poll of one task, from when it took the thread to when
/// it gave it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Turn {
    /// The task polled.
    pub task: TaskKind,
    /// Events the run had emitted when the turn began: the index of the
    /// turn's first event, if it made any.
    pub first_event: u64,
    /// Events the turn made (so far, while it runs).
    pub events: u64,
    /// The simulated clock when it began \[µs\].
    pub began_micros: u64,
    /// The simulated clock when it ended \[µs\]: later than
    /// `began_micros` only for a task that blocked the thread.
    pub ended_micros: u64,
}

/// A task in the ready queue, and how it got there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Queued {
    /// The task.
    pub task: TaskKind,
    /// The simulated clock when it joined the queue \[µs\].
    pub since_micros: u64,
    /// The task that held the thread when it joined: the one that spawned
    /// or woke it (a station whose task finished wakes the supervisor).
    /// `None` when the loop itself queued it: a timer fired, or the run
    /// began.
    pub queued_by: Option<TaskKind>,
}

/// A timer waiting on the virtual clock: a station's task asleep until
/// its shot is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    /// When it is due \[µs\].
    pub due_micros: u64,
    /// The station whose task waits on it (1-based).
    pub station: u32,
}

/// One choice the loop made between two turns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoopChoice {
    /// It resumed a ready task: `ready` is the queue as it stood, front
    /// first, and `resumed` the task it polled (the front, on a FIFO
    /// executor).
    Resume {
        /// Where the run stood.
        at: Stamp,
        /// The ready queue, front first.
        ready: Vec<Queued>,
        /// The task polled.
        resumed: TaskKind,
    },
    /// It fired timers: `timers` are the ones waiting, in the order they
    /// fire (deadline, then station), and the first `fired` of them fired
    /// in this turn (every one due at the earliest deadline, or every one
    /// that came due while a station held the thread).
    Fire {
        /// Where the run stood before they fired.
        at: Stamp,
        /// The waiting timers, in firing order.
        timers: Vec<Timer>,
        /// How many of `timers`, from the first, fired.
        fired: usize,
    },
}

/// Turns kept before the oldest event a reader still asks about: a strip
/// of recent turns shows at most this many.
pub const TURNS_KEPT: usize = 24;

/// The record of one run's thread.
///
/// The hooks the task record calls (a task scheduled, a poll begun or
/// ended) are out of line and cold: a poll and a wake, once per shot,
/// then test one pointer and save no registers for the record.
pub struct ThreadLog {
    /// Reads the run's event count and clock.
    stamp: Box<dyn Fn() -> Stamp>,
    record: RefCell<Record>,
}

/// A task's identity while it lives: its cell's address.
type TaskId = usize;

#[derive(Default)]
struct Record {
    running: Option<(TaskId, TaskKind)>,
    ready: VecDeque<(TaskId, Queued)>,
    /// Set while the task that paused mid-turn is queued again: it goes
    /// before every held task.
    to_front: bool,
    /// The state each time it changed, with the event count then; of
    /// several changes between two events only the last is kept, as no
    /// event saw the others.
    moments: VecDeque<(u64, ThreadMoment)>,
    /// Turns, oldest first; the last one may still be running.
    turns: VecDeque<Turn>,
    /// Polls of a task that was not at the front of the ready queue.
    out_of_order: u64,
    /// The loop's choices, oldest first, when asked for.
    choices: Option<Vec<LoopChoice>>,
}

impl ThreadLog {
    /// A record stamped by `stamp`.
    pub(super) fn new(stamp: Box<dyn Fn() -> Stamp>) -> ThreadLog {
        ThreadLog {
            stamp,
            record: RefCell::new(Record::default()),
        }
    }

    /// `task` (`id`) joined the ready queue: spawned, or woken while idle.
    #[cold]
    #[inline(never)]
    pub(super) fn scheduled(&self, id: TaskId, task: TaskKind) {
        if task == TaskKind::TurnMarker {
            return;
        }
        let since_micros = (self.stamp)().micros;
        let mut record = self.record.borrow_mut();
        let queued = Queued {
            task,
            since_micros,
            queued_by: record.running.map(|(_, running)| running),
        };
        if std::mem::take(&mut record.to_front) {
            record.ready.push_front((id, queued));
        } else {
            record.ready.push_back((id, queued));
        }
        self.note(&mut record);
    }

    /// The next task scheduled goes before every other ready task (the
    /// task that paused mid-turn, as a pause ends).
    pub(super) fn next_to_front(&self) {
        self.record.borrow_mut().to_front = true;
    }

    /// Undoes [`ThreadLog::next_to_front`] if no task took it.
    pub(super) fn clear_to_front(&self) {
        self.record.borrow_mut().to_front = false;
    }

    /// `task`'s poll begins: it leaves the ready queue and holds the thread.
    #[cold]
    #[inline(never)]
    pub(super) fn poll_began(&self, id: TaskId, task: TaskKind) {
        if task == TaskKind::TurnMarker {
            return;
        }
        let stamp = (self.stamp)();
        let mut record = self.record.borrow_mut();
        if record.choices.is_some() {
            let ready = record.ready.iter().map(|(_, queued)| *queued).collect();
            if let Some(choices) = &mut record.choices {
                choices.push(LoopChoice::Resume {
                    at: stamp,
                    ready,
                    resumed: task,
                });
            }
        }
        match record.ready.iter().position(|(queued, _)| *queued == id) {
            Some(0) => {
                record.ready.pop_front();
            }
            Some(place) => {
                record.out_of_order += 1;
                record.ready.remove(place);
            }
            None => record.out_of_order += 1,
        }
        record.running = Some((id, task));
        record.turns.push_back(Turn {
            task,
            first_event: stamp.events,
            events: 0,
            began_micros: stamp.micros,
            ended_micros: stamp.micros,
        });
        self.note(&mut record);
    }

    /// `task`'s poll returned: the thread goes back to the loop.
    #[cold]
    #[inline(never)]
    pub(super) fn poll_ended(&self, task: TaskKind) {
        if task == TaskKind::TurnMarker {
            return;
        }
        let stamp = (self.stamp)();
        let mut record = self.record.borrow_mut();
        record.running = None;
        if let Some(turn) = record.turns.back_mut() {
            turn.events = stamp.events - turn.first_event;
            turn.ended_micros = stamp.micros;
        }
        self.note(&mut record);
    }

    /// Keeps the state as it is now, stamped with the event count.
    fn note(&self, record: &mut Record) {
        let events = (self.stamp)().events;
        let moment = ThreadMoment {
            running: record.running.map(|(_, task)| task),
            ready: record.ready.iter().map(|(_, queued)| queued.task).collect(),
        };
        match record.moments.back_mut() {
            Some((at, last)) if *at == events => *last = moment,
            _ => record.moments.push_back((events, moment)),
        }
    }

    /// The thread as it stood when event `index` (0-based) was emitted;
    /// before the first event, as it stood just before it. `None` if the
    /// record has forgotten that far back, or never saw it.
    pub fn moment_at(&self, index: u64) -> Option<ThreadMoment> {
        let record = self.record.borrow();
        let after = record.moments.partition_point(|(at, _)| *at <= index);
        match after {
            0 => None,
            after => Some(record.moments[after - 1].1.clone()),
        }
    }

    /// The turns up to the one event `index` belongs to (the turns that
    /// began before it was emitted), at most `count`, oldest first; the
    /// last is cut at that event if it made more.
    pub fn turns_until(&self, index: u64, count: usize) -> Vec<Turn> {
        let record = self.record.borrow();
        let end = record
            .turns
            .partition_point(|turn| turn.first_event <= index);
        let start = end.saturating_sub(count);
        record
            .turns
            .range(start..end)
            .map(|turn| {
                let mut turn = *turn;
                if turn.first_event + turn.events > index + 1 {
                    turn.events = index + 1 - turn.first_event;
                }
                turn
            })
            .collect()
    }

    /// Keeps the loop's choices from now on ([`ThreadLog::choices`]).
    pub fn record_choices(&self) {
        let mut record = self.record.borrow_mut();
        if record.choices.is_none() {
            record.choices = Some(Vec::new());
        }
    }

    /// Whether the loop's choices are kept.
    pub fn records_choices(&self) -> bool {
        self.record.borrow().choices.is_some()
    }

    /// Where the run stands now.
    pub fn stamp(&self) -> Stamp {
        (self.stamp)()
    }

    /// The loop fired the first `fired` of `timers` (the waiting ones, in
    /// firing order) when the run stood at `at`.
    #[cold]
    #[inline(never)]
    pub fn timers_fired(&self, at: Stamp, timers: Vec<Timer>, fired: usize) {
        if let Some(choices) = &mut self.record.borrow_mut().choices {
            choices.push(LoopChoice::Fire { at, timers, fired });
        }
    }

    /// The loop's choices so far, oldest first (empty unless
    /// [`ThreadLog::record_choices`] was called).
    pub fn choices(&self) -> Vec<LoopChoice> {
        self.record.borrow().choices.clone().unwrap_or_default()
    }

    /// Polls so far of a task that was not at the front of the ready
    /// queue, or not in it at all: zero on a FIFO executor, which is what
    /// makes the queue shown the order tasks run in.
    pub fn polled_out_of_order(&self) -> u64 {
        self.record.borrow().out_of_order
    }

    /// Forgets what no reader asks about any more: moments before the one
    /// in force at event `index`, and turns but the [`TURNS_KEPT`] before it.
    pub fn forget_before(&self, index: u64) {
        let mut record = self.record.borrow_mut();
        let in_force = record.moments.partition_point(|(at, _)| *at <= index);
        record.moments.drain(..in_force.saturating_sub(1));
        let current = record
            .turns
            .partition_point(|turn| turn.first_event <= index);
        record.turns.drain(..current.saturating_sub(TURNS_KEPT));
    }
}
