# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Vaccination sur { -lot(article: "le") }
masthead-asyncio = Comment asyncio de Python exécute de nombreuses { -task(number: "other") } sur un seul { -thread }, joué en direct par son jumeau Rust dans votre navigateur.
masthead-tagline = Chaque { -station } est { -task(article: "un") } asynchrone sur l’unique { -thread } du navigateur. { -supervisor(article: "un", start: "upper") } attend avec await la première { -task } qui termine sa { -box } de { -dose(number: "other") }, la signale et relance { -station(article: "le") } avec une nouvelle { -box }.
masthead-lessons = Leçons
masthead-help = ? Aide
    .aria-label = Clavier et aide (?)
masthead-share = Partager
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = Exporter
masthead-projector = Thème projecteur
# Followed by the run's state, one of the four below.
masthead-status = État :{" "}
masthead-status-ready = prête
masthead-status-running = en cours
masthead-status-paused = en pause
masthead-status-finished = terminée

language-menu = Langue
    .title = La langue de la page
language-failed = Les messages en { $language } n’ont pas pu être chargés : la page reste en anglais.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Graine
footer-link = lien vers cette exécution
footer-same-run = le même lien montre toujours la même exécution.

## Below the lot.


## Dialogs.

dialog-close = Fermer

## The help overlay: keyboard shortcuts.

help-title = Clavier et aide
# Key names; the other keys are shown as symbols or letters.
help-key-space = Espace
help-key-enter = Entrée sur { -station(article: "un") }
help-toggle-play = démarrer, mettre en pause ou reprendre
help-step = pas : montrer exactement un événement de plus
help-step-back = reculer d’un événement (rejoue l’exécution)
help-reset = réinitialiser l’exécution
help-break = mettre en panne { -task(article: "le") } de { -station(article: "ce") }
help-help = afficher ou masquer cette aide
help-text = Chaque commande est un bouton ou un champ accessible avec Tab. Les panneaux sous { -lot(article: "le") } se replient ; survolez un terme souligné en pointillés, ou donnez-lui le focus, pour voir sa signification. Un lien vers la page ouvre la même exécution.

## The share dialog.

share-title = Partager cette exécution
share-link = Lien (tous les paramètres et la graine : il montre toujours cette exécution)
share-copy-link = Copier le lien
share-lesson = ouvrir la leçon affichée (lien et intégration)
share-embed = Intégrer dans une page ou une diapositive
share-width = Largeur
share-height = Hauteur
# CSS pixels, after the width and the height.
share-px = px
share-compact = mise en page compacte
share-autoplay = démarrer au chargement
share-panels = Panneaux pédagogiques dans l’intégration
share-size-error = La largeur doit aller de { $min_width } à { $max_width } px et la hauteur de { $min_height } à { $max_height } px.
share-snippet = code iframe
share-copy-snippet = Copier le code
share-copied = Copié.
share-copy-failed = Le navigateur n’a pas autorisé la copie : sélectionnez le texte et copiez-le à la main.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = Vaccination sur { -lot(article: "le") } : des { -task(number: "other") } asynchrones sur un seul { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Mode fuzz
fuzz-heading = Mode fuzz :{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = { $actions ->
        [one] { $actions } action aléatoire
       *[other] { $actions } actions aléatoires
    }, { $frames ->
        [one] { $frames } image vérifiée
       *[other] { $frames } images vérifiées
    }, { $problems ->
        [0] aucun problème trouvé
        [one] { $problems } problème
       *[other] { $problems } problèmes
    }. Dernière action :{" "}
fuzz-ledger = registre : { $detail }
fuzz-conservation = conservation : { $detail }
fuzz-stations = { $shown ->
        [one] { $shown } { -station } affichée
       *[other] { $shown } { -station(number: "other") } affichées
    } pour { $configured ->
        [one] { $configured } configurée
       *[other] { $configured } configurées
    }
fuzz-clock = l’horloge indique { $clock } s, avant le dernier événement à { $last } s
fuzz-unaccounted = terminée avec des { -dose(number: "other") } non comptabilisées

## The panel shown when the page stops.

panic-panel = La simulation s’est arrêtée à cause d’une erreur interne et la page ne répond plus. Rechargez-la pour recommencer. Détails : { $details }
