//! A [`Picture`] painted on a canvas, in the page's own colours.
//!
//! The inks are read from the page's style sheet (its custom properties,
//! as the theme and `prefers-color-scheme` set them) once per export, so
//! an export looks like the lot on screen; each has the light theme's
//! colour as its fallback.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use crate::model::slides::{Align, Ink, Picture, Shape};
use crate::sim::StationState;

/// The page's colours and font, as CSS values.
pub struct Palette {
    /// Ink by ink, in [`Palette::INKS`]' order.
    colours: Vec<String>,
    /// The page's font family.
    font: String,
}

impl Palette {
    /// Each ink's custom property and light-theme fallback.
    const INKS: [(&'static str, &'static str); 13] = [
        ("--bg", "#f7f5f0"),
        ("--panel", "#ffffff"),
        ("--line", "#d9d5cc"),
        ("--road", "#e6e2d8"),
        ("--ink", "#1d1f23"),
        ("--muted", "#5b6068"),
        ("--box", "#e69f00"),
        ("--idle", "#8a8f98"),
        ("--working", "#0072b2"),
        ("--failed", "#d55e00"),
        ("--done", "#009e73"),
        ("--working-text", "#005a8c"),
        ("--failed-text", "#a34400"),
    ];

    /// The colours in force on `element` (the page's root, for its theme).
    pub fn of(element: &Element) -> Palette {
        let style =
            web_sys::window().and_then(|window| window.get_computed_style(element).ok().flatten());
        let read = |name: &str| {
            style
                .as_ref()
                .and_then(|style| style.get_property_value(name).ok())
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        Palette {
            colours: Self::INKS
                .iter()
                .map(|(name, fallback)| read(name).unwrap_or_else(|| fallback.to_string()))
                .collect(),
            font: read("font-family").unwrap_or_else(|| "system-ui, sans-serif".into()),
        }
    }

    /// The colours of the page around `element`: its root (`.app`),
    /// whose style holds the theme's colours.
    pub fn of_page(element: &Element) -> Palette {
        let root = element.closest(".app").ok().flatten();
        Palette::of(root.as_ref().unwrap_or(element))
    }

    fn ink(&self, ink: Ink) -> &str {
        let index = match ink {
            Ink::Background => 0,
            Ink::Panel => 1,
            Ink::Line => 2,
            Ink::Road => 3,
            Ink::Text => 4,
            Ink::Muted => 5,
            Ink::Box => 6,
            Ink::State(StationState::Idle | StationState::Cancelled) => 7,
            Ink::State(StationState::Working) => 8,
            Ink::State(StationState::Failed) => 9,
            Ink::State(StationState::Done) => 10,
            Ink::StateText(StationState::Working) => 11,
            Ink::StateText(StationState::Failed) => 12,
            // The page has no darker green or grey for text: the state's
            // own green, and the muted grey.
            Ink::StateText(StationState::Done) => 10,
            Ink::StateText(StationState::Idle | StationState::Cancelled) => 5,
        };
        &self.colours[index]
    }
}

/// Every ink of `palette` as `canvas` paints it: RGB triples, whatever
/// syntax the style sheet wrote them in (for the GIF's palette, where they
/// stay exact). Paints over the canvas's top left corner.
pub fn inks_rgb(canvas: &HtmlCanvasElement, palette: &Palette) -> Result<Vec<u8>, String> {
    let count = palette.colours.len() as u32;
    if canvas.width() < count {
        canvas.set_width(count);
    }
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "no 2D canvas".to_string())?;
    for (index, colour) in palette.colours.iter().enumerate() {
        context.set_fill_style_str(colour);
        context.fill_rect(index as f64, 0.0, 1.0, 1.0);
    }
    let pixels = context
        .get_image_data(0.0, 0.0, f64::from(count), 1.0)
        .map_err(|error| crate::app::browser::error_text(&error))?;
    Ok(pixels
        .data()
        .0
        .chunks_exact(4)
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect())
}

/// The canvas's 2D context, the canvas sized to `picture` (in output
/// pixels, whatever the screen's density).
pub fn context_for(
    canvas: &HtmlCanvasElement,
    picture: &Picture,
) -> Result<CanvasRenderingContext2d, String> {
    if canvas.width() != picture.width || canvas.height() != picture.height {
        canvas.set_width(picture.width);
        canvas.set_height(picture.height);
    }
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| "no 2D canvas".to_string())
}

/// Paints `picture` over the whole canvas of `context`.
pub fn paint(context: &CanvasRenderingContext2d, picture: &Picture, palette: &Palette) {
    let direction = if picture.right_to_left { "rtl" } else { "ltr" };
    // `direction` has no binding in web-sys; it is a plain property.
    let _ = js_sys::Reflect::set(
        context,
        &JsValue::from_str("direction"),
        &JsValue::from_str(direction),
    );
    context.set_text_baseline("alphabetic");
    let line_width = f64::from(picture.width) / 640.0;
    for shape in &picture.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                radius,
                fill,
                stroke,
            } => {
                context.begin_path();
                let radius = radius.min(width / 2.0).min(height / 2.0).max(0.0);
                let _ = context.round_rect_with_f64(*x, *y, *width, *height, radius);
                context.set_fill_style_str(palette.ink(*fill));
                context.fill();
                if let Some(stroke) = stroke {
                    context.set_stroke_style_str(palette.ink(*stroke));
                    context.set_line_width(line_width.max(1.0));
                    context.stroke();
                }
            }
            Shape::Text {
                x,
                y,
                size,
                bold,
                align,
                ink,
                max_width,
                text,
            } => {
                let weight = if *bold { "700" } else { "400" };
                context.set_font(&format!("{weight} {size:.1}px {}", palette.font));
                context.set_text_align(match align {
                    Align::Left => "left",
                    Align::Centre => "center",
                    Align::Right => "right",
                });
                context.set_fill_style_str(palette.ink(*ink));
                let _ = context.fill_text_with_max_width(text, *x, *y, *max_width);
            }
        }
    }
}
