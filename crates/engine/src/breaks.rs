//! Stations broken by hand: a teacher's experiment, recorded so that every
//! replay and every link repeats it at the same point.
//!
//! Owns the record ([`BreakAt`]), its spelling in links (`events:station`,
//! comma-separated) and the schedule a driver consults ([`BreakSchedule`]).
//! It breaks nothing itself: the driver that owns the run (the native
//! [`super::local::LocalRun`] or the page's runner) asks the schedule what
//! is due at each settled moment and calls
//! [`super::run::Simulation::break_station`].
//!
//! ```text
//!   live run: click ─► BreakAt { after_events: events produced so far, station }
//!   replay:   BreakSchedule::take_due(produced) at each settled moment ─► break_station
//! ```

use std::collections::VecDeque;
use std::fmt;

/// A station broken by hand once `after_events` events had been produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BreakAt {
    /// Events the run had produced when the station was broken.
    pub after_events: u64,
    /// The station broken (1-based).
    pub station: u32,
}

impl fmt::Display for BreakAt {
    /// `events:station`, as links spell it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.after_events, self.station)
    }
}

/// Most breaks a link may carry.
pub const BREAKS_LIMIT: u32 = 100;

/// Reads a comma-separated list of `events:station` pairs, stations in
/// `1..=max_station`; an empty list is no breaks.
pub fn parse_list(given: &str, max_station: u32) -> Option<Vec<BreakAt>> {
    if given.trim().is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&str> = given.split(',').collect();
    if items.len() > BREAKS_LIMIT as usize {
        return None;
    }
    items
        .into_iter()
        .map(|item| {
            let (events, station) = item.trim().split_once(':')?;
            let station = station.trim().parse().ok()?;
            (1..=max_station).contains(&station).then_some(())?;
            Some(BreakAt {
                after_events: events.trim().parse().ok()?,
                station,
            })
        })
        .collect()
}

/// The list as links spell it (empty for none).
pub fn write_list(breaks: &[BreakAt]) -> String {
    let pairs: Vec<String> = breaks.iter().map(BreakAt::to_string).collect();
    pairs.join(",")
}

/// Recorded breaks still to apply, soonest first.
#[derive(Clone, Debug, Default)]
pub struct BreakSchedule {
    pending: VecDeque<BreakAt>,
}

impl BreakSchedule {
    /// A schedule of `breaks`, in any order.
    pub fn new(breaks: &[BreakAt]) -> BreakSchedule {
        let mut sorted = breaks.to_vec();
        crate::order::sort_by_key(&mut sorted, |planned| planned.after_events);
        BreakSchedule {
            pending: sorted.into(),
        }
    }

    /// Whether every break has been taken.
    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Takes the next break if it is due once `produced` events exist: the
    /// first settled moment with at least that many events is where the
    /// live run applied it.
    pub fn take_due(&mut self, produced: u64) -> Option<BreakAt> {
        match self.pending.front() {
            Some(next) if next.after_events <= produced => self.pending.pop_front(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_events_and_station_pairs() {
        let breaks = parse_list("500:2, 40:1", 3).unwrap();
        assert_eq!(
            breaks,
            vec![
                BreakAt {
                    after_events: 500,
                    station: 2
                },
                BreakAt {
                    after_events: 40,
                    station: 1
                }
            ]
        );
        assert_eq!(write_list(&breaks), "500:2,40:1");
        assert_eq!(parse_list("500-2", 3), None);
        assert_eq!(parse_list("5:0", 3), None, "stations start at 1");
        assert_eq!(parse_list("", 3), Some(Vec::new()));
    }

    #[test]
    fn a_schedule_hands_out_breaks_in_order_once_due() {
        let mut schedule = BreakSchedule::new(&parse_list("90:2,10:1,10:3", 3).unwrap());
        assert_eq!(schedule.take_due(5), None);
        assert_eq!(schedule.take_due(10).map(|b| b.station), Some(1));
        assert_eq!(schedule.take_due(10).map(|b| b.station), Some(3));
        assert_eq!(schedule.take_due(89), None);
        assert_eq!(schedule.take_due(1000).map(|b| b.station), Some(2));
        assert!(schedule.is_empty());
    }
}
