# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = Journal
    .aria-label = Journal des événements
log-lines =
    .aria-label = Lignes du journal des événements
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = Affichage { $kept ->
        [one] de la dernière
       *[other] des { $kept } dernières
    } sur { $total ->
        [one] { $total } ligne
       *[other] { $total } lignes
    } ; les téléchargements les contiennent toutes.
# $error: what the browser said (may be English or technical).
log-download-failed = Échec du téléchargement : { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = chaque { -shot } et chaque réveil dans les téléchargements
log-download-text = Télécharger en .txt
log-download-csv = Télécharger en .csv
log-download-trace = Télécharger la trace
    .title = L’exécution jusqu’ici sous forme de trace Chrome : ouvrez-la dans ui.perfetto.dev ou chrome://tracing

## Why a station's task raised an error (shown inside the lines below,
## and beside a broken station in the drawing). $shot counts from 1 within
## the box.

log-error-spoiled = { -dose } { $shot } de { -box(article: "le") } avariée
log-error-broken = panne provoquée à la main pendant { -shot(article: "le") } { $shot }

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station(article: "le") } { $station } a ouvert { -box(article: "le") } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }) à { $seconds } secondes ; { $depot_left ->
        [one] il reste { $depot_left } { -box }
       *[other] il reste { $depot_left } { -box(number: "other") }
    } { -depot(article: "au") }
# One shot (shown only in downloads with every shot).
log-shot = { -station(article: "le") } { $station } a fait { -shot(article: "un") } de { -box(article: "le") } { $box_no } à { $seconds } secondes ; { $doses_left ->
        [one] il reste { $doses_left } { -dose }
       *[other] il reste { $doses_left } { -dose(number: "other") }
    }
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting is "yes" when a new box
# follows, "no" when the depot has none left for it.
log-box-done = { -box(article: "le") } de vaccins { $box_no } est terminée ! { $doses_given ->
        [one] { $doses_given } personne vaccinée
       *[other] { $doses_given } personnes vaccinées
    } { -station(article: "au") } { $station } et il est { $seconds } secondes ({ $boxes_done ->
        [one] { $boxes_done } { -box } terminée
       *[other] { $boxes_done } { -box(number: "other") } terminées
    }). { $restarting ->
        [yes] On passe à { -box(article: "le") } suivante.
       *[no] Plus { -box(number: "other", article: "de") } pour { -station(article: "ce") }.
    }
# The same under the article's loop, whose print line shows its wait
# counter $wait (from 0) as the box's number; the real box follows in
# brackets.
log-box-done-wait = { -box(article: "le") } de vaccins { $wait } est terminée ! { $doses_given ->
        [one] { $doses_given } personne vaccinée
       *[other] { $doses_given } personnes vaccinées
    } et il est { $seconds } secondes. On passe à { -box(article: "le") } suivante. [attente { $wait } : { -box } { $box_no } { -station(article: "au") } { $station }]
# A station's task raised an error; the doses left in its box are wasted.
# $restarting as for log-box-done.
log-station-failed = { -station(article: "le") } { $station } a échoué à { $seconds } secondes : { $error } ; { $doses_wasted ->
        [one] { $doses_wasted } { -dose } { -box(article: "du") } { $box_no } gaspillée
       *[other] { $doses_wasted } { -dose(number: "other") } { -box(article: "du") } { $box_no } gaspillées
    }. { $restarting ->
        [yes] { -station(article: "le", start: "upper") } est relancée avec une nouvelle { -box }.
       *[no] { -depot(article: "le", start: "upper") } est vide, elle n’est donc pas relancée.
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = { -task(article: "le") } { -station(article: "du") } { $station } a levé une exception à { $seconds } secondes : { $error } ; { $doses_wasted ->
        [one] { $doses_wasted } { -dose } { -box(article: "du") } { $box_no } gaspillée
       *[other] { $doses_wasted } { -dose(number: "other") } { -box(article: "du") } { $box_no } gaspillées
    }. Elle est relancée avec une nouvelle { -box }. [attente { $wait }]
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set)
log-wake = { -supervisor(article: "le") } se réveille à { $seconds } secondes avec { $done ->
        [one] { $done } { -task } terminée
       *[other] { $done } { -task(number: "other") } terminées
    }
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = { -depot(article: "le") } est vide à { $seconds } secondes ; on attend { $still_working ->
        [one] { $still_working } { -station } qui travaille encore
       *[other] { $still_working } { -station(number: "other") } qui travaillent encore
    }
# The article's loop made its last wait: asyncio.run (code, keep it)
# cancels the tasks still running.
log-loop-ended = la boucle a fait { $waits ->
        [one] son { $waits } attente
       *[other] ses { $waits } attentes
    } à { $seconds } secondes et le programme se termine : asyncio.run annule { $cancelling ->
        [one] { $cancelling } { -task } encore en cours
       *[other] { $cancelling } { -task(number: "other") } encore en cours
    }
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = { -task(article: "le") } { -station(article: "du") } { $station } est annulée à { $seconds } secondes avant sa première { -shot } { -box(article: "du") } { $box_no } : { $doses_discarded ->
        [one] { $doses_discarded } { -dose } jetée
       *[other] { $doses_discarded } { -dose(number: "other") } jetées
    }
# A task cancelled in the middle of its box: the shots it gave were never
# reported, the rest of the box is thrown away.
log-cancelled = { -task(article: "le") } { -station(article: "du") } { $station } est annulée à { $seconds } secondes au milieu { -box(article: "du") } { $box_no } : { $doses_unreported ->
        [one] { $doses_unreported } { -dose } administrée et jamais signalée
       *[other] { $doses_unreported } { -dose(number: "other") } administrées et jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } jetée
       *[other] { $doses_discarded } { -dose(number: "other") } jetées
    }
# A box whose task returned and which a learner's program never reported:
# its doses are lost to the count (the engine's supervisors never do this).
log-box-unreported = { -box(article: "le") } { $box_no } { -station(article: "du") } { $station } est perdue à { $seconds } secondes : sa { -task } s’est terminée et le programme ne l’a jamais signalée ; { $doses_given ->
        [one] { $doses_given } { -dose } administrée et jamais signalée
       *[other] { $doses_given } { -dose(number: "other") } administrées et jamais signalées
    }, { $doses_wasted ->
        [one] { $doses_wasted } { -dose } gaspillée
       *[other] { $doses_wasted } { -dose(number: "other") } gaspillées
    }
# Every task has returned.
log-finished = terminé à { $seconds } secondes : { $boxes_done ->
        [one] { $boxes_done } { -box } terminée
       *[other] { $boxes_done } { -box(number: "other") } terminées
    }, { $boxes_failed } en échec ; { $doses_given ->
        [one] { $doses_given } { -dose } administrée
       *[other] { $doses_given } { -dose(number: "other") } administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }
