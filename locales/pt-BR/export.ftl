# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG). Times
# are seconds of the run's simulated time; "speed" is simulated seconds
# per second of the video.

export-title = Exportar para slides
export-intro = O { -lot } como seus slides o mostram: escolha um trecho do tempo simulado da execução, um tamanho e uma velocidade, e exporte como vídeo (WebM) ou GIF animado, ou salve o momento na tela como imagem (PNG).
export-from = De (s)
export-to = Até (s)
# $end is the latest time that can be exported, in seconds.
export-range-hint = Qualquer momento de 0 a { $end } s do tempo simulado da execução pode ser exportado.
export-width = Largura
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } px
export-speed = Velocidade
# One speed in the menu: simulated seconds shown per second of video.
export-speed-option = { $speed } s da execução por segundo
# What the export will make; $seconds is the video's length.
export-frames = { $frames ->
        [one] { $frames } quadro
       *[other] { $frames } quadros
    }, { $fps } por segundo: { $seconds } s de vídeo
export-webm = Exportar vídeo (WebM)
export-gif = Exportar GIF
export-png = Salvar este momento (PNG)
export-preview =
    .aria-label = Prévia do primeiro quadro
# The progress bar's label while frames are made.
export-progress = Quadro { $done } de { $total }
# After an export; $file is the file's name.
export-done = { $file } salvo: { $frames ->
        [one] { $frames } quadro
       *[other] { $frames } quadros
    }.
export-still-done = { $file } salvo.
# $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] De
       *[to] Até
    }: “{ $given }” não é um número de segundos.
export-error-out-of-run = { $field ->
        [from] De
       *[to] Até
    } deve estar entre 0 e { $end } s.
export-error-empty = “Até” deve ser depois de “De”.
export-error-speed = Escolha uma das velocidades oferecidas.
export-error-too-many = Isso dá { $frames ->
        [one] { $frames } quadro
       *[other] { $frames } quadros
    }, e uma exportação faz no máximo { $max }: encurte o trecho ou escolha uma velocidade maior.
export-error-no-webm = Este navegador não consegue gravar vídeo WebM; o GIF e a imagem continuam funcionando.
export-error-failed = A exportação parou: { $detail }
