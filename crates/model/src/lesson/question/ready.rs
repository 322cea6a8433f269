//! The ready queue: which of the tasks waiting for the thread runs next?
//!
//! The misconceptions it answers: that ready tasks run together ("they
//! are async, so at once"), or that the executor picks the task that is
//! most urgent, most recent, or lowest-numbered. A single-threaded
//! executor runs one task at a time, taking the ready queue from its
//! front: first in, first out. The queue is on screen (under the lot, in
//! the order the tasks will run), so the answer is read from it, never
//! from the draws; the run then confirms it: the engine's record of the
//! thread shows the next turn going to that very task.
//!
//! The choices list the queued tasks in station order, the supervisor
//! last, so that their order gives nothing away.

use crate::lesson::text::{Arg, Text};

use super::traced::{listing_order, task_label, Traced};
use super::{Asked, PoseError, Replay};

/// Fewest distinct tasks in the ready queue for the question to be asked.
const READY_LEAST: usize = 2;

/// Which task in the ready queue takes the thread next. The answer shows
/// at the first event of its turn (at the moment if the turn makes none).
pub(super) fn next_turn(replay: &Replay) -> Result<Asked, PoseError> {
    let traced = Traced::of(replay);
    let shown = traced
        .shown(replay.at_event)
        .ok_or_else(|| PoseError::new("lesson-cannot-no-thread"))?;
    // The loop's callbacks read alike: each is offered once.
    let mut offered = Vec::new();
    for task in &shown.ready {
        if !offered
            .iter()
            .any(|seen| task_label(*seen) == task_label(*task))
        {
            offered.push(*task);
        }
    }
    if offered.len() < READY_LEAST {
        return Err(PoseError(
            Text::new("lesson-cannot-ready-few")
                .with("count", offered.len())
                .with("least", READY_LEAST),
        ));
    }
    offered.sort_by_key(|task| listing_order(*task));
    let front = shown.ready[0];
    let turn = traced
        .next_turn(replay.at_event, replay.events.len())
        .ok_or_else(|| PoseError::new("lesson-cannot-no-thread"))?;
    if task_label(turn.task) != task_label(front) {
        // The executor is FIFO (the record counts every poll out of
        // order): a disagreement is a bug in the engine, named as such.
        return Err(PoseError(Text::new("lesson-cannot-ledger").with(
            "detail",
            Arg::verbatim(format!(
                "the ready queue's front was {front:?}, the next turn {:?}",
                turn.task
            )),
        )));
    }
    let correct = offered
        .iter()
        .position(|task| task_label(*task) == task_label(front))
        .unwrap_or_default();
    let behind: Vec<Text> = shown.ready[1..]
        .iter()
        .map(|task| task_label(*task))
        .collect();
    let explanation = Text::new("lesson-next-turn-explanation")
        .with("task", task_label(front))
        .with("behind", behind);
    let mut choices: Vec<Text> = offered.iter().map(|task| task_label(*task)).collect();
    choices.push(Text::new("lesson-next-turn-all"));
    let answer = if turn.events > 0 {
        replay.answer_after(turn.first_event as usize, explanation)
    } else {
        replay.answer_here(explanation)
    };
    Ok((
        Text::new("lesson-next-turn-prompt"),
        choices,
        correct,
        answer,
    ))
}
