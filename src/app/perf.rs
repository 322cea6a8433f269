//! Frame timings for the in-browser benchmark.
//!
//! The frame loop records when it starts a frame's work and how long the
//! simulation took; the app records when the DOM has been updated. Each
//! frame's total (simulation + render) is pushed to the JS array
//! `window.__vaxlotFrames` [ms], which `scripts/bench-browser.mjs` reads.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

/// Most frames kept in `window.__vaxlotFrames`.
const FRAMES_KEPT: u32 = 20_000;

thread_local! {
    /// `performance.now()` when the latest running frame's work began.
    static FRAME_STARTED_MS: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Called by the frame loop after simulating a running frame.
pub fn frame_simulated(simulation_ms: f64) {
    let started = super::runtime::now_ms() - simulation_ms;
    FRAME_STARTED_MS.with(|cell| cell.set(Some(started)));
}

/// Called by the app once the frame's batch is rendered.
pub fn frame_rendered() {
    let Some(started) = FRAME_STARTED_MS.with(|cell| cell.take()) else {
        return;
    };
    let total = super::runtime::now_ms() - started;
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str("__vaxlotFrames");
    let frames = match js_sys::Reflect::get(&window, &key) {
        Ok(value) if value.is_instance_of::<js_sys::Array>() => js_sys::Array::from(&value),
        _ => {
            let array = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&window, &key, &array);
            array
        }
    };
    if frames.length() < FRAMES_KEPT {
        frames.push(&JsValue::from_f64(total));
    }
}
