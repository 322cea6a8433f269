# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio.
#
# Kept as written: await, Task, Task.__step, loop.call_later.

executor-explain-asyncio = Все { -task(number: "other") } выполняются в одном { -thread(case: "prep") }, по одной за раз: { -event-loop } берёт { -task(case: "acc") } из начала своей { -ready-queue(case: "gen") } и выполняет её корутину, пока та не { $awaits } чего-то, что ещё не готово; тогда { -task } отдаёт { -thread(case: "acc") }. Спящая { -station } ничего не стоит: { $timer } завершает её сон, когда { -shot } готов, колбэк завершения возвращает { -task(case: "acc") } в { -ready-queue(case: "acc") }, и { -event-loop } { $polls } этой { -task(case: "gen") }. { -timer(start: "upper", number: "other") } с одним и тем же сроком срабатывают вместе, за один оборот { -event-loop(case: "gen") }, и каждая разбуженная ими { -task } выполняется раньше любой { -task(case: "gen") }, которую разбудит уже она.
executor-term-awaits-asyncio = начнёт ждать
    .title = Приостанавливает корутину, пока awaitable-объект не будет готов. Если он ещё не готов, { -task } отдаёт { -thread(case: "acc") } { -event-loop(case: "dat") }; колбэк завершения вернёт { -task(case: "acc") } в { -ready-queue(case: "acc") }, когда он будет готов.
executor-term-timer-asyncio = { -timer }
    .title = Запись в куче отложенных колбэков { -event-loop(case: "gen") } (loop.call_later): в назначенный срок она завершает футуру сна.
executor-term-polls-asyncio = выполняет следующий шаг
    .title = Возобновляет корутину { -task(case: "gen") } с того места, где она ждала, до следующего await, который ещё не готов, или до её return (Task.__step в asyncio).
executor-wake-ok-asyncio = { -task } { -station(case: "gen") } { $station } ({ -box } { $box_no }) вернула свой счёт
executor-wake-err-asyncio = { -task } { -station(case: "gen") } { $station } ({ -box } { $box_no }) выбросила исключение: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Воркер каждой { -station(case: "gen") } — это один Task, который берёт из очереди { -box(case: "acc", number: "other") } одну за другой.
       *[box] Каждая { -box }, которую обрабатывает { -station }, — это один Task.
    } Пока его корутина спит, состояние Task — «{ $waiting }», после того как колбэк завершения вернул его в { -ready-queue(case: "acc") }, — «{ $scheduled }», а пока { -event-loop } выполняет его корутину — «{ $running }». { $wakes } и шаги суммируются по всем { -box(case: "dat", number: "other") } { -station(case: "gen") }; в строке { -supervisor(case: "gen") } считаются обработанные им { -box(number: "other") }. «{ -box(start: "upper") } открыта» — это симулированное время, пока у { -station(case: "gen") } была открыта { -box } (Task, спящий между { -shot(case: "ins", number: "other") }, ничего не стоит { -thread(case: "dat") }), а не время выполнения; без { -box(case: "gen") } { -station } простаивает, пока { -supervisor } не даст ей новую.
inspector-term-scheduled-asyncio = в { -ready-queue(case: "prep") }
    .title = Готов к выполнению: { -event-loop } выполняет { -ready-queue(case: "acc") } с начала, по одному шагу Task за раз.
inspector-term-running-asyncio = выполняется
    .title = Тот единственный Task, корутину которого сейчас выполняет { -event-loop }.
inspector-term-wakes-asyncio = Пробуждения
    .title = Сколько раз Task возвращали в { -ready-queue(case: "acc") } (на этой странице их считает waker его двойника на Rust).
