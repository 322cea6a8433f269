//! Mounting components and reading the DOM.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A fresh container attached to the document body.
pub fn container() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

pub fn by_testid(root: &Element, testid: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
}

pub fn all_by_testid(root: &Element, testid: &str) -> Vec<Element> {
    let list = root
        .query_selector_all(&format!("[data-testid=\"{testid}\"]"))
        .unwrap();
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

pub fn text(root: &Element, testid: &str) -> String {
    by_testid(root, testid)
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

pub fn click(root: &Element, testid: &str) {
    by_testid(root, testid)
        .unwrap_or_else(|| panic!("no element {testid}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Waits (rendering in between) until `condition` holds, up to ~60 s.
pub async fn wait_until(mut condition: impl FnMut() -> bool, what: &str) {
    for _ in 0..1200 {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        TimeoutFuture::new(50).await;
    }
    panic!("timed out waiting for {what}");
}
