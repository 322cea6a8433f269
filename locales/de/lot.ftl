# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = { -lot }: { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }, { $depot ->
        [one] { $depot } { -box } im { -depot }
       *[other] { $depot } { -box(number: "other") } im { -depot }
    }, { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht
       *[other] { $doses_given } { -dose(number: "other") } verabreicht
    }
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }: { $working } aktiv, { $boxes_done ->
        [one] { $boxes_done } { -box } fertig
       *[other] { $boxes_done } { -box(number: "other") } fertig
    }, { $boxes_failed } fehlgeschlagen

## The depot of boxes.

lot-depot-title = { -depot }
lot-depot-unit = { $count ->
        [one] { -box } übrig
       *[other] { -box(number: "other") } übrig
    }
lot-depot =
    .aria-label = { -depot }: { $count ->
        [one] { $count } { -box } übrig
       *[other] { $count } { -box(number: "other") } übrig
    }
lot-depot-beyond = +{ $count } extra

## A station: its name, its state, its tooltip.

lot-station-name = { -station } { $station }
lot-station-state = { $state ->
        [idle] untätig
        [working] impft
        [failed] fehlgeschlagen
        [done] fertig
       *[cancelled] abgebrochen
    }
lot-station-booth-title = { -station } { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } { -dose } übrig
       *[other] { $remaining } { -dose(number: "other") } übrig
    }
lot-station-tile-title = { -station } { $station }, { $state ->
        [idle] untätig
        [working] arbeitet
        [failed] fehlgeschlagen
        [done] fertig
       *[cancelled] abgebrochen
    }
lot-failure-restarted = { $error }: neu gestartet
lot-failure-restarting = { $error }: wird neu gestartet
lot-failure-not-restarted = { $error }: nicht neu gestartet

## The banner at the end of a run.

lot-finished-mid-box = Schleife endete mitten in einer { -box }
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nie gemeldet
       *[other] { $doses_unreported } { -dose(number: "other") } nie gemeldet
    }, { $doses_discarded } weggeworfen
lot-finished-all-used = Alle { -box(number: "other") } verbraucht
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht
       *[other] { $doses_given } { -dose(number: "other") } verabreicht
    }, { $doses_wasted } verschwendet
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experiment: Klicke auf eine arbeitende { -station } (oder fokussiere sie und drücke die Eingabetaste), um ihren { -task } sofort kaputt zu machen. Der { -supervisor } meldet den Fehler, zählt die in der { -box } verbliebenen { -dose(number: "other") } als verschwendet und startet die { -station } neu. Wiedergaben und Links wiederholen den Eingriff.

## The narration, announced to screen readers.

lot-narration-ready = Bereit. Leertaste drücken zum Starten.
lot-narration-running = Läuft.
lot-narration-paused = Angehalten bei { $seconds } Sekunden.
lot-narration-done = { $count ->
        [one] { $count } { -box } fertig
       *[other] { $count } { -box(number: "other") } fertig
    }
lot-narration-failed = { $count ->
        [one] { $count } { -station } fehlgeschlagen
       *[other] { $count } { -station(number: "other") } fehlgeschlagen
    }
lot-narration-done-and-failed = { $done }, { $failed }
lot-narration-progress = { $changes } bei { $seconds } Sekunden; { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht
       *[other] { $doses_given } { -dose(number: "other") } verabreicht
    }, { $depot ->
        [one] { $depot } { -box } im { -depot } übrig
       *[other] { $depot } { -box(number: "other") } im { -depot } übrig
    }.
lot-narration-finished = Fertig bei { $seconds } Sekunden: { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht
       *[other] { $doses_given } { -dose(number: "other") } verabreicht
    }, { $doses_wasted } verschwendet, { $boxes_done ->
        [one] { $boxes_done } { -box } fertig
       *[other] { $boxes_done } { -box(number: "other") } fertig
    }, { $boxes_failed ->
        [one] { $boxes_failed } { -box } fehlgeschlagen
       *[other] { $boxes_failed } { -box(number: "other") } fehlgeschlagen
    }.
lot-narration-cancelled = Die Schleife endete mit { $tasks ->
        [one] { $tasks } { -task }, der mitten in einer { -box } abgebrochen wurde
       *[other] { $tasks } { -task(number: "other") }, die mitten in einer { -box } abgebrochen wurden
    }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nie gemeldet
       *[other] { $doses_unreported } { -dose(number: "other") } nie gemeldet
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } weggeworfen
       *[other] { $doses_discarded } { -dose(number: "other") } weggeworfen
    }.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = Der einzige { -thread }
lot-station-on-thread = auf dem { -thread }
lot-station-asleep = schläft
lot-station-ready = bereit, eingereiht
thread-running-label = Auf dem { -thread }:
thread-loop = die { -event-loop }, die auf den nächsten { -timer } wartet
thread-ready-label = { -ready-queue } (der vorderste läuft zuerst):
thread-ready-empty = leer: Jeder { -task } schläft oder ist fertig
thread-ready-more = +{ $count } weitere
thread-turns-label = Zuletzt an der Reihe:
thread-task-supervisor = { -supervisor }
thread-task-box = { -task } von { -box } { $box_no }
thread-task-callback = Ein Callback
thread-task-station-short = S{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    }, { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }
