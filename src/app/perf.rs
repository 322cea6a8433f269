//! Frame timings for the in-browser benchmark.
//!
//! The frame loop records when it starts a frame's work and how long the
//! simulation took; the app records when the DOM has been updated. Each
//! frame's total (simulation + render) is pushed to the JS array
//! `window.__vaxlotFrames` \[ms\] and its simulation part to
//! `window.__vaxlotSimulationFrames`, which `scripts/bench-browser.mjs` reads.
//!
//! Owns only these timings; it reads the wall clock from `browser` and
//! knows nothing of the runner or the components that call it.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

use super::browser::now_ms;

/// Most frames kept in `window.__vaxlotFrames`.
const FRAMES_KEPT: u32 = 20_000;

thread_local! {
    /// `performance.now()` when the latest running frame's work began.
    static FRAME_STARTED_MS: Cell<Option<f64>> = const { Cell::new(None) };
    /// The latest running frame's simulation time [ms].
    static FRAME_SIMULATION_MS: Cell<f64> = const { Cell::new(0.0) };
    /// The latest running frame's rendering time [ms].
    static FRAME_RENDER_MS: Cell<f64> = const { Cell::new(0.0) };
}

/// How long the latest running frame took to render \[ms\].
pub fn last_render_ms() -> f64 {
    FRAME_RENDER_MS.with(Cell::get)
}

/// Called by the frame loop after simulating a running frame.
pub fn frame_simulated(simulation_ms: f64) {
    let started = now_ms() - simulation_ms;
    FRAME_STARTED_MS.with(|cell| cell.set(Some(started)));
    FRAME_SIMULATION_MS.with(|cell| cell.set(simulation_ms));
}

/// Called by the app once the frame's batch is rendered.
pub fn frame_rendered() {
    let Some(started) = FRAME_STARTED_MS.with(|cell| cell.take()) else {
        return;
    };
    let total = now_ms() - started;
    FRAME_RENDER_MS.with(|cell| cell.set((total - FRAME_SIMULATION_MS.with(Cell::get)).max(0.0)));
    let Some(window) = web_sys::window() else {
        return;
    };
    push_frame(&window, "__vaxlotFrames", total);
    push_frame(
        &window,
        "__vaxlotSimulationFrames",
        FRAME_SIMULATION_MS.with(Cell::get),
    );
}

/// Appends `value` to the array `window[name]`, creating it if needed.
fn push_frame(window: &web_sys::Window, name: &str, value: f64) {
    let key = JsValue::from_str(name);
    let frames = match js_sys::Reflect::get(window, &key) {
        // `Array::from` would copy (JS `Array.from`): cast the array itself.
        Ok(value) if js_sys::Array::is_array(&value) => value.unchecked_into::<js_sys::Array>(),
        _ => {
            let array = js_sys::Array::new();
            let _ = js_sys::Reflect::set(window, &key, &array);
            array
        }
    };
    if frames.length() < FRAMES_KEPT {
        frames.push(&JsValue::from_f64(value));
    }
}
