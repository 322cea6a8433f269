# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot(start: "upper") }: { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }, { $depot ->
        [one] { $depot } { -box }
       *[other] { $depot } { -box(number: "other") }
    } in the { -depot }, { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }: { $working } working, { $boxes_done ->
        [one] { $boxes_done } { -box }
       *[other] { $boxes_done } { -box(number: "other") }
    } done, { $boxes_failed } failed

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
        [one] { -box } left
       *[other] { -box(number: "other") } left
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot(start: "upper") }: { $count ->
        [one] { $count } { -box }
       *[other] { $count } { -box(number: "other") }
    } left
# Boxes taken after the depot ran out (the article's loop restarts every
# task it finds done): shown beside a dashed box.
lot-depot-beyond = +{ $count } beyond

## A station: its name, its state, its tooltip. $state is what it is
## doing: idle, working, failed, done or cancelled.

lot-station-name = { -station(start: "upper") } { $station }
# The state written in the station's booth.
lot-station-state = { $state ->
        [idle] idle
        [working] giving { -shot(number: "other") }
        [failed] failed
        [done] done
       *[cancelled] cancelled
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } { -dose }
       *[other] { $remaining } { -dose(number: "other") }
    } left
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] idle
        [working] working
        [failed] failed
        [done] done
       *[cancelled] cancelled
    }
# Beside a station whose task raised an error; $error is one of the
# log-error-* messages.
lot-failure-restarted = { $error }: restarted
lot-failure-restarting = { $error }: to be restarted
lot-failure-not-restarted = { $error }: not restarted

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = The loop ended mid-box
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose }
       *[other] { $doses_unreported } { -dose(number: "other") }
    } never reported, { $doses_discarded } thrown away
# Every other run ends when every box is used.
lot-finished-all-used = All { -box(number: "other") } used
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given, { $doses_wasted } wasted
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experiment: click a working { -station } (or focus it and press Enter) to break its { -task } now. The { -supervisor } reports the error, counts the { -dose(number: "other") } left in the { -box } as wasted, and restarts the { -station }. Replays and links repeat the break.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = Ready. Press space to start.
lot-narration-running = Running.
lot-narration-paused = Paused at { $seconds } seconds.
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count ->
        [one] { $count } { -box }
       *[other] { $count } { -box(number: "other") }
    } done
lot-narration-failed = { $count ->
        [one] { $count } { -station }
       *[other] { $count } { -station(number: "other") }
    } failed
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $changes } at { $seconds } seconds; { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given, { $depot ->
        [one] { $depot } { -box }
       *[other] { $depot } { -box(number: "other") }
    } left in the { -depot }.
lot-narration-finished = Finished at { $seconds } seconds: { $doses_given ->
        [one] { $doses_given } { -dose }
       *[other] { $doses_given } { -dose(number: "other") }
    } given, { $doses_wasted } wasted, { $boxes_done ->
        [one] { $boxes_done } { -box }
       *[other] { $boxes_done } { -box(number: "other") }
    } done, { $boxes_failed ->
        [one] { $boxes_failed } { -box }
       *[other] { $boxes_failed } { -box(number: "other") }
    } failed.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = The loop ended with { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } cancelled mid-box: { $doses_unreported ->
        [one] { $doses_unreported } { -dose }
       *[other] { $doses_unreported } { -dose(number: "other") }
    } never reported, { $doses_discarded ->
        [one] { $doses_discarded } { -dose }
       *[other] { $doses_discarded } { -dose(number: "other") }
    } thrown away.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = The one { -thread }
# A working station's booth, when the run records its thread: its task holds it, sleeps until its next shot, or waits in the ready queue.
lot-station-on-thread = on the { -thread }
lot-station-asleep = asleep
lot-station-ready = ready, queued
thread-running-label = On the { -thread }:
thread-loop = the { -event-loop }, waiting for the next { -timer }
thread-ready-label = Ready queue (runs front first):
thread-ready-empty = empty: every { -task } is asleep or done
thread-ready-more = +{ $count } more
thread-turns-label = Recent turns:
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -box(start: "upper") } { $box_no }'s { -task }
thread-task-callback = A callback
thread-task-station-short = S{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls ->
        [one] { $polls } poll
       *[other] { $polls } polls
    }, { $events ->
        [one] { $events } event
       *[other] { $events } events
    }
