//! The lessons that ship with the app, as JSON files in `lessons/`: the
//! same format a teacher writes, checked by the same reader and by the
//! JSON Schema beside them.

use super::format::{parse_lesson, Lesson, LessonErrors};

/// A lesson that ships with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Builtin {
    /// Its name in `?lesson=ID`.
    pub id: &'static str,
    /// The lesson file, in the format `lesson::format` reads.
    pub json: &'static str,
}

/// Every built-in lesson, in the order the menu lists them.
pub const BUILTINS: [Builtin; 8] = [
    Builtin {
        id: "one-thread",
        json: include_str!("../../../../lessons/one-thread.json"),
    },
    Builtin {
        id: "failure",
        json: include_str!("../../../../lessons/failure.json"),
    },
    Builtin {
        id: "blocking",
        json: include_str!("../../../../lessons/blocking.json"),
    },
    Builtin {
        id: "policies",
        json: include_str!("../../../../lessons/policies.json"),
    },
    Builtin {
        id: "article",
        json: include_str!("../../../../lessons/article.json"),
    },
    Builtin {
        id: "own-supervisor",
        json: include_str!("../../../../lessons/own-supervisor.json"),
    },
    Builtin {
        id: "exercises",
        json: include_str!("../../../../lessons/exercises.json"),
    },
    Builtin {
        id: "event-loop",
        json: include_str!("../../../../lessons/event-loop.json"),
    },
];

/// Their ids, in the same order: the page's settings own the list
/// (`?lesson=` is read by the page without lessons too).
pub use crate::settings::{known_lesson_id as known_id, BUILTIN_LESSON_IDS as IDS};

/// The built-in lesson `id`, if there is one.
pub fn find(id: &str) -> Option<Builtin> {
    BUILTINS.into_iter().find(|builtin| builtin.id == id)
}

impl Builtin {
    /// The lesson, read as any lesson is.
    pub fn lesson(self) -> Result<Lesson, LessonErrors> {
        parse_lesson(self.json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_name_the_builtins_in_order() {
        let ids: Vec<&str> = BUILTINS.iter().map(|builtin| builtin.id).collect();
        assert_eq!(ids, IDS);
    }

    #[test]
    fn the_exercises_set_a_goal_at_every_step_and_the_makespan_can_be_met() {
        use crate::lesson::goal::{makespan_below, Goal, Met};
        use crate::lesson::moment::resolve_all;
        use crate::sim::{Config, LocalRun, LotState, Policy};

        let lesson = find("exercises")
            .expect("built in")
            .lesson()
            .expect("it reads");
        let moments = resolve_all(&lesson, 0).expect("its moments resolve");
        let kinds: Vec<&str> = lesson
            .steps
            .iter()
            .map(|step| step.goal.expect("a goal").kind())
            .collect();
        assert_eq!(kinds, Goal::KINDS);
        let finished = |config: &Config, seed: u64| {
            let mut lot = LotState::new(config);
            LocalRun::new(config.clone(), seed)
                .run_to_end(|event| lot.apply(event).expect("the ledger holds"));
            lot
        };
        for (step, moment) in lesson.steps.iter().zip(&moments) {
            let goal = step.goal.expect("a goal");
            assert_eq!(goal.needs_python(), step.python.is_some());
            assert!(step.question.is_none(), "an exercise asks no prediction");
            let Goal::MakespanBelow { seconds } = goal else {
                continue;
            };
            // The step's own run misses the goal; FIRST_COMPLETED on the
            // same stations and draws meets it.
            let (config, seed) = (&moment.run.config, moment.seed());
            let own = makespan_below(seconds, config, &finished(config, seed));
            assert_eq!(own.met, Met::No, "{}", own.why);
            let first = Config {
                policy: Policy::FirstCompleted,
                ..config.clone()
            };
            let better = makespan_below(seconds, config, &finished(&first, seed));
            assert_eq!(better.met, Met::Yes, "{}", better.why);
        }
    }

    #[test]
    fn known_ids_are_the_builtins() {
        for builtin in BUILTINS {
            assert_eq!(known_id(builtin.id), Some(builtin.id));
        }
        assert_eq!(known_id("one-thread "), None);
        assert_eq!(known_id("nope"), None);
    }
}
