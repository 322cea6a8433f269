# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = Einige Parameter im Link wurden nicht akzeptiert; stattdessen laufen die Standardwerte:
params-error = { $name }={ $given } wird nicht akzeptiert: erwartet { $accepted }; verwendet wird { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = eine ganze Zahl von { $low } bis { $high }
params-accepted-event-count = eine ganze Zahl von Ereignissen ab { $low }
params-accepted-shot-seconds = Sekunden pro Impfung, von { $low } bis { $high }
params-accepted-probability = eine Wahrscheinlichkeit von 0 bis 1
params-accepted-speed-factors = eine kommagetrennte Liste von höchstens { $max_items ->
        [one] { $max_items } Geschwindigkeitsfaktor
       *[other] { $max_items } Geschwindigkeitsfaktoren
    }, jeder von { $low } bis { $high }
params-accepted-station-or-none = eine Stationsnummer von 1 bis { $high } oder 0 für keine
params-accepted-break-pairs = eine kommagetrennte Liste von Paaren { $form }, höchstens { $max_items }
params-accepted-name-list = eine kommagetrennte Liste aus { $names }{ $alternatives }
params-accepted-play-rate = simulierte Sekunden pro Sekunde von { $low } bis { $high } oder { $max }
params-accepted-not-above = { $low } nicht größer als { $high }
params-accepted-fits-clock = ein Lauf, der auf die simulierte Uhr passt (höchstens 10^{ $exponent } Sekunden, wenn jede Impfung am langsamsten ist)
params-accepted-boxes-per-task = höchstens { $high ->
        [one] { $high } Box
       *[other] { $high } Boxen
    } mit { $setting }, das von Anfang an für jede Box einen lebenden Task anlegt
params-accepted-no-blocking = keine blockierende Station mit { $setting }, dessen Programm keine hat
params-accepted-station-of-run = eine Station des Laufs, von 1 bis { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}oder{" "}
params-list-last-and = {" "}und{" "}
params-list-alternative = {" "}oder { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } mit { $condition }
params-given-fits-clock = { $boxes } mit { $capacity }, { $shot_max } und der langsamsten Geschwindigkeit { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 für jede Station
params-fallback-none = keine
params-fallback-random-seed = ein zufälliger Seed
params-fallback-no-breaks = keine Ausfälle
params-fallback-start = der Anfang
params-fallback-default-theme = das Standard-Design
params-fallback-rust-first = die zuletzt getroffene Wahl, sonst Rust zuerst
params-fallback-page-default = die Voreinstellung der Seite
params-fallback-no-lesson = keine Lektion
params-fallback-english = Englisch
params-fallback-both = { $first } und { $second }

## The form.

params-form = Parameter
params-field-stations = Stationen
params-field-capacity = Dosen pro Box
params-field-boxes = Boxen im Depot
params-field-shot_min = Kürzeste Impfung [s]
params-field-shot_max = Längste Impfung [s]
params-field-speeds = Geschwindigkeiten der Stationen
params-field-fail = Ausfallwahrscheinlichkeit pro Impfung
params-field-seed = Seed
params-field-blocking = Station, die den Thread blockiert
params-field-policy = Strategie des Supervisors
params-policy-hint = wie der Supervisor mit await auf die Tasks seiner Stationen wartet
params-not-accepted = Nicht akzeptiert: erwartet { $accepted }
params-new-seed = Neuer Seed
params-apply = Übernehmen und zurücksetzen

## The play controls.

controls = Steuerung
controls-start = Start
    .title = Starten oder fortsetzen (Leertaste)
controls-resume = Fortsetzen
    .title = Starten oder fortsetzen (Leertaste)
controls-pause = Pause
    .title = Anhalten (Leertaste)
controls-step = Schritt
    .title = Genau ein weiteres Ereignis zeigen (→)
controls-reset = Zurücksetzen
    .title = Zurück zum Anfang, mit den Parametern unten (r)
controls-speed = Tempo:{" "}
controls-speed-max = so schnell wie möglich
controls-speed-real-time = { $factor }× Echtzeit
controls-speed-slow-motion = { $factor }× (Zeitlupe)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Verlangsamt auf { $speed }×, damit jede Runde der Schleife zu sehen ist: Es läuft immer nur ein Task, nie zwei zugleich. Mit dem Schieberegler geht es schneller.

## One-click presets.

presets = Tempo-Voreinstellungen
presets-article = Impfzeiten des Artikels
    .title = Impfungen von 1–100 ms, eine simulierte Sekunde pro Sekunde (setzt den Lauf zurück). Die Uhr ist virtuell: Echtes asyncio läuft verspätet und bündelt nahe Timer (siehe die Code-Ansicht)
presets-realistic = Realistische Impfungen, 1–3 min
    .title = Impfungen von 1–3 Minuten bei 600× (setzt den Lauf zurück)
presets-max = So schnell wie möglich
    .title = So viele Ereignisse pro Frame, wie hineinpassen
presets-counting-bug = Der Zählfehler des Artikels
    .title = Die Schleife des Artikels mit Impfungen von je 50 ms: jedes Warten liefert alle Stationen (setzt den Lauf zurück)

## The timeline.

timeline = Zeitleiste
timeline-step-back = ◀ Schritt zurück
    .title = Ein Ereignis zurück (←): spielt den Lauf bis dorthin erneut ab
timeline-scrubber = Zeitleiste: Nummer des Ereignisses
timeline-measuring = Zeitleiste: der Lauf wird vermessen
timeline-value = Ereignis { $shown } von { $total }, { $seconds } Sekunden
timeline-position = Ereignis { $shown } von { $total }
timeline-position-pending = Ereignis { $shown }
timeline-position-too-long = Ereignis { $shown } (Zeitleiste für Läufe mit bis zu { $limit ->
        [one] { $limit } Dosis
       *[other] { $limit } Dosen
    })
