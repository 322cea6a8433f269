//! The page in the class's language: Project Fluent messages, one set of
//! `.ftl` files per locale under `locales/<tag>/`.
//!
//! ```text
//!   locales/en/*.ftl ──build.rs──► built into the page (English)
//!   locales/es/*.ftl ──scripts/bundle-locales.sh──► dist/locales/es.ftl ──fetch──► Messages
//!                                                   (the single file embeds every one)
//!
//!   lang=… / navigator.languages ─► Locale ─► Messages ─► tr!(messages, "id", var = …)
//! ```
//!
//! [`locale`] picks the language, [`messages`] formats its messages (with
//! English beneath any it lacks), [`numbers`] writes numbers the locale's
//! way and [`pseudo`] makes the test locale `qps`. In the browser, the
//! app's `language` module loads a locale on demand and hands its
//! messages to every component. What stays the same in every language: the `data-testid`
//! hooks' machine-readable text (the clock, the counters), parameter names
//! in URLs, code in the code view, and the downloads' columns.

pub mod current;
pub mod isolate;
pub mod locale;
pub mod messages;
pub mod numbers;
pub mod pseudo;

pub use isolate::isolated;
pub use locale::{Direction, Locale};
pub use messages::{LoadError, Messages};
pub use numbers::NumberStyle;
