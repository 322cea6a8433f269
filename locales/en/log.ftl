# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = Log
    .aria-label = Event log
log-lines =
    .aria-label = Event log lines
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = Showing the last { $kept } of { $total ->
        [one] { $total } line
       *[other] { $total } lines
    }; downloads hold them all.
# $error: what the browser said (may be English or technical).
log-download-failed = Download failed: { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = every { -shot } and every wake in downloads
log-download-text = Download .txt
log-download-csv = Download .csv
log-download-trace = Download trace
    .title = The run up to now as a Chrome trace: open it in ui.perfetto.dev or chrome://tracing

## Why a station's task raised an error (shown inside the lines below,
## and beside a broken station in the drawing). $shot counts from 1 within
## the box.

log-error-spoiled = { -dose } { $shot } of the { -box } spoiled
log-error-broken = broken by hand during { -shot } { $shot }

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station } { $station } opened { -box } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }) at { $seconds } seconds; { $depot_left ->
        [one] { $depot_left } { -box }
       *[other] { $depot_left } { -box(number: "other") }
    } left in the { -depot }
# One shot (shown only in downloads with every shot).
log-shot = { -station } { $station } gave a { -shot } from { -box } { $box_no } at { $seconds } seconds; { $doses_left ->
        [one] { $doses_left } { -dose }
       *[other] { $doses_left } { -dose(number: "other") }
    } left
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting is "yes" when a new box
# follows, "no" when the depot has none left for it.
log-box-done = vaccine { -box } { $box_no } is done! Vaccinated { $doses_given } at { -station } { $station } and time is { $seconds } seconds ({ $boxes_done ->
        [one] { $boxes_done } { -box }
       *[other] { $boxes_done } { -box(number: "other") }
    } done). { $restarting ->
        [yes] Starting on the next { -box }.
       *[no] No { -box(number: "other") } left for this { -station }.
    }
# The same under the article's loop, whose print line shows its wait
# counter $wait (from 0) as the box's number; the real box follows in
# brackets.
log-box-done-wait = vaccine { -box } { $wait } is done! Vaccinated { $doses_given } and time is { $seconds } seconds. Starting on the next { -box }. [wait { $wait }: { -box } { $box_no } at { -station } { $station }]
# A station's task raised an error; the doses left in its box are wasted.
# $restarting as for log-box-done.
log-station-failed = { -station } { $station } failed at { $seconds } seconds: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose }
       *[other] { $doses_wasted } { -dose(number: "other") }
    } of { -box } { $box_no } wasted. { $restarting ->
        [yes] Restarting the { -station } with a new { -box }.
       *[no] The { -depot } is empty, so it is not restarted.
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = the { -task } of { -station } { $station } got an exception at { $seconds } seconds: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose }
       *[other] { $doses_wasted } { -dose(number: "other") }
    } of { -box } { $box_no } wasted. Restarting it with a new { -box }. [wait { $wait }]
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set)
log-wake = the { -supervisor } wakes at { $seconds } seconds with { $done ->
        [one] { $done } { -task }
       *[other] { $done } { -task(number: "other") }
    } done
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = the { -depot } is empty at { $seconds } seconds; waiting for { $still_working ->
        [one] { $still_working } { -station }
       *[other] { $still_working } { -station(number: "other") }
    } still working
# The article's loop made its last wait: asyncio.run (code, keep it)
# cancels the tasks still running.
log-loop-ended = the loop has made its { $waits ->
        [one] { $waits } wait
       *[other] { $waits } waits
    } at { $seconds } seconds and the program ends: asyncio.run cancels the { $cancelling ->
        [one] { $cancelling } { -task }
       *[other] { $cancelling } { -task(number: "other") }
    } still running
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = the { -task } of { -station } { $station } is cancelled at { $seconds } seconds before its first { -shot } from { -box } { $box_no }: { $doses_discarded ->
        [one] { $doses_discarded } { -dose }
       *[other] { $doses_discarded } { -dose(number: "other") }
    } thrown away
# A task cancelled in the middle of its box: the shots it gave were never
# reported, the rest of the box is thrown away.
log-cancelled = the { -task } of { -station } { $station } is cancelled at { $seconds } seconds in the middle of { -box } { $box_no }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose }
       *[other] { $doses_unreported } { -dose(number: "other") }
    } given and never reported, { $doses_discarded ->
        [one] { $doses_discarded } { -dose }
       *[other] { $doses_discarded } { -dose(number: "other") }
    } thrown away
# A box whose task returned and which a learner's program never reported:
# its doses are lost to the count (the engine's supervisors never do this).
log-box-unreported = { -box } { $box_no } of { -station } { $station } is lost at { $seconds } seconds: its { -task } returned and the program never reported it; { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given and never reported, { $doses_wasted ->
        [one] { $doses_wasted } { -dose }
       *[other] { $doses_wasted } { -dose(number: "other") }
    } wasted
# Every task has returned.
log-finished = finished at { $seconds } seconds: { $boxes_done ->
        [one] { $boxes_done } { -box }
       *[other] { $boxes_done } { -box(number: "other") }
    } done, { $boxes_failed } failed; { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given, { $doses_wasted } wasted
