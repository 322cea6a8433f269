//! The numbers: doses, boxes, clock, throughput, per-station shares.
//!
//! Reads the run view; owns no state, timer or task.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::store::RunView;
use crate::sim::stats::StationStats;
use crate::sim::{LotState, Policy, RunStats};

/// Up to this many stations get a row each in the table.
const STATION_ROWS_LIMIT: usize = 12;

#[derive(Properties, PartialEq)]
pub struct StatsProps {
    pub view: Rc<RunView>,
}

#[component]
pub fn StatsPanel(props: &StatsProps) -> Html {
    let view = &props.view;
    let stats = RunStats::of(&view.lot);
    html! {
        <section class="stats" aria-label="Statistics" data-testid="stats" tabindex="0">
            { counters(view, &stats) }
            if stats.stations.len() <= STATION_ROWS_LIMIT {
                { station_table(&stats.stations) }
            } else {
                { station_summary(&stats.stations) }
            }
            if let Some(error) = &view.ledger_error {
                <p class="ledger-error" role="alert" data-testid="ledger-error">{ format!("Invariant broken: {error}") }</p>
            }
        </section>
    }
}

fn counters(view: &RunView, stats: &RunStats) -> Html {
    let lot = &view.lot;
    html! {
        <dl class="counters">
            <div><dt>{"Clock"}</dt><dd><span data-testid="clock">{ view.clock.to_string() }</span>{" s"}</dd></div>
            <div><dt>{"Doses given"}</dt><dd data-testid="doses-given">{ lot.doses_given }</dd></div>
            <div><dt>{"Doses wasted"}</dt><dd data-testid="doses-wasted">{ lot.doses_wasted }</dd></div>
            <div><dt>{"Boxes done"}</dt><dd data-testid="boxes-done">{ lot.boxes_done }</dd></div>
            <div><dt>{"Boxes failed"}</dt><dd data-testid="boxes-failed">{ lot.boxes_failed }</dd></div>
            <div><dt>{"Boxes in depot"}</dt><dd data-testid="boxes-in-depot">{ lot.boxes_in_depot }</dd></div>
            <div><dt>{"Doses per minute"}</dt><dd data-testid="throughput">{ format!("{:.1}", stats.doses_per_minute) }</dd></div>
            <div><dt>{"Makespan"}</dt><dd data-testid="makespan">{ makespan(view) }</dd></div>
            <div><dt>{"Expected makespan"}</dt><dd data-testid="expected-makespan">{ format!("{:.1} s", view.expected_makespan_s) }</dd></div>
            if view.config.policy == Policy::Article {
                { article_counters(lot) }
            }
        </dl>
    }
}

/// What the article's loop does that the exact one does not: boxes taken
/// beyond the depot, and the doses of the tasks cancelled at its exit.
fn article_counters(lot: &LotState) -> Html {
    html! {
        <>
            <div class="article-counter"><dt>{"Boxes opened"}</dt><dd data-testid="boxes-opened">{ lot.boxes_opened }</dd></div>
            <div class="article-counter"><dt>{"Doses never reported"}</dt><dd data-testid="doses-unreported">{ lot.doses_unreported }</dd></div>
            <div class="article-counter"><dt>{"Doses thrown away"}</dt><dd data-testid="doses-discarded">{ lot.doses_discarded }</dd></div>
        </>
    }
}

/// The makespan once finished; until then, whether the run has begun.
fn makespan(view: &RunView) -> String {
    if view.lot.finished {
        format!("{:.2} s", view.lot.now.as_secs_f64())
    } else if view.events_applied == 0 {
        "—".into()
    } else {
        "not finished".into()
    }
}

/// A row per station, for runs with few.
fn station_table(stations: &[StationStats]) -> Html {
    let rows = stations.iter().map(|s| {
        html! {
            <tr>
                <th scope="row">{ s.station }</th>
                <td>{ s.boxes_done }</td>
                <td>{ s.failures }</td>
                <td>{ s.doses_given }</td>
                <td>{ format!("{:.1} %", s.utilisation * 100.0) }</td>
            </tr>
        }
    });
    html! {
        <table class="per-station">
            <caption>{"Per station"}</caption>
            <thead><tr><th scope="col">{"Station"}</th><th scope="col">{"Boxes"}</th>
                <th scope="col">{"Failures"}</th><th scope="col">{"Doses"}</th><th scope="col">{"Box open"}</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The spread of boxes and the mean time with a box open, for runs with
/// many stations.
fn station_summary(stations: &[StationStats]) -> Html {
    let boxes = stations.iter().map(|s| s.boxes_done);
    let mean_busy = stations.iter().map(|s| s.utilisation).sum::<f64>() / stations.len() as f64;
    html! {
        <p class="per-station-summary">
            { format!(
                "Boxes per station: {} to {}; mean time with a box open {:.1} %.",
                boxes.clone().min().unwrap_or(0),
                boxes.max().unwrap_or(0),
                mean_busy * 100.0
            ) }
        </p>
    }
}
