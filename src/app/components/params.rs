//! The parameter form, validated as you type, and the URL's rejected values.

use yew::prelude::*;

use crate::app::runtime::random_seed;
use crate::sim::config::{self, accepted};
use crate::sim::{Config, ParamError, Policy};

#[derive(Properties, PartialEq)]
pub struct ParamErrorsProps {
    pub errors: Vec<ParamError>,
}

/// The message about invalid URL parameters (absent when all are valid).
#[component]
pub fn ParamErrors(props: &ParamErrorsProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    let items = props
        .errors
        .iter()
        .map(|error| html! { <li>{ error.to_string() }</li> });
    html! {
        <div class="param-errors" data-testid="param-errors" role="alert">
            <strong>{"Some parameters in the link were not accepted; the defaults run instead:"}</strong>
            <ul>{ for items }</ul>
        </div>
    }
}

/// One field of the form: its raw text and how it is checked.
struct Field {
    name: &'static str,
    label: &'static str,
    accepted: &'static str,
    check: fn(&str) -> bool,
}

const FIELDS: [Field; 9] = [
    Field {
        name: "stations",
        label: "Stations",
        accepted: accepted::STATIONS,
        check: |v| config::parse_stations(v).is_some(),
    },
    Field {
        name: "capacity",
        label: "Doses per box",
        accepted: accepted::CAPACITY,
        check: |v| config::parse_capacity(v).is_some(),
    },
    Field {
        name: "boxes",
        label: "Boxes in the depot",
        accepted: accepted::BOXES,
        check: |v| config::parse_boxes(v).is_some(),
    },
    Field {
        name: "shot_min",
        label: "Shortest shot [s]",
        accepted: accepted::SHOT,
        check: |v| config::parse_shot_seconds(v).is_some(),
    },
    Field {
        name: "shot_max",
        label: "Longest shot [s]",
        accepted: accepted::SHOT,
        check: |v| config::parse_shot_seconds(v).is_some(),
    },
    Field {
        name: "speeds",
        label: "Station speeds",
        accepted: accepted::SPEEDS,
        check: |v| config::parse_speeds(v).is_some(),
    },
    Field {
        name: "fail",
        label: "Failure chance per shot",
        accepted: accepted::FAIL,
        check: |v| config::parse_fail(v).is_some(),
    },
    Field {
        name: "seed",
        label: "Seed",
        accepted: accepted::SEED,
        check: |v| config::parse_seed(v).is_some(),
    },
    Field {
        name: "blocking",
        label: "Station that blocks the thread",
        accepted: accepted::BLOCKING,
        check: |v| {
            v.trim()
                .parse::<u32>()
                .is_ok_and(|station| station <= config::limits::STATIONS.1)
        },
    },
];

fn initial_values(config: &Config, seed: u64) -> Vec<String> {
    let speeds: Vec<String> = config.speeds.iter().map(f64::to_string).collect();
    vec![
        config.stations.to_string(),
        config.capacity.to_string(),
        config.boxes.to_string(),
        config.shot_min.to_string(),
        config.shot_max.to_string(),
        speeds.join(","),
        config.fail.to_string(),
        seed.to_string(),
        config.blocking.unwrap_or(0).to_string(),
    ]
}

#[derive(Properties, PartialEq)]
pub struct ParamFormProps {
    pub config: Config,
    pub seed: u64,
    /// Called with a valid configuration and seed; the page resets with them.
    pub on_apply: Callback<(Config, u64)>,
}

#[component]
pub fn ParamForm(props: &ParamFormProps) -> Html {
    let values = use_state(|| initial_values(&props.config, props.seed));
    let policy = use_state(|| props.config.policy);
    let whole_form_error = use_state(|| None::<String>);

    let on_input = |index: usize| {
        let values = values.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*values).clone();
            next[index] = input.value();
            values.set(next);
        })
    };
    let new_seed = {
        let values = values.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*values).clone();
            next[7] = random_seed().to_string();
            values.set(next);
        })
    };
    let all_valid = FIELDS
        .iter()
        .zip(values.iter())
        .all(|(field, value)| (field.check)(value));
    let on_submit = {
        let values = values.clone();
        let on_apply = props.on_apply.clone();
        let whole_form_error = whole_form_error.clone();
        let policy = policy.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let pairs = FIELDS
                .iter()
                .zip(values.iter())
                .map(|(field, value)| (field.name.to_string(), value.clone()))
                .chain(std::iter::once((
                    "policy".to_string(),
                    policy.as_str().to_string(),
                )));
            let (params, errors) = config::parse_pairs(pairs);
            if let Some(error) = errors.first() {
                whole_form_error.set(Some(error.to_string()));
                return;
            }
            whole_form_error.set(None);
            on_apply.emit((params.config, params.seed.unwrap_or_else(random_seed)));
        })
    };
    let rows = FIELDS.iter().enumerate().map(|(index, field)| {
        let value = values[index].clone();
        let valid = (field.check)(&value);
        let id = format!("param-{}", field.name);
        let hint_id = format!("{id}-hint");
        html! {
            <div class={classes!("field", (!valid).then_some("invalid"))}>
                <label for={id.clone()}>{ field.label }</label>
                <input id={id} name={field.name} data-testid={format!("input-{}", field.name)}
                       value={value} oninput={on_input(index)} aria-invalid={(!valid).to_string()}
                       aria-describedby={hint_id.clone()} inputmode="decimal" autocomplete="off" />
                <small id={hint_id} class="hint">
                    { if valid { field.accepted.to_string() } else { format!("Not accepted: expected {}", field.accepted) } }
                </small>
            </div>
        }
    });
    let on_policy = {
        let policy = policy.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = config::parse_policy(&select.value()) {
                policy.set(chosen);
            }
        })
    };
    let policy_options = [
        Policy::FirstCompleted,
        Policy::AllCompleted,
        Policy::CompletionQueue,
    ]
    .map(|option| {
        html! {
            <option value={option.as_str()} selected={*policy == option}>{ option.label() }</option>
        }
    });
    html! {
        <form class="param-form" onsubmit={on_submit} aria-label="Parameters">
            <h2>{"Parameters"}</h2>
            <div class="fields">
                { for rows }
                <div class="field">
                    <label for="param-policy">{"Supervisor policy"}</label>
                    <select id="param-policy" data-testid="input-policy" onchange={on_policy}>
                        { for policy_options }
                    </select>
                    <small class="hint">{"how the supervisor awaits its station tasks"}</small>
                </div>
            </div>
            <div class="form-actions">
                <button type="button" onclick={new_seed}>{"New seed"}</button>
                <button type="submit" class="primary" data-testid="apply" disabled={!all_valid}>{"Apply and reset"}</button>
            </div>
            if let Some(error) = &*whole_form_error {
                <p class="form-error" role="alert">{ error.clone() }</p>
            }
        </form>
    }
}
