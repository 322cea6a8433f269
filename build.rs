//! Prepares text the page carries, at build time:
//!
//! - The code view's listings, cut out of the sources: the page shows
//!   functions of the engine and of the asyncio program, and carries only
//!   those, not the whole files (their tests and docs would cost the
//!   bundle several kilobytes). Each listing becomes
//!   `$OUT_DIR/listing_<name>.txt`, read by `app::components::code` with
//!   `include_str!`. A function that is not found stops the build, so a
//!   rename cannot leave the page showing the wrong code.
//! - English's messages: every `locales/en/*.ftl`, in name order, joined
//!   into `$OUT_DIR/locale_en.ftl` without their comment lines, and built
//!   into the page by `i18n::messages` (other locales are loaded on
//!   demand; see `scripts/bundle-locales.sh`). The build without the
//!   `lessons` feature leaves out `lessons.ftl`: its messages are the
//!   lessons' own.

use std::path::Path;

/// (listing, source file, first line's text) for each item shown; items
/// of one listing are joined with a blank line.
const LISTINGS: &[(&str, &str, &[&str])] = &[
    (
        "rust_station",
        "crates/engine/src/station.rs",
        &["async fn give_box("],
    ),
    (
        "rust_first",
        "crates/engine/src/supervisor/mod.rs",
        &["async fn first_completed(", "async fn wait_first("],
    ),
    (
        "rust_all",
        "crates/engine/src/supervisor/mod.rs",
        &["async fn all_completed(", "async fn wait_first("],
    ),
    (
        "rust_queue",
        "crates/engine/src/supervisor/mod.rs",
        &["async fn completion_queue("],
    ),
    (
        "rust_article",
        "crates/engine/src/supervisor/article.rs",
        &["async fn article_loop("],
    ),
    (
        "rust_taskgroup",
        "crates/engine/src/supervisor/idioms.rs",
        &["async fn task_group(", "async fn box_task("],
    ),
    (
        "rust_workers",
        "crates/engine/src/supervisor/idioms.rs",
        &["async fn workers(", "async fn worker("],
    ),
    (
        "python_station",
        "python/vaccination_lot.py",
        &["async def station("],
    ),
    (
        "python_first",
        "python/vaccination_lot.py",
        &["async def first_completed("],
    ),
    (
        "python_all",
        "python/vaccination_lot.py",
        &["async def all_completed("],
    ),
    (
        "python_queue",
        "python/vaccination_lot.py",
        &["async def completion_queue("],
    ),
    (
        "python_article",
        "python/vaccination_lot.py",
        &["async def article("],
    ),
    (
        "python_taskgroup",
        "python/vaccination_lot.py",
        &["async def task_group("],
    ),
    (
        "python_workers",
        "python/vaccination_lot.py",
        &["async def workers("],
    ),
];

/// The lines of a Rust item: from the line containing `start` to the
/// first line after it that is `}` at the start line's indentation (the
/// end of the item, top-level or a method), moved to the left margin.
fn rust_item<'a>(lines: &[&'a str], start: &str) -> Option<Vec<&'a str>> {
    let first = lines.iter().position(|line| line.contains(start))?;
    let indent = lines[first].len() - lines[first].trim_start().len();
    let end = format!("{}}}", &lines[first][..indent]);
    let last = first + lines[first..].iter().position(|line| *line == end)?;
    let item = lines[first..=last]
        .iter()
        .map(|line| line.get(indent..).unwrap_or(line.trim_start()))
        .collect();
    Some(item)
}

/// The lines of a Python function: from the line containing `start` to
/// the next line at the left margin, blank lines at its end left out.
fn python_item<'a>(lines: &[&'a str], start: &str) -> Option<Vec<&'a str>> {
    let first = lines.iter().position(|line| line.contains(start))?;
    let end = lines[first + 1..]
        .iter()
        .position(|line| !line.is_empty() && !line.starts_with(' '))
        .map_or(lines.len(), |offset| first + 1 + offset);
    let mut item = lines[first..end].to_vec();
    while item.last().is_some_and(|line| line.trim().is_empty()) {
        item.pop();
    }
    Some(item)
}

/// The `.ftl` files of `locales/<tag>/`, in name order, joined, but for
/// those named in `left_out`.
fn joined_locale(tag: &str, left_out: &[&str]) -> String {
    let directory = Path::new("locales").join(tag);
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
    let left_out: &[&str] = if lessons { &[] } else { &["lessons.ftl"] };
    std::fs::write(&english, without_comments(&joined_locale("en", left_out)))
        .unwrap_or_else(|error| panic!("cannot write {english:?}: {error}"));
    for (name, file, starts) in LISTINGS {
        println!("cargo:rerun-if-changed={file}");
        let source = std::fs::read_to_string(file)
            .unwrap_or_else(|error| panic!("listing {name}: cannot read {file}: {error}"));
        let lines: Vec<&str> = source.lines().collect();
        let mut listing = Vec::new();
        for start in *starts {
            let item = if file.ends_with(".py") {
                python_item(&lines, start)
            } else {
                rust_item(&lines, start)
            };
            let item =
                item.unwrap_or_else(|| panic!("listing {name}: no `{start}` item in {file}"));
            if !listing.is_empty() {
                listing.push("");
            }
            listing.extend(item);
        }
        let path = Path::new(&out_dir).join(format!("listing_{name}.txt"));
        std::fs::write(&path, listing.join("\n"))
            .unwrap_or_else(|error| panic!("listing {name}: cannot write {path:?}: {error}"));
    }
    println!("cargo:rerun-if-changed=build.rs");
}
