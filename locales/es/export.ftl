# Exportar para diapositivas.

export-title = Exportar para diapositivas
export-intro = El { -lot } tal como lo mostrarán tus diapositivas: elige una parte del tiempo simulado de la ejecución, un tamaño y una velocidad, y expórtalo como vídeo (WebM) o GIF animado, o guarda el momento en pantalla como imagen (PNG).
export-from = Desde (s)
export-to = Hasta (s)
export-range-hint = Se puede exportar cualquier momento de 0 a { $end } s del tiempo simulado de la ejecución.
export-width = Ancho
export-size = { $width } × { $height } px
export-speed = Velocidad
export-speed-option = { $speed } s de la ejecución por segundo
export-frames = { $frames ->
        [one] { $frames } fotograma
       *[other] { $frames } fotogramas
    }, { $fps } por segundo: { $seconds } s de vídeo
export-webm = Exportar vídeo (WebM)
export-gif = Exportar GIF
export-png = Guardar este momento (PNG)
export-preview =
    .aria-label = Vista previa del primer fotograma
export-progress = Fotograma { $done } de { $total }
export-done = { $file } guardado: { $frames ->
        [one] { $frames } fotograma
       *[other] { $frames } fotogramas
    }.
export-still-done = { $file } guardado.
export-error-not-a-number = { $field ->
        [from] Desde
       *[to] Hasta
    }: «{ $given }» no es un número de segundos.
export-error-out-of-run = { $field ->
        [from] Desde
       *[to] Hasta
    } debe estar entre 0 y { $end } s.
export-error-empty = Hasta debe ser posterior a Desde.
export-error-speed = Elige una de las velocidades ofrecidas.
export-error-too-many = { $frames ->
        [one] Sería { $frames } fotograma
       *[other] Serían { $frames } fotogramas
    }, y una exportación hace como máximo { $max }: acorta el intervalo o elige una velocidad mayor.
export-error-no-webm = Este navegador no puede grabar vídeo WebM; el GIF y la imagen siguen funcionando.
export-error-failed = La exportación se detuvo: { $detail }
