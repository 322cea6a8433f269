//! A learner's results in a lesson, as xAPI statements
//! ([`crate::lesson::statement`]): each is sent to the host page as it is
//! made and kept, so that the learner can download them all as one JSON
//! file for the teacher's class view (`class=1`).
//!
//! ```text
//!   LessonHandle ── record(verb, activity, response, score) ──► postMessage
//!                                                               {source, type: "statement", statement}
//!   summary's button ── download() ──► vaccination-lot-results.json (a JSON array)
//! ```
//!
//! No personal data: the actor is a random id made when the page loads,
//! and nothing leaves the browser but the messages to the host page and
//! the file the learner saves.

use std::cell::RefCell;

use serde_json::Value;

use crate::lesson::statement::{statement, Activity, Response, Stamp, Verb};

use super::browser;
use super::host;

/// The file the results download as.
pub const RESULTS_FILE: &str = "vaccination-lot-results.json";

/// The statements made so far, and the session id they carry.
pub struct Results {
    session: String,
    statements: RefCell<Vec<Value>>,
}

impl Default for Results {
    fn default() -> Self {
        Results {
            session: random_hex(8),
            statements: RefCell::new(Vec::new()),
        }
    }
}

impl Results {
    /// Makes the statement `verb` `activity` (with `response` for an
    /// answer or a skip, `score` for a completion), sends it to the host
    /// page and keeps it.
    pub fn record(
        &self,
        lang: &str,
        verb: Verb,
        activity: &Activity,
        response: Option<&Response>,
        score: Option<(usize, usize)>,
    ) {
        let id = uuid_v4();
        let timestamp = String::from(js_sys::Date::new_0().to_iso_string());
        let stamp = Stamp {
            id: &id,
            session: &self.session,
            lang,
            timestamp: &timestamp,
        };
        let made = statement(&stamp, verb, activity, response, score);
        if let Ok(value) = js_sys::JSON::parse(&made.to_string()) {
            host::post("statement", &[("statement", value)]);
        }
        if let Ok(mut statements) = self.statements.try_borrow_mut() {
            statements.push(made);
        }
    }

    /// Offers every statement kept as one JSON file.
    pub fn download(&self) -> Result<(), String> {
        let all = self
            .statements
            .try_borrow()
            .map(|kept| Value::from(kept.clone()))
            .map_err(|_| "busy".to_string())?;
        let text = serde_json::to_string_pretty(&all).map_err(|error| error.to_string())?;
        browser::download(RESULTS_FILE, "application/json", &text)
    }
}

/// `bytes` random bytes as hex (the browser's `Math.random`: an id that
/// tells sessions apart, not a secret).
fn random_hex(bytes: usize) -> String {
    (0..bytes)
        .map(|_| format!("{:02x}", (js_sys::Math::random() * 256.0) as u8))
        .collect()
}

/// A random (version 4) UUID.
fn uuid_v4() -> String {
    let hex = random_hex(16);
    let variant = ["8", "9", "a", "b"][(js_sys::Math::random() * 4.0) as usize % 4];
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        variant,
        &hex[17..20],
        &hex[20..32]
    )
}
