//! A live region for screen readers: what happened, summarised at most
//! every two seconds, so a fast run stays followable.
//!
//! Reads the lot and the mode; owns only what it last announced.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::figures::{count, seconds};
use crate::app::hooks::{use_throttle, Throttle};
use crate::app::language::{use_i18n, I18n};
use crate::i18n::{Locale, Messages};
use crate::model::view::Mode;
use crate::sim::{LotState, SimTime};
use crate::tr;

/// Shortest time between two announcements while running [ms].
const NARRATION_INTERVAL_MS: f64 = 2000.0;

/// Counts at the last announcement.
#[derive(Clone, Copy, Default, PartialEq)]
struct Told {
    boxes_done: u32,
    boxes_failed: u32,
    mode: Option<Mode>,
    run_id: u64,
    /// The language it was said in: a new language says the state again.
    locale: Option<Locale>,
    /// The moment it named, outside play: a step, a seek or a lesson's
    /// moment says the new one.
    moment: Option<SimTime>,
}

impl Told {
    /// Whether the run, its mode, the page's language or (outside play)
    /// the moment on screen changed since.
    fn is_stale(&self, mode: Mode, run_id: u64, locale: Locale, now: SimTime) -> bool {
        self.run_id != run_id
            || self.mode != Some(mode)
            || self.locale != Some(locale)
            || self.moment != moment_named(mode, now)
    }
}

/// The moment an announcement in `mode` names: while the run plays, the
/// progress reports say the time as they come.
fn moment_named(mode: Mode, now: SimTime) -> Option<SimTime> {
    (mode != Mode::Running).then_some(now)
}

/// The next announcement, if one is due.
fn compose(
    messages: &Messages,
    lot: &LotState,
    mode: Mode,
    run_id: u64,
    told: &Told,
) -> Option<String> {
    if told.is_stale(mode, run_id, messages.locale(), lot.now) {
        return Some(match mode {
            Mode::Ready => messages.text("lot-narration-ready"),
            Mode::Running => messages.text("lot-narration-running"),
            Mode::Paused => tr!(messages, "lot-narration-paused", seconds = seconds(lot.now)),
            Mode::Finished => finished(messages, lot),
        });
    }
    let done = lot.boxes_done.saturating_sub(told.boxes_done);
    let failed = lot.boxes_failed.saturating_sub(told.boxes_failed);
    let changes = changes(messages, done, failed)?;
    Some(tr!(
        messages,
        "lot-narration-progress",
        changes = changes,
        seconds = seconds(lot.now),
        doses_given = count(lot.doses_given),
        depot = count(lot.boxes_in_depot)
    ))
}

/// Boxes done and stations failed since the last announcement, or
/// `None` when nothing of either happened.
fn changes(messages: &Messages, done: u32, failed: u32) -> Option<String> {
    let done = (done > 0).then(|| tr!(messages, "lot-narration-done", count = count(done)));
    let failed = (failed > 0).then(|| tr!(messages, "lot-narration-failed", count = count(failed)));
    match (done, failed) {
        (Some(done), Some(failed)) => Some(tr!(
            messages,
            "lot-narration-done-and-failed",
            done = done,
            failed = failed
        )),
        (done, failed) => done.or(failed),
    }
}

/// The end of a run; the article's loop also says what its exit cancelled.
fn finished(messages: &Messages, lot: &LotState) -> String {
    let said = tr!(
        messages,
        "lot-narration-finished",
        seconds = seconds(lot.now),
        doses_given = count(lot.doses_given),
        doses_wasted = count(lot.doses_wasted),
        boxes_done = count(lot.boxes_done),
        boxes_failed = count(lot.boxes_failed)
    );
    if lot.boxes_cancelled == 0 {
        return said;
    }
    let cancelled = tr!(
        messages,
        "lot-narration-cancelled",
        tasks = count(lot.boxes_cancelled),
        doses_unreported = count(lot.doses_unreported),
        doses_discarded = count(lot.doses_discarded)
    );
    tr!(
        messages,
        "lot-narration-sentences",
        first = said,
        second = cancelled
    )
}

/// What the narration reads: the lot, the mode and which run it is.
#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    /// The lot as drawn: its clock and counts are what is announced.
    pub lot: Rc<LotState>,
    /// The run's mode; a change is announced at once.
    pub mode: Mode,
    /// The run's id, new for each run started; a new run is announced at
    /// once.
    pub run_id: u64,
}

/// The live region: a change of run, mode, language or (outside play)
/// moment is announced at once, progress at most every two seconds.
#[component]
pub fn Narration(props: &NarrationProps) -> Html {
    let told = use_mut_ref(Told::default);
    let text = use_mut_ref(String::new);
    let throttle = use_throttle();
    let messages = use_i18n();
    update(&messages, &told, &text, &throttle, props);
    let current = text.borrow().clone();
    html! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="narration">{ current }</div>
    }
}

fn update(
    messages: &I18n,
    told: &Rc<RefCell<Told>>,
    text: &Rc<RefCell<String>>,
    throttle: &Throttle,
    props: &NarrationProps,
) {
    let mut told = told.borrow_mut();
    let state_changed = told.is_stale(props.mode, props.run_id, messages.locale(), props.lot.now);
    if !state_changed && !throttle.is_open(NARRATION_INTERVAL_MS) {
        return;
    }
    if let Some(announcement) = compose(messages, &props.lot, props.mode, props.run_id, &told) {
        *text.borrow_mut() = announcement;
        throttle.pass();
        *told = Told {
            boxes_done: props.lot.boxes_done,
            boxes_failed: props.lot.boxes_failed,
            mode: Some(props.mode),
            run_id: props.run_id,
            locale: Some(messages.locale()),
            moment: moment_named(props.mode, props.lot.now),
        };
    }
}
