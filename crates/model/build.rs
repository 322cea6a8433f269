//! Prepares English's messages at build time: every `locales/en/*.ftl`,
//! in name order, joined into `$OUT_DIR/locale_en.ftl` without their
//! comment lines, and built into the page by `i18n::messages` (other
//! locales are loaded on demand; see `scripts/bundle-locales.sh`). The
//! build without the `lessons` feature leaves out `lessons.ftl`, the
//! lessons' own messages, `program.ftl`, those of the Python view's
//! own supervisor (that build has no Python view either), and
//! `asyncio.ftl`, the panels in asyncio's words (a class reading Python
//! first is given the build with lessons and Python), and `class.ftl`,
//! the class view's (`class=1` is given that build too). Without the
//! `export` feature, `export.ftl` (export for slides) is left out too.

use std::path::Path;

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
    std::fs::write(&english, without_comments(&joined_locale("en", &left_out)))
        .unwrap_or_else(|error| panic!("cannot write {english:?}: {error}"));
    println!("cargo:rerun-if-changed=build.rs");
}
