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

/// The sentence pointing a lesson's reader at a region: one whole sentence
/// per region (`lesson-look-at-<region>`), so each language writes the
/// region's name in the case its verb needs.
pub const fn look_at_id(focus: crate::lesson::Focus) -> &'static str {
    use crate::lesson::Focus;
    match focus {
        Focus::Lot => "lesson-look-at-lot",
        Focus::Executor => "lesson-look-at-executor",
        Focus::Inspector => "lesson-look-at-inspector",
        Focus::Charts => "lesson-look-at-charts",
        Focus::Code => "lesson-look-at-code",
        Focus::Log => "lesson-look-at-log",
        Focus::Stats => "lesson-look-at-stats",
    }
}

/// A region's name as a noun phrase, as the lesson editor's menu lists it.
pub const fn focus_name_id(focus: crate::lesson::Focus) -> &'static str {
    use crate::lesson::Focus;
    match focus {
        Focus::Lot => "lesson-focus-lot",
        Focus::Executor => "lesson-focus-executor",
        Focus::Inspector => "lesson-focus-inspector",
        Focus::Charts => "lesson-focus-charts",
        Focus::Code => "lesson-focus-code",
        Focus::Log => "lesson-focus-log",
        Focus::Stats => "lesson-focus-stats",
    }
}

/// The message naming a region on screen: its heading, or for the lot,
/// the drawing's accessible name (which starts with the lot's name). A
/// lesson's words for the region must be these (`tests/glossary.rs`).
pub const fn focus_heading_id(focus: crate::lesson::Focus) -> &'static str {
    use crate::lesson::Focus;
    match focus {
        Focus::Lot => "lot-drawing.aria-label",
        Focus::Executor => "executor-title",
        Focus::Inspector => "inspector-title",
        Focus::Charts => "charts-title",
        Focus::Code => "code-title",
        Focus::Log => "log-panel",
        Focus::Stats => "stats",
    }
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
