# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.

class-page-title = Résultats de la classe : vaccination sur { -lot(article: "le") }
class-title = Résultats de la classe
class-intro = Ajoutez les fichiers de résultats que vos élèves ont téléchargés à la fin d’une leçon, ou exportés de votre plateforme d’apprentissage, pour voir comment la classe a répondu à chaque question.
class-private = Les fichiers sont lus dans ce navigateur : rien de ce que vous ajoutez n’en sort.
class-back = Retour { -lot(article: "au") }

## Adding files

class-files = Fichiers de résultats (.json)
class-drop = ou déposez-les ici
class-clear = Oublier ces fichiers
class-learners =
    { $count ->
        [one] { $count } élève compté
       *[other] { $count } élèves comptés
    }
class-files-heading = Fichiers lus
class-file-statements =
    { $count ->
        [one] { $count } déclaration
       *[other] { $count } déclarations
    }

## A file that could not be read

class-file-problem = { $file } : { $problem }
class-problem-unreadable = le navigateur n’a pas pu le lire ({ $detail }).
class-problem-not-utf8 = ce n’est pas du texte UTF-8 (octet { $byte }).
class-problem-too-large = il fait { $megabytes } Mo, et un fichier de résultats fait au plus { $limit } Mo.
class-problem-not-json = ce n’est pas du JSON (ligne { $line }, colonne { $column }).
class-problem-not-a-list = c’est du JSON, mais pas une liste de déclarations.
class-problem-not-a-statement = l’élément { $statement } de sa liste n’est pas une déclaration (un objet JSON).
class-problem-bad-field =
    il manque à la déclaration { $statement } le champ { $field } sous forme { $wanted ->
        [text] de texte
        [object] d’objet
        [list] de liste
        [true-false] de true ou false
        [number] de nombre
        [confidence] de guess, fairly-sure ou sure
       *[time] d’heure ISO 8601, comme 2026-12-07T21:30:00Z
    }.
class-accepted = Un fichier de résultats est la liste JSON de déclarations xAPI que télécharge une leçon ; les autres fichiers restent comptés.

## The summary, lesson by lesson

class-empty = Pas encore de réponses : ajoutez ci-dessus les fichiers de résultats de vos élèves.
class-lesson-other = Autres questions
class-lesson-unknown = Leçon « { $id } »
class-lesson-completed =
    { $count ->
        [one] Terminée par { $count } élève
       *[other] Terminée par { $count } élèves
    }
class-lesson-score = score moyen { $raw } sur { $max }
class-step = Étape { $step }
class-step-turn = Étape { $step }, décision { $turn }
class-answered =
    { $count ->
        [one] { $count } élève a répondu
       *[other] { $count } élèves ont répondu
    }
class-skipped =
    { $count ->
        [one] { $count } passée
       *[other] { $count } passées
    }
class-no-prompt = (les fichiers ne donnent pas l’énoncé)
class-choice-unknown = Choix { $id }, absent de la définition de la question
class-choice-learners =
    { $count ->
        [one] { $count } élève
       *[other] { $count } élèves
    }
class-correct = ✓ bonne réponse
class-choices-caption = Réponses
class-reasons =
    { $count ->
        [one] { $count } raison donnée
       *[other] { $count } raisons données
    }

## Right and wrong by confidence

class-confidence-caption = Justes et fausses selon l’assurance
class-confidence-level = Assurance
class-confidence-right = Justes
class-confidence-wrong = Fausses
class-confidence-guess = Au hasard
class-confidence-fairly-sure = Plutôt sûr
class-confidence-sure = Sûr
class-confidence-not-asked = Pas demandé
