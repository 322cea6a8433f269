//! The lot at moments of a run, in order: its events replayed from the
//! start and folded by the ledger, as the page folds them, up to each
//! moment asked for.
//!
//! One pass over the run serves a whole export: the moments only go
//! forward, so each event is replayed and applied once.

use std::rc::Rc;

use crate::program::Recorded;
use crate::sim::{Event, LedgerError, LocalRun, LotState, SimTime};
use crate::source::RunSource;

/// Where the events come from: the engine replaying the run, or a
/// recorded program's list.
enum Events {
    Engine(Box<LocalRun>),
    Recorded { run: Rc<Recorded>, next: usize },
}

impl Events {
    fn next(&mut self) -> Option<Event> {
        match self {
            Events::Engine(run) => run.next_event(),
            Events::Recorded { run, next } => {
                let event = run.events.get(*next).copied();
                *next += 1;
                event
            }
        }
    }
}

/// The lot of one run at moments that only go forward.
pub struct Moments {
    events: Events,
    /// The lot after every event up to the latest moment asked for.
    lot: LotState,
    /// The first event after that moment, taken from the source already.
    ahead: Option<Event>,
}

impl Moments {
    /// The lot of `source`'s run, before its first event.
    pub fn of(source: &RunSource) -> Moments {
        let (events, lot) = match source {
            RunSource::Engine { config, .. } => {
                let run = source
                    .engine_replay()
                    .unwrap_or_else(|| LocalRun::with_breaks(config.clone(), 0, &[]));
                (Events::Engine(Box::new(run)), LotState::new(config))
            }
            RunSource::Recorded(run) => (
                Events::Recorded {
                    run: run.clone(),
                    next: 0,
                },
                LotState::for_program(&run.config),
            ),
        };
        Moments {
            events,
            lot,
            ahead: None,
        }
    }

    /// The lot at `at`: every event up to and including `at` applied.
    /// A moment earlier than one asked before gives the later one's lot
    /// (they only go forward); an event the ledger refuses (never
    /// expected of a run the page played) is the error.
    pub fn at(&mut self, at: SimTime) -> Result<&LotState, LedgerError> {
        while let Some(event) = self.ahead.take().or_else(|| self.events.next()) {
            if event.at > at {
                self.ahead = Some(event);
                break;
            }
            self.lot.apply(&event)?;
        }
        Ok(&self.lot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;

    fn small_run() -> RunSource {
        let config = Config {
            boxes: 6,
            capacity: 5,
            ..Config::default()
        };
        RunSource::engine(config, 7, Vec::new())
    }

    #[test]
    fn the_lot_at_a_moment_is_every_event_up_to_it_folded() {
        let source = small_run();
        let mut events = Vec::new();
        source.replay(u64::MAX, |event| events.push(*event));
        let folded_until = |at: SimTime| {
            let mut lot = LotState::new(source.config());
            for event in events.iter().take_while(|event| event.at <= at) {
                lot.apply(event).unwrap();
            }
            lot
        };
        let mut moments = Moments::of(&source);
        // The boxes opened at 0 s are on the lot at 0 s.
        let start = moments.at(SimTime::START).unwrap().clone();
        assert_eq!(start, folded_until(SimTime::START));
        assert_eq!(start.working_stations(), 3);
        for index in [1, events.len() / 3, events.len() / 2] {
            let at = events[index].at;
            assert_eq!(moments.at(at).unwrap(), &folded_until(at), "at {at}");
        }
    }

    #[test]
    fn after_the_last_event_the_lot_is_finished_and_stays() {
        let mut moments = Moments::of(&small_run());
        let far = SimTime::from_micros(u64::MAX / 2);
        assert!(moments.at(far).unwrap().finished);
        assert!(
            moments.at(SimTime::START).unwrap().finished,
            "moments only go forward"
        );
    }
}
