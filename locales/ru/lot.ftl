# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot(start: "upper") }: { $stations ->
        [one] { $stations } { -station }
        [few] { $stations } { -station(case: "gen") }
        [many] { $stations } { -station(case: "gen", number: "other") }
       *[other] { $stations } { -station(case: "gen") }
    }, { $depot ->
        [one] { $depot } { -box }
        [few] { $depot } { -box(case: "gen") }
        [many] { $depot } { -box(case: "gen", number: "other") }
       *[other] { $depot } { -box(case: "gen") }
    } на { -depot(case: "prep") }, { $doses_given ->
        [one] введена { $doses_given } { -dose }
        [few] введено { $doses_given } { -dose(case: "gen") }
        [many] введено { $doses_given } { -dose(case: "gen", number: "other") }
       *[other] введено { $doses_given } { -dose(case: "gen") }
    }
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
        [few] { $stations } { -station(case: "gen") }
        [many] { $stations } { -station(case: "gen", number: "other") }
       *[other] { $stations } { -station(case: "gen") }
    }: работают: { $working }, { $boxes_done ->
        [one] закончена { $boxes_done } { -box }
        [few] закончено { $boxes_done } { -box(case: "gen") }
        [many] закончено { $boxes_done } { -box(case: "gen", number: "other") }
       *[other] закончено { $boxes_done } { -box(case: "gen") }
    }, со сбоем: { $boxes_failed }

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
        [one] { -box } в запасе
        [few] { -box(case: "gen") } в запасе
        [many] { -box(case: "gen", number: "other") } в запасе
       *[other] { -box(case: "gen") } в запасе
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot(start: "upper") }: { $count ->
        [one] осталась { $count } { -box }
        [few] осталось { $count } { -box(case: "gen") }
        [many] осталось { $count } { -box(case: "gen", number: "other") }
       *[other] осталось { $count } { -box(case: "gen") }
    }
# Boxes taken after the depot ran out (the article's loop restarts every
# task it finds done): shown beside a dashed box.
lot-depot-beyond = +{ $count } сверх запаса

## A station: its name, its state, its tooltip. $state is what it is
## doing: idle, working, failed, done or cancelled.

lot-station-name = { -station(start: "upper") } { $station }
# The state written in the station's booth (short: the booth is small).
lot-station-state = { $state ->
        [idle] простаивает
        [working] делает { -shot(case: "acc", number: "other") }
        [failed] сбой
        [done] закончила
       *[cancelled] отменена
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, { $remaining ->
        [one] осталась { $remaining } { -dose }
        [few] осталось { $remaining } { -dose(case: "gen") }
        [many] осталось { $remaining } { -dose(case: "gen", number: "other") }
       *[other] осталось { $remaining } { -dose(case: "gen") }
    }
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] простаивает
        [working] работает
        [failed] сбой
        [done] закончила
       *[cancelled] отменена
    }
# Beside a station whose task raised an error; $error is one of the
# log-error-* messages.
lot-failure-restarted = { $error }: перезапущена
lot-failure-restarting = { $error }: будет перезапущена
lot-failure-not-restarted = { $error }: не перезапущена

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = Цикл оборвался посреди { -box(case: "gen") }
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose } не учтена
        [few] { $doses_unreported } { -dose(case: "gen") } не учтены
        [many] { $doses_unreported } { -dose(case: "gen", number: "other") } не учтено
       *[other] { $doses_unreported } { -dose(case: "gen") } не учтено
    }, выброшено: { $doses_discarded }
# Every other run ends when every box is used.
lot-finished-all-used = Все { -box(number: "other") } израсходованы
lot-finished-all-used-detail = { $doses_given ->
        [one] введена { $doses_given } { -dose }
        [few] введено { $doses_given } { -dose(case: "gen") }
        [many] введено { $doses_given } { -dose(case: "gen", number: "other") }
       *[other] введено { $doses_given } { -dose(case: "gen") }
    }, списано: { $doses_wasted }
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Эксперимент: щёлкните работающую { -station(case: "acc") } (или переведите на неё фокус и нажмите Enter), чтобы сразу сломать её { -task(case: "acc") }. { -supervisor(start: "upper") } сообщит об ошибке, спишет { -dose(case: "acc", number: "other") }, оставшиеся в { -box(case: "prep") }, и перезапустит { -station(case: "acc") }. Повторы и ссылки воспроизводят поломку.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = Готово. Нажмите пробел, чтобы начать.
lot-narration-running = Идёт прогон.
lot-narration-paused = Пауза на отметке { $seconds ->
        [one] { $seconds } секунда
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count ->
        [one] закончена { $count } { -box }
        [few] закончено { $count } { -box(case: "gen") }
        [many] закончено { $count } { -box(case: "gen", number: "other") }
       *[other] закончено { $count } { -box(case: "gen") }
    }
lot-narration-failed = { $count ->
        [one] сбой у { $count } { -station(case: "gen") }
        [few] сбой у { $count } { -station(case: "gen", number: "other") }
        [many] сбой у { $count } { -station(case: "gen", number: "other") }
       *[other] сбой у { $count } { -station(case: "gen") }
    }
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $changes } к отметке { $seconds ->
        [one] { $seconds } секунда
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }; { $doses_given ->
        [one] введена { $doses_given } { -dose }
        [few] введено { $doses_given } { -dose(case: "gen") }
        [many] введено { $doses_given } { -dose(case: "gen", number: "other") }
       *[other] введено { $doses_given } { -dose(case: "gen") }
    }, на { -depot(case: "prep") } { $depot ->
        [one] осталась { $depot } { -box }
        [few] осталось { $depot } { -box(case: "gen") }
        [many] осталось { $depot } { -box(case: "gen", number: "other") }
       *[other] осталось { $depot } { -box(case: "gen") }
    }.
lot-narration-finished = Завершено на отметке { $seconds ->
        [one] { $seconds } секунда
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }: { $doses_given ->
        [one] введена { $doses_given } { -dose }
        [few] введено { $doses_given } { -dose(case: "gen") }
        [many] введено { $doses_given } { -dose(case: "gen", number: "other") }
       *[other] введено { $doses_given } { -dose(case: "gen") }
    }, списано: { $doses_wasted }, { $boxes_done ->
        [one] закончена { $boxes_done } { -box }
        [few] закончено { $boxes_done } { -box(case: "gen") }
        [many] закончено { $boxes_done } { -box(case: "gen", number: "other") }
       *[other] закончено { $boxes_done } { -box(case: "gen") }
    }, { $boxes_failed ->
        [one] { $boxes_failed } { -box } со сбоем
        [few] { $boxes_failed } { -box(case: "gen") } со сбоем
        [many] { $boxes_failed } { -box(case: "gen", number: "other") } со сбоем
       *[other] { $boxes_failed } { -box(case: "gen") } со сбоем
    }.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = Цикл завершился, и { $tasks ->
        [one] { $tasks } { -task } отменена
        [few] { $tasks } { -task(case: "gen") } отменены
        [many] { $tasks } { -task(case: "gen", number: "other") } отменено
       *[other] { $tasks } { -task(case: "gen") } отменено
    } посреди { -box(case: "gen") }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } не учтена
        [few] { $doses_unreported } { -dose(case: "gen") } не учтены
        [many] { $doses_unreported } { -dose(case: "gen", number: "other") } не учтено
       *[other] { $doses_unreported } { -dose(case: "gen") } не учтено
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } выброшена
        [few] { $doses_discarded } { -dose(case: "gen") } выброшены
        [many] { $doses_discarded } { -dose(case: "gen", number: "other") } выброшено
       *[other] { $doses_discarded } { -dose(case: "gen") } выброшено
    }.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who
## waits for it, and who held it last.

thread-title = Единственный { -thread }
# A working station's booth, when the run records its thread: its task
# holds it, sleeps until its next shot, or waits in the ready queue.
lot-station-on-thread = в { -thread(case: "prep") }
lot-station-asleep = спит
lot-station-ready = в очереди
thread-running-label = В { -thread(case: "prep") }:
thread-loop = { -event-loop } ждёт следующего { -timer(case: "gen") }
thread-ready-label = { -ready-queue(start: "upper") } (выполняется с начала):
thread-ready-empty = пусто: все { -task(number: "other") } спят или завершены
thread-ready-more = и ещё { $count }
thread-turns-label = Последние ходы:
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -task(start: "upper") } { -box(case: "gen") } { $box_no }
thread-task-callback = Колбэк
thread-task-station-short = С{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } с
thread-turn-detail = { $polls ->
        [one] { $polls } опрос
        [few] { $polls } опроса
        [many] { $polls } опросов
       *[other] { $polls } опроса
    }, { $events ->
        [one] { $events } событие
        [few] { $events } события
        [many] { $events } событий
       *[other] { $events } события
    }
