//! What a question's right answer rests on: an idea, values the learner
//! sees, or luck.
//!
//! A prediction teaches only if a learner who understood the idea can
//! answer it. Each kind says why that is so ([`Grounds`]), and the test
//! below holds every question of every built-in lesson to it, on many
//! seeds: a kind whose answer is the same whatever the draws, a kind
//! whose answer follows from what the page shows at the moment (named by
//! the elements' `data-testid` hooks, and recomputed from exactly those
//! values), and the kinds that rest on draws nobody can see, which
//! teachers may still ask and no built-in lesson does.
//!
//! Some kinds are asked right after an event of a sort (a failure, a
//! task's return): on other draws that event happens elsewhere, so the
//! question moves with it ([`QuestionSpec::moment_on`]).

use crate::lesson::format::QuestionSpec;
use crate::sim::{Event, EventKind};

/// Why a learner can answer a kind of question without guessing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grounds {
    /// The right choice reads the same on every seed: the answer is the
    /// idea itself (a sleeping task is polled once; a blocking task
    /// starves the others; the article's exit cancels every running
    /// task), never a draw.
    SameAcrossSeeds,
    /// The right choice follows from values the page shows at the moment,
    /// the elements with these `data-testid` hooks (with the policy the
    /// step names): the front of the ready queue, a station's doses left,
    /// the boxes in the depot.
    OnScreen(&'static [&'static str]),
    /// The right choice rests on random draws the learner cannot see
    /// (which station finishes first, how many boxes by a time): a
    /// teacher may ask it, to show that such things are luck; no built-in
    /// lesson does.
    Chance,
    /// The right choice is a rule of asyncio's event loop applied to what
    /// the question lists (the ready queue, front first; the timers and
    /// their deadlines): FIFO, earliest deadline first (`be-the-loop`).
    Rule,
    /// CPython answers it, running the step's program (`program-lost`):
    /// the engine does not pose it, and the browser's tests check it.
    Program,
}

/// Where a kind of question is asked on a run of other draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// At the step's own moment: the kind asks about a state any run is
    /// in there (or says why it cannot be asked).
    Step,
    /// Right after a station's task failed.
    AfterFailure,
    /// Right after a station's task returned (its box done, or failed).
    AfterReturn,
}

impl QuestionSpec {
    /// What the kind's right answer rests on.
    pub fn grounds(self) -> Grounds {
        match self {
            // Counted by the engine, but never other than once: a
            // sleeping task is polled when its timer fires, not before.
            QuestionSpec::SleepPolls { .. } => Grounds::SameAcrossSeeds,
            // The thread is the blocking station's until its box is done,
            // whatever the draws: no other station gives a shot.
            QuestionSpec::BlockingShots => Grounds::SameAcrossSeeds,
            // The draws set the two makespans, but the lesson's stations
            // (one four times slower than another) put ALL_COMPLETED's
            // idle time far above any draw's effect: the band holds.
            QuestionSpec::AllVsFirst => Grounds::SameAcrossSeeds,
            // asyncio.run cancels every task still running at the exit,
            // and the article's loop has restarted every station: every
            // open box's doses vanish, whatever the draws.
            QuestionSpec::VanishedDoses => Grounds::SameAcrossSeeds,
            // Equal shot times tie the stations: the wait counter is
            // printed once per box of each wait, whatever the seed.
            QuestionSpec::PrintedTwice => Grounds::SameAcrossSeeds,
            // The ready queue is shown under the lot, front first.
            QuestionSpec::NextTurn => Grounds::OnScreen(&["ready-task"]),
            // A break wastes what the station has left: its
            // `data-remaining` (asked between the loop's turns, where a
            // break lands).
            QuestionSpec::BreakWaste { .. } => Grounds::OnScreen(&["station"]),
            // An empty depot stops the station (under ALL_COMPLETED, too
            // few boxes for its number: the batch's boxes go out in station
            // order). Under ALL_COMPLETED its new box waits for the batch
            // if its task came back before the supervisor's latest wake
            // (the executor view lists that wake's done set), or if any
            // other station still works, its task not in that set.
            QuestionSpec::AfterFailure | QuestionSpec::RefillWhen { .. } => {
                Grounds::OnScreen(&["boxes-in-depot", "station", "done-task"])
            }
            QuestionSpec::NextStation | QuestionSpec::BoxesByTime { .. } => Grounds::Chance,
            QuestionSpec::ProgramLost => Grounds::Program,
            // The ready queue in order and the timers with their
            // deadlines are listed with each choice: the right one is
            // asyncio's rule applied to them.
            QuestionSpec::BeTheLoop { .. } => Grounds::Rule,
        }
    }

    /// Where the kind is asked on a run of other draws.
    pub fn anchor(self) -> Anchor {
        match self {
            QuestionSpec::AfterFailure => Anchor::AfterFailure,
            QuestionSpec::RefillWhen { .. } => Anchor::AfterReturn,
            _ => Anchor::Step,
        }
    }

    /// The moment (events shown) at which to ask the kind on a run of
    /// other draws, whose events are `events`, for a step whose own run's
    /// events are `step_events` and whose moment is `at_event`: that
    /// moment itself, or, for a kind asked right after an event of a sort,
    /// just after the same such event by count (the run's second failure
    /// for a step asked after its own run's second). `None` when the run
    /// ends before the moment, or has fewer such events.
    pub fn moment_on(self, step_events: &[Event], at_event: u64, events: &[Event]) -> Option<u64> {
        let sort: fn(&Event) -> bool = match self.anchor() {
            Anchor::Step => {
                return (at_event <= events.len() as u64).then_some(at_event);
            }
            Anchor::AfterFailure => |event| matches!(event.kind, EventKind::StationFailed { .. }),
            Anchor::AfterReturn => |event| {
                matches!(
                    event.kind,
                    EventKind::BoxDone { .. } | EventKind::StationFailed { .. }
                )
            },
        };
        let shown = usize::try_from(at_event).ok()?.min(step_events.len());
        let count = step_events[..shown]
            .iter()
            .filter(|event| sort(event))
            .count();
        events
            .iter()
            .enumerate()
            .filter(|(_, event)| sort(event))
            .nth(count.checked_sub(1)?)
            .map(|(index, _)| index as u64 + 1)
    }
}

/// Every question of every built-in lesson, held to its grounds on many
/// seeds: this is what "the lessons teach concepts, not luck" means, as a
/// test.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::*;
    use crate::lesson::builtin::BUILTINS;
    use crate::lesson::format::LOOP_DECISIONS_DEFAULT;
    use crate::lesson::moment::{all_events, resolve_all, Moment};
    use crate::lesson::question::loop_play::loop_decisions;
    use crate::lesson::question::{pose, Posed};
    use crate::lesson::text::Arg;
    use crate::sim::event::counted;
    use crate::sim::{LocalRun, LotState, Policy, StationState, TaskKind};
    use crate::thread::{task_hook, ThreadShown};

    /// Seeds each question is posed on: the step's own and others, this
    /// many in all.
    const SEEDS: usize = 20;
    /// Seeds tried, at most, to find them: a kind asked after an event
    /// skips a seed whose run has no such event.
    const SEEDS_TRIED: u64 = 60;

    /// The page at a moment, read only through the hooks a test names:
    /// each read is noted, so a kind's recomputed answer provably rests on
    /// the values its grounds list and on nothing else.
    struct Screen {
        lot: LotState,
        ready: Vec<TaskKind>,
        /// The stations of the supervisor's latest wake's done set.
        done: Vec<u32>,
        read: RefCell<BTreeSet<&'static str>>,
    }

    impl Screen {
        fn at(moment: &Moment) -> Screen {
            let run = &moment.run;
            let mut traced = LocalRun::traced(run.config.clone(), moment.seed(), &run.breaks);
            let mut lot = LotState::new(&run.config);
            let mut done = Vec::new();
            for _ in 0..moment.at_event {
                let event = traced.next_event().expect("the moment lies within the run");
                lot.apply(&event).expect("the ledger holds");
                if let EventKind::SupervisorWoke { stations, .. } = event.kind {
                    done = (1..=64)
                        .filter(|s| stations & (1 << (s - 1)) != 0)
                        .collect();
                }
            }
            let log = traced.simulation().monitor().thread().expect("traced");
            let shown = ThreadShown::of(log, moment.at_event).expect("recorded");
            Screen {
                lot,
                ready: shown.ready,
                done,
                read: RefCell::default(),
            }
        }

        fn note(&self, hook: &'static str) {
            self.read.borrow_mut().insert(hook);
        }

        /// `boxes-in-depot`.
        fn boxes_in_depot(&self) -> u32 {
            self.note("boxes-in-depot");
            self.lot.boxes_in_depot
        }

        /// `station` N's `data-state` and `data-remaining`.
        fn station(&self, station: u32) -> (&'static str, u32) {
            self.note("station");
            let status = &self.lot.stations[station as usize - 1];
            (status.state.as_str(), status.remaining)
        }

        /// The `done-task` elements' `data-station`: the supervisor's
        /// latest done set.
        fn done_tasks(&self) -> &[u32] {
            self.note("done-task");
            &self.done
        }

        /// Whether any `station` but `station` reads `data-state="working"`
        /// with its task not in the latest done set: still at work.
        fn others_working(&self, station: u32) -> bool {
            (1..=self.lot.stations.len() as u32)
                .filter(|other| *other != station)
                .any(|other| {
                    self.station(other).0 == StationState::Working.as_str()
                        && !self.done_tasks().contains(&other)
                })
        }

        /// The `ready-task` elements' `data-task`, front first.
        fn ready_tasks(&self) -> Vec<String> {
            self.note("ready-task");
            self.ready.iter().map(|task| task_hook(*task)).collect()
        }
    }

    /// The station a question names in its prompt (on screen with it).
    fn prompt_station(posed: &Posed) -> u32 {
        match posed.prompt.arg("station") {
            Some(Arg::Number(station)) => *station as u32,
            other => panic!("a station in {:?}: {other:?}", posed.prompt),
        }
    }

    /// The right choice, in English, worked out from the screen alone
    /// (and the policy the step names), for a kind whose grounds are
    /// [`Grounds::OnScreen`].
    fn from_screen(posed: &Posed, policy: Policy, screen: &Screen) -> String {
        match posed.spec {
            QuestionSpec::NextTurn => {
                let front = screen.ready_tasks()[0].clone();
                match front.split_once('-') {
                    Some(("station", n)) if policy == Policy::Workers => {
                        format!("Station {n}'s worker")
                    }
                    Some(("station", n)) => format!("Station {n}'s task"),
                    Some(("box", n)) => format!("Box {n}'s task"),
                    _ if front == "supervisor" => "The supervisor".into(),
                    _ => "A callback of the event loop".into(),
                }
            }
            QuestionSpec::BreakWaste { .. } => {
                // A break wastes every dose still in the box.
                let (_, remaining) = screen.station(prompt_station(posed));
                counted(remaining, "dose", "doses")
            }
            QuestionSpec::AfterFailure | QuestionSpec::RefillWhen { .. } => {
                let station = prompt_station(posed);
                let depot = screen.boxes_in_depot();
                // A supervisor restarting each station on its own gives it a
                // box while the depot has one; ALL_COMPLETED hands the
                // depot's boxes out at the batch's end, in station order.
                let gets_one = match policy {
                    Policy::Article => true,
                    Policy::AllCompleted => depot >= station,
                    _ => depot > 0,
                };
                // Under ALL_COMPLETED a station whose task came back in an
                // earlier wake has been waiting for the batch already.
                let waits = policy == Policy::AllCompleted
                    && (!screen.done_tasks().contains(&station) || screen.others_working(station));
                let failure = posed.spec == QuestionSpec::AfterFailure;
                match (gets_one, waits, failure) {
                    (false, _, true) => format!(
                        "It reports the error; no box is left for station {station}, so it stops"
                    ),
                    (false, _, false) => "Never: the depot has no box left for it".into(),
                    (true, true, true) => format!(
                        "It reports the error, and gives station {station} a new box once the whole batch is back"
                    ),
                    (true, true, false) => {
                        "Later: once every other task of its batch has returned".into()
                    }
                    (true, false, true) => format!(
                        "It reports the error and gives station {station} a new box at once"
                    ),
                    (true, false, false) => "At once: as soon as its task has returned".into(),
                }
            }
            other => panic!("{other:?} is not answered from the screen"),
        }
    }

    /// The right choice's text in English.
    fn right(posed: &Posed) -> String {
        posed.choices[posed.correct].to_string()
    }

    #[test]
    fn every_builtin_question_rests_on_its_grounds_whatever_the_seed() {
        let mut checked = 0;
        for builtin in BUILTINS {
            let lesson = builtin.lesson().expect("a built-in lesson reads");
            let moments = resolve_all(&lesson, 0).expect("its moments resolve");
            for (number, (step, moment)) in lesson.steps.iter().zip(&moments).enumerate() {
                let Some(spec) = step.question else { continue };
                let place = format!("{} step {}: {}", builtin.id, number + 1, spec.kind());
                let grounds = spec.grounds();
                match grounds {
                    // CPython answers it, running the step's program in
                    // the page: the browser's test walks the lesson
                    // (e2e/python-lesson.test.mjs), and python/check_own_supervisor.py
                    // runs every built-in program natively.
                    Grounds::Program => continue,
                    // Each choice lists what the rule is applied to; the
                    // rule itself is checked against the engine's every
                    // choice (`loop_play`'s tests). Here: the step's run
                    // offers as many choices as the step asks.
                    Grounds::Rule => {
                        let QuestionSpec::BeTheLoop { decisions } = spec else {
                            panic!("{place}: {spec:?}")
                        };
                        let count = decisions.unwrap_or(LOOP_DECISIONS_DEFAULT) as usize;
                        let offered = loop_decisions(&moment.run, moment.at_event, count);
                        assert_eq!(offered.len(), count, "{place}");
                        checked += 1;
                        continue;
                    }
                    Grounds::Chance => panic!("{place}: a question of luck in a built-in lesson"),
                    Grounds::SameAcrossSeeds | Grounds::OnScreen(_) => {}
                }
                let own = moment.seed();
                let seeds =
                    std::iter::once(own).chain((1..=SEEDS_TRIED).filter(|seed| *seed != own));
                let step_events = all_events(&moment.run);
                let mut answers = Vec::new();
                for seed in seeds {
                    if answers.len() == SEEDS {
                        break;
                    }
                    let mut run = moment.run.clone();
                    run.seed = Some(seed);
                    let events = all_events(&run);
                    // The step's moment, or for a kind asked right after
                    // an event of a sort (a failure, a task's return), just
                    // after that seed's same such event by count: the
                    // question moves with the event it is about.
                    let Some(at_event) = spec.moment_on(&step_events, step.at_event, &events)
                    else {
                        // Skipped only where the kind itself locates its
                        // moment and this seed's run never reaches it (a
                        // run in which no dose spoils has no failure to ask
                        // about); a step's own moment must hold on every
                        // seed.
                        assert_ne!(
                            spec.anchor(),
                            Anchor::Step,
                            "{place}: seed {seed}'s run ends before event {}",
                            step.at_event
                        );
                        continue;
                    };
                    let moment = Moment { run, at_event };
                    let posed = pose(spec, &moment).unwrap_or_else(|error| {
                        panic!("{place}: seed {seed}, event {at_event}: {error}")
                    });
                    if let Grounds::OnScreen(hooks) = grounds {
                        let screen = Screen::at(&moment);
                        let expected = from_screen(&posed, moment.run.config.policy, &screen);
                        assert_eq!(right(&posed), expected, "{place}: seed {seed}");
                        let read = screen.read.into_inner();
                        assert!(
                            read.iter().all(|hook| hooks.contains(hook)),
                            "{place}: read {read:?}, grounds name {hooks:?}"
                        );
                    }
                    answers.push((seed, right(&posed)));
                }
                assert_eq!(answers.len(), SEEDS, "{place}: posed on too few seeds");
                if grounds == Grounds::SameAcrossSeeds {
                    let (_, first) = &answers[0];
                    for (seed, answer) in &answers {
                        assert_eq!(answer, first, "{place}: seed {seed} against the step's own");
                    }
                }
                checked += 1;
            }
        }
        assert!(checked >= 8, "{checked} questions checked");
    }

    #[test]
    fn what_the_screen_shows_answers_every_on_screen_kind_at_every_moment() {
        // Beyond the lessons: small runs under the supervisors that take
        // done sets, failures and a blocking station included, at every
        // moment a kind can be asked.
        let mut posed = 0;
        for policy in ["first", "all", "queue"] {
            for seed in 1..=4 {
                for extra in ["", "&blocking=2"] {
                    let (mut run, _) = crate::sim::config::parse_run_query(&format!(
                        "stations=3&boxes=7&capacity=4&shot_min=0.1&shot_max=0.5&fail=0.08&policy={policy}{extra}"
                    ));
                    run.seed = Some(seed);
                    let events = all_events(&run);
                    let length = events.len() as u64;
                    for at_event in 1..=length {
                        let moment = Moment {
                            run: run.clone(),
                            at_event,
                        };
                        for spec in [
                            QuestionSpec::NextTurn,
                            QuestionSpec::BreakWaste { station: None },
                            QuestionSpec::AfterFailure,
                            QuestionSpec::RefillWhen { station: None },
                        ] {
                            // A break lands once the loop's turn is over:
                            // asked amid a turn, or while a station blocks
                            // the thread, the lot changes before it does
                            // (the built-in lesson asks between turns).
                            let amid_turn = events
                                .get(at_event as usize)
                                .is_some_and(|next| next.at == events[at_event as usize - 1].at);
                            if (amid_turn || !extra.is_empty())
                                && matches!(spec, QuestionSpec::BreakWaste { .. })
                            {
                                continue;
                            }
                            let Ok(question) = pose(spec, &moment) else {
                                continue;
                            };
                            let Grounds::OnScreen(hooks) = spec.grounds() else {
                                panic!("{spec:?}")
                            };
                            let screen = Screen::at(&moment);
                            assert_eq!(
                                right(&question),
                                from_screen(&question, moment.run.config.policy, &screen),
                                "{spec:?} at {at_event} of {policy}{extra}, seed {seed}"
                            );
                            assert!(screen
                                .read
                                .into_inner()
                                .iter()
                                .all(|hook| hooks.contains(hook)));
                            posed += 1;
                        }
                    }
                }
            }
        }
        assert!(posed > 500, "posed {posed}");
    }

    #[test]
    fn no_builtin_lesson_asks_a_question_of_luck_and_every_kind_says_its_grounds() {
        for kind in QuestionSpec::KINDS {
            let spec = QuestionSpec::of_kind(kind).expect("a kind");
            if let Grounds::OnScreen(hooks) = spec.grounds() {
                assert!(!hooks.is_empty(), "{kind}");
            }
        }
        for builtin in BUILTINS {
            let lesson = builtin.lesson().expect("a built-in lesson reads");
            for step in &lesson.steps {
                if let Some(spec) = step.question {
                    assert_ne!(
                        spec.grounds(),
                        Grounds::Chance,
                        "{}: {}",
                        builtin.id,
                        spec.kind()
                    );
                }
            }
        }
    }

    #[test]
    fn a_kind_asked_after_an_event_moves_to_that_event() {
        let events_of = |seed: u64| {
            let (mut run, _) = crate::sim::config::parse_run_query(
                "stations=3&boxes=12&capacity=20&shot_min=0.2&shot_max=0.6&fail=0.02",
            );
            run.seed = Some(seed);
            all_events(&run)
        };
        let failures = |events: &[Event]| -> Vec<usize> {
            events
                .iter()
                .enumerate()
                .filter(|(_, event)| matches!(event.kind, EventKind::StationFailed { .. }))
                .map(|(index, _)| index)
                .collect()
        };
        let (step, other) = (events_of(5), events_of(6));
        let (step_failures, other_failures) = (failures(&step), failures(&other));
        assert!(step_failures.len() >= 2 && other_failures.len() >= 2);
        // Asked after the step's second failure (or later, before the
        // third): after the other run's second.
        for at in [step_failures[1] + 1, step_failures[2]] {
            assert_eq!(
                QuestionSpec::AfterFailure.moment_on(&step, at as u64, &other),
                Some(other_failures[1] as u64 + 1)
            );
        }
        // Before any failure there is nothing to follow.
        assert_eq!(QuestionSpec::AfterFailure.moment_on(&step, 3, &other), None);
        // The other kinds stay at the step's moment, within the run.
        assert_eq!(
            QuestionSpec::NextTurn.moment_on(&step, 40, &other),
            Some(40)
        );
        let past = other.len() as u64 + 1;
        assert_eq!(QuestionSpec::NextTurn.moment_on(&step, past, &other), None);
    }
}
