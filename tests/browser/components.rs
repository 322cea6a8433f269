//! Components mounted in the page, read back from the DOM.

use std::rc::Rc;

use vaccination_lot::app::components::root::{App, AppProps};
use vaccination_lot::app::components::schematic::{Schematic, SchematicProps};
use vaccination_lot::sim::{Config, Event, EventKind, LotState, SimTime};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{all_by_testid, by_testid, click, container, text, wait_until};

fn mount_app(query: &str) -> web_sys::Element {
    let root = container();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            query: Some(query.to_string().into()),
        },
    )
    .render();
    root
}

#[wasm_bindgen_test]
async fn the_default_run_at_max_speed_finishes_with_every_dose_given() {
    let root = mount_app("?seed=1&speed=max&autoplay=1");
    wait_until(|| text(&root, "status") == "finished", "the run to finish").await;
    assert_eq!(text(&root, "doses-given"), "10000");
    assert_eq!(text(&root, "doses-wasted"), "0");
    assert_eq!(text(&root, "boxes-done"), "100");
    assert_eq!(text(&root, "boxes-in-depot"), "0");
    let stations = all_by_testid(&root, "station");
    assert_eq!(stations.len(), 3);
    for station in stations {
        assert_eq!(station.get_attribute("data-state").as_deref(), Some("done"));
        assert_eq!(
            station.get_attribute("data-remaining").as_deref(),
            Some("0")
        );
    }
    let lines = all_by_testid(&root, "log-line");
    assert!(lines.iter().any(|line| line
        .text_content()
        .unwrap_or_default()
        .contains("is done! Vaccinated 100")));
}

#[wasm_bindgen_test]
async fn bad_parameters_are_named_and_the_defaults_run() {
    let root = mount_app("?stations=0&fail=2&seed=4");
    yew::scheduler::flush().await;
    let message = text(&root, "param-errors");
    assert!(message.contains("stations=0"), "{message}");
    assert!(
        message.contains("a whole number from 1 to 1000"),
        "{message}"
    );
    assert!(message.contains("fail=2"), "{message}");
    assert_eq!(all_by_testid(&root, "station").len(), 3);
    assert_eq!(text(&root, "status"), "ready");
}

#[wasm_bindgen_test]
async fn valid_parameters_show_no_error_message() {
    let root = mount_app("?stations=2&seed=4");
    yew::scheduler::flush().await;
    assert!(by_testid(&root, "param-errors").is_none());
    assert_eq!(all_by_testid(&root, "station").len(), 2);
    assert_eq!(text(&root, "seed"), "4");
}

#[wasm_bindgen_test]
async fn step_shows_one_event_at_a_time_and_reset_returns_to_ready() {
    let root = mount_app("?seed=2&capacity=5&boxes=4");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "status"), "ready");
    // The first step shows the first box being opened: one log line.
    click(&root, "step");
    wait_until(
        || all_by_testid(&root, "log-line").len() == 1,
        "one log line",
    )
    .await;
    assert_eq!(text(&root, "status"), "paused");
    assert_eq!(text(&root, "doses-given"), "0");
    // Two more steps open the other stations' boxes; the fourth is a shot.
    for expected_lines in [2, 3] {
        click(&root, "step");
        wait_until(
            || all_by_testid(&root, "log-line").len() == expected_lines,
            "a log line per step",
        )
        .await;
    }
    click(&root, "step");
    wait_until(|| text(&root, "doses-given") == "1", "one shot").await;
    assert_eq!(all_by_testid(&root, "log-line").len(), 3);
    assert_ne!(text(&root, "clock"), "0.00");
    click(&root, "reset");
    wait_until(|| text(&root, "doses-given") == "0", "the reset").await;
    assert_eq!(text(&root, "status"), "ready");
    assert_eq!(text(&root, "clock"), "0.00");
    assert!(all_by_testid(&root, "log-line").is_empty());
}

#[wasm_bindgen_test]
async fn the_schematic_shows_each_station_with_its_state_and_doses_left() {
    let config = Config {
        stations: 2,
        capacity: 10,
        boxes: 5,
        ..Config::default()
    };
    let mut lot = LotState::new(&config);
    let open = |station, box_no, depot_left| Event {
        at: SimTime::START,
        kind: EventKind::BoxOpened {
            station,
            box_no,
            doses: 10,
            depot_left,
        },
    };
    lot.apply(&open(1, 1, 4)).unwrap();
    lot.apply(&Event {
        at: SimTime::from_micros(5),
        kind: EventKind::ShotGiven {
            station: 1,
            box_no: 1,
            doses_left: 9,
        },
    })
    .unwrap();
    let root = container();
    yew::Renderer::<Schematic>::with_root_and_props(
        root.clone(),
        SchematicProps {
            lot: Rc::new(lot),
            run_id: 0,
            running: false,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let stations = all_by_testid(&root, "station");
    let attrs: Vec<(String, String, String)> = stations
        .iter()
        .map(|s| {
            (
                s.get_attribute("data-station").unwrap(),
                s.get_attribute("data-remaining").unwrap(),
                s.get_attribute("data-state").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        attrs,
        vec![
            ("1".into(), "9".into(), "working".into()),
            ("2".into(), "0".into(), "idle".into()),
        ]
    );
    assert!(text(&root, "depot").contains('4'));
}

#[wasm_bindgen_test]
async fn a_thousand_stations_render_as_tiles() {
    let config = Config {
        stations: 1000,
        ..Config::default()
    };
    let root = container();
    yew::Renderer::<Schematic>::with_root_and_props(
        root.clone(),
        SchematicProps {
            lot: Rc::new(LotState::new(&config)),
            run_id: 0,
            running: false,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(all_by_testid(&root, "station").len(), 1000);
}

#[wasm_bindgen_test]
fn the_speed_slider_spans_the_accepted_speeds_on_a_log_scale() {
    use vaccination_lot::app::components::controls::{
        slider_from_speed, speed_from_slider, SLIDER_STEPS,
    };
    assert_eq!(speed_from_slider(0.0), 0.01);
    assert_eq!(speed_from_slider(SLIDER_STEPS), 100_000.0);
    assert_eq!(speed_from_slider(slider_from_speed(1.0)), 1.0);
    assert_eq!(slider_from_speed(1.0), SLIDER_STEPS * 2.0 / 7.0);
}
