# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = Protokoll
    .aria-label = Ereignisprotokoll
log-lines =
    .aria-label = Zeilen des Ereignisprotokolls
log-kept-note = Gezeigt werden die letzten { $kept } von { $total ->
        [one] { $total } Zeile
       *[other] { $total } Zeilen
    }; die Downloads enthalten alle.
log-download-failed = Download fehlgeschlagen: { $error }
log-every-shot = jede einzelne Impfung und jedes Aufwachen in den Downloads
log-download-text = .txt herunterladen
log-download-csv = .csv herunterladen
log-download-trace = Trace herunterladen
    .title = Der bisherige Lauf als Chrome-Trace: in ui.perfetto.dev oder chrome://tracing öffnen

## Why a station's task raised an error.

log-error-spoiled = Dosis { $shot } der Box verdorben
log-error-broken = bei Impfung { $shot } von Hand zerstört

## The lines, one per event.

log-box-opened = Station { $station } hat bei { $seconds } Sekunden Box { $box_no } ({ $doses ->
        [one] { $doses } Dosis
       *[other] { $doses } Dosen
    }) geöffnet; { $depot_left ->
        [one] { $depot_left } Box bleibt
       *[other] { $depot_left } Boxen bleiben
    } im Depot
log-shot = Station { $station } hat bei { $seconds } Sekunden eine Impfung aus Box { $box_no } gegeben; { $doses_left ->
        [one] { $doses_left } Dosis bleibt
       *[other] { $doses_left } Dosen bleiben
    }
log-box-done = Impfstoffbox { $box_no } ist fertig! { $doses_given } geimpft an Station { $station }, und die Zeit ist { $seconds } Sekunden ({ $boxes_done ->
        [one] { $boxes_done } Box fertig
       *[other] { $boxes_done } Boxen fertig
    }). { $restarting ->
        [yes] Weiter mit der nächsten Box.
       *[no] Für diese Station sind keine Boxen mehr übrig.
    }
log-box-done-wait = Impfstoffbox { $wait } ist fertig! { $doses_given } geimpft, und die Zeit ist { $seconds } Sekunden. Weiter mit der nächsten Box. [Warten { $wait }: Box { $box_no } an Station { $station }]
log-station-failed = Station { $station } ist bei { $seconds } Sekunden ausgefallen: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } Dosis
       *[other] { $doses_wasted } Dosen
    } aus Box { $box_no } verschwendet. { $restarting ->
        [yes] Die Station startet mit einer neuen Box neu.
       *[no] Das Depot ist leer, daher wird sie nicht neu gestartet.
    }
log-station-failed-wait = Der Task von Station { $station } hat bei { $seconds } Sekunden eine Ausnahme ausgelöst: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } Dosis
       *[other] { $doses_wasted } Dosen
    } aus Box { $box_no } verschwendet. Er startet mit einer neuen Box neu. [Warten { $wait }]
log-wake = Der Supervisor wacht bei { $seconds } Sekunden auf, { $done ->
        [one] { $done } Task ist fertig
       *[other] { $done } Tasks sind fertig
    }
log-depot-empty = Das Depot ist bei { $seconds } Sekunden leer; es wird auf { $still_working ->
        [one] { $still_working } Station gewartet, die noch arbeitet
       *[other] { $still_working } Stationen gewartet, die noch arbeiten
    }
log-loop-ended = Die Schleife hat bei { $seconds } Sekunden { $waits ->
        [one] ihren { $waits } Wartevorgang
       *[other] ihre { $waits } Wartevorgänge
    } hinter sich und das Programm endet: asyncio.run bricht { $cancelling ->
        [one] den { $cancelling } noch laufenden Task
       *[other] die { $cancelling } noch laufenden Tasks
    } ab
log-cancelled-unstarted = Der Task von Station { $station } wird bei { $seconds } Sekunden vor seiner ersten Impfung aus Box { $box_no } abgebrochen: { $doses_discarded ->
        [one] { $doses_discarded } Dosis wird
       *[other] { $doses_discarded } Dosen werden
    } weggeworfen
log-cancelled = Der Task von Station { $station } wird bei { $seconds } Sekunden mitten in Box { $box_no } abgebrochen: { $doses_unreported ->
        [one] { $doses_unreported } Dosis gegeben und nie gemeldet
       *[other] { $doses_unreported } Dosen gegeben und nie gemeldet
    }, { $doses_discarded ->
        [one] { $doses_discarded } Dosis weggeworfen
       *[other] { $doses_discarded } Dosen weggeworfen
    }
log-box-unreported = Box { $box_no } von Station { $station } geht bei { $seconds } Sekunden verloren: ihr Task ist fertig, und das Programm hat sie nie gemeldet; { $doses_given ->
        [one] { $doses_given } Dosis gegeben und nie gemeldet
       *[other] { $doses_given } Dosen gegeben und nie gemeldet
    }, { $doses_wasted ->
        [one] { $doses_wasted } Dosis verschwendet
       *[other] { $doses_wasted } Dosen verschwendet
    }
log-finished = Fertig bei { $seconds } Sekunden: { $boxes_done ->
        [one] { $boxes_done } Box fertig
       *[other] { $boxes_done } Boxen fertig
    }, { $boxes_failed } fehlgeschlagen; { $doses_given ->
        [one] { $doses_given } Dosis gegeben
       *[other] { $doses_given } Dosen gegeben
    }, { $doses_wasted } verschwendet
