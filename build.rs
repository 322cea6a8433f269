//! Prepares text the page carries, at build time:
//!
//! - The code view's listings, cut out of the sources: the page shows
//!   functions of the engine and of the asyncio program, and carries only
//!   those, not the whole files (their tests and docs would cost the
//!   bundle several kilobytes). Each listing becomes
//!   `$OUT_DIR/listing_<name>.txt`, read by `app::components::code` with
//!   `include_str!`. A function that is not found stops the build, so a
//!   rename cannot leave the page showing the wrong code.
//!
//! (English's messages are built into the page model's crate:
//! `crates/model/build.rs`.)

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

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
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
