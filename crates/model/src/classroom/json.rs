//! JSON as a result file holds it, with each object's keys in the file's
//! order.
//!
//! `serde_json::Value` keeps an object's keys sorted (the page's build
//! leaves serde_json's `preserve_order` off, to stay small), but a
//! language map's *first* entry is the one shown when the page's language
//! is not in it, so the order written is kept here. serde_json does the
//! reading: its syntax errors, with their line and column, and its depth
//! limit (128 levels), so a hostile file cannot overflow the stack.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// One JSON value; objects are lists of (key, value) in the file's order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value at `key` of an object (the first, if a key is repeated);
    /// `None` for a missing key or a value that is not an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// The value at the end of `path`, one key per level.
    pub(crate) fn at(&self, path: &[&str]) -> Option<&Json> {
        path.iter().try_fold(self, |value, key| value.get(key))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// Builds a [`Json`] from whatever serde_json reads.
struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Json, E> {
        Ok(Json::Number(value as f64))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Json, E> {
        Ok(Json::Number(value as f64))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Json, E> {
        Ok(Json::Number(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Json, E> {
        Ok(Json::Text(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Json, E> {
        Ok(Json::Text(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(Json::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Json, A::Error> {
        let mut object = Vec::new();
        while let Some((key, value)) = entries.next_entry::<String, Json>()? {
            object.push((key, value));
        }
        Ok(Json::Object(object))
    }
}

/// Where a file stops being JSON: 1-based line and column, as serde_json
/// counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Reads `text` as one JSON value.
pub(crate) fn parse(text: &str) -> Result<Json, SyntaxError> {
    serde_json::from_str(text).map_err(|error| SyntaxError {
        line: error.line(),
        column: error.column(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_keep_the_order_written() {
        let json = parse(r#"{"zh-Hans": "你好", "en": "hello"}"#).unwrap();
        let Json::Object(entries) = json else {
            panic!("an object")
        };
        let keys: Vec<&str> = entries.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(keys, ["zh-Hans", "en"]);
    }

    #[test]
    fn paths_reach_into_nested_objects() {
        let json = parse(r#"{"verb": {"id": "x", "n": 2}, "list": [null, true]}"#).unwrap();
        assert_eq!(json.at(&["verb", "id"]), Some(&Json::Text("x".into())));
        assert_eq!(json.at(&["verb", "n"]), Some(&Json::Number(2.0)));
        assert_eq!(json.at(&["verb", "id", "deeper"]), None);
        assert_eq!(
            json.get("list"),
            Some(&Json::List(vec![Json::Null, Json::Bool(true)]))
        );
    }

    #[test]
    fn a_syntax_error_names_its_line_and_column() {
        assert_eq!(
            parse("[\n  {\"a\": 1,}\n]"),
            Err(SyntaxError {
                line: 2,
                column: 11
            })
        );
        assert!(parse("").is_err(), "an empty file is not JSON");
    }

    #[test]
    fn too_deep_a_file_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
    }
}
