### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = Dein { -supervisor }, aufgezeichnet auf CPython: Die { -awaited-set } und die Weckrufe werden aus seinen Aufrufen von asyncio.wait gelesen.
executor-awaited-kind-program = { -task(number: "other") }, auf die dein { -supervisor } wartet
own-inspector-note = Die { -task(number: "other") } deines { -supervisor(case: "gen") } liefen in CPython: Die { -box(number: "other") } und Zeiten unten stammen aus seinem Lauf; Polls und Weckrufe zählt nur der { -executor } der Seite selbst.
executor-program-timers = Ein aufgezeichneter Lauf hat keine { -timer-queue }: asyncios eigene Sicht zeigt, worauf jeder { -task } wartet.
# The Python view: the learner's own supervisor.
own-title = Dein eigener { -supervisor }
own-intro = Ändere unten den { -supervisor } und führe ihn in echtem CPython aus, mit den { -station(number: "other") } und Ziehungen des Laufs auf dem Bildschirm. Die Seite spielt deinen Lauf dann wie jeden anderen ab und zählt jede { -dose }.
own-editor-label = Dein { -supervisor }, in Python
own-editor-failed = Der Code-Editor wurde nicht geladen ({ $reason }); an seiner Stelle steht ein einfaches Textfeld.
own-run = Meinen ausführen
own-reset = Neu mit der Schleife des Artikels beginnen
own-failed = Dein Programm ist nicht gelaufen: { $error }
own-too-large = Dieser Lauf ist zu groß für ein Programm: Seine Ziehungen für jede { -station } und jede { -box } ergäben { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }, übergeben werden höchstens { $limit }. Wähle weniger { -station(number: "other") }, { -box(number: "other") } oder { -dose(number: "other") }.
own-raised = Dein Programm endete mit einer Ausnahme: { $error }
own-summary = Lauf deines { -supervisor(case: "gen") }: { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }; { $reported ->
        [one] { $reported } { -dose }
       *[other] { $reported } { -dose(number: "other") }
    } von { $given } verabreichten gemeldet; { $lost ->
        [one] { $lost } { -dose } verloren
       *[other] { $lost } { -dose(number: "other") } verloren
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: ihr { -task } lief noch, als das Programm endete, daher hat asyncio.run ihn abgebrochen; { $unreported ->
        [one] { $unreported } { -dose } verabreicht und nie gemeldet
       *[other] { $unreported } { -dose(number: "other") } verabreicht und nie gemeldet
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } weggeworfen
       *[other] { $thrown_away } { -dose(number: "other") } weggeworfen
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: ihr { -task } ist fertig, und das Programm hat sie nie gemeldet; { $unreported ->
        [one] { $unreported } { -dose } verabreicht und nie gemeldet
       *[other] { $unreported } { -dose(number: "other") } verabreicht und nie gemeldet
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } verschwendet
       *[other] { $thrown_away } { -dose(number: "other") } verschwendet
    }
own-pending-at-exit = Als das Programm endete, { $tasks ->
        [one] war { $tasks } { -task }
       *[other] waren { $tasks } { -task(number: "other") }
    } noch ausstehend, mit insgesamt { $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }.
own-never-retrieved = { $task } hat { $error } ausgelöst, und niemand hat diese Ausnahme je abgerufen.
own-never-awaited = { $task } wurde erzeugt, aber nie mit await erwartet: Nichts hat auf ihn gewartet oder nach seinem Ergebnis gefragt.
own-blocked = { $calls ->
        [one] { $calls } blockierender Aufruf (time.sleep) hat
       *[other] { $calls } blockierende Aufrufe (time.sleep) haben
    } die { -event-loop } insgesamt { $seconds } s lang festgehalten: Kein anderer { -task } lief in dieser Zeit.
own-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } wurde
       *[other] { $boxes } { -box(number: "other") } wurden
    } über { $depot ->
        [one] die { $depot } { -box }
       *[other] die { $depot } { -box(number: "other") }
    } des { -depot(case: "gen") } hinaus geöffnet.
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } wurde
       *[other] { $boxes } { -box(number: "other") } wurden
    } nie aus dem { -depot } genommen.
own-play = Deinen Lauf abspielen
own-engine-differs = Die Engine mit der Strategie „{ $policy }“ bei denselben Ziehungen: Die Läufe weichen zuerst bei Ereignis { $index } voneinander ab
own-engine-same = Die Engine mit der Strategie „{ $policy }“ bei denselben Ziehungen: derselbe Lauf, Ereignis für Ereignis
own-output = Was dein Programm ausgegeben hat
own-concealed = CPython hat es ausgeführt. Seine Zahlen erscheinen hier, sobald du die Frage der Lektion beantwortet hast.
own-listing-not-compared = Das Listing wird mit den Läufen der Engine verglichen: Öffne einen davon, um es hier auszuführen.
# A program shared in a link (#py=…).
own-open = Eigenen { -supervisor } schreiben
own-linked = Dieses Programm kam mit dem Link. Es läuft erst, wenn du auf „Meinen ausführen“ drückst.
own-link = Link zu deinem Programm
own-link-made = Kopiere diesen Link: Er öffnet die Seite mit deinem Programm im Editor, ohne es auszuführen.
own-link-too-long = Das Programm ist zu lang für einen Link: Ein Link fasst höchstens { $limit } KB davon.
own-link-not-base64 = Das Programm im Link (#py=…) ist kein Text in { $encoding }: { $detail }.
own-link-not-utf8 = Das Programm im Link (#py=…) ist kein UTF-8-Text.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Diesen Lauf in CPython ausführen
python-loading = Python wird geladen: { $loaded } von { $total } MB
python-starting = Python startet …
python-running = CPython führt das Listing aus …
python-agrees = CPython { $version } stimmt überein: { $events } von { $events } { $events ->
        [one] Ereignis
       *[other] Ereignissen
    } in derselben Mikrosekunde.
python-differs = CPython { $version } weicht zuerst bei Ereignis { $index } von der Engine ab.
python-differs-engine = Die Engine:
python-differs-cpython = CPython:
python-show-difference = Ereignis { $index } zeigen
python-failed = CPython { $version } konnte das Listing mit diesem Lauf nicht ausführen: { $error }
python-too-large = An CPython gehen Läufe mit höchstens { $limit } { $limit ->
        [one] { -dose }
       *[other] { -dose(number: "other") }
    }; dieser hat { $doses }.
python-offline = Die Python-Ansicht braucht die Seite unter einer Webadresse: aus einer Datei geöffnet, lässt der Browser sie Python nicht laden.
python-load-failed = Python konnte nicht geladen werden ({ $reason }). Der Rest der Seite funktioniert wie bisher.
python-tree = Was asyncio bei Ereignis { $event } sieht
python-tree-title = asyncios eigene Sicht bei Ereignis { $event }
python-tree-explain = Das Listing läuft in CPython bis zu diesem Ereignis und hält dort an: seine { -task(number: "other") }, wie asyncio.capture_call_graph sie liefert, der Graph, den python -m asyncio pstree ausgibt. Jeder { -task } steht unter dem { -task }, der auf ihn wartet, mit den Funktionen, in denen er pausiert, die äußerste zuerst.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, läuft gerade
python-tree-failed = asyncios Sicht konnte nicht aufgenommen werden: { $error }
python-tree-more = …und { $count } weitere { $count ->
        [one] { -task }
       *[other] { -task(number: "other") }
    }
python-stopped = CPython hat nicht innerhalb von { $seconds } s geantwortet, daher wurde sein Worker beendet: Das Zeitbudget hält Python-Code bei der nächsten Runde der { -event-loop } an, nicht aber eine lange Berechnung in einem einzigen C-Aufruf. Ausführen startet Python neu.
