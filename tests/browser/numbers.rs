//! English numbers are written by the page itself (so an English page never
//! pays for loading `Intl`'s locale data): here they are checked against
//! the browser's own `Intl.NumberFormat("en")` on many values and styles.

use js_sys::{Array, Intl, Object, Reflect};
use vaccination_lot::i18n::numbers::english;
use vaccination_lot::i18n::NumberStyle;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// What `Intl.NumberFormat("en", style)` writes for `value`.
fn intl(value: f64, style: NumberStyle) -> String {
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        Reflect::set(&options, &key.into(), &value).expect("an object takes a property");
    };
    if let Some(digits) = style.min_fraction {
        set("minimumFractionDigits", digits.into());
    }
    if let Some(digits) = style.max_fraction {
        set("maximumFractionDigits", digits.into());
    }
    set("useGrouping", style.grouping.into());
    let format = Intl::NumberFormat::new(&Array::of1(&"en".into()), &options);
    format
        .format()
        .call1(&JsValue::UNDEFINED, &value.into())
        .expect("Intl formats a number")
        .as_string()
        .expect("Intl returns a string")
}

/// The styles the page uses, and a few around them.
fn styles() -> Vec<NumberStyle> {
    let mut styles = Vec::new();
    for grouping in [true, false] {
        for (min, max) in [
            (None, None),
            (None, Some(0)),
            (None, Some(2)),
            (None, Some(6)),
            (Some(0), Some(0)),
            (Some(1), Some(1)),
            (Some(2), Some(2)),
            (Some(3), Some(3)),
            (Some(1), Some(3)),
        ] {
            styles.push(NumberStyle {
                min_fraction: min,
                max_fraction: max,
                grouping,
            });
        }
    }
    styles
}

/// Whole numbers, decimal halves, long fractions, nines that carry, tiny
/// and huge magnitudes, negatives.
fn values() -> Vec<f64> {
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        7.0,
        12.0,
        999.0,
        1000.0,
        1234.0,
        99_999.0,
        1_234_567.0,
        0.5,
        1.5,
        2.5,
        0.125,
        0.375,
        1.005,
        1.015,
        2.675,
        9.995,
        9.9995,
        999.9999,
        999_999.5,
        0.1,
        0.2,
        0.3,
        0.0123,
        0.000_49,
        0.000_5,
        1e-7,
        123.456_789,
        1e15,
        1e21,
        3.0e-5,
        0.666_666_6,
    ];
    // The engine's times and means: microseconds over a million.
    values.extend((0..200u32).map(|i| f64::from(i * 7919 % 100_003) / 1e3 + f64::from(i) / 7.0));
    let negatives: Vec<f64> = values.iter().map(|value| -value).collect();
    values.extend(negatives);
    values
}

#[wasm_bindgen_test]
fn english_numbers_read_as_the_browsers_intl_writes_them() {
    let mut differences = Vec::new();
    for style in styles() {
        for value in values() {
            let (ours, browsers) = (english(value, style), intl(value, style));
            if ours != browsers {
                differences.push(format!("{value} {style:?}: {ours} != {browsers}"));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{} differences, the first: {:?}",
        differences.len(),
        &differences[..differences.len().min(10)]
    );
}
