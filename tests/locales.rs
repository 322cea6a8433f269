//! Every locale says everything English says, and nothing else: the same
//! files, the same messages, the same attributes, each file parsing as
//! Fluent, and every message formatting without an error.
//!
//! ```text
//!   locales/en/page.ftl   { language-menu, language-menu.title, … }
//!   locales/es/page.ftl   { language-menu, language-menu.title, … }   must be equal
//! ```
//!
//! A built-in lesson's English is its JSON file, not a message: each
//! translation's `lessons.ftl` must hold exactly the messages
//! `i18n::lesson_text::builtin_lesson_message_ids` derives from those files,
//! besides the page's own lesson messages.
//!
//! Native (`cargo test --test locales`); the pseudo-locale has no files
//! (it is made from English at run time) and is checked in the browser by
//! `e2e/i18n.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use vaccination_lot::i18n::lesson_text::builtin_lesson_message_ids;
use vaccination_lot::i18n::{Locale, Messages};

const ENGLISH: &str = "en";

/// The file where translations carry the built-in lessons' texts.
const LESSONS_FILE: &str = "lessons.ftl";

/// What every translation of `file` must hold: English's messages, and in
/// the lessons' file the built-in lessons' texts too.
fn expected_ids(file: &str) -> BTreeSet<String> {
    let mut expected = ids(ENGLISH, file);
    if file == LESSONS_FILE {
        expected.extend(builtin_lesson_message_ids());
    }
    expected
}

fn locale_dir(tag: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag)
}

/// The `.ftl` files of a locale, by file name.
fn files(tag: &str) -> BTreeSet<String> {
    fs::read_dir(locale_dir(tag))
        .unwrap_or_else(|error| panic!("locales/{tag}/: {error}"))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
}

fn source(tag: &str, file: &str) -> String {
    fs::read_to_string(locale_dir(tag).join(file))
        .unwrap_or_else(|error| panic!("locales/{tag}/{file}: {error}"))
}

/// `message` and `message.attribute` for each message of a file (terms
/// as `-term`), after checking that it parses.
fn ids(tag: &str, file: &str) -> BTreeSet<String> {
    let text = source(tag, file);
    let resource = parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/{file} does not parse: {errors:?}"));
    let mut ids = BTreeSet::new();
    for entry in &resource.body {
        let (name, attributes) = match entry {
            Entry::Message(message) => (message.id.name.to_string(), &message.attributes),
            Entry::Term(term) => (format!("-{}", term.id.name), &term.attributes),
            Entry::Junk { content } => panic!("locales/{tag}/{file}: junk {content:?}"),
            _ => continue,
        };
        assert!(
            ids.insert(name.clone()),
            "locales/{tag}/{file}: {name} twice"
        );
        for attribute in attributes {
            ids.insert(format!("{name}.{}", attribute.id.name));
        }
    }
    ids
}

/// The variables (`$name`) a pattern uses, selectors included.
fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables(&variant.value, found);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// For each message and attribute of a file, the variables it uses.
fn variables_by_id(tag: &str, file: &str) -> Vec<(String, BTreeSet<String>)> {
    let text = source(tag, file);
    let resource = parser::parse(text.as_str()).expect("checked by ids()");
    let mut all = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let name = message.id.name.to_string();
            if let Some(value) = &message.value {
                let mut found = BTreeSet::new();
                variables(value, &mut found);
                all.push((name.clone(), found));
            }
            for attribute in &message.attributes {
                let mut found = BTreeSet::new();
                variables(&attribute.value, &mut found);
                all.push((format!("{name}.{}", attribute.id.name), found));
            }
        }
    }
    all
}

#[test]
fn every_locale_has_the_files_english_has() {
    let english = files(ENGLISH);
    assert!(!english.is_empty());
    for locale in Locale::TRANSLATED {
        assert_eq!(files(locale.tag()), english, "locales/{}/", locale.tag());
    }
}

#[test]
fn every_locale_has_the_messages_english_has_and_no_others() {
    for file in files(ENGLISH) {
        let english = expected_ids(&file);
        for locale in Locale::TRANSLATED {
            let tag = locale.tag();
            if !locale_dir(tag).join(&file).exists() {
                continue; // named by the test above
            }
            let translated = ids(tag, &file);
            let missing: Vec<_> = english.difference(&translated).collect();
            let extra: Vec<_> = translated.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{tag}/{file}: missing {missing:?}, not in English {extra:?}"
            );
        }
    }
}

#[test]
fn translations_use_only_variables_english_passes() {
    for file in files(ENGLISH) {
        let english: std::collections::BTreeMap<_, _> =
            variables_by_id(ENGLISH, &file).into_iter().collect();
        for locale in Locale::TRANSLATED {
            let tag = locale.tag();
            if !locale_dir(tag).join(&file).exists() {
                continue;
            }
            for (id, used) in variables_by_id(tag, &file) {
                let Some(passed) = english.get(&id) else {
                    continue; // named by the test above, or a lesson's text (no variables)
                };
                let unknown: Vec<_> = used.difference(passed).collect();
                assert!(
                    unknown.is_empty(),
                    "locales/{tag}/{file}: {id} uses {unknown:?}, which English never passes"
                );
            }
        }
    }
}

#[test]
fn the_built_in_lessons_are_in_english_only_as_their_files() {
    let english = ids(ENGLISH, LESSONS_FILE);
    let lesson_ids = builtin_lesson_message_ids();
    assert!(
        lesson_ids.len() > 5,
        "every built-in lesson has a title and steps"
    );
    for id in lesson_ids {
        assert!(
            !english.contains(&id),
            "{id} is in locales/en/{LESSONS_FILE}: the JSON is English's"
        );
    }
}

#[test]
fn every_locale_loads_as_the_page_loads_it() {
    for locale in Locale::TRANSLATED {
        let tag = locale.tag();
        let joined: Vec<String> = files(tag).iter().map(|file| source(tag, file)).collect();
        let messages = Messages::translated(locale, &joined.join("\n"))
            .unwrap_or_else(|error| panic!("{tag}: {error:?}"));
        assert_eq!(messages.locale(), locale);
        assert_ne!(
            messages.text("language-menu"),
            Messages::english().text("language-menu"),
            "{tag}: the language menu's name is not translated"
        );
    }
}
