//! A rejected parameter in the page's language: the engine's
//! [`ParamError`], [`Accepted`] and [`Fallback`] rendered through the
//! messages of `locales/<tag>/params.ftl`.
//!
//! ```text
//!   ParamError { name: "stations", given: "0", accepted: Whole{1,1000}, fallback: Value("3") }
//!     ──► params-error ( setting "stations=0", accepted ──► params-accepted-whole, fallback )
//!     en: "stations=0 is not accepted: expected a whole number from 1 to 1000; using 3."
//! ```
//!
//! Every part is typed data ([`Given`], [`Accepted`], [`Fallback`] with
//! its [`Phrase`](crate::sim::param_table::Phrase)s), so nothing is read
//! back from English. In English the text equals the engine's `Display`,
//! which the headless runner prints; the tests below hold the two
//! together. Parameter names, the values given and the values a reader
//! types (limits, words such as `first` or `max`) stay as the URL spells
//! them; only the words around them are translated.

use crate::i18n::{isolated, Messages};
use crate::sim::param_table::{Accepted, Fallback, Given, ParamError};
use crate::tr;

use super::figures::count;

/// The whole sentence about one rejected value.
pub fn param_error(messages: &Messages, error: &ParamError) -> String {
    tr!(
        messages,
        "params-error",
        setting = setting(messages, error),
        accepted = accepted(messages, &error.accepted),
        fallback = fallback(messages, &error.fallback),
    )
}

/// What a parameter accepts, as its form field's hint and in errors.
pub fn accepted(messages: &Messages, accepted: &Accepted) -> String {
    match *accepted {
        Accepted::Whole { low, high } => tr!(
            messages,
            "params-accepted-whole",
            low = low.to_string(),
            high = high.to_string()
        ),
        Accepted::EventCount { low } => tr!(
            messages,
            "params-accepted-event-count",
            low = low.to_string()
        ),
        Accepted::ShotSeconds { low, high } => tr!(
            messages,
            "params-accepted-shot-seconds",
            low = low.to_string(),
            high = high.to_string()
        ),
        Accepted::Probability => tr!(messages, "params-accepted-probability"),
        Accepted::SpeedFactors {
            max_items,
            low,
            high,
        } => tr!(
            messages,
            "params-accepted-speed-factors",
            max_items = count(max_items),
            low = low.to_string(),
            high = high.to_string()
        ),
        Accepted::StationOrNone { high } => tr!(
            messages,
            "params-accepted-station-or-none",
            high = high.to_string()
        ),
        Accepted::BreakPairs { max_items } => tr!(
            messages,
            "params-accepted-break-pairs",
            form = "events:station",
            max_items = count(max_items)
        ),
        Accepted::OneOf(words) => list(messages, words, "params-list-last-or"),
        Accepted::NameList { names, whole } => tr!(
            messages,
            "params-accepted-name-list",
            names = list(messages, names, "params-list-last-and"),
            alternatives = alternatives(messages, whole)
        ),
        Accepted::PlayRate { low, high } => tr!(
            messages,
            "params-accepted-play-rate",
            low = low.to_string(),
            high = high.to_string(),
            max = "max"
        ),
        Accepted::NotAbove { low, high } => {
            tr!(
                messages,
                "params-accepted-not-above",
                low = low,
                high = high
            )
        }
        Accepted::FitsClock { exponent } => tr!(
            messages,
            "params-accepted-fits-clock",
            power = format!("10^{exponent}")
        ),
        Accepted::BoxesPerTask { policy, high } => tr!(
            messages,
            "params-accepted-boxes-per-task",
            high = count(high),
            setting = format!("policy={policy}")
        ),
        Accepted::NoBlockingWith { policy } => tr!(
            messages,
            "params-accepted-no-blocking",
            setting = format!("policy={policy}")
        ),
        Accepted::StationOfRun { stations } => tr!(
            messages,
            "params-accepted-station-of-run",
            stations = count(stations)
        ),
    }
}

/// `a, b or c` (`last` names the message joining the last two words).
fn list(messages: &Messages, words: &[&str], last: &str) -> String {
    let mut text = String::new();
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            let joiner = if index + 1 == words.len() {
                last
            } else {
                "params-list-separator"
            };
            text.push_str(&messages.text(joiner));
        }
        text.push_str(word);
    }
    text
}

/// `, or all, or none`: the words that stand for a whole list.
fn alternatives(messages: &Messages, words: &[&str]) -> String {
    words
        .iter()
        .map(|word| tr!(messages, "params-list-alternative", word = *word))
        .collect()
}

/// What runs instead: a value as the URL spells it, two of them, or a
/// phrase in the page's words.
fn fallback(messages: &Messages, fallback: &Fallback) -> String {
    match fallback {
        Fallback::Value(value) => value.clone(),
        Fallback::Both(first, second) => tr!(
            messages,
            "params-fallback-both",
            first = first.as_str(),
            second = second.as_str()
        ),
        Fallback::Phrase(phrase) => messages.text(phrase.message),
    }
}

/// What was given: a value as written, isolated; a rule between
/// parameters in the page's words around the values.
/// The parameter as the link wrote it, `name=value` (the value isolated:
/// it comes from outside the page), and what else made the value wrong.
/// The name and its value travel as one value, so a right-to-left
/// sentence cannot part them (`stations=abc`, never `abc=stations`).
fn setting(messages: &Messages, error: &ParamError) -> String {
    let written = |value: &str| format!("{}={}", error.name, isolated(value));
    match &error.given {
        Given::Value(value) => written(value),
        Given::With { value, condition } => tr!(
            messages,
            "params-given-with",
            value = written(value),
            condition = condition.as_str()
        ),
        Given::FitsClock {
            boxes,
            capacity,
            shot_max,
            slowest_speed,
        } => tr!(
            messages,
            "params-given-fits-clock",
            boxes = format!("{}={boxes}", error.name),
            capacity = format!("capacity={capacity}"),
            shot_max = format!("shot_max={shot_max}"),
            speed = slowest_speed.to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::settings::{parse_page_query, PAGE_PARAMS};
    use crate::sim::config::RUN_PARAMS;
    use crate::sim::param_table::Param;

    /// Every kind of rejection the page can meet: a bad value for each
    /// parameter of both tables, and each rule between parameters.
    fn every_kind() -> Vec<ParamError> {
        let mut errors: Vec<ParamError> = RUN_PARAMS
            .iter()
            .map(|param| param.reject("<b>x</b>"))
            .chain(PAGE_PARAMS.iter().map(|param| param.reject("nope")))
            .collect();
        for query in [
            "shot_min=5&shot_max=1",
            "boxes=100000&capacity=1000&shot_max=3600&speeds=0.01",
            "policy=taskgroup&boxes=1000000",
            "policy=article&blocking=2",
            "policy=queue&blocking=2",
            "stations=3&blocking=4&breaks=5:999,7:2",
        ] {
            errors.extend(parse_page_query(query).1);
        }
        errors
    }

    #[test]
    fn the_english_equals_the_engines_text_for_every_kind_of_rejection() {
        let english = Messages::english();
        let errors = every_kind();
        let rules = [
            "NotAbove",
            "FitsClock",
            "BoxesPerTask",
            "NoBlockingWith",
            "StationOfRun",
            "Whole",
            "EventCount",
            "ShotSeconds",
            "Probability",
            "SpeedFactors",
            "StationOrNone",
            "BreakPairs",
            "OneOf",
            "NameList",
            "PlayRate",
        ];
        for rule in rules {
            assert!(
                errors
                    .iter()
                    .any(|error| format!("{:?}", error.accepted).starts_with(rule)),
                "no example of {rule}"
            );
        }
        // The same words as the engine's, the value given isolated.
        let unisolated = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        for error in &errors {
            assert_eq!(
                unisolated(param_error(&english, error)),
                error.to_string(),
                "{error:?}"
            );
        }
    }

    #[test]
    fn every_phrase_and_rule_has_a_message() {
        let english = Messages::english();
        let phrases = RUN_PARAMS
            .iter()
            .filter_map(|param: &Param<_>| param.fallback_phrase)
            .chain(PAGE_PARAMS.iter().filter_map(|param| param.fallback_phrase));
        for phrase in phrases {
            assert_eq!(english.text(phrase.message), phrase.english);
        }
        for error in every_kind() {
            let (reworded, spelled) = (
                setting(&Messages::pseudo(), &error),
                setting(&english, &error),
            );
            if error.given.is_rule() {
                assert_ne!(
                    reworded, spelled,
                    "a rule's words are translated: {error:?}"
                );
            }
        }
    }

    /// Each translation's `params.ftl` with the glossary it uses (`shared.ftl`), as the page loads them.
    const TRANSLATIONS: [(Locale, &str); 10] = [
        (
            Locale::Spanish,
            concat!(
                include_str!("../../../locales/es/shared.ftl"),
                include_str!("../../../locales/es/params.ftl")
            ),
        ),
        (
            Locale::German,
            concat!(
                include_str!("../../../locales/de/shared.ftl"),
                include_str!("../../../locales/de/params.ftl")
            ),
        ),
        (
            Locale::French,
            concat!(
                include_str!("../../../locales/fr/shared.ftl"),
                include_str!("../../../locales/fr/params.ftl")
            ),
        ),
        (
            Locale::ChineseSimplified,
            concat!(
                include_str!("../../../locales/zh-Hans/shared.ftl"),
                include_str!("../../../locales/zh-Hans/params.ftl")
            ),
        ),
        (
            Locale::Arabic,
            concat!(
                include_str!("../../../locales/ar/shared.ftl"),
                include_str!("../../../locales/ar/params.ftl")
            ),
        ),
        (
            Locale::PortugueseBrazil,
            concat!(
                include_str!("../../../locales/pt-BR/shared.ftl"),
                include_str!("../../../locales/pt-BR/params.ftl")
            ),
        ),
        (
            Locale::Japanese,
            concat!(
                include_str!("../../../locales/ja/shared.ftl"),
                include_str!("../../../locales/ja/params.ftl")
            ),
        ),
        (
            Locale::Korean,
            concat!(
                include_str!("../../../locales/ko/shared.ftl"),
                include_str!("../../../locales/ko/params.ftl")
            ),
        ),
        (
            Locale::Russian,
            concat!(
                include_str!("../../../locales/ru/shared.ftl"),
                include_str!("../../../locales/ru/params.ftl")
            ),
        ),
        (
            Locale::Indonesian,
            concat!(
                include_str!("../../../locales/id/shared.ftl"),
                include_str!("../../../locales/id/params.ftl")
            ),
        ),
    ];

    #[test]
    fn every_translation_writes_every_rejection_in_its_own_words() {
        let english = Messages::english();
        for (locale, source) in TRANSLATIONS {
            let messages = Messages::translated(locale, source).expect("parses");
            for error in every_kind() {
                let text = param_error(&messages, &error);
                assert_ne!(text, param_error(&english, &error), "{locale:?}: {error:?}");
                // A missing message shows its id; a Fluent error, braces.
                assert!(
                    !text.contains("params-") && !text.contains('{'),
                    "{locale:?}: {text}"
                );
                assert!(text.contains(error.name), "{locale:?}: {text}");
            }
        }
    }

    #[test]
    fn lists_are_joined_with_the_locales_words() {
        let english = Messages::english();
        let words = Accepted::OneOf(&["first", "all", "queue"]);
        assert_eq!(accepted(&english, &words), "first, all or queue");
        assert_eq!(accepted(&english, &Accepted::OneOf(&["one"])), "one");
    }
}
