# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks (one, few, many,
# other). $error is one of the log-error-* messages below.

## Controls.

log-panel = Журнал
    .aria-label = Журнал событий
log-lines =
    .aria-label = Строки журнала событий
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = Показаны последние { $kept } из { $total ->
        [one] { $total } строки
        [few] { $total } строк
        [many] { $total } строк
       *[other] { $total } строки
    }; в скачанных файлах есть все.
# $error: what the browser said (may be English or technical).
log-download-failed = Не удалось скачать: { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = каждый { -shot } и каждое пробуждение в скачанных файлах
log-download-text = Скачать .txt
log-download-csv = Скачать .csv
log-download-trace = Скачать трассу
    .title = Прогон до этого момента в формате трассы Chrome: откройте её в ui.perfetto.dev или chrome://tracing

## Why a station's task raised an error (inside the lines below, and
## beside a broken station in the drawing). $shot counts from 1 within
## the box.

log-error-spoiled = { -dose } { $shot } из { -box(case: "gen") } испорчена
log-error-broken = поломка вручную на { -shot(case: "prep") } { $shot }

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station } { $station } открыла { -box(case: "acc") } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
        [few] { $doses } { -dose(case: "gen") }
        [many] { $doses } { -dose(case: "gen", number: "other") }
       *[other] { $doses } { -dose(case: "gen") }
    }) в { $seconds } с; на { -depot(case: "prep") } { $depot_left ->
        [one] осталась { $depot_left } { -box }
        [few] осталось { $depot_left } { -box(case: "gen") }
        [many] осталось { $depot_left } { -box(case: "gen", number: "other") }
       *[other] осталось { $depot_left } { -box(case: "gen") }
    }
# One shot (shown only in downloads with every shot).
log-shot = { -station } { $station } сделала { -shot(case: "acc") } из { -box(case: "gen") } { $box_no } в { $seconds } с; { $doses_left ->
        [one] осталась { $doses_left } { -dose }
        [few] осталось { $doses_left } { -dose(case: "gen") }
        [many] осталось { $doses_left } { -dose(case: "gen", number: "other") }
       *[other] осталось { $doses_left } { -dose(case: "gen") }
    }
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting is "yes" when a new box
# follows, "no" when the depot has none left for it.
log-box-done = { -box } вакцины { $box_no } закончена! Привито { $doses_given } на { -station(case: "prep") } { $station }, время { $seconds } с ({ $boxes_done ->
        [one] закончена { $boxes_done } { -box }
        [few] закончено { $boxes_done } { -box(case: "gen") }
        [many] закончено { $boxes_done } { -box(case: "gen", number: "other") }
       *[other] закончено { $boxes_done } { -box(case: "gen") }
    }). { $restarting ->
        [yes] Берём следующую { -box(case: "acc") }.
       *[no] Для этой { -station(case: "gen") } { -box(case: "gen", number: "other") } больше нет.
    }
# The same under the article's loop, whose print line shows its wait
# counter $wait (from 0) as the box's number; the real box follows in
# brackets.
log-box-done-wait = { -box } вакцины { $wait } закончена! Привито { $doses_given }, время { $seconds } с. Берём следующую { -box(case: "acc") }. [ожидание { $wait }: { -box } { $box_no } на { -station(case: "prep") } { $station }]
# A station's task raised an error; the doses left in its box are wasted.
# $restarting as for log-box-done.
log-station-failed = { -station } { $station } дала сбой в { $seconds } с: { $error }; { $doses_wasted ->
        [one] списана { $doses_wasted } { -dose }
        [few] списано { $doses_wasted } { -dose(case: "gen") }
        [many] списано { $doses_wasted } { -dose(case: "gen", number: "other") }
       *[other] списано { $doses_wasted } { -dose(case: "gen") }
    } из { -box(case: "gen") } { $box_no }. { $restarting ->
        [yes] { -station(start: "upper") } перезапускается с новой { -box(case: "ins") }.
       *[no] { -depot(start: "upper") } пуст, поэтому перезапуска не будет.
    }
# The same under the article's loop ("исключение", as Python says it).
log-station-failed-wait = { -task } { -station(case: "gen") } { $station } получила исключение в { $seconds } с: { $error }; { $doses_wasted ->
        [one] списана { $doses_wasted } { -dose }
        [few] списано { $doses_wasted } { -dose(case: "gen") }
        [many] списано { $doses_wasted } { -dose(case: "gen", number: "other") }
       *[other] списано { $doses_wasted } { -dose(case: "gen") }
    } из { -box(case: "gen") } { $box_no }. Перезапуск с новой { -box(case: "ins") }. [ожидание { $wait }]
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set).
log-wake = { -supervisor } просыпается в { $seconds } с: { $done ->
        [one] завершена { $done } { -task }
        [few] завершено { $done } { -task(case: "gen") }
        [many] завершено { $done } { -task(case: "gen", number: "other") }
       *[other] завершено { $done } { -task(case: "gen") }
    }
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = { -depot } пуст в { $seconds } с; ждём { $still_working ->
        [one] { $still_working } { -station(case: "acc") }, которая ещё работает
        [few] { $still_working } { -station(case: "gen") }, которые ещё работают
        [many] { $still_working } { -station(case: "gen", number: "other") }, которые ещё работают
       *[other] { $still_working } { -station(case: "gen") }, которые ещё работают
    }
# The article's loop made its last wait: asyncio.run (code, keep it)
# cancels the tasks still running.
log-loop-ended = цикл сделал { $waits ->
        [one] { $waits } ожидание
        [few] { $waits } ожидания
        [many] { $waits } ожиданий
       *[other] { $waits } ожидания
    } к { $seconds } с, и программа завершается: asyncio.run отменяет { $cancelling ->
        [one] { $cancelling } { -task(case: "acc") }, которая ещё выполняется
        [few] { $cancelling } { -task(case: "gen") }, которые ещё выполняются
        [many] { $cancelling } { -task(case: "gen", number: "other") }, которые ещё выполняются
       *[other] { $cancelling } { -task(case: "gen") }, которые ещё выполняются
    }
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = { -task } { -station(case: "gen") } { $station } отменена в { $seconds } с до первого { -shot(case: "gen") } из { -box(case: "gen") } { $box_no }: { $doses_discarded ->
        [one] выброшена { $doses_discarded } { -dose }
        [few] выброшено { $doses_discarded } { -dose(case: "gen") }
        [many] выброшено { $doses_discarded } { -dose(case: "gen", number: "other") }
       *[other] выброшено { $doses_discarded } { -dose(case: "gen") }
    }
# A task cancelled in the middle of its box: the shots it gave were never
# reported, the rest of the box is thrown away.
log-cancelled = { -task } { -station(case: "gen") } { $station } отменена в { $seconds } с посреди { -box(case: "gen") } { $box_no }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } введена и не учтена
        [few] { $doses_unreported } { -dose(case: "gen") } введены и не учтены
        [many] { $doses_unreported } { -dose(case: "gen", number: "other") } введено и не учтено
       *[other] { $doses_unreported } { -dose(case: "gen") } введено и не учтено
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } выброшена
        [few] { $doses_discarded } { -dose(case: "gen") } выброшены
        [many] { $doses_discarded } { -dose(case: "gen", number: "other") } выброшено
       *[other] { $doses_discarded } { -dose(case: "gen") } выброшено
    }
# A box whose task returned and which a learner's program never reported:
# its doses are lost to the count (the engine's supervisors never do this).
log-box-unreported = { -box } { $box_no } { -station(case: "gen") } { $station } потеряна в { $seconds } с: её { -task } завершилась, а программа так и не сообщила о ней; { $doses_given ->
        [one] { $doses_given } { -dose } введена и не учтена
        [few] { $doses_given } { -dose(case: "gen") } введены и не учтены
        [many] { $doses_given } { -dose(case: "gen", number: "other") } введено и не учтено
       *[other] { $doses_given } { -dose(case: "gen") } введено и не учтено
    }, { $doses_wasted ->
        [one] { $doses_wasted } { -dose } списана
        [few] { $doses_wasted } { -dose(case: "gen") } списаны
        [many] { $doses_wasted } { -dose(case: "gen", number: "other") } списано
       *[other] { $doses_wasted } { -dose(case: "gen") } списано
    }
# Every task has returned.
log-finished = завершено в { $seconds } с: { $boxes_done ->
        [one] закончена { $boxes_done } { -box }
        [few] закончено { $boxes_done } { -box(case: "gen") }
        [many] закончено { $boxes_done } { -box(case: "gen", number: "other") }
       *[other] закончено { $boxes_done } { -box(case: "gen") }
    }, со сбоем: { $boxes_failed }; { $doses_given ->
        [one] введена { $doses_given } { -dose }
        [few] введено { $doses_given } { -dose(case: "gen") }
        [many] введено { $doses_given } { -dose(case: "gen", number: "other") }
       *[other] введено { $doses_given } { -dose(case: "gen") }
    }, списано: { $doses_wasted }
