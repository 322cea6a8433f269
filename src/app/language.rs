//! The page's language in the browser: loads a locale's messages on demand
//! and hands them to every component through a yew context.
//!
//! ```text
//!   App ── use_language(requested) ──► Language { messages, choose, failed }
//!            │  English or qps: at once (built in)
//!            │  others: <script type="text/x-fluent" data-locale=…> (the single file)
//!            │          or fetch("locales/<tag>.ftl"), then re-render
//!            └─► <html lang dir> follow the messages on screen
//!   any component ── use_i18n() ──► I18n (English when no provider, as in component tests)
//! ```
//!
//! Until a locale's file arrives the page shows English; if it cannot be
//! loaded, it stays English and says so (`failed`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser::fetch_text;
use crate::i18n::Locale;
use crate::i18n::{LoadError, Messages};

/// The messages every component formats with. Cheap to clone; equal when
/// they are the same messages, so a change of language re-renders.
#[derive(Clone)]
pub struct I18n(pub Rc<Messages>);

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for I18n {
    type Target = Messages;

    fn deref(&self) -> &Messages {
        &self.0
    }
}

impl Default for I18n {
    fn default() -> I18n {
        I18n(Messages::english())
    }
}

/// The messages of the page's language; English outside a provider.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_default()
}

/// The page's language as the root holds it.
#[derive(Clone, PartialEq)]
pub struct Language {
    /// What the page shows now.
    pub messages: I18n,
    /// The locale asked for (shown once loaded).
    pub requested: Locale,
    /// Switches the page to a locale.
    pub choose: Callback<Locale>,
    /// A locale that could not be loaded, so English is shown instead.
    pub failed: Option<Locale>,
}

/// Shows `initial`, and whatever is chosen later, loading each locale once.
#[hook]
pub fn use_language(initial: Locale) -> Language {
    let requested = use_state_eq(|| initial);
    let messages = use_state(|| built_in(initial).map(I18n).unwrap_or_default());
    let failed = use_state_eq(|| None::<Locale>);
    {
        let messages = messages.clone();
        let failed = failed.clone();
        use_effect_with(*requested, move |locale| {
            let locale = *locale;
            if messages.locale() != locale {
                wasm_bindgen_futures::spawn_local(async move {
                    match load(locale).await {
                        Ok(loaded) => {
                            failed.set(None);
                            messages.set(I18n(loaded));
                        }
                        Err(error) => {
                            web_sys::console::warn_1(&format!("{error:?}").into());
                            failed.set(Some(locale));
                            messages.set(I18n::default());
                        }
                    }
                });
            }
        });
    }
    use_effect_with((*messages).clone(), |messages| mark_document(messages));
    let choose = {
        let requested = requested.clone();
        Callback::from(move |locale| requested.set(locale))
    };
    Language {
        messages: (*messages).clone(),
        requested: *requested,
        choose,
        failed: *failed,
    }
}

/// The locales built into the page: English and the pseudo-locale.
fn built_in(locale: Locale) -> Option<Rc<Messages>> {
    match locale {
        Locale::English => Some(Messages::english()),
        Locale::Pseudo => Some(Messages::pseudo()),
        _ => None,
    }
}

thread_local! {
    /// Locales loaded so far, so switching back costs nothing.
    static LOADED: RefCell<HashMap<Locale, Rc<Messages>>> = RefCell::new(HashMap::new());
}

/// A locale's messages: built in, loaded before, embedded in the page (the
/// single file), or fetched from `locales/<tag>.ftl` beside the page.
async fn load(locale: Locale) -> Result<Rc<Messages>, LoadError> {
    if let Some(messages) = built_in(locale) {
        return Ok(messages);
    }
    if let Some(messages) = LOADED.with(|loaded| loaded.borrow().get(&locale).cloned()) {
        return Ok(messages);
    }
    let source = match embedded_source(locale) {
        Some(source) => source,
        None => fetch_source(locale).await?,
    };
    let messages = Rc::new(Messages::translated(locale, &source)?);
    LOADED.with(|loaded| loaded.borrow_mut().insert(locale, messages.clone()));
    Ok(messages)
}

/// The locale's `.ftl` text if the page carries it: the single-file build
/// embeds each as `<script type="text/x-fluent" data-locale="<tag>">`.
fn embedded_source(locale: Locale) -> Option<String> {
    let selector = format!(
        "script[type=\"text/x-fluent\"][data-locale=\"{}\"]",
        locale.tag()
    );
    web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()??
        .text_content()
}

/// The path of a locale's file, relative to the page.
pub fn locale_path(locale: Locale) -> String {
    format!("locales/{}.ftl", locale.tag())
}

async fn fetch_source(locale: Locale) -> Result<String, LoadError> {
    fetch_text(&locale_path(locale))
        .await
        .map_err(|detail| LoadError { locale, detail })
}

/// `<html lang dir>` say which language and direction the page shows, and
/// the tab's title is in that language.
fn mark_document(messages: &Messages) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(&messages.text("page-title"));
    let Some(root) = document.document_element() else {
        return;
    };
    let locale = messages.locale();
    let _ = root.set_attribute("lang", locale.tag());
    let _ = root.set_attribute("dir", locale.direction().as_str());
}
