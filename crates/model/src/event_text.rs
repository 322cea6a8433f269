//! The lot's events in the page's language: the log's lines and the
//! stations' errors, from the messages of `locales/<tag>/log.ftl`.
//!
//! ```text
//!   Event ─► event_line(messages, event) ─► "vaccine box 7 is done! Vaccinated 100 …"   (en)
//!                                          ─► "la caja de vacunas 7 está terminada! …"  (es)
//! ```
//!
//! In English every line reads exactly as the engine's `Display` of the
//! event (the headless runner and the CSV keep that one), which the tests
//! below check for every kind. Numbers go to the messages as numbers, so
//! plural forms work, but without thousands separators (the engine writes
//! `10000`, not `10,000`); times go with the two decimals the engine
//! shows. Builds natively too, so those tests run without a browser.

use fluent_bundle::FluentValue;

use crate::figures::{count, seconds};
use crate::i18n::Messages;
use crate::sim::config::RunParams;
use crate::sim::{BreakAt, Config, Event, EventKind, StationError};
use crate::tr;

/// Whether a new box follows, as the messages select on it.
fn restarting_key(restarting: bool) -> &'static str {
    if restarting {
        "yes"
    } else {
        "no"
    }
}

/// Why a station's task returned an error, in the page's language.
pub fn station_error(messages: &Messages, error: StationError) -> String {
    match error {
        StationError::SpoiledDose { shot } => {
            tr!(messages, "log-error-spoiled", shot = count(shot))
        }
        StationError::BrokenByHand { shot } => {
            tr!(messages, "log-error-broken", shot = count(shot))
        }
    }
}

/// The first line of the log's text download: the run as links name it
/// (`seed`, then its parameters and breaks by hand, untranslated), so the
/// file can be replayed.
pub fn log_header(seed: u64, config: &Config, breaks: &[BreakAt]) -> String {
    let run = RunParams {
        config: config.clone(),
        seed: None,
        breaks: breaks.to_vec(),
    };
    format!("# seed {seed} {}\n", run.to_query())
}

/// The log's line for `event`, in the page's language.
pub fn event_line(messages: &Messages, event: &Event) -> String {
    let at = seconds(event.at);
    match event.kind {
        EventKind::BoxOpened {
            station,
            box_no,
            doses,
            depot_left,
        } => tr!(
            messages,
            "log-box-opened",
            station = count(station),
            box_no = count(box_no),
            doses = count(doses),
            seconds = at,
            depot_left = count(depot_left)
        ),
        EventKind::ShotGiven {
            station,
            box_no,
            doses_left,
        } => tr!(
            messages,
            "log-shot",
            station = count(station),
            box_no = count(box_no),
            seconds = at,
            doses_left = count(doses_left)
        ),
        EventKind::SupervisorWoke { done, .. } => {
            tr!(messages, "log-wake", seconds = at, done = count(done))
        }
        EventKind::BoxDone { .. } => box_done_line(messages, event.kind, at),
        EventKind::StationFailed { .. } => failure_line(messages, event.kind, at),
        EventKind::DepotEmpty { still_working } => tr!(
            messages,
            "log-depot-empty",
            seconds = at,
            still_working = count(still_working)
        ),
        EventKind::LoopEnded { waits, cancelling } => tr!(
            messages,
            "log-loop-ended",
            waits = count(waits),
            seconds = at,
            cancelling = count(cancelling)
        ),
        EventKind::StationCancelled { .. } => cancelled_line(messages, event.kind, at),
        EventKind::BoxUnreported {
            station,
            box_no,
            doses_given,
            doses_wasted,
        } => tr!(
            messages,
            "log-box-unreported",
            box_no = count(box_no),
            station = count(station),
            seconds = at,
            doses_given = count(doses_given),
            doses_wasted = count(doses_wasted)
        ),
        EventKind::Finished {
            boxes_done,
            boxes_failed,
            doses_given,
            doses_wasted,
        } => tr!(
            messages,
            "log-finished",
            seconds = at,
            boxes_done = count(boxes_done),
            boxes_failed = count(boxes_failed),
            doses_given = count(doses_given),
            doses_wasted = count(doses_wasted)
        ),
    }
}

/// A finished box: the article's loop prints its wait counter as the
/// box's number, the other policies the box's own.
fn box_done_line(messages: &Messages, kind: EventKind, at: FluentValue<'static>) -> String {
    let EventKind::BoxDone {
        station,
        box_no,
        doses_given,
        boxes_done,
        restarting,
        wait,
    } = kind
    else {
        return String::new();
    };
    match wait {
        Some(wait) => tr!(
            messages,
            "log-box-done-wait",
            wait = count(wait),
            doses_given = count(doses_given),
            seconds = at,
            box_no = count(box_no),
            station = count(station)
        ),
        None => tr!(
            messages,
            "log-box-done",
            box_no = count(box_no),
            doses_given = count(doses_given),
            station = count(station),
            seconds = at,
            boxes_done = count(boxes_done),
            restarting = restarting_key(restarting)
        ),
    }
}

/// A task that returned an error; under the article's loop, in the
/// words of Python's exceptions and with the wait counter.
fn failure_line(messages: &Messages, kind: EventKind, at: FluentValue<'static>) -> String {
    let EventKind::StationFailed {
        station,
        box_no,
        error,
        doses_wasted,
        restarting,
        wait,
    } = kind
    else {
        return String::new();
    };
    let error = station_error(messages, error);
    match wait {
        Some(wait) => tr!(
            messages,
            "log-station-failed-wait",
            station = count(station),
            seconds = at,
            error = error,
            doses_wasted = count(doses_wasted),
            box_no = count(box_no),
            wait = count(wait)
        ),
        None => tr!(
            messages,
            "log-station-failed",
            station = count(station),
            seconds = at,
            error = error,
            doses_wasted = count(doses_wasted),
            box_no = count(box_no),
            restarting = restarting_key(restarting)
        ),
    }
}

/// A task cancelled at the program's exit, before or after its first
/// shot.
fn cancelled_line(messages: &Messages, kind: EventKind, at: FluentValue<'static>) -> String {
    let EventKind::StationCancelled {
        station,
        box_no,
        doses_unreported,
        doses_discarded,
    } = kind
    else {
        return String::new();
    };
    if doses_unreported == 0 {
        tr!(
            messages,
            "log-cancelled-unstarted",
            station = count(station),
            seconds = at,
            box_no = count(box_no),
            doses_discarded = count(doses_discarded)
        )
    } else {
        tr!(
            messages,
            "log-cancelled",
            station = count(station),
            seconds = at,
            box_no = count(box_no),
            doses_unreported = count(doses_unreported),
            doses_discarded = count(doses_discarded)
        )
    }
}

#[cfg(test)]
mod header_tests {
    use super::*;

    #[test]
    fn the_log_header_names_the_run_with_its_breaks() {
        let breaks = [BreakAt {
            after_events: 40,
            station: 2,
        }];
        let header = log_header(7, &Config::default(), &breaks);
        assert!(header.starts_with("# seed 7 "), "{header}");
        assert!(header.contains("breaks=40:2"), "{header}");
        assert!(header.ends_with('\n'));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::SimTime;

    const SPOILED: StationError = StationError::SpoiledDose { shot: 4 };
    const BROKEN: StationError = StationError::BrokenByHand { shot: 1 };

    /// One event of every kind and variant, with counts of one and of
    /// many, at times with and without a second decimal.
    pub(super) fn every_kind() -> Vec<EventKind> {
        let mut kinds = Vec::new();
        for n in [0, 1, 2, 1234] {
            kinds.extend([
                EventKind::BoxOpened {
                    station: 3,
                    box_no: 12,
                    doses: 100,
                    depot_left: n,
                },
                EventKind::ShotGiven {
                    station: 1,
                    box_no: 2,
                    doses_left: n,
                },
                EventKind::DepotEmpty { still_working: n },
                EventKind::LoopEnded {
                    waits: n,
                    cancelling: n,
                },
                EventKind::StationCancelled {
                    station: 1,
                    box_no: 104,
                    doses_unreported: n,
                    doses_discarded: n + 1,
                },
                EventKind::Finished {
                    boxes_done: n,
                    boxes_failed: 1,
                    doses_given: 12_345_678,
                    doses_wasted: u64::from(n),
                },
            ]);
            for (restarting, wait) in [(true, None), (false, None), (true, Some(n))] {
                kinds.push(EventKind::BoxDone {
                    station: 2,
                    box_no: 7,
                    doses_given: 100,
                    boxes_done: n,
                    restarting,
                    wait,
                });
                for error in [SPOILED, BROKEN] {
                    kinds.push(EventKind::StationFailed {
                        station: 3,
                        box_no: 9,
                        error,
                        doses_wasted: n,
                        restarting,
                        wait,
                    });
                }
            }
        }
        kinds
    }

    #[test]
    fn every_line_reads_in_english_as_the_engine_writes_it() {
        let english = Messages::english();
        for micros in [0, 5_110_000, 12_340_000, 1_234_500_000, 7_005_000] {
            for kind in every_kind() {
                let event = Event {
                    at: SimTime::from_micros(micros),
                    kind,
                };
                assert_eq!(event_line(&english, &event), event.to_string(), "{kind:?}");
            }
        }
    }

    #[test]
    fn every_error_reads_in_english_as_the_engine_writes_it() {
        let english = Messages::english();
        for error in [SPOILED, BROKEN] {
            assert_eq!(station_error(&english, error), error.to_string());
        }
    }

    #[test]
    fn times_keep_two_decimals_and_no_grouping() {
        let english = Messages::english();
        let event = Event {
            at: SimTime::from_micros(1_234_500_000),
            kind: EventKind::DepotEmpty { still_working: 1 },
        };
        assert!(event_line(&english, &event).contains(" 1234.50 seconds"));
    }
}

/// The English of the drawing's and the narration's messages
/// (`lot.ftl`), checked against the sentences the page wrote before it
/// had messages.
#[cfg(test)]
mod lot_tests {
    use super::*;
    use crate::sim::SimTime;

    #[test]
    fn the_narration_reads_as_before_in_english() {
        let english = Messages::english();
        let at = seconds(SimTime::from_micros(5_100_000));
        assert_eq!(
            tr!(english, "lot-narration-paused", seconds = at.clone()),
            "Paused at 5.10 seconds."
        );
        let done = tr!(english, "lot-narration-done", count = count(1u32));
        let failed = tr!(english, "lot-narration-failed", count = count(2u32));
        let both = tr!(
            english,
            "lot-narration-done-and-failed",
            done = done,
            failed = failed
        );
        assert_eq!(
            tr!(english, "lot-narration-progress", changes = both, seconds = at.clone(),
                doses_given = count(10000u32), depot = count(1u32)),
            "1 box done, 2 stations failed at 5.10 seconds; 10000 doses given, 1 box left in the depot."
        );
        let finished = tr!(
            english,
            "lot-narration-finished",
            seconds = at,
            doses_given = count(10000u32),
            doses_wasted = count(0u32),
            boxes_done = count(100u32),
            boxes_failed = count(0u32)
        );
        let cancelled = tr!(
            english,
            "lot-narration-cancelled",
            tasks = count(3u32),
            doses_unreported = count(1u32),
            doses_discarded = count(63u32)
        );
        assert_eq!(
            tr!(english, "lot-narration-sentences", first = finished, second = cancelled),
            "Finished at 5.10 seconds: 10000 doses given, 0 wasted, 100 boxes done, 0 boxes failed. \
             The loop ended with 3 tasks cancelled mid-box: 1 dose never reported, 63 doses thrown away."
        );
    }

    #[test]
    fn the_drawing_reads_as_before_in_english() {
        let english = Messages::english();
        let state = tr!(english, "lot-station-state", state = "working");
        assert_eq!(state, "giving shots");
        assert_eq!(
            tr!(
                english,
                "lot-station-booth-title",
                station = count(2u32),
                state_label = state,
                remaining = count(37u32)
            ),
            "Station 2, giving shots, 37 doses left"
        );
        assert_eq!(
            tr!(
                english,
                "lot-station-tile-title",
                station = count(12u32),
                state = "idle"
            ),
            "Station 12, idle"
        );
        assert_eq!(
            tr!(english, "lot-depot-unit", count = count(1u32)),
            "box left"
        );
        assert_eq!(
            tr!(english, "lot-depot-unit", count = count(0u32)),
            "boxes left"
        );
        assert_eq!(
            tr!(english, "lot-depot-beyond", count = count(3u32)),
            "+3 beyond"
        );
        let error = station_error(&english, StationError::BrokenByHand { shot: 4 });
        assert_eq!(
            tr!(english, "lot-failure-not-restarted", error = error),
            "broken by hand during shot 4: not restarted"
        );
        assert_eq!(
            tr!(
                english,
                "lot-drawing.aria-label",
                stations = count(1u32),
                depot = count(12u32),
                doses_given = count(1500u32)
            ),
            "Parking lot: 1 station, 12 boxes in the depot, 1500 doses given"
        );
        assert_eq!(
            english.text("lot-break-hint"),
            "Experiment: click a working station (or focus it and press Enter) to break its task now. \
             The supervisor reports the error, counts the doses left in the box as wasted, and restarts \
             the station. Replays and links repeat the break."
        );
    }
}

/// Every translation of `log.ftl` and `lot.ftl` parses and writes every
/// line: no variable left unresolved, no message missing.
#[cfg(test)]
mod translation_tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::sim::SimTime;

    /// Each translated locale's two files and the glossary they use, joined
    /// as the page loads them.
    fn translations() -> Vec<(Locale, String)> {
        macro_rules! files {
            ($tag:literal) => {
                [
                    include_str!(concat!("../../../locales/", $tag, "/shared.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/log.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/lot.ftl")),
                ]
                .join("\n")
            };
        }
        vec![
            (Locale::Spanish, files!("es")),
            (Locale::German, files!("de")),
            (Locale::French, files!("fr")),
            (Locale::ChineseSimplified, files!("zh-Hans")),
            (Locale::Arabic, files!("ar")),
            (Locale::PortugueseBrazil, files!("pt-BR")),
            (Locale::Japanese, files!("ja")),
            (Locale::Korean, files!("ko")),
            (Locale::Russian, files!("ru")),
            (Locale::Indonesian, files!("id")),
        ]
    }

    /// Fluent writes an unresolved reference in braces.
    fn assert_resolved(line: &str, locale: Locale) {
        assert!(
            !line.contains('{') && !line.contains("log-") && !line.contains("lot-"),
            "{locale:?}: {line}"
        );
    }

    #[test]
    fn every_translation_writes_every_line() {
        for (locale, source) in translations() {
            let messages = Messages::translated(locale, &source).expect("parses");
            for kind in super::tests::every_kind() {
                let event = Event {
                    at: SimTime::from_micros(12_340_000),
                    kind,
                };
                let line = event_line(&messages, &event);
                assert_resolved(&line, locale);
                assert_ne!(line, event.to_string(), "{locale:?} is translated");
            }
        }
    }
}
