# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Not translated, and so passed as variables: file names, JSON field paths
# (verb.id, result.response), the learners' own answers, reasons and the
# questions' texts as the files give them.

class-page-title = Class results: parking-lot vaccination
class-title = Class results
class-intro = Add the result files your learners downloaded at the end of a lesson, or exported from your learning platform, to see how the class answered each question.
class-private = The files are read in this browser: nothing you add leaves it.
class-back = Back to the { -lot }

## Adding files

class-files = Result files (.json)
class-drop = or drop them here
class-clear = Forget these files
class-learners =
    { $count ->
        [one] { $count } learner counted
       *[other] { $count } learners counted
    }
class-files-heading = Files read
class-file-statements =
    { $count ->
        [one] { $count } statement
       *[other] { $count } statements
    }

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }: { $problem }
class-problem-unreadable = the browser could not read it ({ $detail }).
class-problem-not-utf8 = it is not UTF-8 text (byte { $byte }).
class-problem-too-large = it is { $megabytes } MB, and a result file may be at most { $limit } MB.
class-problem-not-json = it is not JSON (line { $line }, column { $column }).
class-problem-not-a-list = it is JSON, but not a list of statements.
class-problem-not-a-statement = item { $statement } of its list is not a statement (a JSON object).
class-problem-bad-field =
    statement { $statement } lacks { $field } as { $wanted ->
        [text] text
        [object] an object
        [list] a list
        [true-false] true or false
        [number] a number
        [confidence] guess, fairly-sure or sure
       *[time] an ISO 8601 time such as 2026-12-07T21:30:00Z
    }.
class-accepted = A result file is the JSON list of xAPI statements that a lesson downloads; the other files are still counted.

## The summary, lesson by lesson

class-empty = No answers yet: add your learners' result files above.
class-lesson-other = Other questions
class-lesson-unknown = Lesson “{ $id }”
class-lesson-completed =
    { $count ->
        [one] Completed by { $count } learner
       *[other] Completed by { $count } learners
    }
class-lesson-score = mean score { $raw } of { $max }
class-step = Step { $step }
class-step-turn = Step { $step }, decision { $turn }
class-answered =
    { $count ->
        [one] { $count } learner answered
       *[other] { $count } learners answered
    }
class-skipped = { $count } skipped
class-no-prompt = (the files give no prompt)
class-choice-unknown = Choice { $id }, not in the question's definition
class-choice-learners =
    { $count ->
        [one] { $count } learner
       *[other] { $count } learners
    }
class-correct = ✓ right answer
class-choices-caption = Answers
class-reasons =
    { $count ->
        [one] { $count } reason given
       *[other] { $count } reasons given
    }

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = Right and wrong by confidence
class-confidence-level = Confidence
class-confidence-right = Right
class-confidence-wrong = Wrong
class-confidence-guess = Guess
class-confidence-fairly-sure = Fairly sure
class-confidence-sure = Sure
class-confidence-not-asked = Not asked
