//! How a station that blocks the thread shares it with the others: what
//! the other stations did between two of its boxes, folded from a run's
//! events.
//!
//! It depends on the policy, which is why the page says it of the run on
//! screen rather than of blocking in general. Under FIRST_COMPLETED the
//! supervisor restarts the blocking station at once, and before it takes
//! the thread again each other station gives the one shot whose timer came
//! due meanwhile. Under a task group a freed station goes back to the
//! pool and the next box's task takes the lowest free one, the blocking
//! station again: it takes every box and the others never start. Under
//! ALL_COMPLETED the others work freely while it waits for the batch.
//!
//! Owns the fold and its figures; it reads events only.

use super::event::{Event, EventKind};

/// What the other stations did around the boxes of `station`, which
/// blocks the thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ThreadShare {
    /// The blocking station (1-based).
    pub station: u32,
    /// Boxes it returned, done or failed.
    pub boxes: u32,
    /// Shots the other stations gave between two of its returns: the
    /// fewest in one such gap.
    pub fewest_between: u64,
    /// The most such shots in one gap.
    pub most_between: u64,
    /// Such shots in all the gaps together.
    pub total_between: u64,
    /// Gaps between two of its returns: `boxes − 1` once it returned any.
    pub gaps: u32,
    /// Shots the other stations gave in the whole run.
    pub others_shots: u64,
    /// Shots of the others since its last return.
    since_return: u64,
}

impl ThreadShare {
    /// Nothing seen yet of a run where `station` blocks.
    pub fn new(station: u32) -> ThreadShare {
        ThreadShare {
            station,
            ..ThreadShare::default()
        }
    }

    /// Folds in one event.
    pub fn add(&mut self, event: &Event) {
        match event.kind {
            EventKind::ShotGiven { station, .. } if station != self.station => {
                self.others_shots += 1;
                self.since_return += 1;
            }
            EventKind::BoxDone { station, .. } | EventKind::StationFailed { station, .. }
                if station == self.station =>
            {
                if self.boxes > 0 {
                    self.note_gap();
                }
                self.boxes += 1;
                self.since_return = 0;
            }
            _ => {}
        }
    }

    /// Ends a gap between two returns of the blocking station.
    fn note_gap(&mut self) {
        let shots = self.since_return;
        self.fewest_between = if self.gaps == 0 {
            shots
        } else {
            self.fewest_between.min(shots)
        };
        self.most_between = self.most_between.max(shots);
        self.total_between += shots;
        self.gaps += 1;
    }

    /// The mean of the others' shots per gap; `None` before a second box.
    pub fn mean_between(&self) -> Option<f64> {
        (self.gaps > 0).then(|| self.total_between as f64 / f64::from(self.gaps))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::SimTime;

    fn event(kind: EventKind) -> Event {
        Event {
            at: SimTime::START,
            kind,
        }
    }

    fn shot(station: u32) -> Event {
        event(EventKind::ShotGiven {
            station,
            box_no: 1,
            doses_left: 1,
        })
    }

    fn done(station: u32) -> Event {
        event(EventKind::BoxDone {
            station,
            box_no: 1,
            doses_given: 1,
            boxes_done: 1,
            restarting: true,
            wait: None,
        })
    }

    #[test]
    fn counts_the_others_shots_between_two_returns() {
        let mut share = ThreadShare::new(1);
        let run = [
            shot(2),
            shot(1),
            done(1),
            shot(2),
            shot(3),
            done(2),
            done(1),
            shot(1),
            done(1),
            shot(3),
        ];
        run.iter().for_each(|event| share.add(event));
        assert_eq!(share.boxes, 3);
        assert_eq!(share.gaps, 2);
        assert_eq!((share.fewest_between, share.most_between), (0, 2));
        assert_eq!(share.mean_between(), Some(1.0));
        assert_eq!(share.others_shots, 4);
    }
}
