# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file. See locales/en/lessons.ftl for what each message is.
#
# The learner is addressed as « vous » everywhere, the lessons' texts
# included. Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio,
# await and the names of code; "vaccine box" is what the program prints.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
       *[other] { $count } { -dose(number: "other") }
    }

## The lessons menu

lessons-menu-title = Leçons
lessons-menu-intro = Chaque leçon parcourt des moments d’une exécution. Quand une étape vous demande une prédiction, l’exécution avance jusqu’au moment qui y répond : la réponse est calculée à partir de l’exécution que vous voyez.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }
lessons-menu-write = Écrire une leçon…
lessons-menu-teachers = Enseignants : choisissez des moments de n’importe quelle exécution, ajoutez du texte et des questions, et partagez la leçon sous forme de lien.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = Étape { $number } sur { $steps }
lesson-step-announce = Étape { $number } sur { $steps }. { $text }
# Points at the region of the page a step is about, in bold. Each names
# the region as its heading on screen does.
lesson-look-at-lot = Regardez { -lot(article: "le") }.
lesson-look-at-executor = Regardez { -executor(article: "le") }.
lesson-look-at-inspector = Regardez { -inspector(article: "le") }.
lesson-look-at-charts = Regardez les graphiques.
lesson-look-at-code = Regardez le code.
lesson-look-at-log = Regardez le journal.
lesson-look-at-stats = Regardez les statistiques.
# The regions in the editor's menu.
lesson-focus-lot = { -lot(article: "le") }
lesson-focus-executor = { -executor(article: "le") }
lesson-focus-inspector = { -inspector(article: "le") }
lesson-focus-charts = les graphiques
lesson-focus-code = le code
lesson-focus-log = le journal
lesson-focus-stats = les statistiques
lesson-nav =
    .aria-label = Étapes de la leçon
lesson-previous = ◀ Précédente
    .title = Étape précédente (Page précédente)
lesson-next = Suivante ▶
    .title = Étape suivante (Page suivante)
lesson-exit = Quitter la leçon
lesson-cannot-ask = La question de cette étape ne peut pas être posée : { $problem }.

## A prediction

lesson-predict = Prédiction :
lesson-playing-forward = L’exécution avance jusqu’à la réponse…
lesson-cpython-running = CPython exécute le programme de cette étape dans la vue Python ; la question suit.
lesson-cpython-on-run = Appuyez sur « Exécuter le mien » dans la vue Python : CPython exécute le programme de cette étape, puis la question suit.
lesson-cpython-failed = CPython n’a pas pu exécuter le programme de cette étape : { $reason }
lesson-right = Exact.
lesson-the-answer = ← la réponse
lesson-not-quite = Pas tout à fait : la réponse est « { $answer } ».
lesson-skip = Passer cette prédiction
    .title = Continuer sans prédire ; le résumé la note comme passée
lesson-skipped = Vous avez passé cette prédiction. Vous pouvez encore y répondre.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = Objectif :
lesson-goal-met = Atteint.
lesson-goal-not-met = Pas encore.
lesson-goal-pending = Pas encore vérifié.
lesson-goal-loses-nothing = votre { -supervisor } signale chaque { -box } { -depot(article: "du") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }) et ne perd aucune { -dose }.
lesson-goal-cooperates = votre { -supervisor } ne garde jamais { -thread(article: "le") } avec un appel bloquant, et ne perd aucune { -dose }.
lesson-goal-makespan = { -depot(article: "le") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }) vidé en { $seconds } s de temps simulé au plus.
lesson-goal-run-mine = Appuyez sur « Exécuter le mien » dans la vue Python : CPython exécute votre programme sur cette exécution, et l’objectif est vérifié sur celle-ci.
lesson-goal-did-not-run = Votre programme ne s’est pas exécuté jusqu’au bout : { $reason }
lesson-goal-program-problems = L’exécution de votre programme sur CPython : { $problems }.
lesson-goal-lost = a perdu { $doses } dans { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task } tournait
       *[other] { $tasks } { -task(number: "other") } tournaient
    } encore à son retour
lesson-goal-beyond-depot = a ouvert { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } au-delà des { $depot } { -depot(article: "du") }
lesson-goal-left-in-depot = a laissé { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } dans { -depot(article: "le") }
lesson-goal-blocked = la ligne { $line } a gardé { -thread(article: "le") } { $calls ->
        [one] une fois
       *[other] { $calls } fois
    }, { $seconds } s au total
lesson-goal-blocked-elsewhere = des appels bloquants hors de votre code ont gardé { -thread(article: "le") } { $calls ->
        [one] une fois
       *[other] { $calls } fois
    }, { $seconds } s au total
lesson-goal-reported-all = L’exécution de votre programme sur CPython a signalé toutes { -box(number: "other", article: "le") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) et n’a rien perdu.
lesson-goal-never-blocked = L’exécution de votre programme sur CPython n’a jamais gardé { -thread(article: "le") }, a signalé toutes { -box(number: "other", article: "le") } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, { $doses }) et n’a rien perdu.
lesson-goal-engine-same = { -supervisor(article: "le", start: "upper") } FIRST_COMPLETED du moteur, avec les mêmes tirages, donne la même exécution, événement par événement.
lesson-goal-engine-differs = { -supervisor(article: "le", start: "upper") } FIRST_COMPLETED du moteur, avec les mêmes tirages, s’en écarte à l’événement { $index }.
lesson-goal-other-depot = L’exécution à l’écran a { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    } ; { -depot(article: "le") } de l’étape, { $step_boxes ->
        [one] { $step_boxes } { -box }
       *[other] { $step_boxes } { -box(number: "other") }
    } de { $step_capacity ->
        [one] { $step_capacity } { -dose }
       *[other] { $step_capacity } { -dose(number: "other") }
    } : seule compte une exécution avec { -depot(article: "le") } de l’étape.
lesson-goal-finished-within = L’exécution à l’écran s’est terminée à { $time } s, { $spare } s en deçà de l’objectif.
lesson-goal-finished-late = L’exécution à l’écran s’est terminée à { $time } s, { $over } s au-delà de l’objectif.
lesson-goal-past = L’exécution à l’écran a dépassé { $seconds } s et il reste des { -box(number: "other") }.
lesson-goal-play = Jouez l’exécution à l’écran jusqu’au bout : l’objectif est vérifié quand elle se termine.

## The summary on a lesson's last step

lesson-summary-title = Ce que vous avez prédit
lesson-summary-step = Étape { $step } : { $prompt }
lesson-summary-right = Vous avez répondu « { $answer } » : exact.
lesson-summary-wrong = Vous avez répondu « { $answer } » ; l’exécution a donné « { $right } ».
lesson-summary-skipped = Passée ; l’exécution a donné « { $right } ».
lesson-summary-unanswered = Sans réponse ; l’exécution a donné « { $right } ».
# $right of $asked predictions right (both numbers).
lesson-summary-score = { $right } sur { $asked ->
        [one] { $asked } prédiction juste
       *[other] { $asked } prédictions justes
    }
lesson-summary-key-idea = Idée clé
lesson-next-lesson = Leçon suivante : { $title }
lesson-summary-menu = Toutes les leçons

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = La leçon n’a pas pu être ouverte :
lesson-problems-dismiss = Fermer
lesson-resume = Bon retour. Reprendre la leçon « { $title } » à l’étape { $step } ?
lesson-resume-region =
    .aria-label = Reprendre une leçon
lesson-resume-continue = Reprendre
lesson-resume-decline = Non, merci
lesson-no-builtin = il n’y a pas de leçon intégrée { $id }
lesson-kept-unreadable = la leçon gardée de la dernière visite ne peut plus être lue

## The lesson editor

lesson-editor-heading = Écrire une leçon
lesson-editor-explain = Amenez l’exécution à un moment (lecture, pas à pas, défilement ou changement des paramètres), puis ajoutez-le comme étape. Chaque étape s’ouvre exactement à ce moment. Les réponses à ses questions sont calculées à partir de l’exécution.
lesson-editor-title = Titre
lesson-editor-summary = Idée clé
lesson-editor-add = Ajouter ce moment comme étape
lesson-editor-moment = (événement { $event } de l’exécution affichée)
lesson-editor-step = Étape { $number } : événement { $event } de { $params }
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
lesson-editor-needs = Pour prévisualiser et partager, il manque encore à la leçon :
lesson-editor-preview = Prévisualiser la leçon
lesson-editor-link = Lien
lesson-editor-embed = Intégrer
lesson-editor-close = Fermer l’éditeur

## Problems in a lesson file

lesson-problem-at = { $path } : { $problem }
lesson-problems-more =
    { $count ->
        [one] et { $count } autre problème
       *[other] et { $count } autres problèmes
    }
lesson-error-too-big = la leçon fait { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    } ; { $limit ->
        [one] au plus { $limit } octet de JSON est accepté
       *[other] au plus { $limit } octets de JSON sont acceptés
    }
lesson-error-not-json = JSON non valide ({ $detail })
lesson-error-not-object = un objet JSON avec un titre et des étapes était attendu
lesson-error-no-steps = au moins une étape était attendue
lesson-error-too-many-steps = { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    } ; au plus { $limit } sont acceptées
lesson-error-steps-not-list = une liste d’étapes était attendue, trouvé : { $found }
lesson-error-steps-missing = manquant : une leçon a besoin d’une liste d’étapes
lesson-error-step-not-object = un objet était attendu, trouvé : { $found }
lesson-error-params-too-long = plus de { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    }
lesson-error-params-not-text = une chaîne de requête comme { $example } était attendue, trouvé : { $found }
lesson-error-at-event = un nombre entier d’événements, 0 ou plus, était attendu, trouvé : { $found }
lesson-error-text-empty = vide : quelques mots étaient attendus
lesson-error-text-too-long = { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    } ; au plus { $limit } sont acceptés
lesson-error-not-text = du texte était attendu, trouvé : { $found }
lesson-error-text-missing = manquant : du texte était attendu
lesson-error-lang = une étiquette de langue comme { $first } ou { $second } était attendue, trouvé : { $found }
lesson-error-focus = { $found } n’est pas une zone : une de { $accepted } était attendue
lesson-error-question-not-object = un objet comme { $example } était attendu, trouvé : { $found }
lesson-error-question-kind = { $found } n’est pas un type de question : un de { $accepted } était attendu
lesson-error-seconds = un temps simulé en secondes supérieur à 0 et d’au plus { $limit } était attendu, trouvé : { $found }
lesson-error-station = un numéro de { -station }, 1 ou plus, était attendu, trouvé : { $found }
lesson-error-python-not-text = le programme était attendu sous forme de texte, trouvé : { $found }
lesson-error-python-too-long = le programme dépasse { $limit ->
        [one] { $limit } octet
       *[other] { $limit } octets
    }
lesson-error-python-focus = une étape avec un programme pointe vers la vue Python, sous le code : son champ focus doit valoir { $accepted }, pas { $found }
lesson-error-question-needs-python = une question { $kind } porte sur le programme de l’étape : donnez-le dans { $field }
lesson-error-goal-not-object = un objet comme { $example } était attendu, trouvé : { $found }
lesson-error-goal-kind = { $found } n’est pas un type d’objectif : un de { $accepted } était attendu
lesson-error-goal-seconds = un objectif { $kind } a besoin de { $field } : un temps simulé en secondes supérieur à 0 et d’au plus { $limit }
lesson-error-goal-needs-python = un objectif { $kind } se vérifie sur le programme de l’étape : donnez-le dans { $field }
lesson-error-goal-no-python = un objectif { $kind } se vérifie sur l’exécution du moteur à l’écran : une étape qui en a un n’a pas de { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } n’est pas un paramètre de la page
lesson-error-page-param = { $name } est un réglage de la page, pas de l’exécution : les params d’une étape ne prennent que les paramètres de l’exécution
lesson-error-past-limit = { $at } dépasse le dernier moment qu’une étape peut fixer : au plus { $limit ->
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

lesson-link-too-long = la leçon du lien est trop longue : { $limit ->
        [one] au plus { $limit } octet de JSON est accepté
       *[other] au plus { $limit } octets de JSON sont acceptés
    }
lesson-link-not-base64 = la leçon du lien n’est pas en { $encoding } : { $detail }
lesson-link-not-utf8 = la leçon du lien n’est pas du texte UTF-8
lesson-link-empty = le lien s’arrête à { $fragment } et ne porte aucune leçon : le lien d’une leçon est { $key } suivi de la leçon

## Why a step's question cannot be asked ($kind is the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = une question { $kind } demande une exécution d’au plus { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    } ; celle-ci en a { $doses }
lesson-cannot-past-end = l’exécution ne compte que { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }
lesson-cannot-ledger = l’exécution enfreint la comptabilité : { $detail }
lesson-cannot-needs-article = une question { $kind } demande la boucle de l’article ({ $param })
lesson-cannot-needs-cpython = la réponse à une question { $kind } s’obtient en exécutant le programme de l’étape sous CPython
lesson-cannot-no-cancel = aucune { -task } n’est annulée après ce moment : posez la question avant la fin de la boucle
lesson-cannot-no-double = aucune attente après ce moment ne renvoie deux { -task(number: "other") } : donnez la même durée à toutes { -shot(number: "other", article: "le") } ({ $code })
lesson-cannot-nothing-returns = aucune { -task } de { -station } ne se termine après ce moment
lesson-cannot-not-after = le temps demandé, { $by } s, ne vient pas après le moment de l’étape, { $now } s
lesson-cannot-needs-blocking = une question { $kind } demande une { -station } bloquante ({ $param } dans { $field })
lesson-cannot-no-finish = { -station(article: "le") } { $station } ne termine aucune { -box } après ce moment
lesson-cannot-no-open = { -station(article: "le") } { $station } n’ouvre aucune { -box } après ce moment
lesson-cannot-no-failure = la panne n’a abouti à aucun échec
lesson-cannot-no-station =
    { -station(article: "le") } { $station } n’existe pas : l’exécution compte { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
lesson-cannot-not-working = { -station(article: "le") } { $station } n’a aucune { -box } ouverte à ce moment, elle ne peut donc pas tomber en panne
lesson-cannot-none-working = aucune { -station } n’a de { -box } ouverte à ce moment
lesson-cannot-not-broken = { -station(article: "le") } { $station } n’a pas pu être mise en panne à ce moment
lesson-cannot-sleep-blocking = { -station(article: "le") } { $station } bloque { -thread(article: "le") } : sa { -task } ne dort jamais sur un { -timer }
lesson-cannot-not-asleep = { -task(article: "le") } { -station(article: "du") } { $station } ne dort pas sur un { -timer } à ce moment : { -station(article: "le") } n’a aucune { -box } ouverte, ou sa { -task } garde { -thread(article: "le") } ou l’attend
lesson-cannot-none-asleep = aucune { -task } de { -station } ne dort sur un { -timer } à ce moment
lesson-cannot-woken-early =
    { -task(article: "le") } { -station(article: "du") } { $station } est sondée { $polls ->
        [one] une fois
       *[other] { $polls } fois
    } avant sa prochaine { -shot } : autre chose que son { -timer } la réveille (une panne provoquée à la main)
lesson-cannot-no-thread = l’exécution ne garde aucune trace de son { -thread } à ce moment
lesson-cannot-ready-few =
    { -ready-queue(article: "le") } contient { $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    } à ce moment ; la question en demande au moins { $least }
lesson-cannot-needs-supervisor = une question { $kind } demande un { -supervisor } qui attend { -task(number: "other", article: "le") } { -station(number: "other", article: "du") } ({ $param })
lesson-cannot-not-after-failure = le moment ne suit pas l’échec d’une { -station } : son dernier événement doit en être un
lesson-cannot-not-returned = { -task(article: "le") } { -station(article: "du") } { $station } ne s’est pas encore terminée à ce moment
lesson-cannot-nothing-returned = aucune { -task } de { -station } ne s’est encore terminée à ce moment
lesson-cannot-refilled = { -station(article: "le") } { $station } n’attend pas de { -box } à ce moment : elle a déjà la suivante
lesson-cannot-refilling = { -supervisor(article: "le") } distribue de nouvelles { -box(number: "other") } à ce moment : posez la question avant qu’il commence, ou une fois que chaque { -station } a sa { -box }

## Which station's task returns next

lesson-next-prompt = { -task(article: "le", start: "upper") } de quelle { -station } se termine ensuite ?
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = { -box(article: "le") } { $box } était terminée
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = elle a échoué sur { -box(article: "le") } { $box } ({ $error })
lesson-error-spoiled = { -dose } { $shot } de { -box(article: "le") } avariée
lesson-error-broken = panne provoquée à la main pendant { -shot(article: "le") } { $shot }
# $doses is lesson-doses.
lesson-next-rival = { -station(article: "le") } { $station } avait encore { $doses }
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}Au moment de l’étape : { $rivals }.
lesson-next-explanation = { -task(article: "le", start: "upper") } { -station(article: "du") } { $station } s’est terminée ensuite, à { $time } s : { $what }.{ $rivals } { $supervisor }
lesson-sees-first = { -supervisor(article: "le", start: "upper") }, qui attend l’ensemble entier, se réveille dès qu’{ -task(article: "un") } est revenue et traite toutes celles terminées jusque-là, celle-ci comprise, en relançant aussitôt chaque { -station }.
lesson-sees-all-waiting = Avec ALL_COMPLETED, { -supervisor(article: "le") } la signale mais ne donne pas de nouvelle { -box } { -station(article: "au") } : elle reste inactive jusqu’à ce que tout le lot soit revenu.
lesson-sees-all-restart = C’était la dernière de son lot, donc avec ALL_COMPLETED { -supervisor(article: "le") } a donné d’un coup une nouvelle { -box } à chaque { -station }.
lesson-sees-all-empty = C’était la dernière de son lot, et { -depot(article: "le") } était vide : aucune { -station } n’a reçu de nouvelle { -box }.
lesson-sees-queue = Un callback de fin la met dans la file d’achèvement, et { -supervisor(article: "le") } l’y prend.
lesson-sees-article = La boucle de l’article se réveille pour elle dans une de ses attentes comptées, avec toutes { -task(number: "other", article: "le") } terminées jusque-là, et relance aussitôt sa { -station }, qu’il reste des { -box(number: "other") } ou non.
lesson-sees-taskgroup = { -task(article: "le", start: "upper") } { -box(article: "du") } la signale elle-même et libère { -station(article: "le") }, et { -task(article: "le") } { -box(article: "du") } suivante, qui attend au sémaphore, prend { -station(article: "le") } libre de plus petit numéro.
lesson-sees-taskgroup-last = { -task(article: "le", start: "upper") } { -box(article: "du") } la signale elle-même et libère { -station(article: "le") } ; il ne reste aucune { -box }, donc { -station(article: "le") } reste libre.
lesson-sees-workers = Le worker { -station(article: "du") } la signale lui-même et prend { -box(article: "le") } suivante dans la file.
lesson-sees-workers-last = Le worker { -station(article: "du") } la signale lui-même ; la file est vide, donc le worker se termine.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { -task(article: "le", start: "upper") } { -station(article: "du") } { $station }
lesson-task-worker = Le worker { -station(article: "du") } { $station }
lesson-task-box = { -task(article: "le", start: "upper") } { -box(article: "du") } { $box }
lesson-task-supervisor = { -supervisor(article: "le", start: "upper") }
lesson-task-callback = Un callback { -event-loop(article: "du") }

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -task(article: "le", start: "upper") } { -station(article: "du") } { $station } dort jusqu’à sa prochaine { -shot }, prévue à { $time } s (voyez { -timer-queue(article: "le") }). Combien de fois { -executor(article: "le") } la sondera-t-il d’ici à ce que cette { -shot } soit faite ?
lesson-sleep-polls-none = Pas une seule : { -timer(article: "le") } fait { -shot(article: "le") } tout seul
lesson-sleep-polls-once = Une fois : quand son { -timer } se déclenche, et ce sondage fait { -shot(article: "le") }
lesson-sleep-polls-per-ms =
    Environ { $polls ->
        [one] { $polls } fois
       *[other] { $polls } fois
    } : une par milliseconde de son sommeil
lesson-sleep-polls-always = Encore et encore, jusqu’à ce que son { -timer } se déclenche
lesson-sleep-polls-explanation =
    { -executor(article: "le", start: "upper") } a sondé { -task(article: "le") } { -station(article: "du") } { $station } une fois, à { $time } s, quand son { -timer } s’est déclenché : ce sondage { $outcome ->
        [spoiled] a trouvé { -dose(article: "le") } avariée
       *[shot] a fait { -shot(article: "le") }
    }. Pendant les { $seconds } s d’avant, il ne l’a pas sondée du tout : une { -task } endormie attend dans { -timer-queue(article: "le") }, pas dans { -ready-queue(article: "le") }, et ne coûte rien { -thread(article: "au") }. Entre-temps, { -thread(article: "le") } a exécuté { $turns ->
        [one] { $turns } tour
       *[other] { $turns } tours
    } d’autres { -task(number: "other") }.

## Which ready task runs next

lesson-next-turn-prompt = Ces { -task(number: "other") } sont prêtes à s’exécuter : { -ready-queue(article: "le") }, sous { -lot(article: "le") }. Laquelle prend { -thread(article: "le") } ensuite ?
lesson-next-turn-all = Toutes à la fois
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = { $task } était en tête { -ready-queue(article: "du") }, et a donc pris { -thread(article: "le") } ensuite. { -executor(article: "le", start: "upper") } exécute une { -task } à la fois et prend { -task(number: "other", article: "le") } prêtes dans l’ordre où elles le sont devenues : premier arrivé, premier servi ; chacune s’exécute jusqu’à son prochain await. Derrière attendaient : { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -task(article: "le", start: "upper") } { -station(article: "du") } { $station } vient de lever une erreur. Que fait { -supervisor(article: "le") } ?
lesson-after-failure-stops-run = Il arrête toute l’exécution : l’erreur met fin au programme
lesson-after-failure-retries = Il redonne { -station(article: "au") } { $station } la même { -box }, pour réessayer
lesson-after-failure-new-box = Il signale l’erreur et donne aussitôt une nouvelle { -box } { -station(article: "au") } { $station }
lesson-after-failure-new-box-later = Il signale l’erreur, et donne une nouvelle { -box } { -station(article: "au") } { $station } une fois tout le lot revenu
lesson-after-failure-station-stops = Il signale l’erreur ; il ne reste aucune { -box } pour { -station(article: "le") } { $station }, qui s’arrête donc
lesson-after-failure-ignores = Rien jusqu’à la fin de l’exécution : l’erreur attend dans { -task(article: "le") }
lesson-after-failure-then-new = { -station(article: "le") } { $station } a reçu { -box(article: "le") } { $box } aussitôt, à { $time } s, et la boucle a continué
lesson-after-failure-then-later = { -station(article: "le") } { $station } a attendu le reste de son lot et a reçu { -box(article: "le") } { $box } à { $time } s
lesson-after-failure-then-stops = il ne restait aucune { -box } pour { -station(article: "le") } { $station }, qui s’est donc arrêtée pendant que les autres continuaient
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = Une { -task } qui échoue est terminée, donc { -supervisor(article: "le") } l’a reçue comme toute autre, a pris l’erreur comme son résultat et l’a signalée : { -box(article: "le") } { $box } a échoué ({ $error }), et { -dose(number: "other", article: "le") } qui y restaient ({ $wasted }) ont été comptées comme gaspillées, sans nouvel essai. Ensuite, { $then }.

## When a station gets its next box

lesson-refill-prompt = { -task(article: "le", start: "upper") } { -station(article: "du") } { $station } s’est terminée. Quand { -station(article: "le") } { $station } reçoit-elle sa prochaine { -box } ?
lesson-refill-at-once = Aussitôt : dès que sa { -task } s’est terminée
lesson-refill-pause = Après une pause fixe, quoi que fassent les autres { -station(number: "other") }
lesson-refill-batch = Plus tard : une fois que toutes les autres { -task(number: "other") } de son lot se sont terminées
lesson-refill-never = Jamais : { -depot(article: "le") } n’a plus de { -box } pour elle
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { -station(article: "le", start: "upper") } { $station } a reçu { -box(article: "le") } { $box } à { $time } s, à l’instant où sa { -task } s’est terminée. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { -station(article: "le", start: "upper") } { $station } n’a reçu { -box(article: "le") } { $box } qu’à { $time } s, { $seconds } s après la fin de sa { -task }, quand { -task(article: "le") } { -station(article: "du") } { $last }, la dernière de son lot, s’est terminée. { $supervisor }
lesson-refill-explanation-never = { -station(article: "le", start: "upper") } { $station } n’a plus reçu de { -box } : il n’en restait aucune pour elle, donc elle est restée inactive jusqu’à la fin de l’exécution.

## How many boxes are done by a time

lesson-boxes-prompt = Combien de { -box(number: "other") } seront terminées à { $by } secondes ?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    À { $by } s, { $boxes ->
        [one] { $boxes } { -box } était terminée
       *[other] { $boxes } { -box(number: "other") } étaient terminées
    } : { $more } de plus qu’au moment de l’étape, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = Sur cette exécution, ALL_COMPLETED se termine-t-il avant ou après FIRST_COMPLETED, et de combien ?
lesson-all-vs-first-sooner = ALL_COMPLETED se termine en premier
lesson-all-vs-first-even = Les deux se terminent à moins de 0,5 % d’écart
lesson-all-vs-first-under-5 = ALL_COMPLETED se termine plus tard, de moins de 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED se termine plus tard, de 5 % à 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED se termine plus tard, de plus de 20 %
lesson-percent-later = { $percent } % plus tard
lesson-percent-sooner = { $percent } % plus tôt
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED s’est terminé à { $all } s et FIRST_COMPLETED à { $first } s : { $difference }. En attendant tout le lot, { -station(number: "other", article: "le") } sont restées inactives pendant { $all_idle } { -station }-secondes, contre { $first_idle } quand chaque { -station } est relancée dès qu’elle termine.

## A station that blocks the thread

lesson-blocking-prompt = Pendant que { -station(article: "le") } { $station } traite sa { -box }, les autres { -station(number: "other") } font-elles la moindre { -shot } ?
lesson-blocking-yes = Oui : les autres continuent à faire des { -shot(number: "other") } pendant qu’elle travaille
lesson-blocking-no = Non : aucune ne fait { -shot(article: "de") } tant qu’elle ne libère pas { -thread(article: "le") }
lesson-blocking-explanation =
    { -station(article: "le", start: "upper") } { $station } a gardé { -thread(article: "le") } de { $from } s à { $to } s, et les autres { -station(number: "other") } ont fait { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } pendant ce temps. Tant qu’une { -task } garde { -thread(article: "le") }, aucune autre { -task } ne s’exécute et aucun callback de { -timer } non plus : les autres n’ont leur tour que lorsqu’elle le libère. { $after ->
        [turn] Ici, elles ont fait { $between ->
            [one] { $between } { -shot }
           *[other] { $between } { -shot(number: "other") }
        } avant que { -station(article: "le") } { $station } ne reprenne { -thread(article: "le") }.
        [none] Ici, elles n’ont eu aucun tour : { -station(article: "le") } { $station } a pris aussitôt sa { -box } suivante et a de nouveau gardé { -thread(article: "le") }.
       *[last] C’était sa dernière { -box }.
    }

## Breaking a station now

lesson-waste-prompt = Si { -station(article: "le") } { $station } tombe en panne maintenant, combien de { -dose(number: "other") } sont gaspillées ?
lesson-waste-restarted = { -supervisor(article: "le") } a signalé l’erreur et relancé { -station(article: "le") } avec une nouvelle { -box }
lesson-waste-restarted-at = { -supervisor(article: "le") } a signalé l’erreur, et ne donne une nouvelle { -box } { -station(article: "au") } qu’à { $seconds } secondes, quand il distribue de nouveau des { -box(number: "other") }
lesson-waste-stopped = { -supervisor(article: "le") } a signalé l’erreur ; { -depot(article: "le") } était vide, donc { -station(article: "le") } s’est arrêtée
lesson-waste-caught = sa { -task } a intercepté l’erreur et l’a signalée elle-même, et { -station(article: "le") } est passée à { -box(article: "le") } suivante
lesson-waste-caught-stopped = sa { -task } a intercepté l’erreur et l’a signalée elle-même ; il ne restait aucune { -box }, donc { -station(article: "le") } s’est arrêtée
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above, chosen by who reports the error and when the station
# gets its next box.
lesson-waste-explanation = { -station(article: "le", start: "upper") } { $station } est tombée en panne alors qu’il restait { $wasted } dans { -box(article: "le") } { $box } : elles sont toutes gaspillées, les { $given } qu’elle a déjà administrées de cette { -box } restent administrées, et { $then }.

## The article's loop

lesson-vanished-prompt = Quand la boucle se termine, combien de { -dose(number: "other") } disparaissent du rapport (administrées mais jamais signalées, ou jetées) ?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation =
    La boucle a fait sa dernière attente et le programme s’est terminé avec { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } encore en cours : asyncio.run les a annulées en pleine { -box }. Sur leurs { $vanished }, administrées mais jamais signalées : { $unreported } ; jetées avec leurs { -box(number: "other") } : { $discarded }.
lesson-printed-prompt = La boucle imprime son décompte d’attentes comme numéro de chaque { -box }. À partir de maintenant, quel est le premier numéro que la boucle imprime pour deux { -box(number: "other") } différentes ?
lesson-program-lost-prompt = Combien de { -dose(number: "other") } { -supervisor(article: "ce") } perd-il : administrées et jamais signalées, ou jetées avec des { -box(number: "other") } qu’il n’a jamais signalées ?
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation =
    CPython l’a exécuté sur ces mêmes tirages : il a perdu { $lost } dans { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }. Administrées et jamais signalées : { $unreported } ; jetées ou gaspillées avec ces { -box(number: "other") } : { $thrown_away }. { -lot(article: "le", start: "upper") } et le journal montrent chaque { -box }.
# What the program prints: keep "vaccine box" as written in every language.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } { -station(article: "au") } { $station }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation =
    L’attente { $wait } a renvoyé { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } à la fois, donc la boucle a imprimé { $printed } pour chacune ({ $boxes }) et n’a compté qu’une seule attente.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Un { -thread }, de nombreuses { -task(number: "other") }
lesson-one-thread-step-1 = Trois { -station(number: "other") } de vaccination se partagent un seul { -thread }. Chaque { -station } traite sa { -box } { -dose(number: "other", article: "de") } comme { -task(article: "un") } asynchrone : pour chaque { -shot }, elle dort le temps que prend { -shot(article: "le") }, puis la fait. Rien ici ne s’exécute en parallèle. { -executor(article: "le", start: "upper") } exécute { -task(article: "un") } à la fois, et { -task(article: "un") } ne s’exécute que jusqu’à son prochain await. { -supervisor(article: "le", start: "upper") } a ouvert { -box(article: "un") } à chaque { -station }, et attend maintenant que la première { -task } se termine.
lesson-one-thread-step-2 = { -awaited-set(article: "le", start: "upper") } contient { -task(article: "un") } par { -station }, et { -timer-queue(article: "le") } garde le moment où chaque { -task } endormie doit se réveiller. { -supervisor(article: "le", start: "upper") } dort lui aussi, en attendant que la première { -task } de l’ensemble se termine.
lesson-one-thread-step-3 = { -station(article: "le", start: "upper") } 3 a administré la dernière { -dose } de sa { -box } : sa { -task } s’est terminée, et { -supervisor(article: "le") }, qui attend l’ensemble { -task(number: "other", article: "du") } { -station(number: "other", article: "du") }, s’est réveillé pour cette seule { -task } et a signalé sa { -box }. Les deux autres { -task(number: "other") } tournent encore. L’ensemble qu’attend { -supervisor(article: "le") } n’est pas figé : il change au fil de l’exécution.
lesson-one-thread-step-4 = { -inspector(article: "le", start: "upper") } montre les sondages et les réveils de chaque { -task }. { -task(article: "un", start: "upper") } est sondée quand elle démarre et chaque fois que son { -timer } la réveille ; entre-temps elle est inactive et ne retient rien. C’est pourquoi un seul { -thread } peut s’occuper de nombreuses { -station(number: "other") } : presque tout le temps, toutes { -task(number: "other", article: "le") } dorment.
lesson-one-thread-step-5 = { -depot(article: "le", start: "upper") } vient de distribuer sa dernière { -box }. Désormais { -supervisor(article: "le") } ne lance plus de nouvelle { -task } : il attend seulement { -task(number: "other", article: "le") } encore en cours, et chaque { -station } s’arrête quand sa dernière { -box } est terminée.
lesson-one-thread-step-6 = L’exécution est terminée. Chaque { -dose } est comptée : { -dose(number: "other", article: "le") } administrées et { -dose(number: "other", article: "le") } gaspillées font ensemble toutes { -dose(number: "other", article: "le") } { -depot(article: "du") }. Rejouez n’importe quelle étape, ou changez les paramètres et regardez la même boucle s’en sortir avec plus { -station(number: "other", article: "de") }.
lesson-one-thread-summary = La concurrence sur un seul { -thread } : { -task(number: "other", article: "le") } se relaient, et { -task(article: "un") } ne s’exécute que jusqu’à son prochain await. { -task(article: "un", start: "upper") } endormie ne coûte rien, donc une seule boucle garde de nombreuses { -station(number: "other") } occupées pendant que { -supervisor(article: "le") } traite chaque { -task } dès qu’elle se termine.

lesson-failure-title = Les erreurs comme valeurs
lesson-failure-step-1 = Dans cette exécution, { -dose(article: "un") } peut s’avarier : chaque { -shot } échoue avec une faible probabilité, et { -task(article: "le") } { -station(article: "du") } se termine alors par une erreur au lieu d’un décompte. En Rust, { -task(article: "le") } renvoie une valeur Err. En asyncio, la coroutine lève une exception, et { -task(article: "le") } la garde jusqu’à ce que quelqu’un demande son résultat.
lesson-failure-step-2 = { -task(article: "le", start: "upper") } { -station(article: "du") } 1 vient d’échouer : { -dose(article: "le") } 17 de sa { -box } s’est avariée, et { -task(article: "le") } s’est terminée par une erreur au lieu d’un décompte. { -task(article: "un", start: "upper") } qui échoue est terminée elle aussi : pour { -supervisor(article: "le") }, qui attend que la première { -task } se termine, une erreur est un résultat comme un autre.
lesson-failure-step-3 = { -supervisor(article: "le", start: "upper") } a récupéré l’erreur de { -task(article: "le") } terminée et l’a signalée. { -dose(number: "other", article: "le", start: "upper") } restées dans { -box(article: "le") } en échec sont comptées comme gaspillées, pas perdues, et { -station(article: "le") } repart avec une nouvelle { -box } { -depot(article: "du") }. Lisez le journal : l’échec nomme { -station(article: "le") }, { -box(article: "le") } et { -dose(article: "le") } avariée.
lesson-failure-step-4 = Vous pouvez mettre { -station(article: "un") } en panne vous-même : cliquez sur { -station(article: "un") } au travail dans { -lot(article: "le") }, ou donnez-lui le focus et appuyez sur Entrée. { -supervisor(article: "le", start: "upper") } traite cette erreur exactement comme { -dose(article: "un") } avariée. Avant d’essayer, prédisez ce que coûterait la panne { -station(article: "du") } 1 maintenant.
lesson-failure-step-5 = Les statistiques : { -dose(number: "other") } administrées, { -dose(number: "other") } gaspillées et { -box(number: "other") } en échec. Quoi qui échoue, les comptes restent justes : { -dose(number: "other", article: "le") } administrées, { -dose(number: "other", article: "le") } gaspillées et { -dose(number: "other", article: "le") } encore dans { -box(number: "other", article: "le") } ouvertes font toujours ensemble toutes { -dose(number: "other", article: "le") } prises { -depot(article: "au") }.
lesson-failure-step-6 = Dans le code, { -supervisor(article: "le") } examine le résultat de chaque { -task } terminée : un décompte en cas de succès, une erreur en cas d’échec, et dans les deux cas { -station(article: "le") } reçoit une nouvelle { -box } tant que { -depot(article: "le") } en a une. Un échec n’arrête jamais la boucle, car l’erreur arrive comme une valeur que { -supervisor(article: "le") } traite.
lesson-failure-summary = Une erreur est un résultat comme un autre : { -task(article: "le") } en échec est terminée, { -supervisor(article: "le") } récupère son erreur comme une valeur, compte comme gaspillées { -dose(number: "other", article: "le") } restées dans { -box(article: "le") } et relance { -station(article: "le") }, et la boucle continue.

lesson-blocking-title = { -task(article: "un", start: "upper") } qui ne fait jamais await
lesson-blocking-step-1 = { -station(article: "le", start: "upper") } 1 est mal écrite : pour chaque { -shot }, elle dort avec un appel bloquant (time.sleep en Python, std::thread::sleep en Rust ; le moteur le simule en avançant son horloge tout en gardant { -thread(article: "le") }) au lieu de faire await d’une attente. Un appel bloquant garde { -thread(article: "le") }. { -station(number: "other", article: "le", start: "upper") } 2 et 3 sont écrites comme avant, et les trois { -task(number: "other") } ont été lancées ensemble.
lesson-blocking-step-2 = { -station(article: "le", start: "upper") } 1 vient de libérer { -thread(article: "le") } : sa { -box } est terminée et sa { -task } a rendu son résultat. { -station(number: "other", article: "le", start: "upper") } 2 et 3 n’ont pas fait une seule { -shot } : { -station(article: "le") } 1 s’est exécutée en premier et a gardé { -thread(article: "le") } avant que leurs { -task(number: "other") } aient pu commencer leur première attente. Elles la commencent maintenant, et { -supervisor(article: "le") } relance { -station(article: "le") } 1 avec une nouvelle { -box }, qui s’exécutera avant que leurs { -timer(number: "other") } arrivent à échéance. Regardez { -executor(article: "le") } : { -awaited-set(article: "le") } et { -timer-queue(article: "le") }.
lesson-blocking-step-3 = { -station(article: "le", start: "upper") } 1 a de nouveau libéré { -thread(article: "le") }, après sa deuxième { -box }. Pendant qu’elle le gardait, { -timer(number: "other", article: "le") } { -station(number: "other", article: "du") } 2 et 3 sont arrivés à échéance ; quand elle l’a libéré, ils se sont déclenchés, et leurs { -task(number: "other") } attendent maintenant dans { -ready-queue(article: "le") }, sous { -lot(article: "le") }. { -supervisor(article: "le", start: "upper") } a { -thread(article: "le") } : il vient de donner { -station(article: "au") } 1 sa { -box } suivante.
lesson-blocking-step-4 = { -station(number: "other", article: "le", start: "upper") } 2 et 3 n’ont presque fait aucune { -shot } : chacune en fait une par { -box } { -station(article: "du") } 1. Chaque fois que { -station(article: "le") } 1 libère { -thread(article: "le") }, { -timer(number: "other", article: "le") } arrivés à échéance entre-temps se déclenchent ensemble, { -station(number: "other", article: "le") } 2 et 3 ont chacune un tour, et { -box(article: "le") } suivante { -station(article: "du") } 1 reprend { -thread(article: "le") }.
lesson-blocking-step-5 = { -station(article: "le", start: "upper") } 1 a terminé sa dernière { -box } avant que les autres aient terminé leur première. Regardez { -thread(article: "le") } sous { -lot(article: "le") } : sa bande des tours récents montre qui s’est exécuté, et combien de temps. Les tours { -station(article: "du") } 1 durent des secondes, { -box(article: "un") } entière chacun ; entre eux, { -station(number: "other", article: "le") } 2 et 3 ont chacune un tour, le temps d’{ -shot(article: "un") }, qui ne prend aucun temps.
lesson-blocking-step-6 = La correction : faire await d’une attente qui rend { -thread(article: "le") }. En Python, await asyncio.sleep(...) à la place de time.sleep(...), un mot-clé et une autre fonction ; en Rust, le sleep du runtime, avec await. { -station(article: "un", start: "upper") } rend alors { -thread(article: "le") } à chaque { -shot }, et les autres s’exécutent pendant qu’elle attend. Tout appel bloquant fait le même tort : lire un fichier, un calcul lent, un appel réseau sans await.
lesson-blocking-summary = { -task(article: "un", start: "upper") } qui ne fait jamais await garde { -thread(article: "le") }, et aucune autre { -task } ne s’exécute tant qu’elle ne l’a pas libéré. Faites await au lieu de bloquer, pour que les autres s’exécutent pendant qu’{ -task(article: "un") } attend.

lesson-policies-title = Attendre la première, ou toutes
lesson-policies-step-1 = { -station(number: "other", article: "le", start: "upper") } travaillent à des vitesses différentes : { -station(article: "le") } 1 fait ses { -shot(number: "other") } deux fois plus vite que { -station(article: "le") } 2, et { -station(article: "le") } 3 deux fois moins vite que { -station(article: "le") } 2. { -supervisor(article: "le", start: "upper") } attend que la première { -task } se termine (FIRST_COMPLETED) et relance aussitôt { -station(article: "ce") }. Supposez qu’il les attende toutes (ALL_COMPLETED) avant d’en réapprovisionner une seule.
lesson-policies-step-2 = Maintenant la même graine avec ALL_COMPLETED : { -supervisor(article: "le") } attend tout le lot { -task(number: "other", article: "de") } qu’il a lancées. { -station(article: "le", start: "upper") } 1 a terminé sa { -box } en premier, et { -supervisor(article: "le") } l’a signalée.
lesson-policies-step-3 = { -task(article: "le", start: "upper") } { -station(article: "du") } 2 s’est terminée elle aussi, et sa { -box } est signalée. { -station(article: "le", start: "upper") } 3, la plus lente, travaille encore sur sa première { -box }. { -awaited-set(article: "le", start: "upper") } montre ce qu’attend { -supervisor(article: "le") }.
lesson-policies-step-4 = Les graphiques rejouent la même graine avec chaque politique. Le temps avec { -box(article: "un") } ouverte montre où ALL_COMPLETED perd : { -station(number: "other", article: "le") } rapides attendent la plus lente à chaque lot.
lesson-policies-step-5 = Une troisième façon : { -task(article: "le") } de chaque { -station } envoie son résultat dans une file, et { -supervisor(article: "le") } prend les résultats dans la file dans l’ordre où ils arrivent. C’est la même exécution que FIRST_COMPLETED, { -box } pour { -box } et microseconde pour microseconde, écrite autrement. Comparez le code des deux.
lesson-policies-summary = La façon dont { -supervisor(article: "le") } attend décide de l’usage { -station(number: "other", article: "du") } : FIRST_COMPLETED réapprovisionne chaque { -station } dès qu’elle termine, alors qu’avec ALL_COMPLETED { -station(number: "other", article: "le") } rapides restent inactives jusqu’à ce que la plus lente du lot ait fini.

lesson-article-title = La boucle de l’article, erreurs comprises
lesson-article-step-1 = Cette exécution suit le flot de contrôle du célèbre article sur asyncio, tel qu’il est écrit. Sa boucle ne compte pas { -box(number: "other", article: "le") } : elle compte combien de fois elle a attendu l’ensemble { -task(number: "other", article: "du") } { -station(number: "other", article: "du") }, et s’arrête après autant d’attentes qu’il y a { -box(number: "other", article: "de") }. Chaque { -task } qu’elle trouve terminée reçoit aussitôt une nouvelle { -box }, qu’il en reste ou non.
lesson-article-step-2 = La boucle approche de sa dernière attente, et chaque { -station } est au milieu d’{ -box(article: "un") }. Quand cette attente se terminera, le programme prendra fin, et asyncio.run annulera toutes { -task(number: "other", article: "le") } encore en cours. Prédisez ce que cela coûte.
lesson-article-step-3 = { -depot(article: "le", start: "upper") } montre { -box(number: "other", article: "le") } prises au-delà de son stock : la boucle a relancé des { -task(number: "other") } après le départ de la dernière { -box }. Les statistiques comptent { -dose(number: "other", article: "le") } disparues : celles que { -task(number: "other", article: "le") } annulées avaient administrées, jamais signalées, et celles restées dans leurs { -box(number: "other") }, jetées.
lesson-article-step-4 = Maintenant chaque { -shot } dure exactement 100 ms, donc les trois { -station(number: "other") } terminent chaque { -box } au même instant, et une seule attente renvoie les trois { -task(number: "other") }. La boucle imprime son compteur d’attentes là où devrait figurer le numéro { -box(article: "du") }.
lesson-article-step-5 = Chaque numéro apparaît trois fois, et la boucle signale trois { -box(number: "other") } par attente : après ses six attentes, elle a signalé dix-huit { -box(number: "other") } d’{ -depot(article: "un") } de six. La comparaison rejoue la même graine avec chaque politique : { -supervisor(number: "other", article: "le") } exacts ouvrent six { -box(number: "other") } et ne perdent rien.
lesson-article-step-6 = La même exécution avec FIRST_COMPLETED, telle que l’écrit { -supervisor(article: "le") } de cette application : il compte { -box(number: "other", article: "le") }, ne relance { -station(article: "un") } que tant que { -depot(article: "le") } en a une, et attend { -station(number: "other", article: "le") } encore au travail avant de se terminer. Chaque { -dose } est administrée et signalée.
lesson-article-summary = Comptez ce que vous voulez vraiment compter : la boucle de l’article compte les attentes au lieu { -box(number: "other", article: "du") }, donc elle prend des { -box(number: "other") } au-delà du stock { -depot(article: "du") }, imprime des numéros d’attente comme numéros { -box(article: "de") }, et sa sortie annule des { -task(number: "other") } dont { -dose(number: "other", article: "le") } ne sont jamais signalées.

lesson-own-supervisor-title = Écrivez votre propre { -supervisor }
lesson-own-supervisor-step-1 = Ici, la boucle du célèbre article devient votre propre programme : la vue Python l’affiche dans un éditeur, et CPython l’exécute avec { -station(number: "other", article: "le") } et les tirages de cette exécution. Elle lance { -task(article: "un") } par { -station }, attend un nombre fixe de fois et relance chaque { -station } dont elle trouve { -task(article: "le") } terminée. Prédisez avant de regarder : combien perd-elle ?
lesson-own-supervisor-step-2 = { -supervisor(article: "ce", start: "upper") } lance { -task(article: "un") } par { -station } et n’en attend aucune ; il se contente de dormir. { -task(article: "un", start: "upper") } s’exécute même si personne ne l’attend avec await : { -event-loop(article: "le") } l’exécute quand même. Mais personne ne récupère son résultat, donc personne ne signale sa { -box }.
lesson-own-supervisor-step-3 = La correction : attendre tant qu’{ -task(article: "un") } tourne, quel que soit le nombre d’attentes nécessaires, signaler chaque { -task } de chaque ensemble { -task(number: "other", article: "de") } terminées, et ne relancer { -station(article: "un") } que tant que { -depot(article: "le") } a { -box(article: "un") }. Prédisez ce que celui-ci perd.
lesson-own-supervisor-step-4 = Celui-ci signale lui aussi chaque { -box }, mais marque une pause avec time.sleep après chaque signalement. Rien n’est perdu, et pourtant : regardez les notes sous son résultat. Pendant que { -supervisor(article: "le") } dort de cette façon, il garde l’unique { -thread }, et aucune { -station } ne fait { -shot(article: "de") }. Comparez le moment où son exécution se termine avec la fin de la précédente.
lesson-own-supervisor-step-5 = Votre programme est maintenant { -supervisor(article: "le") } FIRST_COMPLETED du moteur, ligne pour ligne. Le bouton sous son résultat compare les deux exécutions événement par événement, avec les mêmes tirages. Modifiez le programme dans l’éditeur, exécutez-le de nouveau, et regardez où les deux divergent.
lesson-own-supervisor-summary = { -supervisor(article: "un", start: "upper") } répond de chaque { -task } qu’il lance : il attend chacune, examine son résultat, et ne se termine que lorsqu’aucune ne tourne plus. { -task(article: "un", start: "upper") } que personne n’attend s’exécute quand même, mais ce qu’elle fait échappe au décompte.

lesson-exercises-title = Exercices
lesson-exercises-step-1 = À vous : { -supervisor(article: "ce") } n’attend que tant que toutes { -station(number: "other", article: "le") } sont occupées. Dès que l’une trouve { -depot(article: "le") } vide, il se termine, et asyncio.run annule { -task(number: "other", article: "le") } qui font encore des { -shot(number: "other") }. Modifiez-le dans l’éditeur jusqu’à ce qu’il signale chaque { -box } et ne perde aucune { -dose }, puis appuyez sur « Exécuter le mien ». L’objectif sous ce texte vérifie chacune de vos exécutions.
lesson-exercises-step-2 = { -supervisor(article: "ce", start: "upper") } ne perd rien, mais marque une pause après chaque signalement avec time.sleep, qui garde l’unique { -thread } : aucune { -station } ne fait { -shot(article: "de") } pendant ce temps. Vous n’écrivez que { -supervisor(article: "le") } (les { -station(number: "other") } sont celles de la page), donc ici l’appel bloquant est le sien. Faites-lui marquer sa pause sans garder { -thread(article: "le") }, et appuyez de nouveau sur « Exécuter le mien ».
lesson-exercises-step-3 = Avec ALL_COMPLETED, chaque série { -box(number: "other", article: "de") } attend la plus lente, et { -station(article: "le") } 3 travaille à mi-vitesse. Videz le même { -depot } plus tôt : changez la politique, { -station(number: "other", article: "le") } ou leurs vitesses dans « Paramètres », en bas de la page, appliquez, et jouez l’exécution jusqu’au bout. L’objectif vérifie l’exécution à l’écran.
lesson-exercises-summary = Un exercice se vérifie sur votre propre exécution, jamais à la main : CPython exécute votre { -supervisor } avec les tirages du moteur, et la page compte chaque { -box } et chaque { -dose } signalées, chaque appel bloquant, et le temps que prend { -depot(article: "le") }.

lesson-event-loop-title = Vous êtes { -event-loop(article: "le") }
lesson-event-loop-step-1 = Cette fois, { -event-loop(article: "le") }, c’est vous. { -supervisor(article: "le", start: "upper") } vient de lancer { -task(number: "other", article: "le") } de trois { -station(number: "other") } ; { -station(number: "other", article: "le") } 1 et 2 mettent 0,2 s par { -shot }, { -station(article: "le") } 3 met 0,4 s. Pour chaque choix de la boucle, indiquez ce qu’elle fait : quelle { -task } prête elle reprend ou, quand aucune n’est prête, quel { -timer } elle déclenche. Chaque choix est vérifié selon les règles d’asyncio, et l’exécution repart du bon choix.
lesson-event-loop-step-2 = { -station(number: "other", article: "le", start: "upper") } 1 et 2 sont sur le point de faire la dernière { -shot } de leur { -box }. Jouez de nouveau la boucle : regardez qui est réveillé quand { -task(article: "le") } d’{ -station(article: "un") } se termine, et à quelle place il rejoint { -ready-queue(article: "le") }.
lesson-event-loop-step-3 = Une autre exécution : { -station(article: "le") } 2 bloque maintenant { -thread(article: "le") } pendant toute sa { -box }, 0,6 s, avec un appel bloquant au lieu d’un await. { -timer(number: "other", article: "le", start: "upper") } { -station(number: "other", article: "du") } 1 et 3 arrivent à échéance pendant qu’elle garde { -thread(article: "le") }. Lequel la boucle déclenche-t-elle quand elle récupère { -thread(article: "le") }, et qui reprend-elle ?
lesson-event-loop-step-4 = Retour à la première exécution, pour regarder cette fois au lieu de jouer : la vue { -thread(article: "du") } sous { -lot(article: "le") } montre { -ready-queue(article: "le") } à chaque événement de n’importe quelle exécution, la tête en premier. { -station(number: "other", article: "le", start: "upper") } 1 et 2 sont de nouveau arrivées à échéance ensemble, et { -station(article: "le") } 3 avec elles.
lesson-event-loop-step-5 = Voilà tout le travail de la boucle : prendre { -ready-queue(article: "le") } par la tête et, quand elle est vide, dormir jusqu’{ -timer(article: "au") } le plus proche. La vue { -thread(article: "du") } sous { -lot(article: "le") } montre cette même file à chaque moment de n’importe quelle exécution ; ouvrez { -lot(article: "le") } avec loop=1 dans l’adresse pour continuer à jouer la boucle sur une exécution à vous.
lesson-event-loop-summary = La boucle fait deux sortes de choix, et aucun ne dépend { -task(number: "other", article: "du") }. Elle reprend { -task(number: "other", article: "le") } prêtes dans l’ordre où elles le sont devenues, premier arrivé, premier servi ; quand aucune n’est prête, elle dort jusqu’à l’échéance la plus proche et déclenche en un seul tour tous { -timer(number: "other", article: "le") } qui arrivent alors à échéance. { -task(article: "un", start: "upper") } qui se termine ne réveille celle qui l’attend que par un callback de fin, un tour plus tard, et { -task(article: "un") } qui bloque fait attendre tous { -timer(number: "other", article: "le") } arrivés à échéance entre-temps jusqu’à ce qu’elle libère { -thread(article: "le") }.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = Vous êtes { -event-loop(article: "le") }. { -ready-queue(article: "le", start: "upper") } contient, dans l’ordre où elles y sont entrées : { $queue }. Quelle { -task } reprenez-vous ?
loop-fire-prompt = Vous êtes { -event-loop(article: "le") }. { -timer(number: "other", article: "ce", start: "upper") } sont posés. Lequel déclenchez-vous maintenant ?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [one] { $stations }, échéance à { $due } s
       *[other] { $stations }, échéance commune à { $due } s
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = { -ready-queue(article: "le", start: "upper") } d’asyncio suit l’ordre d’arrivée : la boucle reprend d’abord { -task(article: "le") } entrée la première, à { $since } s ({ $cause }), puis les suivantes. En tête : { $task } ; derrière : { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}{ -supervisor(article: "le", start: "upper") } attend derrière : { $task } a fini à { $since } s, et asyncio n’exécute le callback de fin d’une { -task } terminée qu’un tour plus tard ; c’est seulement alors que ce callback réveille { -supervisor(article: "le") }.
loop-supervisor-behind-callback = {" "}{ -supervisor(article: "le", start: "upper") } attend derrière : le callback de fin d’une { -task } terminée l’a réveillé à { $since } s, et asyncio exécute ce callback un tour après la fin de { -task(article: "le") }.
loop-cause-done-callback = le callback de fin d’une { -task } terminée l’a réveillée
loop-cause-timer = son { -timer } s’est déclenché
loop-cause-done = { $task } a fini, et son callback de fin l’a réveillée
loop-cause-spawned = { -supervisor(article: "le") } venait de la lancer
loop-cause-woken = { $task } l’a réveillée
# $stations lists loop-station; $due is in seconds.
loop-fire-why = La boucle dort jusqu’à l’échéance la plus proche et déclenche { -timer(article: "le") } qui arrive alors à échéance : { $stations }, à { $due } s. Une échéance plus tardive attend son tour.
loop-fire-why-tie = Plusieurs { -timer(number: "other") } partagent l’échéance la plus proche, { $due } s : { $stations }. La boucle déclenche en un seul tour tous ceux qui arrivent alors à échéance, et leurs { -task(number: "other") } rejoignent ensemble { -ready-queue(article: "le") } (asyncio prend { -timer(number: "other", article: "le") } à égalité dans l’ordre de son tas ; cette page les prend dans l’ordre { -station(number: "other", article: "du") }).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    { -task(article: "un", start: "upper") } a gardé { -thread(article: "le") } jusqu’à { $now } s, au-delà de l’échéance la plus proche ({ $due } s). Quand elle l’a libéré, la boucle a déclenché tous { -timer(number: "other", article: "le") } arrivés à échéance, le plus ancien d’abord : { $count ->
        [one] { $stations }
       *[other] { $stations }, dans cet ordre
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = une question { $kind } pose un choix après l’autre, dans son propre panneau
# $found is the value in the file.
lesson-error-decisions = un nombre de choix de 1 à { $limit } était attendu, trouvé : { $found }
lesson-error-flag = true ou false était attendu, trouvé : { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = Choix { $number } sur { $count }
loop-kind-resume = Reprendre { -task(article: "un") }.
loop-kind-fire = Déclencher { -timer(article: "un") }.
# $answer is the option asyncio takes.
loop-asyncio-would = Ce n’est pas ce que fait asyncio, qui choisit : { $answer }.
loop-next = Choix suivant
loop-done =
    { $count ->
        [one] Vous avez fait le choix de la boucle
       *[other] Vous avez fait { $count } choix de la boucle
    } ; conformes à asyncio : { $right }.
loop-none = D’ici à la fin de l’exécution, la boucle n’a aucun choix à faire : il n’y a jamais plus d’une { -task } prête, ni plus d’un { -timer } en attente.
loop-mode-title = Vous êtes { -event-loop(article: "le") }
loop-mode-intro = L’exécution s’arrête à chaque choix que fait { -event-loop(article: "le") }. Choisissez ce qu’elle fait ; la page le vérifie selon les règles d’asyncio, puis l’exécution repart du bon choix.

## How sure the learner is, why, and the results to download

# A step's name in results: $title is the lesson's.
results-step-name = { $title }, étape { $number } sur { $steps }
lesson-confidence = Quel est votre degré de certitude ?
lesson-confidence-guess = Je devine
lesson-confidence-fairly-sure = Je crois savoir
lesson-confidence-sure = Je sais
lesson-reason = Pourquoi ? En une ligne :
    .placeholder = parce que…
lesson-your-reason = Votre raison :
results-download = Télécharger mes résultats
    .title = Toutes les réponses de cette leçon dans un seul fichier JSON (déclarations xAPI), pour la vue de classe de votre enseignant ; rien ne quitte votre navigateur avant que vous ne l’envoyiez.
lesson-summary-loop = En jouant la boucle : { $right } choix sur { $asked } conformes à asyncio.
loop-queue-note = La vue { -thread(article: "du") } sous { -lot(article: "le") } montre { -thread(article: "le") } tel qu’il était au dernier événement ; la boucle choisit après.
