# Names several areas of the page use.

## Glossary: one word per thing. Every message that names one of these
## things uses its term, never the word written out.
## Parameters, all optional:
##   number: "one" (default) or "other", the plural (countable things only);
##   article: "none" (default), "le" (le, la, l’, les), "du" (du, de la,
##     de l’, des), "au" (au, à la, à l’, aux), "de" (de, d’ without an
##     article), "un" (un, une, des) or "ce" (ce, cet, cette, ces);
##   start: "lower" (default) or "upper", a capital first letter at the
##     start of a sentence or a label (with article none, le, un or ce).
## Adjectives and pronouns in the messages agree with the gender given
## beside each term.

# The parking lot where the stations stand; masculine. Takes article, start.
-lot = { $article ->
       *[none] { $start ->
           *[lower] parking
            [upper] Parking
        }
        [le] { $start ->
           *[lower] le parking
            [upper] Le parking
        }
        [du] du parking
        [au] au parking
        [de] de parking
        [un] { $start ->
           *[lower] un parking
            [upper] Un parking
        }
        [ce] { $start ->
           *[lower] ce parking
            [upper] Ce parking
        }
    }

# A vaccination station (its booth is labelled “Station 1”); feminine. Takes number, article, start.
# Not: poste, Poste
-station = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] station
                [upper] Station
            }
            [le] { $start ->
               *[lower] la station
                [upper] La station
            }
            [du] de la station
            [au] à la station
            [de] de station
            [un] { $start ->
               *[lower] une station
                [upper] Une station
            }
            [ce] { $start ->
               *[lower] cette station
                [upper] Cette station
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] stations
                [upper] Stations
            }
            [le] { $start ->
               *[lower] les stations
                [upper] Les stations
            }
            [du] des stations
            [au] aux stations
            [de] de stations
            [un] { $start ->
               *[lower] des stations
                [upper] Des stations
            }
            [ce] { $start ->
               *[lower] ces stations
                [upper] Ces stations
            }
        }
    }

# A box of doses a station is given (the unit of work); feminine. Takes number, article, start.
-box = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] boîte
                [upper] Boîte
            }
            [le] { $start ->
               *[lower] la boîte
                [upper] La boîte
            }
            [du] de la boîte
            [au] à la boîte
            [de] de boîte
            [un] { $start ->
               *[lower] une boîte
                [upper] Une boîte
            }
            [ce] { $start ->
               *[lower] cette boîte
                [upper] Cette boîte
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] boîtes
                [upper] Boîtes
            }
            [le] { $start ->
               *[lower] les boîtes
                [upper] Les boîtes
            }
            [du] des boîtes
            [au] aux boîtes
            [de] de boîtes
            [un] { $start ->
               *[lower] des boîtes
                [upper] Des boîtes
            }
            [ce] { $start ->
               *[lower] ces boîtes
                [upper] Ces boîtes
            }
        }
    }

# Where the boxes wait to be handed out; masculine. Takes article, start.
-depot = { $article ->
       *[none] { $start ->
           *[lower] dépôt
            [upper] Dépôt
        }
        [le] { $start ->
           *[lower] le dépôt
            [upper] Le dépôt
        }
        [du] du dépôt
        [au] au dépôt
        [de] de dépôt
        [un] { $start ->
           *[lower] un dépôt
            [upper] Un dépôt
        }
        [ce] { $start ->
           *[lower] ce dépôt
            [upper] Ce dépôt
        }
    }

# One dose in a box; feminine. Takes number, article, start.
-dose = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] dose
                [upper] Dose
            }
            [le] { $start ->
               *[lower] la dose
                [upper] La dose
            }
            [du] de la dose
            [au] à la dose
            [de] de dose
            [un] { $start ->
               *[lower] une dose
                [upper] Une dose
            }
            [ce] { $start ->
               *[lower] cette dose
                [upper] Cette dose
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] doses
                [upper] Doses
            }
            [le] { $start ->
               *[lower] les doses
                [upper] Les doses
            }
            [du] des doses
            [au] aux doses
            [de] de doses
            [un] { $start ->
               *[lower] des doses
                [upper] Des doses
            }
            [ce] { $start ->
               *[lower] ces doses
                [upper] Ces doses
            }
        }
    }

# Giving one dose (“0,2 s par injection”); feminine. Takes number, article, start.
-shot = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] injection
                [upper] Injection
            }
            [le] { $start ->
               *[lower] l’injection
                [upper] L’injection
            }
            [du] de l’injection
            [au] à l’injection
            [de] d’injection
            [un] { $start ->
               *[lower] une injection
                [upper] Une injection
            }
            [ce] { $start ->
               *[lower] cette injection
                [upper] Cette injection
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] injections
                [upper] Injections
            }
            [le] { $start ->
               *[lower] les injections
                [upper] Les injections
            }
            [du] des injections
            [au] aux injections
            [de] d’injections
            [un] { $start ->
               *[lower] des injections
                [upper] Des injections
            }
            [ce] { $start ->
               *[lower] ces injections
                [upper] Ces injections
            }
        }
    }

# An async task (a station's, the supervisor's); feminine. Takes number, article, start.
-task = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] tâche
                [upper] Tâche
            }
            [le] { $start ->
               *[lower] la tâche
                [upper] La tâche
            }
            [du] de la tâche
            [au] à la tâche
            [de] de tâche
            [un] { $start ->
               *[lower] une tâche
                [upper] Une tâche
            }
            [ce] { $start ->
               *[lower] cette tâche
                [upper] Cette tâche
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] tâches
                [upper] Tâches
            }
            [le] { $start ->
               *[lower] les tâches
                [upper] Les tâches
            }
            [du] des tâches
            [au] aux tâches
            [de] de tâches
            [un] { $start ->
               *[lower] des tâches
                [upper] Des tâches
            }
            [ce] { $start ->
               *[lower] ces tâches
                [upper] Ces tâches
            }
        }
    }

# The supervisor, which awaits the stations' tasks and restarts them; masculine. Takes number, article, start.
-supervisor = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] superviseur
                [upper] Superviseur
            }
            [le] { $start ->
               *[lower] le superviseur
                [upper] Le superviseur
            }
            [du] du superviseur
            [au] au superviseur
            [de] de superviseur
            [un] { $start ->
               *[lower] un superviseur
                [upper] Un superviseur
            }
            [ce] { $start ->
               *[lower] ce superviseur
                [upper] Ce superviseur
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] superviseurs
                [upper] Superviseurs
            }
            [le] { $start ->
               *[lower] les superviseurs
                [upper] Les superviseurs
            }
            [du] des superviseurs
            [au] aux superviseurs
            [de] de superviseurs
            [un] { $start ->
               *[lower] des superviseurs
                [upper] Des superviseurs
            }
            [ce] { $start ->
               *[lower] ces superviseurs
                [upper] Ces superviseurs
            }
        }
    }

# The executor (the panel “L’exécuteur”); masculine. Takes article, start.
-executor = { $article ->
       *[none] { $start ->
           *[lower] exécuteur
            [upper] Exécuteur
        }
        [le] { $start ->
           *[lower] l’exécuteur
            [upper] L’exécuteur
        }
        [du] de l’exécuteur
        [au] à l’exécuteur
        [de] d’exécuteur
        [un] { $start ->
           *[lower] un exécuteur
            [upper] Un exécuteur
        }
        [ce] { $start ->
           *[lower] cet exécuteur
            [upper] Cet exécuteur
        }
    }

# The task inspector panel; masculine. Takes article, start.
-inspector = { $article ->
       *[none] { $start ->
           *[lower] inspecteur de { -task(number: "other") }
            [upper] Inspecteur de { -task(number: "other") }
        }
        [le] { $start ->
           *[lower] l’inspecteur de { -task(number: "other") }
            [upper] L’inspecteur de { -task(number: "other") }
        }
        [du] de l’inspecteur de { -task(number: "other") }
        [au] à l’inspecteur de { -task(number: "other") }
        [de] d’inspecteur de { -task(number: "other") }
        [un] { $start ->
           *[lower] un inspecteur de { -task(number: "other") }
            [upper] Un inspecteur de { -task(number: "other") }
        }
        [ce] { $start ->
           *[lower] cet inspecteur de { -task(number: "other") }
            [upper] Cet inspecteur de { -task(number: "other") }
        }
    }

# asyncio's event loop; feminine. Takes article, start.
-event-loop = { $article ->
       *[none] { $start ->
           *[lower] boucle d’événements
            [upper] Boucle d’événements
        }
        [le] { $start ->
           *[lower] la boucle d’événements
            [upper] La boucle d’événements
        }
        [du] de la boucle d’événements
        [au] à la boucle d’événements
        [de] de boucle d’événements
        [un] { $start ->
           *[lower] une boucle d’événements
            [upper] Une boucle d’événements
        }
        [ce] { $start ->
           *[lower] cette boucle d’événements
            [upper] Cette boucle d’événements
        }
    }

# The one thread everything runs on; masculine. Takes article, start.
# Not: le fil, du fil
-thread = { $article ->
       *[none] { $start ->
           *[lower] thread
            [upper] Thread
        }
        [le] { $start ->
           *[lower] le thread
            [upper] Le thread
        }
        [du] du thread
        [au] au thread
        [de] de thread
        [un] { $start ->
           *[lower] un thread
            [upper] Un thread
        }
        [ce] { $start ->
           *[lower] ce thread
            [upper] Ce thread
        }
    }

# A timer: an entry in the clock's queue that wakes a task at its deadline; masculine. Takes number, article, start.
-timer = { $number ->
       *[one] { $article ->
           *[none] { $start ->
               *[lower] minuteur
                [upper] Minuteur
            }
            [le] { $start ->
               *[lower] le minuteur
                [upper] Le minuteur
            }
            [du] du minuteur
            [au] au minuteur
            [de] de minuteur
            [un] { $start ->
               *[lower] un minuteur
                [upper] Un minuteur
            }
            [ce] { $start ->
               *[lower] ce minuteur
                [upper] Ce minuteur
            }
        }
        [other] { $article ->
           *[none] { $start ->
               *[lower] minuteurs
                [upper] Minuteurs
            }
            [le] { $start ->
               *[lower] les minuteurs
                [upper] Les minuteurs
            }
            [du] des minuteurs
            [au] aux minuteurs
            [de] de minuteurs
            [un] { $start ->
               *[lower] des minuteurs
                [upper] Des minuteurs
            }
            [ce] { $start ->
               *[lower] ces minuteurs
                [upper] Ces minuteurs
            }
        }
    }

# The ready queue: tasks woken, waiting their turn on the thread; feminine. Takes article, start.
-ready-queue = { $article ->
       *[none] { $start ->
           *[lower] file des { -task(number: "other") } prêtes
            [upper] File des { -task(number: "other") } prêtes
        }
        [le] { $start ->
           *[lower] la file des { -task(number: "other") } prêtes
            [upper] La file des { -task(number: "other") } prêtes
        }
        [du] de la file des { -task(number: "other") } prêtes
        [au] à la file des { -task(number: "other") } prêtes
        [de] de file des { -task(number: "other") } prêtes
        [un] { $start ->
           *[lower] une file des { -task(number: "other") } prêtes
            [upper] Une file des { -task(number: "other") } prêtes
        }
        [ce] { $start ->
           *[lower] cette file des { -task(number: "other") } prêtes
            [upper] Cette file des { -task(number: "other") } prêtes
        }
    }

# The timer queue; feminine. Takes article, start.
-timer-queue = { $article ->
       *[none] { $start ->
           *[lower] file des { -timer(number: "other") }
            [upper] File des { -timer(number: "other") }
        }
        [le] { $start ->
           *[lower] la file des { -timer(number: "other") }
            [upper] La file des { -timer(number: "other") }
        }
        [du] de la file des { -timer(number: "other") }
        [au] à la file des { -timer(number: "other") }
        [de] de file des { -timer(number: "other") }
        [un] { $start ->
           *[lower] une file des { -timer(number: "other") }
            [upper] Une file des { -timer(number: "other") }
        }
        [ce] { $start ->
           *[lower] cette file des { -timer(number: "other") }
            [upper] Cette file des { -timer(number: "other") }
        }
    }

# The set of tasks the supervisor awaits; masculine. Takes article, start.
-awaited-set = { $article ->
       *[none] { $start ->
           *[lower] ensemble attendu
            [upper] Ensemble attendu
        }
        [le] { $start ->
           *[lower] l’ensemble attendu
            [upper] L’ensemble attendu
        }
        [du] de l’ensemble attendu
        [au] à l’ensemble attendu
        [de] d’ensemble attendu
        [un] { $start ->
           *[lower] un ensemble attendu
            [upper] Un ensemble attendu
        }
        [ce] { $start ->
           *[lower] cet ensemble attendu
            [upper] Cet ensemble attendu
        }
    }

## The document's title (the browser's tab).

page-title = Vaccination sur { -lot(article: "le") } : des { -task(number: "other") } asynchrones sur un seul { -thread }

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants: keep them
## as written. TaskGroup, Semaphore and Queue are asyncio's class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = file d’achèvement
policy-article = la boucle de l’article
policy-taskgroup = TaskGroup + Semaphore
policy-workers = workers + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = graphiques
panel-code = code
