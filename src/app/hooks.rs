//! Small hooks the page shares: a listener that removes itself, a
//! latest-value ref, wall-clock throttles, an on/off toggle, a media
//! query and a deferral past the first paint.
//!
//! Each hook owns what it sets up and drops it with the component, so no
//! listener or timer outlives its owner. They know nothing of the run.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::browser::now_ms;

/// A value refreshed at every render, for listeners and callbacks made once
/// that must act on what the latest render saw.
pub struct Latest<T>(Rc<RefCell<Option<T>>>);

impl<T> Clone for Latest<T> {
    fn clone(&self) -> Self {
        Latest(self.0.clone())
    }
}

impl<T: Clone> Latest<T> {
    /// The value the latest render left.
    pub fn get(&self) -> Option<T> {
        self.0.borrow().clone()
    }
}

/// Keeps `value` as the latest one.
#[hook]
pub fn use_latest<T: 'static>(value: T) -> Latest<T> {
    let cell = use_mut_ref(|| None::<T>);
    *cell.borrow_mut() = Some(value);
    Latest(cell)
}

/// An on/off state (an overlay open, a theme on).
#[derive(Clone)]
pub struct BoolToggle(UseStateHandle<bool>);

impl BoolToggle {
    /// Whether it is on, as of this render.
    pub fn is_on(&self) -> bool {
        *self.0
    }

    /// A callback that turns it over.
    pub fn toggle(&self) -> Callback<()> {
        let state = self.0.clone();
        Callback::from(move |()| state.set(!*state))
    }
}

/// An on/off state, `initial` at first.
#[hook]
pub fn use_bool_toggle(initial: bool) -> BoolToggle {
    BoolToggle(use_state(move || initial))
}

/// What a listener listens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListenOn {
    /// The window (`hashchange`, `message`).
    Window,
    /// The document (`keydown`).
    Document,
}

/// Listens for `event_type` on the window or the document for as long as
/// the component lives, calling the latest render's `handler`. The
/// listener is not passive, so a handler may prevent the default (a
/// shortcut key must not also scroll the page).
#[hook]
pub fn use_event_listener<F>(on: ListenOn, event_type: &'static str, handler: F)
where
    F: Fn(&web_sys::Event) + 'static,
{
    let handler = use_latest(Rc::new(handler) as Rc<dyn Fn(&web_sys::Event)>);
    use_effect_with((on, event_type), move |_| {
        let window = web_sys::window();
        let target: Option<web_sys::EventTarget> = match on {
            ListenOn::Window => window.map(Into::into),
            ListenOn::Document => window.and_then(|window| window.document()).map(Into::into),
        };
        let listener = target.map(|target| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&target, event_type, options, move |event| {
                if let Some(handler) = handler.get() {
                    handler(event);
                }
            })
        });
        move || drop(listener)
    });
}

/// A gate that opens once an interval of wall time has passed since it
/// was last passed.
#[derive(Default)]
pub struct Throttle {
    passed_at_ms: Cell<Option<f64>>,
}

impl Throttle {
    /// Whether `interval_ms` have passed since the last pass (always true
    /// before the first).
    pub fn is_open(&self, interval_ms: f64) -> bool {
        self.passed_at_ms
            .get()
            .is_none_or(|at| now_ms() - at >= interval_ms)
    }

    /// Marks a pass now.
    pub fn pass(&self) {
        self.passed_at_ms.set(Some(now_ms()));
    }
}

/// A [`Throttle`] kept across renders.
#[hook]
pub fn use_throttle() -> Rc<Throttle> {
    (*use_memo((), |_| Rc::new(Throttle::default()))).clone()
}

/// A value held back: `make` is called for a fresh one when `key` differs
/// from the last fresh one's, or, with `every_ms`, once that much wall time
/// has passed since; otherwise the last fresh value is returned again.
#[hook]
pub fn use_throttled<T, K, F>(key: K, every_ms: Option<f64>, make: F) -> T
where
    T: Clone + 'static,
    K: PartialEq + 'static,
    F: FnOnce() -> T,
{
    let throttle = use_throttle();
    let cache = use_mut_ref(|| None::<(K, T)>);
    let mut cache = cache.borrow_mut();
    match cache.as_ref() {
        Some((cached_key, value))
            if *cached_key == key && !every_ms.is_some_and(|every| throttle.is_open(every)) =>
        {
            value.clone()
        }
        _ => {
            throttle.pass();
            let value = make();
            *cache = Some((key, value.clone()));
            value
        }
    }
}

/// The number of whole `interval_ms` periods since the page loaded: a
/// value that changes at most that often, to spread work over frames.
pub fn wall_tick(interval_ms: f64) -> u64 {
    (now_ms() / interval_ms) as u64
}

/// Whether the CSS media `query` matches, kept up to date as the window
/// changes (a phone turned sideways, a window resized).
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo(query, |query| {
        web_sys::window().and_then(|window| window.match_media(query).ok().flatten())
    });
    let matches = use_state(|| {
        list.as_ref()
            .as_ref()
            .is_some_and(web_sys::MediaQueryList::matches)
    });
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|media| {
                let media = media.clone();
                EventListener::new(&media.clone().into(), "change", move |_| {
                    matches.set(media.matches())
                })
            });
            move || drop(listener)
        });
    }
    *matches
}

/// The turn a page that mounts in parts has reached, out of `turns`: 1 in
/// its first render, then one more in each following task (each turn
/// renders again), so that mounting never blocks the browser for long at
/// once. Turns come strictly in order, so a page that draws its parts top
/// to bottom, one turn each, never moves what is already on screen.
#[hook]
pub fn use_turns(turns: u32) -> u32 {
    let turn = use_state(|| 1);
    {
        let turn = turn.clone();
        use_effect_with(*turn, move |&now| {
            let next = (now < turns)
                .then(|| gloo_timers::callback::Timeout::new(0, move || turn.set(now + 1)));
            move || drop(next)
        });
    }
    *turn
}

/// `false` at first, then `true` from a task of its own `turn`
/// milliseconds after the first render: a heavy part of the page mounts
/// after the first paint, each in its own task, so loading never blocks
/// the main thread for long at once.
#[hook]
pub fn use_after_first_paint(turn: u32) -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let timeout = gloo_timers::callback::Timeout::new(turn, move || ready.set(true));
            move || drop(timeout)
        });
    }
    *ready
}
