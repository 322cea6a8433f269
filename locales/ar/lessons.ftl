# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints. Every core noun
# is a glossary term of shared.ftl; where a message puts two values side by
# side, a word stands between them (right to left, values joined only by
# punctuation or spaces swap places).

## Shared pieces

lesson-list-separator = {"، "}
# Always in the nominative: the sentences put it as a subject.
lesson-doses =
    { $count ->
        [zero] { $count } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $count } { -dose(number: "plural") }
        [many] { $count } { -dose(case: "acc") }
       *[other] { $count } { -dose }
    }

## The lessons menu

lessons-menu-title = الدروس
lessons-menu-intro = يمرّ كل درس بلحظات من تشغيلٍ ما. وحين تطلب منك خطوةٌ أن تتوقّع، يتابع التشغيل حتى اللحظة التي تجيب عن سؤالها: فالإجابة تُحسب من التشغيل الذي تراه.
lessons-menu-steps =
    { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $steps } خطوات
        [many] { $steps } خطوةً
       *[other] { $steps } خطوة
    }
lessons-menu-write = اكتب درسًا…
lessons-menu-teachers = للمعلّمين: اختاروا لحظات من أي تشغيل، وأضيفوا نصًا وأسئلة، وشاركوا الدرس رابطًا.

## The lesson card

lesson-step-of = الخطوة { $number } من { $steps }
lesson-step-announce = الخطوة { $number } من { $steps }، ونصّها: { $text }
# Points at the region of the page a step is about, in bold: each names
# the region as its heading on screen does.
lesson-look-at-lot = انظر إلى { -lot(def: "yes") }.
lesson-look-at-executor = انظر إلى { -executor(def: "yes") }.
lesson-look-at-inspector = انظر إلى { -inspector(def: "yes") }.
lesson-look-at-charts = انظر إلى الرسوم البيانية.
lesson-look-at-code = انظر إلى الشيفرة.
lesson-look-at-log = انظر إلى السجل.
lesson-look-at-stats = انظر إلى الإحصاءات.
# The regions in the editor's menu.
lesson-focus-lot = { -lot(def: "yes") }
lesson-focus-executor = { -executor(def: "yes") }
lesson-focus-inspector = { -inspector(def: "yes") }
lesson-focus-charts = الرسوم البيانية
lesson-focus-code = الشيفرة
lesson-focus-log = السجل
lesson-focus-stats = الإحصاءات
lesson-nav =
    .aria-label = خطوات الدرس
lesson-previous = ▶ السابقة
    .title = الخطوة السابقة (Page Up)
lesson-next = التالية ◀
    .title = الخطوة التالية (Page Down)
lesson-exit = مغادرة الدرس
lesson-cannot-ask = لا يمكن طرح سؤال هذه الخطوة: { $problem }.

## A prediction

lesson-predict = توقّع:
lesson-playing-forward = يتقدّم التشغيل حتى الإجابة…
lesson-cpython-running = يشغّل CPython برنامج هذه الخطوة في واجهة Python؛ ثم يأتي السؤال.
lesson-cpython-on-run = اضغط «شغّل برنامجي» في واجهة Python: يشغّل CPython برنامج هذه الخطوة، ثم يأتي السؤال.
lesson-cpython-failed = تعذّر على CPython تشغيل برنامج هذه الخطوة: { $reason }
lesson-right = صحيح.
lesson-the-answer = → الإجابة
lesson-not-quite = ليس تمامًا: الإجابة هي «{ $answer }».
lesson-skip = تخطّي هذا التوقّع
    .title = المتابعة دون توقّع؛ يسجّل الملخّص أنك تخطّيته
lesson-skipped = تخطّيتَ هذا التوقّع. لا يزال بإمكانك الإجابة عنه.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = الهدف:
lesson-goal-met = تحقّق.
lesson-goal-not-met = ليس بعد.
lesson-goal-pending = لم يُتحقَّق منه بعد.
lesson-goal-loses-nothing = يُبلغ { -supervisor }ك عن كل { -box } في { -depot(def: "yes") } ({ $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }) ولا يخسر أي { -dose }.
lesson-goal-cooperates = لا يمسك { -supervisor }ك { -thread(def: "yes") } أبدًا باستدعاء حاجب، ولا يخسر أي { -dose }.
lesson-goal-makespan = إفراغ { -depot(def: "yes") } ({ $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }، في كلٍّ منها { $capacity ->
        [zero] { $capacity } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $capacity } { -dose(number: "plural") }
        [many] { $capacity } { -dose(case: "acc") }
       *[other] { $capacity } { -dose }
    }) في { $seconds } ث من الزمن المحاكى على الأكثر.
lesson-goal-run-mine = اضغط «شغّل برنامجي» في واجهة Python: يشغّل CPython برنامجك على هذا التشغيل، ويُتحقَّق من الهدف عليه.
lesson-goal-did-not-run = لم يعمل برنامجك حتى نهايته: { $reason }
lesson-goal-program-problems = تشغيل برنامجك على CPython: { $problems }.
# $doses is lesson-doses (nominative: the subject of ضاعت).
lesson-goal-lost = ضاعت { $doses } في { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two", case: "gen") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }
lesson-goal-pending-tasks = بقيت { $tasks ->
        [zero] { $tasks } { -task } تعمل
        [one] { -task } واحدة تعمل
        [two] { -task(number: "two") } تعملان
        [few] { $tasks } { -task(number: "plural") } تعمل
        [many] { $tasks } { -task(case: "acc") } تعمل
       *[other] { $tasks } { -task } تعمل
    } حين عاد
lesson-goal-beyond-depot = فتح { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box(case: "acc") } واحدًا
        [two] { -box(number: "two", case: "acc") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    } بما يتجاوز { -box(number: "plural") } { -depot(def: "yes") } البالغ عددها { $depot }
lesson-goal-left-in-depot = ترك { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box(case: "acc") } واحدًا
        [two] { -box(number: "two", case: "acc") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    } في { -depot(def: "yes") }
lesson-goal-blocked = أمسك السطر { $line } { -thread(def: "yes") } { $calls ->
        [zero] { $calls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $calls } مرات
        [many] { $calls } مرةً
       *[other] { $calls } مرة
    }، مدة { $seconds } ث في المجموع
lesson-goal-blocked-elsewhere = أمسكت استدعاءات حاجبة خارج شيفرتك { -thread(def: "yes") } { $calls ->
        [zero] { $calls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $calls } مرات
        [many] { $calls } مرةً
       *[other] { $calls } مرة
    }، مدة { $seconds } ث في المجموع
lesson-goal-reported-all = أبلغ تشغيل برنامجك على CPython عن جميع { -box(def: "yes", number: "plural") } ({ $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    } فيها { $doses }) ولم يخسر شيئًا.
lesson-goal-never-blocked = لم يمسك تشغيل برنامجك على CPython { -thread(def: "yes") } قط، وأبلغ عن جميع { -box(def: "yes", number: "plural") } ({ $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    } فيها { $doses }) ولم يخسر شيئًا.
lesson-goal-engine-same = { -supervisor } FIRST_COMPLETED في المحرّك، على السحوبات نفسها، يعطي التشغيل نفسه، حدثًا حدثًا.
lesson-goal-engine-differs = { -supervisor } FIRST_COMPLETED في المحرّك، على السحوبات نفسها، يفترق عنه عند الحدث { $index }.
lesson-goal-other-depot = في التشغيل المعروض { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }، في كلٍّ منها { $capacity ->
        [zero] { $capacity } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $capacity } { -dose(number: "plural") }
        [many] { $capacity } { -dose(case: "acc") }
       *[other] { $capacity } { -dose }
    }؛ وفي { -depot } الخطوة { $step_boxes ->
        [zero] { $step_boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $step_boxes } { -box(number: "plural") }
        [many] { $step_boxes } { -box(case: "acc") }
       *[other] { $step_boxes } { -box }
    }، في كلٍّ منها { $step_capacity ->
        [zero] { $step_capacity } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $step_capacity } { -dose(number: "plural") }
        [many] { $step_capacity } { -dose(case: "acc") }
       *[other] { $step_capacity } { -dose }
    }: لا يُحتسب إلا تشغيل على { -depot } الخطوة.
lesson-goal-finished-within = انتهى التشغيل المعروض عند { $time } ث، قبل الهدف بـ { $spare } ث.
lesson-goal-finished-late = انتهى التشغيل المعروض عند { $time } ث، بعد الهدف بـ { $over } ث.
lesson-goal-past = تجاوز التشغيل المعروض { $seconds } ث وما زالت هناك { -box(number: "plural") } لم تُنجز.
lesson-goal-play = شغّل التشغيل المعروض حتى نهايته: يُتحقَّق من الهدف حين ينتهي.

## The summary on a lesson's last step

lesson-summary-title = ما توقّعته
lesson-summary-step = الخطوة { $step }، والسؤال: { $prompt }
lesson-summary-right = أجبتَ «{ $answer }»: صحيح.
lesson-summary-wrong = أجبتَ «{ $answer }»؛ وأعطى التشغيل «{ $right }».
lesson-summary-skipped = تخطّيتَه؛ وأعطى التشغيل «{ $right }».
lesson-summary-unanswered = لم تُجب عنه؛ وأعطى التشغيل «{ $right }».
lesson-summary-score = أصبتَ في { $right } من { $asked ->
        [zero] { $asked } توقّع
        [one] توقّع واحد
        [two] توقّعين
        [few] { $asked } توقّعات
        [many] { $asked } توقّعًا
       *[other] { $asked } توقّع
    }
lesson-summary-key-idea = الفكرة الأساسية
lesson-next-lesson = الدرس التالي: { $title }
lesson-summary-menu = كل الدروس

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = تعذّر فتح الدرس:
lesson-problems-dismiss = إخفاء
lesson-resume = مرحبًا بعودتك. هل تتابع الدرس «{ $title }» من الخطوة { $step }؟
lesson-resume-region =
    .aria-label = متابعة درس
lesson-resume-continue = متابعة
lesson-resume-decline = لا، شكرًا
lesson-no-builtin = لا يوجد درس مدمج باسم { $id }
lesson-kept-unreadable = لم يعد من الممكن قراءة الدرس المحفوظ من الزيارة السابقة

## The lesson editor

lesson-editor-heading = اكتب درسًا
lesson-editor-explain = انقل التشغيل إلى لحظة ما (بالتشغيل أو بالتقدّم خطوة خطوة أو بالسحب أو بتغيير المعاملات)، ثم أضفها خطوةً. تُفتح كل خطوة عند تلك اللحظة بالضبط. وتُحسب إجابات أسئلتها من التشغيل.
lesson-editor-title = العنوان
lesson-editor-summary = الفكرة الأساسية
lesson-editor-add = أضف هذه اللحظة خطوةً
lesson-editor-moment = (الحدث { $event } من التشغيل المعروض)
lesson-editor-step = الخطوة { $number }: الحدث { $event } من { $params }
lesson-editor-text = النص
lesson-editor-look = انظر إلى
lesson-editor-question = السؤال
lesson-editor-anywhere = أي مكان
lesson-editor-no-question = لا شيء
lesson-editor-up =
    .aria-label = انقل الخطوة { $number } إلى الأعلى
lesson-editor-down =
    .aria-label = انقل الخطوة { $number } إلى الأسفل
lesson-editor-delete = حذف
    .aria-label = احذف الخطوة { $number }
lesson-editor-needs = لمعاينة الدرس ومشاركته، لا يزال يحتاج إلى:
lesson-editor-preview = معاينة الدرس
lesson-editor-link = الرابط
lesson-editor-embed = التضمين
lesson-editor-close = إغلاق المحرّر

## Problems in a lesson file

lesson-problem-at = في { $path } مشكلة: { $problem }
lesson-problems-more =
    { $count ->
        [zero] و{ $count } مشكلة أخرى
        [one] ومشكلة أخرى
        [two] ومشكلتان أخريان
        [few] و{ $count } مشكلات أخرى
        [many] و{ $count } مشكلةً أخرى
       *[other] و{ $count } مشكلة أخرى
    }
lesson-error-too-big = حجم الدرس { $bytes ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }؛ ولا يُقبل أكثر من { $limit ->
        [zero] { $limit } بايت
        [one] بايت واحد
        [two] بايتين
        [few] { $limit } بايتات
        [many] { $limit } بايتًا
       *[other] { $limit } بايت
    } من JSON
lesson-error-not-json = ليس JSON صالحًا ({ $detail })
lesson-error-not-object = المتوقّع كائن JSON فيه عنوان وخطوات
lesson-error-no-steps = المتوقّع خطوة واحدة على الأقل
lesson-error-too-many-steps = { $count ->
        [zero] { $count } خطوة
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوةً
       *[other] { $count } خطوة
    }؛ ولا يُقبل أكثر من { $limit }
lesson-error-steps-not-list = المتوقّع قائمة خطوات، والموجود { $found }
lesson-error-steps-missing = مفقود: يحتاج الدرس إلى قائمة خطوات
lesson-error-step-not-object = المتوقّع كائن، والموجود { $found }
lesson-error-params-too-long = أطول من { $limit ->
        [zero] { $limit } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $limit } أحرف
        [many] { $limit } حرفًا
       *[other] { $limit } حرف
    }
lesson-error-params-not-text = المتوقّع سلسلة استعلام مثل { $example }، والموجود { $found }
lesson-error-at-event = المتوقّع عدد صحيح من الأحداث، 0 أو أكثر، والموجود { $found }
lesson-error-text-empty = فارغ: المتوقّع بضع كلمات
lesson-error-text-too-long = { $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    }؛ ولا يُقبل أكثر من { $limit }
lesson-error-not-text = المتوقّع نص، والموجود { $found }
lesson-error-text-missing = مفقود: المتوقّع نص
lesson-error-lang = المتوقّع وسم لغة مثل { $first } أو { $second }، والموجود { $found }
lesson-error-focus = { $found } ليس منطقة من الصفحة: المتوقّع واحد من { $accepted }
lesson-error-question-not-object = المتوقّع كائن مثل { $example }، والموجود { $found }
lesson-error-question-kind = { $found } ليس نوع سؤال: المتوقّع واحد من { $accepted }
lesson-error-seconds = المتوقّع زمن محاكًى بالثواني أكبر من 0 ولا يزيد على { $limit }، والموجود { $found }
lesson-error-station = المتوقّع رقم { -station }، 1 أو أكثر، والموجود { $found }
lesson-error-python-not-text = المتوقّع البرنامج نصًّا، والموجود { $found }
lesson-error-python-too-long = البرنامج أطول من { $limit ->
        [zero] { $limit } بايت
        [one] بايت واحد
        [two] بايتين
        [few] { $limit } بايتات
        [many] { $limit } بايتًا
       *[other] { $limit } بايت
    }
lesson-error-python-focus = الخطوة التي فيها برنامج تشير إلى واجهة Python تحت الشيفرة: يجب أن يكون حقل focus فيها { $accepted } لا { $found }
lesson-error-question-needs-python = سؤال من نوع { $kind } يتعلّق ببرنامج الخطوة: ضع البرنامج في { $field }
lesson-error-goal-not-object = المتوقّع كائن مثل { $example }، والموجود { $found }
lesson-error-goal-kind = { $found } ليس نوع هدف: المتوقّع واحد من { $accepted }
lesson-error-goal-seconds = هدف من نوع { $kind } يحتاج إلى { $field }: زمن محاكًى بالثواني أكبر من 0 ولا يزيد على { $limit }
lesson-error-goal-needs-python = يُتحقَّق من هدف من نوع { $kind } على برنامج الخطوة: ضع البرنامج في { $field }
lesson-error-goal-no-python = يُتحقَّق من هدف من نوع { $kind } على تشغيل المحرّك المعروض: لا تحمل الخطوة التي فيها هذا الهدف { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } ليس معاملًا من معاملات الصفحة
lesson-error-page-param = { $name } إعداد للصفحة لا للتشغيل: لا تقبل params الخطوة إلا معاملات التشغيل
lesson-error-past-limit = { $at } بعد آخر لحظة يمكن لخطوة أن تثبّتها: { $limit ->
        [zero] { $limit } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $limit } أحداث
        [many] { $limit } حدثًا
       *[other] { $limit } حدث
    } على الأكثر
lesson-error-past-end = { $at } بعد نهاية هذا التشغيل، وفيه { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }
lesson-json-null = null
lesson-json-bool = true أو false
lesson-json-number = عدد
lesson-json-text = نص
lesson-json-list = قائمة
lesson-json-object = كائن
lesson-json-nothing = لا شيء

## A lesson in a link that cannot be read

lesson-link-too-long = الدرس في الرابط طويل جدًا: لا يُقبل أكثر من { $limit ->
        [zero] { $limit } بايت
        [one] بايت واحد
        [two] بايتين
        [few] { $limit } بايتات
        [many] { $limit } بايتًا
       *[other] { $limit } بايت
    } من JSON
lesson-link-not-base64 = الدرس في الرابط ليس بترميز { $encoding }، والخطأ: { $detail }
lesson-link-not-utf8 = الدرس في الرابط ليس نصًا بترميز UTF-8
lesson-link-empty = ينتهي الرابط عند { $fragment } ولا يحمل أي درس: رابط الدرس هو { $key } يليه الدرس

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = سؤال من نوع { $kind } يحتاج إلى تشغيل فيه { $limit ->
        [zero] { $limit } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $limit } { -dose(number: "plural") }
        [many] { $limit } { -dose(case: "acc") }
       *[other] { $limit } { -dose }
    } على الأكثر؛ وفي هذا التشغيل { $doses ->
        [zero] { $doses } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $doses } { -dose(number: "plural") }
        [many] { $doses } { -dose(case: "acc") }
       *[other] { $doses } { -dose }
    }
lesson-cannot-past-end = ليس في التشغيل سوى { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثين
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }
lesson-cannot-ledger = التشغيل يخالف دفتر الحساب: { $detail }
lesson-cannot-needs-article = سؤال من نوع { $kind } يحتاج إلى حلقة المقال ({ $param })
lesson-cannot-needs-cpython = سؤال من نوع { $kind } يُجاب عنه بتشغيل برنامج الخطوة على CPython
lesson-cannot-no-cancel = لا تُلغى أي { -task } بعد هذه اللحظة: اسأل قبل أن تنتهي الحلقة
lesson-cannot-no-double = لا يعيد أي انتظار بعد هذه اللحظة { -task(number: "two", case: "acc") }: اجعل كل { -shot(def: "yes", number: "plural") } متساوية المدة ({ $code })
lesson-cannot-nothing-returns = لا تعود { -task } أي { -station } بعد هذه اللحظة
lesson-cannot-not-after = الزمن المسؤول عنه، { $by } ث، ليس بعد لحظة الخطوة، { $now } ث
lesson-cannot-needs-blocking = سؤال من نوع { $kind } يحتاج إلى { -station } حاجبة ({ $param } في { $field })
lesson-cannot-no-finish = { -station(def: "yes") } { $station } لا تُنهي أي { -box } بعد هذه اللحظة
lesson-cannot-no-open = { -station(def: "yes") } { $station } لا تفتح أي { -box } بعد هذه اللحظة
lesson-cannot-no-failure = لم ينتهِ التعطيل بأي فشل
lesson-cannot-no-station =
    { -station(def: "yes") } { $station } غير موجودة: في التشغيل { $stations ->
        [zero] { $stations } { -station }
        [one] { -station } واحدة
        [two] { -station(number: "two") }
        [few] { $stations } { -station(number: "plural") }
        [many] { $stations } { -station(case: "acc") }
       *[other] { $stations } { -station }
    }
lesson-cannot-not-working = ليس في { -station(def: "yes") } { $station } { -box } مفتوح في هذه اللحظة، فلا يمكن أن تتعطّل
lesson-cannot-none-working = ليس في أي { -station } { -box } مفتوح في هذه اللحظة
lesson-cannot-not-broken = تعذّر تعطيل { -station(def: "yes") } { $station } في هذه اللحظة
lesson-cannot-sleep-blocking = { -station(def: "yes") } { $station } تحجب { -thread(def: "yes") }: { -task(form: "bound") }ها لا تنام على { -timer } أبدًا
lesson-cannot-not-asleep = { -task } { -station(def: "yes") } { $station } ليست نائمة على { -timer } في هذه اللحظة: ليس في { -station(def: "yes") } { -box } مفتوح، أو أن { -task(form: "bound") }ها تمسك { -thread(def: "yes") } أو تنتظره
lesson-cannot-none-asleep = لا توجد { -task } { -station } نائمة على { -timer } في هذه اللحظة
lesson-cannot-woken-early =
    تُستطلع { -task } { -station(def: "yes") } { $station } قبل { -shot(form: "bound") }ها التالية { $polls ->
        [zero] { $polls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $polls } مرات
        [many] { $polls } مرةً
       *[other] { $polls } مرة
    }: شيء غير { -timer }ها يوقظها (تعطيل يدوي)
lesson-cannot-no-thread = لا يحتفظ التشغيل بسجلّ ل{ -thread }ه في هذه اللحظة
lesson-cannot-ready-few =
    في { -ready-queue(def: "yes") } { $count ->
        [zero] { $count } { -task }
        [one] { -task } واحدة
        [two] { -task(number: "two") }
        [few] { $count } { -task(number: "plural") }
        [many] { $count } { -task(case: "acc") }
       *[other] { $count } { -task }
    } في هذه اللحظة؛ ويحتاج السؤال إلى { $least ->
        [zero] { $least } { -task }
        [one] { -task } واحدة
        [two] { -task(number: "two", case: "gen") }
        [few] { $least } { -task(number: "plural") }
        [many] { $least } { -task(case: "acc") }
       *[other] { $least } { -task }
    } على الأقل
lesson-cannot-needs-supervisor = سؤال من نوع { $kind } يحتاج إلى { -supervisor } ينتظر { -task(number: "plural") } { -station(def: "yes", number: "plural") } ({ $param })
lesson-cannot-not-after-failure = هذه اللحظة لا تلي فشل { -station }: يجب أن يكون آخر أحداثها فشلًا
lesson-cannot-not-returned = لم تعد { -task } { -station(def: "yes") } { $station } حتى هذه اللحظة
lesson-cannot-nothing-returned = لم تعد { -task } أي { -station } حتى هذه اللحظة
lesson-cannot-refilled = { -station(def: "yes") } { $station } لا تنتظر { -box(case: "acc") } في هذه اللحظة: لديها { -box }ها التالي بالفعل
lesson-cannot-refilling = يوزّع { -supervisor(def: "yes") } { -box(number: "plural") } جديدة في هذه اللحظة: اسأل قبل أن يبدأ، أو حين تحصل كل { -station } على { -box }ها

## Which station's task returns next

lesson-next-prompt = { -task } أي { -station } تعود تاليًا؟
# The same string as lot-station-name for the same number.
lesson-station-choice = { -station(def: "yes") } { $station }
lesson-next-done = اكتمل { -box(def: "yes") } { $box }
lesson-next-failed = فشلت في { -box(def: "yes") } { $box }، والسبب: { $error }
lesson-error-spoiled = فسدت { -dose(def: "yes") } { $shot } من { -box(def: "yes") }
lesson-error-broken = عُطّلت يدويًا أثناء { -shot(def: "yes") } { $shot }
# $doses is lesson-doses.
lesson-next-rival = { -station(def: "yes") } { $station } وقد بقي فيها { $doses }
lesson-next-rivals = {" "}في لحظة الخطوة: { $rivals }.
# $rivals may be empty; $supervisor (one of lesson-sees-*) opens with و.
lesson-next-explanation = عادت { -task } { -station(def: "yes") } { $station } تاليًا، عند { $time } ث.{ $rivals } وما جرى: { $what }. و{ $supervisor }
lesson-sees-first = { -supervisor(def: "yes") }، الذي ينتظر { -task(number: "plural") } { -awaited-set(def: "yes") } كلها، يستيقظ حالما تعود { -task } ويعالج كل { -task } انتهت حتى تلك اللحظة، وهذه منها، ويعيد تشغيل كل { -station } فورًا.
lesson-sees-all-waiting = مع ALL_COMPLETED يُبلغ { -supervisor(def: "yes") } عنها لكنه لا يعطي { -station(def: "yes") } { -box(case: "acc") } جديدًا: تبقى خاملة حتى تعود الدفعة كلها.
lesson-sees-all-restart = كانت الأخيرة في دفعتها، لذا أعطى { -supervisor(def: "yes") } مع ALL_COMPLETED كل { -station } { -box(case: "acc") } جديدًا دفعة واحدة.
lesson-sees-all-empty = كانت الأخيرة في دفعتها، وكان { -depot(def: "yes") } فارغًا: لم تحصل أي { -station } على { -box } جديد.
lesson-sees-queue = يضعها استدعاء الإنهاء في طابور الاكتمال، ويأخذها { -supervisor(def: "yes") } من هناك.
lesson-sees-article = تستيقظ حلقة المقال من أجلها في أحد انتظاراتها المعدودة، مع كل { -task } انتهت حتى تلك اللحظة، وتعيد تشغيل { -station(form: "bound") }ها فورًا، سواء بقيت { -box(number: "plural") } أم لا.
lesson-sees-taskgroup = تُبلغ { -task } { -box(def: "yes") } نفسها عنها وتحرّر { -station(def: "yes") }، فتأخذ { -task } { -box(def: "yes") } التالي، التي تنتظر عند السيمافور، { -station(def: "yes") } الحرة ذات الرقم الأصغر.
lesson-sees-taskgroup-last = تُبلغ { -task } { -box(def: "yes") } نفسها عنها وتحرّر { -station(def: "yes") }؛ ولم يبقَ أي { -box }، فتبقى { -station(def: "yes") } حرة.
lesson-sees-workers = يُبلغ عامل { -station(def: "yes") } عنها بنفسه ويأخذ { -box(def: "yes") } التالي من الطابور.
lesson-sees-workers-last = يُبلغ عامل { -station(def: "yes") } عنها بنفسه؛ والطابور فارغ، فيعود العامل.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { -task } { -station(def: "yes") } { $station }
lesson-task-worker = عامل { -station(def: "yes") } { $station }
lesson-task-box = { -task } { -box(def: "yes") } { $box }
lesson-task-supervisor = { -supervisor(def: "yes") }
lesson-task-callback = استدعاء راجع من { -event-loop(def: "yes") }

## How often a sleeping task is polled

lesson-sleep-polls-prompt = { -task } { -station(def: "yes") } { $station } نائمة حتى { -shot(form: "bound") }ها التالية، المستحقّة عند { $time } ث (انظر { -timer-queue(def: "yes") }). كم مرة سيستطلعها { -executor(def: "yes") } حتى تُعطى تلك { -shot(def: "yes") }؟
lesson-sleep-polls-none = ولا مرة: { -timer(def: "yes") } يعطي { -shot(def: "yes") } وحده
lesson-sleep-polls-once = مرة واحدة: حين ينطلق { -timer }ها، وذلك الاستطلاع يعطي { -shot(def: "yes") }
lesson-sleep-polls-per-ms =
    نحو { $polls ->
        [zero] { $polls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $polls } مرات
        [many] { $polls } مرةً
       *[other] { $polls } مرة
    }: مرة لكل ملي ثانية من نومها
lesson-sleep-polls-always = مرة بعد مرة، حتى ينطلق { -timer }ها
lesson-sleep-polls-explanation =
    استطلع { -executor(def: "yes") } { -task } { -station(def: "yes") } { $station } مرة واحدة، عند { $time } ث، حين انطلق { -timer }ها: ذلك الاستطلاع { $outcome ->
        [spoiled] وجد { -dose(def: "yes") } فاسدة
       *[shot] أعطى { -shot(def: "yes") }
    }. وفي الـ { $seconds } ث التي سبقته لم يستطلعها إطلاقًا: { -task(def: "yes") } النائمة تنتظر في { -timer-queue(def: "yes") } لا في { -ready-queue(def: "yes") }، ولا تكلّف { -thread(def: "yes") } شيئًا. وفي تلك الأثناء شغّل { -thread(def: "yes") } { $turns ->
        [zero] { $turns } دور
        [one] دورًا واحدًا
        [two] دورين
        [few] { $turns } أدوار
        [many] { $turns } دورًا
       *[other] { $turns } دور
    } ل{ -task(number: "plural") } أخرى.

## Which ready task runs next

lesson-next-turn-prompt = هذه { -task(def: "yes", number: "plural") } جاهزة للتشغيل: { -ready-queue(def: "yes") }، المعروض تحت { -lot(def: "yes") }. أيّها يأخذ { -thread(def: "yes") } تاليًا؟
lesson-next-turn-all = كلها في آن واحد
lesson-next-turn-explanation = التالي على { -thread(def: "yes") } كان في مقدّمة { -ready-queue(def: "yes") }: { $task }. يشغّل { -executor(def: "yes") } { -task(case: "acc") } واحدة في كل مرة، ويأخذ { -task(def: "yes", number: "plural") } الجاهزة بترتيب جاهزيتها: الأول دخولًا هو الأول خروجًا؛ وتعمل كلٌّ منها حتى تصل إلى await. وكان في الطابور خلفه: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = رفعت { -task } { -station(def: "yes") } { $station } خطأً للتو. ماذا يفعل { -supervisor(def: "yes") }؟
lesson-after-failure-stops-run = يوقف التشغيل كله: الخطأ يُنهي البرنامج
lesson-after-failure-retries = يعطي { -station(def: "yes") } { $station } { -box(def: "yes") } نفسه من جديد ليعيد المحاولة
lesson-after-failure-new-box = يُبلغ عن الخطأ ويعطي { -station(def: "yes") } { $station } { -box(case: "acc") } جديدًا فورًا
lesson-after-failure-new-box-later = يُبلغ عن الخطأ، ويعطي { -station(def: "yes") } { $station } { -box(case: "acc") } جديدًا حين تعود الدفعة كلها
lesson-after-failure-station-stops = يُبلغ عن الخطأ؛ ولم يبقَ أي { -box } تأخذه { -station(def: "yes") } { $station }، فتتوقّف
lesson-after-failure-ignores = لا شيء حتى ينتهي التشغيل: الخطأ ينتظر في { -task(def: "yes") }
lesson-after-failure-then-new = حصلت { -station(def: "yes") } { $station } على { -box(def: "yes") } { $box } فورًا، عند { $time } ث، واستمرّت الحلقة
lesson-after-failure-then-later = انتظرت { -station(def: "yes") } { $station } بقية دفعتها وحصلت على { -box(def: "yes") } { $box } عند { $time } ث
lesson-after-failure-then-stops = لم يبقَ أي { -box } تأخذه { -station(def: "yes") } { $station }، فتوقّفت بينما واصلت الأخريات
lesson-after-failure-explanation = { -task(def: "yes") } التي تفشل قد انتهت، فتلقّاها { -supervisor(def: "yes") } كأي { -task } أخرى، وأخذ الخطأ نتيجةً لها وأبلغ عنه: فشل { -box(def: "yes") } { $box }، والسبب: { $error }، وحُسب ما بقي فيه ({ $wasted }) مهدرًا دون إعادة محاولة. ثم { $then }.

## When a station gets its next box

lesson-refill-prompt = عادت { -task } { -station(def: "yes") } { $station }. متى تحصل { -station(def: "yes") } { $station } على { -box }ها التالي؟
lesson-refill-at-once = فورًا: حالما تعود { -task(form: "bound") }ها
lesson-refill-pause = بعد توقّف ثابت، أيًّا كان ما تفعله { -station(def: "yes", number: "plural") } الأخرى
lesson-refill-batch = لاحقًا: حين تعود كل { -task(def: "yes", number: "plural") } الأخرى في دفعتها
lesson-refill-never = أبدًا: لم يبقَ في { -depot(def: "yes") } أي { -box } لها
lesson-refill-explanation-at-once = حصلت { -station(def: "yes") } { $station } على { -box(def: "yes") } { $box } عند { $time } ث، في اللحظة التي عادت فيها { -task(form: "bound") }ها. { $supervisor }
lesson-refill-explanation-batch = لم تحصل { -station(def: "yes") } { $station } على { -box(def: "yes") } { $box } إلا عند { $time } ث، بعد { $seconds } ث من عودة { -task(form: "bound") }ها، حين عادت { -task } { -station(def: "yes") } { $last }، آخر { -task(number: "plural") } دفعتها. { $supervisor }
lesson-refill-explanation-never = لم تحصل { -station(def: "yes") } { $station } على أي { -box } آخر: لم يبقَ لها أي { -box }، فظلّت خاملة حتى نهاية التشغيل.

## How many boxes are done by a time

lesson-boxes-prompt = كم { -box(case: "acc") } سيكتمل عند الثانية { $by }؟
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    عند الثانية { $by } كان { $boxes ->
        [zero] لم يكتمل أي { -box } بعد
        [one] قد اكتمل { -box } واحد
        [two] قد اكتمل { -box(number: "two") }
        [few] قد اكتمل { $boxes } { -box(number: "plural") }
        [many] قد اكتمل { $boxes } { -box(case: "acc") }
       *[other] قد اكتمل { $boxes } { -box }
    }: بزيادة { $more } على لحظة الخطوة، { $now } ث.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = هل ينتهي ALL_COMPLETED قبل FIRST_COMPLETED أم بعده في هذا التشغيل، وبكم؟
lesson-all-vs-first-sooner = ينتهي ALL_COMPLETED أولًا
lesson-all-vs-first-even = ينتهيان بفارق أقل من 0.5٪
lesson-all-vs-first-under-5 = ينتهي ALL_COMPLETED لاحقًا، بأقل من 5٪
lesson-all-vs-first-5-to-20 = ينتهي ALL_COMPLETED لاحقًا، بما بين 5٪ و20٪
lesson-all-vs-first-over-20 = ينتهي ALL_COMPLETED لاحقًا، بأكثر من 20٪
lesson-percent-later = متأخرًا بنسبة { $percent }٪
lesson-percent-sooner = مبكرًا بنسبة { $percent }٪
lesson-all-vs-first-explanation = انتهى ALL_COMPLETED عند { $all } ث وFIRST_COMPLETED عند { $first } ث: { $difference }. وفي انتظار الدفعة كلها، بلغ مجموع خمول { -station(def: "yes", number: "plural") } { $all_idle } ثانية، مقابل { $first_idle } حين تُعاد كل { -station } إلى العمل فور انتهائها.

## A station that blocks the thread

lesson-blocking-prompt = بينما تعمل { -station(def: "yes") } { $station } على { -box }ها، هل تعطي { -station(def: "yes", number: "plural") } الأخرى أي { -shot }؟
lesson-blocking-yes = نعم: تواصل الأخريات إعطاء { -shot(def: "yes", number: "plural") } أثناء عملها
lesson-blocking-no = لا: لا تعطي أيٌّ منها { -shot(case: "acc") } حتى تُفلت { -thread(def: "yes") }
lesson-blocking-explanation =
    أمسكت { -station(def: "yes") } { $station } { -thread(def: "yes") } من { $from } ث إلى { $to } ث، وأعطت { -station(def: "yes", number: "plural") } الأخرى في ذلك الوقت { $shots ->
        [zero] { $shots } { -shot }
        [one] { -shot(case: "acc") } واحدة
        [two] { -shot(number: "two", case: "acc") }
        [few] { $shots } { -shot(number: "plural") }
        [many] { $shots } { -shot(case: "acc") }
       *[other] { $shots } { -shot }
    }. ما دامت { -task } تمسك { -thread(def: "yes") }، لا تعمل أي { -task } أخرى ولا أي استدعاء راجع ل{ -timer }: لا يأتي دور الأخريات إلا حين تُفلته. { $after ->
        [turn] وهنا أعطت { $between ->
            [zero] { $between } { -shot }
            [one] { -shot(case: "acc") } واحدة
            [two] { -shot(number: "two", case: "acc") }
            [few] { $between } { -shot(number: "plural") }
            [many] { $between } { -shot(case: "acc") }
           *[other] { $between } { -shot }
        } قبل أن تمسك { -station(def: "yes") } { $station } { -thread(def: "yes") } من جديد.
        [none] وهنا لم يأتِ دورها قط: أخذت { -station(def: "yes") } { $station } { -box }ها التالي فورًا وأمسكت { -thread(def: "yes") } من جديد.
       *[last] كان ذلك { -box }ها الأخير.
    }

## Breaking a station now

lesson-waste-prompt = إذا تعطّلت { -station(def: "yes") } { $station } الآن، فكم { -dose(case: "acc") } تُهدر؟
lesson-waste-restarted = أبلغ { -supervisor(def: "yes") } عن الخطأ وأعاد تشغيل { -station(def: "yes") } ب{ -box } جديد
lesson-waste-restarted-at = أبلغ { -supervisor(def: "yes") } عن الخطأ، ولا يعطي { -station(def: "yes") } { -box(case: "acc") } جديدًا إلا عند الثانية { $seconds }، حين يوزّع { -box(def: "yes", number: "plural") } من جديد
lesson-waste-stopped = أبلغ { -supervisor(def: "yes") } عن الخطأ؛ وكان { -depot(def: "yes") } فارغًا، فتوقّفت { -station(def: "yes") }
lesson-waste-caught = التقطت { -task(form: "bound") }ها الخطأ وأبلغت عنه بنفسها، وانتقلت { -station(def: "yes") } إلى { -box(def: "yes") } التالي
lesson-waste-caught-stopped = التقطت { -task(form: "bound") }ها الخطأ وأبلغت عنه بنفسها؛ ولم يبقَ أي { -box }، فتوقّفت { -station(def: "yes") }
lesson-waste-explanation = تعطّلت { -station(def: "yes") } { $station } وفي { -box(def: "yes") } { $box } ما زال { $wasted }: تُهدر كلها، ويبقى ما أعطته من ذلك { -box(def: "yes") } ({ $given }) معطًى، ثم { $then }.

## The article's loop

lesson-vanished-prompt = حين تنتهي الحلقة، كم { -dose(case: "acc") } تختفي من التقرير (أُعطيت ولم يُبلَّغ عنها قط، أو رُميت)؟
lesson-vanished-explanation =
    أجرت الحلقة انتظارها الأخير وانتهى البرنامج وما زالت { $tasks ->
        [zero] { $tasks } { -task }
        [one] { -task } واحدة
        [two] { -task(number: "two") }
        [few] { $tasks } { -task(number: "plural") }
        [many] { $tasks } { -task(case: "acc") }
       *[other] { $tasks } { -task }
    } قيد التشغيل: ألغاها asyncio.run في منتصف { -box(def: "yes") }. ومن { -dose(number: "plural") }ها ({ $vanished })، أُعطيت ولم يُبلَّغ عنها قط: { $unreported }؛ ورُميت مع { -box(number: "plural") }ها: { $discarded }.
lesson-printed-prompt = تطبع الحلقة عدد انتظاراتها على أنه رقم كل { -box }. من هذه اللحظة فصاعدًا، ما أول رقم تطبعه الحلقة ل{ -box(number: "two", case: "gen") } مختلفين؟
lesson-program-lost-prompt = كم { -dose(case: "acc") } يخسر هذا { -supervisor(def: "yes") }: أُعطيت ولم يُبلَّغ عنها قط، أو رُميت مع { -box(number: "plural") } لم يُبلِّغ عنها قط؟
lesson-program-lost-explanation =
    شغّله CPython على هذه السحوبات نفسها، فخسر ما مجموعه { $lost } في { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two", case: "gen") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }: منه ما أُعطي ولم يُبلَّغ عنه قط ({ $unreported })، ومنه ما رُمي أو أُهدر مع تلك { -box(def: "yes", number: "plural") } ({ $thrown_away }). ويُظهر { -lot(def: "yes") } والسجل كل { -box }.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box(def: "yes") } { $box } في { -station(def: "yes") } { $station }
lesson-printed-explanation =
    في الانتظار { $wait } عادت { $tasks ->
        [zero] { $tasks } { -task }
        [one] { -task } واحدة
        [two] { -task(number: "two") }
        [few] { $tasks } { -task(number: "plural") }
        [many] { $tasks } { -task(case: "acc") }
       *[other] { $tasks } { -task }
    } دفعة واحدة، فطبعت الحلقة { $printed } لكلٍّ منها ({ $boxes }) وعدّت انتظارًا واحدًا فقط.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = { -thread } واحد و{ -task(number: "plural") } كثيرة
lesson-one-thread-step-1 = تتشارك ثلاث { -station(number: "plural") } تطعيم { -thread(case: "acc") } واحدًا. تعمل كل { -station } على { -box } { -dose(number: "plural") }ها بوصفه { -task(case: "acc") } غير متزامنة: قبل كل { -shot } تنام بقدر ما تستغرقه { -shot(def: "yes") }، ثم تعطيها. لا شيء هنا يعمل على التوازي. يشغّل { -executor(def: "yes") } { -task(case: "acc") } واحدة في كل مرة، ولا تعمل { -task(def: "yes") } إلا حتى تصل إلى await. فتح { -supervisor(def: "yes") } { -box(case: "acc") } في كل { -station }، وهو الآن ينتظر أن تنتهي أول { -task }.
lesson-one-thread-step-2 = تضم { -awaited-set(def: "yes") } { -task(case: "acc") } واحدة لكل { -station }، ويحفظ { -timer-queue(def: "yes") } اللحظة التي يحين فيها استيقاظ كل { -task } نائمة. و{ -supervisor(def: "yes") } نائم أيضًا، ينتظر أن تكتمل أول { -task } في { -awaited-set(def: "yes") }.
lesson-one-thread-step-3 = أعطت { -station(def: "yes") } 3 آخر { -dose } في { -box }ها: عادت { -task(form: "bound") }ها، واستيقظ { -supervisor(def: "yes") }، الذي ينتظر مجموعة { -task(number: "plural") } { -station(def: "yes", number: "plural") }، من أجل تلك { -task(def: "yes") } وحدها وأبلغ عن { -box }ها. و{ -task(def: "yes", number: "two") } الأخريان لا تزالان تعملان. { -awaited-set(def: "yes") } ليست ثابتة: إنها تتغيّر مع تقدّم التشغيل.
lesson-one-thread-step-4 = يعرض { -inspector(def: "yes") } عدد مرّات استطلاع كل { -task } وإيقاظها. تُستطلع { -task(def: "yes") } حين تبدأ وكلما أيقظها { -timer }ها؛ وبين ذلك لا تعمل ولا تحجز شيئًا. لهذا يستطيع { -thread } واحد أن يرعى { -station(number: "plural") } كثيرة: في معظم الوقت تكون كل { -task(def: "yes", number: "plural") } نائمة.
lesson-one-thread-step-5 = أعطى { -depot(def: "yes") } للتو آخر { -box } لديه. من الآن لا يبدأ { -supervisor(def: "yes") } أي { -task } جديدة: إنما ينتظر { -task(def: "yes", number: "plural") } التي لا تزال تعمل، وتتوقّف كل { -station } حين ينتهي آخر { -box } لها.
lesson-one-thread-step-6 = انتهى التشغيل. كل { -dose } محسوبة: { -dose(def: "yes", number: "plural") } المعطاة و{ -dose(def: "yes", number: "plural") } المهدرة مجموعها كل { -dose(number: "plural") } { -depot(def: "yes") }. أعد تشغيل أي خطوة، أو غيّر المعاملات وشاهد الحلقة نفسها تتعامل مع { -station(number: "plural") } أكثر.
lesson-one-thread-summary = التزامن على { -thread } واحد: تتناوب { -task(def: "yes", number: "plural") }، ولا تعمل { -task(def: "yes") } إلا حتى تصل إلى await. { -task(def: "yes") } النائمة لا تكلّف شيئًا، لذا تُبقي حلقة واحدة { -station(number: "plural") } كثيرة مشغولة بينما يعالج { -supervisor(def: "yes") } كل { -task } حين تنتهي.

lesson-failure-title = الأخطاء بوصفها قيمًا
lesson-failure-step-1 = في هذا التشغيل قد تفسد { -dose(def: "yes") }: كل { -shot } تفشل باحتمال ضئيل، وعندها تنتهي { -task } { -station(def: "yes") } بخطأ بدلًا من عدد. في Rust تعيد { -task(def: "yes") } قيمة Err. وفي asyncio يرفع الروتين المشترك استثناءً، وتحتفظ به { -task(def: "yes") } حتى يطلب أحدٌ نتيجتها.
lesson-failure-step-2 = فشلت { -task } { -station(def: "yes") } 1 للتو: فسدت { -dose(def: "yes") } 17 من { -box }ها، وانتهت { -task(def: "yes") } بخطأ بدلًا من عدد. { -task(def: "yes") } التي تفشل قد انتهت هي أيضًا: فبالنسبة إلى { -supervisor(def: "yes") } الذي ينتظر اكتمال أول { -task }، الخطأ نتيجة كأي نتيجة أخرى.
lesson-failure-step-3 = أخذ { -supervisor(def: "yes") } الخطأ من { -task(def: "yes") } المنتهية وأبلغ عنه. تُحسب { -dose(def: "yes", number: "plural") } الباقية في { -box(def: "yes") } الذي فشل مهدرةً لا مفقودة، وتبدأ { -station(def: "yes") } من جديد ب{ -box } جديد من { -depot(def: "yes") }. اقرأ السجل: يذكر الفشل { -station(def: "yes") } و{ -box(def: "yes") } و{ -dose(def: "yes") } الفاسدة.
lesson-failure-step-4 = يمكنك أن تعطّل { -station(case: "acc") } بنفسك: انقر { -station(case: "acc") } تعمل في { -lot(def: "yes") }، أو ضع التركيز عليها واضغط Enter. يعالج { -supervisor(def: "yes") } هذا الخطأ تمامًا كما يعالج { -dose(case: "acc") } فاسدة. وقبل أن تجرّب، توقّع كم سيكلّف تعطيل { -station(def: "yes") } 1 الآن.
lesson-failure-step-5 = الإحصاءات: { -dose(def: "yes", number: "plural") } المعطاة، و{ -dose(def: "yes", number: "plural") } المهدرة، و{ -box(def: "yes", number: "plural") } التي فشلت. مهما فشل، يبقى الحساب متوازنًا: { -dose(def: "yes", number: "plural") } المعطاة والمهدرة والباقية في { -box(def: "yes", number: "plural") } المفتوحة مجموعها دائمًا كل { -dose(def: "yes", number: "plural") } المأخوذة من { -depot(def: "yes") }.
lesson-failure-step-6 = في الشيفرة، ينظر { -supervisor(def: "yes") } في نتيجة كل { -task } منتهية: عدد عند النجاح، وخطأ عند الفشل، وفي الحالتين تحصل { -station(def: "yes") } على { -box } جديد ما دام في { -depot(def: "yes") } { -box }. الفشل لا يوقف الحلقة أبدًا، لأن الخطأ يصل قيمةً يعالجها { -supervisor(def: "yes") }.
lesson-failure-summary = الخطأ نتيجة كأي نتيجة أخرى: { -task(def: "yes") } التي فشلت قد انتهت، فيأخذ { -supervisor(def: "yes") } خطأها قيمةً، ويحسب { -dose(def: "yes", number: "plural") } الباقية في { -box(def: "yes") } مهدرةً، ويعيد تشغيل { -station(def: "yes") }، وتستمرّ الحلقة.

lesson-blocking-title = { -task } لا تصل إلى await أبدًا
lesson-blocking-step-1 = { -station(def: "yes") } 1 مكتوبة خطأً: قبل كل { -shot } تنام باستدعاء حاجب (time.sleep في Python، وstd::thread::sleep في Rust؛ ويحاكيه المحرّك بتقديم ساعتها بينما تُبقي { -thread(def: "yes") }) بدلًا من انتظار نوم بـ await. الاستدعاء الحاجب يُبقي { -thread(def: "yes") }. { -station(def: "yes", number: "two") } 2 و3 مكتوبتان كما كانتا، وقد بدأت { -task(def: "yes", number: "plural") } الثلاث معًا.
lesson-blocking-step-2 = أفلتت { -station(def: "yes") } 1 { -thread(def: "yes") } للتو: اكتمل { -box }ها وعادت { -task(form: "bound") }ها. لم تعطِ { -station(def: "yes", number: "two") } 2 و3 { -shot(case: "acc") } واحدة: عملت { -station(def: "yes") } 1 أولًا وأمسكت { -thread(def: "yes") } قبل أن تتمكّن { -task(number: "two", form: "bound") }هما حتى من بدء نومهما الأول. تبدآنه الآن، ويبدأ { -supervisor(def: "yes") } { -station(def: "yes") } 1 ب{ -box } جديد سيعمل قبل أن يحين موعد { -timer(number: "two", case: "gen", form: "bound") }هما. انظر إلى { -executor(def: "yes") }: { -awaited-set(def: "yes") } و{ -timer-queue(def: "yes") }.
lesson-blocking-step-3 = أفلتت { -station(def: "yes") } 1 { -thread(def: "yes") } مرة أخرى، بعد { -box }ها الثاني. وبينما كانت تمسكه حان موعد { -timer(number: "two", case: "gen", form: "bound") } { -station(def: "yes", number: "two", case: "gen") } 2 و3؛ وحين أفلتته انطلقا، و{ -task(number: "two", form: "bound") }هما تنتظران الآن في { -ready-queue(def: "yes") }، المعروض تحت { -lot(def: "yes") }. { -thread(def: "yes") } الآن مع { -supervisor(def: "yes") }: لقد أعطى { -station(def: "yes") } 1 { -box }ها التالي للتو.
lesson-blocking-step-4 = لم تكد { -station(def: "yes", number: "two") } 2 و3 تعطيان أي { -shot }: كلٌّ منهما تعطي { -shot(case: "acc") } واحدة مقابل كل { -box } من { -box(number: "plural") } { -station(def: "yes") } 1. في كل مرة تُفلت فيها { -station(def: "yes") } 1 { -thread(def: "yes") }، تنطلق معًا { -timer(def: "yes", number: "plural") } التي حان موعدها في الأثناء، ويأتي دور كلٍّ من { -station(def: "yes", number: "two", case: "gen") } 2 و3 مرة واحدة، ثم يأخذ { -box } { -station(def: "yes") } 1 التالي { -thread(def: "yes") } من جديد.
lesson-blocking-step-5 = أنهت { -station(def: "yes") } 1 آخر { -box } لها قبل أن تنهي الأخريات { -box }هن الأول. انظر إلى { -thread(def: "yes") } تحت { -lot(def: "yes") }: شريط أدواره الأخيرة يُظهر من عمل وكم من الوقت. أدوار { -station(def: "yes") } 1 تدوم ثواني، { -box } كامل في كل دور؛ وبينها يأتي دور كلٍّ من { -station(def: "yes", number: "two", case: "gen") } 2 و3 مرة واحدة، بطول { -shot } واحدة، فلا يستغرق أي وقت.
lesson-blocking-step-6 = الإصلاح أن تنتظر بـ await نومًا يُعيد { -thread(def: "yes") }: في Python تكتب await asyncio.sleep(...) بدل time.sleep(...)، أي كلمة مفتاحية ودالة أخرى؛ وفي Rust تنتظر sleep الخاص ببيئة التشغيل بـ await. عندها تُعيد { -station(def: "yes") } { -thread(def: "yes") } عند كل { -shot }، وتعمل الأخريات بينما تنتظر. وأي استدعاء حاجب يُحدث الضرر نفسه: قراءة ملف، أو حساب بطيء، أو استدعاء شبكة دون await.
lesson-blocking-summary = { -task(def: "yes") } التي لا تصل إلى await أبدًا تُبقي { -thread(def: "yes") }، ولا تعمل أي { -task } أخرى حتى تُفلته. انتظر بـ await بدلًا من الحجب، كي تعمل الأخريات بينما تنتظر { -task } ما.

lesson-policies-title = انتظار الأولى أم انتظار الجميع
lesson-policies-step-1 = تعمل { -station(def: "yes", number: "plural") } بسرعات مختلفة: تعطي { -station(def: "yes") } 1 { -shot(number: "plural") }ها أسرع من { -station(def: "yes") } 2 بمرتين، وتعطيها { -station(def: "yes") } 3 بنصف سرعة { -station(def: "yes") } 2. ينتظر { -supervisor(def: "yes") } اكتمال أول { -task } (FIRST_COMPLETED) ويعيد تشغيل تلك { -station(def: "yes") } فورًا. لنفترض أنه انتظرها كلها (ALL_COMPLETED) قبل أن يعيد تزويد أيٍّ منها.
lesson-policies-step-2 = الآن البذرة نفسها مع ALL_COMPLETED: ينتظر { -supervisor(def: "yes") } الدفعة كلها من { -task(def: "yes", number: "plural") } التي بدأها. أنهت { -station(def: "yes") } 1 { -box }ها أولًا، وأبلغ { -supervisor(def: "yes") } عنه.
lesson-policies-step-3 = عادت { -task } { -station(def: "yes") } 2 أيضًا، وأُبلغ عن { -box }ها. و{ -station(def: "yes") } 3، الأبطأ، لا تزال تعمل على { -box }ها الأول. تُظهر { -awaited-set(def: "yes") } ما ينتظره { -supervisor(def: "yes") }.
lesson-policies-step-4 = تعيد الرسوم البيانية تشغيل البذرة نفسها مع كل سياسة. يُظهر الزمن مع { -box } مفتوح أين يخسر ALL_COMPLETED: تنتظر { -station(def: "yes", number: "plural") } السريعة أبطأها في كل دفعة.
lesson-policies-step-5 = طريقة ثالثة: ترسل { -task } كل { -station } نتيجتها عبر طابور، ويأخذ { -supervisor(def: "yes") } النتائج من الطابور بترتيب وصولها. إنه التشغيل نفسه الذي يعطيه FIRST_COMPLETED، { -box(case: "acc") } ب{ -box } وميكروثانيةً بميكروثانية، مكتوبًا بطريقة أخرى. قارن شيفرة الاثنين.
lesson-policies-summary = طريقة انتظار { -supervisor(def: "yes") } تحدّد كيف تُستخدم { -station(def: "yes", number: "plural") }: يعيد FIRST_COMPLETED تزويد كل { -station } فور انتهائها، بينما يترك ALL_COMPLETED { -station(def: "yes", number: "plural") } السريعة خاملة حتى تنتهي أبطأ { -station } في الدفعة.

lesson-article-title = حلقة المقال بأخطائها كلها
lesson-article-step-1 = يتبع هذا التشغيل مسار التحكّم في مقال asyncio الشهير كما كُتب. حلقته لا تعدّ { -box(def: "yes", number: "plural") }: بل تعدّ كم مرة انتظرت مجموعة { -task(number: "plural") } { -station(def: "yes", number: "plural") }، وتتوقّف بعد عدد من الانتظارات يساوي عدد { -box(def: "yes", number: "plural") }. وكل { -task } تجدها منتهية تحصل فورًا على { -box } جديد، سواء بقيت { -box(number: "plural") } أم لا.
lesson-article-step-2 = الحلقة قريبة من انتظارها الأخير، وكل { -station } في منتصف { -box }. حين يعود ذلك الانتظار ينتهي البرنامج، ويلغي asyncio.run كل { -task } لا تزال تعمل. توقّع كم يكلّف ذلك.
lesson-article-step-3 = يُظهر { -depot(def: "yes") } { -box(def: "yes", number: "plural") } المأخوذة بما يتجاوز ما فيه: أعادت الحلقة تشغيل { -task(number: "plural") } بعد نفاد آخر { -box }. وتعدّ الإحصاءات { -dose(def: "yes", number: "plural") } التي اختفت: تلك التي أعطتها { -task(def: "yes", number: "plural") } الملغاة ولم يُبلَّغ عنها قط، وتلك الباقية في { -box(number: "plural") }ها التي رُميت.
lesson-article-step-4 = الآن تستغرق كل { -shot } 100 ملّي ثانية بالضبط، فتُنهي { -station(def: "yes", number: "plural") } الثلاث كل { -box } في اللحظة نفسها، ويعيد انتظار واحد { -task(def: "yes", number: "plural") } الثلاث. تطبع الحلقة عدّاد انتظاراتها حيث ينبغي أن يكون رقم { -box(def: "yes") }.
lesson-article-step-5 = يظهر كل رقم ثلاث مرات، وتُبلغ الحلقة عن ثلاثة { -box(number: "plural") } في كل انتظار: بعد انتظاراتها الستة أبلغت عن ثمانية عشر { -box(case: "acc") } من { -depot } فيه ستة. تعيد المقارنة تشغيل البذرة نفسها مع كل سياسة: { -supervisor(def: "yes", number: "plural") } الدقيقون يفتحون ستة { -box(number: "plural") } ولا يخسرون شيئًا.
lesson-article-step-6 = التشغيل نفسه مع FIRST_COMPLETED، كما يكتبه { -supervisor } هذا التطبيق: يعدّ { -box(def: "yes", number: "plural") }، ولا يعيد تشغيل { -station } إلا ما دام في { -depot(def: "yes") } { -box }، وينتظر { -station(def: "yes", number: "plural") } التي لا تزال تعمل قبل أن يعود. كل { -dose } تُعطى ويُبلَّغ عنها.
lesson-article-summary = عُدَّ ما تقصد فعلًا أن تعدّه: حلقة المقال تعدّ الانتظارات بدل { -box(def: "yes", number: "plural") }، فتأخذ { -box(number: "plural") } بما يتجاوز ما في { -depot(def: "yes") }، وتطبع أرقام الانتظارات على أنها أرقام { -box(number: "plural") }، وعند خروجها تُلغي { -task(number: "plural") } لا يُبلَّغ عن { -dose(number: "plural") }ها أبدًا.

lesson-own-supervisor-title = اكتب { -supervisor }ك الخاص
lesson-own-supervisor-step-1 = هنا تصبح حلقة المقال الشهير برنامجًا خاصًّا بك: تعرضه واجهة Python في محرِّر، ويشغّله CPython على { -station(number: "plural") } هذا التشغيل وسحوباته. يبدأ { -task(case: "acc") } لكل { -station }، وينتظر عددًا ثابتًا من المرات، ويعيد تشغيل كل { -station } يجد { -task(form: "bound") }ها منتهية. توقّع قبل أن تنظر: كم يخسر؟
lesson-own-supervisor-step-2 = هذا { -supervisor(def: "yes") } يبدأ { -task(case: "acc") } لكل { -station } ولا ينتظر أيًّا منها؛ بل يكتفي بالنوم. لا تحتاج { -task(def: "yes") } إلى من ينتظرها بـ await كي تعمل: ف{ -event-loop(def: "yes") } تشغّلها على أي حال. لكن لا أحد يأخذ نتيجتها، فلا أحد يُبلغ عن { -box }ها.
lesson-own-supervisor-step-3 = الإصلاح: الانتظار ما دامت أي { -task } تعمل، مهما تطلّب ذلك من انتظارات، والإبلاغ عن كل { -task } في كل مجموعة { -task(number: "plural") } منتهية، وعدم إعادة تشغيل { -station } إلا ما دام في { -depot(def: "yes") } { -box }. توقّع ما يخسره هذا { -supervisor(def: "yes") }.
lesson-own-supervisor-step-4 = وهذا أيضًا يُبلغ عن كل { -box }، لكنه يتوقّف برهةً بعد كل إبلاغ باستدعاء time.sleep. لا يضيع شيء، ومع ذلك: انظر إلى الملاحظات تحت نتيجته. ما دام { -supervisor(def: "yes") } ينام بهذه الطريقة فهو يمسك { -thread(def: "yes") } الوحيد، ولا تعطي أي { -station } أي { -shot }. قارن متى ينتهي تشغيله بمتى انتهى التشغيل السابق.
lesson-own-supervisor-step-5 = برنامجك الآن هو { -supervisor } FIRST_COMPLETED في المحرّك، سطرًا بسطر. يقارن الزر الموجود تحت نتيجته بين التشغيلين حدثًا حدثًا على السحوبات نفسها. غيّر البرنامج في المحرِّر، وشغّله مرة أخرى، وانظر أين يفترق الاثنان.
lesson-own-supervisor-summary = { -supervisor(def: "yes") } مسؤول عن كل { -task } يبدؤها: ينتظر كلًّا منها، وينظر في نتيجتها، ولا يعود إلا حين لا تبقى أي { -task } تعمل. و{ -task(def: "yes") } التي لا ينتظرها أحد تعمل مع ذلك، لكن ما تفعله يضيع من الحساب.
lesson-exercises-title = تمارين
lesson-exercises-step-1 = دورك الآن: هذا { -supervisor(def: "yes") } لا ينتظر إلا ما دامت كل { -station(def: "yes", number: "plural") } مشغولة. فما إن تجد إحداها { -depot(def: "yes") } فارغًا حتى يعود، فيلغي asyncio.run { -task(def: "yes", number: "plural") } التي لا تزال تعطي { -shot(def: "yes", number: "plural") }. عدّله في المحرِّر حتى يُبلغ عن كل { -box } ولا يخسر أي { -dose }، ثم اضغط «شغّل برنامجي». يتحقّق الهدف تحت هذا النص من كل تشغيل لك.
lesson-exercises-step-2 = هذا { -supervisor(def: "yes") } لا يخسر شيئًا، لكنه يتوقّف برهةً بعد كل إبلاغ باستدعاء time.sleep، فيمسك { -thread(def: "yes") } الوحيد: ولا تعطي أي { -station } { -shot(case: "acc") } في أثناء ذلك. أنت تكتب { -supervisor(def: "yes") } وحده (أما { -station(def: "yes", number: "plural") } فمن الصفحة)، ولذا فالاستدعاء الحاجب هنا هو استدعاء { -supervisor(def: "yes") }. اجعله يتوقّف دون أن يمسك { -thread(def: "yes") }، ثم اضغط «شغّل برنامجي» من جديد.
lesson-exercises-step-3 = مع ALL_COMPLETED تنتظر كل دفعة من { -box(def: "yes", number: "plural") } أبطأها، و{ -station(def: "yes") } 3 تعمل بنصف السرعة. أفرغ { -depot(def: "yes") } نفسه أسرع: غيّر السياسة أو { -station(def: "yes", number: "plural") } أو سرعاتها في «المعاملات» أسفل الصفحة، وطبّقها، وشغّل التشغيل حتى نهايته. يتحقّق الهدف من التشغيل المعروض.
lesson-exercises-summary = يُتحقَّق من التمرين على تشغيلك أنت، لا باليد أبدًا: يشغّل CPython { -supervisor }ك على سحوبات المحرّك، وتعدّ الصفحة كل { -box } وكل { -dose } يُبلغ عنهما، وكل استدعاء حاجب، والمدة التي يستغرقها { -depot(def: "yes") }.

lesson-event-loop-title = أنت { -event-loop(def: "yes") }
lesson-event-loop-step-1 = هذه المرة أنت { -event-loop(def: "yes") }. بدأ { -supervisor(def: "yes") } للتو { -task(number: "plural") } ثلاث { -station(number: "plural") }؛ تستغرق كل { -shot } 0.2 ث في { -station(def: "yes", number: "two", case: "gen") } 1 و2، و0.4 ث في { -station(def: "yes") } 3. عند كل قرار تتّخذه الحلقة، اختر ما تفعله: أيّ { -task } جاهزة تستأنف، أو أيّ { -timer } تُطلق حين لا تكون أي { -task } جاهزة. يُتحقَّق من كل قرار وفق قواعد asyncio، ويتابع التشغيل من القرار الصحيح.
lesson-event-loop-step-2 = توشك { -station(def: "yes", number: "two") } 1 و2 على إعطاء آخر { -shot } في { -box(number: "two", case: "gen", form: "bound") }هما. أدِّ دور الحلقة مرة أخرى: لاحظ من يُوقَظ حين تنتهي { -task } { -station }، وأين ينضمّ إلى { -ready-queue(def: "yes") }.
lesson-event-loop-step-3 = تشغيل آخر: { -station(def: "yes") } 2 تحجب الآن { -thread(def: "yes") } طوال { -box }ها، 0.6 ث، باستدعاء حاجب بدلًا من await. يحين موعد { -timer(number: "two", case: "gen", form: "bound") } { -station(def: "yes", number: "two", case: "gen") } 1 و3 بينما تمسك { -thread(def: "yes") }. أيّ { -timer } تُطلق الحلقة حين تستعيد { -thread(def: "yes") }، ومن تستأنف؟
lesson-event-loop-step-4 = عودة إلى التشغيل الأول، للمشاهدة هذه المرة لا لأداء الدور: يُظهر منظر { -thread(def: "yes") } تحت { -lot(def: "yes") } { -ready-queue(def: "yes") } عند كل حدث من أي تشغيل، ومقدّمته أولًا. حان موعد { -station(def: "yes", number: "two", case: "gen") } 1 و2 معًا من جديد، ومعهما { -station(def: "yes") } 3.
lesson-event-loop-step-5 = هذا هو عمل الحلقة كله: أن تأخذ من مقدّمة { -ready-queue(def: "yes") }، وحين يفرغ، أن تنام حتى أقرب { -timer }. يُظهر منظر { -thread(def: "yes") } تحت { -lot(def: "yes") } الطابور نفسه في كل لحظة من أي تشغيل؛ افتح { -lot(def: "yes") } مع loop=1 في العنوان لتواصل أداء دور الحلقة على تشغيل من اختيارك.
lesson-event-loop-summary = تتّخذ الحلقة نوعين من القرارات، ولا يعود أيٌّ منهما إلى { -task(def: "yes", number: "plural") }. فهي تستأنف { -task(def: "yes", number: "plural") } الجاهزة بترتيب جاهزيتها، الأول دخولًا هو الأول خروجًا؛ وحين لا تكون أي { -task } جاهزة تنام حتى أقرب موعد وتُطلق في دورة واحدة كل { -timer } يحين موعده حينئذٍ. و{ -task(def: "yes") } التي تنتهي لا توقظ من ينتظرها إلا عبر استدعاء الإنهاء، بعد دورة، و{ -task(def: "yes") } التي تحجب { -thread(def: "yes") } تجعل كل { -timer } حان موعده في الأثناء ينتظر حتى تُفلته.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = أنت { -event-loop(def: "yes") }. يضم { -ready-queue(def: "yes") }، بترتيب انضمامها إليه: { $queue }. أيّ { -task } تستأنف؟
loop-fire-prompt = أنت { -event-loop(def: "yes") }. هذه { -timer(def: "yes", number: "plural") } مضبوطة. أيّها تُطلق تاليًا؟
loop-station = { -station(def: "yes") } { $station }
loop-fire-option =
    { $count ->
        [zero] { $stations }، موعدها جميعًا عند { $due } ث
        [one] { $stations }، موعدها عند { $due } ث
        [two] { $stations }، موعدهما معًا عند { $due } ث
        [few] { $stations }، موعدها جميعًا عند { $due } ث
        [many] { $stations }، موعدها جميعًا عند { $due } ث
       *[other] { $stations }، موعدها جميعًا عند { $due } ث
    }
# $behind and $supervisor kept apart by words: values side by side swap
# places right to left.
loop-resume-why = { -ready-queue(def: "yes") } في asyncio يعمل بمبدأ «الأول دخولًا هو الأول خروجًا»، والأول فيه { $task }، منذ { $since } ث ({ $cause })، وخلفه { $behind }، لذا تستأنفه الحلقة قبلها.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}ينتظر { -supervisor(def: "yes") } في الخلف: بعد انتهاء { $task } عند { $since } ث، لا يشغّل asyncio استدعاء إنهاء { -task(def: "yes") } المنتهية إلا بعد دورة، وعندها فقط يستيقظ { -supervisor(def: "yes") }.
loop-supervisor-behind-callback = {" "}ينتظر { -supervisor(def: "yes") } في الخلف: أيقظه استدعاء إنهاء { -task } منتهية عند { $since } ث، ويشغّل asyncio ذلك الاستدعاء بعد دورة من انتهاء { -task(def: "yes") }.
loop-cause-done-callback = أيقظه استدعاء إنهاء { -task } منتهية
loop-cause-timer = انطلق { -timer }ه
loop-cause-done = بعد انتهاء { $task } أيقظه استدعاء الإنهاء
loop-cause-spawned = بدأ { -supervisor(def: "yes") } تشغيله للتو
loop-cause-woken = أيقظه { $task }
loop-fire-why = تنام الحلقة حتى أقرب موعد وتُطلق { -timer(def: "yes") } الذي يحين حينئذ: { $stations }، عند { $due } ث. والموعد الأبعد ينتظر دوره.
loop-fire-why-tie = أقرب موعد، { $due } ث، مشترك بين عدة { -timer(number: "plural") }: { $stations }. تُطلق الحلقة في دورة واحدة كل { -timer } يحين موعده حينئذ، وتنضمّ { -task(number: "plural") } تلك { -station(def: "yes", number: "plural") } معًا إلى { -ready-queue(def: "yes") } (يأخذ asyncio { -timer(def: "yes", number: "plural") } المتزامنة بترتيب كومته؛ وتأخذها هذه الصفحة بترتيب أرقام { -station(def: "yes", number: "plural") }).
loop-fire-why-late =
    أمسكت { -task } { -thread(def: "yes") } حتى { $now } ث، متجاوزةً أقرب موعد ({ $due } ث). وحين أفلتته، أطلقت الحلقة كل { -timer } حان موعده، الأقدم أولًا: { $count ->
        [zero] { $stations }
        [one] { $stations }
        [two] { $stations }، بهذا الترتيب
        [few] { $stations }، بهذا الترتيب
        [many] { $stations }، بهذا الترتيب
       *[other] { $stations }، بهذا الترتيب
    }.
lesson-cannot-one-of-many = سؤال من نوع { $kind } يطرح قرارًا تلو الآخر، في لوحته الخاصة
lesson-error-decisions = المتوقّع عدد قرارات من 1 إلى { $limit }، والموجود { $found }
lesson-error-flag = المتوقّع true أو false، والموجود { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = القرار { $number } من { $count }
loop-kind-resume = استأنِف { -task(case: "acc") }.
loop-kind-fire = أطلِق { -timer(case: "acc") }.
loop-asyncio-would = ليس هذا ما يفعله asyncio؛ فهو يختار: { $answer }.
loop-next = القرار التالي
loop-done =
    { $count ->
        [zero] اتّخذتَ { $count } قرار من قرارات الحلقة
        [one] اتّخذتَ قرار الحلقة
        [two] اتّخذتَ قرارَي الحلقة
        [few] اتّخذتَ { $count } قرارات من قرارات الحلقة
        [many] اتّخذتَ { $count } قرارًا من قرارات الحلقة
       *[other] اتّخذتَ { $count } قرار من قرارات الحلقة
    }، وطابقتَ asyncio في { $right }.
loop-none = من هذه اللحظة حتى نهاية التشغيل، ليس على الحلقة أن تتّخذ أي قرار: لا تكون أكثر من { -task } واحدة جاهزة في أي وقت، ولا ينتظر أكثر من { -timer } واحد.
loop-mode-title = أنت { -event-loop(def: "yes") }
loop-mode-intro = يتوقّف التشغيل عند كل قرار تتّخذه { -event-loop(def: "yes") }. اختر ما تفعله؛ تتحقّق الصفحة منه وفق قواعد asyncio، ثم يتابع التشغيل من القرار الصحيح.

## How sure the learner is, why, and the results to download

results-step-name = { $title }، الخطوة { $number } من { $steps }
lesson-confidence = ما مدى ثقتك؟
lesson-confidence-guess = تخمين
lesson-confidence-fairly-sure = ثقة معقولة
lesson-confidence-sure = ثقة تامة
lesson-reason = لماذا؟ في سطر واحد:
    .placeholder = لأنّ…
lesson-your-reason = سببك:
results-download = نزّل نتائجي
    .title = كل إجابات هذا الدرس في ملف JSON واحد (عبارات xAPI) لعرض الصف لدى معلّمك؛ لا يغادر شيءٌ متصفّحك حتى ترسله.
lesson-summary-loop =
    أداء دور الحلقة: طابقتَ asyncio في { $right } من { $asked ->
        [zero] { $asked } قرار
        [one] قرار واحد
        [two] قرارين
        [few] { $asked } قرارات
        [many] { $asked } قرارًا
       *[other] { $asked } قرار
    }.
loop-queue-note = يعرض منظر { -thread(def: "yes") } تحت { -lot(def: "yes") } { -thread(def: "yes") } كما كان عند آخر حدث؛ والحلقة تختار بعده.
