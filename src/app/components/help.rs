//! The help overlay: keyboard shortcuts and where to look.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

/// Keys the page answers to, as shown in the overlay.
pub const SHORTCUTS: [(&str, &str); 6] = [
    ("Space", "start, pause or resume"),
    ("→", "step: show exactly one more event"),
    ("←", "step back one event (replays the run)"),
    ("r", "reset the run"),
    ("Enter on a station", "break that station's task"),
    ("?", "show or hide this help"),
];

#[component]
pub fn HelpOverlay(props: &HelpProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
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
    let rows = SHORTCUTS.iter().map(|(key, action)| {
        html! { <tr><th scope="row"><kbd>{ *key }</kbd></th><td>{ *action }</td></tr> }
    });
    html! {
        <div class="overlay" onkeydown={on_key}>
            <div class="help" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-dialog">
                <h2 id="help-title">{"Keyboard and help"}</h2>
                <table class="shortcuts">{ for rows }</table>
                <p>{"Every control is a button or field you can reach with Tab. The panels below the lot fold away; \
                     hover or focus a dotted term for its meaning. A link to the page opens the same run."}</p>
                <button ref={close_ref} class="primary" data-testid="help-close" onclick={close}>{"Close"}</button>
            </div>
        </div>
    }
}
