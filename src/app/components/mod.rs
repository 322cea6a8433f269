//! The page's components, one per file. Each takes props and gives
//! callbacks. None touches the runner: what a run does goes through the
//! controller's callbacks. The few that own something say so in their
//! opening comment (the fuzz panel its interval, the share dialog its
//! clipboard task, the form the text being typed, the Python view its worker).

pub mod charts;
#[cfg(feature = "lessons")]
pub mod class;
pub mod code;
pub mod controls;
pub mod deferred;
pub mod dialog;
pub mod executor;
pub mod export;
pub mod fuzz;
pub mod help;
pub mod inspector;
pub mod lesson;
pub mod lesson_editor;
pub mod lessons_menu;
pub mod log;
pub mod loop_panel;
pub mod masthead;
pub mod narration;
pub mod page_lessons;
pub mod panel_text;
pub mod params;
pub mod python;
pub mod root;
pub mod schematic;
pub mod share;
pub mod stats;
pub mod thread;
pub mod tile_canvas;
