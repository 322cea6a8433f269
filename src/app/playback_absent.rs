//! The build without the Python view plays no recorded programs (none
//! can be made there): its [`Playback`] has no values, so the runner's
//! arm for recordings compiles to nothing in the page's first download.

use std::rc::Rc;

use yew::Callback;

use crate::model::program::Recorded;
use crate::model::view::{FrameBatch, Mode};

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

    /// Where it stands.
    pub fn mode(&self) -> Mode {
        match *self {}
    }

    /// The play speed.
    pub fn speed(&self) -> PlaySpeed {
        match *self {}
    }

    /// Plays on.
    pub fn play(&self) {
        match *self {}
    }

    /// Pauses.
    pub fn pause(&self) {
        match *self {}
    }

    /// Shows one more event.
    pub fn step(&self) {
        match *self {}
    }

    /// Moves forward.
    pub fn seek(&self, _events: u64) {
        match *self {}
    }

    /// Plays until an event.
    pub fn play_until(&self, _events: u64) {
        match *self {}
    }

    /// Events shown.
    pub fn position(&self) -> u64 {
        match *self {}
    }

    /// Sets the speed.
    pub fn set_speed(&self, _speed: PlaySpeed) {
        match *self {}
    }
}
