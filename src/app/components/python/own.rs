//! The Python view's "your own supervisor": a code editor holding the
//! learner's `supervise(depot)`, Run, and what the recorded run says.
//!
//! ```text
//!   editor (CodeMirror, on demand) ─► code ─► Run mine ─► on_run(code)
//!   ProgramPhase::Done(Recorded) ─► Diagnostics::of ─► lost boxes, notes
//!                                ─► Play yours (RunCommand::PlayRecorded)
//!                                ─► the engine's supervisor at the first difference
//! ```
//!
//! The program runs only when the learner presses Run: text that arrives
//! in the editor (a link's `#py=`) is shown, never run by itself.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::editor::CodeEditor;
use crate::app::language::use_i18n;
use crate::i18n::Messages;
use crate::model::command::RunCommand;
use crate::model::program::{
    first_difference, program_fragment, Diagnostics, LinkError, NoteKind, Recorded,
};
use crate::tr;

use super::super::panel_text::{count, fixed};

/// Where the learner's program stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ProgramPhase {
    /// Not run yet.
    Idle,
    /// Handed to the worker.
    Running,
    /// Recorded and read back.
    Done(Rc<Recorded>),
    /// It did not run, or its trace could not be played: why, and the
    /// line of the program if known.
    Failed(String, Option<u32>),
    /// The run on screen is too large to draw for: this many shots.
    TooLarge(u64),
}

/// The program part's input.
#[derive(Properties, PartialEq)]
pub struct OwnProps {
    /// The program's text when the editor opens, and the text "Start
    /// again" puts back.
    pub initial: Rc<str>,
    /// A program the page's link carried (`#py=`), or why it could not be
    /// read: the editor opens at once with it, and it is not run.
    #[prop_or_default]
    pub linked: Option<Result<Rc<str>, LinkError>>,
    /// A lesson step's program and its key: the editor opens with it, and
    /// takes it again for each new key.
    #[prop_or_default]
    pub load: Option<(u64, Rc<str>)>,
    /// Hides the recorded run's figures: the lesson's prediction is still
    /// to make.
    #[prop_or_default]
    pub conceal: bool,
    /// Where the program stands.
    pub phase: ProgramPhase,
    /// Runs the program (its text).
    pub on_run: Callback<String>,
    /// The page's commands: play the recording, open the engine's run.
    pub on_command: Callback<RunCommand>,
    /// Whether the run on screen is this recording.
    pub playing: bool,
}

/// The learner's supervisor: a button that opens the editor (loaded
/// then), Run, and the recorded run. A program from the link opens it at
/// once.
#[component]
pub fn OwnSupervisor(props: &OwnProps) -> Html {
    let messages = use_i18n();
    let linked = props
        .linked
        .as_ref()
        .and_then(|linked| linked.as_ref().ok())
        .cloned();
    let open = use_state(|| linked.is_some() || props.load.is_some());
    {
        let open = open.clone();
        use_effect_with(props.load.as_ref().map(|(key, _)| *key), move |key| {
            if key.is_some() {
                open.set(true);
            }
        });
    }
    let title = html! { <h4>{ messages.text("own-title") }</h4> };
    let link_error = match &props.linked {
        Some(Err(error)) => html! {
            <p class="python-note" role="alert" data-testid="own-link-error">{ error.text(&messages) }</p>
        },
        _ => Html::default(),
    };
    if !*open {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(true))
        };
        return html! {
            <section class="own-supervisor" data-testid="own-supervisor"
                     aria-label={messages.text("own-title")}>
                { title }
                <p class="explain">{ messages.text("own-intro") }</p>
                { link_error }
                <button data-testid="own-open" {onclick}>{ messages.text("own-open") }</button>
            </section>
        };
    }
    html! {
        <OwnEditor initial={props.initial.clone()} linked={linked} load={props.load.clone()}
                   conceal={props.conceal} phase={props.phase.clone()}
                   on_run={props.on_run.clone()} on_command={props.on_command.clone()}
                   playing={props.playing} />
    }
}

/// The open part's input: [`OwnProps`], the link's program read.
#[derive(Properties, PartialEq)]
struct EditorProps {
    initial: Rc<str>,
    linked: Option<Rc<str>>,
    load: Option<(u64, Rc<str>)>,
    conceal: bool,
    phase: ProgramPhase,
    on_run: Callback<String>,
    on_command: Callback<RunCommand>,
    playing: bool,
}

/// The editor, its buttons and the recorded run.
#[component]
fn OwnEditor(props: &EditorProps) -> Html {
    let messages = use_i18n();
    let host = use_node_ref();
    let code = use_mut_ref(|| {
        props
            .load
            .as_ref()
            .map(|(_, code)| code.clone())
            .or_else(|| props.linked.clone())
            .unwrap_or_else(|| props.initial.clone())
            .to_string()
    });
    let editor = use_mut_ref(|| None::<CodeEditor>);
    {
        // Each lesson step's program in turn.
        let (code, editor) = (code.clone(), editor.clone());
        use_effect_with(props.load.clone(), move |load| {
            if let Some((_, text)) = load {
                *code.borrow_mut() = text.to_string();
                if let Some(editor) = editor.borrow().as_ref() {
                    editor.set_value(text);
                }
            }
        });
    }
    let load_error = use_state(|| None::<String>);
    let link = use_state(|| None::<Result<String, LinkError>>);
    {
        let (host, code, editor, load_error) = (
            host.clone(),
            code.clone(),
            editor.clone(),
            load_error.clone(),
        );
        let label = messages.text("own-editor-label");
        // Not a lesson's program: the lesson brings its region into view.
        let from_link = props.linked.is_some() && props.load.is_none();
        use_effect_with((), move |_| {
            if let Some(parent) = host.cast::<web_sys::Element>() {
                if from_link {
                    // The link's program is what the page was opened for.
                    parent.scroll_into_view();
                }
                let doc = code.borrow().clone();
                let on_change = {
                    let code = code.clone();
                    Callback::from(move |text: String| *code.borrow_mut() = text)
                };
                wasm_bindgen_futures::spawn_local(async move {
                    match CodeEditor::mount(&parent, &doc, &label, on_change).await {
                        Ok(mounted) => *editor.borrow_mut() = Some(mounted),
                        Err(reason) => load_error.set(Some(reason)),
                    }
                });
            }
        });
    }
    let run = {
        let (code, on_run) = (code.clone(), props.on_run.clone());
        Callback::from(move |_: MouseEvent| on_run.emit(code.borrow().clone()))
    };
    let reset = {
        let (code, editor, initial) = (code.clone(), editor.clone(), props.initial.clone());
        Callback::from(move |_: MouseEvent| {
            *code.borrow_mut() = initial.to_string();
            if let Some(editor) = editor.borrow().as_ref() {
                editor.set_value(&initial);
            }
        })
    };
    // Worked out once per recording, not at each render: the first
    // difference replays the engine's whole run.
    let recording = match &props.phase {
        ProgramPhase::Done(run) => Some(run.clone()),
        _ => None,
    };
    let analysis = use_memo(recording, |recording| {
        recording.as_deref().map(Analysis::of)
    });
    let make_link = {
        let (code, link) = (code.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            link.set(Some(
                program_fragment(&code.borrow()).map(|fragment| link_to(&fragment)),
            ));
        })
    };
    html! {
        <section class="own-supervisor" data-testid="own-supervisor"
                 aria-label={messages.text("own-title")}>
            <h4>{ messages.text("own-title") }</h4>
            <p class="explain">{ messages.text("own-intro") }</p>
            if props.linked.is_some() {
                <p class="note" data-testid="own-linked">{ messages.text("own-linked") }</p>
            }
            <div class="own-editor" ref={host} data-testid="own-editor"></div>
            if let Some(reason) = &*load_error {
                { fallback_editor(&messages, reason, &code) }
            }
            <div class="own-actions">
                <button class="primary" data-testid="own-run" onclick={run}
                        disabled={props.phase == ProgramPhase::Running}>
                    { messages.text("own-run") }
                </button>
                <button data-testid="own-reset" onclick={reset}>{ messages.text("own-reset") }</button>
                <button data-testid="own-link" onclick={make_link}>{ messages.text("own-link") }</button>
            </div>
            { link_view(&messages, link.as_ref()) }
            if props.conceal && matches!(props.phase, ProgramPhase::Done(_)) {
                <p class="note" data-testid="own-concealed">{ messages.text("own-concealed") }</p>
            } else {
                { phase_view(&messages, &props.phase, analysis.as_ref().as_ref(), &props.on_command,
                             props.playing) }
            }
        </section>
    }
}

/// The page's address with `fragment` in place of its own.
fn link_to(fragment: &str) -> String {
    let here = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// The link made, in a field to copy, or why none could be.
fn link_view(messages: &Messages, link: Option<&Result<String, LinkError>>) -> Html {
    match link {
        None => Html::default(),
        Some(Ok(address)) => html! {
            <label class="own-link">
                { messages.text("own-link-made") }
                <input type="text" readonly=true value={address.clone()} data-testid="own-link-address"
                       onfocus={Callback::from(|event: FocusEvent| {
                           if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                               input.select();
                           }
                       })} />
            </label>
        },
        Some(Err(error)) => html! {
            <p class="python-note" role="alert" data-testid="own-link-error">{ error.text(messages) }</p>
        },
    }
}

/// A plain text area when the editor could not load: the program can
/// still be changed and run.
fn fallback_editor(messages: &Messages, reason: &str, code: &Rc<RefCell<String>>) -> Html {
    let oninput = {
        let code = code.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                *code.borrow_mut() = area.value();
            }
        })
    };
    html! {
        <>
            <p class="python-note" role="alert">{ tr!(messages, "own-editor-failed", reason = reason) }</p>
            <textarea class="own-fallback" rows="16" spellcheck="false" translate="no" dir="ltr"
                      aria-label={messages.text("own-editor-label")} value={code.borrow().clone()}
                      {oninput} />
        </>
    }
}

/// What the page says of a recording, worked out once.
#[derive(PartialEq)]
struct Analysis {
    diagnostics: Diagnostics,
    /// The first event where the engine's supervisor differs, if any.
    difference: Option<u64>,
}

impl Analysis {
    fn of(run: &Recorded) -> Analysis {
        Analysis {
            diagnostics: Diagnostics::of(run),
            difference: first_difference(run),
        }
    }
}

fn phase_view(
    messages: &Messages,
    phase: &ProgramPhase,
    analysis: Option<&Analysis>,
    on_command: &Callback<RunCommand>,
    playing: bool,
) -> Html {
    match phase {
        ProgramPhase::Idle => Html::default(),
        ProgramPhase::Running => html! {
            <p role="status" data-testid="own-running">{ messages.text("python-running") }</p>
        },
        ProgramPhase::Failed(reason, line) => html! {
            <p class="python-note" role="alert" data-testid="own-error"
               data-line={line.map(|line| line.to_string())}>
                { tr!(messages, "own-failed", error = reason.as_str()) }
            </p>
        },
        ProgramPhase::TooLarge(shots) => html! {
            <p class="python-note" role="alert" data-testid="own-error">
                { tr!(messages, "own-too-large", shots = count(*shots),
                      limit = count(crate::model::program::PROGRAM_SHOTS_LIMIT)) }
            </p>
        },
        ProgramPhase::Done(run) => match analysis {
            Some(analysis) => recorded_view(messages, run, analysis, on_command, playing),
            None => Html::default(),
        },
    }
}

/// What the recorded run says: its totals, the doses it lost by box, the
/// diagnostics, and the way to the engine's supervisor on the same draws.
fn recorded_view(
    messages: &Messages,
    run: &Rc<Recorded>,
    analysis: &Analysis,
    on_command: &Callback<RunCommand>,
    playing: bool,
) -> Html {
    let Analysis {
        diagnostics,
        difference,
    } = analysis;
    let difference = *difference;
    let play = {
        let run = run.clone();
        on_command.reform(move |_: MouseEvent| RunCommand::PlayRecorded(run.clone()))
    };
    let lost = diagnostics.lost.iter().map(|lost| {
        let key = if lost.cancelled {
            "own-lost-cancelled"
        } else {
            "own-lost-unreported"
        };
        html! {
            <li data-testid="own-lost-box" data-station={lost.station.to_string()}
                data-box={lost.box_no.to_string()} data-doses={lost.doses().to_string()}>
                { tr!(messages, key, station = count(lost.station), box_no = count(lost.box_no),
                      unreported = count(lost.unreported), thrown_away = count(lost.thrown_away)) }
            </li>
        }
    });
    let notes = diagnostic_lines(messages, run, diagnostics);
    let engine = {
        let params = crate::model::source::RunSource::Recorded(run.clone()).params();
        let at = difference.unwrap_or(0);
        on_command.reform(move |_: MouseEvent| RunCommand::OpenMoment {
            run: params.clone(),
            at,
        })
    };
    let policy = crate::model::labels::policy_label(messages, run.config.policy);
    html! {
        <div class="own-result" data-testid="own-result"
             data-lost={diagnostics.doses_lost().to_string()}
             data-events={run.events.len().to_string()}
             data-difference={difference.map(|index| index.to_string())}>
            if let Some(raised) = &run.raised {
                <p class="python-note" role="alert" data-testid="own-error"
                   data-line={raised.line.map(|line| line.to_string())}>
                    { tr!(messages, "own-raised", error = raised.message.as_str()) }
                </p>
            }
            <p role="status">{ tr!(messages, "own-summary",
                events = count(run.events.len() as u64),
                reported = count(diagnostics.doses_reported),
                given = count(run.lot.doses_given),
                lost = count(diagnostics.doses_lost())) }</p>
            if !diagnostics.lost.is_empty() {
                <ul class="own-lost" data-testid="own-lost">{ for lost }</ul>
            }
            if !notes.is_empty() {
                <ul class="own-notes" data-testid="own-notes">{ for notes }</ul>
            }
            <div class="own-actions">
                <button data-testid="own-play" onclick={play} disabled={playing}>
                    { messages.text("own-play") }
                </button>
                <button data-testid="own-engine" onclick={engine}>
                    { match difference {
                        Some(index) => tr!(messages, "own-engine-differs", policy = policy, index = count(index)),
                        None => tr!(messages, "own-engine-same", policy = policy),
                    } }
                </button>
            </div>
            if !run.output.is_empty() {
                <details class="own-output">
                    <summary>{ messages.text("own-output") }</summary>
                    <pre translate="no" dir="ltr" data-testid="own-output">{ run.output.clone() }</pre>
                </details>
            }
        </div>
    }
}

/// One line per diagnostic the trace gives, in plain words.
fn diagnostic_lines(messages: &Messages, run: &Recorded, diagnostics: &Diagnostics) -> Vec<Html> {
    let mut lines = Vec::new();
    let mut line = |kind: &str, text: String| {
        lines.push(html! { <li data-kind={kind.to_string()}>{ text }</li> });
    };
    let pending: Vec<_> = diagnostics
        .lost
        .iter()
        .filter(|lost| lost.cancelled)
        .collect();
    if !pending.is_empty() {
        let doses: u64 = pending.iter().map(|lost| lost.doses()).sum();
        line(
            "pending",
            tr!(
                messages,
                "own-pending-at-exit",
                tasks = count(pending.len() as u64),
                doses = count(doses)
            ),
        );
    }
    for note in diagnostics
        .never_retrieved
        .iter()
        .chain(&diagnostics.never_awaited)
    {
        match &note.kind {
            NoteKind::NeverRetrieved { task, error } => line(
                "never-retrieved",
                tr!(
                    messages,
                    "own-never-retrieved",
                    task = task.as_str(),
                    error = error.as_str()
                ),
            ),
            NoteKind::NeverAwaited { task } => line(
                "never-awaited",
                tr!(messages, "own-never-awaited", task = task.as_str()),
            ),
            NoteKind::Blocked { .. } => {}
        }
    }
    if !diagnostics.blocked.is_empty() {
        line(
            "blocked",
            tr!(
                messages,
                "own-blocked",
                calls = count(diagnostics.blocked.len() as u64),
                seconds = fixed(diagnostics.held().as_secs_f64(), 3)
            ),
        );
    }
    if diagnostics.beyond_depot > 0 {
        line(
            "beyond-depot",
            tr!(
                messages,
                "own-beyond-depot",
                boxes = count(diagnostics.beyond_depot),
                depot = count(run.config.boxes)
            ),
        );
    }
    if diagnostics.left_in_depot > 0 {
        line(
            "left-in-depot",
            tr!(
                messages,
                "own-left-in-depot",
                boxes = count(diagnostics.left_in_depot)
            ),
        );
    }
    lines
}
