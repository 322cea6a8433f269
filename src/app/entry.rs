//! The page's entry points: mounting the app, the panel shown if the
//! module panics, and the functions the benchmarks call from JavaScript.
//!
//! Owns nothing after start-up; the app itself is `components::root::App`.

use wasm_bindgen::prelude::*;

use crate::sim::{Config, LocalRun};

use super::browser::now_ms;
use super::components;

/// Mounts the app on `<body>`, with a panic hook that shows an error panel.
///
/// The module's start (its instantiation), reading the English messages
/// the first render needs, and the first render are three tasks, so that
/// the browser is never held long at once on a slow phone (the page
/// itself then mounts in parts: `components::root`).
pub fn mount() {
    install_panic_panel();
    after_a_task(|| {
        crate::i18n::Messages::english();
        after_a_task(|| {
            // The class view (`class=1`) is in the build with lessons only:
            // the loader starts that build for it.
            #[cfg(feature = "lessons")]
            if components::class::asked() {
                yew::Renderer::<components::class::ClassView>::new().render();
                return;
            }
            yew::Renderer::<components::root::App>::new().render();
        });
    });
}

/// Runs `then` in a task of its own, once the browser has had its turn.
fn after_a_task(then: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(0, then).forget();
}

/// A wasm panic kills the module: say so on the page (and in the console)
/// instead of leaving a frozen picture, in the page's language
/// ([`crate::i18n::current`]: no yew context is reachable from here), and
/// tell an embedding page (`{type: "error", fatal: true}`), which gets
/// nothing but that from then on.
///
/// Set through yew's own setter: its renderer replaces any other hook
/// when the app is rendered.
fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        super::host::post_crash(&info.to_string());
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Ok(panel) = document.create_element("div") else {
            return;
        };
        panel.set_class_name("panic-panel");
        let _ = panel.set_attribute("role", "alert");
        let _ = panel.set_attribute("data-testid", "error-panel");
        // In the language on screen; the details are the program's own.
        let messages = crate::i18n::current::on_screen();
        panel.set_text_content(Some(&crate::tr!(
            messages,
            "panic-panel",
            details = info.to_string()
        )));
        if let Some(body) = document.body() {
            let _ = body.append_child(&panel);
        }
    }));
}

/// Runs `boxes` boxes at `stations` stations on the native executor
/// ([`crate::sim::FifoPool`]) inside the page and returns shots per
/// second: the engine's speed in wasm, for
/// `scripts/bench-browser.mjs` (reachable as
/// `window.wasmBindings.bench_engine`).
#[wasm_bindgen]
pub fn bench_engine(stations: u32, boxes: u32, seed: u32) -> f64 {
    let config = Config {
        stations: stations.clamp(1, 1000),
        boxes: boxes.clamp(1, 1_000_000),
        ..Config::default()
    };
    let started = now_ms();
    let mut shots = 0u64;
    LocalRun::new(config, u64::from(seed)).run_to_end(|event| shots += u64::from(event.is_shot()));
    let seconds = (now_ms() - started) / 1000.0;
    shots as f64 / seconds.max(1e-6)
}

/// Panics on purpose, for the end-to-end test that the panic panel shows
/// and the host is told (`e2e/panic.test.mjs`, reachable as
/// `window.wasmBindings.panic_for_test`). Nothing in the page calls it.
#[wasm_bindgen]
pub fn panic_for_test() {
    panic!("a panic asked for by panic_for_test");
}

/// The size of the module's linear memory [bytes], for
/// `scripts/bench-memory.mjs` (reachable as
/// `window.wasmBindings.wasm_memory_bytes`).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| f64::from(js_sys::ArrayBuffer::from(memory.buffer()).byte_length()))
        .unwrap_or(0.0)
}
