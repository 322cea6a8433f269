//! One locale's messages: a Fluent bundle over that locale's `.ftl` text,
//! with English beneath it for any message it lacks.
//!
//! ```text
//!   messages.text("play")                      ──► "Play"
//!   tr!(messages, "boxes-done", count = 3)     ──► "3 boxes done"   (plural rules, variables)
//!   messages.text("play.title")                ──► the message's `.title` attribute
//!   qps                                        ──► "⟦Ƥļáý⟧"           (the pseudo-locale)
//! ```
//!
//! Numbers inside messages are formatted for the locale by the browser's
//! `Intl.NumberFormat` (in the browser; natively, plainly). A message that
//! is missing everywhere comes out as its id, so a gap shows on the page
//! instead of panicking; the completeness test keeps that from shipping.

use std::borrow::Cow;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use intl_memoizer::IntlLangMemoizer;

use super::locale::{Direction, Locale};
use super::numbers::{self, NumberStyle};
use super::pseudo;

/// English, built into the page: every `.ftl` file of `locales/en/`,
/// joined by `build.rs`.
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/locale_en.ftl"));

type Bundle = FluentBundle<FluentResource>;

/// A locale's messages, ready to format. Cheap to share behind an `Rc`.
pub struct Messages {
    locale: Locale,
    bundle: Bundle,
    /// Number formatters for numbers shown outside a message.
    number_formats: IntlLangMemoizer,
    /// English, for a message this locale lacks (`None` for English itself).
    fallback: Option<Rc<Messages>>,
}

/// Why a locale's messages could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// The locale whose file failed.
    pub locale: Locale,
    /// What went wrong, for the console (the page shows its own message).
    pub detail: String,
}

impl Messages {
    /// English, parsed once per thread and shared.
    pub fn english() -> Rc<Messages> {
        thread_local! {
            static ENGLISH: Rc<Messages> = Rc::new(
                Messages::parse(Locale::English, ENGLISH_FTL, None)
                    .unwrap_or_else(|error| Messages::empty(Locale::English, error)),
            );
        }
        ENGLISH.with(Rc::clone)
    }

    /// The pseudo-locale: English's messages, accented and wrapped.
    pub fn pseudo() -> Rc<Messages> {
        thread_local! {
            static PSEUDO: Rc<Messages> = Rc::new(
                Messages::parse(Locale::Pseudo, ENGLISH_FTL, None)
                    .unwrap_or_else(|error| Messages::empty(Locale::Pseudo, error)),
            );
        }
        PSEUDO.with(Rc::clone)
    }

    /// A translated locale's messages from its `.ftl` text, over English.
    pub fn translated(locale: Locale, source: &str) -> Result<Messages, LoadError> {
        Messages::parse(locale, source, Some(Messages::english()))
    }

    fn parse(
        locale: Locale,
        source: &str,
        fallback: Option<Rc<Messages>>,
    ) -> Result<Messages, LoadError> {
        let fail = |detail: String| LoadError { locale, detail };
        // The first error's line rather than its Debug text, which would
        // build the Debug code of every parser error kind into the page
        // for a message only the console shows.
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
            let line = |at: usize| source.bytes().take(at).filter(|&b| b == b'\n').count() + 1;
            let first = errors.first().map_or(0, |error| line(error.pos.start));
            fail(format!(
                "{} syntax errors, the first on line {first}",
                errors.len()
            ))
        })?;
        let language: unic_langid::LanguageIdentifier = locale
            .rules_tag()
            .parse()
            .map_err(|_| fail(format!("no language identifier for {}", locale.tag())))?;
        let number_formats = IntlLangMemoizer::new(language.clone());
        let mut bundle = Bundle::new(vec![language]);
        // Isolation marks keep a left-to-right value (a number, a name)
        // in its place inside right-to-left text; elsewhere they would
        // only be invisible characters in the page's text.
        bundle.set_use_isolating(locale.direction() == Direction::RightToLeft);
        bundle.set_formatter(Some(if locale.writes_numbers_in_english() {
            numbers::format_value_in_english
        } else {
            numbers::format_value
        }));
        if locale == Locale::Pseudo {
            bundle.set_transform(Some(pseudo::accent));
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| fail(format!("{} duplicate messages", errors.len())))?;
        Ok(Messages {
            locale,
            bundle,
            number_formats,
            fallback,
        })
    }

    /// A bundle with no messages, for when English itself fails to parse
    /// (the completeness test makes sure it never does): every message
    /// then shows its id.
    fn empty(locale: Locale, error: LoadError) -> Messages {
        debug_assert!(false, "the built-in messages do not parse: {error:?}");
        let language = unic_langid::LanguageIdentifier::default();
        let mut bundle = Bundle::new(vec![language.clone()]);
        bundle.set_use_isolating(false);
        Messages {
            locale,
            bundle,
            number_formats: IntlLangMemoizer::new(language),
            fallback: None,
        }
    }

    /// The locale these messages are for.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether this locale (or English beneath it) has `id`
    /// (`message` or `message.attribute`).
    pub fn has(&self, id: &str) -> bool {
        self.own_pattern(id).is_some()
            || self
                .fallback
                .as_ref()
                .is_some_and(|english| english.has(id))
    }

    /// The message `id` with no variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`; see the [`tr!`](crate::tr) macro.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match self.own_pattern(id) {
            Some(pattern) => {
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, args, &mut errors);
                self.wrapped(text)
            }
            None => match &self.fallback {
                Some(english) => english.format(id, args),
                None => id.to_string(),
            },
        }
    }

    /// `value` as this locale writes numbers, outside any message (axis
    /// ticks, figures in a table).
    pub fn number(&self, value: f64, style: NumberStyle) -> String {
        if self.locale.writes_numbers_in_english() {
            return numbers::english(value, style);
        }
        numbers::format_number(&self.number_formats, value, style).unwrap_or_else(|| {
            match style.max_fraction {
                Some(digits) => format!("{value:.*}", usize::from(digits)),
                None => value.to_string(),
            }
        })
    }

    /// The pattern of `id` in this locale's own bundle: a message's value,
    /// or with `message.attribute` one of its attributes.
    fn own_pattern(&self, id: &str) -> Option<&fluent_syntax::ast::Pattern<&str>> {
        let (message, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = self.bundle.get_message(message)?;
        match attribute {
            Some(attribute) => Some(message.get_attribute(attribute)?.value()),
            None => message.value(),
        }
    }

    /// The pseudo-locale wraps each whole message, so a test can tell a
    /// message's text from text that came from anywhere else.
    fn wrapped(&self, text: Cow<str>) -> String {
        if self.locale == Locale::Pseudo {
            format!("{}{text}{}", pseudo::OPEN, pseudo::CLOSE)
        } else {
            text.into_owned()
        }
    }
}

/// Formats a message with named variables:
/// `tr!(messages, "boxes-done", count = 3, station = "2")`.
/// Each value is anything Fluent takes (`&str`, `String`, numbers).
#[macro_export]
macro_rules! tr {
    ($messages:expr, $id:expr) => {
        $messages.text($id)
    };
    ($messages:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $messages.format($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPANISH: &str =
        "hello = Hola\nboxes = { $count ->\n    [one] una caja\n   *[other] { $count } cajas\n}\n";

    #[test]
    fn english_is_built_in_and_parses() {
        let english = Messages::english();
        assert_eq!(english.locale(), Locale::English);
        assert!(english.has("language-menu"));
        assert_ne!(english.text("language-menu"), "language-menu");
    }

    #[test]
    fn a_translation_falls_back_to_english_for_a_message_it_lacks() {
        let spanish = Messages::translated(Locale::Spanish, SPANISH).expect("parses");
        assert_eq!(spanish.text("hello"), "Hola");
        assert_eq!(
            spanish.text("language-menu"),
            Messages::english().text("language-menu")
        );
        assert_eq!(spanish.text("no-such-message"), "no-such-message");
    }

    #[test]
    fn plural_forms_follow_the_locale() {
        let spanish = Messages::translated(Locale::Spanish, SPANISH).expect("parses");
        assert_eq!(tr!(spanish, "boxes", count = 1), "una caja");
        assert_eq!(tr!(spanish, "boxes", count = 3), "3 cajas");
    }

    #[test]
    fn a_syntax_error_is_a_value_naming_the_locale() {
        let error = Messages::translated(Locale::German, "hello = {")
            .err()
            .expect("refused");
        assert_eq!(error.locale, Locale::German);
        assert!(error.detail.contains("syntax"), "{}", error.detail);
    }

    #[test]
    fn the_pseudo_locale_wraps_and_accents_every_message() {
        let pseudo = Messages::pseudo();
        let english = Messages::english().text("language-menu");
        let shown = pseudo.text("language-menu");
        assert!(
            shown.starts_with(pseudo::OPEN) && shown.ends_with(pseudo::CLOSE),
            "{shown}"
        );
        assert_ne!(
            shown.trim_matches(|c| c == pseudo::OPEN || c == pseudo::CLOSE),
            english
        );
        assert!(!shown.chars().any(|c| c.is_ascii_lowercase()), "{shown}");
    }
}
