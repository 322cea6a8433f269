# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = Parkplatz: { $stations ->
        [one] { $stations } Station
       *[other] { $stations } Stationen
    }, { $depot ->
        [one] { $depot } Box im Depot
       *[other] { $depot } Boxen im Depot
    }, { $doses_given ->
        [one] { $doses_given } Dosis gegeben
       *[other] { $doses_given } Dosen gegeben
    }
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } Station
       *[other] { $stations } Stationen
    }: { $working } aktiv, { $boxes_done ->
        [one] { $boxes_done } Box fertig
       *[other] { $boxes_done } Boxen fertig
    }, { $boxes_failed } fehlgeschlagen

## The depot of boxes.

lot-depot-title = Depot
lot-depot-unit = { $count ->
        [one] Box übrig
       *[other] Boxen übrig
    }
lot-depot =
    .aria-label = Depot: { $count ->
        [one] { $count } Box übrig
       *[other] { $count } Boxen übrig
    }
lot-depot-beyond = +{ $count } extra

## A station: its name, its state, its tooltip.

lot-station-name = Station { $station }
lot-station-state = { $state ->
        [idle] wartet
        [working] impft
        [failed] ausgefallen
        [done] fertig
       *[cancelled] abgebrochen
    }
lot-station-booth-title = Station { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } Dosis übrig
       *[other] { $remaining } Dosen übrig
    }
lot-station-tile-title = Station { $station }, { $state ->
        [idle] untätig
        [working] arbeitet
        [failed] ausgefallen
        [done] fertig
       *[cancelled] abgebrochen
    }
lot-failure-restarted = { $error }: neu gestartet
lot-failure-restarting = { $error }: wird neu gestartet
lot-failure-not-restarted = { $error }: nicht neu gestartet

## The banner at the end of a run.

lot-finished-mid-box = Schleife endete mitten in Box
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } Dosis nie gemeldet
       *[other] { $doses_unreported } Dosen nie gemeldet
    }, { $doses_discarded } weggeworfen
lot-finished-all-used = Alle Boxen verbraucht
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } Dosis gegeben
       *[other] { $doses_given } Dosen gegeben
    }, { $doses_wasted } verschwendet
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experiment: Klicke auf eine arbeitende Station (oder fokussiere sie und drücke die Eingabetaste), um ihren Task sofort kaputt zu machen. Der Supervisor meldet den Fehler, zählt die in der Box verbliebenen Dosen als verschwendet und startet die Station neu. Wiedergaben und Links wiederholen den Ausfall.

## The narration, announced to screen readers.

lot-narration-ready = Bereit. Leertaste drücken zum Starten.
lot-narration-running = Läuft.
lot-narration-paused = Angehalten bei { $seconds } Sekunden.
lot-narration-done = { $count ->
        [one] { $count } Box fertig
       *[other] { $count } Boxen fertig
    }
lot-narration-failed = { $count ->
        [one] { $count } Station ausgefallen
       *[other] { $count } Stationen ausgefallen
    }
lot-narration-done-and-failed = { $done }, { $failed }
lot-narration-progress = { $changes } bei { $seconds } Sekunden; { $doses_given ->
        [one] { $doses_given } Dosis gegeben
       *[other] { $doses_given } Dosen gegeben
    }, { $depot ->
        [one] { $depot } Box im Depot übrig
       *[other] { $depot } Boxen im Depot übrig
    }.
lot-narration-finished = Fertig bei { $seconds } Sekunden: { $doses_given ->
        [one] { $doses_given } Dosis gegeben
       *[other] { $doses_given } Dosen gegeben
    }, { $doses_wasted } verschwendet, { $boxes_done ->
        [one] { $boxes_done } Box fertig
       *[other] { $boxes_done } Boxen fertig
    }, { $boxes_failed ->
        [one] { $boxes_failed } Box fehlgeschlagen
       *[other] { $boxes_failed } Boxen fehlgeschlagen
    }.
lot-narration-cancelled = Die Schleife endete mit { $tasks ->
        [one] { $tasks } Task, der mitten in einer Box abgebrochen wurde
       *[other] { $tasks } Tasks, die mitten in einer Box abgebrochen wurden
    }: { $doses_unreported ->
        [one] { $doses_unreported } Dosis nie gemeldet
       *[other] { $doses_unreported } Dosen nie gemeldet
    }, { $doses_discarded } weggeworfen.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = Der einzige Thread
lot-station-on-thread = auf dem Thread
lot-station-asleep = schläft
lot-station-ready = bereit, wartet
thread-running-label = Auf dem Thread:
thread-loop = die Event-Loop, die auf den nächsten Timer wartet
thread-ready-label = Warteschlange der bereiten Tasks (der vorderste läuft zuerst):
thread-ready-empty = leer: Jeder Task schläft oder ist fertig
thread-ready-more = +{ $count } weitere
thread-turns-label = Zuletzt an der Reihe:
thread-task-supervisor = Supervisor
thread-task-box = Task von Box { $box_no }
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
