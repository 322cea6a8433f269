//! The build without the Python view plays no recorded programs (none
//! can be made there): its [`Playback`] has no values, so the runner's
//! arm for recordings compiles to nothing in the page's first download.

use std::rc::Rc;

use yew::Callback;

use crate::model::program::Recorded;
use crate::model::view::FrameBatch;

use super::pacing::PlayControls;
use super::settings::PlaySpeed;

/// A recorded run in the page: none in this build.
pub enum Playback {}

impl Playback {
    /// `None`: this build plays no recording (nothing records a program
    /// here); the runner plays the engine's run on its draws instead.
    pub fn start(
        _run: Rc<Recorded>,
        _speed: PlaySpeed,
        _on_frame: Callback<FrameBatch>,
    ) -> Option<Playback> {
        None
    }

    /// The run played.
    pub fn run(&self) -> &Rc<Recorded> {
        match *self {}
    }

    /// The controls the page sets between frames.
    pub fn controls(&self) -> &PlayControls {
        match *self {}
    }

    /// Events handed to the page so far.
    pub fn shown(&self) -> u64 {
        match *self {}
    }
}
