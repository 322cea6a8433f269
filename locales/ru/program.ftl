### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = Ваш { -supervisor }, записанный в CPython: { -awaited-set } и пробуждения прочитаны из его вызовов asyncio.wait.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = { -task(number: "other") }, которых ждёт ваш { -supervisor }
# The task inspector while a program plays.
own-inspector-note = { -task(start: "upper", number: "other") } вашего { -supervisor(case: "gen") } выполнялись в CPython: { -box(number: "other") } и времена ниже прочитаны из его прогона; опросы и пробуждения считает только собственный { -executor } страницы.
executor-program-timers = Записанный прогон не хранит { -timer-queue(case: "gen") }: взгляд самого asyncio показывает, чего ждёт каждая { -task }.
# The Python view: the learner's own supervisor.
own-title = Ваш собственный { -supervisor }
own-intro = Измените { -supervisor(case: "acc") } ниже и запустите его в настоящем CPython, на { -station(case: "prep", number: "other") } и случайных значениях прогона на экране. Затем страница проиграет ваш прогон, как любой другой, и учтёт каждую { -dose(case: "acc") }.
own-editor-label = Ваш { -supervisor } на Python
own-editor-failed = Редактор кода не загрузился ({ $reason }); вместо него — простое текстовое поле.
own-run = Запустить мой
own-reset = Начать заново с цикла из статьи
own-failed = Ваша программа не запустилась: { $error }
own-too-large = Этот прогон слишком велик для программы: случайные значения для каждой { -station(case: "gen") } и { -box(case: "gen") } составили бы { $shots ->
        [one] { $shots } { -shot(case: "acc") }
        [few] { $shots } { -shot(case: "gen") }
        [many] { $shots } { -shot(case: "gen", number: "other") }
       *[other] { $shots } { -shot(case: "gen") }
    }, а передаётся не больше { $limit }. Выберите меньше { -station(case: "gen", number: "other") }, { -box(case: "gen", number: "other") } или { -dose(case: "gen", number: "other") }.
own-raised = Ваша программа завершилась исключением: { $error }
own-summary = Прогон вашего { -supervisor(case: "gen") }: { $events ->
        [one] { $events } событие
        [few] { $events } события
        [many] { $events } событий
       *[other] { $events } события
    }; { $reported ->
        [one] учтена { $reported } { -dose }
        [few] учтено { $reported } { -dose(case: "gen") }
        [many] учтено { $reported } { -dose(case: "gen", number: "other") }
       *[other] учтено { $reported } { -dose(case: "gen") }
    } из { $given ->
        [one] { $given } введённой
       *[other] { $given } введённых
    }; { $lost ->
        [one] потеряна { $lost } { -dose }
        [few] потеряно { $lost } { -dose(case: "gen") }
        [many] потеряно { $lost } { -dose(case: "gen", number: "other") }
       *[other] потеряно { $lost } { -dose(case: "gen") }
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: её { -task } ещё выполнялась, когда программа завершилась, поэтому её отменил вызов asyncio.run; { $unreported ->
        [one] { $unreported } { -dose } введена и не учтена
        [few] { $unreported } { -dose(case: "gen") } введены и не учтены
        [many] { $unreported } { -dose(case: "gen", number: "other") } введено и не учтено
       *[other] { $unreported } { -dose(case: "gen") } введено и не учтено
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } выброшена
        [few] { $thrown_away } { -dose(case: "gen") } выброшены
        [many] { $thrown_away } { -dose(case: "gen", number: "other") } выброшено
       *[other] { $thrown_away } { -dose(case: "gen") } выброшено
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: её { -task } завершилась, а программа так и не сообщила о ней; { $unreported ->
        [one] { $unreported } { -dose } введена и не учтена
        [few] { $unreported } { -dose(case: "gen") } введены и не учтены
        [many] { $unreported } { -dose(case: "gen", number: "other") } введено и не учтено
       *[other] { $unreported } { -dose(case: "gen") } введено и не учтено
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } списана
        [few] { $thrown_away } { -dose(case: "gen") } списаны
        [many] { $thrown_away } { -dose(case: "gen", number: "other") } списано
       *[other] { $thrown_away } { -dose(case: "gen") } списано
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } { -task } не завершилась
        [few] { $tasks } { -task(case: "gen") } не завершились
        [many] { $tasks } { -task(case: "gen", number: "other") } не завершились
       *[other] { $tasks } { -task(case: "gen") } не завершились
    } к концу программы, удерживая { $doses ->
        [one] { $doses } { -dose(case: "acc") }
        [few] { $doses } { -dose(case: "gen") }
        [many] { $doses } { -dose(case: "gen", number: "other") }
       *[other] { $doses } { -dose(case: "gen") }
    }.
own-never-retrieved = { $task }: выброшено исключение { $error }, и никто так и не забрал его.
own-never-awaited = { $task }: { -task } создана, но её ни разу не ожидали через await: никто её не ждал и не спрашивал её результат.
own-blocked = { $calls ->
        [one] { $calls } блокирующий вызов (time.sleep) удерживал
        [few] { $calls } блокирующих вызова (time.sleep) удерживали
        [many] { $calls } блокирующих вызовов (time.sleep) удерживали
       *[other] { $calls } блокирующего вызова (time.sleep) удерживали
    } { -event-loop(case: "acc") } в сумме { $seconds } с: никакая другая { -task } в это время не выполнялась.
own-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } открыта
        [few] { $boxes } { -box(case: "gen") } открыты
        [many] { $boxes } { -box(case: "gen", number: "other") } открыто
       *[other] { $boxes } { -box(case: "gen") } открыто
    } сверх запаса { -depot(case: "gen") } ({ $depot }).
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } так и не взята
        [few] { $boxes } { -box(case: "gen") } так и не взяты
        [many] { $boxes } { -box(case: "gen", number: "other") } так и не взято
       *[other] { $boxes } { -box(case: "gen") } так и не взято
    } со { -depot(case: "gen") }.
own-play = Проиграть ваш прогон
own-engine-differs = { $policy } движка на тех же случайных значениях: первое расхождение на событии { $index }
own-engine-same = { $policy } движка на тех же случайных значениях: тот же прогон, событие в событие
own-output = Что напечатала ваша программа
# In a lesson, until the step's prediction is made.
own-concealed = CPython её выполнил. Результаты появятся здесь, когда вы ответите на вопрос урока.
own-listing-not-compared = Листинг сравнивается с прогонами движка: откройте один из них, чтобы запустить листинг здесь.
# A program shared in a link (#py=…).
own-open = Написать свой { -supervisor(case: "acc") }
own-linked = Эта программа пришла со ссылкой. Она запустится, только когда вы нажмёте «{ own-run }».
own-link = Ссылка на вашу программу
own-link-made = Скопируйте эту ссылку: она открывает страницу с вашей программой в редакторе, ещё не запущенной.
own-link-too-long = Программа слишком длинная для ссылки: ссылка вмещает не больше { $limit } КБ программы.
own-link-not-base64 = Программа в ссылке (#py=…) — не текст { $encoding }: { $detail }.
own-link-not-utf8 = Программа в ссылке (#py=…) — не текст в UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Запустить этот прогон в CPython
python-loading = Загрузка Python: { $loaded } из { $total } МБ
python-starting = Python запускается…
python-running = CPython выполняет листинг…
python-agrees = CPython { $version } согласен: { $events } из { $events } { $events ->
        [one] события
        [few] событий
        [many] событий
       *[other] события
    } в ту же микросекунду.
python-differs = CPython { $version } впервые расходится с движком на событии { $index }.
python-differs-engine = Движок:
python-differs-cpython = CPython:
python-show-difference = Показать событие { $index }
python-failed = CPython { $version } не смог выполнить листинг на этом прогоне: { $error }
python-too-large = В CPython передаются прогоны не больше чем на { $limit } { $limit ->
        [one] { -dose(case: "acc") }
        [few] { -dose(case: "gen") }
        [many] { -dose(case: "gen", number: "other") }
       *[other] { -dose(case: "gen") }
    }; в этом — { $doses }.
python-offline = Для панели Python страницу нужно открыть по веб-адресу: если открыть её из файла, браузер не даст загрузить Python.
python-load-failed = Не удалось загрузить Python ({ $reason }). Остальная страница работает как прежде.
python-tree = Что видит asyncio на событии { $event }
python-tree-title = Взгляд самого asyncio на событии { $event }
python-tree-explain = Листинг выполнен в CPython до этого события и остановлен там: его { -task(number: "other") } в том виде, в каком их отдаёт asyncio.capture_call_graph, — тот самый граф, который печатает python -m asyncio pstree. Каждая { -task } стоит под той { -task(case: "ins") }, которая её ожидает, вместе с функциями, в которых она приостановлена, от внешней к внутренней.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, выполняется сейчас
python-tree-failed = Не удалось получить взгляд asyncio: { $error }
python-tree-more = …и ещё { $count } { $count ->
        [one] { -task }
        [few] { -task(case: "gen") }
        [many] { -task(case: "gen", number: "other") }
       *[other] { -task(case: "gen") }
    }
python-stopped = CPython не ответил за { $seconds } с, поэтому его воркер остановлен: ограничение времени останавливает код Python на следующем обороте цикла, а не долгое вычисление внутри одного вызова C. «{ python-run }» снова запускает Python.
