# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Not translated, and so passed as variables: file names, JSON field paths
# (verb.id, result.response), the learners' own answers, reasons and the
# questions' texts as the files give them.

class-page-title = Результаты класса: вакцинация на { -lot(case: "prep") }
class-title = Результаты класса
class-intro = Добавьте файлы результатов, которые ваши ученики скачали в конце урока или выгрузили из вашей учебной платформы, чтобы увидеть, как класс ответил на каждый вопрос.
class-private = Файлы читаются в этом браузере: ничто из добавленного его не покидает.
class-back = Назад на { -lot(case: "acc") }

## Adding files

class-files = Файлы результатов (.json)
class-drop = или перетащите их сюда
class-clear = Забыть эти файлы
class-learners =
    { $count ->
        [one] учтён { $count } ученик
        [few] учтено { $count } ученика
        [many] учтено { $count } учеников
       *[other] учтено { $count } ученика
    }
class-files-heading = Прочитанные файлы
class-file-statements =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }: { $problem }
class-problem-unreadable = браузер не смог его прочитать ({ $detail }).
class-problem-not-utf8 = это не текст в UTF-8 (байт { $byte }).
class-problem-too-large = его размер { $megabytes } МБ, а файл результатов может занимать не больше { $limit } МБ.
class-problem-not-json = это не JSON (строка { $line }, столбец { $column }).
class-problem-not-a-list = это JSON, но не список записей.
class-problem-not-a-statement = элемент { $statement } его списка — не запись (объект JSON).
class-problem-bad-field =
    в записи { $statement } нет поля { $field } в виде { $wanted ->
        [text] текста
        [object] объекта
        [list] списка
        [true-false] true или false
        [number] числа
        [confidence] guess, fairly-sure или sure
       *[time] времени ISO 8601, например 2026-12-07T21:30:00Z
    }.
class-accepted = Файл результатов — это JSON-список записей xAPI, который скачивает урок; остальные файлы всё равно учитываются.

## The summary, lesson by lesson

class-empty = Ответов пока нет: добавьте выше файлы результатов ваших учеников.
class-lesson-other = Другие вопросы
class-lesson-unknown = Урок «{ $id }»
class-lesson-completed =
    { $count ->
        [one] Завершил { $count } ученик
        [few] Завершили { $count } ученика
        [many] Завершили { $count } учеников
       *[other] Завершили { $count } ученика
    }
class-lesson-score = средний балл { $raw } из { $max }
class-step = Шаг { $step }
class-step-turn = Шаг { $step }, решение { $turn }
class-answered =
    { $count ->
        [one] ответил { $count } ученик
        [few] ответили { $count } ученика
        [many] ответили { $count } учеников
       *[other] ответили { $count } ученика
    }
class-skipped = пропустили: { $count }
class-no-prompt = (в файлах нет текста вопроса)
class-choice-unknown = Вариант { $id }, которого нет в определении вопроса
class-choice-learners =
    { $count ->
        [one] { $count } ученик
        [few] { $count } ученика
        [many] { $count } учеников
       *[other] { $count } ученика
    }
class-correct = ✓ верный ответ
class-choices-caption = Ответы
class-reasons =
    { $count ->
        [one] { $count } объяснение
        [few] { $count } объяснения
        [many] { $count } объяснений
       *[other] { $count } объяснения
    }

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = Верно и неверно по уверенности
class-confidence-level = Уверенность
class-confidence-right = Верно
class-confidence-wrong = Неверно
class-confidence-guess = Наугад
class-confidence-fairly-sure = Довольно уверенно
class-confidence-sure = Уверенно
class-confidence-not-asked = Не спрашивали
