# Names several areas of the page use.

## Glossary
## One Spanish word for each thing, used by every message and lesson text.
## Parameters: number: "one" (the default) or "other" (the plural);
## start: "upper" for a capital at the start of a sentence or a label
## ("Estación 3"). The article stays in the message; each term's gender
## is given below, so the article and the adjectives agree with it.

# The parking lot where the stations stand (masculine). start.
-lot = { $start ->
        [upper] Aparcamiento
       *[lower] aparcamiento
    }
# A vaccination station, labelled "Estación 1" (feminine). number; start.
# Not: puesto
-station = { $start ->
        [upper] { $number ->
            [other] Estaciones
           *[one] Estación
        }
       *[lower] { $number ->
            [other] estaciones
           *[one] estación
        }
    }
# A box of doses a station is given, the unit of work (feminine). number; start.
-box = { $start ->
        [upper] { $number ->
            [other] Cajas
           *[one] Caja
        }
       *[lower] { $number ->
            [other] cajas
           *[one] caja
        }
    }
# Where the boxes wait to be handed out (masculine). start.
# Not: almacén
-depot = { $start ->
        [upper] Depósito
       *[lower] depósito
    }
# One dose in a box (feminine; the same word in the plural). number; start.
-dose = { $start ->
        [upper] Dosis
       *[lower] dosis
    }
# Giving one dose, the time a station takes (feminine). number; start.
-shot = { $start ->
        [upper] { $number ->
            [other] Inyecciones
           *[one] Inyección
        }
       *[lower] { $number ->
            [other] inyecciones
           *[one] inyección
        }
    }
# An async task (feminine). number; start.
-task = { $start ->
        [upper] { $number ->
            [other] Tareas
           *[one] Tarea
        }
       *[lower] { $number ->
            [other] tareas
           *[one] tarea
        }
    }
# The supervisor, which awaits the stations' tasks and restarts them (masculine). number; start.
-supervisor = { $start ->
        [upper] { $number ->
            [other] Supervisores
           *[one] Supervisor
        }
       *[lower] { $number ->
            [other] supervisores
           *[one] supervisor
        }
    }
# The executor: the panel, and Rust's loop that polls the tasks (masculine). start.
-executor = { $start ->
        [upper] Ejecutor
       *[lower] ejecutor
    }
# The task inspector panel (masculine). start.
-inspector = { $start ->
        [upper] Inspector de { -task(number: "other") }
       *[lower] inspector de { -task(number: "other") }
    }
# asyncio's event loop (masculine). start.
-event-loop = { $start ->
        [upper] Bucle de eventos
       *[lower] bucle de eventos
    }
# The one thread everything runs on (masculine). start.
-thread = { $start ->
        [upper] Hilo
       *[lower] hilo
    }
# A timer in the clock's queue, which wakes a task at its deadline (masculine). number; start.
-timer = { $start ->
        [upper] { $number ->
            [other] Temporizadores
           *[one] Temporizador
        }
       *[lower] { $number ->
            [other] temporizadores
           *[one] temporizador
        }
    }
# The ready queue: the tasks woken, waiting their turn on the thread (feminine). start.
-ready-queue = { $start ->
        [upper] Cola de { -task(number: "other") } listas
       *[lower] cola de { -task(number: "other") } listas
    }
# The timer queue (feminine). start.
-timer-queue = { $start ->
        [upper] Cola de { -timer(number: "other") }
       *[lower] cola de { -timer(number: "other") }
    }
# The set of tasks the supervisor awaits (masculine). start.
-awaited-set = { $start ->
        [upper] Conjunto esperado
       *[lower] conjunto esperado
    }

## The document's title (the browser's tab).

page-title = Vacunación en el { -lot }: { -task(number: "other") } asíncronas en un solo { -thread }

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = cola de finalizaciones
policy-article = el bucle del artículo
policy-taskgroup = TaskGroup + Semaphore
policy-workers = trabajadores + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = gráficos
panel-code = código
