### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = Dein Supervisor, aufgezeichnet auf CPython: Die erwartete Menge und die Weckrufe werden aus seinen Aufrufen von asyncio.wait gelesen.
executor-awaited-kind-program = Tasks, auf die dein Supervisor wartet
own-inspector-note = Die Tasks deines Supervisors liefen in CPython: Die Boxen und Zeiten unten stammen aus seinem Lauf; Polls und Weckrufe zählt nur der Executor der Seite selbst.
executor-program-timers = Ein aufgezeichneter Lauf hat keine Timer-Warteschlange: asyncios eigene Sicht zeigt, worauf jeder Task wartet.
# The Python view: the learner's own supervisor.
own-title = Dein eigener Supervisor
own-intro = Ändere unten den Supervisor und führe ihn in echtem CPython aus, mit den Stationen und Ziehungen des Laufs auf dem Bildschirm. Die Seite spielt deinen Lauf dann wie jeden anderen ab und zählt jede Dosis.
own-editor-label = Dein Supervisor, in Python
own-editor-failed = Der Code-Editor wurde nicht geladen ({ $reason }); an seiner Stelle steht ein einfaches Textfeld.
own-run = Meinen ausführen
own-reset = Neu mit der Schleife des Artikels beginnen
own-failed = Dein Programm ist nicht gelaufen: { $error }
own-too-large = Dieser Lauf ist zu groß für ein Programm: Seine Ziehungen für jede Station und jede Box ergäben { $shots ->
        [one] { $shots } Impfung
       *[other] { $shots } Impfungen
    }, übergeben werden höchstens { $limit }. Wähle weniger Stationen, Boxen oder Dosen.
own-raised = Dein Programm endete mit einer Ausnahme: { $error }
own-summary = Lauf deines Supervisors: { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }; { $reported } von { $given ->
        [one] { $given } gegebenen Dosis
       *[other] { $given } gegebenen Dosen
    } gemeldet; { $lost ->
        [one] { $lost } Dosis verloren
       *[other] { $lost } Dosen verloren
    }.
own-lost-cancelled = Station { $station }, Box { $box_no }: ihr Task lief noch, als das Programm endete, daher hat asyncio.run ihn abgebrochen; { $unreported ->
        [one] { $unreported } Dosis gegeben und nie gemeldet
       *[other] { $unreported } Dosen gegeben und nie gemeldet
    }, { $thrown_away ->
        [one] { $thrown_away } Dosis weggeworfen
       *[other] { $thrown_away } Dosen weggeworfen
    }
own-lost-unreported = Station { $station }, Box { $box_no }: ihr Task ist fertig, und das Programm hat sie nie gemeldet; { $unreported ->
        [one] { $unreported } Dosis gegeben und nie gemeldet
       *[other] { $unreported } Dosen gegeben und nie gemeldet
    }, { $thrown_away ->
        [one] { $thrown_away } Dosis verschwendet
       *[other] { $thrown_away } Dosen verschwendet
    }
own-pending-at-exit = Als das Programm endete, { $tasks ->
        [one] war { $tasks } Task
       *[other] waren { $tasks } Tasks
    } noch ausstehend, mit insgesamt { $doses ->
        [one] { $doses } Dosis
       *[other] { $doses } Dosen
    }.
own-never-retrieved = { $task } hat { $error } ausgelöst, und niemand hat diese Ausnahme je abgerufen.
own-never-awaited = { $task } wurde erzeugt, aber nie mit await erwartet: Nichts hat auf ihn gewartet oder nach seinem Ergebnis gefragt.
own-blocked = { $calls ->
        [one] { $calls } blockierender Aufruf (time.sleep) hat
       *[other] { $calls } blockierende Aufrufe (time.sleep) haben
    } die Schleife insgesamt { $seconds } s lang festgehalten: Kein anderer Task lief in dieser Zeit.
own-beyond-depot = { $boxes ->
        [one] { $boxes } Box wurde
       *[other] { $boxes } Boxen wurden
    } über { $depot ->
        [one] die { $depot } Box
       *[other] die { $depot } Boxen
    } des Depots hinaus geöffnet.
own-left-in-depot = { $boxes ->
        [one] { $boxes } Box wurde
       *[other] { $boxes } Boxen wurden
    } nie aus dem Depot genommen.
own-play = Deinen Lauf abspielen
own-engine-differs = Die Engine mit der Strategie „{ $policy }“ bei denselben Ziehungen: Die Läufe weichen zuerst bei Ereignis { $index } voneinander ab
own-engine-same = Die Engine mit der Strategie „{ $policy }“ bei denselben Ziehungen: derselbe Lauf, Ereignis für Ereignis
own-output = Was dein Programm ausgegeben hat
own-concealed = CPython hat es ausgeführt. Seine Zahlen erscheinen hier, sobald du die Frage der Lektion beantwortet hast.
own-listing-not-compared = Das Listing wird mit den Läufen der Engine verglichen: Öffne einen davon, um es hier auszuführen.
# A program shared in a link (#py=…).
own-open = Eigenen Supervisor schreiben
own-linked = Dieses Programm kam mit dem Link. Es läuft erst, wenn du auf „Meinen ausführen“ drückst.
own-link = Link zu deinem Programm
own-link-made = Kopiere diesen Link: Er öffnet die Seite mit deinem Programm im Editor, ohne es auszuführen.
own-link-too-long = Das Programm ist zu lang für einen Link: Ein Link fasst höchstens { $limit } KB davon.
own-link-not-base64 = Das Programm im Link (#py=…) ist kein Text in { $encoding }: { $detail }.
own-link-not-utf8 = Das Programm im Link (#py=…) ist kein UTF-8-Text.
