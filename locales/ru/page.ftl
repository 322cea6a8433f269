# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Вакцинация на { -lot(case: "prep") }
masthead-asyncio = Как asyncio в Python выполняет много { -task(case: "gen", number: "other") } в одном { -thread(case: "prep") }: вживую, силами его двойника на Rust, в вашем браузере.
masthead-tagline = Каждая { -station } — это асинхронная { -task } в единственном { -thread(case: "prep") } браузера. { -supervisor(start: "upper") } ждёт первую { -task(case: "acc") }, которая закончит свою { -box(case: "acc") } { -dose(case: "gen", number: "other") }, сообщает о ней и снова запускает { -station(case: "acc") } с новой { -box(case: "ins") }.
masthead-lessons = Уроки
masthead-help = ? Справка
    .aria-label = Клавиши и справка (?)
masthead-share = Поделиться
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = Экспорт
masthead-projector = Тема для проектора
# Followed by the run's state, one of the four below.
masthead-status = Состояние:{" "}
masthead-status-ready = готово
masthead-status-running = идёт
masthead-status-paused = пауза
masthead-status-finished = завершено

language-menu = Язык
    .title = Язык страницы
language-failed = Не удалось загрузить сообщения на языке «{ $language }», поэтому страница остаётся на английском.

## The footer: "Зерно 42 · ссылка на этот прогон · …".

footer-seed = Зерно
footer-link = ссылка на этот прогон
footer-same-run = одна и та же ссылка всегда показывает один и тот же прогон.

## Below the lot.


## Dialogs.

dialog-close = Закрыть

## The help overlay: keyboard shortcuts.

help-title = Клавиши и справка
# Key names; the other keys are shown as symbols or letters.
help-key-space = Пробел
help-key-enter = Enter на { -station(case: "prep") }
help-toggle-play = запустить, приостановить или продолжить
help-step = шаг: показать ровно одно следующее событие
help-step-back = шаг назад на одно событие (прогон воспроизводится заново)
help-reset = сбросить прогон
help-break = сломать { -task(case: "acc") } этой { -station(case: "gen") }
help-help = показать или скрыть эту справку
help-text = До любой кнопки и любого поля можно добраться клавишей Tab. Панели под { -lot(case: "ins") } сворачиваются; наведите указатель на термин с пунктирным подчёркиванием или переведите на него фокус, чтобы увидеть его значение. Ссылка на страницу открывает тот же прогон.

## The share dialog.

share-title = Поделиться этим прогоном
share-link = Ссылка (все параметры и зерно: она всегда показывает этот прогон)
share-copy-link = Копировать ссылку
share-lesson = открыть показанный урок (ссылка и встраивание)
share-embed = Встроить в страницу или слайд
share-width = Ширина
share-height = Высота
# CSS pixels, after the width and the height.
share-px = пикс.
share-compact = компактный вид
share-autoplay = запуск при загрузке
share-panels = Учебные панели во встраивании
share-size-error = Ширина должна быть от { $min_width } до { $max_width } пикс., а высота — от { $min_height } до { $max_height } пикс.
share-snippet = код iframe
share-copy-snippet = Копировать код
share-copied = Скопировано.
share-copy-failed = Браузер не разрешил копирование: выделите текст и скопируйте его вручную.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = Вакцинация на { -lot(case: "prep") }: асинхронные { -task(number: "other") } в одном { -thread(case: "prep") }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Режим фаззинга
fuzz-heading = Режим фаззинга:{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = { $actions ->
        [one] { $actions } случайное действие
        [few] { $actions } случайных действия
        [many] { $actions } случайных действий
       *[other] { $actions } случайного действия
    }, { $frames ->
        [one] проверен { $frames } кадр
        [few] проверено { $frames } кадра
        [many] проверено { $frames } кадров
       *[other] проверено { $frames } кадра
    }, { $problems ->
        [0] проблем не найдено
        [one] найдена { $problems } проблема
        [few] найдено { $problems } проблемы
        [many] найдено { $problems } проблем
       *[other] найдено { $problems } проблемы
    }. Последнее действие:{" "}
fuzz-ledger = учёт: { $detail }
fuzz-conservation = сохранение { -dose(case: "gen", number: "other") }: { $detail }
fuzz-stations = { $shown ->
        [one] показана { $shown } { -station }
        [few] показаны { $shown } { -station(case: "gen") }
        [many] показано { $shown } { -station(case: "gen", number: "other") }
       *[other] показано { $shown } { -station(case: "gen") }
    } из { $configured ->
        [one] { $configured } заданной
       *[other] { $configured } заданных
    }
fuzz-clock = часы показывают { $clock } с, раньше последнего события в { $last } с
fuzz-unaccounted = прогон завершён, но часть { -dose(case: "gen", number: "other") } не учтена

## The panel shown when the page stops.

panic-panel = Симуляция остановилась из-за внутренней ошибки, и страница больше не отвечает. Перезагрузите её, чтобы начать заново. Подробности: { $details }
