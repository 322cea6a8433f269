//! What the teaching panels show, worked out from the run's view with no
//! browser: the rows, orders and figures a panel draws, tested natively.
//! The app's components only lay them out.
//!
//! ```text
//!   RunView ──► inspector::sorted_rows ──► the task inspector's table
//!   RunSource ─► comparison::compare_one ─► the policy comparison's rows
//!   0..=max ──► axis::ticks, axis::tick_label ──► the charts' axes
//! ```

pub mod axis;
pub mod comparison;
pub mod inspector;
