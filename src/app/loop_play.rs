//! Where a learner playing the event loop stands: the loop's choices on
//! a run ([`crate::lesson::loop_decisions`]), the one shown, and what was
//! picked for each. Plain state, no browser: the lesson and the mode
//! (`loop=1`) keep one each, and the panel
//! (`components::loop_panel`) draws it.
//!
//! ```text
//!   LoopPlay { decisions, at, picks } ── pick(i) ──► verdict + why shown
//!        │                                 next() ──► on to the next choice
//!        └── moment() ──► the event the run shows: the choice's, then its consequence
//! ```

use std::rc::Rc;

use crate::lesson::LoopDecision;

/// Where a learner stands in a sequence of the loop's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopPlay {
    /// The choices, with one more after the last asked when the run has
    /// it: where the run goes to show the last one's consequence.
    decisions: Rc<Vec<LoopDecision>>,
    /// How many are asked.
    asked: usize,
    /// The one shown (0-based).
    at: usize,
    /// The option picked for each choice made so far.
    picks: Vec<usize>,
}

impl LoopPlay {
    /// `asked` choices of `decisions` (fewer if the run has fewer);
    /// `None` if it has none.
    pub fn new(decisions: Vec<LoopDecision>, asked: usize) -> Option<LoopPlay> {
        let asked = asked.min(decisions.len());
        (asked > 0).then(|| LoopPlay {
            decisions: Rc::new(decisions),
            asked,
            at: 0,
            picks: Vec::new(),
        })
    }

    /// The choice shown, and its 1-based number.
    pub fn current(&self) -> (&LoopDecision, usize) {
        (&self.decisions[self.at], self.at + 1)
    }

    /// How many choices are asked.
    pub fn asked(&self) -> usize {
        self.asked
    }

    /// The option picked for the choice shown, once picked.
    pub fn picked(&self) -> Option<usize> {
        self.picks.get(self.at).copied()
    }

    /// After picking option `index` of the choice shown; unchanged if it
    /// was picked already or there is no such option.
    pub fn pick(&self, index: usize) -> LoopPlay {
        let (decision, _) = self.current();
        if self.picked().is_some() || index >= decision.options.len() {
            return self.clone();
        }
        let mut next = self.clone();
        next.picks.push(index);
        next
    }

    /// On to the next choice, once the one shown is made.
    pub fn next(&self) -> LoopPlay {
        if self.picked().is_none() || self.at + 1 >= self.asked {
            return self.clone();
        }
        LoopPlay {
            at: self.at + 1,
            ..self.clone()
        }
    }

    /// Whether every choice asked is made.
    pub fn finished(&self) -> bool {
        self.picks.len() == self.asked
    }

    /// How many choices were made right.
    pub fn right(&self) -> usize {
        self.picks
            .iter()
            .zip(self.decisions.iter())
            .filter(|(picked, decision)| **picked == decision.correct)
            .count()
    }

    /// The event the run shows: the choice's moment, or once it is made,
    /// the next choice's (the consequence of the right one).
    pub fn moment(&self) -> u64 {
        let shown = match self.picked() {
            Some(_) => self
                .decisions
                .get(self.at + 1)
                .unwrap_or(&self.decisions[self.at]),
            None => &self.decisions[self.at],
        };
        shown.at_event
    }
}
