//! Every locale says everything English says, and nothing else: the same
//! files, the same messages, the same attributes, each file parsing as
//! Fluent, and every message formatting without an error. (English's
//! terms too; a translation may add terms of its own.)
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
//! And a count agrees with its noun: every message and attribute,
//! formatted with its counts at 0, 1 and 2, never writes "1 doses" or
//! "2 dose" in English, nor the like in German, Spanish and French
//! (Chinese has no plural forms; Arabic's six are read by people).
//!
//! Native (`cargo test -p vaccination-lot-model --test locales`); the pseudo-locale has no files
//! (it is made from English at run time) and is checked in the browser by
//! `e2e/i18n.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;
use vaccination_lot_model::i18n::{Locale, Messages};
use vaccination_lot_model::lesson::texts::builtin_lesson_message_ids;

mod common;
use common::{locale_dir, variables};

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
            // A translation may define terms of its own (a word its grammar
            // builds others from); its messages are English's.
            let extra: Vec<_> = translated
                .difference(&english)
                .filter(|id| !id.starts_with('-'))
                .collect();
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
        let english: BTreeMap<_, _> = variables_by_id(ENGLISH, &file).into_iter().collect();
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

// ---------------------------------------------------------------------
// Plural forms: a count of 1 reads "1 dose", never "1 doses".
// ---------------------------------------------------------------------

/// A noun as a locale writes it after a count: its singular and plural
/// (the same text when the word does not change).
type Noun = (&'static str, &'static str);

/// The counted nouns of English's messages.
const ENGLISH_NOUNS: &[Noun] = &[
    ("dose", "doses"),
    ("task", "tasks"),
    ("box", "boxes"),
    ("poll", "polls"),
    ("wake", "wakes"),
    ("station", "stations"),
    ("shot", "shots"),
    ("event", "events"),
    ("step", "steps"),
    ("car", "cars"),
    ("run", "runs"),
    ("failure", "failures"),
    ("restart", "restarts"),
    ("error", "errors"),
    ("second", "seconds"),
    ("character", "characters"),
    ("byte", "bytes"),
    ("problem", "problems"),
    ("action", "actions"),
    ("frame", "frames"),
    ("line", "lines"),
    ("wait", "waits"),
    ("minute", "minutes"),
    ("item", "items"),
    ("factor", "factors"),
    ("pair", "pairs"),
    ("random action", "random actions"),
    ("speed factor", "speed factors"),
    ("prediction", "predictions"),
];

/// German's, with the dative plurals its sentences use ("nach 2 Polls
/// und 3 Weckrufen").
const GERMAN_NOUNS: &[Noun] = &[
    ("Dosis", "Dosen"),
    ("Impfung", "Impfungen"),
    ("Task", "Tasks"),
    ("Aufgabe", "Aufgaben"),
    ("Box", "Boxen"),
    ("Schachtel", "Schachteln"),
    ("Station", "Stationen"),
    ("Poll", "Polls"),
    ("Weckruf", "Weckrufe"),
    ("Weckruf", "Weckrufen"),
    ("Ereignis", "Ereignisse"),
    ("Ereignis", "Ereignissen"),
    ("Schritt", "Schritte"),
    ("Schritt", "Schritten"),
    ("Sekunde", "Sekunden"),
    ("Byte", "Bytes"),
    ("Problem", "Probleme"),
    ("Zeile", "Zeilen"),
    ("Aktion", "Aktionen"),
    ("Faktor", "Faktoren"),
    ("Fehlschlag", "Fehlschläge"),
    ("Neustart", "Neustarts"),
    ("Vorhersage", "Vorhersagen"),
];

/// Spanish's: `dosis` does not change, but the words agreeing with it do.
const SPANISH_NOUNS: &[Noun] = &[
    ("dosis desperdiciada", "dosis desperdiciadas"),
    ("dosis desechada", "dosis desechadas"),
    ("dosis administrada", "dosis administradas"),
    ("dosis restante", "dosis restantes"),
    ("caja", "cajas"),
    ("tarea", "tareas"),
    ("estación", "estaciones"),
    ("puesto", "puestos"),
    ("sondeo", "sondeos"),
    ("despertar", "despertares"),
    ("evento", "eventos"),
    ("inyección", "inyecciones"),
    ("paso", "pasos"),
    ("segundo", "segundos"),
    ("carácter", "caracteres"),
    ("byte", "bytes"),
    ("problema", "problemas"),
    ("fotograma", "fotogramas"),
    ("línea", "líneas"),
    ("acción", "acciones"),
    ("factor", "factores"),
    ("fallo", "fallos"),
    ("configurada", "configuradas"),
    ("predicción acertada", "predicciones acertadas"),
];

/// French's (and French counts 0 as one: "0 dose").
const FRENCH_NOUNS: &[Noun] = &[
    ("dose", "doses"),
    ("boîte", "boîtes"),
    ("tâche", "tâches"),
    ("station", "stations"),
    ("poste", "postes"),
    ("événement", "événements"),
    ("réveil", "réveils"),
    ("injection", "injections"),
    ("étape", "étapes"),
    ("seconde", "secondes"),
    ("caractère", "caractères"),
    ("octet", "octets"),
    ("problème", "problèmes"),
    ("image", "images"),
    ("personne", "personnes"),
    ("facteur", "facteurs"),
    ("ligne", "lignes"),
    ("action", "actions"),
    ("configurée", "configurées"),
    ("prédiction juste", "prédictions justes"),
];

/// Variables the page always passes with fixed decimals (times in
/// seconds, percentages, averages, speed factors): CLDR reads `1.00` as
/// plural in these languages, so "1.00 seconds" is right. They are set to
/// the number with two decimals, as the page passes them.
const DECIMAL_VARIABLES: &[&str] = &[
    "seconds",
    "first_seconds",
    "percent",
    "mean",
    "least",
    "expected",
    "start",
    "end",
    "from",
    "to",
    "now",
    "time",
    "all",
    "first",
    "all_idle",
    "first_idle",
    "factor",
    "clock",
    "last",
    "by",
];

/// Variables a message takes as text, though a count elsewhere: a glossary
/// term put in its sentence, code. Set to their own name.
const TEXT_VARIABLES: &[(&str, &[&str])] = &[
    ("executor-explain", &["awaits", "timer", "polls"]),
    ("params-accepted-break-pairs", &["form"]),
    ("params-accepted-fits-clock", &["power"]),
];

/// Where a singular after any count is right: a noun used as an
/// attribute ("2 station tasks").
const ATTRIBUTIVE: &[&str] = &["station task"];

/// The identifier keys (not plural categories) each variable of a pattern
/// selects on: `$restarting -> [yes] … *[no] …`.
fn selector_keys(pattern: &Pattern<&str>, found: &mut BTreeMap<String, BTreeSet<String>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_selector_keys(expression, found);
        }
    }
}

fn expression_selector_keys(
    expression: &Expression<&str>,
    found: &mut BTreeMap<String, BTreeSet<String>>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                for variant in variants {
                    if let VariantKey::Identifier { name } = variant.key {
                        if !["zero", "one", "two", "few", "many", "other"].contains(&name) {
                            found
                                .entry(id.name.to_string())
                                .or_default()
                                .insert(name.to_string());
                        }
                    }
                }
            }
            for variant in variants {
                selector_keys(&variant.value, found);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_selector_keys(expression, found)
        }
        Expression::Inline(_) => {}
    }
}

/// Each message and attribute of a locale (every file), with the
/// variables it uses and the keys it selects on.
type Uses = (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>);

fn every_pattern(tag: &str) -> Vec<(String, Uses)> {
    let mut all = Vec::new();
    for file in files(tag) {
        let text = source(tag, &file);
        let resource = parser::parse(text.as_str()).expect("checked by ids()");
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let name = message.id.name;
            let patterns =
                message
                    .value
                    .iter()
                    .map(|value| (name.to_string(), value))
                    .chain(message.attributes.iter().map(|attribute| {
                        (format!("{name}.{}", attribute.id.name), &attribute.value)
                    }));
            for (id, pattern) in patterns {
                let mut used = BTreeSet::new();
                variables(pattern, &mut used);
                let mut keys = BTreeMap::new();
                selector_keys(pattern, &mut keys);
                all.push((id, (used, keys)));
            }
        }
    }
    all
}

/// `value` as the page passes that variable: whole, or with two decimals.
fn number_for(variable: &str, value: f64) -> FluentValue<'static> {
    let decimals = DECIMAL_VARIABLES.contains(&variable).then_some(2);
    FluentValue::Number(FluentNumber::new(
        value,
        FluentNumberOptions {
            use_grouping: false,
            minimum_fraction_digits: decimals,
            maximum_fraction_digits: decimals,
            ..FluentNumberOptions::default()
        },
    ))
}

/// A pattern formatted with every variable `value`, and once more for
/// each key a variable selects on (that variable set to the key), so
/// every branch is read.
fn formatted_with(messages: &Messages, id: &str, (used, keys): &Uses, value: f64) -> Vec<String> {
    let text_variables = TEXT_VARIABLES
        .iter()
        .find(|(message, _)| *message == id)
        .map_or(&[][..], |(_, variables)| *variables);
    let args = |keyed: Option<(&str, &str)>| {
        let mut args = FluentArgs::new();
        for variable in used {
            match keyed {
                Some((name, key)) if name == variable => {
                    args.set(variable.clone(), key.to_string())
                }
                _ if text_variables.contains(&variable.as_str()) => {
                    args.set(variable.clone(), format!("<{variable}>"))
                }
                _ => args.set(variable.clone(), number_for(variable, value)),
            }
        }
        args
    };
    let mut shown = vec![messages.format(id, Some(&args(None)))];
    for (variable, variable_keys) in keys {
        for key in variable_keys {
            shown.push(messages.format(id, Some(&args(Some((variable, key))))));
        }
    }
    shown
}

/// Where `text` writes `number` and then `word` as whole words.
fn writes(text: &str, number: &str, word: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let rest = &text[at + number.len()..];
        let Some(rest) = rest.strip_prefix([' ', '\u{a0}']) else {
            return false;
        };
        let after = rest.strip_prefix(word).map(|tail| tail.chars().next());
        // `1.5`, `10^1`: the digit is part of another number.
        !before.is_some_and(|c| c.is_alphanumeric() || ".,^".contains(c))
            && after.is_some_and(|next| !next.is_some_and(char::is_alphanumeric))
            && !ATTRIBUTIVE.iter().any(|phrase| rest.starts_with(phrase))
    })
}

/// Every message and attribute of `tag` formatted with counts of 0, 1
/// and 2: none may write a count with the wrong form of `nouns`.
/// `one` lists the counts the language's `one` form takes.
fn counted_nouns_agree(locale: Locale, nouns: &[Noun], one: &[u32]) -> Vec<String> {
    let tag = locale.tag();
    let messages = if locale == Locale::English {
        Messages::english()
    } else {
        let joined: Vec<String> = files(tag).iter().map(|file| source(tag, file)).collect();
        std::rc::Rc::new(
            Messages::translated(locale, &joined.join("\n"))
                .unwrap_or_else(|error| panic!("{tag}: {error:?}")),
        )
    };
    let mut wrong = Vec::new();
    for (id, uses) in every_pattern(tag) {
        if uses.0.is_empty() {
            continue;
        }
        for count in [0, 1, 2] {
            let number = count.to_string();
            for text in formatted_with(&messages, &id, &uses, f64::from(count)) {
                for &(singular, plural) in nouns {
                    if singular == plural {
                        continue;
                    }
                    let mistaken = if one.contains(&count) {
                        plural
                    } else {
                        singular
                    };
                    if writes(&text, &number, mistaken) {
                        wrong.push(format!("{tag} {id} ({count}): {text:?}"));
                    }
                }
            }
        }
    }
    wrong.dedup();
    wrong
}

#[test]
fn a_count_takes_the_plural_form_of_its_number() {
    let mut wrong = Vec::new();
    wrong.extend(counted_nouns_agree(Locale::English, ENGLISH_NOUNS, &[1]));
    wrong.extend(counted_nouns_agree(Locale::German, GERMAN_NOUNS, &[1]));
    wrong.extend(counted_nouns_agree(Locale::Spanish, SPANISH_NOUNS, &[1]));
    wrong.extend(counted_nouns_agree(Locale::French, FRENCH_NOUNS, &[0, 1]));
    assert!(
        wrong.is_empty(),
        "{} messages write a count with the wrong form:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
