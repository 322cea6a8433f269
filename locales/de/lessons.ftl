# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } Dosis
       *[other] { $count } Dosen
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
lesson-look-at = Schau auf { $region }.
lesson-focus-lot = den Parkplatz
lesson-focus-executor = den Executor
lesson-focus-inspector = den Task-Inspektor
lesson-focus-charts = die Diagramme
lesson-focus-code = den Code
lesson-focus-log = das Ereignisprotokoll
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
lesson-goal-loses-nothing = Dein Supervisor meldet jede Box des Depots ({ $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    }) und verliert keine Dosis.
lesson-goal-cooperates = Dein Supervisor hält den Thread nie mit einem blockierenden Aufruf fest und verliert keine Dosis.
lesson-goal-makespan = Das Depot ({ $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    } zu je { $capacity ->
        [one] { $capacity } Dosis
       *[other] { $capacity } Dosen
    }) ist in höchstens { $seconds } s simulierter Zeit geleert.
lesson-goal-run-mine = Drück in der Python-Ansicht auf „Meinen ausführen“: CPython führt dein Programm mit diesem Lauf aus, und das Ziel wird daran geprüft.
lesson-goal-did-not-run = Dein Programm ist nicht bis zum Ende gelaufen: { $reason }
lesson-goal-program-problems = Der Lauf deines Programms mit CPython: { $problems }.
lesson-goal-lost = { $doses } verloren in { $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } Task lief
       *[other] { $tasks } Tasks liefen
    } noch, als er zurückkehrte
lesson-goal-beyond-depot = { $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    } über die { $depot } des Depots hinaus geöffnet
lesson-goal-left-in-depot = { $boxes ->
        [one] { $boxes } Box blieb
       *[other] { $boxes } Boxen blieben
    } im Depot
lesson-goal-blocked = Zeile { $line } hielt den Thread { $calls ->
        [one] einmal
       *[other] { $calls }-mal
    } fest, insgesamt { $seconds } s
lesson-goal-blocked-elsewhere = blockierende Aufrufe außerhalb deines Codes hielten den Thread { $calls ->
        [one] einmal
       *[other] { $calls }-mal
    } fest, insgesamt { $seconds } s
lesson-goal-reported-all = Der Lauf deines Programms mit CPython hat alle Boxen gemeldet ({ $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    }, { $doses }) und nichts verloren.
lesson-goal-never-blocked = Der Lauf deines Programms mit CPython hat den Thread nie festgehalten, alle Boxen gemeldet ({ $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    }, { $doses }) und nichts verloren.
lesson-goal-engine-same = Der FIRST_COMPLETED-Supervisor der Engine ergibt bei denselben Ziehungen denselben Lauf, Ereignis für Ereignis.
lesson-goal-engine-differs = Der FIRST_COMPLETED-Supervisor der Engine weicht bei denselben Ziehungen bei Ereignis { $index } davon ab.
lesson-goal-other-depot = Der Lauf auf dem Bildschirm hat { $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    } zu je { $capacity ->
        [one] { $capacity } Dosis
       *[other] { $capacity } Dosen
    }, das Depot des Schritts { $step_boxes ->
        [one] { $step_boxes } Box
       *[other] { $step_boxes } Boxen
    } zu je { $step_capacity ->
        [one] { $step_capacity } Dosis
       *[other] { $step_capacity } Dosen
    }: Es zählt nur ein Lauf mit dem Depot des Schritts.
lesson-goal-finished-within = Der Lauf auf dem Bildschirm endete bei { $time } s, { $spare } s innerhalb des Ziels.
lesson-goal-finished-late = Der Lauf auf dem Bildschirm endete bei { $time } s, { $over } s über dem Ziel.
lesson-goal-past = Der Lauf auf dem Bildschirm hat { $seconds } s überschritten, und es sind noch Boxen übrig.
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
lesson-error-params-too-long = länger als { $limit } Zeichen
lesson-error-params-not-text = erwartet wurde ein Query-String wie { $example }, gefunden: { $found }
lesson-error-at-event = erwartet wurde eine ganze Zahl von Ereignissen, 0 oder mehr, gefunden: { $found }
lesson-error-text-empty = leer: erwartet wurden ein paar Worte
lesson-error-text-too-long = { $count } Zeichen; höchstens { $limit } werden akzeptiert
lesson-error-not-text = erwartet wurde Text, gefunden: { $found }
lesson-error-text-missing = fehlt: erwartet wurde Text
lesson-error-lang = erwartet wurde ein Sprach-Tag wie { $first } oder { $second }, gefunden: { $found }
lesson-error-focus = { $found } ist kein Bereich: erwartet wurde einer von { $accepted }
lesson-error-question-not-object = erwartet wurde ein Objekt wie { $example }, gefunden: { $found }
lesson-error-question-kind = { $found } ist keine Fragenart: erwartet wurde eine von { $accepted }
lesson-error-seconds = erwartet wurde eine simulierte Zeit in Sekunden über 0 und höchstens { $limit }, gefunden: { $found }
lesson-error-station = erwartet wurde eine Stationsnummer, 1 oder mehr, gefunden: { $found }
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
        [one] { $limit } Dosis
       *[other] { $limit } Dosen
    }; dieser hat { $doses }
lesson-cannot-past-end = der Lauf hat nur { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }
lesson-cannot-ledger = der Lauf verletzt die Buchführung: { $detail }
lesson-cannot-needs-article = eine Frage { $kind } braucht die Schleife aus dem Artikel ({ $param })
lesson-cannot-needs-cpython = eine Frage { $kind } wird beantwortet, indem CPython das Programm des Schritts ausführt
lesson-cannot-no-cancel = nach diesem Moment wird kein Task abgebrochen: frag, bevor die Schleife endet
lesson-cannot-no-double = keine Wartephase nach diesem Moment liefert zwei Tasks: mach alle Impfungen gleich lang ({ $code })
lesson-cannot-nothing-returns = nach diesem Moment kehrt kein Task einer Station zurück
lesson-cannot-not-after = die gefragte Zeit, { $by } s, liegt nicht nach dem Moment des Schritts, { $now } s
lesson-cannot-needs-blocking = eine Frage { $kind } braucht eine blockierende Station ({ $param } in { $field })
lesson-cannot-no-finish = Station { $station } schließt nach diesem Moment keine Box ab
lesson-cannot-no-open = Station { $station } öffnet nach diesem Moment keine Box
lesson-cannot-no-failure = die Störung endete in keinem Fehler
lesson-cannot-no-station =
    Station { $station } gibt es nicht: Der Lauf hat { $stations ->
        [one] { $stations } Station
       *[other] { $stations } Stationen
    }
lesson-cannot-not-working = Station { $station } hat in diesem Moment keine Box offen und kann daher nicht ausfallen
lesson-cannot-none-working = keine Station hat in diesem Moment eine Box offen
lesson-cannot-not-broken = Station { $station } konnte in diesem Moment nicht gestört werden
lesson-cannot-sleep-blocking = Station { $station } blockiert den Thread: Ihr Task schläft nie auf einen Timer
lesson-cannot-not-asleep = der Task von Station { $station } schläft in diesem Moment nicht auf einen Timer: Sie hat keine Box offen, oder ihr Task hält den Thread oder wartet auf ihn
lesson-cannot-none-asleep = in diesem Moment schläft kein Task einer Station auf einen Timer
lesson-cannot-woken-early =
    der Task von Station { $station } wird vor seiner nächsten Impfung { $polls ->
        [one] einmal
       *[other] { $polls }-mal
    } gepollt: Etwas anderes als sein Timer weckt ihn (eine Störung von Hand)
lesson-cannot-no-thread = der Lauf hat in diesem Moment keine Aufzeichnung seines Threads
lesson-cannot-ready-few =
    die Warteschlange der bereiten Tasks enthält in diesem Moment { $count ->
        [one] { $count } Task
       *[other] { $count } Tasks
    }; die Frage braucht mindestens { $least }
lesson-cannot-needs-supervisor = eine Frage { $kind } braucht einen Supervisor, der auf die Tasks der Stationen wartet ({ $param })
lesson-cannot-not-after-failure = der Moment folgt nicht auf den Fehlschlag einer Station: Sein letztes Ereignis muss einer sein
lesson-cannot-not-returned = der Task von Station { $station } ist bis zu diesem Moment nicht zurückgekehrt
lesson-cannot-nothing-returned = bis zu diesem Moment ist kein Task einer Station zurückgekehrt
lesson-cannot-refilled = Station { $station } wartet in diesem Moment nicht auf eine Box: Sie hat ihre nächste schon
lesson-cannot-refilling = der Supervisor verteilt in diesem Moment neue Boxen: Frag, bevor er damit anfängt, oder wenn jede Station ihre Box hat

## Which station's task returns next

lesson-next-prompt = Der Task welcher Station kehrt als Nächstes zurück?
lesson-station-choice = Station { $station }
lesson-next-done = Box { $box } war fertig
lesson-next-failed = er scheiterte an Box { $box } ({ $error })
lesson-error-spoiled = Dosis { $shot } der Box war verdorben
lesson-error-broken = während Impfung { $shot } von Hand gestört
lesson-next-rival = Station { $station } hatte noch { $doses }
lesson-next-rivals = {" "}Im Moment des Schritts: { $rivals }.
lesson-next-explanation = Der Task von Station { $station } kehrte als Nächstes zurück, bei { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = Der Supervisor, der auf die ganze Menge wartet, wacht auf, sobald ein Task zurückgekehrt ist, bearbeitet jeden bis dahin fertigen Task, diesen eingeschlossen, und startet jede Station sofort neu.
lesson-sees-all-waiting = Unter ALL_COMPLETED meldet der Supervisor ihn, gibt der Station aber keine neue Box: Sie steht still, bis der ganze Durchgang zurückgekehrt ist.
lesson-sees-all-restart = Er war der letzte seines Durchgangs, daher gab der Supervisor unter ALL_COMPLETED jeder Station sofort eine neue Box.
lesson-sees-all-empty = Er war der letzte seines Durchgangs, und das Depot war leer: Keine Station bekam eine neue Box.
lesson-sees-queue = Ein Done-Callback legt ihn in die Fertig-Warteschlange, und der Supervisor holt ihn dort ab.
lesson-sees-article = Die Schleife aus dem Artikel wacht in einer ihrer gezählten Wartephasen dafür auf, mit jedem bis dahin fertigen Task, und startet seine Station sofort neu, ob noch Boxen übrig sind oder nicht.
lesson-sees-taskgroup = Der eigene Task der Box meldet ihn und gibt die Station frei, und der Task der nächsten Box, der am Semaphor wartet, nimmt die niedrigste freie Station.
lesson-sees-taskgroup-last = Der eigene Task der Box meldet ihn und gibt die Station frei; keine Box ist mehr übrig, also bleibt die Station frei.
lesson-sees-workers = Der Worker der Station meldet ihn selbst und holt die nächste Box aus der Warteschlange.
lesson-sees-workers-last = Der Worker der Station meldet ihn selbst; die Warteschlange ist leer, also kehrt der Worker zurück.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = Der Task von Station { $station }
lesson-task-worker = Der Worker von Station { $station }
lesson-task-box = Der Task von Box { $box }
lesson-task-supervisor = Der Supervisor
lesson-task-callback = Ein Callback der Ereignisschleife

## How often a sleeping task is polled

lesson-sleep-polls-prompt = Der Task von Station { $station } schläft bis zu seiner nächsten Impfung, fällig bei { $time } s (siehe Timer-Warteschlange). Wie oft pollt der Executor ihn, bis diese Impfung verabreicht ist?
lesson-sleep-polls-none = Kein einziges Mal: Der Timer verabreicht die Impfung von selbst
lesson-sleep-polls-once = Einmal: wenn sein Timer auslöst, und dieser Poll verabreicht die Impfung
lesson-sleep-polls-per-ms =
    Etwa { $polls ->
        [one] { $polls }-mal
       *[other] { $polls }-mal
    }: einmal pro Millisekunde seines Schlafs
lesson-sleep-polls-always = Immer wieder, bis sein Timer auslöst
lesson-sleep-polls-explanation =
    Der Executor pollte den Task von Station { $station } einmal, bei { $time } s, als sein Timer auslöste: Dieser Poll { $outcome ->
        [spoiled] fand die Dosis verdorben
       *[shot] verabreichte die Impfung
    }. In den { $seconds } s davor pollte er ihn überhaupt nicht: Ein schlafender Task wartet in der Timer-Warteschlange, nicht in der Warteschlange der bereiten Tasks, und kostet den Thread nichts. Derweil kamen andere Tasks { $turns ->
        [one] { $turns }-mal
       *[other] { $turns }-mal
    } an die Reihe.

## Which ready task runs next

lesson-next-turn-prompt = Diese Tasks sind bereit zu laufen: die Warteschlange der bereiten Tasks, unter dem Parkplatz. Welcher bekommt als Nächstes den Thread?
lesson-next-turn-all = Alle zugleich
lesson-next-turn-explanation = { $task } lief als Nächstes: Er stand vorn in der Warteschlange der bereiten Tasks. Der Executor führt einen Task nach dem anderen aus und nimmt die bereiten in der Reihenfolge, in der sie bereit wurden: Wer zuerst kommt, läuft zuerst; jeder läuft, bis er await aufruft. Dahinter warteten: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = Der Task von Station { $station } hat gerade einen Fehler ausgelöst. Was tut der Supervisor?
lesson-after-failure-stops-run = Er hält den ganzen Lauf an: Der Fehler beendet das Programm
lesson-after-failure-retries = Er gibt Station { $station } dieselbe Box noch einmal, für einen neuen Versuch
lesson-after-failure-new-box = Er meldet den Fehler und gibt Station { $station } sofort eine neue Box
lesson-after-failure-new-box-later = Er meldet den Fehler und gibt Station { $station } eine neue Box, sobald der ganze Durchgang zurück ist
lesson-after-failure-station-stops = Er meldet den Fehler; für Station { $station } ist keine Box mehr übrig, also hört sie auf
lesson-after-failure-ignores = Nichts, bis der Lauf endet: Der Fehler wartet im Task
lesson-after-failure-then-new = bekam Station { $station } sofort Box { $box }, bei { $time } s, und die Schleife lief weiter
lesson-after-failure-then-later = wartete Station { $station } auf den Rest ihres Durchgangs und bekam Box { $box } bei { $time } s
lesson-after-failure-then-stops = war keine Box mehr für Station { $station } übrig, also hörte sie auf, während die anderen weitermachten
lesson-after-failure-explanation = Ein Task, der scheitert, ist fertig, also bekam der Supervisor ihn wie jeden anderen, nahm den Fehler als sein Ergebnis und meldete ihn: Box { $box } scheiterte ({ $error }), und die Dosen, die noch darin waren ({ $wasted }), zählten als verschwendet, ohne neuen Versuch. Dann { $then }.

## When a station gets its next box

lesson-refill-prompt = Der Task von Station { $station } ist zurückgekehrt. Wann bekommt Station { $station } ihre nächste Box?
lesson-refill-at-once = Sofort: sobald ihr Task zurückgekehrt ist
lesson-refill-pause = Nach einer festen Pause, egal was die anderen Stationen tun
lesson-refill-batch = Später: sobald jeder andere Task ihres Durchgangs zurückgekehrt ist
lesson-refill-never = Nie: Das Depot hat keine Box mehr für sie
lesson-refill-explanation-at-once = Station { $station } bekam Box { $box } bei { $time } s, im selben Augenblick, in dem ihr Task zurückkehrte. { $supervisor }
lesson-refill-explanation-batch = Station { $station } bekam Box { $box } erst bei { $time } s, { $seconds } s nach der Rückkehr ihres Tasks, als der Task von Station { $last } als letzter ihres Durchgangs zurückkehrte. { $supervisor }
lesson-refill-explanation-never = Station { $station } bekam keine Box mehr: Für sie war keine übrig, also blieb sie bis zum Ende des Laufs untätig.

## How many boxes are done by a time

lesson-boxes-prompt = Wie viele Boxen sind bei { $by } Sekunden fertig?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    Bei { $by } s waren { $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
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
lesson-all-vs-first-explanation = ALL_COMPLETED war bei { $all } s fertig und FIRST_COMPLETED bei { $first } s: { $difference }. Beim Warten auf den ganzen Durchgang standen die Stationen { $all_idle } Stationssekunden still, gegenüber { $first_idle }, wenn jede Station neu startet, sobald sie fertig ist.

## A station that blocks the thread

lesson-blocking-prompt = Verabreichen die anderen Stationen eine Impfung, während Station { $station } ihre Box abarbeitet?
lesson-blocking-yes = Ja: Die anderen impfen weiter, während sie arbeitet
lesson-blocking-no = Nein: Keine von ihnen impft, bis sie den Thread freigibt
lesson-blocking-explanation =
    Station { $station } hielt den Thread von { $from } s bis { $to } s, und die anderen Stationen verabreichten in dieser Zeit { $shots ->
        [one] { $shots } Impfung
       *[other] { $shots } Impfungen
    }. Solange ein Task den Thread hält, läuft kein anderer Task und kein Timer-Callback: Die anderen kommen erst an die Reihe, wenn er ihn freigibt. { $after ->
        [turn] Hier verabreichten sie { $between ->
            [one] { $between } Impfung
           *[other] { $between } Impfungen
        }, bevor Station { $station } den Thread wieder nahm.
        [none] Hier kamen sie gar nicht dran: Station { $station } nahm sofort ihre nächste Box und hielt den Thread wieder.
       *[last] Das war ihre letzte Box.
    }

## Breaking a station now

lesson-waste-prompt = Wenn Station { $station } jetzt ausfällt, wie viele Dosen gehen verloren?
lesson-waste-restarted = der Supervisor meldete den Fehler und startete die Station mit einer neuen Box neu
lesson-waste-restarted-at = der Supervisor meldete den Fehler und gibt der Station erst bei { $seconds } Sekunden eine neue Box, wenn er das nächste Mal Boxen verteilt
lesson-waste-stopped = der Supervisor meldete den Fehler; das Depot war leer, daher blieb die Station stehen
lesson-waste-caught = ihr Task fing den Fehler ab und meldete ihn selbst, und die Station machte mit der nächsten Box weiter
lesson-waste-caught-stopped = ihr Task fing den Fehler ab und meldete ihn selbst; es war keine Box mehr übrig, daher blieb die Station stehen
lesson-waste-explanation = Station { $station } fiel aus, als in Box { $box } noch { $wasted } übrig waren: Sie alle gehen verloren, die { $given }, die sie aus dieser Box verabreicht hat, bleiben verabreicht, und { $then }.

## The article's loop

lesson-vanished-prompt = Wie viele Dosen verschwinden aus dem Bericht, wenn die Schleife endet (verabreicht und nie gemeldet, oder weggeworfen)?
lesson-vanished-explanation =
    Die Schleife machte ihre letzte Wartephase, und das Programm endete, während noch { $tasks ->
        [one] { $tasks } Task lief
       *[other] { $tasks } Tasks liefen
    }: asyncio.run brach sie mitten in der Box ab. Von ihren { $vanished } wurden verabreicht, aber nie gemeldet: { $unreported }; mit ihren Boxen weggeworfen: { $discarded }.
lesson-printed-prompt = Die Schleife druckt ihren Wartezähler als Nummer der Box. Welche Nummer wird ab jetzt als erste für zwei Boxen gedruckt?
lesson-program-lost-prompt = Wie viele Dosen verliert dieser Supervisor: verabreicht und nie gemeldet, oder mit Boxen weggeworfen, die er nie gemeldet hat?
lesson-program-lost-explanation =
    CPython hat ihn mit genau diesen Ziehungen ausgeführt: Er verlor { $lost } in { $boxes ->
        [one] { $boxes } Box
       *[other] { $boxes } Boxen
    }, davon { $unreported } verabreicht und nie gemeldet und { $thrown_away } mit diesen Boxen weggeworfen oder verschwendet. Der Parkplatz und das Protokoll zeigen jede Box.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = Box { $box } an Station { $station }
lesson-printed-explanation =
    Wartephase { $wait } lieferte { $tasks ->
        [one] { $tasks } Task
       *[other] { $tasks } Tasks
    } auf einmal, daher druckte die Schleife für jeden davon { $printed } ({ $boxes }) und zählte nur eine Wartephase.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Ein Thread, viele Tasks
lesson-one-thread-step-1 = Drei Impfstationen teilen sich einen Thread. Jede Station arbeitet ihre Box mit Dosen als asynchroner Task ab: Für jede Impfung schläft sie so lange, wie die Impfung dauert, und verabreicht sie dann. Hier läuft nichts parallel. Der Executor führt einen Task nach dem anderen aus, und ein Task läuft nur, bis er await aufruft. Der Supervisor hat an jeder Station eine Box geöffnet und wartet nun darauf, dass der erste Task fertig wird.
lesson-one-thread-step-2 = Schau auf den Executor. Die erwartete Menge enthält einen Task pro Station, und die Timer-Warteschlange hält den Moment fest, zu dem jeder schlafende Task aufwachen soll. Auch der Supervisor schläft und wartet darauf, dass der erste Task der Menge fertig wird.
lesson-one-thread-step-3 = Station 3 hat die letzte Dosis ihrer Box verabreicht: Ihr Task ist zurückgekehrt, und der Supervisor, der auf die Menge der Tasks der Stationen wartet, wachte für diesen einen Task auf und meldete seine Box. Die anderen beiden Tasks laufen noch. Die Menge, auf die der Supervisor wartet, steht nicht fest: Sie ändert sich im Lauf der Zeit.
lesson-one-thread-step-4 = Der Task-Inspektor zeigt für jeden Task, wann er gepollt und geweckt wird. Ein Task wird gepollt, wenn er startet, und jedes Mal, wenn sein Timer ihn weckt; dazwischen ruht er und belegt nichts. Deshalb kann ein Thread viele Stationen betreuen: Fast die ganze Zeit schlafen alle Tasks.
lesson-one-thread-step-5 = Das Depot hat gerade seine letzte Box ausgegeben. Von jetzt an startet der Supervisor keinen neuen Task mehr: Er wartet nur noch auf die laufenden Tasks, und jede Station hört auf, wenn ihre letzte Box fertig ist.
lesson-one-thread-step-6 = Der Lauf ist vorbei. Jede Dosis ist verbucht: Die verabreichten und die verschwendeten Dosen ergeben zusammen alle Dosen im Depot. Spiel einen beliebigen Schritt noch einmal ab, oder ändere die Parameter und sieh zu, wie dieselbe Schleife mit mehr Stationen zurechtkommt.
lesson-one-thread-summary = Nebenläufigkeit auf einem Thread: Die Tasks wechseln sich ab, und ein Task läuft nur, bis er await aufruft. Ein schlafender Task kostet nichts, also hält eine einzige Schleife viele Stationen beschäftigt, während der Supervisor jeden Task behandelt, sobald er fertig wird.

lesson-failure-title = Fehler als Werte
lesson-failure-step-1 = In diesem Lauf kann eine Dosis verderben: Jede Impfung schlägt mit einer kleinen Wahrscheinlichkeit fehl, und dann endet der Task der Station mit einem Fehler statt mit einer Zahl. In Rust gibt der Task einen Err-Wert zurück. In asyncio löst die Koroutine eine Ausnahme aus, und der Task bewahrt sie auf, bis jemand nach seinem Ergebnis fragt.
lesson-failure-step-2 = Der Task von Station 1 ist gerade gescheitert: Dosis 17 seiner Box war verdorben, und der Task endete mit einem Fehler statt mit einer Zahl. Ein Task, der scheitert, ist auch fertig: Für den Supervisor, der auf den ersten fertigen Task wartet, ist ein Fehler ein Ergebnis wie jedes andere.
lesson-failure-step-3 = Der Supervisor nahm den Fehler vom fertigen Task entgegen und meldete ihn. Die in der gescheiterten Box verbliebenen Dosen zählen als verschwendet, nicht als verloren, und die Station beginnt mit einer neuen Box aus dem Depot von vorn. Lies das Protokoll: Der Fehler nennt die Station, die Box und die verdorbene Dosis.
lesson-failure-step-4 = Du kannst eine Station selbst stören: Klick auf dem Parkplatz auf eine arbeitende Station, oder gib ihr den Fokus und drück die Eingabetaste. Der Supervisor behandelt diesen Fehler genau wie eine verdorbene Dosis. Sag vorher voraus, was es kosten würde, Station 1 jetzt zu stören.
lesson-failure-step-5 = Schau auf die Statistik: verabreichte Dosen, verschwendete Dosen und die gescheiterten Boxen. Was auch scheitert, die Bilanz stimmt weiterhin: Die verabreichten Dosen, die verschwendeten und die noch in offenen Boxen ergeben zusammen immer alle Dosen, die aus dem Depot genommen wurden.
lesson-failure-step-6 = Im Code sieht sich der Supervisor das Ergebnis jedes fertigen Tasks an: eine Zahl bei Erfolg, ein Fehler bei einem Fehlschlag, und so oder so bekommt die Station eine neue Box, solange das Depot eine hat. Ein Fehler hält die Schleife nie an, denn er kommt als Wert an, den der Supervisor behandelt.
lesson-failure-summary = Ein Fehler ist ein Ergebnis wie jedes andere: Der gescheiterte Task ist fertig, der Supervisor nimmt seinen Fehler als Wert entgegen, zählt die in der Box verbliebenen Dosen als verschwendet und startet die Station neu, und die Schleife läuft weiter.

lesson-blocking-title = Ein Task, der nie await aufruft
lesson-blocking-step-1 = Station 1 ist falsch geschrieben: Für jede Impfung schläft sie mit einem blockierenden Aufruf (time.sleep in Python, std::thread::sleep in Rust; die Engine bildet ihn nach, indem sie ihre Uhr vorstellt, während sie den Thread behält), statt auf ein Sleep zu warten (await). Ein blockierender Aufruf behält den Thread. Die Stationen 2 und 3 sind geschrieben wie zuvor, und alle drei Tasks wurden zusammen gestartet.
lesson-blocking-step-2 = Station 1 hat gerade den Thread freigegeben: Ihre Box ist fertig und ihr Task ist zurückgekehrt. Die Stationen 2 und 3 haben noch keine einzige Impfung verabreicht: Station 1 lief zuerst und behielt den Thread, bevor ihre Tasks auch nur ihr erstes Sleep beginnen konnten. Sie beginnen es jetzt, und der Supervisor startet Station 1 mit einer neuen Box, die laufen wird, bevor ihre Timer fällig werden. Schau auf den Executor: die erwartete Menge und die Timer-Warteschlange.
lesson-blocking-step-3 = Station 1 hat den Thread wieder freigegeben, nach ihrer zweiten Box. Während sie ihn hielt, wurden die Timer der Stationen 2 und 3 fällig; als sie ihn freigab, lösten sie aus, und ihre Tasks warten jetzt in der Warteschlange der bereiten Tasks, unter dem Parkplatz. Der Supervisor hält den Thread: Er hat Station 1 gerade ihre nächste Box gegeben.
lesson-blocking-step-4 = Die Stationen 2 und 3 haben kaum Impfungen verabreicht: Jede schafft eine Impfung pro Box von Station 1. Jedes Mal, wenn Station 1 den Thread freigibt, lösen die inzwischen fälligen Timer gemeinsam aus, die Stationen 2 und 3 kommen je einmal an die Reihe, und die nächste Box von Station 1 nimmt den Thread wieder.
lesson-blocking-step-5 = Station 1 hat ihre letzte Box abgeschlossen, bevor die anderen ihre erste fertig hatten. Schau auf den Thread unter dem Parkplatz: Sein Streifen der letzten Runden zeigt, wer lief und wie lange. Die Runden von Station 1 dauern Sekunden, jede eine ganze Box; dazwischen kommen die Stationen 2 und 3 je einmal dran, eine Impfung lang, was gar keine Zeit kostet.
lesson-blocking-step-6 = Die Lösung: auf ein Sleep warten, das den Thread zurückgibt. In Python await asyncio.sleep(...) statt time.sleep(...), ein Schlüsselwort und eine andere Funktion; in Rust das Sleep der Laufzeitumgebung, mit await. Dann gibt eine Station den Thread bei jeder Impfung zurück, und die anderen laufen, während sie wartet. Jeder blockierende Aufruf richtet denselben Schaden an: eine Datei lesen, eine langsame Berechnung, ein Netzwerkaufruf ohne await.
lesson-blocking-summary = Ein Task, der nie await aufruft, behält den Thread, und kein anderer Task läuft, bis er ihn freigibt. Warte mit await, statt zu blockieren, damit die anderen laufen, während ein Task wartet.

lesson-policies-title = Auf den ersten warten, oder auf alle
lesson-policies-step-1 = Die Stationen arbeiten unterschiedlich schnell: Station 1 ist doppelt so schnell wie Station 2, und Station 3 halb so schnell. Der Supervisor wartet auf den ersten fertigen Task (FIRST_COMPLETED) und startet diese Station sofort neu. Angenommen, er würde auf alle warten (ALL_COMPLETED), bevor er irgendeine nachfüllt.
lesson-policies-step-2 = Jetzt derselbe Seed unter ALL_COMPLETED: Der Supervisor wartet auf den ganzen Durchgang der Tasks, die er gestartet hat. Station 1 hat ihre Box als erste fertig, und der Supervisor hat sie gemeldet.
lesson-policies-step-3 = Der Task von Station 2 ist auch zurückgekehrt, und seine Box ist gemeldet. Station 3, die langsamste, arbeitet noch an ihrer ersten Box. Die erwartete Menge zeigt, worauf der Supervisor wartet.
lesson-policies-step-4 = Die Diagramme spielen denselben Seed unter jeder Strategie ab. Die Zeit mit offener Box zeigt, wo ALL_COMPLETED verliert: Die schnellen Stationen warten in jedem Durchgang auf die langsamste.
lesson-policies-step-5 = Ein dritter Weg: Der Task jeder Station schickt sein Ergebnis in eine Warteschlange, und der Supervisor holt die Ergebnisse in der Reihenfolge ihres Eintreffens aus der Warteschlange. Das ist derselbe Lauf wie FIRST_COMPLETED, Box für Box und Mikrosekunde für Mikrosekunde, nur anders geschrieben. Vergleich den Code der beiden.
lesson-policies-summary = Wie der Supervisor wartet, entscheidet, wie die Stationen genutzt werden: FIRST_COMPLETED füllt jede Station nach, sobald sie fertig ist, während ALL_COMPLETED die schnellen stillstehen lässt, bis die langsamste des Durchgangs fertig ist.

lesson-article-title = Die Schleife aus dem Artikel, samt ihren Fehlern
lesson-article-step-1 = Dieser Lauf folgt dem Kontrollfluss des klassischen asyncio-Artikels, so wie er geschrieben ist. Seine Schleife zählt keine Boxen: Sie zählt, wie oft sie auf die Menge der Stations-Tasks gewartet hat, und hört nach so vielen Wartephasen auf, wie es Boxen gibt. Jeder Task, den sie fertig vorfindet, bekommt sofort eine neue Box, ob noch welche übrig sind oder nicht.
lesson-article-step-2 = Die Schleife steht kurz vor ihrer letzten Wartephase, und jede Station ist mitten in einer Box. Wenn diese Wartephase zurückkehrt, endet das Programm, und asyncio.run bricht jeden Task ab, der noch läuft. Sag voraus, was das kostet.
lesson-article-step-3 = Das Depot zeigt die Boxen, die über seinen Bestand hinaus entnommen wurden: Die Schleife startete Tasks neu, nachdem die letzte Box weg war. Die Statistik zählt die verschwundenen Dosen: die, die die abgebrochenen Tasks verabreicht hatten und die nie gemeldet wurden, und die, die in ihren Boxen übrig waren und weggeworfen wurden.
lesson-article-step-4 = Jetzt dauert jede Impfung genau 100 ms, also schließen die drei Stationen jede Box im selben Augenblick ab, und eine Wartephase liefert alle drei Tasks. Die Schleife druckt ihren Wartezähler dort, wo die Nummer der Box hingehört.
lesson-article-step-5 = Jede Nummer erscheint dreimal, und die Schleife meldet drei Boxen pro Wartephase: Nach ihren sechs Wartephasen hat sie achtzehn Boxen aus einem Depot von sechs gemeldet. Der Vergleich spielt denselben Seed unter jeder Strategie ab: Die exakten Supervisoren öffnen sechs Boxen und verlieren nichts.
lesson-article-step-6 = Derselbe Lauf unter FIRST_COMPLETED, so wie der Supervisor dieser App ihn schreibt: Er zählt Boxen, startet eine Station nur neu, solange das Depot eine hat, und wartet auf die noch arbeitenden Stationen, bevor er zurückkehrt. Jede Dosis wird verabreicht und gemeldet.
lesson-article-summary = Zähle, was du zählen willst: Die Schleife aus dem Artikel zählt Wartephasen statt Boxen, also entnimmt sie Boxen über den Bestand des Depots hinaus, druckt Wartenummern als Boxnummern, und ihr Ende bricht Tasks ab, deren Dosen nie gemeldet werden.

lesson-own-supervisor-title = Schreib deinen eigenen Supervisor
lesson-own-supervisor-step-1 = Hier ist die Schleife aus dem klassischen Artikel dein eigenes Programm: Die Python-Ansicht zeigt es in einem Editor, und CPython führt es mit den Stationen und Ziehungen dieses Laufs aus. Es startet einen Task pro Station, durchläuft eine feste Zahl von Wartephasen und startet jede Station neu, deren Task es fertig vorfindet. Sag voraus, bevor du hinschaust: Wie viel verliert es?
lesson-own-supervisor-step-2 = Dieser Supervisor startet einen Task pro Station und wartet auf keinen davon; er schläft nur. Ein Task läuft auch dann, wenn niemand ihn mit await erwartet: Die Event-Loop führt ihn trotzdem aus. Aber niemand nimmt sein Ergebnis entgegen, also meldet auch niemand seine Box.
lesson-own-supervisor-step-3 = Die Korrektur: warten, solange noch ein Task läuft, egal wie viele Wartephasen das braucht, jeden Task in jeder Done-Menge melden und eine Station nur so lange neu starten, wie das Depot eine Box hat. Sag voraus, was dieser Supervisor verliert.
lesson-own-supervisor-step-4 = Auch dieser meldet jede Box, legt aber nach jeder Meldung mit time.sleep eine Pause ein. Nichts geht verloren, und doch: Schau auf die Hinweise unter seinem Ergebnis. Während der Supervisor so schläft, hält er den einzigen Thread, und keine Station verabreicht eine Impfung. Vergleich, wann sein Lauf endet, mit dem Ende des vorigen.
lesson-own-supervisor-step-5 = Dein Programm ist jetzt Zeile für Zeile der FIRST_COMPLETED-Supervisor der Engine. Die Schaltfläche unter seinem Ergebnis vergleicht die beiden Läufe Ereignis für Ereignis bei denselben Ziehungen. Ändere das Programm im Editor, führ es noch einmal aus und sieh nach, wo die beiden auseinandergehen.
lesson-own-supervisor-summary = Ein Supervisor steht für jeden Task ein, den er startet: Er wartet auf jeden, sieht sich sein Ergebnis an und kehrt erst zurück, wenn keiner mehr läuft. Ein Task, auf den niemand wartet, läuft trotzdem, doch was er tut, fehlt in der Bilanz.
lesson-exercises-title = Übungen
lesson-exercises-step-1 = Du bist dran: Dieser Supervisor wartet nur, solange jede Station beschäftigt ist. Sobald eine das Depot leer vorfindet, kehrt er zurück, und asyncio.run bricht die Tasks ab, die noch impfen. Ändere ihn im Editor, bis er jede Box meldet und keine Dosis verliert, und drück dann auf „Meinen ausführen“. Das Ziel unter diesem Text prüft jeden deiner Läufe.
lesson-exercises-step-2 = Dieser Supervisor verliert nichts, legt aber nach jeder Meldung mit time.sleep eine Pause ein, und die hält den einzigen Thread fest: Keine Station impft in dieser Zeit. Du schreibst nur den Supervisor (die Stationen gehören der Seite), also blockiert hier der Supervisor. Lass ihn pausieren, ohne den Thread festzuhalten, und drück wieder auf „Meinen ausführen“.
lesson-exercises-step-3 = Unter ALL_COMPLETED wartet jede Runde von Boxen auf die langsamste, und Station 3 arbeitet mit halber Geschwindigkeit. Leere dasselbe Depot schneller: Ändere die Strategie, die Stationen oder ihre Geschwindigkeiten unter „Parameter“ am Fuß der Seite, übernimm sie und spiel den Lauf bis zum Ende ab. Das Ziel prüft den Lauf auf dem Bildschirm.
lesson-exercises-summary = Eine Übung wird an deinem eigenen Lauf geprüft, nie von Hand: CPython führt deinen Supervisor mit den Ziehungen der Engine aus, und die Seite zählt jede gemeldete Box und Dosis, jeden blockierenden Aufruf und wie lange das Depot braucht.

lesson-event-loop-title = Du bist die Event-Loop
lesson-event-loop-step-1 = Diesmal bist du die Event-Loop. Der Supervisor hat gerade die Tasks von drei Stationen gestartet; die Stationen 1 und 2 brauchen 0,2 s pro Impfung, Station 3 ist halb so schnell. Bei jeder Entscheidung der Schleife wählst du, was sie tut: welchen bereiten Task sie fortsetzt oder, wenn keiner bereit ist, welchen Timer sie auslöst. Jede Entscheidung wird an den Regeln von asyncio geprüft, und der Lauf geht von der richtigen aus weiter.
lesson-event-loop-step-2 = Die Stationen 1 und 2 verabreichen gleich die letzte Impfung ihrer Boxen. Spiel noch einmal die Schleife: Achte darauf, wer geweckt wird, wenn der Task einer Station fertig ist, und an welcher Stelle er sich in die Warteschlange der bereiten Tasks einreiht.
lesson-event-loop-step-3 = Ein anderer Lauf: Station 2 blockiert jetzt den Thread für ihre ganze Box, 0,6 s lang, mit einem blockierenden Aufruf statt eines await. Die Timer der Stationen 1 und 3 werden fällig, während sie den Thread hält. Welchen löst die Schleife aus, wenn sie den Thread zurückbekommt, und wen setzt sie fort?
lesson-event-loop-step-4 = Zurück zum ersten Lauf, diesmal zum Zuschauen statt zum Spielen: Der Thread unter dem Parkplatz zeigt die Warteschlange der bereiten Tasks bei jedem Ereignis jedes Laufs, den vordersten zuerst. Die Stationen 1 und 2 wurden wieder zusammen fällig, und Station 3 mit ihnen.
lesson-event-loop-step-5 = Das ist die ganze Arbeit der Schleife: die Warteschlange der bereiten Tasks von vorn abarbeiten und, wenn sie leer ist, bis zum frühesten Timer schlafen. Der Thread unter dem Parkplatz zeigt dieselbe Warteschlange in jedem Moment jedes Laufs; öffne den Parkplatz mit loop=1 in der Adresse, um mit einem eigenen Lauf weiter die Schleife zu spielen.
lesson-event-loop-summary = Die Schleife trifft zwei Arten von Entscheidungen, und keine davon liegt bei den Tasks. Sie setzt die bereiten Tasks in der Reihenfolge fort, in der sie bereit wurden: Wer zuerst kommt, läuft zuerst; ist keiner bereit, schläft sie bis zur frühesten Frist und löst jeden dann fälligen Timer in einer einzigen Runde aus. Ein Task, der fertig wird, weckt den, der auf ihn wartet, nur über einen Done-Callback, eine Runde später, und ein Task, der blockiert, lässt jeden inzwischen fälligen Timer warten, bis er den Thread freigibt.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = Du bist die Event-Loop. In der Warteschlange der bereiten Tasks stehen, in der Reihenfolge, in der sie hineinkamen: { $queue }. Welchen Task setzt du fort?
loop-fire-prompt = Du bist die Event-Loop. Diese Timer warten. Welchen löst du als Nächstes aus?
loop-station = Station { $station }
loop-fire-option =
    { $count ->
        [one] { $stations }, fällig bei { $due } s
       *[other] { $stations }, alle fällig bei { $due } s
    }
loop-resume-why = Die Warteschlange der bereiten Tasks von asyncio arbeitet in der Reihenfolge des Eintreffens: { $task } kam als Erster hinein, bei { $since } s ({ $cause }), also setzt die Schleife ihn vor den anderen fort. Dahinter warteten: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}Der Supervisor steht weiter hinten: { $task } wurde bei { $since } s fertig, und asyncio führt den Done-Callback eines fertigen Tasks erst eine Runde später aus; erst dieser weckt den Supervisor.
loop-supervisor-behind-callback = {" "}Der Supervisor steht weiter hinten: Der Done-Callback eines fertigen Tasks hat ihn bei { $since } s geweckt, und asyncio führt diesen Callback eine Runde nach dem Ende des Tasks aus.
loop-cause-done-callback = der Done-Callback eines fertigen Tasks hat ihn geweckt
loop-cause-timer = sein Timer hat ausgelöst
loop-cause-done = { $task } wurde fertig, und sein Done-Callback hat ihn geweckt
loop-cause-spawned = der Supervisor hatte ihn gerade gestartet
loop-cause-woken = { $task } hat ihn geweckt
loop-fire-why = Die Schleife schläft bis zur frühesten Frist und löst den dann fälligen Timer aus: { $stations }, bei { $due } s. Eine spätere Frist wartet, bis sie an der Reihe ist.
loop-fire-why-tie = Die früheste Frist, { $due } s, teilen sich mehrere Timer: { $stations }. Die Schleife löst jeden dann fälligen Timer in einer einzigen Runde aus, und ihre Tasks reihen sich gemeinsam in die Warteschlange der bereiten Tasks ein (asyncio nimmt gleichzeitig fällige Timer in der Reihenfolge seines Heaps; diese Seite nimmt sie nach Stationsnummer).
loop-fire-why-late =
    Ein Task hielt den Thread bis { $now } s, über die früheste Frist ({ $due } s) hinaus. Als er ihn freigab, löste die Schleife jeden inzwischen fälligen Timer aus, den frühesten zuerst: { $count ->
        [one] { $stations }
       *[other] { $stations }, in dieser Reihenfolge
    }.
lesson-cannot-one-of-many = eine Frage { $kind } stellt eine Entscheidung nach der anderen, in einem eigenen Bereich
lesson-error-decisions = erwartet wurde eine Anzahl von Entscheidungen von 1 bis { $limit }, gefunden: { $found }
lesson-error-flag = erwartet wurde true oder false, gefunden: { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Entscheidung { $number } von { $count }
loop-kind-resume = Einen Task fortsetzen.
loop-kind-fire = Einen Timer auslösen.
loop-asyncio-would = Das tut asyncio nicht. Es wählt: { $answer }.
loop-next = Nächste Entscheidung
loop-done =
    { $count ->
        [one] Du hast die Entscheidung der Schleife getroffen
       *[other] Du hast { $count } Entscheidungen der Schleife getroffen
    }, { $right } davon so wie asyncio.
loop-none = Von diesem Moment bis zum Ende des Laufs hat die Schleife nichts zu entscheiden: Höchstens ein Task ist je bereit, höchstens ein Timer wartet.
loop-mode-title = Du bist die Event-Loop
loop-mode-intro = Der Lauf hält bei jeder Entscheidung der Event-Loop an. Wähl, was sie tut; die Seite prüft es an den Regeln von asyncio, dann geht der Lauf von der richtigen Entscheidung aus weiter.

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
    Die Schleife gespielt: { $right } von { $asked ->
        [one] { $asked } Entscheidung
       *[other] { $asked } Entscheidungen
    } so wie asyncio.
loop-queue-note = Die Thread-Ansicht unter dem Parkplatz zeigt den Thread, wie er beim letzten Ereignis stand; die Event-Loop entscheidet danach.
