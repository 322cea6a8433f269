//! The article's loop: what vanishes when the program ends, and which box
//! number its log prints more than once.
//!
//! Both are read from the run's events under `policy=article`: the tasks
//! cancelled at the end, and the wait counter each box's line prints.

use crate::lesson::text::{Arg, Text};
use crate::sim::{EventKind, Policy};

use super::{doses, Asked, PoseError, Replay};

/// Asked only of the article's loop.
fn needs_article(replay: &Replay, kind: &str) -> Result<(), PoseError> {
    if replay.run.config.policy == Policy::Article {
        Ok(())
    } else {
        Err(PoseError(
            Text::new("lesson-cannot-needs-article")
                .with("kind", Arg::verbatim(kind))
                .with("param", Arg::verbatim("policy=article")),
        ))
    }
}

/// How many doses vanish when the loop ends: given and never reported,
/// or thrown away with the cancelled tasks' boxes.
pub(super) fn vanished_doses(replay: &Replay) -> Result<Asked, PoseError> {
    needs_article(replay, "vanished-doses")?;
    let (mut unreported, mut discarded, mut boxes, mut last) = (0u64, 0u64, 0u32, None);
    // All are cancelled at one instant: count every one, even if the
    // moment falls among them.
    for (index, event) in replay.events.iter().enumerate() {
        if let EventKind::StationCancelled {
            doses_unreported,
            doses_discarded,
            ..
        } = event.kind
        {
            unreported += u64::from(doses_unreported);
            discarded += u64::from(doses_discarded);
            boxes += 1;
            last = Some(index);
        }
    }
    let Some(last) = last.filter(|last| *last >= replay.at_event) else {
        return Err(PoseError::new("lesson-cannot-no-cancel"));
    };
    let vanished = unreported + discarded;
    let capacity = u64::from(replay.run.config.capacity);
    let choices = vanished_choices(vanished, capacity);
    let correct = choices
        .iter()
        .position(|choice| *choice == vanished)
        .unwrap_or_default();
    let explanation = Text::new("lesson-vanished-explanation")
        .with("tasks", boxes)
        .with("vanished", doses(vanished))
        .with("unreported", doses(unreported))
        .with("discarded", doses(discarded));
    Ok((
        Text::new("lesson-vanished-prompt"),
        choices.iter().map(|count| doses(*count)).collect(),
        correct,
        replay.answer_after(last, explanation),
    ))
}

/// Four counts of doses, `vanished` among them: none, one box, and
/// whole numbers of boxes around it.
fn vanished_choices(vanished: u64, capacity: u64) -> Vec<u64> {
    let mut choices = vec![0, capacity, vanished, vanished + capacity];
    if vanished == capacity || vanished == 0 {
        choices = vec![0, capacity, 2 * capacity, 3 * capacity];
    }
    choices.sort_unstable();
    choices.dedup();
    choices
}

/// Which number the log prints for more than one box first, from the
/// step's moment on. Only a box done prints the counter: the article's
/// exception branch prints none.
pub(super) fn printed_twice(replay: &Replay) -> Result<Asked, PoseError> {
    needs_article(replay, "printed-twice")?;
    let mut previous: Option<(u32, usize)> = None;
    let mut found = None;
    for (index, event) in replay.ahead() {
        let EventKind::BoxDone {
            wait: Some(wait), ..
        } = event.kind
        else {
            continue;
        };
        if let Some((last_wait, _)) = previous {
            if last_wait == wait {
                found = Some((wait, index));
                break;
            }
        }
        previous = Some((wait, index));
    }
    let Some((wait, index)) = found else {
        return Err(PoseError(
            Text::new("lesson-cannot-no-double").with("code", Arg::verbatim("shot_min = shot_max")),
        ));
    };
    let returned = returned_in_wait(replay, wait);
    let first = wait.saturating_sub(1);
    let choices: Vec<u32> = (first..first + 4).collect();
    let correct = choices.iter().position(|n| *n == wait).unwrap_or_default();
    // The line is the program's own output: quoted as printed.
    let explanation = Text::new("lesson-printed-explanation")
        .with("wait", wait)
        .with("tasks", returned.len())
        .with(
            "printed",
            Arg::verbatim(format!("\"vaccine box {wait} is done!\"")),
        )
        .with("boxes", returned);
    Ok((
        Text::new("lesson-printed-prompt"),
        choices
            .iter()
            .map(|n| Text::new("lesson-printed-choice").with("number", *n))
            .collect(),
        correct,
        replay.answer_after(index, explanation),
    ))
}

/// The boxes done in one wait, whose lines print its number, as "box B
/// at station S".
fn returned_in_wait(replay: &Replay, wait: u32) -> Vec<Text> {
    replay
        .events
        .iter()
        .filter_map(|event| match event.kind {
            EventKind::BoxDone {
                station,
                box_no,
                wait: Some(at),
                ..
            } if at == wait => Some(
                Text::new("lesson-box-at-station")
                    .with("box", box_no)
                    .with("station", station),
            ),
            _ => None,
        })
        .collect()
}
