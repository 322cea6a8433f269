//! The pseudo-locale `qps`: every letter of English's messages swapped for
//! an accented look-alike, and each whole message wrapped in `⟦…⟧`.
//!
//! ```text
//!   "Play the run"  ──►  "⟦Ƥŀȧẏ ŧħḗ řŭƞ⟧"
//! ```
//!
//! A page in `qps` still reads, but any text that did not come from the
//! message files stands out: plain ASCII letters outside the brackets. The
//! end-to-end test `e2e/i18n.test.mjs` looks for exactly that. Variables
//! (a parameter's name, a value the user typed) are not transformed, so
//! they keep reading as given. Written here rather than taken from the
//! `fluent-pseudo` crate, which brings a regular-expression engine into
//! the bundle for the same table.

use std::borrow::Cow;

/// Opens a message in the pseudo-locale.
pub const OPEN: char = '⟦';
/// Closes a message in the pseudo-locale.
pub const CLOSE: char = '⟧';

const UPPER: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const LOWER: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];

/// Fluent's transform for the text of a pattern (not its variables).
pub fn accent(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|byte| byte.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(accent_char).collect())
}

fn accent_char(c: char) -> char {
    match c {
        'a'..='z' => LOWER[c as usize - 'a' as usize],
        'A'..='Z' => UPPER[c as usize - 'A' as usize],
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_letter_is_replaced_and_nothing_else() {
        let shown = accent("Play 3 runs, now!");
        assert!(!shown.chars().any(|c| c.is_ascii_alphabetic()), "{shown}");
        assert_eq!(shown.chars().count(), "Play 3 runs, now!".chars().count());
        assert!(
            shown.contains(" 3 ") && shown.ends_with(", ƞǿẇ!"),
            "{shown}"
        );
        assert!(matches!(accent("3.14 %"), Cow::Borrowed(_)));
    }
}
