# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. $error is one of the
# log-error-* messages below.

## Controls.

log-panel = Registro
    .aria-label = Registro de eventos
log-lines =
    .aria-label = Linhas do registro de eventos
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = Mostrando as últimas { $kept } de { $total ->
        [one] { $total } linha
       *[other] { $total } linhas
    }; os downloads trazem todas.
# $error: what the browser said (may be English or technical).
log-download-failed = O download falhou: { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = toda { -shot } e todo despertar nos downloads
log-download-text = Baixar .txt
log-download-csv = Baixar .csv
log-download-trace = Baixar trace
    .title = A execução até agora como trace do Chrome: abra em ui.perfetto.dev ou chrome://tracing

## Why a station's task raised an error (shown inside the lines below,
## and beside a broken station in the drawing). $shot counts from 1 within
## the box.

log-error-spoiled = a { -dose } { $shot } da { -box } estragou
log-error-broken = quebra manual durante a { -shot } { $shot }

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station } { $station } abriu a { -box } { $box_no } ({ $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }) em { $seconds } s; { $depot_left ->
        [one] { $depot_left } { -box } restante
       *[other] { $depot_left } { -box(number: "other") } restantes
    } no { -depot }
# One shot (shown only in downloads with every shot).
log-shot = { -station } { $station } fez uma { -shot } da { -box } { $box_no } em { $seconds } s; { $doses_left ->
        [one] { $doses_left } { -dose } restante
       *[other] { $doses_left } { -dose(number: "other") } restantes
    }
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting is "yes" when a new box
# follows, "no" when the depot has none left for it.
log-box-done = { -box } de vacina { $box_no } terminou! Vacinou { $doses_given } no { -station } { $station } e o tempo é { $seconds } segundos ({ $boxes_done ->
        [one] { $boxes_done } { -box } concluída
       *[other] { $boxes_done } { -box(number: "other") } concluídas
    }). { $restarting ->
        [yes] Começando a próxima { -box }.
       *[no] Não restam { -box(number: "other") } para este { -station }.
    }
# The same under the article's loop, whose print line shows its wait
# counter $wait (from 0) as the box's number; the real box follows in
# brackets.
log-box-done-wait = { -box } de vacina { $wait } terminou! Vacinou { $doses_given } e o tempo é { $seconds } segundos. Começando a próxima { -box }. [espera { $wait }: { -box } { $box_no } no { -station } { $station }]
# A station's task raised an error; the doses left in its box are wasted.
# $restarting as for log-box-done.
log-station-failed = { -station } { $station } falhou em { $seconds } s: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose } da { -box } { $box_no } desperdiçada
       *[other] { $doses_wasted } { -dose(number: "other") } da { -box } { $box_no } desperdiçadas
    }. { $restarting ->
        [yes] Reiniciando o { -station } com uma { -box } nova.
       *[no] O { -depot } está vazio, então ele não é reiniciado.
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = a { -task } do { -station } { $station } recebeu uma exceção em { $seconds } s: { $error }; { $doses_wasted ->
        [one] { $doses_wasted } { -dose } da { -box } { $box_no } desperdiçada
       *[other] { $doses_wasted } { -dose(number: "other") } da { -box } { $box_no } desperdiçadas
    }. Reiniciando-a com uma { -box } nova. [espera { $wait }]
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set)
log-wake = o { -supervisor } acorda em { $seconds } s com { $done ->
        [one] { $done } { -task } concluída
       *[other] { $done } { -task(number: "other") } concluídas
    }
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = o { -depot } fica vazio em { $seconds } s; aguardando { $still_working ->
        [one] { $still_working } { -station } ainda em atividade
       *[other] { $still_working } { -station(number: "other") } ainda em atividade
    }
# The article's loop made its last wait: asyncio.run (code, keep it)
# cancels the tasks still running.
log-loop-ended = o laço fez { $waits ->
        [one] { $waits } espera
       *[other] { $waits } esperas
    } em { $seconds } s e o programa termina: asyncio.run cancela { $cancelling ->
        [one] { $cancelling } { -task } ainda em execução
       *[other] { $cancelling } { -task(number: "other") } ainda em execução
    }
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = a { -task } do { -station } { $station } é cancelada em { $seconds } s antes da sua primeira { -shot } da { -box } { $box_no }: { $doses_discarded ->
        [one] { $doses_discarded } { -dose } descartada
       *[other] { $doses_discarded } { -dose(number: "other") } descartadas
    }
# A task cancelled in the middle of its box: the shots it gave were never
# reported, the rest of the box is thrown away.
log-cancelled = a { -task } do { -station } { $station } é cancelada em { $seconds } s no meio da { -box } { $box_no }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } aplicada e nunca relatada
       *[other] { $doses_unreported } { -dose(number: "other") } aplicadas e nunca relatadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } descartada
       *[other] { $doses_discarded } { -dose(number: "other") } descartadas
    }
# A box whose task returned and which a learner's program never reported:
# its doses are lost to the count (the engine's supervisors never do this).
log-box-unreported = a { -box } { $box_no } do { -station } { $station } se perde em { $seconds } s: sua { -task } retornou e o programa nunca a relatou; { $doses_given ->
        [one] { $doses_given } { -dose } aplicada e nunca relatada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas e nunca relatadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } { -dose } desperdiçada
       *[other] { $doses_wasted } { -dose(number: "other") } desperdiçadas
    }
# Every task has returned.
log-finished = concluído em { $seconds } s: { $boxes_done ->
        [one] { $boxes_done } { -box } concluída
       *[other] { $boxes_done } { -box(number: "other") } concluídas
    }, { $boxes_failed } com falha; { $doses_given ->
        [one] { $doses_given } { -dose } aplicada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiçada
       *[other] { $doses_wasted } desperdiçadas
    }
