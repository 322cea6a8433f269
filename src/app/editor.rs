//! The Python view's code editor: CodeMirror 6, bundled into
//! `editor/editor.js` at build time (`scripts/stage-python.sh`) and
//! imported only when the view first shows it, through the page's loader
//! (`vaccinationLot.loadEditor()`, `static/loader.js`).
//!
//! ```text
//!   CodeEditor::mount(parent, doc, label, on_change)
//!     ─► import("editor/editor.js").mountEditor(parent, {doc, label, onChange})
//!   every change ─► on_change(text)          drop ─► destroy()
//! ```
//!
//! Nothing here runs the code: the text goes to the Python worker only
//! when the learner presses Run.

use wasm_bindgen::prelude::*;

use super::browser::error_text;
use wasm_bindgen::JsCast;
use yew::Callback;

/// A mounted editor; destroyed when dropped.
pub struct CodeEditor {
    handle: JsValue,
    /// The editor's change listener, kept alive as long as it is.
    _on_change: Closure<dyn FnMut(JsValue)>,
}

/// `object[key]`, or `undefined`.
fn field(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls the method `name` of `object` with `args`.
fn call(object: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let method = field(object, name)
        .dyn_into::<js_sys::Function>()
        .map_err(|_| format!("the editor has no {name}()"))?;
    let args: js_sys::Array = args.iter().collect();
    method
        .apply(object, &args)
        .map_err(|error| error_text(&error))
}

impl CodeEditor {
    /// Imports the editor (once per page: the browser keeps the module)
    /// and mounts it in `parent` holding `doc`, its text area named
    /// `label`; every change of the text goes to `on_change`.
    pub async fn mount(
        parent: &web_sys::Element,
        doc: &str,
        label: &str,
        on_change: Callback<String>,
    ) -> Result<CodeEditor, String> {
        let window = web_sys::window().ok_or("no window")?;
        let loader = field(&window, "vaccinationLot");
        let promise = call(&loader, "loadEditor", &[])?
            .dyn_into::<js_sys::Promise>()
            .map_err(|_| "loadEditor() gave no promise".to_string())?;
        let module = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|error| format!("the editor did not load: {}", error_text(&error)))?;
        let on_change = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
            on_change.emit(text.as_string().unwrap_or_default());
        });
        let options = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            js_sys::Reflect::set(&options, &JsValue::from_str(key), value).map(|_| ())
        };
        set("doc", &JsValue::from_str(doc))
            .and_then(|()| set("label", &JsValue::from_str(label)))
            .and_then(|()| set("onChange", on_change.as_ref()))
            .map_err(|error| error_text(&error))?;
        let handle = call(&module, "mountEditor", &[parent.into(), options.into()])?;
        Ok(CodeEditor {
            handle,
            _on_change: on_change,
        })
    }

    /// The text in the editor now.
    pub fn value(&self) -> String {
        call(&self.handle, "getValue", &[])
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    }

    /// Puts `text` in the editor, in place of what it holds.
    pub fn set_value(&self, text: &str) {
        let _ = call(&self.handle, "setValue", &[JsValue::from_str(text)]);
    }
}

impl Drop for CodeEditor {
    fn drop(&mut self) {
        let _ = call(&self.handle, "destroy", &[]);
    }
}
