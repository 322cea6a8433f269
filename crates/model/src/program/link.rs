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

use crate::lesson::text::{Arg, Text};

/// The fragment's key.
pub const PROGRAM_KEY: &str = "py=";

/// Longest base64url text a link may carry [characters]: 16 KB, a program
/// of about 12 KB.
pub const PROGRAM_LINK_LIMIT: usize = 16 * 1024;

/// base64url that writes no padding and reads it either way.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The fragment (without `#`) that carries `code`, or why none can.
pub fn program_fragment(code: &str) -> Result<String, Text> {
    let encoded = BASE64URL.encode(code.as_bytes());
    if encoded.len() > PROGRAM_LINK_LIMIT {
        return Err(too_long());
    }
    Ok(format!("{PROGRAM_KEY}{encoded}"))
}

fn too_long() -> Text {
    Text::new("own-link-too-long").with("limit", Arg::figure(PROGRAM_LINK_LIMIT as u64 / 1024))
}

/// The program a fragment (with or without `#`) carries: `None` if it
/// carries none, `Some(Err)` naming what is wrong if it cannot be read.
pub fn program_from_fragment(fragment: &str) -> Option<Result<String, Text>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let encoded = fragment.strip_prefix(PROGRAM_KEY)?.trim();
    if encoded.len() > PROGRAM_LINK_LIMIT {
        return Some(Err(too_long()));
    }
    let bytes = match BASE64URL.decode(encoded) {
        Ok(bytes) => bytes,
        Err(error) => {
            return Some(Err(Text::new("own-link-not-base64")
                .with("encoding", Arg::verbatim("base64url (RFC 4648 §5)"))
                .with(
                    "detail",
                    Arg::verbatim(error.to_string().trim_end_matches('.')),
                )))
        }
    };
    Some(String::from_utf8(bytes).map_err(|_| Text::new("own-link-not-utf8")))
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
        let not_base64 = program_from_fragment("#py=a*b").unwrap().unwrap_err();
        assert!(not_base64.to_string().contains("base64url"), "{not_base64}");
        let not_text = program_from_fragment("#py=__8").unwrap().unwrap_err();
        assert_eq!(not_text.id(), "own-link-not-utf8");
        let long = "a".repeat(PROGRAM_LINK_LIMIT + 1);
        assert!(program_fragment(&long).is_err());
        let too_long = program_from_fragment(&format!("py={long}"))
            .unwrap()
            .unwrap_err();
        assert!(too_long.to_string().contains("16 KB"), "{too_long}");
    }
}
