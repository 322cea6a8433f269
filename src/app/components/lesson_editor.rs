//! The lesson editor: a teacher picks moments of the run on screen as
//! steps, writes their text, says where to look and what to predict,
//! reorders them, writes the lesson's key idea, previews the lesson and
//! shares it as a link.
//!
//! Props in, callbacks up: the draft lives with the page (so closing the
//! editor keeps it), and the lesson's link is built by `lessons`.

use fluent_bundle::FluentArgs;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::lessons::lesson_link;
use crate::i18n::Messages;
use crate::lesson::{parse_lesson, Focus, Lesson, QuestionSpec, Step};
use crate::model::labels::focus_name_id;
use crate::tr;

use super::lesson::around;
use super::share::iframe_snippet;

/// What the editor shows and calls.
pub struct LessonEditorProps {
    /// The lesson being written, as shown.
    pub draft: Lesson,
    /// The run on screen as a step's `params`, and its event count.
    pub moment: (AttrValue, u64),
    /// The page's address without query or fragment.
    pub base: AttrValue,
    /// Called with the whole draft after each edit; the page keeps it.
    pub on_change: Callback<Lesson>,
    /// Opens the draft as a lesson (offered once the draft reads as one).
    pub on_preview: Callback<()>,
    /// Closes the editor; the draft is kept.
    pub on_close: Callback<()>,
}

/// The editor (a plain function, not a component, to keep the bundle
/// small: it keeps no state of its own). The names lesson files use
/// (regions, question kinds) and the steps' `params` are shown as written,
/// marked `translate="no"`: a teacher writes them so in a file.
pub fn lesson_editor(props: &LessonEditorProps, messages: &Messages) -> Html {
    let draft = &props.draft;
    let add = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        let (params, at_event) = (props.moment.0.to_string(), props.moment.1);
        Callback::from(move |_: MouseEvent| {
            let mut changed = draft.clone();
            changed.steps.push(Step {
                text: String::new(),
                params: params.clone(),
                at_event,
                focus: None,
                question: None,
                asks: Default::default(),
                python: None,
                goal: None,
            });
            on_change.emit(changed);
        })
    };
    let on_title = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_change.emit(Lesson {
                title: input.value(),
                ..draft.clone()
            });
        })
    };
    // The key idea is optional: an empty field leaves it out of the file.
    let on_summary = {
        let (draft, on_change) = (draft.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let summary = field_value(event.as_ref());
            on_change.emit(Lesson {
                summary: (!summary.is_empty()).then_some(summary),
                ..draft.clone()
            });
        })
    };
    let steps =
        (0..draft.steps.len()).map(|index| editor_step(draft, index, &props.on_change, messages));
    html! {
        <section class="lesson-editor" data-testid="lesson-editor" aria-labelledby="lesson-editor-title">
            <h2 id="lesson-editor-title">{ messages.text("lesson-editor-heading") }</h2>
            <p class="explain">{ messages.text("lesson-editor-explain") }</p>
            <label>
                { messages.text("lesson-editor-title") }{" "}
                <input data-testid="lesson-editor-title" dir="auto" value={draft.title.clone()} oninput={on_title} />
            </label>
            <label>
                { messages.text("lesson-editor-summary") }{" "}
                <textarea data-testid="lesson-editor-summary" dir="auto" rows="2"
                          value={draft.summary.clone().unwrap_or_default()} oninput={on_summary} />
            </label>
            <p>
                <button class="primary" data-testid="lesson-editor-add" onclick={add}>{ messages.text("lesson-editor-add") }</button>
                {" "}{ tr!(messages, "lesson-editor-moment", event = props.moment.1) }
            </p>
            <ol class="editor-steps">{ for steps }</ol>
            { share(props, messages) }
            <p>
                <button data-testid="lesson-editor-close" onclick={props.on_close.reform(|_: MouseEvent| ())}>
                    { messages.text("lesson-editor-close") }
                </button>
            </p>
        </section>
    }
}

/// Step `index` of the draft: its moment, text, focus, question, and the
/// buttons that move or delete it.
fn editor_step(
    draft: &Lesson,
    index: usize,
    on_change: &Callback<Lesson>,
    messages: &Messages,
) -> Html {
    let step = &draft.steps[index];
    let change = |edit: fn(&mut Lesson, usize)| {
        let (draft, on_change) = (draft.clone(), on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut changed = draft.clone();
            edit(&mut changed, index);
            on_change.emit(changed);
        })
    };
    let last = index + 1 == draft.steps.len();
    let number = index + 1;
    let mut moment = FluentArgs::new();
    moment.set("number", number);
    moment.set("event", step.at_event);
    html! {
        <li class="editor-step" data-testid="lesson-editor-step">
            <p class="editor-moment">
                { around(messages, "lesson-editor-step", moment, "params",
                         html! { <code translate="no">{ step.params.clone() }</code> }) }
            </p>
            <label>{ messages.text("lesson-editor-text") }{" "}
                <textarea data-testid="lesson-editor-text" dir="auto" rows="3"
                          value={step.text.clone()}
                          oninput={edit_step(draft, index, on_change, |step, text| step.text = text.to_string())} />
            </label>
            <div class="editor-choices">
                <label>{ messages.text("lesson-editor-look") }{" "}{ focus_select(draft, index, on_change, messages) }</label>
                <label>
                    { messages.text("lesson-editor-question") }{" "}{ question_select(draft, index, on_change, messages) }
                </label>
            </div>
            <div class="editor-order">
                <button onclick={change(|lesson, i| if i > 0 { lesson.steps.swap(i, i - 1) })} disabled={index == 0}
                        aria-label={tr!(messages, "lesson-editor-up.aria-label", number = number)}>{"↑"}</button>
                <button onclick={change(|lesson, i| if i + 1 < lesson.steps.len() { lesson.steps.swap(i, i + 1) })} disabled={last}
                        aria-label={tr!(messages, "lesson-editor-down.aria-label", number = number)}>{"↓"}</button>
                <button data-testid="lesson-editor-delete" onclick={change(|lesson, i| { lesson.steps.remove(i); })}
                        aria-label={tr!(messages, "lesson-editor-delete.aria-label", number = number)}>
                    { messages.text("lesson-editor-delete") }
                </button>
            </div>
        </li>
    }
}

/// Preview and the lesson's link and iframe, or what still stops it.
fn share(props: &LessonEditorProps, messages: &Messages) -> Html {
    let checked = parse_lesson(&props.draft.to_json());
    match checked {
        Err(errors) => {
            let items = errors
                .shown_in(messages)
                .into_iter()
                .map(|problem| html! { <li>{ problem }</li> });
            html! {
                <div class="editor-problems" data-testid="lesson-editor-problems">
                    <p>{ messages.text("lesson-editor-needs") }</p>
                    <ul>{ for items }</ul>
                </div>
            }
        }
        Ok(lesson) => {
            let link = lesson_link(&props.base, &lesson);
            let embed = link.replacen('#', "?embed=1#", 1);
            html! {
                <div class="editor-share">
                    <button data-testid="lesson-editor-preview" onclick={props.on_preview.reform(|_: MouseEvent| ())}>
                        { messages.text("lesson-editor-preview") }
                    </button>
                    <label>
                        { messages.text("lesson-editor-link") }{" "}
                        <input data-testid="lesson-editor-link" readonly=true value={link} />
                    </label>
                    <label>{ messages.text("lesson-editor-embed") }{" "}
                        <textarea data-testid="lesson-editor-snippet" readonly=true rows="3"
                                  value={iframe_snippet(&embed, 1000, 720)} />
                    </label>
                </div>
            }
        }
    }
}

/// A callback that writes a field's new value, read from its event's
/// target, into step `index` of the draft.
fn edit_step<E: AsRef<web_sys::Event> + 'static>(
    draft: &Lesson,
    index: usize,
    on_change: &Callback<Lesson>,
    write: fn(&mut Step, &str),
) -> Callback<E> {
    let (draft, on_change) = (draft.clone(), on_change.clone());
    Callback::from(move |event: E| {
        let mut changed = draft.clone();
        if let Some(step) = changed.steps.get_mut(index) {
            write(step, &field_value(event.as_ref()));
        }
        on_change.emit(changed);
    })
}

/// The `value` of the field an event came from (a text area or a menu).
fn field_value(event: &web_sys::Event) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &JsValue::from_str("value")).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}

fn focus_select(
    draft: &Lesson,
    index: usize,
    on_change: &Callback<Lesson>,
    messages: &Messages,
) -> Html {
    let current = draft.steps[index].focus;
    let on_select = edit_step(draft, index, on_change, |step, value| {
        step.focus = Focus::parse(value)
    });
    let options = Focus::ALL.iter().map(|focus| {
        html! {
            <option value={focus.as_str()} selected={current == Some(*focus)}>{ messages.text(focus_name_id(*focus)) }</option>
        }
    });
    html! {
        <select data-testid="lesson-editor-focus" onchange={on_select}>
            <option value="" selected={current.is_none()}>{ messages.text("lesson-editor-anywhere") }</option>
            { for options }
        </select>
    }
}

fn question_select(
    draft: &Lesson,
    index: usize,
    on_change: &Callback<Lesson>,
    messages: &Messages,
) -> Html {
    let current = draft.steps[index].question.map(QuestionSpec::kind);
    let on_select = edit_step(draft, index, on_change, |step, value| {
        step.question = QuestionSpec::of_kind(value)
    });
    let options = QuestionSpec::KINDS.iter().map(|kind| {
        html! { <option value={*kind} selected={current == Some(*kind)} translate="no">{ *kind }</option> }
    });
    html! {
        <select data-testid="lesson-editor-question" onchange={on_select}>
            <option value="" selected={current.is_none()}>{ messages.text("lesson-editor-no-question") }</option>
            { for options }
        </select>
    }
}
