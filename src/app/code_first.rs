//! Which language the class reads (`code=python` or `code=rust`): the
//! code view's first listing and the panels' words. The link's choice
//! wins and is remembered; without one, the page takes the reader's last
//! choice from local storage, else Rust.
//!
//! Owns the choice and its storage key; the root provides it to every
//! panel as a context ([`CodeChoice`]).

use yew::prelude::*;

use crate::model::settings::CodeFirst;

use super::storage::storage as local_storage;

/// Where the choice is kept between visits.
const KEY: &str = "vaccination-lot.code";

/// The choice, and how a panel changes it.
#[derive(Clone, PartialEq)]
pub struct CodeChoice {
    /// The language shown first.
    pub first: CodeFirst,
    /// Sets (and remembers) the language shown first.
    pub choose: Callback<CodeFirst>,
}

/// The page's choice: `from_link` if the link made one (remembered then),
/// else the one kept from an earlier visit, else Rust.
#[hook]
pub fn use_code_choice(from_link: Option<CodeFirst>) -> CodeChoice {
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
            first.set(chosen);
        })
    };
    CodeChoice {
        first: *first,
        choose,
    }
}

/// The choice provided by the root (Rust, if none is).
#[hook]
pub fn use_code_first() -> CodeFirst {
    use_context::<CodeChoice>().map_or(CodeFirst::Rust, |choice| choice.first)
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
