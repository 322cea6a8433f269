use super::*;
use crate::program::ProgramRun;
use crate::sim::interchange::events_jsonl;
use crate::sim::{Event, LocalRun};

/// The run of the exercises' programs: three stations, twelve boxes of
/// ten doses.
fn config(policy: Policy) -> Config {
    Config {
        stations: 3,
        capacity: 10,
        boxes: 12,
        shot_min: 0.05,
        shot_max: 0.3,
        policy,
        ..Config::default()
    }
}

fn engine_events(config: &Config, seed: u64) -> Vec<Event> {
    let mut events = Vec::new();
    LocalRun::new(config.clone(), seed).run_to_end(|event| events.push(*event));
    events
}

/// The engine's run under `policy`, recorded as if a program had made it
/// on the FIRST_COMPLETED run's shape, with `notes` (trace lines) added.
fn program(policy: Policy, seed: u64, notes: &str) -> Recorded {
    let events = engine_events(&config(policy), seed);
    let run = ProgramRun {
        trace: events_jsonl(&events) + notes,
        ..ProgramRun::default()
    };
    Recorded::read(
        &config(Policy::FirstCompleted),
        seed,
        "async def supervise(depot): ...",
        run,
    )
    .expect("a program's run")
}

/// `calls` calls of `time.sleep(0.2)` at line 10, as the harness notes
/// them.
fn slept(calls: u64) -> String {
    (0..calls)
        .map(|call| {
            format!(
                "{{\"t_us\":{},\"kind\":\"blocked\",\"held_us\":200000,\"line\":10}}\n",
                call * 500_000
            )
        })
        .collect()
}

#[test]
fn a_program_that_loses_doses_is_not_met_and_the_card_names_what_it_loses() {
    // The article's loop: it returns with tasks running (cancelled mid-box)
    // and opens boxes beyond the depot.
    let lossy = program(Policy::Article, 4, "");
    let diagnostics = Diagnostics::of(&lossy);
    assert!(diagnostics.doses_lost() > 0);
    let check = loses_nothing(&lossy);
    assert_eq!(check.met, Met::No);
    let pending = diagnostics
        .lost
        .iter()
        .filter(|lost| lost.cancelled)
        .count();
    assert!(pending > 0);
    let why = check.why.to_string();
    let lost = format!(
        "{} doses lost in {} boxes",
        diagnostics.doses_lost(),
        diagnostics.lost.len()
    );
    assert!(why.contains(&lost), "{why}");
    assert!(
        why.contains(&format!("{pending} tasks still running when it returned")),
        "{why}"
    );
    assert!(
        why.contains(&format!(
            "{} boxes opened beyond the depot's 12",
            diagnostics.beyond_depot
        )),
        "{why}"
    );
    // The article's loop is not FIRST_COMPLETED: the note says where they part.
    let index = first_difference_with(&lossy, Policy::FirstCompleted).expect("they differ");
    assert_eq!(
        check.note.map(|note| note.to_string()),
        Some(format!(
            "The engine's FIRST_COMPLETED on the same draws parts from it at event {index}."
        ))
    );
    assert_eq!(
        check.goal.to_string(),
        "your supervisor reports every box of the depot (12 boxes) and loses no dose."
    );
    // Nor does it cooperate: it loses doses, though it never blocks.
    assert_eq!(cooperates(&lossy).met, Met::No);
}

#[test]
fn the_repaired_program_is_met_and_is_the_engines_run_event_for_event() {
    let repaired = program(Policy::FirstCompleted, 4, "");
    let check = loses_nothing(&repaired);
    assert_eq!(check.met, Met::Yes, "{}", check.why);
    assert_eq!(
        check.why.to_string(),
        "CPython's run of your program reported all 12 boxes (120 doses) and lost none."
    );
    assert_eq!(
        check.note.map(|note| note.to_string()).as_deref(),
        Some("The engine's FIRST_COMPLETED on the same draws is the same run, event for event.")
    );
    let check = cooperates(&repaired);
    assert_eq!(check.met, Met::Yes, "{}", check.why);
}

#[test]
fn a_program_that_sleeps_with_time_sleep_does_not_cooperate_though_it_loses_nothing() {
    let sleeper = program(Policy::FirstCompleted, 4, &slept(12));
    // Losing nothing is met: blocking loses no dose.
    assert_eq!(loses_nothing(&sleeper).met, Met::Yes);
    let check = cooperates(&sleeper);
    assert_eq!(check.met, Met::No);
    assert_eq!(
        check.why.to_string(),
        "Your program's run on CPython: line 10 held the thread 12 times, 2.400 s in all."
    );
    // One call, and two lines each named.
    let once = cooperates(&program(Policy::FirstCompleted, 4, &slept(1)));
    assert!(once
        .why
        .to_string()
        .contains("line 10 held the thread once, 0.200 s in all"));
    let two_lines = slept(2) + "{\"t_us\":9,\"kind\":\"blocked\",\"held_us\":50000,\"line\":7}\n";
    let why = cooperates(&program(Policy::FirstCompleted, 4, &two_lines))
        .why
        .to_string();
    assert!(
        why.contains("line 10 held the thread 2 times, 0.400 s in all, line 7 held the thread once, 0.050 s in all"),
        "{why}"
    );
    // Blocking and losing: both named.
    let why = cooperates(&program(Policy::Article, 4, &slept(1)))
        .why
        .to_string();
    assert!(
        why.contains("held the thread") && why.contains("doses lost in"),
        "{why}"
    );
}

#[test]
fn a_program_not_run_yet_is_pending_and_one_that_did_not_run_is_not_met() {
    let step = config(Policy::FirstCompleted);
    let waiting = check_program(Goal::LosesNothing, &step, None);
    assert_eq!(waiting.met, Met::Pending);
    let failed = check_program(Goal::Cooperates, &step, Some(Err("SyntaxError (line 3)")));
    assert_eq!(failed.met, Met::No);
    assert!(failed.why.to_string().contains("SyntaxError (line 3)"));
    let repaired = program(Policy::FirstCompleted, 4, "");
    assert_eq!(
        check_program(Goal::LosesNothing, &step, Some(Ok(&repaired))),
        loses_nothing(&repaired)
    );
}

/// The lot after the first `events` events of `config`'s run (all when
/// `None`).
fn lot_after(config: &Config, seed: u64, events: Option<usize>) -> LotState {
    let mut lot = LotState::new(config);
    let all = engine_events(config, seed);
    for event in &all[..events.unwrap_or(all.len())] {
        lot.apply(event).expect("the ledger holds");
    }
    lot
}

#[test]
fn makespan_below_is_met_by_a_run_that_finishes_in_time_and_not_by_one_that_does_not() {
    let step = Config {
        policy: Policy::AllCompleted,
        speeds: vec![1.0, 1.0, 0.5],
        ..config(Policy::AllCompleted)
    };
    let slow = lot_after(&step, 4, None);
    let fast = lot_after(
        &Config {
            policy: Policy::FirstCompleted,
            ..step.clone()
        },
        4,
        None,
    );
    assert!(fast.now < slow.now);
    // A goal between the two.
    let seconds = (fast.now.as_secs_f64() + slow.now.as_secs_f64()) / 2.0;
    let not_met = makespan_below(seconds, &step, &slow);
    assert_eq!(not_met.met, Met::No);
    let over = slow.now.as_secs_f64() - seconds;
    assert_eq!(
        not_met.why.to_string(),
        format!(
            "The run on screen finished at {} s, {over:.2} s over the goal.",
            slow.now
        )
    );
    let met = makespan_below(seconds, &step, &fast);
    assert_eq!(met.met, Met::Yes);
    assert!(met
        .why
        .to_string()
        .starts_with(&format!("The run on screen finished at {} s, ", fast.now)));
    // Unfinished: pending while the clock is within the goal, not met once past it.
    let early = lot_after(&step, 4, Some(10));
    assert_eq!(makespan_below(seconds, &step, &early).met, Met::Pending);
    let late_events = engine_events(&step, 4)
        .iter()
        .position(|event| event.at.as_secs_f64() > seconds)
        .expect("an event past the goal");
    let late = lot_after(&step, 4, Some(late_events + 1));
    assert!(!late.finished);
    assert_eq!(makespan_below(seconds, &step, &late).met, Met::No);
    // Another depot is not compared, whatever its time.
    let other = Config {
        boxes: 6,
        ..step.clone()
    };
    let check = makespan_below(1e6, &step, &lot_after(&other, 4, None));
    assert_eq!(check.met, Met::No);
    assert!(
        check
            .why
            .to_string()
            .contains("6 boxes of 10 doses, not the step's 12 boxes of 10 doses"),
        "{}",
        check.why
    );
}
