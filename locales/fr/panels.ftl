# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written in every language: code (await, asyncio.wait,
# FuturesUnordered, JoinHandle, Task, Ok, Err, Pending, Ready), the
# policies' constants (FIRST_COMPLETED, ALL_COMPLETED) and asyncio's class
# names (TaskGroup, Semaphore, Queue).
#
# Station and box numbers ($station, $box_no, $shot, $wait) come already
# written in the locale's digits, as text. Every other number comes as a
# number; a count selects plural forms ({ $count -> [one] … *[other] … }).

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = { -executor(article: "le", start: "upper") }
executor-explain = Toutes { -task(number: "other", article: "le") } s’exécutent sur un seul { -thread }, une à la fois. { -task(article: "un", start: "upper") } { $awaits } un future qui n’est pas encore prêt, et cède ainsi { -thread(article: "le") } jusqu’à ce que le future la réveille. { -station(article: "un", start: "upper") } endormie ne coûte rien : un { $timer } la réveille quand son { -shot } est faite, et { -executor(article: "le") } la { $polls }. { -timer(number: "other", article: "le", start: "upper") } qui arrivent à échéance au même instant se déclenchent ensemble, en un seul tour de la boucle, et chaque { -task } qu’ils réveillent s’exécute avant toute { -task } que celles-ci réveillent.
executor-term-awaits = attend avec await
    .title = Demande sa valeur à un future. S’il n’est pas prêt, { -task(article: "le") } cède { -thread(article: "le") } jusqu’à ce que le future la réveille ; s’il est prêt, la valeur revient aussitôt et { -task(article: "le") } continue.
executor-term-timer = { -timer }
    .title = Une entrée dans la file de l’horloge : à son échéance, il réveille { -task(article: "le") } qui l’a posé.
executor-term-polls = sonde
    .title = Exécute { -task(article: "un") } jusqu’à ce qu’elle doive attendre de nouveau (elle renvoie Pending) ou qu’elle se termine (elle renvoie Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Politique FIRST_COMPLETED : { -supervisor(article: "le") } attend l’ensemble entier et se réveille dès qu’{ -task(article: "un") } est revenue. Il prend toutes { -task(number: "other", article: "le") } revenues jusque-là, son ensemble { -task(number: "other", article: "de") } terminées, les rapporte dans l’ordre { -station(number: "other", article: "du") }, relance aussitôt chaque { -station } et attend de nouveau l’ensemble.
executor-policy-all = Politique ALL_COMPLETED : { -supervisor(article: "le") } rapporte chaque ensemble { -task(number: "other", article: "de") } terminées à mesure qu’il arrive, mais ne réapprovisionne que lorsque tout le lot est revenu ; { -station(number: "other", article: "le") } qui finissent tôt attendent, inactives.
executor-policy-queue = Politique file d’achèvement : chaque { -task } de { -station } terminée entre dans une file (en Python, un callback de fin la met dans une asyncio.Queue ; en Rust, { -task(article: "le") } envoie son résultat dans un canal), et { -supervisor(article: "le") } les en retire une à une, dans l’ordre où elles ont fini, et relance chaque { -station }.
executor-policy-article = Politique « boucle de l’article » : elle attend en FIRST_COMPLETED autant de fois qu’il y a { -box(number: "other", article: "de") }, comptant les attentes plutôt que { -box(number: "other", article: "le") }, relance chaque { -task } de chaque ensemble { -task(number: "other", article: "de") } terminées même quand il ne reste aucune { -box }, et quand la boucle se termine, le programme se termine aussi : asyncio.run annule { -task(number: "other", article: "le") } encore en cours, au milieu de leur { -box }.
executor-policy-taskgroup = Politique TaskGroup + Semaphore : une { -task } par { -box }, toutes créées d’avance ; le sémaphore en laisse travailler autant qu’il y a { -station(number: "other", article: "de") }, et chacune prend { -station(article: "le") } libre de plus petit numéro. Chaque { -task } intercepte l’échec de sa { -station } et le signale : une exception non interceptée annulerait tout le groupe.
executor-policy-workers = Politique workers + Queue : une { -task } de longue durée par { -station } prend des { -box(number: "other") } dans une file remplie d’avance jusqu’à ce qu’elle soit vide ; elle intercepte un échec et passe à { -box(article: "le") } suivante.
executor-queue-same = Dans cette exécution, cela donne les mêmes { -shot(number: "other") } et les mêmes { -box(number: "other") }, aux mêmes instants, que FIRST_COMPLETED.
executor-queue-differs = Dans cette exécution, elle diffère de FIRST_COMPLETED : { $same_end ->
        [yes] les deux finissent à { $seconds } s, mais leurs { -box(number: "other") } vont à d’autres { -station(number: "other") }
       *[no] elle finit à { $seconds } s, FIRST_COMPLETED à { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station(article: "le", start: "upper") } { $station } bloque { -thread(article: "le") } : elle fait chaque { -shot } sans await, si bien que chacune de ses { -box(number: "other") } s’exécute du début à la fin en un seul sondage, et aucune autre { -task } ne s’exécute pendant ce temps. { -timer(number: "other", article: "le", start: "upper") } des autres { -station(number: "other") } arrivent à échéance mais ne peuvent se déclencher tant qu’elle ne lâche pas { -thread(article: "le") } ; ils se déclenchent alors ensemble, en retard, en un seul tour de la boucle. L’exécution suit la boucle d’asyncio tour par tour, et un test la compare à CPython.
executor-share-none = Dans cette exécution, les autres { -station(number: "other") } n’ont fait aucune { -shot } : { -station(article: "le") } { $station } a pris toutes { -box(number: "other", article: "le") }, l’une après l’autre, sans jamais lâcher { -thread(article: "le") }.
executor-share-exact = Dans cette exécution, { -station(article: "le") } { $station } a rendu { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, et entre deux d’entre elles les autres { -station(number: "other") } ont fait { $shots ->
        [one] { -shot(article: "un") }
       *[other] { $shots } { -shot(number: "other") }
    } en tout, à chaque fois.
executor-share-range = Dans cette exécution, { -station(article: "le") } { $station } a rendu { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } ; entre deux d’entre elles, les autres { -station(number: "other") } ont fait de { $fewest } à { $most ->
        [one] { $most } { -shot }
       *[other] { $most } { -shot(number: "other") }
    } en tout, { $mean } en moyenne.
executor-share-one-box = Dans cette exécution, { -station(article: "le") } { $station } n’a rendu qu’une { -box } ; les autres { -station(number: "other") } ont fait { $shots ->
        [one] { -shot(article: "un") }
       *[other] { $shots } { -shot(number: "other") }
    } dans toute l’exécution.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count =
    ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") } qui envoient dans un canal
executor-awaited-kind-taskgroup = { -task(number: "other") } de { -station } d’un groupe { -task(number: "other", article: "de") }
executor-awaited-kind-workers = { -box(number: "other") } en cours des workers
executor-awaited-kind-futures = un FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } de plus
executor-awaited-empty = vide
executor-done-set = Dernier ensemble { -task(number: "other", article: "de") } terminées
executor-done-count = ({ $count ->
        [one] { -task(article: "un") }
       *[other] { $count } { -task(number: "other") }
    } à { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = { -supervisor(article: "le") } ne s’est pas encore réveillé
executor-done-unreported = revenue ; { -supervisor(article: "le") } la rapporte ensuite
executor-done-several = Plusieurs { -task(number: "other") } dans un même ensemble : leurs { -timer(number: "other") } se sont déclenchés ensemble, en un seul tour de la boucle, et chaque { -task } est revenue avant le réveil { -supervisor(article: "du") } ; asyncio.wait rend toutes { -task(number: "other", article: "le") } terminées à ce moment-là.

## The timer queue.

executor-timers = { -timer-queue(start: "upper") }, le plus proche d’abord
executor-timer = { $seconds } s → réveille { -station(article: "le") } { $station }
executor-timers-empty = aucun { -timer }

## The supervisor's wakes, one line each.

executor-wakes = Réveils { -supervisor(article: "du") }, le plus récent d’abord
executor-reports = { -box(number: "other", start: "upper") } rapportées par leurs propres { -task(number: "other") }, la plus récente d’abord
executor-wake-time = { $seconds } s
executor-wake-wait = attente { $wait } du décompte de la boucle
executor-wake-ok = { -task(article: "le") } { -station(article: "du") } { $station } ({ -box } { $box_no }) a renvoyé Ok
executor-wake-err = { -task(article: "le") } { -station(article: "du") } { $station } ({ -box } { $box_no }) a renvoyé Err : { $error }
executor-error-spoiled = { -dose } { $shot } de { -box(article: "le") } avariée
executor-error-broken = panne provoquée à la main pendant { -shot(article: "le") } { $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = encore en attente : { $stations }
executor-pending-none = aucune
executor-pending-more = et { $count } de plus
executor-wake-pushed = ajouté : { $tasks }
executor-pushed-task = { -station } { $station } avec { -box(article: "le") } { $box_no }
executor-wake-no-box = pas encore de nouvelle { -box }
executor-wake-depot-empty = rien d’ajouté ({ -depot } vide)
executor-report-taskgroup-next = { -task(article: "le") } { -box(article: "du") } libère { -station(article: "le") } { $station } et son jeton ; { -task(article: "le") } { -box(article: "du") } suivante prend { -station(article: "le") } libre de plus petit numéro
executor-report-taskgroup-last = il ne reste aucune { -box }, donc { -station(article: "le") } { $station } reste libre
executor-report-workers-next = le worker prend { -box(article: "le") } suivante dans la file
executor-report-workers-last = la file est vide, donc le worker se termine

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = { -inspector(article: "le", start: "upper") } liste les { -task(number: "other") } des exécutions d’au plus { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
inspector-explain = { $tasks ->
        [worker] Le worker de chaque { -station } est une { -task }, qui traite { -box } après { -box } depuis la file.
       *[box] Chaque { -box } que traite { -station(article: "un") } est une { -task }.
    } Une { -task } est { $waiting } pendant qu’elle dort, { $scheduled } une fois réveillée, et { $running } pendant que { -thread(article: "le") } la sonde. Les { $wakes } et les sondages s’additionnent sur toutes { -box(number: "other", article: "le") } d’{ -station(article: "un") } ; la ligne { -supervisor(article: "du") } compte { -box(number: "other", article: "le") } qu’il a traitées. « { -box(start: "upper") } ouverte » est le temps simulé pendant lequel { -station(article: "un") } avait { -box(article: "un") } ouverte (sa { -task }, endormie entre deux { -shot(number: "other") }, ne coûte rien { -thread(article: "au") }), et non le temps passé dans les sondages ; sans { -box }, { -station(article: "un") } reste inactive jusqu’à ce que { -supervisor(article: "le") } lui en donne une.
inspector-term-waiting = endormie
    .title = Hors { -thread(article: "du") } jusqu’à ce que quelque chose la réveille : { -task(article: "le") } d’{ -station(article: "un") } sur { -timer(article: "le") } de son { -shot }, { -supervisor(article: "le") } sur { -task(number: "other", article: "le") } qu’il attend. ({ -station(article: "un", start: "upper") } sans { -box } ouverte est inactive, pas endormie.)
inspector-term-scheduled = planifiée
    .title = Réveillée et placée en file derrière { -task(number: "other", article: "le") } réveillées avant elle ; { -executor(article: "le") } les sonde à tour de rôle.
inspector-term-running = en cours
    .title = En train d’être sondée : l’unique { -task } que { -thread(article: "le") } exécute.
inspector-term-wakes = réveils
    .title = Appels au waker { -task(article: "du") } : chacun demande { -executor(article: "au") } de la sonder de nouveau.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = État
inspector-column-polls = Sondages
inspector-column-wakes = Réveils
inspector-column-boxes = { -box(number: "other", start: "upper") }
inspector-column-failures = Échecs
inspector-column-restarts = Relances
inspector-column-box-open = { -box(start: "upper") } ouverte [s]
inspector-column-waiting = Sans { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = endormie
inspector-state-scheduled = planifiée
inspector-state-running = en cours
inspector-state-done = terminée
inspector-state-failed = en échec

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (worker)
inspector-task-box-task = { -station } { $station } ({ -task } { -box(article: "du") } { $box_no })

## The tasks that finished last.

inspector-finished = Tout juste terminées
inspector-finished-box =
    { -station } { $station } ({ -box } { $box_no }) : terminée après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-worker =
    worker { -station(article: "du") } { $station } : terminé après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-box-task =
    { -task } { -box(article: "du") } { $box_no } : terminée après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-none = aucune { -task } n’est encore terminée

## The charts.

charts-title = Graphiques
charts-time-axis = secondes simulées
# A tick of ten thousand or more, in thousands ("20k").
charts-tick-thousands = { $thousands } k
charts-station = { -station } { $station }

charts-doses-caption = { -dose(number: "other", start: "upper") } administrées au fil du temps, face au rythme attendu par le modèle (en tirets)
charts-doses =
    .aria-label =
        { $given } sur { $total ->
            [one] { $total } { -dose } administrée
           *[other] { $total } { -dose(number: "other") } administrées
        } après { $seconds } secondes ; durée totale attendue { $expected } secondes

charts-gantt-too-many = Le diagramme de Gantt montre les exécutions d’au plus { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
charts-gantt-caption = { -box(number: "other", start: "upper") } par { -station } au fil du temps ; { -box(number: "other") } en échec en vermillon, bord en tirets
charts-gantt-truncated = {" "}({ $limit ->
        [one] { $limit } première { -box }
       *[other] { $limit } premières { -box(number: "other") }
    })
charts-gantt =
    .aria-label =
        Diagramme de Gantt de { $boxes ->
            [one] { $boxes } { -box }
           *[other] { $boxes } { -box(number: "other") }
        } sur { $stations ->
            [one] { $stations } { -station }
           *[other] { $stations } { -station(number: "other") }
        }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no } : { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no } : { $start }–{ $end } s (en échec)

charts-utilisation-summary =
    Utilisation : moyenne { $mean } %, minimum { $least } % sur { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }.
charts-utilisation-caption = Utilisation : la part du temps écoulé pendant laquelle chaque { -station } avait { -box(article: "un") } ouverte
charts-utilisation =
    .aria-label = Utilisation par { -station }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = La comparaison des politiques couvre les exécutions d’au plus { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }.
charts-comparison-caption = La même graine sous chaque politique { -supervisor(article: "du") } (exécutions complètes, rejouées dans la page)
charts-comparison-policy = Politique
charts-comparison-makespan = Durée totale
charts-comparison-busy = Temps avec { -box(article: "un") } ouverte
charts-comparison-boxes-opened = { -box(number: "other", start: "upper") } ouvertes
charts-comparison-doses-vanished = { -dose(number: "other", start: "upper") } disparues
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = Le code
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = Le Rust est le source compilé dans cette page ; le Python est le même programme en asyncio, un fichier qui s’exécute tel quel et qui est vérifié face à ce moteur sous CPython. Une { -task } ne peut se suspendre qu’à un { $await }, et seulement si ce qu’elle attend n’est pas prêt : { $parked } La mise en évidence est lue dans le dernier événement.{" "}
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }, et { $supervisor }.
code-parked-stations = chaque { -task } de { -station } est garée à son sleep
code-parked-stations-blocking = chaque { -task } de { -station } sauf celle { -station(article: "du") } { $station } est garée à son sleep ({ -station(article: "le") } { $station } ne fait jamais d’await, elle n’est donc jamais garée : elle garde { -thread(article: "le") } pendant toute sa { -box })
code-parked-supervisor-set = { -supervisor(article: "le") } à son attente de l’ensemble
code-parked-supervisor-queue = { -supervisor(article: "le") } à sa lecture de la file
code-parked-supervisor-semaphore = { -task(number: "other", article: "le") } de { -box } sans { -station } au sémaphore
code-parked-supervisor-workers = { -supervisor(article: "le") } à son attente des workers
code-resumed-station = Dernière reprise : { -task(article: "le") } { -station(article: "du") } { $station }, à son await.
code-resumed-supervisor = Dernière reprise : { -supervisor(article: "le") }, à son await.
code-resumed-none = Rien ne s’est encore exécuté.
code-rust = Rust (cette application)
code-python = Python asyncio
code-show-python-first = Afficher Python d’abord
code-show-rust-first = Afficher Rust d’abord
code-whole-file = Le fichier asyncio complet, fonctions auxiliaires comprises
code-download = Télécharger le fichier (il s’exécute tel quel : python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        Code { $language ->
            [rust] Rust
           *[python] Python
        } { $role ->
            [station] { -station(article: "du") }
           *[supervisor] { -supervisor(article: "du") }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] aucune { -task } de { -station } en attente
        [one] { $count } { -task } de { -station } attend ici
       *[other] { $count } { -task(number: "other") } de { -station } attendent ici
    }
code-supervisor-waits = { -supervisor(article: "le") } attend ici
code-supervisor-returned = { -supervisor(article: "le") } est revenu
code-mistake-counts-waits = compte les attentes, pas { -box(number: "other", article: "le") }
code-mistake-new-box = une nouvelle { -box } même quand il n’en reste plus
code-mistake-program-ends = le programme se termine : { -task(number: "other") } annulées au milieu de leur { -box }
code-mistake-cancelled = { -task(number: "other") } annulées au milieu de leur { -box }

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = Où les jumeaux diffèrent : { $next } rend une sortie à la fois, si bien que { -supervisor(article: "le") } en Rust vide l’ensemble en le sondant jusqu’à ce qu’il soit en attente, pour prendre toutes { -task(number: "other", article: "le") } revenues : l’ensemble { -task(number: "other", article: "de") } terminées que renvoie { $wait }. Il ne sonde que les futures qui ont été réveillés, tandis que { $wait } enregistre un callback sur chaque { -task } à chaque appel. Ici, abandonner un { $handle } annule sa { -task } ; abandonner une { $task } d’asyncio ne l’annule pas, mais { -event-loop(article: "le") } n’en garde qu’une référence faible, si bien qu’une { -task } que personne ne retient peut disparaître avant de se terminer : le Python les garde toutes.
code-real-time = L’horloge de cette page est virtuelle : le temps saute d’un { -timer } au suivant, chaque échéance est tenue à la microseconde, et rien ne prend de retard. Le vrai asyncio diffère sur deux points. Sous Linux, son sélecteur arrondit l’attente à la milliseconde supérieure, si bien que des { -timer(number: "other") } dus à moins d’une milliseconde d’écart se déclenchent souvent en un seul tour, et { $wait } rend les deux { -task(number: "other") } dans un même ensemble { -task(number: "other", article: "de") } terminées : deux { -task(number: "other") } dues à 0,3 ms d’écart l’ont fait 82 à 85 fois sur 100 lors d’une mesure. Et chaque tour de la boucle coûte du temps réel, si bien qu’une { -box } de 100 { -shot(number: "other") } de 1 à 100 ms finit environ 2 % en retard. Le fichier Python, exécuté seul, montre les deux ; python/real_time.py les mesure.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = Le listing dans un vrai CPython
python-intro = Le listing asyncio s’exécute ici dans un vrai CPython, compilé en WebAssembly, sur une horloge virtuelle, avec les tirages et les pannes de l’exécution à l’écran ; la page compare ensuite les deux exécutions événement par événement. La première exécution télécharge Python ; rien d’autre sur la page ne l’attend.
python-run = Exécuter dans CPython
