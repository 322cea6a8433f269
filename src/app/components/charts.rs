//! Charts: doses given over time against the model's expectation, a Gantt
//! chart of every box at every station (failures marked), and each
//! station's utilisation.
//!
//! Reads the run view. The policy comparison is computed once per
//! configuration and seed, a row per task after the panel mounts (its own
//! timeouts, dropped when the run changes). Its words, the SVG's text
//! included, are the `charts-…` messages of `panels.ftl`; the numbers on
//! the axes are written the locale's way.

use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::store::{GanttBar, RunView, ViewRef, GANTT_BARS_LIMIT, GANTT_STATIONS_LIMIT};
use crate::i18n::Messages;
use crate::model::labels::policy_label;
use crate::model::panels::axis::{tick_label, ticks};
use crate::model::panels::comparison::{
    comparable, compare_one, compared_policies, PolicyResult, COMPARISON_DOSES_LIMIT,
};
use crate::sim::{Config, Policy, RunStats};
use crate::tr;

use super::panel_text::{count, fixed, whole};

/// The comparison's rows so far: `None` for runs too large to replay;
/// otherwise filled one row per task after the panel mounts, so no single
/// task of the page replays more than one whole run.
#[hook]
fn use_comparison(config: &Config, seed: u64) -> Option<Vec<PolicyResult>> {
    let rows = use_state(Vec::<PolicyResult>::new);
    let too_large = !comparable(config);
    {
        let rows = rows.clone();
        use_effect_with((config.clone(), seed), move |(config, seed)| {
            rows.set(Vec::new());
            let found = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            let timeouts: Vec<gloo_timers::callback::Timeout> = if too_large {
                Vec::new()
            } else {
                compared_policies(config)
                    .into_iter()
                    .enumerate()
                    .map(|(turn, policy)| {
                        let (config, seed) = (config.clone(), *seed);
                        let (rows, found) = (rows.clone(), found.clone());
                        // One task per row, in order.
                        gloo_timers::callback::Timeout::new(turn as u32, move || {
                            if let Some(row) = compare_one(&config, seed, policy) {
                                found.borrow_mut().push(row);
                                rows.set(found.borrow().clone());
                            }
                        })
                    })
                    .collect()
            };
            move || drop(timeouts)
        });
    }
    (!too_large).then(|| (*rows).clone())
}

/// The table of `results`, the rows of `expected` policies as they come.
fn comparison_table(
    messages: &Messages,
    results: &Option<Vec<PolicyResult>>,
    expected: usize,
    current: Policy,
) -> Html {
    let Some(results) = results else {
        let limit = count(COMPARISON_DOSES_LIMIT as f64);
        return html! {
            <figure class="chart"><figcaption>
                { tr!(messages, "charts-comparison-too-large", limit = limit) }
            </figcaption></figure>
        };
    };
    let rows = results
        .iter()
        .map(|result| comparison_row(messages, result, current));
    let heading = |id: &str| html! { <th scope="col">{ messages.text(id) }</th> };
    html! {
        <figure class="chart">
            <figcaption id="comparison-caption">{ tr!(messages, "charts-comparison-caption") }</figcaption>
            // Scrolls sideways on its own when a language's headings make
            // it wider than its box (focusable, so keys can scroll it).
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="comparison-caption">
            <table class="comparison" data-testid="policy-comparison"
                   aria-busy={(results.len() < expected).to_string()}>
                <thead><tr>
                    { heading("charts-comparison-policy") }{ heading("charts-comparison-makespan") }
                    { heading("charts-comparison-busy") }{ heading("charts-comparison-boxes-opened") }
                    { heading("charts-comparison-doses-vanished") }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </figure>
    }
}

/// One policy's row, marked if it is the policy on screen.
fn comparison_row(messages: &Messages, result: &PolicyResult, current: Policy) -> Html {
    html! {
        <tr class={classes!((result.policy == current).then_some("current"))}>
            <th scope="row">{ policy_label(messages, result.policy) }</th>
            <td>{ tr!(messages, "charts-seconds", seconds = fixed(result.makespan_s, 2)) }</td>
            <td>{ percent(messages, result.busy) }</td>
            <td>{ whole(messages, result.boxes_opened) }</td>
            <td>{ whole(messages, result.doses_vanished as f64) }</td>
        </tr>
    }
}

/// A share (0 to 1) as a percentage with one decimal.
fn percent(messages: &Messages, share: f64) -> String {
    tr!(
        messages,
        "charts-percent",
        percent = fixed(share * 100.0, 1)
    )
}

const WIDTH: f64 = 640.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;

/// The x axis of both time charts: simulated seconds.
fn time_axis(messages: &Messages, x_max: f64, plot_width: f64, bottom: f64) -> Html {
    let marks = ticks(x_max, 6.0).into_iter().map(|value| {
        let x = LEFT + value / x_max * plot_width;
        html! {
            <g class="tick">
                <line x1={x.to_string()} x2={x.to_string()} y1={TOP.to_string()} y2={bottom.to_string()} />
                <text x={x.to_string()} y={(bottom + 18.0).to_string()} text-anchor="middle">{ tick_label(messages, value) }</text>
            </g>
        }
    });
    html! {
        <g class="axis">
            { for marks }
            <text class="axis-label" x={(LEFT + plot_width / 2.0).to_string()} y={(bottom + 38.0).to_string()}
                  text-anchor="middle">{ tr!(messages, "charts-time-axis") }</text>
        </g>
    }
}

/// The charts panel's input: the run's view.
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// Refreshed a few times a second while running (see the root).
    pub view: ViewRef,
}

/// The charts panel: doses over time, the Gantt chart, each station's
/// utilisation and the policy comparison.
#[component]
pub fn ChartsPanel(props: &ChartsProps) -> Html {
    let messages = use_i18n();
    let view = &props.view;
    let now = view.clock.as_secs_f64();
    let x_max = (view.expected_makespan_s().max(now) * 1.05).max(1e-3);
    let comparison = use_comparison(&view.config, view.seed);
    html! {
        <details class="panel charts" open=true data-testid="panel-charts">
            <summary><h2>{ tr!(messages, "charts-title") }</h2></summary>
            <div class="chart-grid">
                { doses_chart(&messages, view, now, x_max) }
                { gantt_chart(&messages, view, now, x_max) }
                { utilisation_chart(&messages, view) }
                { comparison_table(&messages, &comparison, compared_policies(&view.config).len(), view.config.policy) }
            </div>
        </details>
    }
}

fn doses_chart(messages: &Messages, view: &RunView, now: f64, x_max: f64) -> Html {
    let height = 260.0;
    let bottom = height - 48.0;
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = bottom - TOP;
    // The article's loop opens boxes beyond the depot: the axis grows to
    // hold their doses.
    let total = view.lot.total_doses().max(view.lot.doses_opened()).max(1) as f64;
    let x = |seconds: f64| LEFT + seconds / x_max * plot_width;
    let y = |doses: f64| bottom - doses / total * plot_height;
    let mut points: Vec<String> = view
        .doses_curve
        .iter()
        .map(|(seconds, doses)| format!("{:.1},{:.1}", x(*seconds), y(*doses as f64)))
        .collect();
    points.push(format!(
        "{:.1},{:.1}",
        x(now),
        y(view.lot.doses_given as f64)
    ));
    let y_ticks = ticks(total, 4.0).into_iter().map(|value| {
        html! {
            <g class="tick">
                <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={y(value).to_string()} y2={y(value).to_string()} />
                <text x={(LEFT - 8.0).to_string()} y={(y(value) + 5.0).to_string()} text-anchor="end">{ tick_label(messages, value) }</text>
            </g>
        }
    });
    let expected_end = view.expected_makespan_s();
    let expected_given = crate::sim::expected_doses_given(&view.config);
    let label = tr!(
        messages,
        "charts-doses.aria-label",
        given = count(view.lot.doses_given as f64),
        total = count(view.lot.total_doses() as f64),
        seconds = fixed(now, 2),
        expected = fixed(expected_end, 1)
    );
    html! {
        <figure class="chart">
            <figcaption>{ tr!(messages, "charts-doses-caption") }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" data-testid="chart-doses"
                 aria-label={label}>
                <g class="axis">{ for y_ticks }</g>
                { time_axis(messages, x_max, plot_width, bottom) }
                <line class="expected" x1={x(0.0).to_string()} y1={y(0.0).to_string()}
                      x2={x(expected_end).to_string()} y2={y(expected_given).to_string()} />
                <polyline class="curve" points={points.join(" ")} />
            </svg>
        </figure>
    }
}

fn gantt_chart(messages: &Messages, view: &RunView, now: f64, x_max: f64) -> Html {
    let stations = view.lot.stations.len();
    if stations > GANTT_STATIONS_LIMIT {
        let limit = count(GANTT_STATIONS_LIMIT as f64);
        return html! {
            <figure class="chart"><figcaption>
                { tr!(messages, "charts-gantt-too-many", limit = limit) }
            </figcaption></figure>
        };
    }
    let row = 22.0;
    let bottom = TOP + stations as f64 * row;
    let height = bottom + 48.0;
    let plot_width = WIDTH - LEFT - RIGHT;
    let x = |seconds: f64| LEFT + seconds / x_max * plot_width;
    let bars = view.gantt.iter().map(|bar| {
        let start = bar.start.as_secs_f64();
        let end = bar.end.map_or(now, |end| end.as_secs_f64());
        let top = TOP + f64::from(bar.station - 1) * row + 3.0;
        let width = (x(end) - x(start)).max(0.8);
        html! {
            <rect class={classes!("gantt-bar", bar.failed.then_some("failed"), bar.end.is_none().then_some("open"))}
                  x={x(start).to_string()} y={top.to_string()} width={width.to_string()} height={(row - 6.0).to_string()}>
                <title>{ gantt_bar_title(messages, bar, start, end) }</title>
            </rect>
        }
    });
    let labels = (1..=stations).map(|station| {
        let y = TOP + (station as f64 - 0.5) * row + 5.0;
        let name = station_name(messages, station as f64);
        html! { <text class="row-label" x={(LEFT - 8.0).to_string()} y={y.to_string()} text-anchor="end">{ name }</text> }
    });
    let truncated = view.gantt.len() >= GANTT_BARS_LIMIT;
    let label = tr!(
        messages,
        "charts-gantt.aria-label",
        boxes = count(view.gantt.len() as f64),
        stations = count(stations as f64)
    );
    html! {
        <figure class="chart">
            <figcaption>
                { tr!(messages, "charts-gantt-caption") }
                if truncated {
                    { tr!(messages, "charts-gantt-truncated", limit = count(GANTT_BARS_LIMIT as f64)) }
                }
            </figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" data-testid="chart-gantt"
                 aria-label={label}>
                { time_axis(messages, x_max, plot_width, bottom) }
                { for labels }
                { for bars }
            </svg>
        </figure>
    }
}

/// A station's name on a chart's row.
fn station_name(messages: &Messages, station: f64) -> String {
    tr!(
        messages,
        "charts-station",
        station = whole(messages, station)
    )
}

/// A Gantt bar's tooltip: its box, from `start` to `end` seconds.
fn gantt_bar_title(messages: &Messages, bar: &GanttBar, start: f64, end: f64) -> String {
    let id = if bar.failed {
        "charts-gantt-bar-failed"
    } else {
        "charts-gantt-bar"
    };
    tr!(
        messages,
        id,
        station = whole(messages, bar.station),
        box_no = whole(messages, bar.box_no),
        start = fixed(start, 2),
        end = fixed(end, 2)
    )
}

fn utilisation_chart(messages: &Messages, view: &RunView) -> Html {
    let stats = RunStats::of(&view.lot);
    if stats.stations.len() > GANTT_STATIONS_LIMIT {
        let mean =
            stats.stations.iter().map(|s| s.utilisation).sum::<f64>() / stats.stations.len() as f64;
        let least = stats
            .stations
            .iter()
            .map(|s| s.utilisation)
            .fold(1.0, f64::min);
        let summary = tr!(
            messages,
            "charts-utilisation-summary",
            mean = fixed(mean * 100.0, 1),
            least = fixed(least * 100.0, 1),
            stations = count(stats.stations.len() as f64)
        );
        return html! {
            <figure class="chart"><figcaption data-testid="chart-utilisation">{ summary }</figcaption></figure>
        };
    }
    let row = 22.0;
    let height = TOP + stats.stations.len() as f64 * row + 40.0;
    let plot_width = WIDTH - LEFT - RIGHT - 60.0;
    let bars = stats.stations.iter().enumerate().map(|(index, s)| {
        let y = TOP + index as f64 * row;
        let width = s.utilisation * plot_width;
        html! {
            <g>
                <text class="row-label" x={(LEFT - 8.0).to_string()} y={(y + 15.0).to_string()} text-anchor="end">
                    { station_name(messages, f64::from(s.station)) }
                </text>
                <rect class="util-back" x={LEFT.to_string()} y={(y + 3.0).to_string()} width={plot_width.to_string()} height={(row - 6.0).to_string()} />
                <rect class="util-bar" x={LEFT.to_string()} y={(y + 3.0).to_string()} width={width.to_string()} height={(row - 6.0).to_string()} />
                <text class="util-value" x={(LEFT + plot_width + 8.0).to_string()} y={(y + 15.0).to_string()}>
                    { percent(messages, s.utilisation) }
                </text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ tr!(messages, "charts-utilisation-caption") }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" data-testid="chart-utilisation"
                 aria-label={tr!(messages, "charts-utilisation.aria-label")}>
                { for bars }
            </svg>
        </figure>
    }
}
