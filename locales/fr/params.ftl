# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = Certains paramètres du lien n’ont pas été acceptés ; les valeurs par défaut sont utilisées à leur place :
params-error = { $name }={ $given } n’est pas accepté : attendu { $accepted } ; utilisé à la place : { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = un nombre entier de { $low } à { $high }
params-accepted-event-count = un nombre entier d’événements à partir de { $low }
params-accepted-shot-seconds = des secondes par injection, de { $low } à { $high }
params-accepted-probability = une probabilité de 0 à 1
params-accepted-speed-factors = une liste séparée par des virgules d’au plus { $max_items ->
        [one] { $max_items } facteur de vitesse
       *[other] { $max_items } facteurs de vitesse
    }, chacun de { $low } à { $high }
params-accepted-station-or-none = un numéro de station de 1 à { $high }, ou 0 pour aucune
params-accepted-break-pairs = une liste séparée par des virgules de paires { $form }, au plus { $max_items }
params-accepted-name-list = une liste séparée par des virgules de { $names }{ $alternatives }
params-accepted-play-rate = des secondes simulées par seconde de { $low } à { $high }, ou { $max }
params-accepted-not-above = { $low } au plus égal à { $high }
params-accepted-fits-clock = une exécution qui tient dans l’horloge simulée (au plus 10^{ $exponent } secondes si chaque injection est la plus lente)
params-accepted-boxes-per-task = au plus { $high ->
        [one] { $high } boîte
       *[other] { $high } boîtes
    } avec { $setting }, qui crée dès le départ une tâche vivante pour chaque boîte
params-accepted-no-blocking = aucune station bloquante avec { $setting }, dont le programme n’en a pas
params-accepted-station-of-run = une station de l’exécution, de 1 à { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}ou{" "}
params-list-last-and = {" "}et{" "}
params-list-alternative = , ou { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } avec { $condition }
params-given-fits-clock = { $boxes } avec { $capacity }, { $shot_max } et la vitesse la plus lente { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 pour chaque station
params-fallback-none = aucune
params-fallback-random-seed = une graine aléatoire
params-fallback-no-breaks = aucune panne
params-fallback-start = le début
params-fallback-default-theme = le thème par défaut
params-fallback-rust-first = le dernier choix, sinon Rust d’abord
params-fallback-page-default = le choix par défaut de la page
params-fallback-no-lesson = aucune leçon
params-fallback-english = l’anglais
params-fallback-both = { $first } et { $second }

## The form.

params-form = Paramètres
params-field-stations = Stations
params-field-capacity = Doses par boîte
params-field-boxes = Boîtes au dépôt
params-field-shot_min = Injection la plus courte [s]
params-field-shot_max = Injection la plus longue [s]
params-field-speeds = Vitesses des stations
params-field-fail = Probabilité d’échec par injection
params-field-seed = Graine
params-field-blocking = Station qui bloque le thread
params-field-policy = Stratégie du superviseur
params-policy-hint = comment le superviseur attend avec await les tâches de ses stations
params-not-accepted = Non accepté : attendu { $accepted }
params-new-seed = Nouvelle graine
params-apply = Appliquer et réinitialiser

## The play controls.

controls = Commandes
controls-start = Démarrer
    .title = Démarrer ou reprendre (espace)
controls-resume = Reprendre
    .title = Démarrer ou reprendre (espace)
controls-pause = Pause
    .title = Pause (espace)
controls-step = Pas
    .title = Montrer exactement un événement de plus (→)
controls-reset = Réinitialiser
    .title = Retour au début, avec les paramètres ci-dessous (r)
controls-speed = Vitesse :{" "}
controls-speed-max = aussi vite que possible
controls-speed-real-time = { $factor }× le temps réel
controls-speed-slow-motion = { $factor }× (ralenti)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Ralenti à { $speed }× pour que chaque tour de la boucle se voie : une seule tâche s’exécute à la fois, jamais deux en même temps. Accélérez avec le curseur.

## One-click presets.

presets = Vitesses prédéfinies
presets-article = Durées d’injection de l’article
    .title = Injections de 1 à 100 ms, une seconde simulée par seconde (réinitialise l’exécution). L’horloge est virtuelle : le vrai asyncio prend du retard et regroupe les minuteurs proches (voir la vue du code)
presets-realistic = Injections réalistes de 1 à 3 min
    .title = Injections de 1 à 3 minutes à 600× (réinitialise l’exécution)
presets-max = Aussi vite que possible
    .title = Autant d’événements par image que possible
presets-counting-bug = Le bug de comptage de l’article
    .title = La boucle de l’article avec des injections de 50 ms chacune : chaque attente renvoie toutes les stations (réinitialise l’exécution)

## The timeline.

timeline = Chronologie
timeline-step-back = ◀ Reculer
    .title = Un événement en arrière (←) : rejoue l’exécution jusque-là
timeline-scrubber = Chronologie : numéro d’événement
timeline-measuring = Chronologie : mesure de l’exécution en cours
timeline-value = événement { $shown } sur { $total }, { $seconds } secondes
timeline-position = événement { $shown } sur { $total }
timeline-position-pending = événement { $shown }
timeline-position-too-long = événement { $shown } (chronologie pour les exécutions d’au plus { $limit ->
        [one] { $limit } dose
       *[other] { $limit } doses
    })
