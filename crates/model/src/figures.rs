//! Every number the page shows, in one place: handed to messages as
//! Fluent variables, so each locale writes them its own way (its digits,
//! its decimal sign) and plural forms work, or written on their own in
//! the page's language (a table cell, a chart's axis).
//!
//! ```text
//!   count(1234)        ──► en "1234"   de "1234"   ar "١٢٣٤"
//!   fixed(12.345, 1)   ──► en "12.3"   de "12,3"   ar "١٢٫٣"
//! ```
//!
//! Thousands are not grouped: the English page wrote these numbers
//! without separators before it was translated, and its tests read them
//! so. Values a reader types into a field or a link (a parameter's
//! limits) are not numbers here but the URL's own spelling, passed as
//! strings: a `2,5` in a German hint could not be typed back.

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::FluentValue;

use crate::i18n::{Messages, NumberStyle};
use crate::sim::SimTime;

/// A whole number (a count, an event's index), ungrouped. (No fraction
/// options: a whole number has no decimals to show, and Fluent's own
/// formatting would write `0` of them as a trailing dot.)
pub fn count(value: impl Countable) -> FluentValue<'static> {
    number(value.into_f64(), None)
}

/// Whatever a count is kept in. Counts of doses and boxes stay far below
/// 2^53, so every one is exact as an `f64`.
pub trait Countable {
    /// The count as an `f64` (exact below 2^53).
    fn into_f64(self) -> f64;
}

macro_rules! countable {
    ($($kind:ty),*) => {
        $(impl Countable for $kind {
            fn into_f64(self) -> f64 {
                self as f64
            }
        })*
    };
}

countable!(u8, u16, u32, u64, usize, i32, f64);

/// `value` with exactly `digits` decimals, ungrouped. Rounded here as
/// Rust's `{:.N}` rounds it, so the browser's formatter (which rounds
/// decimal halves up) and the plain text outside the browser write the
/// digits the page wrote before it had languages.
pub fn fixed(value: f64, digits: u8) -> FluentValue<'static> {
    let digits = usize::from(digits);
    number(rounded(value, digits), Some(digits))
}

/// A simulated time: seconds with exactly two decimals and no thousands
/// separators, as the clock and the engine's lines show it.
///
/// The value is the engine's own rounding of the time (its `Display`),
/// so the browser's formatter has nothing left to round and cannot round
/// a tie differently.
pub fn seconds(at: SimTime) -> FluentValue<'static> {
    let shown = at.to_string().parse::<f64>().unwrap_or_default();
    number(shown, Some(2))
}

/// `value` with exactly `digits` decimals and no grouping, written on its
/// own in the locale's digits: times in seconds and percentages outside a
/// sentence.
pub fn decimal(messages: &Messages, value: f64, digits: u8) -> String {
    let style = NumberStyle {
        min_fraction: Some(digits),
        max_fraction: Some(digits),
        grouping: false,
    };
    messages.number(rounded(value, usize::from(digits)), style)
}

/// A whole number with no grouping, written on its own in the locale's
/// digits: a count in a table cell, or a station's or box's number (a
/// name more than an amount, so never grouped: "station 1200", not
/// "station 1,200").
pub fn whole(messages: &Messages, value: impl Into<f64>) -> String {
    decimal(messages, value.into(), 0)
}

/// `value` rounded to `digits` decimals as Rust's `{:.N}` rounds it.
pub fn rounded(value: f64, digits: usize) -> f64 {
    format!("{value:.digits$}").parse().unwrap_or(value)
}

/// A number as written by Rust's `Display` (the shortest exact form),
/// ungrouped: a play speed such as `0.0123` or `600`.
pub fn plain(value: f64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        value,
        FluentNumberOptions {
            use_grouping: false,
            // Enough for any speed the page's slider or links give.
            maximum_fraction_digits: Some(6),
            ..FluentNumberOptions::default()
        },
    ))
}

fn number(value: f64, fraction_digits: Option<usize>) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        value,
        FluentNumberOptions {
            use_grouping: false,
            minimum_fraction_digits: fraction_digits,
            maximum_fraction_digits: fraction_digits,
            ..FluentNumberOptions::default()
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    /// A message that shows one variable, in a bundle of its own.
    fn shown(value: FluentValue<'static>) -> String {
        let english = Messages::translated(crate::i18n::Locale::Spanish, "shown = { $value }")
            .expect("parses");
        crate::tr!(english, "shown", value = value)
    }

    #[test]
    fn counts_and_fixed_decimals_read_as_before_outside_the_browser() {
        assert_eq!(shown(count(1234u32)), "1234");
        assert_eq!(shown(fixed(12.345, 1)), "12.3");
        assert_eq!(shown(fixed(12.0, 2)), "12.00");
        assert_eq!(shown(fixed(0.25, 1)), format!("{:.1}", 0.25));
        assert_eq!(shown(plain(0.0123)), "0.0123");
        assert_eq!(shown(plain(600.0)), "600");
    }
}
