//! The moment a step pins: its run (parameters, seed, breaks) and how many
//! of the run's events have happened.
//!
//! ```text
//!   step.params ─► parse_page_query (the URL's own rules) ─► RunParams + seed
//!   step.at_event ─► replayed on a LocalRun: must lie within the run
//! ```
//!
//! Owns reading a step's run and checking its moment; the page reaches the
//! moment with the same replay as a `step=N` link.

use crate::settings::{parse_page_query, PAGE_PARAMS};
use crate::sim::config::{RunParams, RUN_PARAMS};
use crate::sim::param_table::{find, query_pairs, shorten};
use crate::sim::Event;
use crate::source::RunSource;

use super::format::{Lesson, LessonErrors, Step};
use super::text::{Arg, Text};

/// Latest moment a step may pin \[events\]: reaching it replays the run that
/// far, in the page, each time the step opens.
pub const AT_EVENT_LIMIT: u64 = 200_000;

/// A step's run and moment, resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// The run, with its seed always set.
    pub run: RunParams,
    /// The moment: how many of the run's events have happened.
    pub at_event: u64,
}

impl Moment {
    /// The run's seed (always set once resolved).
    pub fn seed(&self) -> u64 {
        self.run.seed.unwrap_or_default()
    }
}

/// Resolves `step`, at `path` in its lesson. A step whose params name no
/// seed runs with `fallback_seed` (the lesson's own, so all its steps
/// agree).
pub fn resolve(step: &Step, path: &str, fallback_seed: u64) -> Result<Moment, LessonErrors> {
    let mut errors = LessonErrors::default();
    let (params, rejected) = parse_page_query(&step.params);
    // The URL's own reasons, as the page's parameter errors word them.
    for error in rejected {
        errors.push(
            format!("{path}.params"),
            Text::new("lesson-error-param").with("problem", Arg::Param(error)),
        );
    }
    for name in unknown_names(&step.params) {
        errors.push(
            format!("{path}.params"),
            Text::new("lesson-error-unknown-param").with("name", Arg::untrusted(&name)),
        );
    }
    for name in page_names(&step.params) {
        errors.push(
            format!("{path}.params"),
            Text::new("lesson-error-page-param").with("name", Arg::verbatim(name)),
        );
    }
    if step.at_event > AT_EVENT_LIMIT {
        errors.push(
            format!("{path}.at_event"),
            Text::new("lesson-error-past-limit")
                // As written, every digit: a number this large is past
                // what a figure's f64 holds exactly.
                .with("at", Arg::verbatim(step.at_event.to_string()))
                .with("limit", Arg::figure(AT_EVENT_LIMIT)),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut run = params.run;
    run.seed = Some(run.seed.unwrap_or(fallback_seed));
    let length = events_up_to(&run, step.at_event).len() as u64;
    if length < step.at_event {
        errors.push(
            format!("{path}.at_event"),
            Text::new("lesson-error-past-end")
                .with("at", Arg::figure(step.at_event))
                .with("events", Arg::figure(length)),
        );
    }
    errors.or_ok(Moment {
        run,
        at_event: step.at_event,
    })
}

/// Names in `params` that neither table knows: a link ignores them, but
/// in a lesson they are most likely a teacher's typo.
fn unknown_names(params: &str) -> Vec<String> {
    query_pairs(params)
        .map(|(name, _)| name)
        .filter(|name| find(RUN_PARAMS, name).is_none() && find(PAGE_PARAMS, name).is_none())
        .map(|name| shorten(&name))
        .collect()
}

/// Names in `params` of the page's settings (speed, lang, ...): a step
/// opens its moment in the page as it is, so it would ignore them.
fn page_names(params: &str) -> Vec<&'static str> {
    query_pairs(params)
        .filter_map(|(name, _)| find(PAGE_PARAMS, &name).map(|param| param.name))
        .collect()
}

/// Resolves every step of `lesson`, naming every problem.
pub fn resolve_all(lesson: &Lesson, fallback_seed: u64) -> Result<Vec<Moment>, LessonErrors> {
    let mut errors = LessonErrors::default();
    let mut moments = Vec::with_capacity(lesson.steps.len());
    for (index, step) in lesson.steps.iter().enumerate() {
        match resolve(step, &format!("steps[{index}]"), fallback_seed) {
            Ok(moment) => moments.push(moment),
            Err(found) => errors.0.extend(found.0),
        }
    }
    errors.or_ok(moments)
}

/// The first `limit` events of `run` (fewer if it ends sooner), from its
/// source.
pub fn events_up_to(run: &RunParams, limit: u64) -> Vec<Event> {
    let mut events = Vec::new();
    RunSource::of(run).replay(limit, |event| events.push(*event));
    events
}

/// Every event of `run`.
pub fn all_events(run: &RunParams) -> Vec<Event> {
    events_up_to(run, u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(params: &str, at_event: u64) -> Step {
        Step {
            text: "t".into(),
            params: params.into(),
            at_event,
            focus: None,
            question: None,
            asks: Default::default(),
            python: None,
            goal: None,
        }
    }

    #[test]
    fn a_step_without_a_seed_takes_the_lessons() {
        let moment = resolve(&step("stations=2", 5), "steps[0]", 99).expect("resolved");
        assert_eq!(moment.seed(), 99);
        assert_eq!(moment.run.config.stations, 2);
        let seeded = resolve(&step("seed=7", 0), "steps[0]", 99).expect("resolved");
        assert_eq!(seeded.seed(), 7);
    }

    #[test]
    fn the_moment_must_lie_within_the_run() {
        // 1 box of 2 doses: opened, depot empty, 2 shots, the supervisor's
        // wake, done, finished.
        let run = "stations=1&boxes=1&capacity=2&seed=1";
        assert!(resolve(&step(run, 7), "s", 0).is_ok());
        let past = resolve(&step(run, 8), "steps[3]", 0).unwrap_err();
        assert_eq!(
            past.0[0].to_string(),
            "steps[3].at_event: 8 is past the end of this run, which has 7 events"
        );
        // Every digit of a number past what an f64 holds exactly.
        let huge = resolve(&step(run, u64::MAX), "s", 0).unwrap_err();
        assert!(huge.0[0]
            .to_string()
            .contains("18446744073709551615 is past"));
        assert!(resolve(&step(run, AT_EVENT_LIMIT + 1), "s", 0)
            .unwrap_err()
            .0[0]
            .problem
            .to_string()
            .contains("at most 200000"));
    }

    #[test]
    fn a_page_setting_in_a_step_is_named() {
        let found = resolve(&step("stations=2&speed=5&lang=de", 0), "steps[0]", 0).unwrap_err();
        let said: Vec<String> = found.0.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].starts_with("steps[0].params: speed is a setting of the page"));
        assert!(said[1].starts_with("steps[0].params: lang is a setting of the page"));
    }

    #[test]
    fn params_follow_the_urls_rules() {
        let found = resolve(&step("stations=0&bogus=1", 0), "steps[1]", 0).unwrap_err();
        assert_eq!(found.0.len(), 2);
        assert!(found.0[0]
            .to_string()
            .starts_with("steps[1].params: stations=\u{2068}0\u{2069} is not accepted"));
        assert_eq!(
            found.0[1].to_string(),
            "steps[1].params: \u{2068}bogus\u{2069} is not a parameter of the page"
        );
    }

    #[test]
    fn a_refused_param_is_worded_in_the_pages_language() {
        use crate::i18n::{Locale, Messages};
        use crate::param_text::param_error;

        let spanish = Messages::translated(
            Locale::Spanish,
            &[
                include_str!("../../../../locales/es/shared.ftl"),
                include_str!("../../../../locales/es/params.ftl"),
                include_str!("../../../../locales/es/lessons.ftl"),
            ]
            .join("\n"),
        )
        .expect("parses");
        let found = resolve(&step("stations=0", 0), "steps[1]", 0).unwrap_err();
        let (_, rejected) = crate::settings::parse_page_query("stations=0");
        let reason = param_error(&spanish, &rejected[0]);
        assert_ne!(reason, param_error(&Messages::english(), &rejected[0]));
        assert_eq!(
            found.shown_in(&spanish),
            vec![format!("steps[1].params: {reason}")]
        );
    }
}
