//! Every dose is accounted for, in any configuration.

use proptest::prelude::*;
use vaccination_lot_engine::{run_checked, Config, Policy};

fn configs() -> impl Strategy<Value = Config> {
    (
        1u32..=8,
        1u32..=30,
        1u32..=60,
        1u64..=100_000,
        0u64..=100_000,
        proptest::collection::vec(0.01f64..=100.0, 0..=8),
        prop_oneof![Just(0.0), 0.0f64..=0.3, Just(1.0)],
        prop_oneof![
            Just(Policy::FirstCompleted),
            Just(Policy::AllCompleted),
            Just(Policy::CompletionQueue),
            Just(Policy::Article),
            Just(Policy::TaskGroup),
            Just(Policy::Workers)
        ],
        prop_oneof![Just(None), (1u32..=8).prop_map(Some)],
    )
        .prop_map(
            |(
                stations,
                capacity,
                boxes,
                shot_min_us,
                spread_us,
                speeds,
                fail,
                policy,
                blocking,
            )| Config {
                stations,
                capacity,
                boxes,
                shot_min: shot_min_us as f64 / 1e6,
                shot_max: (shot_min_us + spread_us) as f64 / 1e6,
                speeds,
                fail,
                policy,
                // The parameters refuse a blocking station there.
                blocking: blocking.filter(|_| !policy.counts_waits()),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// `run_checked` applies the ledger, which checks the conservation
    /// invariant after every single event and the end state at the end.
    #[test]
    fn the_invariant_holds_after_every_event_and_everything_ends_accounted(
        config in configs(),
        seed in any::<u64>(),
    ) {
        let outcome = run_checked(&config, seed).map_err(|error| TestCaseError::fail(error.to_string()))?;
        let state = &outcome.state;
        let closed = state.boxes_done + state.boxes_failed + state.boxes_cancelled;
        prop_assert_eq!(closed, state.boxes_opened);
        prop_assert_eq!(
            state.doses_given + state.doses_wasted + state.doses_discarded,
            u64::from(config.capacity) * u64::from(state.boxes_opened)
        );
        if config.policy == Policy::Article {
            // Every wait returns at least one task, each restarted.
            prop_assert!(state.boxes_opened >= config.stations + config.boxes);
            prop_assert!(state.boxes_done + state.boxes_failed >= config.boxes);
            prop_assert_eq!(state.boxes_cancelled, config.stations);
            prop_assert_eq!(
                state.doses_unreported + state.doses_discarded,
                u64::from(config.capacity) * u64::from(config.stations)
            );
        } else {
            prop_assert_eq!(state.boxes_opened, config.boxes);
            prop_assert_eq!(state.boxes_cancelled, 0);
            prop_assert_eq!(state.doses_given + state.doses_wasted, config.total_doses());
        }
        prop_assert_eq!(state.left_in_open_boxes, 0);
        prop_assert_eq!(state.boxes_in_depot, 0);
        let per_station: u64 = state.stations.iter().map(|s| s.doses_given).sum();
        prop_assert_eq!(per_station, state.doses_given);
        if config.fail == 0.0 {
            prop_assert_eq!(state.doses_wasted, 0);
        }
    }
}
