//! Export for slides, in each of the page's two builds (the `export`
//! feature; see `static/loader.js`):
//!
//! ```text
//!   with export      PageExport ─► Export opens the dialog: a range, a
//!   (shown)                        size and a speed; WebM, GIF, PNG; a
//!                                  preview and a progress bar
//!
//!   without export   PageExport ─► Export loads the page again at this
//!   (on_demand)                    moment with `export=1`, and the loader
//!                                  starts the build that has it, which
//!                                  opens the dialog
//! ```
//!
//! Both give `App` the same calls, so the page lays the button out once;
//! the first visit's download carries only the button.

#[cfg(not(feature = "export"))]
mod on_demand;
#[cfg(feature = "export")]
mod shown;

#[cfg(not(feature = "export"))]
pub use on_demand::{use_page_export, PageExport};
#[cfg(feature = "export")]
pub use shown::{use_page_export, PageExport};

/// `query` (with its `?`) asking for the export dialog too.
pub fn with_export(query: &str) -> String {
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        "?export=1".to_string()
    } else {
        format!("?{query}&export=1")
    }
}
