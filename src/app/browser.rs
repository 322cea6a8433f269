//! Small helpers over the browser's APIs that several parts of the page
//! use: the wall clock, randomness, the address bar and downloads.
//!
//! Owns no state and no listener; every function degrades to a harmless
//! default where an API is missing (no window, no performance timer), so
//! nothing here can panic the module.

use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the page loaded (`performance.now()`), 0 if the
/// browser has no performance API.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// A fresh random seed from the browser's `Math.random`.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32) | low
}

/// The page's query string (`""` outside a browser).
pub fn location_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// The browser's preferred languages, most preferred first
/// (`navigator.languages`; empty outside a browser).
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|language| language.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The page's address without its query: where shared links point.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|window| {
            let location = window.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// The page's fragment, with its `#` (`""` when none).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Puts `query` in the address bar without reloading, so reloading or
/// copying the address gives the same run. The fragment (a lesson) stays.
pub fn replace_query(query: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let address = format!("{query}{}", location_hash());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Takes the fragment out of the address bar, without reloading.
pub fn clear_fragment() {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let address = format!("{}{}", page_base(), location_query());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Loads the page again, at this address with `query` (with its `?`) and
/// `fragment` (with its `#`): the loader (`static/loader.js`) reads the
/// address to choose which build of the page to start.
pub fn load_again(query: &str, fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let address = format!("{}{query}{fragment}", page_base());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
    let _ = window.location().reload();
}

/// Offers `contents` as a file download.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let describe = |error: JsValue| format!("{error:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    download_blob(file_name, &blob)
}

/// Offers `blob` as a file download named `file_name`.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let describe = |error: JsValue| format!("{error:?}");
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(describe)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).map_err(describe)?;
    Ok(())
}

/// A thrown JavaScript value as text: an `Error`'s message, a string as
/// it is, anything else as "an unknown error".
pub fn error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "an unknown error".into())
}

/// The text of the file at `path` (relative to the page), fetched; the
/// error names the path and what went wrong.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|error| format!("fetching {path}: {}", error_text(&error)))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| format!("fetching {path}: not a response"))?;
    if !response.ok() {
        return Err(format!("fetching {path}: HTTP {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|error| format!("reading {path}: {}", error_text(&error)))?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| format!("reading {path}: not text"))
}
