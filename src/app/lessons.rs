//! The lesson the page is showing: which one, which step, the step's
//! question as the engine posed it, and the learner's choice.
//!
//! ```text
//!   ?lesson=ID, #lesson=… (load and hashchange), the menu, the editor
//!        │ open
//!        ▼
//!   LessonHandle ── go(step) ─► controller.open_moment (the step=N replay)
//!        │                      lesson::pose (the engine's answer, natively)
//!        ├─ choose(i) ─────────► controller.play_forward (to the answer, then pause)
//!        └─ postMessage lesson-step / prediction; localStorage place
//! ```
//!
//! Owns the lesson's state and its side effects (the run, the host page,
//! storage). It decides no answer: those come from [`crate::lesson::pose`].

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::lesson::builtin;
use crate::lesson::link::{fragment_for, json_from_fragment};
use crate::lesson::{
    parse_lesson, pose, resolve_all, Arg, Lesson, LessonErrors, Moment, Posed, Text,
};

use super::browser::location_hash;
use super::controller::RunController;
use super::hooks::{use_event_listener, ListenOn};
use super::host;
use super::storage::{self, Place};

/// Where a lesson came from.
#[derive(Clone, Debug, PartialEq)]
pub enum LessonSource {
    Builtin(&'static str),
    /// A link's fragment (`lesson=…`, without `#`).
    Link(String),
    /// The editor's draft, previewed.
    Draft,
}

impl LessonSource {
    /// The lesson's name in `data-lesson` and in messages to the host.
    pub fn id(&self) -> &str {
        match self {
            LessonSource::Builtin(id) => id,
            LessonSource::Link(_) => "link",
            LessonSource::Draft => "draft",
        }
    }

    /// How storage remembers it; drafts are not remembered.
    fn stored(&self) -> Option<String> {
        match self {
            LessonSource::Builtin(id) => Some(format!("builtin:{id}")),
            LessonSource::Link(fragment) => Some(fragment.clone()),
            LessonSource::Draft => None,
        }
    }

    /// The built-in lesson's id, if it is one: its texts then come in the
    /// page's language.
    pub fn builtin(&self) -> Option<&'static str> {
        match self {
            LessonSource::Builtin(id) => Some(id),
            _ => None,
        }
    }
}

/// The learner's prediction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chosen {
    pub index: usize,
    /// The run that plays the answer.
    pub run_id: u64,
}

/// A lesson being shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveLesson {
    pub source: LessonSource,
    pub lesson: Rc<Lesson>,
    pub moments: Rc<Vec<Moment>>,
    /// 0-based.
    pub step: usize,
    /// The step's question as posed on its run, or why it cannot be.
    pub question: Option<Result<Rc<Posed>, Text>>,
    pub chosen: Option<Chosen>,
}

impl ActiveLesson {
    pub fn steps(&self) -> usize {
        self.lesson.steps.len()
    }

    /// What a link to this page adds to open this lesson: `&lesson=ID` for
    /// a built-in one, else the lesson itself in the fragment.
    pub fn link_suffix(&self) -> String {
        match &self.source {
            LessonSource::Builtin(id) => format!("&lesson={id}"),
            LessonSource::Link(fragment) => format!("#{fragment}"),
            LessonSource::Draft => format!("#{}", fragment_for(&self.lesson.to_json())),
        }
    }
}

/// The page's handle on its lesson. Cheap to clone.
#[derive(Clone)]
pub struct LessonHandle {
    pub active: Option<Rc<ActiveLesson>>,
    /// Problems with the lesson last asked for, shown in `lesson-errors`
    /// (in the page's language when drawn).
    pub errors: Rc<Vec<Text>>,
    /// A place kept from an earlier visit, offered until taken or declined.
    pub offer: Option<Place>,
    active_state: UseStateHandle<Option<Rc<ActiveLesson>>>,
    errors_state: UseStateHandle<Rc<Vec<Text>>>,
    offer_state: UseStateHandle<Option<Place>>,
    run: RunController,
}

/// The lesson state, opened from the page's URL on load and from each new
/// `#lesson=` fragment (a hash change in the same tab).
#[hook]
pub fn use_lessons(run: &RunController, requested: Option<&'static str>) -> LessonHandle {
    let active_state = use_state(|| None::<Rc<ActiveLesson>>);
    let errors_state = use_state(|| Rc::new(Vec::<Text>::new()));
    let offer_state = use_state(|| None::<Place>);
    let handle = LessonHandle {
        active: (*active_state).clone(),
        errors: (*errors_state).clone(),
        offer: (*offer_state).clone(),
        active_state,
        errors_state,
        offer_state,
        run: run.clone(),
    };
    {
        let handle = handle.clone();
        use_effect_with((), move |_| handle.open_on_load(requested));
    }
    {
        let handle = handle.clone();
        use_event_listener(ListenOn::Window, "hashchange", move |_| {
            handle.open_fragment(&location_hash(), None);
        });
    }
    handle
}

impl LessonHandle {
    /// A callback that calls `act` on this handle.
    pub fn callback(&self, act: fn(&LessonHandle)) -> Callback<()> {
        let handle = self.clone();
        Callback::from(move |()| act(&handle))
    }

    fn open_on_load(&self, requested: Option<&'static str>) {
        if let Some(id) = requested {
            self.open_builtin(id, None);
        } else if !self.open_fragment(&location_hash(), None) {
            self.offer_state.set(storage::load());
        }
    }

    /// Opens the lesson a fragment carries (with or without `#`), at step
    /// `at`; `false` if it carries none.
    fn open_fragment(&self, hash: &str, at: Option<usize>) -> bool {
        let Some(json) = json_from_fragment(hash) else {
            return false;
        };
        let fragment = hash.trim_start_matches('#').to_string();
        match json {
            Ok(json) => self.open_json(LessonSource::Link(fragment), &json, at),
            Err(problem) => self.fail(vec![problem]),
        }
        true
    }

    /// Opens the built-in lesson `id` at step `at` (0 if `None`).
    pub fn open_builtin(&self, id: &str, at: Option<usize>) {
        match builtin::find(id) {
            Some(found) => match found.lesson() {
                Ok(lesson) => self.start(LessonSource::Builtin(found.id), lesson, at),
                Err(errors) => self.fail(errors.shown()),
            },
            None => self.fail(vec![
                Text::new("lesson-no-builtin").with("id", Arg::untrusted(&format!("{id:?}")))
            ]),
        }
    }

    /// Opens a lesson from its JSON, at step `at`.
    pub fn open_json(&self, source: LessonSource, json: &str, at: Option<usize>) {
        match parse_lesson(json) {
            Ok(lesson) => self.start(source, lesson, at),
            Err(errors) => self.fail(errors.shown()),
        }
    }

    /// Shows `lesson` (already read) at step `at`, once its moments check.
    pub fn start(&self, source: LessonSource, lesson: Lesson, at: Option<usize>) {
        let moments = match resolve_all(&lesson, self.run.seed) {
            Ok(moments) => moments,
            Err(errors) => return self.fail(LessonErrors::shown(&errors)),
        };
        self.errors_state.set(Rc::new(Vec::new()));
        self.offer_state.set(None);
        let step = at.unwrap_or(0).min(lesson.steps.len().saturating_sub(1));
        self.show(ActiveLesson {
            source,
            lesson: Rc::new(lesson),
            moments: Rc::new(moments),
            step,
            question: None,
            chosen: None,
        });
    }

    fn fail(&self, problems: Vec<Text>) {
        self.errors_state.set(Rc::new(problems));
    }

    /// Hides the problems with the lesson last asked for.
    pub fn dismiss_problems(&self) {
        self.errors_state.set(Rc::new(Vec::new()));
    }

    /// Goes to step `step` (0-based) of the lesson shown.
    pub fn go(&self, step: usize) {
        let Some(active) = &self.active else { return };
        if step >= active.steps() {
            return;
        }
        self.show(ActiveLesson {
            step,
            question: None,
            chosen: None,
            ..(**active).clone()
        });
    }

    pub fn next(&self) {
        if let Some(active) = &self.active {
            self.go(active.step + 1);
        }
    }

    pub fn previous(&self) {
        if let Some(active) = &self.active {
            if let Some(step) = active.step.checked_sub(1) {
                self.go(step);
            }
        }
    }

    /// Opens the step's moment, poses its question, and tells the host
    /// and storage.
    fn show(&self, mut active: ActiveLesson) {
        let moment = &active.moments[active.step];
        self.run.open_moment(&moment.run, moment.at_event);
        let step = &active.lesson.steps[active.step];
        active.question = step
            .question
            .map(|spec| pose(spec, moment).map(Rc::new).map_err(|error| error.0));
        host::post(
            "lesson-step",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("steps", JsValue::from_f64(active.steps() as f64)),
            ],
        );
        if let Some(source) = active.source.stored() {
            storage::save(&Place {
                source,
                title: active.lesson.title.clone(),
                step: active.step,
            });
        }
        self.active_state.set(Some(Rc::new(active)));
    }

    /// The learner predicts choice `index`: the run plays forward to the
    /// moment that answers it, and pauses there.
    pub fn choose(&self, index: usize) {
        let Some(active) = &self.active else { return };
        let Some(Ok(posed)) = &active.question else {
            return;
        };
        if active.chosen.is_some() || index >= posed.choices.len() {
            return;
        }
        let moment = &active.moments[active.step];
        let answer = &posed.answer;
        let run_id = self.run.play_forward(
            &answer.run,
            moment.at_event,
            (answer.at_event, answer.time),
            posed.now,
        );
        host::post(
            "prediction",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("choice", JsValue::from_f64(index as f64)),
                ("correct", JsValue::from_bool(index == posed.correct)),
            ],
        );
        self.active_state.set(Some(Rc::new(ActiveLesson {
            chosen: Some(Chosen { index, run_id }),
            ..(**active).clone()
        })));
    }

    /// Leaves the lesson; the run stays as it is.
    pub fn exit(&self) {
        if self.active.is_some() {
            storage::forget();
        }
        self.active_state.set(None);
    }

    /// Takes up the offered place.
    pub fn resume(&self) {
        let Some(place) = self.offer.clone() else {
            return;
        };
        self.offer_state.set(None);
        match place.source.strip_prefix("builtin:") {
            Some(id) => self.open_builtin(id, Some(place.step)),
            None => {
                if !self.open_fragment(&place.source, Some(place.step)) {
                    self.fail(vec![Text::new("lesson-kept-unreadable")]);
                }
            }
        }
    }

    /// Declines the offered place, and forgets it.
    pub fn decline(&self) {
        storage::forget();
        self.offer_state.set(None);
    }

    /// Whether the answer to the learner's prediction is on screen: the
    /// run that plays it has reached it, or the learner moved on.
    pub fn answer_shown(&self) -> bool {
        let Some(active) = &self.active else {
            return false;
        };
        let (Some(chosen), Some(Ok(posed))) = (active.chosen, &active.question) else {
            return false;
        };
        // Run ids only grow: a later run means the learner moved on.
        self.run.run_id > chosen.run_id
            || (self.run.run_id == chosen.run_id
                && self.run.events_applied >= posed.answer.at_event)
    }
}

/// The `#lesson=` link to `lesson` on this page.
pub fn lesson_link(base: &str, lesson: &Lesson) -> String {
    format!("{base}#{}", fragment_for(&lesson.to_json()))
}
