# Names several areas of the page use.

## Glossary
## One German word for each thing, used by every message and lesson text.
## Parameters: number: "one" (the default) or "other" (the plural);
## case: "gen" for the genitive singular where it differs ("des Tasks");
## the nominative, accusative and dative singular of every term are the
## same, so they take no case. The article stays in the message: the
## terms' genders are given below. form: "compound" gives the first part
## of a compound word where it differs from the noun ("Stationsnummer",
## "Impfzeiten").

# The parking lot where the stations stand (der). case: "gen".
-lot = { $case ->
        [gen] Parkplatzes
       *[nom] Parkplatz
    }
# A vaccination station, labelled "Station 1" (die). number; form: "compound".
-station = { $form ->
        [compound] Stations
       *[noun] { $number ->
            [other] Stationen
           *[one] Station
        }
    }
# A box of doses a station is given, the unit of work (die). number.
# Not: Schachtel
-box = { $number ->
        [other] Boxen
       *[one] Box
    }
# Where the boxes wait to be handed out (das). case: "gen".
# Not: Lager
-depot = { $case ->
        [gen] Depots
       *[nom] Depot
    }
# One dose in a box (die). number.
-dose = { $number ->
        [other] Dosen
       *[one] Dosis
    }
# Giving one dose, the time a station takes (die). number; form: "compound".
-shot = { $form ->
        [compound] Impf
       *[noun] { $number ->
            [other] Impfungen
           *[one] Impfung
        }
    }
# An async task (der). number; case: "gen".
-task = { $number ->
        [other] Tasks
       *[one] { $case ->
            [gen] Tasks
           *[nom] Task
        }
    }
# The supervisor, which awaits the stations' tasks and restarts them (der). number; case: "gen".
-supervisor = { $number ->
        [other] Supervisoren
       *[one] { $case ->
            [gen] Supervisors
           *[nom] Supervisor
        }
    }
# The executor: the panel, and Rust's loop that polls the tasks (der). case: "gen".
-executor = { $case ->
        [gen] Executors
       *[nom] Executor
    }
# The task inspector panel (der). case: "gen".
-inspector = { $case ->
        [gen] Task-Inspektors
       *[nom] Task-Inspektor
    }
# asyncio's event loop (die). No parameters.
# Not: Ereignisschleife
-event-loop = Event-Loop
# The one thread everything runs on (der). case: "gen".
-thread = { $case ->
        [gen] Threads
       *[nom] Thread
    }
# A timer in the clock's queue, which wakes a task at its deadline (der). number; case: "gen" (singular), "dat" (plural "Timern").
-timer = { $number ->
        [other] { $case ->
            [dat] Timern
           *[nom] Timer
        }
       *[one] { $case ->
            [gen] Timers
           *[nom] Timer
        }
    }
# The ready queue: the tasks woken, waiting their turn on the thread (die). No parameters.
-ready-queue = Warteschlange der bereiten { -task(number: "other") }
# The timer queue (die). No parameters.
-timer-queue = { -timer }-Warteschlange
# The set of tasks the supervisor awaits (die), after a definite article ("der erwarteten Menge"). case: "dat", "gen"; start: "upper" for the heading.
-awaited-set = { $start ->
        [upper] Erwartete Menge
       *[lower] { $case ->
            [dat] erwarteten Menge
            [gen] erwarteten Menge
           *[nom] erwartete Menge
        }
    }

## The document's title (the browser's tab).

page-title = Impfen auf dem { -lot }: asynchrone { -task(number: "other") } auf einem { -thread }

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = Abschluss-Warteschlange
policy-article = die Schleife des Artikels
policy-taskgroup = TaskGroup + Semaphore
policy-workers = Worker + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = Diagramme
panel-code = Code
