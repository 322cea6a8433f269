# Names several areas of the page use.

## Glossary: the page's core nouns, one word per thing. Every message that
## names one of these things uses its term, so the lot, the panels and the
## lessons say the same word (locales/GLOSSARY.md). English terms take
## number: "other" for the plural and start: "upper" for a capital at the
## start of a sentence or a label; other languages take what their grammar
## needs (case, article, number).

# The parking lot where the stations stand.
-lot = { $start ->
       *[lower] parking lot
        [upper] Parking lot
    }
# A vaccination station, drawn as a booth and labelled with its number.
-station = { $start ->
       *[lower] { $number ->
           *[one] station
            [other] stations
        }
        [upper] { $number ->
           *[one] Station
            [other] Stations
        }
    }
# A box of doses handed to a station: the unit of work.
-box = { $start ->
       *[lower] { $number ->
           *[one] box
            [other] boxes
        }
        [upper] { $number ->
           *[one] Box
            [other] Boxes
        }
    }
# Where the boxes wait to be handed out.
-depot = { $start ->
       *[lower] depot
        [upper] Depot
    }
# One dose in a box.
-dose = { $start ->
       *[lower] { $number ->
           *[one] dose
            [other] doses
        }
        [upper] { $number ->
           *[one] Dose
            [other] Doses
        }
    }
# Giving one dose: what a station's time per dose is counted in.
-shot = { $number ->
       *[one] shot
        [other] shots
    }
# An async task: a station's, or the supervisor's.
-task = { $start ->
       *[lower] { $number ->
           *[one] task
            [other] tasks
        }
        [upper] { $number ->
           *[one] Task
            [other] Tasks
        }
    }
# The task that waits for the stations' tasks and restarts them.
-supervisor = { $start ->
       *[lower] supervisor
        [upper] Supervisor
    }
# What polls the tasks on the one thread (Rust's name; asyncio's is the event loop).
-executor = { $start ->
       *[lower] executor
        [upper] Executor
    }
# The panel listing every task with its state and counts.
-inspector = { $start ->
       *[lower] task inspector
        [upper] Task inspector
    }
# asyncio's event loop.
-event-loop = { $start ->
       *[lower] event loop
        [upper] Event loop
    }
# The one thread every task runs on.
-thread = { $start ->
       *[lower] thread
        [upper] Thread
    }
# An entry in the clock's queue that wakes a task at its deadline.
-timer = { $number ->
       *[one] timer
        [other] timers
    }
# The tasks woken and waiting their turn on the thread.
-ready-queue = ready queue
# The timers in deadline order.
-timer-queue = timer queue
# The tasks the supervisor awaits.
-awaited-set = awaited set

## The document's title (the browser's tab).

page-title = Parking-lot vaccination: async tasks on one thread

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants: keep them
## as written. TaskGroup, Semaphore and Queue are asyncio's class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = completion queue
policy-article = the article's loop
policy-taskgroup = TaskGroup + Semaphore
policy-workers = workers + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = executor
panel-inspector = task inspector
panel-charts = charts
panel-code = code
