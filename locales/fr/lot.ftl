# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = Parking : { $stations ->
        [one] { $stations } station
       *[other] { $stations } stations
    }, { $depot ->
        [one] { $depot } boîte au dépôt
       *[other] { $depot } boîtes au dépôt
    }, { $doses_given ->
        [one] { $doses_given } dose administrée
       *[other] { $doses_given } doses administrées
    }
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } station
       *[other] { $stations } stations
    } : { $working } au travail, { $boxes_done ->
        [one] { $boxes_done } boîte terminée
       *[other] { $boxes_done } boîtes terminées
    }, { $boxes_failed } en échec

## The depot of boxes.

lot-depot-title = Dépôt
lot-depot-unit = { $count ->
        [one] boîte restante
       *[other] boîtes restantes
    }
lot-depot =
    .aria-label = Dépôt : { $count ->
        [one] { $count } boîte restante
       *[other] { $count } boîtes restantes
    }
lot-depot-beyond = +{ $count } au-delà

## A station: its name, its state, its tooltip.

lot-station-name = Station { $station }
lot-station-state = { $state ->
        [idle] en attente
        [working] vaccine
        [failed] en échec
        [done] terminée
       *[cancelled] annulée
    }
lot-station-booth-title = Station { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } dose restante
       *[other] { $remaining } doses restantes
    }
lot-station-tile-title = Station { $station }, { $state ->
        [idle] inactive
        [working] au travail
        [failed] en échec
        [done] terminée
       *[cancelled] annulée
    }
lot-failure-restarted = { $error } : redémarrée
lot-failure-restarting = { $error } : sera redémarrée
lot-failure-not-restarted = { $error } : non redémarrée

## The banner at the end of a run.

lot-finished-mid-box = Boucle finie en pleine boîte
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } dose jamais signalée
       *[other] { $doses_unreported } doses jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } jetée
       *[other] { $doses_discarded } jetées
    }
lot-finished-all-used = Toutes les boîtes utilisées
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } dose administrée
       *[other] { $doses_given } doses administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }
lot-finished-note = { $title } : { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Expérience : cliquez sur une station au travail (ou donnez-lui le focus et appuyez sur Entrée) pour casser sa tâche maintenant. Le superviseur signale l’erreur, compte comme gaspillées les doses restées dans la boîte et redémarre la station. Les relectures et les liens répètent la panne.

## The narration, announced to screen readers.

lot-narration-ready = Prêt. Appuyez sur Espace pour démarrer.
lot-narration-running = En cours.
lot-narration-paused = En pause à { $seconds } secondes.
lot-narration-done = { $count ->
        [one] { $count } boîte terminée
       *[other] { $count } boîtes terminées
    }
lot-narration-failed = { $count ->
        [one] { $count } station en échec
       *[other] { $count } stations en échec
    }
lot-narration-done-and-failed = { $done }, { $failed }
lot-narration-progress = { $changes } à { $seconds } secondes ; { $doses_given ->
        [one] { $doses_given } dose administrée
       *[other] { $doses_given } doses administrées
    }, { $depot ->
        [one] { $depot } boîte restante au dépôt
       *[other] { $depot } boîtes restantes au dépôt
    }.
lot-narration-finished = Terminé à { $seconds } secondes : { $doses_given ->
        [one] { $doses_given } dose administrée
       *[other] { $doses_given } doses administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }, { $boxes_done ->
        [one] { $boxes_done } boîte terminée
       *[other] { $boxes_done } boîtes terminées
    }, { $boxes_failed ->
        [one] { $boxes_failed } boîte en échec
       *[other] { $boxes_failed } boîtes en échec
    }.
lot-narration-cancelled = La boucle s’est terminée avec { $tasks ->
        [one] { $tasks } tâche annulée
       *[other] { $tasks } tâches annulées
    } en pleine boîte : { $doses_unreported ->
        [one] { $doses_unreported } dose jamais signalée
       *[other] { $doses_unreported } doses jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } jetée
       *[other] { $doses_discarded } jetées
    }.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = Le thread unique
lot-station-on-thread = sur le thread
lot-station-asleep = endormie
lot-station-ready = prête, en file
thread-running-label = Sur le thread :
thread-loop = la boucle d’événements, qui attend le prochain minuteur
thread-ready-label = File des tâches prêtes (celle en tête passe d’abord) :
thread-ready-empty = vide : toutes les tâches dorment ou sont terminées
thread-ready-more = +{ $count } de plus
thread-turns-label = Derniers tours :
thread-task-supervisor = Superviseur
thread-task-box = Tâche de la boîte { $box_no }
thread-task-callback = Un callback
thread-task-station-short = S{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    }, { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }
