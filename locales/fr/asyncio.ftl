# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Toutes { -task(number: "other", article: "le") } s’exécutent sur un seul { -thread }, une à la fois : { -event-loop(article: "le") } prend { -task(article: "le") } en tête de sa { -ready-queue } et exécute sa coroutine ; dès que celle-ci { $awaits } quelque chose qui n’est pas encore terminé, { -task(article: "le") } rend { -thread(article: "le") }. { -station(article: "un", start: "upper") } endormie ne coûte rien : un { $timer } met fin à son sleep quand { -shot(article: "le") } est faite, un callback de fin remet { -task(article: "le") } dans { -ready-queue(article: "le") }, et la boucle { $polls } { -task(article: "le") }. { -timer(number: "other", article: "le", start: "upper") } qui arrivent à échéance au même instant se déclenchent ensemble, en un seul tour de la boucle, et chaque { -task } qu’ils réveillent s’exécute avant toute { -task } que celles-ci réveillent.
executor-term-awaits-asyncio = attend avec await
    .title = Suspend la coroutine jusqu’à ce que l’awaitable soit terminé. S’il ne l’est pas encore, { -task(article: "le") } rend { -thread(article: "le") } à { -event-loop(article: "le") } ; quand il l’est, un callback de fin remet { -task(article: "le") } dans { -ready-queue(article: "le") }.
executor-term-timer-asyncio = { -timer }
    .title = Une entrée dans le tas des callbacks programmés { -event-loop(article: "du") } (loop.call_later) : à son échéance, il termine le future du sleep.
executor-term-polls-asyncio = exécute l’étape suivante de
    .title = Reprend la coroutine { -task(article: "du") } là où elle a fait await, jusqu’à son prochain await sur quelque chose qui n’est pas encore terminé, ou jusqu’à son return (Task.__step d’asyncio).
executor-wake-ok-asyncio = { -task(article: "le") } { -station(article: "du") } { $station } ({ -box } { $box_no }) a renvoyé son nombre { -dose(number: "other", article: "de") }
executor-wake-err-asyncio = { -task(article: "le") } { -station(article: "du") } { $station } ({ -box } { $box_no }) a levé une exception : { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Le worker de chaque { -station } est une Task, qui traite { -box } après { -box } depuis la file.
       *[box] Chaque { -box } que traite { -station(article: "un") } est une Task.
    } Une Task est { $waiting } pendant que sa coroutine dort, { $scheduled } une fois qu’un callback de fin l’y a remise, et { $running } pendant que { -event-loop(article: "le") } exécute sa coroutine. Les { $wakes } et les étapes s’additionnent sur toutes { -box(number: "other", article: "le") } d’{ -station(article: "un") } ; la ligne { -supervisor(article: "du") } compte { -box(number: "other", article: "le") } qu’il a traitées. « { -box(start: "upper") } ouverte » est le temps simulé pendant lequel { -station(article: "un") } avait { -box(article: "un") } ouverte (sa Task, endormie entre deux { -shot(number: "other") }, ne coûte rien { -thread(article: "au") }), et non le temps passé à s’exécuter ; sans { -box }, { -station(article: "un") } reste inactive jusqu’à ce que { -supervisor(article: "le") } lui en donne une.
inspector-term-scheduled-asyncio = dans { -ready-queue(article: "le") }
    .title = Prête à s’exécuter : { -event-loop(article: "le") } parcourt { -ready-queue(article: "le") } en commençant par la tête, une étape de Task à la fois.
inspector-term-running-asyncio = en cours
    .title = L’unique Task dont { -event-loop(article: "le") } exécute en ce moment la coroutine.
inspector-term-wakes-asyncio = réveils
    .title = Nombre de fois où la Task a été remise dans { -ready-queue(article: "le") } (dans cette page, compté par le waker de sa jumelle en Rust).
