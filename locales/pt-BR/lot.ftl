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
       *[other] { $stations } { -station(number: "other") }
    }, { $depot ->
        [one] { $depot } { -box }
       *[other] { $depot } { -box(number: "other") }
    } no { -depot }, { $doses_given ->
        [one] { $doses_given } { -dose } aplicada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas
    }
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }: { $working } em atividade, { $boxes_done ->
        [one] { $boxes_done } { -box } concluída
       *[other] { $boxes_done } { -box(number: "other") } concluídas
    }, { $boxes_failed } com falha

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
        [one] { -box } restante
       *[other] { -box(number: "other") } restantes
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot(start: "upper") }: { $count ->
        [one] { $count } { -box } restante
       *[other] { $count } { -box(number: "other") } restantes
    }
# Boxes taken after the depot ran out (the article's loop restarts every
# task it finds done): shown beside a dashed box.
lot-depot-beyond = +{ $count } além

## A station: its name, its state, its tooltip. $state is what it is
## doing: idle, working, failed, done or cancelled.

lot-station-name = { -station(start: "upper") } { $station }
# The state written in the station's booth.
lot-station-state = { $state ->
        [idle] ocioso
        [working] aplicando
        [failed] falhou
        [done] concluído
       *[cancelled] cancelado
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, { $remaining ->
        [one] { $remaining } { -dose } restante
       *[other] { $remaining } { -dose(number: "other") } restantes
    }
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] ocioso
        [working] em atividade
        [failed] falhou
        [done] concluído
       *[cancelled] cancelado
    }
# Beside a station whose task raised an error; $error is one of the
# log-error-* messages.
lot-failure-restarted = { $error }: reiniciado
lot-failure-restarting = { $error }: será reiniciado
lot-failure-not-restarted = { $error }: não reiniciado

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = O laço terminou no meio de uma { -box }
lot-finished-mid-box-detail = { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nunca relatada
       *[other] { $doses_unreported } { -dose(number: "other") } nunca relatadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } descartada
       *[other] { $doses_discarded } descartadas
    }
# Every other run ends when every box is used.
lot-finished-all-used = Todas as { -box(number: "other") } usadas
lot-finished-all-used-detail = { $doses_given ->
        [one] { $doses_given } { -dose } aplicada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiçada
       *[other] { $doses_wasted } desperdiçadas
    }
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Experimente: clique em um { -station } em atividade (ou dê foco a ele e pressione Enter) para quebrar a { -task } dele agora. O { -supervisor } relata o erro, conta como desperdiçadas as { -dose(number: "other") } que restavam na { -box } e reinicia o { -station }. Repetições e links repetem a quebra.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = Pronto. Pressione espaço para começar.
lot-narration-running = Rodando.
lot-narration-paused = Pausado { $seconds ->
        [one] ao { $seconds } segundo
       *[other] aos { $seconds } segundos
    }.
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count ->
        [one] { $count } { -box } concluída
       *[other] { $count } { -box(number: "other") } concluídas
    }
lot-narration-failed = { $count ->
        [one] { $count } { -station } falhou
       *[other] { $count } { -station(number: "other") } falharam
    }
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $changes } { $seconds ->
        [one] ao { $seconds } segundo
       *[other] aos { $seconds } segundos
    }; { $doses_given ->
        [one] { $doses_given } { -dose } aplicada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas
    }, { $depot ->
        [one] { $depot } { -box } restante
       *[other] { $depot } { -box(number: "other") } restantes
    } no { -depot }.
lot-narration-finished = Terminou { $seconds ->
        [one] ao { $seconds } segundo
       *[other] aos { $seconds } segundos
    }: { $doses_given ->
        [one] { $doses_given } { -dose } aplicada
       *[other] { $doses_given } { -dose(number: "other") } aplicadas
    }, { $doses_wasted ->
        [one] { $doses_wasted } desperdiçada
       *[other] { $doses_wasted } desperdiçadas
    }, { $boxes_done ->
        [one] { $boxes_done } { -box } concluída
       *[other] { $boxes_done } { -box(number: "other") } concluídas
    }, { $boxes_failed ->
        [one] { $boxes_failed } { -box } com falha
       *[other] { $boxes_failed } { -box(number: "other") } com falha
    }.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = O laço terminou com { $tasks ->
        [one] { $tasks } { -task } cancelada no meio da { -box }
       *[other] { $tasks } { -task(number: "other") } canceladas no meio das { -box(number: "other") }
    }: { $doses_unreported ->
        [one] { $doses_unreported } { -dose } nunca relatada
       *[other] { $doses_unreported } { -dose(number: "other") } nunca relatadas
    }, { $doses_discarded ->
        [one] { $doses_discarded } { -dose } descartada
       *[other] { $doses_discarded } { -dose(number: "other") } descartadas
    }.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = A única { -thread }
# A working station's booth: its task holds the thread, sleeps until its next shot, or waits in the ready queue.
lot-station-on-thread = na { -thread }
lot-station-asleep = dormindo
lot-station-ready = pronto, na fila
thread-running-label = Na { -thread }:
thread-loop = o { -event-loop }, esperando o próximo { -timer }
thread-ready-label = { -ready-queue(start: "upper") } (o início roda primeiro):
thread-ready-empty = vazia: toda { -task } está dormindo ou concluída
thread-ready-more = +{ $count } a mais
thread-turns-label = Voltas recentes:
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -task(start: "upper") } da { -box } { $box_no }
thread-task-callback = Um callback
# A station's short label: "P" for posto.
thread-task-station-short = P{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls ->
        [one] { $polls } sondagem
       *[other] { $polls } sondagens
    }, { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
