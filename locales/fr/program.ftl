### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = Votre superviseur, enregistré sous CPython : l’ensemble attendu et les réveils sont lus dans ses appels à asyncio.wait.
executor-awaited-kind-program = tâches qu’attend votre superviseur
own-inspector-note = Les tâches de votre superviseur se sont exécutées dans CPython : les boîtes et les durées ci-dessous viennent de son exécution ; les sondages et les réveils ne se comptent que sur l’exécuteur de la page.
executor-program-timers = Une exécution enregistrée ne garde aucune file de minuteurs : la vue d’asyncio lui-même montre ce que chaque tâche attend.
# The Python view: the learner's own supervisor.
own-title = Votre propre superviseur
own-intro = Modifiez le superviseur ci-dessous et exécutez-le dans un vrai CPython, avec les stations et les tirages de l’exécution à l’écran. La page rejoue ensuite votre exécution comme n’importe quelle autre, et compte chaque dose.
own-editor-label = Votre superviseur, en Python
own-editor-failed = L’éditeur de code ne s’est pas chargé ({ $reason }) ; une simple zone de texte le remplace.
own-run = Exécuter le mien
own-reset = Repartir de la boucle de l’article
own-failed = Votre programme ne s’est pas exécuté : { $error }
own-too-large = Cette exécution est trop grande pour un programme : ses tirages pour chaque station et chaque boîte compteraient { $shots ->
        [one] { $shots } injection
       *[other] { $shots } injections
    }, et au plus { $limit } sont transmises. Choisissez moins de stations, de boîtes ou de doses.
own-raised = Votre programme s’est terminé sur une exception : { $error }
own-summary = Exécution de votre superviseur : { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    } ; { $reported ->
        [one] { $reported } dose signalée
       *[other] { $reported } doses signalées
    } sur { $given ->
        [one] { $given } administrée
       *[other] { $given } administrées
    } ; { $lost ->
        [one] { $lost } dose perdue
       *[other] { $lost } doses perdues
    }.
own-lost-cancelled = station { $station }, boîte { $box_no } : sa tâche était encore en cours quand le programme s’est terminé, si bien qu’asyncio.run l’a annulée ; { $unreported ->
        [one] { $unreported } dose administrée et jamais signalée
       *[other] { $unreported } doses administrées et jamais signalées
    }, { $thrown_away ->
        [one] { $thrown_away } dose jetée
       *[other] { $thrown_away } doses jetées
    }
own-lost-unreported = station { $station }, boîte { $box_no } : sa tâche s’est terminée et le programme ne l’a jamais signalée ; { $unreported ->
        [one] { $unreported } dose administrée et jamais signalée
       *[other] { $unreported } doses administrées et jamais signalées
    }, { $thrown_away ->
        [one] { $thrown_away } dose gaspillée
       *[other] { $thrown_away } doses gaspillées
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } tâche était encore en attente
       *[other] { $tasks } tâches étaient encore en attente
    } à la fin du programme, retenant { $doses ->
        [one] { $doses } dose
       *[other] { $doses } doses
    }.
own-never-retrieved = { $task } a levé { $error }, et personne n’a jamais récupéré cette exception.
own-never-awaited = { $task } a été créée et jamais attendue avec await : rien ne l’a attendue ni n’a demandé son résultat.
own-blocked = { $calls ->
        [one] { $calls } appel bloquant (time.sleep) a
       *[other] { $calls } appels bloquants (time.sleep) ont
    } bloqué la boucle pendant { $seconds } s au total : aucune autre tâche ne s’est exécutée entre-temps.
own-beyond-depot = { $boxes ->
        [one] { $boxes } boîte a été ouverte
       *[other] { $boxes } boîtes ont été ouvertes
    } au-delà du contenu du dépôt ({ $depot ->
        [one] { $depot } boîte
       *[other] { $depot } boîtes
    }).
own-left-in-depot = { $boxes ->
        [one] { $boxes } boîte n’a jamais été retirée
       *[other] { $boxes } boîtes n’ont jamais été retirées
    } du dépôt.
own-play = Rejouer votre exécution
own-engine-differs = Le moteur sous la politique « { $policy } », avec les mêmes tirages : les deux exécutions diffèrent pour la première fois à l’événement { $index }
own-engine-same = Le moteur sous la politique « { $policy } », avec les mêmes tirages : la même exécution, événement par événement
own-output = Ce que votre programme a affiché
own-concealed = CPython l’a exécuté. Ses chiffres s’affichent ici une fois que vous avez répondu à la question de la leçon.
own-listing-not-compared = Le listing est comparé aux exécutions du moteur : ouvrez-en une pour l’exécuter ici.
# A program shared in a link (#py=…).
own-open = Écrire votre propre superviseur
own-linked = Ce programme est venu avec le lien. Il ne s’exécute que lorsque vous appuyez sur « Exécuter le mien ».
own-link = Lien vers votre programme
own-link-made = Copiez ce lien : il ouvre la page avec votre programme dans l’éditeur, sans l’exécuter.
own-link-too-long = Le programme est trop long pour un lien : un lien ne peut en contenir plus de { $limit } KB.
own-link-not-base64 = Le programme du lien (#py=…) n’est pas un texte en { $encoding } : { $detail }.
own-link-not-utf8 = Le programme du lien (#py=…) n’est pas un texte UTF-8.
