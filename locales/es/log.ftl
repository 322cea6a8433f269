# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = Registro
    .aria-label = Registro de eventos
log-lines =
    .aria-label = Líneas del registro de eventos
log-kept-note = Se muestran las últimas { $kept } de { $total ->
        [one] { $total } línea
       *[other] { $total } líneas
    }; las descargas las contienen todas.
log-download-failed = La descarga falló: { $error }
log-every-shot = todas las inyecciones y todos los despertares en las descargas
log-download-text = Descargar .txt
log-download-csv = Descargar .csv
log-download-trace = Descargar traza
    .title = La ejecución hasta ahora como traza de Chrome: ábrela en ui.perfetto.dev o en chrome://tracing

## Why a station's task raised an error.

log-error-spoiled = la dosis { $shot } de la caja se estropeó
log-error-broken = rota a mano en la inyección { $shot }

## The lines, one per event.

log-box-opened = la estación { $station } abrió la caja { $box_no } ({ $doses } dosis) a los { $seconds } segundos; { $depot_left ->
        [one] queda { $depot_left } caja
       *[other] quedan { $depot_left } cajas
    } en el depósito
log-shot = la estación { $station } puso una inyección de la caja { $box_no } a los { $seconds } segundos; { $doses_left ->
        [one] queda { $doses_left } dosis
       *[other] quedan { $doses_left } dosis
    }
log-box-done = ¡la caja de vacunas { $box_no } está terminada! Vacunados: { $doses_given } en la estación { $station } y el tiempo es { $seconds } segundos ({ $boxes_done ->
        [one] { $boxes_done } caja terminada
       *[other] { $boxes_done } cajas terminadas
    }). { $restarting ->
        [yes] Empezando con la siguiente caja.
       *[no] No quedan cajas para esta estación.
    }
log-box-done-wait = ¡la caja de vacunas { $wait } está terminada! Vacunados: { $doses_given } y el tiempo es { $seconds } segundos. Empezando con la siguiente caja. [espera { $wait }: caja { $box_no } en la estación { $station }]
log-station-failed = la estación { $station } falló a los { $seconds } segundos: { $error }; { $doses_wasted ->
        [one] se desperdició { $doses_wasted } dosis
       *[other] se desperdiciaron { $doses_wasted } dosis
    } de la caja { $box_no }. { $restarting ->
        [yes] Se reinicia la estación con una caja nueva.
       *[no] El depósito está vacío, así que no se reinicia.
    }
log-station-failed-wait = la tarea de la estación { $station } lanzó una excepción a los { $seconds } segundos: { $error }; { $doses_wasted ->
        [one] se desperdició { $doses_wasted } dosis
       *[other] se desperdiciaron { $doses_wasted } dosis
    } de la caja { $box_no }. Se reinicia con una caja nueva. [espera { $wait }]
log-wake = el supervisor despierta a los { $seconds } segundos con { $done ->
        [one] { $done } tarea terminada
       *[other] { $done } tareas terminadas
    }
log-depot-empty = el depósito está vacío a los { $seconds } segundos; esperando a { $still_working ->
        [one] { $still_working } estación que sigue trabajando
       *[other] { $still_working } estaciones que siguen trabajando
    }
log-loop-ended = el bucle ha hecho { $waits ->
        [one] su { $waits } espera
       *[other] sus { $waits } esperas
    } a los { $seconds } segundos y el programa termina: asyncio.run cancela { $cancelling ->
        [one] la { $cancelling } tarea que sigue en ejecución
       *[other] las { $cancelling } tareas que siguen en ejecución
    }
log-cancelled-unstarted = la tarea de la estación { $station } se cancela a los { $seconds } segundos antes de su primera inyección de la caja { $box_no }: { $doses_discarded ->
        [one] { $doses_discarded } dosis desechada
       *[other] { $doses_discarded } dosis desechadas
    }
log-cancelled = la tarea de la estación { $station } se cancela a los { $seconds } segundos en mitad de la caja { $box_no }: { $doses_unreported ->
        [one] { $doses_unreported } dosis puesta y nunca informada
       *[other] { $doses_unreported } dosis puestas y nunca informadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } dosis desechada
       *[other] { $doses_discarded } dosis desechadas
    }
log-box-unreported = la caja { $box_no } de la estación { $station } se pierde a los { $seconds } segundos: su tarea terminó y el programa nunca informó de ella; { $doses_given ->
        [one] { $doses_given } dosis puesta y nunca informada
       *[other] { $doses_given } dosis puestas y nunca informadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } dosis desperdiciada
       *[other] { $doses_wasted } dosis desperdiciadas
    }
log-finished = terminado a los { $seconds } segundos: { $boxes_done ->
        [one] { $boxes_done } caja terminada
       *[other] { $boxes_done } cajas terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } fallida
       *[other] { $boxes_failed } fallidas
    }; { $doses_given ->
        [one] { $doses_given } dosis puesta
       *[other] { $doses_given } dosis puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }
