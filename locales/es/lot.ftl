# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = Aparcamiento: { $stations ->
        [one] { $stations } estación
       *[other] { $stations } estaciones
    }, { $depot ->
        [one] { $depot } caja en el depósito
       *[other] { $depot } cajas en el depósito
    }, { $doses_given ->
        [one] { $doses_given } dosis puesta
       *[other] { $doses_given } dosis puestas
    }
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } estación
       *[other] { $stations } estaciones
    }: { $working } trabajando, { $boxes_done ->
        [one] { $boxes_done } caja terminada
       *[other] { $boxes_done } cajas terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } fallida
       *[other] { $boxes_failed } fallidas
    }

## The depot of boxes.

lot-depot-title = Depósito
lot-depot-unit = { $count ->
        [one] caja restante
       *[other] cajas restantes
    }
lot-depot =
    .aria-label = Depósito: { $count ->
        [one] queda { $count } caja
       *[other] quedan { $count } cajas
    }
lot-depot-beyond = +{ $count } más allá

## A station: its name, its state, its tooltip.

lot-station-name = Estación { $station }
lot-station-state = { $state ->
        [idle] esperando
        [working] vacunando
        [failed] fallida
        [done] terminada
       *[cancelled] cancelada
    }
lot-station-booth-title = Estación { $station }, { $state_label }, { $remaining ->
        [one] queda { $remaining } dosis
       *[other] quedan { $remaining } dosis
    }
lot-station-tile-title = Estación { $station }, { $state ->
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

lot-finished-mid-box = El bucle acabó a mitad de caja
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } dosis nunca informada
       *[other] { $doses_unreported } dosis nunca informadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } desechada
       *[other] { $doses_discarded } desechadas
    }
lot-finished-all-used = Todas las cajas usadas
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } dosis puesta
       *[other] { $doses_given } dosis puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experimento: haz clic en una estación que esté trabajando (o ponle el foco y pulsa Intro) para romper su tarea ahora mismo. El supervisor informa del error, cuenta como desperdiciadas las dosis que quedaban en la caja y reinicia la estación. Las repeticiones y los enlaces repiten la avería.

## The narration, announced to screen readers.

lot-narration-ready = Listo. Pulsa la barra espaciadora para empezar.
lot-narration-running = En marcha.
lot-narration-paused = En pausa a los { $seconds } segundos.
lot-narration-done = { $count ->
        [one] { $count } caja terminada
       *[other] { $count } cajas terminadas
    }
lot-narration-failed = { $count ->
        [one] { $count } estación fallida
       *[other] { $count } estaciones fallidas
    }
lot-narration-done-and-failed = { $done }, { $failed }
lot-narration-progress = { $changes } a los { $seconds } segundos; { $doses_given ->
        [one] { $doses_given } dosis puesta
       *[other] { $doses_given } dosis puestas
    }, { $depot ->
        [one] queda { $depot } caja en el depósito
       *[other] quedan { $depot } cajas en el depósito
    }.
lot-narration-finished = Terminado a los { $seconds } segundos: { $doses_given ->
        [one] { $doses_given } dosis puesta
       *[other] { $doses_given } dosis puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }, { $boxes_done ->
        [one] { $boxes_done } caja terminada
       *[other] { $boxes_done } cajas terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } caja fallida
       *[other] { $boxes_failed } cajas fallidas
    }.
lot-narration-cancelled = El bucle terminó con { $tasks ->
        [one] { $tasks } tarea cancelada
       *[other] { $tasks } tareas canceladas
    } a mitad de caja: { $doses_unreported ->
        [one] { $doses_unreported } dosis nunca informada
       *[other] { $doses_unreported } dosis nunca informadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } desechada
       *[other] { $doses_discarded } desechadas
    }.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = El único hilo
lot-station-on-thread = en el hilo
lot-station-asleep = dormida
lot-station-ready = lista, en cola
thread-running-label = En el hilo:
thread-loop = el bucle de eventos, esperando al siguiente temporizador
thread-ready-label = Cola de tareas listas (sale primero la de delante):
thread-ready-empty = vacía: todas las tareas están dormidas o terminadas
thread-ready-more = +{ $count } más
thread-turns-label = Últimos turnos:
thread-task-supervisor = Supervisor
thread-task-box = Tarea de la caja { $box_no }
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
