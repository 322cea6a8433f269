//! Which language the class reads (`code=python` or `code=rust`): the
//! code view's first listing and the panels' words. The link's choice
//! wins and is remembered; without one, the page takes the reader's last
//! choice from local storage, else Rust. A class reading Python is given
//! the build with lessons and Python (the loader, `static/loader.js`,
//! reads the same address and key), whose messages have asyncio's words.
//!
//! Owns the choice and its storage key; the root hands it to the panels
//! that show code or explain the executor ([`CodeChoice`]).

use yew::prelude::*;

use crate::model::settings::CodeFirst;

use super::browser::load_again;
use super::storage::storage as local_storage;

/// Where the choice is kept between visits.
const KEY: &str = "vaccination-lot.code";

/// The choice, and how a panel changes it (by default Rust, unchangeable).
#[derive(Clone, Default, PartialEq)]
pub struct CodeChoice {
    /// The language shown first.
    pub first: CodeFirst,
    /// Sets (and remembers) the language shown first.
    pub choose: Callback<CodeFirst>,
}

/// The page's choice: `from_link` if the link made one (remembered then),
/// else the one kept from an earlier visit, else Rust. `moment_link`
/// gives the query of the moment on screen, which a switch to Python in
/// the first build loads again.
#[hook]
pub fn use_code_choice(
    from_link: Option<CodeFirst>,
    moment_link: Callback<(), String>,
) -> CodeChoice {
    let first = use_state(|| {
        from_link
            .inspect(|first| remember(*first))
            .or_else(kept)
            .unwrap_or_default()
    });
    let choose = {
        let first = first.clone();
        Callback::from(move |chosen: CodeFirst| {
            remember(chosen);
            if chosen == CodeFirst::Python && !cfg!(feature = "lessons") {
                // The first build has no asyncio words: the page loads
                // again, and the loader starts the build that has them.
                load_again(&without_code(&moment_link.emit(())), "");
            } else {
                first.set(chosen);
            }
        })
    };
    CodeChoice {
        first: *first,
        choose,
    }
}

fn kept() -> Option<CodeFirst> {
    let stored = local_storage()?.get_item(KEY).ok().flatten()?;
    CodeFirst::parse(&stored)
}

fn remember(first: CodeFirst) {
    if let Some(storage) = local_storage() {
        // A full or refused storage only loses the memory of the choice.
        let _ = storage.set_item(KEY, first.as_str());
    }
}

/// `query` (with its `?`) without its `code=` pair: the stored choice then
/// decides, in the loader and in the page.
fn without_code(query: &str) -> String {
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("code"))
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}
