//! Every posed question's right choice is the engine's answer: each test
//! replays the run with the checked fold and finds the answer its own,
//! plainer way, for the built-in lessons and for random runs.

use proptest::prelude::*;

use super::*;
use crate::lesson::builtin::BUILTINS;
use crate::lesson::moment::resolve_all;
use crate::sim::config::parse_run_query;
use crate::sim::{
    run_checked_with, Config, EventKind, LotState, Policy, SimTime, StationError, StationState,
};

/// Every event of `run`, through the checked fold (conservation after
/// every event).
fn checked_events(run: &RunParams) -> Vec<Event> {
    let mut events = Vec::new();
    run_checked_with(&run.config, run.seed.unwrap(), &run.breaks, |event| {
        events.push(*event)
    })
    .expect("the ledger holds");
    events
}

fn state_after(run: &RunParams, events: &[Event]) -> LotState {
    let mut state = LotState::new(&run.config);
    events.iter().for_each(|event| state.apply(event).unwrap());
    state
}

/// The right choice's text in English, checking that it is the only one
/// that reads so.
fn right_choice(posed: &Posed) -> String {
    let choices: Vec<String> = posed.choices.iter().map(ToString::to_string).collect();
    let right = choices[posed.correct].clone();
    let same = choices.iter().filter(|choice| **choice == right).count();
    assert_eq!(same, 1, "choices repeat: {choices:?}");
    right
}

/// Checks `posed` against an answer found independently.
fn check_answer(posed: &Posed, moment: &Moment) {
    let events = checked_events(&moment.run);
    match posed.spec {
        QuestionSpec::NextStation => check_next_station(posed, moment, &events),
        QuestionSpec::BoxesByTime { .. } => check_boxes_by_time(posed, moment, &events),
        QuestionSpec::AllVsFirst => check_all_vs_first(posed, moment, &events),
        QuestionSpec::BlockingShots => check_blocking_shots(posed, moment, &events),
        QuestionSpec::BreakWaste { .. } => check_break_waste(posed, moment, &events),
        QuestionSpec::VanishedDoses => check_vanished_doses(posed, moment, &events),
        QuestionSpec::PrintedTwice => check_printed_twice(posed, moment, &events),
        QuestionSpec::SleepPolls { .. } => check_sleep_polls(posed, moment, &events),
        QuestionSpec::NextTurn => check_next_turn(posed, moment, &events),
        QuestionSpec::AfterFailure => check_after_failure(posed, moment, &events),
        QuestionSpec::RefillWhen { .. } => check_refill_when(posed, moment, &events),
        // The engine never poses it: CPython answers (`pose_program`).
        QuestionSpec::ProgramLost | QuestionSpec::BeTheLoop { .. } => {
            panic!("posed by the engine: {posed:?}")
        }
    }
}

/// The number a message's variable holds.
fn number(text: &Text, name: &str) -> u32 {
    match text.arg(name) {
        Some(Arg::Number(number)) => *number as u32,
        other => panic!("{name} in {text:?}: {other:?}"),
    }
}

/// The polls the monitor counted for the task giving the shots of
/// `station`'s box `box_no` (as the task inspector shows them), on `run`
/// as it stands.
fn polls_of(run: &crate::sim::LocalRun, station: u32, box_no: u32) -> Option<u64> {
    run.simulation()
        .monitor()
        .snapshot_and_prune()
        .iter()
        .find(|task| match task.kind {
            crate::sim::TaskKind::Station {
                station: at,
                box_no: of,
            } => at == station && of == box_no,
            crate::sim::TaskKind::Worker { station: at } => at == station,
            crate::sim::TaskKind::BoxTask { box_no: of } => of == box_no,
            _ => false,
        })
        .map(|task| task.polls)
}

fn check_sleep_polls(posed: &Posed, moment: &Moment, events: &[Event]) {
    assert_eq!(
        right_choice(posed),
        "Once: when its timer fires, and that poll gives the shot"
    );
    let station = number(&posed.prompt, "station");
    // Counted another way: the task inspector's poll counter, read at the
    // moment and again once the station's next event is out.
    let at = moment.at_event as usize;
    let next = (at..events.len())
        .find(|index| events[*index].station_and_box().map(|(s, _)| s) == Some(station))
        .expect("the station acts again");
    assert!(matches!(
        events[next].kind,
        EventKind::ShotGiven { .. } | EventKind::StationFailed { .. }
    ));
    let (_, box_no) = events[next].station_and_box().unwrap();
    let mut run = crate::sim::LocalRun::with_breaks(
        moment.run.config.clone(),
        moment.seed(),
        &moment.run.breaks,
    );
    for _ in 0..at {
        run.next_event();
    }
    let before = polls_of(&run, station, box_no).expect("its task lives");
    for _ in at..=next {
        run.next_event();
    }
    let after = polls_of(&run, station, box_no).expect("its task lives");
    assert_eq!(
        after - before,
        1,
        "one poll between the moment and its shot"
    );
    assert_eq!(posed.answer.at_event, next as u64 + 1);
    // Its timer is due by the shot (at it, unless a blocking task held the
    // thread past it).
    let Some(Arg::Fixed(due, 2)) = posed.prompt.arg("time") else {
        panic!("a due time: {:?}", posed.prompt)
    };
    assert!(*due <= (events[next].at.as_secs_f64() * 100.0).round() / 100.0 + 1e-9);
    let now = state_after(&moment.run, &events[..at]).now.as_secs_f64();
    assert!(
        *due >= (now * 100.0).round() / 100.0 - 1e-9,
        "due after now"
    );
}

fn check_next_turn(posed: &Posed, moment: &Moment, events: &[Event]) {
    // The ready queue as the headless runner writes it (`--thread-out`),
    // front first, at the moment's last event.
    let mut lines = Vec::new();
    crate::sim::interchange::thread_lines(
        &moment.run.config,
        moment.seed(),
        &moment.run.breaks,
        |line| lines.push(line.to_owned()),
    );
    let line = &lines[moment.at_event as usize - 1];
    let front = line
        .split("\"ready\":[\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a ready queue: {line}"));
    let expected = match front.split_once('-') {
        Some(("station", n)) if moment.run.config.policy == Policy::Workers => {
            format!("Station {n}'s worker")
        }
        Some(("station", n)) => format!("Station {n}'s task"),
        Some(("box", n)) => format!("Box {n}'s task"),
        _ if front == "supervisor" => "The supervisor".to_owned(),
        _ => "A callback of the event loop".to_owned(),
    };
    assert_eq!(right_choice(posed), expected, "{line}");
    assert_eq!(
        posed.choices.last().unwrap().to_string(),
        "All of them at once"
    );
    // The answer shows the front task's first event, if its turn made one.
    if posed.answer.at_event > moment.at_event {
        let shown = &events[posed.answer.at_event as usize - 1];
        if let Some(("station", n)) = front.split_once('-') {
            assert_eq!(
                shown
                    .station_and_box()
                    .map(|(s, _)| s.to_string())
                    .as_deref(),
                Some(n)
            );
        }
    }
}

fn check_after_failure(posed: &Posed, moment: &Moment, events: &[Event]) {
    let at = moment.at_event as usize;
    let EventKind::StationFailed {
        station,
        restarting,
        ..
    } = events[at - 1].kind
    else {
        panic!("asked after a failure: {:?}", events[at - 1])
    };
    let reopened = events[at..].iter().find(
        |event| matches!(event.kind, EventKind::BoxOpened { station: s, .. } if s == station),
    );
    let expected = match reopened {
        Some(event) if event.at == events[at - 1].at => {
            format!("It reports the error and gives station {station} a new box at once")
        }
        Some(_) => format!(
            "It reports the error, and gives station {station} a new box once the whole batch is back"
        ),
        None => format!("It reports the error; no box is left for station {station}, so it stops"),
    };
    assert_eq!(right_choice(posed), expected);
    // A supervisor that restarts each station on its own gives it a box
    // exactly while the depot has one (ALL_COMPLETED hands the depot's
    // last boxes out at the batch's end, the article's loop beyond it).
    if !matches!(
        moment.run.config.policy,
        Policy::Article | Policy::AllCompleted
    ) {
        assert_eq!(reopened.is_some(), restarting);
        let depot = state_after(&moment.run, &events[..at]).boxes_in_depot;
        assert_eq!(
            reopened.is_some(),
            depot > 0,
            "a new box while the depot has one"
        );
    }
}

fn check_refill_when(posed: &Posed, moment: &Moment, events: &[Event]) {
    let at = moment.at_event as usize;
    let station = number(&posed.prompt, "station");
    let returned = events[..at]
        .iter()
        .rev()
        .find(|event| {
            matches!(event.kind, EventKind::BoxDone { station: s, .. }
                | EventKind::StationFailed { station: s, .. } if s == station)
        })
        .expect("its task returned");
    let next = events[at..].iter().position(
        |event| matches!(event.kind, EventKind::BoxOpened { station: s, .. } if s == station),
    );
    let expected = match next {
        Some(offset) if events[at + offset].at == returned.at => {
            "At once: as soon as its task has returned"
        }
        Some(offset) => {
            // Later: when the batch's last task returned, no station
            // working any more.
            let last_return = (at..at + offset)
                .rev()
                .find(|index| {
                    matches!(
                        events[*index].kind,
                        EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
                    )
                })
                .expect("a return brings the refill");
            let state = state_after(&moment.run, &events[..=last_return]);
            assert!(
                state
                    .stations
                    .iter()
                    .all(|status| status.state != StationState::Working),
                "the whole batch is back"
            );
            "Later: once every other task of its batch has returned"
        }
        None => "Never: the depot has no box left for it",
    };
    assert_eq!(right_choice(posed), expected);
    assert_eq!(
        posed.answer.at_event,
        next.map_or(events.len(), |offset| at + offset + 1) as u64
    );
}

fn check_vanished_doses(posed: &Posed, moment: &Moment, events: &[Event]) {
    let end = state_after(&moment.run, events);
    let vanished = end.doses_unreported + end.doses_discarded;
    assert_eq!(
        right_choice(posed),
        crate::sim::event::counted(vanished, "dose", "doses")
    );
    let last_cancelled = events
        .iter()
        .rposition(|event| matches!(event.kind, EventKind::StationCancelled { .. }))
        .unwrap();
    assert_eq!(posed.answer.at_event, last_cancelled as u64 + 1);
}

fn check_printed_twice(posed: &Posed, moment: &Moment, events: &[Event]) {
    // Count each printed number's lines from the moment on; the first to
    // reach two is the answer, shown with its second line.
    let mut seen = std::collections::HashMap::new();
    let (wait, index) = events
        .iter()
        .enumerate()
        .skip(moment.at_event as usize)
        .find_map(|(index, event)| {
            let wait = match event.kind {
                EventKind::BoxDone { wait: Some(w), .. }
                | EventKind::StationFailed { wait: Some(w), .. } => w,
                _ => return None,
            };
            let lines = seen.entry(wait).or_insert(0);
            *lines += 1;
            (*lines == 2).then_some((wait, index))
        })
        .unwrap();
    assert_eq!(right_choice(posed), format!("vaccine box {wait}"));
    assert_eq!(posed.answer.at_event, index as u64 + 1);
}

fn check_next_station(posed: &Posed, moment: &Moment, events: &[Event]) {
    let index = (moment.at_event as usize..events.len())
        .find(|&index| {
            matches!(
                events[index].kind,
                EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
            )
        })
        .unwrap();
    let (station, _) = events[index].station_and_box().unwrap();
    assert_eq!(right_choice(posed), format!("Station {station}"));
    assert_eq!(posed.answer.at_event, index as u64 + 1);
}

fn check_boxes_by_time(posed: &Posed, moment: &Moment, events: &[Event]) {
    let prompt = posed.prompt.to_string();
    let by = prompt.split(" by ").nth(1).unwrap();
    let by: f64 = by.trim_end_matches(" seconds?").parse().unwrap();
    let done = events
        .iter()
        .filter(|event| {
            event.at.as_secs_f64() <= by + 1e-9 && matches!(event.kind, EventKind::BoxDone { .. })
        })
        .count();
    assert_eq!(right_choice(posed), done.to_string());
    let shown = &events[..posed.answer.at_event as usize];
    assert_eq!(state_after(&moment.run, shown).boxes_done as usize, done);
}

fn check_all_vs_first(posed: &Posed, moment: &Moment, events: &[Event]) {
    let makespan = |policy| {
        let mut config: Config = moment.run.config.clone();
        config.policy = policy;
        crate::sim::run_checked(&config, moment.seed())
            .unwrap()
            .makespan
            .as_secs_f64()
    };
    let (first, all) = (
        makespan(Policy::FirstCompleted),
        makespan(Policy::AllCompleted),
    );
    let later = (all - first) / first * 100.0;
    let expected = if later < -0.5 {
        "ALL_COMPLETED finishes first"
    } else if later < 0.5 {
        "Both finish within 0.5 % of each other"
    } else if later < 5.0 {
        "ALL_COMPLETED finishes later, by under 5 %"
    } else if later < 20.0 {
        "ALL_COMPLETED finishes later, by 5 % to 20 %"
    } else {
        "ALL_COMPLETED finishes later, by more than 20 %"
    };
    assert_eq!(right_choice(posed), expected);
    // The answer plays the ALL_COMPLETED run to its end, from a moment it
    // shares with the step's run.
    let answer = &posed.answer;
    assert_eq!(answer.run.config.policy, Policy::AllCompleted);
    let all = checked_events(&answer.run);
    assert_eq!(answer.at_event, all.len() as u64);
    assert_eq!(answer.time.as_secs_f64(), makespan(Policy::AllCompleted));
    let from = answer.from_event as usize;
    assert!(from <= moment.at_event as usize);
    assert_eq!(&all[..from], &events[..from]);
    assert_eq!(
        answer.from_time,
        from.checked_sub(1)
            .map_or(SimTime::START, |last| all[last].at)
    );
}

fn check_blocking_shots(posed: &Posed, moment: &Moment, events: &[Event]) {
    let blocker = moment.run.config.blocking.unwrap();
    let shown = &events[..posed.answer.at_event as usize];
    // The box that just ended is the blocker's: walk back to its opening,
    // then on to its first shot, when its task first ran.
    let opened = shown
        .iter()
        .rposition(|event| {
            matches!(event.kind, EventKind::BoxOpened { station, .. } if station == blocker)
        })
        .unwrap();
    let first_own = opened
        + 1
        + shown[opened + 1..]
            .iter()
            .position(|event| event.station_and_box().map(|(s, _)| s) == Some(blocker))
            .unwrap();
    let others = shown[first_own..].iter().any(
        |event| matches!(event.kind, EventKind::ShotGiven { station, .. } if station != blocker),
    );
    let expected = if others { "Yes" } else { "No" };
    assert!(right_choice(posed).starts_with(expected), "{posed:?}");
}

fn check_break_waste(posed: &Posed, moment: &Moment, events: &[Event]) {
    let broken = checked_events(&posed.answer.run);
    let shown = posed.answer.at_event as usize;
    let failed = (moment.at_event as usize..shown)
        .find(|index| {
            matches!(
                broken[*index].kind,
                EventKind::StationFailed {
                    error: StationError::BrokenByHand { .. },
                    ..
                }
            )
        })
        .expect("the answer shows the break");
    let before = state_after(&posed.answer.run, &broken[..failed]);
    let after = state_after(&posed.answer.run, &broken[..shown]);
    let wasted = after.doses_wasted - before.doses_wasted;
    let EventKind::StationFailed {
        station,
        restarting,
        ..
    } = broken[failed].kind
    else {
        unreachable!()
    };
    // Shown up to the failure, or to the box that restarts the station,
    // opened at the same instant, so the lane says what the text says.
    let restart = broken[failed + 1..]
        .iter()
        .find(|event| matches!(event.kind, EventKind::BoxOpened { station: opened, .. } if opened == station));
    let Some(Arg::Text(then)) = posed.answer.explanation.arg("then") else {
        panic!("a consequence: {:?}", posed.answer.explanation)
    };
    match restart.filter(|_| restarting) {
        Some(restart) if restart.at == broken[failed].at => {
            assert_eq!(&broken[shown - 1], restart);
            assert_eq!(
                after.stations[station as usize - 1].state,
                StationState::Working
            );
        }
        Some(restart) => {
            assert_eq!(shown, failed + 1);
            assert_eq!(then.id(), "lesson-waste-restarted-at");
            assert_eq!(
                then.arg("seconds"),
                Some(&Arg::fixed(restart.at.as_secs_f64(), 2)),
            );
        }
        None => assert_eq!(shown, failed + 1),
    }
    let policy = posed.answer.run.config.policy;
    assert_eq!(
        then.id().starts_with("lesson-waste-caught"),
        !policy.takes_done_sets(),
        "only a supervisor reports: {policy:?}"
    );
    assert_eq!(
        right_choice(posed),
        crate::sim::event::counted(wasted, "dose", "doses")
    );
    let at = moment.at_event as usize;
    assert_eq!(
        &broken[..at],
        &events[..at],
        "the break changes nothing before the moment"
    );
}

#[test]
fn every_builtin_question_is_answered_by_the_engine() {
    for builtin in BUILTINS {
        let lesson = builtin.lesson().expect("a built-in lesson reads");
        let moments = resolve_all(&lesson, 0).expect("its moments resolve");
        let mut asked = 0;
        for (step, moment) in lesson.steps.iter().zip(&moments) {
            if let Some(spec) = step.question {
                asked += 1;
                if spec.needs_cpython() {
                    // CPython answers it (python/check_own_supervisor.py
                    // runs every built-in lesson's program natively).
                    assert!(step.python.is_some(), "{}: {spec:?}", builtin.id);
                    continue;
                }
                if let QuestionSpec::BeTheLoop { .. } = spec {
                    // The loop's choices, one by one: checked against the
                    // engine's own in `loop_play`'s tests, and offered on
                    // the step's run in `grounds`'.
                    continue;
                }
                let posed = pose(spec, moment)
                    .unwrap_or_else(|error| panic!("{}: {spec:?}: {error}", builtin.id));
                check_answer(&posed, moment);
            }
        }
        if lesson.steps.iter().all(|step| step.goal.is_some()) {
            // A lesson of exercises: each step sets a goal, checked on the
            // learner's own run (`lesson::goal`), instead of a prediction.
            continue;
        }
        assert!(
            lesson.steps.len() >= 5,
            "{} has {} steps",
            builtin.id,
            lesson.steps.len()
        );
        assert!(asked >= 2, "{} asks {asked} questions", builtin.id);
    }
}

#[test]
fn spaced_choices_hold_the_answer_once_and_respect_the_floor() {
    assert_eq!(spaced_choices(10, 0, 2, 0), vec![10, 12, 14, 16]);
    assert_eq!(spaced_choices(10, 0, 2, 3), vec![4, 6, 8, 10]);
    assert_eq!(spaced_choices(10, 9, 2, 3), vec![10, 12, 14, 16]);
    assert_eq!(spaced_choices(0, 0, 0, 2), vec![0, 1, 2, 3]);
}

#[test]
fn a_question_names_why_it_cannot_be_asked() {
    let (run, _) = parse_run_query("stations=2&boxes=2&capacity=3&seed=1");
    let end = checked_events(&RunParams {
        seed: Some(1),
        ..run.clone()
    })
    .len() as u64;
    let moment = |at_event| Moment {
        run: RunParams {
            seed: Some(1),
            ..run.clone()
        },
        at_event,
    };
    let cannot = |spec, at| pose(spec, &moment(at)).unwrap_err().to_string();
    assert!(cannot(QuestionSpec::BlockingShots, 0).contains("blocking=N"));
    assert!(cannot(QuestionSpec::NextStation, end).contains("no station's task returns"));
    assert!(cannot(QuestionSpec::BreakWaste { station: Some(9) }, 3).contains("does not exist"));
    assert!(cannot(QuestionSpec::BreakWaste { station: None }, end)
        .contains("no station has a box open"));
    assert!(cannot(
        QuestionSpec::BoxesByTime {
            seconds: Some(0.000_001)
        },
        end
    )
    .contains("not after"));
    // The questions about the thread and the supervisor name why, too.
    assert!(cannot(QuestionSpec::NextTurn, end).contains("the ready queue holds"));
    assert!(cannot(QuestionSpec::AfterFailure, 3).contains("does not follow a station's failure"));
    assert!(cannot(QuestionSpec::RefillWhen { station: None }, 1)
        .contains("no station's task has returned"));
    assert!(cannot(QuestionSpec::SleepPolls { station: None }, end)
        .contains("no station's task is asleep"));
    assert!(cannot(QuestionSpec::SleepPolls { station: Some(9) }, 3).contains("does not exist"));
    let (blocking, _) = parse_run_query("stations=2&boxes=4&capacity=3&blocking=1&seed=1");
    let blocking = Moment {
        run: blocking,
        at_event: 3,
    };
    assert!(
        pose(QuestionSpec::SleepPolls { station: Some(1) }, &blocking)
            .unwrap_err()
            .to_string()
            .contains("blocks the thread")
    );
    let (group, _) = parse_run_query("stations=2&boxes=4&capacity=3&policy=taskgroup&seed=1");
    let group = Moment {
        run: group,
        at_event: 3,
    };
    assert!(pose(QuestionSpec::AfterFailure, &group)
        .unwrap_err()
        .to_string()
        .contains("needs a supervisor"));
    let (big, _) = parse_run_query("boxes=100000&capacity=100");
    let big = Moment {
        run: RunParams {
            seed: Some(1),
            ..big
        },
        at_event: 0,
    };
    assert!(pose(QuestionSpec::NextStation, &big)
        .unwrap_err()
        .to_string()
        .contains("at most 200000 doses"));
}

/// A small random run's parameters, with a blocking station sometimes.
fn small_run() -> impl Strategy<Value = String> {
    (
        1u32..=5,
        1u32..=12,
        1u32..=15,
        0u32..=2,
        any::<u64>(),
        0u32..=5,
        0usize..Policy::ALL.len(),
    )
        .prop_map(
            |(stations, boxes, capacity, fail_percent, seed, blocking, policy)| {
                // The article's loop takes no blocking station.
                let blocking_allowed = !Policy::ALL[policy].counts_waits();
                let blocking = if blocking_allowed && blocking >= 1 && blocking <= stations {
                    format!("&blocking={blocking}")
                } else {
                    String::new()
                };
                format!(
                "stations={stations}&boxes={boxes}&capacity={capacity}&shot_min=0.1&shot_max=0.5\
                 &fail=0.0{fail_percent}&seed={seed}&policy={}{blocking}",
                Policy::NAMES[policy]
            )
            },
        )
}

fn random_moment(params: &str, at_fraction: f64) -> Moment {
    let (run, errors) = parse_run_query(params);
    assert!(errors.is_empty(), "{errors:?}");
    let run = RunParams {
        seed: run.seed,
        ..run
    };
    let length = checked_events(&run).len();
    Moment {
        run,
        at_event: (length as f64 * at_fraction) as u64,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every kind, on random runs and moments: wherever it can be asked,
    /// its right choice is the engine's answer.
    #[test]
    fn random_runs_are_answered_by_the_engine(params in small_run(), at_fraction in 0.0f64..1.0) {
        let moment = random_moment(&params, at_fraction);
        let by = moment.at_event as f64 * 0.01 + 0.3;
        let kinds = [
            QuestionSpec::NextStation,
            QuestionSpec::BoxesByTime { seconds: None },
            QuestionSpec::BoxesByTime { seconds: Some(by) },
            QuestionSpec::AllVsFirst,
            QuestionSpec::BlockingShots,
            QuestionSpec::BreakWaste { station: None },
            QuestionSpec::VanishedDoses,
            QuestionSpec::PrintedTwice,
            QuestionSpec::ProgramLost,
            QuestionSpec::SleepPolls { station: None },
            QuestionSpec::SleepPolls { station: Some(1) },
            QuestionSpec::NextTurn,
            QuestionSpec::AfterFailure,
            QuestionSpec::RefillWhen { station: None },
        ];
        for spec in kinds {
            if let Ok(posed) = pose(spec, &moment) {
                check_answer(&posed, &moment);
            }
        }
    }
}

#[test]
fn the_article_loop_is_asked_what_vanishes_and_what_it_prints_twice() {
    let moment = random_moment(
        "policy=article&stations=3&boxes=10&capacity=10&shot_min=0.05&shot_max=0.05&seed=2",
        0.3,
    );
    let twice = pose(QuestionSpec::PrintedTwice, &moment).unwrap();
    check_answer(&twice, &moment);
    let vanished = pose(QuestionSpec::VanishedDoses, &moment).unwrap();
    check_answer(&vanished, &moment);
    assert_eq!(right_choice(&vanished), "30 doses");
    let (first, _) = parse_run_query("stations=3&boxes=10&seed=2");
    let not_article = Moment {
        run: first,
        at_event: 0,
    };
    assert!(pose(QuestionSpec::VanishedDoses, &not_article)
        .unwrap_err()
        .to_string()
        .contains("policy=article"));
}

#[test]
fn a_blocking_station_starves_the_others_for_its_whole_box() {
    let moment = random_moment(
        "stations=3&boxes=9&capacity=10&shot_min=0.1&shot_max=0.5&blocking=2&seed=5",
        0.1,
    );
    let posed = pose(QuestionSpec::BlockingShots, &moment).unwrap();
    assert!(right_choice(&posed).starts_with("No"));
    let state = state_after(
        &moment.run,
        &checked_events(&moment.run)[..posed.answer.at_event as usize],
    );
    assert_ne!(
        state.stations[1].state,
        StationState::Working,
        "it let go: its box is done"
    );
}

#[test]
fn a_sleeping_task_is_polled_once_whatever_the_station_and_the_moment() {
    // Every moment of a run, every station asleep there: one poll.
    let (run, _) =
        parse_run_query("stations=4&boxes=8&capacity=4&shot_min=0.05&shot_max=0.4&seed=11");
    let length = checked_events(&run).len() as u64;
    let mut posed = 0;
    for at_event in (1..length).step_by(3) {
        let moment = Moment {
            run: run.clone(),
            at_event,
        };
        for station in 1..=4 {
            if let Ok(question) = pose(
                QuestionSpec::SleepPolls {
                    station: Some(station),
                },
                &moment,
            ) {
                check_answer(&question, &moment);
                posed += 1;
            }
        }
    }
    assert!(posed > 20, "posed {posed} times");
}

#[test]
fn under_all_completed_a_returned_station_waits_for_its_batch_and_under_first_it_does_not() {
    for (policy, right) in [
        (
            "all",
            "Later: once every other task of its batch has returned",
        ),
        ("first", "At once: as soon as its task has returned"),
    ] {
        let (run, _) = parse_run_query(&format!(
            "stations=3&boxes=12&capacity=10&shot_min=0.1&shot_max=1&speeds=2,1,0.5&policy={policy}&seed=4"
        ));
        let events = checked_events(&run);
        // Right after the first box is done: station 1's, the fastest.
        let first_done = events
            .iter()
            .position(|event| matches!(event.kind, EventKind::BoxDone { .. }))
            .unwrap();
        let moment = Moment {
            run,
            at_event: first_done as u64 + 1,
        };
        let posed = pose(QuestionSpec::RefillWhen { station: None }, &moment).unwrap();
        check_answer(&posed, &moment);
        assert_eq!(right_choice(&posed), right, "{policy}");
    }
}
