//! The teaching panels in another language: every word they show comes
//! from `panels.ftl` (checked with the pseudo-locale, as the end-to-end
//! walk checks the whole page), and a translation reaches them.

use std::rc::Rc;

use vaccination_lot::app::components::charts::ChartsPanel;
use vaccination_lot::app::components::code::CodePanel;
use vaccination_lot::app::components::executor::ExecutorPanel;
use vaccination_lot::app::components::inspector::TaskInspector;
use vaccination_lot::app::language::I18n;
use vaccination_lot::app::store::ViewRef;
use vaccination_lot::i18n::{Locale, Messages};
use vaccination_lot::sim::{Config, Policy};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::components::view_after;
use crate::dom::{by_testid, container};

#[derive(Properties, PartialEq)]
struct PanelsProps {
    messages: I18n,
    view: ViewRef,
}

/// The four panels under `messages`, as the page lays them out.
#[component]
fn Panels(props: &PanelsProps) -> Html {
    let view = props.view.clone();
    html! {
        <ContextProvider<I18n> context={props.messages.clone()}>
            <ExecutorPanel view={view.clone()} />
            <TaskInspector view={view.clone()} />
            <ChartsPanel view={view.clone()} />
            <CodePanel policy={view.config.policy} last_ran={view.last_ran}
                       waiting={view.awaited.len()} finished={view.lot.finished}
                       blocking={view.config.blocking} />
        </ContextProvider<I18n>>
    }
}

async fn render(messages: Rc<Messages>, config: &Config, events: usize) -> web_sys::Element {
    let root = container();
    yew::Renderer::<Panels>::with_root_and_props(
        root.clone(),
        PanelsProps {
            messages: I18n(messages),
            view: ViewRef(view_after(config, 3, events)),
        },
    )
    .render();
    yew::scheduler::flush().await;
    // The comparison's rows come one per task.
    gloo_timers::future::TimeoutFuture::new(50).await;
    yew::scheduler::flush().await;
    root
}

/// Text under `root` with an ASCII letter outside ⟦…⟧ and outside
/// `translate="no"`: text nodes, and the attributes people read or hear.
fn stray_text(root: &web_sys::Element) -> Vec<String> {
    let find = js_sys::Function::new_with_args(
        "root",
        r#"
        const stray = [];
        const untranslated = (value) => {
          let rest = value;
          for (let before = ''; before !== rest; ) { before = rest; rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ''); }
          return /[A-Za-z]/.test(rest);
        };
        const exempt = (element) => element.closest('[translate="no"]');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!exempt(node.parentElement) && untranslated(node.nodeValue)) stray.push(node.nodeValue);
        }
        for (const element of root.querySelectorAll('[title], [aria-label], [data-definition]')) {
          if (exempt(element)) continue;
          for (const name of ['title', 'aria-label', 'data-definition']) {
            const value = element.getAttribute(name);
            if (value && untranslated(value)) stray.push(`@${name}: ${value}`);
          }
        }
        return stray;
        "#,
    );
    let found = find.call1(&wasm_bindgen::JsValue::NULL, root).unwrap();
    found
        .unchecked_into::<js_sys::Array>()
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

#[wasm_bindgen_test]
async fn every_word_of_the_panels_comes_from_the_messages() {
    let runs = [
        Config {
            capacity: 5,
            boxes: 10,
            fail: 0.05,
            ..Config::default()
        },
        Config {
            capacity: 5,
            boxes: 10,
            policy: Policy::Article,
            ..Config::default()
        },
        Config {
            capacity: 5,
            boxes: 10,
            policy: Policy::Workers,
            blocking: Some(2),
            ..Config::default()
        },
    ];
    for config in &runs {
        for events in [0, 30, 10_000] {
            let root = render(Messages::pseudo(), config, events).await;
            let stray = stray_text(&root);
            assert!(
                stray.is_empty(),
                "{:?} after {events} events: {stray:#?}",
                config.policy
            );
        }
    }
}

#[wasm_bindgen_test]
async fn the_panels_speak_spanish_with_spanish_numbers() {
    // The panels' messages use the glossary's terms from the shared file.
    let source = concat!(
        include_str!("../../locales/es/shared.ftl"),
        "\n",
        include_str!("../../locales/es/panels.ftl")
    );
    let spanish = Messages::translated(Locale::Spanish, source).expect("the Spanish panels parse");
    let config = Config {
        capacity: 5,
        boxes: 10,
        ..Config::default()
    };
    let root = render(Rc::new(spanish), &config, 10_000).await;
    let executor = by_testid(&root, "panel-executor").unwrap();
    let text = executor.text_content().unwrap_or_default();
    assert!(text.contains("El ejecutor"), "{text}");
    let label = by_testid(&root, "chart-doses")
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.starts_with("50 de 50 dosis puestas tras "), "{label}");
    assert!(label.contains(','), "a decimal comma: {label}");
}
