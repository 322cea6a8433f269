# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.

class-page-title = Ergebnisse der Klasse: Impfen auf dem { -lot }
class-title = Ergebnisse der Klasse
class-intro = Füge die Ergebnisdateien hinzu, die deine Lernenden am Ende einer Lektion heruntergeladen oder du aus deiner Lernplattform exportiert hast, um zu sehen, wie die Klasse jede Frage beantwortet hat.
class-private = Die Dateien werden in diesem Browser gelesen: Nichts, was du hinzufügst, verlässt ihn.
class-back = Zurück zum { -lot }

## Adding files

class-files = Ergebnisdateien (.json)
class-drop = oder hier ablegen
class-clear = Diese Dateien vergessen
class-learners =
    { $count ->
        [one] { $count } Lernende:r gezählt
       *[other] { $count } Lernende gezählt
    }
class-files-heading = Gelesene Dateien
class-file-statements =
    { $count ->
        [one] { $count } Statement
       *[other] { $count } Statements
    }

## A file that could not be read

class-file-problem = { $file }: { $problem }
class-problem-unreadable = Der Browser konnte sie nicht lesen ({ $detail }).
class-problem-not-utf8 = Sie ist kein UTF-8-Text (Byte { $byte }).
class-problem-too-large = Sie ist { $megabytes } MB groß, eine Ergebnisdatei darf höchstens { $limit } MB groß sein.
class-problem-not-json = Sie ist kein JSON (Zeile { $line }, Spalte { $column }).
class-problem-not-a-list = Sie ist JSON, aber keine Liste von Statements.
class-problem-not-a-statement = Eintrag { $statement } ihrer Liste ist kein Statement (kein JSON-Objekt).
class-problem-bad-field =
    Statement { $statement } fehlt { $field } als { $wanted ->
        [text] Text
        [object] Objekt
        [list] Liste
        [true-false] true oder false
        [number] Zahl
        [confidence] guess, fairly-sure oder sure
       *[time] ISO-8601-Zeit wie 2026-12-07T21:30:00Z
    }.
class-accepted = Eine Ergebnisdatei ist die JSON-Liste von xAPI-Statements, die eine Lektion herunterlädt; die anderen Dateien werden weiter gezählt.

## The summary, lesson by lesson

class-empty = Noch keine Antworten: Füge oben die Ergebnisdateien deiner Lernenden hinzu.
class-lesson-other = Weitere Fragen
class-lesson-unknown = Lektion „{ $id }“
class-lesson-completed =
    { $count ->
        [one] Von { $count } Lernenden abgeschlossen
       *[other] Von { $count } Lernenden abgeschlossen
    }
class-lesson-score = mittlere Punktzahl { $raw } von { $max }
class-step = Schritt { $step }
class-step-turn = Schritt { $step }, Entscheidung { $turn }
class-answered =
    { $count ->
        [one] { $count } Lernende:r hat geantwortet
       *[other] { $count } Lernende haben geantwortet
    }
class-skipped =
    { $count ->
        [one] { $count } übersprungen
       *[other] { $count } übersprungen
    }
class-no-prompt = (die Dateien nennen keine Frage)
class-choice-unknown = Antwort { $id }, nicht in der Definition der Frage
class-choice-learners =
    { $count ->
        [one] { $count } Lernende:r
       *[other] { $count } Lernende
    }
class-correct = ✓ richtige Antwort
class-choices-caption = Antworten
class-reasons =
    { $count ->
        [one] { $count } Begründung
       *[other] { $count } Begründungen
    }

## Right and wrong by confidence

class-confidence-caption = Richtig und falsch nach Sicherheit
class-confidence-level = Sicherheit
class-confidence-right = Richtig
class-confidence-wrong = Falsch
class-confidence-guess = Geraten
class-confidence-fairly-sure = Ziemlich sicher
class-confidence-sure = Sicher
class-confidence-not-asked = Nicht gefragt
