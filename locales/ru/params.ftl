# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names, the values given and the values a reader types ($low,
# $high, words such as first or max) arrive as the URL spells them: keep
# them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = Некоторые параметры ссылки не приняты; вместо них работают значения по умолчанию:
# $setting: the parameter as in the URL (stations=abc); $accepted: one of
# the params-accepted-… texts; $fallback: what runs instead.
params-error = Значение { $setting } не принято: ожидается { $accepted }; вместо него: { $fallback }.

## What a parameter accepts (the form's hints and the errors), in the
## nominative after "ожидается".

params-accepted-whole = целое число от { $low } до { $high }
params-accepted-event-count = целое число событий от { $low }
params-accepted-shot-seconds = время { -shot(case: "gen") } в секундах, от { $low } до { $high }
params-accepted-probability = вероятность от 0 до 1
params-accepted-speed-factors = список множителей скорости через запятую, не более { $max_items ->
        [one] { $max_items } множителя
        [few] { $max_items } множителей
        [many] { $max_items } множителей
       *[other] { $max_items } множителя
    }, каждый от { $low } до { $high }
params-accepted-station-or-none = номер { -station(case: "gen") } от 1 до { $high } или 0, если никакой
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = список пар { $form } через запятую, самое большее { $max_items }
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = список через запятую из значений { $names }{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = число симулированных секунд за секунду, от { $low } до { $high }, или { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $low } не больше { $high }
# $power: a power of ten as the page writes it (10^6).
params-accepted-fits-clock = прогон, который умещается в симулированных часах (не более { $power } с, если каждый { -shot } самый медленный)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = не более { $high ->
        [one] { $high } { -box(case: "gen") }
        [few] { $high } { -box(case: "gen", number: "other") }
        [many] { $high } { -box(case: "gen", number: "other") }
       *[other] { $high } { -box(case: "gen") }
    } при { $setting }: эта стратегия сразу создаёт живую { -task(case: "acc") } для каждой { -box(case: "gen") }
params-accepted-no-blocking = ни одной блокирующей { -station(case: "gen") } при { $setting }: в этой программе их нет
params-accepted-station-of-run = номер { -station(case: "gen") } этого прогона, от 1 до { $stations }

## Joining words in lists of accepted values: "first, all или queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}или{" "}
params-list-last-and = {" "}и{" "}
params-list-alternative = , или { $word }

## What was given, when a rule between parameters was broken.

# $value: a value as given; $condition: another parameter, name=value.
params-given-with = { $value } при { $condition }
# $capacity and $shot_max: capacity=… and shot_max=… as in the URL.
params-given-fits-clock = { $boxes } при { $capacity }, { $shot_max } и самой низкой скорости { $speed }

## What runs instead of a rejected value (after "вместо него:").

params-fallback-every-station = 1 для каждой { -station(case: "gen") }
params-fallback-none = ничего
params-fallback-random-seed = случайное зерно
params-fallback-no-breaks = без поломок
params-fallback-start = начало
params-fallback-default-theme = тема по умолчанию
params-fallback-rust-first = последний выбор, иначе сначала Rust
params-fallback-page-default = значение страницы по умолчанию
params-fallback-no-lesson = без урока
params-fallback-english = английский
# The defaults of two parameters at once.
params-fallback-both = { $first } и { $second }

## The form.

params-form = Параметры
params-field-stations = { -station(start: "upper", number: "other") }
params-field-capacity = { -dose(start: "upper", case: "gen", number: "other") } в { -box(case: "prep") }
params-field-boxes = { -box(start: "upper", case: "gen", number: "other") } на { -depot(case: "prep") }
params-field-shot_min = Самый короткий { -shot } [с]
params-field-shot_max = Самый долгий { -shot } [с]
params-field-speeds = Скорости { -station(case: "gen", number: "other") }
params-field-fail = Шанс сбоя на { -shot(case: "acc") }
params-field-seed = Зерно
params-field-blocking = { -station(start: "upper") }, блокирующая { -thread(case: "acc") }
params-field-policy = Стратегия { -supervisor(case: "gen") }
params-policy-hint = как { -supervisor } ожидает { -task(case: "acc", number: "other") } { -station(case: "gen", number: "other") }
params-not-accepted = Не принято: ожидается { $accepted }
params-new-seed = Новое зерно
params-apply = Применить и сбросить

## The play controls.

controls = Управление
controls-start = Старт
    .title = Запустить или продолжить (пробел)
controls-resume = Продолжить
    .title = Запустить или продолжить (пробел)
controls-pause = Пауза
    .title = Пауза (пробел)
controls-step = Шаг
    .title = Показать ровно одно следующее событие (→)
controls-reset = Сброс
    .title = К началу, с параметрами ниже (r)
controls-speed = Скорость:{" "}
controls-speed-max = максимальная
# $factor: simulated seconds per second.
controls-speed-real-time = { $factor }× реального времени
controls-speed-slow-motion = { $factor }× (замедленно)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Замедлено до { $speed }×, чтобы был виден каждый оборот { -event-loop(case: "gen") }: за раз выполняется одна { -task }, никогда две сразу. Ускорить можно ползунком.

## One-click presets.

presets = Готовые скорости
presets-article = { -shot(start: "upper", number: "other") } как в статье
    .title = { -shot(start: "upper", number: "other") } по 1–100 мс, одна симулированная секунда в секунду (прогон сбрасывается). Часы виртуальные: настоящий asyncio опаздывает и объединяет близкие { -timer(case: "acc", number: "other") } (см. код)
presets-realistic = { -shot(start: "upper", number: "other") } по 1–3 мин
    .title = { -shot(start: "upper", number: "other") } по 1–3 минуты при 600× (прогон сбрасывается)
presets-max = Максимальная скорость
    .title = Столько событий за кадр, сколько успеет
presets-counting-bug = Ошибка подсчёта из статьи
    .title = Цикл из статьи, каждый { -shot } длится 50 мс: каждое ожидание возвращает все { -station(case: "acc", number: "other") } (прогон сбрасывается)

## The timeline.

timeline = Шкала времени
timeline-step-back = ◀ Шаг назад
    .title = На одно событие назад (←): прогон воспроизводится до этого места
timeline-scrubber = Шкала времени: номер события
timeline-measuring = Шкала времени: прогон измеряется
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = событие { $shown } из { $total }, { $seconds ->
        [one] { $seconds } секунда
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }
timeline-position = событие { $shown } из { $total }
timeline-position-pending = событие { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = событие { $shown } (шкала — для прогонов не более { $limit ->
        [one] { $limit } { -dose(case: "gen") }
        [few] { $limit } { -dose(case: "gen", number: "other") }
        [many] { $limit } { -dose(case: "gen", number: "other") }
       *[other] { $limit } { -dose(case: "gen") }
    })
