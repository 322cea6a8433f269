//! The messages on screen, for code that cannot reach the components'
//! context: the panel shown when the module panics (the app is dying, but
//! the panel should still speak the page's language), and helpers that
//! keep a signature without messages (the iframe snippet's title).
//!
//! ```text
//!   App renders ── show(messages) ──► CURRENT ◄── on_screen() ── panic hook
//! ```
//!
//! A plain thread-local the root component writes at every render; the
//! components themselves use the app's language context and never this. Reading
//! never panics (a panic inside the panic hook would abort silently): if
//! the cell is busy or gone, English is used.

use std::cell::RefCell;
use std::rc::Rc;

use super::messages::Messages;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Messages>>> = const { RefCell::new(None) };
}

/// Records the messages the page shows now.
pub fn show(messages: &Rc<Messages>) {
    let _ = CURRENT.try_with(|current| {
        if let Ok(mut current) = current.try_borrow_mut() {
            if !current
                .as_ref()
                .is_some_and(|shown| Rc::ptr_eq(shown, messages))
            {
                *current = Some(messages.clone());
            }
        }
    });
}

/// The messages the page shows, or English before the first render.
pub fn on_screen() -> Rc<Messages> {
    CURRENT
        .try_with(|current| current.try_borrow().ok().and_then(|shown| shown.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(Messages::english)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_until_the_page_shows_a_language_then_that_one() {
        assert_eq!(on_screen().locale(), super::super::Locale::English);
        show(&Messages::pseudo());
        assert_eq!(on_screen().locale(), super::super::Locale::Pseudo);
    }
}
