//! The parking lot in SVG: the depot, the stations, their boxes and cars.
//!
//! Three levels of detail keep it readable from 1 to 1000 stations: lanes
//! with cars and a numbered gauge (up to 12 stations), labelled tiles (up
//! to 100), and plain gauge tiles beyond. Motion is CSS animation keyed on
//! what changed (a shot, a new box, a failure), so it plays once per change
//! and `prefers-reduced-motion` can switch it off without losing meaning.
//!
//! Its words come from `locales/<tag>/lot.ftl`. The drawing runs left to
//! right in every language, Arabic too: the depot on the left, the lanes
//! running from the booths to the right, as the code view and the charts
//! read (the style sheet keeps `direction: ltr` on it). Its text, though,
//! reads in the page's direction: in Arabic each label is set right to
//! left (`TextDirection`), anchored so that it still starts where the
//! English one does.
//!
//! Reads the lot's state and reports breaks through a callback; owns no
//! state, timer or task.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::event_text::station_error;
use crate::app::figures::count;
use crate::app::hooks::wall_tick;
use crate::app::language::use_i18n;
use crate::i18n::{Direction, Messages};
use crate::sim::{LotState, StationState, StationStatus};
use crate::tr;

use super::tile_canvas::{StationData, TileCanvas, COLUMNS};

/// The id of the page's sentence on breaking a station, which clickable
/// stations point to with `aria-describedby`.
pub const BREAK_HINT_ID: &str = "break-hint";

/// The sentence on breaking a station, which clickable stations point to
/// with `aria-describedby`; hidden but still read in an embedded page
/// (`embed`: the sentence is for screen readers only).
pub fn break_hint(messages: &Messages, embed: bool) -> Html {
    html! {
        <p class={classes!("stage-hint", embed.then_some("visually-hidden"))} id={BREAK_HINT_ID}>
            { messages.text("lot-break-hint") }
        </p>
    }
}

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
/// The failure note's font size in the style sheet [px].
const FAILURE_NOTE_PX: f64 = 18.0;
const DEPOT_WIDTH: f64 = 190.0;
const LANE_HEIGHT: f64 = 78.0;

/// The lanes' drawing on a narrow screen: a narrower drawing, so that a
/// phone shows it larger (station names at least 12 CSS px on a 390 px
/// screen), with lanes further apart, so that it stands taller.
const COMPACT_WIDTH: f64 = 560.0;
const COMPACT_LANE_PITCH: f64 = 100.0;

/// The lot to draw, and where a break goes.
#[derive(Properties, PartialEq)]
pub struct SchematicProps {
    /// The lot's state: the depot, the stations and their boxes.
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
    /// Which station's task holds the thread, when the run keeps a record
    /// of its thread (`None`: it keeps none, and no station is marked).
    #[prop_or_default]
    pub on_thread: Option<OnThread>,
}

/// The thread at the latest event, as the lot marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnThread {
    /// The station whose task holds the thread, if a station's does.
    pub station: Option<u32>,
    /// The stations whose tasks wait in the ready queue, one bit each
    /// (bit `station − 1`): a run keeps a record of its thread only up to
    /// 30 stations.
    pub ready: u64,
}

impl OnThread {
    /// `running` for the station holding the thread, `ready` for one whose
    /// task waits in the ready queue, `asleep` for the others at work;
    /// nothing for idle or finished ones, nor for one whose task has given
    /// its box's last dose and returned (it waits for the supervisor's
    /// report, not for a timer).
    fn mark(on_thread: Option<OnThread>, status: &StationStatus) -> Option<&'static str> {
        let on_thread = on_thread?;
        let queued = status
            .station
            .checked_sub(1)
            .is_some_and(|bit| bit < 64 && on_thread.ready & (1 << bit) != 0);
        if on_thread.station == Some(status.station) {
            Some("running")
        } else if status.state != StationState::Working || status.remaining == 0 {
            None
        } else if queued {
            Some("ready")
        } else {
            Some("asleep")
        }
    }
}

/// The lot: lanes with cars up to 12 stations, labelled tiles up to 100,
/// a canvas of tiles beyond; a banner once the run has finished.
#[component]
pub fn Schematic(props: &SchematicProps) -> Html {
    let messages = use_i18n();
    let messages: &Messages = &messages;
    let lot = &props.lot;
    let station_count = lot.stations.len();
    if station_count > LABELLED_TILE_LIMIT {
        return large(messages, props);
    }
    let lanes_drawn = station_count <= LANE_LIMIT;
    let (width, pitch) = if props.compact && lanes_drawn {
        (COMPACT_WIDTH, COMPACT_LANE_PITCH)
    } else {
        (WIDTH, LANE_HEIGHT)
    };
    let (height, stations) = if lanes_drawn {
        lanes(
            messages,
            lot,
            &props.on_break,
            props.on_thread,
            width,
            pitch,
        )
    } else {
        tiles(messages, lot, true, &props.on_break, props.on_thread)
    };
    let height = height.max(260.0);
    let finished = lot.finished;
    let label = tr!(
        messages,
        "lot-drawing.aria-label",
        stations = count(station_count as u64),
        depot = count(lot.boxes_in_depot),
        doses_given = count(lot.doses_given)
    );
    // A finished run's banner gets a band of its own below the lanes, so
    // that it covers no station.
    let drawn = if finished {
        height + BANNER_BAND
    } else {
        height
    };
    html! {
        <svg class={classes!("schematic", props.running.then_some("playing"))} viewBox={format!("0 0 {width} {drawn}")} role="group"
             aria-label={label}>
            { depot(messages, lot, height) }
            { stations }
            if finished {
                { finish_banner(messages, lot, width, height + BANNER_BAND / 2.0) }
            }
        </svg>
    }
}

/// Height of the band a finished run's banner takes below the lanes.
const BANNER_BAND: f64 = 104.0;

/// The banner of a finished run, centred across the drawing at `middle`.
fn finish_banner(messages: &Messages, lot: &LotState, width: f64, middle: f64) -> Html {
    let dir = TextDirection::of(messages);
    let title = finish_title(messages, lot);
    let detail = finish_detail(messages, lot);
    let fit = BannerFit::new(&title, &detail, width);
    html! {
        <g class="finished-banner" transform={format!("translate({} {middle})", width / 2.0)}>
            <rect x={(-fit.width / 2.0).to_string()} y="-44" width={fit.width.to_string()} height="88" rx="14" />
            <text class="banner-title" y="-6" text-anchor="middle" direction={dir.direction}
                  textLength={fit.title_length.clone()} lengthAdjust={fit.title_length.is_some().then_some("spacingAndGlyphs")}>
                { title }
            </text>
            <text class="banner-detail" y="26" text-anchor="middle" direction={dir.direction}
                  textLength={fit.detail_length.clone()} lengthAdjust={fit.detail_length.is_some().then_some("spacingAndGlyphs")}>
                { detail }
            </text>
        </g>
    }
}

/// The banner's size for its text: 460 wide as long as its text fits
/// (English always does), wider for a longer translation, and at most
/// the drawing's width, where a text still too long is squeezed to fit.
/// Widths are estimated from the characters, as no layout is read.
struct BannerFit {
    width: f64,
    title_length: Option<String>,
    detail_length: Option<String>,
}

impl BannerFit {
    const MIN_WIDTH: f64 = 460.0;
    const PADDING: f64 = 48.0;
    /// Font sizes of the title and the detail in the style sheet [px].
    const TITLE_PX: f64 = 30.0;
    const DETAIL_PX: f64 = 20.0;

    fn new(title: &str, detail: &str, drawing_width: f64) -> BannerFit {
        let title_width = estimated_width(title, Self::TITLE_PX);
        let detail_width = estimated_width(detail, Self::DETAIL_PX);
        let widest = title_width.max(detail_width) + Self::PADDING;
        let width = widest.clamp(Self::MIN_WIDTH, drawing_width - 16.0);
        let room = width - Self::PADDING;
        let squeeze = |text_width: f64| (text_width > room).then(|| room.to_string());
        BannerFit {
            width,
            title_length: squeeze(title_width),
            detail_length: squeeze(detail_width),
        }
    }
}

/// About how wide `text` is at `font_px`: a wide (CJK) character is an
/// em, any other about 0.55 of one, an invisible bidi mark nothing.
fn estimated_width(text: &str, font_px: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' => 0.0,
            '\u{2e80}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' => 1.0,
            _ => 0.55,
        })
        .sum();
    ems * font_px
}

/// How the drawing's text runs. The drawing stays left to right in
/// every language; in a right-to-left language its labels run right to
/// left, so that a number or a name keeps its place in the sentence.
/// Left to right, both attributes are left out and the text runs as the
/// drawing does.
#[derive(Clone, Copy)]
struct TextDirection {
    /// The `direction` of each label: `rtl` or none.
    direction: Option<&'static str>,
    /// The `text-anchor` of a label that starts at its `x` and runs to the
    /// right: right to left, that is the text's end.
    left_edge: Option<&'static str>,
}

impl TextDirection {
    fn of(messages: &Messages) -> TextDirection {
        match messages.locale().direction() {
            Direction::RightToLeft => TextDirection {
                direction: Some("rtl"),
                left_edge: Some("end"),
            },
            Direction::LeftToRight => TextDirection {
                direction: None,
                left_edge: None,
            },
        }
    }
}

/// The finished run's headline: the article's loop ends on its count of
/// waits, with tasks cancelled; the others when every box is used.
fn finish_title(messages: &Messages, lot: &LotState) -> String {
    if lot.boxes_cancelled > 0 {
        messages.text("lot-finished-mid-box")
    } else {
        messages.text("lot-finished-all-used")
    }
}

fn finish_detail(messages: &Messages, lot: &LotState) -> String {
    if lot.boxes_cancelled > 0 {
        tr!(
            messages,
            "lot-finished-mid-box-detail",
            doses_unreported = count(lot.doses_unreported),
            doses_discarded = count(lot.doses_discarded)
        )
    } else {
        tr!(
            messages,
            "lot-finished-all-used-detail",
            doses_given = count(lot.doses_given),
            doses_wasted = count(lot.doses_wasted)
        )
    }
}

/// Hundreds of stations: the depot in SVG beside a canvas of tiles.
fn large(messages: &Messages, props: &SchematicProps) -> Html {
    let lot = &props.lot;
    let rows = lot.stations.len().div_ceil(COLUMNS) as f64;
    let depot_height = (rows * 20.0 * DEPOT_WIDTH / 800.0 * 4.0).clamp(260.0, 900.0);
    let all_now = !props.running || lot.finished;
    let tick = wall_tick(STATION_DATA_TICK_MS);
    html! {
        <div class="schematic large">
            <svg class="depot-svg" viewBox={format!("0 0 {DEPOT_WIDTH} {depot_height}")} role="img"
                 aria-label={tr!(messages, "lot-depot.aria-label", count = count(lot.boxes_in_depot))}>
                { depot(messages, lot, depot_height) }
            </svg>
            <TileCanvas lot={lot.clone()} />
            <StationData lot={lot.clone()} {all_now} {tick} />
            if lot.finished {
                <p class="finished-note">
                    { tr!(messages, "lot-finished-note",
                        title = finish_title(messages, lot),
                        detail = finish_detail(messages, lot)) }
                </p>
            }
        </div>
    }
}

/// The depot: a stack of box glyphs and the count.
fn depot(messages: &Messages, lot: &LotState, height: f64) -> Html {
    let dir = TextDirection::of(messages);
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
            <text class="depot-title" x={(DEPOT_WIDTH / 2.0).to_string()} y="40" text-anchor="middle"
                  direction={dir.direction}>{ messages.text("lot-depot-title") }</text>
            <text class="depot-count" x={(DEPOT_WIDTH / 2.0).to_string()} y="80" text-anchor="middle">
                { lot.boxes_in_depot.to_string() }
            </text>
            <text class="depot-unit" x={(DEPOT_WIDTH / 2.0).to_string()} y="104" text-anchor="middle"
                  direction={dir.direction}>
                { tr!(messages, "lot-depot-unit", count = count(lot.boxes_in_depot)) }
            </text>
            { for glyphs }
            { beyond_depot(messages, lot.boxes_beyond_depot()) }
        </g>
    }
}

/// Boxes taken after the depot ran out (the article's loop restarts every
/// task it finds done): a dashed box outside the stack and their count.
fn beyond_depot(messages: &Messages, boxes: u32) -> Html {
    if boxes == 0 {
        return Html::default();
    }
    let dir = TextDirection::of(messages);
    html! {
        <g class="depot-beyond" data-testid="boxes-beyond-depot" data-boxes={boxes.to_string()}>
            <rect x="20" y="116" width="28" height="20" rx="3" />
            <text x="54" y="133" direction={dir.direction} text-anchor={dir.left_edge}>
                { tr!(messages, "lot-depot-beyond", count = count(boxes)) }
            </text>
        </g>
    }
}

fn state_class(status: &StationStatus) -> &'static str {
    status.state.as_str()
}

/// What a station is doing, as its booth says it.
fn state_label(messages: &Messages, status: &StationStatus) -> String {
    tr!(messages, "lot-station-state", state = status.state.as_str())
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
fn lanes(
    messages: &Messages,
    lot: &LotState,
    on_break: &Callback<u32>,
    on_thread: Option<OnThread>,
    width: f64,
    pitch: f64,
) -> (f64, Html) {
    let height = 24.0 + lot.stations.len() as f64 * pitch;
    let depot_centre_y = height - 60.0;
    let rows = lot.stations.iter().enumerate().map(|(index, status)| {
        let lane = Lane {
            y: 16.0 + index as f64 * pitch,
            depot_centre_y,
            width,
        };
        lane.render(
            messages,
            status,
            lot.capacity,
            on_break,
            OnThread::mark(on_thread, status),
        )
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

    fn render(
        &self,
        messages: &Messages,
        status: &StationStatus,
        capacity: u32,
        on_break: &Callback<u32>,
        thread: Option<&'static str>,
    ) -> Html {
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
                { self.booth(messages, status, capacity, on_break, thread) }
                { for self.failure_flash(messages, status, capacity) }
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
    fn booth(
        &self,
        messages: &Messages,
        status: &StationStatus,
        capacity: u32,
        on_break: &Callback<u32>,
        thread: Option<&'static str>,
    ) -> Html {
        let (booth_x, y) = (Self::BOOTH_X, self.y);
        let dir = TextDirection::of(messages);
        let state = state_label(messages, status);
        // At work, the booth says whether its task holds the thread.
        let shown_state = match thread {
            Some("running") => tr!(messages, "lot-station-on-thread"),
            Some("ready") => tr!(messages, "lot-station-ready"),
            Some(_) => tr!(messages, "lot-station-asleep"),
            None => state.clone(),
        };
        let title = tr!(
            messages,
            "lot-station-booth-title",
            station = count(status.station),
            state_label = state.clone(),
            remaining = count(status.remaining)
        );
        let (on_click, on_key) = breaker(status, on_break);
        let breakable = on_click.is_some();
        html! {
            <g class={classes!("station", "lane", state_class(status), thread.map(|mark| format!("thread-{mark}")))}
               data-testid="station"
               data-station={status.station.to_string()}
               data-remaining={status.remaining.to_string()}
               data-state={status.state.as_str()}
               data-thread={thread}
               role={breakable.then_some("button")}
               tabindex={breakable.then_some("0")}
               aria-describedby={breakable.then_some(BREAK_HINT_ID)}
               onclick={on_click} onkeydown={on_key}>
                <title>{ title }</title>
                <rect class="booth" x={booth_x.to_string()} y={y.to_string()} width="230" height={(LANE_HEIGHT - 8.0).to_string()} rx="10" />
                <text class="booth-name" x={(booth_x + 12.0).to_string()} y={(y + 26.0).to_string()}
                      direction={dir.direction} text-anchor={dir.left_edge}>
                    { tr!(messages, "lot-station-name", station = count(status.station)) }
                </text>
                <text class="booth-state" x={(booth_x + 12.0).to_string()} y={(y + 52.0).to_string()}
                      direction={dir.direction} text-anchor={dir.left_edge}>
                    { shown_state }
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

    /// A flash on each failure, and the error beside the booth: fading
    /// out as the run plays, kept while it is paused and the failure is
    /// still the station's latest news.
    fn failure_flash(
        &self,
        messages: &Messages,
        status: &StationStatus,
        capacity: u32,
    ) -> Option<Html> {
        let failure = status.last_failure?;
        let error = station_error(messages, failure.error);
        let compact = self.width < WIDTH;
        // Whether the failure restarts the station, as its event says, and
        // whether the new box has come yet (at once under most policies,
        // once the whole batch is back under ALL_COMPLETED).
        let then = match (failure.restarting, status.state == StationState::Failed) {
            (true, true) => "lot-failure-restarting",
            (true, false) => "lot-failure-restarted",
            (false, _) => "lot-failure-not-restarted",
        };
        let note = if compact {
            // A narrow drawing has no room beside the booth: the note goes
            // below it, and the booth itself says whether it restarted.
            error
        } else {
            tr!(messages, then, error = error)
        };
        let dir = TextDirection::of(messages);
        let (booth_x, y) = (Self::BOOTH_X, self.y);
        let note = format!("⚠ {note}");
        // Wide, the note lies over the lane's cars: on a card of its own,
        // so that it reads whatever is beneath. Narrow, it goes below the
        // booth, in the gap between lanes.
        let card = (!compact).then(|| {
            let room = self.width - booth_x - 262.0;
            let width = (estimated_width(&note, FAILURE_NOTE_PX) + 16.0).min(room);
            html! {
                <rect class="failure-note-card" x={(booth_x + 246.0).to_string()} y={(y + 16.0).to_string()}
                      width={width.to_string()} height="36" rx="8" />
            }
        });
        let (note_x, note_y) = if compact {
            (booth_x - 12.0, y + LANE_HEIGHT + 14.0)
        } else {
            (booth_x + 254.0, y + 41.0)
        };
        Some(html! {
            <><g key={status.failures} aria-hidden="true"
                  class={classes!("failure-flash", status.failure_is_latest(capacity).then_some("latest"))}>
                <rect x={(booth_x - 4.0).to_string()} y={(y - 4.0).to_string()} width="238"
                      height={LANE_HEIGHT.to_string()} rx="12" />
                { for card }
                <text x={note_x.to_string()} y={note_y.to_string()}
                      direction={dir.direction} text-anchor={dir.left_edge}>{ note }</text>
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
fn tiles(
    messages: &Messages,
    lot: &LotState,
    labelled: bool,
    on_break: &Callback<u32>,
    on_thread: Option<OnThread>,
) -> (f64, Html) {
    let station_count = lot.stations.len();
    let area_x = DEPOT_WIDTH + 16.0;
    let area_width = WIDTH - area_x - 8.0;
    let columns = if labelled { 10 } else { 40 };
    let cell = area_width / f64::from(columns);
    let rows = station_count.div_ceil(columns as usize);
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
        let thread = OnThread::mark(on_thread, status);
        html! {
            <g key={status.station} class={classes!("station", "tile", state_class(status), thread.map(|mark| format!("thread-{mark}")))}
               data-testid="station"
               data-station={status.station.to_string()}
               data-remaining={status.remaining.to_string()}
               data-state={status.state.as_str()}
               data-thread={thread}
               role={breakable.then_some("button")}
               tabindex={breakable.then_some("0")}
               aria-describedby={breakable.then_some(BREAK_HINT_ID)}
               onclick={on_click} onkeydown={on_key}
               transform={format!("translate({x} {y})")}>
                <title>{ tr!(messages, "lot-station-tile-title",
                    station = count(status.station),
                    state = status.state.as_str()) }</title>
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
