# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file.
#
# A built-in lesson's English is its JSON file in lessons/: translations
# add lesson-<id>-title, lesson-<id>-step-<n> and, where the JSON has a
# summary, lesson-<id>-summary (see the end of the translated files). A
# teacher's lesson is shown as written.
#
# Not translated, and so passed as variables: JSON paths (steps[2].focus),
# values quoted from a lesson file, the names lesson files use (question
# kinds, regions, parameters), code, and what the program prints.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
       *[other] { $count } { -dose(number: "other") }
    }

## The lessons menu

lessons-menu-title = Lessons
lessons-menu-intro = Each lesson walks through moments of a run. Where a step asks you to predict, the run plays on to the moment that answers it: the answer is worked out from the run you see.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
lessons-menu-write = Write a lesson…
lessons-menu-teachers = Teachers: pick moments of any run, add text and questions, and share the lesson as a link.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = Step { $number } of { $steps }
# Read out by screen readers at each new step: the position, then the
# step's own text ($text, in the lesson's language).
lesson-step-announce = Step { $number } of { $steps }. { $text }
# Points at the region of the page a step is about, in bold. Each names
# the region as its heading on screen does.
lesson-look-at-lot = Look at the { -lot }.
lesson-look-at-executor = Look at the { -executor }.
lesson-look-at-inspector = Look at the { -inspector }.
lesson-look-at-charts = Look at the charts.
lesson-look-at-code = Look at the code.
lesson-look-at-log = Look at the log.
lesson-look-at-stats = Look at the statistics.
# The regions in the editor's menu.
lesson-focus-lot = the { -lot }
lesson-focus-executor = the { -executor }
lesson-focus-inspector = the { -inspector }
lesson-focus-charts = the charts
lesson-focus-code = the code
lesson-focus-log = the log
lesson-focus-stats = the statistics
lesson-nav =
    .aria-label = Lesson steps
lesson-previous = ◀ Previous
    .title = Previous step (Page Up)
lesson-next = Next ▶
    .title = Next step (Page Down)
lesson-exit = Leave lesson
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = This step's question cannot be asked: { $problem }.

## A prediction

# Before the question, in bold.
lesson-predict = Predict:
lesson-playing-forward = Playing the run forward to the answer…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = CPython is running this step's program in the Python view; the question follows.
lesson-cpython-on-run = Press “Run mine” in the Python view: CPython runs this step's program, and the question follows.
lesson-cpython-failed = CPython could not run this step's program: { $reason }
lesson-right = Right.
# Beside the right choice once a wrong one was picked (the arrow points
# at the choice: after it in the reading direction).
lesson-the-answer = ← the answer
# $answer is the right choice's text.
lesson-not-quite = Not quite: the answer is “{ $answer }”.
# The button that passes over a step's prediction without answering.
lesson-skip = Skip this prediction
    .title = Go on without predicting; the summary records it as skipped
# Shown under a prediction skipped earlier.
lesson-skipped = You skipped this prediction. You can still answer it.

## An exercise: a step's goal, checked on the learner's own run

# Before the goal, in bold; then one of lesson-goal-met, -not-met,
# -pending, in bold, before why.
lesson-goal-title = Goal:
lesson-goal-met = Met.
lesson-goal-not-met = Not yet.
lesson-goal-pending = Not checked yet.
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = your { -supervisor } reports every { -box } of the { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }) and loses no { -dose }.
lesson-goal-cooperates = your { -supervisor } never holds the { -thread } with a blocking call, and loses no { -dose }.
lesson-goal-makespan = the { -depot }'s { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } of { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    } done within { $seconds } s of simulated time.
lesson-goal-run-mine = Press “Run mine” in the Python view: CPython runs your program on this run, and the goal is checked on it.
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = Your program did not run to its end: { $reason }
# $problems lists lesson-goal-blocked, lesson-goal-lost,
# lesson-goal-pending-tasks, lesson-goal-beyond-depot and
# lesson-goal-left-in-depot.
lesson-goal-program-problems = Your program's run on CPython: { $problems }.
# $doses is lesson-doses.
lesson-goal-lost = { $doses } lost in { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } still running when it returned
lesson-goal-beyond-depot = { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } opened beyond the { -depot }'s { $depot }
lesson-goal-left-in-depot = { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } left in the { -depot }
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = line { $line } held the { -thread } { $calls ->
        [one] once
       *[other] { $calls } times
    }, { $seconds } s in all
lesson-goal-blocked-elsewhere = blocking calls outside your code held the { -thread } { $calls ->
        [one] once
       *[other] { $calls } times
    }, { $seconds } s in all
# $doses is lesson-doses.
lesson-goal-reported-all = CPython's run of your program reported all { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } ({ $doses }) and lost none.
lesson-goal-never-blocked = CPython's run of your program never held the { -thread }, reported all { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } ({ $doses }) and lost none.
lesson-goal-engine-same = The engine's FIRST_COMPLETED on the same draws is the same run, event for event.
lesson-goal-engine-differs = The engine's FIRST_COMPLETED on the same draws parts from it at event { $index }.
lesson-goal-other-depot = The run on screen has { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } of { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }, not the step's { $step_boxes ->
        [one] { $step_boxes } { -box }
       *[other] { $step_boxes } { -box(number: "other") }
    } of { $step_capacity ->
        [one] { $step_capacity } { -dose }
       *[other] { $step_capacity } { -dose(number: "other") }
    }: only a run on the step's { -depot } counts.
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = The run on screen finished at { $time } s, { $spare } s within the goal.
lesson-goal-finished-late = The run on screen finished at { $time } s, { $over } s over the goal.
lesson-goal-past = The run on screen has passed { $seconds } s with { -box(number: "other") } still to do.
lesson-goal-play = Play the run on screen to its end: the goal is checked when it finishes.

## The summary on a lesson's last step

lesson-summary-title = What you predicted
# $step: the step's number; $prompt: its question.
lesson-summary-step = Step { $step }: { $prompt }
# $answer: the choice picked.
lesson-summary-right = You answered “{ $answer }”: right.
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = You answered “{ $answer }”; the run gave “{ $right }”.
lesson-summary-skipped = Skipped; the run gave “{ $right }”.
lesson-summary-unanswered = Not answered; the run gave “{ $right }”.
# $right of $asked predictions right (both numbers).
lesson-summary-score = { $right } of { $asked ->
        [one] { $asked } prediction
       *[other] { $asked } predictions
    } right
# Above the lesson's own summary (lesson-<id>-summary for a built-in one).
lesson-summary-key-idea = Key idea
# $title: the next built-in lesson's title.
lesson-next-lesson = Next lesson: { $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = All lessons

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = The lesson could not be opened:
lesson-problems-dismiss = Dismiss
# $title is the lesson's title; $step counts from 1.
lesson-resume = Welcome back. Continue the lesson “{ $title }” at step { $step }?
lesson-resume-region =
    .aria-label = Continue a lesson
lesson-resume-continue = Continue
lesson-resume-decline = No, thanks
# $id is the id asked for, quoted.
lesson-no-builtin = there is no built-in lesson { $id }
lesson-kept-unreadable = the lesson kept from the last visit can no longer be read

## The lesson editor

lesson-editor-heading = Write a lesson
lesson-editor-explain = Move the run to a moment (play, step, scrub, or change the parameters), then add it as a step. Each step opens at exactly that moment. The answers to its questions are worked out from the run.
lesson-editor-title = Title
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = Key idea
lesson-editor-add = Add this moment as a step
lesson-editor-moment = (event { $event } of the run on screen)
# $params is the step's run as a query string, shown as code.
lesson-editor-step = Step { $number }: event { $event } of { $params }
lesson-editor-text = Text
lesson-editor-look = Look at
lesson-editor-question = Question
# The menus' first options: no region, no question.
lesson-editor-anywhere = anywhere
lesson-editor-no-question = none
lesson-editor-up =
    .aria-label = Move step { $number } up
lesson-editor-down =
    .aria-label = Move step { $number } down
lesson-editor-delete = Delete
    .aria-label = Delete step { $number }
lesson-editor-needs = To preview and share, the lesson still needs:
lesson-editor-preview = Preview the lesson
lesson-editor-link = Link
lesson-editor-embed = Embed
lesson-editor-close = Close the editor

## Problems in a lesson file. Each is shown after its place in the file
## ($path, such as steps[2].focus). $found is the value given, quoted as
## written, or one of lesson-json-*.

lesson-problem-at = { $path }: { $problem }
lesson-problems-more =
    { $count ->
        [one] and { $count } more problem
       *[other] and { $count } more problems
    }
lesson-error-too-big = the lesson is { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; at most { $limit ->
        [one] { $limit } byte of JSON is
       *[other] { $limit } bytes of JSON are
    } accepted
# $detail is the JSON reader's own message.
lesson-error-not-json = not valid JSON ({ $detail })
lesson-error-not-object = expected a JSON object with a title and steps
lesson-error-no-steps = expected at least one step
lesson-error-too-many-steps = { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }; at most { $limit } are accepted
lesson-error-steps-not-list = expected a list of steps, found { $found }
lesson-error-steps-missing = missing: a lesson needs a list of steps
lesson-error-step-not-object = expected an object, found { $found }
lesson-error-params-too-long = longer than { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }
lesson-error-params-not-text = expected a query string such as { $example }, found { $found }
lesson-error-at-event = expected a whole number of events, 0 or more, found { $found }
lesson-error-text-empty = empty: expected a few words
lesson-error-text-too-long = { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; at most { $limit } are accepted
lesson-error-not-text = expected text, found { $found }
lesson-error-text-missing = missing: expected text
lesson-error-lang = expected a language tag such as { $first } or { $second }, found { $found }
# $accepted lists the names lesson files use.
lesson-error-focus = { $found } is not a region: expected one of { $accepted }
lesson-error-question-not-object = expected an object such as { $example }, found { $found }
lesson-error-question-kind = { $found } is not a question kind: expected one of { $accepted }
lesson-error-seconds = expected a simulated time in seconds above 0 and at most { $limit }, found { $found }
lesson-error-station = expected a { -station } number, 1 or more, found { $found }
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = expected the program as text, found { $found }
lesson-error-python-too-long = the program is longer than { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = a step with a program points at the Python view, under the code: its focus must be { $accepted }, not { $found }
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = a { $kind } question asks about the step's program: give it in { $field }
# A step's goal ("goal": {"kind": "loses-nothing"}); $accepted lists
# the kinds lesson files use.
lesson-error-goal-not-object = expected an object such as { $example }, found { $found }
lesson-error-goal-kind = { $found } is not a goal kind: expected one of { $accepted }
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = a { $kind } goal needs { $field }: a simulated time in seconds above 0 and at most { $limit }
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = a { $kind } goal is checked on the step's program: give it in { $field }
lesson-error-goal-no-python = a { $kind } goal is checked on the engine's run on screen: a step with it has no { $field }
# A step's params refused by the page's own rules: $problem names the
# parameter and what it accepts.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } is not a parameter of the page
lesson-error-page-param = { $name } is a setting of the page, not of the run: a step's params take the run's parameters only
lesson-error-past-limit = { $at } is past the latest moment a step may pin: at most { $limit ->
        [one] { $limit } event
       *[other] { $limit } events
    }
lesson-error-past-end = { $at } is past the end of this run, which has { $events ->
        [one] { $events } event
       *[other] { $events } events
    }
lesson-json-null = null
lesson-json-bool = true or false
lesson-json-number = a number
lesson-json-text = text
lesson-json-list = a list
lesson-json-object = an object
# In place of a question kind that is missing.
lesson-json-nothing = nothing

## A lesson in a link that cannot be read

lesson-link-too-long = the lesson in the link is too long: at most { $limit ->
        [one] { $limit } byte of JSON is
       *[other] { $limit } bytes of JSON are
    } accepted
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = the lesson in the link is not { $encoding }: { $detail }
lesson-link-not-utf8 = the lesson in the link is not UTF-8 text
lesson-link-empty = the link ends at { $fragment } and carries no lesson: a lesson's link is { $key } followed by the lesson

## Why a step's question cannot be asked ($kind is the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = a { $kind } question needs a run of at most { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }; this one has { $doses }
lesson-cannot-past-end = the run has only { $events ->
        [one] { $events } event
       *[other] { $events } events
    }
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = the run breaks the ledger: { $detail }
lesson-cannot-needs-article = a { $kind } question needs the article's loop ({ $param })
lesson-cannot-needs-cpython = a { $kind } question is answered by running the step's program on CPython
lesson-cannot-no-cancel = no { -task } is cancelled after this moment: ask before the loop ends
lesson-cannot-no-double = no wait after this moment returns two { -task(number: "other") }: make every { -shot } equally long ({ $code })
lesson-cannot-nothing-returns = no { -station }'s { -task } returns after this moment
lesson-cannot-not-after = the time asked about, { $by } s, is not after the step's moment, { $now } s
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = a { $kind } question needs a blocking { -station } ({ $param } in { $field })
lesson-cannot-no-finish = { -station } { $station } does not finish a { -box } after this moment
lesson-cannot-no-open = { -station } { $station } opens no { -box } after this moment
lesson-cannot-no-failure = the break ended in no failure
lesson-cannot-no-station =
    { -station } { $station } does not exist: the run has { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
lesson-cannot-not-working = { -station } { $station } has no { -box } open at this moment, so it cannot break
lesson-cannot-none-working = no { -station } has a { -box } open at this moment
lesson-cannot-not-broken = { -station } { $station } could not be broken at this moment
lesson-cannot-sleep-blocking = { -station } { $station } blocks the { -thread }: its { -task } never sleeps on a { -timer }
lesson-cannot-not-asleep = { -station } { $station }'s { -task } is not asleep on a { -timer } at this moment: it has no { -box } open, or it holds the { -thread } or waits for it
lesson-cannot-none-asleep = no { -station }'s { -task } is asleep on a { -timer } at this moment
lesson-cannot-woken-early =
    { -station } { $station }'s { -task } is polled { $polls ->
        [one] once
       *[other] { $polls } times
    } before its next { -shot }: something other than its { -timer } wakes it (a break by hand)
lesson-cannot-no-thread = the run keeps no record of its { -thread } at this moment
lesson-cannot-ready-few =
    the { -ready-queue } holds { $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    } at this moment; the question needs at least { $least }
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = a { $kind } question needs a { -supervisor } that awaits the { -station } { -task(number: "other") } ({ $param })
lesson-cannot-not-after-failure = the moment does not follow a { -station }'s failure: its last event must be one
lesson-cannot-not-returned = { -station } { $station }'s { -task } has not returned by this moment
lesson-cannot-nothing-returned = no { -station }'s { -task } has returned by this moment
lesson-cannot-refilled = { -station } { $station } is not waiting for a { -box } at this moment: it has its next one already
lesson-cannot-refilling = the { -supervisor } is handing out new { -box(number: "other") } at this moment: ask before it starts, or once every { -station } has its { -box }

## Which station's task returns next

lesson-next-prompt = Which { -station }'s { -task } returns next?
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = { -box } { $box } was done
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = it failed on { -box } { $box } ({ $error })
lesson-error-spoiled = { -dose } { $shot } of the { -box } spoiled
lesson-error-broken = broken by hand during { -shot } { $shot }
# $doses is lesson-doses.
lesson-next-rival = { -station } { $station } had { $doses } left
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}At the step's moment: { $rivals }.
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = { -station(start: "upper") } { $station }'s { -task } returned next, at { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = The { -supervisor }, waiting on the whole set, wakes once a { -task } has returned and handles every { -task } done by then, this one among them, restarting each { -station } at once.
lesson-sees-all-waiting = Under ALL_COMPLETED the { -supervisor } reports it but gives the { -station } no new { -box }: it stands idle until the whole batch has returned.
lesson-sees-all-restart = It was the last of its batch, so under ALL_COMPLETED the { -supervisor } gave every { -station } a new { -box } at once.
lesson-sees-all-empty = It was the last of its batch, and the { -depot } was empty: no { -station } got a new { -box }.
lesson-sees-queue = A done callback puts it into the completion queue, and the { -supervisor } takes it from there.
lesson-sees-article = The article's loop wakes for it in one of its counted waits, with every { -task } done by then, and restarts its { -station } at once, { -box(number: "other") } left or not.
lesson-sees-taskgroup = The { -box }'s own { -task } reports it and frees the { -station }, and the next { -box }'s { -task }, waiting at the semaphore, takes the lowest free { -station }.
lesson-sees-taskgroup-last = The { -box }'s own { -task } reports it and frees the { -station }; no { -box } is left, so the { -station } stays free.
lesson-sees-workers = The { -station }'s worker reports it itself and takes the next { -box } from the queue.
lesson-sees-workers-last = The { -station }'s worker reports it itself; the queue is empty, so the worker returns.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { -station(start: "upper") } { $station }'s { -task }
lesson-task-worker = { -station(start: "upper") } { $station }'s worker
lesson-task-box = { -box(start: "upper") } { $box }'s { -task }
lesson-task-supervisor = The { -supervisor }
lesson-task-callback = A callback of the { -event-loop }

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -station(start: "upper") } { $station }'s { -task } is asleep until its next { -shot }, due at { $time } s (see the { -timer-queue }). How many times will the { -executor } poll it until that { -shot } is given?
lesson-sleep-polls-none = Not once: the { -timer } gives the { -shot } by itself
lesson-sleep-polls-once = Once: when its { -timer } fires, and that poll gives the { -shot }
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms =
    About { $polls ->
        [one] { $polls } time
       *[other] { $polls } times
    }: once per millisecond of its sleep
lesson-sleep-polls-always = Over and over, until its { -timer } fires
# $outcome is "shot" or "spoiled" (the poll found the dose spoiled);
# $seconds: the sleep left at the step's moment.
lesson-sleep-polls-explanation =
    The { -executor } polled { -station } { $station }'s { -task } once, at { $time } s, when its { -timer } fired: that poll { $outcome ->
        [spoiled] found the { -dose } spoiled
       *[shot] gave the { -shot }
    }. In the { $seconds } s before, it did not poll it at all: a sleeping { -task } waits in the { -timer-queue }, not in the { -ready-queue }, and costs the { -thread } nothing. Meanwhile the { -thread } ran { $turns ->
        [one] { $turns } turn
       *[other] { $turns } turns
    } of other { -task(number: "other") }.

## Which ready task runs next

lesson-next-turn-prompt = These { -task(number: "other") } are ready to run: the { -ready-queue }, shown under the lot. Which one takes the { -thread } next?
lesson-next-turn-all = All of them at once
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = { $task } ran next: it was at the front of the { -ready-queue }. The { -executor } runs one { -task } at a time and takes the ready ones in the order they became ready, first in, first out; each runs until it awaits. Behind it waited: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -station(start: "upper") } { $station }'s { -task } has just raised an error. What does the { -supervisor } do?
lesson-after-failure-stops-run = It stops the whole run: the error ends the program
lesson-after-failure-retries = It gives { -station } { $station } the same { -box } again, to retry it
lesson-after-failure-new-box = It reports the error and gives { -station } { $station } a new { -box } at once
lesson-after-failure-new-box-later = It reports the error, and gives { -station } { $station } a new { -box } once the whole batch is back
lesson-after-failure-station-stops = It reports the error; no { -box } is left for { -station } { $station }, so it stops
lesson-after-failure-ignores = Nothing until the run ends: the error waits in the { -task }
lesson-after-failure-then-new = { -station } { $station } got { -box } { $box } at once, at { $time } s, and the loop went on
lesson-after-failure-then-later = { -station } { $station } waited for the rest of its batch and got { -box } { $box } at { $time } s
lesson-after-failure-then-stops = no { -box } was left for { -station } { $station }, so it stopped while the others went on
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = A { -task } that fails has finished, so the { -supervisor } got it like any other, took the error as its result and reported it: { -box } { $box } failed ({ $error }), and the { $wasted } left in it were counted as wasted, not retried. Then { $then }.

## When a station gets its next box

lesson-refill-prompt = { -station(start: "upper") } { $station }'s { -task } has returned. When does { -station } { $station } get its next { -box }?
lesson-refill-at-once = At once: as soon as its { -task } has returned
lesson-refill-pause = After a fixed pause, whatever the other { -station(number: "other") } do
lesson-refill-batch = Later: once every other { -task } of its batch has returned
lesson-refill-never = Never: the { -depot } has no { -box } left for it
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { -station(start: "upper") } { $station } got { -box } { $box } at { $time } s, the instant its { -task } returned. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { -station(start: "upper") } { $station } got { -box } { $box } only at { $time } s, { $seconds } s after its { -task } returned, when { -station } { $last }'s { -task }, the last of its batch, returned. { $supervisor }
lesson-refill-explanation-never = { -station(start: "upper") } { $station } got no other { -box }: none was left for it, so it stayed idle to the end of the run.

## How many boxes are done by a time

lesson-boxes-prompt = How many { -box(number: "other") } will be done by { $by } seconds?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    By { $by } s, { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } were done: { $more } more than at the step's moment, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = Does ALL_COMPLETED finish before or after FIRST_COMPLETED on this run, and by how much?
lesson-all-vs-first-sooner = ALL_COMPLETED finishes first
lesson-all-vs-first-even = Both finish within 0.5 % of each other
lesson-all-vs-first-under-5 = ALL_COMPLETED finishes later, by under 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED finishes later, by 5 % to 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED finishes later, by more than 20 %
lesson-percent-later = { $percent } % later
lesson-percent-sooner = { $percent } % sooner
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED finished at { $all } s and FIRST_COMPLETED at { $first } s: { $difference }. Waiting for the whole batch, the { -station(number: "other") } stood idle for { $all_idle } station-seconds, against { $first_idle } when each { -station } is restarted as soon as it finishes.

## A station that blocks the thread

lesson-blocking-prompt = While { -station } { $station } works through its { -box }, do the other { -station(number: "other") } give any { -shot }?
lesson-blocking-yes = Yes: the others keep giving { -shot(number: "other") } while it works
lesson-blocking-no = No: none of them gives a { -shot } until it lets go
lesson-blocking-explanation =
    { -station(start: "upper") } { $station } held the { -thread } from { $from } s to { $to } s, and the other { -station(number: "other") } gave { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } in that time. While a { -task } holds the { -thread }, no other { -task } runs and no { -timer }'s callback runs: the others get a turn only when it lets go. { $after ->
        [turn] Here they gave { $between ->
            [one] { $between } { -shot }
           *[other] { $between } { -shot(number: "other") }
        } before { -station } { $station } took the { -thread } again.
        [none] Here they got none: { -station } { $station } took its next { -box } at once and held the { -thread } again.
       *[last] That was its last { -box }.
    }

## Breaking a station now

lesson-waste-prompt = If { -station } { $station } breaks now, how many { -dose(number: "other") } are wasted?
lesson-waste-restarted = the { -supervisor } reported the error and restarted the { -station } with a new { -box }
lesson-waste-restarted-at = the { -supervisor } reported the error, and gives the { -station } a new { -box } only at { $seconds } seconds, when it next hands out { -box(number: "other") }
lesson-waste-stopped = the { -supervisor } reported the error; the { -depot } was empty, so the { -station } stopped
lesson-waste-caught = its { -task } caught the error and reported it itself, and the { -station } went on to the next { -box }
lesson-waste-caught-stopped = its { -task } caught the error and reported it itself; no { -box } was left, so the { -station } stopped
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above, chosen by who reports the error and when the station
# gets its next box.
lesson-waste-explanation = { -station(start: "upper") } { $station } broke with { $wasted } left in { -box } { $box }: all of them are wasted, the { $given } it gave from that { -box } stay given, and { $then }.

## The article's loop

lesson-vanished-prompt = When the loop ends, how many { -dose(number: "other") } vanish from the report (given and never reported, or thrown away)?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation =
    The loop made its last wait and the program ended with { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } still running: asyncio.run cancelled them mid-box. Of their { $vanished }, given but never reported: { $unreported }; thrown away with their { -box(number: "other") }: { $discarded }.
lesson-printed-prompt = The loop prints its count of waits as each { -box }'s number. From this moment on, which number is the first the loop prints for two different { -box(number: "other") }?
lesson-program-lost-prompt = How many { -dose(number: "other") } does this { -supervisor } lose: given and never reported, or thrown away with { -box(number: "other") } it never reported?
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation =
    CPython ran it on these very draws: it lost { $lost } in { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $unreported } given and never reported and { $thrown_away } thrown away or wasted with them. The lot and the log show each { -box }.
# What the program prints: keep "vaccine box" as written in every language.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } at { -station } { $station }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation =
    Wait { $wait } returned { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } at once, so the loop printed { $printed } for each of them ({ $boxes }) and counted a single wait.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = You are the { -event-loop }. The { -ready-queue } holds, in the order they joined it: { $queue }. Which { -task } do you resume?
loop-fire-prompt = You are the { -event-loop }. These { -timer(number: "other") } are set. Which one do you fire next?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [one] { $stations }, due at { $due } s
       *[other] { $stations }, all due at { $due } s
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = asyncio's { -ready-queue } is first in, first out: { $task } joined it first, at { $since } s ({ $cause }), so the loop resumes it before { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}The { -supervisor } waits behind: { $task } finished at { $since } s, and asyncio runs a finished { -task }'s done callback a turn later, which only then wakes the { -supervisor }.
loop-supervisor-behind-callback = {" "}The { -supervisor } waits behind: a finished { -task }'s done callback woke it at { $since } s, and asyncio runs that callback a turn after the { -task } ends.
loop-cause-done-callback = a finished { -task }'s done callback woke it
loop-cause-timer = its { -timer } fired
loop-cause-done = { $task } finished, and its done callback woke it
loop-cause-spawned = the { -supervisor } had just started it
loop-cause-woken = { $task } woke it
# $stations lists loop-station; $due is in seconds.
loop-fire-why = The loop sleeps until the earliest deadline and fires the { -timer } due then: { $stations }, at { $due } s. A later deadline waits its turn.
loop-fire-why-tie = The earliest deadline, { $due } s, is shared by { $stations }: the loop fires every { -timer } due then in one turn, and their { -task(number: "other") } join the { -ready-queue } together (asyncio takes tied { -timer(number: "other") } in its heap's order; this page takes them in { -station } order).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    A { -task } held the { -thread } until { $now } s, past the earliest deadline ({ $due } s). When it let go, the loop fired every { -timer } that had come due, earliest first: { $count ->
        [one] { $stations }
       *[other] { $stations }, in that order
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = a { $kind } question asks one choice after another, in its own panel
# $found is the value in the file.
lesson-error-decisions = expected a number of choices from 1 to { $limit }, found { $found }
lesson-error-flag = expected true or false, found { $found }
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = Choice { $number } of { $count }
loop-kind-resume = Resume a { -task }.
loop-kind-fire = Fire a { -timer }.
# $answer is the option asyncio takes.
loop-asyncio-would = Not what asyncio does: it takes { $answer }.
loop-next = Next choice
loop-done =
    { $count ->
        [one] You made the loop's choice
       *[other] You made { $count } of the loop's choices
    }, { $right } as asyncio makes them.
loop-none = From this moment to the run's end, the loop has no choice to make: one { -task } at most is ever ready, one { -timer } at most waits.
loop-mode-title = You are the { -event-loop }
loop-mode-intro = The run stops at each choice the { -event-loop } makes. Pick what it does; the page checks it against asyncio's rules, then the run goes on from the right choice.
# A step's name in results: $title is the lesson's.
results-step-name = { $title }, step { $number } of { $steps }
lesson-confidence = How sure are you?
lesson-confidence-guess = A guess
lesson-confidence-fairly-sure = Fairly sure
lesson-confidence-sure = Sure
lesson-reason = Why? In one line:
    .placeholder = because…
lesson-your-reason = Your reason:
results-download = Download my results
    .title = Every answer of this lesson as one JSON file (xAPI statements) for your teacher's class view; nothing leaves your browser until you send it.
lesson-summary-loop = Playing the loop: { $right } of { $asked } choices as asyncio makes them.
loop-queue-note = The { -thread } view under the lot shows the { -thread } as it stood at the last event; the loop chooses after it.
