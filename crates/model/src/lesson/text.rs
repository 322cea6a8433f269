//! Sentences the lesson engine hands to the page: a message id of
//! `locales/<tag>/lessons.ftl` and its variables, formatted in the page's
//! language only when shown.
//!
//! ```text
//!   pose / parse_lesson ─► Text { "lesson-doses", count = 3 }
//!                                   │ format(&messages)   (when drawn)
//!                                   ▼
//!                          "3 doses" · "3 dosis" · "3 剂" · …
//! ```
//!
//! Kept as data rather than as a formatted string, so the engine needs no
//! language to answer a question or check a lesson, and a change of
//! language re-draws what is already on screen. `Display` gives English,
//! for tests and the console.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::i18n::Messages;
use crate::sim::param_table::ParamError;
use crate::sim::SimTime;
use crate::{figures, param_text};

/// A message and its variables.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A message's variable. Numbers carry how they are written (decimals,
/// grouping) here rather than in the messages, so every locale shows the
/// same precision; the locale writes the digits and picks plural forms.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A count, a number that names something (a station, a box), or a
    /// figure quoted from a lesson file or a limit on one (bytes, events):
    /// whole and ungrouped, as a file or a link writes it.
    Number(f64),
    /// Exactly this many decimals: seconds (2), percentages (1).
    Fixed(f64, u8),
    /// Shown as given, in every language: a place in a lesson file, a
    /// value quoted from it, code.
    Verbatim(String),
    /// Another message, formatted first.
    Text(Text),
    /// Messages joined by the locale's list separator.
    List(Vec<Text>),
    /// A parameter value the URL's rules refused, worded as the page's
    /// parameter errors word it in each language.
    Param(ParamError),
}

impl Text {
    /// The message `id`, with no variables yet.
    pub fn new(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the variable `name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The value of the variable `name`, if set.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| value)
    }

    /// The sentence in `messages`' language.
    pub fn format(&self, messages: &Messages) -> String {
        if self.args.is_empty() {
            return messages.text(self.id);
        }
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            args.set(*name, arg.value(messages));
        }
        messages.format(self.id, Some(&args))
    }
}

impl Arg {
    fn value(&self, messages: &Messages) -> FluentValue<'static> {
        match self {
            Arg::Number(number) => figures::count(*number),
            Arg::Fixed(number, digits) => figures::fixed(*number, *digits),
            Arg::Verbatim(text) => FluentValue::from(text.clone()),
            Arg::Text(text) => FluentValue::from(text.format(messages)),
            Arg::List(items) => {
                let separator = messages.text("lesson-list-separator");
                let items: Vec<String> = items.iter().map(|item| item.format(messages)).collect();
                FluentValue::from(items.join(&separator))
            }
            Arg::Param(error) => FluentValue::from(param_text::param_error(messages, error)),
        }
    }

    /// Text shown as given.
    pub fn verbatim(text: impl Into<String>) -> Arg {
        Arg::Verbatim(text.into())
    }

    /// Text from outside the page (a lesson file, a link), shown as given
    /// in an isolate of its own, so that it cannot turn the message
    /// around it ([`crate::i18n::isolated`]).
    pub fn untrusted(text: &str) -> Arg {
        Arg::Verbatim(crate::i18n::isolated(text))
    }

    /// `value` with exactly `digits` decimals, rounded as Rust's `{:.N}`
    /// rounds it, so English reads as it always has and every locale
    /// shows the same digits.
    pub fn fixed(value: f64, digits: u8) -> Arg {
        Arg::Fixed(figures::rounded(value, usize::from(digits)), digits)
    }

    /// A figure from a lesson file or a limit on one, ungrouped (a
    /// [`Arg::Number`]; the name says at the call what the number is).
    pub fn figure(value: u64) -> Arg {
        Arg::Number(value as f64)
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Arg {
        Arg::Text(text)
    }
}

impl From<Vec<Text>> for Arg {
    fn from(items: Vec<Text>) -> Arg {
        Arg::List(items)
    }
}

impl From<f64> for Arg {
    fn from(number: f64) -> Arg {
        Arg::Number(number)
    }
}

impl From<u64> for Arg {
    fn from(number: u64) -> Arg {
        Arg::Number(number as f64)
    }
}

impl From<u32> for Arg {
    fn from(number: u32) -> Arg {
        Arg::Number(f64::from(number))
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Arg {
        Arg::Number(number as f64)
    }
}

/// A simulated time in seconds as the page's clock shows it: rounded to
/// hundredths exactly as `SimTime`'s own display rounds them.
impl From<SimTime> for Arg {
    fn from(time: SimTime) -> Arg {
        Arg::fixed(time.as_secs_f64(), 2)
    }
}

impl fmt::Display for Text {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(&Messages::english()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_variables_nested_messages_and_lists() {
        let doses = |count: u64| Text::new("lesson-doses").with("count", count);
        assert_eq!(doses(1).to_string(), "1 dose");
        assert_eq!(doses(0).to_string(), "0 doses");
        let list = Arg::List(vec![doses(2), doses(3)]);
        let english = Messages::english();
        assert_eq!(
            list.value(&english),
            FluentValue::from("2 doses, 3 doses".to_string())
        );
    }

    #[test]
    fn a_time_shows_the_clocks_hundredths() {
        let time = SimTime::from_micros(1_234_567);
        assert_eq!(Arg::from(time), Arg::Fixed(1.23, 2));
        let english = Messages::english();
        let shown = Text::new("lesson-boxes-prompt").with("by", SimTime::from_micros(6_800_000));
        assert_eq!(
            shown.format(&english),
            "How many boxes will be done by 6.80 seconds?"
        );
    }

    #[test]
    fn the_pseudo_locale_wraps_each_message_and_keeps_verbatim_text() {
        let text = Text::new("lesson-problem-at")
            .with("path", Arg::verbatim("steps[0].text"))
            .with("problem", Text::new("lesson-error-text-missing"));
        let shown = text.format(&Messages::pseudo());
        assert!(shown.contains("steps[0].text"), "{shown}");
        assert!(!shown.contains("missing"), "{shown}");
    }
}
