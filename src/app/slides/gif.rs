//! The GIF encoder, a WebAssembly module of its own (crates/gif-encoder),
//! imported the first time a GIF is exported: neither of the page's
//! builds carries it. `vaccinationLot.loadGif()` (static/loader.js)
//! imports and starts it, and resolves to its module.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::error_text;

#[wasm_bindgen]
extern "C" {
    /// The GIF module's `GifEncoder`: an animated GIF being written.
    pub type GifEncoder;

    /// Appends a frame of RGBA pixels.
    #[wasm_bindgen(method, catch)]
    pub fn add_frame(this: &GifEncoder, rgba: &[u8]) -> Result<(), JsValue>;

    /// The whole file; the encoder is spent.
    #[wasm_bindgen(method, catch)]
    pub fn finish(this: &GifEncoder) -> Result<Uint8Array, JsValue>;
}

/// A new encoder of `width` × `height` px frames shown `delay` hundredths
/// of a second each, keeping `inks` (RGB triples) exact in its palette;
/// the module imported if it is not yet.
pub async fn gif_encoder(
    width: u32,
    height: u32,
    delay: u16,
    inks: &[u8],
) -> Result<GifEncoder, String> {
    let window = web_sys::window().ok_or("no window")?;
    let loader = Reflect::get(&window, &JsValue::from_str("vaccinationLot"))
        .map_err(|error| error_text(&error))?;
    let load: Function = Reflect::get(&loader, &JsValue::from_str("loadGif"))
        .ok()
        .and_then(|load| load.dyn_into().ok())
        .ok_or("the page's loader has no GIF module")?;
    let promise: js_sys::Promise = load
        .call0(&loader)
        .map_err(|error| error_text(&error))?
        .dyn_into()
        .map_err(|_| "the GIF module did not load")?;
    let module = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|error| format!("loading the GIF module: {}", error_text(&error)))?;
    let class: Function = Reflect::get(&module, &JsValue::from_str("GifEncoder"))
        .ok()
        .and_then(|class| class.dyn_into().ok())
        .ok_or("the GIF module has no encoder")?;
    let args = Array::of4(
        &JsValue::from(width),
        &JsValue::from(height),
        &JsValue::from(delay),
        &Uint8Array::from(inks),
    );
    Reflect::construct(&class, &args)
        .map(JsCast::unchecked_into)
        .map_err(|error| error_text(&error))
}
