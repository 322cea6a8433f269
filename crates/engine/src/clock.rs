//! The virtual clock: simulated time and its timer queue.
//!
//! Station tasks never touch a wall clock. They `await` a [`Sleep`] made by
//! [`VirtualClock::sleep`], which registers a timer on first poll. A driver
//! (the native loop of [`LocalRun`](crate::local::LocalRun) or the
//! browser's frame loop) calls [`VirtualClock::fire_next`], which moves
//! `now` to the earliest deadline and wakes that one task; the driver then
//! lets every woken task run until it waits again before firing the next
//! timer.
//!
//! ```text
//!   sleep(d) ──► heap of (deadline, tie, seq) ──► fire_next() ──► waker.wake()
//! ```
//!
//! Timers fire in deadline order. Equal deadlines fire in `tie` order (the
//! station number) and then in the order they were set, so a run never
//! depends on the order in which an executor polls tasks woken together.
//!
//! Owns simulated `now` and the timer heap, and wakes tasks only through
//! the wakers they registered. It knows nothing of stations, boxes or
//! events: a station is just a timer's `tie` key.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::time::{SimDuration, SimTime};

/// A shared handle to one run's simulated clock. Clones share the clock.
#[derive(Clone, Default)]
pub struct VirtualClock {
    timers: Rc<RefCell<TimerQueue>>,
}

/// Heap order of a timer: deadline first, then tie key, then set order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct TimerKey {
    deadline: SimTime,
    tie: u32,
    seq: u64,
    slot: usize,
}

/// What a timer slot holds. Slots are reused, so a run with millions of
/// shots keeps only as many slots as there are sleeping tasks. A slot keeps
/// its task's waker between sleeps, so a task that sleeps again and again
/// (a station, once per shot) registers without cloning a waker each time.
enum Slot {
    Free,
    Waiting(Option<Waker>),
    /// The deadline passed; the `Sleep` has not seen it yet.
    Fired(Option<Waker>),
    /// Owned by a completed `Sleep`, kept for its next `reset`.
    Reserved(Option<Waker>),
    /// The `Sleep` was dropped or reset before its deadline; its heap entry
    /// is skipped and the slot freed when the entry reaches the top.
    Cancelled,
}

impl Slot {
    /// Moves the slot to `Waiting`, reusing the waker it holds when it
    /// would wake the same task.
    fn wait_with(&mut self, waker: &Waker) {
        let kept = match std::mem::replace(self, Slot::Free) {
            Slot::Waiting(kept) | Slot::Fired(kept) | Slot::Reserved(kept) => kept,
            Slot::Free | Slot::Cancelled => None,
        };
        let waker = match kept {
            Some(kept) if kept.will_wake(waker) => kept,
            _ => waker.clone(),
        };
        *self = Slot::Waiting(Some(waker));
    }
}

#[derive(Default)]
struct TimerQueue {
    now: SimTime,
    heap: BinaryHeap<Reverse<TimerKey>>,
    slots: Vec<Slot>,
    free_slots: Vec<usize>,
    next_seq: u64,
}

impl TimerQueue {
    fn allocate(&mut self) -> usize {
        match self.free_slots.pop() {
            Some(slot) => slot,
            None => {
                self.slots.push(Slot::Free);
                self.slots.len() - 1
            }
        }
    }

    fn release(&mut self, slot: usize) {
        self.slots[slot] = Slot::Free;
        self.free_slots.push(slot);
    }

    /// Drops cancelled entries from the top of the heap.
    fn skip_cancelled(&mut self) {
        while let Some(Reverse(top)) = self.heap.peek() {
            if matches!(self.slots[top.slot], Slot::Cancelled) {
                let slot = top.slot;
                self.heap.pop();
                self.release(slot);
            } else {
                break;
            }
        }
    }
}

impl VirtualClock {
    pub fn new() -> Self {
        Self::default()
    }

    /// The current simulated time.
    pub fn now(&self) -> SimTime {
        self.timers.borrow().now
    }

    /// A future that completes `duration` after the moment it is first
    /// polled. `tie` orders timers that share a deadline (lower first).
    pub fn sleep(&self, duration: SimDuration, tie: u32) -> Sleep {
        Sleep {
            clock: self.clone(),
            duration,
            tie,
            registered_slot: None,
            reserved_slot: None,
            done: false,
        }
    }

    /// The earliest pending deadline, if any timer is waiting.
    pub fn next_deadline(&self) -> Option<SimTime> {
        let mut timers = self.timers.borrow_mut();
        timers.skip_cancelled();
        timers.heap.peek().map(|Reverse(key)| key.deadline)
    }

    /// Number of timers waiting to fire.
    pub fn pending_timers(&self) -> usize {
        let timers = self.timers.borrow();
        timers
            .slots
            .iter()
            .filter(|slot| matches!(slot, Slot::Waiting(_)))
            .count()
    }

    /// The waiting timers, soonest first, as `(deadline, tie)` pairs; at
    /// most `limit` of them. For display: it copies and sorts the heap.
    pub fn upcoming(&self, limit: usize) -> Vec<(SimTime, u32)> {
        let timers = self.timers.borrow();
        let mut keys: Vec<TimerKey> = timers
            .heap
            .iter()
            .map(|Reverse(key)| *key)
            .filter(|key| matches!(timers.slots[key.slot], Slot::Waiting(_)))
            .collect();
        keys.sort_unstable();
        keys.into_iter()
            .take(limit)
            .map(|key| (key.deadline, key.tie))
            .collect()
    }

    /// Moves the clock to the earliest deadline and wakes the task waiting
    /// on it. Returns the new time, or `None` when no timer is waiting.
    ///
    /// The waker runs after the queue is released, so a task woken inline
    /// may use the clock.
    pub fn fire_next(&self) -> Option<SimTime> {
        let (now, waker) = {
            let mut timers = self.timers.borrow_mut();
            timers.skip_cancelled();
            let Reverse(key) = timers.heap.pop()?;
            let waker = match std::mem::replace(&mut timers.slots[key.slot], Slot::Fired(None)) {
                Slot::Waiting(waker) => waker,
                // skip_cancelled left a live timer on top; anything else
                // would be a bookkeeping error, and firing nothing is safe.
                _ => return None,
            };
            timers.now = timers.now.max(key.deadline);
            (timers.now, waker.map(|waker| (key.slot, waker)))
        };
        if let Some((slot, waker)) = waker {
            waker.wake_by_ref();
            // Hand the waker back for the task's next sleep, unless an
            // inline executor already polled the task in `wake_by_ref`.
            let mut timers = self.timers.borrow_mut();
            if let Slot::Fired(kept @ None) = &mut timers.slots[slot] {
                *kept = Some(waker);
            }
        }
        Some(now)
    }

    /// Moves the clock forward by `duration` at once, firing nothing: what
    /// a task does when it blocks the thread instead of awaiting. Timers
    /// that come due meanwhile fire afterwards, late, in deadline order.
    pub fn block_for(&self, duration: SimDuration) {
        let mut timers = self.timers.borrow_mut();
        timers.now = timers.now + duration;
    }

    /// Fires, in deadline order, every timer due by `cutoff` (the clock
    /// may have passed it while a task held the thread). Returns how many.
    pub fn fire_due_by(&self, cutoff: SimTime) -> usize {
        let mut fired = 0;
        while self
            .next_deadline()
            .is_some_and(|deadline| deadline <= cutoff)
        {
            self.fire_next();
            fired += 1;
        }
        fired
    }

    /// Wakes, without firing its timer, the task waiting on the timer with
    /// tie key `tie` (a station). Returns `false` if no such timer waits.
    /// The timer stays set; the woken task decides what to do.
    pub fn wake_early(&self, tie: u32) -> bool {
        let waker = {
            let timers = self.timers.borrow();
            timers
                .heap
                .iter()
                .map(|Reverse(key)| key)
                .filter(|key| key.tie == tie)
                .find_map(|key| match &timers.slots[key.slot] {
                    Slot::Waiting(Some(waker)) => Some(waker.clone()),
                    _ => None,
                })
        };
        match waker {
            Some(waker) => {
                waker.wake();
                true
            }
            None => false,
        }
    }

    /// Moves the clock forward to `target` when no timer is due before it:
    /// the frame loop shows time passing between events this way. Returns
    /// `false` (and leaves the clock alone) if a deadline comes first.
    pub fn advance_idle_to(&self, target: SimTime) -> bool {
        if self
            .next_deadline()
            .is_some_and(|deadline| deadline < target)
        {
            return false;
        }
        let mut timers = self.timers.borrow_mut();
        timers.now = timers.now.max(target);
        true
    }
}

/// A future that completes when the virtual clock reaches its deadline.
///
/// Dropping it before then cancels the timer. [`Sleep::reset`] arms it
/// again, reusing its timer slot: a station sleeps once per shot with one
/// `Sleep`.
pub struct Sleep {
    clock: VirtualClock,
    duration: SimDuration,
    tie: u32,
    /// The slot of the waiting timer, set on first poll; its deadline
    /// lives in the heap entry.
    registered_slot: Option<usize>,
    /// The slot kept after completion, for the next `reset`.
    reserved_slot: Option<usize>,
    done: bool,
}

impl Sleep {
    /// Arms the sleep again: it completes `duration` after its next first
    /// poll. A timer still waiting is cancelled.
    pub fn reset(&mut self, duration: SimDuration) {
        if let Some(slot) = self.registered_slot.take() {
            let mut timers = self.clock.timers.borrow_mut();
            if matches!(timers.slots[slot], Slot::Waiting(_)) {
                timers.slots[slot] = Slot::Cancelled;
            }
        }
        self.duration = duration;
        self.done = false;
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(());
        }
        let mut timers = this.clock.timers.borrow_mut();
        match this.registered_slot {
            None => {
                if this.duration == SimDuration::ZERO {
                    this.done = true;
                    return Poll::Ready(());
                }
                let deadline = timers.now + this.duration;
                let slot = match this.reserved_slot.take() {
                    Some(slot) => slot,
                    None => timers.allocate(),
                };
                timers.slots[slot].wait_with(cx.waker());
                let seq = timers.next_seq;
                timers.next_seq += 1;
                timers.heap.push(Reverse(TimerKey {
                    deadline,
                    tie: this.tie,
                    seq,
                    slot,
                }));
                this.registered_slot = Some(slot);
                Poll::Pending
            }
            Some(slot) => match &mut timers.slots[slot] {
                Slot::Fired(waker) => {
                    let waker = waker.take();
                    timers.slots[slot] = Slot::Reserved(waker);
                    this.registered_slot = None;
                    this.reserved_slot = Some(slot);
                    this.done = true;
                    Poll::Ready(())
                }
                waiting @ Slot::Waiting(_) => {
                    waiting.wait_with(cx.waker());
                    Poll::Pending
                }
                // Not reachable through this API; completing is the safe answer.
                Slot::Free | Slot::Reserved(_) | Slot::Cancelled => {
                    this.registered_slot = None;
                    this.done = true;
                    Poll::Ready(())
                }
            },
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        let Ok(mut timers) = self.clock.timers.try_borrow_mut() else {
            return;
        };
        if let Some(slot) = self.registered_slot.take() {
            match timers.slots[slot] {
                Slot::Fired(_) => timers.release(slot),
                Slot::Waiting(_) => timers.slots[slot] = Slot::Cancelled,
                Slot::Free | Slot::Reserved(_) | Slot::Cancelled => {}
            }
        }
        if let Some(slot) = self.reserved_slot.take() {
            timers.release(slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::LocalPool;
    use futures::task::LocalSpawnExt;

    fn record_wakeups(ties_and_delays: &[(u32, u64)]) -> Vec<(u32, SimTime)> {
        let clock = VirtualClock::new();
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut pool = LocalPool::new();
        for &(tie, delay) in ties_and_delays {
            let clock = clock.clone();
            let log = log.clone();
            pool.spawner()
                .spawn_local(async move {
                    clock.sleep(SimDuration::from_micros(delay), tie).await;
                    log.borrow_mut().push((tie, clock.now()));
                })
                .unwrap();
        }
        loop {
            pool.run_until_stalled();
            if clock.fire_next().is_none() {
                break;
            }
        }
        let out = log.borrow().clone();
        out
    }

    #[test]
    fn timers_fire_in_deadline_order() {
        let woken = record_wakeups(&[(1, 30), (2, 10), (3, 20)]);
        let ties: Vec<u32> = woken.iter().map(|(tie, _)| *tie).collect();
        assert_eq!(ties, vec![2, 3, 1]);
        assert_eq!(woken[0].1, SimTime::from_micros(10));
    }

    #[test]
    fn equal_deadlines_fire_in_tie_order_whatever_the_set_order() {
        let woken = record_wakeups(&[(3, 5), (1, 5), (2, 5)]);
        let ties: Vec<u32> = woken.iter().map(|(tie, _)| *tie).collect();
        assert_eq!(ties, vec![1, 2, 3]);
    }

    #[test]
    fn a_dropped_sleep_never_fires_and_frees_its_slot() {
        let clock = VirtualClock::new();
        let mut pool = LocalPool::new();
        let fired = Rc::new(RefCell::new(false));
        {
            let clock = clock.clone();
            let fired = fired.clone();
            pool.spawner()
                .spawn_local(async move {
                    let short = clock.sleep(SimDuration::from_micros(5), 0);
                    let long = clock.sleep(SimDuration::from_micros(50), 0);
                    futures::pin_mut!(short, long);
                    futures::future::select(short, long).await;
                    *fired.borrow_mut() = true;
                })
                .unwrap();
        }
        pool.run_until_stalled();
        assert_eq!(clock.pending_timers(), 2);
        assert_eq!(clock.fire_next(), Some(SimTime::from_micros(5)));
        pool.run_until_stalled();
        assert!(*fired.borrow());
        assert_eq!(clock.pending_timers(), 0);
        assert_eq!(clock.fire_next(), None, "the cancelled timer must not fire");
        assert_eq!(clock.now(), SimTime::from_micros(5));
    }

    #[test]
    fn a_reset_sleep_reuses_its_slot_and_fires_again() {
        let clock = VirtualClock::new();
        let mut pool = LocalPool::new();
        let log = Rc::new(RefCell::new(Vec::new()));
        {
            let clock = clock.clone();
            let log = log.clone();
            pool.spawner()
                .spawn_local(async move {
                    let mut sleep = clock.sleep(SimDuration::ZERO, 0);
                    for delay in [3, 4, 5] {
                        sleep.reset(SimDuration::from_micros(delay));
                        (&mut sleep).await;
                        log.borrow_mut().push(clock.now().as_micros());
                    }
                })
                .unwrap();
        }
        loop {
            pool.run_until_stalled();
            if clock.fire_next().is_none() {
                break;
            }
        }
        assert_eq!(*log.borrow(), vec![3, 7, 12]);
        assert_eq!(
            clock.timers.borrow().slots.len(),
            1,
            "one slot served every sleep"
        );
        assert_eq!(clock.pending_timers(), 0);
    }

    #[test]
    fn blocking_moves_time_and_due_timers_fire_late_in_order() {
        let clock = VirtualClock::new();
        let mut pool = LocalPool::new();
        let log = Rc::new(RefCell::new(Vec::new()));
        for (tie, delay) in [(1, 10), (2, 20)] {
            let clock = clock.clone();
            let log = log.clone();
            pool.spawner()
                .spawn_local(async move {
                    clock.sleep(SimDuration::from_micros(delay), tie).await;
                    log.borrow_mut().push((tie, clock.now().as_micros()));
                })
                .unwrap();
        }
        pool.run_until_stalled();
        clock.block_for(SimDuration::from_micros(50));
        while clock.fire_next().is_some() {
            pool.run_until_stalled();
        }
        assert_eq!(
            *log.borrow(),
            vec![(1, 50), (2, 50)],
            "both late, at the end of the block"
        );
    }

    #[test]
    fn idle_advance_stops_short_of_a_pending_deadline() {
        let clock = VirtualClock::new();
        let mut pool = LocalPool::new();
        let sleeper = clock.clone();
        pool.spawner()
            .spawn_local(async move { sleeper.sleep(SimDuration::from_micros(100), 0).await })
            .unwrap();
        pool.run_until_stalled();
        assert!(clock.advance_idle_to(SimTime::from_micros(60)));
        assert_eq!(clock.now(), SimTime::from_micros(60));
        assert!(!clock.advance_idle_to(SimTime::from_micros(200)));
        assert_eq!(clock.upcoming(5), vec![(SimTime::from_micros(100), 0)]);
        assert_eq!(clock.fire_next(), Some(SimTime::from_micros(100)));
    }
}
