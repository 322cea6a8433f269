# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } dose
       *[other] { $count } doses
    }

## The lessons menu

lessons-menu-title = Leçons
lessons-menu-intro = Chaque leçon parcourt des moments d’une exécution. Quand une étape te demande une prédiction, l’exécution avance jusqu’au moment qui y répond : la réponse est calculée à partir de l’exécution que tu vois.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }
lessons-menu-write = Écrire une leçon…
lessons-menu-teachers = Enseignants : choisissez des moments de n’importe quelle exécution, ajoutez du texte et des questions, et partagez la leçon sous forme de lien.

## The lesson card

lesson-step-of = Étape { $number } sur { $steps }
lesson-step-announce = Étape { $number } sur { $steps }. { $text }
lesson-look-at = Regarde { $region }.
lesson-focus-lot = le parking
lesson-focus-executor = l’exécuteur
lesson-focus-inspector = l’inspecteur de tâches
lesson-focus-charts = les graphiques
lesson-focus-code = le code
lesson-focus-log = le journal des événements
lesson-focus-stats = les statistiques
lesson-nav =
    .aria-label = Étapes de la leçon
lesson-previous = ◀ Précédente
    .title = Étape précédente (Page précédente)
lesson-next = Suivante ▶
    .title = Étape suivante (Page suivante)
lesson-exit = Quitter la leçon
lesson-cannot-ask = La question de cette étape ne peut pas être posée : { $problem }.

## A prediction

lesson-predict = Prédiction :
lesson-playing-forward = L’exécution avance jusqu’à la réponse…
lesson-cpython-running = CPython exécute le programme de cette étape dans la vue Python ; la question suit.
lesson-cpython-on-run = Appuie sur « Exécuter le mien » dans la vue Python : CPython exécute le programme de cette étape, puis la question suit.
lesson-cpython-failed = CPython n’a pas pu exécuter le programme de cette étape : { $reason }
lesson-right = Exact.
lesson-the-answer = ← la réponse
lesson-not-quite = Pas tout à fait : la réponse est « { $answer } ».
lesson-skip = Passer cette prédiction
    .title = Continuer sans prédire ; le résumé la note comme passée
lesson-skipped = Tu as passé cette prédiction. Tu peux encore y répondre.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = Objectif :
lesson-goal-met = Atteint.
lesson-goal-not-met = Pas encore.
lesson-goal-pending = Pas encore vérifié.
lesson-goal-loses-nothing = ton superviseur signale chaque boîte du dépôt ({ $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }) et ne perd aucune dose.
lesson-goal-cooperates = ton superviseur ne garde jamais le thread avec un appel bloquant, et ne perd aucune dose.
lesson-goal-makespan = le dépôt ({ $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    } de { $capacity ->
        [one] { $capacity } dose
       *[other] { $capacity } doses
    }) vidé en { $seconds } s de temps simulé au plus.
lesson-goal-run-mine = Appuie sur « Exécuter le mien » dans la vue Python : CPython exécute ton programme sur cette exécution, et l’objectif est vérifié sur celle-ci.
lesson-goal-did-not-run = Ton programme ne s’est pas exécuté jusqu’au bout : { $reason }
lesson-goal-program-problems = L’exécution de ton programme sur CPython : { $problems }.
lesson-goal-lost = a perdu { $doses } dans { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } tâche tournait
       *[other] { $tasks } tâches tournaient
    } encore à son retour
lesson-goal-beyond-depot = a ouvert { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    } au-delà des { $depot } du dépôt
lesson-goal-left-in-depot = a laissé { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    } dans le dépôt
lesson-goal-blocked = la ligne { $line } a gardé le thread { $calls ->
        [one] une fois
       *[other] { $calls } fois
    }, { $seconds } s au total
lesson-goal-blocked-elsewhere = des appels bloquants hors de ton code ont gardé le thread { $calls ->
        [one] une fois
       *[other] { $calls } fois
    }, { $seconds } s au total
lesson-goal-reported-all = L’exécution de ton programme sur CPython a signalé toutes les boîtes ({ $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }, { $doses }) et n’a rien perdu.
lesson-goal-never-blocked = L’exécution de ton programme sur CPython n’a jamais gardé le thread, a signalé toutes les boîtes ({ $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }, { $doses }) et n’a rien perdu.
lesson-goal-engine-same = Le superviseur FIRST_COMPLETED du moteur, avec les mêmes tirages, donne la même exécution, événement par événement.
lesson-goal-engine-differs = Le superviseur FIRST_COMPLETED du moteur, avec les mêmes tirages, s’en écarte à l’événement { $index }.
lesson-goal-other-depot = L’exécution à l’écran a { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    } de { $capacity ->
        [one] { $capacity } dose
       *[other] { $capacity } doses
    } ; le dépôt de l’étape, { $step_boxes ->
        [one] { $step_boxes } boîte
       *[other] { $step_boxes } boîtes
    } de { $step_capacity ->
        [one] { $step_capacity } dose
       *[other] { $step_capacity } doses
    } : seule compte une exécution avec le dépôt de l’étape.
lesson-goal-finished-within = L’exécution à l’écran s’est terminée à { $time } s, { $spare } s en deçà de l’objectif.
lesson-goal-finished-late = L’exécution à l’écran s’est terminée à { $time } s, { $over } s au-delà de l’objectif.
lesson-goal-past = L’exécution à l’écran a dépassé { $seconds } s et il reste des boîtes.
lesson-goal-play = Joue l’exécution à l’écran jusqu’au bout : l’objectif est vérifié quand elle se termine.

## The summary on a lesson's last step

lesson-summary-title = Ce que tu as prédit
lesson-summary-step = Étape { $step } : { $prompt }
lesson-summary-right = Tu as répondu « { $answer } » : exact.
lesson-summary-wrong = Tu as répondu « { $answer } » ; l’exécution a donné « { $right } ».
lesson-summary-skipped = Passée ; l’exécution a donné « { $right } ».
lesson-summary-unanswered = Sans réponse ; l’exécution a donné « { $right } ».
lesson-summary-score = { $right ->
        [one] { $right } prédiction juste
       *[other] { $right } prédictions justes
    } sur { $asked }
lesson-summary-key-idea = Idée clé
lesson-next-lesson = Leçon suivante : { $title }
lesson-summary-menu = Toutes les leçons

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = La leçon n’a pas pu être ouverte :
lesson-problems-dismiss = Fermer
lesson-resume = Bon retour. Reprendre la leçon « { $title } » à l’étape { $step } ?
lesson-resume-region =
    .aria-label = Reprendre une leçon
lesson-resume-continue = Reprendre
lesson-resume-decline = Non, merci
lesson-no-builtin = il n’y a pas de leçon intégrée { $id }
lesson-kept-unreadable = la leçon gardée de la dernière visite ne peut plus être lue

## The lesson editor

lesson-editor-heading = Écrire une leçon
lesson-editor-explain = Amène l’exécution à un moment (lecture, pas à pas, défilement ou changement des paramètres), puis ajoute-le comme étape. Chaque étape s’ouvre exactement à ce moment. Les réponses à ses questions sont calculées à partir de l’exécution.
lesson-editor-title = Titre
lesson-editor-summary = Idée clé
lesson-editor-add = Ajouter ce moment comme étape
lesson-editor-moment = (événement { $event } de l’exécution affichée)
lesson-editor-step = Étape { $number } : événement { $event } de { $params }
lesson-editor-text = Texte
lesson-editor-look = Regarder
lesson-editor-question = Question
lesson-editor-anywhere = n’importe où
lesson-editor-no-question = aucune
lesson-editor-up =
    .aria-label = Monter l’étape { $number }
lesson-editor-down =
    .aria-label = Descendre l’étape { $number }
lesson-editor-delete = Supprimer
    .aria-label = Supprimer l’étape { $number }
lesson-editor-needs = Pour prévisualiser et partager, il manque encore à la leçon :
lesson-editor-preview = Prévisualiser la leçon
lesson-editor-link = Lien
lesson-editor-embed = Intégrer
lesson-editor-close = Fermer l’éditeur

## Problems in a lesson file

lesson-problem-at = { $path } : { $problem }
lesson-problems-more =
    { $count ->
        [one] et { $count } autre problème
       *[other] et { $count } autres problèmes
    }
lesson-error-too-big = la leçon fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; { $limit ->
        [one] au plus { $limit } octet de JSON est accepté
       *[other] au plus { $limit } octets de JSON sont acceptés
    }
lesson-error-not-json = JSON non valide ({ $detail })
lesson-error-not-object = un objet JSON avec un titre et des étapes était attendu
lesson-error-no-steps = au moins une étape était attendue
lesson-error-too-many-steps = { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    } ; au plus { $limit } sont acceptées
lesson-error-steps-not-list = une liste d’étapes était attendue, trouvé : { $found }
lesson-error-steps-missing = manquant : une leçon a besoin d’une liste d’étapes
lesson-error-step-not-object = un objet était attendu, trouvé : { $found }
lesson-error-params-too-long = plus de { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    }
lesson-error-params-not-text = une chaîne de requête comme { $example } était attendue, trouvé : { $found }
lesson-error-at-event = un nombre entier d’événements, 0 ou plus, était attendu, trouvé : { $found }
lesson-error-text-empty = vide : quelques mots étaient attendus
lesson-error-text-too-long = { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; au plus { $limit } sont acceptés
lesson-error-not-text = du texte était attendu, trouvé : { $found }
lesson-error-text-missing = manquant : du texte était attendu
lesson-error-lang = une étiquette de langue comme { $first } ou { $second } était attendue, trouvé : { $found }
lesson-error-focus = { $found } n’est pas une zone : une de { $accepted } était attendue
lesson-error-question-not-object = un objet comme { $example } était attendu, trouvé : { $found }
lesson-error-question-kind = { $found } n’est pas un type de question : un de { $accepted } était attendu
lesson-error-seconds = un temps simulé en secondes supérieur à 0 et d’au plus { $limit } était attendu, trouvé : { $found }
lesson-error-station = un numéro de poste, 1 ou plus, était attendu, trouvé : { $found }
lesson-error-python-not-text = le programme était attendu sous forme de texte, trouvé : { $found }
lesson-error-python-too-long = le programme dépasse { $limit ->
        [one] { $limit } octet
       *[other] { $limit } octets
    }
lesson-error-python-focus = une étape avec un programme pointe vers la vue Python, sous le code : son champ focus doit valoir { $accepted }, pas { $found }
lesson-error-question-needs-python = une question { $kind } porte sur le programme de l’étape : donne-le dans { $field }
lesson-error-goal-not-object = un objet comme { $example } était attendu, trouvé : { $found }
lesson-error-goal-kind = { $found } n’est pas un type d’objectif : un de { $accepted } était attendu
lesson-error-goal-seconds = un objectif { $kind } a besoin de { $field } : un temps simulé en secondes supérieur à 0 et d’au plus { $limit }
lesson-error-goal-needs-python = un objectif { $kind } se vérifie sur le programme de l’étape : donne-le dans { $field }
lesson-error-goal-no-python = un objectif { $kind } se vérifie sur l’exécution du moteur à l’écran : une étape qui en a un n’a pas de { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } n’est pas un paramètre de la page
lesson-error-page-param = { $name } est un réglage de la page, pas de l’exécution : les params d’une étape ne prennent que les paramètres de l’exécution
lesson-error-past-limit = { $at } dépasse le dernier moment qu’une étape peut fixer : au plus { $limit ->
        [one] { $limit } événement
       *[other] { $limit } événements
    }
lesson-error-past-end = { $at } dépasse la fin de cette exécution, qui compte { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }
lesson-json-null = null
lesson-json-bool = true ou false
lesson-json-number = un nombre
lesson-json-text = du texte
lesson-json-list = une liste
lesson-json-object = un objet
lesson-json-nothing = rien

## A lesson in a link that cannot be read

lesson-link-too-long = la leçon du lien est trop longue : { $limit ->
        [one] au plus { $limit } octet de JSON est accepté
       *[other] au plus { $limit } octets de JSON sont acceptés
    }
lesson-link-not-base64 = la leçon du lien n’est pas en { $encoding } : { $detail }
lesson-link-not-utf8 = la leçon du lien n’est pas du texte UTF-8
lesson-link-empty = le lien s’arrête à { $fragment } et ne porte aucune leçon : le lien d’une leçon est { $key } suivi de la leçon

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = une question { $kind } demande une exécution d’au plus { $limit ->
        [one] { $limit } dose
       *[other] { $limit } doses
    } ; celle-ci en a { $doses }
lesson-cannot-past-end = l’exécution ne compte que { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }
lesson-cannot-ledger = l’exécution enfreint la comptabilité : { $detail }
lesson-cannot-needs-article = une question { $kind } demande la boucle de l’article ({ $param })
lesson-cannot-needs-cpython = la réponse à une question { $kind } s’obtient en exécutant le programme de l’étape sous CPython
lesson-cannot-no-cancel = aucune tâche n’est annulée après ce moment : pose la question avant la fin de la boucle
lesson-cannot-no-double = aucune attente après ce moment ne renvoie deux tâches : donne la même durée à toutes les injections ({ $code })
lesson-cannot-nothing-returns = aucune tâche de poste ne se termine après ce moment
lesson-cannot-not-after = le temps demandé, { $by } s, ne vient pas après le moment de l’étape, { $now } s
lesson-cannot-needs-blocking = une question { $kind } demande un poste bloquant ({ $param } dans { $field })
lesson-cannot-no-finish = le poste { $station } ne termine aucune boîte après ce moment
lesson-cannot-no-open = le poste { $station } n’ouvre aucune boîte après ce moment
lesson-cannot-no-failure = la panne n’a abouti à aucun échec
lesson-cannot-no-station =
    le poste { $station } n’existe pas : l’exécution compte { $stations ->
        [one] { $stations } poste
       *[other] { $stations } postes
    }
lesson-cannot-not-working = le poste { $station } n’a aucune boîte ouverte à ce moment, il ne peut donc pas tomber en panne
lesson-cannot-none-working = aucun poste n’a de boîte ouverte à ce moment
lesson-cannot-not-broken = le poste { $station } n’a pas pu être mis en panne à ce moment
lesson-cannot-sleep-blocking = le poste { $station } bloque le thread : sa tâche ne dort jamais sur un minuteur
lesson-cannot-not-asleep = la tâche du poste { $station } ne dort pas sur un minuteur à ce moment : le poste n’a aucune boîte ouverte, ou sa tâche garde le thread ou l’attend
lesson-cannot-none-asleep = aucune tâche de poste ne dort sur un minuteur à ce moment
lesson-cannot-woken-early =
    la tâche du poste { $station } est interrogée { $polls ->
        [one] une fois
       *[other] { $polls } fois
    } avant sa prochaine injection : autre chose que son minuteur la réveille (une panne provoquée à la main)
lesson-cannot-no-thread = l’exécution ne garde aucune trace de son thread à ce moment
lesson-cannot-ready-few =
    la file des tâches prêtes contient { $count ->
        [one] { $count } tâche
       *[other] { $count } tâches
    } à ce moment ; la question en demande au moins { $least }
lesson-cannot-needs-supervisor = une question { $kind } demande un superviseur qui attend les tâches des postes ({ $param })
lesson-cannot-not-after-failure = le moment ne suit pas l’échec d’un poste : son dernier événement doit en être un
lesson-cannot-not-returned = la tâche du poste { $station } ne s’est pas encore terminée à ce moment
lesson-cannot-nothing-returned = aucune tâche de poste ne s’est encore terminée à ce moment
lesson-cannot-refilled = le poste { $station } n’attend pas de boîte à ce moment : il a déjà la suivante
lesson-cannot-refilling = le superviseur distribue de nouvelles boîtes à ce moment : pose la question avant qu’il commence, ou une fois que chaque poste a sa boîte

## Which station's task returns next

lesson-next-prompt = La tâche de quel poste se termine ensuite ?
lesson-station-choice = Poste { $station }
lesson-next-done = la boîte { $box } était terminée
lesson-next-failed = elle a échoué sur la boîte { $box } ({ $error })
lesson-error-spoiled = la dose { $shot } de la boîte s’est gâtée
lesson-error-broken = mis en panne à la main pendant l’injection { $shot }
lesson-next-rival = il restait { $doses } au poste { $station }
lesson-next-rivals = {" "}Au moment de l’étape, { $rivals }.
lesson-next-explanation = La tâche du poste { $station } s’est terminée ensuite, à { $time } s : { $what }.{ $rivals } { $supervisor }
lesson-sees-first = Le superviseur, qui attend l’ensemble entier, se réveille dès qu’une tâche est revenue et traite toutes celles terminées jusque-là, celle-ci comprise, en relançant aussitôt chaque poste.
lesson-sees-all-waiting = Avec ALL_COMPLETED, le superviseur la signale mais ne donne pas de nouvelle boîte au poste : il reste inactif jusqu’à ce que tout le lot soit terminé.
lesson-sees-all-restart = C’était la dernière de son lot, donc avec ALL_COMPLETED le superviseur a donné d’un coup une nouvelle boîte à chaque poste.
lesson-sees-all-empty = C’était la dernière de son lot, et le dépôt était vide : aucun poste n’a reçu de nouvelle boîte.
lesson-sees-queue = Un callback de fin la met dans la file des tâches terminées, et le superviseur l’y prend.
lesson-sees-article = La boucle de l’article se réveille pour elle dans une de ses attentes comptées, avec toutes les tâches terminées jusque-là, et relance aussitôt son poste, qu’il reste des boîtes ou non.
lesson-sees-taskgroup = La tâche de la boîte la signale elle-même et libère le poste, et la tâche de la boîte suivante, qui attend au sémaphore, prend le poste libre de plus petit numéro.
lesson-sees-taskgroup-last = La tâche de la boîte la signale elle-même et libère le poste ; il ne reste aucune boîte, donc le poste reste libre.
lesson-sees-workers = Le worker du poste la signale lui-même et prend la boîte suivante dans la file.
lesson-sees-workers-last = Le worker du poste la signale lui-même ; la file est vide, donc le worker se termine.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = La tâche du poste { $station }
lesson-task-worker = Le worker du poste { $station }
lesson-task-box = La tâche de la boîte { $box }
lesson-task-supervisor = Le superviseur
lesson-task-callback = Un callback de la boucle d’événements

## How often a sleeping task is polled

lesson-sleep-polls-prompt = La tâche du poste { $station } dort jusqu’à sa prochaine injection, prévue à { $time } s (vois la file des minuteurs). Combien de fois l’exécuteur l’interrogera-t-il d’ici à ce que cette injection soit faite ?
lesson-sleep-polls-none = Pas une seule : le minuteur fait l’injection tout seul
lesson-sleep-polls-once = Une fois : quand son minuteur se déclenche, et cette interrogation fait l’injection
lesson-sleep-polls-per-ms =
    Environ { $polls ->
        [one] { $polls } fois
       *[other] { $polls } fois
    } : une par milliseconde de son sommeil
lesson-sleep-polls-always = Encore et encore, jusqu’à ce que son minuteur se déclenche
lesson-sleep-polls-explanation =
    L’exécuteur a interrogé la tâche du poste { $station } une fois, à { $time } s, quand son minuteur s’est déclenché : cette interrogation { $outcome ->
        [spoiled] a trouvé la dose gâtée
       *[shot] a fait l’injection
    }. Pendant les { $seconds } s d’avant, il ne l’a pas interrogée du tout : une tâche endormie attend dans la file des minuteurs, pas dans la file des tâches prêtes, et ne coûte rien au thread. Entre-temps, d’autres tâches ont eu { $turns ->
        [one] { $turns } tour
       *[other] { $turns } tours
    }.

## Which ready task runs next

lesson-next-turn-prompt = Ces tâches sont prêtes à s’exécuter : la file des tâches prêtes, sous le parking. Laquelle prend le thread ensuite ?
lesson-next-turn-all = Toutes à la fois
lesson-next-turn-explanation = { $task } était en tête de la file des tâches prêtes, et a donc pris le thread ensuite. L’exécuteur exécute une tâche à la fois et prend les tâches prêtes dans l’ordre où elles le sont devenues : premier arrivé, premier servi ; chacune s’exécute jusqu’à son prochain await. Derrière attendaient : { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = La tâche du poste { $station } vient de lever une erreur. Que fait le superviseur ?
lesson-after-failure-stops-run = Il arrête toute l’exécution : l’erreur met fin au programme
lesson-after-failure-retries = Il redonne au poste { $station } la même boîte, pour réessayer
lesson-after-failure-new-box = Il signale l’erreur et donne aussitôt une nouvelle boîte au poste { $station }
lesson-after-failure-new-box-later = Il signale l’erreur, et donne une nouvelle boîte au poste { $station } une fois tout le lot revenu
lesson-after-failure-station-stops = Il signale l’erreur ; il ne reste aucune boîte pour le poste { $station }, qui s’arrête donc
lesson-after-failure-ignores = Rien jusqu’à la fin de l’exécution : l’erreur attend dans la tâche
lesson-after-failure-then-new = le poste { $station } a reçu la boîte { $box } aussitôt, à { $time } s, et la boucle a continué
lesson-after-failure-then-later = le poste { $station } a attendu le reste de son lot et a reçu la boîte { $box } à { $time } s
lesson-after-failure-then-stops = il ne restait aucune boîte pour le poste { $station }, qui s’est donc arrêté pendant que les autres continuaient
lesson-after-failure-explanation = Une tâche qui échoue est terminée, donc le superviseur l’a reçue comme toute autre, a pris l’erreur comme son résultat et l’a signalée : la boîte { $box } a échoué ({ $error }), et les doses qui y restaient ({ $wasted }) ont été comptées comme gaspillées, sans nouvel essai. Ensuite, { $then }.

## When a station gets its next box

lesson-refill-prompt = La tâche du poste { $station } s’est terminée. Quand le poste { $station } reçoit-il sa prochaine boîte ?
lesson-refill-at-once = Aussitôt : dès que sa tâche s’est terminée
lesson-refill-pause = Après une pause fixe, quoi que fassent les autres postes
lesson-refill-batch = Plus tard : une fois que toutes les autres tâches de son lot se sont terminées
lesson-refill-never = Jamais : le dépôt n’a plus de boîte pour lui
lesson-refill-explanation-at-once = Le poste { $station } a reçu la boîte { $box } à { $time } s, à l’instant où sa tâche s’est terminée. { $supervisor }
lesson-refill-explanation-batch = Le poste { $station } n’a reçu la boîte { $box } qu’à { $time } s, { $seconds } s après la fin de sa tâche, quand la tâche du poste { $last }, la dernière de son lot, s’est terminée. { $supervisor }
lesson-refill-explanation-never = Le poste { $station } n’a plus reçu de boîte : il n’en restait aucune pour lui, donc il est resté inactif jusqu’à la fin de l’exécution.

## How many boxes are done by a time

lesson-boxes-prompt = Combien de boîtes seront terminées à { $by } secondes ?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    À { $by } s, { $boxes ->
        [one] { $boxes } boîte était terminée
       *[other] { $boxes } boîtes étaient terminées
    } : { $more } de plus qu’au moment de l’étape, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = Sur cette exécution, ALL_COMPLETED se termine-t-il avant ou après FIRST_COMPLETED, et de combien ?
lesson-all-vs-first-sooner = ALL_COMPLETED se termine en premier
lesson-all-vs-first-even = Les deux se terminent à moins de 0,5 % d’écart
lesson-all-vs-first-under-5 = ALL_COMPLETED se termine plus tard, de moins de 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED se termine plus tard, de 5 % à 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED se termine plus tard, de plus de 20 %
lesson-percent-later = { $percent } % plus tard
lesson-percent-sooner = { $percent } % plus tôt
lesson-all-vs-first-explanation = ALL_COMPLETED s’est terminé à { $all } s et FIRST_COMPLETED à { $first } s : { $difference }. En attendant tout le lot, les postes sont restés inactifs pendant { $all_idle } poste-secondes, contre { $first_idle } quand chaque poste est relancé dès qu’il termine.

## A station that blocks the thread

lesson-blocking-prompt = Pendant que le poste { $station } traite sa boîte, les autres postes font-ils la moindre injection ?
lesson-blocking-yes = Oui : les autres continuent à injecter pendant qu’il travaille
lesson-blocking-no = Non : aucun n’injecte tant qu’il ne libère pas le thread
lesson-blocking-explanation =
    Le poste { $station } a gardé le thread de { $from } s à { $to } s, et les autres postes ont fait { $shots ->
        [one] { $shots } injection
       *[other] { $shots } injections
    } pendant ce temps. Tant qu’une tâche garde le thread, aucune autre tâche ne s’exécute et aucun callback de minuteur non plus : les autres n’ont leur tour que lorsqu’elle le libère. { $after ->
        [turn] Ici, ils ont fait { $between ->
            [one] { $between } injection
           *[other] { $between } injections
        } avant que le poste { $station } ne reprenne le thread.
        [none] Ici, ils n’en ont eu aucun : le poste { $station } a pris aussitôt sa boîte suivante et a de nouveau gardé le thread.
       *[last] C’était sa dernière boîte.
    }

## Breaking a station now

lesson-waste-prompt = Si le poste { $station } tombe en panne maintenant, combien de doses sont gaspillées ?
lesson-waste-restarted = le superviseur a signalé l’erreur et relancé le poste avec une nouvelle boîte
lesson-waste-restarted-at = le superviseur a signalé l’erreur, et ne donne une nouvelle boîte au poste qu’à { $seconds } secondes, quand il distribue de nouveau des boîtes
lesson-waste-stopped = le superviseur a signalé l’erreur ; le dépôt était vide, donc le poste s’est arrêté
lesson-waste-caught = sa tâche a intercepté l’erreur et l’a signalée elle-même, et le poste est passé à la boîte suivante
lesson-waste-caught-stopped = sa tâche a intercepté l’erreur et l’a signalée elle-même ; il ne restait aucune boîte, donc le poste s’est arrêté
lesson-waste-explanation = Le poste { $station } est tombé en panne alors qu’il restait { $wasted } dans la boîte { $box } : elles sont toutes gaspillées, les { $given } qu’il a déjà faites de cette boîte restent faites, et { $then }.

## The article's loop

lesson-vanished-prompt = Quand la boucle se termine, combien de doses disparaissent du rapport (faites mais jamais signalées, ou jetées) ?
lesson-vanished-explanation =
    La boucle a fait sa dernière attente et le programme s’est terminé avec { $tasks ->
        [one] { $tasks } tâche
       *[other] { $tasks } tâches
    } encore en cours : asyncio.run les a annulées en pleine boîte. Sur leurs { $vanished }, faites mais jamais signalées : { $unreported } ; jetées avec leurs boîtes : { $discarded }.
lesson-printed-prompt = La boucle imprime son compteur d’attentes comme numéro de boîte. Quel numéro est le premier à être imprimé pour deux boîtes à partir de maintenant ?
lesson-program-lost-prompt = Combien de doses ce superviseur perd-il : administrées et jamais signalées, ou jetées avec des boîtes qu’il n’a jamais signalées ?
lesson-program-lost-explanation =
    CPython l’a exécuté sur ces mêmes tirages : il a perdu { $lost } dans { $boxes ->
        [one] { $boxes } boîte
       *[other] { $boxes } boîtes
    }. Administrées et jamais signalées : { $unreported } ; jetées ou gaspillées avec ces boîtes : { $thrown_away }. Le parking et le journal montrent chaque boîte.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = boîte { $box } au poste { $station }
lesson-printed-explanation =
    L’attente { $wait } a renvoyé { $tasks ->
        [one] { $tasks } tâche
       *[other] { $tasks } tâches
    } à la fois, donc la boucle a imprimé { $printed } pour chacune ({ $boxes }) et n’a compté qu’une seule attente.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Un thread, de nombreuses tâches
lesson-one-thread-step-1 = Trois postes de vaccination se partagent un seul thread. Chaque poste traite sa boîte de doses comme une tâche asynchrone : pour chaque injection, il dort le temps que prend l’injection, puis la fait. Rien ici ne s’exécute en parallèle. L’exécuteur exécute une tâche à la fois, et une tâche ne s’exécute que jusqu’à son prochain await. Le superviseur a ouvert une boîte à chaque poste, et attend maintenant que la première tâche se termine.
lesson-one-thread-step-2 = Regarde l’exécuteur. L’ensemble attendu contient une tâche par poste, et la file des minuteurs garde le moment où chaque tâche endormie doit se réveiller. Le superviseur dort lui aussi, en attendant que la première tâche de l’ensemble se termine.
lesson-one-thread-step-3 = Le poste 3 a fait la dernière dose de sa boîte : sa tâche s’est terminée, et le superviseur, qui attend l’ensemble des tâches des postes, s’est réveillé pour cette seule tâche et a signalé sa boîte. Les deux autres tâches tournent encore. L’ensemble qu’attend le superviseur n’est pas figé : il change au fil de l’exécution.
lesson-one-thread-step-4 = L’inspecteur de tâches montre les interrogations et les réveils de chaque tâche. Une tâche est interrogée quand elle démarre et chaque fois que son minuteur la réveille ; entre-temps elle est inactive et ne retient rien. C’est pourquoi un seul thread peut s’occuper de nombreux postes : presque tout le temps, toutes les tâches dorment.
lesson-one-thread-step-5 = Le dépôt vient de distribuer sa dernière boîte. Désormais le superviseur ne lance plus de nouvelle tâche : il attend seulement les tâches encore en cours, et chaque poste s’arrête quand sa dernière boîte est terminée.
lesson-one-thread-step-6 = L’exécution est terminée. Chaque dose est comptée : les doses faites et les doses gaspillées font ensemble toutes les doses du dépôt. Rejoue n’importe quelle étape, ou change les paramètres et regarde la même boucle s’en sortir avec plus de postes.
lesson-one-thread-summary = La concurrence sur un seul thread : les tâches se relaient, et une tâche ne s’exécute que jusqu’à son prochain await. Une tâche endormie ne coûte rien, donc une seule boucle garde de nombreux postes occupés pendant que le superviseur traite chaque tâche dès qu’elle se termine.

lesson-failure-title = Les erreurs comme valeurs
lesson-failure-step-1 = Dans cette exécution, une dose peut se gâter : chaque injection échoue avec une faible probabilité, et la tâche du poste se termine alors par une erreur au lieu d’un décompte. En Rust, la tâche renvoie une valeur Err. En asyncio, la coroutine lève une exception, et la tâche la garde jusqu’à ce que quelqu’un demande son résultat.
lesson-failure-step-2 = La tâche du poste 1 vient d’échouer : la dose 17 de sa boîte s’est gâtée, et la tâche s’est terminée par une erreur au lieu d’un décompte. Une tâche qui échoue est terminée elle aussi : pour le superviseur, qui attend que la première tâche se termine, une erreur est un résultat comme un autre.
lesson-failure-step-3 = Le superviseur a récupéré l’erreur de la tâche terminée et l’a signalée. Les doses restées dans la boîte en échec sont comptées comme gaspillées, pas perdues, et le poste repart avec une nouvelle boîte du dépôt. Lis le journal : l’échec nomme le poste, la boîte et la dose gâtée.
lesson-failure-step-4 = Tu peux mettre un poste en panne toi-même : clique sur un poste au travail dans le parking, ou donne-lui le focus et appuie sur Entrée. Le superviseur traite cette erreur exactement comme une dose gâtée. Avant d’essayer, prédis ce que coûterait la panne du poste 1 maintenant.
lesson-failure-step-5 = Regarde les statistiques : doses faites, doses gaspillées et boîtes en échec. Quoi qu’il échoue, les comptes restent justes : les doses faites, les doses gaspillées et les doses encore dans les boîtes ouvertes font toujours ensemble toutes les doses prises au dépôt.
lesson-failure-step-6 = Dans le code, le superviseur examine le résultat de chaque tâche terminée : un décompte en cas de succès, une erreur en cas d’échec, et dans les deux cas le poste reçoit une nouvelle boîte tant que le dépôt en a une. Un échec n’arrête jamais la boucle, car l’erreur arrive comme une valeur que le superviseur traite.
lesson-failure-summary = Une erreur est un résultat comme un autre : la tâche en échec est terminée, le superviseur récupère son erreur comme une valeur, compte comme gaspillées les doses restées dans la boîte et relance le poste, et la boucle continue.

lesson-blocking-title = Une tâche qui ne fait jamais await
lesson-blocking-step-1 = Le poste 1 est mal écrit : pour chaque injection, il dort avec un appel bloquant (time.sleep en Python, std::thread::sleep en Rust ; le moteur le simule en avançant son horloge tout en gardant le thread) au lieu de faire await d’une attente. Un appel bloquant garde le thread. Les postes 2 et 3 sont écrits comme avant, et les trois tâches ont été lancées ensemble.
lesson-blocking-step-2 = Le poste 1 vient de libérer le thread : sa boîte est terminée et sa tâche a rendu son résultat. Les postes 2 et 3 n’ont pas fait une seule injection : le poste 1 s’est exécuté en premier et a gardé le thread avant que leurs tâches aient pu commencer leur première attente. Elles la commencent maintenant, et le superviseur relance le poste 1 avec une nouvelle boîte, qui s’exécutera avant que leurs minuteurs arrivent à échéance. Regarde l’exécuteur : l’ensemble attendu et la file des minuteurs.
lesson-blocking-step-3 = Le poste 1 a de nouveau libéré le thread, après sa deuxième boîte. Pendant qu’il le gardait, les minuteurs des postes 2 et 3 sont arrivés à échéance ; quand il l’a libéré, ils se sont déclenchés, et leurs tâches attendent maintenant dans la file des tâches prêtes, sous le parking. Le superviseur a le thread : il vient de donner au poste 1 sa boîte suivante.
lesson-blocking-step-4 = Les postes 2 et 3 n’ont presque fait aucune injection : chacun en fait une par boîte du poste 1. Chaque fois que le poste 1 libère le thread, les minuteurs arrivés à échéance entre-temps se déclenchent ensemble, les postes 2 et 3 ont chacun un tour, et la boîte suivante du poste 1 reprend le thread.
lesson-blocking-step-5 = Le poste 1 a terminé sa dernière boîte avant que les autres aient terminé leur première. Regarde le thread sous le parking : sa bande des tours récents montre qui s’est exécuté, et combien de temps. Les tours du poste 1 durent des secondes, une boîte entière chacun ; entre eux, les postes 2 et 3 ont chacun un tour, le temps d’une injection, qui ne prend aucun temps.
lesson-blocking-step-6 = La correction : faire await d’une attente qui rend le thread. En Python, await asyncio.sleep(...) à la place de time.sleep(...), un mot-clé et une autre fonction ; en Rust, le sleep du runtime, avec await. Un poste rend alors le thread à chaque injection, et les autres s’exécutent pendant qu’il attend. Tout appel bloquant fait le même tort : lire un fichier, un calcul lent, un appel réseau sans await.
lesson-blocking-summary = Une tâche qui ne fait jamais await garde le thread, et aucune autre tâche ne s’exécute tant qu’elle ne l’a pas libéré. Fais await au lieu de bloquer, pour que les autres s’exécutent pendant qu’une tâche attend.

lesson-policies-title = Attendre la première, ou toutes
lesson-policies-step-1 = Les postes travaillent à des vitesses différentes : le poste 1 est deux fois plus rapide que le poste 2, et le poste 3 deux fois plus lent. Le superviseur attend que la première tâche se termine (FIRST_COMPLETED) et relance aussitôt ce poste. Suppose qu’il les attende toutes (ALL_COMPLETED) avant d’en réapprovisionner un seul.
lesson-policies-step-2 = Maintenant la même graine avec ALL_COMPLETED : le superviseur attend tout le lot de tâches qu’il a lancées. Le poste 1 a terminé sa boîte en premier, et le superviseur l’a signalée.
lesson-policies-step-3 = La tâche du poste 2 s’est terminée elle aussi, et sa boîte est signalée. Le poste 3, le plus lent, travaille encore sur sa première boîte. L’ensemble attendu montre ce qu’attend le superviseur.
lesson-policies-step-4 = Les graphiques rejouent la même graine avec chaque politique. Le temps avec une boîte ouverte montre où ALL_COMPLETED perd : les postes rapides attendent le plus lent à chaque lot.
lesson-policies-step-5 = Une troisième façon : la tâche de chaque poste envoie son résultat dans une file, et le superviseur prend les résultats dans la file dans l’ordre où ils arrivent. C’est la même exécution que FIRST_COMPLETED, boîte pour boîte et microseconde pour microseconde, écrite autrement. Compare le code des deux.
lesson-policies-summary = La façon dont le superviseur attend décide de l’usage des postes : FIRST_COMPLETED réapprovisionne chaque poste dès qu’il termine, alors qu’avec ALL_COMPLETED les postes rapides restent inactifs jusqu’à ce que le plus lent du lot ait fini.

lesson-article-title = La boucle de l’article, erreurs comprises
lesson-article-step-1 = Cette exécution suit le flot de contrôle du célèbre article sur asyncio, tel qu’il est écrit. Sa boucle ne compte pas les boîtes : elle compte combien de fois elle a attendu l’ensemble des tâches des postes, et s’arrête après autant d’attentes qu’il y a de boîtes. Chaque tâche qu’elle trouve terminée reçoit aussitôt une nouvelle boîte, qu’il en reste ou non.
lesson-article-step-2 = La boucle approche de sa dernière attente, et chaque poste est au milieu d’une boîte. Quand cette attente se terminera, le programme prendra fin, et asyncio.run annulera toutes les tâches encore en cours. Prédis ce que cela coûte.
lesson-article-step-3 = Le dépôt montre les boîtes prises au-delà de son stock : la boucle a relancé des tâches après que la dernière boîte était partie. Les statistiques comptent les doses disparues : celles que les tâches annulées avaient faites, jamais signalées, et celles restées dans leurs boîtes, jetées.
lesson-article-step-4 = Maintenant chaque injection dure exactement 100 ms, donc les trois postes terminent chaque boîte au même instant, et une seule attente renvoie les trois tâches. La boucle imprime son compteur d’attentes là où devrait figurer le numéro de la boîte.
lesson-article-step-5 = Chaque numéro apparaît trois fois, et la boucle signale trois boîtes par attente : après ses six attentes, elle a signalé dix-huit boîtes d’un dépôt de six. La comparaison rejoue la même graine avec chaque politique : les superviseurs exacts ouvrent six boîtes et ne perdent rien.
lesson-article-step-6 = La même exécution avec FIRST_COMPLETED, telle que l’écrit le superviseur de cette application : il compte les boîtes, ne relance un poste que tant que le dépôt en a une, et attend les postes encore au travail avant de se terminer. Chaque dose est faite et signalée.
lesson-article-summary = Compte ce que tu veux vraiment compter : la boucle de l’article compte les attentes au lieu des boîtes, donc elle prend des boîtes au-delà du stock du dépôt, imprime des numéros d’attente comme numéros de boîte, et sa sortie annule des tâches dont les doses ne sont jamais signalées.

lesson-own-supervisor-title = Écris ton propre superviseur
lesson-own-supervisor-step-1 = Ici, la boucle du célèbre article devient ton propre programme : la vue Python l’affiche dans un éditeur, et CPython l’exécute avec les stations et les tirages de cette exécution. Elle lance une tâche par station, attend un nombre fixe de fois et relance chaque station dont elle trouve la tâche terminée. Prédis avant de regarder : combien perd-elle ?
lesson-own-supervisor-step-2 = Ce superviseur lance une tâche par station et n’en attend aucune ; il se contente de dormir. Une tâche s’exécute même si personne ne l’attend avec await : la boucle d’événements l’exécute quand même. Mais personne ne récupère son résultat, donc personne ne signale sa boîte.
lesson-own-supervisor-step-3 = La correction : attendre tant qu’une tâche tourne, quel que soit le nombre d’attentes nécessaires, signaler chaque tâche de chaque ensemble de tâches terminées, et ne relancer une station que tant que le dépôt a une boîte. Prédis ce que celui-ci perd.
lesson-own-supervisor-step-4 = Celui-ci signale lui aussi chaque boîte, mais marque une pause avec time.sleep après chaque signalement. Rien n’est perdu, et pourtant : regarde les notes sous son résultat. Pendant que le superviseur dort de cette façon, il garde l’unique thread, et aucune station ne fait d’injection. Compare le moment où son exécution se termine avec la fin de la précédente.
lesson-own-supervisor-step-5 = Ton programme est maintenant le superviseur FIRST_COMPLETED du moteur, ligne pour ligne. Le bouton sous son résultat compare les deux exécutions événement par événement, avec les mêmes tirages. Modifie le programme dans l’éditeur, exécute-le de nouveau, et regarde où les deux divergent.
lesson-own-supervisor-summary = Un superviseur répond de chaque tâche qu’il lance : il attend chacune, examine son résultat, et ne se termine que lorsqu’aucune ne tourne plus. Une tâche que personne n’attend s’exécute quand même, mais ce qu’elle fait échappe au décompte.
lesson-exercises-title = Exercices
lesson-exercises-step-1 = À toi : ce superviseur n’attend que tant que toutes les stations sont occupées. Dès que l’une trouve le dépôt vide, il se termine, et asyncio.run annule les tâches qui font encore des injections. Modifie-le dans l’éditeur jusqu’à ce qu’il signale chaque boîte et ne perde aucune dose, puis appuie sur « Exécuter le mien ». L’objectif sous ce texte vérifie chacune de tes exécutions.
lesson-exercises-step-2 = Ce superviseur ne perd rien, mais marque une pause après chaque signalement avec time.sleep, qui garde l’unique thread : aucune station ne fait d’injection pendant ce temps. Tu n’écris que le superviseur (les stations sont celles de la page), donc ici l’appel bloquant est le sien. Fais-le marquer sa pause sans garder le thread, et appuie de nouveau sur « Exécuter le mien ».
lesson-exercises-step-3 = Sous ALL_COMPLETED, chaque série de boîtes attend la plus lente, et la station 3 travaille à mi-vitesse. Vide le même dépôt plus tôt : change la politique, les stations ou leurs vitesses dans « Paramètres », en bas de la page, applique, et joue l’exécution jusqu’au bout. L’objectif vérifie l’exécution à l’écran.
lesson-exercises-summary = Un exercice se vérifie sur ta propre exécution, jamais à la main : CPython exécute ton superviseur avec les tirages du moteur, et la page compte chaque boîte et chaque dose signalées, chaque appel bloquant, et le temps que prend le dépôt.

lesson-event-loop-title = Tu es la boucle d’événements
lesson-event-loop-step-1 = Cette fois, la boucle d’événements, c’est toi. Le superviseur vient de lancer les tâches de trois stations ; les stations 1 et 2 mettent 0,2 s par injection, la station 3 va deux fois moins vite. Pour chaque choix de la boucle, indique ce qu’elle fait : quelle tâche prête elle reprend ou, quand aucune n’est prête, quel minuteur elle déclenche. Chaque choix est vérifié selon les règles d’asyncio, et l’exécution repart du bon choix.
lesson-event-loop-step-2 = Les stations 1 et 2 sont sur le point de faire la dernière injection de leur boîte. Joue de nouveau la boucle : regarde qui est réveillé quand la tâche d’une station se termine, et à quelle place il rejoint la file des tâches prêtes.
lesson-event-loop-step-3 = Une autre exécution : la station 2 bloque maintenant le thread pendant toute sa boîte, 0,6 s, avec un appel bloquant au lieu d’un await. Les minuteurs des stations 1 et 3 arrivent à échéance pendant qu’elle garde le thread. Lequel la boucle déclenche-t-elle quand elle récupère le thread, et qui reprend-elle ?
lesson-event-loop-step-4 = Retour à la première exécution, pour regarder cette fois au lieu de jouer : le thread sous le parking montre la file des tâches prêtes à chaque événement de n’importe quelle exécution, la tête en premier. Les stations 1 et 2 sont de nouveau arrivées à échéance ensemble, et la station 3 avec elles.
lesson-event-loop-step-5 = Voilà tout le travail de la boucle : prendre la file des tâches prêtes par la tête et, quand elle est vide, dormir jusqu’au minuteur le plus proche. Le thread sous le parking montre cette même file à chaque moment de n’importe quelle exécution ; ouvre le parking avec loop=1 dans l’adresse pour continuer à jouer la boucle sur une exécution à toi.
lesson-event-loop-summary = La boucle fait deux sortes de choix, et aucun ne dépend des tâches. Elle reprend les tâches prêtes dans l’ordre où elles le sont devenues, premier arrivé, premier servi ; quand aucune n’est prête, elle dort jusqu’à l’échéance la plus proche et déclenche en un seul tour tous les minuteurs qui arrivent alors à échéance. Une tâche qui se termine ne réveille celle qui l’attend que par un callback de fin, un tour plus tard, et une tâche qui bloque fait attendre tous les minuteurs arrivés à échéance entre-temps jusqu’à ce qu’elle libère le thread.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = Tu es la boucle d’événements. La file des tâches prêtes contient, dans l’ordre où elles y sont entrées : { $queue }. Quelle tâche reprends-tu ?
loop-fire-prompt = Tu es la boucle d’événements. Ces minuteurs attendent. Lequel déclenches-tu maintenant ?
loop-station = station { $station }
loop-fire-option =
    { $count ->
        [one] { $stations }, échéance à { $due } s
       *[other] { $stations }, échéance commune à { $due } s
    }
loop-resume-why = La file des tâches prêtes d’asyncio suit l’ordre d’arrivée : la boucle reprend d’abord la tâche entrée la première, à { $since } s ({ $cause }), puis les suivantes. En tête : { $task } ; derrière : { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}Le superviseur attend derrière : { $task } a fini à { $since } s, et asyncio n’exécute le callback de fin d’une tâche terminée qu’un tour plus tard ; c’est seulement alors que ce callback réveille le superviseur.
loop-supervisor-behind-callback = {" "}Le superviseur attend derrière : le callback de fin d’une tâche terminée l’a réveillé à { $since } s, et asyncio exécute ce callback un tour après la fin de la tâche.
loop-cause-done-callback = le callback de fin d’une tâche terminée l’a réveillé
loop-cause-timer = son minuteur s’est déclenché
loop-cause-done = { $task } a fini, et son callback de fin l’a réveillé
loop-cause-spawned = le superviseur venait de lancer cette tâche
loop-cause-woken = { $task } a provoqué son réveil
loop-fire-why = La boucle dort jusqu’à l’échéance la plus proche et déclenche le minuteur qui arrive alors à échéance : { $stations }, à { $due } s. Une échéance plus tardive attend son tour.
loop-fire-why-tie = Plusieurs minuteurs partagent l’échéance la plus proche, { $due } s : { $stations }. La boucle déclenche en un seul tour tous ceux qui arrivent alors à échéance, et leurs tâches rejoignent ensemble la file des tâches prêtes (asyncio prend les minuteurs à égalité dans l’ordre de son tas ; cette page les prend dans l’ordre des stations).
loop-fire-why-late =
    Une tâche a gardé le thread jusqu’à { $now } s, au-delà de l’échéance la plus proche ({ $due } s). Quand elle l’a libéré, la boucle a déclenché tous les minuteurs arrivés à échéance, le plus ancien d’abord : { $count ->
        [one] { $stations }
       *[other] { $stations }, dans cet ordre
    }.
lesson-cannot-one-of-many = une question { $kind } pose un choix après l’autre, dans son propre panneau
lesson-error-decisions = un nombre de choix de 1 à { $limit } était attendu, trouvé : { $found }
lesson-error-flag = true ou false était attendu, trouvé : { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Choix { $number } sur { $count }
loop-kind-resume = Reprendre une tâche.
loop-kind-fire = Déclencher un minuteur.
loop-asyncio-would = Ce n’est pas ce que fait asyncio, qui choisit : { $answer }.
loop-next = Choix suivant
loop-done =
    { $count ->
        [one] Tu as fait le choix de la boucle
       *[other] Tu as fait { $count } choix de la boucle
    } ; conformes à asyncio : { $right }.
loop-none = D’ici à la fin de l’exécution, la boucle n’a aucun choix à faire : il n’y a jamais plus d’une tâche prête, ni plus d’un minuteur en attente.
loop-mode-title = Tu es la boucle d’événements
loop-mode-intro = L’exécution s’arrête à chaque choix que fait la boucle d’événements. Choisis ce qu’elle fait ; la page le vérifie selon les règles d’asyncio, puis l’exécution repart du bon choix.

## How sure the learner is, why, and the results to download

results-step-name = { $title }, étape { $number } sur { $steps }
lesson-confidence = Quel est ton degré de certitude ?
lesson-confidence-guess = Je devine
lesson-confidence-fairly-sure = Je crois savoir
lesson-confidence-sure = Je sais
lesson-reason = Pourquoi ? En une ligne :
    .placeholder = parce que…
lesson-your-reason = Ta raison :
results-download = Télécharger mes résultats
    .title = Toutes les réponses de cette leçon dans un seul fichier JSON (déclarations xAPI), pour la vue de classe de l’enseignant ; rien ne quitte ton navigateur avant que tu ne l’envoies.
lesson-summary-loop = En jouant la boucle : { $right } choix sur { $asked } conformes à asyncio.
loop-queue-note = La vue du fil sous le parking montre le fil tel qu’il était au dernier événement ; la boucle choisit après.
