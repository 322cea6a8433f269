//! The parking lot in SVG: the depot, the stations, their boxes and cars.
//!
//! Three levels of detail keep it readable from 1 to 1000 stations: lanes
//! with cars and a numbered gauge (up to 12 stations), labelled tiles (up
//! to 100), and plain gauge tiles beyond. Motion is CSS animation keyed on
//! what changed (a shot, a new box, a failure), so it plays once per change
//! and `prefers-reduced-motion` can switch it off without losing meaning.
//!
//! Reads the lot's state and reports breaks through a callback; owns no
//! state, timer or task.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::wall_tick;
use crate::sim::{LotState, StationState, StationStatus};

use super::tile_canvas::{StationData, TileCanvas, COLUMNS};

/// The id of the page's sentence on breaking a station, which clickable
/// stations point to with `aria-describedby`.
pub const BREAK_HINT_ID: &str = "break-hint";

/// Up to this many stations get lanes with cars.
const LANE_LIMIT: usize = 12;
/// Up to this many stations get labelled SVG tiles; more are drawn on a canvas.
const LABELLED_TILE_LIMIT: usize = 100;
/// While running, the canvas view refreshes a tenth of its stations' data
/// attributes every this many milliseconds (all of them every 250 ms).
const STATION_DATA_TICK_MS: f64 = 25.0;
/// Box glyphs drawn in the depot; more are summarised by the count.
const DEPOT_GLYPHS: u32 = 40;
/// Cars waiting in each lane.
const CARS_PER_LANE: u32 = 4;

const WIDTH: f64 = 1000.0;
const DEPOT_WIDTH: f64 = 190.0;
const LANE_HEIGHT: f64 = 78.0;

/// The lanes' drawing on a narrow screen: a narrower drawing, so that a
/// phone shows it larger (station names at least 12 CSS px on a 390 px
/// screen), with lanes further apart, so that it stands taller.
const COMPACT_WIDTH: f64 = 560.0;
const COMPACT_LANE_PITCH: f64 = 100.0;

#[derive(Properties, PartialEq)]
pub struct SchematicProps {
    pub lot: Rc<LotState>,
    /// Whether the run is playing (the canvas view then throttles its
    /// data attributes).
    #[prop_or_default]
    pub running: bool,
    /// Called with a working station that the reader breaks (click or
    /// Enter on it).
    #[prop_or_default]
    pub on_break: Callback<u32>,
    /// A narrow screen: the lanes are drawn narrower and taller.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn Schematic(props: &SchematicProps) -> Html {
    let lot = &props.lot;
    let count = lot.stations.len();
    if count > LABELLED_TILE_LIMIT {
        return large(props);
    }
    let lanes_drawn = count <= LANE_LIMIT;
    let (width, pitch) = if props.compact && lanes_drawn {
        (COMPACT_WIDTH, COMPACT_LANE_PITCH)
    } else {
        (WIDTH, LANE_HEIGHT)
    };
    let (height, stations) = if lanes_drawn {
        lanes(lot, &props.on_break, width, pitch)
    } else {
        tiles(lot, true, &props.on_break)
    };
    let height = height.max(260.0);
    let finished = lot.finished;
    html! {
        <svg class="schematic" viewBox={format!("0 0 {width} {height}")} role="group"
             aria-label={format!(
                 "Parking lot: {} stations, {} boxes in the depot, {} doses given",
                 count, lot.boxes_in_depot, lot.doses_given
             )}>
            { depot(lot, height) }
            { stations }
            if finished {
                <g class="finished-banner" transform={format!("translate({} {})", width / 2.0, height / 2.0)}>
                    <rect x="-230" y="-44" width="460" height="88" rx="14" />
                    <text class="banner-title" y="-6" text-anchor="middle">{ finish_title(lot) }</text>
                    <text class="banner-detail" y="26" text-anchor="middle">{ finish_detail(lot) }</text>
                </g>
            }
        </svg>
    }
}

/// The finished run's headline: the article's loop ends on its count of
/// waits, with tasks cancelled; the others when every box is used.
fn finish_title(lot: &LotState) -> &'static str {
    if lot.boxes_cancelled > 0 {
        "The loop ended mid-box"
    } else {
        "All boxes used"
    }
}

fn finish_detail(lot: &LotState) -> String {
    if lot.boxes_cancelled > 0 {
        format!(
            "{} doses never reported, {} thrown away",
            lot.doses_unreported, lot.doses_discarded
        )
    } else {
        format!(
            "{} doses given, {} wasted",
            lot.doses_given, lot.doses_wasted
        )
    }
}

/// Hundreds of stations: the depot in SVG beside a canvas of tiles.
fn large(props: &SchematicProps) -> Html {
    let lot = &props.lot;
    let rows = lot.stations.len().div_ceil(COLUMNS) as f64;
    let depot_height = (rows * 20.0 * DEPOT_WIDTH / 800.0 * 4.0).clamp(260.0, 900.0);
    let all_now = !props.running || lot.finished;
    let tick = wall_tick(STATION_DATA_TICK_MS);
    html! {
        <div class="schematic large">
            <svg class="depot-svg" viewBox={format!("0 0 {DEPOT_WIDTH} {depot_height}")} role="img"
                 aria-label={format!("Depot: {} boxes left", lot.boxes_in_depot)}>
                { depot(lot, depot_height) }
            </svg>
            <TileCanvas lot={lot.clone()} />
            <StationData lot={lot.clone()} {all_now} {tick} />
            if lot.finished {
                <p class="finished-note">
                    { format!("{}: {}.", finish_title(lot), finish_detail(lot)) }
                </p>
            }
        </div>
    }
}

/// The depot: a stack of box glyphs and the count.
fn depot(lot: &LotState, height: f64) -> Html {
    // As many rows of five as fit below the count.
    let rows_that_fit = ((height - 150.0) / 24.0).floor().max(1.0) as u32;
    let shown = lot.boxes_in_depot.min(DEPOT_GLYPHS).min(rows_that_fit * 5);
    let glyphs = (0..shown).map(|index| {
        let column = index % 5;
        let row = index / 5;
        let x = 20.0 + f64::from(column) * 32.0;
        let y = height - 44.0 - f64::from(row) * 24.0;
        html! { <rect class="depot-box" x={x.to_string()} y={y.to_string()} width="28" height="20" rx="3" /> }
    });
    html! {
        <g class="depot" data-testid="depot">
            <rect class="depot-floor" x="8" y="8" width={(DEPOT_WIDTH - 16.0).to_string()}
                  height={(height - 16.0).to_string()} rx="10" />
            <text class="depot-title" x={(DEPOT_WIDTH / 2.0).to_string()} y="40" text-anchor="middle">{"Depot"}</text>
            <text class="depot-count" x={(DEPOT_WIDTH / 2.0).to_string()} y="80" text-anchor="middle">
                { lot.boxes_in_depot.to_string() }
            </text>
            <text class="depot-unit" x={(DEPOT_WIDTH / 2.0).to_string()} y="104" text-anchor="middle">
                { if lot.boxes_in_depot == 1 { "box left" } else { "boxes left" } }
            </text>
            { for glyphs }
            { beyond_depot(lot.boxes_beyond_depot()) }
        </g>
    }
}

/// Boxes taken after the depot ran out (the article's loop restarts every
/// task it finds done): a dashed box outside the stack and their count.
fn beyond_depot(boxes: u32) -> Html {
    if boxes == 0 {
        return Html::default();
    }
    html! {
        <g class="depot-beyond" data-testid="boxes-beyond-depot" data-boxes={boxes.to_string()}>
            <rect x="20" y="116" width="28" height="20" rx="3" />
            <text x="54" y="133">{ format!("+{boxes} beyond") }</text>
        </g>
    }
}

fn state_class(status: &StationStatus) -> &'static str {
    status.state.as_str()
}

fn state_label(status: &StationStatus) -> &'static str {
    match status.state {
        StationState::Idle => "waiting",
        StationState::Working => "giving shots",
        StationState::Failed => "failed",
        StationState::Done => "done",
        StationState::Cancelled => "cancelled",
    }
}

/// Click and keyboard handlers that break a working station.
fn breaker(
    status: &StationStatus,
    on_break: &Callback<u32>,
) -> (
    Option<Callback<MouseEvent>>,
    Option<Callback<KeyboardEvent>>,
) {
    if status.state != StationState::Working {
        return (None, None);
    }
    let station = status.station;
    let on_click = {
        let on_break = on_break.clone();
        Callback::from(move |_: MouseEvent| on_break.emit(station))
    };
    let on_key = {
        let on_break = on_break.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                event.prevent_default();
                on_break.emit(station);
            }
        })
    };
    (Some(on_click), Some(on_key))
}

/// Detailed lanes: booth, gauge, number left, cars queueing; `width` of
/// drawing, lanes `pitch` apart.
fn lanes(lot: &LotState, on_break: &Callback<u32>, width: f64, pitch: f64) -> (f64, Html) {
    let height = 24.0 + lot.stations.len() as f64 * pitch;
    let depot_centre_y = height - 60.0;
    let rows = lot.stations.iter().enumerate().map(|(index, status)| {
        let lane = Lane {
            y: 16.0 + index as f64 * pitch,
            depot_centre_y,
            width,
        };
        lane.render(status, lot.capacity, on_break)
    });
    (height, html! { <g class="lanes">{ for rows }</g> })
}

/// Where one lane lies: its top, and the depot its boxes come from.
struct Lane {
    y: f64,
    depot_centre_y: f64,
    /// The drawing's width: the road ends there.
    width: f64,
}

impl Lane {
    const BOOTH_X: f64 = DEPOT_WIDTH + 30.0;

    fn render(&self, status: &StationStatus, capacity: u32, on_break: &Callback<u32>) -> Html {
        let (booth_x, y) = (Self::BOOTH_X, self.y);
        html! {
            <g key={status.station} class="lane-wrap">
                <rect class="lane-road" x={(booth_x + 240.0).to_string()} y={(y + 8.0).to_string()}
                      width={(self.width - booth_x - 250.0).to_string()} height="56" rx="8" />
                { self.queue(status) }
                if status.state == StationState::Working {
                    <g transform={format!("translate({} {})", booth_x + 250.0, y + 18.0)}>
                        // Re-keyed on every shot, so the animation plays once per car served.
                        <><g key={status.doses_given} class="car leaving">{ car_glyph() }</g></>
                    </g>
                }
                { self.booth(status, capacity, on_break) }
                { for self.failure_flash(status) }
            </g>
        }
    }

    /// The cars still waiting in the lane.
    fn queue(&self, status: &StationStatus) -> Html {
        let first_x = Self::BOOTH_X + 320.0;
        let fit = ((self.width - first_x) / 70.0).floor().max(0.0) as u32;
        let cars = (0..status.remaining.min(CARS_PER_LANE).min(fit)).map(|slot| {
            let x = first_x + f64::from(slot) * 70.0;
            html! { <g class="car" transform={format!("translate({x} {})", self.y + 18.0)}>{ car_glyph() }</g> }
        });
        cars.collect()
    }

    /// The station itself: its booth, name, state and gauge; breakable
    /// while working.
    fn booth(&self, status: &StationStatus, capacity: u32, on_break: &Callback<u32>) -> Html {
        let (booth_x, y) = (Self::BOOTH_X, self.y);
        let (on_click, on_key) = breaker(status, on_break);
        let breakable = on_click.is_some();
        html! {
            <g class={classes!("station", "lane", state_class(status))}
               data-testid="station"
               data-station={status.station.to_string()}
               data-remaining={status.remaining.to_string()}
               data-state={status.state.as_str()}
               role={breakable.then_some("button")}
               tabindex={breakable.then_some("0")}
               aria-describedby={breakable.then_some(BREAK_HINT_ID)}
               onclick={on_click} onkeydown={on_key}>
                <title>{ format!("Station {}, {}, {} doses left", status.station, state_label(status), status.remaining) }</title>
                <rect class="booth" x={booth_x.to_string()} y={y.to_string()} width="230" height={(LANE_HEIGHT - 8.0).to_string()} rx="10" />
                <text class="booth-name" x={(booth_x + 12.0).to_string()} y={(y + 26.0).to_string()}>
                    { format!("Station {}", status.station) }
                </text>
                <text class="booth-state" x={(booth_x + 12.0).to_string()} y={(y + 52.0).to_string()}>
                    { state_label(status) }
                </text>
                { self.gauge(status, capacity) }
            </g>
        }
    }

    /// The doses left, as a bar and a number; a new box flies in from the
    /// depot.
    fn gauge(&self, status: &StationStatus, capacity: u32) -> Html {
        const GAUGE_HEIGHT: f64 = 52.0;
        let fill = gauge_fraction(status, capacity);
        let (x, y) = (Self::BOOTH_X + 140.0, self.y + 8.0);
        // Where a refill box starts, relative to the gauge: the depot.
        let from_x = 90.0 - x;
        let from_y = self.depot_centre_y - (self.y + 20.0);
        html! {
            <g transform={format!("translate({x} {y})")}>
                <rect class="gauge-back" width="26" height={GAUGE_HEIGHT.to_string()} rx="4" />
                <rect class="gauge-fill" y={(GAUGE_HEIGHT * (1.0 - fill)).to_string()} width="26"
                      height={(GAUGE_HEIGHT * fill).to_string()} rx="4" />
                <text class="gauge-number" x="58" y="34" text-anchor="middle">{ status.remaining.to_string() }</text>
                if let Some(box_no) = status.box_no.filter(|_| status.state == StationState::Working) {
                    // A fragment of one keyed child: a new box re-creates
                    // the element, so its arrival plays once per box.
                    <>
                        <g key={box_no} class="refill" style={format!("--from-x: {from_x}px; --from-y: {from_y}px")}>
                            <rect class="refill-box" x="-2" y="-2" width="30" height="20" rx="3" />
                        </g>
                    </>
                }
            </g>
        }
    }

    /// A flash on each failure, and the error beside the booth.
    fn failure_flash(&self, status: &StationStatus) -> Option<Html> {
        let (_, error) = status.last_failure?;
        let compact = self.width < WIDTH;
        let note = match (compact, status.state == StationState::Failed) {
            // A narrow drawing has no room beside the booth: the note goes
            // below it, and the booth itself says whether it restarted.
            (true, _) => format!("⚠ {error}"),
            (false, true) => format!("⚠ {error}: not restarted"),
            (false, false) => format!("⚠ {error}: restarted"),
        };
        let (booth_x, y) = (Self::BOOTH_X, self.y);
        let (note_x, note_y) = if compact {
            (booth_x - 12.0, y + LANE_HEIGHT + 14.0)
        } else {
            (booth_x + 252.0, y + 44.0)
        };
        Some(html! {
            <><g key={status.failures} class="failure-flash" aria-hidden="true">
                <rect x={(booth_x - 4.0).to_string()} y={(y - 4.0).to_string()} width="238"
                      height={LANE_HEIGHT.to_string()} rx="12" />
                <text x={note_x.to_string()} y={note_y.to_string()}>{ note }</text>
            </g></>
        })
    }
}

fn car_glyph() -> Html {
    html! {
        <>
            <rect class="car-body" width="52" height="30" rx="9" />
            <circle class="car-wheel" cx="12" cy="31" r="5" />
            <circle class="car-wheel" cx="40" cy="31" r="5" />
        </>
    }
}

fn gauge_fraction(status: &StationStatus, capacity: u32) -> f64 {
    if capacity == 0 {
        0.0
    } else {
        f64::from(status.remaining) / f64::from(capacity)
    }
}

/// Tiles for many stations: a gauge each, labelled when there is room.
fn tiles(lot: &LotState, labelled: bool, on_break: &Callback<u32>) -> (f64, Html) {
    let count = lot.stations.len();
    let area_x = DEPOT_WIDTH + 16.0;
    let area_width = WIDTH - area_x - 8.0;
    let columns = if labelled { 10 } else { 40 };
    let cell = area_width / f64::from(columns);
    let rows = count.div_ceil(columns as usize);
    let height = 16.0 + rows as f64 * cell;
    let tiles = lot.stations.iter().enumerate().map(|(index, status)| {
        let column = (index % columns as usize) as f64;
        let row = (index / columns as usize) as f64;
        let x = area_x + column * cell;
        let y = 8.0 + row * cell;
        let inner = cell - 4.0;
        let fill = gauge_fraction(status, lot.capacity);
        let (on_click, on_key) = breaker(status, on_break);
        let breakable = on_click.is_some();
        html! {
            <g key={status.station} class={classes!("station", "tile", state_class(status))}
               data-testid="station"
               data-station={status.station.to_string()}
               data-remaining={status.remaining.to_string()}
               data-state={status.state.as_str()}
               role={breakable.then_some("button")}
               tabindex={breakable.then_some("0")}
               aria-describedby={breakable.then_some(BREAK_HINT_ID)}
               onclick={on_click} onkeydown={on_key}
               transform={format!("translate({x} {y})")}>
                <title>{ format!("Station {}, {}", status.station, status.state) }</title>
                <rect class="tile-back" width={inner.to_string()} height={inner.to_string()} rx="3" />
                <rect class="gauge-fill" y={(inner * (1.0 - fill)).to_string()} width={inner.to_string()}
                      height={(inner * fill).to_string()} rx="3" />
                if labelled {
                    <text class="tile-label" x={(inner / 2.0).to_string()} y={(inner / 2.0 + 6.0).to_string()}
                          text-anchor="middle">{ status.station.to_string() }</text>
                }
                if status.failures > 0 {
                    <><g key={status.failures} class="failure-flash">
                        <rect width={inner.to_string()} height={inner.to_string()} rx="3" />
                    </g></>
                }
            </g>
        }
    });
    (height, html! { <g class="tiles">{ for tiles }</g> })
}
