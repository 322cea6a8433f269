//! The numbers: doses, boxes, clock, throughput, per-station shares.

use yew::prelude::*;

use crate::app::store::RunView;
use crate::sim::RunStats;
use std::rc::Rc;

/// Up to this many stations get a row each in the table.
const STATION_ROWS_LIMIT: usize = 12;

#[derive(Properties, PartialEq)]
pub struct StatsProps {
    pub view: Rc<RunView>,
}

#[component]
pub fn StatsPanel(props: &StatsProps) -> Html {
    let view = &props.view;
    let lot = &view.lot;
    let stats = RunStats::of(lot);
    let actual = if lot.finished {
        format!("{:.2} s", lot.now.as_secs_f64())
    } else if view.events_applied == 0 {
        "—".into()
    } else {
        "not finished".into()
    };
    let station_rows = if stats.stations.len() <= STATION_ROWS_LIMIT {
        let rows = stats.stations.iter().map(|s| {
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
                    <th scope="col">{"Failures"}</th><th scope="col">{"Doses"}</th><th scope="col">{"Busy"}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        }
    } else {
        let boxes: Vec<u32> = stats.stations.iter().map(|s| s.boxes_done).collect();
        let mean_busy =
            stats.stations.iter().map(|s| s.utilisation).sum::<f64>() / stats.stations.len() as f64;
        html! {
            <p class="per-station-summary">
                { format!(
                    "Boxes per station: {} to {}; mean busy time {:.1} %.",
                    boxes.iter().min().copied().unwrap_or(0),
                    boxes.iter().max().copied().unwrap_or(0),
                    mean_busy * 100.0
                ) }
            </p>
        }
    };
    html! {
        <section class="stats" aria-label="Statistics">
            <dl class="counters">
                <div><dt>{"Clock"}</dt><dd><span data-testid="clock">{ view.clock.to_string() }</span>{" s"}</dd></div>
                <div><dt>{"Doses given"}</dt><dd data-testid="doses-given">{ lot.doses_given }</dd></div>
                <div><dt>{"Doses wasted"}</dt><dd data-testid="doses-wasted">{ lot.doses_wasted }</dd></div>
                <div><dt>{"Boxes done"}</dt><dd data-testid="boxes-done">{ lot.boxes_done }</dd></div>
                <div><dt>{"Boxes failed"}</dt><dd data-testid="boxes-failed">{ lot.boxes_failed }</dd></div>
                <div><dt>{"Boxes in depot"}</dt><dd data-testid="boxes-in-depot">{ lot.boxes_in_depot }</dd></div>
                <div><dt>{"Doses per minute"}</dt><dd data-testid="throughput">{ format!("{:.1}", stats.doses_per_minute) }</dd></div>
                <div><dt>{"Makespan"}</dt><dd data-testid="makespan">{ actual }</dd></div>
                <div><dt>{"Expected makespan"}</dt><dd data-testid="expected-makespan">{ format!("{:.1} s", view.expected_makespan_s) }</dd></div>
            </dl>
            { station_rows }
            if let Some(error) = &view.ledger_error {
                <p class="ledger-error" role="alert" data-testid="ledger-error">{ format!("Invariant broken: {error}") }</p>
            }
        </section>
    }
}
