# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = Algunos parámetros del enlace no se aceptaron; en su lugar se usan los valores por defecto:
params-error = { $setting } no se acepta: se esperaba { $accepted }; se usa { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = un número entero de { $low } a { $high }
params-accepted-event-count = un número entero de eventos a partir de { $low }
params-accepted-shot-seconds = segundos por { -shot }, de { $low } a { $high }
params-accepted-probability = una probabilidad de 0 a 1
params-accepted-speed-factors = una lista separada por comas de { $max_items ->
        [one] como mucho { $max_items } factor de velocidad
       *[other] como mucho { $max_items } factores de velocidad
    }, cada uno de { $low } a { $high }
params-accepted-station-or-none = un número de { -station } de 1 a { $high }, o 0 para ninguna
params-accepted-break-pairs = una lista separada por comas de pares { $form }, como mucho { $max_items }
params-accepted-name-list = una lista separada por comas de { $names }{ $alternatives }
params-accepted-play-rate = segundos simulados por segundo de { $low } a { $high }, o { $max }
params-accepted-not-above = { $low } no mayor que { $high }
params-accepted-fits-clock = una ejecución que quepa en el reloj simulado (como mucho { $power } segundos si cada { -shot } es la más lenta)
params-accepted-boxes-per-task = como mucho { $high ->
        [one] { $high } { -box }
       *[other] { $high } { -box(number: "other") }
    } con { $setting }, que crea una { -task } viva por cada { -box } desde el principio
params-accepted-no-blocking = ninguna { -station } que bloquee con { $setting }, cuyo programa no tiene ninguna
params-accepted-station-of-run = una { -station } de la ejecución, de 1 a { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}o{" "}
params-list-last-and = {" "}y{" "}
params-list-alternative = , o { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } con { $condition }
params-given-fits-clock = { $boxes } con { $capacity }, { $shot_max } y la velocidad más lenta { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 para cada { -station }
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
params-field-stations = { -station(start: "upper", number: "other") }
params-field-capacity = { -dose(start: "upper", number: "other") } por { -box }
params-field-boxes = { -box(start: "upper", number: "other") } en el { -depot }
params-field-shot_min = { -shot(start: "upper") } más corta [s]
params-field-shot_max = { -shot(start: "upper") } más larga [s]
params-field-speeds = Velocidades de las { -station(number: "other") }
params-field-fail = Probabilidad de fallo por { -shot }
params-field-seed = Semilla
params-field-blocking = { -station(start: "upper") } que bloquea el { -thread }
params-field-policy = Política del { -supervisor }
params-policy-hint = cómo espera el { -supervisor } con await a las { -task(number: "other") } de sus { -station(number: "other") }
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
controls-turn-pace = Ralentizado a { $speed }× para que se vea cada vuelta del { -event-loop }: se ejecuta una sola { -task } cada vez, nunca dos a la vez. Acelera con el control deslizante.

## One-click presets.

presets = Velocidades predefinidas
presets-article = Tiempos de { -shot } del artículo
    .title = { -shot(start: "upper", number: "other") } de 1–100 ms, un segundo simulado por segundo (reinicia la ejecución). El reloj es virtual: el asyncio real va con retraso y agrupa { -timer(number: "other") } cercanos (mira la vista del código)
presets-realistic = { -shot(start: "upper", number: "other") } realistas de 1–3 min
    .title = { -shot(start: "upper", number: "other") } de 1–3 minutos a 600× (reinicia la ejecución)
presets-max = Lo más rápido posible
    .title = Tantos eventos por fotograma como quepan
presets-counting-bug = El error de recuento del artículo
    .title = El bucle del artículo con cada { -shot } de 50 ms: cada espera devuelve todas las { -station(number: "other") } (reinicia la ejecución)

## The timeline.

timeline = Línea de tiempo
timeline-step-back = ◀ Retroceder
    .title = Un evento atrás (←): vuelve a reproducir la ejecución hasta ahí
timeline-scrubber = Línea de tiempo: número de evento
timeline-measuring = Línea de tiempo: midiendo la ejecución
timeline-value = evento { $shown } de { $total }, { $seconds } segundos
timeline-position = evento { $shown } de { $total }
timeline-position-pending = evento { $shown }
timeline-position-too-long = evento { $shown } (línea de tiempo para ejecuciones de hasta { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    })
