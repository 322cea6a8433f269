//! A live region for screen readers: what happened, summarised at most
//! every two seconds, so a fast run stays followable.
//!
//! Reads the lot and the mode; owns only what it last announced.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::{use_throttle, Throttle};
use crate::app::runtime::Mode;
use crate::sim::event::counted;
use crate::sim::LotState;

/// Shortest time between two announcements while running [ms].
const NARRATION_INTERVAL_MS: f64 = 2000.0;

/// Counts at the last announcement.
#[derive(Clone, Copy, Default, PartialEq)]
struct Told {
    boxes_done: u32,
    boxes_failed: u32,
    mode: Option<Mode>,
    run_id: u64,
}

/// The next announcement, if one is due.
fn compose(lot: &LotState, mode: Mode, run_id: u64, told: &Told) -> Option<String> {
    if told.run_id != run_id || told.mode != Some(mode) {
        return Some(match mode {
            Mode::Ready => "Ready. Press space to start.".to_string(),
            Mode::Running => "Running.".to_string(),
            Mode::Paused => format!("Paused at {} seconds.", lot.now),
            Mode::Finished => finished(lot),
        });
    }
    let done = lot.boxes_done.saturating_sub(told.boxes_done);
    let failed = lot.boxes_failed.saturating_sub(told.boxes_failed);
    if done == 0 && failed == 0 {
        return None;
    }
    let mut parts = Vec::new();
    if done > 0 {
        parts.push(format!("{} done", counted(done, "box", "boxes")));
    }
    if failed > 0 {
        parts.push(format!("{} failed", counted(failed, "station", "stations")));
    }
    Some(format!(
        "{} at {} seconds; {} doses given, {} left in the depot.",
        parts.join(", "),
        lot.now,
        lot.doses_given,
        counted(lot.boxes_in_depot, "box", "boxes")
    ))
}

/// The end of a run; the article's loop also says what its exit cancelled.
fn finished(lot: &LotState) -> String {
    let mut said = format!(
        "Finished at {} seconds: {} doses given, {} wasted, {} done, {} failed.",
        lot.now,
        lot.doses_given,
        lot.doses_wasted,
        counted(lot.boxes_done, "box", "boxes"),
        counted(lot.boxes_failed, "box", "boxes")
    );
    if lot.boxes_cancelled > 0 {
        said.push_str(&format!(
            " The loop ended with {} cancelled mid-box: {} never reported, {} thrown away.",
            counted(lot.boxes_cancelled, "task", "tasks"),
            counted(lot.doses_unreported, "dose", "doses"),
            counted(lot.doses_discarded, "dose", "doses")
        ));
    }
    said
}

#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    pub lot: Rc<LotState>,
    pub mode: Mode,
    pub run_id: u64,
}

#[component]
pub fn Narration(props: &NarrationProps) -> Html {
    let told = use_mut_ref(Told::default);
    let text = use_mut_ref(String::new);
    let throttle = use_throttle();
    update(&told, &text, &throttle, props);
    let current = text.borrow().clone();
    html! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narration">{ current }</div>
    }
}

fn update(
    told: &Rc<RefCell<Told>>,
    text: &Rc<RefCell<String>>,
    throttle: &Throttle,
    props: &NarrationProps,
) {
    let mut told = told.borrow_mut();
    let state_changed = told.run_id != props.run_id || told.mode != Some(props.mode);
    if !state_changed && !throttle.is_open(NARRATION_INTERVAL_MS) {
        return;
    }
    if let Some(announcement) = compose(&props.lot, props.mode, props.run_id, &told) {
        *text.borrow_mut() = announcement;
        throttle.pass();
        *told = Told {
            boxes_done: props.lot.boxes_done,
            boxes_failed: props.lot.boxes_failed,
            mode: Some(props.mode),
            run_id: props.run_id,
        };
    }
}
