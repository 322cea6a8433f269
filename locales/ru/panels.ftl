# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written: code (await, asyncio.wait, FuturesUnordered,
# JoinHandle, Task, Ok, Err, Pending, Ready), FIRST_COMPLETED,
# ALL_COMPLETED, TaskGroup, Semaphore, Queue.
#
# $station, $box_no, $shot, $wait arrive as text; every other number as a
# number, so a count selects one, few, many, other.

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

# $awaits, $timer, $polls: the three terms below, in that order.
executor-title = { -executor(start: "upper") }
executor-explain = Все { -task(number: "other") } выполняются в одном { -thread(case: "prep") }, по одной за раз. { -task(start: "upper") } { $awaits } футуру, которая ещё не готова, и поэтому отдаёт { -thread(case: "acc") }, пока футура её не разбудит. Спящая { -station } ничего не стоит: { $timer } будит её, когда { -shot } готов, и { -executor } { $polls } её. { -timer(start: "upper", number: "other") } с одним и тем же сроком срабатывают вместе, за один оборот { -event-loop(case: "gen") }, и каждая разбуженная ими { -task } выполняется раньше любой { -task(case: "gen") }, которую разбудит уже она.
executor-term-awaits = ожидает
    .title = Запрашивает у футуры её значение. Если оно не готово, { -task } отдаёт { -thread(case: "acc") }, пока футура её не разбудит; если готово, значение возвращается сразу и { -task } работает дальше.
executor-term-timer = { -timer }
    .title = Запись в { -timer-queue(case: "prep") }: в назначенный срок { -timer } будит { -task(case: "acc") }, которая его завела.
executor-term-polls = опрашивает
    .title = Выполняет { -task(case: "acc") }, пока ей снова не придётся ждать (возвращает Pending) или пока она не завершится (возвращает Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Стратегия FIRST_COMPLETED: { -supervisor } следит сразу за всем { -awaited-set(case: "ins") } и просыпается, как только вернулась хоть одна { -task }. Он забирает все { -task(case: "acc", number: "other") }, вернувшиеся к этому моменту (множество завершённых), сообщает о них по порядку номеров { -station(case: "gen", number: "other") }, сразу перезапускает каждую { -station(case: "acc") } и снова начинает ждать.
executor-policy-all = Стратегия ALL_COMPLETED: { -supervisor } сообщает о каждом множестве завершённых по мере их появления, но пополняет { -station(case: "acc", number: "other") }, только когда вернулась вся партия, поэтому рано закончившие { -station(number: "other") } простаивают.
executor-policy-queue = Стратегия «очередь завершений»: каждая завершившаяся { -task } { -station(case: "gen") } попадает в очередь (в Python её кладёт в asyncio.Queue колбэк завершения; в Rust { -task } сама отправляет результат в канал), а { -supervisor } забирает их по одной, в порядке завершения, и перезапускает каждую { -station(case: "acc") }.
executor-policy-article = Стратегия «цикл из статьи»: этот цикл ждёт с FIRST_COMPLETED столько раз, сколько есть { -box(case: "gen", number: "other") }, то есть считает ожидания, а не { -box(case: "acc", number: "other") }; перезапускает каждую { -task(case: "acc") } каждого множества завершённых, даже когда { -box(case: "gen", number: "other") } не осталось, а когда цикл заканчивается, заканчивается и программа: asyncio.run отменяет ещё работающие { -task(case: "acc", number: "other") } посреди { -box(case: "gen") }.
executor-policy-taskgroup = Стратегия TaskGroup + Semaphore: по { -task(case: "dat") } на каждую { -box(case: "acc") }, все созданы заранее; семафор пускает в работу столько из них, сколько есть { -station(case: "gen", number: "other") }, и каждая берёт свободную { -station(case: "acc") } с наименьшим номером. Каждая { -task } перехватывает сбой своей { -station(case: "gen") } и сама сообщает о нём: неперехваченное исключение отменило бы всю группу.
executor-policy-workers = Стратегия «воркеры + Queue»: одна долгоживущая { -task } на каждую { -station(case: "acc") } берёт { -box(case: "acc", number: "other") } из заранее заполненной очереди, пока та не опустеет; сбой она перехватывает и переходит к следующей { -box(case: "dat") }.
executor-queue-same = В этом прогоне это даёт те же { -shot(case: "acc", number: "other") } и те же { -box(case: "acc", number: "other") } в те же моменты, что и FIRST_COMPLETED.
executor-queue-differs = В этом прогоне она расходится с FIRST_COMPLETED: { $same_end ->
        [yes] обе заканчиваются в { $seconds } с, но их { -box(number: "other") } достаются другим { -station(case: "dat", number: "other") }
       *[no] она заканчивается в { $seconds } с, а FIRST_COMPLETED — в { $first_seconds } с
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station(start: "upper") } { $station } блокирует { -thread(case: "acc") }: каждый { -shot(case: "acc") } она делает без await, поэтому каждая её { -box } проходит от начала до конца за один опрос, и никакая другая { -task } тем временем не выполняется. { -timer(start: "upper", number: "other") } других { -station(case: "gen", number: "other") } истекают, но не могут сработать, пока она не отпустит { -thread(case: "acc") }; тогда они срабатывают вместе, с опозданием, за один оборот { -event-loop(case: "gen") }. Прогон повторяет цикл asyncio оборот за оборотом, и тест сверяет его с CPython.
executor-share-none = В этом прогоне другие { -station(number: "other") } не сделали ни одного { -shot(case: "gen") }: { -station } { $station } брала { -box(case: "acc", number: "other") } одну за другой и ни разу не отпустила { -thread(case: "acc") }.
executor-share-exact = В этом прогоне { -station } { $station } закончила { $boxes ->
        [one] { $boxes } { -box(case: "acc") }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }, и между любыми двумя из них другие { -station(number: "other") } делали в сумме { $shots ->
        [one] { $shots } { -shot(case: "acc") }
        [few] { $shots } { -shot(case: "gen") }
        [many] { $shots } { -shot(case: "gen", number: "other") }
       *[other] { $shots } { -shot(case: "gen") }
    }, каждый раз столько же.
executor-share-range = В этом прогоне { -station } { $station } закончила { $boxes ->
        [one] { $boxes } { -box(case: "acc") }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }; между двумя из них другие { -station(number: "other") } делали в сумме от { $fewest } до { $most ->
        [one] { $most } { -shot(case: "gen") }
        [few] { $most } { -shot(case: "gen", number: "other") }
        [many] { $most } { -shot(case: "gen", number: "other") }
       *[other] { $most } { -shot(case: "gen") }
    }, в среднем { $mean }.
executor-share-one-box = В этом прогоне { -station } { $station } закончила всего одну { -box(case: "acc") }; другие { -station(number: "other") } за весь прогон сделали { $shots ->
        [one] { $shots } { -shot(case: "acc") }
        [few] { $shots } { -shot(case: "gen") }
        [many] { $shots } { -shot(case: "gen", number: "other") }
       *[other] { $shots } { -shot(case: "gen") }
    }.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count = ({ $count ->
        [one] { $count } { -task }
        [few] { $count } { -task(case: "gen") }
        [many] { $count } { -task(case: "gen", number: "other") }
       *[other] { $count } { -task(case: "gen") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") }, отправляющие в канал
executor-awaited-kind-taskgroup = { -task(number: "other") } { -station(case: "gen", number: "other") } в группе { -task(case: "gen", number: "other") }
executor-awaited-kind-workers = текущие { -box(number: "other") } воркеров
executor-awaited-kind-futures = FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = и ещё { $count }
executor-awaited-empty = пусто
executor-done-set = Последнее множество завершённых
executor-done-count = ({ $count ->
        [one] { $count } { -task }
        [few] { $count } { -task(case: "gen") }
        [many] { $count } { -task(case: "gen", number: "other") }
       *[other] { $count } { -task(case: "gen") }
    } в { $seconds } с)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = { -supervisor } ещё не просыпался
executor-done-unreported = вернулась; { -supervisor } сообщит о ней следующим шагом
executor-done-several = Несколько { -task(case: "gen", number: "other") } в одном множестве завершённых: их { -timer(number: "other") } сработали вместе, за один оборот { -event-loop(case: "gen") }, и каждая { -task } вернулась до того, как проснулся { -supervisor }; asyncio.wait отдаёт все { -task(case: "acc", number: "other") }, завершённые к этому моменту.

## The timer queue.

executor-timers = { -timer-queue(start: "upper") }, ближайшие первыми
executor-timer = { $seconds } с → будит { -station(case: "acc") } { $station }
executor-timers-empty = { -timer(case: "gen", number: "other") } нет

## The supervisor's wakes, one line each.

executor-wakes = Пробуждения { -supervisor(case: "gen") }, новые сверху
executor-reports = { -box(start: "upper", number: "other") }, о которых сообщили их собственные { -task(number: "other") }, новые сверху
executor-wake-time = { $seconds } с
executor-wake-wait = ожидание { $wait } по счёту цикла
executor-wake-ok = { -task } { -station(case: "gen") } { $station } ({ -box } { $box_no }) вернула Ok
executor-wake-err = { -task } { -station(case: "gen") } { $station } ({ -box } { $box_no }) вернула Err: { $error }
executor-error-spoiled = { -dose } { $shot } из { -box(case: "gen") } испорчена
executor-error-broken = поломка вручную на { -shot(case: "prep") } { $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = ещё ожидают: { $stations }
executor-pending-none = никто
executor-pending-more = и ещё { $count }
executor-wake-pushed = добавлены: { $tasks }
executor-pushed-task = { -station } { $station } с { -box(case: "ins") } { $box_no }
executor-wake-no-box = новой { -box(case: "gen") } пока нет
executor-wake-depot-empty = ничего не добавлено ({ -depot } пуст)
executor-report-taskgroup-next = { -task } { -box(case: "gen") } освобождает { -station(case: "acc") } { $station } и её разрешение; { -task } следующей { -box(case: "gen") } берёт свободную { -station(case: "acc") } с наименьшим номером
executor-report-taskgroup-last = { -box(case: "gen", number: "other") } не осталось, поэтому { -station } { $station } остаётся свободной
executor-report-workers-next = воркер берёт следующую { -box(case: "acc") } из очереди
executor-report-workers-last = очередь пуста, поэтому воркер завершается

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = { -inspector(start: "upper") } показывает { -task(case: "acc", number: "other") } для прогонов не более чем с { $limit ->
        [one] { $limit } { -station(case: "ins") }
        [few] { $limit } { -station(case: "ins", number: "other") }
        [many] { $limit } { -station(case: "ins", number: "other") }
       *[other] { $limit } { -station(case: "gen") }
    }.
# $waiting, $scheduled, $running: the states below, as terms; $wakes:
# inspector-term-wakes, at the start of a sentence.
inspector-explain = { $tasks ->
        [worker] Воркер каждой { -station(case: "gen") } — это одна { -task }, которая берёт из очереди { -box(case: "acc", number: "other") } одну за другой.
       *[box] Каждая { -box }, которую обрабатывает { -station }, — это одна { -task }.
    } Пока { -task } спит, её состояние — «{ $waiting }», после пробуждения — «{ $scheduled }», а пока { -thread } её опрашивает — «{ $running }». { $wakes } и опросы суммируются по всем { -box(case: "dat", number: "other") } { -station(case: "gen") }; в строке { -supervisor(case: "gen") } считаются обработанные им { -box(number: "other") }. «{ -box(start: "upper") } открыта» — это симулированное время, пока у { -station(case: "gen") } была открыта { -box } (спящая между { -shot(case: "ins", number: "other") } { -task } ничего не стоит { -thread(case: "dat") }), а не время внутри опросов; без { -box(case: "gen") } { -station } простаивает, пока { -supervisor } не даст ей новую.
inspector-term-waiting = спит
    .title = Не занимает { -thread(case: "acc") }, пока её что-нибудь не разбудит: { -task(case: "acc") } { -station(case: "gen") } — { -timer } её { -shot(case: "gen") }, { -supervisor(case: "acc") } — { -task(case: "nom", number: "other") }, которые он ожидает. ({ -station(start: "upper") } без открытой { -box(case: "gen") } простаивает, а не спит.)
inspector-term-scheduled = в очереди
    .title = Разбужена и стоит в очереди за { -task(case: "ins", number: "other") }, разбуженными раньше; { -executor } опрашивает их по порядку.
inspector-term-running = выполняется
    .title = Опрашивается: это та единственная { -task }, которую сейчас выполняет { -thread }.
inspector-term-wakes = Пробуждения
    .title = Вызовы waker'а { -task(case: "gen") }: каждый просит { -executor(case: "acc") } опросить её снова.

## The table's columns; [с] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = Состояние
inspector-column-polls = Опросы
inspector-column-wakes = Пробуждения
inspector-column-boxes = { -box(start: "upper", number: "other") }
inspector-column-failures = Сбои
inspector-column-restarts = Перезапуски
inspector-column-box-open = { -box(start: "upper") } открыта [с]
inspector-column-waiting = Без { -box(case: "gen") } [с]

## A task's state, as the State column shows it.

inspector-state-waiting = спит
inspector-state-scheduled = в очереди
inspector-state-running = выполняется
inspector-state-done = завершена
inspector-state-failed = сбой

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (воркер)
inspector-task-box-task = { -station } { $station } ({ -task } { -box(case: "gen") } { $box_no })

## The tasks that finished last.

inspector-finished = Только что завершились
inspector-finished-box = { -station } { $station } ({ -box } { $box_no }): завершена после { $polls ->
        [one] { $polls } опроса
        [few] { $polls } опросов
        [many] { $polls } опросов
       *[other] { $polls } опроса
    } и { $wakes ->
        [one] { $wakes } пробуждения
        [few] { $wakes } пробуждений
        [many] { $wakes } пробуждений
       *[other] { $wakes } пробуждения
    }
inspector-finished-worker = воркер { -station(case: "gen") } { $station }: завершился после { $polls ->
        [one] { $polls } опроса
        [few] { $polls } опросов
        [many] { $polls } опросов
       *[other] { $polls } опроса
    } и { $wakes ->
        [one] { $wakes } пробуждения
        [few] { $wakes } пробуждений
        [many] { $wakes } пробуждений
       *[other] { $wakes } пробуждения
    }
inspector-finished-box-task = { -task } { -box(case: "gen") } { $box_no }: завершена после { $polls ->
        [one] { $polls } опроса
        [few] { $polls } опросов
        [many] { $polls } опросов
       *[other] { $polls } опроса
    } и { $wakes ->
        [one] { $wakes } пробуждения
        [few] { $wakes } пробуждений
        [many] { $wakes } пробуждений
       *[other] { $wakes } пробуждения
    }
inspector-finished-none = ни одна { -task } ещё не завершилась

## The charts.

charts-title = Графики
charts-time-axis = симулированные секунды
# A tick of ten thousand or more, in thousands ("20 тыс.").
charts-tick-thousands = { $thousands } тыс.
charts-station = { -station } { $station }

charts-doses-caption = Введённые { -dose(number: "other") } во времени и ожидаемый по модели темп (пунктир)
charts-doses =
    .aria-label = введено { $given } из { $total ->
        [one] { $total } { -dose(case: "gen") }
        [few] { $total } { -dose(case: "gen", number: "other") }
        [many] { $total } { -dose(case: "gen", number: "other") }
       *[other] { $total } { -dose(case: "gen") }
    } за { $seconds } с; ожидаемая длительность { $expected } с

charts-gantt-too-many = Диаграмма Ганта показывает прогоны не более чем с { $limit ->
        [one] { $limit } { -station(case: "ins") }
        [few] { $limit } { -station(case: "ins", number: "other") }
        [many] { $limit } { -station(case: "ins", number: "other") }
       *[other] { $limit } { -station(case: "gen") }
    }.
charts-gantt-caption = { -box(start: "upper", number: "other") } по { -station(case: "dat", number: "other") } во времени; { -box(number: "other") } со сбоем — красные, с пунктирной рамкой
charts-gantt-truncated = {" "}({ $limit ->
        [one] первая { $limit } { -box }
        [few] первые { $limit } { -box(case: "gen") }
        [many] первые { $limit } { -box(case: "gen", number: "other") }
       *[other] первые { $limit } { -box(case: "gen") }
    })
charts-gantt =
    .aria-label = Диаграмма Ганта: { $boxes ->
        [one] { $boxes } { -box }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    } на { $stations ->
        [one] { $stations } { -station(case: "prep") }
        [few] { $stations } { -station(case: "prep", number: "other") }
        [many] { $stations } { -station(case: "prep", number: "other") }
       *[other] { $stations } { -station(case: "gen") }
    }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } с
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } с (сбой)

charts-utilisation-summary = Загрузка: в среднем { $mean } %, наименьшая { $least } % на { $stations ->
        [one] { $stations } { -station(case: "prep") }
        [few] { $stations } { -station(case: "prep", number: "other") }
        [many] { $stations } { -station(case: "prep", number: "other") }
       *[other] { $stations } { -station(case: "gen") }
    }.
charts-utilisation-caption = Загрузка: доля прошедшего времени, когда у { -station(case: "gen") } была открыта { -box }
charts-utilisation =
    .aria-label = Загрузка по { -station(case: "dat", number: "other") }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = Сравнение стратегий охватывает прогоны не больше чем на { $limit ->
        [one] { $limit } { -dose(case: "acc") }
        [few] { $limit } { -dose(case: "gen") }
        [many] { $limit } { -dose(case: "gen", number: "other") }
       *[other] { $limit } { -dose(case: "gen") }
    }.
charts-comparison-caption = То же зерно при каждой стратегии { -supervisor(case: "gen") } (прогоны целиком, воспроизведены на странице)
charts-comparison-policy = Стратегия
charts-comparison-makespan = Длительность
charts-comparison-busy = Время с открытой { -box(case: "ins") }
charts-comparison-boxes-opened = Вскрыто { -box(case: "gen", number: "other") }
charts-comparison-doses-vanished = Исчезло { -dose(case: "gen", number: "other") }
charts-seconds = { $seconds } с

## The code view. The listings are code and stay as written.

code-title = Код
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = Rust — это исходный код, скомпилированный в эту страницу; Python — та же программа на asyncio, файл, который запускается как есть и сверяется с этим движком в CPython. { -task(start: "upper") } может приостановиться только на { $await }, и только если то, чего она ждёт, ещё не готово: { $parked } Подсветка показывает последнее событие.{" "}
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }, а { $supervisor }.
code-parked-stations = все { -task(number: "other") } { -station(case: "gen", number: "other") } приостановлены на своём sleep
code-parked-stations-blocking = все { -task(number: "other") } { -station(case: "gen", number: "other") }, кроме { -task(case: "gen") } { -station(case: "gen") } { $station }, приостановлены на своём sleep ({ -station } { $station } никогда не ждёт через await и потому не приостанавливается: она держит { -thread(case: "acc") } всю свою { -box(case: "acc") })
code-parked-supervisor-set = { -supervisor } — в ожидании { -awaited-set(case: "gen") }
code-parked-supervisor-queue = { -supervisor } — на чтении очереди
code-parked-supervisor-semaphore = { -task(number: "other") } { -box(case: "gen", number: "other") } без { -station(case: "gen") } — на семафоре
code-parked-supervisor-workers = { -supervisor } — на ожидании воркеров
code-resumed-station = Последней возобновлена { -task } { -station(case: "gen") } { $station }, на своём await.
code-resumed-supervisor = Последним возобновлён { -supervisor }, на своём await.
code-resumed-none = Пока ничего не выполнялось.
code-rust = Rust (это приложение)
code-python = Python asyncio
code-show-python-first = Сначала Python
code-show-rust-first = Сначала Rust
code-whole-file = Весь файл asyncio, со вспомогательными функциями
code-download = Скачать файл (он запускается: python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        Код { $role ->
            [station] { -station(case: "gen") }
           *[supervisor] { -supervisor(case: "gen") }
        } на { $language ->
            [rust] Rust
           *[python] Python
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] здесь не ждёт ни одна { -task } { -station(case: "gen") }
        [one] здесь ждёт { $count } { -task } { -station(case: "gen") }
        [few] здесь ждут { $count } { -task(case: "gen") } { -station(case: "gen", number: "other") }
        [many] здесь ждут { $count } { -task(case: "gen", number: "other") } { -station(case: "gen", number: "other") }
       *[other] здесь ждут { $count } { -task(case: "gen") } { -station(case: "gen", number: "other") }
    }
code-supervisor-waits = здесь ждёт { -supervisor }
code-supervisor-returned = { -supervisor } завершил работу
code-mistake-counts-waits = считает ожидания, а не { -box(case: "acc", number: "other") }
code-mistake-new-box = новая { -box }, даже когда их не осталось
code-mistake-program-ends = программа завершается: { -task(number: "other") } отменены посреди { -box(case: "gen") }
code-mistake-cancelled = { -task(number: "other") } отменены посреди { -box(case: "gen") }

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = Где двойники расходятся: { $next } отдаёт по одному результату за раз, поэтому { -supervisor } на Rust опустошает { -awaited-set(case: "acc") }, опрашивая его, пока оно не вернёт Pending, чтобы забрать все вернувшиеся { -task(case: "acc", number: "other") }: то самое множество завершённых, которое возвращает { $wait }. Он опрашивает только разбуженные футуры, тогда как { $wait } при каждом вызове регистрирует колбэк на каждой { -task(case: "prep") }. Если здесь выбросить { $handle }, его { -task } отменяется; если выбросить { $task } в asyncio, она не отменяется, но { -event-loop } хранит на неё лишь слабую ссылку, так что { -task }, которую никто не держит, может исчезнуть, не завершившись: версия на Python хранит их все.
code-real-time = Часы этой страницы виртуальные: время переходит от одного { -timer(case: "gen") } к следующему, каждый срок соблюдается с точностью до микросекунды, и ничто не опаздывает. Настоящий asyncio отличается в двух отношениях. В Linux его селектор округляет ожидание вверх до целых миллисекунд, поэтому { -timer(number: "other") }, чьи сроки ближе миллисекунды друг к другу, часто срабатывают за один оборот, и { $wait } возвращает обе { -task(case: "gen") } в одном множестве завершённых: при замерах две { -task(case: "gen") } со сроками через 0,3 мс делали так от 82 до 85 раз из 100. И каждый оборот { -event-loop(case: "gen") } стоит реального времени, поэтому { -box } из 100 { -shot(case: "gen", number: "other") } по 1–100 мс заканчивается примерно на 2 % позже. Файл на Python, запущенный сам по себе, показывает и то и другое; python/real_time.py это измеряет.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = Листинг в настоящем CPython
python-intro = Листинг на asyncio выполняется здесь в настоящем CPython, скомпилированном в WebAssembly, на виртуальных часах, с теми же случайными значениями и поломками, что и прогон на экране; затем страница сравнивает два прогона событие за событием. Первый запуск скачивает Python; больше ничто на странице его не ждёт.
python-run = Запустить в CPython
