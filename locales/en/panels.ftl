# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written in every language: code (await, asyncio.wait,
# FuturesUnordered, JoinHandle, Task, Ok, Err, Pending, Ready), the
# policies' constants (FIRST_COMPLETED, ALL_COMPLETED) and asyncio's class
# names (TaskGroup, Semaphore, Queue).
#
# Station and box numbers ($station, $box_no, $shot, $wait) come already
# written in the locale's digits, as text. Every other number comes as a
# number, its decimals and grouping set by the page (seconds with two
# decimals, percentages with one, counts whole; never grouped, as the page
# has always written them), in the locale's digits; a count selects plural
# forms ({ $count -> [one] … *[other] … }).

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = The { -executor }
executor-explain = Every { -task } runs on one { -thread }, one at a time. A { -task } { $awaits } a future that is not ready yet and so gives the { -thread } up until the future wakes it. A sleeping { -station } costs nothing: a { $timer } wakes it when its { -shot } is done, and the { -executor } { $polls } it. Timers due at the same instant fire together, in one turn of the loop, and every { -task } they wake runs before any { -task } those wake.
executor-term-awaits = awaits
    .title = Asks a future for its value. If it is not ready, the { -task } gives the { -thread } up until the future wakes it; if it is ready, the value comes back at once and the { -task } runs on.
executor-term-timer = { -timer }
    .title = An entry in the clock's queue: at its deadline it wakes the { -task } that set it.
executor-term-polls = polls
    .title = Runs a { -task } until it has to wait again (returns Pending) or finishes (returns Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Policy FIRST_COMPLETED: the { -supervisor } awaits the whole set and wakes once a { -task } has returned. It takes every { -task } that has returned by then, its done set, reports them in { -station } order, restarts each { -station } at once and awaits the set again.
executor-policy-all = Policy ALL_COMPLETED: the { -supervisor } reports each done set as it comes, but refills only when the whole batch has returned, so { -station(number: "other") } that finish early wait idle.
executor-policy-queue = Policy completion queue: each finished { -station } { -task } goes into a queue (in Python a done callback puts it into an asyncio.Queue; in Rust the { -task } sends its result down a channel), and the { -supervisor } takes them out one at a time, in the order they finished, and restarts each { -station }.
executor-policy-article = Policy the article's loop: it waits FIRST_COMPLETED as many times as there are { -box(number: "other") }, counting waits rather than { -box(number: "other") }, restarts every { -task } of each done set even when no { -box } is left, and when the loop ends the program ends too: asyncio.run cancels the { -task(number: "other") } still running, mid-box.
executor-policy-taskgroup = Policy TaskGroup + Semaphore: a { -task } for every { -box }, created up front; the semaphore lets as many work as there are { -station(number: "other") }, and each takes the lowest free { -station }. Each { -task } catches its { -station }'s failure and reports it: an uncaught exception would cancel the whole group.
executor-policy-workers = Policy workers + Queue: one long-lived { -task } per { -station } takes { -box(number: "other") } from a queue filled up front until it is empty, catching a failure and going on with the next { -box }.
executor-queue-same = In this run that gives the same { -shot(number: "other") } and the same { -box(number: "other") }, at the same instants, as FIRST_COMPLETED.
executor-queue-differs = In this run it differs from FIRST_COMPLETED: { $same_end ->
        [yes] both end at { $seconds } s, but their { -box(number: "other") } go to other { -station(number: "other") }
       *[no] it ends at { $seconds } s, FIRST_COMPLETED at { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station(start: "upper") } { $station } blocks the { -thread }: it does each { -shot } without awaiting, so each of its { -box(number: "other") } runs from start to end in a single poll, and no other { -task } runs meanwhile. The other { -station(number: "other") }' { -timer(number: "other") } come due but cannot fire until it lets go; then they fire together, late, in one turn of the loop. The run follows asyncio's loop turn by turn, and a test checks it against CPython.
executor-share-none = In this run the other { -station(number: "other") } never gave a { -shot }: { -station } { $station } took every { -box }, one after another, and never let go of the { -thread }.
executor-share-exact = In this run { -station } { $station } returned { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, and between two of them the other { -station(number: "other") } gave { $shots ->
        [one] one { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } in all, every time.
executor-share-range = In this run { -station } { $station } returned { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }; between two of them the other { -station(number: "other") } gave from { $fewest } to { $most ->
        [one] { $most } { -shot }
       *[other] { $most } { -shot(number: "other") }
    } in all, { $mean } on average.
executor-share-one-box = In this run { -station } { $station } returned a single { -box }; the other { -station(number: "other") } gave { $shots ->
        [one] one { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } in the whole run.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = Awaited set
executor-awaited-count = ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") } sending to a channel
executor-awaited-kind-taskgroup = { -station } { -task(number: "other") } of a { -task } group
executor-awaited-kind-workers = workers' current { -box(number: "other") }
executor-awaited-kind-futures = a FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } more
executor-awaited-empty = empty
executor-done-set = Latest done set
executor-done-count = ({ $count ->
        [one] one { -task }
       *[other] { $count } { -task(number: "other") }
    } at { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = the { -supervisor } has not woken yet
executor-done-unreported = returned; the { -supervisor } reports it next
executor-done-several = Several { -task(number: "other") } in one done set: their { -timer(number: "other") } fired together, in one turn of the loop, and each { -task } returned before the { -supervisor } woke; asyncio.wait hands back every { -task } that is done by then.

## The timer queue.

executor-timers = Timer queue, soonest first
executor-timer = { $seconds } s → wakes { -station } { $station }
executor-timers-empty = no { -timer(number: "other") }

## The supervisor's wakes, one line each.

executor-wakes = { -supervisor(start: "upper") } wakes, newest first
executor-reports = { -box(start: "upper", number: "other") } reported by their own { -task(number: "other") }, newest first
executor-wake-time = { $seconds } s
executor-wake-wait = wait { $wait } of the loop's count
executor-wake-ok = { -station } { $station }'s { -task } ({ -box } { $box_no }) returned Ok
executor-wake-err = { -station } { $station }'s { -task } ({ -box } { $box_no }) returned Err: { $error }
executor-error-spoiled = { -dose } { $shot } of the { -box } spoiled
executor-error-broken = broken by hand during { -shot } { $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = still pending: { $stations }
executor-pending-none = none
executor-pending-more = and { $count } more
executor-wake-pushed = pushed { $tasks }
executor-pushed-task = { -station } { $station } with { -box } { $box_no }
executor-wake-no-box = no new { -box } yet
executor-wake-depot-empty = nothing pushed ({ -depot } empty)
executor-report-taskgroup-next = the { -box }'s { -task } frees { -station } { $station } and its permit; the next { -box }'s { -task } takes the lowest free { -station }
executor-report-taskgroup-last = no { -box } is left, so { -station } { $station } stays free
executor-report-workers-next = the worker takes the next { -box } from the queue
executor-report-workers-last = the queue is empty, so the worker returns

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = The inspector lists { -task(number: "other") } for runs of up to { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
inspector-explain = { $tasks ->
        [worker] Each { -station }'s worker is one { -task }, which works through { -box } after { -box } from the queue.
       *[box] Each { -box } a { -station } works through is one { -task }.
    } A { -task } is { $waiting } while it sleeps, { $scheduled } once woken, and { $running } while the { -thread } polls it. { $wakes } and polls add up over all of a { -station }'s { -box(number: "other") }; the { -supervisor }'s row counts the { -box(number: "other") } it handled. { -box(start: "upper") } open is the simulated time a { -station } had a { -box } open (its { -task } asleep between { -shot(number: "other") } costs the { -thread } nothing), not time spent inside polls; without a { -box } a { -station } is idle until the { -supervisor } gives it one.
inspector-term-waiting = asleep
    .title = Off the { -thread } until something wakes it: a { -station }'s { -task } on its { -shot }'s { -timer }, the { -supervisor } on the { -task(number: "other") } it awaits. (A { -station } with no { -box } open is idle, not asleep.)
inspector-term-scheduled = scheduled
    .title = Woken and queued behind the { -task(number: "other") } woken before it; the { -executor } polls them in turn.
inspector-term-running = running
    .title = Being polled: the one { -task } the { -thread } is running.
inspector-term-wakes = Wakes
    .title = Calls to the { -task }'s waker: each one asks the { -executor } to poll it again.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = State
inspector-column-polls = Polls
inspector-column-wakes = Wakes
inspector-column-boxes = { -box(start: "upper", number: "other") }
inspector-column-failures = Failures
inspector-column-restarts = Restarts
inspector-column-box-open = { -box(start: "upper") } open [s]
inspector-column-waiting = Without a { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = asleep
inspector-state-scheduled = scheduled
inspector-state-running = running
inspector-state-done = done
inspector-state-failed = failed

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (worker)
inspector-task-box-task = { -station } { $station } ({ -box } { $box_no }'s { -task })

## The tasks that finished last.

inspector-finished = Just finished
inspector-finished-box = { -station } { $station } ({ -box } { $box_no }): done after { $polls ->
        [one] { $polls } poll
       *[other] { $polls } polls
    } and { $wakes ->
        [one] { $wakes } wake
       *[other] { $wakes } wakes
    }
inspector-finished-worker = { -station } { $station }'s worker: done after { $polls ->
        [one] { $polls } poll
       *[other] { $polls } polls
    } and { $wakes ->
        [one] { $wakes } wake
       *[other] { $wakes } wakes
    }
inspector-finished-box-task = { -box } { $box_no }'s { -task }: done after { $polls ->
        [one] { $polls } poll
       *[other] { $polls } polls
    } and { $wakes ->
        [one] { $wakes } wake
       *[other] { $wakes } wakes
    }
inspector-finished-none = no { -task } has finished yet

## The charts.

charts-title = Charts
charts-time-axis = simulated seconds
# A tick of ten thousand or more, in thousands ("20k").
charts-tick-thousands = { $thousands }k
charts-station = { -station } { $station }

charts-doses-caption = { -dose(start: "upper", number: "other") } given over time, against the model's expected pace (dashed)
charts-doses =
    .aria-label = { $given } of { $total ->
        [one] { $total } { -dose }
       *[other] { $total } { -dose(number: "other") }
    } given after { $seconds } seconds; expected makespan { $expected } seconds

charts-gantt-too-many = The Gantt chart shows runs of up to { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
charts-gantt-caption = { -box(start: "upper", number: "other") } per { -station } over time; failed { -box(number: "other") } in vermillion with a dashed edge
charts-gantt-truncated = {" "}(first { $limit ->
        [one] { $limit } { -box }
       *[other] { $limit } { -box(number: "other") }
    })
charts-gantt =
    .aria-label = Gantt chart of { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } at { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s (failed)

charts-utilisation-summary = Utilisation: mean { $mean } %, lowest { $least } % over { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }.
charts-utilisation-caption = Utilisation: the share of the elapsed time each { -station } had a { -box } open
charts-utilisation =
    .aria-label = Utilisation per { -station }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = The policy comparison covers runs of up to { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }.
charts-comparison-caption = The same seed under each { -supervisor } policy (whole runs, replayed in the page)
charts-comparison-policy = Policy
charts-comparison-makespan = Makespan
charts-comparison-busy = Time with a { -box } open
charts-comparison-boxes-opened = { -box(start: "upper", number: "other") } opened
charts-comparison-doses-vanished = { -dose(start: "upper", number: "other") } vanished
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = The code
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = The Rust is the source compiled into this page; the Python is the same program in asyncio, a file that runs as it stands and is checked against this engine on CPython. A { -task } can only pause at an { $await }, and only if what it awaits is not ready: { $parked } The highlight is read from the latest event.{" "}
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }, and { $supervisor }.
code-parked-stations = every { -station } { -task } is parked at its sleep
code-parked-stations-blocking = every { -station } { -task } but { -station } { $station }'s is parked at its sleep ({ -station } { $station } never awaits, so it is never parked: it holds the { -thread } for its whole { -box })
code-parked-supervisor-set = the { -supervisor } at its wait for the set
code-parked-supervisor-queue = the { -supervisor } at its read of the queue
code-parked-supervisor-semaphore = the { -box } { -task(number: "other") } without a { -station } at the semaphore
code-parked-supervisor-workers = the { -supervisor } at its wait for the workers
code-resumed-station = Last resumed: { -station } { $station }'s { -task }, at its await.
code-resumed-supervisor = Last resumed: the { -supervisor }, at its await.
code-resumed-none = Nothing has run yet.
code-rust = Rust (this app)
code-python = Python asyncio
code-show-python-first = Show Python first
code-show-rust-first = Show Rust first
code-whole-file = The whole asyncio file, helpers included
code-download = Download the file (it runs: python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        { $language ->
            [rust] Rust
           *[python] Python
        } of the { $role ->
            [station] { -station }
           *[supervisor] { -supervisor }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] no { -station } { -task } waiting
        [one] { $count } { -station } { -task } waits here
       *[other] { $count } { -station } { -task(number: "other") } wait here
    }
code-supervisor-waits = the { -supervisor } waits here
code-supervisor-returned = the { -supervisor } has returned
code-mistake-counts-waits = counts waits, not { -box(number: "other") }
code-mistake-new-box = a new { -box } even when none is left
code-mistake-program-ends = the program ends: { -task(number: "other") } cancelled mid-box
code-mistake-cancelled = { -task(number: "other") } cancelled mid-box

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = Where the twins differ: { $next } hands back one output at a time, so the Rust { -supervisor } drains the set, polling it until it is pending, to take every { -task } that has returned: the done set { $wait } returns. It polls only the futures that were woken, while { $wait } registers a callback on every { -task } at each call. Dropping a { $handle } here cancels its { -task }; dropping an asyncio { $task } does not cancel it, but the { -event-loop } keeps only a weak reference, so a { -task } nobody holds may vanish before it finishes: the Python keeps them all.
code-real-time = This page's clock is virtual: time moves from one { -timer } to the next, every deadline is kept to the microsecond, and nothing runs late. Real asyncio differs in two ways. On Linux its selector rounds the wait up to whole milliseconds, so { -timer(number: "other") } due less than a millisecond apart often fire in one turn, and { $wait } hands back both { -task(number: "other") } in one done set: two { -task(number: "other") } due 0.3 ms apart did so 82 to 85 times in 100 when measured. And every turn of the loop costs real time, so a { -box } of 100 { -shot(number: "other") } of 1–100 ms ends about 2 % late. The Python file, run on its own, shows both; python/real_time.py measures them.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. The button that loads it is here; what
## it says once loaded is in program.ftl, which only the build with the
## Python view carries.

python-title = The listing in real CPython
python-intro = The asyncio listing runs here in real CPython, compiled to WebAssembly, on a virtual clock, fed the draws and breaks of the run on screen; the page then compares the two runs event by event. The first run downloads Python; nothing else on the page waits for it.
python-run = Run in CPython
