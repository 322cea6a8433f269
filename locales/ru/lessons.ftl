# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file. The built-in lessons' texts are at the end.
#
# Not translated, and so passed as variables: JSON paths (steps[2].focus),
# values quoted from a lesson file, the names lesson files use (question
# kinds, regions, parameters), code, and what the program prints.
# A value that arrives in the nominative (lesson-doses, a lesson-task-*)
# follows a colon or stands in brackets, so no case is needed.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
        [few] { $count } { -dose(case: "gen") }
        [many] { $count } { -dose(case: "gen", number: "other") }
       *[other] { $count } { -dose(case: "gen") }
    }

## The lessons menu

lessons-menu-title = Уроки
lessons-menu-intro = Каждый урок проводит вас через моменты прогона. Если шаг просит предсказать, прогон идёт дальше до момента, который даёт ответ: ответ вычисляется по тому прогону, который вы видите.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } шаг
        [few] { $steps } шага
        [many] { $steps } шагов
       *[other] { $steps } шага
    }
lessons-menu-write = Написать урок…
lessons-menu-teachers = Учителям: выберите моменты любого прогона, добавьте текст и вопросы и поделитесь уроком по ссылке.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = Шаг { $number } из { $steps }
# Read out by screen readers at each new step.
lesson-step-announce = Шаг { $number } из { $steps }. { $text }
# Points at the region of the page a step is about, in bold; a panel is
# named by its heading.
lesson-look-at-lot = Посмотрите на { -lot(case: "acc") }.
lesson-look-at-executor = Посмотрите на панель «{ -executor(start: "upper") }».
lesson-look-at-inspector = Посмотрите на панель «{ -inspector(start: "upper") }».
lesson-look-at-charts = Посмотрите на панель «{ charts-title }».
lesson-look-at-code = Посмотрите на панель «{ code-title }».
lesson-look-at-log = Посмотрите на панель «{ log-panel }».
lesson-look-at-stats = Посмотрите на панель «{ stats }».
# The regions in the editor's menu (after lesson-editor-look).
lesson-focus-lot = { -lot }
lesson-focus-executor = { -executor }
lesson-focus-inspector = { -inspector }
lesson-focus-charts = графики
lesson-focus-code = код
lesson-focus-log = журнал
lesson-focus-stats = статистика
lesson-nav =
    .aria-label = Шаги урока
lesson-previous = ◀ Назад
    .title = Предыдущий шаг (Page Up)
lesson-next = Далее ▶
    .title = Следующий шаг (Page Down)
lesson-exit = Выйти из урока
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = Вопрос этого шага задать нельзя: { $problem }.

## A prediction

# Before the question, in bold.
lesson-predict = Предскажите:
lesson-playing-forward = Прогон идёт вперёд до ответа…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = CPython выполняет программу этого шага в панели Python; затем будет вопрос.
lesson-cpython-on-run = Нажмите «{ own-run }» в панели Python: CPython выполнит программу этого шага, а затем будет вопрос.
lesson-cpython-failed = CPython не смог выполнить программу этого шага: { $reason }
lesson-right = Верно.
# Beside the right choice once a wrong one was picked (the arrow points
# at the choice: after it in the reading direction).
lesson-the-answer = ← ответ
# $answer is the right choice's text.
lesson-not-quite = Не совсем: ответ — «{ $answer }».
# The button that passes over a step's prediction without answering.
lesson-skip = Пропустить предсказание
    .title = Продолжить без предсказания; в итогах оно будет отмечено как пропущенное
# Shown under a prediction skipped earlier.
lesson-skipped = Вы пропустили это предсказание. Ответить на него ещё можно.

## An exercise: a step's goal, checked on the learner's own run

# Before the goal, in bold; then one of lesson-goal-met, -not-met,
# -pending, in bold, before why.
lesson-goal-title = Цель:
lesson-goal-met = Выполнена.
lesson-goal-not-met = Пока нет.
lesson-goal-pending = Ещё не проверена.
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = ваш { -supervisor } сообщает о каждой { -box(case: "prep") } { -depot(case: "gen") } ({ $boxes ->
        [one] { $boxes } { -box }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }) и не теряет ни одной { -dose(case: "gen") }.
lesson-goal-cooperates = ваш { -supervisor } никогда не удерживает { -thread(case: "acc") } блокирующим вызовом и не теряет ни одной { -dose(case: "gen") }.
lesson-goal-makespan = { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }, в каждой { $capacity ->
        [one] { $capacity } { -dose }
        [few] { $capacity } { -dose(case: "gen") }
        [many] { $capacity } { -dose(case: "gen", number: "other") }
       *[other] { $capacity } { -dose(case: "gen") }
    }) обработан не позже чем за { $seconds } с симулированного времени.
lesson-goal-run-mine = Нажмите «{ own-run }» в панели Python: CPython выполнит вашу программу на этом прогоне, и цель будет проверена на нём.
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = Ваша программа не дошла до конца: { $reason }
# $problems lists lesson-goal-blocked, lesson-goal-lost,
# lesson-goal-pending-tasks, lesson-goal-beyond-depot and
# lesson-goal-left-in-depot.
lesson-goal-program-problems = Прогон вашей программы в CPython: { $problems }.
# $doses is lesson-doses.
lesson-goal-lost = потеряно в { $boxes ->
        [one] { $boxes } { -box(case: "prep") }
        [few] { $boxes } { -box(case: "prep", number: "other") }
        [many] { $boxes } { -box(case: "prep", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }: { $doses }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task } ещё выполнялась
        [few] { $tasks } { -task(case: "gen") } ещё выполнялись
        [many] { $tasks } { -task(case: "gen", number: "other") } ещё выполнялись
       *[other] { $tasks } { -task(case: "gen") } ещё выполнялись
    }, когда { -supervisor } завершился
lesson-goal-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } открыта
        [few] { $boxes } { -box(case: "gen") } открыты
        [many] { $boxes } { -box(case: "gen", number: "other") } открыто
       *[other] { $boxes } { -box(case: "gen") } открыто
    } сверх запаса { -depot(case: "gen") } ({ $depot })
lesson-goal-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } осталась
        [few] { $boxes } { -box(case: "gen") } остались
        [many] { $boxes } { -box(case: "gen", number: "other") } осталось
       *[other] { $boxes } { -box(case: "gen") } осталось
    } на { -depot(case: "prep") }
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = строка { $line } удерживала { -thread(case: "acc") } { $calls ->
        [one] { $calls } раз
        [few] { $calls } раза
        [many] { $calls } раз
       *[other] { $calls } раза
    }, в сумме { $seconds } с
lesson-goal-blocked-elsewhere = блокирующие вызовы вне вашего кода удерживали { -thread(case: "acc") } { $calls ->
        [one] { $calls } раз
        [few] { $calls } раза
        [many] { $calls } раз
       *[other] { $calls } раза
    }, в сумме { $seconds } с
# $doses is lesson-doses.
lesson-goal-reported-all = Ваша программа в CPython сообщила о каждой из { $boxes ->
        [one] { $boxes } { -box(case: "gen") }
        [few] { $boxes } { -box(case: "gen", number: "other") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    } ({ $doses }) и ничего не потеряла.
lesson-goal-never-blocked = Ваша программа в CPython ни разу не удержала { -thread(case: "acc") }, сообщила о каждой из { $boxes ->
        [one] { $boxes } { -box(case: "gen") }
        [few] { $boxes } { -box(case: "gen", number: "other") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    } ({ $doses }) и ничего не потеряла.
lesson-goal-engine-same = FIRST_COMPLETED движка на тех же случайных значениях даёт тот же прогон, событие в событие.
lesson-goal-engine-differs = FIRST_COMPLETED движка на тех же случайных значениях расходится с ним на событии { $index }.
lesson-goal-other-depot = В прогоне на экране { $boxes ->
        [one] { $boxes } { -box }
        [few] { $boxes } { -box(case: "gen") }
        [many] { $boxes } { -box(case: "gen", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    } (в каждой { $capacity ->
        [one] { $capacity } { -dose }
        [few] { $capacity } { -dose(case: "gen") }
        [many] { $capacity } { -dose(case: "gen", number: "other") }
       *[other] { $capacity } { -dose(case: "gen") }
    }), а не { $step_boxes ->
        [one] { $step_boxes } { -box }
        [few] { $step_boxes } { -box(case: "gen") }
        [many] { $step_boxes } { -box(case: "gen", number: "other") }
       *[other] { $step_boxes } { -box(case: "gen") }
    } (в каждой { $step_capacity ->
        [one] { $step_capacity } { -dose }
        [few] { $step_capacity } { -dose(case: "gen") }
        [many] { $step_capacity } { -dose(case: "gen", number: "other") }
       *[other] { $step_capacity } { -dose(case: "gen") }
    }), как в этом шаге: засчитывается только прогон со { -depot(case: "ins") } этого шага.
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = Прогон на экране закончился в { $time } с, на { $spare } с раньше цели.
lesson-goal-finished-late = Прогон на экране закончился в { $time } с, на { $over } с позже цели.
lesson-goal-past = Прогон на экране прошёл { $seconds } с, а { -box(number: "other") } ещё не закончены.
lesson-goal-play = Проиграйте прогон на экране до конца: цель проверяется, когда он завершится.

## The summary on a lesson's last step

lesson-summary-title = Ваши предсказания
# $step: the step's number; $prompt: its question.
lesson-summary-step = Шаг { $step }: { $prompt }
# $answer: the choice picked.
lesson-summary-right = Вы ответили «{ $answer }»: верно.
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = Вы ответили «{ $answer }»; прогон дал «{ $right }».
lesson-summary-skipped = Пропущено; прогон дал «{ $right }».
lesson-summary-unanswered = Без ответа; прогон дал «{ $right }».
# $right of $asked predictions right (both numbers).
lesson-summary-score = Верно { $right } из { $asked ->
        [one] { $asked } предсказания
        [few] { $asked } предсказаний
        [many] { $asked } предсказаний
       *[other] { $asked } предсказания
    }
# Above the lesson's own summary (lesson-<id>-summary for a built-in one).
lesson-summary-key-idea = Главная мысль
# $title: the next built-in lesson's title.
lesson-next-lesson = Следующий урок: { $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = Все уроки

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = Урок не удалось открыть:
lesson-problems-dismiss = Закрыть
# $title is the lesson's title; $step counts from 1.
lesson-resume = С возвращением! Продолжить урок «{ $title }» с шага { $step }?
lesson-resume-region =
    .aria-label = Продолжить урок
lesson-resume-continue = Продолжить
lesson-resume-decline = Нет, спасибо
# $id is the id asked for, quoted.
lesson-no-builtin = встроенного урока { $id } нет
lesson-kept-unreadable = урок, сохранённый с прошлого визита, больше не читается

## The lesson editor

lesson-editor-heading = Написать урок
lesson-editor-explain = Переведите прогон в нужный момент (запуск, шаг, перемотка или другие параметры), затем добавьте его как шаг. Каждый шаг открывается ровно в этот момент. Ответы на его вопросы вычисляются по прогону.
lesson-editor-title = Название
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = Главная мысль
lesson-editor-add = Добавить этот момент как шаг
lesson-editor-moment = (событие { $event } прогона на экране)
# $params is the step's run as a query string, shown as code.
lesson-editor-step = Шаг { $number }: событие { $event } прогона { $params }
lesson-editor-text = Текст
# Followed by a menu of lesson-focus-* (nominative).
lesson-editor-look = Куда смотреть
lesson-editor-question = Вопрос
# The menus' first options: no region, no question.
lesson-editor-anywhere = не указано
lesson-editor-no-question = нет
lesson-editor-up =
    .aria-label = Переместить шаг { $number } выше
lesson-editor-down =
    .aria-label = Переместить шаг { $number } ниже
lesson-editor-delete = Удалить
    .aria-label = Удалить шаг { $number }
lesson-editor-needs = Чтобы просмотреть урок и поделиться им, осталось исправить:
lesson-editor-preview = Просмотреть урок
lesson-editor-link = Ссылка
lesson-editor-embed = Встраивание
lesson-editor-close = Закрыть редактор

## Problems in a lesson file. Each is shown after its place in the file
## ($path, such as steps[2].focus). $found is the value given, quoted as
## written, or one of lesson-json-*: it follows "найдено:".

lesson-problem-at = { $path }: { $problem }
lesson-problems-more =
    { $count ->
        [one] и ещё { $count } проблема
        [few] и ещё { $count } проблемы
        [many] и ещё { $count } проблем
       *[other] и ещё { $count } проблемы
    }
lesson-error-too-big = урок занимает { $bytes ->
        [one] { $bytes } байт
        [few] { $bytes } байта
        [many] { $bytes } байт
       *[other] { $bytes } байта
    }; принимается не больше { $limit ->
        [one] { $limit } байта
        [few] { $limit } байт
        [many] { $limit } байт
       *[other] { $limit } байта
    } JSON
# $detail is the JSON reader's own message.
lesson-error-not-json = это не корректный JSON ({ $detail })
lesson-error-not-object = ожидался объект JSON с названием и шагами
lesson-error-no-steps = ожидался хотя бы один шаг
lesson-error-too-many-steps = { $count ->
        [one] { $count } шаг
        [few] { $count } шага
        [many] { $count } шагов
       *[other] { $count } шага
    }; принимается не больше { $limit }
lesson-error-steps-not-list = ожидался список шагов, найдено: { $found }
lesson-error-steps-missing = отсутствует: уроку нужен список шагов
lesson-error-step-not-object = ожидался объект, найдено: { $found }
lesson-error-params-too-long = длиннее { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
        [many] { $limit } символов
       *[other] { $limit } символа
    }
lesson-error-params-not-text = ожидалась строка запроса, например { $example }, найдено: { $found }
lesson-error-at-event = ожидалось целое число событий, 0 или больше, найдено: { $found }
lesson-error-text-empty = пусто: ожидается хотя бы несколько слов
lesson-error-text-too-long = { $count ->
        [one] { $count } символ
        [few] { $count } символа
        [many] { $count } символов
       *[other] { $count } символа
    }; принимается не больше { $limit }
lesson-error-not-text = ожидался текст, найдено: { $found }
lesson-error-text-missing = отсутствует: ожидается текст
lesson-error-lang = ожидался тег языка, например { $first } или { $second }, найдено: { $found }
# $accepted lists the names lesson files use.
lesson-error-focus = { $found } — не область: ожидается одно из значений { $accepted }
lesson-error-question-not-object = ожидался объект, например { $example }, найдено: { $found }
lesson-error-question-kind = { $found } — не вид вопроса: ожидается одно из значений { $accepted }
lesson-error-seconds = ожидалось симулированное время в секундах, больше 0 и не больше { $limit }, найдено: { $found }
lesson-error-station = ожидался номер { -station(case: "gen") }, 1 или больше, найдено: { $found }
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = ожидалась программа в виде текста, найдено: { $found }
lesson-error-python-too-long = программа длиннее { $limit ->
        [one] { $limit } байта
        [few] { $limit } байт
        [many] { $limit } байт
       *[other] { $limit } байта
    }
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = шаг с программой указывает на панель Python под кодом: его focus должен быть { $accepted }, а не { $found }
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = вопрос вида { $kind } спрашивает о программе шага: укажите её в { $field }
# A step's goal ("goal": {"kind": "loses-nothing"}); $accepted lists
# the kinds lesson files use.
lesson-error-goal-not-object = ожидался объект, например { $example }, найдено: { $found }
lesson-error-goal-kind = { $found } — не вид цели: ожидается одно из значений { $accepted }
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = цели вида { $kind } нужно поле { $field }: симулированное время в секундах, больше 0 и не больше { $limit }
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = цель вида { $kind } проверяется на программе шага: укажите её в { $field }
lesson-error-goal-no-python = цель вида { $kind } проверяется на прогоне движка на экране: у шага с ней не должно быть { $field }
# A step's params refused by the page's own rules: $problem names the
# parameter and what it accepts.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } — не параметр страницы
lesson-error-page-param = { $name } — настройка страницы, а не прогона: params шага принимают только параметры прогона
lesson-error-past-limit = { $at } — позже последнего момента, который шаг может закрепить: не больше { $limit ->
        [one] { $limit } события
        [few] { $limit } событий
        [many] { $limit } событий
       *[other] { $limit } события
    }
lesson-error-past-end = { $at } — позже конца этого прогона, в котором { $events ->
        [one] { $events } событие
        [few] { $events } события
        [many] { $events } событий
       *[other] { $events } события
    }
lesson-json-null = null
lesson-json-bool = true или false
lesson-json-number = число
lesson-json-text = текст
lesson-json-list = список
lesson-json-object = объект
# In place of a question kind that is missing.
lesson-json-nothing = ничего

## A lesson in a link that cannot be read

lesson-link-too-long = урок в ссылке слишком длинный: принимается не больше { $limit ->
        [one] { $limit } байта
        [few] { $limit } байт
        [many] { $limit } байт
       *[other] { $limit } байта
    } JSON
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = урок в ссылке — не { $encoding }: { $detail }
lesson-link-not-utf8 = урок в ссылке — не текст в UTF-8
lesson-link-empty = ссылка заканчивается на { $fragment } и не несёт урока: ссылка на урок — это { $key }, за которым следует урок

## Why a step's question cannot be asked ($kind is the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = вопросу вида { $kind } нужен прогон не больше чем на { $limit ->
        [one] { $limit } { -dose(case: "acc") }
        [few] { $limit } { -dose(case: "gen") }
        [many] { $limit } { -dose(case: "gen", number: "other") }
       *[other] { $limit } { -dose(case: "gen") }
    }; в этом — { $doses }
lesson-cannot-past-end = в прогоне всего { $events ->
        [one] { $events } событие
        [few] { $events } события
        [many] { $events } событий
       *[other] { $events } события
    }
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = прогон нарушает учёт: { $detail }
lesson-cannot-needs-article = вопросу вида { $kind } нужен цикл из статьи ({ $param })
lesson-cannot-needs-cpython = на вопрос вида { $kind } отвечает выполнение программы шага в CPython
lesson-cannot-no-cancel = после этого момента не отменяется ни одна { -task }: спрашивайте до конца цикла
lesson-cannot-no-double = после этого момента ни одно ожидание не возвращает две { -task(case: "gen") }: сделайте все { -shot(case: "acc", number: "other") } одинаково долгими ({ $code })
lesson-cannot-nothing-returns = после этого момента не возвращается ни одна { -task } { -station(case: "gen") }
lesson-cannot-not-after = спрошенный момент, { $by } с, не позже момента шага, { $now } с
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = вопросу вида { $kind } нужна блокирующая { -station } ({ $param } в { $field })
lesson-cannot-no-finish = { -station } { $station } не заканчивает ни одной { -box(case: "gen") } после этого момента
lesson-cannot-no-open = { -station } { $station } не открывает ни одной { -box(case: "gen") } после этого момента
lesson-cannot-no-failure = поломка не привела к сбою
lesson-cannot-no-station =
    { -station(case: "gen") } { $station } нет: в прогоне { $stations ->
        [one] { $stations } { -station }
        [few] { $stations } { -station(case: "gen") }
        [many] { $stations } { -station(case: "gen", number: "other") }
       *[other] { $stations } { -station(case: "gen") }
    }
lesson-cannot-not-working = у { -station(case: "gen") } { $station } в этот момент нет открытой { -box(case: "gen") }, поэтому сломать её нельзя
lesson-cannot-none-working = ни у одной { -station(case: "gen") } в этот момент нет открытой { -box(case: "gen") }
lesson-cannot-not-broken = { -station(case: "acc") } { $station } не удалось сломать в этот момент
lesson-cannot-sleep-blocking = { -station } { $station } блокирует { -thread(case: "acc") }: её { -task } никогда не спит на { -timer(case: "prep") }
lesson-cannot-not-asleep = { -task } { -station(case: "gen") } { $station } в этот момент не спит на { -timer(case: "prep") }: у неё нет открытой { -box(case: "gen") }, либо она держит { -thread(case: "acc") } или ждёт его
lesson-cannot-none-asleep = ни одна { -task } { -station(case: "gen") } не спит на { -timer(case: "prep") } в этот момент
lesson-cannot-woken-early =
    { -task(case: "acc") } { -station(case: "gen") } { $station } опрашивают { $polls ->
        [one] { $polls } раз
        [few] { $polls } раза
        [many] { $polls } раз
       *[other] { $polls } раза
    } до её следующего { -shot(case: "gen") }: её будит что-то кроме { -timer(case: "gen") } (поломка вручную)
lesson-cannot-no-thread = прогон не хранит записи о { -thread(case: "prep") } в этот момент
lesson-cannot-ready-few =
    в { -ready-queue(case: "prep") } в этот момент { $count ->
        [one] { $count } { -task }
        [few] { $count } { -task(case: "gen") }
        [many] { $count } { -task(case: "gen", number: "other") }
       *[other] { $count } { -task(case: "gen") }
    }; вопросу нужно хотя бы { $least }
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = вопросу вида { $kind } нужен { -supervisor }, ожидающий { -task(case: "acc", number: "other") } { -station(case: "gen", number: "other") } ({ $param })
lesson-cannot-not-after-failure = этот момент не следует за сбоем { -station(case: "gen") }: им должно быть его последнее событие
lesson-cannot-not-returned = { -task } { -station(case: "gen") } { $station } к этому моменту не вернулась
lesson-cannot-nothing-returned = к этому моменту не вернулась ни одна { -task } { -station(case: "gen") }
lesson-cannot-refilled = { -station } { $station } в этот момент не ждёт { -box(case: "gen") }: следующая у неё уже есть
lesson-cannot-refilling = { -supervisor } в этот момент раздаёт новые { -box(case: "acc", number: "other") }: спрашивайте до того, как он начнёт, или когда у каждой { -station(case: "gen") } уже будет своя { -box }

## Which station's task returns next

lesson-next-prompt = { -task(start: "upper") } какой { -station(case: "gen") } вернётся следующей?
# The same string as lot-station-name.
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = { -box } { $box } закончена
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = на { -box(case: "prep") } { $box } случился сбой ({ $error })
lesson-error-spoiled = { -dose } { $shot } из { -box(case: "gen") } испорчена
lesson-error-broken = поломка вручную на { -shot(case: "prep") } { $shot }
# $doses is lesson-doses.
lesson-next-rival = у { -station(case: "gen") } { $station } ещё { $doses }
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}На момент шага: { $rivals }.
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = { -task(start: "upper") } { -station(case: "gen") } { $station } вернулась следующей, в { $time } с: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = { -supervisor(start: "upper") }, который следит сразу за всем { -awaited-set(case: "ins") }, просыпается, как только вернулась хоть одна { -task }, и обрабатывает все { -task(case: "acc", number: "other") }, завершённые к этому моменту, включая эту, сразу перезапуская каждую { -station(case: "acc") }.
lesson-sees-all-waiting = При ALL_COMPLETED { -supervisor } сообщает о ней, но не даёт { -station(case: "dat") } новой { -box(case: "gen") }: та простаивает, пока не вернётся вся партия.
lesson-sees-all-restart = Она была последней в своей партии, поэтому при ALL_COMPLETED { -supervisor } сразу дал каждой { -station(case: "dat") } новую { -box(case: "acc") }.
lesson-sees-all-empty = Она была последней в своей партии, а { -depot } был пуст: ни одна { -station } не получила новой { -box(case: "gen") }.
lesson-sees-queue = Колбэк завершения кладёт её в очередь завершений, и { -supervisor } забирает её оттуда.
lesson-sees-article = Цикл из статьи замечает её на одном из своих подсчитанных ожиданий, вместе со всеми { -task(case: "ins", number: "other") }, завершёнными к тому моменту, и сразу перезапускает её { -station(case: "acc") }, остались { -box(number: "other") } или нет.
lesson-sees-taskgroup = { -task(start: "upper") } самой { -box(case: "gen") } сообщает о ней и освобождает { -station(case: "acc") }, а { -task } следующей { -box(case: "gen") }, ждущая у семафора, занимает свободную { -station(case: "acc") } с наименьшим номером.
lesson-sees-taskgroup-last = { -task(start: "upper") } самой { -box(case: "gen") } сообщает о ней и освобождает { -station(case: "acc") }; { -box(case: "gen", number: "other") } не осталось, поэтому { -station } остаётся свободной.
lesson-sees-workers = Воркер { -station(case: "gen") } сам сообщает о ней и берёт из очереди следующую { -box(case: "acc") }.
lesson-sees-workers-last = Воркер { -station(case: "gen") } сам сообщает о ней; очередь пуста, поэтому воркер завершается.

## The tasks the executor runs, as choices and inside sentences (after a
## colon or as a subject; the worker is a task, so every one is feminine
## but the supervisor and the callback).

lesson-task-station = { -task(start: "upper") } { -station(case: "gen") } { $station }
lesson-task-worker = { -task(start: "upper") }-воркер { -station(case: "gen") } { $station }
lesson-task-box = { -task(start: "upper") } { -box(case: "gen") } { $box }
lesson-task-supervisor = { -supervisor(start: "upper") }
lesson-task-callback = Колбэк { -event-loop(case: "gen") }

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -task(start: "upper") } { -station(case: "gen") } { $station } спит до следующего { -shot(case: "gen") }, срок которого — { $time } с (см. { -timer-queue(case: "acc") }). Сколько раз { -executor } опросит её, пока этот { -shot } не будет сделан?
lesson-sleep-polls-none = Ни разу: { -timer } сам делает { -shot(case: "acc") }
lesson-sleep-polls-once = Один раз: когда срабатывает её { -timer }, и этот опрос делает { -shot(case: "acc") }
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms =
    Примерно { $polls ->
        [one] { $polls } раз
        [few] { $polls } раза
        [many] { $polls } раз
       *[other] { $polls } раза
    }: раз в миллисекунду её сна
lesson-sleep-polls-always = Снова и снова, пока не сработает её { -timer }
# $outcome is "shot" or "spoiled" (the poll found the dose spoiled);
# $seconds: the sleep left at the step's moment.
lesson-sleep-polls-explanation =
    { -executor(start: "upper") } опросил { -task(case: "acc") } { -station(case: "gen") } { $station } один раз, в { $time } с, когда сработал её { -timer }: этот опрос { $outcome ->
        [spoiled] обнаружил, что { -dose } испорчена
       *[shot] сделал { -shot(case: "acc") }
    }. За { $seconds } с до этого он не опрашивал её вовсе: спящая { -task } ждёт в { -timer-queue(case: "prep") }, а не в { -ready-queue(case: "prep") }, и ничего не стоит { -thread(case: "dat") }. Тем временем { -thread } выполнил { $turns ->
        [one] { $turns } ход
        [few] { $turns } хода
        [many] { $turns } ходов
       *[other] { $turns } хода
    } других { -task(case: "gen", number: "other") }.

## Which ready task runs next

lesson-next-turn-prompt = Эти { -task(number: "other") } готовы к выполнению: это { -ready-queue }, она показана под { -lot(case: "ins") }. Какая из них займёт { -thread(case: "acc") } следующей?
lesson-next-turn-all = Все сразу
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = Следующий ход достался первой в { -ready-queue(case: "prep") }: { $task }. { -executor(start: "upper") } выполняет { -task(case: "acc", number: "other") } по одной и берёт готовые в том порядке, в каком они стали готовы: первым пришёл — первым ушёл; каждая работает до своего await. За ней ждали: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -task(start: "upper") } { -station(case: "gen") } { $station } только что завершилась с ошибкой. Что сделает { -supervisor }?
lesson-after-failure-stops-run = Остановит весь прогон: ошибка завершает программу
lesson-after-failure-retries = Снова даст { -station(case: "dat") } { $station } ту же { -box(case: "acc") }, чтобы повторить её
lesson-after-failure-new-box = Сообщит об ошибке и сразу даст { -station(case: "dat") } { $station } новую { -box(case: "acc") }
lesson-after-failure-new-box-later = Сообщит об ошибке и даст { -station(case: "dat") } { $station } новую { -box(case: "acc") }, когда вернётся вся партия
lesson-after-failure-station-stops = Сообщит об ошибке; для { -station(case: "gen") } { $station } { -box(case: "gen", number: "other") } не осталось, поэтому она остановится
lesson-after-failure-ignores = Ничего до конца прогона: ошибка ждёт в { -task(case: "prep") }
lesson-after-failure-then-new = { -station } { $station } сразу получила { -box(case: "acc") } { $box }, в { $time } с, и цикл пошёл дальше
lesson-after-failure-then-later = { -station } { $station } дождалась остальных из своей партии и получила { -box(case: "acc") } { $box } в { $time } с
lesson-after-failure-then-stops = для { -station(case: "gen") } { $station } { -box(case: "gen", number: "other") } не осталось, поэтому она остановилась, а остальные продолжили
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = Завершившаяся сбоем { -task } тоже завершена, поэтому { -supervisor } получил её, как любую другую, принял ошибку как её результат и сообщил о ней: { -box } { $box } дала сбой ({ $error }), а оставшиеся в ней { -dose(number: "other") } ({ $wasted }) списаны, а не повторены. Затем { $then }.

## When a station gets its next box

lesson-refill-prompt = { -task(start: "upper") } { -station(case: "gen") } { $station } вернулась. Когда { -station } { $station } получит следующую { -box(case: "acc") }?
lesson-refill-at-once = Сразу: как только её { -task } вернулась
lesson-refill-pause = После фиксированной паузы, что бы ни делали другие { -station(number: "other") }
lesson-refill-batch = Позже: когда вернутся все остальные { -task(number: "other") } её партии
lesson-refill-never = Никогда: на { -depot(case: "prep") } для неё не осталось { -box(case: "gen", number: "other") }
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { -station(start: "upper") } { $station } получила { -box(case: "acc") } { $box } в { $time } с, в тот же миг, когда вернулась её { -task }. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { -station(start: "upper") } { $station } получила { -box(case: "acc") } { $box } только в { $time } с, через { $seconds } с после возврата своей { -task(case: "gen") }, когда вернулась { -task } { -station(case: "gen") } { $last }, последняя в партии. { $supervisor }
lesson-refill-explanation-never = { -station(start: "upper") } { $station } больше не получила ни одной { -box(case: "gen") }: для неё ничего не осталось, поэтому она простаивала до конца прогона.

## How many boxes are done by a time

lesson-boxes-prompt = Сколько { -box(case: "gen", number: "other") } будет закончено к { $by } с?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    К { $by } с { $boxes ->
        [one] была закончена { $boxes } { -box }
        [few] были закончены { $boxes } { -box(case: "gen") }
        [many] было закончено { $boxes } { -box(case: "gen", number: "other") }
       *[other] было закончено { $boxes } { -box(case: "gen") }
    }: на { $more } больше, чем на момент шага, { $now } с.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = ALL_COMPLETED заканчивает этот прогон раньше или позже, чем FIRST_COMPLETED, и насколько?
lesson-all-vs-first-sooner = ALL_COMPLETED заканчивает раньше
lesson-all-vs-first-even = Оба заканчивают с разницей не больше 0,5 %
lesson-all-vs-first-under-5 = ALL_COMPLETED заканчивает позже, меньше чем на 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED заканчивает позже, на 5–20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED заканчивает позже, больше чем на 20 %
lesson-percent-later = на { $percent } % позже
lesson-percent-sooner = на { $percent } % раньше
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED закончил в { $all } с, а FIRST_COMPLETED — в { $first } с: { $difference }. Пока ждали всю партию, { -station(number: "other") } в сумме простаивали { $all_idle } с, а когда каждую { -station(case: "acc") } перезапускают сразу, как только она закончит, — { $first_idle } с.

## A station that blocks the thread

lesson-blocking-prompt = Пока { -station } { $station } обрабатывает свою { -box(case: "acc") }, делают ли другие { -station(number: "other") } хоть один { -shot(case: "acc") }?
lesson-blocking-yes = Да: остальные продолжают делать { -shot(case: "acc", number: "other") }, пока она работает
lesson-blocking-no = Нет: ни одна из них не сделает { -shot(case: "gen") }, пока она не отпустит { -thread(case: "acc") }
lesson-blocking-explanation =
    { -station(start: "upper") } { $station } удерживала { -thread(case: "acc") } с { $from } до { $to } с, а другие { -station(number: "other") } сделали за это время { $shots ->
        [one] { $shots } { -shot(case: "acc") }
        [few] { $shots } { -shot(case: "gen") }
        [many] { $shots } { -shot(case: "gen", number: "other") }
       *[other] { $shots } { -shot(case: "gen") }
    }. Пока { -task } держит { -thread(case: "acc") }, никакая другая { -task } не выполняется и не срабатывает ни один колбэк { -timer(case: "gen") }: остальные получают ход, только когда она его отпустит. { $after ->
        [turn] Здесь они сделали { $between ->
            [one] { $between } { -shot(case: "acc") }
            [few] { $between } { -shot(case: "gen") }
            [many] { $between } { -shot(case: "gen", number: "other") }
           *[other] { $between } { -shot(case: "gen") }
        }, прежде чем { -station } { $station } снова заняла { -thread(case: "acc") }.
        [none] Здесь они не сделали ни одного: { -station } { $station } сразу взяла следующую { -box(case: "acc") } и снова заняла { -thread(case: "acc") }.
       *[last] Это была её последняя { -box }.
    }

## Breaking a station now

lesson-waste-prompt = Если { -station } { $station } сломается сейчас, сколько { -dose(case: "gen", number: "other") } будет списано?
lesson-waste-restarted = { -supervisor } сообщил об ошибке и перезапустил { -station(case: "acc") } с новой { -box(case: "ins") }
lesson-waste-restarted-at = { -supervisor } сообщил об ошибке, а новую { -box(case: "acc") } даст { -station(case: "dat") } только в { $seconds } с, когда снова будет раздавать { -box(case: "acc", number: "other") }
lesson-waste-stopped = { -supervisor } сообщил об ошибке; { -depot } был пуст, поэтому { -station } остановилась
lesson-waste-caught = её { -task } перехватила ошибку и сама сообщила о ней, а { -station } перешла к следующей { -box(case: "dat") }
lesson-waste-caught-stopped = её { -task } перехватила ошибку и сама сообщила о ней; { -box(case: "gen", number: "other") } не осталось, поэтому { -station } остановилась
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above, chosen by who reports the error and when the station
# gets its next box.
lesson-waste-explanation = { -station(start: "upper") } { $station } сломалась, когда в { -box(case: "prep") } { $box } оставалось: { $wasted }. Все они списаны; введённые из этой { -box(case: "gen") } ({ $given }) так и остаются введёнными, а { $then }.

## The article's loop

lesson-vanished-prompt = Когда цикл закончится, сколько { -dose(case: "gen", number: "other") } выпадет из учёта (введённых и не учтённых или выброшенных)?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation =
    Цикл сделал последнее ожидание, и программа завершилась, пока { $tasks ->
        [one] ещё выполнялась { $tasks } { -task }
        [few] ещё выполнялись { $tasks } { -task(case: "gen") }
        [many] ещё выполнялось { $tasks } { -task(case: "gen", number: "other") }
       *[other] ещё выполнялось { $tasks } { -task(case: "gen") }
    }: вызов asyncio.run отменил их посреди { -box(case: "gen") }. Из их { -dose(case: "gen", number: "other") } ({ $vanished }) введены и не учтены: { $unreported }; выброшены вместе с { -box(case: "ins", number: "other") }: { $discarded }.
lesson-printed-prompt = Цикл печатает свой счётчик ожиданий как номер каждой { -box(case: "gen") }. Какой номер, начиная с этого момента, цикл первым напечатает для двух разных { -box(case: "gen", number: "other") }?
lesson-program-lost-prompt = Сколько { -dose(case: "gen", number: "other") } теряет этот { -supervisor }: введённых и не учтённых или выброшенных вместе с { -box(case: "ins", number: "other") }, о которых он так и не сообщил?
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation =
    CPython выполнил его на этих же случайных значениях. Потери в { $boxes ->
        [one] { $boxes } { -box(case: "prep") }
        [few] { $boxes } { -box(case: "prep", number: "other") }
        [many] { $boxes } { -box(case: "prep", number: "other") }
       *[other] { $boxes } { -box(case: "gen") }
    }: { $lost }; из них введены и не учтены: { $unreported }, выброшены или списаны вместе с ними: { $thrown_away }. { -lot(start: "upper") } и журнал показывают каждую { -box(case: "acc") }.
# What the program prints: keep "vaccine box" as written in every language.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } на { -station(case: "prep") } { $station }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation =
    Ожидание { $wait } вернуло сразу { $tasks ->
        [one] { $tasks } { -task(case: "acc") }
        [few] { $tasks } { -task(case: "gen") }
        [many] { $tasks } { -task(case: "gen", number: "other") }
       *[other] { $tasks } { -task(case: "gen") }
    }, поэтому цикл напечатал { $printed } для каждой из них ({ $boxes }) и засчитал одно-единственное ожидание.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = Вы — { -event-loop }. В { -ready-queue(case: "prep") } в порядке поступления стоят: { $queue }. Какую { -task(case: "acc") } вы возобновите?
loop-fire-prompt = Вы — { -event-loop }. Эти { -timer(number: "other") } заведены. Какой из них вы запустите следующим?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [1] { $stations }, срок в { $due } с
        [one] { $stations }, у всех срок в { $due } с
        [few] { $stations }, у всех срок в { $due } с
        [many] { $stations }, у всех срок в { $due } с
       *[other] { $stations }, у всех срок в { $due } с
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = { -ready-queue(start: "upper") } в asyncio работает по принципу «первым пришёл — первым ушёл»: { $task } — первый элемент в ней, с { $since } с ({ $cause }), поэтому { -event-loop } возобновляет его раньше остальных: { $behind }.{ $supervisor }
loop-nothing = {""}
# $task: the station's task that finished.
loop-supervisor-behind = {" "}{ -supervisor(start: "upper") } ждёт позади: { $task } завершилась в { $since } с, а asyncio выполняет колбэк завершения завершившейся { -task(case: "gen") } на оборот позже, и только он будит { -supervisor(case: "acc") }.
loop-supervisor-behind-callback = {" "}{ -supervisor(start: "upper") } ждёт позади: колбэк завершения завершившейся { -task(case: "gen") } разбудил его в { $since } с, а asyncio выполняет этот колбэк на оборот позже окончания { -task(case: "gen") }.
# Why a task is in the ready queue. -done-callback and -done are said of
# the supervisor; -spawned and -woken of a station's (feminine) task.
loop-cause-done-callback = его разбудил колбэк завершения завершившейся { -task(case: "gen") }
loop-cause-timer = сработал { -timer }
loop-cause-done = { $task } завершилась, и её колбэк завершения разбудил его
loop-cause-spawned = { -supervisor } только что её запустил
loop-cause-woken = её разбудила { $task }
# $stations lists loop-station; $due is in seconds.
loop-fire-why = { -event-loop(start: "upper") } спит до самого раннего срока и запускает { -timer(case: "acc") }, чей срок наступил: { $stations }, в { $due } с. Более поздний срок ждёт своей очереди.
loop-fire-why-tie = Самый ранний срок, { $due } с, общий у: { $stations }. { -event-loop(start: "upper") } запускает все { -timer(case: "acc", number: "other") } с этим сроком за один оборот, и их { -task(number: "other") } попадают в { -ready-queue(case: "acc") } вместе (asyncio берёт { -timer(case: "acc", number: "other") } с одинаковым сроком в порядке своей кучи; эта страница — по номерам { -station(case: "gen", number: "other") }).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    { -task(start: "upper") } удерживала { -thread(case: "acc") } до { $now } с, дольше самого раннего срока ({ $due } с). Когда она его отпустила, { -event-loop } запустил все { -timer(case: "acc", number: "other") }, чей срок наступил, начиная с самого раннего: { $count ->
        [1] { $stations }
        [one] { $stations }, в этом порядке
        [few] { $stations }, в этом порядке
        [many] { $stations }, в этом порядке
       *[other] { $stations }, в этом порядке
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = вопрос вида { $kind } задаёт выбор за выбором, в своей собственной панели
# $found is the value in the file.
lesson-error-decisions = ожидалось число выборов от 1 до { $limit }, найдено: { $found }
lesson-error-flag = ожидалось true или false, найдено: { $found }
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = Выбор { $number } из { $count }
loop-kind-resume = Возобновите { -task(case: "acc") }.
loop-kind-fire = Запустите { -timer(case: "acc") }.
# $answer is the option asyncio takes.
loop-asyncio-would = asyncio поступает иначе: он выбирает «{ $answer }».
loop-next = Следующий выбор
loop-done =
    { $count ->
        [one] Вы сделали { $count } выбор за { -event-loop(case: "acc") }
        [few] Вы сделали { $count } выбора за { -event-loop(case: "acc") }
        [many] Вы сделали { $count } выборов за { -event-loop(case: "acc") }
       *[other] Вы сделали { $count } выбора за { -event-loop(case: "acc") }
    }; так же, как asyncio: { $right }.
loop-none = С этого момента до конца прогона { -event-loop(case: "dat") } не из чего выбирать: готова не больше чем одна { -task }, и ждёт не больше чем один { -timer }.
loop-mode-title = Вы — { -event-loop }
loop-mode-intro = Прогон останавливается на каждом выборе, который делает { -event-loop }. Выберите, что он сделает; страница сверит выбор с правилами asyncio, и прогон продолжится с верного варианта.
# A step's name in results: $title is the lesson's.
results-step-name = { $title }, шаг { $number } из { $steps }
lesson-confidence = Насколько вы уверены?
lesson-confidence-guess = Наугад
lesson-confidence-fairly-sure = Довольно уверенно
lesson-confidence-sure = Уверенно
lesson-reason = Почему? Одной строкой:
    .placeholder = потому что…
lesson-your-reason = Ваше объяснение:
results-download = Скачать мои результаты
    .title = Все ответы этого урока одним файлом JSON (записи xAPI) для обзора класса у вашего учителя; ничто не покидает ваш браузер, пока вы сами его не отправите.
lesson-summary-loop = Игра за { -event-loop(case: "acc") }: { $right } из { $asked ->
        [one] { $asked } выбора
        [few] { $asked } выборов
        [many] { $asked } выборов
       *[other] { $asked } выбора
    } так же, как в asyncio.
loop-queue-note = Панель { -thread(case: "gen") } под { -lot(case: "ins") } показывает { -thread(case: "acc") } на момент последнего события; { -event-loop } делает выбор после него.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Один { -thread }, много { -task(case: "gen", number: "other") }
lesson-one-thread-step-1 = Три { -station(case: "gen") } вакцинации делят один { -thread(case: "acc") }. Каждая { -station } обрабатывает свою { -box(case: "acc") } { -dose(case: "gen", number: "other") } как асинхронная { -task }: на каждый { -shot(case: "acc") } она спит столько, сколько он длится, а затем делает его. Параллельно здесь не выполняется ничего. { -executor(start: "upper") } выполняет { -task(case: "acc", number: "other") } по одной, и { -task } работает, только пока не дойдёт до await. { -supervisor(start: "upper") } открыл по { -box(case: "dat") } на каждой { -station(case: "prep") } и теперь ждёт, когда первая { -task } закончит работу.
lesson-one-thread-step-2 = Во { -awaited-set(case: "prep") } по одной { -task(case: "dat") } на каждую { -station(case: "acc") }, а { -timer-queue } хранит момент, когда должна проснуться каждая спящая { -task }. { -supervisor(start: "upper") } тоже спит: он ждёт, когда завершится первая из этих { -task(case: "gen", number: "other") }.
lesson-one-thread-step-3 = { -station(start: "upper") } 3 ввела последнюю { -dose(case: "acc") } из своей { -box(case: "gen") }: её { -task } вернулась, и { -supervisor }, ожидающий { -task(case: "acc", number: "other") } { -station(case: "gen", number: "other") }, проснулся ради этой одной { -task(case: "gen") } и сообщил о её { -box(case: "prep") }. Две другие { -task(case: "gen") } ещё выполняются. { -awaited-set(start: "upper") } не фиксировано: оно меняется по ходу прогона.
lesson-one-thread-step-4 = { -inspector(start: "upper") } показывает опросы и пробуждения каждой { -task(case: "gen") }. { -task(start: "upper", case: "acc") } опрашивают, когда она стартует, и каждый раз, когда её будит { -timer }; в промежутках она бездействует и ничего не занимает. Вот почему один { -thread } может обслуживать много { -station(case: "gen", number: "other") }: почти всё время все { -task(number: "other") } спят.
lesson-one-thread-step-5 = { -depot(start: "upper") } только что выдал последнюю { -box(case: "acc") }. С этого момента { -supervisor } не запускает новых { -task(case: "gen", number: "other") }: он только ждёт те, что ещё выполняются, и каждая { -station } останавливается, когда закончена её последняя { -box }.
lesson-one-thread-step-6 = Прогон окончен. Каждая { -dose } учтена: введённые и списанные { -dose(number: "other") } в сумме дают все { -dose(case: "acc", number: "other") } { -depot(case: "gen") }. Проиграйте любой шаг снова или измените параметры и посмотрите, как тот же цикл справляется с большим числом { -station(case: "gen", number: "other") }.
lesson-one-thread-summary = Конкурентность в одном { -thread(case: "prep") }: { -task(number: "other") } выполняются по очереди, и { -task } работает, только пока не дойдёт до await. Спящая { -task } ничего не стоит, поэтому один { -event-loop } держит занятыми много { -station(case: "gen", number: "other") }, а { -supervisor } обрабатывает каждую { -task(case: "acc") }, как только она завершится.

lesson-failure-title = Ошибки как значения
lesson-failure-step-1 = В этом прогоне { -dose } может испортиться: каждый { -shot } с небольшой вероятностью даёт сбой, и тогда { -task } { -station(case: "gen") } завершается ошибкой вместо счёта. В Rust { -task } возвращает значение Err. В asyncio корутина выбрасывает исключение, и { -task } хранит его, пока кто-нибудь не запросит её результат.
lesson-failure-step-2 = { -task(start: "upper") } { -station(case: "gen") } 1 только что дала сбой: { -dose } 17 из её { -box(case: "gen") } испортилась, и { -task } завершилась ошибкой вместо счёта. { -task(start: "upper") }, давшая сбой, тоже завершена: для { -supervisor(case: "gen") }, который ждёт завершения первой { -task(case: "gen") }, ошибка — такой же результат, как любой другой.
lesson-failure-step-3 = { -supervisor(start: "upper") } забрал ошибку у завершённой { -task(case: "gen") } и сообщил о ней. { -dose(start: "upper", number: "other") }, оставшиеся в сбойной { -box(case: "prep") }, считаются списанными, а не потерянными, и { -station } начинает заново с новой { -box(case: "ins") } со { -depot(case: "gen") }. Прочитайте журнал: в записи о сбое названы { -station }, { -box } и испорченная { -dose }.
lesson-failure-step-4 = Вы можете сами сломать { -station(case: "acc") }: щёлкните работающую { -station(case: "acc") } на { -lot(case: "prep") } или переведите на неё фокус и нажмите Enter. { -supervisor(start: "upper") } обрабатывает такую ошибку точно так же, как испорченную { -dose(case: "acc") }. Прежде чем пробовать, предскажите, во что обойдётся поломка { -station(case: "gen") } 1 прямо сейчас.
lesson-failure-step-5 = Статистика: введённые { -dose(number: "other") }, списанные { -dose(number: "other") } и { -box(number: "other") } со сбоем. Что бы ни сломалось, учёт сходится: введённые { -dose(number: "other") }, списанные и ещё лежащие в открытых { -box(case: "prep", number: "other") } всегда в сумме дают все { -dose(case: "acc", number: "other") }, взятые со { -depot(case: "gen") }.
lesson-failure-step-6 = В коде { -supervisor } смотрит на результат каждой завершённой { -task(case: "gen") }: счёт при успехе, ошибка при сбое, и в любом случае { -station } получает новую { -box(case: "acc") }, пока она есть на { -depot(case: "prep") }. Сбой никогда не останавливает цикл, потому что ошибка приходит как значение, которое { -supervisor } обрабатывает.
lesson-failure-summary = Ошибка — такой же результат, как любой другой: давшая сбой { -task } завершена, { -supervisor } получает её ошибку как значение, списывает оставшиеся в { -box(case: "prep") } { -dose(case: "acc", number: "other") } и перезапускает { -station(case: "acc") }, а цикл продолжается.

lesson-blocking-title = { -task(start: "upper") }, которая никогда не делает await
lesson-blocking-step-1 = { -station(start: "upper") } 1 написана неправильно: на каждый { -shot(case: "acc") } она спит блокирующим вызовом (time.sleep в Python, std::thread::sleep в Rust; движок изображает его, двигая свои часы и не отпуская { -thread(case: "acc") }) вместо того, чтобы ждать sleep через await. Блокирующий вызов удерживает { -thread(case: "acc") }. { -station(start: "upper", number: "other") } 2 и 3 написаны как прежде, и все три { -task(case: "gen") } были запущены вместе.
lesson-blocking-step-2 = { -station(start: "upper") } 1 только что отпустила { -thread(case: "acc") }: её { -box } закончена, и её { -task } вернулась. { -station(start: "upper", number: "other") } 2 и 3 не сделали ни одного { -shot(case: "gen") }: { -station } 1 выполнялась первой и удерживала { -thread(case: "acc") } ещё до того, как их { -task(number: "other") } успели начать свой первый sleep. Они начинают его сейчас, а { -supervisor } запускает { -station(case: "acc") } 1 с новой { -box(case: "ins") }, которая выполнится раньше, чем истекут их { -timer(number: "other") }. Посмотрите на панель «{ -executor(start: "upper") }»: { -awaited-set } и { -timer-queue }.
lesson-blocking-step-3 = { -station(start: "upper") } 1 снова отпустила { -thread(case: "acc") }, после своей второй { -box(case: "gen") }. Пока она его удерживала, { -timer(number: "other") } { -station(case: "gen", number: "other") } 2 и 3 истекли; когда она его отпустила, они сработали, и их { -task(number: "other") } теперь ждут в { -ready-queue(case: "prep") }, которая показана под { -lot(case: "ins") }. { -thread(start: "upper") } занят { -supervisor(case: "ins") }: он только что дал { -station(case: "dat") } 1 её следующую { -box(case: "acc") }.
lesson-blocking-step-4 = { -station(start: "upper", number: "other") } 2 и 3 почти не сделали { -shot(case: "gen", number: "other") }: каждая делает по одному { -shot(case: "dat") } на каждую { -box(case: "acc") } { -station(case: "gen") } 1. Каждый раз, когда { -station } 1 отпускает { -thread(case: "acc") }, истёкшие за это время { -timer(number: "other") } срабатывают вместе, { -station(number: "other") } 2 и 3 делают по одному ходу, и следующая { -box } { -station(case: "gen") } 1 снова занимает { -thread(case: "acc") }.
lesson-blocking-step-5 = { -station(start: "upper") } 1 закончила свою последнюю { -box(case: "acc") } раньше, чем остальные закончили первую. Посмотрите на { -thread(case: "acc") } под { -lot(case: "ins") }: его полоса последних ходов показывает, кто выполнялся и как долго. Ходы { -station(case: "gen") } 1 длятся секунды, каждый — целая { -box }; между ними { -station(number: "other") } 2 и 3 делают по одному ходу длиной в один { -shot(case: "acc") }, что не занимает вовсе никакого времени.
lesson-blocking-step-6 = Исправление — ждать через await такой sleep, который отдаёт { -thread(case: "acc") }: в Python — await asyncio.sleep(...) вместо time.sleep(...), одно ключевое слово и другая функция; в Rust — sleep среды выполнения с await. Тогда { -station } отдаёт { -thread(case: "acc") } на каждом { -shot(case: "prep") }, и остальные выполняются, пока она ждёт. Любой блокирующий вызов вредит так же: чтение файла, медленное вычисление, сетевой вызов без await.
lesson-blocking-summary = { -task(start: "upper") }, которая никогда не делает await, удерживает { -thread(case: "acc") }, и никакая другая { -task } не выполняется, пока она его не отпустит. Ждите через await, а не блокируйте, чтобы остальные выполнялись, пока { -task } ждёт.

lesson-policies-title = Ждать первую или все
lesson-policies-step-1 = { -station(start: "upper", number: "other") } работают с разной скоростью: { -station } 1 делает { -shot(case: "acc", number: "other") } вдвое быстрее { -station(case: "gen") } 2, а { -station } 3 — вдвое медленнее { -station(case: "gen") } 2. { -supervisor(start: "upper") } ждёт первую завершившуюся { -task(case: "acc") } (FIRST_COMPLETED) и сразу перезапускает эту { -station(case: "acc") }. А что, если бы он ждал все (ALL_COMPLETED), прежде чем пополнить хоть одну?
lesson-policies-step-2 = Теперь то же зерно при ALL_COMPLETED: { -supervisor } ждёт всю партию запущенных им { -task(case: "gen", number: "other") }. { -station(start: "upper") } 1 первой закончила свою { -box(case: "acc") }, и { -supervisor } сообщил о ней.
lesson-policies-step-3 = { -task(start: "upper") } { -station(case: "gen") } 2 тоже вернулась, и о её { -box(case: "prep") } сообщено. { -station(start: "upper") } 3, самая медленная, всё ещё работает над первой { -box(case: "ins") }. { -awaited-set(start: "upper") } показывает, чего ждёт { -supervisor }.
lesson-policies-step-4 = Графики воспроизводят то же зерно при каждой стратегии. Время с открытой { -box(case: "ins") } показывает, где ALL_COMPLETED проигрывает: быстрые { -station(number: "other") } в каждой партии ждут самую медленную.
lesson-policies-step-5 = Третий путь: { -task } каждой { -station(case: "gen") } отправляет свой результат в очередь, а { -supervisor } забирает результаты из очереди в порядке поступления. Это тот же прогон, что и с FIRST_COMPLETED, { -box } в { -box(case: "acc") } и микросекунда в микросекунду, только записанный иначе. Сравните код обоих.
lesson-policies-summary = То, как { -supervisor } ждёт, решает, как используются { -station(number: "other") }: FIRST_COMPLETED пополняет каждую { -station(case: "acc") }, как только она закончит, а ALL_COMPLETED оставляет быстрые простаивать, пока не закончит самая медленная в партии.

lesson-article-title = Цикл из статьи, со всеми ошибками
lesson-article-step-1 = Этот прогон в точности повторяет логику классической статьи об asyncio. Её цикл не считает { -box(case: "acc", number: "other") }: он считает, сколько раз ждал { -awaited-set(case: "acc") }, и останавливается после стольких ожиданий, сколько есть { -box(case: "gen", number: "other") }. Каждая { -task }, которую он застаёт завершённой, сразу получает новую { -box(case: "acc") }, остались они или нет.
lesson-article-step-2 = Цикл близок к своему последнему ожиданию, и каждая { -station } находится посреди { -box(case: "gen") }. Когда это ожидание вернётся, программа завершится, и asyncio.run отменит каждую { -task(case: "acc") }, которая ещё выполняется. Предскажите, во что это обойдётся.
lesson-article-step-3 = { -depot(start: "upper") } показывает { -box(case: "acc", number: "other") }, взятые сверх запаса: цикл перезапускал { -task(case: "acc", number: "other") } и после того, как последняя { -box } ушла. Статистика считает исчезнувшие { -dose(case: "acc", number: "other") }: введённые отменёнными { -task(case: "ins", number: "other") }, о которых так и не сообщили, и те, что остались в их { -box(case: "prep", number: "other") } и были выброшены.
lesson-article-step-4 = Теперь каждый { -shot } длится ровно 100 мс, поэтому три { -station(case: "gen") } заканчивают каждую { -box(case: "acc") } в один и тот же миг, и одно ожидание возвращает все три { -task(case: "gen") }. Цикл печатает свой счётчик ожиданий там, где должен быть номер { -box(case: "gen") }.
lesson-article-step-5 = Каждый номер появляется трижды, и цикл сообщает о трёх { -box(case: "prep", number: "other") } за ожидание: после своих шести ожиданий он сообщил о восемнадцати { -box(case: "prep", number: "other") } при { -depot(case: "prep") } на шесть. Сравнение воспроизводит то же зерно при каждой стратегии: точные { -supervisor(number: "other") } открывают шесть { -box(case: "gen", number: "other") } и ничего не теряют.
lesson-article-step-6 = Тот же прогон при FIRST_COMPLETED, как его записывает { -supervisor } этого приложения: он считает { -box(case: "acc", number: "other") }, перезапускает { -station(case: "acc") }, только пока на { -depot(case: "prep") } есть { -box }, и перед возвратом ждёт { -station(case: "acc", number: "other") }, которые ещё работают. Каждая { -dose } введена и учтена.
lesson-article-summary = Считайте то, что хотите посчитать: цикл из статьи считает ожидания вместо { -box(case: "gen", number: "other") }, поэтому берёт { -box(case: "acc", number: "other") } сверх запаса { -depot(case: "gen") }, печатает номера ожиданий как номера { -box(case: "gen", number: "other") }, а его выход отменяет { -task(case: "acc", number: "other") }, чьи { -dose(number: "other") } так и не попадают в учёт.

lesson-own-supervisor-title = Напишите свой { -supervisor(case: "acc") }
lesson-own-supervisor-step-1 = Здесь цикл из классической статьи — ваша собственная программа: панель Python показывает её в редакторе, а CPython выполняет её на { -station(case: "prep", number: "other") } и случайных значениях этого прогона. Она запускает по { -task(case: "dat") } на каждую { -station(case: "acc") }, ждёт фиксированное число раз и перезапускает каждую { -station(case: "acc") }, которую застаёт завершённой. Предскажите, прежде чем смотреть: сколько она теряет?
lesson-own-supervisor-step-2 = Этот { -supervisor } запускает по { -task(case: "dat") } на каждую { -station(case: "acc") } и не ждёт ни одну из них; он только спит. { -task(start: "upper") } выполняется, даже если никто не ждёт её через await: { -event-loop } всё равно её выполняет. Но никто не забирает её результат, поэтому никто не сообщает о её { -box(case: "prep") }.
lesson-own-supervisor-step-3 = Исправление: ждать, пока выполняется хоть одна { -task }, сколько бы ожиданий это ни заняло, сообщать о каждой { -task(case: "prep") } в каждом множестве завершённых и перезапускать { -station(case: "acc") }, только пока на { -depot(case: "prep") } есть { -box }. Предскажите, что теряет этот { -supervisor }.
lesson-own-supervisor-step-4 = Этот тоже сообщает о каждой { -box(case: "prep") }, но после каждого сообщения делает паузу через time.sleep. Ничего не теряется, и всё же посмотрите на замечания под его результатом. Пока { -supervisor } так спит, он удерживает единственный { -thread(case: "acc") }, и ни одна { -station } не делает { -shot(case: "gen", number: "other") }. Сравните, когда заканчивается его прогон, с предыдущим.
lesson-own-supervisor-step-5 = Теперь ваша программа — это { -supervisor } FIRST_COMPLETED движка, строка в строку. Кнопка под её результатом сравнивает два прогона событие за событием на одних и тех же случайных значениях. Измените программу в редакторе, запустите её снова и посмотрите, где они разойдутся.
lesson-own-supervisor-summary = { -supervisor(start: "upper") } отвечает за каждую { -task(case: "acc") }, которую запускает: он ждёт каждую, смотрит на её результат и возвращается, только когда не выполняется ни одна. { -task(start: "upper") }, которую никто не ждёт, всё равно выполняется, но то, что она делает, выпадает из учёта.

lesson-exercises-title = Упражнения
lesson-exercises-step-1 = Ваша очередь: этот { -supervisor } ждёт, только пока заняты все { -station(number: "other") }. Как только одна из них находит { -depot(case: "acc") } пустым, он возвращается, и asyncio.run отменяет { -task(case: "acc", number: "other") }, которые ещё делают { -shot(case: "acc", number: "other") }. Меняйте его в редакторе, пока он не станет сообщать о каждой { -box(case: "prep") } и не терять ни одной { -dose(case: "gen") }, затем нажмите «{ own-run }». Цель под этим текстом проверяет каждый ваш запуск.
lesson-exercises-step-2 = Этот { -supervisor } ничего не теряет, но после каждого сообщения делает паузу через time.sleep, которая удерживает единственный { -thread(case: "acc") }: ни одна { -station } в это время не делает { -shot(case: "gen", number: "other") }. Вы пишете только { -supervisor(case: "acc") } ({ -station(number: "other") } принадлежат странице), так что здесь блокирующий вызов — в { -supervisor(case: "prep") }. Сделайте так, чтобы он делал паузу, не удерживая { -thread(case: "acc") }, и снова нажмите «{ own-run }».
lesson-exercises-step-3 = При ALL_COMPLETED каждая партия { -box(case: "gen", number: "other") } ждёт свою самую медленную, а { -station } 3 работает вдвое медленнее. Опустошите тот же { -depot(case: "acc") } быстрее: измените стратегию, { -station(case: "acc", number: "other") } или их скорости в разделе «{ params-form }» внизу страницы, примените их и проиграйте прогон до конца. Цель проверяет прогон на экране.
lesson-exercises-summary = Упражнение проверяется на вашем собственном прогоне, а не вручную: CPython выполняет ваш { -supervisor(case: "acc") } на случайных значениях движка, а страница подсчитывает каждую { -box(case: "acc") } и { -dose(case: "acc") }, о которых он сообщает, каждый блокирующий вызов и то, сколько времени уходит на { -depot(case: "acc") }.

lesson-event-loop-title = Вы — { -event-loop }
lesson-event-loop-step-1 = На этот раз { -event-loop } — это вы. { -supervisor(start: "upper") } только что запустил { -task(case: "acc", number: "other") } трёх { -station(case: "gen", number: "other") }; { -station(number: "other") } 1 и 2 тратят 0,2 с на { -shot(case: "acc") }, { -station } 3 — 0,4 с. На каждом выборе, который делает { -event-loop }, выберите, что он сделает: какую готовую { -task(case: "acc") } возобновит или, если готовых нет, какой { -timer(case: "acc") } запустит. Каждый выбор сверяется с правилами asyncio, и прогон продолжается с верного.
lesson-event-loop-step-2 = { -station(start: "upper", number: "other") } 1 и 2 вот-вот сделают последний { -shot(case: "acc") } из своих { -box(case: "gen", number: "other") }. Сыграйте за { -event-loop(case: "acc") } ещё раз: следите, кого будят, когда { -task } { -station(case: "gen") } завершается, и куда она встаёт в { -ready-queue(case: "prep") }.
lesson-event-loop-step-3 = Другой прогон: теперь { -station } 2 блокирует { -thread(case: "acc") } на всю свою { -box(case: "acc") }, 0,6 с, блокирующим вызовом вместо await. { -timer(start: "upper", number: "other") } { -station(case: "gen", number: "other") } 1 и 3 истекают, пока она удерживает { -thread(case: "acc") }. Какой из них { -event-loop } запустит, когда снова получит { -thread(case: "acc") }, и что он возобновит?
lesson-event-loop-step-4 = Назад к первому прогону, теперь наблюдая, а не играя: панель { -thread(case: "gen") } под { -lot(case: "ins") } показывает { -ready-queue(case: "acc") } на каждом событии любого прогона, начиная с головы. Сроки { -station(case: "gen", number: "other") } 1 и 2 снова наступили одновременно, и срок { -station(case: "gen") } 3 — вместе с ними.
lesson-event-loop-step-5 = В этом вся работа { -event-loop(case: "gen") }: обрабатывать { -ready-queue(case: "acc") } с начала, а когда она пуста, спать до самого раннего { -timer(case: "gen") }. Панель { -thread(case: "gen") } под { -lot(case: "ins") } показывает ту же { -ready-queue(case: "acc") } в каждый момент любого прогона; откройте { -lot(case: "acc") } с loop=1 в адресе, чтобы и дальше играть за { -event-loop(case: "acc") } на собственном прогоне.
lesson-event-loop-summary = { -event-loop(start: "upper") } делает выбор двух видов, и ни один из них не зависит от { -task(case: "gen", number: "other") }. Он возобновляет готовые { -task(case: "acc", number: "other") } в том порядке, в каком они стали готовы: первым пришёл — первым ушёл; когда готовых нет, он спит до самого раннего срока и запускает все { -timer(case: "acc", number: "other") } с этим сроком за один оборот. Завершившаяся { -task } будит ждущую её только через колбэк завершения, на оборот позже, а блокирующая { -task } заставляет все { -timer(case: "acc", number: "other") }, истёкшие тем временем, ждать, пока она не отпустит { -thread(case: "acc") }.
