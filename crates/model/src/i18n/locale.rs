//! Which language the page speaks: the locales it ships, and how a URL's
//! `lang=` or the browser's `navigator.languages` picks one.
//!
//! ```text
//!   lang=es-MX            ──► Spanish           (a region falls back to its language)
//!   lang=zh-CN, zh-Hans   ──► Simplified Chinese
//!   lang=zh-TW            ──► not accepted: named in param-errors, English used
//!   no lang, navigator ["fr-FR", "de"] ──► German   (the first the page speaks)
//!   nothing matches       ──► English
//! ```
//!
//! Plain data and pure functions: this module builds natively and its
//! rules are tested with `cargo test`.

/// A language the page speaks. English is built into the page; the others
/// are loaded on demand from `locales/<tag>.ftl`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    /// English (`en`), the source language, built in.
    English,
    /// Spanish (`es`).
    Spanish,
    /// German (`de`).
    German,
    /// French (`fr`).
    French,
    /// Chinese in simplified characters (`zh-Hans`).
    ChineseSimplified,
    /// Arabic (`ar`), written right to left.
    Arabic,
    /// Portuguese as written in Brazil (`pt-BR`); any `pt` picks it.
    PortugueseBrazil,
    /// Japanese (`ja`).
    Japanese,
    /// Korean (`ko`).
    Korean,
    /// Russian (`ru`), whose counts take four plural forms.
    Russian,
    /// Indonesian (`id`).
    Indonesian,
    /// The pseudo-locale `qps`: English with every message accented and
    /// wrapped in `⟦…⟧`, so a test can see any text that did not come from
    /// the message files. Never chosen from the browser's languages.
    Pseudo,
}

/// Which way a locale's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right (`dir="ltr"`).
    LeftToRight,
    /// Right to left (`dir="rtl"`): Arabic.
    RightToLeft,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

impl Locale {
    /// Every locale, English first; the language menu lists them in this
    /// order (the pseudo-locale only when it is the one shown).
    pub const ALL: [Locale; 12] = [
        Locale::English,
        Locale::Spanish,
        Locale::German,
        Locale::French,
        Locale::ChineseSimplified,
        Locale::Arabic,
        Locale::PortugueseBrazil,
        Locale::Japanese,
        Locale::Korean,
        Locale::Russian,
        Locale::Indonesian,
        Locale::Pseudo,
    ];

    /// The locales with translations of their own (not English, not the
    /// pseudo-locale): each has a directory `locales/<tag>/`.
    pub const TRANSLATED: [Locale; 10] = [
        Locale::Spanish,
        Locale::German,
        Locale::French,
        Locale::ChineseSimplified,
        Locale::Arabic,
        Locale::PortugueseBrazil,
        Locale::Japanese,
        Locale::Korean,
        Locale::Russian,
        Locale::Indonesian,
    ];

    /// The tags `lang=` accepts as written, for the message naming them.
    pub const TAGS: [&'static str; 12] = [
        "en", "es", "de", "fr", "zh-Hans", "ar", "pt-BR", "ja", "ko", "ru", "id", "qps",
    ];

    /// The BCP 47 tag: `lang=`'s value, `<html lang>` and the file name.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::English => "en",
            Locale::Spanish => "es",
            Locale::German => "de",
            Locale::French => "fr",
            Locale::ChineseSimplified => "zh-Hans",
            Locale::Arabic => "ar",
            Locale::PortugueseBrazil => "pt-BR",
            Locale::Japanese => "ja",
            Locale::Korean => "ko",
            Locale::Russian => "ru",
            Locale::Indonesian => "id",
            Locale::Pseudo => "qps",
        }
    }

    /// The language's own name for itself, as the language menu shows it
    /// whatever language the page speaks.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::English => "English",
            Locale::Spanish => "Español",
            Locale::German => "Deutsch",
            Locale::French => "Français",
            Locale::ChineseSimplified => "简体中文",
            Locale::Arabic => "العربية",
            Locale::PortugueseBrazil => "Português (Brasil)",
            Locale::Japanese => "日本語",
            Locale::Korean => "한국어",
            Locale::Russian => "Русский",
            Locale::Indonesian => "Bahasa Indonesia",
            Locale::Pseudo => "Ƥšéúðö",
        }
    }

    /// Which way its text runs.
    pub const fn direction(self) -> Direction {
        match self {
            Locale::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The locale whose plural rules and number formats it uses: itself,
    /// except the pseudo-locale, which is English underneath.
    pub const fn rules_tag(self) -> &'static str {
        match self {
            Locale::Pseudo => "en",
            other => other.tag(),
        }
    }

    /// Whether its numbers are English ones, written by the page itself
    /// rather than by the browser's `Intl` (see [`super::numbers`]).
    pub const fn writes_numbers_in_english(self) -> bool {
        matches!(self, Locale::English | Locale::Pseudo)
    }

    /// The `lang` a lesson written on a page in this locale gets: its tag,
    /// except English (what a lesson without `lang` is in) and the
    /// pseudo-locale (a language for tests only, none a lesson is in).
    pub const fn lesson_lang(self) -> Option<&'static str> {
        match self {
            Locale::English | Locale::Pseudo => None,
            other => Some(other.tag()),
        }
    }

    /// Reads a `lang=` value: a tag the page speaks, or a regional form of
    /// one (`es-MX`, `zh-CN`). Case does not matter, `_` counts as `-`.
    pub fn from_tag(given: &str) -> Option<Locale> {
        let tag = given.trim().replace('_', "-").to_ascii_lowercase();
        if tag == "qps" || tag.starts_with("qps-") {
            return Some(Locale::Pseudo);
        }
        let mut subtags = tag.split('-');
        let language = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        match language {
            "en" => Some(Locale::English),
            "es" => Some(Locale::Spanish),
            "de" => Some(Locale::German),
            "fr" => Some(Locale::French),
            "ar" => Some(Locale::Arabic),
            "pt" => Some(Locale::PortugueseBrazil),
            "ja" => Some(Locale::Japanese),
            "ko" => Some(Locale::Korean),
            "ru" => Some(Locale::Russian),
            // `in` is Indonesian's tag before 1989, which some systems still send.
            "id" | "in" => Some(Locale::Indonesian),
            "zh" if is_simplified_chinese(&rest) => Some(Locale::ChineseSimplified),
            _ => None,
        }
    }

    /// The locale for a page without `lang=`: the first of the browser's
    /// languages the page speaks, otherwise English. The pseudo-locale is
    /// never picked this way.
    pub fn from_browser<S: AsRef<str>>(languages: &[S]) -> Locale {
        languages
            .iter()
            .filter_map(|language| Locale::from_tag(language.as_ref()))
            .find(|locale| *locale != Locale::Pseudo)
            .unwrap_or_default()
    }
}

/// Whether the subtags after `zh` name Simplified Chinese: the Hans script,
/// a region that writes it (mainland China, Singapore, Malaysia), or
/// nothing more. Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`) is not
/// Simplified Chinese and is not accepted as it.
fn is_simplified_chinese(subtags: &[&str]) -> bool {
    match subtags.first() {
        None => true,
        Some(&"hans") => true,
        Some(&"hant") => false,
        Some(region) => matches!(*region, "cn" | "sg" | "my"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_tags_fall_back_to_their_language() {
        assert_eq!(Locale::from_tag("es-ES"), Some(Locale::Spanish));
        assert_eq!(Locale::from_tag("es-MX"), Some(Locale::Spanish));
        assert_eq!(Locale::from_tag("de_AT"), Some(Locale::German));
        assert_eq!(Locale::from_tag("AR-eg"), Some(Locale::Arabic));
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::English));
        assert_eq!(Locale::from_tag("pt-BR"), Some(Locale::PortugueseBrazil));
        assert_eq!(Locale::from_tag("ru-RU"), Some(Locale::Russian));
        assert_eq!(Locale::from_tag("ko-KR"), Some(Locale::Korean));
        assert_eq!(Locale::from_tag("in"), Some(Locale::Indonesian));
    }

    #[test]
    fn simplified_chinese_is_read_from_its_script_or_its_regions() {
        for tag in ["zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG"] {
            assert_eq!(
                Locale::from_tag(tag),
                Some(Locale::ChineseSimplified),
                "{tag}"
            );
        }
        for tag in ["zh-TW", "zh-Hant", "zh-HK", "zh-Hant-TW"] {
            assert_eq!(Locale::from_tag(tag), None, "{tag}");
        }
    }

    #[test]
    fn unknown_tags_are_not_accepted() {
        for tag in ["", "xx", "english", "e", "-es"] {
            assert_eq!(Locale::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn every_tag_reads_back_as_its_locale() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::TAGS, Locale::ALL.map(Locale::tag));
    }

    #[test]
    fn the_browser_languages_give_the_first_the_page_speaks() {
        assert_eq!(
            Locale::from_browser(&["th", "zh-TW", "de-CH", "es"]),
            Locale::German
        );
        assert_eq!(
            Locale::from_browser(&["th", "ja-JP", "en"]),
            Locale::Japanese
        );
        assert_eq!(
            Locale::from_browser(&["pt-PT", "en"]),
            Locale::PortugueseBrazil
        );
        assert_eq!(
            Locale::from_browser(&["zh-CN", "en"]),
            Locale::ChineseSimplified
        );
        assert_eq!(Locale::from_browser(&["th", "vi"]), Locale::English);
        assert_eq!(Locale::from_browser::<&str>(&[]), Locale::English);
        assert_eq!(Locale::from_browser(&["qps", "ar"]), Locale::Arabic);
    }

    #[test]
    fn only_arabic_runs_right_to_left() {
        for locale in Locale::ALL {
            let expected = if locale == Locale::Arabic {
                Direction::RightToLeft
            } else {
                Direction::LeftToRight
            };
            assert_eq!(locale.direction(), expected, "{locale:?}");
        }
    }
}
