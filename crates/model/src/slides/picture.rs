//! One frame of an export: the lot at a moment, laid out as rectangles and
//! texts at the output's size, for the page to paint on a canvas.
//!
//! ```text
//!   ┌──────────────────────────────────────────────────────────┐
//!   │ Parking-lot vaccination                    Clock 12.34 s │  header
//!   │ ┌───────┐ ┌─────────────────────────────────────────────┐│
//!   │ │ Depot │ │ Station 1  giving shots   ███████░░░░░   63 ││  a row per station
//!   │ │  97   │ │ Station 2  waiting        ░░░░░░░░░░░░    0 ││  (up to 12; beyond,
//!   │ │ ▭▭▭▭▭ │ │ …                                           ││  a grid of tiles)
//!   │ └───────┘ └─────────────────────────────────────────────┘│
//!   │ Doses given 234   Doses wasted 0   Boxes done 2           │  tally
//!   └──────────────────────────────────────────────────────────┘
//! ```
//!
//! Laid out on a 1280 × 720 design and scaled to the output, so a 320 px
//! frame is the 1280 px one made smaller; the smallest text is 14 design
//! px, 3.5 px at 320 wide only in a grid of hundreds of stations, where
//! tiles carry no labels. Inks are named by role ([`Ink`]): the page
//! gives them its own colours, as its style sheet and theme set them.
//! The drawing runs left to right in every language, as the page's lot
//! does; in a right-to-left language its texts are set right to left.

use crate::event_text::station_error;
use crate::figures::{count, seconds};
use crate::i18n::{Direction, Messages};
use crate::sim::{LotState, SimDuration, SimTime, StationState, StationStatus};
use crate::tr;

use super::plan::height_for;

/// The design's size \[design px\]: the output is this, scaled.
const DESIGN_WIDTH: f64 = 1280.0;
const DESIGN_HEIGHT: f64 = 720.0;
/// Where the depot and the stations lie \[design px\].
const MARGIN: f64 = 24.0;
const HEADER: f64 = 80.0;
const TALLY: f64 = 56.0;
const DEPOT_WIDTH: f64 = 220.0;
/// Up to this many stations get a row each; more get tiles.
const ROW_LIMIT: usize = 12;
/// Box glyphs drawn in the depot, at most.
const DEPOT_GLYPHS: u32 = 40;

/// What a shape is coloured with, by its role on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// The page's background.
    Background,
    /// A panel's face (the depot, a booth).
    Panel,
    /// Borders.
    Line,
    /// A gauge's empty part.
    Road,
    /// Body text.
    Text,
    /// Secondary text.
    Muted,
    /// A box of doses in the depot.
    Box,
    /// The colour of a station's state.
    State(StationState),
    /// Text in a station's state colour, dark enough to read.
    StateText(StationState),
}

/// Where a text is anchored on its `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `x` is the text's left edge.
    Left,
    /// `x` is its middle.
    Centre,
    /// `x` is its right edge.
    Right,
}

/// One thing to paint \[output px\].
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rounded rectangle, filled, with an optional border.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// Corner radius.
        radius: f64,
        /// The fill.
        fill: Ink,
        /// The border, 2 design px wide, if any.
        stroke: Option<Ink>,
    },
    /// A line of text on its baseline `y`, squeezed to `max_width`.
    Text {
        /// Anchor (see `align`).
        x: f64,
        /// Baseline.
        y: f64,
        /// Font size.
        size: f64,
        /// Bold or regular.
        bold: bool,
        /// Where `x` lies on the text.
        align: Align,
        /// Its colour.
        ink: Ink,
        /// The widest it may be; a longer text is squeezed to fit.
        max_width: f64,
        /// The words.
        text: String,
    },
}

/// A whole frame: its size and its shapes, painted in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Output width \[px\].
    pub width: u32,
    /// Output height \[px\], 16:9 ([`height_for`]).
    pub height: u32,
    /// Texts run right to left (the page's language does).
    pub right_to_left: bool,
    /// Back to front.
    pub shapes: Vec<Shape>,
}

/// A rectangle of the design \[design px\].
#[derive(Clone, Copy)]
struct Area {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

impl Area {
    const fn new(x: f64, y: f64, width: f64, height: f64) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }
}

/// How a text is set: its size \[design px\], weight, anchor and ink.
#[derive(Clone, Copy)]
struct Type {
    size: f64,
    bold: bool,
    align: Align,
    ink: Ink,
}

impl Type {
    const fn new(size: f64, bold: bool, align: Align, ink: Ink) -> Type {
        Type {
            size,
            bold,
            align,
            ink,
        }
    }
}

/// Adds shapes in design units, scaled to the output.
struct Pen {
    scale: f64,
    shapes: Vec<Shape>,
}

impl Pen {
    /// A rounded rectangle over `area`.
    fn rect(&mut self, area: Area, radius: f64, fill: Ink, stroke: Option<Ink>) {
        let s = self.scale;
        self.shapes.push(Shape::Rect {
            x: area.x * s,
            y: area.y * s,
            width: area.width.max(0.0) * s,
            height: area.height.max(0.0) * s,
            radius: radius * s,
            fill,
            stroke,
        });
    }

    /// `text` set in `kind` on the baseline `y`, anchored at `x`, at most
    /// `max_width` wide.
    fn text(&mut self, (x, y): (f64, f64), max_width: f64, kind: Type, text: String) {
        let s = self.scale;
        self.shapes.push(Shape::Text {
            x: x * s,
            y: y * s,
            size: kind.size * s,
            bold: kind.bold,
            align: kind.align,
            ink: kind.ink,
            max_width: max_width.max(1.0) * s,
            text,
        });
    }
}

/// The moment a frame shows.
#[derive(Clone, Copy, Debug)]
pub struct Moment<'a> {
    /// The lot then.
    pub lot: &'a LotState,
    /// The time the frame's clock shows.
    pub clock: SimTime,
    /// How long a station stays marked after its task failed [simulated
    /// time]: a clip's second of output, so that every failure shows in
    /// its frames (its restart comes at the same instant); zero for a
    /// still, which marks it while it is the station's latest news.
    pub failure_shown: SimDuration,
}

impl Moment<'_> {
    /// The failure to mark on `status`, if any.
    fn failure(&self, status: &StationStatus) -> Option<crate::sim::Failure> {
        let failure = status.last_failure?;
        let recent = failure.at <= self.clock && self.clock < failure.at + self.failure_shown;
        (recent || status.failure_is_latest(self.lot.capacity)).then_some(failure)
    }
}

/// The lot at `moment`, `width` px wide, in `messages`' language.
pub fn picture(messages: &Messages, moment: &Moment, width: u32) -> Picture {
    let (lot, clock) = (moment.lot, moment.clock);
    let height = height_for(width);
    let mut pen = Pen {
        scale: f64::from(width) / DESIGN_WIDTH,
        shapes: Vec::new(),
    };
    let whole = Area::new(0.0, 0.0, DESIGN_WIDTH, DESIGN_HEIGHT);
    pen.rect(whole, 0.0, Ink::Background, None);
    header(&mut pen, messages, lot, clock);
    let body = Area::new(MARGIN, HEADER, DEPOT_WIDTH, DESIGN_HEIGHT - HEADER - TALLY);
    depot(&mut pen, messages, lot, body);
    let stations_x = MARGIN + DEPOT_WIDTH + MARGIN;
    let stations = Area::new(
        stations_x,
        body.y,
        DESIGN_WIDTH - stations_x - MARGIN,
        body.height,
    );
    if lot.stations.len() <= ROW_LIMIT {
        rows(&mut pen, messages, moment, stations);
    } else {
        tiles(&mut pen, moment, stations);
    }
    tally(&mut pen, messages, lot);
    Picture {
        width,
        height,
        right_to_left: messages.locale().direction() == Direction::RightToLeft,
        shapes: pen.shapes,
    }
}

/// The page's title, a finished run's headline, and the clock.
fn header(pen: &mut Pen, messages: &Messages, lot: &LotState, clock: SimTime) {
    let baseline = HEADER / 2.0 + 14.0;
    let title = Type::new(28.0, true, Align::Left, Ink::Text);
    pen.text(
        (MARGIN, baseline),
        560.0,
        title,
        messages.text("masthead-title"),
    );
    if lot.finished {
        let headline = if lot.boxes_cancelled > 0 {
            messages.text("lot-finished-mid-box")
        } else {
            messages.text("lot-finished-all-used")
        };
        // Between the title (up to 584) and the clock's label (from 896).
        let kind = Type::new(
            26.0,
            true,
            Align::Centre,
            Ink::StateText(StationState::Done),
        );
        pen.text((760.0, baseline), 260.0, kind, headline);
    }
    let right = DESIGN_WIDTH - MARGIN;
    let clock_text = tr!(messages, "stats-seconds", seconds = seconds(clock));
    pen.text(
        (right, baseline),
        240.0,
        Type::new(40.0, true, Align::Right, Ink::Text),
        clock_text,
    );
    let label = Type::new(22.0, false, Align::Right, Ink::Muted);
    pen.text(
        (right - 250.0, baseline),
        110.0,
        label,
        messages.text("stats-clock"),
    );
}

/// The depot in `area`: its title, the boxes left and a stack of box
/// glyphs.
fn depot(pen: &mut Pen, messages: &Messages, lot: &LotState, area: Area) {
    let centre = area.x + area.width / 2.0;
    let inner = area.width - 32.0;
    pen.rect(area, 14.0, Ink::Panel, Some(Ink::Line));
    let heading = Type::new(26.0, true, Align::Centre, Ink::Text);
    pen.text(
        (centre, area.y + 44.0),
        inner,
        heading,
        messages.text("lot-depot-title"),
    );
    let figure = Type::new(64.0, true, Align::Centre, Ink::Text);
    pen.text(
        (centre, area.y + 118.0),
        inner,
        figure,
        lot.boxes_in_depot.to_string(),
    );
    let unit = tr!(
        messages,
        "lot-depot-unit",
        count = count(lot.boxes_in_depot)
    );
    let unit_type = Type::new(22.0, false, Align::Centre, Ink::Muted);
    pen.text((centre, area.y + 152.0), inner, unit_type, unit);
    // Rows of five from the bottom up, as many as fit below the count.
    let (glyph_top, floor) = (area.y + 176.0, area.y + area.height - 16.0);
    let rows_that_fit = ((floor - glyph_top) / 30.0).floor().max(0.0) as u32;
    let shown = lot.boxes_in_depot.min(DEPOT_GLYPHS).min(rows_that_fit * 5);
    for index in 0..shown {
        let x = area.x + 20.0 + f64::from(index % 5) * 37.0;
        let y = floor - 24.0 - f64::from(index / 5) * 30.0;
        pen.rect(Area::new(x, y, 32.0, 24.0), 4.0, Ink::Box, None);
    }
}

/// A row per station in `area`: its booth with name and state (or its
/// failure, marked), a gauge of the doses left in its box, and their
/// number.
fn rows(pen: &mut Pen, messages: &Messages, moment: &Moment, area: Area) {
    let lot = moment.lot;
    let pitch = (area.height / lot.stations.len().max(1) as f64).min(140.0);
    let row_height = pitch - (pitch * 0.12).clamp(4.0, 14.0);
    // Two lines (name over state) when a row is tall enough, else one.
    let two_lines = row_height >= 80.0;
    let font = if two_lines {
        28.0
    } else {
        (row_height * 0.42).clamp(14.0, 26.0)
    };
    let number_width = 120.0;
    let gauge_x = area.x + 380.0;
    let gauge_width = area.width - 380.0 - number_width - 24.0;
    let gauge_height = (row_height * 0.4).clamp(8.0, 40.0);
    let number_font = font.max(18.0).min(row_height * 0.7);
    for (index, status) in lot.stations.iter().enumerate() {
        let y = area.y + index as f64 * pitch;
        let middle = y + row_height / 2.0;
        let state = status.state;
        let failure = moment.failure(status);
        // A failure marks the booth in the failed colour, whatever came
        // after it at the same instant.
        let mark = if failure.is_some() {
            StationState::Failed
        } else {
            state
        };
        let border = failure.map_or(Ink::Line, |_| Ink::State(StationState::Failed));
        let booth = Area::new(area.x, y, area.width, row_height);
        pen.rect(booth, 12.0, Ink::Panel, Some(border));
        let stripe = Area::new(area.x, y, 12.0, row_height);
        pen.rect(stripe, 6.0, Ink::State(mark), None);
        let name = tr!(
            messages,
            "lot-station-name",
            station = count(status.station)
        );
        let state_label = match failure {
            Some(failure) => {
                let then = match (failure.restarting, state == StationState::Failed) {
                    (true, true) => "lot-failure-restarting",
                    (true, false) => "lot-failure-restarted",
                    (false, _) => "lot-failure-not-restarted",
                };
                let error = station_error(messages, failure.error);
                format!("⚠ {}", tr!(messages, then, error = error))
            }
            None => tr!(messages, "lot-station-state", state = state.as_str()),
        };
        let name_type = Type::new(font, true, Align::Left, Ink::Text);
        let state_type = Type::new(font * 0.85, false, Align::Left, Ink::StateText(mark));
        if two_lines {
            pen.text((area.x + 32.0, middle - 6.0), 320.0, name_type, name);
            pen.text(
                (area.x + 32.0, middle + font * 0.9),
                320.0,
                state_type,
                state_label,
            );
        } else {
            let baseline = middle + font * 0.35;
            pen.text((area.x + 28.0, baseline), 150.0, name_type, name);
            pen.text((area.x + 190.0, baseline), 170.0, state_type, state_label);
        }
        let gauge = Area::new(
            gauge_x,
            middle - gauge_height / 2.0,
            gauge_width,
            gauge_height,
        );
        pen.rect(gauge, gauge_height / 4.0, Ink::Road, None);
        let fill = gauge_fraction(status, lot.capacity);
        if fill > 0.0 {
            let filled = Area::new(gauge.x, gauge.y, gauge.width * fill, gauge.height);
            pen.rect(filled, gauge_height / 4.0, Ink::State(state), None);
        }
        let number = Type::new(number_font, true, Align::Right, Ink::Text);
        let number_at = (area.x + area.width - 24.0, middle + number_font * 0.35);
        pen.text(
            number_at,
            number_width,
            number,
            status.remaining.to_string(),
        );
    }
}

/// A tile per station in `area`, its gauge filling it from the bottom in
/// the colour of its state, a failure marked in its corner; numbered
/// where a tile is large enough to read.
fn tiles(pen: &mut Pen, moment: &Moment, area: Area) {
    let lot = moment.lot;
    let (columns, cell) = grid(lot.stations.len(), area.width, area.height);
    let inset = (cell * 0.08).clamp(1.0, 4.0);
    let inner = cell - 2.0 * inset;
    let radius = inner / 8.0;
    for (index, status) in lot.stations.iter().enumerate() {
        let x = area.x + (index % columns) as f64 * cell + inset;
        let y = area.y + (index / columns) as f64 * cell + inset;
        let state = status.state;
        let tile = Area::new(x, y, inner, inner);
        pen.rect(tile, radius, Ink::Road, Some(Ink::State(state)));
        let fill = gauge_fraction(status, lot.capacity);
        if fill > 0.0 {
            let filled = Area::new(x, y + inner * (1.0 - fill), inner, inner * fill);
            pen.rect(filled, radius, Ink::State(state), None);
        }
        if moment.failure(status).is_some() {
            let corner = Area::new(x, y, inner / 3.0, inner / 3.0);
            pen.rect(corner, radius, Ink::State(StationState::Failed), None);
        }
        if inner >= 44.0 {
            let size = (inner * 0.34).min(28.0);
            let label = Type::new(size, true, Align::Centre, Ink::Text);
            let at = (x + inner / 2.0, y + inner / 2.0 + size * 0.35);
            pen.text(at, inner, label, status.station.to_string());
        }
    }
}

/// The columns and the side of a square cell that lay `stations` tiles
/// out in `width` × `height` with the largest cells.
fn grid(stations: usize, width: f64, height: f64) -> (usize, f64) {
    (1..=stations.max(1))
        .map(|columns| {
            let rows = stations.div_ceil(columns).max(1);
            (columns, (width / columns as f64).min(height / rows as f64))
        })
        .fold(
            (1, 0.0),
            |best, next| if next.1 > best.1 { next } else { best },
        )
}

/// The run's figures along the bottom: doses given and wasted, boxes done.
fn tally(pen: &mut Pen, messages: &Messages, lot: &LotState) {
    let baseline = DESIGN_HEIGHT - TALLY / 2.0 + 10.0;
    let figures = [
        ("stats-doses-given", lot.doses_given),
        ("stats-doses-wasted", lot.doses_wasted),
        ("stats-boxes-done", u64::from(lot.boxes_done)),
    ];
    let slot = (DESIGN_WIDTH - 2.0 * MARGIN) / figures.len() as f64;
    let (label, value) = (
        Type::new(24.0, false, Align::Left, Ink::Muted),
        Type::new(26.0, true, Align::Left, Ink::Text),
    );
    for (index, (id, figure)) in figures.into_iter().enumerate() {
        let x = MARGIN + index as f64 * slot;
        pen.text((x, baseline), slot * 0.6 - 12.0, label, messages.text(id));
        pen.text(
            (x + slot * 0.6, baseline),
            slot * 0.4 - 12.0,
            value,
            figure.to_string(),
        );
    }
}

/// The share of a box's doses still in it (0 with no box open).
fn gauge_fraction(status: &StationStatus, capacity: u32) -> f64 {
    if capacity == 0 {
        0.0
    } else {
        (f64::from(status.remaining) / f64::from(capacity)).clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::sim::Config;

    fn lot_of(stations: u32) -> LotState {
        LotState::new(&Config {
            stations,
            ..Config::default()
        })
    }

    fn at_start(lot: &LotState) -> Moment<'_> {
        Moment {
            lot,
            clock: SimTime::START,
            failure_shown: SimDuration::ZERO,
        }
    }

    fn bounds(shape: &Shape) -> (f64, f64, f64, f64) {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                ..
            } => (*x, *y, x + width, y + height),
            Shape::Text {
                x,
                y,
                size,
                align,
                max_width,
                ..
            } => {
                let left = match align {
                    Align::Left => *x,
                    Align::Centre => x - max_width / 2.0,
                    Align::Right => x - max_width,
                };
                (left, y - size, left + max_width, *y)
            }
        }
    }

    #[test]
    fn every_shape_lies_inside_the_frame_at_every_width_and_station_count() {
        let messages = Messages::english();
        for width in super::super::plan::WIDTHS {
            for stations in [1, 3, 12, 13, 100, 1000] {
                let picture = picture(&messages, &at_start(&lot_of(stations)), width);
                let (w, h) = (f64::from(picture.width), f64::from(picture.height));
                for shape in &picture.shapes {
                    let (left, top, right, bottom) = bounds(shape);
                    let slack = 0.5;
                    assert!(
                        left >= -slack
                            && top >= -slack
                            && right <= w + slack
                            && bottom <= h + slack,
                        "{stations} stations at {width} px: {shape:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn each_station_has_its_row_or_tile_in_its_state_colour() {
        let messages = Messages::english();
        for stations in [3, 40] {
            let picture = picture(&messages, &at_start(&lot_of(stations)), 640);
            let coloured = picture
                .shapes
                .iter()
                .filter(|shape| {
                    matches!(
                        shape,
                        Shape::Rect {
                            fill: Ink::State(StationState::Idle),
                            ..
                        } | Shape::Rect {
                            stroke: Some(Ink::State(StationState::Idle)),
                            ..
                        }
                    )
                })
                .count();
            assert_eq!(coloured, stations as usize, "{stations} stations");
        }
    }

    #[test]
    fn the_clock_reads_the_frame_s_time() {
        let messages = Messages::english();
        let lot = lot_of(3);
        let moment = Moment {
            clock: SimTime::from_micros(12_345_678),
            ..at_start(&lot)
        };
        let picture = picture(&messages, &moment, 480);
        assert!(picture
            .shapes
            .iter()
            .any(|shape| matches!(shape, Shape::Text { text, .. } if text.contains("12.35"))));
        assert_eq!((picture.width, picture.height), (480, 270));
    }

    #[test]
    fn the_tiles_fill_the_area_with_the_largest_square_cells() {
        assert_eq!(grid(1, 100.0, 50.0), (1, 50.0));
        let (columns, cell) = grid(1000, 1000.0, 560.0);
        assert!(1000usize.div_ceil(columns) as f64 * cell <= 560.0);
        assert!(columns as f64 * cell <= 1000.0);
        assert!(cell > 20.0, "{cell}");
    }

    #[test]
    fn texts_run_right_to_left_in_arabic() {
        let arabic = Messages::translated(Locale::Arabic, "").unwrap();
        let lot = lot_of(3);
        assert!(picture(&arabic, &at_start(&lot), 480).right_to_left);
        assert!(!picture(&Messages::english(), &at_start(&lot), 480).right_to_left);
    }

    #[test]
    fn a_failure_is_marked_for_as_long_as_asked_though_restarted_at_once() {
        use crate::slides::Moments;
        use crate::source::RunSource;
        let config = crate::sim::Config {
            fail: 0.05,
            boxes: 20,
            capacity: 10,
            ..crate::sim::Config::default()
        };
        let source = RunSource::engine(config, 11, Vec::new());
        let mut events = Vec::new();
        source.replay(u64::MAX, |event| events.push(*event));
        let failed = events
            .iter()
            .position(|event| event.kind_name() == "failed")
            .expect("a failure at this rate and seed");
        let (station, _) = events[failed].station_and_box().unwrap();
        let failed_at = events[failed].at;
        // The station's next shot, from the box it was restarted with.
        let next_shot = events[failed..]
            .iter()
            .find(|event| {
                event.is_shot() && event.station_and_box().map(|(s, _)| s) == Some(station)
            })
            .unwrap()
            .at;
        let messages = Messages::english();
        let marked = |moments: &mut Moments, clock: SimTime, failure_shown: SimDuration| {
            let lot = moments.at(clock).unwrap().clone();
            let moment = Moment {
                lot: &lot,
                clock,
                failure_shown,
            };
            picture(&messages, &moment, 640)
                .shapes
                .iter()
                .any(|shape| matches!(shape, Shape::Text { text, .. } if text.starts_with('⚠')))
        };
        let since = next_shot - failed_at;
        // At its instant the failure is the station's latest news.
        assert!(marked(
            &mut Moments::of(&source),
            failed_at,
            SimDuration::ZERO
        ));
        // After the next shot, only for as long as asked.
        let longer = SimDuration::from_micros(since.as_micros() + 1);
        assert!(marked(&mut Moments::of(&source), next_shot, longer));
        assert!(!marked(&mut Moments::of(&source), next_shot, since));
    }
}
