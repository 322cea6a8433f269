//! Components mounted in the page, read back from the DOM.

use std::cell::RefCell;
use std::rc::Rc;

use vaccination_lot::app::components::root::{App, AppProps};
use vaccination_lot::app::components::schematic::{Schematic, SchematicProps};
use vaccination_lot::model::thread::{task_hook, ThreadShown};
use vaccination_lot::sim::{Config, Event, EventKind, LocalRun, LotState, SimTime};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::{all_by_testid, by_testid, click, container, text, wait_until};

/// The app reading `query`, once every part of the page has mounted (the
/// page mounts in parts, a task each; the footer comes last).
async fn mount_app(query: &str) -> web_sys::Element {
    let root = container();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            query: Some(query.to_string().into()),
        },
    )
    .render();
    wait_until(|| by_testid(&root, "seed").is_some(), "the page to mount").await;
    root
}

/// The schematic of `lot`, rendered and settled; `compact` for a phone.
async fn render_schematic(lot: LotState, compact: bool) -> web_sys::Element {
    let root = container();
    yew::Renderer::<Schematic>::with_root_and_props(
        root.clone(),
        SchematicProps {
            lot: Rc::new(lot),
            running: false,
            on_break: Default::default(),
            compact,
            on_thread: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_default_run_at_max_speed_finishes_with_every_dose_given() {
    let root = mount_app("?seed=1&speed=max&autoplay=1").await;
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

/// The page mounts in parts, a task each, in the order the screen shows
/// them (a phone draws the lot above the controls): a part never comes
/// above one already drawn, which would move it. Every change to the page
/// is watched as it happens (a `MutationObserver`).
#[wasm_bindgen_test]
async fn the_page_mounts_a_part_per_task_from_the_top_down() {
    let root = container();
    let narrow = web_sys::window()
        .unwrap()
        .match_media("(max-width: 700px)")
        .unwrap()
        .is_some_and(|query| query.matches());
    let parts = if narrow {
        ["status", "lot", "start", "seed"]
    } else {
        ["status", "start", "lot", "seed"]
    };
    // Which parts are drawn, each time that changes.
    let drawn_seen = Rc::new(RefCell::new(Vec::<Vec<bool>>::new()));
    let watch = {
        let (root, drawn_seen) = (root.clone(), drawn_seen.clone());
        Closure::<dyn FnMut()>::new(move || {
            let drawn: Vec<bool> = parts
                .iter()
                .map(|part| by_testid(&root, part).is_some())
                .collect();
            let mut seen = drawn_seen.borrow_mut();
            if seen.last() != Some(&drawn) {
                seen.push(drawn);
            }
        })
    };
    let observer = web_sys::MutationObserver::new(watch.as_ref().unchecked_ref()).unwrap();
    let changes = web_sys::MutationObserverInit::new();
    changes.set_child_list(true);
    changes.set_subtree(true);
    observer.observe_with_options(&root, &changes).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            query: Some("?seed=3".into()),
        },
    )
    .render();
    wait_until(|| by_testid(&root, "seed").is_some(), "the page to mount").await;
    yew::scheduler::flush().await;
    observer.disconnect();
    let drawn_seen = drawn_seen.borrow();
    let in_order = (0..=parts.len())
        .map(|count| {
            (0..parts.len())
                .map(|part| part < count)
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    assert_eq!(
        *drawn_seen, in_order,
        "one part at a time, from the top down: {parts:?}"
    );
}

#[wasm_bindgen_test]
async fn bad_parameters_are_named_and_the_defaults_run() {
    let root = mount_app("?stations=0&fail=2&seed=4").await;
    yew::scheduler::flush().await;
    let message = text(&root, "param-errors");
    // The values given are isolated (U+2068 … U+2069): text from a link
    // cannot turn the page's own sentence around.
    assert!(message.contains("stations=\u{2068}0\u{2069}"), "{message}");
    assert!(
        message.contains("a whole number from 1 to 1000"),
        "{message}"
    );
    assert!(message.contains("fail=\u{2068}2\u{2069}"), "{message}");
    assert_eq!(all_by_testid(&root, "station").len(), 3);
    assert_eq!(text(&root, "status"), "ready");
}

#[wasm_bindgen_test]
async fn valid_parameters_show_no_error_message() {
    let root = mount_app("?stations=2&seed=4").await;
    yew::scheduler::flush().await;
    assert!(by_testid(&root, "param-errors").is_none());
    assert_eq!(all_by_testid(&root, "station").len(), 2);
    assert_eq!(text(&root, "seed"), "4");
}

/// The thread view, read back: the task on the thread and the ready queue.
fn thread_shown(root: &web_sys::Element) -> (String, Vec<String>) {
    let task = |element: &web_sys::Element| element.get_attribute("data-task").unwrap_or_default();
    let running = by_testid(root, "thread-running").map(|element| task(&element));
    let ready = all_by_testid(root, "ready-task").iter().map(task).collect();
    (running.unwrap_or_default(), ready)
}

#[wasm_bindgen_test]
async fn the_thread_view_steps_with_the_run_as_the_pool_run_records_it() {
    // Every shot a tie: the ready queue holds the stations the timers woke.
    let query = "stations=3&boxes=6&capacity=3&shot_min=0.1&shot_max=0.1&seed=1";
    let root = mount_app(&format!("?{query}")).await;
    let (params, _) = vaccination_lot::sim::config::parse_run_query(query);
    let mut pool_run = LocalRun::traced(params.config, 1, &[]);
    let mut longest_queue = 0;
    for shown in 1..=20u64 {
        pool_run.next_event().expect("an event");
        let log = pool_run.simulation().monitor().thread().expect("traced");
        let expected = ThreadShown::of(log, shown).expect("kept");
        click(&root, "step");
        wait_until(
            || text(&root, "event-position").starts_with(&format!("event {shown} of")),
            "the step",
        )
        .await;
        let (running, ready) = thread_shown(&root);
        assert_eq!(
            running,
            expected.running.map(task_hook).unwrap_or_default(),
            "at {shown}"
        );
        let ready_expected: Vec<String> =
            expected.ready.iter().map(|task| task_hook(*task)).collect();
        assert_eq!(ready, ready_expected, "at {shown}");
        longest_queue = longest_queue.max(ready.len());
    }
    assert!(longest_queue >= 2, "the ties queued two tasks or more");
}

#[wasm_bindgen_test]
async fn step_shows_one_event_at_a_time_and_reset_returns_to_ready() {
    let root = mount_app("?seed=2&capacity=5&boxes=4").await;
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
    let root = render_schematic(lot, false).await;
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
    let root = render_schematic(LotState::new(&config), false).await;
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

/// A view folded from the first `events` events of a run, as the page
/// would hold it.
pub(crate) fn view_after(
    config: &Config,
    seed: u64,
    events: usize,
) -> Rc<vaccination_lot::app::store::RunView> {
    use vaccination_lot::app::runtime::{FrameBatch, Mode};
    use vaccination_lot::app::settings::PlaySpeed;
    use vaccination_lot::app::store::{Action, RunView};
    let mut run = vaccination_lot::sim::LocalRun::new(config.clone(), seed);
    let batch: Vec<Event> = (0..events).map_while(|_| run.next_event()).collect();
    let mut view = RunView::new(0, config.clone(), seed);
    view.apply(Action::Frame {
        run_id: 0,
        batch: FrameBatch {
            clock: batch.last().map_or(SimTime::START, |event| event.at),
            events: batch,
            mode: Mode::Paused,
            speed: PlaySpeed::default(),
            upcoming: run.simulation().clock().upcoming(6),
            tasks: run.simulation().monitor().snapshot_and_prune(),
            broken: Vec::new(),
            thread: None,
        },
    });
    Rc::new(view)
}

#[wasm_bindgen_test]
async fn the_executor_panel_shows_the_awaited_set_and_the_supervisor_wakes() {
    use vaccination_lot::app::components::executor::{ExecutorPanel, ExecutorProps};
    let config = Config {
        capacity: 5,
        boxes: 10,
        ..Config::default()
    };
    // 3 openings, then shots until the first box is done and the next opened.
    let view = view_after(&config, 3, 30);
    assert!(!view.wakes.is_empty(), "the run got past a first box");
    let root = container();
    yew::Renderer::<ExecutorPanel>::with_root_and_props(
        root.clone(),
        ExecutorProps {
            view: vaccination_lot::app::store::ViewRef(view.clone()),
            words: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        all_by_testid(&root, "awaited-task").len(),
        view.awaited.len()
    );
    let wake = text(&root, "wakes");
    assert!(wake.contains("returned Ok"), "{wake}");
    assert!(wake.contains("pushed station"), "{wake}");
    assert_eq!(all_by_testid(&root, "timer").len(), view.upcoming.len());
}

#[wasm_bindgen_test]
async fn the_task_inspector_lists_a_row_per_station_with_polls_and_wakes() {
    use vaccination_lot::app::components::inspector::{InspectorProps, TaskInspector};
    let config = Config {
        capacity: 5,
        boxes: 10,
        ..Config::default()
    };
    let view = view_after(&config, 3, 30);
    let root = container();
    yew::Renderer::<TaskInspector>::with_root_and_props(
        root.clone(),
        InspectorProps {
            view: vaccination_lot::app::store::ViewRef(view),
            words: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let rows = all_by_testid(&root, "task-row");
    assert_eq!(rows.len(), 3);
    let first = rows[0].text_content().unwrap_or_default();
    assert!(first.starts_with("station 1"), "{first}");
    assert!(first.contains("asleep"), "{first}");
}

#[wasm_bindgen_test]
async fn the_code_panel_marks_the_awaits_and_the_one_last_resumed() {
    use vaccination_lot::app::components::code::{CodePanel, CodeProps};
    use vaccination_lot::app::store::LastRan;
    use vaccination_lot::sim::Policy;
    let root = container();
    yew::Renderer::<CodePanel>::with_root_and_props(
        root.clone(),
        CodeProps {
            code: Default::default(),
            policy: Policy::FirstCompleted,
            last_ran: Some(LastRan::Supervisor),
            waiting: 3,
            finished: false,
            blocking: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let resumed = all_by_testid(&root, "code-resumed");
    assert_eq!(resumed.len(), 2, "one in Rust, one in Python");
    let rust = resumed[0].text_content().unwrap_or_default();
    assert!(rust.contains("running.next()).await"), "{rust}");
    let python = resumed[1].text_content().unwrap_or_default();
    assert!(python.contains("await asyncio.wait("), "{python}");
    let listing = root.text_content().unwrap_or_default();
    assert!(
        listing.contains("for task in sorted(done, key=by_station(running)):"),
        "the Python supervisor is the repository's program"
    );
    let awaits = all_by_testid(&root, "code-await");
    assert_eq!(
        awaits.len(),
        2,
        "the stations' awaits, marked but not resumed"
    );
    assert!(awaits[0]
        .text_content()
        .unwrap_or_default()
        .contains("3 station tasks wait here"));
}

#[wasm_bindgen_test]
async fn the_code_panel_says_a_blocking_station_is_never_parked() {
    use vaccination_lot::app::components::code::{CodePanel, CodeProps};
    use vaccination_lot::sim::Policy;
    let root = container();
    yew::Renderer::<CodePanel>::with_root_and_props(
        root.clone(),
        CodeProps {
            code: Default::default(),
            policy: Policy::CompletionQueue,
            last_ran: None,
            waiting: 2,
            finished: false,
            blocking: Some(2),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("station 2 never awaits"), "{text}");
    assert!(
        text.contains("the supervisor at its read of the queue"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn the_charts_draw_a_bar_per_box_and_the_curve() {
    use vaccination_lot::app::components::charts::{ChartsPanel, ChartsProps};
    let config = Config {
        capacity: 5,
        boxes: 10,
        fail: 0.05,
        ..Config::default()
    };
    let view = view_after(&config, 3, 10_000);
    let root = container();
    yew::Renderer::<ChartsPanel>::with_root_and_props(
        root.clone(),
        ChartsProps {
            view: vaccination_lot::app::store::ViewRef(view.clone()),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let gantt = by_testid(&root, "chart-gantt").unwrap();
    assert_eq!(gantt.query_selector_all(".gantt-bar").unwrap().length(), 10);
    assert_eq!(
        gantt
            .query_selector_all(".gantt-bar.failed")
            .unwrap()
            .length(),
        view.lot.boxes_failed
    );
    let label = by_testid(&root, "chart-doses")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(
        label.starts_with(&format!("{} of 50 doses given", view.lot.doses_given)),
        "{label}"
    );
    assert_eq!(all_by_testid(&root, "policy-comparison").len(), 1);
}

#[wasm_bindgen_test]
async fn a_narrow_schematic_is_drawn_narrower_and_taller() {
    let config = Config::default();
    let root = render_schematic(LotState::new(&config), true).await;
    let svg = root.query_selector("svg.schematic").unwrap().unwrap();
    let view_box = svg.get_attribute("viewBox").unwrap();
    let numbers: Vec<f64> = view_box.split(' ').map(|n| n.parse().unwrap()).collect();
    assert_eq!(numbers[2], 560.0, "narrower than the 1000-wide drawing");
    assert!(
        numbers[3] / numbers[2] > 0.55,
        "taller for its width: {view_box}"
    );
    assert_eq!(all_by_testid(&root, "station").len(), 3);
}

#[wasm_bindgen_test]
async fn a_lesson_step_poses_the_engines_question_and_plays_to_its_answer() {
    let root = mount_app("?lesson=failure").await;
    wait_until(
        || by_testid(&root, "lesson").is_some(),
        "the lesson to open",
    )
    .await;
    let lesson = by_testid(&root, "lesson").unwrap();
    assert_eq!(
        lesson.get_attribute("data-lesson").as_deref(),
        Some("failure")
    );
    let step = || by_testid(&root, "lesson-step").unwrap();
    assert_eq!(step().get_attribute("data-step").as_deref(), Some("1"));
    assert_eq!(step().get_attribute("data-steps").as_deref(), Some("6"));
    click(&root, "lesson-next");
    wait_until(
        || step().get_attribute("data-step").as_deref() == Some("2"),
        "the second step",
    )
    .await;
    wait_until(
        || text(&root, "event-position").starts_with("event 58 "),
        "the step's moment",
    )
    .await;
    let choices = all_by_testid(&root, "prediction-choice");
    assert_eq!(
        choices.len(),
        5,
        "what the supervisor might do with the error"
    );
    // The engine's answer: the error is reported and station 1 refilled.
    choices[2]
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    wait_until(
        || by_testid(&root, "prediction-result").is_some(),
        "the answer",
    )
    .await;
    let result = by_testid(&root, "prediction-result").unwrap();
    assert_eq!(
        result.get_attribute("data-correct").as_deref(),
        Some("true")
    );
    assert!(result
        .text_content()
        .unwrap()
        .contains("took the error as its result and reported it"));
    assert_eq!(text(&root, "status"), "paused");
    assert_eq!(text(&root, "clock"), "6.89");
}

#[wasm_bindgen_test]
async fn a_run_played_at_a_factor_stops_its_clock_at_its_last_event() {
    // Frames advance the clock by wall time × speed; once the run is over,
    // the clock must not run on past the finish.
    let root = mount_app("?seed=2&boxes=10&capacity=10&speed=300&autoplay=1").await;
    let finished_line = || {
        all_by_testid(&root, "log-line")
            .iter()
            .filter_map(|line| line.text_content())
            .find(|line| line.starts_with("finished at "))
    };
    wait_until(|| text(&root, "status") == "finished", "the run to finish").await;
    wait_until(|| finished_line().is_some(), "the log's finished line").await;
    let finished = finished_line().unwrap();
    let at = finished
        .trim_start_matches("finished at ")
        .split(' ')
        .next()
        .unwrap();
    assert_eq!(text(&root, "clock"), at);
}
