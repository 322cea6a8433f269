//! The run's view, folded natively from a real run's frames: what the
//! page draws is what these checks see.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vaccination_lot_model::settings::PlaySpeed;
use vaccination_lot_model::sim::{
    BreakAt, Config, Event, EventKind, LocalRun, Policy, SimTime, StationState,
};
use vaccination_lot_model::source::RunSource;
use vaccination_lot_model::view::{Action, FrameBatch, Mode, RunView, LOG_LINES_KEPT};

/// Every event of a run.
fn events_of(config: &Config, seed: u64, breaks: &[BreakAt]) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::with_breaks(config.clone(), seed, breaks).run_to_end(|event| events.push(*event));
    events
}

/// A frame of `events` for run `run_id`.
fn frame(run_id: u64, events: &[Event], mode: Mode) -> Action {
    Action::Frame {
        run_id,
        batch: FrameBatch {
            clock: events.last().map_or(SimTime::START, |event| event.at),
            events: events.to_vec(),
            mode,
            speed: PlaySpeed::Factor(2.0),
            upcoming: Vec::new(),
            tasks: Vec::new(),
            broken: Vec::new(),
            thread: None,
        },
    }
}

/// The view of `events` folded in frames of `sizes` (cycled).
fn folded(config: &Config, seed: u64, events: &[Event], sizes: &[usize]) -> RunView {
    let mut view = RunView::new(0, config.clone(), seed);
    let mut rest = events;
    let mut size = sizes.iter().cycle();
    while !rest.is_empty() {
        let take = (*size.next().unwrap()).clamp(1, rest.len());
        view.apply(frame(0, &rest[..take], Mode::Running));
        rest = &rest[take..];
    }
    view
}

/// What a view shows, without what only a reset changes.
fn shown(view: &RunView) -> impl PartialEq + std::fmt::Debug {
    (
        view.events_shown,
        (*view.lot).clone(),
        view.log.clone(),
        view.log_total,
        view.awaited.clone(),
        view.wakes.clone(),
        view.doses_curve.clone(),
        view.gantt.clone(),
        view.clock,
    )
}

#[test]
fn a_frame_of_a_run_replaced_since_changes_nothing() {
    let config = Config::default();
    let events = events_of(&config, 1, &[]);
    let mut view = RunView::new(3, config.clone(), 1);
    let stale = frame(2, &events[..10], Mode::Running);
    assert!(!view.takes(&stale));
    view.apply(stale);
    assert_eq!(view.events_shown, 0);
    assert_eq!(view.mode, Mode::Ready);
    view.apply(frame(3, &events[..10], Mode::Running));
    assert_eq!(view.events_shown, 10);
    assert_eq!(view.mode, Mode::Running);
    assert_eq!(
        view.speed,
        PlaySpeed::Factor(2.0),
        "the speed comes with the frame"
    );
}

#[test]
fn a_reset_starts_the_view_over_with_the_runs_breaks_and_speed() {
    let config = Config::default();
    let events = events_of(&config, 1, &[]);
    let mut view = RunView::new(0, config.clone(), 1);
    view.apply(frame(0, &events[..50], Mode::Paused));
    let breaks = vec![BreakAt {
        after_events: 40,
        station: 2,
    }];
    view.apply(Action::Reset {
        run_id: 1,
        source: RunSource::engine(
            Config {
                stations: 5,
                ..config
            },
            9,
            breaks.clone(),
        ),
        speed: PlaySpeed::Max,
    });
    assert_eq!((view.run_id, view.seed, view.config.stations), (1, 9, 5));
    assert_eq!(view.events_shown, 0);
    assert_eq!(view.lot.stations.len(), 5);
    assert_eq!(view.breaks, breaks);
    assert_eq!(view.speed, PlaySpeed::Max);
    assert_eq!(view.mode, Mode::Ready);
}

#[test]
fn breaks_by_hand_arrive_with_the_frames() {
    let config = Config::default();
    let mut view = RunView::new(0, config.clone(), 1);
    let planned = BreakAt {
        after_events: 12,
        station: 3,
    };
    let Action::Frame { run_id, mut batch } = frame(0, &[], Mode::Paused) else {
        unreachable!()
    };
    batch.broken.push(planned);
    view.apply(Action::Frame { run_id, batch });
    assert_eq!(view.breaks, vec![planned]);
}

#[test]
fn the_log_keeps_its_last_lines_and_counts_them_all() {
    let config = Config {
        capacity: 2,
        boxes: 400,
        ..Config::default()
    };
    let events = events_of(&config, 5, &[]);
    let view = folded(&config, 5, &events, &[97]);
    let reported = events.iter().filter(|event| !event.is_routine()).count() as u64;
    assert_eq!(view.log_total, reported);
    assert_eq!(view.log.len(), LOG_LINES_KEPT.min(reported as usize));
    assert_eq!(
        view.log.back(),
        events.iter().rev().find(|event| !event.is_routine())
    );
    assert!(view.lot.finished);
    assert_eq!(view.events_shown, events.len() as u64);
}

#[test]
fn the_awaited_set_holds_the_working_stations_between_two_wakes() {
    for policy in [
        Policy::FirstCompleted,
        Policy::AllCompleted,
        Policy::CompletionQueue,
    ] {
        let config = Config {
            stations: 4,
            capacity: 5,
            boxes: 20,
            policy,
            ..Config::default()
        };
        let events = events_of(&config, 3, &[]);
        let mut view = RunView::new(0, config.clone(), 3);
        for (index, event) in events.iter().enumerate() {
            view.apply(frame(0, std::slice::from_ref(event), Mode::Paused));
            // At a shot nothing is being handed over: every station with a
            // box open (emptied by this shot, its task returned but not yet
            // taken, included) is in the set, and nothing else is.
            if matches!(event.kind, EventKind::ShotGiven { .. }) {
                let working: Vec<u32> = view
                    .lot
                    .stations
                    .iter()
                    .filter(|status| status.state == StationState::Working)
                    .map(|status| status.station)
                    .collect();
                let awaited: Vec<u32> = view.awaited.keys().copied().collect();
                assert_eq!(
                    awaited, working,
                    "{policy:?} after event {index}: {event:?}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// However the runner batches its frames (a frame of play, one event
    /// per step, a seek's burst), the view ends the same.
    #[test]
    fn the_view_does_not_depend_on_how_events_are_batched(
        seed in 0u64..1000,
        stations in 1u32..6,
        fail in 0.0f64..0.05,
        sizes in prop::collection::vec(1usize..40, 1..6),
    ) {
        let config = Config { stations, capacity: 6, boxes: 30, fail, ..Config::default() };
        let events = events_of(&config, seed, &[]);
        let whole = folded(&config, seed, &events, &[events.len()]);
        let batched = folded(&config, seed, &events, &sizes);
        prop_assert_eq!(shown(&whole), shown(&batched));
    }
}
