# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.
# French typography: a no-break space before ":" and a narrow one before
# ";", "%" and inside « ».

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = L’exécuteur
executor-explain = Toutes les tâches s’exécutent sur un seul thread, une à la fois. Une tâche { $awaits } un future qui n’est pas encore prêt, et cède ainsi le thread jusqu’à ce que le future la réveille. Un poste endormi ne coûte rien : un { $timer } le réveille quand son injection est faite, et l’exécuteur le { $polls }. Les minuteurs qui arrivent à échéance au même instant se déclenchent ensemble, en un seul tour de la boucle, et chaque tâche qu’ils réveillent s’exécute avant toute tâche que celles-ci réveillent.
executor-term-awaits = attend avec await
    .title = Demande sa valeur à un future. S’il n’est pas prêt, la tâche cède le thread jusqu’à ce que le future la réveille ; s’il est prêt, la valeur revient aussitôt et la tâche continue.
executor-term-timer = minuteur
    .title = Une entrée dans la file de l’horloge : à son échéance, il réveille la tâche qui l’a posé.
executor-term-polls = sonde
    .title = Exécute une tâche jusqu’à ce qu’elle doive attendre de nouveau (elle renvoie Pending) ou qu’elle se termine (elle renvoie Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Politique FIRST_COMPLETED : le superviseur attend l’ensemble entier et se réveille dès qu’une tâche est revenue. Il prend toutes les tâches revenues jusque-là, son ensemble de tâches terminées, les rapporte dans l’ordre des postes, relance aussitôt chaque poste et attend de nouveau l’ensemble.
executor-policy-all = Politique ALL_COMPLETED : le superviseur rapporte chaque ensemble de tâches terminées à mesure qu’il arrive, mais ne réapprovisionne que lorsque tout le lot est revenu ; les postes qui finissent tôt attendent sans rien faire.
executor-policy-queue = Politique file d’achèvement : chaque tâche de poste terminée entre dans une file (en Python, un callback de fin la met dans une asyncio.Queue ; en Rust, la tâche envoie son résultat dans un canal), et le superviseur les en retire une à une, dans l’ordre où elles ont fini, et relance chaque poste.
executor-policy-article = Politique la boucle de l’article : elle attend en FIRST_COMPLETED autant de fois qu’il y a de boîtes, comptant les attentes plutôt que les boîtes, relance chaque tâche de chaque ensemble de tâches terminées même quand il ne reste aucune boîte, et quand la boucle se termine, le programme se termine aussi : asyncio.run annule les tâches encore en cours, au milieu de leur boîte.
executor-policy-taskgroup = Politique TaskGroup + Semaphore : une tâche par boîte, toutes créées d’avance ; le sémaphore en laisse travailler autant qu’il y a de postes, et chacune prend le poste libre de plus petit numéro. Chaque tâche intercepte la panne de son poste et la signale : une exception non interceptée annulerait tout le groupe.
executor-policy-workers = Politique « workers + Queue » : une tâche de longue durée par poste prend des boîtes dans une file remplie d’avance jusqu’à ce qu’elle soit vide ; elle intercepte une panne et passe à la boîte suivante.
executor-queue-same = Dans cette exécution, cela donne les mêmes injections et les mêmes boîtes, aux mêmes instants, que FIRST_COMPLETED.
executor-queue-differs = Dans cette exécution, elle diffère de FIRST_COMPLETED : { $same_end ->
        [yes] les deux finissent à { $seconds } s, mais leurs boîtes vont à d’autres postes
       *[no] elle finit à { $seconds } s, FIRST_COMPLETED à { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = Le poste { $station } bloque le thread : il fait chaque injection sans await, si bien que chacune de ses boîtes s’exécute du début à la fin en un seul sondage, et aucune autre tâche ne s’exécute pendant ce temps. Les minuteurs des autres postes arrivent à échéance mais ne peuvent se déclencher tant qu’il ne lâche pas le thread ; ils se déclenchent alors ensemble, en retard, en un seul tour de la boucle. L’exécution suit la boucle d’asyncio tour par tour, et un test la compare à CPython.
executor-share-none = Dans cette exécution, les autres postes n’ont fait aucune injection : le poste { $station } a pris toutes les boîtes, l’une après l’autre, sans jamais lâcher le thread.
executor-share-exact = Dans cette exécution, le poste { $station } a rendu { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }, et entre deux d’entre elles les autres postes ont fait { $shots ->
        [one] une injection
       *[other] { $shots } injections
    } en tout, à chaque fois.
executor-share-range = Dans cette exécution, le poste { $station } a rendu { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    } ; entre deux d’entre elles, les autres postes ont fait de { $fewest } à { $most ->
        [one] { $most } injection
       *[other] { $most } injections
    } en tout, { $mean } en moyenne.
executor-share-one-box = Dans cette exécution, le poste { $station } n’a rendu qu’une boîte ; les autres postes ont fait { $shots ->
        [one] une injection
       *[other] { $shots } injections
    } dans toute l’exécution.

## The awaited set.

executor-awaited-set = Ensemble attendu
executor-awaited-count =
    ({ $count ->
        [one] { $count } tâche
       *[other] { $count } tâches
    }, { $kind })
executor-awaited-kind-channel = tâches qui envoient dans un canal
executor-awaited-kind-taskgroup = tâches de poste d’un groupe de tâches
executor-awaited-kind-workers = boîtes en cours des workers
executor-awaited-kind-futures = un FuturesUnordered
executor-awaited-task = poste { $station } · boîte { $box_no }
executor-awaited-more = +{ $count } de plus
executor-awaited-empty = vide
executor-done-set = Dernier ensemble de tâches terminées
executor-done-count = ({ $count ->
        [one] une tâche
       *[other] { $count } tâches
    } à { $seconds } s)
executor-done-task = poste { $station } · boîte { $box_no }
executor-done-empty = le superviseur ne s’est pas encore réveillé
executor-done-unreported = revenue ; le superviseur la rapporte ensuite
executor-done-several = Plusieurs tâches dans un même ensemble : leurs minuteurs se sont déclenchés ensemble, en un seul tour de la boucle, et chaque tâche est revenue avant le réveil du superviseur ; asyncio.wait rend toutes les tâches terminées à ce moment-là.

## The timer queue.

executor-timers = File des minuteurs, le plus proche d’abord
executor-timer = { $seconds } s → réveille le poste { $station }
executor-timers-empty = aucun minuteur

## The supervisor's wakes, one line each.

executor-wakes = Réveils du superviseur, le plus récent d’abord
executor-reports = Boîtes rapportées par leurs propres tâches, la plus récente d’abord
executor-wake-time = { $seconds } s
executor-wake-wait = attente { $wait } du décompte de la boucle
executor-wake-ok = la tâche du poste { $station } (boîte { $box_no }) a renvoyé Ok
executor-wake-err = la tâche du poste { $station } (boîte { $box_no }) a renvoyé Err : { $error }
executor-error-spoiled = la dose { $shot } de la boîte était avariée
executor-error-broken = cassé à la main pendant l’injection { $shot }
executor-wake-pending = encore en attente : { $stations }
executor-pending-none = aucun
executor-pending-more = et { $count } de plus
executor-wake-pushed = ajouté : { $tasks }
executor-pushed-task = poste { $station } avec la boîte { $box_no }
executor-wake-no-box = pas encore de nouvelle boîte
executor-wake-depot-empty = rien d’ajouté (dépôt vide)
executor-report-taskgroup-next = la tâche de la boîte libère le poste { $station } et son jeton ; la tâche de la boîte suivante prend le poste libre de plus petit numéro
executor-report-taskgroup-last = il ne reste aucune boîte, donc le poste { $station } reste libre
executor-report-workers-next = le worker prend la boîte suivante dans la file
executor-report-workers-last = la file est vide, donc le worker se termine

## The task inspector.

inspector-title = Inspecteur de tâches
inspector-too-many = L’inspecteur liste les tâches des exécutions d’au plus { $limit ->
        [one] { $limit } poste
       *[other] { $limit } postes
    }.
inspector-explain = { $tasks ->
        [worker] Le worker de chaque poste est une tâche, qui traite boîte après boîte depuis la file.
       *[box] Chaque boîte qu’un poste traite est une tâche.
    } Une tâche est { $waiting } pendant qu’elle dort, { $scheduled } une fois réveillée, et { $running } pendant que le thread la sonde. Les { $wakes } et les sondages s’additionnent sur toutes les boîtes d’un poste ; la ligne du superviseur compte les boîtes qu’il a traitées. « Boîte ouverte » est le temps simulé pendant lequel un poste avait une boîte ouverte (sa tâche, endormie entre deux injections, ne coûte rien au thread), et non le temps passé dans les sondages ; sans boîte, le poste attend le superviseur.
inspector-term-waiting = en attente
    .title = Attend d’être réveillée : ici, endormie sur le minuteur de son injection. (Un poste sans boîte ouverte est inactif.)
inspector-term-scheduled = planifiée
    .title = Réveillée et placée dans la file derrière les tâches réveillées avant elle ; l’exécuteur les sonde à tour de rôle.
inspector-term-running = en cours
    .title = En train d’être sondée : l’unique tâche que le thread exécute.
inspector-term-wakes = réveils
    .title = Appels au waker de la tâche : chacun demande à l’exécuteur de la sonder de nouveau.

## The table's columns; [s] marks seconds.

inspector-column-task = Tâche
inspector-column-state = État
inspector-column-polls = Sondages
inspector-column-wakes = Réveils
inspector-column-boxes = Boîtes
inspector-column-failures = Pannes
inspector-column-restarts = Relances
inspector-column-box-open = Boîte ouverte [s]
inspector-column-waiting = Sans boîte [s]

## A task's state, as the State column shows it.

inspector-state-waiting = en attente
inspector-state-scheduled = planifiée
inspector-state-running = en cours
inspector-state-done = terminée
inspector-state-failed = en panne

## The rows' names.

inspector-supervisor = superviseur
inspector-task-station = poste { $station }
inspector-task-box = poste { $station } (boîte { $box_no })
inspector-task-worker = poste { $station } (worker)
inspector-task-box-task = poste { $station } (tâche de la boîte { $box_no })

## The tasks that finished last.

inspector-finished = Tout juste terminées
inspector-finished-box =
    poste { $station } (boîte { $box_no }) : terminée après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-worker =
    worker du poste { $station } : terminé après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-box-task =
    tâche de la boîte { $box_no } : terminée après { $polls ->
        [one] { $polls } sondage
       *[other] { $polls } sondages
    } et { $wakes ->
        [one] { $wakes } réveil
       *[other] { $wakes } réveils
    }
inspector-finished-none = aucune tâche n’est encore terminée

## The charts.

charts-title = Graphiques
charts-time-axis = secondes simulées
charts-tick-thousands = { $thousands } k
charts-station = poste { $station }

charts-doses-caption = Doses administrées au fil du temps, face au rythme attendu par le modèle (en tirets)
charts-doses =
    .aria-label =
        { $given } { $given ->
            [one] dose administrée
           *[other] doses administrées
        } sur { $total } après { $seconds } secondes ; durée totale attendue { $expected } secondes

charts-gantt-too-many = Le diagramme de Gantt montre les exécutions d’au plus { $limit ->
        [one] { $limit } poste
       *[other] { $limit } postes
    }.
charts-gantt-caption = Boîtes par poste au fil du temps ; boîtes en panne en vermillon, bord en tirets
charts-gantt-truncated = {" "}({ $limit ->
        [one] { $limit } première boîte
       *[other] { $limit } premières boîtes
    })
charts-gantt =
    .aria-label =
        Diagramme de Gantt de { $boxes ->
            [one] { $boxes } boîte
           *[other] { $boxes } boîtes
        } sur { $stations ->
            [one] { $stations } poste
           *[other] { $stations } postes
        }
charts-gantt-bar = poste { $station }, boîte { $box_no } : { $start }–{ $end } s
charts-gantt-bar-failed = poste { $station }, boîte { $box_no } : { $start }–{ $end } s (en panne)

charts-utilisation-summary =
    Utilisation : moyenne { $mean } %, minimum { $least } % sur { $stations ->
        [one] { $stations } poste
       *[other] { $stations } postes
    }.
charts-utilisation-caption = Utilisation : la part du temps écoulé pendant laquelle chaque poste avait une boîte ouverte
charts-utilisation =
    .aria-label = Utilisation par poste
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = La comparaison des politiques couvre les exécutions d’au plus { $limit ->
        [one] { $limit } dose
       *[other] { $limit } doses
    }.
charts-comparison-caption = La même graine sous chaque politique du superviseur (exécutions complètes, rejouées dans la page)
charts-comparison-policy = Politique
charts-comparison-makespan = Durée totale
charts-comparison-busy = Temps avec une boîte ouverte
charts-comparison-boxes-opened = Boîtes ouvertes
charts-comparison-doses-vanished = Doses disparues
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = Le code
code-explain = Le Rust est le source compilé dans cette page ; le Python est le même programme en asyncio, un fichier qui s’exécute tel quel et qui est vérifié face à ce moteur sous CPython. Une tâche ne peut se suspendre qu’à un { $await }, et seulement si ce qu’elle attend n’est pas prêt : { $parked } La mise en évidence est lue dans le dernier événement.{" "}
code-parked = { $stations }, et { $supervisor }.
code-parked-stations = chaque tâche de poste est garée à son sleep
code-parked-stations-blocking = chaque tâche de poste sauf celle du poste { $station } est garée à son sleep (le poste { $station } ne fait jamais d’await, il n’est donc jamais garé : il garde le thread pendant toute sa boîte)
code-parked-supervisor-set = le superviseur à son attente de l’ensemble
code-parked-supervisor-queue = le superviseur à sa lecture de la file
code-parked-supervisor-semaphore = les tâches de boîte sans poste au sémaphore
code-parked-supervisor-workers = le superviseur à son attente des workers
code-resumed-station = Dernière reprise : la tâche du poste { $station }, à son await.
code-resumed-supervisor = Dernière reprise : le superviseur, à son await.
code-resumed-none = Rien ne s’est encore exécuté.
code-rust = Rust (cette application)
code-python = Python asyncio
code-show-python-first = Afficher Python d’abord
code-show-rust-first = Afficher Rust d’abord
code-whole-file = Le fichier asyncio complet, fonctions auxiliaires comprises
code-download = Télécharger le fichier (il s’exécute tel quel : python3 vaccination_lot.py)
code-listing =
    .aria-label =
        Code { $language ->
            [rust] Rust
           *[python] Python
        } { $role ->
            [station] du poste
           *[supervisor] du superviseur
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] aucune tâche de poste en attente
        [one] { $count } tâche de poste attend ici
       *[other] { $count } tâches de poste attendent ici
    }
code-supervisor-waits = le superviseur attend ici
code-supervisor-returned = le superviseur est revenu
code-mistake-counts-waits = compte les attentes, pas les boîtes
code-mistake-new-box = une nouvelle boîte même quand il n’en reste plus
code-mistake-program-ends = le programme se termine : tâches annulées au milieu de leur boîte
code-mistake-cancelled = tâches annulées au milieu de leur boîte

## Where the Rust twin and asyncio differ.

code-differences = Où les jumeaux diffèrent : { $next } rend une sortie à la fois, si bien que le superviseur en Rust vide l’ensemble en le sondant jusqu’à ce qu’il soit en attente, pour prendre toutes les tâches revenues : l’ensemble des tâches terminées que renvoie { $wait }. Il ne sonde que les futures qui ont été réveillés, tandis que { $wait } enregistre un callback sur chaque tâche à chaque appel. Ici, abandonner un { $handle } annule sa tâche ; abandonner une { $task } d’asyncio ne l’annule pas, mais la boucle d’événements n’en garde qu’une référence faible, si bien qu’une tâche que personne ne retient peut disparaître avant de se terminer : le Python les garde toutes.
code-real-time = L’horloge de cette page est virtuelle : le temps saute d’un minuteur au suivant, chaque échéance est tenue à la microseconde, et rien ne prend de retard. Le vrai asyncio diffère sur deux points. Sous Linux, son sélecteur arrondit l’attente à la milliseconde supérieure, si bien que des minuteurs dus à moins d’une milliseconde d’écart se déclenchent souvent en un seul tour, et { $wait } rend les deux tâches dans un même ensemble de tâches terminées : deux tâches dues à 0,3 ms d’écart l’ont fait 82 à 85 fois sur 100 lors d’une mesure. Et chaque tour de la boucle coûte du temps réel, si bien qu’une boîte de 100 injections de 1 à 100 ms finit environ 2 % en retard. Le fichier Python, exécuté seul, montre les deux ; python/real_time.py les mesure.

python-title = Le listing dans un vrai CPython
python-intro = Le listing asyncio s’exécute ici dans un vrai CPython, compilé en WebAssembly, sur une horloge virtuelle, avec les tirages et les pannes de l’exécution à l’écran ; la page compare ensuite les deux exécutions événement par événement. La première exécution télécharge Python ; rien d’autre sur la page ne l’attend.
python-run = Exécuter dans CPython
python-run-again = Exécuter cette exécution dans CPython
python-loading = Chargement de Python : { $loaded } sur { $total } Mo
python-starting = Démarrage de Python…
python-running = CPython exécute le listing…
python-agrees = CPython { $version } est d’accord : { $events } { $events ->
        [one] événement
       *[other] événements
    } sur { $events } à la même microseconde.
python-differs = CPython { $version } diffère du moteur pour la première fois à l’événement { $index }.
python-differs-engine = Le moteur :
python-differs-cpython = CPython :
python-show-difference = Montrer l’événement { $index }
python-failed = CPython { $version } n’a pas pu exécuter le listing sur cette exécution : { $error }
python-too-large = Les exécutions d’au plus { $limit } { $limit ->
        [one] dose
       *[other] doses
    } sont confiées à CPython ; celle-ci en a { $doses }.
python-offline = La vue Python a besoin que la page soit servie depuis une adresse web : ouverte depuis un fichier, le navigateur ne la laisse pas charger Python.
python-load-failed = Python n’a pas pu être chargé ({ $reason }). Le reste de la page fonctionne comme avant.
python-tree = Ce que voit asyncio à l’événement { $event }
python-tree-title = La vue d’asyncio lui-même à l’événement { $event }
python-tree-explain = Le listing s’exécute dans CPython jusqu’à cet événement et s’y arrête : ses tâches telles que les donne asyncio.capture_call_graph, le graphe qu’affiche python -m asyncio pstree. Chaque tâche est placée sous la tâche qui l’attend, avec les fonctions où elle est suspendue, de la plus externe à la plus interne.
python-tree-station-task = { $task } : station { $station }, boîte { $box_no }
python-tree-running = { $task }, en cours d’exécution
python-tree-failed = La vue d’asyncio n’a pas pu être prise : { $error }
python-tree-more = …et { $count } { $count ->
        [one] autre tâche
       *[other] autres tâches
    }
python-stopped = CPython n’a pas répondu en { $seconds } s, son worker a donc été arrêté : le budget de temps arrête le code Python au tour de boucle suivant, pas un long calcul à l’intérieur d’un seul appel C. Exécuter relance Python.
