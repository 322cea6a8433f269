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
log-every-shot = todas las { -shot(number: "other") } y todos los despertares en las descargas
log-download-text = Descargar .txt
log-download-csv = Descargar .csv
log-download-trace = Descargar traza
    .title = La ejecución hasta ahora como traza de Chrome: ábrela en ui.perfetto.dev o en chrome://tracing

## Why a station's task raised an error.

log-error-spoiled = la { -dose } { $shot } de la { -box } se estropeó
log-error-broken = averiada a mano durante la { -shot } { $shot }

## The lines, one per event.

log-box-opened = la { -station } { $station } abrió la { -box } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }) a los { $seconds } segundos; { $depot_left ->
        [one] queda { $depot_left } { -box }
       *[other] quedan { $depot_left } { -box(number: "other") }
    } en el { -depot }
log-shot = la { -station } { $station } puso una { -shot } de la { -box } { $box_no } a los { $seconds } segundos; { $doses_left ->
        [one] queda { $doses_left } { -dose }
       *[other] quedan { $doses_left } { -dose(number: "other") }
    }
log-box-done = ¡la { -box } de vacunas { $box_no } está terminada! Vacunados: { $doses_given } en la { -station } { $station } y el tiempo es { $seconds } segundos ({ $boxes_done ->
        [one] { $boxes_done } { -box } terminada
       *[other] { $boxes_done } { -box(number: "other") } terminadas
    }). { $restarting ->
        [yes] Empezando con la siguiente { -box }.
       *[no] No quedan { -box(number: "other") } para esta { -station }.
    }
log-box-done-wait = ¡la { -box } de vacunas { $wait } está terminada! Vacunados: { $doses_given } y el tiempo es { $seconds } segundos. Empezando con la siguiente { -box }. [espera { $wait }: { -box } { $box_no } en la { -station } { $station }]
log-station-failed = la { -station } { $station } falló a los { $seconds } segundos: { $error }; { $doses_wasted ->
        [one] se desperdició { $doses_wasted } { -dose }
       *[other] se desperdiciaron { $doses_wasted } { -dose(number: "other") }
    } de la { -box } { $box_no }. { $restarting ->
        [yes] Se reinicia la { -station } con una { -box } nueva.
       *[no] El { -depot } está vacío, así que no se reinicia.
    }
log-station-failed-wait = la { -task } de la { -station } { $station } lanzó una excepción a los { $seconds } segundos: { $error }; { $doses_wasted ->
        [one] se desperdició { $doses_wasted } { -dose }
       *[other] se desperdiciaron { $doses_wasted } { -dose(number: "other") }
    } de la { -box } { $box_no }. Se reinicia con una { -box } nueva. [espera { $wait }]
log-wake = el { -supervisor } despierta a los { $seconds } segundos con { $done ->
        [one] { $done } { -task } terminada
       *[other] { $done } { -task(number: "other") } terminadas
    }
log-depot-empty = el { -depot } está vacío a los { $seconds } segundos; esperando a { $still_working ->
        [one] { $still_working } { -station } que sigue trabajando
       *[other] { $still_working } { -station(number: "other") } que siguen trabajando
    }
log-loop-ended = el bucle ha hecho { $waits ->
        [one] su { $waits } espera
       *[other] sus { $waits } esperas
    } a los { $seconds } segundos y el programa termina: asyncio.run cancela { $cancelling ->
        [one] la { $cancelling } { -task } que sigue en ejecución
       *[other] las { $cancelling } { -task(number: "other") } que siguen en ejecución
    }
log-cancelled-unstarted = la { -task } de la { -station } { $station } se cancela a los { $seconds } segundos antes de su primera { -shot } de la { -box } { $box_no }: { $doses_discarded ->
        [one] { $doses_discarded } { -dose } desechada
       *[other] { $doses_discarded } { -dose(number: "other") } desechadas
    }
log-cancelled = la { -task } de la { -station } { $station } se cancela a los { $seconds } segundos en mitad de la { -box } { $box_no }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } puesta y nunca notificada
       *[other] { $doses_unreported } { -dose(number: "other") } puestas y nunca notificadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } desechada
       *[other] { $doses_discarded } { -dose(number: "other") } desechadas
    }
log-box-unreported = la { -box } { $box_no } de la { -station } { $station } se pierde a los { $seconds } segundos: su { -task } terminó y el programa nunca la notificó; { $doses_given ->
        [one] { $doses_given } { -dose } puesta y nunca notificada
       *[other] { $doses_given } { -dose(number: "other") } puestas y nunca notificadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } { -dose } desperdiciada
       *[other] { $doses_wasted } { -dose(number: "other") } desperdiciadas
    }
log-finished = terminado a los { $seconds } segundos: { $boxes_done ->
        [one] { $boxes_done } { -box } terminada
       *[other] { $boxes_done } { -box(number: "other") } terminadas
    }, { $boxes_failed ->
        [one] { $boxes_failed } fallida
       *[other] { $boxes_failed } fallidas
    }; { $doses_given ->
        [one] { $doses_given } { -dose } puesta
       *[other] { $doses_given } { -dose(number: "other") } puestas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiciada
       *[other] { $doses_wasted } desperdiciadas
    }
