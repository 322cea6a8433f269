//! The whole log as files, replayed from the run up to the event on
//! screen (the page keeps only the latest lines).
//!
//! The `.txt` file is the log as the page shows it, in the page's
//! language, for reading; its first line (`# seed … <parameters>`, breaks
//! by hand included) stays as links spell the run, so it can be
//! replayed. The `.csv` file is for programs: its header, its kind names
//! and its detail column are English in every language, so a spreadsheet
//! or a script reads the same columns whatever language the page was in.

use crate::event_text::{event_line, log_header};
use crate::i18n::Messages;
use crate::sim::event::counted;
use crate::sim::{Event, EventKind};
use crate::view::RunView;

/// The CSV file's header line.
pub const CSV_HEADER: &str = "time_s,event,station,box,doses,detail\n";

/// Replays the run up to the events shown so far.
fn replay(view: &RunView, on_event: impl FnMut(&Event)) {
    view.source().replay(view.events_shown, on_event);
}

/// The log as the page shows it, in its language, after a first line
/// that names the run as links do (`seed` and the parameters, untranslated).
pub fn text(messages: &Messages, view: &RunView, include_shots: bool) -> String {
    let mut text = log_header(view.seed, &view.config, &view.breaks);
    replay(view, |event| {
        if include_shots || !event.is_routine() {
            text.push_str(&event_line(messages, event));
            text.push('\n');
        }
    });
    text
}

/// The log for programs: English columns and details in every language,
/// so a script reads the same file whatever the page's language.
pub fn csv(view: &RunView, include_shots: bool) -> String {
    let mut csv = String::from(CSV_HEADER);
    replay(view, |event| {
        if include_shots || !event.is_routine() {
            csv.push_str(&csv_line(event));
        }
    });
    csv
}

/// One event as a CSV line, newline included.
pub fn csv_line(event: &Event) -> String {
    let cell = |value: Option<u32>| value.map(|v| v.to_string()).unwrap_or_default();
    let (station, box_no) = event.station_and_box().unzip();
    let (doses, detail) = doses_and_detail(&event.kind);
    format!(
        "{:.6},{},{},{},{},\"{}\"\n",
        event.at.as_secs_f64(),
        event.kind_name(),
        cell(station),
        cell(box_no),
        doses,
        detail.replace('"', "\"\"")
    )
}

/// The CSV's doses and detail columns.
fn doses_and_detail(kind: &EventKind) -> (String, String) {
    match *kind {
        EventKind::BoxOpened {
            doses, depot_left, ..
        } => (
            doses.to_string(),
            format!("{depot_left} boxes left in the depot"),
        ),
        EventKind::ShotGiven { doses_left, .. } => (doses_left.to_string(), "doses left".into()),
        EventKind::SupervisorWoke { done, .. } => (
            String::new(),
            format!("{} done", counted(done, "task", "tasks")),
        ),
        EventKind::BoxDone {
            doses_given,
            boxes_done,
            ..
        } => (
            doses_given.to_string(),
            format!("{} done", counted(boxes_done, "box", "boxes")),
        ),
        EventKind::StationFailed {
            error,
            doses_wasted,
            ..
        } => (doses_wasted.to_string(), error.to_string()),
        EventKind::DepotEmpty { still_working } => (
            String::new(),
            format!(
                "{} still working",
                counted(still_working, "station", "stations")
            ),
        ),
        EventKind::LoopEnded { waits, cancelling } => (
            String::new(),
            format!(
                "{} made; cancelling {}",
                counted(waits, "wait", "waits"),
                counted(cancelling, "task", "tasks")
            ),
        ),
        EventKind::StationCancelled {
            doses_unreported,
            doses_discarded,
            ..
        } => (
            doses_discarded.to_string(),
            format!("thrown away; {doses_unreported} given and never reported"),
        ),
        EventKind::BoxUnreported {
            doses_given,
            doses_wasted,
            ..
        } => (
            doses_given.to_string(),
            format!("given and never reported; {doses_wasted} wasted"),
        ),
        EventKind::Finished {
            doses_given,
            doses_wasted,
            ..
        } => (doses_given.to_string(), format!("{doses_wasted} wasted")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;
    use crate::view::testing::view_after;
    use crate::view::Mode;

    #[test]
    fn the_csv_has_a_line_per_event_up_to_the_one_shown() {
        let config = Config {
            stations: 2,
            capacity: 5,
            boxes: 4,
            ..Config::default()
        };
        let view = view_after(&config, 3, Some(20), Mode::Paused);
        let every = csv(&view, true);
        assert!(every.starts_with(CSV_HEADER));
        assert_eq!(every.lines().count(), 1 + 20);
        let reports = csv(&view, false);
        assert!(reports.lines().count() < every.lines().count());
        assert!(reports.lines().skip(1).all(|line| !line.contains(",shot,")));
    }

    #[test]
    fn the_text_names_the_run_first_and_then_its_lines() {
        let config = Config {
            stations: 2,
            capacity: 5,
            boxes: 4,
            ..Config::default()
        };
        let view = view_after(&config, 3, Some(30), Mode::Paused);
        let english = Messages::english();
        let text = text(&english, &view, false);
        let mut lines = text.lines();
        assert!(lines.next().unwrap().starts_with("# seed 3"));
        assert!(lines.any(|line| line.contains("is done!")));
    }

    #[test]
    fn a_quote_in_a_detail_is_doubled() {
        let event = Event {
            at: crate::sim::SimTime::from_micros(1_500_000),
            kind: EventKind::DepotEmpty { still_working: 2 },
        };
        assert_eq!(
            csv_line(&event),
            "1.500000,depot-empty,,,,\"2 stations still working\"\n"
        );
    }
}
