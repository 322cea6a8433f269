# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.

class-page-title = نتائج الصف: التطعيم في { -lot(def: "yes") }
class-title = نتائج الصف
class-intro = أضف ملفات النتائج التي نزّلها متعلموك في نهاية الدرس، أو التي صدّرتها من منصة التعلّم، لترى كيف أجاب الصف عن كل سؤال.
class-private = تُقرأ الملفات في هذا المتصفح: لا يغادره شيء مما تضيفه.
class-back = العودة إلى { -lot(def: "yes") }

## Adding files

class-files = ملفات النتائج (‎.json)
class-drop = أو أفلتها هنا
class-clear = انسَ هذه الملفات
class-learners =
    { $count ->
        [zero] لم يُحتسب أي متعلم
        [one] احتُسب متعلم واحد
        [two] احتُسب متعلمان
        [few] احتُسب { $count } متعلمين
        [many] احتُسب { $count } متعلمًا
       *[other] احتُسب { $count } متعلم
    }
class-files-heading = الملفات المقروءة
class-file-statements =
    { $count ->
        [zero] لا بيانات
        [one] بيان واحد
        [two] بيانان
        [few] { $count } بيانات
        [many] { $count } بيانًا
       *[other] { $count } بيان
    }

## A file that could not be read

# A word between the file's name and the problem keeps them in order right to left.
class-file-problem = الملف { $file } غير صالح: { $problem }
class-problem-unreadable = لم يستطع المتصفح قراءته ({ $detail }).
class-problem-not-utf8 = ليس نصًا بترميز UTF-8 (البايت { $byte }).
class-problem-too-large = حجمه { $megabytes } ميغابايت، وأقصى حجم لملف النتائج { $limit } ميغابايت.
class-problem-not-json = ليس JSON (السطر { $line }، العمود { $column }).
class-problem-not-a-list = هو JSON، لكنه ليس قائمة بيانات.
class-problem-not-a-statement = العنصر { $statement } من قائمته ليس بيانًا (ليس كائن JSON).
class-problem-bad-field =
    ينقص البيانَ { $statement } الحقلُ { $field } بوصفه { $wanted ->
        [text] نصًّا
        [object] كائنًا
        [list] قائمةً
        [true-false] قيمةً true أو false
        [number] عددًا
        [confidence] إحدى القيم guess أو fairly-sure أو sure
       *[time] وقتًا بصيغة ISO 8601 مثل 2026-12-07T21:30:00Z
    }.
class-accepted = ملف النتائج هو قائمة JSON من بيانات xAPI التي ينزّلها الدرس؛ وتبقى الملفات الأخرى محتسبة.

## The summary, lesson by lesson

class-empty = لا إجابات بعد: أضف ملفات نتائج متعلميك في الأعلى.
class-lesson-other = أسئلة أخرى
class-lesson-unknown = الدرس «{ $id }»
class-lesson-completed =
    { $count ->
        [zero] لم يكمله أحد
        [one] أكمله متعلم واحد
        [two] أكمله متعلمان
        [few] أكمله { $count } متعلمين
        [many] أكمله { $count } متعلمًا
       *[other] أكمله { $count } متعلم
    }
class-lesson-score = متوسط الدرجة { $raw } من { $max }
class-step = الخطوة { $step }
class-step-turn = الخطوة { $step }، القرار { $turn }
class-answered =
    { $count ->
        [zero] لم يُجب أحد
        [one] أجاب متعلم واحد
        [two] أجاب متعلمان
        [few] أجاب { $count } متعلمين
        [many] أجاب { $count } متعلمًا
       *[other] أجاب { $count } متعلم
    }
class-skipped =
    { $count ->
        [zero] لم يتخطَّه أحد
        [one] تخطّاه متعلم واحد
        [two] تخطّاه متعلمان
        [few] تخطّاه { $count } متعلمين
        [many] تخطّاه { $count } متعلمًا
       *[other] تخطّاه { $count } متعلم
    }
class-no-prompt = (لا تذكر الملفات نص السؤال)
class-choice-unknown = الخيار { $id }، وليس في تعريف السؤال
class-choice-learners =
    { $count ->
        [zero] لا أحد
        [one] متعلم واحد
        [two] متعلمان
        [few] { $count } متعلمين
        [many] { $count } متعلمًا
       *[other] { $count } متعلم
    }
class-correct = ✓ الإجابة الصحيحة
class-choices-caption = الإجابات
class-reasons =
    { $count ->
        [zero] لا أسباب
        [one] سبب واحد
        [two] سببان
        [few] { $count } أسباب
        [many] { $count } سببًا
       *[other] { $count } سبب
    }

## Right and wrong by confidence

class-confidence-caption = الصواب والخطأ بحسب درجة الثقة
class-confidence-level = درجة الثقة
class-confidence-right = صواب
class-confidence-wrong = خطأ
class-confidence-guess = تخمين
class-confidence-fairly-sure = واثق إلى حد ما
class-confidence-sure = واثق
class-confidence-not-asked = لم يُسأل
