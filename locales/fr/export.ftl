# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG). Times
# are seconds of the run's simulated time; "speed" is simulated seconds
# per second of the video.

export-title = Exporter pour des diapositives
export-intro = { -lot(article: "le", start: "upper") } tel que vos diapositives le montreront : choisissez une partie du temps simulé de l’exécution, une taille et une vitesse, puis exportez-la en vidéo (WebM) ou en GIF animé, ou enregistrez l’instant affiché comme image (PNG).
export-from = De (s)
export-to = À (s)
export-range-hint = Tout instant de 0 à { $end } s du temps simulé de l’exécution peut être exporté.
export-width = Largeur
export-size = { $width } × { $height } px
export-speed = Vitesse
export-speed-option = { $speed } s de l’exécution par seconde
export-frames = { $frames ->
        [one] { $frames } image
       *[other] { $frames } images
    }, { $fps } par seconde : { $seconds } s de vidéo
export-webm = Exporter la vidéo (WebM)
export-gif = Exporter le GIF
export-png = Enregistrer cet instant (PNG)
export-preview =
    .aria-label = Aperçu de la première image
export-progress = Image { $done } sur { $total }
export-done = { $file } enregistré : { $frames ->
        [one] { $frames } image
       *[other] { $frames } images
    }.
export-still-done = { $file } enregistré.
export-error-not-a-number = { $field ->
        [from] De
       *[to] À
    } : « { $given } » n’est pas un nombre de secondes.
export-error-out-of-run = { $field ->
        [from] De
       *[to] À
    } doit être entre 0 et { $end } s.
export-error-empty = À doit être plus tard que De.
export-error-speed = Choisissez l’une des vitesses proposées.
export-error-too-many = Cela ferait { $frames ->
        [one] { $frames } image
       *[other] { $frames } images
    }, et un export en fait au plus { $max } : raccourcissez l’intervalle ou choisissez une vitesse plus élevée.
export-error-no-webm = Ce navigateur ne peut pas enregistrer de vidéo WebM ; le GIF et l’image fonctionnent toujours.
export-error-failed = L’export s’est arrêté : { $detail }
