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
log-kept-note = Affichage { $kept ->
        [one] de la dernière ligne
       *[other] des { $kept } dernières lignes
    } sur { $total } ; les téléchargements les contiennent toutes.
log-download-failed = Échec du téléchargement : { $error }
log-every-shot = chaque injection et chaque réveil dans les téléchargements
log-download-text = Télécharger en .txt
log-download-csv = Télécharger en .csv
log-download-trace = Télécharger la trace
    .title = L’exécution jusqu’ici sous forme de trace Chrome : ouvrez-la dans ui.perfetto.dev ou chrome://tracing

## Why a station's task raised an error.

log-error-spoiled = dose { $shot } de la boîte avariée
log-error-broken = cassée à la main à l’injection { $shot }

## The lines, one per event.

log-box-opened = la station { $station } a ouvert la boîte { $box_no } ({ $doses ->
        [one] { $doses } dose
       *[other] { $doses } doses
    }) à { $seconds } secondes ; { $depot_left ->
        [one] il reste { $depot_left } boîte
       *[other] il reste { $depot_left } boîtes
    } au dépôt
log-shot = la station { $station } a fait une injection de la boîte { $box_no } à { $seconds } secondes ; { $doses_left ->
        [one] il reste { $doses_left } dose
       *[other] il reste { $doses_left } doses
    }
log-box-done = la boîte de vaccins { $box_no } est terminée ! { $doses_given ->
        [one] { $doses_given } personne vaccinée
       *[other] { $doses_given } personnes vaccinées
    } à la station { $station } et il est { $seconds } secondes ({ $boxes_done ->
        [one] { $boxes_done } boîte terminée
       *[other] { $boxes_done } boîtes terminées
    }). { $restarting ->
        [yes] On passe à la boîte suivante.
       *[no] Plus de boîtes pour cette station.
    }
log-box-done-wait = la boîte de vaccins { $wait } est terminée ! { $doses_given ->
        [one] { $doses_given } personne vaccinée
       *[other] { $doses_given } personnes vaccinées
    } et il est { $seconds } secondes. On passe à la boîte suivante. [attente { $wait } : boîte { $box_no } à la station { $station }]
log-station-failed = la station { $station } a échoué à { $seconds } secondes : { $error } ; { $doses_wasted ->
        [one] { $doses_wasted } dose de la boîte { $box_no } gaspillée
       *[other] { $doses_wasted } doses de la boîte { $box_no } gaspillées
    }. { $restarting ->
        [yes] La station redémarre avec une nouvelle boîte.
       *[no] Le dépôt est vide, elle n’est donc pas redémarrée.
    }
log-station-failed-wait = la tâche de la station { $station } a levé une exception à { $seconds } secondes : { $error } ; { $doses_wasted ->
        [one] { $doses_wasted } dose de la boîte { $box_no } gaspillée
       *[other] { $doses_wasted } doses de la boîte { $box_no } gaspillées
    }. Elle redémarre avec une nouvelle boîte. [attente { $wait }]
log-wake = le superviseur se réveille à { $seconds } secondes avec { $done ->
        [one] { $done } tâche terminée
       *[other] { $done } tâches terminées
    }
log-depot-empty = le dépôt est vide à { $seconds } secondes ; on attend { $still_working ->
        [one] { $still_working } station qui travaille encore
       *[other] { $still_working } stations qui travaillent encore
    }
log-loop-ended = la boucle a fait { $waits ->
        [one] son { $waits } attente
       *[other] ses { $waits } attentes
    } à { $seconds } secondes et le programme se termine : asyncio.run annule { $cancelling ->
        [one] la { $cancelling } tâche encore en cours
       *[other] les { $cancelling } tâches encore en cours
    }
log-cancelled-unstarted = la tâche de la station { $station } est annulée à { $seconds } secondes avant sa première injection de la boîte { $box_no } : { $doses_discarded ->
        [one] { $doses_discarded } dose jetée
       *[other] { $doses_discarded } doses jetées
    }
log-cancelled = la tâche de la station { $station } est annulée à { $seconds } secondes au milieu de la boîte { $box_no } : { $doses_unreported ->
        [one] { $doses_unreported } dose administrée et jamais signalée
       *[other] { $doses_unreported } doses administrées et jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } dose jetée
       *[other] { $doses_discarded } doses jetées
    }
log-box-unreported = la boîte { $box_no } de la station { $station } est perdue à { $seconds } secondes : sa tâche s’est terminée et le programme ne l’a jamais signalée ; { $doses_given ->
        [one] { $doses_given } dose administrée et jamais signalée
       *[other] { $doses_given } doses administrées et jamais signalées
    }, { $doses_wasted ->
        [one] { $doses_wasted } dose gaspillée
       *[other] { $doses_wasted } doses gaspillées
    }
log-finished = terminé à { $seconds } secondes : { $boxes_done ->
        [one] { $boxes_done } boîte terminée
       *[other] { $boxes_done } boîtes terminées
    }, { $boxes_failed ->
        [one] { $boxes_failed } en échec
       *[other] { $boxes_failed } en échec
    } ; { $doses_given ->
        [one] { $doses_given } dose administrée
       *[other] { $doses_given } doses administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }
