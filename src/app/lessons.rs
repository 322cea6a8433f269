//! The lesson the page is showing: which one, which step, the step's
//! question as the engine posed it, and the learner's choice.
//!
//! ```text
//!   ?lesson=ID, #lesson=… (load and hashchange), the menu, the editor
//!        │ open
//!        ▼
//!   LessonHandle ── go(step) ─► RunCommand::OpenMoment (the step=N replay)
//!        │                      lesson::pose (the engine's answer, natively)
//!        ├─ choose(i) ─────────► RunCommand::PlayForward (to the answer, then pause)
//!        ├─ program_ran ───────► an exercise's goal checked on the learner's program
//!        │                       (lesson::goal); a makespan goal on the run on screen
//!        └─ postMessage lesson-step / prediction; localStorage place
//! ```
//!
//! Owns the lesson's state and its side effects (the run, the host page,
//! storage). It decides no answer and checks no goal: those come from
//! [`crate::lesson::pose`] and [`crate::lesson::goal`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::i18n::current;
use crate::lesson::builtin;
use crate::lesson::format::LOOP_DECISIONS_DEFAULT;
use crate::lesson::goal::{check_program, makespan_below};
use crate::lesson::link::{fragment_for, json_from_fragment};
use crate::lesson::statement::{reason_line, Activity, Confidence, Response, Verb};
use crate::lesson::texts::{lesson_text, Part};
use crate::lesson::{
    loop_decisions, parse_lesson, pose, pose_program, resolve_all, Arg, Goal, GoalCheck, Lesson,
    LessonErrors, Moment, Posed, QuestionSpec, Text,
};
use crate::model::program::{LessonProgram, ProgramRan, Recorded};
use crate::sim::config::RunParams;
use crate::sim::LotState;

use super::browser::location_hash;
use super::controller::RunController;
use super::hooks::{use_event_listener, ListenOn};
use super::host;
use super::loop_play::LoopPlay;
use super::results::Results;
pub use super::storage::Answered;
use super::storage::{self, Place};
use crate::model::command::RunCommand;

/// Where a lesson came from.
#[derive(Clone, Debug, PartialEq)]
pub enum LessonSource {
    /// A lesson that comes with the page, by its id.
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

    /// The lesson's id in results: a built-in lesson's own, a linked one's
    /// `link-` and a hash of its fragment (the same lesson, the same id,
    /// for every learner of a class), a draft's `draft`.
    pub fn results_id(&self) -> String {
        match self {
            LessonSource::Link(fragment) => format!("link-{:016x}", fnv1a(fragment.as_bytes())),
            other => other.id().to_string(),
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

/// The 64-bit FNV-1a hash of `bytes`: a short, stable name for a linked
/// lesson in results.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// What the learner says with a prediction, when the step asks: how sure
/// they are, and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Said {
    /// How sure, once picked.
    pub confidence: Option<Confidence>,
    /// Their reason as typed.
    pub reason: String,
}

/// The learner's prediction at the step shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chosen {
    /// The choice picked, 0-based, in the order shown.
    pub index: usize,
    /// The run that plays the answer (or, back at an answered step, opens
    /// the moment that shows it).
    pub run_id: u64,
}

/// A question of the lesson as the engine posed it, for the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    /// 0-based step.
    pub step: usize,
    /// The question, its choices and the engine's answer.
    pub posed: Rc<Posed>,
}

/// A lesson being shown.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveLesson {
    /// Where the lesson came from: its name, its link and whether its
    /// place is kept.
    pub source: LessonSource,
    /// The lesson as read.
    pub lesson: Rc<Lesson>,
    /// Each step's run and moment, resolved when the lesson opened.
    pub moments: Rc<Vec<Moment>>,
    /// 0-based.
    pub step: usize,
    /// The step's question as posed on its run, or why it cannot be.
    pub question: Option<Result<Rc<Posed>, Text>>,
    /// The learner's prediction at the step shown, once made.
    pub chosen: Option<Chosen>,
    /// What the learner did with each step's prediction, kept as they go
    /// back and forth (and in storage).
    pub answers: Rc<Vec<Option<Answered>>>,
    /// On the last step: every question of the lesson, for the summary.
    pub asked: Option<Rc<Vec<Asked>>>,
    /// A be-the-loop step's choices, and the learner's place in them.
    pub loop_play: Option<Rc<LoopPlay>>,
    /// How sure the learner is of the step's prediction, and why.
    pub said: Said,
    /// Whether the lesson's completion was recorded since it opened.
    pub completed: bool,
    /// The step's Python program, as the Python view shows and runs it.
    pub program: Option<LessonProgram>,
    /// While the step's question waits for CPython to run its program.
    pub cpython: Option<CpythonWait>,
    /// The step's goal, if it is checked on its program, as the learner's
    /// latest run of it meets it (pending before any run).
    pub program_goal: Option<Rc<GoalCheck>>,
}

/// A step's program as CPython ran it: the program, the step's run, and
/// its recording.
type KeptProgram = (Rc<str>, RunParams, Rc<Recorded>);

/// Where a question that CPython answers stands before it is posed.
#[derive(Clone, Debug, PartialEq)]
pub enum CpythonWait {
    /// The Python view is running the step's program.
    Running,
    /// The learner runs it (Run mine): a program from a link or a draft
    /// runs only when asked.
    OnRun,
    /// It could not run: why.
    Failed(String),
}

impl ActiveLesson {
    /// How many steps the lesson has.
    pub fn steps(&self) -> usize {
        self.lesson.steps.len()
    }

    /// What the learner did with step `step`'s prediction.
    pub fn answer(&self, step: usize) -> Option<Answered> {
        self.answers.get(step).copied().flatten()
    }

    /// Whether the step asks something: a prediction, or the loop's
    /// choices.
    fn asks(&self) -> bool {
        matches!(self.question, Some(Ok(_))) || self.cpython.is_some() || self.loop_play.is_some()
    }

    /// Whether the learner may move on: the step's prediction, if one is
    /// asked, is answered or skipped.
    pub fn may_go_on(&self) -> bool {
        !self.asks() || self.answer(self.step).is_some()
    }

    /// The lesson's predictions answered right, and how many it asked
    /// (`asked`, kept on the last step): what the summary shows.
    pub fn prediction_score(&self) -> (usize, usize) {
        let asked = self.asked.as_deref().map_or(&[][..], Vec::as_slice);
        let right = asked
            .iter()
            .filter(|asked| self.answer(asked.step) == Some(Answered::Chose(asked.posed.correct)))
            .count();
        (right, asked.len())
    }

    /// The loop's choices made right in the lesson's be-the-loop steps,
    /// and how many they asked.
    pub fn loop_score(&self) -> (usize, usize) {
        self.answers
            .iter()
            .fold((0, 0), |(right, of), answer| match answer {
                Some(Answered::Played {
                    right: made,
                    of: asked,
                }) => (right + made, of + asked),
                _ => (right, of),
            })
    }

    /// The step as results name it ("You are the event loop, step 2 of 4").
    fn activity_name(&self, step: Option<usize>) -> String {
        let messages = current::on_screen();
        let title = lesson_text(&messages, self.source.builtin(), &self.lesson, Part::Title).text;
        match step {
            Some(number) => crate::tr!(
                messages,
                "results-step-name",
                title = title,
                number = number,
                steps = self.steps()
            ),
            None => title,
        }
    }

    /// The step's program as the Python view gets it: its figures hidden
    /// while the prediction is still to make.
    pub fn program_shown(&self) -> Option<LessonProgram> {
        let program = self.program.clone()?;
        let asks = self.cpython.is_some() || matches!(self.question, Some(Ok(_)));
        let conceal = asks && self.chosen.is_none() && self.answer(self.step).is_none();
        Some(LessonProgram { conceal, ..program })
    }

    /// The step's goal, if it sets one, checked: on the learner's latest
    /// run of its program, or on the run on screen, whose lot is `lot`.
    pub fn goal(&self, lot: &LotState) -> Option<GoalCheck> {
        let goal = self.lesson.steps[self.step].goal?;
        let step = &self.moments[self.step].run.config;
        Some(match goal {
            Goal::MakespanBelow { seconds } => makespan_below(seconds, step, lot),
            _ => self
                .program_goal
                .as_deref()
                .cloned()
                .unwrap_or_else(|| check_program(goal, step, None)),
        })
    }

    /// The step's program goal checked on `ran` (`None`: not run yet);
    /// `None` when the step sets no such goal.
    fn program_goal_of(&self, ran: Option<Result<&Recorded, &str>>) -> Option<Rc<GoalCheck>> {
        let goal = self.lesson.steps[self.step]
            .goal
            .filter(|goal| goal.needs_python())?;
        let step = &self.moments[self.step].run.config;
        Some(Rc::new(check_program(goal, step, ran)))
    }

    /// The built-in lesson after this one, in the menu's order.
    pub fn next_builtin(&self) -> Option<&'static str> {
        let id = self.source.builtin()?;
        let at = builtin::BUILTINS.iter().position(|found| found.id == id)?;
        builtin::BUILTINS.get(at + 1).map(|found| found.id)
    }

    /// This lesson's answers with `answer` at the step shown.
    fn answered(&self, answer: Answered) -> Rc<Vec<Option<Answered>>> {
        let mut answers = (*self.answers).clone();
        answers.resize(self.steps(), None);
        answers[self.step] = Some(answer);
        Rc::new(answers)
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
    /// The lesson shown, if any.
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
    /// Steps' programs run on CPython so far, kept for going back and for
    /// the summary.
    programs: Rc<RefCell<Vec<KeptProgram>>>,
    /// Keys of the programs handed to the Python view, counted.
    program_keys: Rc<Cell<u64>>,
    /// The learner's results so far, as statements.
    results: Rc<Results>,
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
        programs: use_mut_ref(Vec::new),
        program_keys: use_memo((), |_| Cell::new(0u64)),
        results: use_memo((), |_| Results::default()),
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
        let kept = storage::load();
        let opened = match requested {
            Some(id) => {
                self.open_builtin(id, None);
                true
            }
            None => self.open_fragment(&location_hash(), None),
        };
        // The place kept in the lesson the page opens (a reload), or in
        // any lesson when the page opens none, is offered back.
        let offered = kept.filter(|place| {
            let same = match requested {
                Some(id) => builtin::find(id)
                    .is_some_and(|found| place.source == format!("builtin:{}", found.id)),
                None => place.source == location_hash().trim_start_matches('#'),
            };
            !opened || (same && place.step > 0)
        });
        if offered.is_some() {
            self.offer_state.set(offered);
        }
    }

    /// Opens the lesson a fragment carries (with or without `#`), at
    /// `place` if given; `false` if it carries none.
    fn open_fragment(&self, hash: &str, place: Option<&Place>) -> bool {
        let Some(json) = json_from_fragment(hash) else {
            return false;
        };
        let fragment = hash.trim_start_matches('#').to_string();
        match json {
            Ok(json) => match parse_lesson(&json) {
                Ok(lesson) => self.start_at(LessonSource::Link(fragment), lesson, place),
                Err(errors) => self.fail(errors.shown()),
            },
            Err(problem) => self.fail(vec![problem]),
        }
        true
    }

    /// Opens the built-in lesson `id` at `place` (its first step if
    /// `None`).
    pub fn open_builtin(&self, id: &str, place: Option<&Place>) {
        match builtin::find(id) {
            Some(found) => match found.lesson() {
                Ok(lesson) => self.start_at(LessonSource::Builtin(found.id), lesson, place),
                Err(errors) => self.fail(errors.shown()),
            },
            None => self.fail(vec![
                Text::new("lesson-no-builtin").with("id", Arg::untrusted(&format!("{id:?}")))
            ]),
        }
    }

    /// Opens a lesson from its JSON, at its first step.
    pub fn open_json(&self, source: LessonSource, json: &str) {
        match parse_lesson(json) {
            Ok(lesson) => self.start(source, lesson),
            Err(errors) => self.fail(errors.shown()),
        }
    }

    /// Shows `lesson` (already read) from its first step, once its
    /// moments check.
    pub fn start(&self, source: LessonSource, lesson: Lesson) {
        self.start_at(source, lesson, None);
    }

    /// Shows `lesson` at `place` (its step and the answers given), or at
    /// its first step.
    fn start_at(&self, source: LessonSource, lesson: Lesson, place: Option<&Place>) {
        let moments = match resolve_all(&lesson, self.run.seed) {
            Ok(moments) => moments,
            Err(errors) => return self.fail(LessonErrors::shown(&errors)),
        };
        self.errors_state.set(Rc::new(Vec::new()));
        self.offer_state.set(None);
        let steps = lesson.steps.len();
        let step = place
            .map_or(0, |place| place.step)
            .min(steps.saturating_sub(1));
        let mut answers = place.map(|place| place.answers.clone()).unwrap_or_default();
        answers.resize(steps, None);
        self.show(ActiveLesson {
            source,
            lesson: Rc::new(lesson),
            moments: Rc::new(moments),
            step,
            question: None,
            chosen: None,
            answers: Rc::new(answers),
            asked: None,
            loop_play: None,
            said: Said::default(),
            completed: false,
            program: None,
            cpython: None,
            program_goal: None,
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
            asked: None,
            loop_play: None,
            said: Said::default(),
            ..(**active).clone()
        });
    }

    /// The next step, once the step's prediction is answered or skipped.
    pub fn next(&self) {
        if let Some(active) = &self.active {
            if active.may_go_on() {
                self.go(active.step + 1);
            }
        }
    }

    /// The previous step; nothing at the first.
    pub fn previous(&self) {
        if let Some(active) = &self.active {
            if let Some(step) = active.step.checked_sub(1) {
                self.go(step);
            }
        }
    }

    /// Opens the step's moment (at a step already answered, the moment
    /// that shows the answer), poses its question, and tells the host and
    /// storage.
    fn show(&self, mut active: ActiveLesson) {
        let moment = &active.moments[active.step];
        let step = &active.lesson.steps[active.step];
        active.program = step.python.as_deref().map(|code| {
            self.program_keys.set(self.program_keys.get() + 1);
            LessonProgram {
                key: self.program_keys.get(),
                code: Rc::from(code),
                run: moment.run.clone(),
                run_now: active.source.builtin().is_some(),
                conceal: false,
            }
        });
        active.cpython = None;
        // An exercise's program checked as it last ran in this lesson, if
        // it did (a built-in lesson's runs again as the step opens).
        let kept = active
            .program
            .as_ref()
            .and_then(|program| self.kept_recording(&program.code, &moment.run));
        active.program_goal = active.program_goal_of(kept.as_deref().map(Ok));
        active.loop_play = None;
        if let Some(QuestionSpec::BeTheLoop { decisions }) = step.question {
            let asked = decisions.unwrap_or(LOOP_DECISIONS_DEFAULT) as usize;
            // One more than asked, when the run has it: where the last
            // choice's consequence shows.
            let offered = loop_decisions(&moment.run, moment.at_event, asked + 1);
            active.loop_play = LoopPlay::new(offered, asked).map(Rc::new);
        }
        active.question = step.question.and_then(|spec| {
            if let QuestionSpec::BeTheLoop { .. } = spec {
                return active
                    .loop_play
                    .is_none()
                    .then(|| Err(Text::new("loop-none")));
            }
            if !spec.needs_cpython() {
                return Some(pose(spec, moment).map(Rc::new).map_err(|error| error.0));
            }
            let program = active.program.as_ref()?;
            match self.kept_recording(&program.code, &moment.run) {
                Some(recorded) => Some(
                    pose_program(spec, moment, &recorded)
                        .map(Rc::new)
                        .map_err(|error| error.0),
                ),
                None => {
                    active.cpython = Some(if program.run_now {
                        CpythonWait::Running
                    } else {
                        CpythonWait::OnRun
                    });
                    None
                }
            }
        });
        let chose = match (active.answer(active.step), &active.question) {
            (Some(Answered::Chose(index)), Some(Ok(posed))) if index < posed.choices.len() => {
                Some((index, posed.answer.clone()))
            }
            _ => None,
        };
        match chose {
            Some((index, answer)) => {
                let command = match &answer.recording {
                    Some(recorded) => RunCommand::OpenRecorded {
                        run: recorded.clone(),
                        at: answer.at_event,
                    },
                    None => RunCommand::OpenMoment {
                        run: answer.run.clone(),
                        at: answer.at_event,
                    },
                };
                let run_id = self.run.perform(command);
                active.chosen = Some(Chosen { index, run_id });
            }
            None => {
                let at = active
                    .loop_play
                    .as_ref()
                    .map_or(moment.at_event, |play| play.moment());
                self.run.perform(RunCommand::OpenMoment {
                    run: moment.run.clone(),
                    at,
                });
            }
        }
        if active.step + 1 == active.steps() {
            active.asked = Some(Rc::new(asked_in(&active, &self.programs.borrow())));
        }
        self.record_step(&active, Verb::Experienced, None);
        self.record_completion(&mut active);
        host::post(
            "lesson-step",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("steps", JsValue::from_f64(active.steps() as f64)),
            ],
        );
        keep_place(&active);
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
        let answer = &posed.answer;
        let run_id = self.run.perform(match &answer.recording {
            // The program's own run, from its start.
            Some(recorded) => RunCommand::PlayRecorded(recorded.clone()),
            None => RunCommand::PlayForward {
                run: answer.run.clone(),
                from: answer.from_event,
                from_time: answer.from_time,
                until: answer.at_event,
                until_time: answer.time,
            },
        });
        host::post(
            "prediction",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("choice", JsValue::from_f64(index as f64)),
                ("correct", JsValue::from_bool(index == posed.correct)),
            ],
        );
        let messages = current::on_screen();
        let choices: Vec<String> = posed
            .choices
            .iter()
            .map(|choice| choice.format(&messages))
            .collect();
        let reason = reason_line(&active.said.reason);
        self.record_step(
            active,
            Verb::Answered,
            Some(&Response {
                prompt: &posed.prompt.format(&messages),
                choices: &choices,
                correct: posed.correct,
                chosen: Some(index),
                confidence: active.said.confidence,
                reason: reason.as_deref(),
            }),
        );
        let mut active = ActiveLesson {
            chosen: Some(Chosen { index, run_id }),
            answers: active.answered(Answered::Chose(index)),
            said: Said {
                reason: reason.unwrap_or_default(),
                ..active.said.clone()
            },
            ..(**active).clone()
        };
        self.record_completion(&mut active);
        keep_place(&active);
        self.active_state.set(Some(Rc::new(active)));
    }

    /// The learner goes on without predicting: recorded as skipped (for
    /// the summary, storage and the host page), then the next step.
    pub fn skip(&self) {
        let Some(active) = &self.active else { return };
        let asks = matches!(active.question, Some(Ok(_))) || active.cpython.is_some();
        if active.chosen.is_some() || !asks {
            return;
        }
        host::post(
            "prediction",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("skipped", JsValue::TRUE),
            ],
        );
        self.record_step(active, Verb::Skipped, None);
        let answers = active.answered(Answered::Skipped);
        let last = active.step + 1 == active.steps();
        let mut skipped = ActiveLesson {
            answers,
            ..(**active).clone()
        };
        if last {
            self.record_completion(&mut skipped);
        }
        if last {
            keep_place(&skipped);
            self.active_state.set(Some(Rc::new(skipped)));
        } else {
            self.show(ActiveLesson {
                step: active.step + 1,
                question: None,
                chosen: None,
                asked: None,
                loop_play: None,
                said: Said::default(),
                ..skipped
            });
        }
    }

    /// The learner picks option `index` of the loop's choice shown: the
    /// verdict shows, and the run goes on to show the right choice's
    /// consequence.
    pub fn loop_pick(&self, index: usize) {
        let Some(active) = &self.active else { return };
        let Some(play) = &active.loop_play else {
            return;
        };
        if play.picked().is_some() {
            return;
        }
        let picked = play.pick(index);
        let (decision, number) = picked.current();
        let messages = current::on_screen();
        let options: Vec<String> = decision
            .options
            .iter()
            .map(|option| option.format(&messages))
            .collect();
        self.record(
            active,
            Verb::Answered,
            Some(active.step + 1),
            Some(number),
            Some(&Response {
                prompt: &decision.prompt.format(&messages),
                choices: &options,
                correct: decision.correct,
                chosen: Some(index),
                confidence: active.said.confidence,
                reason: None,
            }),
            None,
        );
        host::post(
            "loop-choice",
            &[
                ("id", JsValue::from_str(active.source.id())),
                ("step", JsValue::from_f64((active.step + 1) as f64)),
                ("choice", JsValue::from_f64(number as f64)),
                ("picked", JsValue::from_f64(index as f64)),
                ("correct", JsValue::from_bool(index == decision.correct)),
            ],
        );
        self.run.perform(RunCommand::OpenMoment {
            run: active.moments[active.step].run.clone(),
            at: picked.moment(),
        });
        let mut shown = ActiveLesson {
            answers: if picked.finished() {
                active.answered(Answered::Played {
                    right: picked.right(),
                    of: picked.asked(),
                })
            } else {
                active.answers.clone()
            },
            loop_play: Some(Rc::new(picked)),
            ..(**active).clone()
        };
        self.record_completion(&mut shown);
        keep_place(&shown);
        self.active_state.set(Some(Rc::new(shown)));
    }

    /// On to the loop's next choice, once the one shown is made.
    pub fn loop_next(&self) {
        let Some(active) = &self.active else { return };
        let Some(play) = &active.loop_play else {
            return;
        };
        let next = play.next();
        self.run.perform(RunCommand::OpenMoment {
            run: active.moments[active.step].run.clone(),
            at: next.moment(),
        });
        self.active_state.set(Some(Rc::new(ActiveLesson {
            loop_play: Some(Rc::new(next)),
            ..(**active).clone()
        })));
    }

    /// The learner says how sure they are of the step's prediction.
    pub fn set_confidence(&self, confidence: Confidence) {
        let Some(active) = &self.active else { return };
        self.active_state.set(Some(Rc::new(ActiveLesson {
            said: Said {
                confidence: Some(confidence),
                ..active.said.clone()
            },
            ..(**active).clone()
        })));
    }

    /// The learner's reason for the step's prediction, as typed.
    pub fn set_reason(&self, reason: String) {
        let Some(active) = &self.active else { return };
        if active.chosen.is_some() {
            return;
        }
        self.active_state.set(Some(Rc::new(ActiveLesson {
            said: Said {
                reason,
                ..active.said.clone()
            },
            ..(**active).clone()
        })));
    }

    /// Offers the statements made so far as one JSON file.
    pub fn download_results(&self) {
        if let Err(problem) = self.results.download() {
            web_sys::console::warn_1(&JsValue::from_str(&format!("results: {problem}")));
        }
    }

    /// Records `verb` on the step shown (with its question's `response`
    /// for an answer; a skip names the question, if posed).
    fn record_step(&self, active: &ActiveLesson, verb: Verb, response: Option<&Response>) {
        let messages = current::on_screen();
        let skipped_question = match (verb, &active.question) {
            (Verb::Skipped, Some(Ok(posed))) => Some((
                posed.prompt.format(&messages),
                posed
                    .choices
                    .iter()
                    .map(|choice| choice.format(&messages))
                    .collect::<Vec<_>>(),
                posed.correct,
            )),
            _ => None,
        };
        let skipped = skipped_question
            .as_ref()
            .map(|(prompt, choices, correct)| Response {
                prompt,
                choices,
                correct: *correct,
                chosen: None,
                confidence: None,
                reason: None,
            });
        self.record(
            active,
            verb,
            Some(active.step + 1),
            None,
            response.or(skipped.as_ref()),
            None,
        );
    }

    /// Records the lesson's completion once: on its last step, with every
    /// question answered or skipped, and the score its summary shows.
    fn record_completion(&self, active: &mut ActiveLesson) {
        let last = active.step + 1 == active.steps();
        if active.completed || !last || !active.may_go_on() {
            return;
        }
        active.completed = true;
        let (predicted, asked) = active.prediction_score();
        let (played, of) = active.loop_score();
        let (right, asked) = (predicted + played, asked + of);
        self.record(
            active,
            Verb::Completed,
            None,
            None,
            None,
            Some((right, asked)),
        );
    }

    /// Makes one statement about the lesson shown, in the page's language.
    fn record(
        &self,
        active: &ActiveLesson,
        verb: Verb,
        step: Option<usize>,
        choice: Option<usize>,
        response: Option<&Response>,
        score: Option<(usize, usize)>,
    ) {
        let lesson = active.source.results_id();
        let name = active.activity_name(step);
        let activity = Activity {
            lesson: &lesson,
            step,
            choice,
            name: &name,
        };
        let lang = current::on_screen().locale().tag();
        self.results.record(lang, verb, &activity, response, score);
    }

    /// The recording of `code` on `run` made earlier in this lesson, if any.
    fn kept_recording(&self, code: &str, run: &RunParams) -> Option<Rc<Recorded>> {
        self.programs
            .borrow()
            .iter()
            .find(|(kept, on, _)| &**kept == code && on == run)
            .map(|(_, _, recorded)| recorded.clone())
    }

    /// The Python view ran a program at the step shown (its program's
    /// `key`): the run checks the step's goal, and, if it is the step's
    /// own program unchanged, its recording poses the step's question, or
    /// the reason it did not run is shown. An answer to an earlier step's
    /// program is kept, not shown.
    pub fn program_ran(&self, ran: ProgramRan) {
        let ProgramRan { key, edited, ran } = ran;
        let Some(active) = &self.active else { return };
        let Some(program) = active.program.as_ref().filter(|program| program.key == key) else {
            return;
        };
        if let (Ok(recorded), false) = (&ran, edited) {
            self.programs.borrow_mut().push((
                program.code.clone(),
                program.run.clone(),
                recorded.clone(),
            ));
        }
        let program_goal = active.program_goal_of(Some(ran.as_deref().map_err(String::as_str)));
        if edited || active.cpython.is_none() {
            if program_goal.is_some() {
                self.active_state.set(Some(Rc::new(ActiveLesson {
                    program_goal,
                    ..(**active).clone()
                })));
            }
            return;
        }
        let step = &active.lesson.steps[active.step];
        let (question, cpython) = match (ran, step.question) {
            (Ok(recorded), Some(spec)) => {
                let moment = &active.moments[active.step];
                let posed = pose_program(spec, moment, &recorded)
                    .map(Rc::new)
                    .map_err(|error| error.0);
                (Some(posed), None)
            }
            (Ok(_), None) => (None, None),
            (Err(reason), _) => (None, Some(CpythonWait::Failed(reason))),
        };
        let mut shown = ActiveLesson {
            question,
            cpython,
            program_goal: program_goal.or_else(|| active.program_goal.clone()),
            ..(**active).clone()
        };
        if shown.step + 1 == shown.steps() {
            shown.asked = Some(Rc::new(asked_in(&shown, &self.programs.borrow())));
        }
        self.active_state.set(Some(Rc::new(shown)));
    }

    /// Leaves the lesson; the run stays as it is.
    pub fn exit(&self) {
        if self.active.is_some() {
            storage::forget();
        }
        self.active_state.set(None);
    }

    /// Takes up the offered place: its step, with the answers given.
    pub fn resume(&self) {
        let Some(place) = self.offer.clone() else {
            return;
        };
        self.offer_state.set(None);
        match place.source.strip_prefix("builtin:") {
            Some(id) => self.open_builtin(id, Some(&place)),
            None => {
                if !self.open_fragment(&place.source, Some(&place)) {
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
            || (self.run.run_id == chosen.run_id && self.run.events_shown >= posed.answer.at_event)
    }
}

/// Keeps the learner's place in `active` (not a draft's).
fn keep_place(active: &ActiveLesson) {
    if let Some(source) = active.source.stored() {
        storage::save(&Place {
            source,
            title: active.lesson.title.clone(),
            step: active.step,
            answers: (*active.answers).clone(),
        });
    }
}

/// Every question of the lesson, posed on its step's run (those that
/// cannot be asked are left out, as their steps say).
fn asked_in(active: &ActiveLesson, programs: &[KeptProgram]) -> Vec<Asked> {
    active
        .lesson
        .steps
        .iter()
        .zip(active.moments.iter())
        .enumerate()
        .filter_map(|(step, (spec, moment))| {
            let question = spec.question?;
            let posed = match (step == active.step, &active.question) {
                (true, Some(Ok(posed))) => posed.clone(),
                _ if question.needs_cpython() => {
                    // Posed again from the program's recording, if it ran.
                    let code = spec.python.as_deref()?;
                    let (_, _, recorded) = programs
                        .iter()
                        .find(|(kept, on, _)| &**kept == code && *on == moment.run)?;
                    Rc::new(pose_program(question, moment, recorded).ok()?)
                }
                _ => Rc::new(pose(question, moment).ok()?),
            };
            Some(Asked { step, posed })
        })
        .collect()
}

/// The `#lesson=` link to `lesson` on this page.
pub fn lesson_link(base: &str, lesson: &Lesson) -> String {
    format!("{base}#{}", fragment_for(&lesson.to_json()))
}
