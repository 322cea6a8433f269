//! Export for slides: the lot drawn at moments of a run, as the frames of
//! an animated image or a still.
//!
//! ```text
//!   plan      the range, speed and size asked for ─► FramePlan (frame k at
//!             from + k·speed/fps), or the reason it cannot be made
//!   moments   a run's events folded up to each frame's time ─► LotState
//!   picture   one LotState at one time, laid out at the output's size
//!             ─► Picture (rectangles and texts, inks named by role)
//! ```
//!
//! No browser here: the page paints a [`Picture`] on a canvas and hands the
//! frames to the browser's video recorder or to the GIF encoder, and the
//! frames come from the run itself ([`Moments`] replays its source), so an
//! exported frame shows exactly what the lot showed at that time.

mod moments;
mod picture;
mod plan;

pub use moments::Moments;
pub use picture::{picture, Align, Ink, Moment, Picture, Shape};
pub use plan::{
    height_for, Field, FramePlan, PlanError, FRAMES_PER_SECOND, MAX_FRAMES, SPEEDS, WIDTHS,
};
