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
log-every-shot = jede einzelne { -shot } und jedes Aufwachen in den Downloads
log-download-text = .txt herunterladen
log-download-csv = .csv herunterladen
log-download-trace = Trace herunterladen
    .title = Der bisherige Lauf als Chrome-Trace: in ui.perfetto.dev oder chrome://tracing öffnen

## Why a station's task raised an error.

log-error-spoiled = { -dose } { $shot } der { -box } verdorben
log-error-broken = während { -shot } { $shot } von Hand kaputt gemacht

## The lines, one per event.

log-box-opened = { -station } { $station } hat bei { $seconds } Sekunden { -box } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }) geöffnet; { $depot_left ->
        [one] { $depot_left } { -box } bleibt
       *[other] { $depot_left } { -box(number: "other") } bleiben
    } im { -depot }
log-shot = { -station } { $station } hat bei { $seconds } Sekunden eine { -shot } aus { -box } { $box_no } verabreicht; { $doses_left ->
        [one] { $doses_left } { -dose } bleibt
       *[other] { $doses_left } { -dose(number: "other") } bleiben
    }
log-box-done = Impfstoff-{ -box } { $box_no } ist fertig! { $doses_given } geimpft an { -station } { $station }, und die Zeit ist { $seconds } Sekunden ({ $boxes_done ->
        [one] { $boxes_done } { -box } fertig
       *[other] { $boxes_done } { -box(number: "other") } fertig
    }). { $restarting ->
        [yes] Weiter mit der nächsten { -box }.
       *[no] Für diese { -station } sind keine { -box(number: "other") } mehr übrig.
    }
log-box-done-wait = Impfstoff-{ -box } { $wait } ist fertig! { $doses_given } geimpft, und die Zeit ist { $seconds } Sekunden. Weiter mit der nächsten { -box }. [Wartevorgang { $wait }: { -box } { $box_no } an { -station } { $station }]
log-station-failed = { -station } { $station } ist bei { $seconds } Sekunden fehlgeschlagen: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose }
       *[other] { $doses_wasted } { -dose(number: "other") }
    } aus { -box } { $box_no } verschwendet. { $restarting ->
        [yes] Die { -station } startet mit einer neuen { -box } neu.
       *[no] Das { -depot } ist leer, daher wird sie nicht neu gestartet.
    }
log-station-failed-wait = Der { -task } von { -station } { $station } hat bei { $seconds } Sekunden eine Ausnahme ausgelöst: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose }
       *[other] { $doses_wasted } { -dose(number: "other") }
    } aus { -box } { $box_no } verschwendet. Er startet mit einer neuen { -box } neu. [Wartevorgang { $wait }]
log-wake = Der { -supervisor } wacht bei { $seconds } Sekunden auf, { $done ->
        [one] { $done } { -task } ist fertig
       *[other] { $done } { -task(number: "other") } sind fertig
    }
log-depot-empty = Das { -depot } ist bei { $seconds } Sekunden leer; es wird auf { $still_working ->
        [one] { $still_working } { -station } gewartet, die noch arbeitet
       *[other] { $still_working } { -station(number: "other") } gewartet, die noch arbeiten
    }
log-loop-ended = Die Schleife hat bei { $seconds } Sekunden { $waits ->
        [one] ihren { $waits } Wartevorgang
       *[other] ihre { $waits } Wartevorgänge
    } hinter sich und das Programm endet: asyncio.run bricht { $cancelling ->
        [one] den { $cancelling } noch laufenden { -task }
       *[other] die { $cancelling } noch laufenden { -task(number: "other") }
    } ab
log-cancelled-unstarted = Der { -task } von { -station } { $station } wird bei { $seconds } Sekunden vor seiner ersten { -shot } aus { -box } { $box_no } abgebrochen: { $doses_discarded ->
        [one] { $doses_discarded } { -dose } wird
       *[other] { $doses_discarded } { -dose(number: "other") } werden
    } weggeworfen
log-cancelled = Der { -task } von { -station } { $station } wird bei { $seconds } Sekunden mitten in { -box } { $box_no } abgebrochen: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } verabreicht und nie gemeldet
       *[other] { $doses_unreported } { -dose(number: "other") } verabreicht und nie gemeldet
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } weggeworfen
       *[other] { $doses_discarded } { -dose(number: "other") } weggeworfen
    }
log-box-unreported = { -box } { $box_no } von { -station } { $station } geht bei { $seconds } Sekunden verloren: ihr { -task } ist fertig, und das Programm hat sie nie gemeldet; { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht und nie gemeldet
       *[other] { $doses_given } { -dose(number: "other") } verabreicht und nie gemeldet
    }, { $doses_wasted ->
        [one] { $doses_wasted } { -dose } verschwendet
       *[other] { $doses_wasted } { -dose(number: "other") } verschwendet
    }
log-finished = Fertig bei { $seconds } Sekunden: { $boxes_done ->
        [one] { $boxes_done } { -box } fertig
       *[other] { $boxes_done } { -box(number: "other") } fertig
    }, { $boxes_failed } fehlgeschlagen; { $doses_given ->
        [one] { $doses_given } { -dose } verabreicht
       *[other] { $doses_given } { -dose(number: "other") } verabreicht
    }, { $doses_wasted } verschwendet
