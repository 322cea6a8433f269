//! Text from outside the page (a lesson file, a link, a stored title)
//! inserted into a message, kept from turning the message around.
//!
//! A value such as `"\u{202E}tol"` carries a right-to-left override that,
//! inserted as it is, reverses the rest of the line: the page's own words
//! included. [`isolated`] wraps it in a first-strong isolate (U+2068 …
//! U+2069), which the Unicode bidirectional algorithm closes, overrides
//! and all, at its end; the isolate marks the value itself carries are
//! taken out first, so it cannot end the isolate early. The value is
//! otherwise shown as given. Fluent isolates every inserted value in
//! Arabic already; this is for untrusted text, in every language.

/// First-strong isolate: starts an isolate whose direction is the text's.
const FSI: char = '\u{2068}';
/// Pop directional isolate: ends it.
const PDI: char = '\u{2069}';

/// `text` in an isolate of its own, any isolate marks in it removed.
pub fn isolated(text: &str) -> String {
    let mut shown = String::with_capacity(text.len() + 6);
    shown.push(FSI);
    shown.extend(
        text.chars()
            .filter(|character| !matches!(character, '\u{2066}'..='\u{2069}')),
    );
    shown.push(PDI);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_stays_inside_its_isolate() {
        assert_eq!(isolated("\u{202E}tol"), "\u{2068}\u{202E}tol\u{2069}");
    }

    #[test]
    fn isolate_marks_inside_cannot_end_it_early() {
        assert_eq!(
            isolated("a\u{2069}\u{202E}b\u{2067}"),
            "\u{2068}a\u{202E}b\u{2069}"
        );
    }
}
