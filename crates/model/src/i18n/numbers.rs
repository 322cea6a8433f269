//! Numbers as people of a locale read them: grouping, decimal sign and
//! digits from the browser's `Intl.NumberFormat`, one formatter per
//! locale and set of options, kept by Fluent's memoizer.
//!
//! ```text
//!   1234.5 ─► en "1,234.5"   de "1.234,5"   fr "1 234,5"   ar "١٬٢٣٤٫٥"
//! ```
//!
//! English (the built-in language, and the pseudo-locale made from it) is
//! written here in Rust, exactly as `Intl.NumberFormat("en")` writes it:
//! the browser's first `Intl.NumberFormat` loads its locale data, which
//! costs about 30 ms of the main thread (130 ms on Lighthouse's 4x slower
//! mobile CPU), and English pages should not pay that while they load.
//! A browser test compares the two on many values and styles.
//!
//! Natively (the unit tests, the headless runner) there is no `Intl`:
//! other locales get Fluent's own plain formatting. The `data-testid`
//! hooks that tests read (the clock, the counters) never pass through
//! here: they keep plain digits in every language.

use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::FluentValue;
use intl_memoizer::IntlLangMemoizer;

/// What distinguishes one formatter from another: fraction digits
/// (least, most) and whether thousands are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberStyle {
    /// Fewest decimals written (`None`: the formatter's default, none).
    pub min_fraction: Option<u8>,
    /// Most decimals written (`None`: the formatter's default, three).
    pub max_fraction: Option<u8>,
    /// Whether thousands are grouped (`12,345`).
    pub grouping: bool,
}

impl NumberStyle {
    /// Exactly `digits` decimals, grouped: times in seconds, ratios.
    pub const fn fixed(digits: u8) -> NumberStyle {
        NumberStyle {
            min_fraction: Some(digits),
            max_fraction: Some(digits),
            grouping: true,
        }
    }

    fn from_fluent(options: &FluentNumberOptions) -> NumberStyle {
        let digits = |value: Option<usize>| value.map(|digits| digits.min(20) as u8);
        NumberStyle {
            min_fraction: digits(options.minimum_fraction_digits),
            max_fraction: digits(options.maximum_fraction_digits),
            grouping: options.use_grouping,
        }
    }
}

/// Fluent's hook for formatting a value: numbers go to the locale's
/// formatter, everything else keeps Fluent's own formatting.
pub fn format_value(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => format_number(
            memoizer,
            number.value,
            NumberStyle::from_fluent(&number.options),
        ),
        _ => None,
    }
}

/// Fluent's hook for formatting a value in English: numbers as
/// [`english`] writes them, everything else as Fluent writes it.
pub fn format_value_in_english(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(english(
            number.value,
            NumberStyle::from_fluent(&number.options),
        )),
        _ => None,
    }
}

/// `value` in `style` as `Intl.NumberFormat("en", style)` writes it:
/// the shortest decimal that reads back as `value` (what the browser
/// starts from too), rounded half away from zero to at most
/// `max_fraction` decimals (3 when not given, as `Intl`'s default),
/// trailing zeros dropped down to `min_fraction`, and thousands grouped
/// with commas when `grouping` is on.
pub fn english(value: f64, style: NumberStyle) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}∞");
    }
    let min_fraction = usize::from(style.min_fraction.unwrap_or(0));
    let max_fraction = usize::from(style.max_fraction.unwrap_or(3)).max(min_fraction);
    // `Display` never uses an exponent: all digits, shortest exact form.
    let shortest = format!("{}", value.abs());
    let (whole, fraction) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    let mut point = whole.len();
    let kept = point + max_fraction;
    if digits.len() > kept {
        let round_up = digits[kept] >= b'5';
        digits.truncate(kept);
        if round_up && carry(&mut digits) {
            digits.insert(0, b'1');
            point += 1;
        }
    }
    digits.resize(digits.len().max(point + min_fraction), b'0');
    while digits.len() > point + min_fraction && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let mut text = String::from(sign);
    push_grouped(&mut text, &digits[..point], style.grouping);
    if digits.len() > point {
        text.push('.');
        text.extend(digits[point..].iter().map(|&digit| char::from(digit)));
    }
    text
}

/// Adds one to the last of `digits` (ASCII), carrying leftwards; `true`
/// when the carry runs out of digits (all were nines).
fn carry(digits: &mut [u8]) -> bool {
    for digit in digits.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return false;
        }
    }
    true
}

/// Appends the whole part's `digits`, with a comma before each group of
/// three from the right when `grouping` is on.
fn push_grouped(text: &mut String, digits: &[u8], grouping: bool) {
    for (index, &digit) in digits.iter().enumerate() {
        let left = digits.len() - index;
        if grouping && index > 0 && left % 3 == 0 {
            text.push(',');
        }
        text.push(char::from(digit));
    }
}

/// `value` in `style` for the memoizer's locale, or `None` where the
/// platform has no formatter (natively).
pub fn format_number(
    memoizer: &IntlLangMemoizer,
    value: f64,
    style: NumberStyle,
) -> Option<String> {
    platform::format(memoizer, value, style)
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use intl_memoizer::{IntlLangMemoizer, Memoizable};
    use js_sys::{Array, Intl, Object, Reflect};
    use unic_langid::LanguageIdentifier;
    use wasm_bindgen::JsValue;

    use super::NumberStyle;

    /// One `Intl.NumberFormat`, built for a locale and a style.
    struct JsNumberFormat(Intl::NumberFormat);

    impl Memoizable for JsNumberFormat {
        type Args = NumberStyle;
        type Error = ();

        fn construct(language: LanguageIdentifier, style: NumberStyle) -> Result<Self, ()> {
            let locales = Array::of1(&JsValue::from_str(&language.to_string()));
            let options = Object::new();
            let set = |key: &str, value: JsValue| Reflect::set(&options, &key.into(), &value);
            if let Some(digits) = style.min_fraction {
                set("minimumFractionDigits", digits.into()).map_err(drop)?;
            }
            if let Some(digits) = style.max_fraction {
                set("maximumFractionDigits", digits.into()).map_err(drop)?;
            }
            set("useGrouping", style.grouping.into()).map_err(drop)?;
            Ok(JsNumberFormat(Intl::NumberFormat::new(&locales, &options)))
        }
    }

    pub fn format(memoizer: &IntlLangMemoizer, value: f64, style: NumberStyle) -> Option<String> {
        memoizer
            .with_try_get::<JsNumberFormat, _, _>(style, |format| {
                format
                    .0
                    .format()
                    .call1(&JsValue::UNDEFINED, &value.into())
                    .ok()
                    .and_then(|text| text.as_string())
            })
            .ok()
            .flatten()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    use intl_memoizer::IntlLangMemoizer;

    use super::NumberStyle;

    /// No `Intl` outside the browser: Fluent formats plainly.
    pub fn format(_: &IntlLangMemoizer, _: f64, _: NumberStyle) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUPED: NumberStyle = NumberStyle {
        min_fraction: None,
        max_fraction: None,
        grouping: true,
    };

    fn style(min: Option<u8>, max: Option<u8>, grouping: bool) -> NumberStyle {
        NumberStyle {
            min_fraction: min,
            max_fraction: max,
            grouping,
        }
    }

    #[test]
    fn english_groups_thousands_with_commas() {
        assert_eq!(english(0.0, GROUPED), "0");
        assert_eq!(english(999.0, GROUPED), "999");
        assert_eq!(english(1234.0, GROUPED), "1,234");
        assert_eq!(english(1_234_567.0, GROUPED), "1,234,567");
        assert_eq!(english(-1234.5, GROUPED), "-1,234.5");
        assert_eq!(english(1234.0, style(None, None, false)), "1234");
    }

    #[test]
    fn english_rounds_the_shortest_decimal_half_away_from_zero() {
        // Intl starts from the shortest form, "1.005", not the binary
        // value just below it, and rounds its half up.
        assert_eq!(english(1.005, style(None, Some(2), true)), "1.01");
        assert_eq!(english(2.5, style(None, Some(0), true)), "3");
        assert_eq!(english(-2.5, style(None, Some(0), true)), "-3");
        assert_eq!(english(0.125, style(Some(2), Some(2), true)), "0.13");
        assert_eq!(english(9.996, style(Some(2), Some(2), true)), "10.00");
        assert_eq!(english(999_999.5, style(None, Some(0), true)), "1,000,000");
        assert_eq!(english(0.00049, GROUPED), "0");
    }

    #[test]
    fn english_keeps_at_least_the_minimum_and_at_most_the_maximum_of_decimals() {
        assert_eq!(english(12.0, NumberStyle::fixed(2)), "12.00");
        assert_eq!(english(12.5, style(Some(1), Some(3), true)), "12.5");
        assert_eq!(english(12.0, style(Some(1), Some(3), true)), "12.0");
        assert_eq!(english(0.123_456, GROUPED), "0.123");
        assert_eq!(english(0.0123, style(None, Some(6), false)), "0.0123");
        assert_eq!(
            english(1e21, style(None, None, false)),
            "1000000000000000000000"
        );
    }

    #[test]
    fn english_writes_what_is_not_a_finite_number_as_intl_does() {
        assert_eq!(english(f64::NAN, GROUPED), "NaN");
        assert_eq!(english(f64::INFINITY, GROUPED), "∞");
        assert_eq!(english(f64::NEG_INFINITY, GROUPED), "-∞");
        assert_eq!(english(-0.0, GROUPED), "-0");
    }
}
