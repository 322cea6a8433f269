//! The learner's place in a lesson, kept in `localStorage` so the page can
//! offer to go on where they stopped.
//!
//! Storage may be missing or refuse access (sandboxed iframes, `file://`,
//! private modes): every call then does nothing, and the page works
//! without it. Owns the one key it writes and the place's encoding.

use serde_json::{json, Value};

/// The key the place is kept under.
const KEY: &str = "vaccination-lot.lesson-place";

/// Where a learner was.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Where the lesson came from: a built-in id, or the link's fragment.
    pub source: String,
    /// The lesson's title as written, named in the offer to go on (a
    /// built-in lesson's is named in the page's language instead).
    pub title: String,
    /// 0-based step.
    pub step: usize,
    /// What the learner did with each step's prediction so far.
    pub answers: Vec<Option<Answered>>,
}

/// What a learner did with a step's prediction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    /// Picked the choice at this index.
    Chose(usize),
    /// Went on without predicting, on purpose.
    Skipped,
    /// Made every choice of a be-the-loop step, `right` of `of` right.
    Played {
        /// Choices made right.
        right: usize,
        /// Choices asked.
        of: usize,
    },
}

impl Answered {
    /// Kept as the choice's index, `"skip"`, or `{"right": n, "of": m}`.
    fn to_value(self) -> Value {
        match self {
            Answered::Chose(index) => Value::from(index),
            Answered::Skipped => Value::from("skip"),
            Answered::Played { right, of } => serde_json::json!({ "right": right, "of": of }),
        }
    }

    /// Read back; anything else (a place written by another version)
    /// counts as not answered.
    fn from_value(value: &Value) -> Option<Answered> {
        match value {
            Value::String(skip) if skip == "skip" => Some(Answered::Skipped),
            Value::Object(fields) => {
                let count = |name: &str| usize::try_from(fields.get(name)?.as_u64()?).ok();
                let (right, of) = (count("right")?, count("of")?);
                (right <= of).then_some(Answered::Played { right, of })
            }
            other => usize::try_from(other.as_u64()?).ok().map(Answered::Chose),
        }
    }
}

/// The page's local storage, if the browser gives one (a private window
/// or a sandboxed frame may not).
pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The place kept from an earlier visit, if any (and if readable).
pub fn load() -> Option<Place> {
    let kept = storage()?.get_item(KEY).ok().flatten()?;
    let value: Value = serde_json::from_str(&kept).ok()?;
    let answers = value
        .get("answers")
        .and_then(Value::as_array)
        .map(|kept| kept.iter().map(Answered::from_value).collect())
        .unwrap_or_default();
    Some(Place {
        source: value.get("source")?.as_str()?.to_string(),
        title: value.get("title")?.as_str()?.to_string(),
        step: usize::try_from(value.get("step")?.as_u64()?).ok()?,
        answers,
    })
}

/// Keeps `place`, if storage allows.
pub fn save(place: &Place) {
    let answers: Vec<Value> = place
        .answers
        .iter()
        .map(|answer| answer.map_or(Value::Null, Answered::to_value))
        .collect();
    let value = json!({
        "source": place.source,
        "title": place.title,
        "step": place.step,
        "answers": answers,
    });
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &value.to_string());
    }
}

/// Forgets the place (the learner finished or declined).
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
