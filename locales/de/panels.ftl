# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = Der Executor
executor-explain = Alle Tasks laufen auf einem einzigen Thread, einer nach dem anderen. Ein Task { $awaits } ein Future, das noch nicht bereit ist, und gibt so den Thread ab, bis das Future ihn weckt. Eine schlafende Station kostet nichts: Ein { $timer } weckt sie, wenn ihre Impfung fertig ist, und der Executor { $polls } sie. Timer, die im selben Augenblick fällig werden, lösen gemeinsam aus, in einer einzigen Runde der Schleife, und jeder Task, den sie wecken, läuft vor jedem Task, den diese wiederum wecken.
executor-term-awaits = wartet mit await auf
    .title = Fragt ein Future nach seinem Wert. Ist es nicht bereit, gibt der Task den Thread ab, bis das Future ihn weckt; ist es bereit, kommt der Wert sofort zurück und der Task läuft weiter.
executor-term-timer = Timer
    .title = Ein Eintrag in der Warteschlange der Uhr: Zu seiner Frist weckt er den Task, der ihn gestellt hat.
executor-term-polls = pollt
    .title = Führt einen Task aus, bis er wieder warten muss (gibt Pending zurück) oder fertig ist (gibt Ready zurück).

## The supervisor's policy, one sentence each.

executor-policy-first = Strategie FIRST_COMPLETED: Der Supervisor wartet auf die ganze Menge und wacht auf, sobald ein Task zurückgekehrt ist. Er nimmt jeden Task, der bis dahin zurückgekehrt ist, seine Done-Menge, meldet sie in der Reihenfolge der Stationen, startet jede Station sofort neu und wartet wieder auf die Menge.
executor-policy-all = Strategie ALL_COMPLETED: Der Supervisor meldet jede Done-Menge, sobald sie kommt, füllt aber erst nach, wenn der ganze Durchgang zurückgekehrt ist; Stationen, die früh fertig sind, warten untätig.
executor-policy-queue = Strategie Completion-Queue: Jeder fertige Stations-Task kommt in eine Warteschlange (in Python legt ihn ein Done-Callback in eine asyncio.Queue; in Rust schickt der Task sein Ergebnis durch einen Kanal), und der Supervisor nimmt sie einzeln heraus, in der Reihenfolge, in der sie fertig wurden, und startet jede Station neu.
executor-policy-article = Strategie Schleife des Artikels: Sie wartet so oft mit FIRST_COMPLETED, wie es Schachteln gibt, zählt also Wartevorgänge statt Schachteln, startet jeden Task jeder Done-Menge neu, auch wenn keine Schachtel mehr übrig ist, und wenn die Schleife endet, endet auch das Programm: asyncio.run bricht die noch laufenden Tasks mitten in der Schachtel ab.
executor-policy-taskgroup = Strategie TaskGroup + Semaphore: ein Task pro Schachtel, alle vorab erzeugt; der Semaphor lässt so viele arbeiten, wie es Stationen gibt, und jeder nimmt die freie Station mit der kleinsten Nummer. Jeder Task fängt den Ausfall seiner Station ab und meldet ihn: Eine nicht abgefangene Exception würde die ganze Gruppe abbrechen.
executor-policy-workers = Strategie „Worker + Queue“: Ein langlebiger Task pro Station nimmt Schachteln aus einer vorab gefüllten Queue, bis sie leer ist; einen Ausfall fängt er ab und macht mit der nächsten Schachtel weiter.
executor-queue-same = In diesem Lauf ergibt das dieselben Impfungen und dieselben Schachteln zu denselben Zeitpunkten wie FIRST_COMPLETED.
executor-queue-differs = In diesem Lauf weicht sie von FIRST_COMPLETED ab: { $same_end ->
        [yes] Beide enden bei { $seconds } s, aber ihre Schachteln gehen an andere Stationen
       *[no] Sie endet bei { $seconds } s, FIRST_COMPLETED bei { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = Station { $station } blockiert den Thread: Sie gibt jede Impfung ohne await, also läuft jede ihrer Schachteln in einem einzigen Poll von Anfang bis Ende, und kein anderer Task läuft währenddessen. Die Timer der anderen Stationen werden fällig, können aber erst auslösen, wenn sie den Thread freigibt; dann lösen sie gemeinsam aus, verspätet, in einer Runde der Schleife. Der Lauf folgt der Schleife von asyncio Runde für Runde, und ein Test prüft ihn gegen CPython.
executor-share-none = In diesem Lauf haben die anderen Stationen keine einzige Impfung gegeben: Station { $station } hat jede Schachtel genommen, eine nach der anderen, und den Thread nie freigegeben.
executor-share-exact = In diesem Lauf hat Station { $station } { $boxes ->
        [one] { $boxes } Schachtel
       *[other] { $boxes } Schachteln
    } zurückgegeben, und zwischen zwei davon haben die anderen Stationen jedes Mal { $shots ->
        [one] eine Impfung
       *[other] { $shots } Impfungen
    } gegeben.
executor-share-range = In diesem Lauf hat Station { $station } { $boxes ->
        [one] { $boxes } Schachtel
       *[other] { $boxes } Schachteln
    } zurückgegeben; zwischen zwei davon haben die anderen Stationen zusammen { $fewest } bis { $most ->
        [one] { $most } Impfung
       *[other] { $most } Impfungen
    } gegeben, im Mittel { $mean }.
executor-share-one-box = In diesem Lauf hat Station { $station } nur eine Schachtel zurückgegeben; die anderen Stationen haben im ganzen Lauf { $shots ->
        [one] eine Impfung
       *[other] { $shots } Impfungen
    } gegeben.

## The awaited set.

executor-awaited-set = Erwartete Menge
executor-awaited-count =
    ({ $count ->
        [one] { $count } Task
       *[other] { $count } Tasks
    }, { $kind })
executor-awaited-kind-channel = Tasks, die in einen Kanal senden
executor-awaited-kind-taskgroup = Stations-Tasks einer Task-Gruppe
executor-awaited-kind-workers = aktuelle Schachteln der Worker
executor-awaited-kind-futures = ein FuturesUnordered
executor-awaited-task = Station { $station } · Schachtel { $box_no }
executor-awaited-more = +{ $count } weitere
executor-awaited-empty = leer
executor-done-set = Letzte Done-Menge
executor-done-count = ({ $count ->
        [one] ein Task
       *[other] { $count } Tasks
    } bei { $seconds } s)
executor-done-task = Station { $station } · Schachtel { $box_no }
executor-done-empty = Der Supervisor ist noch nicht aufgewacht
executor-done-unreported = zurückgekehrt; der Supervisor meldet ihn als Nächstes
executor-done-several = Mehrere Tasks in einer Done-Menge: Ihre Timer haben gemeinsam ausgelöst, in einer Runde der Schleife, und jeder Task ist zurückgekehrt, bevor der Supervisor aufwachte; asyncio.wait gibt jeden Task zurück, der bis dahin fertig ist.

## The timer queue.

executor-timers = Timer-Warteschlange, früheste zuerst
executor-timer = { $seconds } s → weckt Station { $station }
executor-timers-empty = keine Timer

## The supervisor's wakes, one line each.

executor-wakes = Weckrufe des Supervisors, neueste zuerst
executor-reports = Von ihren eigenen Tasks gemeldete Schachteln, neueste zuerst
executor-wake-time = { $seconds } s
executor-wake-wait = Wartevorgang { $wait } der Zählung der Schleife
executor-wake-ok = Task von Station { $station } (Schachtel { $box_no }) gab Ok zurück
executor-wake-err = Task von Station { $station } (Schachtel { $box_no }) gab Err zurück: { $error }
executor-error-spoiled = Dosis { $shot } der Schachtel verdorben
executor-error-broken = während Impfung { $shot } von Hand kaputt gemacht
executor-wake-pending = noch ausstehend: { $stations }
executor-pending-none = keine
executor-pending-more = und { $count } weitere
executor-wake-pushed = eingereiht: { $tasks }
executor-pushed-task = Station { $station } mit Schachtel { $box_no }
executor-wake-no-box = noch keine neue Schachtel
executor-wake-depot-empty = nichts eingereiht (Lager leer)
executor-report-taskgroup-next = Der Task der Schachtel gibt Station { $station } und seine Erlaubnis frei; der Task der nächsten Schachtel nimmt die niedrigste freie Station
executor-report-taskgroup-last = Keine Schachtel ist mehr übrig, also bleibt Station { $station } frei
executor-report-workers-next = Der Worker nimmt die nächste Schachtel aus der Warteschlange
executor-report-workers-last = Die Warteschlange ist leer, also kehrt der Worker zurück

## The task inspector.

inspector-title = Task-Inspektor
inspector-too-many = Der Inspektor listet Tasks für Läufe mit bis zu { $limit ->
        [one] { $limit } Station
       *[other] { $limit } Stationen
    }.
inspector-explain = { $tasks ->
        [worker] Der Worker jeder Station ist ein Task, der Schachtel um Schachtel aus der Warteschlange abarbeitet.
       *[box] Jede Schachtel, die eine Station abarbeitet, ist ein Task.
    } Ein Task ist { $waiting }, solange er schläft, { $scheduled }, sobald er geweckt wurde, und { $running }, während der Thread ihn pollt. { $wakes } und Polls summieren sich über alle Schachteln einer Station; die Zeile des Supervisors zählt die Schachteln, die er bearbeitet hat. „Schachtel offen“ ist die simulierte Zeit, in der eine Station eine Schachtel offen hatte (ihr Task, der zwischen den Impfungen schläft, kostet den Thread nichts), nicht die Zeit innerhalb von Polls; ohne Schachtel wartet sie auf den Supervisor.
inspector-term-waiting = wartend
    .title = Wartet darauf, geweckt zu werden: hier schlafend auf dem Timer seiner Impfung. (Eine Station ohne offene Schachtel ist untätig.)
inspector-term-scheduled = eingeplant
    .title = Geweckt und hinter den zuvor geweckten Tasks eingereiht; der Executor pollt sie der Reihe nach.
inspector-term-running = laufend
    .title = Wird gepollt: der eine Task, den der Thread gerade ausführt.
inspector-term-wakes = Weckrufe
    .title = Aufrufe des Wakers des Tasks: Jeder bittet den Executor, ihn erneut zu pollen.

## The table's columns; [s] marks seconds.

inspector-column-task = Task
inspector-column-state = Zustand
inspector-column-polls = Polls
inspector-column-wakes = Weckrufe
inspector-column-boxes = Schachteln
inspector-column-failures = Ausfälle
inspector-column-restarts = Neustarts
inspector-column-box-open = Schachtel offen [s]
inspector-column-waiting = Ohne Schachtel [s]

## A task's state, as the State column shows it.

inspector-state-waiting = wartend
inspector-state-scheduled = eingeplant
inspector-state-running = laufend
inspector-state-done = fertig
inspector-state-failed = ausgefallen

## The rows' names.

inspector-supervisor = Supervisor
inspector-task-station = Station { $station }
inspector-task-box = Station { $station } (Schachtel { $box_no })
inspector-task-worker = Station { $station } (Worker)
inspector-task-box-task = Station { $station } (Task von Schachtel { $box_no })

## The tasks that finished last.

inspector-finished = Gerade beendet
inspector-finished-box =
    Station { $station } (Schachtel { $box_no }): fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-worker =
    Worker von Station { $station }: fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-box-task =
    Task von Schachtel { $box_no }: fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-none = noch kein Task ist fertig

## The charts.

charts-title = Diagramme
charts-time-axis = simulierte Sekunden
charts-tick-thousands = { $thousands } Tsd.
charts-station = Station { $station }

charts-doses-caption = Verabreichte Dosen im Zeitverlauf, verglichen mit dem vom Modell erwarteten Tempo (gestrichelt)
charts-doses =
    .aria-label = { $given } von { $total ->
        [one] { $total } Dosis
       *[other] { $total } Dosen
    } nach { $seconds } Sekunden verabreicht; erwartete Gesamtdauer { $expected } Sekunden

charts-gantt-too-many = Das Gantt-Diagramm zeigt Läufe mit bis zu { $limit ->
        [one] { $limit } Station
       *[other] { $limit } Stationen
    }.
charts-gantt-caption = Schachteln pro Station im Zeitverlauf; ausgefallene Schachteln in Zinnoberrot mit gestricheltem Rand
charts-gantt-truncated = {" "}{ $limit ->
        [one] (die erste { $limit } Schachtel)
       *[other] (die ersten { $limit } Schachteln)
    }
charts-gantt =
    .aria-label =
        Gantt-Diagramm { $boxes ->
            [one] einer Schachtel
           *[other] von { $boxes } Schachteln
        } an { $stations ->
            [one] { $stations } Station
           *[other] { $stations } Stationen
        }
charts-gantt-bar = Station { $station }, Schachtel { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = Station { $station }, Schachtel { $box_no }: { $start }–{ $end } s (ausgefallen)

charts-utilisation-summary =
    Auslastung: im Mittel { $mean } %, am niedrigsten { $least } % über { $stations ->
        [one] { $stations } Station
       *[other] { $stations } Stationen
    }.
charts-utilisation-caption = Auslastung: der Anteil der verstrichenen Zeit, in dem jede Station eine Schachtel offen hatte
charts-utilisation =
    .aria-label = Auslastung pro Station
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = Der Vergleich der Strategien umfasst Läufe mit bis zu { $limit ->
        [one] { $limit } Dosis
       *[other] { $limit } Dosen
    }.
charts-comparison-caption = Derselbe Seed unter jeder Strategie des Supervisors (ganze Läufe, in der Seite nachgespielt)
charts-comparison-policy = Strategie
charts-comparison-makespan = Gesamtdauer
charts-comparison-busy = Zeit mit offener Schachtel
charts-comparison-boxes-opened = Geöffnete Schachteln
charts-comparison-doses-vanished = Verschwundene Dosen
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = Der Code
code-explain = Das Rust ist der Quelltext, der in diese Seite kompiliert ist; das Python ist dasselbe Programm in asyncio, eine Datei, die so, wie sie ist, läuft und auf CPython gegen diese Engine geprüft wird. Ein Task kann nur an einem { $await } pausieren, und nur, wenn das Erwartete nicht bereit ist: { $parked } Die Hervorhebung wird aus dem letzten Ereignis gelesen.{" "}
code-parked = { $stations }, und { $supervisor }.
code-parked-stations = jeder Stations-Task parkt an seinem sleep
code-parked-stations-blocking = jeder Stations-Task außer dem von Station { $station } parkt an seinem sleep (Station { $station } macht nie ein await und parkt daher nie: Sie hält den Thread für ihre ganze Schachtel)
code-parked-supervisor-set = der Supervisor an seinem Warten auf die Menge
code-parked-supervisor-queue = der Supervisor an seinem Lesen aus der Warteschlange
code-parked-supervisor-semaphore = die Schachtel-Tasks ohne Station am Semaphor
code-parked-supervisor-workers = der Supervisor an seinem Warten auf die Worker
code-resumed-station = Zuletzt fortgesetzt: der Task von Station { $station }, an seinem await.
code-resumed-supervisor = Zuletzt fortgesetzt: der Supervisor, an seinem await.
code-resumed-none = Noch ist nichts gelaufen.
code-rust = Rust (diese App)
code-python = Python asyncio
code-show-python-first = Python zuerst zeigen
code-show-rust-first = Rust zuerst zeigen
code-whole-file = Die ganze asyncio-Datei, samt Hilfsfunktionen
code-download = Datei herunterladen (sie läuft, wie sie ist: python3 vaccination_lot.py)
code-listing =
    .aria-label =
        { $language ->
            [rust] Rust-Code
           *[python] Python-Code
        } { $role ->
            [station] der Station
           *[supervisor] des Supervisors
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] kein Stations-Task wartet
        [one] { $count } Stations-Task wartet hier
       *[other] { $count } Stations-Tasks warten hier
    }
code-supervisor-waits = der Supervisor wartet hier
code-supervisor-returned = der Supervisor ist zurückgekehrt
code-mistake-counts-waits = zählt Wartevorgänge, nicht Schachteln
code-mistake-new-box = eine neue Schachtel, auch wenn keine mehr übrig ist
code-mistake-program-ends = das Programm endet: Tasks mitten in der Schachtel abgebrochen
code-mistake-cancelled = Tasks mitten in der Schachtel abgebrochen

## Where the Rust twin and asyncio differ.

code-differences = Wo sich die Zwillinge unterscheiden: { $next } liefert eine Ausgabe nach der anderen, also leert der Supervisor in Rust die Menge, indem er sie pollt, bis sie Pending ist, und nimmt so jeden Task, der zurückgekehrt ist: die Done-Menge, die { $wait } zurückgibt. Er pollt nur die Futures, die geweckt wurden, während { $wait } bei jedem Aufruf auf jedem Task einen Callback registriert. Hier bricht das Droppen eines { $handle } seinen Task ab; das Verwerfen eines asyncio-{ $task } bricht ihn nicht ab, aber die Event-Loop hält nur eine schwache Referenz, sodass ein Task, den niemand hält, verschwinden kann, bevor er fertig ist: Das Python behält sie alle.
code-real-time = Die Uhr dieser Seite ist virtuell: Die Zeit springt von einem Timer zum nächsten, jede Frist gilt auf die Mikrosekunde, und nichts läuft verspätet. Echtes asyncio unterscheidet sich in zwei Punkten. Unter Linux rundet sein Selector die Wartezeit auf ganze Millisekunden auf, also lösen Timer, die weniger als eine Millisekunde auseinander fällig werden, oft in einer Runde aus, und { $wait } gibt beide Tasks in einer Done-Menge zurück: Zwei Tasks, 0,3 ms auseinander fällig, taten das in einer Messung 82- bis 85-mal von 100. Und jede Runde der Schleife kostet echte Zeit, also endet eine Schachtel mit 100 Impfungen von 1–100 ms etwa 2 % zu spät. Die Python-Datei zeigt, für sich allein ausgeführt, beides; python/real_time.py misst es.

python-title = Das Listing in echtem CPython
python-intro = Das asyncio-Listing läuft hier in echtem CPython, nach WebAssembly übersetzt, auf einer virtuellen Uhr, mit den Ziehungen und Ausfällen des Laufs auf dem Bildschirm; danach vergleicht die Seite beide Läufe Ereignis für Ereignis. Der erste Lauf lädt Python herunter; sonst wartet nichts auf der Seite darauf.
python-run = In CPython ausführen
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
        [one] Dosis
       *[other] Dosen
    }; dieser hat { $doses }.
python-offline = Die Python-Ansicht braucht die Seite unter einer Webadresse: aus einer Datei geöffnet, lässt der Browser sie Python nicht laden.
python-load-failed = Python konnte nicht geladen werden ({ $reason }). Der Rest der Seite funktioniert wie bisher.
python-tree = Was asyncio bei Ereignis { $event } sieht
python-tree-title = asyncios eigene Sicht bei Ereignis { $event }
python-tree-explain = Das Listing läuft in CPython bis zu diesem Ereignis und hält dort an: seine Tasks, wie asyncio.capture_call_graph sie liefert, der Graph, den python -m asyncio pstree ausgibt. Jede Task steht unter der Task, die auf sie wartet, mit den Funktionen, in denen sie pausiert, die äußerste zuerst.
python-tree-station-task = { $task }: Station { $station }, Box { $box_no }
python-tree-running = { $task }, läuft gerade
python-tree-failed = asyncios Sicht konnte nicht aufgenommen werden: { $error }
python-tree-more = …und { $count } weitere { $count ->
        [one] Task
       *[other] Tasks
    }
python-stopped = CPython hat nicht innerhalb von { $seconds } s geantwortet, daher wurde sein Worker beendet: Das Zeitbudget hält Python-Code bei der nächsten Schleifenrunde an, nicht aber eine lange Berechnung in einem einzigen C-Aufruf. Ausführen startet Python neu.
