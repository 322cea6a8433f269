# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot(start: "upper") } : { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }, { $depot ->
        [one] { $depot } { -box } { -depot(article: "au") }
       *[other] { $depot } { -box(number: "other") } { -depot(article: "au") }
    }, { $doses_given ->
        [one] { $doses_given } { -dose } administrée
       *[other] { $doses_given } { -dose(number: "other") } administrées
    }
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    } : { $working } au travail, { $boxes_done ->
        [one] { $boxes_done } { -box } terminée
       *[other] { $boxes_done } { -box(number: "other") } terminées
    }, { $boxes_failed } en échec

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
        [one] { -box } restante
       *[other] { -box(number: "other") } restantes
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot(start: "upper") } : { $count ->
        [one] { $count } { -box } restante
       *[other] { $count } { -box(number: "other") } restantes
    }
# Boxes taken after the depot ran out (the article's loop restarts every
# task it finds done): shown beside a dashed box.
lot-depot-beyond = +{ $count } au-delà

## A station: its name, its state, its tooltip. $state is what it is
## doing: idle, working, failed, done or cancelled.

lot-station-name = { -station(start: "upper") } { $station }
# The state written in the station's booth.
lot-station-state = { $state ->
        [idle] inactive
        [working] vaccine
        [failed] en échec
        [done] terminée
       *[cancelled] annulée
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } { -dose } restante
       *[other] { $remaining } { -dose(number: "other") } restantes
    }
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] inactive
        [working] au travail
        [failed] en échec
        [done] terminée
       *[cancelled] annulée
    }
# Beside a station whose task raised an error; $error is one of the
# log-error-* messages.
lot-failure-restarted = { $error } : relancée
lot-failure-restarting = { $error } : sera relancée
lot-failure-not-restarted = { $error } : non relancée

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = Boucle finie en pleine { -box }
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose } jamais signalée
       *[other] { $doses_unreported } { -dose(number: "other") } jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } jetée
       *[other] { $doses_discarded } jetées
    }
# Every other run ends when every box is used.
lot-finished-all-used = Toutes { -box(number: "other", article: "le") } utilisées
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } { -dose } administrée
       *[other] { $doses_given } { -dose(number: "other") } administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title } : { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Expérience : cliquez sur { -station(article: "un") } au travail (ou donnez-lui le focus et appuyez sur Entrée) pour mettre sa { -task } en panne maintenant. { -supervisor(article: "le", start: "upper") } signale l’erreur, compte comme gaspillées { -dose(number: "other", article: "le") } restées dans { -box(article: "le") } et relance { -station(article: "le") }. Les relectures et les liens répètent la panne.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = Prêt. Appuyez sur Espace pour démarrer.
lot-narration-running = En cours.
lot-narration-paused = En pause à { $seconds } secondes.
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count ->
        [one] { $count } { -box } terminée
       *[other] { $count } { -box(number: "other") } terminées
    }
lot-narration-failed = { $count ->
        [one] { $count } { -station } en échec
       *[other] { $count } { -station(number: "other") } en échec
    }
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $changes } à { $seconds } secondes ; { $doses_given ->
        [one] { $doses_given } { -dose } administrée
       *[other] { $doses_given } { -dose(number: "other") } administrées
    }, { $depot ->
        [one] { $depot } { -box } restante { -depot(article: "au") }
       *[other] { $depot } { -box(number: "other") } restantes { -depot(article: "au") }
    }.
lot-narration-finished = Terminé à { $seconds } secondes : { $doses_given ->
        [one] { $doses_given } { -dose } administrée
       *[other] { $doses_given } { -dose(number: "other") } administrées
    }, { $doses_wasted ->
        [one] { $doses_wasted } gaspillée
       *[other] { $doses_wasted } gaspillées
    }, { $boxes_done ->
        [one] { $boxes_done } { -box } terminée
       *[other] { $boxes_done } { -box(number: "other") } terminées
    }, { $boxes_failed ->
        [one] { $boxes_failed } { -box } en échec
       *[other] { $boxes_failed } { -box(number: "other") } en échec
    }.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = La boucle s’est terminée avec { $tasks ->
        [one] { $tasks } { -task } annulée
       *[other] { $tasks } { -task(number: "other") } annulées
    } en pleine { -box } : { $doses_unreported ->
        [one] { $doses_unreported } { -dose } jamais signalée
       *[other] { $doses_unreported } { -dose(number: "other") } jamais signalées
    }, { $doses_discarded ->
        [one] { $doses_discarded } jetée
       *[other] { $doses_discarded } jetées
    }.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = { -thread(article: "le", start: "upper") } unique
# A working station's booth, when the run records its thread: its task holds it, sleeps until its next shot, or waits in the ready queue.
lot-station-on-thread = sur { -thread(article: "le") }
lot-station-asleep = endormie
lot-station-ready = prête, en file
thread-running-label = Sur { -thread(article: "le") } :
thread-loop = { -event-loop(article: "le") }, qui attend le prochain { -timer }
thread-ready-label = { -ready-queue(start: "upper") } (celle en tête passe d’abord) :
thread-ready-empty = vide : toutes { -task(number: "other", article: "le") } dorment ou sont terminées
thread-ready-more = +{ $count } de plus
thread-turns-label = Derniers tours :
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -task(start: "upper") } { -box(article: "du") } { $box_no }
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
