# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Not translated, and so passed as variables: file names, JSON field paths
# (verb.id, result.response), the learners' own answers, reasons and the
# questions' texts as the files give them.

class-page-title = Resultados da turma: vacinação no { -lot }
class-title = Resultados da turma
class-intro = Adicione os arquivos de resultado que seus alunos baixaram no fim de uma lição, ou exportaram da sua plataforma de ensino, para ver como a turma respondeu a cada pergunta.
class-private = Os arquivos são lidos neste navegador: nada do que você adiciona sai dele.
class-back = Voltar ao { -lot }

## Adding files

class-files = Arquivos de resultado (.json)
class-drop = ou solte-os aqui
class-clear = Esquecer estes arquivos
class-learners =
    { $count ->
        [one] { $count } aluno contado
       *[other] { $count } alunos contados
    }
class-files-heading = Arquivos lidos
class-file-statements =
    { $count ->
        [one] { $count } declaração
       *[other] { $count } declarações
    }

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }: { $problem }
class-problem-unreadable = o navegador não conseguiu lê-lo ({ $detail }).
class-problem-not-utf8 = não é texto UTF-8 (byte { $byte }).
class-problem-too-large = tem { $megabytes } MB, e um arquivo de resultado pode ter no máximo { $limit } MB.
class-problem-not-json = não é JSON (linha { $line }, coluna { $column }).
class-problem-not-a-list = é JSON, mas não uma lista de declarações.
class-problem-not-a-statement = o item { $statement } da lista não é uma declaração (um objeto JSON).
class-problem-bad-field =
    falta à declaração { $statement } o campo { $field } como { $wanted ->
        [text] texto
        [object] um objeto
        [list] uma lista
        [true-false] true ou false
        [number] um número
        [confidence] guess, fairly-sure ou sure
       *[time] um horário ISO 8601 como 2026-12-07T21:30:00Z
    }.
class-accepted = Um arquivo de resultado é a lista JSON de declarações xAPI que uma lição baixa; os outros arquivos são contados mesmo assim.

## The summary, lesson by lesson

class-empty = Nenhuma resposta ainda: adicione acima os arquivos de resultado dos seus alunos.
class-lesson-other = Outras perguntas
class-lesson-unknown = Lição “{ $id }”
class-lesson-completed =
    { $count ->
        [one] Concluída por { $count } aluno
       *[other] Concluída por { $count } alunos
    }
class-lesson-score = nota média { $raw } de { $max }
class-step = Passo { $step }
class-step-turn = Passo { $step }, decisão { $turn }
class-answered =
    { $count ->
        [one] { $count } aluno respondeu
       *[other] { $count } alunos responderam
    }
class-skipped =
    { $count ->
        [one] { $count } pulou
       *[other] { $count } pularam
    }
class-no-prompt = (os arquivos não trazem o enunciado)
class-choice-unknown = Opção { $id }, fora da definição da pergunta
class-choice-learners =
    { $count ->
        [one] { $count } aluno
       *[other] { $count } alunos
    }
class-correct = ✓ resposta certa
class-choices-caption = Respostas
class-reasons =
    { $count ->
        [one] { $count } justificativa dada
       *[other] { $count } justificativas dadas
    }

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = Acertos e erros por grau de certeza
class-confidence-level = Certeza
class-confidence-right = Acertos
class-confidence-wrong = Erros
class-confidence-guess = Chute
class-confidence-fairly-sure = Quase certeza
class-confidence-sure = Certeza
class-confidence-not-asked = Não perguntado
