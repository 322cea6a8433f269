//! The parameter form, validated as you type, and the URL's rejected values.
//!
//! Every field is a run parameter of `sim::config::RUN_PARAMS`: its value,
//! check and accepted-values text come from that table. The form owns only
//! the text being typed; applying hands a valid configuration up.

use yew::prelude::*;

use crate::app::browser::random_seed;
use crate::app::language::use_i18n;
use crate::app::param_text::{self, param_error};
use crate::i18n::Messages;
use crate::model::labels::policy_label;
use crate::sim::config::{parse_run_pairs, RunParams, RUN_PARAMS};
use crate::sim::param_table::{find, Param};
use crate::sim::{Config, ParamError, Policy};
use crate::tr;

/// The message about invalid URL parameters (absent when all are valid).
pub fn param_errors(i18n: &Messages, errors: &[ParamError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let items = errors
        .iter()
        .map(|error| html! { <li>{ param_error(i18n, error) }</li> });
    html! {
        <div class="param-errors" data-testid="param-errors" role="alert">
            <strong>{ tr!(i18n, "params-errors-heading") }</strong>
            <ul>{ for items }</ul>
        </div>
    }
}

/// The form's fields, by parameter name; each field's label is the
/// message `params-field-<name>`.
const FIELDS: [&str; 9] = [
    "stations", "capacity", "boxes", "shot_min", "shot_max", "speeds", "fail", "seed", "blocking",
];

/// The table's entry for a field.
fn param(name: &str) -> Option<&'static Param<RunParams>> {
    find(RUN_PARAMS, name)
}

/// Each field's text as the table writes the current run.
fn initial_values(config: &Config, seed: u64) -> Vec<String> {
    let run = RunParams {
        config: config.clone(),
        seed: Some(seed),
        breaks: Vec::new(),
    };
    FIELDS
        .iter()
        .map(|name| {
            param(name)
                .map(|param| (param.write)(&run))
                .unwrap_or_default()
        })
        .collect()
}

fn accepts(name: &str, value: &str) -> bool {
    param(name).is_some_and(|param| param.accepts(value))
}

/// The run the form starts from, and where a valid one goes.
#[derive(Properties, PartialEq)]
pub struct ParamFormProps {
    /// The run's configuration: the fields' and the policy's starting
    /// values, read when the form mounts (the page mounts a new form for
    /// each run).
    pub config: Config,
    /// The run's seed: the seed field's starting value.
    pub seed: u64,
    /// Called with a valid configuration and seed; the page resets with them.
    pub on_apply: Callback<(Config, u64)>,
}

/// The parameter form: a field per run parameter, checked as typed, and
/// the policy; applying a valid form starts a new run.
#[component]
pub fn ParamForm(props: &ParamFormProps) -> Html {
    let i18n = use_i18n();
    let values = use_state(|| initial_values(&props.config, props.seed));
    let policy = use_state(|| props.config.policy);
    let whole_form_error = use_state(|| None::<String>);
    let set_value = |index: usize| {
        let values = values.clone();
        Callback::from(move |value: String| {
            let mut next = (*values).clone();
            next[index] = value;
            values.set(next);
        })
    };
    let seed_index = FIELDS.iter().position(|name| *name == "seed");
    let new_seed =
        seed_index.map(|index| set_value(index).reform(|_: MouseEvent| random_seed().to_string()));
    let all_valid = FIELDS
        .iter()
        .zip(values.iter())
        .all(|(name, value)| accepts(name, value));
    let on_submit = {
        let (values, policy, on_apply) = (values.clone(), policy.clone(), props.on_apply.clone());
        let (whole_form_error, i18n) = (whole_form_error.clone(), i18n.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match read_form(&i18n, &values, *policy) {
                Ok(applied) => {
                    whole_form_error.set(None);
                    on_apply.emit(applied);
                }
                Err(error) => whole_form_error.set(Some(error)),
            }
        })
    };
    let rows = FIELDS
        .iter()
        .enumerate()
        .map(|(index, name)| param_field(&i18n, name, &values[index], &set_value(index)));
    html! {
        <form class="param-form" onsubmit={on_submit} aria-label={tr!(i18n, "params-form")}>
            <h2>{ tr!(i18n, "params-form") }</h2>
            <div class="fields">
                { for rows }
                { policy_field(&i18n, *policy, Callback::from(move |chosen| policy.set(chosen))) }
            </div>
            <div class="form-actions">
                <button type="button" onclick={new_seed}>{ tr!(i18n, "params-new-seed") }</button>
                <button type="submit" class="primary" data-testid="apply" disabled={!all_valid}>{ tr!(i18n, "params-apply") }</button>
            </div>
            if let Some(error) = &*whole_form_error {
                <p class="form-error" role="alert">{ error.clone() }</p>
            }
        </form>
    }
}

/// The configuration and seed the form holds, or the first rule it breaks
/// (such as a shortest shot above the longest), in the page's language.
fn read_form(
    messages: &Messages,
    values: &[String],
    policy: Policy,
) -> Result<(Config, u64), String> {
    let pairs = FIELDS
        .iter()
        .zip(values.iter())
        .map(|(name, value)| (name.to_string(), value.clone()))
        .chain(std::iter::once((
            "policy".to_string(),
            policy.as_str().to_string(),
        )));
    let (run, errors) = parse_run_pairs(pairs);
    match errors.first() {
        Some(error) => Err(param_error(messages, error)),
        None => Ok((run.config, run.seed.unwrap_or_else(random_seed))),
    }
}

/// One field, checked as it is typed, with what it accepts.
fn param_field(
    i18n: &Messages,
    name: &'static str,
    value: &str,
    on_input: &Callback<String>,
) -> Html {
    let valid = accepts(name, value);
    let accepted = param(name)
        .map(|param| param_text::accepted(i18n, &param.accepted))
        .unwrap_or_default();
    let id = format!("param-{name}");
    let hint_id = format!("{id}-hint");
    let on_input = on_input.reform(|event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        input.value()
    });
    html! {
        <div class={classes!("field", (!valid).then_some("invalid"))}>
            <label for={id.clone()}>{ i18n.text(&format!("params-field-{name}")) }</label>
            <input id={id} {name} data-testid={format!("input-{name}")}
                   value={value.to_string()} oninput={on_input} aria-invalid={(!valid).to_string()}
                   aria-describedby={hint_id.clone()} inputmode="decimal" autocomplete="off" />
            <small id={hint_id} class="hint">
                { if valid { accepted } else { tr!(i18n, "params-not-accepted", accepted = accepted) } }
            </small>
        </div>
    }
}

/// The supervisor's policy, one of [`Policy::ALL`].
fn policy_field(i18n: &Messages, policy: Policy, on_change: Callback<Policy>) -> Html {
    let on_change = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Some(chosen) = Policy::parse(&select.value()) {
            on_change.emit(chosen);
        }
    });
    let options = Policy::ALL.map(|option| {
        html! {
            <option value={option.as_str()} selected={policy == option}>{ policy_label(i18n, option) }</option>
        }
    });
    html! {
        <div class="field">
            <label for="param-policy">{ tr!(i18n, "params-field-policy") }</label>
            <select id="param-policy" data-testid="input-policy" onchange={on_change}>
                { for options }
            </select>
            <small class="hint">{ tr!(i18n, "params-policy-hint") }</small>
        </div>
    }
}
