//! Export for slides in the page (the `export` feature; the build a visit
//! downloads first has none of it): the lot painted on a canvas at
//! moments of the run, recorded as a WebM by the browser, encoded as a GIF
//! by a module of its own, or saved as a PNG.
//!
//! ```text
//!   use_export ─► job::run (a task): model::slides (times, lots, pictures)
//!                   ─► paint (canvas) ─► webm (MediaRecorder) | gif (module)
//!                   ─► browser::download_blob
//! ```
//!
//! The hook owns the running job: closing the dialog cancels it.

mod gif;
mod job;
mod paint;
mod webm;

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

pub use job::{Animation, ExportError, ExportState, Format, Job};
pub use paint::{context_for, paint, Palette};

use crate::i18n::Messages;

/// The export going on, and how to start one.
pub struct Exporter {
    /// What there is to see of it.
    pub state: ExportState,
    /// Starts a job (ignored while one runs).
    pub start: Callback<Job>,
}

/// Exports painted on `canvas` in `messages`' words; the job is cancelled
/// when the component using this goes.
#[hook]
pub fn use_export(canvas: NodeRef, messages: Rc<Messages>) -> Exporter {
    let state = use_state(|| ExportState::Idle);
    let cancelled = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let cancelled = (*cancelled).clone();
        use_effect_with((), move |_| move || cancelled.set(true));
    }
    let start = {
        let (state, cancelled) = (state.clone(), (*cancelled).clone());
        let busy = matches!(*state, ExportState::Working { .. });
        Callback::from(move |job: Job| {
            if busy {
                return;
            }
            let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                return;
            };
            let palette = Palette::of_page(&element);
            let format = job.format();
            let on_progress = {
                let state = state.clone();
                Box::new(move |done, total| {
                    state.set(ExportState::Working {
                        format,
                        done,
                        total,
                    })
                })
            };
            state.set(ExportState::Working {
                format,
                done: 0,
                total: 1,
            });
            let studio = job::Studio {
                canvas: element,
                messages: messages.clone(),
                palette,
                on_progress,
                cancelled: cancelled.clone(),
            };
            let (state, cancelled) = (state.clone(), cancelled.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = job::run(job, studio).await;
                if cancelled.get() {
                    return;
                }
                state.set(match outcome {
                    Ok(Some(frames)) => ExportState::Saved { format, frames },
                    Ok(None) => ExportState::Idle,
                    Err(error) => ExportState::Failed(error),
                });
            });
        })
    };
    Exporter {
        state: (*state).clone(),
        start,
    }
}
