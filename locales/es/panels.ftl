# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = El { -executor }
executor-explain = Todas las { -task(number: "other") } se ejecutan en un solo { -thread }, de una en una. Una { -task } { $awaits } un future que aún no está listo y así cede el { -thread } hasta que el future la despierta. Una { -station } dormida no cuesta nada: un { $timer } la despierta cuando termina su { -shot }, y el { -executor } la { $polls }. Los { -timer(number: "other") } que vencen en el mismo instante se disparan juntos, en una sola vuelta del { -executor }, y cada { -task } que despiertan se ejecuta antes que cualquier { -task } que estas despierten.
executor-term-awaits = espera con await
    .title = Pide a un future su valor. Si no está listo, la { -task } cede el { -thread } hasta que el future la despierte; si está listo, el valor llega al instante y la { -task } sigue.
executor-term-timer = { -timer }
    .title = Una entrada en la cola del reloj: al llegar su plazo, despierta a la { -task } que lo programó.
executor-term-polls = sondea
    .title = Ejecuta una { -task } hasta que tiene que volver a esperar (devuelve Pending) o termina (devuelve Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Política FIRST_COMPLETED: el { -supervisor } espera al conjunto entero y despierta en cuanto una { -task } ha vuelto. Toma todas las { -task(number: "other") } que han vuelto hasta ese momento, su conjunto de terminadas, las notifica en el orden de las { -station(number: "other") }, reinicia cada { -station } de inmediato y vuelve a esperar al conjunto.
executor-policy-all = Política ALL_COMPLETED: el { -supervisor } notifica cada conjunto de terminadas según llega, pero solo repone cuando ha vuelto el lote entero, así que las { -station(number: "other") } que terminan antes quedan inactivas.
executor-policy-queue = Política cola de finalizaciones: cada { -task } de { -station } terminada entra en una cola (en Python, un callback de finalización la mete en una asyncio.Queue; en Rust, la { -task } envía su resultado por un canal), y el { -supervisor } las saca de una en una, en el orden en que terminaron, y reinicia cada { -station }.
executor-policy-article = Política el bucle del artículo: espera con FIRST_COMPLETED tantas veces como { -box(number: "other") } hay, contando esperas en vez de { -box(number: "other") }, reinicia cada { -task } de cada conjunto de terminadas aunque no quede ninguna { -box }, y cuando el bucle termina también termina el programa: asyncio.run cancela las { -task(number: "other") } que siguen en marcha, a mitad de { -box }.
executor-policy-taskgroup = Política TaskGroup + Semaphore: una { -task } por { -box }, todas creadas de antemano; el semáforo deja trabajar a tantas como { -station(number: "other") } hay, y cada una toma la { -station } libre de número más bajo. Cada { -task } captura el fallo de su { -station } y lo notifica: una excepción no capturada cancelaría el grupo entero.
executor-policy-workers = Política trabajadores + Queue: una { -task } de larga vida por { -station } toma { -box(number: "other") } de una cola llenada de antemano hasta vaciarla; si una { -box } falla, captura el fallo y sigue con la siguiente.
executor-queue-same = En esta ejecución da las mismas { -shot(number: "other") } y las mismas { -box(number: "other") }, en los mismos instantes, que FIRST_COMPLETED.
executor-queue-differs = En esta ejecución difiere de FIRST_COMPLETED: { $same_end ->
        [yes] las dos terminan a los { $seconds } s, pero sus { -box(number: "other") } van a otras { -station(number: "other") }
       *[no] termina a los { $seconds } s, y FIRST_COMPLETED a los { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = La { -station } { $station } bloquea el { -thread }: pone cada { -shot } sin hacer await, así que cada una de sus { -box(number: "other") } va de principio a fin en un solo sondeo y, mientras tanto, no se ejecuta ninguna otra { -task }. Los { -timer(number: "other") } de las demás { -station(number: "other") } vencen, pero no pueden dispararse hasta que suelte el { -thread }; entonces se disparan juntos, con retraso, en una sola vuelta del { -executor }. La ejecución sigue el { -event-loop } de asyncio vuelta a vuelta, y una prueba la compara con CPython.
executor-share-none = En esta ejecución las demás { -station(number: "other") } no pusieron ni una { -shot }: la { -station } { $station } tomó todas las { -box(number: "other") }, una tras otra, y nunca soltó el { -thread }.
executor-share-exact = En esta ejecución la { -station } { $station } devolvió { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, y entre dos de ellas las demás { -station(number: "other") } pusieron { $shots ->
        [one] una { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } en total, cada vez.
executor-share-range = En esta ejecución la { -station } { $station } devolvió { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }; entre dos de ellas las demás { -station(number: "other") } pusieron entre { $fewest } y { $most ->
        [one] { $most } { -shot }
       *[other] { $most } { -shot(number: "other") }
    } en total, { $mean } de media.
executor-share-one-box = En esta ejecución la { -station } { $station } devolvió una sola { -box }; las demás { -station(number: "other") } pusieron { $shots ->
        [one] una { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } en toda la ejecución.

## The awaited set.

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count =
    ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") } que envían a un canal
executor-awaited-kind-taskgroup = { -task(number: "other") } de { -station(number: "other") } de un grupo de { -task(number: "other") }
executor-awaited-kind-workers = { -box(number: "other") } actuales de los trabajadores
executor-awaited-kind-futures = un FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } más
executor-awaited-empty = vacío
executor-done-set = Último conjunto de terminadas
executor-done-count = ({ $count ->
        [one] una { -task }
       *[other] { $count } { -task(number: "other") }
    } a los { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = el { -supervisor } aún no ha despertado
executor-done-unreported = ha vuelto; el { -supervisor } la notifica a continuación
executor-done-several = Varias { -task(number: "other") } en un mismo conjunto de terminadas: sus { -timer(number: "other") } se dispararon juntos, en una sola vuelta del { -executor }, y cada { -task } volvió antes de que el { -supervisor } despertara; asyncio.wait devuelve todas las { -task(number: "other") } que han terminado hasta ese momento.

## The timer queue.

executor-timers = { -timer-queue(start: "upper") }, el más próximo primero
executor-timer = { $seconds } s → despierta a la { -station } { $station }
executor-timers-empty = no hay { -timer(number: "other") }

## The supervisor's wakes, one line each.

executor-wakes = Despertares del { -supervisor }, el más reciente primero
executor-reports = { -box(start: "upper", number: "other") } notificadas por sus propias { -task(number: "other") }, la más reciente primero
executor-wake-time = { $seconds } s
executor-wake-wait = espera { $wait } de la cuenta del bucle
executor-wake-ok = la { -task } de la { -station } { $station } ({ -box } { $box_no }) devolvió Ok
executor-wake-err = la { -task } de la { -station } { $station } ({ -box } { $box_no }) devolvió Err: { $error }
executor-error-spoiled = la { -dose } { $shot } de la { -box } se estropeó
executor-error-broken = averiada a mano durante la { -shot } { $shot }
executor-wake-pending = aún pendientes: { $stations }
executor-pending-none = ninguna
executor-pending-more = y { $count } más
executor-wake-pushed = se metió: { $tasks }
executor-pushed-task = la { -station } { $station } con la { -box } { $box_no }
executor-wake-no-box = aún no hay { -box } nueva
executor-wake-depot-empty = no se metió nada ({ -depot } vacío)
executor-report-taskgroup-next = la { -task } de la { -box } libera la { -station } { $station } y su permiso; la { -task } de la { -box } siguiente toma la { -station } libre de número más bajo
executor-report-taskgroup-last = no queda ninguna { -box }, así que la { -station } { $station } se queda libre
executor-report-workers-next = el trabajador toma la { -box } siguiente de la cola
executor-report-workers-last = la cola está vacía, así que el trabajador termina

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = El { -inspector } muestra las { -task(number: "other") } en ejecuciones de hasta { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
inspector-explain = { $tasks ->
        [worker] El trabajador de cada { -station } es una { -task }, que procesa { -box } tras { -box } de la cola.
       *[box] Cada { -box } que procesa una { -station } es una { -task }.
    } Una { -task } está { $waiting } mientras duerme, { $scheduled } una vez despertada y { $running } mientras el { -thread } la sondea. Los { $wakes } y los sondeos se suman a lo largo de todas las { -box(number: "other") } de una { -station }; la fila del { -supervisor } cuenta las { -box(number: "other") } que atendió. «{ -box(start: "upper") } abierta» es el tiempo simulado que una { -station } tuvo una { -box } abierta (su { -task }, dormida entre { -shot(number: "other") }, no le cuesta nada al { -thread }), no el tiempo pasado dentro de sondeos; sin { -box }, una { -station } está inactiva hasta que el { -supervisor } le da una.
inspector-term-waiting = dormida
    .title = Fuera del { -thread } hasta que algo la despierte: la { -task } de una { -station }, en el { -timer } de su { -shot }; el { -supervisor }, en las { -task(number: "other") } que espera. (Una { -station } sin { -box } abierta está inactiva, no dormida).
inspector-term-scheduled = programada
    .title = Despertada y en cola detrás de las { -task(number: "other") } despertadas antes que ella; el { -executor } las sondea por turno.
inspector-term-running = en ejecución
    .title = Siendo sondeada: la única { -task } que el { -thread } está ejecutando.
inspector-term-wakes = despertares
    .title = Llamadas al waker de la { -task }: cada una pide al { -executor } que vuelva a sondearla.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = Estado
inspector-column-polls = Sondeos
inspector-column-wakes = Despertares
inspector-column-boxes = { -box(start: "upper", number: "other") }
inspector-column-failures = Fallos
inspector-column-restarts = Reinicios
inspector-column-box-open = { -box(start: "upper") } abierta [s]
inspector-column-waiting = Sin { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = dormida
inspector-state-scheduled = programada
inspector-state-running = en ejecución
inspector-state-done = terminada
inspector-state-failed = fallida

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (trabajador)
inspector-task-box-task = { -station } { $station } ({ -task } de la { -box } { $box_no })

## The tasks that finished last.

inspector-finished = Recién terminadas
inspector-finished-box =
    { -station } { $station } ({ -box } { $box_no }): terminada tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-worker =
    trabajador de la { -station } { $station }: terminado tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-box-task =
    { -task } de la { -box } { $box_no }: terminada tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-none = todavía no ha terminado ninguna { -task }

## The charts.

charts-title = Gráficos
charts-time-axis = segundos simulados
charts-tick-thousands = { $thousands } k
charts-station = { -station } { $station }

charts-doses-caption = { -dose(start: "upper", number: "other") } puestas a lo largo del tiempo, frente al ritmo esperado según el modelo (discontinua)
charts-doses =
    .aria-label = { $given } de { $total ->
        [one] { $total } { -dose } puesta
       *[other] { $total } { -dose(number: "other") } puestas
    } tras { $seconds } segundos; duración total esperada: { $expected } segundos

charts-gantt-too-many = El diagrama de Gantt muestra ejecuciones de hasta { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
charts-gantt-caption = { -box(start: "upper", number: "other") } por { -station } a lo largo del tiempo; las { -box(number: "other") } fallidas, en bermellón y con borde discontinuo
charts-gantt-truncated = {" "}({ $limit ->
        [one] primera { $limit } { -box }
       *[other] primeras { $limit } { -box(number: "other") }
    })
charts-gantt =
    .aria-label =
        Diagrama de Gantt de { $boxes ->
            [one] { $boxes } { -box }
           *[other] { $boxes } { -box(number: "other") }
        } en { $stations ->
            [one] { $stations } { -station }
           *[other] { $stations } { -station(number: "other") }
        }
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s (fallida)

charts-utilisation-summary =
    Utilización: media del { $mean } %, mínima del { $least } % en { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }.
charts-utilisation-caption = Utilización: la parte del tiempo transcurrido en que cada { -station } tuvo una { -box } abierta
charts-utilisation =
    .aria-label = Utilización por { -station }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = La comparación de políticas abarca ejecuciones de hasta { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }.
charts-comparison-caption = La misma semilla con cada política del { -supervisor } (ejecuciones completas, reproducidas en la página)
charts-comparison-policy = Política
charts-comparison-makespan = Duración total
charts-comparison-busy = Tiempo con { -box } abierta
charts-comparison-boxes-opened = { -box(start: "upper", number: "other") } abiertas
charts-comparison-doses-vanished = { -dose(start: "upper", number: "other") } desaparecidas
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = El código
code-explain = El Rust es el código fuente compilado en esta página; el Python es el mismo programa en asyncio, un archivo que se ejecuta tal cual y que se compara con este motor en CPython. Una { -task } solo puede pausarse en un { $await }, y solo si lo que espera no está listo: { $parked } El resaltado se lee del último evento.{" "}
code-parked = { $stations }, y { $supervisor }.
code-parked-stations = todas las { -task(number: "other") } de las { -station(number: "other") } están detenidas en su sleep
code-parked-stations-blocking = todas las { -task(number: "other") } de las { -station(number: "other") }, salvo la de la { -station } { $station }, están detenidas en su sleep (la { -station } { $station } nunca hace await, así que nunca se detiene: retiene el { -thread } durante toda su { -box })
code-parked-supervisor-set = el { -supervisor }, en su espera del conjunto
code-parked-supervisor-queue = el { -supervisor }, en su lectura de la cola
code-parked-supervisor-semaphore = las { -task(number: "other") } de { -box } sin { -station }, en el semáforo
code-parked-supervisor-workers = el { -supervisor }, en su espera de los trabajadores
code-resumed-station = Último reanudado: la { -task } de la { -station } { $station }, en su await.
code-resumed-supervisor = Último reanudado: el { -supervisor }, en su await.
code-resumed-none = Todavía no se ha ejecutado nada.
code-rust = Rust (esta aplicación)
code-python = Python asyncio
code-show-python-first = Mostrar primero Python
code-show-rust-first = Mostrar primero Rust
code-whole-file = El archivo de asyncio completo, con sus funciones auxiliares
code-download = Descargar el archivo (se ejecuta tal cual: python3 vaccination_lot.py)
code-listing =
    .aria-label =
        Código { $language ->
            [rust] Rust
           *[python] Python
        } { $role ->
            [station] de la { -station }
           *[supervisor] del { -supervisor }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] ninguna { -task } de { -station } en espera
        [one] { $count } { -task } de { -station } espera aquí
       *[other] { $count } { -task(number: "other") } de { -station(number: "other") } esperan aquí
    }
code-supervisor-waits = el { -supervisor } espera aquí
code-supervisor-returned = el { -supervisor } ha retornado
code-mistake-counts-waits = cuenta esperas, no { -box(number: "other") }
code-mistake-new-box = una { -box } nueva aunque no quede ninguna
code-mistake-program-ends = el programa termina: { -task(number: "other") } canceladas a mitad de { -box }
code-mistake-cancelled = { -task(number: "other") } canceladas a mitad de { -box }

## Where the Rust twin and asyncio differ.

code-differences = Dónde difieren los gemelos: { $next } entrega un resultado cada vez, así que el { -supervisor } en Rust vacía el conjunto, sondeándolo hasta que queda pendiente, para tomar todas las { -task(number: "other") } que han vuelto: el conjunto de terminadas que devuelve { $wait }. Sondea solo los futures que se despertaron, mientras que { $wait } registra un callback en cada { -task } en cada llamada. Aquí, soltar un { $handle } cancela su { -task }; soltar una { $task } de asyncio no la cancela, pero el { -event-loop } solo guarda una referencia débil, así que una { -task } que nadie retiene puede desaparecer antes de terminar: el Python las guarda todas.
code-real-time = El reloj de esta página es virtual: el tiempo salta de un { -timer } al siguiente, cada plazo se respeta al microsegundo y nada va con retraso. El asyncio real difiere en dos cosas. En Linux su selector redondea la espera hacia arriba a milisegundos enteros, así que los { -timer(number: "other") } que vencen con menos de un milisegundo de diferencia a menudo se disparan en una misma vuelta, y { $wait } devuelve las dos { -task(number: "other") } en un mismo conjunto de terminadas: dos { -task(number: "other") } que vencían con 0,3 ms de diferencia lo hicieron de 82 a 85 veces de cada 100 en una medición. Y cada vuelta del { -event-loop } cuesta tiempo real, así que una { -box } de 100 { -shot(number: "other") } de 1–100 ms termina alrededor de un 2 % tarde. El archivo de Python, ejecutado por sí solo, muestra ambas cosas; python/real_time.py las mide.

python-title = El listado en CPython real
python-intro = El listado de asyncio se ejecuta aquí en CPython real, compilado a WebAssembly, con un reloj virtual y con los sorteos y las averías de la ejecución en pantalla; después la página compara las dos ejecuciones evento a evento. La primera ejecución descarga Python; nada más en la página lo espera.
python-run = Ejecutar en CPython
