//! Questions about a step's Python program, answered by its run on
//! CPython (`crate::program::Recorded`): how many doses it loses.
//!
//! The answer plays the recording from its start to its end, where the
//! lot and the log show the losses.

use std::rc::Rc;

use crate::lesson::text::Text;
use crate::program::{Diagnostics, Recorded};
use crate::sim::config::RunParams;
use crate::sim::SimTime;

use super::{doses, Answer, Asked, PoseError};

/// How many doses the program loses: given and never reported (its tasks
/// cancelled at the end, or their boxes never reported), and thrown away
/// or wasted with them.
pub(super) fn lost_doses(run: &RunParams, recorded: &Rc<Recorded>) -> Result<Asked, PoseError> {
    let diagnostics = Diagnostics::of(recorded);
    let lost = diagnostics.doses_lost();
    let capacity = u64::from(recorded.config.capacity).max(1);
    let choices = lost_choices(lost, capacity);
    let correct = choices
        .iter()
        .position(|choice| *choice == lost)
        .unwrap_or_default();
    let unreported: u64 = diagnostics
        .lost
        .iter()
        .map(|box_lost| u64::from(box_lost.unreported))
        .sum();
    let explanation = Text::new("lesson-program-lost-explanation")
        .with("lost", doses(lost))
        .with("boxes", diagnostics.lost.len())
        .with("unreported", doses(unreported))
        .with("thrown_away", doses(lost - unreported));
    let end = recorded
        .events
        .last()
        .map_or(SimTime::START, |last| last.at);
    Ok((
        Text::new("lesson-program-lost-prompt"),
        choices.iter().map(|count| doses(*count)).collect(),
        correct,
        Answer {
            run: run.clone(),
            from_event: 0,
            from_time: SimTime::START,
            at_event: recorded.events.len() as u64,
            time: end,
            explanation,
            recording: Some(recorded.clone()),
        },
    ))
}

/// Four counts of doses, `lost` among them: none, one box, and whole
/// boxes around it.
fn lost_choices(lost: u64, capacity: u64) -> Vec<u64> {
    let mut choices = if lost == 0 || lost == capacity {
        vec![0, capacity, 2 * capacity, 3 * capacity]
    } else {
        vec![0, capacity, lost, lost + capacity]
    };
    choices.sort_unstable();
    choices.dedup();
    choices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::ProgramRun;
    use crate::sim::interchange::events_jsonl;
    use crate::sim::{Config, LocalRun, Policy};

    #[test]
    fn the_right_choice_is_what_the_recording_lost_and_the_answer_plays_it() {
        // The article's loop, recorded as if a program ran it.
        let config = Config {
            policy: Policy::Article,
            ..Config::default()
        };
        let mut events = Vec::new();
        LocalRun::new(config.clone(), 3).run_to_end(|event| events.push(*event));
        let run = ProgramRun {
            trace: events_jsonl(&events),
            ..ProgramRun::default()
        };
        let recorded = Rc::new(Recorded::read(&config, 3, "", run).expect("a program's run"));
        let lost = Diagnostics::of(&recorded).doses_lost();
        assert!(lost > 0);
        let params = RunParams {
            config,
            seed: Some(3),
            breaks: Vec::new(),
        };
        let (_, choices, correct, answer) = lost_doses(&params, &recorded).expect("posed");
        assert_eq!(choices[correct].to_string(), doses(lost).to_string());
        assert_eq!(answer.at_event, events.len() as u64);
        assert_eq!(answer.recording.as_ref(), Some(&recorded));
    }

    #[test]
    fn the_loss_is_among_four_choices_none_and_one_box_included() {
        for (lost, capacity) in [(0, 10), (10, 10), (30, 10), (7, 10), (25, 20)] {
            let choices = lost_choices(lost, capacity);
            assert!(choices.contains(&lost), "{lost} in {choices:?}");
            assert!(choices.contains(&0) && choices.contains(&capacity));
            assert!(choices.len() >= 3, "{choices:?}");
        }
    }
}
