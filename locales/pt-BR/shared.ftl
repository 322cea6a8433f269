# Names several areas of the page use.

## Glossary
## One word per thing, everywhere. Every term takes number: "other" for
## the plural and start: "upper" for a capital at the start of a sentence
## or a label; the default is singular, lower case. Articles and their
## contractions (o/a, do/da, no/na) are written in the messages: each
## comment gives the word's gender.

# The parking lot where the stations stand (masc.); number, start.
# Not: estacionamento, Estacionamento
-lot = { $number ->
       *[one] { $start ->
           *[lower] estacionamento
            [upper] Estacionamento
        }
        [other] { $start ->
           *[lower] estacionamentos
            [upper] Estacionamentos
        }
    }
# A vaccination station, "Posto 1" (masc.); number, start.
# Not: posto, Posto, estação, Estação
-station = { $number ->
       *[one] { $start ->
           *[lower] posto
            [upper] Posto
        }
        [other] { $start ->
           *[lower] postos
            [upper] Postos
        }
    }
# A box of doses, the unit of work (fem.); number, start.
# Not: caixa, Caixa
-box = { $number ->
       *[one] { $start ->
           *[lower] caixa
            [upper] Caixa
        }
        [other] { $start ->
           *[lower] caixas
            [upper] Caixas
        }
    }
# Where the boxes wait to be handed out (masc.); number, start.
# Not: estoque, Estoque, depósito, Depósito
-depot = { $number ->
       *[one] { $start ->
           *[lower] estoque
            [upper] Estoque
        }
        [other] { $start ->
           *[lower] estoques
            [upper] Estoques
        }
    }
# One dose in a box (fem.); number, start.
# Not: dose, Dose
-dose = { $number ->
       *[one] { $start ->
           *[lower] dose
            [upper] Dose
        }
        [other] { $start ->
           *[lower] doses
            [upper] Doses
        }
    }
# Giving one dose, "0,2 s por aplicação" (fem.); number, start.
# Not: aplicação, Aplicação, aplicações, Aplicações, injeção, Injeção
-shot = { $number ->
       *[one] { $start ->
           *[lower] aplicação
            [upper] Aplicação
        }
        [other] { $start ->
           *[lower] aplicações
            [upper] Aplicações
        }
    }
# An async task (fem.); number, start.
# Not: tarefa, Tarefa
-task = { $number ->
       *[one] { $start ->
           *[lower] tarefa
            [upper] Tarefa
        }
        [other] { $start ->
           *[lower] tarefas
            [upper] Tarefas
        }
    }
# The supervisor, which awaits the stations' tasks and restarts them (masc.); number, start.
# Not: supervisor, Supervisor
-supervisor = { $number ->
       *[one] { $start ->
           *[lower] supervisor
            [upper] Supervisor
        }
        [other] { $start ->
           *[lower] supervisores
            [upper] Supervisores
        }
    }
# The executor, the loop that polls tasks (masc.); number, start.
# Not: executor, Executor
-executor = { $number ->
       *[one] { $start ->
           *[lower] executor
            [upper] Executor
        }
        [other] { $start ->
           *[lower] executores
            [upper] Executores
        }
    }
# The task inspector panel (masc.); number, start.
# Not: inspetor, Inspetor, inspector
-inspector = { $number ->
       *[one] { $start ->
           *[lower] inspetor
            [upper] Inspetor
        }
        [other] { $start ->
           *[lower] inspetores
            [upper] Inspetores
        }
    } de { -task(number: "other") }
# asyncio's event loop (masc.); number, start.
# Not: laço de eventos, Laço de eventos, loop de eventos
-event-loop = { $number ->
       *[one] { $start ->
           *[lower] laço
            [upper] Laço
        }
        [other] { $start ->
           *[lower] laços
            [upper] Laços
        }
    } de eventos
# The one thread everything runs on (fem.); number, start.
-thread = { $number ->
       *[one] { $start ->
           *[lower] thread
            [upper] Thread
        }
        [other] { $start ->
           *[lower] threads
            [upper] Threads
        }
    }
# A timer: an entry in the clock's queue that wakes a task (masc.); number, start.
# Not: temporizador, Temporizador, cronômetro
-timer = { $number ->
       *[one] { $start ->
           *[lower] temporizador
            [upper] Temporizador
        }
        [other] { $start ->
           *[lower] temporizadores
            [upper] Temporizadores
        }
    }
# The ready queue: tasks woken, waiting their turn (fem.); number, start.
# Not: fila de prontos, Fila de prontos
-ready-queue = { $number ->
       *[one] { $start ->
           *[lower] fila
            [upper] Fila
        }
        [other] { $start ->
           *[lower] filas
            [upper] Filas
        }
    } de prontos
# The timer queue (fem.); number, start.
# Not: fila de temporizadores, Fila de temporizadores
-timer-queue = { $number ->
       *[one] { $start ->
           *[lower] fila
            [upper] Fila
        }
        [other] { $start ->
           *[lower] filas
            [upper] Filas
        }
    } de { -timer(number: "other") }
# The set of tasks the supervisor awaits (masc.); number, start.
# Not: conjunto aguardado, Conjunto aguardado
-awaited-set = { $number ->
       *[one] { $start ->
           *[lower] conjunto aguardado
            [upper] Conjunto aguardado
        }
        [other] { $start ->
           *[lower] conjuntos aguardados
            [upper] Conjuntos aguardados
        }
    }

## The document's title (the browser's tab).

page-title = Vacinação no { -lot }: { -task(number: "other") } assíncronas em uma só { -thread }

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants: keep them
## as written. TaskGroup, Semaphore and Queue are asyncio's class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = fila de conclusões
policy-article = o laço do artigo
policy-taskgroup = TaskGroup + Semaphore
policy-workers = workers + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = gráficos
panel-code = código
