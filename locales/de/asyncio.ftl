# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Alle Tasks laufen auf einem einzigen Thread, einer nach dem anderen: Die Event-Loop nimmt den vordersten Task aus ihrer Warteschlange der bereiten Tasks und führt seine Koroutine aus, bis sie auf etwas { $awaits }, das noch nicht fertig ist; dann gibt der Task den Thread zurück. Eine schlafende Station kostet nichts: Ein { $timer } beendet ihren Schlaf, wenn ihre Impfung fertig ist, ein Done-Callback stellt den Task wieder in die Warteschlange der bereiten Tasks, und die Event-Loop führt { $polls } aus. Timer, die im selben Augenblick fällig werden, lösen gemeinsam aus, in einer einzigen Runde der Schleife, und jeder Task, den sie wecken, läuft vor jedem Task, den diese wiederum wecken.
executor-term-awaits-asyncio = mit await wartet
    .title = Hält die Koroutine an, bis das Awaitable fertig ist. Ist es noch nicht fertig, gibt der Task den Thread an die Event-Loop zurück; sobald es fertig ist, stellt ein Done-Callback den Task wieder in die Warteschlange der bereiten Tasks.
executor-term-timer-asyncio = Timer
    .title = Ein Eintrag im Heap der geplanten Callbacks der Event-Loop (loop.call_later): Zu seiner Frist schließt er das Future des sleep ab.
executor-term-polls-asyncio = den nächsten Schritt des Tasks
    .title = Setzt die Koroutine des Tasks dort fort, wo sie mit await gewartet hat, bis zum nächsten await auf etwas noch nicht Fertiges oder bis zu ihrem return (Task.__step in asyncio).
executor-wake-ok-asyncio = Task von Station { $station } (Schachtel { $box_no }) gab die Zahl seiner Dosen zurück
executor-wake-err-asyncio = Task von Station { $station } (Schachtel { $box_no }) löste eine Ausnahme aus: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Der Worker jeder Station ist ein Task, der Schachtel um Schachtel aus der Warteschlange abarbeitet.
       *[box] Jede Schachtel, die eine Station abarbeitet, ist ein Task.
    } Ein Task ist { $waiting }, solange seine Koroutine schläft, { $scheduled }, sobald ein Done-Callback ihn dorthin zurückgestellt hat, und { $running }, während die Event-Loop seine Koroutine ausführt. { $wakes } und Schritte summieren sich über alle Schachteln einer Station; die Zeile des Supervisors zählt die Schachteln, die er bearbeitet hat. „Schachtel offen“ ist die simulierte Zeit, in der eine Station eine Schachtel offen hatte (ihr Task, der zwischen den Impfungen schläft, kostet den Thread nichts), nicht die Zeit, in der er lief; ohne Schachtel wartet sie auf den Supervisor.
inspector-term-scheduled-asyncio = in der Warteschlange der bereiten Tasks
    .title = Bereit zu laufen: Die Event-Loop arbeitet die Warteschlange der bereiten Tasks von vorn ab, einen Task-Schritt nach dem anderen.
inspector-term-running-asyncio = laufend
    .title = Der einzige Task, dessen Koroutine die Event-Loop gerade ausführt.
inspector-term-wakes-asyncio = Weckrufe
    .title = Wie oft der Task wieder in die Warteschlange der bereiten Tasks gestellt wurde (auf dieser Seite gezählt vom Waker seines Rust-Zwillings).
