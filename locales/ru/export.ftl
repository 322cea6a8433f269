# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG). Times
# are seconds of the run's simulated time; "speed" is simulated seconds
# per second of the video.

export-title = Экспорт для слайдов
export-intro = { -lot(start: "upper") } — как на ваших слайдах: выберите отрезок симулированного времени прогона, размер и скорость, затем экспортируйте его как видео (WebM) или анимированный GIF либо сохраните момент на экране как картинку (PNG).
export-from = С (с)
export-to = По (с)
# $end is the latest time that can be exported, in seconds: the run's end
# when it is known, else the moment on screen.
export-range-hint = Экспортировать можно любой момент от 0 до { $end } с симулированного времени прогона.
export-width = Ширина
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } пикс.
export-speed = Скорость
# One speed in the menu: simulated seconds shown per second of video.
export-speed-option = { $speed } с прогона за секунду
# What the export will make; $seconds is the video's length.
export-frames = { $frames ->
        [one] { $frames } кадр
        [few] { $frames } кадра
        [many] { $frames } кадров
       *[other] { $frames } кадра
    }, { $fps } в секунду: { $seconds } с видео
export-webm = Экспорт видео (WebM)
export-gif = Экспорт GIF
export-png = Сохранить этот момент (PNG)
export-preview =
    .aria-label = Превью первого кадра
# The progress bar's label while frames are made.
export-progress = Кадр { $done } из { $total }
# After an export; $file is the file's name.
export-done = { $file } сохранён: { $frames ->
        [one] { $frames } кадр
        [few] { $frames } кадра
        [many] { $frames } кадров
       *[other] { $frames } кадра
    }.
export-still-done = { $file } сохранён.
# Problems with the range, the speed or the browser, named with what is
# accepted. $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] «С»
       *[to] «По»
    }: «{ $given }» — не число секунд.
export-error-out-of-run = { $field ->
        [from] «С»
       *[to] «По»
    }: нужно значение от 0 до { $end } с.
export-error-empty = «По» должно быть позже, чем «С».
export-error-speed = Выберите одну из предложенных скоростей.
export-error-too-many = Это { $frames ->
        [one] { $frames } кадр
        [few] { $frames } кадра
        [many] { $frames } кадров
       *[other] { $frames } кадра
    }, а экспорт делает не больше { $max }: сократите отрезок или выберите скорость побольше.
export-error-no-webm = Этот браузер не умеет записывать видео WebM; GIF и картинка по-прежнему работают.
export-error-failed = Экспорт остановлен: { $detail }
