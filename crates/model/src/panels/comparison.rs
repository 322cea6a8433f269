//! The charts' policy comparison: the run's configuration and seed under
//! each supervisor policy, run to its end.

use crate::sim::{Config, Policy};
use crate::source::RunSource;

/// Runs up to this many doses get the policy comparison (up to four whole
/// runs replayed in the page).
pub const COMPARISON_DOSES_LIMIT: u64 = 100_000;

/// One policy's whole run on this configuration and seed.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyResult {
    /// The policy the row is about.
    pub policy: Policy,
    /// When its last box was reported \[s\].
    pub makespan_s: f64,
    /// Mean share of the makespan the stations had a box open (0 to 1).
    pub busy: f64,
    /// Boxes taken (beyond the depot's under the article's loop).
    pub boxes_opened: u32,
    /// Doses of tasks cancelled at the end: never reported or thrown away.
    pub doses_vanished: u64,
}

/// The policies the comparison has a row for, in menu order.
pub fn compared_policies(config: &Config) -> Vec<Policy> {
    Policy::ALL
        .into_iter()
        .filter(|policy| {
            // A task group's run is bounded to its limit of boxes: a row
            // of another run would mislead.
            config.boxes <= policy.boxes_limit() || config.blocking.is_none()
        })
        .collect()
}

/// Whether a run of `config` is small enough to be compared.
pub fn comparable(config: &Config) -> bool {
    config.total_doses() <= COMPARISON_DOSES_LIMIT
}

/// One row: `policy`'s whole run on `config` with `seed`; `None` if the
/// source cannot run it (or its replay breaks the ledger, never expected).
pub fn compare_one(config: &Config, seed: u64, policy: Policy) -> Option<PolicyResult> {
    // Without a blocking station the completion queue, the task group and
    // the workers end as FIRST_COMPLETED ends, with the same boxes at the
    // same times (the engine's tests check it): one replay serves all four
    // rows, and the timeline's too.
    let replayed = match policy {
        Policy::CompletionQueue | Policy::TaskGroup | Policy::Workers
            if config.blocking.is_none() =>
        {
            Policy::FirstCompleted
        }
        other => other,
    };
    let summary = RunSource::engine(config.clone(), seed, Vec::new())
        .under_policy(replayed)?
        .summary()?;
    Some(PolicyResult {
        policy,
        makespan_s: summary.makespan.as_secs_f64(),
        busy: summary.busy,
        boxes_opened: summary.boxes_opened,
        doses_vanished: summary.doses_vanished,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::run_checked;

    fn small() -> Config {
        Config {
            stations: 3,
            capacity: 10,
            boxes: 12,
            ..Config::default()
        }
    }

    #[test]
    fn every_row_is_its_policys_own_run_to_the_end() {
        let config = small();
        for policy in compared_policies(&config) {
            let row = compare_one(&config, 5, policy).expect("a row");
            let own = run_checked(
                &Config {
                    policy,
                    ..config.clone()
                },
                5,
            )
            .expect("checked");
            assert_eq!(row.policy, policy);
            assert_eq!(row.makespan_s, own.makespan.as_secs_f64(), "{policy:?}");
        }
    }

    #[test]
    fn the_article_loses_doses_and_the_exact_supervisors_none() {
        let config = small();
        let article = compare_one(&config, 5, Policy::Article).expect("a row");
        let first = compare_one(&config, 5, Policy::FirstCompleted).expect("a row");
        assert!(article.doses_vanished > 0);
        assert!(article.boxes_opened > config.boxes);
        assert_eq!(first.doses_vanished, 0);
        assert_eq!(first.boxes_opened, config.boxes);
    }

    #[test]
    fn a_task_group_beyond_its_limit_with_a_blocking_station_gets_no_row() {
        let config = Config {
            boxes: Policy::TaskGroup.boxes_limit() + 1,
            blocking: Some(1),
            ..small()
        };
        assert!(!compared_policies(&config).contains(&Policy::TaskGroup));
        assert!(compared_policies(&small()).contains(&Policy::TaskGroup));
    }

    #[test]
    fn only_runs_up_to_the_limit_are_compared() {
        assert!(comparable(&small()));
        let large = Config {
            boxes: 2000,
            capacity: 100,
            ..small()
        };
        assert!(!comparable(&large));
    }
}
