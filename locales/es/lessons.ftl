# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } dosis
       *[other] { $count } dosis
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
lessons-menu-teachers = Docentes: elijan momentos de cualquier ejecución, añadan texto y preguntas, y compartan la lección como enlace.

## The lesson card

lesson-step-of = Paso { $number } de { $steps }
lesson-step-announce = Paso { $number } de { $steps }. { $text }
lesson-look-at = Mira { $region }.
lesson-focus-lot = el aparcamiento
lesson-focus-executor = el ejecutor
lesson-focus-inspector = el inspector de tareas
lesson-focus-charts = los gráficos
lesson-focus-code = el código
lesson-focus-log = el registro de eventos
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
lesson-goal-loses-nothing = tu supervisor informa de cada caja del depósito ({ $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }) y no pierde ninguna dosis.
lesson-goal-cooperates = tu supervisor nunca retiene el hilo con una llamada bloqueante, y no pierde ninguna dosis.
lesson-goal-makespan = el depósito ({ $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    } de { $capacity ->
        [one] { $capacity } dosis
       *[other] { $capacity } dosis
    }) vaciado en { $seconds } s de tiempo simulado como mucho.
lesson-goal-run-mine = Pulsa «Ejecutar el mío» en la vista de Python: CPython ejecuta tu programa con esta ejecución, y el objetivo se comprueba sobre ella.
lesson-goal-did-not-run = Tu programa no se ejecutó hasta el final: { $reason }
lesson-goal-program-problems = La ejecución de tu programa en CPython: { $problems }.
lesson-goal-lost = perdió { $doses } en { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } tarea seguía
       *[other] { $tasks } tareas seguían
    } en marcha cuando terminó
lesson-goal-beyond-depot = abrió { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    } más allá de las { $depot } del depósito
lesson-goal-left-in-depot = dejó { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    } en el depósito
lesson-goal-blocked = la línea { $line } retuvo el hilo { $calls ->
        [one] una vez
       *[other] { $calls } veces
    }, { $seconds } s en total
lesson-goal-blocked-elsewhere = llamadas bloqueantes fuera de tu código retuvieron el hilo { $calls ->
        [one] una vez
       *[other] { $calls } veces
    }, { $seconds } s en total
lesson-goal-reported-all = La ejecución de tu programa en CPython informó de todas las cajas ({ $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }, { $doses }) y no perdió nada.
lesson-goal-never-blocked = La ejecución de tu programa en CPython nunca retuvo el hilo, informó de todas las cajas ({ $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }, { $doses }) y no perdió nada.
lesson-goal-engine-same = El supervisor FIRST_COMPLETED del motor, con los mismos sorteos, da la misma ejecución, evento a evento.
lesson-goal-engine-differs = El supervisor FIRST_COMPLETED del motor, con los mismos sorteos, se separa de ella en el evento { $index }.
lesson-goal-other-depot = La ejecución en pantalla tiene { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    } de { $capacity ->
        [one] { $capacity } dosis
       *[other] { $capacity } dosis
    }; el depósito del paso, { $step_boxes ->
        [one] { $step_boxes } caja
       *[other] { $step_boxes } cajas
    } de { $step_capacity ->
        [one] { $step_capacity } dosis
       *[other] { $step_capacity } dosis
    }: solo cuenta una ejecución con el depósito del paso.
lesson-goal-finished-within = La ejecución en pantalla terminó a los { $time } s, { $spare } s dentro del objetivo.
lesson-goal-finished-late = La ejecución en pantalla terminó a los { $time } s, { $over } s por encima del objetivo.
lesson-goal-past = La ejecución en pantalla ya pasó de { $seconds } s y aún quedan cajas.
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
lesson-error-station = se esperaba un número de estación, 1 o más, pero hay { $found }
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

lesson-cannot-too-many-doses = una pregunta { $kind } necesita una ejecución de como máximo { $limit } dosis; esta tiene { $doses }
lesson-cannot-past-end = la ejecución solo tiene { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
lesson-cannot-ledger = la ejecución rompe el libro de cuentas: { $detail }
lesson-cannot-needs-article = una pregunta { $kind } necesita el bucle del artículo ({ $param })
lesson-cannot-needs-cpython = una pregunta { $kind } se responde ejecutando el programa del paso en CPython
lesson-cannot-no-cancel = ninguna tarea se cancela después de este momento: pregunta antes de que termine el bucle
lesson-cannot-no-double = ninguna espera después de este momento devuelve dos tareas: haz que todas las inyecciones duren lo mismo ({ $code })
lesson-cannot-nothing-returns = ninguna tarea de estación termina después de este momento
lesson-cannot-not-after = el tiempo preguntado, { $by } s, no es posterior al momento del paso, { $now } s
lesson-cannot-needs-blocking = una pregunta { $kind } necesita una estación bloqueante ({ $param } en { $field })
lesson-cannot-no-finish = la estación { $station } no termina ninguna caja después de este momento
lesson-cannot-no-open = la estación { $station } no abre ninguna caja después de este momento
lesson-cannot-no-failure = la avería no terminó en ningún fallo
lesson-cannot-no-station =
    la estación { $station } no existe: la ejecución tiene { $stations ->
        [one] { $stations } estación
       *[other] { $stations } estaciones
    }
lesson-cannot-not-working = la estación { $station } no tiene ninguna caja abierta en este momento, así que no puede averiarse
lesson-cannot-none-working = ninguna estación tiene una caja abierta en este momento
lesson-cannot-not-broken = la estación { $station } no se pudo averiar en este momento
lesson-cannot-sleep-blocking = la estación { $station } bloquea el hilo: su tarea nunca duerme en un temporizador
lesson-cannot-not-asleep = la tarea de la estación { $station } no está dormida en un temporizador en este momento: la estación no tiene ninguna caja abierta, o su tarea retiene el hilo o lo espera
lesson-cannot-none-asleep = ninguna tarea de estación está dormida en un temporizador en este momento
lesson-cannot-woken-early =
    la tarea de la estación { $station } se sondea { $polls ->
        [one] una vez
       *[other] { $polls } veces
    } antes de su siguiente inyección: algo distinto de su temporizador la despierta (una avería a mano)
lesson-cannot-no-thread = la ejecución no guarda registro de su hilo en este momento
lesson-cannot-ready-few =
    la cola de tareas listas tiene { $count ->
        [one] { $count } tarea
       *[other] { $count } tareas
    } en este momento; la pregunta necesita al menos { $least }
lesson-cannot-needs-supervisor = una pregunta { $kind } necesita un supervisor que espere a las tareas de las estaciones ({ $param })
lesson-cannot-not-after-failure = el momento no sigue al fallo de una estación: su último evento debe ser uno
lesson-cannot-not-returned = la tarea de la estación { $station } no ha terminado hasta este momento
lesson-cannot-nothing-returned = ninguna tarea de estación ha terminado hasta este momento
lesson-cannot-refilled = la estación { $station } no espera ninguna caja en este momento: ya tiene la siguiente
lesson-cannot-refilling = el supervisor está repartiendo cajas nuevas en este momento: pregunta antes de que empiece, o cuando cada estación tenga su caja

## Which station's task returns next

lesson-next-prompt = ¿La tarea de qué estación termina a continuación?
lesson-station-choice = Estación { $station }
lesson-next-done = la caja { $box } quedó terminada
lesson-next-failed = falló en la caja { $box } ({ $error })
lesson-error-spoiled = la dosis { $shot } de la caja se estropeó
lesson-error-broken = averiada a mano durante la inyección { $shot }
lesson-next-rival = a la estación { $station } le quedaban { $doses }
lesson-next-rivals = {" "}En el momento del paso, { $rivals }.
lesson-next-explanation = La tarea de la estación { $station } fue la siguiente en terminar, a los { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = El supervisor, que espera al conjunto entero, despierta en cuanto una tarea ha vuelto y atiende todas las que han terminado hasta entonces, esta incluida, reiniciando cada estación de inmediato.
lesson-sees-all-waiting = Con ALL_COMPLETED el supervisor la informa, pero no da una caja nueva a la estación: queda inactiva hasta que todo el lote haya terminado.
lesson-sees-all-restart = Era la última de su lote, así que con ALL_COMPLETED el supervisor dio a la vez una caja nueva a cada estación.
lesson-sees-all-empty = Era la última de su lote y el depósito estaba vacío: ninguna estación recibió una caja nueva.
lesson-sees-queue = Un callback de finalización la mete en la cola de finalización, y el supervisor la toma de ahí.
lesson-sees-article = El bucle del artículo despierta por ella en una de sus esperas contadas, con todas las tareas terminadas hasta entonces, y reinicia su estación de inmediato, queden cajas o no.
lesson-sees-taskgroup = La propia tarea de la caja la informa y libera la estación, y la tarea de la caja siguiente, que espera en el semáforo, ocupa la estación libre de número más bajo.
lesson-sees-taskgroup-last = La propia tarea de la caja la informa y libera la estación; no queda ninguna caja, así que la estación se queda libre.
lesson-sees-workers = El trabajador de la estación la informa él mismo y toma la siguiente caja de la cola.
lesson-sees-workers-last = El trabajador de la estación la informa él mismo; la cola está vacía, así que el trabajador termina.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = La tarea de la estación { $station }
lesson-task-worker = El trabajador de la estación { $station }
lesson-task-box = La tarea de la caja { $box }
lesson-task-supervisor = El supervisor
lesson-task-callback = Un callback del bucle de eventos

## How often a sleeping task is polled

lesson-sleep-polls-prompt = La tarea de la estación { $station } duerme hasta su siguiente inyección, prevista a los { $time } s (mira la cola de temporizadores). ¿Cuántas veces la sondeará el ejecutor hasta que ponga esa inyección?
lesson-sleep-polls-none = Ninguna: el temporizador pone la inyección por sí solo
lesson-sleep-polls-once = Una vez: cuando salta su temporizador, y ese sondeo pone la inyección
lesson-sleep-polls-per-ms =
    Unas { $polls ->
        [one] { $polls } vez
       *[other] { $polls } veces
    }: una por cada milisegundo de su espera
lesson-sleep-polls-always = Una y otra vez, hasta que salta su temporizador
lesson-sleep-polls-explanation =
    El ejecutor sondeó la tarea de la estación { $station } una vez, a los { $time } s, cuando saltó su temporizador: ese sondeo { $outcome ->
        [spoiled] encontró la dosis estropeada
       *[shot] puso la inyección
    }. En los { $seconds } s anteriores no la sondeó en absoluto: una tarea dormida espera en la cola de temporizadores, no en la cola de tareas listas, y no le cuesta nada al hilo. Mientras tanto, otras tareas tuvieron { $turns ->
        [one] { $turns } turno
       *[other] { $turns } turnos
    }.

## Which ready task runs next

lesson-next-turn-prompt = Estas tareas están listas para ejecutarse: la cola de tareas listas, bajo el aparcamiento. ¿Cuál toma el hilo a continuación?
lesson-next-turn-all = Todas a la vez
lesson-next-turn-explanation = { $task } se ejecutó a continuación: estaba al frente de la cola de tareas listas. El ejecutor ejecuta una tarea a la vez y toma las listas en el orden en que quedaron listas: la primera en llegar es la primera en salir, y cada una se ejecuta hasta que hace await. Detrás esperaban: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = La tarea de la estación { $station } acaba de lanzar un error. ¿Qué hace el supervisor?
lesson-after-failure-stops-run = Detiene toda la ejecución: el error termina el programa
lesson-after-failure-retries = Vuelve a dar a la estación { $station } la misma caja, para reintentarla
lesson-after-failure-new-box = Informa del error y da de inmediato una caja nueva a la estación { $station }
lesson-after-failure-new-box-later = Informa del error y da una caja nueva a la estación { $station } cuando vuelva todo el lote
lesson-after-failure-station-stops = Informa del error; no queda ninguna caja para la estación { $station }, así que se detiene
lesson-after-failure-ignores = Nada hasta que termina la ejecución: el error espera en la tarea
lesson-after-failure-then-new = la estación { $station } recibió la caja { $box } de inmediato, a los { $time } s, y el bucle siguió
lesson-after-failure-then-later = la estación { $station } esperó al resto de su lote y recibió la caja { $box } a los { $time } s
lesson-after-failure-then-stops = no quedaba ninguna caja para la estación { $station }, así que se detuvo mientras las demás seguían
lesson-after-failure-explanation = Una tarea que falla ha terminado, así que el supervisor la recibió como cualquier otra, tomó el error como su resultado e informó de él: la caja { $box } falló ({ $error }), y las dosis que quedaban en ella ({ $wasted }) se contaron como desperdiciadas, sin reintentarlas. Después, { $then }.

## When a station gets its next box

lesson-refill-prompt = La tarea de la estación { $station } ha terminado. ¿Cuándo recibe la estación { $station } su siguiente caja?
lesson-refill-at-once = De inmediato: en cuanto su tarea ha terminado
lesson-refill-pause = Tras una pausa fija, hagan lo que hagan las demás estaciones
lesson-refill-batch = Más tarde: cuando todas las demás tareas de su lote hayan terminado
lesson-refill-never = Nunca: el depósito no tiene ninguna caja para ella
lesson-refill-explanation-at-once = La estación { $station } recibió la caja { $box } a los { $time } s, en el mismo instante en que terminó su tarea. { $supervisor }
lesson-refill-explanation-batch = La estación { $station } no recibió la caja { $box } hasta los { $time } s, { $seconds } s después de que terminara su tarea, cuando terminó la tarea de la estación { $last }, la última de su lote. { $supervisor }
lesson-refill-explanation-never = La estación { $station } no recibió ninguna otra caja: no quedaba ninguna para ella, así que estuvo inactiva hasta el final de la ejecución.

## How many boxes are done by a time

lesson-boxes-prompt = ¿Cuántas cajas estarán terminadas a los { $by } segundos?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    A los { $by } s había { $boxes ->
        [one] { $boxes } caja terminada
       *[other] { $boxes } cajas terminadas
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
lesson-all-vs-first-explanation = ALL_COMPLETED terminó a los { $all } s y FIRST_COMPLETED a los { $first } s: { $difference }. Al esperar a todo el lote, las estaciones estuvieron inactivas { $all_idle } estación-segundos, frente a { $first_idle } cuando cada estación se reinicia en cuanto termina.

## A station that blocks the thread

lesson-blocking-prompt = Mientras la estación { $station } trabaja en su caja, ¿dan las demás estaciones alguna inyección?
lesson-blocking-yes = Sí: las demás siguen poniendo inyecciones mientras trabaja
lesson-blocking-no = No: ninguna pone una inyección hasta que suelta el hilo
lesson-blocking-explanation =
    La estación { $station } retuvo el hilo desde { $from } s hasta { $to } s, y las demás estaciones pusieron { $shots ->
        [one] { $shots } inyección
       *[other] { $shots } inyecciones
    } en ese tiempo. Mientras una tarea retiene el hilo, no se ejecuta ninguna otra tarea ni el callback de ningún temporizador: las demás solo tienen su turno cuando lo suelta. { $after ->
        [turn] Aquí pusieron { $between ->
            [one] { $between } inyección
           *[other] { $between } inyecciones
        } antes de que la estación { $station } volviera a tomar el hilo.
        [none] Aquí no tuvieron ninguno: la estación { $station } tomó su caja siguiente al instante y volvió a retener el hilo.
       *[last] Esa era su última caja.
    }

## Breaking a station now

lesson-waste-prompt = Si la estación { $station } se avería ahora, ¿cuántas dosis se desperdician?
lesson-waste-restarted = el supervisor informó del error y reinició la estación con una caja nueva
lesson-waste-restarted-at = el supervisor informó del error, y no da a la estación una caja nueva hasta los { $seconds } segundos, cuando vuelve a repartir cajas
lesson-waste-stopped = el supervisor informó del error; el depósito estaba vacío, así que la estación se detuvo
lesson-waste-caught = su tarea capturó el error y lo informó ella misma, y la estación pasó a la siguiente caja
lesson-waste-caught-stopped = su tarea capturó el error y lo informó ella misma; no quedaba ninguna caja, así que la estación se detuvo
lesson-waste-explanation = La estación { $station } se averió con { $wasted } pendientes en la caja { $box }: todas se desperdician, las { $given } que ya puso de esa caja siguen puestas, y { $then }.

## The article's loop

lesson-vanished-prompt = Cuando termina el bucle, ¿cuántas dosis desaparecen del informe (puestas y nunca informadas, o tiradas)?
lesson-vanished-explanation =
    El bucle hizo su última espera y el programa terminó con { $tasks ->
        [one] { $tasks } tarea
       *[other] { $tasks } tareas
    } todavía en marcha: asyncio.run las canceló a mitad de caja. De sus { $vanished }, puestas pero nunca informadas: { $unreported }; tiradas con sus cajas: { $discarded }.
lesson-printed-prompt = El bucle imprime su contador de esperas como número de la caja. ¿Qué número es el primero que se imprime para dos cajas a partir de ahora?
lesson-program-lost-prompt = ¿Cuántas dosis pierde este supervisor: puestas sin que nadie informe de ellas, o tiradas con cajas de las que nunca informó?
lesson-program-lost-explanation =
    CPython lo ejecutó con estos mismos sorteos: perdió { $lost } en { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }. Puestas sin que nadie informara de ellas: { $unreported }; tiradas o desperdiciadas con esas cajas: { $thrown_away }. El aparcamiento y el registro muestran cada caja.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = caja { $box } en la estación { $station }
lesson-printed-explanation =
    La espera { $wait } devolvió { $tasks ->
        [one] { $tasks } tarea
       *[other] { $tasks } tareas
    } a la vez, así que el bucle imprimió { $printed } para cada una ({ $boxes }) y contó una sola espera.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Un hilo, muchas tareas
lesson-one-thread-step-1 = Tres estaciones de vacunación comparten un solo hilo. Cada estación trabaja en su caja de dosis como una tarea asíncrona: para cada inyección duerme lo que tarda la inyección y luego la pone. Aquí nada se ejecuta en paralelo. El ejecutor ejecuta una tarea a la vez, y una tarea solo se ejecuta hasta que hace await. El supervisor ha abierto una caja en cada estación y ahora espera a que termine la primera tarea.
lesson-one-thread-step-2 = Mira el ejecutor. El conjunto esperado contiene una tarea por estación, y la cola de temporizadores guarda el momento en que debe despertar cada tarea dormida. El supervisor también duerme, esperando a que termine la primera tarea del conjunto.
lesson-one-thread-step-3 = La estación 3 ha puesto la última dosis de su caja: su tarea ha terminado, y el supervisor, que espera al conjunto de tareas de las estaciones, despertó por esa tarea e informó de su caja. Las otras dos tareas siguen en marcha. El conjunto que espera el supervisor no es fijo: cambia a lo largo de la ejecución.
lesson-one-thread-step-4 = El inspector de tareas muestra los sondeos y los despertares de cada tarea. Una tarea se sondea cuando empieza y cada vez que su temporizador la despierta; entre medias está inactiva y no retiene nada. Por eso un solo hilo puede atender muchas estaciones: casi todo el tiempo, todas las tareas duermen.
lesson-one-thread-step-5 = El depósito acaba de entregar su última caja. A partir de ahora el supervisor no lanza ninguna tarea nueva: solo espera a las tareas que siguen en marcha, y cada estación se detiene cuando termina su última caja.
lesson-one-thread-step-6 = La ejecución ha terminado. Todas las dosis están contabilizadas: las dosis puestas y las desperdiciadas suman todas las dosis del depósito. Repite cualquier paso, o cambia los parámetros y observa cómo el mismo bucle se las arregla con más estaciones.
lesson-one-thread-summary = Concurrencia en un solo hilo: las tareas se turnan, y una tarea solo se ejecuta hasta que hace await. Una tarea dormida no cuesta nada, así que un solo bucle mantiene ocupadas muchas estaciones mientras el supervisor atiende cada tarea en cuanto termina.

lesson-failure-title = Errores como valores
lesson-failure-step-1 = En esta ejecución una dosis puede estropearse: cada inyección falla con una pequeña probabilidad, y entonces la tarea de la estación termina con un error en lugar de un recuento. En Rust la tarea devuelve un valor Err. En asyncio la corrutina lanza una excepción, y la tarea la guarda hasta que alguien pide su resultado.
lesson-failure-step-2 = La tarea de la estación 1 acaba de fallar: la dosis 17 de su caja se estropeó, y la tarea terminó con un error en lugar de un recuento. Una tarea que falla también ha terminado: para el supervisor, que espera a que termine la primera tarea, un error es un resultado como cualquier otro.
lesson-failure-step-3 = El supervisor tomó el error de la tarea terminada e informó de él. Las dosis que quedaban en la caja fallida se cuentan como desperdiciadas, no como perdidas, y la estación vuelve a empezar con una caja nueva del depósito. Lee el registro: el fallo nombra la estación, la caja y la dosis estropeada.
lesson-failure-step-4 = Puedes averiar una estación tú mismo: haz clic en una estación que esté trabajando en el aparcamiento, o ponle el foco y pulsa Intro. El supervisor trata ese error exactamente igual que una dosis estropeada. Antes de probarlo, predice cuánto costaría averiar ahora la estación 1.
lesson-failure-step-5 = Mira las estadísticas: dosis puestas, dosis desperdiciadas y las cajas que fallaron. Falle lo que falle, las cuentas siguen cuadrando: las dosis puestas, las desperdiciadas y las que quedan en cajas abiertas siempre suman todas las dosis sacadas del depósito.
lesson-failure-step-6 = En el código, el supervisor mira el resultado de cada tarea terminada: un recuento si tiene éxito, un error si falla, y en ambos casos la estación recibe una caja nueva mientras el depósito tenga alguna. Un fallo nunca detiene el bucle, porque el error llega como un valor que el supervisor maneja.
lesson-failure-summary = Un error es un resultado como cualquier otro: la tarea que falló ha terminado, el supervisor toma su error como un valor, cuenta como desperdiciadas las dosis que quedaban en la caja y reinicia la estación, y el bucle sigue.

lesson-blocking-title = Una tarea que nunca hace await
lesson-blocking-step-1 = La estación 1 está mal escrita: para cada inyección duerme con una llamada bloqueante (time.sleep en Python, std::thread::sleep en Rust; el motor la imita adelantando su reloj mientras retiene el hilo) en lugar de hacer await de una espera. Una llamada bloqueante retiene el hilo. Las estaciones 2 y 3 están escritas como antes, y las tres tareas se lanzaron juntas.
lesson-blocking-step-2 = La estación 1 acaba de soltar el hilo: su caja está terminada y su tarea ha devuelto su resultado. Las estaciones 2 y 3 no han puesto ni una sola inyección: la estación 1 se ejecutó primero y retuvo el hilo antes de que sus tareas pudieran siquiera empezar su primera espera. La empiezan ahora, y el supervisor pone a la estación 1 con una caja nueva, que se ejecutará antes de que venzan sus temporizadores. Mira el ejecutor: el conjunto esperado y la cola de temporizadores.
lesson-blocking-step-3 = La estación 1 ha vuelto a soltar el hilo, tras su segunda caja. Mientras lo retenía, vencieron los temporizadores de las estaciones 2 y 3; al soltarlo saltaron, y sus tareas esperan ahora en la cola de tareas listas, bajo el aparcamiento. El supervisor tiene el hilo: acaba de dar a la estación 1 su siguiente caja.
lesson-blocking-step-4 = Las estaciones 2 y 3 apenas han puesto inyecciones: cada una pone una inyección por cada caja de la estación 1. Cada vez que la estación 1 suelta el hilo, los temporizadores vencidos mientras tanto saltan juntos, las estaciones 2 y 3 tienen un turno cada una, y la siguiente caja de la estación 1 vuelve a tomar el hilo.
lesson-blocking-step-5 = La estación 1 ha terminado su última caja antes de que las demás terminaran la primera. Mira el hilo bajo el aparcamiento: su franja de turnos recientes muestra quién se ejecutó y durante cuánto tiempo. Los turnos de la estación 1 duran segundos, una caja entera cada uno; entre ellos, las estaciones 2 y 3 tienen un turno cada una, de una inyección, que no lleva tiempo alguno.
lesson-blocking-step-6 = La solución es hacer await de una espera que devuelva el hilo: en Python, await asyncio.sleep(...) en lugar de time.sleep(...), una palabra clave y otra función; en Rust, el sleep del runtime, con await. Así una estación devuelve el hilo en cada inyección y las demás se ejecutan mientras espera. Cualquier llamada bloqueante hace el mismo daño: leer un archivo, un cálculo lento, una llamada de red sin await.
lesson-blocking-summary = Una tarea que nunca hace await retiene el hilo, y ninguna otra tarea se ejecuta hasta que lo suelta. Haz await en lugar de bloquear, para que las demás se ejecuten mientras una tarea espera.

lesson-policies-title = Esperar a la primera, o a todas
lesson-policies-step-1 = Las estaciones trabajan a velocidades distintas: la estación 1 es el doble de rápida que la 2, y la estación 3 es la mitad de rápida que la 2. El supervisor espera a que termine la primera tarea (FIRST_COMPLETED) y reinicia esa estación de inmediato. Supón que esperara a todas (ALL_COMPLETED) antes de reponer ninguna.
lesson-policies-step-2 = Ahora la misma semilla con ALL_COMPLETED: el supervisor espera a todo el lote de tareas que lanzó. La estación 1 ha terminado su caja la primera, y el supervisor ha informado de ella.
lesson-policies-step-3 = La tarea de la estación 2 también ha terminado, y su caja está informada. La estación 3, la más lenta, sigue trabajando en su primera caja. El conjunto esperado muestra lo que espera el supervisor.
lesson-policies-step-4 = Los gráficos repiten la misma semilla con cada política. El tiempo con una caja abierta muestra dónde pierde ALL_COMPLETED: las estaciones rápidas esperan a la más lenta en cada lote.
lesson-policies-step-5 = Una tercera forma: la tarea de cada estación envía su resultado por una cola, y el supervisor toma los resultados de la cola en el orden en que llegan. Es la misma ejecución que FIRST_COMPLETED, caja a caja y microsegundo a microsegundo, escrita de otra manera. Compara el código de ambas.
lesson-policies-summary = Cómo espera el supervisor decide cómo se aprovechan las estaciones: FIRST_COMPLETED repone cada estación en cuanto termina, mientras que ALL_COMPLETED deja inactivas a las rápidas hasta que termina la más lenta del lote.

lesson-article-title = El bucle del artículo, con sus errores
lesson-article-step-1 = Esta ejecución sigue el flujo de control del clásico artículo sobre asyncio, tal como está escrito. Su bucle no cuenta cajas: cuenta cuántas veces ha esperado al conjunto de tareas de las estaciones, y se detiene tras tantas esperas como cajas hay. Cada tarea que encuentra terminada recibe una caja nueva de inmediato, queden cajas o no.
lesson-article-step-2 = El bucle está cerca de su última espera, y todas las estaciones están a mitad de una caja. Cuando esa espera devuelva su resultado, el programa termina, y asyncio.run cancela todas las tareas que sigan en marcha. Predice cuánto cuesta eso.
lesson-article-step-3 = El depósito muestra las cajas sacadas de más: el bucle reinició tareas después de que se acabara la última caja. Las estadísticas cuentan las dosis que desaparecieron: las que las tareas canceladas habían puesto, que nunca se informaron, y las que quedaban en sus cajas, tiradas.
lesson-article-step-4 = Ahora cada inyección dura exactamente 100 ms, así que las tres estaciones terminan cada caja en el mismo instante, y una sola espera devuelve las tres tareas. El bucle imprime su contador de esperas donde debería ir el número de la caja.
lesson-article-step-5 = Cada número aparece tres veces, y el bucle informa de tres cajas por espera: tras sus seis esperas ha informado de dieciocho cajas de un depósito de seis. La comparación repite la misma semilla con cada política: los supervisores exactos abren seis cajas y no pierden nada.
lesson-article-step-6 = La misma ejecución con FIRST_COMPLETED, tal como la escribe el supervisor de esta aplicación: cuenta cajas, reinicia una estación solo mientras el depósito tenga alguna, y espera a las estaciones que siguen trabajando antes de terminar. Todas las dosis se ponen y se informan.
lesson-article-summary = Cuenta lo que de verdad quieres contar: el bucle del artículo cuenta esperas en lugar de cajas, así que saca cajas de más del depósito, imprime números de espera como números de caja, y al terminar cancela tareas cuyas dosis nunca se informan.

lesson-own-supervisor-title = Escribe tu propio supervisor
lesson-own-supervisor-step-1 = Aquí el bucle del clásico artículo es un programa tuyo: la vista de Python lo muestra en un editor, y CPython lo ejecuta con las estaciones y los sorteos de esta ejecución. Lanza una tarea por estación, espera un número fijo de veces y reinicia cada estación cuya tarea encuentra terminada. Predice antes de mirar: ¿cuánto pierde?
lesson-own-supervisor-step-2 = Este supervisor lanza una tarea por estación y no espera a ninguna; solo duerme. Una tarea no necesita que nadie le haga await para ejecutarse: el bucle de eventos la ejecuta igualmente. Pero nadie recoge su resultado, así que nadie informa de su caja.
lesson-own-supervisor-step-3 = El arreglo: esperar mientras quede alguna tarea en marcha, hagan falta las esperas que hagan falta; informar de cada tarea de cada conjunto de terminadas, y volver a poner en marcha una estación solo mientras el depósito tenga alguna caja. Predice cuánto pierde este.
lesson-own-supervisor-step-4 = Este también informa de cada caja, pero después de cada informe hace una pausa con time.sleep. No se pierde nada, y aun así: mira las notas bajo su resultado. Mientras el supervisor duerme de este modo, retiene el único hilo, y ninguna estación pone una inyección. Compara cuándo termina su ejecución con cuándo terminó la anterior.
lesson-own-supervisor-step-5 = Tu programa es ahora el supervisor FIRST_COMPLETED del motor, línea por línea. El botón bajo su resultado compara las dos ejecuciones evento a evento con los mismos sorteos. Cambia el programa en el editor, vuelve a ejecutarlo y mira dónde se separan las dos.
lesson-own-supervisor-summary = Un supervisor responde de cada tarea que lanza: espera a cada una, mira su resultado y solo termina cuando no queda ninguna en marcha. Una tarea a la que nadie espera se ejecuta igualmente, pero lo que hace se pierde para el recuento.
lesson-exercises-title = Ejercicios
lesson-exercises-step-1 = Te toca: este supervisor solo espera mientras todas las estaciones están ocupadas. En cuanto una encuentra vacío el depósito, termina, y asyncio.run cancela las tareas que aún ponen inyecciones. Cámbialo en el editor hasta que informe de cada caja y no pierda ninguna dosis, y pulsa «Ejecutar el mío». El objetivo bajo este texto comprueba cada ejecución tuya.
lesson-exercises-step-2 = Este supervisor no pierde nada, pero tras cada informe hace una pausa con time.sleep, que retiene el único hilo: mientras tanto ninguna estación pone una inyección. Tú escribes solo el supervisor (las estaciones son de la página), así que aquí la llamada bloqueante es del supervisor. Haz que pause sin retener el hilo y vuelve a pulsar «Ejecutar el mío».
lesson-exercises-step-3 = Con ALL_COMPLETED cada tanda de cajas espera a la más lenta, y la estación 3 trabaja a media velocidad. Vacía el mismo depósito antes: cambia la política, las estaciones o sus velocidades en «Parámetros», al pie de la página, aplica y reproduce la ejecución hasta el final. El objetivo comprueba la ejecución en pantalla.
lesson-exercises-summary = Un ejercicio se comprueba sobre tu propia ejecución, nunca a mano: CPython ejecuta tu supervisor con los sorteos del motor, y la página cuenta cada caja y cada dosis de las que informa, cada llamada bloqueante y cuánto tarda el depósito.

lesson-event-loop-title = Eres el bucle de eventos
lesson-event-loop-step-1 = Esta vez el bucle de eventos eres tú. El supervisor acaba de lanzar las tareas de tres estaciones; las estaciones 1 y 2 tardan 0,2 s por inyección, y la estación 3 va a la mitad de velocidad. En cada decisión que toma el bucle, elige qué hace: qué tarea lista reanuda o, cuando no hay ninguna lista, qué temporizador dispara. Cada decisión se comprueba con las reglas de asyncio, y la ejecución sigue desde la correcta.
lesson-event-loop-step-2 = Las estaciones 1 y 2 están a punto de poner la última inyección de sus cajas. Vuelve a hacer de bucle: fíjate en a quién se despierta cuando termina la tarea de una estación, y en qué lugar entra en la cola de tareas listas.
lesson-event-loop-step-3 = Otra ejecución: ahora la estación 2 bloquea el hilo durante toda su caja, 0,6 s, con una llamada bloqueante en lugar de un await. Los temporizadores de las estaciones 1 y 3 vencen mientras ella retiene el hilo. ¿Cuál dispara el bucle cuando recupera el hilo, y a quién reanuda?
lesson-event-loop-step-4 = De vuelta a la primera ejecución, esta vez para mirar en lugar de hacer de bucle: el hilo bajo el aparcamiento muestra la cola de tareas listas en cada evento de cualquier ejecución, con la de delante primero. Las estaciones 1 y 2 volvieron a vencer juntas, y la estación 3 con ellas.
lesson-event-loop-step-5 = Ese es todo el trabajo del bucle: tomar la cola de tareas listas por delante y, cuando está vacía, dormir hasta el temporizador que vence antes. El hilo bajo el aparcamiento muestra esa misma cola en cada momento de cualquier ejecución; abre el aparcamiento con loop=1 en la dirección para seguir haciendo de bucle en una ejecución tuya.
lesson-event-loop-summary = El bucle toma dos tipos de decisiones, y ninguna depende de las tareas. Reanuda las tareas listas en el orden en que quedaron listas: la primera en llegar es la primera en salir; cuando no hay ninguna lista, duerme hasta el plazo más próximo y dispara en una sola vuelta todos los temporizadores que vencen entonces. Una tarea que termina solo despierta a quien la espera a través de un callback de finalización, una vuelta después, y una tarea que bloquea hace esperar a todos los temporizadores vencidos mientras tanto hasta que suelta el hilo.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = Eres el bucle de eventos. La cola de tareas listas contiene, en el orden en que entraron: { $queue }. ¿Qué tarea reanudas?
loop-fire-prompt = Eres el bucle de eventos. Estos temporizadores están esperando. ¿Cuál disparas ahora?
loop-station = estación { $station }
loop-fire-option =
    { $count ->
        [one] { $stations }, vence a los { $due } s
       *[other] { $stations }, vencen a la vez a los { $due } s
    }
loop-resume-why = La cola de tareas listas de asyncio sigue el orden de llegada: { $task } entró primero, a los { $since } s ({ $cause }), así que el bucle le da el turno antes que a las que esperan detrás: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}El supervisor espera detrás: { $task } terminó a los { $since } s, y asyncio ejecuta el callback de finalización de una tarea terminada una vuelta después; solo entonces despierta al supervisor.
loop-supervisor-behind-callback = {" "}El supervisor espera detrás: el callback de finalización de una tarea terminada lo despertó a los { $since } s, y asyncio ejecuta ese callback una vuelta después de que la tarea termine.
loop-cause-done-callback = lo despertó el callback de finalización de una tarea terminada
loop-cause-timer = saltó su temporizador
loop-cause-done = { $task } terminó, y su callback de finalización lo despertó
loop-cause-spawned = el supervisor acababa de lanzar esa tarea
loop-cause-woken = { $task } hizo que despertara
loop-fire-why = El bucle duerme hasta el plazo más próximo y dispara el temporizador que vence entonces: { $stations }, a los { $due } s. Un plazo posterior espera su turno.
loop-fire-why-tie = Varios temporizadores comparten el plazo más próximo, { $due } s: { $stations }. El bucle dispara en una sola vuelta todos los que vencen entonces, y sus tareas entran juntas en la cola de tareas listas (asyncio toma los temporizadores empatados en el orden de su montículo; esta página, en orden de estación).
loop-fire-why-late =
    Una tarea retuvo el hilo hasta los { $now } s, pasado el plazo más próximo ({ $due } s). Cuando lo soltó, el bucle disparó todos los temporizadores que habían vencido, del más temprano al más tardío: { $count ->
        [one] { $stations }
       *[other] { $stations }, en ese orden
    }.
lesson-cannot-one-of-many = una pregunta { $kind } plantea una decisión tras otra, en su propio panel
lesson-error-decisions = se esperaba un número de decisiones de 1 a { $limit }, pero hay { $found }
lesson-error-flag = se esperaba true o false, pero hay { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Decisión { $number } de { $count }
loop-kind-resume = Reanuda una tarea.
loop-kind-fire = Dispara un temporizador.
loop-asyncio-would = No es lo que hace asyncio, que elige: { $answer }.
loop-next = Siguiente decisión
loop-done =
    { $count ->
        [one] Tomaste la decisión del bucle
       *[other] Tomaste { $count } decisiones del bucle
    }; coincidencias con asyncio: { $right }.
loop-none = Desde este momento hasta el final de la ejecución, el bucle no tiene nada que decidir: nunca hay más de una tarea lista ni más de un temporizador esperando.
loop-mode-title = Eres el bucle de eventos
loop-mode-intro = La ejecución se detiene en cada decisión que toma el bucle de eventos. Elige qué hace; la página lo comprueba con las reglas de asyncio, y la ejecución sigue desde la decisión correcta.

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
    Haciendo de bucle: { $right } de { $asked ->
        [one] { $asked } decisión
       *[other] { $asked } decisiones
    } igual que asyncio.
loop-queue-note = La vista del hilo bajo el aparcamiento muestra el hilo tal como estaba en el último evento; el bucle elige después.
