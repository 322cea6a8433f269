//! What the page draws for the guided lessons, in each of its two builds
//! (the `lessons` feature; see `static/loader.js`):
//!
//! ```text
//!   with lessons      PageLessons ─► the menu, the card beside the lot, the
//!   (shown)                          editor, problems and the resume offer,
//!                                    PageUp/PageDown, the share link's lesson
//!
//!   without lessons   PageLessons ─► the Lessons button and a new #lesson=
//!   (on_demand)                      load the page again with #lessons or
//!                                    #lesson=…, and the loader starts the
//!                                    build with lessons
//! ```
//!
//! Both give `App` the same calls, so the page's layout is written once.
//! The first visit downloads the build without lessons: their reader,
//! questions, texts and components are 67 KB of the 390 KB (gzipped) of
//! the build with them.

#[cfg(not(feature = "lessons"))]
mod on_demand;
#[cfg(feature = "lessons")]
mod shown;

#[cfg(not(feature = "lessons"))]
pub use on_demand::{use_page_lessons, PageLessons};
#[cfg(feature = "lessons")]
pub use shown::{use_page_lessons, PageLessons};

/// The fragment that opens the Lessons menu once the page has loaded with
/// its lessons (`#lessons`): what the Lessons button of the build without
/// them loads the page with.
pub const MENU_FRAGMENT: &str = "#lessons";
