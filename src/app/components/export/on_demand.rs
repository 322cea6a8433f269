//! The build without export: its Export button loads the page again, at
//! the same run and moment, in the build that has it (`export=1`).

use yew::prelude::*;

use crate::app::browser::load_again;
use crate::app::controller::RunController;

use super::with_export;

/// Export's part of the page in this build: the button only.
pub struct PageExport {
    run: RunController,
}

/// Export in this build: nothing to hold.
#[hook]
pub fn use_page_export(run: &RunController, _requested: bool) -> PageExport {
    PageExport { run: run.clone() }
}

impl PageExport {
    /// The Export button: the page again, with export, at the moment on
    /// screen (the address worked out on the click).
    pub fn on_open(&self) -> Callback<()> {
        let run = self.run.clone();
        Callback::from(move |()| load_again(&with_export(&run.moment_link()), ""))
    }

    /// Nothing: the dialog is in the build with export.
    pub fn dialog(&self) -> Html {
        Html::default()
    }
}
