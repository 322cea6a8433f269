//! The page without the guided lessons: the build a visit downloads first
//! (`static/loader.js`); asking for a lesson loads the page again, and the
//! loader starts `vaccination-lot-lessons` instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    vaccination_lot::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the page's entry point; build it with `trunk build` (see README.md), or run the headless example.");
}
