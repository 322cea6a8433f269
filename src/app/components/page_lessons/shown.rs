//! The build with lessons: the menu, the card for the lesson being shown,
//! the editor, the problems with a lesson asked for and the offer to go on
//! from a last visit. The lesson's state and its effects are
//! [`LessonHandle`]'s; this module draws them and owns which of the menu
//! and the editor are open, and the editor's draft.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use yew::prelude::*;

use crate::app::browser::{clear_fragment, location_hash, page_base};
use crate::app::controller::RunController;
use crate::app::hooks::{use_bool_toggle, BoolToggle};
use crate::app::language::I18n;
use crate::app::lessons::{use_lessons, ActiveLesson, LessonHandle, LessonSource};
use crate::lesson::{Focus, GoalCheck, Lesson};
use crate::model::program::{LessonProgram, ProgramRan};
use crate::model::view::Mode;

use super::super::lesson::{lesson_problems, resume_offer, LessonCard};
use super::super::lesson_editor::{lesson_editor, LessonEditorProps};
use super::super::lessons_menu::{lessons_menu, LessonsMenuProps};

/// The lessons' part of the page. Cheap to clone.
#[derive(Clone)]
pub struct PageLessons {
    lessons: LessonHandle,
    menu: BoolToggle,
    editor: BoolToggle,
    draft: UseStateHandle<Lesson>,
    run: RunController,
}

/// The lesson state (opened from `?lesson=`, `#lesson=` or the menu), the
/// menu (open on load when the address ends in `#lessons`) and the editor.
#[hook]
pub fn use_page_lessons(run: &RunController, requested: Option<&'static str>) -> PageLessons {
    let lessons = use_lessons(run, requested);
    let menu = use_bool_toggle(false);
    {
        let open = menu.toggle();
        use_effect_with((), move |_| {
            if location_hash() == super::MENU_FRAGMENT {
                clear_fragment();
                open.emit(());
            }
        });
    }
    use_bring_into_view(&lessons);
    use_keep_region_in_view(lessons.active.is_some(), run.mode == Mode::Running);
    PageLessons {
        lessons,
        menu,
        editor: use_bool_toggle(false),
        draft: use_state(Lesson::default),
        run: run.clone(),
    }
}

impl PageLessons {
    /// While a lesson is shown: the region its step points at (`None`:
    /// the lot alone).
    pub fn focus(&self) -> Option<Option<Focus>> {
        let active = self.lessons.active.as_ref()?;
        Some(active.lesson.steps[active.step].focus)
    }

    /// While a lesson is shown: called with `true` for the next step,
    /// `false` for the previous one (PageDown, PageUp).
    pub fn on_step(&self) -> Option<Callback<bool>> {
        let lessons = self.lessons.clone();
        self.lessons.active.is_some().then(|| {
            Callback::from(move |next: bool| {
                if next {
                    lessons.next()
                } else {
                    lessons.previous()
                }
            })
        })
    }

    /// The step's Python program, as the Python view shows and runs it.
    pub fn program(&self) -> Option<LessonProgram> {
        self.lessons.active.as_ref()?.program_shown()
    }

    /// Where the Python view hands the run of the step's program.
    pub fn on_program(&self) -> Callback<ProgramRan> {
        let lessons = self.lessons.clone();
        Callback::from(move |ran| lessons.program_ran(ran))
    }

    /// What a link to this page adds to open the lesson shown.
    pub fn link_suffix(&self) -> Option<AttrValue> {
        let active = self.lessons.active.as_ref()?;
        Some(AttrValue::from(active.link_suffix()))
    }

    /// The Lessons button: opens and closes the menu.
    pub fn on_open(&self) -> Callback<()> {
        self.menu.toggle()
    }

    /// The menu, when open.
    pub fn menu(&self, messages: &I18n) -> Html {
        if !self.menu.is_on() {
            return Html::default();
        }
        let open_lesson = {
            let (lessons, menu) = (self.lessons.clone(), self.menu.toggle());
            Callback::from(move |id: &'static str| {
                menu.emit(());
                lessons.open_builtin(id, None);
            })
        };
        let write = {
            let (menu, editor) = (self.menu.toggle(), self.editor.toggle());
            Callback::from(move |()| {
                menu.emit(());
                editor.emit(());
            })
        };
        lessons_menu(
            LessonsMenuProps {
                on_open: open_lesson,
                on_write: write,
                on_close: self.menu.toggle(),
            },
            messages,
        )
    }

    /// Problems with a lesson asked for, and the offer to go on from a
    /// last visit.
    pub fn notices(&self, messages: &I18n) -> Html {
        let lessons = &self.lessons;
        let handle = |act| lessons.callback(act);
        html! {
            <>
                { lesson_problems(&lessons.errors, messages, handle(LessonHandle::dismiss_problems)) }
                if let Some(place) = &lessons.offer {
                    { resume_offer(place, messages, handle(LessonHandle::resume), handle(LessonHandle::decline)) }
                }
            </>
        }
    }

    /// The card of the lesson shown (empty when none is).
    pub fn card(&self) -> Html {
        let Some(active) = &self.lessons.active else {
            return Html::default();
        };
        // An exercise's goal, checked on the run on screen as it plays (or
        // on the learner's program).
        let goal = active.goal(&self.run.lot);
        lesson_card(active, goal, &self.lessons, self.menu.toggle())
    }

    /// The lesson editor on the run on screen, when open.
    pub fn editor(&self, messages: &I18n) -> Html {
        if !self.editor.is_on() {
            return Html::default();
        }
        let on_change = {
            let draft = self.draft.clone();
            Callback::from(move |lesson| draft.set(lesson))
        };
        // A new lesson is in the page's language: the teacher writes it in
        // the language the page speaks to them.
        let mut shown = (*self.draft).clone();
        if shown.lang.is_none() {
            shown.lang = messages.locale().lesson_lang().map(str::to_string);
        }
        lesson_editor(
            &LessonEditorProps {
                draft: shown,
                moment: (self.run.moment_params().into(), self.run.events_shown),
                base: page_base().into(),
                on_change,
                on_preview: self.preview(),
                on_close: self.editor.toggle(),
            },
            messages,
        )
    }

    /// Opens the editor's draft as a lesson.
    fn preview(&self) -> Callback<()> {
        let (lessons, draft) = (self.lessons.clone(), self.draft.clone());
        Callback::from(move |()| lessons.start(LessonSource::Draft, (*draft).clone()))
    }
}

fn lesson_card(
    active: &Rc<ActiveLesson>,
    goal: Option<GoalCheck>,
    lessons: &LessonHandle,
    on_menu: Callback<()>,
) -> Html {
    let handle = |act| lessons.callback(act);
    let on_choose = {
        let lessons = lessons.clone();
        Callback::from(move |index| lessons.choose(index))
    };
    let on_open_lesson = {
        let lessons = lessons.clone();
        Callback::from(move |id: &'static str| lessons.open_builtin(id, None))
    };
    let on_loop_pick = {
        let lessons = lessons.clone();
        Callback::from(move |index| lessons.loop_pick(index))
    };
    let on_confidence = {
        let lessons = lessons.clone();
        Callback::from(move |level| lessons.set_confidence(level))
    };
    let on_reason = {
        let lessons = lessons.clone();
        Callback::from(move |reason| lessons.set_reason(reason))
    };
    html! {
        <LessonCard active={active.clone()} answer_shown={lessons.answer_shown()} {goal}
                    on_previous={handle(LessonHandle::previous)} on_next={handle(LessonHandle::next)}
                    on_exit={handle(LessonHandle::exit)} on_skip={handle(LessonHandle::skip)}
                    on_loop_next={handle(LessonHandle::loop_next)} on_download={handle(LessonHandle::download_results)}
                    {on_choose} {on_open_lesson} {on_menu} {on_loop_pick} {on_confidence} {on_reason} />
    }
}

/// Each new lesson step brings its stage into view: the lot beside the
/// region in focus (or, on a phone, above the sheet that holds it).
#[hook]
fn use_bring_into_view(lessons: &LessonHandle) {
    let key = lessons
        .active
        .as_ref()
        .map(|active| (active.source.id().to_string(), active.step));
    use_effect_with(key, |key| {
        let mut settling = Vec::new();
        if key.is_some() {
            bring_stage_into_view(true);
            // The page may still be laying out (panels mount a part at a
            // time, the lot sizes itself): while the learner has not
            // scrolled, the stage is brought into view again as it settles.
            let left_at = Rc::new(Cell::new(scroll_y()));
            for delay_ms in SETTLE_DELAYS_MS {
                let left_at = left_at.clone();
                settling.push(gloo_timers::callback::Timeout::new(delay_ms, move || {
                    if scroll_y() == left_at.get() {
                        bring_stage_into_view(false);
                        left_at.set(scroll_y());
                    }
                }));
            }
        }
        move || drop(settling)
    });
}

/// On a phone, where the region in focus follows the lot above the sheet
/// (and the page does no scroll anchoring in a lesson), the thread view
/// under the lot changes height as the run moves: its first frame brings
/// it, a step's recorded program takes it away, and its rows wrap as tasks
/// queue and turns pass. Whenever the run stands still with the view's
/// height changed since it last stood still, the region is brought back
/// to the top; while the run plays, the page is left alone.
#[hook]
fn use_keep_region_in_view(in_lesson: bool, playing: bool) {
    let last_height = use_mut_ref(|| None::<i32>);
    use_effect(move || {
        if !in_lesson {
            *last_height.borrow_mut() = None;
        } else if !playing {
            let height = thread_view_height();
            if last_height.replace(height) != height && on_phone() {
                bring_stage_into_view(false);
            }
        }
    });
}

/// Whether the lesson is a sheet over the lower half of the screen.
fn on_phone() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media(PHONE_SHEET).ok().flatten())
        .is_some_and(|query| query.matches())
}

/// The thread view's height \[CSS px\], if it is on the page.
fn thread_view_height() -> Option<i32> {
    let document = web_sys::window()?.document()?;
    let view = document.query_selector(".thread-view").ok()??;
    view.dyn_into::<web_sys::HtmlElement>()
        .ok()
        .map(|view| view.offset_height())
}

/// When the stage is brought into view again after a step opens [ms].
const SETTLE_DELAYS_MS: [u32; 3] = [150, 500, 1200];

/// The page's vertical scroll [CSS px].
fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or_default()
}

/// Scrolls the page to the lesson's stage (the lot, and beside or below
/// it the card and the region in focus), and the phone's sheet to its top.
/// On a phone the region in focus, unless it is the lot, is scrolled to
/// the top of the screen instead: the sheet covers the lower half, and the
/// learner reads the step beside what it points at.
fn bring_stage_into_view(sheet_to_top: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let find = |selector: &str| document.query_selector(selector).ok().flatten();
    let phone = on_phone();
    let region = phone
        .then(|| find(".lesson-stage .lesson-column > :not(.lesson)"))
        .flatten();
    if let Some(target) = region.or_else(|| find(".lesson-stage")) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
    if let Some(sheet) = find(".lesson-stage .lesson").filter(|_| sheet_to_top) {
        sheet.set_scroll_top(0);
    }
}

/// The screens on which the lesson's card is a sheet over the lower half
/// (the style sheet's breakpoint).
const PHONE_SHEET: &str = "(max-width: 700px)";
