# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Impfen auf dem { -lot }
masthead-asyncio = Wie Pythons asyncio viele { -task(number: "other") } auf einem einzigen { -thread } ausführt, live vorgeführt von seinem Rust-Zwilling in deinem Browser.
masthead-tagline = Jede { -station } ist ein asynchroner { -task } im einzigen { -thread } des Browsers. Ein { -supervisor } wartet mit await auf den ersten { -task }, der seine { -box } mit { -dose(number: "other") } aufgebraucht hat, meldet ihn und startet die { -station } mit einer neuen { -box } wieder.
masthead-lessons = Lektionen
masthead-help = ? Hilfe
    .aria-label = Tastatur und Hilfe (?)
masthead-share = Teilen
masthead-export = Exportieren
masthead-projector = Beamer-Design
masthead-status = Status:{" "}
masthead-status-ready = bereit
masthead-status-running = läuft
masthead-status-paused = angehalten
masthead-status-finished = fertig

language-menu = Sprache
    .title = Die Sprache der Seite
language-failed = Die Texte auf { $language } konnten nicht geladen werden, daher bleibt die Seite auf Englisch.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Seed
footer-link = Link zu diesem Lauf
footer-same-run = derselbe Link zeigt immer denselben Lauf.

## Below the lot.


## Dialogs.

dialog-close = Schließen

## The help overlay: keyboard shortcuts.

help-title = Tastatur und Hilfe
help-key-space = Leertaste
help-key-enter = Eingabetaste auf einer { -station }
help-toggle-play = starten, anhalten oder fortsetzen
help-step = Schritt: genau ein weiteres Ereignis zeigen
help-step-back = ein Ereignis zurück (spielt den Lauf erneut ab)
help-reset = den Lauf zurücksetzen
help-break = den { -task } dieser { -station } kaputt machen
help-help = diese Hilfe zeigen oder verbergen
help-text = Jedes Bedienelement ist eine Schaltfläche oder ein Feld, das du mit Tab erreichst. Die Bereiche unter dem { -lot } lassen sich einklappen; fahre mit der Maus über einen gepunktet unterstrichenen Begriff oder fokussiere ihn, um seine Bedeutung zu sehen. Ein Link auf die Seite öffnet denselben Lauf.

## The share dialog.

share-title = Diesen Lauf teilen
share-link = Link (alle Parameter und der Seed: er zeigt immer diesen Lauf)
share-copy-link = Link kopieren
share-lesson = die gezeigte Lektion öffnen (Link und Einbettung)
share-embed = In eine Seite oder Folie einbetten
share-width = Breite
share-height = Höhe
share-px = px
share-compact = kompaktes Layout
share-autoplay = beim Laden starten
share-panels = Lernbereiche in der Einbettung
share-size-error = Die Breite muss zwischen { $min_width } und { $max_width } px liegen und die Höhe zwischen { $min_height } und { $max_height } px.
share-snippet = iframe-Code
share-copy-snippet = Code kopieren
share-copied = Kopiert.
share-copy-failed = Der Browser hat das Kopieren nicht erlaubt: Markiere den Text und kopiere ihn von Hand.
share-iframe-title = Impfen auf dem { -lot }: asynchrone { -task(number: "other") } auf einem { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Fuzz-Modus
fuzz-heading = Fuzz-Modus:{" "}
fuzz-summary = { $actions ->
        [one] { $actions } zufällige Aktion
       *[other] { $actions } zufällige Aktionen
    }, { $frames ->
        [one] { $frames } Frame geprüft
       *[other] { $frames } Frames geprüft
    }, { $problems ->
        [0] kein Problem gefunden
        [one] { $problems } Problem
       *[other] { $problems } Probleme
    }. Letzte Aktion:{" "}
fuzz-ledger = Buchführung: { $detail }
fuzz-conservation = Erhaltung: { $detail }
fuzz-stations = { $shown ->
        [one] { $shown } { -station }
       *[other] { $shown } { -station(number: "other") }
    } angezeigt, { $configured } eingestellt
fuzz-clock = die Uhr zeigt { $clock } s, vor dem letzten Ereignis bei { $last } s
fuzz-unaccounted = fertig, aber mit nicht verbuchten { -dose(number: "other") }

## The panel shown when the page stops.

panic-panel = Die Simulation wurde wegen eines internen Fehlers angehalten, und die Seite reagiert nicht mehr. Lade sie neu, um von vorn zu beginnen. Details: { $details }
