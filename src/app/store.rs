//! The page's store: the run's view ([`RunView`], the page model's) held
//! by yew's reducer. It only folds what the run's owner dispatches, a new
//! run or a frame ([`Action`]); it holds nothing else and drives nothing.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

pub use crate::model::view::{
    Action, GanttBar, LastRan, ReturnedTask, RunView, StationTask, SupervisorWake, TaskHistory,
    TaskOutcome, ViewRef, GANTT_BARS_LIMIT, GANTT_STATIONS_LIMIT, LOG_LINES_KEPT,
};

/// The run's view in yew's reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct PageView(pub RunView);

impl Deref for PageView {
    type Target = RunView;

    fn deref(&self) -> &RunView {
        &self.0
    }
}

impl Reducible for PageView {
    type Action = Action;

    /// Folds `action` in; a frame of a run replaced since leaves the view
    /// as it is (and the page unrendered).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if !self.0.takes(&action) {
            return self;
        }
        let mut view = Rc::unwrap_or_clone(self);
        view.0.apply(action);
        Rc::new(view)
    }
}
