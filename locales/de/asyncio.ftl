# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Alle { -task(number: "other") } laufen auf einem einzigen { -thread }, einer nach dem anderen: Die { -event-loop } nimmt den vordersten { -task } aus ihrer { -ready-queue } und führt seine Koroutine aus, bis sie auf etwas { $awaits }, das noch nicht fertig ist; dann gibt der { -task } den { -thread } zurück. Eine schlafende { -station } kostet nichts: Ein { $timer } beendet ihren Schlaf, wenn ihre { -shot } fertig ist, ein Done-Callback stellt den { -task } wieder in die { -ready-queue }, und die { -event-loop } führt { $polls } aus. { -timer(number: "other") }, die im selben Augenblick fällig werden, lösen gemeinsam aus, in einer einzigen Runde der { -event-loop }, und jeder { -task }, den sie wecken, läuft vor jedem { -task }, den diese wiederum wecken.
executor-term-awaits-asyncio = mit await wartet
    .title = Hält die Koroutine an, bis das Awaitable fertig ist. Ist es noch nicht fertig, gibt der { -task } den { -thread } an die { -event-loop } zurück; sobald es fertig ist, stellt ein Done-Callback den { -task } wieder in die { -ready-queue }.
executor-term-timer-asyncio = { -timer }
    .title = Ein Eintrag im Heap der geplanten Callbacks der { -event-loop } (loop.call_later): Zu seiner Frist schließt er das Future des sleep ab.
executor-term-polls-asyncio = den nächsten Schritt des { -task(case: "gen") }
    .title = Setzt die Koroutine des { -task(case: "gen") } dort fort, wo sie mit await gewartet hat, bis zum nächsten await auf etwas noch nicht Fertiges oder bis zu ihrem return (Task.__step in asyncio).
executor-wake-ok-asyncio = { -task } von { -station } { $station } ({ -box } { $box_no }) gab die Zahl seiner { -dose(number: "other") } zurück
executor-wake-err-asyncio = { -task } von { -station } { $station } ({ -box } { $box_no }) löste eine Ausnahme aus: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Der Worker jeder { -station } ist ein { -task }, der { -box } um { -box } aus der Warteschlange abarbeitet.
       *[box] Jede { -box }, die eine { -station } abarbeitet, ist ein { -task }.
    } Ein { -task } ist { $waiting }, solange seine Koroutine schläft, { $scheduled }, sobald ein Done-Callback ihn dorthin zurückgestellt hat, und { $running }, während die { -event-loop } seine Koroutine ausführt. { $wakes } und Schritte summieren sich über alle { -box(number: "other") } einer { -station }; die Zeile des { -supervisor(case: "gen") } zählt die { -box(number: "other") }, die er bearbeitet hat. „{ -box } offen“ ist die simulierte Zeit, in der eine { -station } eine { -box } offen hatte (ihr { -task }, der zwischen den { -shot(number: "other") } schläft, kostet den { -thread } nichts), nicht die Zeit, in der er lief; ohne { -box } ist eine { -station } untätig, bis der { -supervisor } ihr eine gibt.
inspector-term-scheduled-asyncio = in der { -ready-queue }
    .title = Bereit zu laufen: Die { -event-loop } arbeitet die { -ready-queue } von vorn ab, einen { -task }-Schritt nach dem anderen.
inspector-term-running-asyncio = laufend
    .title = Der einzige { -task }, dessen Koroutine die { -event-loop } gerade ausführt.
inspector-term-wakes-asyncio = Weckrufe
    .title = Wie oft der { -task } wieder in die { -ready-queue } gestellt wurde (auf dieser Seite gezählt vom Waker seines Rust-Zwillings).
