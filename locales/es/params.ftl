# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = Algunos parámetros del enlace no se aceptaron; en su lugar se usan los valores por defecto:
params-error = { $name }={ $given } no se acepta: se esperaba { $accepted }; se usa { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = un número entero de { $low } a { $high }
params-accepted-event-count = un número entero de eventos a partir de { $low }
params-accepted-shot-seconds = segundos por inyección, de { $low } a { $high }
params-accepted-probability = una probabilidad de 0 a 1
params-accepted-speed-factors = una lista separada por comas de { $max_items ->
        [one] como mucho { $max_items } factor de velocidad
       *[other] como mucho { $max_items } factores de velocidad
    }, cada uno de { $low } a { $high }
params-accepted-station-or-none = un número de estación de 1 a { $high }, o 0 para ninguna
params-accepted-break-pairs = una lista separada por comas de pares { $form }, como mucho { $max_items }
params-accepted-name-list = una lista separada por comas de { $names }{ $alternatives }
params-accepted-play-rate = segundos simulados por segundo de { $low } a { $high }, o { $max }
params-accepted-not-above = { $low } no mayor que { $high }
params-accepted-fits-clock = una ejecución que quepa en el reloj simulado (como mucho 10^{ $exponent } segundos si cada inyección es la más lenta)
params-accepted-boxes-per-task = como mucho { $high ->
        [one] { $high } caja
       *[other] { $high } cajas
    } con { $setting }, que crea una tarea viva por cada caja desde el principio
params-accepted-no-blocking = ninguna estación que bloquee con { $setting }, cuyo programa no tiene ninguna
params-accepted-station-of-run = una estación de la ejecución, de 1 a { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}o{" "}
params-list-last-and = {" "}y{" "}
params-list-alternative = , o { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } con { $condition }
params-given-fits-clock = { $boxes } con { $capacity }, { $shot_max } y la velocidad más lenta { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 para cada estación
params-fallback-none = ninguna
params-fallback-random-seed = una semilla aleatoria
params-fallback-no-breaks = ninguna avería
params-fallback-start = el principio
params-fallback-default-theme = el tema por defecto
params-fallback-rust-first = la última elección o, si no la hay, Rust primero
params-fallback-page-default = lo que la página muestra por defecto
params-fallback-no-lesson = ninguna lección
params-fallback-english = inglés
params-fallback-both = { $first } y { $second }

## The form.

params-form = Parámetros
params-field-stations = Estaciones
params-field-capacity = Dosis por caja
params-field-boxes = Cajas en el depósito
params-field-shot_min = Inyección más corta [s]
params-field-shot_max = Inyección más larga [s]
params-field-speeds = Velocidades de las estaciones
params-field-fail = Probabilidad de fallo por inyección
params-field-seed = Semilla
params-field-blocking = Estación que bloquea el hilo
params-field-policy = Política del supervisor
params-policy-hint = cómo espera el supervisor con await a las tareas de sus estaciones
params-not-accepted = No se acepta: se esperaba { $accepted }
params-new-seed = Nueva semilla
params-apply = Aplicar y reiniciar

## The play controls.

controls = Controles
controls-start = Iniciar
    .title = Iniciar o reanudar (espacio)
controls-resume = Reanudar
    .title = Iniciar o reanudar (espacio)
controls-pause = Pausa
    .title = Pausa (espacio)
controls-step = Paso
    .title = Mostrar exactamente un evento más (→)
controls-reset = Reiniciar
    .title = Volver al principio, con los parámetros de abajo (r)
controls-speed = Velocidad:{" "}
controls-speed-max = lo más rápido posible
controls-speed-real-time = { $factor }× tiempo real
controls-speed-slow-motion = { $factor }× (cámara lenta)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Ralentizado a { $speed }× para que se vea cada vuelta del bucle: se ejecuta una sola tarea cada vez, nunca dos a la vez. Acelera con el control deslizante.

## One-click presets.

presets = Velocidades predefinidas
presets-article = Tiempos de inyección del artículo
    .title = Inyecciones de 1–100 ms, un segundo simulado por segundo (reinicia la ejecución). El reloj es virtual: el asyncio real va con retraso y agrupa temporizadores cercanos (mira la vista del código)
presets-realistic = Inyecciones realistas de 1–3 min
    .title = Inyecciones de 1–3 minutos a 600× (reinicia la ejecución)
presets-max = Lo más rápido posible
    .title = Tantos eventos por fotograma como quepan
presets-counting-bug = El error de recuento del artículo
    .title = El bucle del artículo con cada inyección de 50 ms: cada espera devuelve todas las estaciones (reinicia la ejecución)

## The timeline.

timeline = Línea de tiempo
timeline-step-back = ◀ Retroceder
    .title = Un evento atrás (←): vuelve a reproducir la ejecución hasta ahí
timeline-scrubber = Línea de tiempo: número de evento
timeline-measuring = Línea de tiempo: midiendo la ejecución
timeline-value = evento { $shown } de { $total }, { $seconds } segundos
timeline-position = evento { $shown } de { $total }
timeline-position-pending = evento { $shown }
timeline-position-too-long = evento { $shown } (línea de tiempo para ejecuciones de hasta { $limit } dosis)
