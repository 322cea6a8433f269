# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Every { -task } runs on one { -thread }, one at a time: the { -event-loop } takes the { -task } at the front of its { -ready-queue } and runs its coroutine until it { $awaits } something not done yet; the { -task } then gives the { -thread } back. A sleeping { -station } costs nothing: a { $timer } finishes its sleep when the { -shot } is done, a done callback puts the { -task } back in the { -ready-queue }, and the loop { $polls } the { -task }. Timers due at the same instant fire together, in one turn of the loop, and every { -task } they wake runs before any { -task } those wake.
executor-term-awaits-asyncio = awaits
    .title = Suspends the coroutine until the awaitable is done. If it is not done yet, the { -task } gives the { -thread } back to the { -event-loop }; a done callback puts the { -task } back in the { -ready-queue } when it is.
executor-term-timer-asyncio = { -timer }
    .title = An entry in the { -event-loop }'s heap of scheduled callbacks (loop.call_later): at its deadline it finishes the sleep's future.
executor-term-polls-asyncio = runs the next step of
    .title = Resumes the { -task }'s coroutine where it awaited, until its next await that is not done yet, or its return (asyncio's Task.__step).
executor-wake-ok-asyncio = { -station } { $station }'s { -task } ({ -box } { $box_no }) returned its count
executor-wake-err-asyncio = { -station } { $station }'s { -task } ({ -box } { $box_no }) raised: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Each { -station }'s worker is one Task, which works through { -box } after { -box } from the queue.
       *[box] Each { -box } a { -station } works through is one Task.
    } A Task is { $waiting } while its coroutine sleeps, { $scheduled } once a done callback has put it back, and { $running } while the { -event-loop } runs its coroutine. { $wakes } and steps add up over all of a { -station }'s { -box(number: "other") }; the { -supervisor }'s row counts the { -box(number: "other") } it handled. { -box(start: "upper") } open is the simulated time a { -station } had a { -box } open (its Task asleep between { -shot(number: "other") } costs the { -thread } nothing), not time spent running; without a { -box } a { -station } is idle until the { -supervisor } gives it one.
inspector-term-scheduled-asyncio = in the { -ready-queue }
    .title = Ready to run: the { -event-loop } runs the { -ready-queue } front first, one Task step at a time.
inspector-term-running-asyncio = running
    .title = The one Task whose coroutine the { -event-loop } is running now.
inspector-term-wakes-asyncio = Wakes
    .title = Times the Task was put back in the { -ready-queue } (in this page, counted by its Rust twin's waker).
