//! Words that match the screen, in every language.
//!
//! ```text
//!   locales/<tag>/shared.ftl   -station, -box, -depot …   the glossary: one word per thing
//!   every other file           { -station } …              names things through it
//! ```
//!
//! Each locale defines every term English does; no message uses a word
//! its glossary rules out (a term's comment line `Not: poste, Poste`);
//! a lesson's answer choices read exactly as the labels on screen, and its
//! "look at" sentences name each region as the region's heading does.
//! Counts take their language's plural forms (Arabic's and Russian's
//! too); French puts a narrow no-break space before `: ; ! ?` and says
//! *vous*; a right-to-left message never joins two variables with only
//! neutral characters, which the bidirectional algorithm would reverse.
//!
//! Native: `cargo test -p vaccination-lot-model --test glossary`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use fluent_bundle::FluentArgs;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, VariantKey,
};
use fluent_syntax::parser;
use vaccination_lot_model::i18n::{Direction, Locale, Messages};
use vaccination_lot_model::labels::{focus_heading_id, look_at_id};
use vaccination_lot_model::lesson::Focus;

mod common;
use common::{locale_dir, variables};

/// English and every translation.
fn locales() -> impl Iterator<Item = Locale> {
    std::iter::once(Locale::English).chain(Locale::TRANSLATED)
}

/// A locale's `.ftl` files, each by name with its text.
fn files(tag: &str) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(locale_dir(tag)).unwrap_or_else(|error| panic!("{tag}: {error}")) {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".ftl") {
            let text = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
            files.insert(name, text);
        }
    }
    files
}

/// A locale's files joined in name order, as the page loads them.
fn joined(tag: &str) -> String {
    files(tag).into_values().collect::<Vec<_>>().join("\n")
}

/// The page's messages in `locale`.
fn messages(locale: Locale) -> Messages {
    Messages::translated(locale, &joined(locale.tag()))
        .unwrap_or_else(|error| panic!("{}: {error:?}", locale.tag()))
}

fn parsed(text: &str) -> Resource<&str> {
    parser::parse(text).unwrap_or_else(|(_, errors)| panic!("does not parse: {errors:?}"))
}

/// Every pattern of a resource: `id` and `id.attribute` of each message.
fn patterns<'r>(resource: &'r Resource<&'r str>) -> Vec<(String, &'r Pattern<&'r str>)> {
    let mut found = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name;
            if let Some(value) = &message.value {
                found.push((id.to_string(), value));
            }
            for attribute in &message.attributes {
                found.push((format!("{id}.{}", attribute.id.name), &attribute.value));
            }
        }
    }
    found
}

/// The terms a locale's `shared.ftl` defines, with the words each rules
/// out (its comment's `Not:` line).
fn glossary(tag: &str) -> BTreeMap<String, Vec<String>> {
    let text = files(tag).remove("shared.ftl").expect("shared.ftl");
    let resource = parsed(&text);
    let mut terms = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Term(term) = entry {
            let not: Vec<String> = term
                .comment
                .iter()
                .flat_map(|comment| comment.content.iter())
                .filter_map(|line| line.trim().strip_prefix("Not:"))
                .flat_map(|words| words.split(','))
                .map(|word| word.trim().to_string())
                .filter(|word| !word.is_empty())
                .collect();
            terms.insert(format!("-{}", term.id.name), not);
        }
    }
    terms
}

/// The text of a pattern, variants included, placeables left out.
fn text_of(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        text_of(&variant.value, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
}

/// The terms a pattern refers to, in order, variants included.
fn terms_of(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Select { variants, .. } => {
                    for variant in variants {
                        terms_of(&variant.value, out);
                    }
                }
                Expression::Inline(InlineExpression::TermReference { id, .. }) => {
                    out.push(format!("-{}", id.name));
                }
                Expression::Inline(_) => {}
            }
        }
    }
}

/// Each selector on a variable in a pattern, with its variants' keys.
fn selectors(pattern: &Pattern<&str>, out: &mut BTreeMap<String, BTreeSet<String>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = out.entry(id.name.to_string()).or_default();
                for variant in variants {
                    keys.insert(match &variant.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    });
                }
            }
            for variant in variants {
                selectors(&variant.value, out);
            }
        }
    }
}

#[test]
fn every_locale_defines_the_glossary_english_defines() {
    let english: BTreeSet<String> = glossary("en").into_keys().collect();
    assert!(
        english.contains("-station") && english.contains("-box"),
        "{english:?}"
    );
    for locale in Locale::TRANSLATED {
        let own: BTreeSet<String> = glossary(locale.tag()).into_keys().collect();
        let missing: Vec<_> = english.difference(&own).collect();
        assert!(missing.is_empty(), "{}: no term {missing:?}", locale.tag());
    }
}

#[test]
fn no_message_uses_a_word_its_glossary_rules_out() {
    for locale in locales() {
        let tag = locale.tag();
        let ruled_out: Vec<(String, String)> = glossary(tag)
            .into_iter()
            .flat_map(|(term, words)| words.into_iter().map(move |word| (term.clone(), word)))
            .collect();
        for (file, text) in files(tag) {
            for (id, pattern) in patterns(&parsed(&text)) {
                let mut words = String::new();
                text_of(pattern, &mut words);
                for (term, word) in &ruled_out {
                    assert!(
                        !words.contains(word.as_str()),
                        "{tag}/{file}: {id} says {word:?}; the glossary's word is {term}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_station_choice_reads_as_the_station_on_screen() {
    for locale in locales() {
        let messages = messages(locale);
        for station in [1, 2, 12] {
            let mut args = FluentArgs::new();
            args.set("station", station);
            assert_eq!(
                messages.format("lesson-station-choice", Some(&args)),
                messages.format("lot-station-name", Some(&args)),
                "{}: the answer choice for station {station} is not the lot's label",
                locale.tag()
            );
        }
    }
}

/// Where a pattern's first glossary term is, if its text starts with one.
fn leading_term(pattern: &Pattern<&str>) -> Option<String> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } if value.trim().is_empty() => continue,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::TermReference { id, .. }),
            } => return Some(format!("-{}", id.name)),
            _ => return None,
        }
    }
    None
}

#[test]
fn a_look_at_sentence_names_its_region_as_the_heading_does() {
    for locale in locales() {
        let tag = locale.tag();
        let source = joined(tag);
        let resource = parsed(&source);
        let by_id: BTreeMap<String, &Pattern<&str>> = patterns(&resource).into_iter().collect();
        let messages = messages(locale);
        for focus in Focus::ALL {
            let (sentence_id, heading_id) = (look_at_id(focus), focus_heading_id(focus));
            let sentence = by_id
                .get(sentence_id)
                .unwrap_or_else(|| panic!("{tag}: no {sentence_id}"));
            let heading = by_id
                .get(heading_id)
                .unwrap_or_else(|| panic!("{tag}: no {heading_id}"));
            let mut sentence_terms = Vec::new();
            terms_of(sentence, &mut sentence_terms);
            // A heading that is a term (in any case it takes) is named by
            // that term; otherwise the sentence holds the heading's words.
            if let Some(term) = leading_term(heading) {
                assert!(
                    sentence_terms.contains(&term),
                    "{tag}: {sentence_id} does not name the region by {term}, as {heading_id} does"
                );
            } else {
                let shown = messages.text(heading_id).to_lowercase();
                let said = messages.text(sentence_id).to_lowercase();
                assert!(
                    said.contains(shown.trim()),
                    "{tag}: {sentence_id} ({said:?}) does not say the heading {heading_id} ({shown:?}); \
                     name the region with the heading's words or its term"
                );
            }
        }
    }
}

/// The plural categories a locale's counts must select among, beyond
/// `other`; none for languages whose nouns do not change with a count.
fn required_plural_keys(locale: Locale) -> Option<&'static [&'static str]> {
    match locale {
        Locale::Japanese | Locale::Korean | Locale::ChineseSimplified | Locale::Indonesian => None,
        Locale::Arabic => Some(&["few", "many"]),
        Locale::Russian => Some(&["one", "few", "many"]),
        _ => Some(&["one"]),
    }
}

#[test]
fn every_count_english_selects_on_takes_the_locales_plural_forms() {
    let english_source = joined("en");
    let english = parsed(&english_source);
    let mut counted: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (id, pattern) in patterns(&english) {
        let mut found = BTreeMap::new();
        selectors(pattern, &mut found);
        let counts: BTreeSet<String> = found
            .into_iter()
            .filter(|(_, keys)| keys.contains("one"))
            .map(|(name, _)| name)
            .collect();
        if !counts.is_empty() {
            counted.insert(id, counts);
        }
    }
    assert!(counted.contains_key("lessons-menu-steps"));
    for locale in Locale::TRANSLATED {
        let Some(required) = required_plural_keys(locale) else {
            continue;
        };
        let tag = locale.tag();
        let source = joined(tag);
        let resource = parsed(&source);
        let own: BTreeMap<String, &Pattern<&str>> = patterns(&resource).into_iter().collect();
        let mut wrong = Vec::new();
        for (id, counts) in &counted {
            let Some(pattern) = own.get(id) else { continue };
            let mut found = BTreeMap::new();
            selectors(pattern, &mut found);
            for count in counts {
                let keys = found.get(count);
                let missing: Vec<_> = required
                    .iter()
                    .filter(|key| !keys.is_some_and(|keys| keys.contains(**key)))
                    .collect();
                if !missing.is_empty() {
                    wrong.push(format!("{id}: ${count} without {missing:?}"));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{tag}: counts without their plural forms:\n{}",
            wrong.join("\n")
        );
    }
}

/// French punctuation that takes a narrow no-break space before it.
const FRENCH_HIGH_PUNCTUATION: [char; 4] = [':', ';', '!', '?'];

#[test]
fn french_puts_a_narrow_no_break_space_before_high_punctuation() {
    let mut wrong = Vec::new();
    for (file, text) in files("fr") {
        for (id, pattern) in patterns(&parsed(&text)) {
            let mut words = String::new();
            text_of(pattern, &mut words);
            let chars: Vec<char> = words.chars().collect();
            for (index, mark) in chars.iter().enumerate() {
                if !FRENCH_HIGH_PUNCTUATION.contains(mark) || index == 0 {
                    continue;
                }
                let before = chars[index - 1];
                let after = chars.get(index + 1).copied().unwrap_or(' ');
                // Code and links (`events:station`, `chrome://`, `a?b`)
                // have no space after the mark.
                let ends_a_clause = after.is_whitespace() || after == '»' || after == '.';
                let spaced = before == '\u{202F}';
                if ends_a_clause && !spaced && before != '(' {
                    wrong.push(format!("{file}: {id}: {:?}", context(&chars, index)));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "fr: before : ; ! ? write U+202F:\n{}",
        wrong.join("\n")
    );
}

fn context(chars: &[char], index: usize) -> String {
    let from = index.saturating_sub(20);
    chars[from..(index + 2).min(chars.len())].iter().collect()
}

#[test]
fn french_says_vous_throughout() {
    let familiar = ["tu", "toi", "ton", "ta", "tes", "te"];
    for (file, text) in files("fr") {
        for (id, pattern) in patterns(&parsed(&text)) {
            let mut words = String::new();
            text_of(pattern, &mut words);
            let lower = words.to_lowercase();
            for word in lower.split(|c: char| !c.is_alphabetic() && c != '’' && c != '\'') {
                assert!(
                    !familiar.contains(&word) && !word.starts_with("t'") && !word.starts_with("t’"),
                    "fr/{file}: {id} says {word:?}: the page says vous"
                );
            }
        }
    }
}

/// Whether a text has no letter: only spaces, punctuation, symbols and
/// digits, which take their direction from what is around them.
fn only_neutral(text: &str) -> bool {
    !text.chars().any(char::is_alphabetic)
}

/// Two variables with only neutral text between them, in any variant.
fn joined_variables(pattern: &Pattern<&str>, id: &str, out: &mut Vec<String>) {
    let mut last_variable: Option<String> = None;
    let mut between = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => between.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id: name }) => {
                    if let Some(last) = &last_variable {
                        if only_neutral(&between) {
                            out.push(format!("{id}: ${last}{between}${}", name.name));
                        }
                    }
                    last_variable = Some(name.name.to_string());
                    between.clear();
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    between.push_str(value)
                }
                Expression::Select { variants, .. } => {
                    for variant in variants {
                        joined_variables(&variant.value, id, out);
                    }
                    last_variable = None;
                    between.clear();
                }
                Expression::Inline(_) => {
                    last_variable = None;
                    between.clear();
                }
            },
        }
    }
}

#[test]
fn right_to_left_messages_never_join_two_variables_with_neutral_characters() {
    for locale in Locale::TRANSLATED {
        if locale.direction() != Direction::RightToLeft {
            continue;
        }
        let tag = locale.tag();
        let mut wrong = Vec::new();
        for (file, text) in files(tag) {
            for (id, pattern) in patterns(&parsed(&text)) {
                joined_variables(pattern, &format!("{file}: {id}"), &mut wrong);
            }
        }
        assert!(
            wrong.is_empty(),
            "{tag}: two variables joined by neutral characters reverse on screen:\n{}",
            wrong.join("\n")
        );
    }
}

#[test]
fn the_joining_check_sees_what_it_must() {
    let source = "a = { $name }={ $given }\nb = { $x } مع { $y }\nc = { $n }^{ $m }\n";
    let resource = parsed(source);
    let mut wrong = Vec::new();
    for (id, pattern) in patterns(&resource) {
        joined_variables(pattern, &id, &mut wrong);
    }
    assert_eq!(wrong, ["a: $name=$given", "c: $n^$m"]);
}

#[test]
fn english_built_into_the_page_reads_as_its_files() {
    // build.rs writes English's terms out; every message must read the same.
    let source = joined("en");
    let resource = parsed(&source);
    let from_files = Messages::translated(Locale::English, &source).expect("English parses");
    let built_in = Messages::english();
    for (id, pattern) in patterns(&resource) {
        let mut names = BTreeSet::new();
        variables(pattern, &mut names);
        for count in [0, 1, 2, 5] {
            let mut args = FluentArgs::new();
            for name in &names {
                args.set(name.clone(), count);
            }
            assert_eq!(
                built_in.format(&id, Some(&args)),
                from_files.format(&id, Some(&args)),
                "{id} with {count}"
            );
        }
    }
}
