//! Simulated time.
//!
//! Time is an integer count of microseconds since the start of the run, so
//! that adding up millions of shot durations never drifts the way `f64`
//! seconds would, and two runs with the same seed agree to the microsecond.
//!
//! Owns the units and their arithmetic only: no clock lives here (that is
//! [`crate::clock`]), and nothing here knows what is being timed.

use std::fmt;
use std::ops::{Add, Sub};

/// A span of simulated time \[µs\].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimDuration(u64);

/// An instant on the simulated clock [µs since the run started].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimTime(u64);

/// Microseconds per second.
pub(crate) const MICROS_PER_SECOND: f64 = 1_000_000.0;

impl SimDuration {
    /// No time at all.
    pub const ZERO: SimDuration = SimDuration(0);

    /// A span of `micros` microseconds.
    pub const fn from_micros(micros: u64) -> Self {
        SimDuration(micros)
    }

    /// Rounds `seconds` to the nearest microsecond; negative and NaN give zero.
    pub fn from_secs_f64(seconds: f64) -> Self {
        // `as` saturates, so out-of-range values cannot panic.
        SimDuration((seconds * MICROS_PER_SECOND).round() as u64)
    }

    /// The span in microseconds.
    pub const fn as_micros(self) -> u64 {
        self.0
    }

    /// The span in seconds.
    pub fn as_secs_f64(self) -> f64 {
        self.0 as f64 / MICROS_PER_SECOND
    }
}

impl SimTime {
    /// The start of the run, 0 µs.
    pub const START: SimTime = SimTime(0);

    /// The instant `micros` microseconds after the start.
    pub const fn from_micros(micros: u64) -> Self {
        SimTime(micros)
    }

    /// The instant `seconds` after the start, rounded to the nearest
    /// microsecond; negative and NaN give the start.
    pub fn from_secs_f64(seconds: f64) -> Self {
        SimTime(SimDuration::from_secs_f64(seconds).0)
    }

    /// Microseconds since the start.
    pub const fn as_micros(self) -> u64 {
        self.0
    }

    /// Seconds since the start.
    pub fn as_secs_f64(self) -> f64 {
        self.0 as f64 / MICROS_PER_SECOND
    }

    /// Time elapsed since `earlier`, zero if `earlier` is later.
    pub fn saturating_since(self, earlier: SimTime) -> SimDuration {
        SimDuration(self.0.saturating_sub(earlier.0))
    }
}

impl Add<SimDuration> for SimTime {
    type Output = SimTime;

    /// Saturates at the end of the clock's range instead of overflowing;
    /// configuration validation keeps real runs far below it.
    fn add(self, rhs: SimDuration) -> SimTime {
        SimTime(self.0.saturating_add(rhs.0))
    }
}

impl Add for SimDuration {
    type Output = SimDuration;

    fn add(self, rhs: SimDuration) -> SimDuration {
        SimDuration(self.0.saturating_add(rhs.0))
    }
}

impl Sub for SimTime {
    type Output = SimDuration;

    fn sub(self, rhs: SimTime) -> SimDuration {
        self.saturating_since(rhs)
    }
}

impl fmt::Display for SimTime {
    /// Seconds with two decimals, as the page's clock shows them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_round_to_the_nearest_microsecond() {
        assert_eq!(SimDuration::from_secs_f64(0.001).as_micros(), 1_000);
        assert_eq!(
            SimDuration::from_secs_f64(1.000_000_4).as_micros(),
            1_000_000
        );
        assert_eq!(SimDuration::from_secs_f64(-3.0).as_micros(), 0);
        assert_eq!(SimDuration::from_secs_f64(f64::NAN).as_micros(), 0);
    }

    #[test]
    fn adding_saturates_instead_of_overflowing() {
        let late = SimTime::from_micros(u64::MAX - 1);
        assert_eq!((late + SimDuration::from_micros(5)).as_micros(), u64::MAX);
    }

    #[test]
    fn displays_seconds_with_two_decimals() {
        assert_eq!(SimTime::from_micros(12_345_678).to_string(), "12.35");
    }
}
