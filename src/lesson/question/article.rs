//! The article's loop: what vanishes when the program ends, and which box
//! number its log prints more than once.
//!
//! Both are read from the run's events under `policy=article`: the tasks
//! cancelled at the end, and the wait counter each box's line prints.

use crate::sim::event::counted;
use crate::sim::{EventKind, Policy};

use super::{Asked, PoseError, Replay};

/// Asked only of the article's loop.
fn needs_article(replay: &Replay, kind: &str) -> Result<(), PoseError> {
    if replay.run.config.policy == Policy::Article {
        Ok(())
    } else {
        Err(PoseError(format!(
            "a {kind} question needs the article's loop (policy=article)"
        )))
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
        return Err(PoseError(
            "no task is cancelled after this moment: ask before the loop ends".into(),
        ));
    };
    let vanished = unreported + discarded;
    let capacity = u64::from(replay.run.config.capacity);
    let choices = vanished_choices(vanished, capacity);
    let correct = choices
        .iter()
        .position(|choice| *choice == vanished)
        .unwrap_or_default();
    let explanation = format!(
        "The loop made its last wait and the program ended with {} still running: \
         asyncio.run cancelled them mid-box. Of their {}, given but never reported: {}; \
         thrown away with their boxes: {}.",
        counted(boxes, "task", "tasks"),
        counted(vanished, "dose", "doses"),
        counted(unreported, "dose", "doses"),
        counted(discarded, "dose", "doses"),
    );
    Ok((
        "When the loop ends, how many doses vanish from the report (given and never reported, or thrown away)?"
            .into(),
        choices
            .iter()
            .map(|doses| counted(*doses, "dose", "doses"))
            .collect(),
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
/// step's moment on.
pub(super) fn printed_twice(replay: &Replay) -> Result<Asked, PoseError> {
    needs_article(replay, "printed-twice")?;
    let mut previous: Option<(u32, usize)> = None;
    let mut found = None;
    for (index, event) in replay.ahead() {
        let wait = match event.kind {
            EventKind::BoxDone {
                wait: Some(wait), ..
            }
            | EventKind::StationFailed {
                wait: Some(wait), ..
            } => wait,
            _ => continue,
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
            "no wait after this moment returns two tasks: make every shot equally long \
             (shot_min = shot_max)"
                .into(),
        ));
    };
    let returned = returned_in_wait(replay, wait);
    let first = wait.saturating_sub(1);
    let choices: Vec<u32> = (first..first + 4).collect();
    let correct = choices.iter().position(|n| *n == wait).unwrap_or_default();
    let explanation = format!(
        "Wait {wait} returned {} at once, so the loop printed \"vaccine box {wait} is done!\" \
         for each of them ({}) and counted a single wait.",
        counted(returned.len() as u64, "task", "tasks"),
        returned.join(", "),
    );
    Ok((
        "The loop prints its wait counter as the box's number. Which number is the first to be printed for two boxes from now on?"
            .into(),
        choices.iter().map(|n| format!("vaccine box {n}")).collect(),
        correct,
        replay.answer_after(index, explanation),
    ))
}

/// The boxes one wait returned, as "box B at station S".
fn returned_in_wait(replay: &Replay, wait: u32) -> Vec<String> {
    replay
        .events
        .iter()
        .filter_map(|event| match event.kind {
            EventKind::BoxDone {
                station,
                box_no,
                wait: Some(at),
                ..
            }
            | EventKind::StationFailed {
                station,
                box_no,
                wait: Some(at),
                ..
            } if at == wait => Some(format!("box {box_no} at station {station}")),
            _ => None,
        })
        .collect()
}
