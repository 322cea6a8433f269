//! The numbers: doses, boxes, clock, throughput, per-station shares.
//!
//! Reads the run view; owns no state, timer or task. A component of its
//! own, so that its figures are worked out only while it is on the page
//! and only when the view changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::figures::{count, decimal, fixed, whole};
use crate::app::language::use_i18n;
use crate::app::store::RunView;
use crate::i18n::Messages;
use crate::sim::stats::StationStats;
use crate::sim::{LotState, Policy, RunStats};
use crate::tr;

/// Up to this many stations get a row each in the table.
const STATION_ROWS_LIMIT: usize = 12;

/// The statistics panel's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct StatsProps {
    /// The run's view, a fresh snapshot at every render of the page.
    pub view: Rc<RunView>,
}

/// The run's figures: counters, and a row per station (or a summary).
#[component]
pub fn StatsPanel(props: &StatsProps) -> Html {
    let messages = use_i18n();
    let i18n: &Messages = &messages;
    let view: &RunView = &props.view;
    let stats = RunStats::of(&view.lot);
    html! {
        <section class="stats" aria-label={tr!(i18n, "stats")} data-testid="stats" tabindex="0">
            { counters(i18n, view, &stats) }
            if stats.stations.len() <= STATION_ROWS_LIMIT {
                { station_table(i18n, &stats.stations) }
            } else {
                { station_summary(i18n, &stats.stations) }
            }
            if let Some(error) = &view.ledger_error {
                // The engine's own description: a program's diagnostic.
                <p class="ledger-error" role="alert" data-testid="ledger-error">
                    { tr!(i18n, "stats-invariant-broken") }<span translate="no">{ error.clone() }</span>
                </p>
            }
        </section>
    }
}

/// The counters. The clock and the whole counts are test hooks and keep
/// plain digits in every language; the rates and times are read, and
/// written the locale's way.
fn counters(messages: &Messages, view: &RunView, stats: &RunStats) -> Html {
    let lot = &view.lot;
    let term = |id: &str| html! { <dt>{ messages.text(id) }</dt> };
    let expected = tr!(
        messages,
        "stats-seconds",
        seconds = fixed(view.expected_makespan_s(), 1)
    );
    html! {
        <dl class="counters">
            <div>{ term("stats-clock") }<dd><span data-testid="clock">{ view.clock.to_string() }</span>
                {" "}{ tr!(messages, "stats-seconds-unit") }</dd></div>
            <div>{ term("stats-doses-given") }<dd data-testid="doses-given">{ lot.doses_given }</dd></div>
            <div>{ term("stats-doses-wasted") }<dd data-testid="doses-wasted">{ lot.doses_wasted }</dd></div>
            <div>{ term("stats-boxes-done") }<dd data-testid="boxes-done">{ lot.boxes_done }</dd></div>
            <div>{ term("stats-boxes-failed") }<dd data-testid="boxes-failed">{ lot.boxes_failed }</dd></div>
            <div>{ term("stats-boxes-in-depot") }<dd data-testid="boxes-in-depot">{ lot.boxes_in_depot }</dd></div>
            <div>{ term("stats-doses-per-minute") }<dd data-testid="throughput">
                { decimal(messages, stats.doses_per_minute, 1) }</dd></div>
            <div>{ term("stats-makespan") }<dd data-testid="makespan">{ makespan(messages, view) }</dd></div>
            <div>{ term("stats-expected-makespan") }<dd data-testid="expected-makespan">{ expected }</dd></div>
            if view.config.policy == Policy::Article {
                { article_counters(messages, lot) }
            }
        </dl>
    }
}

/// What the article's loop does that the exact one does not: boxes taken
/// beyond the depot, and the doses of the tasks cancelled at its exit.
fn article_counters(messages: &Messages, lot: &LotState) -> Html {
    let term = |id: &str| html! { <dt>{ messages.text(id) }</dt> };
    html! {
        <>
            <div class="article-counter">{ term("stats-boxes-opened") }<dd data-testid="boxes-opened">{ lot.boxes_opened }</dd></div>
            <div class="article-counter">{ term("stats-doses-unreported") }<dd data-testid="doses-unreported">{ lot.doses_unreported }</dd></div>
            <div class="article-counter">{ term("stats-doses-discarded") }<dd data-testid="doses-discarded">{ lot.doses_discarded }</dd></div>
        </>
    }
}

/// The makespan once finished; until then, whether the run has begun.
fn makespan(messages: &Messages, view: &RunView) -> String {
    if view.lot.finished {
        tr!(
            messages,
            "stats-seconds",
            seconds = fixed(view.lot.now.as_secs_f64(), 2)
        )
    } else if view.events_shown == 0 {
        "—".into()
    } else {
        tr!(messages, "stats-not-finished")
    }
}

/// A row per station, for runs with few.
fn station_table(messages: &Messages, stations: &[StationStats]) -> Html {
    let whole = |value: f64| whole(messages, value);
    let rows = stations.iter().map(|s| {
        html! {
            <tr>
                <th scope="row">{ whole(s.station.into()) }</th>
                <td>{ whole(s.boxes_done.into()) }</td>
                <td>{ whole(s.failures.into()) }</td>
                <td>{ whole(s.doses_given as f64) }</td>
                <td>{ tr!(messages, "stats-percent", percent = fixed(s.utilisation * 100.0, 1)) }</td>
            </tr>
        }
    });
    let heading = |id: &str| html! { <th scope="col">{ messages.text(id) }</th> };
    html! {
        <table class="per-station">
            <caption>{ tr!(messages, "stats-per-station") }</caption>
            <thead><tr>{ heading("stats-station") }{ heading("stats-boxes") }{ heading("stats-failures") }
                { heading("stats-doses") }{ heading("stats-box-open") }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The spread of boxes and the mean time with a box open, for runs with
/// many stations.
fn station_summary(messages: &Messages, stations: &[StationStats]) -> Html {
    let boxes = stations.iter().map(|s| s.boxes_done);
    let mean_busy = stations.iter().map(|s| s.utilisation).sum::<f64>() / stations.len() as f64;
    html! {
        <p class="per-station-summary">
            { tr!(
                messages,
                "stats-summary",
                least = count(boxes.clone().min().unwrap_or(0)),
                most = count(boxes.max().unwrap_or(0)),
                percent = fixed(mean_busy * 100.0, 1)
            ) }
        </p>
    }
}
