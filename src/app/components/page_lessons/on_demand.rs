//! The build without lessons: asking for one loads the page again, and the
//! loader starts the build that has them.
//!
//! Asking means the Lessons button (the page comes back with the menu
//! open, [`super::MENU_FRAGMENT`]) or a new `#lesson=` link in the same
//! tab. A page loaded with `?lesson=` or `#lesson=`, or with a lesson
//! place kept from an earlier visit, starts with lessons from the first
//! (the loader checks), so this build never has a lesson to show.

use yew::prelude::*;

use crate::app::browser::{load_again, location_hash, location_query};
use crate::app::controller::RunController;
use crate::app::hooks::{use_event_listener, ListenOn};
use crate::app::language::I18n;
use crate::lesson::Focus;
use crate::model::program::{LessonProgram, ProgramRan};

/// The lessons' part of the page in this build: no lesson is ever shown.
#[derive(Clone)]
pub struct PageLessons {
    run: RunController,
}

/// Listens for a new `#lesson=` link, which loads the build with lessons.
#[hook]
pub fn use_page_lessons(run: &RunController, _requested: Option<&'static str>) -> PageLessons {
    use_event_listener(ListenOn::Window, "hashchange", |_| {
        let hash = location_hash();
        if hash.starts_with("#lesson=") {
            load_again(&location_query(), &hash);
        }
    });
    PageLessons { run: run.clone() }
}

impl PageLessons {
    /// No lesson is shown in this build.
    pub fn focus(&self) -> Option<Option<Focus>> {
        None
    }

    /// No steps to move through: Page Up and Page Down scroll the page.
    pub fn on_step(&self) -> Option<Callback<bool>> {
        None
    }

    /// No lesson for a link to open.
    pub fn link_suffix(&self) -> Option<AttrValue> {
        None
    }

    /// The Lessons button: the page again, with its lessons and the menu
    /// open, at the moment on screen.
    pub fn on_open(&self) -> Callback<()> {
        let run = self.run.clone();
        Callback::from(move |()| load_again(&run.moment_link(), super::MENU_FRAGMENT))
    }

    /// Nothing: the menu opens in the build with lessons.
    pub fn menu(&self, _messages: &I18n) -> Html {
        Html::default()
    }

    /// Nothing: this build never opens a lesson, so it has no problem with
    /// one to report and no place to offer.
    pub fn notices(&self, _messages: &I18n) -> Html {
        Html::default()
    }

    /// Nothing: no lesson is shown.
    pub fn card(&self) -> Html {
        Html::default()
    }

    /// Nothing: the editor is in the build with lessons.
    pub fn editor(&self, _messages: &I18n) -> Html {
        Html::default()
    }

    /// No step's program: no lesson is shown.
    pub fn program(&self) -> Option<LessonProgram> {
        None
    }

    /// Where a step's program's run would go: nowhere in this build.
    pub fn on_program(&self) -> Callback<ProgramRan> {
        Callback::noop()
    }
}
