### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = Tu { -supervisor }, grabado en CPython: el { -awaited-set } y los despertares se leen de sus llamadas a asyncio.wait.
executor-awaited-kind-program = { -task(number: "other") } que espera tu { -supervisor }
own-inspector-note = Las { -task(number: "other") } de tu { -supervisor } se ejecutaron en CPython: las { -box(number: "other") } y los tiempos de abajo salen de su ejecución; los sondeos y los despertares solo se cuentan en el { -executor } propio de la página.
executor-program-timers = Una ejecución grabada no tiene { -timer-queue }: la vista propia de asyncio muestra qué espera cada { -task }.
# The Python view: the learner's own supervisor.
own-title = Tu propio { -supervisor }
own-intro = Cambia el { -supervisor } de abajo y ejecútalo en CPython real, con las { -station(number: "other") } y los sorteos de la ejecución en pantalla. Después, la página reproduce tu ejecución como cualquier otra y cuenta cada { -dose }.
own-editor-label = Tu { -supervisor }, en Python
own-editor-failed = El editor de código no se cargó ({ $reason }); en su lugar hay un campo de texto sencillo.
own-run = Ejecutar el mío
own-reset = Volver a empezar desde el bucle del artículo
own-failed = Tu programa no se ejecutó: { $error }
own-too-large = Esta ejecución es demasiado grande para un programa: sus sorteos para cada { -station } y cada { -box } sumarían { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }, y se entregan como mucho { $limit }. Elige menos { -station(number: "other") }, { -box(number: "other") } o { -dose(number: "other") }.
own-raised = Tu programa terminó con una excepción: { $error }
own-summary = Ejecución de tu { -supervisor }: { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }; { $reported ->
        [one] { $reported } { -dose } notificada
       *[other] { $reported } { -dose(number: "other") } notificadas
    } de { $given ->
        [one] { $given } puesta
       *[other] { $given } puestas
    }; { $lost ->
        [one] { $lost } { -dose } perdida
       *[other] { $lost } { -dose(number: "other") } perdidas
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: su { -task } seguía en ejecución cuando terminó el programa, así que asyncio.run la canceló; { $unreported ->
        [one] { $unreported } { -dose } puesta y nunca notificada
       *[other] { $unreported } { -dose(number: "other") } puestas y nunca notificadas
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } desechada
       *[other] { $thrown_away } { -dose(number: "other") } desechadas
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: su { -task } terminó y el programa nunca la notificó; { $unreported ->
        [one] { $unreported } { -dose } puesta y nunca notificada
       *[other] { $unreported } { -dose(number: "other") } puestas y nunca notificadas
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } desperdiciada
       *[other] { $thrown_away } { -dose(number: "other") } desperdiciadas
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } { -task } seguía pendiente
       *[other] { $tasks } { -task(number: "other") } seguían pendientes
    } cuando terminó el programa, con { $doses ->
        [one] { $doses } { -dose } retenida
       *[other] { $doses } { -dose(number: "other") } retenidas
    }.
own-never-retrieved = { $task } lanzó { $error } y nadie recuperó nunca esa excepción.
own-never-awaited = { $task } se creó y nunca se esperó con await: nada la esperó ni pidió su resultado.
own-blocked = { $calls ->
        [one] { $calls } llamada bloqueante (time.sleep) retuvo
       *[other] { $calls } llamadas bloqueantes (time.sleep) retuvieron
    } el { -event-loop } durante { $seconds } s en total: mientras tanto no se ejecutó ninguna otra { -task }.
own-beyond-depot = { $boxes ->
        [one] Se abrió { $boxes } { -box }
       *[other] Se abrieron { $boxes } { -box(number: "other") }
    } más allá de { $depot ->
        [one] la { $depot } { -box }
       *[other] las { $depot } { -box(number: "other") }
    } del { -depot }.
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } nunca se sacó
       *[other] { $boxes } { -box(number: "other") } nunca se sacaron
    } del { -depot }.
own-play = Reproducir tu ejecución
own-engine-differs = El motor con la política «{ $policy }» y los mismos sorteos: difieren por primera vez en el evento { $index }
own-engine-same = El motor con la política «{ $policy }» y los mismos sorteos: la misma ejecución, evento a evento
own-output = Lo que imprimió tu programa
own-concealed = CPython ya lo ha ejecutado. Sus cifras aparecen aquí en cuanto hayas respondido a la pregunta de la lección.
own-listing-not-compared = El listado se compara con las ejecuciones del motor: abre una para ejecutarlo aquí.
# A program shared in a link (#py=…).
own-open = Escribir tu propio { -supervisor }
own-linked = Este programa vino con el enlace. Solo se ejecuta cuando pulsas «Ejecutar el mío».
own-link = Enlace a tu programa
own-link-made = Copia este enlace: abre la página con tu programa en el editor, todavía sin ejecutar.
own-link-too-long = El programa es demasiado largo para un enlace: en un enlace caben como máximo { $limit } KB del programa.
own-link-not-base64 = El programa del enlace (#py=…) no es texto en { $encoding }: { $detail }.
own-link-not-utf8 = El programa del enlace (#py=…) no es texto UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Ejecutar esta ejecución en CPython
python-loading = Cargando Python: { $loaded } de { $total } MB
python-starting = Iniciando Python…
python-running = CPython está ejecutando el listado…
python-agrees = CPython { $version } coincide: { $events } de { $events } { $events ->
        [one] evento
       *[other] eventos
    } en el mismo microsegundo.
python-differs = CPython { $version } difiere del motor por primera vez en el evento { $index }.
python-differs-engine = El motor:
python-differs-cpython = CPython:
python-show-difference = Mostrar el evento { $index }
python-failed = CPython { $version } no pudo ejecutar el listado con esta ejecución: { $error }
python-too-large = Se pasan a CPython ejecuciones de hasta { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }; esta tiene { $doses }.
python-offline = La vista de Python necesita la página servida desde una dirección web: abierta desde un archivo, el navegador no le deja cargar Python.
python-load-failed = No se pudo cargar Python ({ $reason }). El resto de la página funciona como antes.
python-tree = Lo que ve asyncio en el evento { $event }
python-tree-title = La vista propia de asyncio en el evento { $event }
python-tree-explain = El listado se ejecuta en CPython hasta este evento y se detiene ahí: sus { -task(number: "other") } tal como las da asyncio.capture_call_graph, el grafo que imprime python -m asyncio pstree. Cada { -task } está bajo la { -task } que la espera, con las funciones en las que está pausada, de la más externa a la más interna.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, en ejecución ahora
python-tree-failed = No se pudo obtener la vista de asyncio: { $error }
python-tree-more = …y { $count } { $count ->
        [one] { -task } más
       *[other] { -task(number: "other") } más
    }
python-stopped = CPython no respondió en { $seconds } s, así que se detuvo su worker: el límite de tiempo detiene el código Python en la siguiente vuelta del { -event-loop }, no un cálculo largo dentro de una sola llamada en C. Ejecutar vuelve a iniciar Python.
