//! Numbers as people of a locale read them: grouping, decimal sign and
//! digits from the browser's `Intl.NumberFormat`, one formatter per
//! locale and set of options, kept by Fluent's memoizer.
//!
//! ```text
//!   1234.5 ─► en "1,234.5"   de "1.234,5"   fr "1 234,5"   ar "١٬٢٣٤٫٥"
//! ```
//!
//! Natively (the unit tests, the headless runner) there is no `Intl`:
//! Fluent's own plain formatting is used. The `data-testid` hooks that
//! tests read (the clock, the counters) never pass through here: they
//! keep plain digits in every language.

use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::FluentValue;
use intl_memoizer::IntlLangMemoizer;

/// What distinguishes one formatter from another: fraction digits
/// (least, most) and whether thousands are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberStyle {
    pub min_fraction: Option<u8>,
    pub max_fraction: Option<u8>,
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
