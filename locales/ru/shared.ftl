# Names several areas of the page use.

## Glossary
## One word per thing: every message and lesson text uses these terms.
## Parameters: case (nom, gen, dat, acc, ins, prep; default nom),
## number (one, other; default one), start (upper: capital letter;
## default lower). A count picks the form in its message: 1 доза (nom),
## 2 дозы (gen), 5 доз (gen, other), 1,5 дозы (gen). A "Not:" line lists
## words no message may write out: they go through the term.

# The parking lot (f). case, start.
# Not: парковк, Парковк, стоянк, Стоянк
-lot =
    { $start ->
        [upper]
            { $case ->
                [gen] Парковки
                [dat] Парковке
                [acc] Парковку
                [ins] Парковкой
                [prep] Парковке
               *[nom] Парковка
            }
       *[lower]
            { $case ->
                [gen] парковки
                [dat] парковке
                [acc] парковку
                [ins] парковкой
                [prep] парковке
               *[nom] парковка
            }
    }

# A vaccination station (f). case, number, start.
# Not: станци, Станци, пункт вакцинации
-station =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Станций
                        [dat] Станциям
                        [acc] Станции
                        [ins] Станциями
                        [prep] Станциях
                       *[nom] Станции
                    }
               *[one]
                    { $case ->
                        [gen] Станции
                        [dat] Станции
                        [acc] Станцию
                        [ins] Станцией
                        [prep] Станции
                       *[nom] Станция
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] станций
                        [dat] станциям
                        [acc] станции
                        [ins] станциями
                        [prep] станциях
                       *[nom] станции
                    }
               *[one]
                    { $case ->
                        [gen] станции
                        [dat] станции
                        [acc] станцию
                        [ins] станцией
                        [prep] станции
                       *[nom] станция
                    }
            }
    }

# A box of doses, the unit of work (f). case, number, start.
# Not: коробк, Коробк, коробок, Коробок, упаковк, ящик
-box =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Коробок
                        [dat] Коробкам
                        [acc] Коробки
                        [ins] Коробками
                        [prep] Коробках
                       *[nom] Коробки
                    }
               *[one]
                    { $case ->
                        [gen] Коробки
                        [dat] Коробке
                        [acc] Коробку
                        [ins] Коробкой
                        [prep] Коробке
                       *[nom] Коробка
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] коробок
                        [dat] коробкам
                        [acc] коробки
                        [ins] коробками
                        [prep] коробках
                       *[nom] коробки
                    }
               *[one]
                    { $case ->
                        [gen] коробки
                        [dat] коробке
                        [acc] коробку
                        [ins] коробкой
                        [prep] коробке
                       *[nom] коробка
                    }
            }
    }

# Where the boxes wait to be handed out (m). case, start.
# Not: склад, Склад, хранилищ
-depot =
    { $start ->
        [upper]
            { $case ->
                [gen] Склада
                [dat] Складу
                [acc] Склад
                [ins] Складом
                [prep] Складе
               *[nom] Склад
            }
       *[lower]
            { $case ->
                [gen] склада
                [dat] складу
                [acc] склад
                [ins] складом
                [prep] складе
               *[nom] склад
            }
    }

# One dose in a box (f). case, number, start.
# Not: доз, Доз
-dose =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Доз
                        [dat] Дозам
                        [acc] Дозы
                        [ins] Дозами
                        [prep] Дозах
                       *[nom] Дозы
                    }
               *[one]
                    { $case ->
                        [gen] Дозы
                        [dat] Дозе
                        [acc] Дозу
                        [ins] Дозой
                        [prep] Дозе
                       *[nom] Доза
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] доз
                        [dat] дозам
                        [acc] дозы
                        [ins] дозами
                        [prep] дозах
                       *[nom] дозы
                    }
               *[one]
                    { $case ->
                        [gen] дозы
                        [dat] дозе
                        [acc] дозу
                        [ins] дозой
                        [prep] дозе
                       *[nom] доза
                    }
            }
    }

# Giving one dose, "0,2 с на укол" (m). case, number, start.
# Not: укол, Укол, прививк, Прививк, инъекци
-shot =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Уколов
                        [dat] Уколам
                        [acc] Уколы
                        [ins] Уколами
                        [prep] Уколах
                       *[nom] Уколы
                    }
               *[one]
                    { $case ->
                        [gen] Укола
                        [dat] Уколу
                        [acc] Укол
                        [ins] Уколом
                        [prep] Уколе
                       *[nom] Укол
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] уколов
                        [dat] уколам
                        [acc] уколы
                        [ins] уколами
                        [prep] уколах
                       *[nom] уколы
                    }
               *[one]
                    { $case ->
                        [gen] укола
                        [dat] уколу
                        [acc] укол
                        [ins] уколом
                        [prep] уколе
                       *[nom] укол
                    }
            }
    }

# An async task (f). case, number, start.
# Not: задач, Задач, таск
-task =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Задач
                        [dat] Задачам
                        [acc] Задачи
                        [ins] Задачами
                        [prep] Задачах
                       *[nom] Задачи
                    }
               *[one]
                    { $case ->
                        [gen] Задачи
                        [dat] Задаче
                        [acc] Задачу
                        [ins] Задачей
                        [prep] Задаче
                       *[nom] Задача
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] задач
                        [dat] задачам
                        [acc] задачи
                        [ins] задачами
                        [prep] задачах
                       *[nom] задачи
                    }
               *[one]
                    { $case ->
                        [gen] задачи
                        [dat] задаче
                        [acc] задачу
                        [ins] задачей
                        [prep] задаче
                       *[nom] задача
                    }
            }
    }

# The supervisor that awaits and restarts the stations' tasks (m,
# inanimate: acc = nom). case, number, start.
# Not: супервизор, Супервизор, надзирател
-supervisor =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Супервизоров
                        [dat] Супервизорам
                        [acc] Супервизоры
                        [ins] Супервизорами
                        [prep] Супервизорах
                       *[nom] Супервизоры
                    }
               *[one]
                    { $case ->
                        [gen] Супервизора
                        [dat] Супервизору
                        [acc] Супервизор
                        [ins] Супервизором
                        [prep] Супервизоре
                       *[nom] Супервизор
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] супервизоров
                        [dat] супервизорам
                        [acc] супервизоры
                        [ins] супервизорами
                        [prep] супервизорах
                       *[nom] супервизоры
                    }
               *[one]
                    { $case ->
                        [gen] супервизора
                        [dat] супервизору
                        [acc] супервизор
                        [ins] супервизором
                        [prep] супервизоре
                       *[nom] супервизор
                    }
            }
    }

# The executor, Rust's loop that polls tasks; the panel's heading (m,
# inanimate). case, start.
# Not: исполнител, Исполнител, экзекутор, Экзекутор
-executor =
    { $start ->
        [upper]
            { $case ->
                [gen] Исполнителя
                [dat] Исполнителю
                [acc] Исполнитель
                [ins] Исполнителем
                [prep] Исполнителе
               *[nom] Исполнитель
            }
       *[lower]
            { $case ->
                [gen] исполнителя
                [dat] исполнителю
                [acc] исполнитель
                [ins] исполнителем
                [prep] исполнителе
               *[nom] исполнитель
            }
    }

# The task inspector panel (m, inanimate). case, start.
# Not: инспектор, Инспектор
-inspector =
    { $start ->
        [upper]
            { $case ->
                [gen] Инспектора задач
                [dat] Инспектору задач
                [acc] Инспектор задач
                [ins] Инспектором задач
                [prep] Инспекторе задач
               *[nom] Инспектор задач
            }
       *[lower]
            { $case ->
                [gen] инспектора задач
                [dat] инспектору задач
                [acc] инспектор задач
                [ins] инспектором задач
                [prep] инспекторе задач
               *[nom] инспектор задач
            }
    }

# asyncio's event loop (m). case, start.
# Not: цикл событий, цикла событий, циклу событий, циклом событий, цикле событий, Цикл событий, событийный цикл
-event-loop =
    { $start ->
        [upper]
            { $case ->
                [gen] Цикла событий
                [dat] Циклу событий
                [acc] Цикл событий
                [ins] Циклом событий
                [prep] Цикле событий
               *[nom] Цикл событий
            }
       *[lower]
            { $case ->
                [gen] цикла событий
                [dat] циклу событий
                [acc] цикл событий
                [ins] циклом событий
                [prep] цикле событий
               *[nom] цикл событий
            }
    }

# The one thread everything runs on (m). case, start.
# Not: поток, Поток
-thread =
    { $start ->
        [upper]
            { $case ->
                [gen] Потока
                [dat] Потоку
                [acc] Поток
                [ins] Потоком
                [prep] Потоке
               *[nom] Поток
            }
       *[lower]
            { $case ->
                [gen] потока
                [dat] потоку
                [acc] поток
                [ins] потоком
                [prep] потоке
               *[nom] поток
            }
    }

# A timer: wakes a task at its deadline (m). case, number, start.
# Not: таймер, Таймер
-timer =
    { $start ->
        [upper]
            { $number ->
                [other]
                    { $case ->
                        [gen] Таймеров
                        [dat] Таймерам
                        [acc] Таймеры
                        [ins] Таймерами
                        [prep] Таймерах
                       *[nom] Таймеры
                    }
               *[one]
                    { $case ->
                        [gen] Таймера
                        [dat] Таймеру
                        [acc] Таймер
                        [ins] Таймером
                        [prep] Таймере
                       *[nom] Таймер
                    }
            }
       *[lower]
            { $number ->
                [other]
                    { $case ->
                        [gen] таймеров
                        [dat] таймерам
                        [acc] таймеры
                        [ins] таймерами
                        [prep] таймерах
                       *[nom] таймеры
                    }
               *[one]
                    { $case ->
                        [gen] таймера
                        [dat] таймеру
                        [acc] таймер
                        [ins] таймером
                        [prep] таймере
                       *[nom] таймер
                    }
            }
    }

# The ready queue: woken tasks waiting for the thread (f). case, start.
# Not: очередь готовых, очереди готовых, очередью готовых, Очередь готовых
-ready-queue =
    { $start ->
        [upper]
            { $case ->
                [gen] Очереди готовых задач
                [dat] Очереди готовых задач
                [acc] Очередь готовых задач
                [ins] Очередью готовых задач
                [prep] Очереди готовых задач
               *[nom] Очередь готовых задач
            }
       *[lower]
            { $case ->
                [gen] очереди готовых задач
                [dat] очереди готовых задач
                [acc] очередь готовых задач
                [ins] очередью готовых задач
                [prep] очереди готовых задач
               *[nom] очередь готовых задач
            }
    }

# The timer queue (f). case, start.
# Not: очередь таймеров, очереди таймеров, очередью таймеров, Очередь таймеров
-timer-queue =
    { $start ->
        [upper]
            { $case ->
                [gen] Очереди таймеров
                [dat] Очереди таймеров
                [acc] Очередь таймеров
                [ins] Очередью таймеров
                [prep] Очереди таймеров
               *[nom] Очередь таймеров
            }
       *[lower]
            { $case ->
                [gen] очереди таймеров
                [dat] очереди таймеров
                [acc] очередь таймеров
                [ins] очередью таймеров
                [prep] очереди таймеров
               *[nom] очередь таймеров
            }
    }

# The set of tasks the supervisor awaits (n). case, start.
# Not: ожидаемых задач, ожидаемое множество, Множество ожидаемых
-awaited-set =
    { $start ->
        [upper]
            { $case ->
                [gen] Множества ожидаемых задач
                [dat] Множеству ожидаемых задач
                [acc] Множество ожидаемых задач
                [ins] Множеством ожидаемых задач
                [prep] Множестве ожидаемых задач
               *[nom] Множество ожидаемых задач
            }
       *[lower]
            { $case ->
                [gen] множества ожидаемых задач
                [dat] множеству ожидаемых задач
                [acc] множество ожидаемых задач
                [ins] множеством ожидаемых задач
                [prep] множестве ожидаемых задач
               *[nom] множество ожидаемых задач
            }
    }

## The document's title (the browser's tab).

page-title = Вакцинация на { -lot(case: "prep") }: асинхронные { -task(number: "other") } в одном { -thread(case: "prep") }

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = очередь завершений
policy-article = цикл из статьи
policy-taskgroup = TaskGroup + Semaphore
policy-workers = воркеры + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = графики
panel-code = код
