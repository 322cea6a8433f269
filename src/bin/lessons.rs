//! The page with its guided lessons: the build the loader starts when a
//! lesson is asked for (`static/loader.js`).

#[cfg(target_arch = "wasm32")]
fn main() {
    vaccination_lot::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the page's entry point with lessons; build it with `trunk build` (see README.md)."
    );
}
