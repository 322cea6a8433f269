# Export für Folien.

export-title = Export für Folien
export-intro = Der { -lot }, wie ihn deine Folien zeigen: Wähle einen Abschnitt der simulierten Zeit des Laufs, eine Größe und eine Geschwindigkeit, und exportiere ihn als Video (WebM) oder animiertes GIF, oder speichere den Moment auf dem Bildschirm als Bild (PNG).
export-from = Von (s)
export-to = Bis (s)
export-range-hint = Exportiert werden kann jeder Moment von 0 bis { $end } s der simulierten Zeit des Laufs.
export-width = Breite
export-size = { $width } × { $height } px
export-speed = Geschwindigkeit
export-speed-option = { $speed } s des Laufs pro Sekunde
export-frames = { $frames ->
        [one] { $frames } Bild
       *[other] { $frames } Bilder
    }, { $fps } pro Sekunde: { $seconds } s Video
export-webm = Video exportieren (WebM)
export-gif = GIF exportieren
export-png = Diesen Moment speichern (PNG)
export-preview =
    .aria-label = Vorschau des ersten Bildes
export-progress = Bild { $done } von { $total }
export-done = { $file } gespeichert: { $frames ->
        [one] { $frames } Bild
       *[other] { $frames } Bilder
    }.
export-still-done = { $file } gespeichert.
export-error-not-a-number = { $field ->
        [from] Von
       *[to] Bis
    }: „{ $given }“ ist keine Zahl von Sekunden.
export-error-out-of-run = { $field ->
        [from] Von
       *[to] Bis
    } muss zwischen 0 und { $end } s liegen.
export-error-empty = Bis muss später als Von sein.
export-error-speed = Wähle eine der angebotenen Geschwindigkeiten.
export-error-too-many = { $frames ->
        [one] Das wäre { $frames } Bild
       *[other] Das wären { $frames } Bilder
    }, ein Export macht höchstens { $max }: Verkürze den Abschnitt oder wähle eine höhere Geschwindigkeit.
export-error-no-webm = Dieser Browser kann kein WebM-Video aufnehmen; GIF und Bild funktionieren weiterhin.
export-error-failed = Der Export wurde abgebrochen: { $detail }
