//! The page's state: one run's view, folded from the frame batches.

use std::collections::VecDeque;
use std::rc::Rc;

use yew::Reducible;

use crate::sim::{expected_makespan, Config, Event, LotState, SimTime};

use super::runtime::{FrameBatch, Mode};

/// Log lines kept on screen; the whole log is rebuilt for download.
pub const LOG_LINES_KEPT: usize = 300;

/// Everything the page shows about the current run.
#[derive(Clone, Debug, PartialEq)]
pub struct RunView {
    /// Increases with every reset, so components can restart animations.
    pub run_id: u64,
    pub config: Rc<Config>,
    pub seed: u64,
    pub lot: Rc<LotState>,
    pub mode: Mode,
    pub clock: SimTime,
    /// The latest box-level events (shots are left out), oldest first.
    pub log: VecDeque<Event>,
    /// Box-level events so far, including those no longer kept.
    pub log_total: u64,
    /// Events applied so far, shots included.
    pub events_applied: u64,
    pub upcoming: Vec<(SimTime, u32)>,
    /// The model's expected makespan for `config` [s].
    pub expected_makespan_s: f64,
    /// A broken invariant, shown instead of silently going on.
    pub ledger_error: Option<String>,
}

impl RunView {
    pub fn new(run_id: u64, config: Config, seed: u64) -> RunView {
        RunView {
            run_id,
            lot: Rc::new(LotState::new(&config)),
            expected_makespan_s: expected_makespan(&config),
            config: Rc::new(config),
            seed,
            mode: Mode::Ready,
            clock: SimTime::START,
            log: VecDeque::new(),
            log_total: 0,
            events_applied: 0,
            upcoming: Vec::new(),
            ledger_error: None,
        }
    }

    fn apply_frame(&mut self, batch: FrameBatch) {
        let lot = Rc::make_mut(&mut self.lot);
        for event in &batch.events {
            if self.ledger_error.is_none() {
                if let Err(error) = lot.apply(event) {
                    self.ledger_error = Some(error.to_string());
                }
            }
            self.events_applied += 1;
            if !event.is_shot() {
                if self.log.len() == LOG_LINES_KEPT {
                    self.log.pop_front();
                }
                self.log.push_back(*event);
                self.log_total += 1;
            }
        }
        self.clock = batch.clock.max(self.lot.now);
        self.mode = batch.mode;
        self.upcoming = batch.upcoming;
    }
}

/// What can happen to the page's state.
pub enum Action {
    /// A new run (after reset or new parameters).
    Reset {
        run_id: u64,
        config: Config,
        seed: u64,
    },
    /// One frame's batch from the runtime.
    Frame { run_id: u64, batch: FrameBatch },
    /// The user pressed start or pause; shown before the next frame.
    SetMode { run_id: u64, mode: Mode },
}

impl Reducible for RunView {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Reset {
                run_id,
                config,
                seed,
            } => Rc::new(RunView::new(run_id, config, seed)),
            // Batches of a run that was reset in the meantime are dropped.
            Action::Frame { run_id, .. } | Action::SetMode { run_id, .. }
                if run_id != self.run_id =>
            {
                self
            }
            Action::Frame { batch, .. } => {
                let mut view = Rc::unwrap_or_clone(self);
                view.apply_frame(batch);
                Rc::new(view)
            }
            Action::SetMode { mode, .. } => {
                if self.mode == mode || self.mode == Mode::Finished {
                    return self;
                }
                let mut view = Rc::unwrap_or_clone(self);
                view.mode = mode;
                Rc::new(view)
            }
        }
    }
}
