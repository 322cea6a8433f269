//! A lesson's own texts (its title, its steps, its summary) as the page
//! shows them, and the language they are in.
//!
//! ```text
//!   built-in lesson, page in English      ──► the JSON's text        lang="en"  dir="auto"
//!   built-in lesson, page translated (es) ──► lesson-<id>-step-<n>   lang="es"  dir="ltr"
//!                                              (the JSON's where the locale lacks it)
//!   built-in lesson, page in qps          ──► ⟦the JSON's text, accented⟧
//!   a teacher's lesson (link, editor)     ──► as written             lang=its "lang"  dir="rtl"/"auto"
//! ```
//!
//! A built-in lesson's English is its JSON file (the example of the format
//! teachers write); only its translations are messages, and only its
//! texts: the structure (params, at_event, focus, question) always comes
//! from the JSON. A teacher's lesson is shown in its own language whatever
//! the page speaks, so its elements carry its `lang`, while the page's
//! chrome around them stays in the page's language.

use crate::lesson::builtin::BUILTINS;
use crate::lesson::Lesson;

use crate::i18n::pseudo;
use crate::i18n::Messages;
use crate::i18n::{Direction, Locale};

/// Which text of a lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The lesson's title.
    Title,
    /// Step `index`, from 0 (its message counts from 1).
    Step(usize),
    /// The key idea shown on the last step (`""` when the lesson has none).
    Summary,
}

/// A lesson's text and the attributes of the element that shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonText {
    /// The text, in the page's language when translated.
    pub text: String,
    /// The text's language; `None` when unknown (the page's is assumed).
    pub lang: Option<String>,
    /// `rtl` for a right-to-left language, `ltr` for a translation the page
    /// ships, `auto` for a text as written, whose direction the browser
    /// reads from its first letters.
    pub dir: &'static str,
}

/// The message of a built-in lesson's part: `lesson-<id>-title`,
/// `lesson-<id>-step-<n>`, `lesson-<id>-summary`.
pub fn message_id(builtin: &str, part: Part) -> String {
    match part {
        Part::Title => format!("lesson-{builtin}-title"),
        Part::Step(index) => format!("lesson-{builtin}-step-{}", index + 1),
        Part::Summary => format!("lesson-{builtin}-summary"),
    }
}

/// Every message a translated locale has for the built-in lessons: each
/// one's title, steps and (where its JSON has one) summary.
pub fn builtin_lesson_message_ids() -> Vec<String> {
    BUILTINS
        .iter()
        .filter_map(|builtin| Some((builtin.id, builtin.lesson().ok()?)))
        .flat_map(|(id, lesson)| {
            let steps = (0..lesson.steps.len()).map(move |index| message_id(id, Part::Step(index)));
            let summary = lesson
                .summary
                .is_some()
                .then(|| message_id(id, Part::Summary));
            std::iter::once(message_id(id, Part::Title))
                .chain(steps)
                .chain(summary)
        })
        .collect()
}

/// `part` of `lesson` as its file writes it (`""` for a step or a summary
/// it lacks).
fn written(lesson: &Lesson, part: Part) -> &str {
    match part {
        Part::Title => lesson.title.as_str(),
        Part::Step(index) => lesson
            .steps
            .get(index)
            .map_or("", |step| step.text.as_str()),
        Part::Summary => lesson.summary.as_deref().unwrap_or_default(),
    }
}

/// `part` of `lesson` as the page shows it: a built-in lesson (`builtin`
/// is its id) in the page's language, a teacher's as written.
pub fn lesson_text(
    messages: &Messages,
    builtin: Option<&str>,
    lesson: &Lesson,
    part: Part,
) -> LessonText {
    let english = written(lesson, part);
    match builtin {
        Some(id) => builtin_text(messages, id, part, english, lesson.lang.as_deref()),
        None => as_written(english, lesson.lang.as_deref()),
    }
}

/// `part` of the built-in lesson `id`, whose text in its JSON (written in
/// `json_lang`) is `json_text`, in the page's language.
pub fn builtin_text(
    messages: &Messages,
    id: &str,
    part: Part,
    json_text: &str,
    json_lang: Option<&str>,
) -> LessonText {
    shown_in(messages, id, part, json_text, json_lang, |text| text)
}

/// The first sentence of `part` of the built-in lesson `id` in the page's
/// language (a teacher's lesson: of the text as written), as the lessons
/// menu shows it under the title.
pub fn first_sentence(
    messages: &Messages,
    builtin: Option<&str>,
    lesson: &Lesson,
    part: Part,
) -> LessonText {
    let full = written(lesson, part);
    let lang = lesson.lang.as_deref();
    match builtin {
        Some(id) => shown_in(messages, id, part, full, lang, sentence),
        None => as_written(sentence(full), lang),
    }
}

/// The text shown for a built-in lesson's part, cut by `cut` before the
/// pseudo-locale wraps it (so the brackets close what is shown).
fn shown_in(
    messages: &Messages,
    id: &str,
    part: Part,
    json_text: &str,
    json_lang: Option<&str>,
    cut: fn(&str) -> &str,
) -> LessonText {
    let locale = messages.locale();
    if json_text.is_empty() {
        // A part the lesson lacks (a summary it does not give) is empty in
        // every language, never a bare pair of pseudo brackets or a stale
        // translation.
        return as_written("", json_lang);
    }
    let page = |text: String| LessonText {
        text,
        lang: Some(locale.tag().to_string()),
        dir: locale.direction().as_str(),
    };
    match locale {
        Locale::English => as_written(cut(json_text), json_lang),
        Locale::Pseudo => page(format!(
            "{}{}{}",
            pseudo::OPEN,
            pseudo::accent(cut(json_text)),
            pseudo::CLOSE
        )),
        _ => {
            let message = message_id(id, part);
            if messages.has(&message) {
                page(cut(&messages.text(&message)).to_string())
            } else {
                as_written(cut(json_text), json_lang)
            }
        }
    }
}

/// A text shown as written, in the language its lesson declares.
fn as_written(text: &str, lang: Option<&str>) -> LessonText {
    LessonText {
        text: text.to_string(),
        lang: lang.map(str::to_string),
        dir: lang.map_or("auto", direction_of),
    }
}

/// `rtl` for a tag whose language is written right to left, else `auto`.
pub fn direction_of(tag: &str) -> &'static str {
    const RIGHT_TO_LEFT: [&str; 13] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi",
    ];
    let language = tag.split(['-', '_']).next().unwrap_or_default();
    let script = tag.split(['-', '_']).nth(1).unwrap_or_default();
    let rtl_script = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm"]
        .iter()
        .any(|rtl| script.eq_ignore_ascii_case(rtl));
    let latin = script.eq_ignore_ascii_case("latn");
    if rtl_script
        || (!latin
            && RIGHT_TO_LEFT
                .iter()
                .any(|rtl| language.eq_ignore_ascii_case(rtl)))
    {
        Direction::RightToLeft.as_str()
    } else {
        "auto"
    }
}

/// The first sentence of `text`: up to its first full stop (`. ` or
/// `。`), or all of it.
fn sentence(text: &str) -> &str {
    let ends = [". ", "。", "؟ ", "? "];
    let end = ends
        .iter()
        .filter_map(|stop| text.find(stop).map(|at| at + stop.trim_end().len()))
        .min();
    match end {
        Some(end) => text[..end].trim(),
        None => text.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::builtin;

    const SPANISH: &str = "lesson-failure-title = Errores como valores\n\
                           lesson-failure-step-1 = Primera frase. Segunda frase.\n";

    fn failure() -> Lesson {
        builtin::find("failure").unwrap().lesson().unwrap()
    }

    #[test]
    fn english_shows_the_json_as_written() {
        let lesson = failure();
        let title = lesson_text(&Messages::english(), Some("failure"), &lesson, Part::Title);
        assert_eq!(title.text, lesson.title);
        assert_eq!(title.lang.as_deref(), Some("en"));
        assert_eq!(title.dir, "auto");
    }

    #[test]
    fn a_translation_shows_its_messages_and_the_json_where_it_has_none() {
        let spanish = Messages::translated(Locale::Spanish, SPANISH).unwrap();
        let lesson = failure();
        let title = lesson_text(&spanish, Some("failure"), &lesson, Part::Title);
        assert_eq!(title.text, "Errores como valores");
        assert_eq!(title.lang.as_deref(), Some("es"));
        assert_eq!(title.dir, "ltr");
        let second = lesson_text(&spanish, Some("failure"), &lesson, Part::Step(1));
        assert_eq!(second.text, lesson.steps[1].text);
        assert_eq!(second.lang.as_deref(), Some("en"));
        let sentence = first_sentence(&spanish, Some("failure"), &lesson, Part::Step(0));
        assert_eq!(sentence.text, "Primera frase.");
    }

    #[test]
    fn the_pseudo_locale_accents_and_wraps_the_json() {
        let lesson = failure();
        let pseudo = Messages::pseudo();
        let shown = lesson_text(&pseudo, Some("failure"), &lesson, Part::Step(0));
        assert!(shown.text.starts_with(pseudo::OPEN) && shown.text.ends_with(pseudo::CLOSE));
        assert!(
            !shown.text.chars().any(|c| c.is_ascii_alphabetic()),
            "{}",
            shown.text
        );
        let sentence = first_sentence(&pseudo, Some("failure"), &lesson, Part::Step(0));
        assert!(sentence.text.ends_with(pseudo::CLOSE), "{}", sentence.text);
        assert!(sentence.text.len() < shown.text.len());
    }

    #[test]
    fn a_teachers_lesson_keeps_its_language_whatever_the_page_speaks() {
        let lesson = crate::lesson::parse_lesson(
            r#"{"title": "درس", "lang": "ar-EG", "steps": [{"text": "نص."}]}"#,
        )
        .unwrap();
        let pseudo = Messages::pseudo();
        let title = lesson_text(&pseudo, None, &lesson, Part::Title);
        assert_eq!(title.text, "درس");
        assert_eq!(title.lang.as_deref(), Some("ar-EG"));
        assert_eq!(title.dir, "rtl");
        assert_eq!(direction_of("fr"), "auto");
        assert_eq!(direction_of("he"), "rtl");
        assert_eq!(direction_of("pa-Arab"), "rtl");
        assert_eq!(direction_of("ku-Latn"), "auto");
    }

    #[test]
    fn every_builtin_lesson_names_its_title_each_step_and_its_summary() {
        let ids = builtin_lesson_message_ids();
        assert!(ids.contains(&"lesson-one-thread-title".to_string()));
        assert!(ids.contains(&"lesson-failure-step-1".to_string()));
        assert!(ids.contains(&"lesson-failure-summary".to_string()));
        let lessons: Vec<Lesson> = BUILTINS
            .iter()
            .map(|builtin| builtin.lesson().unwrap())
            .collect();
        let steps: usize = lessons.iter().map(|lesson| lesson.steps.len()).sum();
        let summaries = lessons
            .iter()
            .filter(|lesson| lesson.summary.is_some())
            .count();
        assert_eq!(ids.len(), BUILTINS.len() + steps + summaries);
    }

    #[test]
    fn a_summary_is_shown_like_the_other_texts_and_empty_when_absent() {
        assert_eq!(
            message_id("policies", Part::Summary),
            "lesson-policies-summary"
        );
        let lesson = failure();
        let summary = lesson.summary.clone().expect("the built-in lesson has one");
        let english = lesson_text(
            &Messages::english(),
            Some("failure"),
            &lesson,
            Part::Summary,
        );
        assert_eq!(english.text, summary);
        // A translation without the message falls back to the JSON.
        let spanish = Messages::translated(Locale::Spanish, SPANISH).unwrap();
        let shown = lesson_text(&spanish, Some("failure"), &lesson, Part::Summary);
        assert_eq!(shown.text, summary);
        let translated = Messages::translated(
            Locale::Spanish,
            "lesson-failure-summary = Un error es un resultado. Y el bucle sigue.\n",
        )
        .unwrap();
        let shown = lesson_text(&translated, Some("failure"), &lesson, Part::Summary);
        assert_eq!(shown.text, "Un error es un resultado. Y el bucle sigue.");
        assert_eq!(shown.lang.as_deref(), Some("es"));
        let sentence = first_sentence(&translated, Some("failure"), &lesson, Part::Summary);
        assert_eq!(sentence.text, "Un error es un resultado.");
        let pseudo = lesson_text(&Messages::pseudo(), Some("failure"), &lesson, Part::Summary);
        assert!(pseudo.text.starts_with(pseudo::OPEN), "{}", pseudo.text);
        // Without a summary, every language shows nothing.
        let without = Lesson {
            summary: None,
            ..lesson
        };
        for messages in [Messages::english(), Messages::pseudo()] {
            let shown = lesson_text(&messages, Some("failure"), &without, Part::Summary);
            assert_eq!(shown.text, "");
        }
        let shown = lesson_text(&translated, Some("failure"), &without, Part::Summary);
        assert_eq!(shown.text, "");
        let teachers = lesson_text(&Messages::pseudo(), None, &without, Part::Summary);
        assert_eq!(teachers.text, "");
    }

    #[test]
    fn the_first_sentence_ends_at_the_first_full_stop() {
        assert_eq!(sentence("One. Two. Three."), "One.");
        assert_eq!(sentence("一句。两句。"), "一句。");
        assert_eq!(sentence("No stop at all"), "No stop at all");
        assert_eq!(sentence("Ends here."), "Ends here.");
    }
}
