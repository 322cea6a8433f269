# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = Einige Parameter im Link wurden nicht akzeptiert; stattdessen laufen die Standardwerte:
params-error = { $setting } wird nicht akzeptiert: erwartet { $accepted }; verwendet wird { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = eine ganze Zahl von { $low } bis { $high }
params-accepted-event-count = eine ganze Zahl von Ereignissen ab { $low }
params-accepted-shot-seconds = Sekunden pro { -shot }, von { $low } bis { $high }
params-accepted-probability = eine Wahrscheinlichkeit von 0 bis 1
params-accepted-speed-factors = eine kommagetrennte Liste von höchstens { $max_items ->
        [one] { $max_items } Geschwindigkeitsfaktor
       *[other] { $max_items } Geschwindigkeitsfaktoren
    }, jeder von { $low } bis { $high }
params-accepted-station-or-none = eine { -station(form: "compound") }nummer von 1 bis { $high } oder 0 für keine
params-accepted-break-pairs = eine kommagetrennte Liste von Paaren { $form }, höchstens { $max_items }
params-accepted-name-list = eine kommagetrennte Liste aus { $names }{ $alternatives }
params-accepted-play-rate = simulierte Sekunden pro Sekunde von { $low } bis { $high } oder { $max }
params-accepted-not-above = { $low } nicht größer als { $high }
params-accepted-fits-clock = ein Lauf, der auf die simulierte Uhr passt (höchstens { $power } Sekunden, wenn jede { -shot } am langsamsten ist)
params-accepted-boxes-per-task = höchstens { $high ->
        [one] { $high } { -box }
       *[other] { $high } { -box(number: "other") }
    } mit { $setting }, das von Anfang an für jede { -box } einen lebenden { -task } anlegt
params-accepted-no-blocking = keine blockierende { -station } mit { $setting }, dessen Programm keine hat
params-accepted-station-of-run = eine { -station } des Laufs, von 1 bis { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}oder{" "}
params-list-last-and = {" "}und{" "}
params-list-alternative = {" "}oder { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } mit { $condition }
params-given-fits-clock = { $boxes } mit { $capacity }, { $shot_max } und der langsamsten Geschwindigkeit { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 für jede { -station }
params-fallback-none = keine
params-fallback-random-seed = ein zufälliger Seed
params-fallback-no-breaks = keine Eingriffe
params-fallback-start = der Anfang
params-fallback-default-theme = das Standard-Design
params-fallback-rust-first = die zuletzt getroffene Wahl, sonst Rust zuerst
params-fallback-page-default = die Voreinstellung der Seite
params-fallback-no-lesson = keine Lektion
params-fallback-english = Englisch
params-fallback-both = { $first } und { $second }

## The form.

params-form = Parameter
params-field-stations = { -station(number: "other") }
params-field-capacity = { -dose(number: "other") } pro { -box }
params-field-boxes = { -box(number: "other") } im { -depot }
params-field-shot_min = Kürzeste { -shot } [s]
params-field-shot_max = Längste { -shot } [s]
params-field-speeds = Geschwindigkeiten der { -station(number: "other") }
params-field-fail = Fehlschlagrisiko pro { -shot }
params-field-seed = Seed
params-field-blocking = { -station }, die den { -thread } blockiert
params-field-policy = Strategie des { -supervisor(case: "gen") }
params-policy-hint = wie der { -supervisor } mit await auf die { -task(number: "other") } seiner { -station(number: "other") } wartet
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
controls-turn-pace = Verlangsamt auf { $speed }×, damit jede Runde der { -event-loop } zu sehen ist: Es läuft immer nur ein { -task }, nie zwei zugleich. Mit dem Schieberegler geht es schneller.

## One-click presets.

presets = Tempo-Voreinstellungen
presets-article = { -shot(form: "compound") }zeiten des Artikels
    .title = { -shot(number: "other") } von 1–100 ms, eine simulierte Sekunde pro Sekunde (setzt den Lauf zurück). Die Uhr ist virtuell: Echtes asyncio läuft verspätet und bündelt nahe { -timer(number: "other") } (siehe die Code-Ansicht)
presets-realistic = Realistische { -shot(number: "other") }, 1–3 min
    .title = { -shot(number: "other") } von 1–3 Minuten bei 600× (setzt den Lauf zurück)
presets-max = So schnell wie möglich
    .title = So viele Ereignisse pro Frame, wie hineinpassen
presets-counting-bug = Der Zählfehler des Artikels
    .title = Die Schleife des Artikels mit { -shot(number: "other") } von je 50 ms: jeder Wartevorgang liefert alle { -station(number: "other") } (setzt den Lauf zurück)

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
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    })
