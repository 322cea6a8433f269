//! Text the teaching panels build from `panels.ftl`: sentences with
//! elements inside them (a glossary term, a bit of code). Their numbers
//! are the page model's `figures`, re-exported here for the panels.
//!
//! ```text
//!   "… The supervisor { $awaits } the whole set …"
//!        └─ with_elements(…, [("awaits", term(…))]) ─► text · <span class="term"> · text
//! ```
//!
//! A sentence stays one message, so a translator can move the term where
//! the language wants it; the element is put where its variable lands.
//! A number passed to a message carries its decimals with it
//! ([`fixed`], [`count`]), so no message needs `NUMBER()` and every
//! language writes the digits the English page wrote, in its own script.

use fluent_bundle::FluentArgs;
use yew::prelude::*;

pub use crate::app::figures::{count, decimal, fixed, whole};
use crate::i18n::Messages;
use crate::model::settings::CodeFirst;

/// The first of the private-use characters that stand for elements while
/// a message is formatted (one per element, in order).
const FIRST_SLOT: u32 = 0xE000;
/// Fluent's isolation marks around a placeable (on for right-to-left
/// locales): dropped around an element, which isolates itself.
const ISOLATE_START: char = '\u{2068}';
const ISOLATE_END: char = '\u{2069}';

/// A piece of a message cut at its elements' places.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text of the message, between elements.
    Text(String),
    /// The element given at this index.
    Element(usize),
}

/// Cuts `formatted` (a message formatted with each element's variable set
/// to [`slot`]) into text and elements, dropping the isolation marks
/// Fluent put around the slots.
pub fn pieces(formatted: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut after_slot = false;
    for character in formatted.chars() {
        if let Some(index) = slot_index(character) {
            if text.ends_with(ISOLATE_START) {
                text.pop();
            }
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            pieces.push(Piece::Element(index));
            after_slot = true;
            continue;
        }
        if !(after_slot && character == ISOLATE_END) {
            text.push(character);
        }
        after_slot = false;
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    pieces
}

/// The stand-in for the element at `index`.
pub fn slot(index: usize) -> String {
    char::from_u32(FIRST_SLOT + index as u32)
        .map(String::from)
        .unwrap_or_default()
}

fn slot_index(character: char) -> Option<usize> {
    let code = u32::from(character);
    (FIRST_SLOT..FIRST_SLOT + 0x100)
        .contains(&code)
        .then(|| (code - FIRST_SLOT) as usize)
}

/// The message `id` with `args`, and each of `elements` (variable name,
/// element) put where its variable is.
pub fn with_elements(
    messages: &Messages,
    id: &str,
    mut args: FluentArgs<'static>,
    elements: Vec<(&'static str, Html)>,
) -> Html {
    for (index, (name, _)) in elements.iter().enumerate() {
        args.set(*name, slot(index));
    }
    let formatted = messages.format(id, Some(&args));
    let shown = pieces(&formatted).into_iter().map(|piece| match piece {
        Piece::Text(text) => html! { { text } },
        Piece::Element(index) => elements
            .get(index)
            .map(|(_, element)| element.clone())
            .unwrap_or_default(),
    });
    html! { <>{ for shown }</> }
}

/// The glossary term `id` (a message whose `.title` defines it): dotted,
/// its definition shown on hover and keyboard focus and read out after it.
pub fn term(messages: &Messages, id: &str) -> Html {
    let definition = messages.text(&format!("{id}.title"));
    let spoken = crate::tr!(
        messages,
        "panels-term-spoken",
        definition = definition.clone()
    );
    html! {
        <span class="term" tabindex="0" data-definition={definition}>
            { messages.text(id) }<span class="visually-hidden">{ spoken }</span>
        </span>
    }
}

/// `items` joined by the locale's list separator.
pub fn joined(messages: &Messages, items: &[String]) -> String {
    items.join(&messages.text("panels-list-separator"))
}

/// The id of message `id` in the words of the language the class reads:
/// its asyncio twin (`id-asyncio`: coroutine, Task, event loop, ready
/// queue, done callback) when the Python listing comes first, else `id`
/// itself (Rust's: future, poll, waker). Only the messages that name the
/// executor's mechanics have a twin, in `asyncio.ftl`, which only the
/// build with lessons and Python carries: the first build keeps Rust's.
pub fn worded(words: CodeFirst, id: &str) -> String {
    match words {
        CodeFirst::Python if cfg!(feature = "lessons") => format!("{id}-asyncio"),
        _ => id.to_owned(),
    }
}
