# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
       *[other] { $count } { -dose(number: "other") }
    }

## The lessons menu

lessons-menu-title = Lektionen
lessons-menu-intro = Jede Lektion geht Momente eines Laufs durch. Wenn ein Schritt dich um eine Vorhersage bittet, läuft der Lauf bis zu dem Moment weiter, der sie beantwortet: Die Antwort wird aus dem Lauf berechnet, den du siehst.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }
lessons-menu-write = Eine Lektion schreiben …
lessons-menu-teachers = Für Lehrkräfte: Momente eines beliebigen Laufs auswählen, Text und Fragen hinzufügen und die Lektion als Link teilen.

## The lesson card

lesson-step-of = Schritt { $number } von { $steps }
lesson-step-announce = Schritt { $number } von { $steps }. { $text }
lesson-look-at-lot = Schau auf den { -lot }.
lesson-look-at-executor = Schau auf den { -executor }.
lesson-look-at-inspector = Schau auf den { -inspector }.
lesson-look-at-charts = Schau auf die Diagramme.
lesson-look-at-code = Schau auf den Code.
lesson-look-at-log = Schau auf das Protokoll.
lesson-look-at-stats = Schau auf die Statistik.
lesson-focus-lot = den { -lot }
lesson-focus-executor = den { -executor }
lesson-focus-inspector = den { -inspector }
lesson-focus-charts = die Diagramme
lesson-focus-code = den Code
lesson-focus-log = das Protokoll
lesson-focus-stats = die Statistik
lesson-nav =
    .aria-label = Schritte der Lektion
lesson-previous = ◀ Zurück
    .title = Vorheriger Schritt (Bild auf)
lesson-next = Weiter ▶
    .title = Nächster Schritt (Bild ab)
lesson-exit = Lektion verlassen
lesson-cannot-ask = Die Frage dieses Schritts kann nicht gestellt werden: { $problem }.

## A prediction

lesson-predict = Vorhersage:
lesson-playing-forward = Der Lauf wird bis zur Antwort vorgespielt …
lesson-cpython-running = CPython führt das Programm dieses Schritts in der Python-Ansicht aus; danach folgt die Frage.
lesson-cpython-on-run = Drück in der Python-Ansicht auf „Meinen ausführen“: CPython führt das Programm dieses Schritts aus, und danach folgt die Frage.
lesson-cpython-failed = CPython konnte das Programm dieses Schritts nicht ausführen: { $reason }
lesson-right = Richtig.
lesson-the-answer = ← die Antwort
lesson-not-quite = Nicht ganz: Die Antwort ist „{ $answer }“.
lesson-skip = Diese Vorhersage überspringen
    .title = Ohne Vorhersage weitermachen; die Zusammenfassung vermerkt sie als übersprungen
lesson-skipped = Du hast diese Vorhersage übersprungen. Du kannst sie noch beantworten.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = Ziel:
lesson-goal-met = Erreicht.
lesson-goal-not-met = Noch nicht.
lesson-goal-pending = Noch nicht geprüft.
lesson-goal-loses-nothing = Dein { -supervisor } meldet jede { -box } des { -depot(case: "gen") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }) und verliert keine { -dose }.
lesson-goal-cooperates = Dein { -supervisor } hält den { -thread } nie mit einem blockierenden Aufruf fest und verliert keine { -dose }.
lesson-goal-makespan = Das { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } zu je { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }) ist in höchstens { $seconds } s simulierter Zeit geleert.
lesson-goal-run-mine = Drück in der Python-Ansicht auf „Meinen ausführen“: CPython führt dein Programm mit diesem Lauf aus, und das Ziel wird daran geprüft.
lesson-goal-did-not-run = Dein Programm ist nicht bis zum Ende gelaufen: { $reason }
lesson-goal-program-problems = Der Lauf deines Programms mit CPython: { $problems }.
lesson-goal-lost = { $doses } verloren in { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task } lief
       *[other] { $tasks } { -task(number: "other") } liefen
    } noch, als er zurückkehrte
lesson-goal-beyond-depot = { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } über die { $depot } des { -depot(case: "gen") } hinaus geöffnet
lesson-goal-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } blieb
       *[other] { $boxes } { -box(number: "other") } blieben
    } im { -depot }
lesson-goal-blocked = Zeile { $line } hielt den { -thread } { $calls ->
        [one] einmal
       *[other] { $calls }-mal
    } fest, insgesamt { $seconds } s
lesson-goal-blocked-elsewhere = blockierende Aufrufe außerhalb deines Codes hielten den { -thread } { $calls ->
        [one] einmal
       *[other] { $calls }-mal
    } fest, insgesamt { $seconds } s
lesson-goal-reported-all = Der Lauf deines Programms mit CPython hat alle { -box(number: "other") } gemeldet ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) und nichts verloren.
lesson-goal-never-blocked = Der Lauf deines Programms mit CPython hat den { -thread } nie festgehalten, alle { -box(number: "other") } gemeldet ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) und nichts verloren.
lesson-goal-engine-same = Der FIRST_COMPLETED-{ -supervisor } der Engine ergibt bei denselben Ziehungen denselben Lauf, Ereignis für Ereignis.
lesson-goal-engine-differs = Der FIRST_COMPLETED-{ -supervisor } der Engine weicht bei denselben Ziehungen bei Ereignis { $index } davon ab.
lesson-goal-other-depot = Der Lauf auf dem Bildschirm hat { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } zu je { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }, das { -depot } des Schritts { $step_boxes ->
        [one] { $step_boxes } { -box }
       *[other] { $step_boxes } { -box(number: "other") }
    } zu je { $step_capacity ->
        [one] { $step_capacity } { -dose }
       *[other] { $step_capacity } { -dose(number: "other") }
    }: Es zählt nur ein Lauf mit dem { -depot } des Schritts.
lesson-goal-finished-within = Der Lauf auf dem Bildschirm endete bei { $time } s, { $spare } s innerhalb des Ziels.
lesson-goal-finished-late = Der Lauf auf dem Bildschirm endete bei { $time } s, { $over } s über dem Ziel.
lesson-goal-past = Der Lauf auf dem Bildschirm hat { $seconds } s überschritten, und es sind noch { -box(number: "other") } übrig.
lesson-goal-play = Spiel den Lauf auf dem Bildschirm bis zum Ende ab: Das Ziel wird geprüft, sobald er endet.

## The summary on a lesson's last step

lesson-summary-title = Was du vorhergesagt hast
lesson-summary-step = Schritt { $step }: { $prompt }
lesson-summary-right = Du hast „{ $answer }“ geantwortet: richtig.
lesson-summary-wrong = Du hast „{ $answer }“ geantwortet; der Lauf ergab „{ $right }“.
lesson-summary-skipped = Übersprungen; der Lauf ergab „{ $right }“.
lesson-summary-unanswered = Nicht beantwortet; der Lauf ergab „{ $right }“.
lesson-summary-score = { $right } von { $asked ->
        [one] { $asked } Vorhersage
       *[other] { $asked } Vorhersagen
    } richtig
lesson-summary-key-idea = Kerngedanke
lesson-next-lesson = Nächste Lektion: { $title }
lesson-summary-menu = Alle Lektionen

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = Die Lektion konnte nicht geöffnet werden:
lesson-problems-dismiss = Schließen
lesson-resume = Willkommen zurück. Die Lektion „{ $title }“ bei Schritt { $step } fortsetzen?
lesson-resume-region =
    .aria-label = Eine Lektion fortsetzen
lesson-resume-continue = Fortsetzen
lesson-resume-decline = Nein, danke
lesson-no-builtin = es gibt keine mitgelieferte Lektion { $id }
lesson-kept-unreadable = die vom letzten Besuch gespeicherte Lektion kann nicht mehr gelesen werden

## The lesson editor

lesson-editor-heading = Eine Lektion schreiben
lesson-editor-explain = Bring den Lauf zu einem Moment (abspielen, schrittweise vorgehen, spulen oder die Parameter ändern) und füge ihn als Schritt hinzu. Jeder Schritt öffnet sich genau in diesem Moment. Die Antworten auf seine Fragen werden aus dem Lauf berechnet.
lesson-editor-title = Titel
lesson-editor-summary = Kerngedanke
lesson-editor-add = Diesen Moment als Schritt hinzufügen
lesson-editor-moment = (Ereignis { $event } des angezeigten Laufs)
lesson-editor-step = Schritt { $number }: Ereignis { $event } von { $params }
lesson-editor-text = Text
lesson-editor-look = Schau auf
lesson-editor-question = Frage
lesson-editor-anywhere = irgendwohin
lesson-editor-no-question = keine
lesson-editor-up =
    .aria-label = Schritt { $number } nach oben
lesson-editor-down =
    .aria-label = Schritt { $number } nach unten
lesson-editor-delete = Löschen
    .aria-label = Schritt { $number } löschen
lesson-editor-needs = Zum Ansehen und Teilen fehlt der Lektion noch:
lesson-editor-preview = Lektion ansehen
lesson-editor-link = Link
lesson-editor-embed = Einbetten
lesson-editor-close = Editor schließen

## Problems in a lesson file

lesson-problem-at = { $path }: { $problem }
lesson-problems-more =
    { $count ->
        [one] und { $count } weiteres Problem
       *[other] und { $count } weitere Probleme
    }
lesson-error-too-big = die Lektion ist { $bytes ->
        [one] { $bytes } Byte
       *[other] { $bytes } Bytes
    } groß; höchstens { $limit ->
        [one] { $limit } Byte JSON wird
       *[other] { $limit } Bytes JSON werden
    } akzeptiert
lesson-error-not-json = kein gültiges JSON ({ $detail })
lesson-error-not-object = erwartet wurde ein JSON-Objekt mit Titel und Schritten
lesson-error-no-steps = erwartet wurde mindestens ein Schritt
lesson-error-too-many-steps = { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }; höchstens { $limit } werden akzeptiert
lesson-error-steps-not-list = erwartet wurde eine Liste von Schritten, gefunden: { $found }
lesson-error-steps-missing = fehlt: Eine Lektion braucht eine Liste von Schritten
lesson-error-step-not-object = erwartet wurde ein Objekt, gefunden: { $found }
lesson-error-params-too-long = länger als { $limit ->
        [one] { $limit } Zeichen
       *[other] { $limit } Zeichen
    }
lesson-error-params-not-text = erwartet wurde ein Query-String wie { $example }, gefunden: { $found }
lesson-error-at-event = erwartet wurde eine ganze Zahl von Ereignissen, 0 oder mehr, gefunden: { $found }
lesson-error-text-empty = leer: erwartet wurden ein paar Worte
lesson-error-text-too-long = { $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }; höchstens { $limit } werden akzeptiert
lesson-error-not-text = erwartet wurde Text, gefunden: { $found }
lesson-error-text-missing = fehlt: erwartet wurde Text
lesson-error-lang = erwartet wurde ein Sprach-Tag wie { $first } oder { $second }, gefunden: { $found }
lesson-error-focus = { $found } ist kein Bereich: erwartet wurde einer von { $accepted }
lesson-error-question-not-object = erwartet wurde ein Objekt wie { $example }, gefunden: { $found }
lesson-error-question-kind = { $found } ist keine Fragenart: erwartet wurde eine von { $accepted }
lesson-error-seconds = erwartet wurde eine simulierte Zeit in Sekunden über 0 und höchstens { $limit }, gefunden: { $found }
lesson-error-station = erwartet wurde eine { -station(form: "compound") }nummer, 1 oder mehr, gefunden: { $found }
lesson-error-python-not-text = erwartet wurde das Programm als Text, gefunden: { $found }
lesson-error-python-too-long = das Programm ist länger als { $limit ->
        [one] { $limit } Byte
       *[other] { $limit } Bytes
    }
lesson-error-python-focus = ein Schritt mit Programm zeigt auf die Python-Ansicht unter dem Code: Sein Feld focus muss { $accepted } sein, nicht { $found }
lesson-error-question-needs-python = eine Frage { $kind } bezieht sich auf das Programm des Schritts: Gib es in { $field } an
lesson-error-goal-not-object = erwartet wurde ein Objekt wie { $example }, gefunden: { $found }
lesson-error-goal-kind = { $found } ist keine Zielart: erwartet wurde eine von { $accepted }
lesson-error-goal-seconds = ein Ziel { $kind } braucht { $field }: eine simulierte Zeit in Sekunden über 0 und höchstens { $limit }
lesson-error-goal-needs-python = ein Ziel { $kind } wird am Programm des Schritts geprüft: Gib es in { $field } an
lesson-error-goal-no-python = ein Ziel { $kind } wird am Lauf der Engine auf dem Bildschirm geprüft: Ein Schritt damit hat kein { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } ist kein Parameter der Seite
lesson-error-page-param = { $name } ist eine Einstellung der Seite, nicht des Laufs: die params eines Schritts nehmen nur die Parameter des Laufs
lesson-error-past-limit = { $at } liegt nach dem spätesten Moment, den ein Schritt festhalten darf: höchstens { $limit ->
        [one] { $limit } Ereignis
       *[other] { $limit } Ereignisse
    }
lesson-error-past-end = { $at } liegt nach dem Ende dieses Laufs, der { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    } hat
lesson-json-null = null
lesson-json-bool = true oder false
lesson-json-number = eine Zahl
lesson-json-text = Text
lesson-json-list = eine Liste
lesson-json-object = ein Objekt
lesson-json-nothing = nichts

## A lesson in a link that cannot be read

lesson-link-too-long = die Lektion im Link ist zu lang: höchstens { $limit ->
        [one] { $limit } Byte JSON wird
       *[other] { $limit } Bytes JSON werden
    } akzeptiert
lesson-link-not-base64 = die Lektion im Link ist nicht { $encoding }: { $detail }
lesson-link-not-utf8 = die Lektion im Link ist kein UTF-8-Text
lesson-link-empty = der Link endet bei { $fragment } und enthält keine Lektion: der Link einer Lektion ist { $key }, gefolgt von der Lektion

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = eine Frage { $kind } braucht einen Lauf mit höchstens { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }; dieser hat { $doses }
lesson-cannot-past-end = der Lauf hat nur { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }
lesson-cannot-ledger = der Lauf verletzt die Buchführung: { $detail }
lesson-cannot-needs-article = eine Frage { $kind } braucht die Schleife aus dem Artikel ({ $param })
lesson-cannot-needs-cpython = eine Frage { $kind } wird beantwortet, indem CPython das Programm des Schritts ausführt
lesson-cannot-no-cancel = nach diesem Moment wird kein { -task } abgebrochen: frag, bevor die Schleife endet
lesson-cannot-no-double = kein Wartevorgang nach diesem Moment liefert zwei { -task(number: "other") }: mach alle { -shot(number: "other") } gleich lang ({ $code })
lesson-cannot-nothing-returns = nach diesem Moment kehrt kein { -task } einer { -station } zurück
lesson-cannot-not-after = die gefragte Zeit, { $by } s, liegt nicht nach dem Moment des Schritts, { $now } s
lesson-cannot-needs-blocking = eine Frage { $kind } braucht eine blockierende { -station } ({ $param } in { $field })
lesson-cannot-no-finish = { -station } { $station } schließt nach diesem Moment keine { -box } ab
lesson-cannot-no-open = { -station } { $station } öffnet nach diesem Moment keine { -box }
lesson-cannot-no-failure = der Eingriff endete in keinem Fehlschlag
lesson-cannot-no-station =
    { -station } { $station } gibt es nicht: Der Lauf hat { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
lesson-cannot-not-working = { -station } { $station } hat in diesem Moment keine { -box } offen und kann daher nicht kaputtgehen
lesson-cannot-none-working = keine { -station } hat in diesem Moment eine { -box } offen
lesson-cannot-not-broken = { -station } { $station } konnte in diesem Moment nicht kaputt gemacht werden
lesson-cannot-sleep-blocking = { -station } { $station } blockiert den { -thread }: Ihr { -task } schläft nie auf einen { -timer }
lesson-cannot-not-asleep = der { -task } von { -station } { $station } schläft in diesem Moment nicht auf einen { -timer }: Sie hat keine { -box } offen, oder ihr { -task } hält den { -thread } oder wartet auf ihn
lesson-cannot-none-asleep = in diesem Moment schläft kein { -task } einer { -station } auf einen { -timer }
lesson-cannot-woken-early =
    der { -task } von { -station } { $station } wird vor seiner nächsten { -shot } { $polls ->
        [one] einmal
       *[other] { $polls }-mal
    } gepollt: Etwas anderes als sein { -timer } weckt ihn (ein Eingriff von Hand)
lesson-cannot-no-thread = der Lauf hat in diesem Moment keine Aufzeichnung seines { -thread(case: "gen") }
lesson-cannot-ready-few =
    die { -ready-queue } enthält in diesem Moment { $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }; die Frage braucht mindestens { $least }
lesson-cannot-needs-supervisor = eine Frage { $kind } braucht einen { -supervisor }, der auf die { -task(number: "other") } der { -station(number: "other") } wartet ({ $param })
lesson-cannot-not-after-failure = der Moment folgt nicht auf den Fehlschlag einer { -station }: Sein letztes Ereignis muss einer sein
lesson-cannot-not-returned = der { -task } von { -station } { $station } ist bis zu diesem Moment nicht zurückgekehrt
lesson-cannot-nothing-returned = bis zu diesem Moment ist kein { -task } einer { -station } zurückgekehrt
lesson-cannot-refilled = { -station } { $station } wartet in diesem Moment nicht auf eine { -box }: Sie hat ihre nächste schon
lesson-cannot-refilling = der { -supervisor } verteilt in diesem Moment neue { -box(number: "other") }: Frag, bevor er damit anfängt, oder wenn jede { -station } ihre { -box } hat

## Which station's task returns next

lesson-next-prompt = Der { -task } welcher { -station } kehrt als Nächstes zurück?
lesson-station-choice = { -station } { $station }
lesson-next-done = { -box } { $box } war fertig
lesson-next-failed = er schlug bei { -box } { $box } fehl ({ $error })
lesson-error-spoiled = { -dose } { $shot } der { -box } verdorben
lesson-error-broken = während { -shot } { $shot } von Hand kaputt gemacht
lesson-next-rival = { -station } { $station } hatte noch { $doses }
lesson-next-rivals = {" "}Im Moment des Schritts: { $rivals }.
lesson-next-explanation = Der { -task } von { -station } { $station } kehrte als Nächstes zurück, bei { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = Der { -supervisor }, der auf die ganze Menge wartet, wacht auf, sobald ein { -task } zurückgekehrt ist, bearbeitet jeden bis dahin fertigen { -task }, diesen eingeschlossen, und startet jede { -station } sofort neu.
lesson-sees-all-waiting = Unter ALL_COMPLETED meldet der { -supervisor } ihn, gibt der { -station } aber keine neue { -box }: Sie ist untätig, bis der ganze Durchgang zurückgekehrt ist.
lesson-sees-all-restart = Er war der letzte seines Durchgangs, daher gab der { -supervisor } unter ALL_COMPLETED jeder { -station } sofort eine neue { -box }.
lesson-sees-all-empty = Er war der letzte seines Durchgangs, und das { -depot } war leer: Keine { -station } bekam eine neue { -box }.
lesson-sees-queue = Ein Done-Callback legt ihn in die Abschluss-Warteschlange, und der { -supervisor } holt ihn dort ab.
lesson-sees-article = Die Schleife aus dem Artikel wacht in einem ihrer gezählten Wartevorgänge dafür auf, mit jedem bis dahin fertigen { -task }, und startet seine { -station } sofort neu, ob noch { -box(number: "other") } übrig sind oder nicht.
lesson-sees-taskgroup = Der eigene { -task } der { -box } meldet ihn und gibt die { -station } frei, und der { -task } der nächsten { -box }, der am Semaphor wartet, nimmt die niedrigste freie { -station }.
lesson-sees-taskgroup-last = Der eigene { -task } der { -box } meldet ihn und gibt die { -station } frei; keine { -box } ist mehr übrig, also bleibt die { -station } frei.
lesson-sees-workers = Der Worker der { -station } meldet ihn selbst und holt die nächste { -box } aus der Warteschlange.
lesson-sees-workers-last = Der Worker der { -station } meldet ihn selbst; die Warteschlange ist leer, also kehrt der Worker zurück.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = Der { -task } von { -station } { $station }
lesson-task-worker = Der Worker von { -station } { $station }
lesson-task-box = Der { -task } von { -box } { $box }
lesson-task-supervisor = Der { -supervisor }
lesson-task-callback = Ein Callback der { -event-loop }

## How often a sleeping task is polled

lesson-sleep-polls-prompt = Der { -task } von { -station } { $station } schläft bis zu seiner nächsten { -shot }, fällig bei { $time } s (siehe die { -timer-queue }). Wie oft pollt der { -executor } ihn, bis diese { -shot } verabreicht ist?
lesson-sleep-polls-none = Kein einziges Mal: Der { -timer } verabreicht die { -shot } von selbst
lesson-sleep-polls-once = Einmal: wenn sein { -timer } auslöst, und dieser Poll verabreicht die { -shot }
lesson-sleep-polls-per-ms =
    Etwa { $polls ->
        [one] { $polls }-mal
       *[other] { $polls }-mal
    }: einmal pro Millisekunde seines Schlafs
lesson-sleep-polls-always = Immer wieder, bis sein { -timer } auslöst
lesson-sleep-polls-explanation =
    Der { -executor } pollte den { -task } von { -station } { $station } einmal, bei { $time } s, als sein { -timer } auslöste: Dieser Poll { $outcome ->
        [spoiled] fand die { -dose } verdorben
       *[shot] verabreichte die { -shot }
    }. In den { $seconds } s davor pollte er ihn überhaupt nicht: Ein schlafender { -task } wartet in der { -timer-queue }, nicht in der { -ready-queue }, und kostet den { -thread } nichts. Derweil kamen andere { -task(number: "other") } { $turns ->
        [one] { $turns }-mal
       *[other] { $turns }-mal
    } an die Reihe.

## Which ready task runs next

lesson-next-turn-prompt = Diese { -task(number: "other") } sind bereit zu laufen: die { -ready-queue }, unter dem { -lot }. Welcher bekommt als Nächstes den { -thread }?
lesson-next-turn-all = Alle zugleich
lesson-next-turn-explanation = { $task } lief als Nächstes: Er stand vorn in der { -ready-queue }. Der { -executor } führt einen { -task } nach dem anderen aus und nimmt die bereiten in der Reihenfolge, in der sie bereit wurden: Wer zuerst kommt, läuft zuerst; jeder läuft, bis er await aufruft. Dahinter warteten: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = Der { -task } von { -station } { $station } hat gerade einen Fehler ausgelöst. Was tut der { -supervisor }?
lesson-after-failure-stops-run = Er hält den ganzen Lauf an: Der Fehler beendet das Programm
lesson-after-failure-retries = Er gibt { -station } { $station } dieselbe { -box } noch einmal, für einen neuen Versuch
lesson-after-failure-new-box = Er meldet den Fehler und gibt { -station } { $station } sofort eine neue { -box }
lesson-after-failure-new-box-later = Er meldet den Fehler und gibt { -station } { $station } eine neue { -box }, sobald der ganze Durchgang zurück ist
lesson-after-failure-station-stops = Er meldet den Fehler; für { -station } { $station } ist keine { -box } mehr übrig, also hört sie auf
lesson-after-failure-ignores = Nichts, bis der Lauf endet: Der Fehler wartet im { -task }
lesson-after-failure-then-new = bekam { -station } { $station } sofort { -box } { $box }, bei { $time } s, und die Schleife lief weiter
lesson-after-failure-then-later = wartete { -station } { $station } auf den Rest ihres Durchgangs und bekam { -box } { $box } bei { $time } s
lesson-after-failure-then-stops = war keine { -box } mehr für { -station } { $station } übrig, also hörte sie auf, während die anderen weitermachten
lesson-after-failure-explanation = Ein { -task }, der fehlschlägt, ist fertig, also bekam der { -supervisor } ihn wie jeden anderen, nahm den Fehler als sein Ergebnis und meldete ihn: { -box } { $box } schlug fehl ({ $error }), und die { -dose(number: "other") }, die noch darin waren ({ $wasted }), zählten als verschwendet, ohne neuen Versuch. Dann { $then }.

## When a station gets its next box

lesson-refill-prompt = Der { -task } von { -station } { $station } ist zurückgekehrt. Wann bekommt { -station } { $station } ihre nächste { -box }?
lesson-refill-at-once = Sofort: sobald ihr { -task } zurückgekehrt ist
lesson-refill-pause = Nach einer festen Pause, egal was die anderen { -station(number: "other") } tun
lesson-refill-batch = Später: sobald jeder andere { -task } ihres Durchgangs zurückgekehrt ist
lesson-refill-never = Nie: Das { -depot } hat keine { -box } mehr für sie
lesson-refill-explanation-at-once = { -station } { $station } bekam { -box } { $box } bei { $time } s, im selben Augenblick, in dem ihr { -task } zurückkehrte. { $supervisor }
lesson-refill-explanation-batch = { -station } { $station } bekam { -box } { $box } erst bei { $time } s, { $seconds } s nach der Rückkehr ihres { -task(case: "gen") }, als der { -task } von { -station } { $last } als letzter ihres Durchgangs zurückkehrte. { $supervisor }
lesson-refill-explanation-never = { -station } { $station } bekam keine { -box } mehr: Für sie war keine übrig, also blieb sie bis zum Ende des Laufs untätig.

## How many boxes are done by a time

lesson-boxes-prompt = Wie viele { -box(number: "other") } sind bei { $by } Sekunden fertig?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    Bei { $by } s waren { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } fertig: { $more } mehr als im Moment des Schritts, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = Ist ALL_COMPLETED in diesem Lauf vor oder nach FIRST_COMPLETED fertig, und um wie viel?
lesson-all-vs-first-sooner = ALL_COMPLETED ist zuerst fertig
lesson-all-vs-first-even = Beide liegen weniger als 0,5 % auseinander
lesson-all-vs-first-under-5 = ALL_COMPLETED ist später fertig, um weniger als 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED ist später fertig, um 5 % bis 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED ist später fertig, um mehr als 20 %
lesson-percent-later = { $percent } % später
lesson-percent-sooner = { $percent } % früher
lesson-all-vs-first-explanation = ALL_COMPLETED war bei { $all } s fertig und FIRST_COMPLETED bei { $first } s: { $difference }. Beim Warten auf den ganzen Durchgang waren die { -station(number: "other") } { $all_idle } { -station(form: "compound") }sekunden untätig, gegenüber { $first_idle }, wenn jede { -station } neu startet, sobald sie fertig ist.

## A station that blocks the thread

lesson-blocking-prompt = Verabreichen die anderen { -station(number: "other") } eine { -shot }, während { -station } { $station } ihre { -box } abarbeitet?
lesson-blocking-yes = Ja: Die anderen impfen weiter, während sie arbeitet
lesson-blocking-no = Nein: Keine von ihnen impft, bis sie den { -thread } freigibt
lesson-blocking-explanation =
    { -station } { $station } hielt den { -thread } von { $from } s bis { $to } s, und die anderen { -station(number: "other") } verabreichten in dieser Zeit { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }. Solange ein { -task } den { -thread } hält, läuft kein anderer { -task } und kein Callback eines { -timer(case: "gen") }: Die anderen kommen erst an die Reihe, wenn er ihn freigibt. { $after ->
        [turn] Hier verabreichten sie { $between ->
            [one] { $between } { -shot }
           *[other] { $between } { -shot(number: "other") }
        }, bevor { -station } { $station } den { -thread } wieder nahm.
        [none] Hier kamen sie gar nicht dran: { -station } { $station } nahm sofort ihre nächste { -box } und hielt den { -thread } wieder.
       *[last] Das war ihre letzte { -box }.
    }

## Breaking a station now

lesson-waste-prompt = Wenn { -station } { $station } jetzt kaputtgeht, wie viele { -dose(number: "other") } werden verschwendet?
lesson-waste-restarted = der { -supervisor } meldete den Fehler und startete die { -station } mit einer neuen { -box } neu
lesson-waste-restarted-at = der { -supervisor } meldete den Fehler und gibt der { -station } erst bei { $seconds } Sekunden eine neue { -box }, wenn er das nächste Mal { -box(number: "other") } verteilt
lesson-waste-stopped = der { -supervisor } meldete den Fehler; das { -depot } war leer, daher blieb die { -station } stehen
lesson-waste-caught = ihr { -task } fing den Fehler ab und meldete ihn selbst, und die { -station } machte mit der nächsten { -box } weiter
lesson-waste-caught-stopped = ihr { -task } fing den Fehler ab und meldete ihn selbst; es war keine { -box } mehr übrig, daher blieb die { -station } stehen
lesson-waste-explanation = { -station } { $station } ging kaputt, als in { -box } { $box } noch { $wasted } übrig waren: Sie alle sind verschwendet, die { $given }, die sie aus dieser { -box } verabreicht hat, bleiben verabreicht, und { $then }.

## The article's loop

lesson-vanished-prompt = Wie viele { -dose(number: "other") } verschwinden aus dem Bericht, wenn die Schleife endet (verabreicht und nie gemeldet, oder weggeworfen)?
lesson-vanished-explanation =
    Die Schleife machte ihren letzten Wartevorgang, und das Programm endete, während noch { $tasks ->
        [one] { $tasks } { -task } lief
       *[other] { $tasks } { -task(number: "other") } liefen
    }: asyncio.run brach sie mitten in der { -box } ab. Von ihren { $vanished } wurden verabreicht, aber nie gemeldet: { $unreported }; mit ihren { -box(number: "other") } weggeworfen: { $discarded }.
lesson-printed-prompt = Die Schleife druckt die Zahl ihrer Wartevorgänge als Nummer jeder { -box }. Welche Nummer druckt die Schleife ab diesem Moment als erste für zwei verschiedene { -box(number: "other") }?
lesson-program-lost-prompt = Wie viele { -dose(number: "other") } verliert dieser { -supervisor }: verabreicht und nie gemeldet, oder mit { -box(number: "other") } weggeworfen, die er nie gemeldet hat?
lesson-program-lost-explanation =
    CPython hat ihn mit genau diesen Ziehungen ausgeführt: Er verlor { $lost } in { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, davon { $unreported } verabreicht und nie gemeldet und { $thrown_away } mit diesen { -box(number: "other") } weggeworfen oder verschwendet. Der { -lot } und das Protokoll zeigen jede { -box }.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } an { -station } { $station }
lesson-printed-explanation =
    Wartevorgang { $wait } lieferte { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } auf einmal, daher druckte die Schleife für jeden davon { $printed } ({ $boxes }) und zählte nur einen Wartevorgang.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Ein { -thread }, viele { -task(number: "other") }
lesson-one-thread-step-1 = Drei { -station(number: "other") } teilen sich einen { -thread }. Jede { -station } arbeitet ihre { -box } mit { -dose(number: "other") } als asynchroner { -task } ab: Für jede { -shot } schläft sie so lange, wie die { -shot } dauert, und verabreicht sie dann. Hier läuft nichts parallel. Der { -executor } führt einen { -task } nach dem anderen aus, und ein { -task } läuft nur, bis er await aufruft. Der { -supervisor } hat an jeder { -station } eine { -box } geöffnet und wartet nun darauf, dass der erste { -task } fertig wird.
lesson-one-thread-step-2 = Die { -awaited-set } enthält einen { -task } pro { -station }, und die { -timer-queue } hält den Moment fest, zu dem jeder schlafende { -task } aufwachen soll. Auch der { -supervisor } schläft und wartet darauf, dass der erste { -task } der Menge fertig wird.
lesson-one-thread-step-3 = { -station } 3 hat die letzte { -dose } ihrer { -box } verabreicht: Ihr { -task } ist zurückgekehrt, und der { -supervisor }, der auf die Menge der { -task(number: "other") } der { -station(number: "other") } wartet, wachte für diesen einen { -task } auf und meldete seine { -box }. Die anderen beiden { -task(number: "other") } laufen noch. Die Menge, auf die der { -supervisor } wartet, steht nicht fest: Sie ändert sich im Lauf der Zeit.
lesson-one-thread-step-4 = Der { -inspector } zeigt für jeden { -task } seine Polls und Weckrufe. Ein { -task } wird gepollt, wenn er startet, und jedes Mal, wenn sein { -timer } ihn weckt; dazwischen ruht er und belegt nichts. Deshalb kann ein { -thread } viele { -station(number: "other") } betreuen: Fast die ganze Zeit schlafen alle { -task(number: "other") }.
lesson-one-thread-step-5 = Das { -depot } hat gerade seine letzte { -box } ausgegeben. Von jetzt an startet der { -supervisor } keinen neuen { -task } mehr: Er wartet nur noch auf die laufenden { -task(number: "other") }, und jede { -station } hört auf, wenn ihre letzte { -box } fertig ist.
lesson-one-thread-step-6 = Der Lauf ist vorbei. Jede { -dose } ist verbucht: Die verabreichten und die verschwendeten { -dose(number: "other") } ergeben zusammen alle { -dose(number: "other") } im { -depot }. Spiel einen beliebigen Schritt noch einmal ab, oder ändere die Parameter und sieh zu, wie derselbe { -executor } mit mehr { -station(number: "other") } zurechtkommt.
lesson-one-thread-summary = Nebenläufigkeit auf einem { -thread }: Die { -task(number: "other") } wechseln sich ab, und ein { -task } läuft nur, bis er await aufruft. Ein schlafender { -task } kostet nichts, also hält ein einziger { -executor } viele { -station(number: "other") } beschäftigt, während der { -supervisor } jeden { -task } behandelt, sobald er fertig wird.

lesson-failure-title = Fehler als Werte
lesson-failure-step-1 = In diesem Lauf kann eine { -dose } verderben: Jede { -shot } schlägt mit einer kleinen Wahrscheinlichkeit fehl, und dann endet der { -task } der { -station } mit einem Fehler statt mit einer Zahl. In Rust gibt der { -task } einen Err-Wert zurück. In asyncio löst die Koroutine eine Ausnahme aus, und der { -task } bewahrt sie auf, bis jemand nach seinem Ergebnis fragt.
lesson-failure-step-2 = Der { -task } von { -station } 1 ist gerade fehlgeschlagen: { -dose } 17 seiner { -box } war verdorben, und der { -task } endete mit einem Fehler statt mit einer Zahl. Ein { -task }, der fehlschlägt, ist auch fertig: Für den { -supervisor }, der auf den ersten fertigen { -task } wartet, ist ein Fehler ein Ergebnis wie jedes andere.
lesson-failure-step-3 = Der { -supervisor } nahm den Fehler vom fertigen { -task } entgegen und meldete ihn. Die in der fehlgeschlagenen { -box } verbliebenen { -dose(number: "other") } zählen als verschwendet, nicht als verloren, und die { -station } beginnt mit einer neuen { -box } aus dem { -depot } von vorn. Lies das Protokoll: Der Fehlschlag nennt die { -station }, die { -box } und die verdorbene { -dose }.
lesson-failure-step-4 = Du kannst eine { -station } selbst kaputt machen: Klick auf dem { -lot } auf eine arbeitende { -station }, oder gib ihr den Fokus und drück die Eingabetaste. Der { -supervisor } behandelt diesen Fehler genau wie eine verdorbene { -dose }. Sag vorher voraus, was es kosten würde, { -station } 1 jetzt kaputt zu machen.
lesson-failure-step-5 = Die Statistik: verabreichte { -dose(number: "other") }, verschwendete { -dose(number: "other") } und die fehlgeschlagenen { -box(number: "other") }. Was auch fehlschlägt, die Bilanz stimmt weiterhin: Die verabreichten { -dose(number: "other") }, die verschwendeten und die noch in offenen { -box(number: "other") } ergeben zusammen immer alle { -dose(number: "other") }, die aus dem { -depot } genommen wurden.
lesson-failure-step-6 = Im Code sieht sich der { -supervisor } das Ergebnis jedes fertigen { -task(case: "gen") } an: eine Zahl bei Erfolg, ein Fehler bei einem Fehlschlag, und so oder so bekommt die { -station } eine neue { -box }, solange das { -depot } eine hat. Ein Fehlschlag hält die Schleife nie an, denn der Fehler kommt als Wert an, den der { -supervisor } behandelt.
lesson-failure-summary = Ein Fehler ist ein Ergebnis wie jedes andere: Der fehlgeschlagene { -task } ist fertig, der { -supervisor } nimmt seinen Fehler als Wert entgegen, zählt die in der { -box } verbliebenen { -dose(number: "other") } als verschwendet und startet die { -station } neu, und die Schleife läuft weiter.

lesson-blocking-title = Ein { -task }, der nie await aufruft
lesson-blocking-step-1 = { -station } 1 ist falsch geschrieben: Für jede { -shot } schläft sie mit einem blockierenden Aufruf (time.sleep in Python, std::thread::sleep in Rust; die Engine bildet ihn nach, indem sie ihre Uhr vorstellt, während sie den { -thread } behält), statt auf ein Sleep zu warten (await). Ein blockierender Aufruf behält den { -thread }. Die { -station(number: "other") } 2 und 3 sind geschrieben wie zuvor, und alle drei { -task(number: "other") } wurden zusammen gestartet.
lesson-blocking-step-2 = { -station } 1 hat gerade den { -thread } freigegeben: Ihre { -box } ist fertig und ihr { -task } ist zurückgekehrt. Die { -station(number: "other") } 2 und 3 haben noch keine einzige { -shot } verabreicht: { -station } 1 lief zuerst und behielt den { -thread }, bevor ihre { -task(number: "other") } auch nur ihr erstes Sleep beginnen konnten. Sie beginnen es jetzt, und der { -supervisor } startet { -station } 1 mit einer neuen { -box }, die laufen wird, bevor ihre { -timer(number: "other") } fällig werden. Schau auf den { -executor }: die { -awaited-set } und die { -timer-queue }.
lesson-blocking-step-3 = { -station } 1 hat den { -thread } wieder freigegeben, nach ihrer zweiten { -box }. Während sie ihn hielt, wurden die { -timer(number: "other") } der { -station(number: "other") } 2 und 3 fällig; als sie ihn freigab, lösten sie aus, und ihre { -task(number: "other") } warten jetzt in der { -ready-queue }, unter dem { -lot }. Der { -supervisor } hält den { -thread }: Er hat { -station } 1 gerade ihre nächste { -box } gegeben.
lesson-blocking-step-4 = Die { -station(number: "other") } 2 und 3 haben kaum { -shot(number: "other") } verabreicht: Jede schafft eine { -shot } pro { -box } von { -station } 1. Jedes Mal, wenn { -station } 1 den { -thread } freigibt, lösen die inzwischen fälligen { -timer(number: "other") } gemeinsam aus, die { -station(number: "other") } 2 und 3 kommen je einmal an die Reihe, und die nächste { -box } von { -station } 1 nimmt den { -thread } wieder.
lesson-blocking-step-5 = { -station } 1 hat ihre letzte { -box } abgeschlossen, bevor die anderen ihre erste fertig hatten. Schau auf den { -thread } unter dem { -lot }: Sein Streifen der letzten Runden zeigt, wer lief und wie lange. Die Runden von { -station } 1 dauern Sekunden, jede eine ganze { -box }; dazwischen kommen die { -station(number: "other") } 2 und 3 je einmal dran, eine { -shot } lang, was gar keine Zeit kostet.
lesson-blocking-step-6 = Die Lösung: auf ein Sleep warten, das den { -thread } zurückgibt. In Python await asyncio.sleep(...) statt time.sleep(...), ein Schlüsselwort und eine andere Funktion; in Rust das Sleep der Laufzeitumgebung, mit await. Dann gibt eine { -station } den { -thread } bei jeder { -shot } zurück, und die anderen laufen, während sie wartet. Jeder blockierende Aufruf richtet denselben Schaden an: eine Datei lesen, eine langsame Berechnung, ein Netzwerkaufruf ohne await.
lesson-blocking-summary = Ein { -task }, der nie await aufruft, behält den { -thread }, und kein anderer { -task } läuft, bis er ihn freigibt. Warte mit await, statt zu blockieren, damit die anderen laufen, während ein { -task } wartet.

lesson-policies-title = Auf den ersten warten, oder auf alle
lesson-policies-step-1 = Die { -station(number: "other") } arbeiten unterschiedlich schnell: { -station } 1 verabreicht ihre { -shot(number: "other") } doppelt so schnell wie { -station } 2, und { -station } 3 halb so schnell wie { -station } 2. Der { -supervisor } wartet auf den ersten fertigen { -task } (FIRST_COMPLETED) und startet diese { -station } sofort neu. Angenommen, er würde auf alle warten (ALL_COMPLETED), bevor er irgendeine nachfüllt.
lesson-policies-step-2 = Jetzt derselbe Seed unter ALL_COMPLETED: Der { -supervisor } wartet auf den ganzen Durchgang der { -task(number: "other") }, die er gestartet hat. { -station } 1 hat ihre { -box } als erste fertig, und der { -supervisor } hat sie gemeldet.
lesson-policies-step-3 = Der { -task } von { -station } 2 ist auch zurückgekehrt, und seine { -box } ist gemeldet. { -station } 3, die langsamste, arbeitet noch an ihrer ersten { -box }. Die { -awaited-set } zeigt, worauf der { -supervisor } wartet.
lesson-policies-step-4 = Die Diagramme spielen denselben Seed unter jeder Strategie ab. Die Zeit mit offener { -box } zeigt, wo ALL_COMPLETED verliert: Die schnellen { -station(number: "other") } warten in jedem Durchgang auf die langsamste.
lesson-policies-step-5 = Ein dritter Weg: Der { -task } jeder { -station } schickt sein Ergebnis in eine Warteschlange, und der { -supervisor } holt die Ergebnisse in der Reihenfolge ihres Eintreffens aus der Warteschlange. Das ist derselbe Lauf wie FIRST_COMPLETED, { -box } für { -box } und Mikrosekunde für Mikrosekunde, nur anders geschrieben. Vergleich den Code der beiden.
lesson-policies-summary = Wie der { -supervisor } wartet, entscheidet, wie die { -station(number: "other") } genutzt werden: FIRST_COMPLETED füllt jede { -station } nach, sobald sie fertig ist, während ALL_COMPLETED die schnellen untätig lässt, bis die langsamste des Durchgangs fertig ist.

lesson-article-title = Die Schleife aus dem Artikel, samt ihren Fehlern
lesson-article-step-1 = Dieser Lauf folgt dem Kontrollfluss des klassischen asyncio-Artikels, so wie er geschrieben ist. Seine Schleife zählt keine { -box(number: "other") }: Sie zählt, wie oft sie auf die Menge der { -task(number: "other") } der { -station(number: "other") } gewartet hat, und hört nach so vielen Wartevorgängen auf, wie es { -box(number: "other") } gibt. Jeder { -task }, den sie fertig vorfindet, bekommt sofort eine neue { -box }, ob noch welche übrig sind oder nicht.
lesson-article-step-2 = Die Schleife steht kurz vor ihrem letzten Wartevorgang, und jede { -station } ist mitten in einer { -box }. Wenn dieser Wartevorgang zurückkehrt, endet das Programm, und asyncio.run bricht jeden { -task } ab, der noch läuft. Sag voraus, was das kostet.
lesson-article-step-3 = Das { -depot } zeigt die { -box(number: "other") }, die über seinen Bestand hinaus entnommen wurden: Die Schleife startete { -task(number: "other") } neu, nachdem die letzte { -box } weg war. Die Statistik zählt die verschwundenen { -dose(number: "other") }: die, die die abgebrochenen { -task(number: "other") } verabreicht hatten und die nie gemeldet wurden, und die, die in ihren { -box(number: "other") } übrig waren und weggeworfen wurden.
lesson-article-step-4 = Jetzt dauert jede { -shot } genau 100 ms, also schließen die drei { -station(number: "other") } jede { -box } im selben Augenblick ab, und ein Wartevorgang liefert alle drei { -task(number: "other") }. Die Schleife druckt die Zahl ihrer Wartevorgänge dort, wo die Nummer der { -box } hingehört.
lesson-article-step-5 = Jede Nummer erscheint dreimal, und die Schleife meldet drei { -box(number: "other") } pro Wartevorgang: Nach ihren sechs Wartevorgängen hat sie achtzehn { -box(number: "other") } aus einem { -depot } von sechs gemeldet. Der Vergleich spielt denselben Seed unter jeder Strategie ab: Die exakten { -supervisor(number: "other") } öffnen sechs { -box(number: "other") } und verlieren nichts.
lesson-article-step-6 = Derselbe Lauf unter FIRST_COMPLETED, so wie der { -supervisor } dieser App ihn schreibt: Er zählt { -box(number: "other") }, startet eine { -station } nur neu, solange das { -depot } eine hat, und wartet auf die noch arbeitenden { -station(number: "other") }, bevor er zurückkehrt. Jede { -dose } wird verabreicht und gemeldet.
lesson-article-summary = Zähle, was du zählen willst: Die Schleife aus dem Artikel zählt Wartevorgänge statt { -box(number: "other") }, also entnimmt sie { -box(number: "other") } über den Bestand des { -depot(case: "gen") } hinaus, druckt die Nummern ihrer Wartevorgänge als { -box }nummern, und ihr Ende bricht { -task(number: "other") } ab, deren { -dose(number: "other") } nie gemeldet werden.

lesson-own-supervisor-title = Schreib deinen eigenen { -supervisor }
lesson-own-supervisor-step-1 = Hier ist die Schleife aus dem klassischen Artikel dein eigenes Programm: Die Python-Ansicht zeigt es in einem Editor, und CPython führt es mit den { -station(number: "other") } und Ziehungen dieses Laufs aus. Es startet einen { -task } pro { -station }, wartet eine feste Zahl von Malen und startet jede { -station } neu, deren { -task } es fertig vorfindet. Sag voraus, bevor du hinschaust: Wie viel verliert es?
lesson-own-supervisor-step-2 = Dieser { -supervisor } startet einen { -task } pro { -station } und wartet auf keinen davon; er schläft nur. Ein { -task } läuft auch dann, wenn niemand ihn mit await erwartet: Die { -event-loop } führt ihn trotzdem aus. Aber niemand nimmt sein Ergebnis entgegen, also meldet auch niemand seine { -box }.
lesson-own-supervisor-step-3 = Die Korrektur: warten, solange noch ein { -task } läuft, egal wie viele Wartevorgänge das braucht, jeden { -task } in jeder Done-Menge melden und eine { -station } nur so lange neu starten, wie das { -depot } eine { -box } hat. Sag voraus, was dieser { -supervisor } verliert.
lesson-own-supervisor-step-4 = Auch dieser meldet jede { -box }, legt aber nach jeder Meldung mit time.sleep eine Pause ein. Nichts geht verloren, und doch: Schau auf die Hinweise unter seinem Ergebnis. Während der { -supervisor } so schläft, hält er den einzigen { -thread }, und keine { -station } verabreicht eine { -shot }. Vergleich, wann sein Lauf endet, mit dem Ende des vorigen.
lesson-own-supervisor-step-5 = Dein Programm ist jetzt Zeile für Zeile der FIRST_COMPLETED-{ -supervisor } der Engine. Die Schaltfläche unter seinem Ergebnis vergleicht die beiden Läufe Ereignis für Ereignis bei denselben Ziehungen. Ändere das Programm im Editor, führ es noch einmal aus und sieh nach, wo die beiden auseinandergehen.
lesson-own-supervisor-summary = Ein { -supervisor } steht für jeden { -task } ein, den er startet: Er wartet auf jeden, sieht sich sein Ergebnis an und kehrt erst zurück, wenn keiner mehr läuft. Ein { -task }, auf den niemand wartet, läuft trotzdem, doch was er tut, fehlt in der Bilanz.

lesson-exercises-title = Übungen
lesson-exercises-step-1 = Du bist dran: Dieser { -supervisor } wartet nur, solange jede { -station } beschäftigt ist. Sobald eine das { -depot } leer vorfindet, kehrt er zurück, und asyncio.run bricht die { -task(number: "other") } ab, die noch { -shot(number: "other") } verabreichen. Ändere ihn im Editor, bis er jede { -box } meldet und keine { -dose } verliert, und drück dann auf „Meinen ausführen“. Das Ziel unter diesem Text prüft jeden deiner Läufe.
lesson-exercises-step-2 = Dieser { -supervisor } verliert nichts, legt aber nach jeder Meldung mit time.sleep eine Pause ein, und die hält den einzigen { -thread } fest: Keine { -station } verabreicht in dieser Zeit eine { -shot }. Du schreibst nur den { -supervisor } (die { -station(number: "other") } gehören der Seite), also blockiert hier der { -supervisor }. Lass ihn pausieren, ohne den { -thread } festzuhalten, und drück wieder auf „Meinen ausführen“.
lesson-exercises-step-3 = Unter ALL_COMPLETED wartet jeder Durchgang von { -box(number: "other") } auf die langsamste, und { -station } 3 arbeitet mit halber Geschwindigkeit. Leere dasselbe { -depot } schneller: Ändere die Strategie, die { -station(number: "other") } oder ihre Geschwindigkeiten unter „Parameter“ am Fuß der Seite, übernimm sie und spiel den Lauf bis zum Ende ab. Das Ziel prüft den Lauf auf dem Bildschirm.
lesson-exercises-summary = Eine Übung wird an deinem eigenen Lauf geprüft, nie von Hand: CPython führt deinen { -supervisor } mit den Ziehungen der Engine aus, und die Seite zählt jede gemeldete { -box } und { -dose }, jeden blockierenden Aufruf und wie lange das { -depot } braucht.

lesson-event-loop-title = Du bist die { -event-loop }
lesson-event-loop-step-1 = Diesmal bist du die { -event-loop }. Der { -supervisor } hat gerade die { -task(number: "other") } von drei { -station(number: "other") } gestartet; die { -station(number: "other") } 1 und 2 brauchen 0,2 s pro { -shot }, { -station } 3 braucht 0,4 s. Bei jeder Entscheidung der { -event-loop } wählst du, was sie tut: welchen bereiten { -task } sie fortsetzt oder, wenn keiner bereit ist, welchen { -timer } sie auslöst. Jede Entscheidung wird an den Regeln von asyncio geprüft, und der Lauf geht von der richtigen aus weiter.
lesson-event-loop-step-2 = Die { -station(number: "other") } 1 und 2 verabreichen gleich die letzte { -shot } ihrer { -box(number: "other") }. Spiel noch einmal die { -event-loop }: Achte darauf, wer geweckt wird, wenn der { -task } einer { -station } fertig ist, und an welcher Stelle er sich in die { -ready-queue } einreiht.
lesson-event-loop-step-3 = Ein anderer Lauf: { -station } 2 blockiert jetzt den { -thread } für ihre ganze { -box }, 0,6 s lang, mit einem blockierenden Aufruf statt eines await. Die { -timer(number: "other") } der { -station(number: "other") } 1 und 3 werden fällig, während sie den { -thread } hält. Welchen löst die { -event-loop } aus, wenn sie den { -thread } zurückbekommt, und wen setzt sie fort?
lesson-event-loop-step-4 = Zurück zum ersten Lauf, diesmal zum Zuschauen statt zum Spielen: Die { -thread }-Ansicht unter dem { -lot } zeigt die { -ready-queue } bei jedem Ereignis jedes Laufs, den vordersten zuerst. Die { -station(number: "other") } 1 und 2 wurden wieder zusammen fällig, und { -station } 3 mit ihnen.
lesson-event-loop-step-5 = Das ist die ganze Arbeit der { -event-loop }: die { -ready-queue } von vorn abarbeiten und, wenn sie leer ist, bis zum frühesten { -timer } schlafen. Die { -thread }-Ansicht unter dem { -lot } zeigt dieselbe Warteschlange in jedem Moment jedes Laufs; öffne den { -lot } mit loop=1 in der Adresse, um mit einem eigenen Lauf weiter die { -event-loop } zu spielen.
lesson-event-loop-summary = Die { -event-loop } trifft zwei Arten von Entscheidungen, und keine davon liegt bei den { -task(number: "other") }. Sie setzt die bereiten { -task(number: "other") } in der Reihenfolge fort, in der sie bereit wurden: Wer zuerst kommt, läuft zuerst; ist keiner bereit, schläft sie bis zur frühesten Frist und löst jeden dann fälligen { -timer } in einer einzigen Runde aus. Ein { -task }, der fertig wird, weckt den, der auf ihn wartet, nur über einen Done-Callback, eine Runde später, und ein { -task }, der blockiert, lässt jeden inzwischen fälligen { -timer } warten, bis er den { -thread } freigibt.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = Du bist die { -event-loop }. In der { -ready-queue } stehen, in der Reihenfolge, in der sie hineinkamen: { $queue }. Welchen { -task } setzt du fort?
loop-fire-prompt = Du bist die { -event-loop }. Diese { -timer(number: "other") } sind gestellt. Welchen löst du als Nächstes aus?
loop-station = { -station } { $station }
loop-fire-option =
    { $count ->
        [one] { $stations }, fällig bei { $due } s
       *[other] { $stations }, alle fällig bei { $due } s
    }
loop-resume-why = Die { -ready-queue } von asyncio arbeitet in der Reihenfolge des Eintreffens: { $task } kam als Erster hinein, bei { $since } s ({ $cause }), also setzt die { -event-loop } ihn vor den anderen fort. Dahinter warteten: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}Der { -supervisor } steht weiter hinten: { $task } wurde bei { $since } s fertig, und asyncio führt den Done-Callback eines fertigen { -task(case: "gen") } erst eine Runde später aus; erst dieser weckt den { -supervisor }.
loop-supervisor-behind-callback = {" "}Der { -supervisor } steht weiter hinten: Der Done-Callback eines fertigen { -task(case: "gen") } hat ihn bei { $since } s geweckt, und asyncio führt diesen Callback eine Runde nach dem Ende des { -task(case: "gen") } aus.
loop-cause-done-callback = der Done-Callback eines fertigen { -task(case: "gen") } hat ihn geweckt
loop-cause-timer = sein { -timer } hat ausgelöst
loop-cause-done = { $task } wurde fertig, und sein Done-Callback hat ihn geweckt
loop-cause-spawned = der { -supervisor } hatte ihn gerade gestartet
loop-cause-woken = { $task } hat ihn geweckt
loop-fire-why = Die { -event-loop } schläft bis zur frühesten Frist und löst den dann fälligen { -timer } aus: { $stations }, bei { $due } s. Eine spätere Frist wartet, bis sie an der Reihe ist.
loop-fire-why-tie = Die früheste Frist, { $due } s, teilen sich mehrere { -timer(number: "other") }: { $stations }. Die { -event-loop } löst jeden dann fälligen { -timer } in einer einzigen Runde aus, und ihre { -task(number: "other") } reihen sich gemeinsam in die { -ready-queue } ein (asyncio nimmt gleichzeitig fällige { -timer(number: "other") } in der Reihenfolge seines Heaps; diese Seite nimmt sie nach { -station(form: "compound") }nummer).
loop-fire-why-late =
    Ein { -task } hielt den { -thread } bis { $now } s, über die früheste Frist ({ $due } s) hinaus. Als er ihn freigab, löste die { -event-loop } jeden inzwischen fälligen { -timer } aus, den frühesten zuerst: { $count ->
        [one] { $stations }
       *[other] { $stations }, in dieser Reihenfolge
    }.
lesson-cannot-one-of-many = eine Frage { $kind } stellt eine Entscheidung nach der anderen, in einem eigenen Bereich
lesson-error-decisions = erwartet wurde eine Anzahl von Entscheidungen von 1 bis { $limit }, gefunden: { $found }
lesson-error-flag = erwartet wurde true oder false, gefunden: { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Entscheidung { $number } von { $count }
loop-kind-resume = Einen { -task } fortsetzen.
loop-kind-fire = Einen { -timer } auslösen.
loop-asyncio-would = Das tut asyncio nicht. Es wählt: { $answer }.
loop-next = Nächste Entscheidung
loop-done =
    { $count ->
        [one] Du hast die Entscheidung der { -event-loop } getroffen
       *[other] Du hast { $count } Entscheidungen der { -event-loop } getroffen
    }, { $right } davon so wie asyncio.
loop-none = Von diesem Moment bis zum Ende des Laufs hat die { -event-loop } nichts zu entscheiden: Höchstens ein { -task } ist je bereit, höchstens ein { -timer } wartet.
loop-mode-title = Du bist die { -event-loop }
loop-mode-intro = Der Lauf hält bei jeder Entscheidung der { -event-loop } an. Wähl, was sie tut; die Seite prüft es an den Regeln von asyncio, dann geht der Lauf von der richtigen Entscheidung aus weiter.

## How sure the learner is, why, and the results to download

results-step-name = { $title }, Schritt { $number } von { $steps }
lesson-confidence = Wie sicher bist du?
lesson-confidence-guess = Geraten
lesson-confidence-fairly-sure = Ziemlich sicher
lesson-confidence-sure = Sicher
lesson-reason = Warum? In einer Zeile:
    .placeholder = weil …
lesson-your-reason = Deine Begründung:
results-download = Meine Ergebnisse herunterladen
    .title = Jede Antwort dieser Lektion in einer JSON-Datei (xAPI-Statements) für die Klassenansicht deiner Lehrkraft; nichts verlässt deinen Browser, bevor du sie abschickst.
lesson-summary-loop =
    Die { -event-loop } gespielt: { $right } von { $asked ->
        [one] { $asked } Entscheidung
       *[other] { $asked } Entscheidungen
    } so wie asyncio.
loop-queue-note = Die { -thread }-Ansicht unter dem { -lot } zeigt den { -thread }, wie er beim letzten Ereignis stand; die { -event-loop } entscheidet danach.
