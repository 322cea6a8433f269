//! The order in which the virtual clock's timers fire: a four-ary
//! min-heap of small entries.
//!
//! An entry is 16 bytes (deadline, tie key, slot), so the moves a push or
//! a pop makes are cheap. Timers that share both the
//! deadline and the tie key fire in the order they were set: that
//! sequence number lives with the timer's slot, outside the heap, and is
//! looked up only on such a tie (which the simulation's runs, one timer
//! per station, almost never make).
//!
//! Owns the heap's order only; [`crate::clock`] owns the slots, wakers and
//! time.

use super::time::SimTime;

/// One waiting (or cancelled) timer in the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeapEntry {
    pub(crate) deadline: SimTime,
    /// Orders timers that share a deadline (lower first).
    pub(crate) tie: u32,
    /// The timer's slot in the clock's table.
    pub(crate) slot: u32,
}

/// Whether `a` fires before `b`: deadline, tie key, then set order, which
/// `set_order` gives per slot. Deadlines almost always differ, so the
/// first test is the one the processor learns to predict.
#[inline]
fn fires_before(a: HeapEntry, b: HeapEntry, set_order: &impl Fn(u32) -> u64) -> bool {
    if a.deadline != b.deadline {
        a.deadline < b.deadline
    } else if a.tie != b.tie {
        a.tie < b.tie
    } else {
        set_order(a.slot) < set_order(b.slot)
    }
}

/// The heap. Methods that reorder it take `set_order`, the sequence
/// number each slot's timer was set with.
#[derive(Default)]
pub(crate) struct TimerHeap {
    entries: Vec<HeapEntry>,
}

impl TimerHeap {
    /// The timer that fires first.
    pub(crate) fn peek(&self) -> Option<HeapEntry> {
        self.entries.first().copied()
    }

    /// Whether an entry other than the top is due by `cutoff`: the
    /// earliest of them is one of the top's children. A full node's four
    /// deadlines are compared without a branch: this runs once per shot.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn another_than_top_due_by(&self, cutoff: SimTime) -> bool {
        match self.entries.get(1..1 + ARITY) {
            Some(children) => {
                let children: &[HeapEntry; ARITY] = children.try_into().expect("ARITY entries");
                let [a, b, c, d] = children.map(|child| child.deadline);
                a.min(b).min(c.min(d)) <= cutoff
            }
            None => self
                .entries
                .iter()
                .skip(1)
                .any(|entry| entry.deadline <= cutoff),
        }
    }

    /// Every entry, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = HeapEntry> + '_ {
        self.entries.iter().copied()
    }

    pub(crate) fn push(&mut self, entry: HeapEntry, set_order: impl Fn(u32) -> u64) {
        let hole = self.entries.len();
        self.entries.push(entry);
        sift_up(&mut self.entries, hole, entry, &set_order);
    }

    /// Takes out the timer that fires first.
    pub(crate) fn pop(&mut self, set_order: impl Fn(u32) -> u64) -> Option<HeapEntry> {
        let last = self.entries.pop()?;
        let Some(&top) = self.entries.first() else {
            return Some(last);
        };
        sift_down_to_bottom_then_up(&mut self.entries, last, &set_order);
        Some(top)
    }

    /// Puts `entry` in place of the timer that fires first, in one sift:
    /// a pop and a push for the price of a pop. The clock does this once
    /// per shot, when a station sets its next timer after the last one
    /// fired (see `TimerQueue::set`). The heap must not be empty.
    ///
    /// A heap of at most `1 + ARITY` timers (the default three stations'
    /// three) is one level deep: `entry` is compared with the earliest
    /// child only, and trades places with it if that fires first.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn replace_top(&mut self, entry: HeapEntry, set_order: impl Fn(u32) -> u64) {
        match self.entries.split_first_mut() {
            Some((top, children)) if children.len() <= ARITY => {
                *top = entry;
                if children.is_empty() {
                    return;
                }
                let earliest = &mut children[earliest_of(children, &set_order)];
                if fires_before(*earliest, entry, &set_order) {
                    *top = *earliest;
                    *earliest = entry;
                }
            }
            _ => sift_down_to_bottom_then_up(&mut self.entries, entry, &set_order),
        }
    }
}

/// Puts `moving` in its place at or above `hole`, an index of `entries`
/// whose entry may be overwritten: entries above that fire later move
/// down one level each. `moving` is carried in registers, not read back.
fn sift_up(
    entries: &mut [HeapEntry],
    mut hole: usize,
    moving: HeapEntry,
    set_order: &impl Fn(u32) -> u64,
) {
    while hole > 0 {
        let parent = (hole - 1) / ARITY;
        let above = entries[parent];
        if !fires_before(moving, above, set_order) {
            break;
        }
        entries[hole] = above;
        hole = parent;
    }
    entries[hole] = moving;
}

/// Refills the root of `entries` (the earliest timer was taken out of it)
/// with `moving`, the entry taken off the end or a new one: the hole at
/// the root goes down to a leaf along the earliest child, then `moving`
/// rises back from there. A moved-up leaf, or a new timer among many,
/// usually belongs near the bottom, so this compares about half as often
/// as sifting down with a comparison against it at every level.
///
/// Nodes with all `ARITY` children are read as fixed-size arrays (one
/// bounds check per level); only the last node may have fewer, and its
/// children are leaves.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn sift_down_to_bottom_then_up(
    entries: &mut [HeapEntry],
    moving: HeapEntry,
    set_order: &impl Fn(u32) -> u64,
) {
    let len = entries.len();
    let mut hole = 0;
    loop {
        let first = ARITY * hole + 1;
        let Some(children) = entries.get(first..first + ARITY) else {
            break;
        };
        let children: &[HeapEntry; ARITY] = children.try_into().expect("ARITY entries");
        let earliest = first + earliest_of_full(children, set_order);
        entries[hole] = entries[earliest];
        hole = earliest;
    }
    let first = ARITY * hole + 1;
    if first < len {
        let earliest = first + earliest_of(&entries[first..], set_order);
        entries[hole] = entries[earliest];
        hole = earliest;
    }
    sift_up(entries, hole, moving, set_order);
}

/// Children per node. Four: a node's children share one or two cache
/// lines (16-byte entries), and the heap is half as deep as a binary one,
/// so a pop on a heap of a thousand timers touches half as many lines.
const ARITY: usize = 4;

/// Index in a full node's `children` of the one that fires first: a
/// tournament of three comparisons.
#[inline]
fn earliest_of_full(children: &[HeapEntry; ARITY], set_order: &impl Fn(u32) -> u64) -> usize {
    let earlier = |a: usize, b: usize| {
        if fires_before(children[b], children[a], set_order) {
            b
        } else {
            a
        }
    };
    earlier(earlier(0, 1), earlier(2, 3))
}

/// Index in `children` (one to `ARITY` of them) of the one that fires
/// first. Natively always inlined into the pop's sift: as a call, it cost each pop
/// of a three-station run about 14 instructions more.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn earliest_of(children: &[HeapEntry], set_order: &impl Fn(u32) -> u64) -> usize {
    let earlier = |a: usize, b: usize| {
        if fires_before(children[b], children[a], set_order) {
            b
        } else {
            a
        }
    };
    match children.len() {
        1 => 0,
        2 => earlier(0, 1),
        3 => earlier(earlier(0, 1), 2),
        _ => earlier(earlier(0, 1), earlier(2, 3)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(deadline: u64, tie: u32, slot: u32) -> HeapEntry {
        HeapEntry {
            deadline: SimTime::from_micros(deadline),
            tie,
            slot,
        }
    }

    #[test]
    fn pops_in_deadline_then_tie_then_set_order() {
        // Slot numbers here are set in reverse: slot 9 was set first.
        let set_order = |slot: u32| u64::from(100 - slot);
        let mut heap = TimerHeap::default();
        let mut expected = Vec::new();
        for (index, deadline) in [5u64, 3, 5, 1, 3, 5, 8, 1].into_iter().enumerate() {
            let tie = (index % 2) as u32;
            let slot = 9 - index as u32;
            heap.push(entry(deadline, tie, slot), set_order);
            expected.push(entry(deadline, tie, slot));
        }
        expected.sort_by_key(|e| (e.deadline, e.tie, set_order(e.slot)));
        let popped: Vec<HeapEntry> = std::iter::from_fn(|| heap.pop(set_order)).collect();
        assert_eq!(popped, expected);
    }

    #[test]
    fn matches_a_sort_on_many_pseudo_random_keys() {
        let set_order = |slot: u32| u64::from(slot);
        let mut heap = TimerHeap::default();
        let mut reference = Vec::new();
        let mut state = 12_345u64;
        let mut popped = Vec::new();
        for slot in 0..2_000u32 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let key = entry((state >> 40) % 50, ((state >> 20) % 3) as u32, slot);
            heap.push(key, set_order);
            reference.push(key);
            if slot % 3 == 0 {
                popped.extend(heap.pop(set_order));
            }
        }
        popped.extend(std::iter::from_fn(|| heap.pop(set_order)));
        // Replay the same pushes and pops against a sorted vector.
        let mut expected = Vec::new();
        let mut pending: Vec<HeapEntry> = Vec::new();
        for (slot, key) in reference.into_iter().enumerate() {
            pending.push(key);
            if slot % 3 == 0 {
                pending.sort_by_key(|e| std::cmp::Reverse((e.deadline, e.tie, e.slot)));
                expected.extend(pending.pop());
            }
        }
        pending.sort_by_key(|e| std::cmp::Reverse((e.deadline, e.tie, e.slot)));
        expected.extend(pending.into_iter().rev());
        assert_eq!(popped, expected);
    }

    #[test]
    fn the_earliest_after_the_top_is_among_its_children() {
        let set_order = |slot: u32| u64::from(slot);
        let mut heap = TimerHeap::default();
        let mut state = 7u64;
        for slot in 0..200u32 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            heap.push(entry((state >> 40) % 40, 0, slot), set_order);
            let mut rest: Vec<HeapEntry> = heap.iter().skip(1).collect();
            rest.sort_by_key(|e| (e.deadline, e.tie, e.slot));
            let earliest = rest.first().map(|e| e.deadline);
            for cutoff in 0..42 {
                let cutoff = SimTime::from_micros(cutoff);
                assert_eq!(
                    heap.another_than_top_due_by(cutoff),
                    earliest.is_some_and(|deadline| deadline <= cutoff),
                    "{} entries, cutoff {cutoff}",
                    slot + 1
                );
            }
        }
    }

    #[test]
    fn replacing_the_top_is_a_pop_then_a_push() {
        let set_order = |slot: u32| u64::from(slot);
        let drained = |mut heap: TimerHeap| -> Vec<HeapEntry> {
            std::iter::from_fn(|| heap.pop(set_order)).collect()
        };
        // One to seven timers: one level deep and deeper.
        for size in 1..=7u32 {
            let mut replaced = TimerHeap::default();
            let mut reference = TimerHeap::default();
            let mut state = 99u64 + u64::from(size);
            let mut next_key = |slot: u32| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                entry((state >> 40) % 30, ((state >> 20) % 2) as u32, slot)
            };
            for slot in 0..size {
                let key = next_key(slot);
                replaced.push(key, set_order);
                reference.push(key, set_order);
            }
            for slot in size..500 {
                let key = next_key(slot);
                assert_eq!(replaced.peek(), reference.pop(set_order));
                replaced.replace_top(key, set_order);
                reference.push(key, set_order);
            }
            assert_eq!(drained(replaced), drained(reference), "{size} timers");
        }
    }
}
