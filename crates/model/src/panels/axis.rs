//! The charts' axes: round ticks over a range, and their labels in the
//! page's language.

use crate::figures::{decimal, fixed};
use crate::i18n::Messages;
use crate::tr;

/// Most ticks an axis gets, whatever its range.
const TICKS_LIMIT: usize = 20;

/// A round step (1, 2 or 5 times a power of ten) for about `count` ticks
/// over `0..=max`.
pub fn tick_step(max: f64, count: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / count;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    step.max(f64::MIN_POSITIVE)
}

/// The ticks over `0..=max`, about `count` of them (at most 20), from 0.
pub fn ticks(max: f64, count: f64) -> Vec<f64> {
    let step = tick_step(max, count);
    (0..=((max / step).floor() as usize).min(TICKS_LIMIT))
        .map(|i| i as f64 * step)
        .collect()
}

/// A tick's label: thousands from ten thousand up ("20k"), else whole or
/// with one decimal.
pub fn tick_label(messages: &Messages, value: f64) -> String {
    if value >= 10_000.0 {
        let thousands = fixed(value / 1000.0, 0);
        tr!(messages, "charts-tick-thousands", thousands = thousands)
    } else if value.fract() == 0.0 {
        decimal(messages, value, 0)
    } else {
        decimal(messages, value, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(tick_step(10.0, 5.0), 2.0);
        assert_eq!(tick_step(100.0, 5.0), 20.0);
        assert_eq!(tick_step(7.0, 5.0), 2.0);
        assert_eq!(tick_step(0.3, 5.0), 0.1);
        assert_eq!(tick_step(0.0, 5.0), 1.0);
        assert_eq!(tick_step(-3.0, 5.0), 1.0);
    }

    #[test]
    fn ticks_start_at_zero_and_stay_within_the_range() {
        assert_eq!(ticks(10.0, 5.0), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(9.0, 5.0), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
        for max in [0.001, 0.5, 3.0, 170.37, 1e6, 1e12] {
            let found = ticks(max, 5.0);
            assert_eq!(found[0], 0.0);
            assert!(found.len() <= TICKS_LIMIT + 1, "{max}: {found:?}");
            assert!(
                *found.last().unwrap() <= max * (1.0 + 1e-12),
                "{max}: {found:?}"
            );
        }
    }

    #[test]
    fn labels_are_whole_one_decimal_or_thousands() {
        let english = Messages::english();
        assert_eq!(tick_label(&english, 20.0), "20");
        assert_eq!(tick_label(&english, 0.5), "0.5");
        assert_eq!(tick_label(&english, 2000.0), "2000");
        assert_eq!(tick_label(&english, 20_000.0), "20k");
    }
}
