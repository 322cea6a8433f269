//! Many stations at once: a canvas of gauge tiles, and the stations' data
//! attributes in a hidden list.
//!
//! With hundreds of stations changing every frame, SVG elements cost more
//! style and layout than a frame has; one canvas redrawn per frame does
//! not. The `data-testid="station"` elements stay in the DOM for tests and
//! embedding pages, refreshed a few times a second while running and on
//! every change otherwise.
//!
//! Reads the lot's state; owns no timer or task: the canvas is redrawn
//! after each render.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::app::figures::count;
use crate::app::language::use_i18n;
use crate::i18n::Messages;
use crate::sim::{LotState, StationState, StationStatus};
use crate::tr;

/// Tiles per row.
pub const COLUMNS: usize = 40;
/// Tile pitch in CSS pixels.
const CELL_PX: f64 = 20.0;
/// Gap between tiles in CSS pixels.
const GAP_PX: f64 = 3.0;
/// A tile's side in CSS pixels.
const TILE_PX: f64 = CELL_PX - GAP_PX;

/// The lot whose stations the canvas draws.
#[derive(Properties, PartialEq)]
pub struct TileCanvasProps {
    /// The lot's state: a tile per station, in station order.
    pub lot: Rc<LotState>,
}

/// The canvas: a gauge tile per station, [`COLUMNS`] to a row, redrawn
/// after each render; its accessible name counts what the tiles show.
#[component]
pub fn TileCanvas(props: &TileCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    // Reading computed styles forces a style pass: once per mount is enough.
    let colours = use_mut_ref(|| None::<Rc<Palette>>);
    let rows = props.lot.stations.len().div_ceil(COLUMNS).max(1);
    let width = COLUMNS as f64 * CELL_PX;
    let height = rows as f64 * CELL_PX;
    {
        let canvas_ref = canvas_ref.clone();
        let lot = props.lot.clone();
        use_effect(move || {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let palette = colours
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(palette(&canvas)))
                    .clone();
                draw(&canvas, &lot, &palette, width, height);
            }
        });
    }
    let messages = use_i18n();
    let label = canvas_label(&messages, &props.lot);
    html! {
        <canvas ref={canvas_ref} class="tile-canvas" data-testid="tile-canvas"
                style={format!("aspect-ratio: {width} / {height}")}
                role="img"
                aria-label={label} />
    }
}

/// The canvas's accessible name: what its tiles show, counted (the canvas
/// itself draws no text).
fn canvas_label(messages: &Messages, lot: &LotState) -> String {
    tr!(
        messages,
        "lot-canvas.aria-label",
        stations = count(lot.stations.len() as u64),
        working = count(lot.working_stations() as u64),
        boxes_done = count(lot.boxes_done),
        boxes_failed = count(lot.boxes_failed)
    )
}

/// Colours of the page's theme, read from its CSS custom properties.
struct Palette {
    back: String,
    working: String,
    done: String,
    failed: String,
    idle: String,
}

fn palette(canvas: &HtmlCanvasElement) -> Palette {
    let style =
        web_sys::window().and_then(|window| window.get_computed_style(canvas).ok().flatten());
    let read = |name: &str, fallback: &str| {
        style
            .as_ref()
            .and_then(|style| style.get_property_value(name).ok())
            .map(|value| value.trim().to_string())
            .filter(|value| !value.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    };
    Palette {
        back: read("--road", "#e6e2d8"),
        working: read("--working", "#0072b2"),
        done: read("--done", "#009e73"),
        failed: read("--failed", "#d55e00"),
        idle: read("--idle", "#8a8f98"),
    }
}

fn draw(canvas: &HtmlCanvasElement, lot: &LotState, colours: &Palette, width: f64, height: f64) {
    let Some(context) = context(canvas, width, height) else {
        return;
    };
    // Grouped by colour: one fill style per pass.
    context.set_fill_style_str(&colours.back);
    for index in 0..lot.stations.len() {
        let (x, y) = origin(index);
        context.fill_rect(x, y, TILE_PX, TILE_PX);
    }
    for (state, colour) in [
        (StationState::Working, &colours.working),
        (StationState::Done, &colours.done),
        (StationState::Failed, &colours.failed),
        (StationState::Idle, &colours.idle),
    ] {
        context.set_fill_style_str(colour);
        for (index, status) in lot.stations.iter().enumerate() {
            if status.state == state {
                let (x, y) = origin(index);
                let gauge = TILE_PX * gauge_fill(status, lot.capacity);
                context.fill_rect(x, y + TILE_PX - gauge, TILE_PX, gauge);
            }
        }
    }
    // Stations that have failed carry a mark in the corner, so a failure
    // stays visible without motion.
    context.set_fill_style_str(&colours.failed);
    for (index, status) in lot.stations.iter().enumerate() {
        if status.failures > 0 {
            let (x, y) = origin(index);
            context.fill_rect(x, y, TILE_PX / 3.0, TILE_PX / 3.0);
        }
    }
}

/// The canvas's 2D context, sized to the device's pixels, scaled to CSS
/// pixels and cleared.
fn context(
    canvas: &HtmlCanvasElement,
    width: f64,
    height: f64,
) -> Option<CanvasRenderingContext2d> {
    let ratio = web_sys::window()
        .map_or(1.0, |window| window.device_pixel_ratio())
        .max(1.0);
    let (pixel_width, pixel_height) = ((width * ratio) as u32, (height * ratio) as u32);
    if canvas.width() != pixel_width || canvas.height() != pixel_height {
        canvas.set_width(pixel_width);
        canvas.set_height(pixel_height);
    }
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    context.clear_rect(0.0, 0.0, width, height);
    Some(context)
}

/// The top left corner of station `index`'s tile [CSS px].
fn origin(index: usize) -> (f64, f64) {
    (
        (index % COLUMNS) as f64 * CELL_PX,
        (index / COLUMNS) as f64 * CELL_PX,
    )
}

/// How much of a tile the station's gauge fills [0, 1].
fn gauge_fill(status: &StationStatus, capacity: u32) -> f64 {
    match status.state {
        StationState::Working => f64::from(status.remaining) / f64::from(capacity.max(1)),
        StationState::Done | StationState::Failed | StationState::Cancelled => 1.0,
        StationState::Idle => 0.15,
    }
}

/// Chunks of the station list that refresh at staggered moments, so no
/// single frame rebuilds every element.
const DATA_CHUNKS: usize = 10;

/// The station elements of the contract, for a canvas view.
#[derive(Properties, PartialEq)]
pub struct StationDataProps {
    /// The lot's state: an element per station.
    pub lot: Rc<LotState>,
    /// Refresh every chunk now (paused, stepping, finished); otherwise
    /// chunks refresh in turn, one per `tick`.
    pub all_now: bool,
    /// Increases over time while running (about one per frame).
    pub tick: u64,
}

/// A hidden list with an element per station (`data-testid="station"`)
/// carrying its number, doses remaining and state, refreshed a chunk at a
/// time while running.
#[component]
pub fn StationData(props: &StationDataProps) -> Html {
    let chunk_len = props.lot.stations.len().div_ceil(DATA_CHUNKS).max(1);
    let chunks = (0..DATA_CHUNKS).map(|chunk| {
        // Chunk `chunk` sees a new key once every DATA_CHUNKS ticks, at
        // its own offset.
        let refresh = if props.all_now {
            (true, props.lot.events_folded)
        } else {
            (
                false,
                (props.tick + DATA_CHUNKS as u64 - chunk as u64) / DATA_CHUNKS as u64,
            )
        };
        html! {
            <StationChunk key={chunk} lot={props.lot.clone()}
                          first={chunk * chunk_len} len={chunk_len} {refresh} />
        }
    });
    html! { <ul class="station-data" hidden=true>{ for chunks }</ul> }
}

#[derive(Properties)]
struct StationChunkProps {
    lot: Rc<LotState>,
    first: usize,
    len: usize,
    refresh: (bool, u64),
}

impl PartialEq for StationChunkProps {
    /// Only the refresh key counts: the chunk re-renders on its turn.
    fn eq(&self, other: &Self) -> bool {
        self.refresh == other.refresh && self.first == other.first && self.len == other.len
    }
}

#[component]
fn StationChunk(props: &StationChunkProps) -> Html {
    let items = props
        .lot
        .stations
        .iter()
        .skip(props.first)
        .take(props.len)
        .map(|status| {
            html! {
                <li key={status.station} data-testid="station"
                    data-station={status.station.to_string()}
                    data-remaining={status.remaining.to_string()}
                    data-state={status.state.as_str()} />
            }
        });
    html! { <>{ for items }</> }
}
