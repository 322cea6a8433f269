//! Prepares English's messages at build time: every `locales/en/*.ftl`,
//! in name order, joined into `$OUT_DIR/locale_en.ftl` without their
//! comment lines, and built into the page by `i18n::messages` (other
//! locales are loaded on demand; see `scripts/bundle-locales.sh`). The
//! build without the `lessons` feature leaves out `lessons.ftl`, the
//! lessons' own messages, `program.ftl`, those of the Python view once
//! loaded (that build has no Python view either), and
//! `asyncio.ftl`, the panels in asyncio's words (a class reading Python
//! first is given the build with lessons and Python), and `class.ftl`,
//! the class view's (`class=1` is given that build too). Without the
//! `export` feature, `export.ftl` (export for slides) is left out too.
//!
//! English's terms (the glossary in `shared.ftl`: `-station`, `-box` …)
//! are written into its messages here: `{ -station(number: "other") }`
//! becomes `stations`, and the term definitions are left out. The
//! messages read the same, and the first download carries the words, not
//! the glossary's syntax around every one of them. Translations keep
//! their terms: Fluent resolves them when the page formats a message.

use std::collections::HashMap;
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};

/// The repository's `locales/`, seen from this crate.
const LOCALES: &str = "../../locales";

/// The `.ftl` files of `locales/<tag>/`, in name order, joined, but for
/// those named in `left_out`.
fn joined_locale(tag: &str, left_out: &[&str]) -> String {
    let directory = Path::new(LOCALES).join(tag);
    println!("cargo:rerun-if-changed={}", directory.display());
    let mut files: Vec<_> = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", directory.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
        .filter(|path| {
            let name = path.file_name().and_then(|name| name.to_str());
            !name.is_some_and(|name| left_out.contains(&name))
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read_to_string(path)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fluent text without its comment lines (`#`, `##` and `###` at the
/// start of a line): notes for translators, about a sixth of the English
/// text, that the messages do not need. A comment line always ends the
/// entry before it, so leaving it out changes no message; one followed by
/// an indented line (not valid Fluent) is kept, so the parser sees the
/// same errors.
fn without_comments(text: &str) -> String {
    let is_comment = |line: &str| {
        let rest = line.trim_start_matches('#');
        (1..=3).contains(&(line.len() - rest.len())) && (rest.is_empty() || rest.starts_with(' '))
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        let next_indented = lines[index + 1..]
            .iter()
            .find(|next| !is_comment(next))
            .is_some_and(|next| next.starts_with([' ', '\t']) && !next.trim().is_empty());
        if !is_comment(line) || next_indented {
            kept.push(*line);
        }
    }
    let mut joined = kept.join("\n");
    joined.push('\n');
    joined
}

/// A term's words for the arguments of one reference: each selector on a
/// variable takes the variant its argument names, or the default.
fn term_words(pattern: &ast::Pattern<&str>, args: &HashMap<String, String>) -> String {
    let mut words = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => words.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                let InlineExpression::VariableReference { id } = selector else {
                    panic!("English's terms select on their arguments only");
                };
                let wanted = args.get(id.name);
                let chosen = variants
                    .iter()
                    .find(|variant| {
                        matches!(&variant.key, VariantKey::Identifier { name }
                            if Some(&name.to_string()) == wanted)
                    })
                    .or_else(|| variants.iter().find(|variant| variant.default))
                    .expect("a select has a default variant");
                words.push_str(&term_words(&chosen.value, args));
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => words.push_str(value),
            PatternElement::Placeable { .. } => {
                panic!("English's terms hold words and selectors only")
            }
        }
    }
    words
}

/// Reads one term reference at the start of `text`, `{ -name }` or
/// `{ -name(key: "value", …) }`: its name, arguments and length.
fn term_reference(text: &str) -> Option<(String, HashMap<String, String>, usize)> {
    let inner = text.strip_prefix('{')?.trim_start().strip_prefix('-')?;
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(inner.len());
    let (name, mut rest) = inner.split_at(name_len);
    let mut args = HashMap::new();
    if let Some(after) = rest.strip_prefix('(') {
        let close = after.find(')')?;
        for pair in after[..close].split(',') {
            let (key, value) = pair.split_once(':')?;
            let value = value.trim().strip_prefix('"')?.strip_suffix('"')?;
            args.insert(key.trim().to_string(), value.to_string());
        }
        rest = &after[close + 1..];
    }
    let rest = rest.trim_start().strip_prefix('}')?;
    Some((name.to_string(), args, text.len() - rest.len()))
}

/// English with its terms written out, and their definitions left out.
fn with_terms_written_out(text: &str) -> String {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("English does not parse: {errors:?}"));
    let terms: HashMap<&str, &ast::Pattern<&str>> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Term(term) => Some((term.id.name, &term.value)),
            _ => None,
        })
        .collect();
    // Leave out each term's definition: its first line and the indented
    // lines that continue it.
    let mut kept = Vec::new();
    let mut in_term = false;
    for line in text.lines() {
        if line.starts_with('-') {
            in_term = true;
        } else if !line.starts_with([' ', '\t']) || line.trim().is_empty() {
            in_term = false;
        }
        if !in_term {
            kept.push(line);
        }
    }
    let source = kept.join("\n") + "\n";
    let mut written = String::with_capacity(source.len());
    let mut rest = source.as_str();
    while let Some(at) = rest.find("{ -") {
        written.push_str(&rest[..at]);
        let (name, args, len) = term_reference(&rest[at..]).unwrap_or_else(|| {
            panic!("a term reference English cannot write out: {}", &rest[at..])
        });
        let pattern = terms
            .get(name.as_str())
            .unwrap_or_else(|| panic!("English has no term -{name}"));
        written.push_str(&term_words(pattern, &args));
        rest = &rest[at + len..];
    }
    written.push_str(rest);
    written
}

/// Each indented line with one space of indent instead of several, and no
/// blank line between entries: Fluent takes any indent as continuing the
/// entry and removes the indent its lines share, and a blank line only
/// counts inside an entry, so the messages read the same, a few hundred
/// bytes smaller.
fn compacted(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept: Vec<String> = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        let rest = line.trim_start_matches(' ');
        if rest.is_empty() {
            let continues = lines[index + 1..]
                .iter()
                .find(|next| !next.trim().is_empty())
                .is_some_and(|next| next.starts_with(' '));
            if continues {
                kept.push(String::new());
            }
        } else if rest.len() < line.len() {
            kept.push(format!(" {rest}"));
        } else {
            kept.push(line.to_string());
        }
    }
    kept.push(String::new());
    kept.join("\n")
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let english = Path::new(&out_dir).join("locale_en.ftl");
    // Cargo sets CARGO_FEATURE_<NAME> for each feature the build has.
    let lessons = std::env::var_os("CARGO_FEATURE_LESSONS").is_some();
    // The build without lessons is also the one without the Python view
    // (the page's first download): `program.ftl` is that view's.
    let mut left_out: Vec<&str> = if lessons {
        Vec::new()
    } else {
        vec!["asyncio.ftl", "class.ftl", "lessons.ftl", "program.ftl"]
    };
    // Export for slides has its own messages, left out with it.
    if std::env::var_os("CARGO_FEATURE_EXPORT").is_none() {
        left_out.push("export.ftl");
    }
    let text = with_terms_written_out(&without_comments(&joined_locale("en", &left_out)));
    let text = compacted(&text);
    std::fs::write(&english, text)
        .unwrap_or_else(|error| panic!("cannot write {english:?}: {error}"));
    println!("cargo:rerun-if-changed=build.rs");
}
