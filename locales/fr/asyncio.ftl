# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Toutes les tâches s’exécutent sur un seul thread, une à la fois : la boucle d’événements prend la tâche en tête de sa file des tâches prêtes et exécute sa coroutine ; dès que celle-ci { $awaits } quelque chose qui n’est pas encore terminé, la tâche rend le thread. Un poste endormi ne coûte rien : un { $timer } met fin à son sleep quand l’injection est faite, un callback de fin remet la tâche dans la file des tâches prêtes, et la boucle { $polls } la tâche. Les minuteurs qui arrivent à échéance au même instant se déclenchent ensemble, en un seul tour de la boucle, et chaque tâche qu’ils réveillent s’exécute avant toute tâche que celles-ci réveillent.
executor-term-awaits-asyncio = attend avec await
    .title = Suspend la coroutine jusqu’à ce que l’awaitable soit terminé. S’il ne l’est pas encore, la tâche rend le thread à la boucle d’événements ; quand il l’est, un callback de fin remet la tâche dans la file des tâches prêtes.
executor-term-timer-asyncio = minuteur
    .title = Une entrée dans le tas des callbacks programmés de la boucle d’événements (loop.call_later) : à son échéance, il termine le future du sleep.
executor-term-polls-asyncio = exécute l’étape suivante de
    .title = Reprend la coroutine de la tâche là où elle a fait await, jusqu’à son prochain await sur quelque chose qui n’est pas encore terminé, ou jusqu’à son return (Task.__step d’asyncio).
executor-wake-ok-asyncio = la tâche du poste { $station } (boîte { $box_no }) a renvoyé son nombre de doses
executor-wake-err-asyncio = la tâche du poste { $station } (boîte { $box_no }) a levé une exception : { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Le worker de chaque poste est une Task, qui traite boîte après boîte depuis la file.
       *[box] Chaque boîte qu’un poste traite est une Task.
    } Une Task est { $waiting } pendant que sa coroutine dort, { $scheduled } une fois qu’un callback de fin l’y a remise, et { $running } pendant que la boucle d’événements exécute sa coroutine. Les { $wakes } et les étapes s’additionnent sur toutes les boîtes d’un poste ; la ligne du superviseur compte les boîtes qu’il a traitées. « Boîte ouverte » est le temps simulé pendant lequel un poste avait une boîte ouverte (sa Task, endormie entre deux injections, ne coûte rien au thread), et non le temps passé à s’exécuter ; sans boîte, le poste attend le superviseur.
inspector-term-scheduled-asyncio = dans la file des tâches prêtes
    .title = Prête à s’exécuter : la boucle d’événements parcourt la file des tâches prêtes en commençant par la tête, une étape de Task à la fois.
inspector-term-running-asyncio = en cours
    .title = L’unique Task dont la boucle d’événements exécute en ce moment la coroutine.
inspector-term-wakes-asyncio = réveils
    .title = Nombre de fois où la Task a été remise dans la file des tâches prêtes (dans cette page, compté par le waker de sa jumelle en Rust).
