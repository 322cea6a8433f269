# Names several areas of the page use.

## Glossary: the page's core nouns, one word per thing. Every message that
## names one of these things uses its term. Indonesian has no plural form
## (a noun after a number stays as it is), so the terms take one
## parameter only: start: "upper" for a capital at the start of a
## sentence or a label.

# The parking lot where the stations stand; start.
# Not: lahan parkir
-lot = { $start ->
       *[lower] tempat parkir
        [upper] Tempat parkir
    }
# A vaccination station ("Pos 1", "Pos 2" …); start.
# Not: stasiun, Stasiun, gerai, Gerai
-station = { $start ->
       *[lower] pos
        [upper] Pos
    }
# A box of doses given to a station, the unit of work; start.
# Not: kardus, boks
-box = { $start ->
       *[lower] kotak
        [upper] Kotak
    }
# Where the boxes wait to be handed out; start.
# Not: gudang, Gudang
-depot = { $start ->
       *[lower] depo
        [upper] Depo
    }
# One dose in a box; start.
-dose = { $start ->
       *[lower] dosis
        [upper] Dosis
    }
# Giving one dose ("0,2 s per suntikan"); start.
# Not: injeksi, Injeksi
-shot = { $start ->
       *[lower] suntikan
        [upper] Suntikan
    }
# An async task (a station's, the supervisor's); start.
-task = { $start ->
       *[lower] tugas
        [upper] Tugas
    }
# The supervisor that awaits the stations' tasks and restarts them; start.
# Not: penyelia, Penyelia
-supervisor = { $start ->
       *[lower] pengawas
        [upper] Pengawas
    }
# The executor that polls the tasks (Rust's name); start.
# Not: executor, Executor
-executor = { $start ->
       *[lower] eksekutor
        [upper] Eksekutor
    }
# The task inspector panel; start.
# Not: inspektur, Inspektur, inspektor, Inspektor
-inspector = { $start ->
       *[lower] pemeriksa tugas
        [upper] Pemeriksa tugas
    }
# asyncio's event loop (Indonesian programmers say it in English); start.
# Not: perulangan peristiwa
-event-loop = { $start ->
       *[lower] event loop
        [upper] Event loop
    }
# The one thread every task runs on; start.
-thread = { $start ->
       *[lower] thread
        [upper] Thread
    }
# An entry in the clock's queue that wakes a task at its deadline; start.
# Not: pewaktu, Pewaktu
-timer = { $start ->
       *[lower] timer
        [upper] Timer
    }
# The tasks woken and waiting their turn on the thread; start.
# Not: antrian, Antrian
-ready-queue = { $start ->
       *[lower] antrean siap
        [upper] Antrean siap
    }
# The timers in deadline order; start.
-timer-queue = { $start ->
       *[lower] antrean timer
        [upper] Antrean timer
    }
# The set of tasks the supervisor awaits; start.
# Not: himpunan yang ditunggu
-awaited-set = { $start ->
       *[lower] himpunan tunggu
        [upper] Himpunan tunggu
    }

## The document's title (the browser's tab).

page-title = Vaksinasi di { -lot }: { -task } async di satu { -thread }

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants; TaskGroup,
## Semaphore and Queue are asyncio's class names: keep them as written.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = antrean penyelesaian
policy-article = loop artikel
policy-taskgroup = TaskGroup + Semaphore
policy-workers = worker + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = grafik
panel-code = kode
