//! In-browser tests (headless Chromium, wasm-bindgen-test): the runtime on
//! the browser's executor and the components as a user sees them.
#![cfg(target_arch = "wasm32")]

mod components;
mod dom;
mod numbers;
mod panels;
mod runtime;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
