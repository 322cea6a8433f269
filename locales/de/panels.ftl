# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = { -executor }
executor-explain = Alle { -task(number: "other") } laufen auf einem einzigen { -thread }, einer nach dem anderen. Ein { -task } { $awaits } ein Future, das noch nicht bereit ist, und gibt so den { -thread } ab, bis das Future ihn weckt. Eine schlafende { -station } kostet nichts: Ein { $timer } weckt sie, wenn ihre { -shot } fertig ist, und der { -executor } { $polls } sie. { -timer(number: "other") }, die im selben Augenblick fällig werden, lösen gemeinsam aus, in einer einzigen Runde des { -executor(case: "gen") }, und jeder { -task }, den sie wecken, läuft vor jedem { -task }, den diese wiederum wecken.
executor-term-awaits = wartet mit await auf
    .title = Fragt ein Future nach seinem Wert. Ist es nicht bereit, gibt der { -task } den { -thread } ab, bis das Future ihn weckt; ist es bereit, kommt der Wert sofort zurück und der { -task } läuft weiter.
executor-term-timer = { -timer }
    .title = Ein Eintrag in der Warteschlange der Uhr: Zu seiner Frist weckt er den { -task }, der ihn gestellt hat.
executor-term-polls = pollt
    .title = Führt einen { -task } aus, bis er wieder warten muss (gibt Pending zurück) oder fertig ist (gibt Ready zurück).

## The supervisor's policy, one sentence each.

executor-policy-first = Strategie FIRST_COMPLETED: Der { -supervisor } wartet auf die ganze Menge und wacht auf, sobald ein { -task } zurückgekehrt ist. Er nimmt jeden { -task }, der bis dahin zurückgekehrt ist, seine Done-Menge, meldet sie in der Reihenfolge der { -station(number: "other") }, startet jede { -station } sofort neu und wartet wieder auf die Menge.
executor-policy-all = Strategie ALL_COMPLETED: Der { -supervisor } meldet jede Done-Menge, sobald sie kommt, füllt aber erst nach, wenn der ganze Durchgang zurückgekehrt ist; { -station(number: "other") }, die früh fertig sind, warten untätig.
executor-policy-queue = Strategie Abschluss-Warteschlange: Jeder fertige { -task } einer { -station } kommt in eine Warteschlange (in Python legt ihn ein Done-Callback in eine asyncio.Queue; in Rust schickt der { -task } sein Ergebnis durch einen Kanal), und der { -supervisor } nimmt sie einzeln heraus, in der Reihenfolge, in der sie fertig wurden, und startet jede { -station } neu.
executor-policy-article = Strategie Schleife des Artikels: Sie wartet so oft mit FIRST_COMPLETED, wie es { -box(number: "other") } gibt, zählt also Wartevorgänge statt { -box(number: "other") }, startet jeden { -task } jeder Done-Menge neu, auch wenn keine { -box } mehr übrig ist, und wenn die Schleife endet, endet auch das Programm: asyncio.run bricht die noch laufenden { -task(number: "other") } mitten in der { -box } ab.
executor-policy-taskgroup = Strategie TaskGroup + Semaphore: ein { -task } pro { -box }, alle vorab erzeugt; der Semaphor lässt so viele arbeiten, wie es { -station(number: "other") } gibt, und jeder nimmt die freie { -station } mit der kleinsten Nummer. Jeder { -task } fängt den Fehlschlag seiner { -station } ab und meldet ihn: Eine nicht abgefangene Exception würde die ganze Gruppe abbrechen.
executor-policy-workers = Strategie Worker + Queue: Ein langlebiger { -task } pro { -station } nimmt { -box(number: "other") } aus einer vorab gefüllten Queue, bis sie leer ist; einen Fehlschlag fängt er ab und macht mit der nächsten { -box } weiter.
executor-queue-same = In diesem Lauf ergibt das dieselben { -shot(number: "other") } und dieselben { -box(number: "other") } zu denselben Zeitpunkten wie FIRST_COMPLETED.
executor-queue-differs = In diesem Lauf weicht sie von FIRST_COMPLETED ab: { $same_end ->
        [yes] Beide enden bei { $seconds } s, aber ihre { -box(number: "other") } gehen an andere { -station(number: "other") }
       *[no] Sie endet bei { $seconds } s, FIRST_COMPLETED bei { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station } { $station } blockiert den { -thread }: Sie verabreicht jede { -shot } ohne await, also läuft jede ihrer { -box(number: "other") } in einem einzigen Poll von Anfang bis Ende, und kein anderer { -task } läuft währenddessen. Die { -timer(number: "other") } der anderen { -station(number: "other") } werden fällig, können aber erst auslösen, wenn sie den { -thread } freigibt; dann lösen sie gemeinsam aus, verspätet, in einer Runde des { -executor(case: "gen") }. Der Lauf folgt der { -event-loop } von asyncio Runde für Runde, und ein Test prüft ihn gegen CPython.
executor-share-none = In diesem Lauf haben die anderen { -station(number: "other") } keine einzige { -shot } verabreicht: { -station } { $station } hat jede { -box } genommen, eine nach der anderen, und den { -thread } nie freigegeben.
executor-share-exact = In diesem Lauf hat { -station } { $station } { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } zurückgegeben, und zwischen zwei davon haben die anderen { -station(number: "other") } jedes Mal { $shots ->
        [one] eine { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } verabreicht.
executor-share-range = In diesem Lauf hat { -station } { $station } { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } zurückgegeben; zwischen zwei davon haben die anderen { -station(number: "other") } zusammen { $fewest } bis { $most ->
        [one] { $most } { -shot }
       *[other] { $most } { -shot(number: "other") }
    } verabreicht, im Mittel { $mean }.
executor-share-one-box = In diesem Lauf hat { -station } { $station } nur eine { -box } zurückgegeben; die anderen { -station(number: "other") } haben im ganzen Lauf { $shots ->
        [one] eine { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } verabreicht.

## The awaited set.

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count =
    ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") }, die in einen Kanal senden
executor-awaited-kind-taskgroup = { -task(number: "other") } der { -station(number: "other") } in einer { -task }-Gruppe
executor-awaited-kind-workers = aktuelle { -box(number: "other") } der Worker
executor-awaited-kind-futures = ein FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } weitere
executor-awaited-empty = leer
executor-done-set = Letzte Done-Menge
executor-done-count = ({ $count ->
        [one] ein { -task }
       *[other] { $count } { -task(number: "other") }
    } bei { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = Der { -supervisor } ist noch nicht aufgewacht
executor-done-unreported = zurückgekehrt; der { -supervisor } meldet ihn als Nächstes
executor-done-several = Mehrere { -task(number: "other") } in einer Done-Menge: Ihre { -timer(number: "other") } haben gemeinsam ausgelöst, in einer Runde des { -executor(case: "gen") }, und jeder { -task } ist zurückgekehrt, bevor der { -supervisor } aufwachte; asyncio.wait gibt jeden { -task } zurück, der bis dahin fertig ist.

## The timer queue.

executor-timers = { -timer-queue }, früheste zuerst
executor-timer = { $seconds } s → weckt { -station } { $station }
executor-timers-empty = keine { -timer(number: "other") }

## The supervisor's wakes, one line each.

executor-wakes = Weckrufe des { -supervisor(case: "gen") }, neueste zuerst
executor-reports = Von ihren eigenen { -task(number: "other") } gemeldete { -box(number: "other") }, neueste zuerst
executor-wake-time = { $seconds } s
executor-wake-wait = Wartevorgang { $wait } in der Zählung der Schleife
executor-wake-ok = { -task } von { -station } { $station } ({ -box } { $box_no }) gab Ok zurück
executor-wake-err = { -task } von { -station } { $station } ({ -box } { $box_no }) gab Err zurück: { $error }
executor-error-spoiled = { -dose } { $shot } der { -box } verdorben
executor-error-broken = während { -shot } { $shot } von Hand kaputt gemacht
executor-wake-pending = noch ausstehend: { $stations }
executor-pending-none = keine
executor-pending-more = und { $count } weitere
executor-wake-pushed = eingereiht: { $tasks }
executor-pushed-task = { -station } { $station } mit { -box } { $box_no }
executor-wake-no-box = noch keine neue { -box }
executor-wake-depot-empty = nichts eingereiht ({ -depot } leer)
executor-report-taskgroup-next = Der { -task } der { -box } gibt { -station } { $station } und seine Erlaubnis frei; der { -task } der nächsten { -box } nimmt die niedrigste freie { -station }
executor-report-taskgroup-last = Keine { -box } ist mehr übrig, also bleibt { -station } { $station } frei
executor-report-workers-next = Der Worker nimmt die nächste { -box } aus der Warteschlange
executor-report-workers-last = Die Warteschlange ist leer, also kehrt der Worker zurück

## The task inspector.

inspector-title = { -inspector }
inspector-too-many = Der { -inspector } listet { -task(number: "other") } für Läufe mit bis zu { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
inspector-explain = { $tasks ->
        [worker] Der Worker jeder { -station } ist ein { -task }, der { -box } um { -box } aus der Warteschlange abarbeitet.
       *[box] Jede { -box }, die eine { -station } abarbeitet, ist ein { -task }.
    } Ein { -task } ist { $waiting }, solange er schläft, { $scheduled }, sobald er geweckt wurde, und { $running }, während der { -thread } ihn pollt. { $wakes } und Polls summieren sich über alle { -box(number: "other") } einer { -station }; die Zeile des { -supervisor(case: "gen") } zählt die { -box(number: "other") }, die er bearbeitet hat. „{ -box } offen“ ist die simulierte Zeit, in der eine { -station } eine { -box } offen hatte (ihr { -task }, der zwischen den { -shot(number: "other") } schläft, kostet den { -thread } nichts), nicht die Zeit innerhalb von Polls; ohne { -box } ist eine { -station } untätig, bis der { -supervisor } ihr eine gibt.
inspector-term-waiting = schlafend
    .title = Nicht auf dem { -thread }, bis etwas ihn weckt: der { -task } einer { -station } auf dem { -timer } seiner { -shot }, der { -supervisor } auf den { -task(number: "other") }, auf die er wartet. (Eine { -station } ohne offene { -box } ist untätig, nicht schlafend.)
inspector-term-scheduled = eingeplant
    .title = Geweckt und hinter den zuvor geweckten { -task(number: "other") } eingereiht; der { -executor } pollt sie der Reihe nach.
inspector-term-running = laufend
    .title = Wird gepollt: der eine { -task }, den der { -thread } gerade ausführt.
inspector-term-wakes = Weckrufe
    .title = Aufrufe des Wakers des { -task(case: "gen") }: Jeder bittet den { -executor }, ihn erneut zu pollen.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task }
inspector-column-state = Zustand
inspector-column-polls = Polls
inspector-column-wakes = Weckrufe
inspector-column-boxes = { -box(number: "other") }
inspector-column-failures = Fehlschläge
inspector-column-restarts = Neustarts
inspector-column-box-open = { -box } offen [s]
inspector-column-waiting = Ohne { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = schlafend
inspector-state-scheduled = eingeplant
inspector-state-running = laufend
inspector-state-done = fertig
inspector-state-failed = fehlgeschlagen

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (Worker)
inspector-task-box-task = { -station } { $station } ({ -task } von { -box } { $box_no })

## The tasks that finished last.

inspector-finished = Gerade beendet
inspector-finished-box =
    { -station } { $station } ({ -box } { $box_no }): fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-worker =
    Worker von { -station } { $station }: fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-box-task =
    { -task } von { -box } { $box_no }: fertig nach { $polls ->
        [one] { $polls } Poll
       *[other] { $polls } Polls
    } und { $wakes ->
        [one] { $wakes } Weckruf
       *[other] { $wakes } Weckrufen
    }
inspector-finished-none = noch kein { -task } ist fertig

## The charts.

charts-title = Diagramme
charts-time-axis = simulierte Sekunden
charts-tick-thousands = { $thousands } Tsd.
charts-station = { -station } { $station }

charts-doses-caption = Verabreichte { -dose(number: "other") } im Zeitverlauf, verglichen mit dem vom Modell erwarteten Tempo (gestrichelt)
charts-doses =
    .aria-label = { $given } von { $total ->
        [one] { $total } { -dose }
       *[other] { $total } { -dose(number: "other") }
    } nach { $seconds } Sekunden verabreicht; erwartete Gesamtdauer { $expected } Sekunden

charts-gantt-too-many = Das Gantt-Diagramm zeigt Läufe mit bis zu { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
charts-gantt-caption = { -box(number: "other") } pro { -station } im Zeitverlauf; fehlgeschlagene { -box(number: "other") } in Zinnoberrot mit gestricheltem Rand
charts-gantt-truncated = {" "}{ $limit ->
        [one] (die erste { $limit } { -box })
       *[other] (die ersten { $limit } { -box(number: "other") })
    }
charts-gantt =
    .aria-label =
        Gantt-Diagramm { $boxes ->
            [one] einer { -box }
           *[other] von { $boxes } { -box(number: "other") }
        } an { $stations ->
            [one] { $stations } { -station }
           *[other] { $stations } { -station(number: "other") }
        }
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s (fehlgeschlagen)

charts-utilisation-summary =
    Auslastung: im Mittel { $mean } %, am niedrigsten { $least } % über { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }.
charts-utilisation-caption = Auslastung: der Anteil der verstrichenen Zeit, in dem jede { -station } eine { -box } offen hatte
charts-utilisation =
    .aria-label = Auslastung pro { -station }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = Der Vergleich der Strategien umfasst Läufe mit bis zu { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }.
charts-comparison-caption = Derselbe Seed unter jeder Strategie des { -supervisor(case: "gen") } (ganze Läufe, in der Seite nachgespielt)
charts-comparison-policy = Strategie
charts-comparison-makespan = Gesamtdauer
charts-comparison-busy = Zeit mit offener { -box }
charts-comparison-boxes-opened = Geöffnete { -box(number: "other") }
charts-comparison-doses-vanished = Verschwundene { -dose(number: "other") }
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = Code
code-explain = Das Rust ist der Quelltext, der in diese Seite kompiliert ist; das Python ist dasselbe Programm in asyncio, eine Datei, die so, wie sie ist, läuft und auf CPython gegen diese Engine geprüft wird. Ein { -task } kann nur an einem { $await } pausieren, und nur, wenn das Erwartete nicht bereit ist: { $parked } Die Hervorhebung wird aus dem letzten Ereignis gelesen.{" "}
code-parked = { $stations }, und { $supervisor }.
code-parked-stations = jeder { -task } einer { -station } parkt an seinem sleep
code-parked-stations-blocking = jeder { -task } einer { -station } außer dem von { -station } { $station } parkt an seinem sleep ({ -station } { $station } macht nie ein await und parkt daher nie: Sie hält den { -thread } für ihre ganze { -box })
code-parked-supervisor-set = der { -supervisor } an seinem Warten auf die Menge
code-parked-supervisor-queue = der { -supervisor } an seinem Lesen aus der Warteschlange
code-parked-supervisor-semaphore = die { -box }-{ -task(number: "other") } ohne { -station } am Semaphor
code-parked-supervisor-workers = der { -supervisor } an seinem Warten auf die Worker
code-resumed-station = Zuletzt fortgesetzt: der { -task } von { -station } { $station }, an seinem await.
code-resumed-supervisor = Zuletzt fortgesetzt: der { -supervisor }, an seinem await.
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
            [station] der { -station }
           *[supervisor] des { -supervisor(case: "gen") }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] kein { -task } einer { -station } wartet
        [one] { $count } { -task } einer { -station } wartet hier
       *[other] { $count } { -task(number: "other") } von { -station(number: "other") } warten hier
    }
code-supervisor-waits = der { -supervisor } wartet hier
code-supervisor-returned = der { -supervisor } ist zurückgekehrt
code-mistake-counts-waits = zählt Wartevorgänge, nicht { -box(number: "other") }
code-mistake-new-box = eine neue { -box }, auch wenn keine mehr übrig ist
code-mistake-program-ends = das Programm endet: { -task(number: "other") } mitten in der { -box } abgebrochen
code-mistake-cancelled = { -task(number: "other") } mitten in der { -box } abgebrochen

## Where the Rust twin and asyncio differ.

code-differences = Wo sich die Zwillinge unterscheiden: { $next } liefert eine Ausgabe nach der anderen, also leert der { -supervisor } in Rust die Menge, indem er sie pollt, bis sie Pending ist, und nimmt so jeden { -task }, der zurückgekehrt ist: die Done-Menge, die { $wait } zurückgibt. Er pollt nur die Futures, die geweckt wurden, während { $wait } bei jedem Aufruf auf jedem { -task } einen Callback registriert. Hier bricht das Droppen eines { $handle } seinen { -task } ab; das Verwerfen eines asyncio-{ $task } bricht ihn nicht ab, aber die { -event-loop } hält nur eine schwache Referenz, sodass ein { -task }, den niemand hält, verschwinden kann, bevor er fertig ist: Das Python behält sie alle.
code-real-time = Die Uhr dieser Seite ist virtuell: Die Zeit springt von einem { -timer } zum nächsten, jede Frist gilt auf die Mikrosekunde, und nichts läuft verspätet. Echtes asyncio unterscheidet sich in zwei Punkten. Unter Linux rundet sein Selector die Wartezeit auf ganze Millisekunden auf, also lösen { -timer(number: "other") }, die weniger als eine Millisekunde auseinander fällig werden, oft in einer Runde aus, und { $wait } gibt beide { -task(number: "other") } in einer Done-Menge zurück: Zwei { -task(number: "other") }, 0,3 ms auseinander fällig, taten das in einer Messung 82- bis 85-mal von 100. Und jede Runde der { -event-loop } kostet echte Zeit, also endet eine { -box } mit 100 { -shot(number: "other") } von 1–100 ms etwa 2 % zu spät. Die Python-Datei zeigt, für sich allein ausgeführt, beides; python/real_time.py misst es.

python-title = Das Listing in echtem CPython
python-intro = Das asyncio-Listing läuft hier in echtem CPython, nach WebAssembly übersetzt, auf einer virtuellen Uhr, mit den Ziehungen und Eingriffen des Laufs auf dem Bildschirm; danach vergleicht die Seite beide Läufe Ereignis für Ereignis. Der erste Lauf lädt Python herunter; sonst wartet nichts auf der Seite darauf.
python-run = In CPython ausführen
