//! The page's components. Each takes props and gives callbacks; none owns
//! a timer or a task.

pub mod charts;
pub mod code;
pub mod controls;
pub mod dialog;
pub mod executor;
pub mod fuzz;
pub mod help;
pub mod inspector;
pub mod log;
pub mod narration;
pub mod params;
pub mod root;
pub mod schematic;
pub mod share;
pub mod stats;
pub mod tile_canvas;
