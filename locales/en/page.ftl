# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Parking-lot vaccination
masthead-asyncio = How Python's asyncio runs many { -task(number: "other") } on one { -thread }, played live by its Rust twin in your browser.
masthead-tagline = Each { -station } is an async { -task } on the browser's single { -thread }. A { -supervisor } awaits the first { -task } to finish its { -box } of { -dose(number: "other") }, reports it, and starts the { -station } again with a new { -box }.
masthead-lessons = Lessons
masthead-help = ? Help
    .aria-label = Keyboard and help (?)
masthead-share = Share
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = Export
masthead-projector = Projector theme
# Followed by the run's state, one of the four below.
masthead-status = Status:{" "}
masthead-status-ready = ready
masthead-status-running = running
masthead-status-paused = paused
masthead-status-finished = finished

language-menu = Language
    .title = The language of the page
language-failed = The { $language } messages could not be loaded, so the page stays in English.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Seed
footer-link = link to this run
footer-same-run = the same link always shows the same run.

## Below the lot.


## Dialogs.

dialog-close = Close

## The help overlay: keyboard shortcuts.

help-title = Keyboard and help
# Key names; the other keys are shown as symbols or letters.
help-key-space = Space
help-key-enter = Enter on a { -station }
help-toggle-play = start, pause or resume
help-step = step: show exactly one more event
help-step-back = step back one event (replays the run)
help-reset = reset the run
help-break = break that { -station }'s { -task }
help-help = show or hide this help
help-text = Every control is a button or field you can reach with Tab. The panels below the lot fold away; hover or focus a dotted term for its meaning. A link to the page opens the same run.

## The share dialog.

share-title = Share this run
share-link = Link (every parameter and the seed: it always shows this run)
share-copy-link = Copy link
share-lesson = open the lesson shown (link and embed)
share-embed = Embed in a page or slide
share-width = Width
share-height = Height
# CSS pixels, after the width and the height.
share-px = px
share-compact = compact layout
share-autoplay = start on load
share-panels = Teaching panels in the embed
share-size-error = The width must be from { $min_width } to { $max_width } px and the height from { $min_height } to { $max_height } px.
share-snippet = iframe snippet
share-copy-snippet = Copy snippet
share-copied = Copied.
share-copy-failed = The browser did not allow copying: select the text and copy it by hand.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = Parking-lot vaccination: async { -task(number: "other") } on one { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Fuzz mode
fuzz-heading = Fuzz mode:{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = { $actions ->
        [one] { $actions } random action
       *[other] { $actions } random actions
    }, { $frames ->
        [one] { $frames } frame
       *[other] { $frames } frames
    } checked, { $problems ->
        [0] no problem found
        [one] { $problems } problem
       *[other] { $problems } problems
    }. Last action:{" "}
fuzz-ledger = ledger: { $detail }
fuzz-conservation = conservation: { $detail }
fuzz-stations = { $shown ->
        [one] { $shown } { -station }
       *[other] { $shown } { -station(number: "other") }
    } shown for { $configured } configured
fuzz-clock = the clock shows { $clock } s before the last event at { $last } s
fuzz-unaccounted = finished with { -dose(number: "other") } unaccounted for

## The panel shown when the page stops.

panic-panel = The simulation stopped because of an internal error, and the page no longer responds. Reload to start again. Details: { $details }
