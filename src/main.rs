#[cfg(target_arch = "wasm32")]
fn main() {
    vaccination_lot::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the page's entry point; build it with `trunk build` (see README.md), or run the headless example.");
}
