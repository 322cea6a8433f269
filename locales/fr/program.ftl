### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = Votre { -supervisor }, enregistré sous CPython : { -awaited-set(article: "le") } et les réveils sont lus dans ses appels à asyncio.wait.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = { -task(number: "other") } qu’attend votre { -supervisor }
# The task inspector while a program plays.
own-inspector-note = Les { -task(number: "other") } de votre { -supervisor } se sont exécutées dans CPython : { -box(number: "other", article: "le") } et les durées ci-dessous viennent de son exécution ; les sondages et les réveils ne se comptent que sur { -executor(article: "le") } de la page.
executor-program-timers = Une exécution enregistrée ne garde aucune { -timer-queue } : la vue d’asyncio lui-même montre ce que chaque { -task } attend.
# The Python view: the learner's own supervisor.
own-title = Votre propre { -supervisor }
own-intro = Modifiez { -supervisor(article: "le") } ci-dessous et exécutez-le dans un vrai CPython, avec { -station(number: "other", article: "le") } et les tirages de l’exécution à l’écran. La page rejoue ensuite votre exécution comme n’importe quelle autre, et compte chaque { -dose }.
own-editor-label = Votre { -supervisor }, en Python
own-editor-failed = L’éditeur de code ne s’est pas chargé ({ $reason }) ; une simple zone de texte le remplace.
own-run = Exécuter le mien
own-reset = Repartir de la boucle de l’article
own-failed = Votre programme ne s’est pas exécuté : { $error }
own-too-large = Cette exécution est trop grande pour un programme : ses tirages pour chaque { -station } et chaque { -box } compteraient { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }, et au plus { $limit } sont transmises. Choisissez moins { -station(number: "other", article: "de") }, { -box(number: "other", article: "de") } ou { -dose(number: "other", article: "de") }.
own-raised = Votre programme s’est terminé sur une exception : { $error }
own-summary = Exécution de votre { -supervisor } : { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    } ; { $reported ->
        [one] { $reported } { -dose } signalée
       *[other] { $reported } { -dose(number: "other") } signalées
    } sur { $given ->
        [one] { $given } administrée
       *[other] { $given } administrées
    } ; { $lost ->
        [one] { $lost } { -dose } perdue
       *[other] { $lost } { -dose(number: "other") } perdues
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no } : sa { -task } était encore en cours quand le programme s’est terminé, si bien qu’asyncio.run l’a annulée ; { $unreported ->
        [one] { $unreported } { -dose } administrée et jamais signalée
       *[other] { $unreported } { -dose(number: "other") } administrées et jamais signalées
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } jetée
       *[other] { $thrown_away } { -dose(number: "other") } jetées
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no } : sa { -task } s’est terminée et le programme ne l’a jamais signalée ; { $unreported ->
        [one] { $unreported } { -dose } administrée et jamais signalée
       *[other] { $unreported } { -dose(number: "other") } administrées et jamais signalées
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } gaspillée
       *[other] { $thrown_away } { -dose(number: "other") } gaspillées
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } { -task } était encore en attente
       *[other] { $tasks } { -task(number: "other") } étaient encore en attente
    } à la fin du programme, retenant { $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }.
own-never-retrieved = { $task } a levé { $error }, et personne n’a jamais récupéré cette exception.
own-never-awaited = { $task } a été créée et jamais attendue avec await : rien ne l’a attendue ni n’a demandé son résultat.
own-blocked = { $calls ->
        [one] { $calls } appel bloquant (time.sleep) a
       *[other] { $calls } appels bloquants (time.sleep) ont
    } bloqué la boucle pendant { $seconds } s au total : aucune autre { -task } ne s’est exécutée entre-temps.
own-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } a été ouverte
       *[other] { $boxes } { -box(number: "other") } ont été ouvertes
    } au-delà du contenu { -depot(article: "du") } ({ $depot ->
        [one] { $depot } { -box }
       *[other] { $depot } { -box(number: "other") }
    }).
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } n’a jamais été retirée
       *[other] { $boxes } { -box(number: "other") } n’ont jamais été retirées
    } { -depot(article: "du") }.
own-play = Rejouer votre exécution
own-engine-differs = Le moteur sous la politique « { $policy } », avec les mêmes tirages : les deux exécutions diffèrent pour la première fois à l’événement { $index }
own-engine-same = Le moteur sous la politique « { $policy } », avec les mêmes tirages : la même exécution, événement par événement
own-output = Ce que votre programme a affiché
# In a lesson, until the step's prediction is made.
own-concealed = CPython l’a exécuté. Ses chiffres s’affichent ici une fois que vous avez répondu à la question de la leçon.
own-listing-not-compared = Le listing est comparé aux exécutions du moteur : ouvrez-en une pour l’exécuter ici.
# A program shared in a link (#py=…).
own-open = Écrire votre propre { -supervisor }
own-linked = Ce programme est venu avec le lien. Il ne s’exécute que lorsque vous appuyez sur « Exécuter le mien ».
own-link = Lien vers votre programme
own-link-made = Copiez ce lien : il ouvre la page avec votre programme dans l’éditeur, sans l’exécuter.
own-link-too-long = Le programme est trop long pour un lien : un lien ne peut en contenir plus de { $limit } Ko.
own-link-not-base64 = Le programme du lien (#py=…) n’est pas un texte en { $encoding } : { $detail }.
own-link-not-utf8 = Le programme du lien (#py=…) n’est pas un texte UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Exécuter cette exécution dans CPython
python-loading = Chargement de Python : { $loaded } sur { $total } Mo
python-starting = Démarrage de Python…
python-running = CPython exécute le listing…
python-agrees = CPython { $version } est d’accord : { $events } { $events ->
        [one] événement
       *[other] événements
    } sur { $events } à la même microseconde.
python-differs = CPython { $version } diffère du moteur pour la première fois à l’événement { $index }.
python-differs-engine = Le moteur :
python-differs-cpython = CPython :
python-show-difference = Montrer l’événement { $index }
python-failed = CPython { $version } n’a pas pu exécuter le listing sur cette exécution : { $error }
python-too-large = Les exécutions d’au plus { $limit } { $limit ->
        [one] { -dose }
       *[other] { -dose(number: "other") }
    } sont confiées à CPython ; celle-ci en a { $doses }.
python-offline = La vue Python a besoin que la page soit servie depuis une adresse web : ouverte depuis un fichier, le navigateur ne la laisse pas charger Python.
python-load-failed = Python n’a pas pu être chargé ({ $reason }). Le reste de la page fonctionne comme avant.
python-tree = Ce que voit asyncio à l’événement { $event }
python-tree-title = La vue d’asyncio lui-même à l’événement { $event }
python-tree-explain = Le listing s’exécute dans CPython jusqu’à cet événement et s’y arrête : ses { -task(number: "other") } telles que les donne asyncio.capture_call_graph, le graphe qu’affiche python -m asyncio pstree. Chaque { -task } est placée sous { -task(article: "le") } qui l’attend, avec les fonctions où elle est suspendue, de la plus externe à la plus interne.
python-tree-station-task = { $task } : { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, en cours d’exécution
python-tree-failed = La vue d’asyncio n’a pas pu être prise : { $error }
python-tree-more = …et { $count } { $count ->
        [one] autre { -task }
       *[other] autres { -task(number: "other") }
    }
python-stopped = CPython n’a pas répondu en { $seconds } s, son worker a donc été arrêté : le budget de temps arrête le code Python au tour de boucle suivant, pas un long calcul à l’intérieur d’un seul appel C. Exécuter relance Python.
