//! A lesson in a link's fragment: `#lesson=` and the base64url (RFC 4648
//! §5) of its UTF-8 JSON, padding optional.
//!
//! The fragment never reaches a server, so a teacher's lesson travels in
//! the link itself. Owns the encoding only; what the JSON says is
//! `format`'s to check.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use super::format::LESSON_BYTES_LIMIT;
use super::text::{Arg, Text};

/// The fragment's key.
pub const FRAGMENT_KEY: &str = "lesson=";

/// base64url that writes no padding and reads it either way.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The fragment (without `#`) that carries `json`.
pub fn fragment_for(json: &str) -> String {
    format!("{FRAGMENT_KEY}{}", BASE64URL.encode(json.as_bytes()))
}

/// The lesson's JSON from a fragment (with or without `#`): `None` if the
/// fragment carries no lesson, `Some(Err)` with a message if it carries
/// one that cannot be read.
pub fn json_from_fragment(fragment: &str) -> Option<Result<String, Text>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment == FRAGMENT_KEY.trim_end_matches('=') {
        // `#lesson`: a link cut short, or the key typed without its lesson.
        return Some(Err(Text::new("lesson-link-empty")
            .with("fragment", Arg::verbatim("#lesson"))
            .with("key", Arg::verbatim("#lesson="))));
    }
    let encoded = fragment.strip_prefix(FRAGMENT_KEY)?;
    Some(decode(encoded.trim()))
}

fn decode(encoded: &str) -> Result<String, Text> {
    // Four characters carry three bytes: anything longer than this cannot
    // be a lesson within the limit, and is not decoded at all.
    let longest = LESSON_BYTES_LIMIT.div_ceil(3) * 4;
    if encoded.len() > longest {
        return Err(
            Text::new("lesson-link-too-long").with("limit", Arg::figure(LESSON_BYTES_LIMIT as u64))
        );
    }
    let bytes = BASE64URL.decode(encoded).map_err(|error| {
        Text::new("lesson-link-not-base64")
            .with("encoding", Arg::verbatim("base64url (RFC 4648 §5)"))
            .with("detail", Arg::verbatim(error.to_string()))
    })?;
    String::from_utf8(bytes).map_err(|_| Text::new("lesson-link-not-utf8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_without_its_lesson_is_named() {
        let found = json_from_fragment("#lesson").unwrap().unwrap_err();
        assert!(
            found.to_string().starts_with("the link ends at #lesson"),
            "{found}"
        );
        assert!(
            json_from_fragment("#lessons").is_none(),
            "the menu's fragment"
        );
        assert!(json_from_fragment("#other").is_none());
    }

    #[test]
    fn round_trips_any_text() {
        let json = r#"{"title": "Ünï ☃ > ? / +", "steps": []}"#;
        let fragment = fragment_for(json);
        assert!(fragment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_=".contains(c)));
        assert_eq!(
            json_from_fragment(&format!("#{fragment}")),
            Some(Ok(json.into()))
        );
    }

    #[test]
    fn padding_is_optional() {
        // "ab" is "YWI" unpadded and "YWI=" padded.
        assert_eq!(json_from_fragment("lesson=YWI"), Some(Ok("ab".into())));
        assert_eq!(json_from_fragment("lesson=YWI="), Some(Ok("ab".into())));
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(json_from_fragment("#other=1"), None);
        assert!(json_from_fragment("lesson=***")
            .unwrap()
            .unwrap_err()
            .to_string()
            .contains("base64url"));
        assert!(json_from_fragment("lesson=_w")
            .unwrap()
            .unwrap_err()
            .to_string()
            .contains("UTF-8"));
        let huge = "A".repeat(LESSON_BYTES_LIMIT * 2);
        assert!(json_from_fragment(&format!("lesson={huge}"))
            .unwrap()
            .unwrap_err()
            .to_string()
            .contains("too long"));
    }
}
