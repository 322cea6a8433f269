//! Names several parts of the page show: the supervisor's policies and the
//! teaching panels, each a message of `locales/<tag>/shared.ftl`.

use crate::sim::Policy;

use crate::i18n::Messages;

/// The message id of a policy's name: `policy-<name as in policy=>`.
pub fn policy_id(policy: Policy) -> String {
    format!("policy-{}", policy.as_str())
}

/// The message id of a panel's name: `panel-<name as in panels=>`.
pub fn panel_id(panel: crate::settings::Panel) -> String {
    format!("panel-{}", panel.as_str())
}

/// A policy's name in the page's language.
pub fn policy_label(messages: &Messages, policy: Policy) -> String {
    messages.text(&policy_id(policy))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_policy_is_named_as_the_engine_names_it_in_english() {
        let english = Messages::english();
        for policy in Policy::ALL {
            assert_eq!(policy_label(&english, policy), policy.label(), "{policy:?}");
        }
    }

    #[test]
    fn every_panel_is_named_as_the_page_named_it_in_english() {
        let english = Messages::english();
        for panel in crate::settings::Panel::ALL {
            assert_eq!(english.text(&panel_id(panel)), panel.label(), "{panel:?}");
        }
    }
}
