//! A learner's program in a link's fragment: `#py=` and the base64url
//! (RFC 4648 §5) of its UTF-8 text, padding optional, at most
//! [`PROGRAM_LINK_LIMIT`] characters.
//!
//! The fragment never reaches a server. The page shows the program in the
//! editor and never runs it by itself: only the learner's Run does.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

use crate::figures::count;
use crate::i18n::Messages;
use crate::tr;

/// The fragment's key.
pub const PROGRAM_KEY: &str = "py=";

/// Longest base64url text a link may carry \[characters\]: 16 KB, a
/// program of about 12 KB.
pub const PROGRAM_LINK_LIMIT: usize = 16 * 1024;

/// base64url that writes no padding and reads it either way.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Why a program cannot travel in a link, or be read from one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than [`PROGRAM_LINK_LIMIT`].
    TooLong,
    /// Not base64url: the decoder's words.
    NotBase64(String),
    /// Decoded, but not UTF-8 text.
    NotUtf8,
}

impl LinkError {
    /// The problem, in the page's language.
    pub fn text(&self, messages: &Messages) -> String {
        match self {
            LinkError::TooLong => tr!(
                messages,
                "own-link-too-long",
                limit = count(PROGRAM_LINK_LIMIT as u64 / 1024)
            ),
            LinkError::NotBase64(detail) => tr!(
                messages,
                "own-link-not-base64",
                encoding = "base64url (RFC 4648 §5)",
                detail = detail.as_str()
            ),
            LinkError::NotUtf8 => messages.text("own-link-not-utf8"),
        }
    }
}

/// The fragment (without `#`) that carries `code`, or why none can.
pub fn program_fragment(code: &str) -> Result<String, LinkError> {
    let encoded = BASE64URL.encode(code.as_bytes());
    if encoded.len() > PROGRAM_LINK_LIMIT {
        return Err(LinkError::TooLong);
    }
    Ok(format!("{PROGRAM_KEY}{encoded}"))
}

/// The program a fragment (with or without `#`) carries: `None` if it
/// carries none, `Some(Err)` naming what is wrong if it cannot be read.
pub fn program_from_fragment(fragment: &str) -> Option<Result<String, LinkError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let encoded = fragment.strip_prefix(PROGRAM_KEY)?.trim();
    if encoded.len() > PROGRAM_LINK_LIMIT {
        return Some(Err(LinkError::TooLong));
    }
    let bytes = match BASE64URL.decode(encoded) {
        Ok(bytes) => bytes,
        Err(error) => {
            let detail = error.to_string().trim_end_matches('.').to_string();
            return Some(Err(LinkError::NotBase64(detail)));
        }
    };
    Some(String::from_utf8(bytes).map_err(|_| LinkError::NotUtf8))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::STARTER;

    #[test]
    fn a_program_travels_in_the_fragment_and_back() {
        let fragment = program_fragment(STARTER).expect("the starter fits");
        assert!(fragment.starts_with("py="));
        assert_eq!(
            program_from_fragment(&format!("#{fragment}")),
            Some(Ok(STARTER.to_string()))
        );
        assert_eq!(program_from_fragment("#lesson=abc"), None);
    }

    #[test]
    fn a_bad_fragment_says_what_is_wrong() {
        let english = Messages::english();
        let not_base64 = program_from_fragment("#py=a*b").unwrap().unwrap_err();
        let said = not_base64.text(&english);
        assert!(said.contains("base64url") && !said.contains(".."), "{said}");
        let not_text = program_from_fragment("#py=__8").unwrap().unwrap_err();
        assert_eq!(not_text, LinkError::NotUtf8);
        let long = "a".repeat(PROGRAM_LINK_LIMIT + 1);
        assert_eq!(program_fragment(&long), Err(LinkError::TooLong));
        let too_long = program_from_fragment(&format!("py={long}"))
            .unwrap()
            .unwrap_err();
        assert!(too_long.text(&english).contains("16 KB"));
    }
}
