//! The Python view, in the build with it: the code panel's asyncio
//! listing run in real CPython on the run on screen, and the verdict of
//! comparing the two runs event by event.
//!
//! Owns the worker (started on the first Run, kept for the next ones)
//! and the phase it is in; the inputs and the verdict are the page
//! model's (`model::cpython`). A verdict belongs to the run it was asked
//! for: once the run on screen changes it is no longer shown, and Run
//! asks again.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::language::use_i18n;
use crate::app::python::{opened_from_file, PythonWorker, WorkerNews};
use crate::i18n::Messages;
use crate::model::command::RunCommand;
use crate::model::cpython::{
    inputs, tree_row_text, Inputs, NotHanded, TreeRow, Verdict, CPYTHON_DOSES_LIMIT,
    TREE_DEPTH_SHOWN,
};
use crate::model::program::{
    plans_json, program_from_fragment, program_shots, ProgramRan, Recorded, PROGRAM_SHOTS_LIMIT,
    STARTER,
};
use crate::model::source::RunSource;
use crate::sim::Config;
use crate::tr;

use super::super::panel_text::{count, fixed};
use super::own::{OwnSupervisor, ProgramPhase};
use super::PythonProps;

/// Where the Python view stands.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// Nothing asked yet.
    Idle,
    /// Python's files arriving \[bytes\].
    Loading { loaded: f64, total: f64 },
    /// Loaded, running the listing on `run`'s inputs.
    Running { run: Box<RunSource> },
    /// The verdict on `run`.
    Done {
        run: Box<RunSource>,
        verdict: Verdict,
    },
    /// This run is too large to hand over.
    TooLarge,
    /// Opened from a file: no worker can start.
    Offline,
    /// Python could not be loaded, or the worker failed: why.
    Failed(String),
    /// The worker did not answer within [`WATCHDOG_MS`] and was stopped.
    Stopped,
}

/// How long a loaded Python may take over one request before its worker
/// is stopped \[ms\]: the worker's own time budget (10 s, which stops
/// Python code at its next loop turn) and as long again, for what that
/// budget cannot reach (a long computation inside one C call).
const WATCHDOG_MS: u32 = 20_000;

/// asyncio's own view of the listing at a moment of a run.
#[derive(Clone, Debug, PartialEq)]
struct TreeShown {
    /// The run it is of.
    run: RunSource,
    /// The event it was taken at.
    at: u64,
    /// The tasks in tree order (`None` while the worker works), or why
    /// the view could not be taken.
    rows: Option<Result<Vec<TreeRow>, String>>,
}

/// Shared between the view and the worker's news.
struct Session {
    worker: Option<PythonWorker>,
    /// The latest run asked for, and its id.
    asked: Option<(u32, RunSource)>,
    /// The latest call graph asked for, and its id.
    tree_asked: Option<u32>,
    /// The inputs of the latest run handed over: a call graph of the same
    /// run needs its draws, not a second replay.
    handed: Option<(RunSource, Rc<Inputs>)>,
    /// The id the next request takes.
    next_id: u32,
    /// Whether Python has loaded in the worker.
    ready: bool,
    /// Stops the worker if the request under way takes too long.
    watchdog: Option<gloo_timers::callback::Timeout>,
    /// The latest program asked for: its id, the run's shape and seed,
    /// its text, and the lesson step it is run at (see [`LessonAsk`]).
    program_asked: Option<(u32, Config, u64, String, Option<LessonAsk>)>,
    /// Whether that program's result is still to come.
    program_pending: bool,
}

/// A program run at a lesson step: the key of the step's program, and
/// whether the learner changed it (its run then checks the step's goal
/// only).
#[derive(Clone, Copy, Debug, PartialEq)]
struct LessonAsk {
    key: u64,
    edited: bool,
}

impl LessonAsk {
    /// Tells the lesson how the program ran.
    fn tell(self, handles: &Handles, ran: Result<Rc<Recorded>, String>) {
        handles.on_lesson.borrow().emit(ProgramRan {
            key: self.key,
            edited: self.edited,
            ran,
        });
    }
}

/// The view's states, shared with the worker's news.
#[derive(Clone)]
struct Handles {
    phase: UseStateHandle<Phase>,
    tree: UseStateHandle<Option<TreeShown>>,
    program: UseStateHandle<ProgramPhase>,
    session: Rc<RefCell<Session>>,
    on_verdict: Callback<(RunSource, Option<u64>)>,
    /// Where a lesson step's program's run goes: the latest render's.
    on_lesson: Rc<RefCell<Callback<ProgramRan>>>,
}

/// The Python view: a Run button, then the progress, then the verdict.
#[component]
pub fn PythonPanel(props: &PythonProps) -> Html {
    let messages = use_i18n();
    let phase = use_state(|| Phase::Idle);
    let tree = use_state(|| None::<TreeShown>);
    let session = use_mut_ref(|| Session {
        worker: None,
        asked: None,
        tree_asked: None,
        handed: None,
        next_id: 0,
        ready: false,
        watchdog: None,
        program_asked: None,
        program_pending: false,
    });
    let program = use_state(|| ProgramPhase::Idle);
    // A program the page's link carries (`#py=`), read once: shown in the
    // editor, never run by itself.
    let linked = use_state(|| {
        web_sys::window()
            .and_then(|window| window.location().hash().ok())
            .and_then(|hash| program_from_fragment(&hash))
            .map(|read| read.map(Rc::<str>::from))
    });
    let on_lesson = use_mut_ref(Callback::noop);
    *on_lesson.borrow_mut() = props.on_lesson.clone();
    let handles = Handles {
        phase: phase.clone(),
        tree: tree.clone(),
        program: program.clone(),
        session: session.clone(),
        on_verdict: props.on_verdict.clone(),
        on_lesson,
    };
    let run = {
        let (handles, source) = (handles.clone(), props.source.clone());
        Callback::from(move |_: ()| ask(&handles, &source))
    };
    let run_program = {
        let (handles, lesson) = (handles.clone(), props.lesson.clone());
        let params = lesson
            .as_ref()
            .map_or_else(|| props.source.params(), |lesson| lesson.run.clone());
        Callback::from(move |code: String| {
            // The lesson step's own program, unchanged, answers its
            // question; changed, its run checks the step's goal.
            let asked = lesson.as_ref().map(|lesson| LessonAsk {
                key: lesson.key,
                edited: *lesson.code != *code,
            });
            let seed = params.seed.unwrap_or_default();
            ask_program(&handles, &params.config, seed, code, asked)
        })
    };
    {
        // A built-in lesson's step runs its program as it opens.
        let handles = handles.clone();
        let ask = props
            .lesson
            .as_ref()
            .filter(|lesson| lesson.run_now)
            .map(|lesson| (lesson.key, lesson.code.clone(), lesson.run.clone()));
        use_effect_with(ask, move |ask| {
            if let Some((key, code, run)) = ask {
                let seed = run.seed.unwrap_or_default();
                let asked = LessonAsk {
                    key: *key,
                    edited: false,
                };
                ask_program(&handles, &run.config, seed, code.to_string(), Some(asked));
            }
        });
    }
    let take_tree = {
        let (handles, source, at) = (handles.clone(), props.source.clone(), props.at);
        Callback::from(move |_: ()| ask_tree(&handles, &source, at))
    };
    {
        let run = run.clone();
        use_effect_with(props.run_at_start, move |at_start| {
            if *at_start {
                run.emit(());
            }
        });
    }
    let body = match &*phase {
        Phase::Idle => run_button(&messages, &run, false),
        Phase::Loading { loaded, total } => progress(&messages, *loaded, *total),
        Phase::Running { run: asked } if **asked == props.source => html! {
            <p role="status" data-testid="python-running">{ messages.text("python-running") }</p>
        },
        Phase::Done {
            run: asked,
            verdict,
        } if **asked == props.source => {
            let shown = tree.as_ref().filter(|shown| shown.run == props.source);
            html! {
                <>
                    { verdict_view(&messages, verdict, &props.on_command) }
                    { tree_view(&messages, shown, props.at, &take_tree) }
                </>
            }
        }
        // A verdict, or a run under way, about another run than the one
        // on screen: ask again.
        Phase::Running { .. } | Phase::Done { .. } => run_button(&messages, &run, true),
        Phase::TooLarge => html! {
            <p class="python-note" data-testid="python-error">{ tr!(
                messages,
                "python-too-large",
                limit = count(CPYTHON_DOSES_LIMIT),
                doses = count(props.source.config().total_doses())
            ) }</p>
        },
        Phase::Offline => html! {
            <p class="python-note" data-testid="python-error">{ messages.text("python-offline") }</p>
        },
        Phase::Stopped => html! {
            <p class="python-note" role="alert" data-testid="python-error">
                { tr!(messages, "python-stopped", seconds = count(WATCHDOG_MS / 1000)) }
            </p>
        },
        Phase::Failed(reason) => html! {
            <p class="python-note" role="alert" data-testid="python-error">
                { tr!(messages, "python-load-failed", reason = reason.as_str()) }
            </p>
        },
    };
    // The listing is compared with the engine's runs, not a program's.
    let body = if props.source.recorded().is_some() {
        html! { <p class="explain">{ messages.text("own-listing-not-compared") }</p> }
    } else {
        body
    };
    let playing = match (&*program, props.source.recorded()) {
        (ProgramPhase::Done(done), Some(shown)) => done == shown,
        _ => false,
    };
    // A lesson's program is the step's subject: of the listing's part,
    // only how Python itself is doing (loading, failed) shows.
    let python_state = matches!(
        *phase,
        Phase::Loading { .. } | Phase::Offline | Phase::Failed(_) | Phase::Stopped
    );
    html! {
        <section class="panel python-panel" data-testid="panel-python"
                 aria-label={messages.text("python-title")}>
            if props.lesson.is_none() {
                <h3>{ messages.text("python-title") }</h3>
                <p class="explain">{ messages.text("python-intro") }</p>
                { body }
            } else if python_state {
                { body }
            }
            <OwnSupervisor initial={Rc::<str>::from(STARTER)} linked={(*linked).clone()}
                           load={props.lesson.as_ref().map(|lesson| (lesson.key, lesson.code.clone()))}
                           conceal={props.lesson.as_ref().is_some_and(|lesson| lesson.conceal)}
                           phase={(*program).clone()} on_run={run_program}
                           on_command={props.on_command.clone()} {playing} />
        </section>
    }
}

/// Starts the worker if there is none; `false` if it could not start
/// (the view then says why).
fn ensure_worker(handles: &Handles) -> bool {
    if opened_from_file() {
        handles.phase.set(Phase::Offline);
        return false;
    }
    let mut shared = handles.session.borrow_mut();
    if shared.worker.is_some() {
        return true;
    }
    let on_news = {
        let handles = handles.clone();
        Callback::from(move |news| hear(&handles, news))
    };
    match PythonWorker::start(on_news) {
        Ok(worker) => {
            shared.worker = Some(worker);
            handles.phase.set(Phase::Loading {
                loaded: 0.0,
                total: 0.0,
            });
            true
        }
        Err(reason) => {
            handles.phase.set(Phase::Failed(reason));
            false
        }
    }
}

/// Hands the learner's program to the worker, on the shape and draws of
/// the run on screen.
fn ask_program(
    handles: &Handles,
    config: &Config,
    seed: u64,
    code: String,
    lesson: Option<LessonAsk>,
) {
    let Some(plans) = plans_json(config, seed) else {
        let shots = program_shots(config);
        if let Some(asked) = lesson {
            let reason = format!("{shots} shots to draw, more than {PROGRAM_SHOTS_LIMIT}");
            asked.tell(handles, Err(reason));
        }
        handles.program.set(ProgramPhase::TooLarge(shots));
        return;
    };
    if !ensure_worker(handles) {
        if let Some(asked) = lesson {
            asked.tell(handles, Err("Python could not start here".to_string()));
        }
        return;
    }
    let mut shared = handles.session.borrow_mut();
    let id = shared.next_id;
    shared.next_id += 1;
    let run = crate::model::cpython::run_json(config, &[]);
    let sent = shared.worker.as_ref().map_or(Err(String::new()), |worker| {
        worker.program(id, &run, &plans, &code)
    });
    shared.program_asked = Some((id, config.clone(), seed, code, lesson));
    shared.program_pending = true;
    match sent {
        Ok(()) => {
            handles.program.set(ProgramPhase::Running);
            if shared.ready {
                shared.watchdog = Some(watchdog(handles));
            }
        }
        Err(reason) => handles.program.set(ProgramPhase::Failed(reason, None)),
    }
}

/// Hands the run on screen to the worker, starting it first if needed.
fn ask(handles: &Handles, source: &RunSource) {
    let phase = &handles.phase;
    let inputs = match inputs(source) {
        Ok(inputs) => Rc::new(inputs),
        Err(NotHanded::TooLarge) => {
            phase.set(Phase::TooLarge);
            return;
        }
    };
    let started = handles.session.borrow().worker.is_some();
    if !ensure_worker(handles) {
        return;
    }
    let mut shared = handles.session.borrow_mut();
    shared.handed = Some((source.clone(), inputs.clone()));
    if started {
        phase.set(Phase::Running {
            run: Box::new(source.clone()),
        });
    }
    let id = shared.next_id;
    shared.next_id += 1;
    shared.asked = Some((id, source.clone()));
    let sent = shared
        .worker
        .as_ref()
        .map_or(Ok(()), |worker| worker.run(id, &inputs));
    if let Err(reason) = sent {
        phase.set(Phase::Failed(reason));
        return;
    }
    if shared.ready {
        shared.watchdog = Some(watchdog(handles));
    }
}

/// A timer that stops the worker if the request under way has not been
/// answered within [`WATCHDOG_MS`].
fn watchdog(handles: &Handles) -> gloo_timers::callback::Timeout {
    let handles = handles.clone();
    gloo_timers::callback::Timeout::new(WATCHDOG_MS, move || {
        let stopped = format!("stopped after {} s", WATCHDOG_MS / 1000);
        // Terminated as it goes: the next Run starts Python afresh.
        end_worker(&handles, &stopped, ProgramPhase::Idle);
        handles.tree.set(None);
        handles.phase.set(Phase::Stopped);
    })
}

/// Ends the worker (the next request starts a fresh one). A program that
/// was waiting for it will not run: it shows `program_after`, and a lesson
/// step waiting for it is told `reason`, so Run mine and the step's
/// question are free for another try.
fn end_worker(handles: &Handles, reason: &str, program_after: ProgramPhase) {
    let (worker, waiting) = {
        let mut shared = handles.session.borrow_mut();
        shared.ready = false;
        shared.watchdog = None;
        let waiting = std::mem::take(&mut shared.program_pending);
        let lesson = shared.program_asked.as_ref().and_then(|asked| asked.4);
        (shared.worker.take(), waiting.then_some(lesson))
    };
    drop(worker);
    if let Some(lesson) = waiting {
        if let Some(asked) = lesson {
            asked.tell(handles, Err(reason.to_string()));
        }
        handles.program.set(program_after);
    }
}

/// Asks the worker (loaded: a verdict is on screen) for asyncio's call
/// graph of the listing on `source` at event `at`.
fn ask_tree(handles: &Handles, source: &RunSource, at: u64) {
    let tree = &handles.tree;
    let mut shared = handles.session.borrow_mut();
    let inputs = match &shared.handed {
        Some((handed, inputs)) if handed == source => inputs.clone(),
        _ => match inputs(source) {
            Ok(inputs) => Rc::new(inputs),
            Err(NotHanded::TooLarge) => return,
        },
    };
    let id = shared.next_id;
    shared.next_id += 1;
    shared.tree_asked = Some(id);
    let sent = shared
        .worker
        .as_ref()
        .map_or(Err(String::new()), |worker| worker.tree(id, &inputs, at));
    let failed = sent.is_err();
    tree.set(Some(TreeShown {
        run: source.clone(),
        at,
        rows: sent.err().map(Err),
    }));
    if !failed {
        shared.watchdog = Some(watchdog(handles));
    }
}

/// Folds the worker's news into the phase.
fn hear(handles: &Handles, news: WorkerNews) {
    let Handles {
        phase,
        tree,
        session,
        on_verdict,
        program,
        ..
    } = handles;
    let asked = session.borrow().asked.clone();
    match news {
        WorkerNews::Progress { loaded, total } => phase.set(Phase::Loading { loaded, total }),
        WorkerNews::Ready(_) => {
            session.borrow_mut().ready = true;
            let waiting = asked.is_some() || session.borrow().program_pending;
            match asked {
                Some((_, run)) => phase.set(Phase::Running { run: Box::new(run) }),
                None => phase.set(Phase::Idle),
            }
            if waiting {
                let timer = watchdog(handles);
                session.borrow_mut().watchdog = Some(timer);
            }
        }
        WorkerNews::Program { id, run } => {
            let Some((asked_id, config, seed, code, lesson)) =
                session.borrow().program_asked.clone()
            else {
                return;
            };
            if id != Some(u64::from(asked_id)) {
                return;
            }
            {
                let mut shared = session.borrow_mut();
                shared.watchdog = None;
                shared.program_pending = false;
            }
            let empty = run.trace.trim().is_empty();
            let shown = match (run.error.clone(), empty) {
                (Some(error), true) => ProgramPhase::Failed(error.message, error.line),
                _ => match Recorded::read(&config, seed, &code, run) {
                    Ok(recorded) => ProgramPhase::Done(Rc::new(recorded)),
                    Err(error) => ProgramPhase::Failed(error.to_string(), None),
                },
            };
            if let Some(asked) = lesson {
                let ran = match &shown {
                    ProgramPhase::Done(recorded) => Ok(recorded.clone()),
                    ProgramPhase::Failed(reason, _) => Err(reason.clone()),
                    _ => Err(String::new()),
                };
                asked.tell(handles, ran);
            }
            program.set(shown);
        }
        WorkerNews::Result { id, result } => {
            let Some((asked_id, run)) = asked else {
                return;
            };
            // An older run's result, overtaken by a newer Run.
            if id != Some(u64::from(asked_id)) {
                return;
            }
            session.borrow_mut().watchdog = None;
            match Verdict::from_result(result) {
                Ok(verdict) => {
                    on_verdict.emit((run.clone(), verdict.first_difference()));
                    phase.set(Phase::Done {
                        run: Box::new(run),
                        verdict,
                    });
                }
                Err(bad) => phase.set(Phase::Failed(bad.0)),
            }
        }
        WorkerNews::Tree { id, rows, .. } => {
            let asked = session.borrow().tree_asked;
            if id.is_none() || id != asked.map(u64::from) {
                return;
            }
            session.borrow_mut().watchdog = None;
            if let Some(shown) = (**tree).clone() {
                tree.set(Some(TreeShown {
                    rows: Some(rows),
                    ..shown
                }));
            }
        }
        WorkerNews::Failed(reason) => {
            // The worker is spent: the next Run starts a fresh one.
            end_worker(handles, &reason, ProgramPhase::Failed(reason.clone(), None));
            phase.set(Phase::Failed(reason));
        }
    }
}

fn run_button(messages: &Messages, run: &Callback<()>, again: bool) -> Html {
    let onclick = run.reform(|_: MouseEvent| ());
    html! {
        <button data-testid="python-run" class="primary" {onclick}>
            { messages.text(if again { "python-run-again" } else { "python-run" }) }
        </button>
    }
}

/// Megabytes with one decimal, from bytes.
fn megabytes(bytes: f64) -> fluent_bundle::FluentValue<'static> {
    fixed(bytes / 1_000_000.0, 1)
}

fn progress(messages: &Messages, loaded: f64, total: f64) -> Html {
    if total <= 0.0 {
        return html! {
            <p role="status" data-testid="python-progress">{ messages.text("python-starting") }</p>
        };
    }
    let label = tr!(
        messages,
        "python-loading",
        loaded = megabytes(loaded),
        total = megabytes(total)
    );
    html! {
        <div class="python-progress" data-testid="python-progress">
            <progress max={total.to_string()} value={loaded.min(total).to_string()}
                      aria-label={label.clone()}></progress>
            <span role="status">{ label }</span>
        </div>
    }
}

fn verdict_view(messages: &Messages, verdict: &Verdict, on_command: &Callback<RunCommand>) -> Html {
    let agrees = matches!(verdict, Verdict::Agrees { .. });
    let sentence = verdict.text(messages);
    let details = match verdict {
        Verdict::Differs {
            index,
            engine,
            cpython,
            ..
        } => {
            let index = *index;
            let onclick = on_command.reform(move |_: MouseEvent| RunCommand::Seek(index));
            html! {
                <>
                    <dl class="python-difference">
                        <dt>{ messages.text("python-differs-engine") }</dt>
                        <dd><code translate="no" dir="ltr">{ engine.clone() }</code></dd>
                        <dt>{ messages.text("python-differs-cpython") }</dt>
                        <dd><code translate="no" dir="ltr">{ cpython.clone() }</code></dd>
                    </dl>
                    <button data-testid="python-show-difference" {onclick}>
                        { tr!(messages, "python-show-difference", index = count(index)) }
                    </button>
                </>
            }
        }
        _ => html! {},
    };
    let events = match verdict {
        Verdict::Agrees { events, .. } => events.to_string(),
        _ => String::new(),
    };
    html! {
        <div class="python-verdict" data-testid="python-verdict" data-agree={agrees.to_string()}
             data-events={events}>
            <p role="status">{ sentence }</p>
            { details }
        </div>
    }
}

/// Rows of asyncio's view drawn: a task group holds a task per box.
const TREE_ROWS_SHOWN: usize = 200;

/// asyncio's own view at a moment: a button that takes it at the event on
/// screen, then the tasks as a tree.
fn tree_view(messages: &Messages, shown: Option<&TreeShown>, at: u64, take: &Callback<()>) -> Html {
    let onclick = take.reform(|_: MouseEvent| ());
    let button = html! {
        <button data-testid="python-tree-open" {onclick}>
            { tr!(messages, "python-tree", event = count(at)) }
        </button>
    };
    // At event 0 nothing has run yet: there is no moment to stop at.
    let button = if at == 0 { Html::default() } else { button };
    let Some(shown) = shown else {
        return button;
    };
    let body = match &shown.rows {
        None => html! { <p role="status">{ messages.text("python-running") }</p> },
        Some(Err(error)) => html! {
            <p class="python-note" role="alert" data-testid="python-error">
                { tr!(messages, "python-tree-failed", error = error.as_str()) }
            </p>
        },
        Some(Ok(rows)) => {
            let row = |row: &TreeRow| {
                let depth = row.depth.min(TREE_DEPTH_SHOWN);
                html! {
                    <li data-testid="python-tree-row" class={classes!(row.running.then_some("running"))}
                        style={format!("--depth: {depth}")} data-depth={row.depth.to_string()}>
                        <span>{ tree_row_text(messages, row) }</span>{" "}
                        <code translate="no" dir="ltr">{ row.stack.join(" → ") }</code>
                    </li>
                }
            };
            let more = rows.len().saturating_sub(TREE_ROWS_SHOWN);
            html! {
                <ul class="python-tree" data-testid="python-tree" data-at={shown.at.to_string()}>
                    { for rows.iter().take(TREE_ROWS_SHOWN).map(row) }
                    if more > 0 {
                        <li class="more">{ tr!(messages, "python-tree-more", count = count(more)) }</li>
                    }
                </ul>
            }
        }
    };
    html! {
        <div class="python-tree-view">
            { if shown.at == at { Html::default() } else { button } }
            <h4>{ tr!(messages, "python-tree-title", event = count(shown.at)) }</h4>
            <p class="explain">{ messages.text("python-tree-explain") }</p>
            { body }
        </div>
    }
}
