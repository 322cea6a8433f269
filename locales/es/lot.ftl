# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = { -lot(start: "upper") }: { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }, { $depot ->
        [one] { $depot } { -box } en el { -depot }
       *[other] { $depot } { -box(number: "other") } en el { -depot }
    }, { $doses_given ->
        [one] { $doses_given } { -dose } puesta
       *[other] { $doses_given } { -dose(number: "other") } puestas
    }
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }: { $working } trabajando, { $boxes_done ->
        [one] { $boxes_done } { -box } terminada
       *[other] { $boxes_done } { -box(number: "other") } terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } fallida
       *[other] { $boxes_failed } fallidas
    }

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
lot-depot-unit = { $count ->
        [one] { -box } restante
       *[other] { -box(number: "other") } restantes
    }
lot-depot =
    .aria-label = { -depot(start: "upper") }: { $count ->
        [one] queda { $count } { -box }
       *[other] quedan { $count } { -box(number: "other") }
    }
lot-depot-beyond = +{ $count } más allá

## A station: its name, its state, its tooltip.

lot-station-name = { -station(start: "upper") } { $station }
lot-station-state = { $state ->
        [idle] inactiva
        [working] vacunando
        [failed] fallida
        [done] terminada
       *[cancelled] cancelada
    }
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, { $remaining ->
        [one] queda { $remaining } { -dose }
       *[other] quedan { $remaining } { -dose(number: "other") }
    }
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] inactiva
        [working] trabajando
        [failed] fallida
        [done] terminada
       *[cancelled] cancelada
    }
lot-failure-restarted = { $error }: reiniciada
lot-failure-restarting = { $error }: se reiniciará
lot-failure-not-restarted = { $error }: no reiniciada

## The banner at the end of a run.

lot-finished-mid-box = El bucle acabó a mitad de { -box }
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nunca notificada
       *[other] { $doses_unreported } { -dose(number: "other") } nunca notificadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } desechada
       *[other] { $doses_discarded } desechadas
    }
lot-finished-all-used = Todas las { -box(number: "other") } usadas
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } { -dose } puesta
       *[other] { $doses_given } { -dose(number: "other") } puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experimento: haz clic en una { -station } que esté trabajando (o ponle el foco y pulsa Intro) para averiar su { -task } ahora mismo. El { -supervisor } notifica el error, cuenta como desperdiciadas las { -dose(number: "other") } que quedaban en la { -box } y reinicia la { -station }. Las repeticiones y los enlaces repiten la avería.

## The narration, announced to screen readers.

lot-narration-ready = Listo. Pulsa la barra espaciadora para empezar.
lot-narration-running = En marcha.
lot-narration-paused = En pausa a los { $seconds } segundos.
lot-narration-done = { $count ->
        [one] { $count } { -box } terminada
       *[other] { $count } { -box(number: "other") } terminadas
    }
lot-narration-failed = { $count ->
        [one] { $count } { -station } fallida
       *[other] { $count } { -station(number: "other") } fallidas
    }
lot-narration-done-and-failed = { $done }, { $failed }
lot-narration-progress = { $changes } a los { $seconds } segundos; { $doses_given ->
        [one] { $doses_given } { -dose } puesta
       *[other] { $doses_given } { -dose(number: "other") } puestas
    }, { $depot ->
        [one] queda { $depot } { -box } en el { -depot }
       *[other] quedan { $depot } { -box(number: "other") } en el { -depot }
    }.
lot-narration-finished = Terminado a los { $seconds } segundos: { $doses_given ->
        [one] { $doses_given } { -dose } puesta
       *[other] { $doses_given } { -dose(number: "other") } puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }, { $boxes_done ->
        [one] { $boxes_done } { -box } terminada
       *[other] { $boxes_done } { -box(number: "other") } terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } { -box } fallida
       *[other] { $boxes_failed } { -box(number: "other") } fallidas
    }.
lot-narration-cancelled = El bucle terminó con { $tasks ->
        [one] { $tasks } { -task } cancelada
       *[other] { $tasks } { -task(number: "other") } canceladas
    } a mitad de { -box }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nunca notificada
       *[other] { $doses_unreported } { -dose(number: "other") } nunca notificadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } desechada
       *[other] { $doses_discarded } desechadas
    }.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = El único { -thread }
lot-station-on-thread = en el { -thread }
lot-station-asleep = dormida
lot-station-ready = lista, en cola
thread-running-label = En el { -thread }:
thread-loop = el { -event-loop }, esperando al siguiente { -timer }
thread-ready-label = { -ready-queue(start: "upper") } (sale primero la de delante):
thread-ready-empty = vacía: todas las { -task(number: "other") } están dormidas o terminadas
thread-ready-more = +{ $count } más
thread-turns-label = Últimos turnos:
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -task(start: "upper") } de la { -box } { $box_no }
thread-task-callback = Un callback
thread-task-station-short = E{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    }, { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
