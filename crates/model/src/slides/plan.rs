//! Which moments an export shows: a range of simulated time, played at a
//! speed, sampled at a fixed frame rate.
//!
//! With speed `s` (simulated seconds per second of output) over the range
//! `[from, to]`, frame `k` shows the lot at `from + k·s/fps`, for
//! `k = 0 ..= floor((to − from)·fps / s)`. Times are whole microseconds,
//! as the engine keeps them, and every offered speed gives a whole number
//! of microseconds per frame, so the count is exact: 2 s at speed 1 is 21
//! frames, never 20 by a rounding error.

use std::fmt;

use crate::sim::{SimDuration, SimTime};

/// Frames per second of output: a GIF's delay is counted in hundredths
/// of a second, and 10 frames a second is 10 of them exactly.
pub const FRAMES_PER_SECOND: u32 = 10;

/// The most frames one export makes: a minute of output. A GIF's frames
/// are kept whole until it is written, and a longer video is not a slide.
pub const MAX_FRAMES: u64 = 600;

/// Output widths offered \[px\]; each is 16:9 with a whole height
/// ([`height_for`]).
pub const WIDTHS: [u32; 5] = [320, 480, 640, 960, 1280];

/// Speeds offered \[simulated s per output s\].
pub const SPEEDS: [f64; 9] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];

/// The output's height for `width` \[px\]: 16:9, as slides are, rounded
/// down to an even number (video encoders want even sizes).
pub fn height_for(width: u32) -> u32 {
    (u64::from(width) * 9 / 16 / 2 * 2) as u32
}

/// Which of the range's two fields a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Where the range starts.
    From,
    /// Where it ends.
    To,
}

impl Field {
    /// The field's name as messages take it (`from`, `to`).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::From => "from",
            Field::To => "to",
        }
    }
}

/// Why no frames can be made of what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanError {
    /// The field's text is not a number of seconds.
    NotANumber {
        /// The field.
        field: Field,
        /// What it held.
        given: String,
    },
    /// The field lies outside the run: before 0 or after `end`.
    OutOfRun {
        /// The field.
        field: Field,
        /// The latest time that can be shown.
        end: SimTime,
    },
    /// The range ends where it starts, or before.
    Empty,
    /// The speed is not one of [`SPEEDS`].
    Speed,
    /// More frames than [`MAX_FRAMES`].
    TooManyFrames {
        /// Frames the range would take at that speed.
        frames: u64,
    },
}

impl fmt::Display for PlanError {
    /// In English, for logs and tests; the page words it from its
    /// messages (`export-error-*`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NotANumber { field, given } => {
                write!(
                    f,
                    "{}: {given:?} is not a number of seconds",
                    field.as_str()
                )
            }
            PlanError::OutOfRun { field, end } => {
                write!(f, "{} must be between 0 and {end} s", field.as_str())
            }
            PlanError::Empty => f.write_str("to must be later than from"),
            PlanError::Speed => f.write_str("not one of the speeds offered"),
            PlanError::TooManyFrames { frames } => {
                write!(f, "{frames} frames; at most {MAX_FRAMES}")
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// The moments an export shows: `frames` of them, `step` apart from
/// `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FramePlan {
    /// The first frame's time.
    pub from: SimTime,
    /// Simulated time between frames \[µs\]: speed / fps.
    pub step: SimDuration,
    /// How many frames, the first and the last included.
    pub frames: u64,
}

impl FramePlan {
    /// The plan for the range `from`..`to` (seconds, as typed) at `speed`,
    /// in a run whose latest moment that can be shown is `end`.
    pub fn new(from: &str, to: &str, speed: f64, end: SimTime) -> Result<FramePlan, PlanError> {
        let from_at = seconds(Field::From, from, end)?;
        let to_at = seconds(Field::To, to, end)?;
        if to_at <= from_at {
            return Err(PlanError::Empty);
        }
        if !SPEEDS.contains(&speed) {
            return Err(PlanError::Speed);
        }
        let step = SimDuration::from_secs_f64(speed / f64::from(FRAMES_PER_SECOND));
        let frames = (to_at - from_at).as_micros() / step.as_micros() + 1;
        if frames > MAX_FRAMES {
            return Err(PlanError::TooManyFrames { frames });
        }
        Ok(FramePlan {
            from: from_at,
            step,
            frames,
        })
    }

    /// Frame `k`'s time: `from + k·step`.
    pub fn time(&self, k: u64) -> SimTime {
        self.from + SimDuration::from_micros(self.step.as_micros().saturating_mul(k))
    }

    /// Every frame's time, in order.
    pub fn times(&self) -> impl Iterator<Item = SimTime> + '_ {
        (0..self.frames).map(|k| self.time(k))
    }

    /// The slowest offered speed at which `from`..`to` fits in
    /// [`MAX_FRAMES`] / 2 frames (a short clip, for the dialog's default),
    /// or the fastest if none does.
    pub fn default_speed(from: SimTime, to: SimTime) -> f64 {
        let span = to.saturating_since(from).as_secs_f64();
        let fits =
            |speed: &&f64| span * f64::from(FRAMES_PER_SECOND) / **speed < (MAX_FRAMES / 2) as f64;
        SPEEDS
            .iter()
            .find(fits)
            .copied()
            .unwrap_or(SPEEDS[SPEEDS.len() - 1])
    }
}

/// A field's text as a time in `0..=end`.
fn seconds(field: Field, text: &str, end: SimTime) -> Result<SimTime, PlanError> {
    let value: f64 = text
        .trim()
        .parse()
        .ok()
        .filter(|value: &f64| value.is_finite())
        .ok_or_else(|| PlanError::NotANumber {
            field,
            given: text.to_string(),
        })?;
    let at = SimTime::from_secs_f64(value);
    if value < 0.0 || at > end {
        return Err(PlanError::OutOfRun { field, end });
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    const END: SimTime = SimTime::from_micros(170_340_000);

    #[test]
    fn frame_count_follows_the_formula() {
        // floor((3 − 1)·10 / 1) + 1 = 21.
        let plan = FramePlan::new("1", "3", 1.0, END).unwrap();
        assert_eq!(plan.frames, 21);
        assert_eq!(plan.time(0), SimTime::from_micros(1_000_000));
        assert_eq!(plan.time(20), SimTime::from_micros(3_000_000));
        // floor((3.05 − 1)·10 / 2) + 1 = 11: the last frame falls before `to`.
        let plan = FramePlan::new("1", "3.05", 2.0, END).unwrap();
        assert_eq!(plan.frames, 11);
        assert_eq!(plan.times().last(), Some(SimTime::from_micros(3_000_000)));
    }

    #[test]
    fn every_speed_offered_is_a_whole_number_of_microseconds_a_frame() {
        for speed in SPEEDS {
            let step = speed * 1e6 / f64::from(FRAMES_PER_SECOND);
            assert_eq!(step, step.round(), "speed {speed}");
        }
    }

    #[test]
    fn a_range_that_ends_where_it_starts_or_before_is_refused() {
        assert_eq!(FramePlan::new("2", "2", 1.0, END), Err(PlanError::Empty));
        assert_eq!(FramePlan::new("3", "2", 1.0, END), Err(PlanError::Empty));
    }

    #[test]
    fn a_range_outside_the_run_names_the_field_and_the_end() {
        assert_eq!(
            FramePlan::new("-1", "2", 1.0, END),
            Err(PlanError::OutOfRun {
                field: Field::From,
                end: END
            })
        );
        assert_eq!(
            FramePlan::new("0", "171", 1.0, END),
            Err(PlanError::OutOfRun {
                field: Field::To,
                end: END
            })
        );
    }

    #[test]
    fn text_that_is_not_a_number_is_refused_not_read_as_zero() {
        for given in ["", "abc", "NaN", "inf", "1,5"] {
            assert!(
                matches!(
                    FramePlan::new(given, "2", 1.0, END),
                    Err(PlanError::NotANumber {
                        field: Field::From,
                        ..
                    })
                ),
                "{given:?}"
            );
        }
    }

    #[test]
    fn too_many_frames_are_refused_and_counted() {
        // floor(170·10 / 1) + 1 = 1701.
        assert_eq!(
            FramePlan::new("0", "170", 1.0, END),
            Err(PlanError::TooManyFrames { frames: 1701 })
        );
        assert_eq!(FramePlan::new("0", "2", 3.0, END), Err(PlanError::Speed));
    }

    #[test]
    fn the_default_speed_keeps_a_clip_short() {
        let speed = FramePlan::default_speed(SimTime::START, END);
        let plan = FramePlan::new("0", "170.34", speed, END).unwrap();
        assert!(plan.frames <= MAX_FRAMES / 2, "{plan:?}");
        assert_eq!(
            FramePlan::default_speed(SimTime::START, SimTime::from_micros(2_000_000)),
            0.25
        );
    }

    #[test]
    fn every_width_has_a_whole_even_sixteen_by_nine_height() {
        for width in WIDTHS {
            let height = height_for(width);
            assert_eq!(height % 2, 0);
            assert_eq!(u64::from(width) * 9, u64::from(height) * 16, "{width}");
        }
    }
}
