# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = {"، "}
lesson-doses =
    { $count ->
        [zero] { $count } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $count } جرعات
        [many] { $count } جرعةً
       *[other] { $count } جرعة
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
lesson-step-announce = الخطوة { $number } من { $steps }. { $text }
lesson-look-at = انظر إلى { $region }.
lesson-focus-lot = موقف السيارات
lesson-focus-executor = المنفّذ
lesson-focus-inspector = مفتّش المهام
lesson-focus-charts = الرسوم البيانية
lesson-focus-code = الشيفرة
lesson-focus-log = سجلّ الأحداث
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
lesson-goal-loses-nothing = يُبلغ مشرفك عن كل صندوق في المستودع ({ $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }) ولا يخسر أي جرعة.
lesson-goal-cooperates = لا يمسك مشرفك الخيط أبدًا باستدعاء حاجب، ولا يخسر أي جرعة.
lesson-goal-makespan = إفراغ المستودع ({ $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }، في كلٍّ منها { $capacity ->
        [zero] { $capacity } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $capacity } جرعات
        [many] { $capacity } جرعةً
       *[other] { $capacity } جرعة
    }) في { $seconds } ث من الزمن المحاكى على الأكثر.
lesson-goal-run-mine = اضغط «شغّل برنامجي» في واجهة Python: يشغّل CPython برنامجك على هذا التشغيل، ويُتحقَّق من الهدف عليه.
lesson-goal-did-not-run = لم يعمل برنامجك حتى نهايته: { $reason }
lesson-goal-program-problems = تشغيل برنامجك على CPython: { $problems }.
lesson-goal-lost = خسر { $doses } في { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقين
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }
lesson-goal-pending-tasks = بقيت { $tasks ->
        [zero] { $tasks } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $tasks } مهام
        [many] { $tasks } مهمةً
       *[other] { $tasks } مهمة
    } تعمل حين عاد
lesson-goal-beyond-depot = فتح { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    } بما يتجاوز صناديق المستودع البالغ عددها { $depot }
lesson-goal-left-in-depot = ترك { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    } في المستودع
lesson-goal-blocked = أمسك السطر { $line } الخيطَ { $calls ->
        [zero] { $calls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $calls } مرات
        [many] { $calls } مرةً
       *[other] { $calls } مرة
    }، مدة { $seconds } ث في المجموع
lesson-goal-blocked-elsewhere = أمسكت استدعاءات حاجبة خارج شيفرتك الخيطَ { $calls ->
        [zero] { $calls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $calls } مرات
        [many] { $calls } مرةً
       *[other] { $calls } مرة
    }، مدة { $seconds } ث في المجموع
lesson-goal-reported-all = أبلغ تشغيل برنامجك على CPython عن جميع الصناديق ({ $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }، { $doses }) ولم يخسر شيئًا.
lesson-goal-never-blocked = لم يمسك تشغيل برنامجك على CPython الخيط قط، وأبلغ عن جميع الصناديق ({ $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }، { $doses }) ولم يخسر شيئًا.
lesson-goal-engine-same = مشرف FIRST_COMPLETED في المحرّك، على السحوبات نفسها، يعطي التشغيل نفسه، حدثًا حدثًا.
lesson-goal-engine-differs = مشرف FIRST_COMPLETED في المحرّك، على السحوبات نفسها، يفترق عنه عند الحدث { $index }.
lesson-goal-other-depot = في التشغيل المعروض { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }، في كلٍّ منها { $capacity ->
        [zero] { $capacity } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $capacity } جرعات
        [many] { $capacity } جرعةً
       *[other] { $capacity } جرعة
    }؛ وفي مستودع الخطوة { $step_boxes ->
        [zero] { $step_boxes } صندوق
        [one] صندوق واحد
        [two] صندوقان
        [few] { $step_boxes } صناديق
        [many] { $step_boxes } صندوقًا
       *[other] { $step_boxes } صندوق
    }، في كلٍّ منها { $step_capacity ->
        [zero] { $step_capacity } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $step_capacity } جرعات
        [many] { $step_capacity } جرعةً
       *[other] { $step_capacity } جرعة
    }: لا يُحتسب إلا تشغيل على مستودع الخطوة.
lesson-goal-finished-within = انتهى التشغيل المعروض عند { $time } ث، قبل الهدف بـ { $spare } ث.
lesson-goal-finished-late = انتهى التشغيل المعروض عند { $time } ث، بعد الهدف بـ { $over } ث.
lesson-goal-past = تجاوز التشغيل المعروض { $seconds } ث وما زالت هناك صناديق لم تُنجز.
lesson-goal-play = شغّل التشغيل المعروض حتى نهايته: يُتحقَّق من الهدف حين ينتهي.

## The summary on a lesson's last step

lesson-summary-title = ما توقّعته
lesson-summary-step = الخطوة { $step }: { $prompt }
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

lesson-problem-at = { $path }: { $problem }
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
lesson-error-station = المتوقّع رقم محطة، 1 أو أكثر، والموجود { $found }
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
lesson-link-not-base64 = الدرس في الرابط ليس بترميز { $encoding }: { $detail }
lesson-link-not-utf8 = الدرس في الرابط ليس نصًا بترميز UTF-8
lesson-link-empty = ينتهي الرابط عند { $fragment } ولا يحمل أي درس: رابط الدرس هو { $key } يليه الدرس

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = سؤال من نوع { $kind } يحتاج إلى تشغيل فيه { $limit ->
        [zero] { $limit } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $limit } جرعات
        [many] { $limit } جرعةً
       *[other] { $limit } جرعة
    } على الأكثر؛ وفي هذا التشغيل { $doses }
lesson-cannot-past-end = ليس في التشغيل سوى { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثين
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }
lesson-cannot-ledger = التشغيل يخالف دفتر الحساب: { $detail }
lesson-cannot-needs-article = سؤال من نوع { $kind } يحتاج إلى حلقة المقالة ({ $param })
lesson-cannot-needs-cpython = سؤال من نوع { $kind } يُجاب عنه بتشغيل برنامج الخطوة على CPython
lesson-cannot-no-cancel = لا تُلغى أي مهمة بعد هذه اللحظة: اسأل قبل أن تنتهي الحلقة
lesson-cannot-no-double = لا يعيد أي انتظار بعد هذه اللحظة مهمتين: اجعل كل الحقن متساوية المدة ({ $code })
lesson-cannot-nothing-returns = لا تعود مهمة أي محطة بعد هذه اللحظة
lesson-cannot-not-after = الزمن المسؤول عنه، { $by } ث، ليس بعد لحظة الخطوة، { $now } ث
lesson-cannot-needs-blocking = سؤال من نوع { $kind } يحتاج إلى محطة حاجبة ({ $param } في { $field })
lesson-cannot-no-finish = المحطة { $station } لا تُنهي أي علبة بعد هذه اللحظة
lesson-cannot-no-open = المحطة { $station } لا تفتح أي علبة بعد هذه اللحظة
lesson-cannot-no-failure = لم ينتهِ العطل بأي إخفاق
lesson-cannot-no-station =
    المحطة { $station } غير موجودة: في التشغيل { $stations ->
        [zero] { $stations } محطة
        [one] محطة واحدة
        [two] محطتان
        [few] { $stations } محطات
        [many] { $stations } محطةً
       *[other] { $stations } محطة
    }
lesson-cannot-not-working = ليس في المحطة { $station } علبة مفتوحة في هذه اللحظة، فلا يمكن أن تتعطّل
lesson-cannot-none-working = ليس في أي محطة علبة مفتوحة في هذه اللحظة
lesson-cannot-not-broken = تعذّر تعطيل المحطة { $station } في هذه اللحظة
lesson-cannot-sleep-blocking = المحطة { $station } تحجب الخيط: مهمتها لا تنام على مؤقّت أبدًا
lesson-cannot-not-asleep = مهمة المحطة { $station } ليست نائمة على مؤقّت في هذه اللحظة: ليس في المحطة علبة مفتوحة، أو أن مهمتها تمسك الخيط أو تنتظره
lesson-cannot-none-asleep = لا توجد مهمة محطة نائمة على مؤقّت في هذه اللحظة
lesson-cannot-woken-early =
    تُستطلع مهمة المحطة { $station } { $polls ->
        [zero] { $polls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $polls } مرات
        [many] { $polls } مرةً
       *[other] { $polls } مرة
    } قبل حقنتها التالية: شيء غير مؤقّتها يوقظها (تعطيل يدوي)
lesson-cannot-no-thread = لا يحتفظ التشغيل بسجلّ لخيطه في هذه اللحظة
lesson-cannot-ready-few =
    في طابور المهام الجاهزة { $count ->
        [zero] { $count } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $count } مهام
        [many] { $count } مهمةً
       *[other] { $count } مهمة
    } في هذه اللحظة؛ ويحتاج السؤال إلى { $least } على الأقل
lesson-cannot-needs-supervisor = سؤال من نوع { $kind } يحتاج إلى مشرف ينتظر مهام المحطات ({ $param })
lesson-cannot-not-after-failure = هذه اللحظة لا تلي إخفاق محطة: يجب أن يكون آخر أحداثها إخفاقًا
lesson-cannot-not-returned = لم تعد مهمة المحطة { $station } حتى هذه اللحظة
lesson-cannot-nothing-returned = لم تعد مهمة أي محطة حتى هذه اللحظة
lesson-cannot-refilled = المحطة { $station } لا تنتظر علبة في هذه اللحظة: لديها علبتها التالية بالفعل
lesson-cannot-refilling = يوزّع المشرف علبًا جديدة في هذه اللحظة: اسأل قبل أن يبدأ، أو حين تحصل كل محطة على علبتها

## Which station's task returns next

lesson-next-prompt = مهمة أي محطة تعود تاليًا؟
lesson-station-choice = المحطة { $station }
lesson-next-done = اكتملت العلبة { $box }
lesson-next-failed = أخفقت في العلبة { $box } ({ $error })
lesson-error-spoiled = فسدت الجرعة { $shot } من العلبة
lesson-error-broken = عُطّلت يدويًا أثناء الحقنة { $shot }
lesson-next-rival = بقي في المحطة { $station } { $doses }
lesson-next-rivals = {" "}في لحظة الخطوة: { $rivals }.
lesson-next-explanation = عادت مهمة المحطة { $station } تاليًا، عند { $time } ث: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = المشرف، الذي ينتظر المجموعة كلها، يستيقظ حالما تعود مهمة ويعالج كل مهمة انتهت حتى تلك اللحظة، وهذه منها، ويعيد تشغيل كل محطة فورًا.
lesson-sees-all-waiting = مع ALL_COMPLETED يبلّغ المشرف عنها لكنه لا يعطي المحطة علبة جديدة: تبقى خاملة حتى تعود الدفعة كلها.
lesson-sees-all-restart = كانت الأخيرة في دفعتها، لذا أعطى المشرف مع ALL_COMPLETED كل محطة علبة جديدة دفعة واحدة.
lesson-sees-all-empty = كانت الأخيرة في دفعتها، وكان المستودع فارغًا: لم تحصل أي محطة على علبة جديدة.
lesson-sees-queue = يضعها استدعاء الإنهاء في طابور الإكمال، ويأخذها المشرف من هناك.
lesson-sees-article = تستيقظ حلقة المقالة لها في أحد انتظاراتها المعدودة، مع كل مهمة انتهت حتى تلك اللحظة، وتعيد تشغيل محطتها فورًا، سواء بقيت علب أم لا.
lesson-sees-taskgroup = تبلّغ مهمة العلبة نفسها عنها وتحرّر المحطة، فتأخذ مهمة العلبة التالية التي تنتظر عند السيمافور المحطة الحرة ذات الرقم الأصغر.
lesson-sees-taskgroup-last = تبلّغ مهمة العلبة نفسها عنها وتحرّر المحطة؛ لم تبقَ أي علبة، فتبقى المحطة حرة.
lesson-sees-workers = يبلّغ عامل المحطة عنها بنفسه ويأخذ العلبة التالية من الطابور.
lesson-sees-workers-last = يبلّغ عامل المحطة عنها بنفسه؛ الطابور فارغ، فيعود العامل.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = مهمة المحطة { $station }
lesson-task-worker = عامل المحطة { $station }
lesson-task-box = مهمة العلبة { $box }
lesson-task-supervisor = المشرف
lesson-task-callback = دالة رد نداء من حلقة الأحداث

## How often a sleeping task is polled

lesson-sleep-polls-prompt = مهمة المحطة { $station } نائمة حتى حقنتها التالية، المستحقّة عند { $time } ث (انظر طابور المؤقّتات). كم مرة سيستطلعها المنفّذ حتى تُعطى تلك الحقنة؟
lesson-sleep-polls-none = ولا مرة: المؤقّت يعطي الحقنة وحده
lesson-sleep-polls-once = مرة واحدة: حين ينطلق مؤقّتها، وذلك الاستطلاع يعطي الحقنة
lesson-sleep-polls-per-ms =
    نحو { $polls ->
        [zero] { $polls } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $polls } مرات
        [many] { $polls } مرةً
       *[other] { $polls } مرة
    }: مرة لكل ميلي ثانية من نومها
lesson-sleep-polls-always = مرة بعد مرة، حتى ينطلق مؤقّتها
lesson-sleep-polls-explanation =
    استطلع المنفّذ مهمة المحطة { $station } مرة واحدة، عند { $time } ث، حين انطلق مؤقّتها: ذلك الاستطلاع { $outcome ->
        [spoiled] وجد الجرعة فاسدة
       *[shot] أعطى الحقنة
    }. وفي الـ { $seconds } ث التي سبقته لم يستطلعها إطلاقًا: المهمة النائمة تنتظر في طابور المؤقّتات لا في طابور المهام الجاهزة، ولا تكلّف الخيط شيئًا. وفي تلك الأثناء جاء دور مهام أخرى { $turns ->
        [zero] { $turns } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $turns } مرات
        [many] { $turns } مرةً
       *[other] { $turns } مرة
    }.

## Which ready task runs next

lesson-next-turn-prompt = هذه المهام جاهزة للتشغيل: طابور المهام الجاهزة، المعروض تحت موقف السيارات. أيّها يأخذ الخيط تاليًا؟
lesson-next-turn-all = كلها في آن واحد
lesson-next-turn-explanation = التالي على الخيط كان في مقدّمة طابور المهام الجاهزة: { $task }. يشغّل المنفّذ مهمة واحدة في كل مرة، ويأخذ المهام الجاهزة بترتيب جاهزيتها: الأول دخولًا هو الأول خروجًا؛ وتعمل كلٌّ منها حتى تصل إلى await. وكان في الطابور خلفه: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = رفعت مهمة المحطة { $station } خطأً للتو. ماذا يفعل المشرف؟
lesson-after-failure-stops-run = يوقف التشغيل كله: الخطأ يُنهي البرنامج
lesson-after-failure-retries = يعطي المحطة { $station } العلبة نفسها من جديد ليعيد المحاولة
lesson-after-failure-new-box = يبلّغ عن الخطأ ويعطي المحطة { $station } علبة جديدة فورًا
lesson-after-failure-new-box-later = يبلّغ عن الخطأ، ويعطي المحطة { $station } علبة جديدة حين تعود الدفعة كلها
lesson-after-failure-station-stops = يبلّغ عن الخطأ؛ لم تبقَ علبة للمحطة { $station }، فتتوقّف
lesson-after-failure-ignores = لا شيء حتى ينتهي التشغيل: الخطأ ينتظر في المهمة
lesson-after-failure-then-new = حصلت المحطة { $station } على العلبة { $box } فورًا، عند { $time } ث، واستمرّت الحلقة
lesson-after-failure-then-later = انتظرت المحطة { $station } بقية دفعتها وحصلت على العلبة { $box } عند { $time } ث
lesson-after-failure-then-stops = لم تبقَ علبة للمحطة { $station }، فتوقّفت بينما واصلت الأخريات
lesson-after-failure-explanation = المهمة التي تخفق قد اكتملت، فتلقّاها المشرف كأي مهمة أخرى، وأخذ الخطأ نتيجةً لها وأبلغ عنه: أخفقت العلبة { $box } ({ $error })، وحُسب ما بقي فيها ({ $wasted }) مهدرًا دون إعادة محاولة. ثم { $then }.

## When a station gets its next box

lesson-refill-prompt = عادت مهمة المحطة { $station }. متى تحصل المحطة { $station } على علبتها التالية؟
lesson-refill-at-once = فورًا: حالما تعود مهمتها
lesson-refill-pause = بعد توقّف ثابت، أيًّا كان ما تفعله المحطات الأخرى
lesson-refill-batch = لاحقًا: حين تعود كل المهام الأخرى في دفعتها
lesson-refill-never = أبدًا: لم يبقَ في المستودع علبة لها
lesson-refill-explanation-at-once = حصلت المحطة { $station } على العلبة { $box } عند { $time } ث، في اللحظة التي عادت فيها مهمتها. { $supervisor }
lesson-refill-explanation-batch = لم تحصل المحطة { $station } على العلبة { $box } إلا عند { $time } ث، بعد { $seconds } ث من عودة مهمتها، حين عادت مهمة المحطة { $last }، آخر مهام دفعتها. { $supervisor }
lesson-refill-explanation-never = لم تحصل المحطة { $station } على أي علبة أخرى: لم تبقَ علبة لها، فظلّت خاملة حتى نهاية التشغيل.

## How many boxes are done by a time

lesson-boxes-prompt = كم علبة ستكتمل عند الثانية { $by }؟
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    عند { $by } ث كان قد اكتمل { $boxes ->
        [zero] { $boxes } علبة
        [one] علبة واحدة
        [two] علبتان
        [few] { $boxes } علب
        [many] { $boxes } علبةً
       *[other] { $boxes } علبة
    }: بزيادة { $more } على لحظة الخطوة، { $now } ث.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = هل ينتهي ALL_COMPLETED قبل FIRST_COMPLETED أم بعده في هذا التشغيل، وبكم؟
lesson-all-vs-first-sooner = ينتهي ALL_COMPLETED أولًا
lesson-all-vs-first-even = ينتهيان بفارق أقل من 0.5 %
lesson-all-vs-first-under-5 = ينتهي ALL_COMPLETED لاحقًا، بأقل من 5 %
lesson-all-vs-first-5-to-20 = ينتهي ALL_COMPLETED لاحقًا، بما بين 5 % و20 %
lesson-all-vs-first-over-20 = ينتهي ALL_COMPLETED لاحقًا، بأكثر من 20 %
lesson-percent-later = متأخرًا بنسبة { $percent } %
lesson-percent-sooner = مبكرًا بنسبة { $percent } %
lesson-all-vs-first-explanation = انتهى ALL_COMPLETED عند { $all } ث وFIRST_COMPLETED عند { $first } ث: { $difference }. وفي انتظار الدفعة كلها، بقيت المحطات خاملة { $all_idle } محطة·ثانية، مقابل { $first_idle } حين تُعاد كل محطة إلى العمل فور انتهائها.

## A station that blocks the thread

lesson-blocking-prompt = بينما تعمل المحطة { $station } على علبتها، هل تعطي المحطات الأخرى أي حقنة؟
lesson-blocking-yes = نعم: تواصل الأخريات إعطاء الحقن أثناء عملها
lesson-blocking-no = لا: لا تعطي أيٌّ منها حقنة حتى تُفلت الخيط
lesson-blocking-explanation =
    أمسكت المحطة { $station } بالخيط من { $from } ث إلى { $to } ث، وأعطت المحطات الأخرى في ذلك الوقت { $shots ->
        [zero] { $shots } حقنة
        [one] حقنة واحدة
        [two] حقنتين
        [few] { $shots } حقن
        [many] { $shots } حقنةً
       *[other] { $shots } حقنة
    }. ما دامت مهمة تمسك بالخيط، لا تعمل أي مهمة أخرى ولا أي دالة رد نداء لمؤقّت: لا يأتي دور الأخريات إلا حين تُفلته. { $after ->
        [turn] وهنا أعطت { $between ->
            [zero] { $between } حقنة
            [one] حقنة واحدة
            [two] حقنتين
            [few] { $between } حقن
            [many] { $between } حقنةً
           *[other] { $between } حقنة
        } قبل أن تمسك المحطة { $station } بالخيط من جديد.
        [none] وهنا لم يأتِ دورها قط: أخذت المحطة { $station } علبتها التالية فورًا وأمسكت بالخيط من جديد.
       *[last] كانت تلك علبتها الأخيرة.
    }

## Breaking a station now

lesson-waste-prompt = إذا تعطّلت المحطة { $station } الآن، فكم جرعة تُهدر؟
lesson-waste-restarted = أبلغ المشرف عن الخطأ وأعاد تشغيل المحطة بعلبة جديدة
lesson-waste-restarted-at = أبلغ المشرف عن الخطأ، ولا يعطي المحطة علبة جديدة إلا عند { $seconds } ثانية، حين يوزّع العلب من جديد
lesson-waste-stopped = أبلغ المشرف عن الخطأ؛ وكان المستودع فارغًا، فتوقّفت المحطة
lesson-waste-caught = التقطت مهمتها الخطأ وأبلغت عنه بنفسها، وانتقلت المحطة إلى العلبة التالية
lesson-waste-caught-stopped = التقطت مهمتها الخطأ وأبلغت عنه بنفسها؛ ولم تبقَ علبة، فتوقّفت المحطة
lesson-waste-explanation = تعطّلت المحطة { $station } وفي العلبة { $box } ما زال { $wasted }: تُهدر كلها، ويبقى ما أعطته من تلك العلبة ({ $given }) معطًى، ثم { $then }.

## The article's loop

lesson-vanished-prompt = حين تنتهي الحلقة، كم جرعة تختفي من التقرير (أُعطيت ولم يُبلَّغ عنها قط، أو رُميت)؟
lesson-vanished-explanation =
    أجرت الحلقة انتظارها الأخير وانتهى البرنامج وما زال { $tasks ->
        [zero] { $tasks } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $tasks } مهام
        [many] { $tasks } مهمةً
       *[other] { $tasks } مهمة
    } قيد التشغيل: ألغاها asyncio.run في منتصف العلبة. ومن جرعاتها ({ $vanished })، أُعطيت ولم يُبلَّغ عنها قط: { $unreported }؛ ورُميت مع علبها: { $discarded }.
lesson-printed-prompt = تطبع الحلقة عدّاد انتظاراتها على أنه رقم العلبة. ما أول رقم يُطبع لعلبتين من الآن فصاعدًا؟
lesson-program-lost-prompt = كم جرعة يخسر هذا المشرف: أُعطيت ولم يُبلَّغ عنها قط، أو رُميت مع صناديق لم يُبلِّغ عنها قط؟
lesson-program-lost-explanation =
    شغّله CPython على هذه السحوبات نفسها، فخسر ما مجموعه { $lost } في { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوق واحد
        [two] صندوقين
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }: منه ما أُعطي ولم يُبلَّغ عنه قط ({ $unreported })، ومنه ما رُمي أو أُهدر مع تلك الصناديق ({ $thrown_away }). ويُظهر موقف السيارات وسجلّ الأحداث كل صندوق.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = العلبة { $box } في المحطة { $station }
lesson-printed-explanation =
    أعاد الانتظار { $wait } { $tasks ->
        [zero] { $tasks } مهمة
        [one] مهمة واحدة
        [two] مهمتين
        [few] { $tasks } مهام
        [many] { $tasks } مهمةً
       *[other] { $tasks } مهمة
    } دفعة واحدة، فطبعت الحلقة { $printed } لكلٍّ منها ({ $boxes }) وعدّت انتظارًا واحدًا فقط.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = خيط واحد ومهام كثيرة
lesson-one-thread-step-1 = تتشارك ثلاث محطات تطعيم خيطًا واحدًا. تعمل كل محطة على علبة جرعاتها بوصفها مهمة غير متزامنة: قبل كل حقنة تنام بقدر ما تستغرقه الحقنة، ثم تعطيها. لا شيء هنا يعمل على التوازي. يشغّل المنفّذ مهمة واحدة في كل مرة، ولا تعمل المهمة إلا حتى تصل إلى await. فتح المشرف علبة في كل محطة، وهو الآن ينتظر أن تنتهي أول مهمة.
lesson-one-thread-step-2 = انظر إلى المنفّذ. تضم المجموعة المنتظَرة مهمة واحدة لكل محطة، ويحفظ طابور المؤقّتات اللحظة التي يحين فيها استيقاظ كل مهمة نائمة. والمشرف نائم أيضًا، ينتظر أن تكتمل أول مهمة في المجموعة.
lesson-one-thread-step-3 = أعطت المحطة 3 آخر جرعة في علبتها: عادت مهمتها، واستيقظ المشرف، الذي ينتظر مجموعة مهام المحطات، لتلك المهمة الواحدة وأبلغ عن علبتها. والمهمتان الأخريان لا تزالان تعملان. المجموعة التي ينتظرها المشرف ليست ثابتة: إنها تتغيّر مع تقدّم التشغيل.
lesson-one-thread-step-4 = يعرض مفتّش المهام مرّات استطلاع كل مهمة وإيقاظها. تُستطلع المهمة حين تبدأ وكلما أيقظها مؤقّتها؛ وبين ذلك تكون خاملة لا تحجز شيئًا. لهذا يستطيع خيط واحد أن يرعى محطات كثيرة: في معظم الوقت تكون كل المهام نائمة.
lesson-one-thread-step-5 = أعطى المستودع للتو آخر علبة لديه. من الآن لا يبدأ المشرف أي مهمة جديدة: إنما ينتظر المهام التي لا تزال تعمل، وتتوقّف كل محطة حين تنتهي آخر علبة لها.
lesson-one-thread-step-6 = انتهى التشغيل. كل جرعة محسوبة: الجرعات المعطاة والجرعات المهدرة مجموعها كل جرعات المستودع. أعد تشغيل أي خطوة، أو غيّر المعاملات وشاهد الحلقة نفسها تتعامل مع محطات أكثر.
lesson-one-thread-summary = التزامن على خيط واحد: تتناوب المهام، ولا تعمل المهمة إلا حتى تصل إلى await. المهمة النائمة لا تكلّف شيئًا، لذا تُبقي حلقة واحدة محطات كثيرة مشغولة بينما يعالج المشرف كل مهمة حين تكتمل.

lesson-failure-title = الأخطاء بوصفها قيمًا
lesson-failure-step-1 = في هذا التشغيل قد تفسد الجرعة: كل حقنة تخفق باحتمال ضئيل، وعندها تنتهي مهمة المحطة بخطأ بدلًا من عدد. في Rust تعيد المهمة قيمة Err. وفي asyncio يرفع الروتين المشترك استثناءً، وتحتفظ به المهمة حتى يطلب أحدٌ نتيجتها.
lesson-failure-step-2 = أخفقت مهمة المحطة 1 للتو: فسدت الجرعة 17 من علبتها، وانتهت المهمة بخطأ بدلًا من عدد. المهمة التي تخفق قد اكتملت هي أيضًا: فبالنسبة إلى المشرف الذي ينتظر اكتمال أول مهمة، الخطأ نتيجة كأي نتيجة أخرى.
lesson-failure-step-3 = أخذ المشرف الخطأ من المهمة المكتملة وأبلغ عنه. تُحسب الجرعات الباقية في العلبة التي أخفقت مهدرةً لا مفقودة، وتبدأ المحطة من جديد بعلبة جديدة من المستودع. اقرأ السجل: يذكر الإخفاق المحطة والعلبة والجرعة الفاسدة.
lesson-failure-step-4 = يمكنك أن تعطّل محطة بنفسك: انقر محطة تعمل في موقف السيارات، أو ضع التركيز عليها واضغط Enter. يعالج المشرف هذا الخطأ تمامًا كما يعالج جرعة فاسدة. وقبل أن تجرّب، توقّع كم سيكلّف تعطيل المحطة 1 الآن.
lesson-failure-step-5 = انظر إلى الإحصاءات: الجرعات المعطاة، والجرعات المهدرة، والعلب التي أخفقت. مهما أخفق، يبقى الحساب متوازنًا: الجرعات المعطاة والمهدرة والباقية في العلب المفتوحة مجموعها دائمًا كل الجرعات المأخوذة من المستودع.
lesson-failure-step-6 = في الشيفرة، ينظر المشرف في نتيجة كل مهمة مكتملة: عدد عند النجاح، وخطأ عند الإخفاق، وفي الحالتين تحصل المحطة على علبة جديدة ما دام في المستودع علبة. الإخفاق لا يوقف الحلقة أبدًا، لأن الخطأ يصل قيمةً يعالجها المشرف.
lesson-failure-summary = الخطأ نتيجة كأي نتيجة أخرى: المهمة التي أخفقت قد اكتملت، فيأخذ المشرف خطأها قيمةً، ويحسب الجرعات الباقية في العلبة مهدرةً، ويعيد تشغيل المحطة، وتستمرّ الحلقة.

lesson-blocking-title = مهمة لا تصل إلى await أبدًا
lesson-blocking-step-1 = المحطة 1 مكتوبة خطأً: قبل كل حقنة تنام باستدعاء حاجب (time.sleep في Python، وstd::thread::sleep في Rust؛ ويحاكيه المحرّك بتقديم ساعتها بينما تُبقي الخيط) بدلًا من انتظار نوم بـ await. الاستدعاء الحاجب يُبقي الخيط. المحطتان 2 و3 مكتوبتان كما كانتا، وقد بدأت المهام الثلاث معًا.
lesson-blocking-step-2 = أفلتت المحطة 1 الخيط للتو: اكتملت علبتها وعادت مهمتها. لم تعطِ المحطتان 2 و3 حقنة واحدة: عملت المحطة 1 أولًا وأمسكت الخيط قبل أن تتمكّن مهمتاهما حتى من بدء نومهما الأول. تبدآنه الآن، ويبدأ المشرف المحطة 1 بعلبة جديدة ستعمل قبل أن يحين موعد مؤقّتيهما. انظر إلى المنفّذ: المجموعة المنتظَرة وطابور المؤقّتات.
lesson-blocking-step-3 = أفلتت المحطة 1 الخيط مرة أخرى، بعد علبتها الثانية. وبينما كانت تمسكه حان موعد مؤقّتَي المحطتين 2 و3؛ وحين أفلتته انطلقا، ومهمتاهما تنتظران الآن في طابور المهام الجاهزة، المعروض تحت موقف السيارات. الخيط الآن مع المشرف: لقد أعطى المحطة 1 علبتها التالية للتو.
lesson-blocking-step-4 = لم تكد المحطتان 2 و3 تعطيان أي حقن: كلٌّ منهما تعطي حقنة واحدة مقابل كل علبة من علب المحطة 1. في كل مرة تُفلت فيها المحطة 1 الخيط، تنطلق معًا المؤقّتات التي حان موعدها في الأثناء، ويأتي دور كلٍّ من المحطتين 2 و3 مرة واحدة، ثم تأخذ علبة المحطة 1 التالية الخيط من جديد.
lesson-blocking-step-5 = أنهت المحطة 1 آخر علبة لها قبل أن تنهي الأخريات علبتهن الأولى. انظر إلى الخيط تحت موقف السيارات: شريط أدواره الأخيرة يُظهر من عمل وكم من الوقت. أدوار المحطة 1 تدوم ثواني، علبة كاملة في كل دور؛ وبينها يأتي دور كلٍّ من المحطتين 2 و3 مرة واحدة، بطول حقنة واحدة، فلا يستغرق أي وقت.
lesson-blocking-step-6 = الإصلاح أن تنتظر بـ await نومًا يُعيد الخيط: في Python تكتب await asyncio.sleep(...) بدل time.sleep(...)، أي كلمة مفتاحية ودالة أخرى؛ وفي Rust تنتظر sleep الخاص ببيئة التشغيل بـ await. عندها تُعيد المحطة الخيط عند كل حقنة، وتعمل الأخريات بينما تنتظر. وأي استدعاء حاجب يُحدث الضرر نفسه: قراءة ملف، أو حساب بطيء، أو استدعاء شبكة دون await.
lesson-blocking-summary = المهمة التي لا تصل إلى await أبدًا تُبقي الخيط، ولا تعمل أي مهمة أخرى حتى تُفلته. انتظر بـ await بدلًا من الحجب، كي تعمل الأخريات بينما تنتظر مهمة ما.

lesson-policies-title = انتظار الأولى أم انتظار الجميع
lesson-policies-step-1 = تعمل المحطات بسرعات مختلفة: المحطة 1 أسرع من المحطة 2 بمرتين، والمحطة 3 بنصف سرعة المحطة 2. ينتظر المشرف اكتمال أول مهمة (FIRST_COMPLETED) ويعيد تشغيل تلك المحطة فورًا. لنفترض أنه انتظرها كلها (ALL_COMPLETED) قبل أن يعيد تزويد أيٍّ منها.
lesson-policies-step-2 = الآن البذرة نفسها مع ALL_COMPLETED: ينتظر المشرف الدفعة كلها من المهام التي بدأها. أنهت المحطة 1 علبتها أولًا، وأبلغ المشرف عنها.
lesson-policies-step-3 = عادت مهمة المحطة 2 أيضًا، وأُبلغ عن علبتها. والمحطة 3، الأبطأ، لا تزال تعمل على علبتها الأولى. تُظهر المجموعة المنتظَرة ما ينتظره المشرف.
lesson-policies-step-4 = تعيد الرسوم البيانية تشغيل البذرة نفسها مع كل سياسة. يُظهر زمن فتح العلب أين يخسر ALL_COMPLETED: تنتظر المحطات السريعة أبطأها في كل دفعة.
lesson-policies-step-5 = طريقة ثالثة: ترسل مهمة كل محطة نتيجتها عبر طابور، ويأخذ المشرف النتائج من الطابور بترتيب وصولها. إنه التشغيل نفسه الذي يعطيه FIRST_COMPLETED، علبةً بعلبة وميكروثانيةً بميكروثانية، مكتوبًا بطريقة أخرى. قارن شيفرة الاثنين.
lesson-policies-summary = طريقة انتظار المشرف تحدّد كيف تُستخدم المحطات: يعيد FIRST_COMPLETED تزويد كل محطة فور انتهائها، بينما يترك ALL_COMPLETED المحطات السريعة خاملة حتى تنتهي أبطأ محطة في الدفعة.

lesson-article-title = حلقة المقالة بأخطائها كلها
lesson-article-step-1 = يتبع هذا التشغيل مسار التحكّم في مقالة asyncio الشهيرة كما كُتبت. حلقتها لا تعدّ العلب: بل تعدّ كم مرة انتظرت مجموعة مهام المحطات، وتتوقّف بعد عدد من الانتظارات يساوي عدد العلب. وكل مهمة تجدها مكتملة تحصل فورًا على علبة جديدة، سواء بقيت علب أم لا.
lesson-article-step-2 = الحلقة قريبة من انتظارها الأخير، وكل محطة في منتصف علبة. حين يعود ذلك الانتظار ينتهي البرنامج، ويلغي asyncio.run كل مهمة لا تزال تعمل. توقّع كم يكلّف ذلك.
lesson-article-step-3 = يُظهر المستودع العلب المأخوذة بما يتجاوز ما فيه: أعادت الحلقة تشغيل مهام بعد نفاد آخر علبة. وتعدّ الإحصاءات الجرعات التي اختفت: تلك التي أعطتها المهام الملغاة ولم يُبلَّغ عنها قط، وتلك الباقية في علبها التي رُميت.
lesson-article-step-4 = الآن تستغرق كل حقنة 100 ملّي ثانية بالضبط، فتُنهي المحطات الثلاث كل علبة في اللحظة نفسها، ويعيد انتظار واحد المهام الثلاث. تطبع الحلقة عدّاد انتظاراتها حيث ينبغي أن يكون رقم العلبة.
lesson-article-step-5 = يظهر كل رقم ثلاث مرات، وتبلّغ الحلقة عن ثلاث علب في كل انتظار: بعد انتظاراتها الستة أبلغت عن ثماني عشرة علبة من مستودع فيه ست. تعيد المقارنة تشغيل البذرة نفسها مع كل سياسة: المشرفون الدقيقون يفتحون ست علب ولا يخسرون شيئًا.
lesson-article-step-6 = التشغيل نفسه مع FIRST_COMPLETED، كما يكتبه مشرف هذا التطبيق: يعدّ العلب، ولا يعيد تشغيل محطة إلا ما دام في المستودع علبة، وينتظر المحطات التي لا تزال تعمل قبل أن يعود. كل جرعة تُعطى ويُبلَّغ عنها.
lesson-article-summary = عُدَّ ما تقصد فعلًا أن تعدّه: حلقة المقالة تعدّ الانتظارات بدل العلب، فتأخذ علبًا بما يتجاوز ما في المستودع، وتطبع أرقام الانتظارات على أنها أرقام علب، وعند خروجها تُلغي مهامَّ لا يُبلَّغ عن جرعاتها أبدًا.

lesson-own-supervisor-title = اكتب مشرفك الخاص
lesson-own-supervisor-step-1 = هنا تصبح حلقة المقالة الشهيرة برنامجًا خاصًّا بك: تعرضه واجهة Python في محرِّر، ويشغّله CPython على محطات هذا التشغيل وسحوباته. يبدأ مهمة لكل محطة، وينتظر عددًا ثابتًا من المرات، ويعيد تشغيل كل محطة يجد مهمتها منتهية. توقّع قبل أن تنظر: كم يخسر؟
lesson-own-supervisor-step-2 = هذا المشرف يبدأ مهمة لكل محطة ولا ينتظر أيًّا منها؛ بل يكتفي بالنوم. لا تحتاج المهمة إلى من ينتظرها بـ await كي تعمل: فحلقة الأحداث تشغّلها على أي حال. لكن لا أحد يأخذ نتيجتها، فلا أحد يُبلغ عن صندوقها.
lesson-own-supervisor-step-3 = الإصلاح: الانتظار ما دامت أي مهمة تعمل، مهما تطلّب ذلك من انتظارات، والإبلاغ عن كل مهمة في كل مجموعة مهام منتهية، وعدم إعادة تشغيل محطة إلا ما دام في المستودع صندوق. توقّع ما يخسره هذا المشرف.
lesson-own-supervisor-step-4 = وهذا أيضًا يُبلغ عن كل صندوق، لكنه يتوقّف برهةً بعد كل إبلاغ باستدعاء time.sleep. لا يضيع شيء، ومع ذلك: انظر إلى الملاحظات تحت نتيجته. ما دام المشرف ينام بهذه الطريقة فهو يمسك الخيط الوحيد، ولا تعطي أي محطة أي حقنة. قارن متى ينتهي تشغيله بمتى انتهى التشغيل السابق.
lesson-own-supervisor-step-5 = برنامجك الآن هو مشرف FIRST_COMPLETED في المحرّك، سطرًا بسطر. يقارن الزر الموجود تحت نتيجته بين التشغيلين حدثًا حدثًا على السحوبات نفسها. غيّر البرنامج في المحرِّر، وشغّله مرة أخرى، وانظر أين يفترق الاثنان.
lesson-own-supervisor-summary = المشرف مسؤول عن كل مهمة يبدؤها: ينتظر كلًّا منها، وينظر في نتيجتها، ولا يعود إلا حين لا تبقى أي مهمة تعمل. والمهمة التي لا ينتظرها أحد تعمل مع ذلك، لكن ما تفعله يضيع من الحساب.
lesson-exercises-title = تمارين
lesson-exercises-step-1 = دورك الآن: هذا المشرف لا ينتظر إلا ما دامت كل المحطات مشغولة. فما إن تجد إحداها المستودع فارغًا حتى يعود، فيلغي asyncio.run المهام التي لا تزال تعطي الحقن. عدّله في المحرِّر حتى يُبلغ عن كل صندوق ولا يخسر أي جرعة، ثم اضغط «شغّل برنامجي». يتحقّق الهدف تحت هذا النص من كل تشغيل لك.
lesson-exercises-step-2 = هذا المشرف لا يخسر شيئًا، لكنه يتوقّف برهةً بعد كل إبلاغ باستدعاء time.sleep، فيمسك الخيط الوحيد: ولا تعطي أي محطة حقنة في أثناء ذلك. أنت تكتب المشرف وحده (أما المحطات فمن الصفحة)، ولذا فالاستدعاء الحاجب هنا للمشرف. اجعله يتوقّف دون أن يمسك الخيط، ثم اضغط «شغّل برنامجي» من جديد.
lesson-exercises-step-3 = مع ALL_COMPLETED تنتظر كل دفعة من الصناديق أبطأها، والمحطة 3 تعمل بنصف السرعة. أفرغ المستودع نفسه أسرع: غيّر السياسة أو المحطات أو سرعاتها في «المعاملات» أسفل الصفحة، وطبّقها، وشغّل التشغيل حتى نهايته. يتحقّق الهدف من التشغيل المعروض.
lesson-exercises-summary = يُتحقَّق من التمرين على تشغيلك أنت، لا باليد أبدًا: يشغّل CPython مشرفك على سحوبات المحرّك، وتعدّ الصفحة كل صندوق وكل جرعة يُبلغ عنهما، وكل استدعاء حاجب، والمدة التي يستغرقها المستودع.

lesson-event-loop-title = أنت حلقة الأحداث
lesson-event-loop-step-1 = هذه المرة أنت حلقة الأحداث. بدأ المشرف للتو مهام ثلاث محطات؛ تعطي المحطتان 1 و2 حقنة كل 0.2 ثانية، والمحطة 3 بنصف سرعتهما. عند كل قرار تتّخذه الحلقة، اختر ما تفعله: أيّ مهمة جاهزة تستأنف، أو أيّ مؤقّت تُطلق حين لا تكون أي مهمة جاهزة. يُتحقَّق من كل قرار وفق قواعد asyncio، ويتابع التشغيل من القرار الصحيح.
lesson-event-loop-step-2 = توشك المحطتان 1 و2 على إعطاء آخر حقنة في صندوقيهما. أدِّ دور الحلقة مرة أخرى: لاحظ من يُوقَظ حين تنتهي مهمة محطة، وأين ينضمّ إلى طابور المهام الجاهزة.
lesson-event-loop-step-3 = تشغيل آخر: المحطة 2 تحجب الآن الخيط طوال صندوقها، 0.6 ثانية، باستدعاء حاجب بدلًا من await. يحين موعد مؤقّتَي المحطتين 1 و3 بينما تمسك الخيط. أيّ مؤقّت تُطلق الحلقة حين تستعيد الخيط، ومن تستأنف؟
lesson-event-loop-step-4 = عودة إلى التشغيل الأول، للمشاهدة هذه المرة لا لأداء الدور: يُظهر الخيط تحت موقف السيارات طابور المهام الجاهزة عند كل حدث من أي تشغيل، ومقدّمته أولًا. حان موعد المحطتين 1 و2 معًا من جديد، ومعهما المحطة 3.
lesson-event-loop-step-5 = هذا هو عمل الحلقة كله: أن تأخذ من مقدّمة طابور المهام الجاهزة، وحين يفرغ، أن تنام حتى أقرب مؤقّت. يُظهر الخيط تحت موقف السيارات الطابور نفسه في كل لحظة من أي تشغيل؛ افتح موقف السيارات مع loop=1 في العنوان لتواصل أداء دور الحلقة على تشغيل من اختيارك.
lesson-event-loop-summary = تتّخذ الحلقة نوعين من القرارات، ولا يعود أيٌّ منهما إلى المهام. فهي تستأنف المهام الجاهزة بترتيب جاهزيتها، الأول دخولًا هو الأول خروجًا؛ وحين لا تكون أي مهمة جاهزة تنام حتى أقرب موعد وتُطلق في دورة واحدة كل مؤقّت يحين موعده حينئذٍ. والمهمة التي تنتهي لا توقظ من ينتظرها إلا عبر استدعاء الإنهاء، بعد دورة، والمهمة التي تحجب الخيط تجعل كل مؤقّت حان موعده في الأثناء ينتظر حتى تُفلته.

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = أنت حلقة الأحداث. يضم طابور المهام الجاهزة، بترتيب انضمامها إليه: { $queue }. أيّ مهمة تستأنف؟
loop-fire-prompt = أنت حلقة الأحداث. هذه المؤقّتات تنتظر. أيّها تُطلق تاليًا؟
loop-station = المحطة { $station }
loop-fire-option =
    { $count ->
        [zero] { $stations }، موعدها جميعًا عند { $due } ث
        [one] { $stations }، موعدها عند { $due } ث
        [two] { $stations }، موعدهما معًا عند { $due } ث
        [few] { $stations }، موعدها جميعًا عند { $due } ث
        [many] { $stations }، موعدها جميعًا عند { $due } ث
       *[other] { $stations }، موعدها جميعًا عند { $due } ث
    }
loop-resume-why = طابور المهام الجاهزة في asyncio يعمل بمبدأ «الأول دخولًا هو الأول خروجًا»، والأول فيه { $task }، منذ { $since } ث ({ $cause })، لذا تستأنفه الحلقة قبل من خلفه: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}ينتظر المشرف في الخلف: بعد انتهاء { $task } عند { $since } ث، لا يشغّل asyncio استدعاء الإنهاء للمهمة المنتهية إلا بعد دورة، وعندها فقط يستيقظ المشرف.
loop-supervisor-behind-callback = {" "}ينتظر المشرف في الخلف: أيقظه استدعاء الإنهاء لمهمة منتهية عند { $since } ث، ويشغّل asyncio ذلك الاستدعاء بعد دورة من انتهاء المهمة.
loop-cause-done-callback = أيقظه استدعاء الإنهاء لمهمة منتهية
loop-cause-timer = انطلق المؤقّت
loop-cause-done = بعد انتهاء { $task } أيقظه استدعاء الإنهاء
loop-cause-spawned = بدأ المشرف تشغيلها للتو
loop-cause-woken = بإيقاظٍ من { $task }
loop-fire-why = تنام الحلقة حتى أقرب موعد وتُطلق المؤقّت الذي يحين حينئذ: { $stations }، عند { $due } ث. والموعد الأبعد ينتظر دوره.
loop-fire-why-tie = أقرب موعد، { $due } ث، مشترك بين عدة مؤقّتات: { $stations }. تُطلق الحلقة في دورة واحدة كل مؤقّت يحين موعده حينئذ، وتنضمّ مهامّ تلك المحطات معًا إلى طابور المهام الجاهزة (يأخذ asyncio المؤقّتات المتزامنة بترتيب كومته؛ وتأخذها هذه الصفحة بترتيب أرقام المحطات).
loop-fire-why-late =
    أمسكت مهمةٌ الخيط حتى { $now } ث، متجاوزةً أقرب موعد ({ $due } ث). وحين أفلتته، أطلقت الحلقة كل مؤقّت حان موعده، الأقدم أولًا: { $count ->
        [one] { $stations }
       *[other] { $stations }، بهذا الترتيب
    }.
lesson-cannot-one-of-many = سؤال من نوع { $kind } يطرح قرارًا تلو الآخر، في لوحته الخاصة
lesson-error-decisions = المتوقّع عدد قرارات من 1 إلى { $limit }، والموجود { $found }
lesson-error-flag = المتوقّع true أو false، والموجود { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = القرار { $number } من { $count }
loop-kind-resume = استأنِف مهمة.
loop-kind-fire = أطلِق مؤقّتًا.
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
loop-none = من هذه اللحظة حتى نهاية التشغيل، ليس على الحلقة أن تتّخذ أي قرار: لا تكون أكثر من مهمة واحدة جاهزة في أي وقت، ولا ينتظر أكثر من مؤقّت واحد.
loop-mode-title = أنت حلقة الأحداث
loop-mode-intro = يتوقّف التشغيل عند كل قرار تتّخذه حلقة الأحداث. اختر ما تفعله؛ تتحقّق الصفحة منه وفق قواعد asyncio، ثم يتابع التشغيل من القرار الصحيح.

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
loop-queue-note = يعرض منظر الخيط تحت موقف السيارات الخيطَ كما كان عند آخر حدث؛ والحلقة تختار بعده.
