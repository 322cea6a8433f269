# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.

class-page-title = Resultados de la clase: vacunación en el { -lot }
class-title = Resultados de la clase
class-intro = Añade los archivos de resultados que tus estudiantes descargaron al final de una lección, o que exportaste de tu plataforma de aprendizaje, para ver cómo respondió la clase a cada pregunta.
class-private = Los archivos se leen en este navegador: nada de lo que añadas sale de él.
class-back = Volver al { -lot }

## Adding files

class-files = Archivos de resultados (.json)
class-drop = o suéltalos aquí
class-clear = Olvidar estos archivos
class-learners =
    { $count ->
        [one] { $count } estudiante contado
       *[other] { $count } estudiantes contados
    }
class-files-heading = Archivos leídos
class-file-statements =
    { $count ->
        [one] { $count } declaración
       *[other] { $count } declaraciones
    }

## A file that could not be read

class-file-problem = { $file }: { $problem }
class-problem-unreadable = el navegador no pudo leerlo ({ $detail }).
class-problem-not-utf8 = no es texto UTF-8 (byte { $byte }).
class-problem-too-large = ocupa { $megabytes } MB, y un archivo de resultados puede ocupar como máximo { $limit } MB.
class-problem-not-json = no es JSON (línea { $line }, columna { $column }).
class-problem-not-a-list = es JSON, pero no una lista de declaraciones.
class-problem-not-a-statement = el elemento { $statement } de su lista no es una declaración (un objeto JSON).
class-problem-bad-field =
    a la declaración { $statement } le falta { $field } como { $wanted ->
        [text] texto
        [object] objeto
        [list] lista
        [true-false] true o false
        [number] número
        [confidence] guess, fairly-sure o sure
       *[time] hora ISO 8601, como 2026-12-07T21:30:00Z
    }.
class-accepted = Un archivo de resultados es la lista JSON de declaraciones xAPI que descarga una lección; los demás archivos se siguen contando.

## The summary, lesson by lesson

class-empty = Aún no hay respuestas: añade arriba los archivos de resultados de tus estudiantes.
class-lesson-other = Otras preguntas
class-lesson-unknown = Lección «{ $id }»
class-lesson-completed =
    { $count ->
        [one] Completada por { $count } estudiante
       *[other] Completada por { $count } estudiantes
    }
class-lesson-score = puntuación media: { $raw } de { $max }
class-step = Paso { $step }
class-step-turn = Paso { $step }, decisión { $turn }
class-answered =
    { $count ->
        [one] { $count } estudiante respondió
       *[other] { $count } estudiantes respondieron
    }
class-skipped =
    { $count ->
        [one] { $count } la saltó
       *[other] { $count } la saltaron
    }
class-no-prompt = (los archivos no dan el enunciado)
class-choice-unknown = Opción { $id }, que no está en la definición de la pregunta
class-choice-learners =
    { $count ->
        [one] { $count } estudiante
       *[other] { $count } estudiantes
    }
class-correct = ✓ respuesta correcta
class-choices-caption = Respuestas
class-reasons =
    { $count ->
        [one] { $count } razón dada
       *[other] { $count } razones dadas
    }

## Right and wrong by confidence

class-confidence-caption = Aciertos y errores según la seguridad
class-confidence-level = Seguridad
class-confidence-right = Aciertos
class-confidence-wrong = Errores
class-confidence-guess = Adivinando
class-confidence-fairly-sure = Bastante seguro
class-confidence-sure = Seguro
class-confidence-not-asked = No se preguntó
