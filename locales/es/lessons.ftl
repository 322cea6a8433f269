# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
       *[other] { $count } { -dose(number: "other") }
    }

## The lessons menu

lessons-menu-title = Lecciones
lessons-menu-intro = Cada lección recorre momentos de una ejecución. Cuando un paso te pide una predicción, la ejecución avanza hasta el momento que la responde: la respuesta se calcula a partir de la ejecución que ves.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }
lessons-menu-write = Escribir una lección…
lessons-menu-teachers = Para docentes: elige momentos de cualquier ejecución, añade texto y preguntas, y comparte la lección como enlace.

## The lesson card

lesson-step-of = Paso { $number } de { $steps }
lesson-step-announce = Paso { $number } de { $steps }. { $text }
lesson-look-at-lot = Mira el { -lot }.
lesson-look-at-executor = Mira el { -executor }.
lesson-look-at-inspector = Mira el { -inspector }.
lesson-look-at-charts = Mira los gráficos.
lesson-look-at-code = Mira el código.
lesson-look-at-log = Mira el registro.
lesson-look-at-stats = Mira las estadísticas.
lesson-focus-lot = el { -lot }
lesson-focus-executor = el { -executor }
lesson-focus-inspector = el { -inspector }
lesson-focus-charts = los gráficos
lesson-focus-code = el código
lesson-focus-log = el registro
lesson-focus-stats = las estadísticas
lesson-nav =
    .aria-label = Pasos de la lección
lesson-previous = ◀ Anterior
    .title = Paso anterior (Re Pág)
lesson-next = Siguiente ▶
    .title = Paso siguiente (Av Pág)
lesson-exit = Salir de la lección
lesson-cannot-ask = No se puede plantear la pregunta de este paso: { $problem }.

## A prediction

lesson-predict = Predice:
lesson-playing-forward = Avanzando la ejecución hasta la respuesta…
lesson-cpython-running = CPython está ejecutando el programa de este paso en la vista de Python; después viene la pregunta.
lesson-cpython-on-run = Pulsa «Ejecutar el mío» en la vista de Python: CPython ejecuta el programa de este paso y después viene la pregunta.
lesson-cpython-failed = CPython no pudo ejecutar el programa de este paso: { $reason }
lesson-right = Correcto.
lesson-the-answer = ← la respuesta
lesson-not-quite = No exactamente: la respuesta es «{ $answer }».
lesson-skip = Omitir esta predicción
    .title = Seguir sin predecir; el resumen la registra como omitida
lesson-skipped = Omitiste esta predicción. Todavía puedes responderla.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = Objetivo:
lesson-goal-met = Conseguido.
lesson-goal-not-met = Todavía no.
lesson-goal-pending = Aún sin comprobar.
lesson-goal-loses-nothing = tu { -supervisor } notifica cada { -box } del { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }) y no pierde ninguna { -dose }.
lesson-goal-cooperates = tu { -supervisor } nunca retiene el { -thread } con una llamada bloqueante, y no pierde ninguna { -dose }.
lesson-goal-makespan = el { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }) vaciado en { $seconds } s de tiempo simulado como mucho.
lesson-goal-run-mine = Pulsa «Ejecutar el mío» en la vista de Python: CPython ejecuta tu programa con esta ejecución, y el objetivo se comprueba sobre ella.
lesson-goal-did-not-run = Tu programa no se ejecutó hasta el final: { $reason }
lesson-goal-program-problems = La ejecución de tu programa en CPython: { $problems }.
lesson-goal-lost = perdió { $doses } en { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task } seguía
       *[other] { $tasks } { -task(number: "other") } seguían
    } en marcha cuando terminó
lesson-goal-beyond-depot = abrió { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } más allá de las { $depot } del { -depot }
lesson-goal-left-in-depot = dejó { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } en el { -depot }
lesson-goal-blocked = la línea { $line } retuvo el { -thread } { $calls ->
        [one] una vez
       *[other] { $calls } veces
    }, { $seconds } s en total
lesson-goal-blocked-elsewhere = llamadas bloqueantes fuera de tu código retuvieron el { -thread } { $calls ->
        [one] una vez
       *[other] { $calls } veces
    }, { $seconds } s en total
lesson-goal-reported-all = La ejecución de tu programa en CPython notificó todas las { -box(number: "other") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) y no perdió nada.
lesson-goal-never-blocked = La ejecución de tu programa en CPython nunca retuvo el { -thread }, notificó todas las { -box(number: "other") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) y no perdió nada.
lesson-goal-engine-same = El { -supervisor } FIRST_COMPLETED del motor, con los mismos sorteos, da la misma ejecución, evento a evento.
lesson-goal-engine-differs = El { -supervisor } FIRST_COMPLETED del motor, con los mismos sorteos, se separa de ella en el evento { $index }.
lesson-goal-other-depot = La ejecución en pantalla tiene { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }; el { -depot } del paso, { $step_boxes ->
        [one] { $step_boxes } { -box }
       *[other] { $step_boxes } { -box(number: "other") }
    } de { $step_capacity ->
        [one] { $step_capacity } { -dose }
       *[other] { $step_capacity } { -dose(number: "other") }
    }: solo cuenta una ejecución con el { -depot } del paso.
lesson-goal-finished-within = La ejecución en pantalla terminó a los { $time } s, { $spare } s dentro del objetivo.
lesson-goal-finished-late = La ejecución en pantalla terminó a los { $time } s, { $over } s por encima del objetivo.
lesson-goal-past = La ejecución en pantalla ya pasó de { $seconds } s y aún quedan { -box(number: "other") }.
lesson-goal-play = Reproduce la ejecución en pantalla hasta el final: el objetivo se comprueba cuando termina.

## The summary on a lesson's last step

lesson-summary-title = Lo que predijiste
lesson-summary-step = Paso { $step }: { $prompt }
lesson-summary-right = Respondiste «{ $answer }»: correcto.
lesson-summary-wrong = Respondiste «{ $answer }»; la ejecución dio «{ $right }».
lesson-summary-skipped = Omitida; la ejecución dio «{ $right }».
lesson-summary-unanswered = Sin responder; la ejecución dio «{ $right }».
lesson-summary-score = { $right } de { $asked ->
        [one] { $asked } predicción acertada
       *[other] { $asked } predicciones acertadas
    }
lesson-summary-key-idea = Idea clave
lesson-next-lesson = Siguiente lección: { $title }
lesson-summary-menu = Todas las lecciones

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = No se pudo abrir la lección:
lesson-problems-dismiss = Descartar
lesson-resume = Bienvenido de nuevo. ¿Continuar la lección «{ $title }» en el paso { $step }?
lesson-resume-region =
    .aria-label = Continuar una lección
lesson-resume-continue = Continuar
lesson-resume-decline = No, gracias
lesson-no-builtin = no hay ninguna lección incluida llamada { $id }
lesson-kept-unreadable = la lección guardada de la última visita ya no se puede leer

## The lesson editor

lesson-editor-heading = Escribir una lección
lesson-editor-explain = Lleva la ejecución a un momento (reproduce, avanza paso a paso, desplázate o cambia los parámetros) y añádelo como paso. Cada paso se abre exactamente en ese momento. Las respuestas a sus preguntas se calculan a partir de la ejecución.
lesson-editor-title = Título
lesson-editor-summary = Idea clave
lesson-editor-add = Añadir este momento como paso
lesson-editor-moment = (evento { $event } de la ejecución en pantalla)
lesson-editor-step = Paso { $number }: evento { $event } de { $params }
lesson-editor-text = Texto
lesson-editor-look = Mirar
lesson-editor-question = Pregunta
lesson-editor-anywhere = cualquier lugar
lesson-editor-no-question = ninguna
lesson-editor-up =
    .aria-label = Subir el paso { $number }
lesson-editor-down =
    .aria-label = Bajar el paso { $number }
lesson-editor-delete = Eliminar
    .aria-label = Eliminar el paso { $number }
lesson-editor-needs = Para previsualizar y compartir, a la lección todavía le falta:
lesson-editor-preview = Previsualizar la lección
lesson-editor-link = Enlace
lesson-editor-embed = Insertar
lesson-editor-close = Cerrar el editor

## Problems in a lesson file

lesson-problem-at = { $path }: { $problem }
lesson-problems-more =
    { $count ->
        [one] y { $count } problema más
       *[other] y { $count } problemas más
    }
lesson-error-too-big = la lección ocupa { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; { $limit ->
        [one] se acepta como máximo { $limit } byte
       *[other] se aceptan como máximo { $limit } bytes
    } de JSON
lesson-error-not-json = no es JSON válido ({ $detail })
lesson-error-not-object = se esperaba un objeto JSON con un título y pasos
lesson-error-no-steps = se esperaba al menos un paso
lesson-error-too-many-steps = { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }; se aceptan como máximo { $limit }
lesson-error-steps-not-list = se esperaba una lista de pasos, pero hay { $found }
lesson-error-steps-missing = falta: una lección necesita una lista de pasos
lesson-error-step-not-object = se esperaba un objeto, pero hay { $found }
lesson-error-params-too-long = más de { $limit ->
        [one] { $limit } carácter
       *[other] { $limit } caracteres
    }
lesson-error-params-not-text = se esperaba una cadena de consulta como { $example }, pero hay { $found }
lesson-error-at-event = se esperaba un número entero de eventos, 0 o más, pero hay { $found }
lesson-error-text-empty = vacío: se esperaban unas palabras
lesson-error-text-too-long = { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }; se aceptan como máximo { $limit }
lesson-error-not-text = se esperaba texto, pero hay { $found }
lesson-error-text-missing = falta: se esperaba texto
lesson-error-lang = se esperaba una etiqueta de idioma como { $first } o { $second }, pero hay { $found }
lesson-error-focus = { $found } no es una región: se esperaba una de { $accepted }
lesson-error-question-not-object = se esperaba un objeto como { $example }, pero hay { $found }
lesson-error-question-kind = { $found } no es un tipo de pregunta: se esperaba uno de { $accepted }
lesson-error-seconds = se esperaba un tiempo simulado en segundos mayor que 0 y como mucho { $limit }, pero hay { $found }
lesson-error-station = se esperaba un número de { -station }, 1 o más, pero hay { $found }
lesson-error-python-not-text = se esperaba el programa como texto, pero hay { $found }
lesson-error-python-too-long = el programa ocupa más de { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
lesson-error-python-focus = un paso con programa apunta a la vista de Python, bajo el código: su campo focus debe ser { $accepted }, no { $found }
lesson-error-question-needs-python = una pregunta { $kind } trata sobre el programa del paso: escríbelo en { $field }
lesson-error-goal-not-object = se esperaba un objeto como { $example }, pero hay { $found }
lesson-error-goal-kind = { $found } no es un tipo de objetivo: se esperaba uno de { $accepted }
lesson-error-goal-seconds = un objetivo { $kind } necesita { $field }: un tiempo simulado en segundos mayor que 0 y como mucho { $limit }
lesson-error-goal-needs-python = un objetivo { $kind } se comprueba sobre el programa del paso: escríbelo en { $field }
lesson-error-goal-no-python = un objetivo { $kind } se comprueba sobre la ejecución del motor en pantalla: un paso con él no lleva { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } no es un parámetro de la página
lesson-error-page-param = { $name } es un ajuste de la página, no de la ejecución: los params de un paso solo admiten los parámetros de la ejecución
lesson-error-past-limit = { $at } supera el último momento que un paso puede fijar: como máximo { $limit ->
        [one] { $limit } evento
       *[other] { $limit } eventos
    }
lesson-error-past-end = { $at } supera el final de esta ejecución, que tiene { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
lesson-json-null = null
lesson-json-bool = true o false
lesson-json-number = un número
lesson-json-text = texto
lesson-json-list = una lista
lesson-json-object = un objeto
lesson-json-nothing = nada

## A lesson in a link that cannot be read

lesson-link-too-long = la lección del enlace es demasiado larga: { $limit ->
        [one] se acepta como máximo { $limit } byte
       *[other] se aceptan como máximo { $limit } bytes
    } de JSON
lesson-link-not-base64 = la lección del enlace no está en { $encoding }: { $detail }
lesson-link-not-utf8 = la lección del enlace no es texto UTF-8
lesson-link-empty = el enlace termina en { $fragment } y no lleva ninguna lección: el enlace de una lección es { $key } seguido de la lección

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = una pregunta { $kind } necesita una ejecución de como máximo { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }; esta tiene { $doses }
lesson-cannot-past-end = la ejecución solo tiene { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
lesson-cannot-ledger = la ejecución rompe el libro de cuentas: { $detail }
lesson-cannot-needs-article = una pregunta { $kind } necesita el bucle del artículo ({ $param })
lesson-cannot-needs-cpython = una pregunta { $kind } se responde ejecutando el programa del paso en CPython
lesson-cannot-no-cancel = ninguna { -task } se cancela después de este momento: pregunta antes de que termine el bucle
lesson-cannot-no-double = ninguna espera después de este momento devuelve dos { -task(number: "other") }: haz que todas las { -shot(number: "other") } duren lo mismo ({ $code })
lesson-cannot-nothing-returns = ninguna { -task } de { -station } termina después de este momento
lesson-cannot-not-after = el tiempo preguntado, { $by } s, no es posterior al momento del paso, { $now } s
lesson-cannot-needs-blocking = una pregunta { $kind } necesita una { -station } bloqueante ({ $param } en { $field })
lesson-cannot-no-finish = la { -station } { $station } no termina ninguna { -box } después de este momento
lesson-cannot-no-open = la { -station } { $station } no abre ninguna { -box } después de este momento
lesson-cannot-no-failure = la avería no terminó en ningún fallo
lesson-cannot-no-station =
    la { -station } { $station } no existe: la ejecución tiene { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
lesson-cannot-not-working = la { -station } { $station } no tiene ninguna { -box } abierta en este momento, así que no puede averiarse
lesson-cannot-none-working = ninguna { -station } tiene una { -box } abierta en este momento
lesson-cannot-not-broken = la { -station } { $station } no se pudo averiar en este momento
lesson-cannot-sleep-blocking = la { -station } { $station } bloquea el { -thread }: su { -task } nunca duerme en un { -timer }
lesson-cannot-not-asleep = la { -task } de la { -station } { $station } no está dormida en un { -timer } en este momento: la { -station } no tiene ninguna { -box } abierta, o su { -task } retiene el { -thread } o lo espera
lesson-cannot-none-asleep = ninguna { -task } de { -station } está dormida en un { -timer } en este momento
lesson-cannot-woken-early =
    la { -task } de la { -station } { $station } se sondea { $polls ->
        [one] una vez
       *[other] { $polls } veces
    } antes de su siguiente { -shot }: algo distinto de su { -timer } la despierta (una avería a mano)
lesson-cannot-no-thread = la ejecución no guarda registro de su { -thread } en este momento
lesson-cannot-ready-few =
    la { -ready-queue } tiene { $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    } en este momento; la pregunta necesita al menos { $least }
lesson-cannot-needs-supervisor = una pregunta { $kind } necesita un { -supervisor } que espere a las { -task(number: "other") } de las { -station(number: "other") } ({ $param })
lesson-cannot-not-after-failure = el momento no sigue al fallo de una { -station }: su último evento debe ser uno
lesson-cannot-not-returned = la { -task } de la { -station } { $station } no ha terminado hasta este momento
lesson-cannot-nothing-returned = ninguna { -task } de { -station } ha terminado hasta este momento
lesson-cannot-refilled = la { -station } { $station } no espera ninguna { -box } en este momento: ya tiene la siguiente
lesson-cannot-refilling = el { -supervisor } está repartiendo { -box(number: "other") } nuevas en este momento: pregunta antes de que empiece, o cuando cada { -station } tenga su { -box }

## Which station's task returns next

lesson-next-prompt = ¿La { -task } de qué { -station } termina a continuación?
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = la { -box } { $box } quedó terminada
lesson-next-failed = falló en la { -box } { $box } ({ $error })
lesson-error-spoiled = la { -dose } { $shot } de la { -box } se estropeó
lesson-error-broken = averiada a mano durante la { -shot } { $shot }
lesson-next-rival = a la { -station } { $station } le quedaban { $doses }
lesson-next-rivals = {" "}En el momento del paso: { $rivals }.
lesson-next-explanation = La { -task } de la { -station } { $station } fue la siguiente en terminar, a los { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = El { -supervisor }, que espera al conjunto entero, despierta en cuanto una { -task } ha vuelto y atiende todas las que han terminado hasta entonces, esta incluida, reiniciando cada { -station } de inmediato.
lesson-sees-all-waiting = Con ALL_COMPLETED el { -supervisor } la notifica, pero no da una { -box } nueva a la { -station }: queda inactiva hasta que todo el lote haya terminado.
lesson-sees-all-restart = Era la última de su lote, así que con ALL_COMPLETED el { -supervisor } dio a la vez una { -box } nueva a cada { -station }.
lesson-sees-all-empty = Era la última de su lote y el { -depot } estaba vacío: ninguna { -station } recibió una { -box } nueva.
lesson-sees-queue = Un callback de finalización la mete en la cola de finalizaciones, y el { -supervisor } la toma de ahí.
lesson-sees-article = El bucle del artículo despierta por ella en una de sus esperas contadas, con todas las { -task(number: "other") } terminadas hasta entonces, y reinicia su { -station } de inmediato, queden { -box(number: "other") } o no.
lesson-sees-taskgroup = La propia { -task } de la { -box } la notifica y libera la { -station }, y la { -task } de la { -box } siguiente, que espera en el semáforo, ocupa la { -station } libre de número más bajo.
lesson-sees-taskgroup-last = La propia { -task } de la { -box } la notifica y libera la { -station }; no queda ninguna { -box }, así que la { -station } se queda libre.
lesson-sees-workers = El trabajador de la { -station } la notifica él mismo y toma la siguiente { -box } de la cola.
lesson-sees-workers-last = El trabajador de la { -station } la notifica él mismo; la cola está vacía, así que el trabajador termina.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = La { -task } de la { -station } { $station }
lesson-task-worker = El trabajador de la { -station } { $station }
lesson-task-box = La { -task } de la { -box } { $box }
lesson-task-supervisor = El { -supervisor }
lesson-task-callback = Un callback del { -event-loop }

## How often a sleeping task is polled

lesson-sleep-polls-prompt = La { -task } de la { -station } { $station } duerme hasta su siguiente { -shot }, prevista a los { $time } s (mira la { -timer-queue }). ¿Cuántas veces la sondeará el { -executor } hasta que ponga esa { -shot }?
lesson-sleep-polls-none = Ninguna: el { -timer } pone la { -shot } por sí solo
lesson-sleep-polls-once = Una vez: cuando salta su { -timer }, y ese sondeo pone la { -shot }
lesson-sleep-polls-per-ms =
    Unas { $polls ->
        [one] { $polls } vez
       *[other] { $polls } veces
    }: una por cada milisegundo de su espera
lesson-sleep-polls-always = Una y otra vez, hasta que salta su { -timer }
lesson-sleep-polls-explanation =
    El { -executor } sondeó la { -task } de la { -station } { $station } una vez, a los { $time } s, cuando saltó su { -timer }: ese sondeo { $outcome ->
        [spoiled] encontró la { -dose } estropeada
       *[shot] puso la { -shot }
    }. En los { $seconds } s anteriores no la sondeó en absoluto: una { -task } dormida espera en la { -timer-queue }, no en la { -ready-queue }, y no le cuesta nada al { -thread }. Mientras tanto, otras { -task(number: "other") } tuvieron { $turns ->
        [one] { $turns } turno
       *[other] { $turns } turnos
    }.

## Which ready task runs next

lesson-next-turn-prompt = Estas { -task(number: "other") } están listas para ejecutarse: la { -ready-queue }, bajo el { -lot }. ¿Cuál toma el { -thread } a continuación?
lesson-next-turn-all = Todas a la vez
lesson-next-turn-explanation = { $task } se ejecutó a continuación: estaba al frente de la { -ready-queue }. El { -executor } ejecuta una { -task } a la vez y toma las listas en el orden en que quedaron listas: la primera en llegar es la primera en salir, y cada una se ejecuta hasta que hace await. Detrás esperaban: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = La { -task } de la { -station } { $station } acaba de lanzar un error. ¿Qué hace el { -supervisor }?
lesson-after-failure-stops-run = Detiene toda la ejecución: el error termina el programa
lesson-after-failure-retries = Vuelve a dar a la { -station } { $station } la misma { -box }, para reintentarla
lesson-after-failure-new-box = Notifica el error y da de inmediato una { -box } nueva a la { -station } { $station }
lesson-after-failure-new-box-later = Notifica el error y da una { -box } nueva a la { -station } { $station } cuando vuelva todo el lote
lesson-after-failure-station-stops = Notifica el error; no queda ninguna { -box } para la { -station } { $station }, así que se detiene
lesson-after-failure-ignores = Nada hasta que termina la ejecución: el error espera en la { -task }
lesson-after-failure-then-new = la { -station } { $station } recibió la { -box } { $box } de inmediato, a los { $time } s, y el bucle siguió
lesson-after-failure-then-later = la { -station } { $station } esperó al resto de su lote y recibió la { -box } { $box } a los { $time } s
lesson-after-failure-then-stops = no quedaba ninguna { -box } para la { -station } { $station }, así que se detuvo mientras las demás seguían
lesson-after-failure-explanation = Una { -task } que falla ha terminado, así que el { -supervisor } la recibió como cualquier otra, tomó el error como su resultado y lo notificó: la { -box } { $box } falló ({ $error }), y las { -dose(number: "other") } que quedaban en ella ({ $wasted }) se contaron como desperdiciadas, sin reintentarlas. Después, { $then }.

## When a station gets its next box

lesson-refill-prompt = La { -task } de la { -station } { $station } ha terminado. ¿Cuándo recibe la { -station } { $station } su siguiente { -box }?
lesson-refill-at-once = De inmediato: en cuanto su { -task } ha terminado
lesson-refill-pause = Tras una pausa fija, hagan lo que hagan las demás { -station(number: "other") }
lesson-refill-batch = Más tarde: cuando todas las demás { -task(number: "other") } de su lote hayan terminado
lesson-refill-never = Nunca: el { -depot } no tiene ninguna { -box } para ella
lesson-refill-explanation-at-once = La { -station } { $station } recibió la { -box } { $box } a los { $time } s, en el mismo instante en que terminó su { -task }. { $supervisor }
lesson-refill-explanation-batch = La { -station } { $station } no recibió la { -box } { $box } hasta los { $time } s, { $seconds } s después de que terminara su { -task }, cuando terminó la { -task } de la { -station } { $last }, la última de su lote. { $supervisor }
lesson-refill-explanation-never = La { -station } { $station } no recibió ninguna otra { -box }: no quedaba ninguna para ella, así que estuvo inactiva hasta el final de la ejecución.

## How many boxes are done by a time

lesson-boxes-prompt = ¿Cuántas { -box(number: "other") } estarán terminadas a los { $by } segundos?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    A los { $by } s había { $boxes ->
        [one] { $boxes } { -box } terminada
       *[other] { $boxes } { -box(number: "other") } terminadas
    }: { $more } más que en el momento del paso, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = ¿ALL_COMPLETED termina antes o después que FIRST_COMPLETED en esta ejecución, y por cuánto?
lesson-all-vs-first-sooner = ALL_COMPLETED termina primero
lesson-all-vs-first-even = Ambas terminan con menos de un 0,5 % de diferencia
lesson-all-vs-first-under-5 = ALL_COMPLETED termina después, por menos de un 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED termina después, entre un 5 % y un 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED termina después, por más de un 20 %
lesson-percent-later = { $percent } % más tarde
lesson-percent-sooner = { $percent } % antes
lesson-all-vs-first-explanation = ALL_COMPLETED terminó a los { $all } s y FIRST_COMPLETED a los { $first } s: { $difference }. Al esperar a todo el lote, las { -station(number: "other") } estuvieron inactivas { $all_idle } { -station }-segundos, frente a { $first_idle } cuando cada { -station } se reinicia en cuanto termina.

## A station that blocks the thread

lesson-blocking-prompt = Mientras la { -station } { $station } trabaja en su { -box }, ¿dan las demás { -station(number: "other") } alguna { -shot }?
lesson-blocking-yes = Sí: las demás siguen poniendo { -shot(number: "other") } mientras trabaja
lesson-blocking-no = No: ninguna pone una { -shot } hasta que suelta el { -thread }
lesson-blocking-explanation =
    La { -station } { $station } retuvo el { -thread } desde { $from } s hasta { $to } s, y las demás { -station(number: "other") } pusieron { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } en ese tiempo. Mientras una { -task } retiene el { -thread }, no se ejecuta ninguna otra { -task } ni el callback de ningún { -timer }: las demás solo tienen su turno cuando lo suelta. { $after ->
        [turn] Aquí pusieron { $between ->
            [one] { $between } { -shot }
           *[other] { $between } { -shot(number: "other") }
        } antes de que la { -station } { $station } volviera a tomar el { -thread }.
        [none] Aquí no tuvieron ninguno: la { -station } { $station } tomó su { -box } siguiente al instante y volvió a retener el { -thread }.
       *[last] Esa era su última { -box }.
    }

## Breaking a station now

lesson-waste-prompt = Si la { -station } { $station } se avería ahora, ¿cuántas { -dose(number: "other") } se desperdician?
lesson-waste-restarted = el { -supervisor } notificó el error y reinició la { -station } con una { -box } nueva
lesson-waste-restarted-at = el { -supervisor } notificó el error, y no da a la { -station } una { -box } nueva hasta los { $seconds } segundos, cuando vuelve a repartir { -box(number: "other") }
lesson-waste-stopped = el { -supervisor } notificó el error; el { -depot } estaba vacío, así que la { -station } se detuvo
lesson-waste-caught = su { -task } capturó el error y lo notificó ella misma, y la { -station } pasó a la siguiente { -box }
lesson-waste-caught-stopped = su { -task } capturó el error y lo notificó ella misma; no quedaba ninguna { -box }, así que la { -station } se detuvo
lesson-waste-explanation = La { -station } { $station } se averió con { $wasted } pendientes en la { -box } { $box }: todas se desperdician, las { $given } que ya puso de esa { -box } siguen puestas, y { $then }.

## The article's loop

lesson-vanished-prompt = Cuando termina el bucle, ¿cuántas { -dose(number: "other") } desaparecen del recuento (puestas y nunca notificadas, o desechadas)?
lesson-vanished-explanation =
    El bucle hizo su última espera y el programa terminó con { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } todavía en marcha: asyncio.run las canceló a mitad de { -box }. De sus { $vanished }, puestas pero nunca notificadas: { $unreported }; desechadas con sus { -box(number: "other") }: { $discarded }.
lesson-printed-prompt = El bucle imprime su número de esperas como número de cada { -box }. A partir de este momento, ¿qué número es el primero que el bucle imprime para dos { -box(number: "other") } distintas?
lesson-program-lost-prompt = ¿Cuántas { -dose(number: "other") } pierde este { -supervisor }: puestas y nunca notificadas, o desechadas con { -box(number: "other") } que nunca notificó?
lesson-program-lost-explanation =
    CPython lo ejecutó con estos mismos sorteos: perdió { $lost } en { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }. Puestas y nunca notificadas: { $unreported }; desechadas o desperdiciadas con esas { -box(number: "other") }: { $thrown_away }. El { -lot } y el registro muestran cada { -box }.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } en la { -station } { $station }
lesson-printed-explanation =
    La espera { $wait } devolvió { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } a la vez, así que el bucle imprimió { $printed } para cada una ({ $boxes }) y contó una sola espera.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Un { -thread }, muchas { -task(number: "other") }
lesson-one-thread-step-1 = Tres { -station(number: "other") } de vacunación comparten un solo { -thread }. Cada { -station } trabaja en su { -box } de { -dose(number: "other") } como una { -task } asíncrona: para cada { -shot } duerme lo que tarda la { -shot } y luego la pone. Aquí nada se ejecuta en paralelo. El { -executor } ejecuta una { -task } a la vez, y una { -task } solo se ejecuta hasta que hace await. El { -supervisor } ha abierto una { -box } en cada { -station } y ahora espera a que termine la primera { -task }.
lesson-one-thread-step-2 = El { -awaited-set } contiene una { -task } por { -station }, y la { -timer-queue } guarda el momento en que debe despertar cada { -task } dormida. El { -supervisor } también duerme, esperando a que termine la primera { -task } del conjunto.
lesson-one-thread-step-3 = La { -station } 3 acaba de poner la última { -dose } de su { -box }: su { -task } ha terminado, y el { -supervisor }, que espera al conjunto de { -task(number: "other") } de las { -station(number: "other") }, despertó por esa { -task } y notificó su { -box }. Las otras dos { -task(number: "other") } siguen en marcha. El conjunto que espera el { -supervisor } no es fijo: cambia a lo largo de la ejecución.
lesson-one-thread-step-4 = El { -inspector } muestra los sondeos y los despertares de cada { -task }. Una { -task } se sondea cuando empieza y cada vez que su { -timer } la despierta; entre medias está inactiva y no retiene nada. Por eso un solo { -thread } puede atender muchas { -station(number: "other") }: casi todo el tiempo, todas las { -task(number: "other") } duermen.
lesson-one-thread-step-5 = El { -depot } acaba de entregar su última { -box }. A partir de ahora el { -supervisor } no lanza ninguna { -task } nueva: solo espera a las { -task(number: "other") } que siguen en marcha, y cada { -station } se detiene cuando termina su última { -box }.
lesson-one-thread-step-6 = La ejecución ha terminado. Todas las { -dose(number: "other") } están contabilizadas: las { -dose(number: "other") } puestas y las desperdiciadas suman todas las { -dose(number: "other") } del { -depot }. Repite cualquier paso, o cambia los parámetros y observa cómo el mismo { -executor } se las arregla con más { -station(number: "other") }.
lesson-one-thread-summary = Concurrencia en un solo { -thread }: las { -task(number: "other") } se turnan, y una { -task } solo se ejecuta hasta que hace await. Una { -task } dormida no cuesta nada, así que un solo { -executor } mantiene ocupadas muchas { -station(number: "other") } mientras el { -supervisor } atiende cada { -task } en cuanto termina.

lesson-failure-title = Errores como valores
lesson-failure-step-1 = En esta ejecución una { -dose } puede estropearse: cada { -shot } falla con una pequeña probabilidad, y entonces la { -task } de la { -station } termina con un error en lugar de un recuento. En Rust la { -task } devuelve un valor Err. En asyncio la corrutina lanza una excepción, y la { -task } la guarda hasta que alguien pide su resultado.
lesson-failure-step-2 = La { -task } de la { -station } 1 acaba de fallar: la { -dose } 17 de su { -box } se estropeó, y la { -task } terminó con un error en lugar de un recuento. Una { -task } que falla también ha terminado: para el { -supervisor }, que espera a que termine la primera { -task }, un error es un resultado como cualquier otro.
lesson-failure-step-3 = El { -supervisor } tomó el error de la { -task } terminada y lo notificó. Las { -dose(number: "other") } que quedaban en la { -box } fallida se cuentan como desperdiciadas, no como perdidas, y la { -station } vuelve a empezar con una { -box } nueva del { -depot }. Lee el registro: el fallo nombra la { -station }, la { -box } y la { -dose } estropeada.
lesson-failure-step-4 = Puedes averiar una { -station } tú mismo: haz clic en una { -station } que esté trabajando en el { -lot }, o ponle el foco y pulsa Intro. El { -supervisor } trata ese error exactamente igual que una { -dose } estropeada. Antes de probarlo, predice cuánto costaría averiar ahora la { -station } 1.
lesson-failure-step-5 = Las estadísticas: { -dose(number: "other") } puestas, { -dose(number: "other") } desperdiciadas y las { -box(number: "other") } fallidas. Falle lo que falle, las cuentas siguen cuadrando: las { -dose(number: "other") } puestas, las desperdiciadas y las que quedan en { -box(number: "other") } abiertas siempre suman todas las { -dose(number: "other") } sacadas del { -depot }.
lesson-failure-step-6 = En el código, el { -supervisor } mira el resultado de cada { -task } terminada: un recuento si tiene éxito, un error si falla, y en ambos casos la { -station } recibe una { -box } nueva mientras el { -depot } tenga alguna. Un fallo nunca detiene el bucle, porque el error llega como un valor que el { -supervisor } maneja.
lesson-failure-summary = Un error es un resultado como cualquier otro: la { -task } que falló ha terminado, el { -supervisor } toma su error como un valor, cuenta como desperdiciadas las { -dose(number: "other") } que quedaban en la { -box } y reinicia la { -station }, y el bucle sigue.

lesson-blocking-title = Una { -task } que nunca hace await
lesson-blocking-step-1 = La { -station } 1 está mal escrita: para cada { -shot } duerme con una llamada bloqueante (time.sleep en Python, std::thread::sleep en Rust; el motor la imita adelantando su reloj mientras retiene el { -thread }) en lugar de hacer await de una espera. Una llamada bloqueante retiene el { -thread }. Las { -station(number: "other") } 2 y 3 están escritas como antes, y las tres { -task(number: "other") } se lanzaron juntas.
lesson-blocking-step-2 = La { -station } 1 acaba de soltar el { -thread }: su { -box } está terminada y su { -task } ha devuelto su resultado. Las { -station(number: "other") } 2 y 3 todavía no pusieron ni una sola { -shot }: la { -station } 1 se ejecutó primero y retuvo el { -thread } antes de que sus { -task(number: "other") } pudieran siquiera empezar su primera espera. La empiezan ahora, y el { -supervisor } pone en marcha la { -station } 1 con una { -box } nueva, que se ejecutará antes de que venzan sus { -timer(number: "other") }. Mira el { -executor }: el { -awaited-set } y la { -timer-queue }.
lesson-blocking-step-3 = La { -station } 1 ha vuelto a soltar el { -thread }, tras su segunda { -box }. Mientras lo retenía, vencieron los { -timer(number: "other") } de las { -station(number: "other") } 2 y 3; al soltarlo saltaron, y sus { -task(number: "other") } esperan ahora en la { -ready-queue }, bajo el { -lot }. El { -supervisor } tiene el { -thread }: acaba de dar a la { -station } 1 su siguiente { -box }.
lesson-blocking-step-4 = Las { -station(number: "other") } 2 y 3 apenas pusieron { -shot(number: "other") }: cada una pone una { -shot } por cada { -box } de la { -station } 1. Cada vez que la { -station } 1 suelta el { -thread }, los { -timer(number: "other") } vencidos mientras tanto saltan juntos, las { -station(number: "other") } 2 y 3 tienen un turno cada una, y la siguiente { -box } de la { -station } 1 vuelve a tomar el { -thread }.
lesson-blocking-step-5 = La { -station } 1 ha terminado su última { -box } antes de que las demás terminaran la primera. Mira el { -thread } bajo el { -lot }: su franja de turnos recientes muestra quién se ejecutó y durante cuánto tiempo. Los turnos de la { -station } 1 duran segundos, una { -box } entera cada uno; entre ellos, las { -station(number: "other") } 2 y 3 tienen un turno cada una, de una { -shot }, que no lleva tiempo alguno.
lesson-blocking-step-6 = La solución es hacer await de una espera que devuelva el { -thread }: en Python, await asyncio.sleep(...) en lugar de time.sleep(...), una palabra clave y otra función; en Rust, el sleep del runtime, con await. Así una { -station } devuelve el { -thread } en cada { -shot } y las demás se ejecutan mientras espera. Cualquier llamada bloqueante hace el mismo daño: leer un archivo, un cálculo lento, una llamada de red sin await.
lesson-blocking-summary = Una { -task } que nunca hace await retiene el { -thread }, y ninguna otra { -task } se ejecuta hasta que lo suelta. Haz await en lugar de bloquear, para que las demás se ejecuten mientras una { -task } espera.

lesson-policies-title = Esperar a la primera, o a todas
lesson-policies-step-1 = Las { -station(number: "other") } trabajan a velocidades distintas: la { -station } 1 pone sus { -shot(number: "other") } el doble de rápido que la { -station } 2, y la { -station } 3, a la mitad de velocidad que la { -station } 2. El { -supervisor } espera a que termine la primera { -task } (FIRST_COMPLETED) y reinicia esa { -station } de inmediato. Supón que esperara a todas (ALL_COMPLETED) antes de reponer ninguna.
lesson-policies-step-2 = Ahora la misma semilla con ALL_COMPLETED: el { -supervisor } espera a todo el lote de { -task(number: "other") } que lanzó. La { -station } 1 ha terminado su { -box } la primera, y el { -supervisor } la ha notificado.
lesson-policies-step-3 = La { -task } de la { -station } 2 también ha terminado, y su { -box } está notificada. La { -station } 3, la más lenta, sigue trabajando en su primera { -box }. El { -awaited-set } muestra lo que espera el { -supervisor }.
lesson-policies-step-4 = Los gráficos repiten la misma semilla con cada política. El tiempo con una { -box } abierta muestra dónde pierde ALL_COMPLETED: las { -station(number: "other") } rápidas esperan a la más lenta en cada lote.
lesson-policies-step-5 = Una tercera forma: la { -task } de cada { -station } envía su resultado por una cola, y el { -supervisor } toma los resultados de la cola en el orden en que llegan. Es la misma ejecución que FIRST_COMPLETED, { -box } a { -box } y microsegundo a microsegundo, escrita de otra manera. Compara el código de ambas.
lesson-policies-summary = Cómo espera el { -supervisor } decide cómo se aprovechan las { -station(number: "other") }: FIRST_COMPLETED repone cada { -station } en cuanto termina, mientras que ALL_COMPLETED deja inactivas a las rápidas hasta que termina la más lenta del lote.

lesson-article-title = El bucle del artículo, con sus errores
lesson-article-step-1 = Esta ejecución sigue el flujo de control del clásico artículo sobre asyncio, tal como está escrito. Su bucle no cuenta { -box(number: "other") }: cuenta cuántas veces ha esperado al conjunto de { -task(number: "other") } de las { -station(number: "other") }, y se detiene tras tantas esperas como { -box(number: "other") } hay. Cada { -task } que encuentra terminada recibe una { -box } nueva de inmediato, queden { -box(number: "other") } o no.
lesson-article-step-2 = El bucle está cerca de su última espera, y todas las { -station(number: "other") } están a mitad de una { -box }. Cuando esa espera devuelva su resultado, el programa termina, y asyncio.run cancela todas las { -task(number: "other") } que sigan en marcha. Predice cuánto cuesta eso.
lesson-article-step-3 = El { -depot } muestra las { -box(number: "other") } sacadas de más: el bucle reinició { -task(number: "other") } después de que se acabara la última { -box }. Las estadísticas cuentan las { -dose(number: "other") } que desaparecieron: las que pusieron las { -task(number: "other") } canceladas, que nunca se notificaron, y las que quedaban en sus { -box(number: "other") }, desechadas.
lesson-article-step-4 = Ahora cada { -shot } dura exactamente 100 ms, así que las tres { -station(number: "other") } terminan cada { -box } en el mismo instante, y una sola espera devuelve las tres { -task(number: "other") }. El bucle imprime su número de esperas donde debería ir el número de la { -box }.
lesson-article-step-5 = Cada número aparece tres veces, y el bucle notifica tres { -box(number: "other") } por espera: tras sus seis esperas ha notificado dieciocho { -box(number: "other") } de un { -depot } de seis. La comparación repite la misma semilla con cada política: los { -supervisor(number: "other") } exactos abren seis { -box(number: "other") } y no pierden nada.
lesson-article-step-6 = La misma ejecución con FIRST_COMPLETED, tal como la escribe el { -supervisor } de esta aplicación: cuenta { -box(number: "other") }, reinicia una { -station } solo mientras el { -depot } tenga alguna, y espera a las { -station(number: "other") } que siguen trabajando antes de terminar. Todas las { -dose(number: "other") } se ponen y se notifican.
lesson-article-summary = Cuenta lo que de verdad quieres contar: el bucle del artículo cuenta esperas en lugar de { -box(number: "other") }, así que saca { -box(number: "other") } de más del { -depot }, imprime números de espera como números de { -box }, y al terminar cancela { -task(number: "other") } cuyas { -dose(number: "other") } nunca se notifican.

lesson-own-supervisor-title = Escribe tu propio { -supervisor }
lesson-own-supervisor-step-1 = Aquí el bucle del clásico artículo es un programa tuyo: la vista de Python lo muestra en un editor, y CPython lo ejecuta con las { -station(number: "other") } y los sorteos de esta ejecución. Lanza una { -task } por { -station }, espera un número fijo de veces y reinicia cada { -station } cuya { -task } encuentra terminada. Predice antes de mirar: ¿cuánto pierde?
lesson-own-supervisor-step-2 = Este { -supervisor } lanza una { -task } por { -station } y no espera a ninguna; solo duerme. Una { -task } no necesita que nadie le haga await para ejecutarse: el { -event-loop } la ejecuta igualmente. Pero nadie recoge su resultado, así que nadie notifica su { -box }.
lesson-own-supervisor-step-3 = El arreglo: esperar mientras quede alguna { -task } en marcha, hagan falta las esperas que hagan falta; notificar cada { -task } de cada conjunto de terminadas, y volver a poner en marcha una { -station } solo mientras el { -depot } tenga alguna { -box }. Predice cuánto pierde este.
lesson-own-supervisor-step-4 = Este también notifica cada { -box }, pero después de cada notificación hace una pausa con time.sleep. No se pierde nada, y aun así: mira las notas bajo su resultado. Mientras el { -supervisor } duerme de este modo, retiene el único { -thread }, y ninguna { -station } pone una { -shot }. Compara cuándo termina su ejecución con cuándo terminó la anterior.
lesson-own-supervisor-step-5 = Tu programa es ahora el { -supervisor } FIRST_COMPLETED del motor, línea por línea. El botón bajo su resultado compara las dos ejecuciones evento a evento con los mismos sorteos. Cambia el programa en el editor, vuelve a ejecutarlo y mira dónde se separan las dos.
lesson-own-supervisor-summary = Un { -supervisor } responde de cada { -task } que lanza: espera a cada una, mira su resultado y solo termina cuando no queda ninguna en marcha. Una { -task } a la que nadie espera se ejecuta igualmente, pero lo que hace se pierde para el recuento.

lesson-exercises-title = Ejercicios
lesson-exercises-step-1 = Te toca: este { -supervisor } solo espera mientras todas las { -station(number: "other") } están ocupadas. En cuanto una encuentra vacío el { -depot }, termina, y asyncio.run cancela las { -task(number: "other") } que aún ponen { -shot(number: "other") }. Cámbialo en el editor hasta que notifique cada { -box } y no pierda ninguna { -dose }, y pulsa «Ejecutar el mío». El objetivo bajo este texto comprueba cada ejecución tuya.
lesson-exercises-step-2 = Este { -supervisor } no pierde nada, pero tras cada notificación hace una pausa con time.sleep, que retiene el único { -thread }: mientras tanto ninguna { -station } pone una { -shot }. Tú escribes solo el { -supervisor } (las { -station(number: "other") } son de la página), así que aquí la llamada bloqueante es del { -supervisor }. Haz que pause sin retener el { -thread } y vuelve a pulsar «Ejecutar el mío».
lesson-exercises-step-3 = Con ALL_COMPLETED cada lote de { -box(number: "other") } espera a la más lenta, y la { -station } 3 trabaja a media velocidad. Vacía el mismo { -depot } antes: cambia la política, las { -station(number: "other") } o sus velocidades en «Parámetros», al pie de la página, aplica y reproduce la ejecución hasta el final. El objetivo comprueba la ejecución en pantalla.
lesson-exercises-summary = Un ejercicio se comprueba sobre tu propia ejecución, nunca a mano: CPython ejecuta tu { -supervisor } con los sorteos del motor, y la página cuenta cada { -box } y cada { -dose } que notifica, cada llamada bloqueante y cuánto tarda el { -depot }.

lesson-event-loop-title = Eres el { -event-loop }
lesson-event-loop-step-1 = Esta vez el { -event-loop } eres tú. El { -supervisor } acaba de lanzar las { -task(number: "other") } de tres { -station(number: "other") }; las { -station(number: "other") } 1 y 2 tardan 0,2 s por { -shot }, y la { -station } 3 tarda 0,4 s. En cada decisión que toma el { -event-loop }, elige qué hace: qué { -task } lista reanuda o, cuando no hay ninguna lista, qué { -timer } dispara. Cada decisión se comprueba con las reglas de asyncio, y la ejecución sigue desde la correcta.
lesson-event-loop-step-2 = Las { -station(number: "other") } 1 y 2 están a punto de poner la última { -shot } de sus { -box(number: "other") }. Vuelve a hacer de { -event-loop }: fíjate en a quién se despierta cuando termina la { -task } de una { -station }, y en qué lugar entra en la { -ready-queue }.
lesson-event-loop-step-3 = Otra ejecución: ahora la { -station } 2 bloquea el { -thread } durante toda su { -box }, 0,6 s, con una llamada bloqueante en lugar de un await. Los { -timer(number: "other") } de las { -station(number: "other") } 1 y 3 vencen mientras ella retiene el { -thread }. ¿Cuál dispara el { -event-loop } cuando recupera el { -thread }, y a quién reanuda?
lesson-event-loop-step-4 = De vuelta a la primera ejecución, esta vez para mirar en lugar de hacer de { -event-loop }: la vista del { -thread } bajo el { -lot } muestra la { -ready-queue } en cada evento de cualquier ejecución, con la de delante primero. Las { -station(number: "other") } 1 y 2 volvieron a vencer juntas, y la { -station } 3 con ellas.
lesson-event-loop-step-5 = Ese es todo el trabajo del { -event-loop }: tomar la { -ready-queue } por delante y, cuando está vacía, dormir hasta el { -timer } que vence antes. La vista del { -thread } bajo el { -lot } muestra esa misma cola en cada momento de cualquier ejecución; abre el { -lot } con loop=1 en la dirección para seguir haciendo de { -event-loop } en una ejecución tuya.
lesson-event-loop-summary = El { -event-loop } toma dos tipos de decisiones, y ninguna depende de las { -task(number: "other") }. Reanuda las { -task(number: "other") } listas en el orden en que quedaron listas: la primera en llegar es la primera en salir; cuando no hay ninguna lista, duerme hasta el plazo más próximo y dispara en una sola vuelta todos los { -timer(number: "other") } que vencen entonces. Una { -task } que termina solo despierta a quien la espera a través de un callback de finalización, una vuelta después, y una { -task } que bloquea hace esperar a todos los { -timer(number: "other") } vencidos mientras tanto hasta que suelta el { -thread }.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = Eres el { -event-loop }. La { -ready-queue } contiene, en el orden en que entraron: { $queue }. ¿Qué { -task } reanudas?
loop-fire-prompt = Eres el { -event-loop }. Estos { -timer(number: "other") } están programados. ¿Cuál disparas ahora?
loop-station = { -station } { $station }
loop-fire-option =
    { $count ->
        [one] { $stations }, vence a los { $due } s
       *[other] { $stations }, vencen a la vez a los { $due } s
    }
loop-resume-why = La { -ready-queue } de asyncio sigue el orden de llegada: { $task } entró primero, a los { $since } s ({ $cause }), así que el { -event-loop } le da el turno antes que a las que esperan detrás: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}El { -supervisor } espera detrás: { $task } terminó a los { $since } s, y asyncio ejecuta el callback de finalización de una { -task } terminada una vuelta después; solo entonces despierta al { -supervisor }.
loop-supervisor-behind-callback = {" "}El { -supervisor } espera detrás: el callback de finalización de una { -task } terminada lo despertó a los { $since } s, y asyncio ejecuta ese callback una vuelta después de que la { -task } termine.
loop-cause-done-callback = lo despertó el callback de finalización de una { -task } terminada
loop-cause-timer = saltó su { -timer }
loop-cause-done = { $task } terminó, y su callback de finalización lo despertó
loop-cause-spawned = el { -supervisor } acababa de lanzar esa { -task }
loop-cause-woken = { $task } hizo que despertara
loop-fire-why = El { -event-loop } duerme hasta el plazo más próximo y dispara el { -timer } que vence entonces: { $stations }, a los { $due } s. Un plazo posterior espera su turno.
loop-fire-why-tie = Varios { -timer(number: "other") } comparten el plazo más próximo, { $due } s: { $stations }. El { -event-loop } dispara en una sola vuelta todos los que vencen entonces, y sus { -task(number: "other") } entran juntas en la { -ready-queue } (asyncio toma los { -timer(number: "other") } empatados en el orden de su montículo; esta página, en orden de { -station }).
loop-fire-why-late =
    Una { -task } retuvo el { -thread } hasta los { $now } s, pasado el plazo más próximo ({ $due } s). Cuando lo soltó, el { -event-loop } disparó todos los { -timer(number: "other") } que habían vencido, del más temprano al más tardío: { $count ->
        [one] { $stations }
       *[other] { $stations }, en ese orden
    }.
lesson-cannot-one-of-many = una pregunta { $kind } plantea una decisión tras otra, en su propio panel
lesson-error-decisions = se esperaba un número de decisiones de 1 a { $limit }, pero hay { $found }
lesson-error-flag = se esperaba true o false, pero hay { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Decisión { $number } de { $count }
loop-kind-resume = Reanuda una { -task }.
loop-kind-fire = Dispara un { -timer }.
loop-asyncio-would = No es lo que hace asyncio, que elige: { $answer }.
loop-next = Siguiente decisión
loop-done =
    { $count ->
        [one] Tomaste la decisión del { -event-loop }
       *[other] Tomaste { $count } decisiones del { -event-loop }
    }; coincidencias con asyncio: { $right }.
loop-none = Desde este momento hasta el final de la ejecución, el { -event-loop } no tiene nada que decidir: nunca hay más de una { -task } lista ni más de un { -timer } esperando.
loop-mode-title = Eres el { -event-loop }
loop-mode-intro = La ejecución se detiene en cada decisión que toma el { -event-loop }. Elige qué hace; la página lo comprueba con las reglas de asyncio, y la ejecución sigue desde la decisión correcta.

## How sure the learner is, why, and the results to download

results-step-name = { $title }, paso { $number } de { $steps }
lesson-confidence = ¿Cuánta seguridad tienes?
lesson-confidence-guess = Adivino
lesson-confidence-fairly-sure = Bastante
lesson-confidence-sure = Total
lesson-reason = ¿Por qué? En una línea:
    .placeholder = porque…
lesson-your-reason = Tu razón:
results-download = Descargar mis resultados
    .title = Todas las respuestas de esta lección en un solo archivo JSON (sentencias xAPI) para la vista de clase de tu docente; nada sale de tu navegador hasta que lo envíes.
lesson-summary-loop =
    Haciendo de { -event-loop }: { $right } de { $asked ->
        [one] { $asked } decisión
       *[other] { $asked } decisiones
    } igual que asyncio.
loop-queue-note = La vista del { -thread } bajo el { -lot } muestra el { -thread } tal como estaba en el último evento; el { -event-loop } elige después.
