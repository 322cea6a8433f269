//! A modal dialog: an overlay, a titled box, a Close button; Escape closes
//! it and focus moves into it when it opens.
//!
//! Owns no listener (Escape is the overlay's own keydown handler) and no
//! state; closing is the caller's.

use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::tr;

/// A dialog's name, title and content, and where its closing goes.
#[derive(Properties, PartialEq)]
pub struct DialogProps {
    /// Names the test hooks: `{name}-dialog`, `{name}-close`.
    pub name: AttrValue,
    /// In the page's language.
    pub title: AttrValue,
    /// Classes beside `dialog` on the box.
    #[prop_or_default]
    pub class: Classes,
    /// Called on the Close button or Escape; the caller closes the dialog.
    pub on_close: Callback<()>,
    /// The content, between the title and the Close button.
    #[prop_or_default]
    pub children: Html,
}

/// The overlay and its titled box; focus moves to the first control in it
/// when it opens.
#[component]
pub fn Dialog(props: &DialogProps) -> Html {
    let i18n = use_i18n();
    let box_ref = use_node_ref();
    {
        let box_ref = box_ref.clone();
        use_effect_with((), move |_| {
            let first = box_ref.cast::<web_sys::Element>().and_then(|dialog| {
                dialog
                    .query_selector("input, textarea, select, button")
                    .ok()
                    .flatten()
            });
            if let Some(element) = first.and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            }) {
                let _ = element.focus();
            }
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_key = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let title_id = format!("{}-title", props.name);
    html! {
        <div class="overlay" onkeydown={on_key}>
            <div ref={box_ref} class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true"
                 aria-labelledby={title_id.clone()} data-testid={format!("{}-dialog", props.name)}>
                <h2 id={title_id}>{ props.title.clone() }</h2>
                { props.children.clone() }
                <button class="primary" data-testid={format!("{}-close", props.name)} onclick={close}>{ tr!(i18n, "dialog-close") }</button>
            </div>
        </div>
    }
}
