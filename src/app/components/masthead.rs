//! The page's head: its title and tagline (not in an embed), the page
//! tools (lessons, help, share, projector theme) and the run's status.
//!
//! Props in, callbacks up; it owns no state.

use yew::prelude::*;

use crate::app::runtime::Mode;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    /// The compact layout: no title or tagline.
    pub embed: bool,
    pub mode: Mode,
    pub projector: bool,
    pub on_help: Callback<()>,
    pub on_lessons: Callback<()>,
    pub on_share: Callback<()>,
    pub on_projector: Callback<()>,
}

#[component]
pub fn Masthead(props: &MastheadProps) -> Html {
    let press = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    html! {
        <header class="masthead">
            if !props.embed {
                <h1>{"Parking-lot vaccination"}</h1>
                <p class="tagline">
                    {"Each station is an async task on the browser's single thread. A supervisor awaits the first \
                      task to finish its box of doses, reports it, and starts the station again with a new box."}
                </p>
            }
            <div class="page-tools">
                <button data-testid="lessons-open" class="lessons-open" onclick={press(&props.on_lessons)}>{"Lessons"}</button>
                <button data-testid="help" onclick={press(&props.on_help)}
                        aria-label="Keyboard and help (?)">{"? Help"}</button>
                <button data-testid="share" onclick={press(&props.on_share)}>{"Share"}</button>
                <button data-testid="projector" aria-pressed={props.projector.to_string()}
                        onclick={press(&props.on_projector)}>{"Projector theme"}</button>
            </div>
            <p class={classes!("status", props.mode.as_str())}>
                {"Status: "}<strong data-testid="status">{ props.mode.as_str() }</strong>
            </p>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct RunFooterProps {
    pub seed: u64,
    /// The run's link, a query string with its `?`.
    pub link: AttrValue,
}

/// The seed and the link that always shows this run.
#[component]
pub fn RunFooter(props: &RunFooterProps) -> Html {
    html! {
        <footer class="run-footer">
            {"Seed "}<code data-testid="seed">{ props.seed }</code>
            {" · "}<a data-testid="share-link" href={props.link.clone()}>{"link to this run"}</a>
            {" · the same link always shows the same run."}
        </footer>
    }
}
