# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names ($name, stations=, policy=…), the values given and the
# values a reader types ($low, $high, words such as first or max) are
# passed as variables as the URL spells them: keep them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = Certains paramètres du lien n’ont pas été acceptés ; les valeurs par défaut sont utilisées à leur place :
# $setting: the parameter and what the link gave, as in the URL (stations=abc);
# $accepted: one of the params-accepted-… texts; $fallback: what runs instead.
params-error = { $setting } n’est pas accepté : attendu { $accepted } ; utilisé à la place : { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = un nombre entier de { $low } à { $high }
params-accepted-event-count = un nombre entier d’événements à partir de { $low }
params-accepted-shot-seconds = des secondes par { -shot }, de { $low } à { $high }
params-accepted-probability = une probabilité de 0 à 1
params-accepted-speed-factors = une liste séparée par des virgules d’au plus { $max_items ->
        [one] { $max_items } facteur de vitesse
       *[other] { $max_items } facteurs de vitesse
    }, chacun de { $low } à { $high }
params-accepted-station-or-none = un numéro de { -station } de 1 à { $high }, ou 0 pour aucune
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = une liste séparée par des virgules de paires { $form }, au plus { $max_items }
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = une liste séparée par des virgules de { $names }{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = des secondes simulées par seconde de { $low } à { $high }, ou { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $low } au plus égal à { $high }
# $power: a power of ten as the page writes it (10^6).
params-accepted-fits-clock = une exécution qui tient dans l’horloge simulée (au plus { $power } s si chaque { -shot } est la plus lente)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = au plus { $high ->
        [one] { $high } { -box }
       *[other] { $high } { -box(number: "other") }
    } avec { $setting }, qui crée dès le départ { -task(article: "un") } vivante pour chaque { -box }
params-accepted-no-blocking = aucune { -station } bloquante avec { $setting }, dont le programme n’en a pas
params-accepted-station-of-run = { -station(article: "un") } de l’exécution, de 1 à { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}ou{" "}
params-list-last-and = {" "}et{" "}
params-list-alternative = , ou { $word }

## What was given, when a rule between parameters was broken.

# $value: a value as given; $condition: another parameter, name=value.
params-given-with = { $value } avec { $condition }
# $capacity and $shot_max: capacity=… and shot_max=… as in the URL.
params-given-fits-clock = { $boxes } avec { $capacity }, { $shot_max } et la vitesse la plus lente { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 pour chaque { -station }
params-fallback-none = aucune
params-fallback-random-seed = une graine aléatoire
params-fallback-no-breaks = aucune panne
params-fallback-start = le début
params-fallback-default-theme = le thème par défaut
params-fallback-rust-first = le dernier choix, sinon Rust d’abord
params-fallback-page-default = le choix par défaut de la page
params-fallback-no-lesson = aucune leçon
params-fallback-english = l’anglais
# The defaults of two parameters at once.
params-fallback-both = { $first } et { $second }

## The form.

params-form = Paramètres
params-field-stations = { -station(number: "other", start: "upper") }
params-field-capacity = { -dose(number: "other", start: "upper") } par { -box }
params-field-boxes = { -box(number: "other", start: "upper") } { -depot(article: "au") }
params-field-shot_min = { -shot(start: "upper") } la plus courte [s]
params-field-shot_max = { -shot(start: "upper") } la plus longue [s]
params-field-speeds = Vitesses { -station(number: "other", article: "du") }
params-field-fail = Probabilité d’échec par { -shot }
params-field-seed = Graine
params-field-blocking = { -station(start: "upper") } qui bloque { -thread(article: "le") }
params-field-policy = Politique { -supervisor(article: "du") }
params-policy-hint = comment { -supervisor(article: "le") } attend avec await les { -task(number: "other") } de ses { -station(number: "other") }
params-not-accepted = Non accepté : attendu { $accepted }
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
controls-speed = Vitesse :{" "}
controls-speed-max = aussi vite que possible
# $factor: simulated seconds per second.
controls-speed-real-time = { $factor }× le temps réel
controls-speed-slow-motion = { $factor }× (ralenti)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Ralenti à { $speed }× pour que chaque tour de la boucle se voie : une seule { -task } s’exécute à la fois, jamais deux en même temps. Accélérez avec le curseur.

## One-click presets.

presets = Vitesses prédéfinies
presets-article = Durées { -shot(article: "de") } de l’article
    .title = { -shot(number: "other", start: "upper") } de 1 à 100 ms, une seconde simulée par seconde (réinitialise l’exécution). L’horloge est virtuelle : le vrai asyncio prend du retard et regroupe { -timer(number: "other", article: "le") } proches (voir la vue du code)
presets-realistic = { -shot(number: "other", start: "upper") } réalistes de 1 à 3 min
    .title = { -shot(number: "other", start: "upper") } de 1 à 3 minutes à 600× (réinitialise l’exécution)
presets-max = Aussi vite que possible
    .title = Autant d’événements par image que possible
presets-counting-bug = Le bug de comptage de l’article
    .title = La boucle de l’article avec des { -shot(number: "other") } de 50 ms chacune : chaque attente renvoie toutes { -station(number: "other", article: "le") } (réinitialise l’exécution)

## The timeline.

timeline = Chronologie
timeline-step-back = ◀ Reculer
    .title = Un événement en arrière (←) : rejoue l’exécution jusque-là
timeline-scrubber = Chronologie : numéro d’événement
timeline-measuring = Chronologie : mesure de l’exécution en cours
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = événement { $shown } sur { $total }, { $seconds } secondes
timeline-position = événement { $shown } sur { $total }
timeline-position-pending = événement { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = événement { $shown } (chronologie pour les exécutions d’au plus { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    })
