//! The Python view in the build without it: the view's heading, what it
//! does, and a Run button that loads the page again, at the same run and
//! event, in the build that has it (`python=1`).

use yew::prelude::*;

use crate::app::language::use_i18n;

use super::PythonProps;

/// The Python view's heading and its Run button, which loads the build
/// with Python at this moment.
#[component]
pub fn PythonPanel(props: &PythonProps) -> Html {
    let messages = use_i18n();
    let onclick = props.open_with_python.reform(|_: MouseEvent| ());
    html! {
        <section class="panel python-panel" data-testid="panel-python"
                 aria-label={messages.text("python-title")}>
            <h3>{ messages.text("python-title") }</h3>
            <p class="explain">{ messages.text("python-intro") }</p>
            <button data-testid="python-run" class="primary" {onclick}>
                { messages.text("python-run") }
            </button>
        </section>
    }
}
