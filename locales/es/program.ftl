### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = Tu supervisor, grabado en CPython: el conjunto esperado y los despertares se leen de sus llamadas a asyncio.wait.
executor-awaited-kind-program = tareas que espera tu supervisor
own-inspector-note = Las tareas de tu supervisor se ejecutaron en CPython: las cajas y los tiempos de abajo salen de su ejecución; los sondeos y los despertares solo se cuentan en el ejecutor propio de la página.
executor-program-timers = Una ejecución grabada no tiene cola de temporizadores: la vista propia de asyncio muestra qué espera cada tarea.
# The Python view: the learner's own supervisor.
own-title = Tu propio supervisor
own-intro = Cambia el supervisor de abajo y ejecútalo en CPython real, con las estaciones y los sorteos de la ejecución en pantalla. Después, la página reproduce tu ejecución como cualquier otra y cuenta cada dosis.
own-editor-label = Tu supervisor, en Python
own-editor-failed = El editor de código no se cargó ({ $reason }); en su lugar hay un cuadro de texto sencillo.
own-run = Ejecutar el mío
own-reset = Volver a empezar desde el bucle del artículo
own-failed = Tu programa no se ejecutó: { $error }
own-too-large = Esta ejecución es demasiado grande para un programa: sus sorteos para cada estación y cada caja sumarían { $shots ->
        [one] { $shots } inyección
       *[other] { $shots } inyecciones
    }, y se entregan como mucho { $limit }. Elige menos estaciones, cajas o dosis.
own-raised = Tu programa terminó con una excepción: { $error }
own-summary = Ejecución de tu supervisor: { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }; { $reported ->
        [one] { $reported } dosis informada
       *[other] { $reported } dosis informadas
    } de { $given ->
        [one] { $given } puesta
       *[other] { $given } puestas
    }; { $lost ->
        [one] { $lost } dosis perdida
       *[other] { $lost } dosis perdidas
    }.
own-lost-cancelled = estación { $station }, caja { $box_no }: su tarea seguía en ejecución cuando terminó el programa, así que asyncio.run la canceló; { $unreported ->
        [one] { $unreported } dosis puesta y nunca informada
       *[other] { $unreported } dosis puestas y nunca informadas
    }, { $thrown_away ->
        [one] { $thrown_away } dosis desechada
       *[other] { $thrown_away } dosis desechadas
    }
own-lost-unreported = estación { $station }, caja { $box_no }: su tarea terminó y el programa nunca informó de ella; { $unreported ->
        [one] { $unreported } dosis puesta y nunca informada
       *[other] { $unreported } dosis puestas y nunca informadas
    }, { $thrown_away ->
        [one] { $thrown_away } dosis desperdiciada
       *[other] { $thrown_away } dosis desperdiciadas
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } tarea seguía pendiente
       *[other] { $tasks } tareas seguían pendientes
    } cuando terminó el programa, con { $doses ->
        [one] { $doses } dosis retenida
       *[other] { $doses } dosis retenidas
    }.
own-never-retrieved = { $task } lanzó { $error } y nadie recuperó nunca esa excepción.
own-never-awaited = { $task } se creó y nunca se esperó con await: nada la esperó ni pidió su resultado.
own-blocked = { $calls ->
        [one] { $calls } llamada bloqueante (time.sleep) retuvo
       *[other] { $calls } llamadas bloqueantes (time.sleep) retuvieron
    } el bucle durante { $seconds } s en total: mientras tanto no se ejecutó ninguna otra tarea.
own-beyond-depot = { $boxes ->
        [one] Se abrió { $boxes } caja
       *[other] Se abrieron { $boxes } cajas
    } más allá de { $depot ->
        [one] la { $depot } caja
       *[other] las { $depot } cajas
    } del depósito.
own-left-in-depot = { $boxes ->
        [one] { $boxes } caja nunca se sacó
       *[other] { $boxes } cajas nunca se sacaron
    } del depósito.
own-play = Reproducir tu ejecución
own-engine-differs = El motor con la política «{ $policy }» y los mismos sorteos: difieren por primera vez en el evento { $index }
own-engine-same = El motor con la política «{ $policy }» y los mismos sorteos: la misma ejecución, evento a evento
own-output = Lo que imprimió tu programa
own-concealed = CPython ya lo ha ejecutado. Sus cifras aparecen aquí en cuanto hayas respondido a la pregunta de la lección.
own-listing-not-compared = El listado se compara con las ejecuciones del motor: abre una para ejecutarlo aquí.
# A program shared in a link (#py=…).
own-open = Escribir tu propio supervisor
own-linked = Este programa vino con el enlace. Solo se ejecuta cuando pulsas «Ejecutar el mío».
own-link = Enlace a tu programa
own-link-made = Copia este enlace: abre la página con tu programa en el editor, todavía sin ejecutar.
own-link-too-long = El programa es demasiado largo para un enlace: en un enlace caben como máximo { $limit } KB del programa.
own-link-not-base64 = El programa del enlace (#py=…) no es texto en { $encoding }: { $detail }.
own-link-not-utf8 = El programa del enlace (#py=…) no es texto UTF-8.
