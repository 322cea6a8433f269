### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = Your { -supervisor }, recorded on CPython: the { -awaited-set } and the wakes are read from its calls to asyncio.wait.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = { -task(number: "other") } your { -supervisor } waits for
# The task inspector while a program plays.
own-inspector-note = Your { -supervisor }'s { -task(number: "other") } ran in CPython: the { -box(number: "other") } and times below are read from its run; polls and wakes are counted on the page's own { -executor } only.
executor-program-timers = A recorded run keeps no { -timer-queue }: asyncio's own view shows what each { -task } awaits.
# The Python view: the learner's own supervisor.
own-title = Your own { -supervisor }
own-intro = Change the { -supervisor } below and run it on real CPython, on the { -station(number: "other") } and draws of the run on screen. The page then plays your run like any other, and counts every { -dose }.
own-editor-label = Your { -supervisor }, in Python
own-editor-failed = The code editor did not load ({ $reason }); a plain text field stands in for it.
own-run = Run mine
own-reset = Start again from the article's loop
own-failed = Your program did not run: { $error }
own-too-large = This run is too large for a program: its draws for every { -station } and { -box } would hold { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }, and at most { $limit } are handed over. Choose fewer { -station(number: "other") }, { -box(number: "other") } or { -dose(number: "other") }.
own-raised = Your program ended with an exception: { $error }
own-summary = Your { -supervisor }'s run: { $events ->
        [one] { $events } event
       *[other] { $events } events
    }; { $reported ->
        [one] { $reported } { -dose } reported
       *[other] { $reported } { -dose(number: "other") } reported
    } of { $given } given; { $lost ->
        [one] { $lost } { -dose } lost
       *[other] { $lost } { -dose(number: "other") } lost
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: still running when the program ended, so asyncio.run cancelled it; { $unreported ->
        [one] { $unreported } { -dose } given and never reported
       *[other] { $unreported } { -dose(number: "other") } given and never reported
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } thrown away
       *[other] { $thrown_away } { -dose(number: "other") } thrown away
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: its { -task } returned and the program never reported it; { $unreported ->
        [one] { $unreported } { -dose } given and never reported
       *[other] { $unreported } { -dose(number: "other") } given and never reported
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } wasted
       *[other] { $thrown_away } { -dose(number: "other") } wasted
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } { -task } was
       *[other] { $tasks } { -task(number: "other") } were
    } still pending when the program ended, holding { $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }.
own-never-retrieved = { $task } raised { $error }, and nobody ever retrieved that exception.
own-never-awaited = { $task } was created and never awaited: nothing waited for it or asked for its result.
own-blocked = { $calls ->
        [one] { $calls } blocking call
       *[other] { $calls } blocking calls
    } (time.sleep) held the loop for { $seconds } s in all: no other { -task } ran meanwhile.
own-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } was
       *[other] { $boxes } { -box(number: "other") } were
    } opened beyond the { -depot }'s { $depot }.
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } was
       *[other] { $boxes } { -box(number: "other") } were
    } never taken from the { -depot }.
own-play = Play your run
own-engine-differs = The engine's { $policy } on the same draws: they first differ at event { $index }
own-engine-same = The engine's { $policy } on the same draws: the same run, event for event
own-output = What your program printed
# In a lesson, until the step's prediction is made.
own-concealed = CPython has run it. Its figures show here once you have answered the lesson's question.
own-listing-not-compared = The listing is compared with the engine's runs: open one to run it here.
# A program shared in a link (#py=…).
own-open = Write your own { -supervisor }
own-linked = This program came with the link. It runs only when you press Run mine.
own-link = Link to your program
own-link-made = Copy this link: it opens the page with your program in the editor, not yet run.
own-link-too-long = The program is too long for a link: a link carries at most { $limit } KB of it.
own-link-not-base64 = The program in the link (#py=…) is not { $encoding } text: { $detail }.
own-link-not-utf8 = The program in the link (#py=…) is not UTF-8 text.

## The Python view: CPython running the listing, its verdict, asyncio's own view.
## $version: Python's version (3.14.0); $loaded, $total: sizes in
## megabytes, one decimal.

python-run-again = Run this run in CPython
python-loading = Loading Python: { $loaded } of { $total } MB
python-starting = Starting Python…
python-running = CPython is running the listing…
python-agrees = CPython { $version } agrees: { $events } of { $events } { $events ->
        [one] event
       *[other] events
    } at the same microsecond.
python-differs = CPython { $version } first differs from the engine at event { $index }.
python-differs-engine = The engine:
python-differs-cpython = CPython:
python-show-difference = Show event { $index }
python-failed = CPython { $version } could not run the listing on this run: { $error }
python-too-large = Runs of up to { $limit } { $limit ->
        [one] { -dose }
       *[other] { -dose(number: "other") }
    } are handed to CPython; this one has { $doses }.
python-offline = The Python view needs the page served from a web address: opened from a file, the browser does not let it load Python.
python-load-failed = Python could not be loaded ({ $reason }). The rest of the page works as before.
python-tree = What asyncio sees at event { $event }
python-tree-title = asyncio's own view at event { $event }
python-tree-explain = The listing run in CPython to this event and stopped there: its { -task(number: "other") } as asyncio.capture_call_graph gives them, the graph that python -m asyncio pstree prints. Each { -task } sits under the { -task } that awaits it, with the functions it is paused in, outermost first.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, running now
python-tree-failed = asyncio's view could not be taken: { $error }
python-tree-more = …and { $count } more { $count ->
        [one] { -task }
       *[other] { -task(number: "other") }
    }
python-stopped = CPython did not answer within { $seconds } s, so its worker was stopped: the time budget stops Python code at its next loop turn, not a long computation inside one C call. Run starts Python again.
