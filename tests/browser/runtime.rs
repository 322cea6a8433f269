//! The station tasks on `spawn_local` give exactly the run of the native executor.

use std::cell::RefCell;
use std::rc::Rc;

use vaccination_lot::app::runtime::run_unpaced;
use vaccination_lot::sim::{run_checked, Config, EventChecksum, LotState, SimTime};
use wasm_bindgen_test::wasm_bindgen_test;

async fn on_browser_executor(config: &Config, seed: u64) -> (EventChecksum, SimTime, LotState) {
    let result = Rc::new(RefCell::new((
        EventChecksum::default(),
        LotState::new(config),
    )));
    let sink = result.clone();
    run_unpaced(config.clone(), seed, move |event| {
        let mut sink = sink.borrow_mut();
        sink.0.add(event);
        sink.1
            .apply(event)
            .expect("the invariant holds after every event");
    })
    .await;
    let (checksum, state) = result.borrow().clone();
    (checksum, state.now, state)
}

#[wasm_bindgen_test]
async fn spawn_local_and_the_native_executor_give_the_same_event_sequence_and_final_time() {
    for (config, seed) in [
        (Config::default(), 1),
        (
            Config {
                stations: 5,
                boxes: 30,
                capacity: 20,
                fail: 0.02,
                speeds: vec![2.0, 0.5],
                ..Config::default()
            },
            2,
        ),
        // Shots of equal length: every wake is a tie.
        (
            Config {
                stations: 4,
                boxes: 12,
                capacity: 6,
                shot_min: 0.01,
                shot_max: 0.01,
                ..Config::default()
            },
            3,
        ),
        // A station that blocks: the run follows asyncio's loop turn by
        // turn, which both executors must give alike.
        (
            Config {
                stations: 4,
                boxes: 40,
                capacity: 10,
                fail: 0.02,
                blocking: Some(2),
                ..Config::default()
            },
            4,
        ),
        (
            Config {
                stations: 4,
                boxes: 30,
                capacity: 1,
                shot_min: 0.000_001,
                shot_max: 0.000_001,
                blocking: Some(2),
                policy: vaccination_lot::sim::Policy::CompletionQueue,
                ..Config::default()
            },
            5,
        ),
    ] {
        let reference = run_checked(&config, seed).unwrap();
        let (checksum, makespan, state) = on_browser_executor(&config, seed).await;
        assert_eq!(checksum, reference.checksum, "{config:?}");
        assert_eq!(makespan, reference.makespan, "{config:?}");
        state.check_finished().unwrap();
        assert_eq!(state.doses_given + state.doses_wasted, config.total_doses());
    }
}
