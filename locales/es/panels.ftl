# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = El ejecutor
executor-explain = Todas las tareas se ejecutan en un solo hilo, de una en una. Una tarea { $awaits } un future que aún no está listo y así cede el hilo hasta que el future la despierta. Un puesto dormido no cuesta nada: un { $timer } lo despierta cuando termina su inyección, y el ejecutor lo { $polls }. Los temporizadores que vencen en el mismo instante se disparan juntos, en una sola vuelta del bucle, y cada tarea que despiertan se ejecuta antes que cualquier tarea que estas despierten.
executor-term-awaits = espera con await
    .title = Pide a un future su valor. Si no está listo, la tarea cede el hilo hasta que el future la despierte; si está listo, el valor llega al instante y la tarea sigue.
executor-term-timer = temporizador
    .title = Una entrada en la cola del reloj: al llegar su plazo, despierta a la tarea que lo programó.
executor-term-polls = sondea
    .title = Ejecuta una tarea hasta que tiene que volver a esperar (devuelve Pending) o termina (devuelve Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Política FIRST_COMPLETED: el supervisor espera al conjunto entero y despierta en cuanto una tarea ha vuelto. Toma todas las tareas que han vuelto hasta ese momento, su conjunto de terminadas, informa de ellas en el orden de los puestos, reinicia cada puesto de inmediato y vuelve a esperar al conjunto.
executor-policy-all = Política ALL_COMPLETED: el supervisor informa de cada conjunto de terminadas según llega, pero solo repone cuando ha vuelto la tanda entera, así que los puestos que terminan antes esperan sin hacer nada.
executor-policy-queue = Política cola de finalización: cada tarea de puesto terminada entra en una cola (en Python, un callback de finalización la mete en una asyncio.Queue; en Rust, la tarea envía su resultado por un canal), y el supervisor las saca de una en una, en el orden en que terminaron, y reinicia cada puesto.
executor-policy-article = Política el bucle del artículo: espera con FIRST_COMPLETED tantas veces como cajas hay, contando esperas en vez de cajas, reinicia cada tarea de cada conjunto de terminadas aunque no quede ninguna caja, y cuando el bucle termina también termina el programa: asyncio.run cancela las tareas que siguen en marcha, a mitad de caja.
executor-policy-taskgroup = Política TaskGroup + Semaphore: una tarea por caja, todas creadas de antemano; el semáforo deja trabajar a tantas como puestos hay, y cada una toma el puesto libre de número más bajo. Cada tarea captura el fallo de su puesto y lo notifica: una excepción no capturada cancelaría el grupo entero.
executor-policy-workers = Política «trabajadores + Queue»: una tarea de larga vida por puesto toma cajas de una cola llenada de antemano hasta vaciarla; si una caja falla, lo captura y sigue con la siguiente.
executor-queue-same = En esta ejecución da las mismas inyecciones y las mismas cajas, en los mismos instantes, que FIRST_COMPLETED.
executor-queue-differs = En esta ejecución difiere de FIRST_COMPLETED: { $same_end ->
        [yes] las dos terminan a los { $seconds } s, pero sus cajas van a otros puestos
       *[no] termina a los { $seconds } s, y FIRST_COMPLETED a los { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = El puesto { $station } bloquea el hilo: aplica cada inyección sin hacer await, así que cada una de sus cajas va de principio a fin en un solo sondeo y, mientras tanto, no se ejecuta ninguna otra tarea. Los temporizadores de los demás puestos vencen, pero no pueden dispararse hasta que suelte el hilo; entonces se disparan juntos, con retraso, en una sola vuelta del bucle. La ejecución sigue el bucle de asyncio vuelta a vuelta, y una prueba la compara con CPython.
executor-share-none = En esta ejecución los demás puestos no pusieron ni una inyección: el puesto { $station } tomó todas las cajas, una tras otra, y nunca soltó el hilo.
executor-share-exact = En esta ejecución el puesto { $station } devolvió { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }, y entre dos de ellas los demás puestos pusieron { $shots ->
        [one] una inyección
       *[other] { $shots } inyecciones
    } en total, cada vez.
executor-share-range = En esta ejecución el puesto { $station } devolvió { $boxes ->
        [one] { $boxes } caja
       *[other] { $boxes } cajas
    }; entre dos de ellas los demás puestos pusieron entre { $fewest } y { $most ->
        [one] { $most } inyección
       *[other] { $most } inyecciones
    } en total, { $mean } de media.
executor-share-one-box = En esta ejecución el puesto { $station } devolvió una sola caja; los demás puestos pusieron { $shots ->
        [one] una inyección
       *[other] { $shots } inyecciones
    } en toda la ejecución.

## The awaited set.

executor-awaited-set = Conjunto esperado
executor-awaited-count =
    ({ $count ->
        [one] { $count } tarea
       *[other] { $count } tareas
    }, { $kind })
executor-awaited-kind-channel = tareas que envían a un canal
executor-awaited-kind-taskgroup = tareas de puesto de un grupo de tareas
executor-awaited-kind-workers = cajas actuales de los trabajadores
executor-awaited-kind-futures = un FuturesUnordered
executor-awaited-task = puesto { $station } · caja { $box_no }
executor-awaited-more = +{ $count } más
executor-awaited-empty = vacío
executor-done-set = Último conjunto de terminadas
executor-done-count = ({ $count ->
        [one] una tarea
       *[other] { $count } tareas
    } a los { $seconds } s)
executor-done-task = puesto { $station } · caja { $box_no }
executor-done-empty = el supervisor aún no ha despertado
executor-done-unreported = ha vuelto; el supervisor informa de ella a continuación
executor-done-several = Varias tareas en un mismo conjunto de terminadas: sus temporizadores se dispararon juntos, en una sola vuelta del bucle, y cada tarea volvió antes de que el supervisor despertara; asyncio.wait devuelve todas las tareas que han terminado hasta ese momento.

## The timer queue.

executor-timers = Cola de temporizadores, el más próximo primero
executor-timer = { $seconds } s → despierta al puesto { $station }
executor-timers-empty = no hay temporizadores

## The supervisor's wakes, one line each.

executor-wakes = Despertares del supervisor, el más reciente primero
executor-reports = Cajas de las que informan sus propias tareas, la más reciente primero
executor-wake-time = { $seconds } s
executor-wake-wait = espera { $wait } de la cuenta del bucle
executor-wake-ok = la tarea del puesto { $station } (caja { $box_no }) devolvió Ok
executor-wake-err = la tarea del puesto { $station } (caja { $box_no }) devolvió Err: { $error }
executor-error-spoiled = la dosis { $shot } de la caja se echó a perder
executor-error-broken = averiado a mano durante la inyección { $shot }
executor-wake-pending = aún pendientes: { $stations }
executor-pending-none = ninguno
executor-pending-more = y { $count } más
executor-wake-pushed = se metió: { $tasks }
executor-pushed-task = el puesto { $station } con la caja { $box_no }
executor-wake-no-box = aún no hay caja nueva
executor-wake-depot-empty = no se metió nada (almacén vacío)
executor-report-taskgroup-next = la tarea de la caja libera el puesto { $station } y su permiso; la tarea de la caja siguiente toma el puesto libre de número más bajo
executor-report-taskgroup-last = no queda ninguna caja, así que el puesto { $station } se queda libre
executor-report-workers-next = el worker toma la caja siguiente de la cola
executor-report-workers-last = la cola está vacía, así que el worker termina

## The task inspector.

inspector-title = Inspector de tareas
inspector-too-many = El inspector muestra las tareas en ejecuciones de hasta { $limit ->
        [one] { $limit } puesto
       *[other] { $limit } puestos
    }.
inspector-explain = { $tasks ->
        [worker] El worker de cada puesto es una tarea, que procesa caja tras caja de la cola.
       *[box] Cada caja que procesa un puesto es una tarea.
    } Una tarea está { $waiting } mientras duerme, { $scheduled } una vez despertada y { $running } mientras el hilo la sondea. Los { $wakes } y los sondeos se suman a lo largo de todas las cajas de un puesto; la fila del supervisor cuenta las cajas que atendió. «Caja abierta» es el tiempo simulado que un puesto tuvo una caja abierta (su tarea, dormida entre inyecciones, no le cuesta nada al hilo), no el tiempo pasado dentro de sondeos; sin caja, el puesto espera al supervisor.
inspector-term-waiting = en espera
    .title = Esperando a que la despierten: aquí, dormida en el temporizador de su inyección. (Un puesto sin caja abierta está ocioso).
inspector-term-scheduled = programada
    .title = Despertada y en cola detrás de las tareas despertadas antes que ella; el ejecutor las sondea por turno.
inspector-term-running = en ejecución
    .title = Siendo sondeada: la única tarea que el hilo está ejecutando.
inspector-term-wakes = despertares
    .title = Llamadas al waker de la tarea: cada una pide al ejecutor que vuelva a sondearla.

## The table's columns; [s] marks seconds.

inspector-column-task = Tarea
inspector-column-state = Estado
inspector-column-polls = Sondeos
inspector-column-wakes = Despertares
inspector-column-boxes = Cajas
inspector-column-failures = Fallos
inspector-column-restarts = Reinicios
inspector-column-box-open = Caja abierta [s]
inspector-column-waiting = Sin caja [s]

## A task's state, as the State column shows it.

inspector-state-waiting = en espera
inspector-state-scheduled = programada
inspector-state-running = en ejecución
inspector-state-done = terminada
inspector-state-failed = fallida

## The rows' names.

inspector-supervisor = supervisor
inspector-task-station = puesto { $station }
inspector-task-box = puesto { $station } (caja { $box_no })
inspector-task-worker = puesto { $station } (trabajador)
inspector-task-box-task = puesto { $station } (tarea de la caja { $box_no })

## The tasks that finished last.

inspector-finished = Recién terminadas
inspector-finished-box =
    puesto { $station } (caja { $box_no }): terminada tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-worker =
    trabajador del puesto { $station }: terminado tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-box-task =
    tarea de la caja { $box_no }: terminada tras { $polls ->
        [one] { $polls } sondeo
       *[other] { $polls } sondeos
    } y { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-none = todavía no ha terminado ninguna tarea

## The charts.

charts-title = Gráficos
charts-time-axis = segundos simulados
charts-tick-thousands = { $thousands } k
charts-station = puesto { $station }

charts-doses-caption = Dosis administradas a lo largo del tiempo, frente al ritmo esperado según el modelo (discontinua)
charts-doses =
    .aria-label = { $given } de { $total ->
        [one] { $total } dosis administrada
       *[other] { $total } dosis administradas
    } tras { $seconds } segundos; duración total esperada: { $expected } segundos

charts-gantt-too-many = El diagrama de Gantt muestra ejecuciones de hasta { $limit ->
        [one] { $limit } puesto
       *[other] { $limit } puestos
    }.
charts-gantt-caption = Cajas por puesto a lo largo del tiempo; las cajas fallidas, en bermellón y con borde discontinuo
charts-gantt-truncated = {" "}({ $limit ->
        [one] primera { $limit } caja
       *[other] primeras { $limit } cajas
    })
charts-gantt =
    .aria-label =
        Diagrama de Gantt de { $boxes ->
            [one] { $boxes } caja
           *[other] { $boxes } cajas
        } en { $stations ->
            [one] { $stations } puesto
           *[other] { $stations } puestos
        }
charts-gantt-bar = puesto { $station }, caja { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = puesto { $station }, caja { $box_no }: { $start }–{ $end } s (fallida)

charts-utilisation-summary =
    Utilización: media del { $mean } %, mínima del { $least } % en { $stations ->
        [one] { $stations } puesto
       *[other] { $stations } puestos
    }.
charts-utilisation-caption = Utilización: la parte del tiempo transcurrido en que cada puesto tuvo una caja abierta
charts-utilisation =
    .aria-label = Utilización por puesto
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = La comparación de políticas abarca ejecuciones de hasta { $limit } dosis.
charts-comparison-caption = La misma semilla con cada política del supervisor (ejecuciones completas, reproducidas en la página)
charts-comparison-policy = Política
charts-comparison-makespan = Duración total
charts-comparison-busy = Tiempo con caja abierta
charts-comparison-boxes-opened = Cajas abiertas
charts-comparison-doses-vanished = Dosis perdidas
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = El código
code-explain = El Rust es el código fuente compilado en esta página; el Python es el mismo programa en asyncio, un archivo que se ejecuta tal cual y que se compara con este motor en CPython. Una tarea solo puede pausarse en un { $await }, y solo si lo que espera no está listo: { $parked } El resaltado se lee del último evento.{" "}
code-parked = { $stations }, y { $supervisor }.
code-parked-stations = todas las tareas de puesto están detenidas en su sleep
code-parked-stations-blocking = todas las tareas de puesto, salvo la del puesto { $station }, están detenidas en su sleep (el puesto { $station } nunca hace await, así que nunca se detiene: retiene el hilo durante toda su caja)
code-parked-supervisor-set = el supervisor, en su espera del conjunto
code-parked-supervisor-queue = el supervisor, en su lectura de la cola
code-parked-supervisor-semaphore = las tareas de caja sin puesto, en el semáforo
code-parked-supervisor-workers = el supervisor, en su espera de los trabajadores
code-resumed-station = Último reanudado: la tarea del puesto { $station }, en su await.
code-resumed-supervisor = Último reanudado: el supervisor, en su await.
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
            [station] del puesto
           *[supervisor] del supervisor
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] ninguna tarea de puesto en espera
        [one] { $count } tarea de puesto espera aquí
       *[other] { $count } tareas de puesto esperan aquí
    }
code-supervisor-waits = el supervisor espera aquí
code-supervisor-returned = el supervisor ha retornado
code-mistake-counts-waits = cuenta esperas, no cajas
code-mistake-new-box = una caja nueva aunque no quede ninguna
code-mistake-program-ends = el programa termina: tareas canceladas a mitad de caja
code-mistake-cancelled = tareas canceladas a mitad de caja

## Where the Rust twin and asyncio differ.

code-differences = Dónde difieren los gemelos: { $next } entrega un resultado cada vez, así que el supervisor en Rust vacía el conjunto, sondeándolo hasta que queda pendiente, para tomar todas las tareas que han vuelto: el conjunto de terminadas que devuelve { $wait }. Sondea solo los futures que se despertaron, mientras que { $wait } registra un callback en cada tarea en cada llamada. Aquí, soltar un { $handle } cancela su tarea; soltar una { $task } de asyncio no la cancela, pero el bucle de eventos solo guarda una referencia débil, así que una tarea que nadie retiene puede desaparecer antes de terminar: el Python las guarda todas.
code-real-time = El reloj de esta página es virtual: el tiempo salta de un temporizador al siguiente, cada plazo se respeta al microsegundo y nada va con retraso. El asyncio real difiere en dos cosas. En Linux su selector redondea la espera hacia arriba a milisegundos enteros, así que los temporizadores que vencen con menos de un milisegundo de diferencia a menudo se disparan en una misma vuelta, y { $wait } devuelve las dos tareas en un mismo conjunto de terminadas: dos tareas que vencían con 0,3 ms de diferencia lo hicieron de 82 a 85 veces de cada 100 en una medición. Y cada vuelta del bucle cuesta tiempo real, así que una caja de 100 inyecciones de 1–100 ms termina alrededor de un 2 % tarde. El archivo de Python, ejecutado por sí solo, muestra ambas cosas; python/real_time.py las mide.

python-title = El listado en CPython real
python-intro = El listado de asyncio se ejecuta aquí en CPython real, compilado a WebAssembly, con un reloj virtual y con los sorteos y las averías de la ejecución en pantalla; después la página compara las dos ejecuciones evento a evento. La primera ejecución descarga Python; nada más en la página lo espera.
python-run = Ejecutar en CPython
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
python-too-large = Se pasan a CPython ejecuciones de hasta { $limit } dosis; esta tiene { $doses }.
python-offline = La vista de Python necesita la página servida desde una dirección web: abierta desde un archivo, el navegador no le deja cargar Python.
python-load-failed = No se pudo cargar Python ({ $reason }). El resto de la página funciona como antes.
python-tree = Lo que ve asyncio en el evento { $event }
python-tree-title = La vista propia de asyncio en el evento { $event }
python-tree-explain = El listado se ejecuta en CPython hasta este evento y se detiene ahí: sus tareas tal como las da asyncio.capture_call_graph, el grafo que imprime python -m asyncio pstree. Cada tarea está bajo la tarea que la espera, con las funciones en las que está pausada, de la más externa a la más interna.
python-tree-station-task = { $task }: estación { $station }, caja { $box_no }
python-tree-running = { $task }, en ejecución ahora
python-tree-failed = No se pudo obtener la vista de asyncio: { $error }
python-tree-more = …y { $count } { $count ->
        [one] tarea más
       *[other] tareas más
    }
python-stopped = CPython no respondió en { $seconds } s, así que se detuvo su worker: el límite de tiempo detiene el código Python en la siguiente vuelta de un bucle, no un cálculo largo dentro de una sola llamada en C. Ejecutar vuelve a iniciar Python.
