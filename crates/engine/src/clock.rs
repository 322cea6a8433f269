//! The virtual clock: simulated time and its timer queue.
//!
//! Station tasks never touch a wall clock. They `await` a [`Sleep`] made by
//! [`VirtualClock::sleep`], which registers a timer on first poll. A driver
//! (the native loop of [`LocalRun`](crate::local::LocalRun) or the
//! browser's frame loop, through `Simulation::next_turn`) calls
//! [`VirtualClock::fire_instant`], which moves `now` to the earliest
//! deadline and wakes every task whose timer is due then, as one turn of
//! asyncio's loop does; the driver then lets every woken task run until it
//! waits again before firing the next timers.
//!
//! ```text
//!   sleep(d) ──► heap of (deadline, tie, seq) ──► fire_instant() ──► waker.wake(), per timer due
//! ```
//!
//! Timers fire in deadline order. Equal deadlines fire in `tie` order (the
//! station number; CPython's heap leaves such ties in an order of its
//! own) and then in the order they were set, so which box goes to which
//! station never depends on the executor.
//!
//! Owns simulated `now`, the timer slots and their wakers. The heap's
//! order lives in `crate::timer_heap`. It knows nothing of stations,
//! boxes or events: a station is just a timer's `tie` key.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::time::{SimDuration, SimTime};
use super::timer_heap::{HeapEntry, TimerHeap};

/// A shared handle to one run's simulated clock. Clones share the clock.
#[derive(Clone, Default)]
pub struct VirtualClock {
    timers: Rc<RefCell<TimerQueue>>,
}

/// Where a timer slot is in its life. Slots are reused, so a run with
/// millions of shots keeps only as many slots as there are sleeping tasks.
///
/// A slot belongs to one [`Sleep`] from its first timer until the `Sleep`
/// is dropped (or cancels a waiting timer), and goes
/// `Waiting → Fired → Waiting …` as the `Sleep` is armed again and again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SlotState {
    Free,
    /// Set; its heap entry waits to fire.
    Waiting,
    /// The deadline passed. The slot stays with its `Sleep` for the next
    /// timer it sets.
    Fired,
    /// The `Sleep` was dropped or reset before its deadline; its heap entry
    /// is skipped and the slot freed when the entry reaches the top.
    Cancelled,
}

/// One timer. The slot keeps its task's waker between sleeps, so a task
/// that sleeps again and again (a station, once per shot) registers
/// without cloning a waker each time.
struct TimerSlot {
    state: SlotState,
    /// When the timer was set, counted across the clock: orders timers
    /// with the same deadline and tie key.
    seq: u64,
    waker: Option<Waker>,
}

impl TimerSlot {
    /// Arms the slot, keeping the waker it holds when it would wake the
    /// same task.
    fn wait_with(&mut self, waker: &Waker, seq: u64) {
        match &self.waker {
            Some(kept) if kept.will_wake(waker) => {}
            _ => self.waker = Some(waker.clone()),
        }
        self.state = SlotState::Waiting;
        self.seq = seq;
    }
}

#[derive(Default)]
struct TimerQueue {
    now: SimTime,
    heap: TimerHeap,
    /// The heap's top entry is the timer fired last, left in place: the
    /// next timer set takes its place in one sift (a station sets its
    /// next shot's timer right after the last one fired), or the next
    /// firing takes it out first. Its slot is no longer `Waiting`, so
    /// whatever reads the heap for waiting timers passes it by.
    fired_on_top: bool,
    slots: Vec<TimerSlot>,
    free_slots: Vec<u32>,
    next_seq: u64,
}

impl TimerQueue {
    fn allocate(&mut self) -> u32 {
        if let Some(slot) = self.free_slots.pop() {
            return slot;
        }
        let slot = u32::try_from(self.slots.len()).expect("fewer than 2^32 timers at once");
        self.slots.push(TimerSlot {
            state: SlotState::Free,
            seq: 0,
            waker: None,
        });
        slot
    }

    fn slot(&mut self, slot: u32) -> &mut TimerSlot {
        &mut self.slots[slot as usize]
    }

    fn state(&self, slot: u32) -> SlotState {
        self.slots[slot as usize].state
    }

    fn release(&mut self, slot: u32) {
        let freed = self.slot(slot);
        freed.state = SlotState::Free;
        freed.waker = None;
        self.free_slots.push(slot);
    }

    /// Sets a timer in `slot` (armed with `waker`) for `deadline`: in
    /// place of the timer fired last if that one is still on top of the
    /// heap, else as a new entry.
    fn set(&mut self, slot: u32, deadline: SimTime, tie: u32, waker: &Waker) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.slots[slot as usize].wait_with(waker, seq);
        let entry = HeapEntry {
            deadline,
            tie,
            slot,
        };
        let slots = &self.slots;
        let set_order = |slot: u32| slots[slot as usize].seq;
        if std::mem::take(&mut self.fired_on_top) {
            self.heap.replace_top(entry, set_order);
        } else {
            self.heap.push(entry, set_order);
        }
    }

    /// The earliest live timer's entry, left in the heap: the timer fired
    /// last and cancelled ones met on top are taken out first (the
    /// cancelled ones' slots freed).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn live_top(&mut self) -> Option<HeapEntry> {
        if self.fired_on_top {
            self.drop_fired_top();
        }
        loop {
            let top = self.heap.peek()?;
            if self.state(top.slot) != SlotState::Cancelled {
                return Some(top);
            }
            self.drop_cancelled_top(top.slot);
        }
    }

    /// Whether a waiting timer other than the one fired last may be due by
    /// `cutoff`. Cheap, for the check after every firing: the earliest of
    /// the other timers is one of the heap's top's children (or the top
    /// itself, once the fired one has left it). A cancelled entry there
    /// counts too; the caller then looks properly.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn another_may_be_due_by(&self, cutoff: SimTime) -> bool {
        if self.fired_on_top {
            self.heap.another_than_top_due_by(cutoff)
        } else {
            self.heap.peek().is_some_and(|top| top.deadline <= cutoff)
        }
    }

    /// Takes the timer fired last off the top of the heap: no timer was
    /// set since it fired (a task finished, or the next deadline was asked
    /// for first, as a run that follows asyncio's loop turn by turn does).
    /// Out of the native driver's loop, where it runs once per box.
    #[cold]
    #[inline(never)]
    fn drop_fired_top(&mut self) {
        self.fired_on_top = false;
        let slots = &self.slots;
        self.heap.pop(|slot| slots[slot as usize].seq);
    }

    /// Takes the cancelled timer in `slot` off the top of the heap and
    /// frees its slot. Rare: kept out of the firing path.
    #[cold]
    #[inline(never)]
    fn drop_cancelled_top(&mut self, slot: u32) {
        let slots = &self.slots;
        self.heap.pop(|slot| slots[slot as usize].seq);
        self.release(slot);
    }

    /// Fires the earliest live timer: marks it fired, leaves its entry on
    /// top of the heap for the next timer set (see `fired_on_top`) and
    /// moves `now` to its deadline. Returns the new time, the timer's slot
    /// and the waker taken out of it.
    ///
    /// Natively inlined into the driver's loop (see
    /// [`VirtualClock::fire_next`]).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn fire_earliest(&mut self) -> Option<(SimTime, u32, Option<Waker>)> {
        let entry = self.live_top()?;
        let fired = self.slot(entry.slot);
        if fired.state != SlotState::Waiting {
            // Anything else in the heap would be a bookkeeping error, and
            // firing nothing is safe.
            return None;
        }
        fired.state = SlotState::Fired;
        let waker = fired.waker.take();
        self.fired_on_top = true;
        self.now = self.now.max(entry.deadline);
        Some((self.now, entry.slot, waker))
    }
}

impl VirtualClock {
    /// A clock at [`SimTime::START`] with no timer set.
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
            timer: SleepTimer {
                duration,
                tie,
                slot: None,
                phase: Phase::Armed,
            },
        }
    }

    /// The earliest pending deadline, if any timer is waiting.
    pub fn next_deadline(&self) -> Option<SimTime> {
        let mut timers = self.timers.borrow_mut();
        timers.live_top().map(|entry| entry.deadline)
    }

    /// Number of timers waiting to fire.
    pub fn pending_timers(&self) -> usize {
        let timers = self.timers.borrow();
        timers
            .slots
            .iter()
            .filter(|slot| slot.state == SlotState::Waiting)
            .count()
    }

    /// The waiting timers, soonest first, as `(deadline, tie)` pairs; at
    /// most `limit` of them. For display: it copies and sorts the heap.
    pub fn upcoming(&self, limit: usize) -> Vec<(SimTime, u32)> {
        let timers = self.timers.borrow();
        let mut keys: Vec<(SimTime, u32, u64)> = timers
            .heap
            .iter()
            .filter(|entry| timers.state(entry.slot) == SlotState::Waiting)
            .map(|entry| {
                let seq = timers.slots[entry.slot as usize].seq;
                (entry.deadline, entry.tie, seq)
            })
            .collect();
        // By deadline, then tie, then arming order: the least significant
        // key first, through the engine's one shared sort.
        crate::order::sort_by_key(&mut keys, |key| key.2);
        crate::order::sort_by_key(&mut keys, |key| u64::from(key.1));
        crate::order::sort_by_key(&mut keys, |key| key.0.as_micros());
        keys.into_iter()
            .take(limit)
            .map(|(deadline, tie, _)| (deadline, tie))
            .collect()
    }

    /// Moves the clock to the earliest deadline and wakes the task waiting
    /// on it. Returns the new time, or `None` when no timer is waiting.
    ///
    /// The waker runs after the queue is released, so a task woken inline
    /// may use the clock.
    ///
    /// Natively always inlined: it runs once per shot, and compiled into the
    /// driver's loop (`LocalRun::advance`) it saves a call and the
    /// registers each call saves and restores, about a tenth of the
    /// driver's own instructions per shot.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn fire_next(&self) -> Option<SimTime> {
        self.fire_one().map(|(now, _)| now)
    }

    /// [`VirtualClock::fire_next`], telling also whether another timer
    /// may be due at the new time (see `TimerQueue::another_may_be_due_by`),
    /// looked up while the queue is borrowed to hand the waker back.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn fire_one(&self) -> Option<(SimTime, bool)> {
        let (now, slot, waker) = self.timers.borrow_mut().fire_earliest()?;
        if let Some(waker) = &waker {
            waker.wake_by_ref();
        }
        let mut timers = self.timers.borrow_mut();
        if let Some(waker) = waker {
            // Hand the waker back for the task's next sleep, unless an
            // inline executor already polled the task in `wake_by_ref`.
            let kept = timers.slot(slot);
            if kept.state == SlotState::Fired && kept.waker.is_none() {
                kept.waker = Some(waker);
            }
        }
        Some((now, timers.another_may_be_due_by(now)))
    }

    /// Fires every timer due at the earliest deadline, in order: the timers
    /// one turn of asyncio's loop finds due when it wakes from its wait,
    /// whose tasks all run before any task they wake. Returns the new
    /// time, or `None` when no timer is waiting.
    ///
    /// Timers rarely share a deadline, so after the first one fires only
    /// the heap's top few entries are looked at; a tie is fired out of
    /// line. Natively always inlined, as [`VirtualClock::fire_next`].
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn fire_instant(&self) -> Option<SimTime> {
        let (now, tied) = self.fire_one()?;
        if tied {
            self.fire_tied(now);
        }
        Some(now)
    }

    /// The rest of [`VirtualClock::fire_instant`] when timers may tie.
    #[cold]
    #[inline(never)]
    fn fire_tied(&self, now: SimTime) {
        self.fire_due_by(now);
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
            let found = timers
                .heap
                .iter()
                .filter(|entry| entry.tie == tie)
                .find_map(|entry| {
                    let slot = &timers.slots[entry.slot as usize];
                    match (slot.state, &slot.waker) {
                        (SlotState::Waiting, Some(waker)) => Some(waker.clone()),
                        _ => None,
                    }
                });
            found
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
    timer: SleepTimer,
}

/// A [`Sleep`]'s own state, apart from the clock it borrows while polled.
struct SleepTimer {
    duration: SimDuration,
    tie: u32,
    /// The slot this sleep sets its timers in, kept from one arming to
    /// the next; `None` before the first, and after a timer was cancelled
    /// (its slot is the clock's to free).
    slot: Option<u32>,
    phase: Phase,
}

/// Where a [`Sleep`] is between two arms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Armed, not yet polled: the first poll sets the timer.
    Armed,
    /// The timer in this slot is set: polls check whether it fired.
    Set(u32),
    /// Completed.
    Done,
}

impl Sleep {
    /// Arms the sleep again: it completes `duration` after its next first
    /// poll. A timer still waiting is cancelled. A completed sleep is
    /// armed without touching the clock.
    pub fn reset(&mut self, duration: SimDuration) {
        let timer = &mut self.timer;
        if let Phase::Set(slot) = timer.phase {
            let mut timers = self.clock.timers.borrow_mut();
            let set = timers.slot(slot);
            if set.state == SlotState::Waiting {
                set.state = SlotState::Cancelled;
                timer.slot = None;
            }
        }
        timer.duration = duration;
        timer.phase = Phase::Armed;
    }
}

impl SleepTimer {
    /// First poll: sets the timer, or completes at once for a zero wait.
    fn set(&mut self, timers: &mut TimerQueue, waker: &Waker) -> Poll<()> {
        if self.duration == SimDuration::ZERO {
            self.phase = Phase::Done;
            return Poll::Ready(());
        }
        let slot = match self.slot {
            Some(slot) => slot,
            None => *self.slot.insert(timers.allocate()),
        };
        let deadline = timers.now + self.duration;
        timers.set(slot, deadline, self.tie, waker);
        self.phase = Phase::Set(slot);
        Poll::Pending
    }

    /// Later polls: completes once the timer in `slot` has fired.
    fn check(&mut self, timers: &mut TimerQueue, slot: u32, waker: &Waker) -> Poll<()> {
        let set = timers.slot(slot);
        if set.state == SlotState::Fired {
            self.phase = Phase::Done;
            return Poll::Ready(());
        }
        if set.state == SlotState::Waiting {
            match &set.waker {
                Some(kept) if kept.will_wake(waker) => {}
                _ => set.waker = Some(waker.clone()),
            }
            return Poll::Pending;
        }
        // Not reachable through this API; completing is the safe answer.
        self.slot = None;
        self.phase = Phase::Done;
        Poll::Ready(())
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let Sleep { clock, timer } = &mut *self;
        match timer.phase {
            Phase::Done => Poll::Ready(()),
            Phase::Armed => timer.set(&mut clock.timers.borrow_mut(), cx.waker()),
            Phase::Set(slot) => timer.check(&mut clock.timers.borrow_mut(), slot, cx.waker()),
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        let Some(slot) = self.timer.slot else {
            return;
        };
        let Ok(mut timers) = self.clock.timers.try_borrow_mut() else {
            return;
        };
        match timers.state(slot) {
            SlotState::Waiting => timers.slot(slot).state = SlotState::Cancelled,
            SlotState::Fired => timers.release(slot),
            SlotState::Free | SlotState::Cancelled => {}
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
    fn a_sleep_reset_after_its_timer_fired_unseen_keeps_its_slot() {
        let clock = VirtualClock::new();
        let waker = futures::task::noop_waker();
        let mut context = Context::from_waker(&waker);
        let mut sleep = clock.sleep(SimDuration::from_micros(3), 0);
        assert!(Pin::new(&mut sleep).poll(&mut context).is_pending());
        assert_eq!(clock.fire_next(), Some(SimTime::from_micros(3)));
        sleep.reset(SimDuration::from_micros(4));
        assert!(Pin::new(&mut sleep).poll(&mut context).is_pending());
        assert_eq!(clock.fire_next(), Some(SimTime::from_micros(7)));
        assert!(Pin::new(&mut sleep).poll(&mut context).is_ready());
        assert_eq!(clock.timers.borrow().slots.len(), 1);
        drop(sleep);
        assert_eq!(clock.timers.borrow().free_slots, vec![0], "freed on drop");
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

    #[test]
    fn upcoming_lists_waiting_timers_in_the_order_they_fire() {
        let ties_and_delays = [(4, 30), (3, 10), (1, 30), (2, 10), (5, 20), (6, 10)];
        let clock = VirtualClock::new();
        let mut pool = LocalPool::new();
        for &(tie, delay) in &ties_and_delays {
            let sleeper = clock.clone();
            pool.spawner()
                .spawn_local(async move {
                    sleeper.sleep(SimDuration::from_micros(delay), tie).await;
                })
                .unwrap();
        }
        pool.run_until_stalled();
        let at = SimTime::from_micros;
        assert_eq!(
            clock.upcoming(10),
            vec![
                (at(10), 2),
                (at(10), 3),
                (at(10), 6),
                (at(20), 5),
                (at(30), 1),
                (at(30), 4)
            ]
        );
        assert_eq!(clock.upcoming(2), vec![(at(10), 2), (at(10), 3)]);
        let fired: Vec<u32> = record_wakeups(&ties_and_delays)
            .into_iter()
            .map(|(tie, _)| tie)
            .collect();
        assert_eq!(fired, vec![2, 3, 6, 5, 1, 4]);
    }
}
