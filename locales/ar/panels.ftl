# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {"، "}

## The executor view.

executor-title = المنفِّذ
executor-explain = تعمل كل المهام على خيط واحد، واحدة تلو الأخرى. الكود الذي { $awaits } future لم يجهز بعد يتخلى عن الخيط حتى يوقظه ذلك الـ future. المحطة النائمة لا تكلّف شيئًا: يوقظها { $timer } حين تنتهي حقنتها، ثم { $polls } المنفِّذ. المؤقِّتات التي يحين موعدها في اللحظة نفسها تنطلق معًا في دورة واحدة من الحلقة، وكل مهمة توقظها تعمل قبل أي مهمة توقظها هذه بدورها.
executor-term-awaits = ينتظر بـ await
    .title = يطلب من future قيمته. إن لم تكن جاهزة، تتخلى المهمة عن الخيط حتى يوقظها الـ future؛ وإن كانت جاهزة، تعود القيمة فورًا وتواصل المهمة عملها.
executor-term-timer = مؤقِّت
    .title = مُدخل في طابور الساعة: عند حلول موعده يوقظ المهمة التي ضبطته.
executor-term-polls = يستطلعها
    .title = يشغّل مهمة حتى تضطر إلى الانتظار مجددًا (تُرجع Pending) أو تنتهي (تُرجع Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = سياسة FIRST_COMPLETED: ينتظر المشرف المجموعة كلها ويستيقظ حالما تعود مهمة. يأخذ كل مهمة عادت حتى تلك اللحظة، أي مجموعة المهام المنتهية، ويُبلغ عنها بترتيب المحطات، ويعيد تشغيل كل محطة فورًا، ثم ينتظر المجموعة من جديد.
executor-policy-all = سياسة ALL_COMPLETED: يُبلغ المشرف عن كل مجموعة مهام منتهية حين تصل، لكنه لا يعيد التعبئة إلا حين تعود الدفعة كلها، فتنتظر المحطات التي تنتهي مبكرًا دون عمل.
executor-policy-queue = سياسة طابور الإنجاز: كل مهمة محطة تنتهي تدخل طابورًا (في Python يضعها استدعاء إنهاء في asyncio.Queue؛ وفي Rust ترسل المهمة نتيجتها عبر قناة)، ويأخذها المشرف واحدة واحدة بترتيب انتهائها، ويعيد تشغيل كل محطة.
executor-policy-article = سياسة حلقة المقال: تنتظر بـ FIRST_COMPLETED عددًا من المرات يساوي عدد الصناديق، فتعدّ مرات الانتظار لا الصناديق، وتعيد تشغيل كل مهمة في كل مجموعة منتهية حتى لو لم يبقَ صندوق، وحين تنتهي الحلقة ينتهي البرنامج أيضًا: يلغي asyncio.run المهام التي لا تزال تعمل في منتصف صناديقها.
executor-policy-taskgroup = سياسة TaskGroup + Semaphore: مهمة لكل صندوق، تُنشأ كلها مسبقًا؛ يسمح السيمافور بعمل عدد منها يساوي عدد المحطات، وتأخذ كل منها المحطة الشاغرة ذات الرقم الأصغر. تلتقط كل مهمة عطل محطتها وتبلّغ عنه: فالاستثناء غير الملتقَط كان سيلغي المجموعة كلها.
executor-policy-workers = سياسة «عمّال + Queue»: مهمة طويلة العمر لكل محطة تأخذ الصناديق من طابور مُلئ مسبقًا حتى يفرغ، فتلتقط العطل إن وقع وتمضي إلى الصندوق التالي.
executor-queue-same = في هذا التشغيل يعطي ذلك الحقن نفسها والصناديق نفسها في اللحظات نفسها التي يعطيها FIRST_COMPLETED.
executor-queue-differs = في هذا التشغيل يختلف عن FIRST_COMPLETED: { $same_end ->
        [yes] كلاهما ينتهي عند { $seconds } ث، لكن صناديقهما تذهب إلى محطات أخرى
       *[no] ينتهي عند { $seconds } ث، وFIRST_COMPLETED عند { $first_seconds } ث
    }.

## A station that never awaits ($station: its number).

executor-blocking = المحطة { $station } تحجب الخيط: تعطي كل حقنة دون await، فيجري كل صندوق من صناديقها من أوله إلى آخره في استطلاع واحد، ولا تعمل أي مهمة أخرى في أثناء ذلك. يحين موعد مؤقِّتات المحطات الأخرى لكنها لا تنطلق حتى تُفلت الخيط؛ عندئذ تنطلق معًا، متأخرة، في دورة واحدة من الحلقة. يتبع التشغيل حلقة asyncio دورة بدورة، ويقارنه اختبار بـ CPython.
executor-share-none = في هذا التشغيل لم تعطِ المحطات الأخرى أي حقنة: أخذت المحطة { $station } كل الصناديق، واحدًا تلو الآخر، ولم تُفلت الخيط قط.
executor-share-exact = في هذا التشغيل أعادت المحطة { $station } { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوقًا واحدًا
        [two] صندوقين
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }، وبين كل اثنين منها أعطت المحطات الأخرى { $shots ->
        [zero] { $shots } حقنة
        [one] حقنة واحدة
        [two] حقنتين
        [few] { $shots } حقن
        [many] { $shots } حقنة
       *[other] { $shots } حقنة
    } في المجموع، كل مرة.
executor-share-range = في هذا التشغيل أعادت المحطة { $station } { $boxes ->
        [zero] { $boxes } صندوق
        [one] صندوقًا واحدًا
        [two] صندوقين
        [few] { $boxes } صناديق
        [many] { $boxes } صندوقًا
       *[other] { $boxes } صندوق
    }؛ وبين كل اثنين منها أعطت المحطات الأخرى ما بين { $fewest } و{ $most ->
        [few] { $most } حقن
       *[other] { $most } حقنة
    } في المجموع، بمتوسط { $mean }.
executor-share-one-box = في هذا التشغيل لم تُعِد المحطة { $station } إلا صندوقًا واحدًا؛ وأعطت المحطات الأخرى { $shots ->
        [zero] { $shots } حقنة
        [one] حقنة واحدة
        [two] حقنتين
        [few] { $shots } حقن
        [many] { $shots } حقنة
       *[other] { $shots } حقنة
    } في التشغيل كله.

## The awaited set.

executor-awaited-set = المجموعة المنتظَرة
executor-awaited-count =
    ({ $count ->
        [zero] لا مهام
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $count } مهام
        [many] { $count } مهمة
       *[other] { $count } مهمة
    }، { $kind })
executor-awaited-kind-channel = مهام ترسل إلى قناة
executor-awaited-kind-taskgroup = مهام محطات في مجموعة مهام
executor-awaited-kind-workers = الصناديق الحالية للعمّال
executor-awaited-kind-futures = FuturesUnordered
executor-awaited-task = المحطة { $station } · الصندوق { $box_no }
executor-awaited-more = +{ $count } أخرى
executor-awaited-empty = فارغة
executor-done-set = آخر مجموعة مهام منتهية
executor-done-count = ({ $count ->
        [zero] { $count } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $count } مهام
        [many] { $count } مهمة
       *[other] { $count } مهمة
    } عند { $seconds } ث)
executor-done-task = المحطة { $station } · الصندوق { $box_no }
executor-done-empty = لم يستيقظ المشرف بعد
executor-done-unreported = عادت؛ ويُبلغ عنها المشرف تاليًا
executor-done-several = عدة مهام في مجموعة منتهية واحدة: انطلقت مؤقِّتاتها معًا في دورة واحدة من الحلقة، وعادت كل مهمة قبل أن يستيقظ المشرف؛ ويُعيد asyncio.wait كل مهمة انتهت حتى تلك اللحظة.

## The timer queue.

executor-timers = طابور المؤقِّتات، الأقرب أولًا
executor-timer = { $seconds } ث ← توقظ المحطة { $station }
executor-timers-empty = لا مؤقِّتات

## The supervisor's wakes, one line each.

executor-wakes = إيقاظات المشرف، الأحدث أولًا
executor-reports = صناديق تُبلغ عنها مهامها نفسها، الأحدث أولًا
executor-wake-time = { $seconds } ث
executor-wake-wait = الانتظار رقم { $wait } في عدّ الحلقة
executor-wake-ok = أعادت مهمة المحطة { $station } (الصندوق { $box_no }) القيمة Ok
executor-wake-err = أعادت مهمة المحطة { $station } (الصندوق { $box_no }) القيمة Err: { $error }
executor-error-spoiled = فسدت الجرعة { $shot } من الصندوق
executor-error-broken = عُطّلت يدويًا في أثناء الحقنة { $shot }
executor-wake-pending = ما زالت معلّقة: { $stations }
executor-pending-none = لا شيء
executor-pending-more = و{ $count } أخرى
executor-wake-pushed = دُفع: { $tasks }
executor-pushed-task = المحطة { $station } مع الصندوق { $box_no }
executor-wake-no-box = لا صندوق جديد بعد
executor-wake-depot-empty = لم يُدفع شيء (المستودع فارغ)
executor-report-taskgroup-next = تحرّر مهمة الصندوق المحطة { $station } وإذنها؛ وتأخذ مهمة الصندوق التالي المحطة الحرة ذات الرقم الأصغر
executor-report-taskgroup-last = لم يبقَ أي صندوق، فتبقى المحطة { $station } حرة
executor-report-workers-next = يأخذ العامل الصندوق التالي من الطابور
executor-report-workers-last = الطابور فارغ، فيعود العامل

## The task inspector.

inspector-title = فاحص المهام
inspector-too-many =
    يسرد الفاحص المهام في التشغيلات التي تضم حتى { $limit ->
        [zero] { $limit } محطة
        [one] محطة واحدة
        [two] محطتين
        [few] { $limit } محطات
        [many] { $limit } محطة
       *[other] { $limit } محطة
    }.
inspector-explain = { $tasks ->
        [worker] عامل كل محطة مهمة واحدة، تعالج صندوقًا تلو الآخر من الطابور.
       *[box] كل صندوق تعالجه محطة هو مهمة.
    } تكون المهمة { $waiting } ما دامت نائمة، و{ $scheduled } بعد إيقاظها، و{ $running } ما دام الخيط يستطلعها. تتراكم { $wakes } والاستطلاعات عبر كل صناديق المحطة؛ ويعدّ صف المشرف الصناديق التي عالجها. «الصندوق مفتوح» هو الزمن المحاكى الذي كان فيه لدى المحطة صندوق مفتوح (مهمتها النائمة بين الحقن لا تكلّف الخيط شيئًا)، لا الزمن المستغرق داخل الاستطلاعات؛ ومن دون صندوق تنتظر المحطة المشرف.
inspector-term-waiting = منتظِرة
    .title = تنتظر إيقاظًا: هنا نائمة على مؤقِّت حقنتها. (المحطة التي ليس لديها صندوق مفتوح خاملة.)
inspector-term-scheduled = مجدوَلة
    .title = أُوقظت ووُضعت في الطابور خلف المهام التي أُوقظت قبلها؛ يستطلعها المنفِّذ بالدور.
inspector-term-running = قيد التشغيل
    .title = قيد الاستطلاع: المهمة الوحيدة التي يشغّلها الخيط.
inspector-term-wakes = الإيقاظات
    .title = استدعاءات لـ waker المهمة: كل استدعاء يطلب من المنفِّذ أن يستطلعها مجددًا.

## The table's columns; [s] marks seconds.

inspector-column-task = المهمة
inspector-column-state = الحالة
inspector-column-polls = الاستطلاعات
inspector-column-wakes = الإيقاظات
inspector-column-boxes = الصناديق
inspector-column-failures = الأعطال
inspector-column-restarts = إعادات التشغيل
inspector-column-box-open = الصندوق مفتوح [ث]
inspector-column-waiting = دون صندوق [ث]

## A task's state, as the State column shows it.

inspector-state-waiting = منتظِرة
inspector-state-scheduled = مجدوَلة
inspector-state-running = قيد التشغيل
inspector-state-done = منتهية
inspector-state-failed = معطَّلة

## The rows' names.

inspector-supervisor = المشرف
inspector-task-station = المحطة { $station }
inspector-task-box = المحطة { $station } (الصندوق { $box_no })
inspector-task-worker = المحطة { $station } (عامل)
inspector-task-box-task = المحطة { $station } (مهمة الصندوق { $box_no })

## The tasks that finished last.

inspector-finished = انتهت للتو
inspector-finished-box =
    المحطة { $station } (الصندوق { $box_no }): انتهت بعد { $polls ->
        [zero] { $polls } استطلاع
        [one] استطلاع واحد
        [two] استطلاعين
        [few] { $polls } استطلاعات
        [many] { $polls } استطلاعًا
       *[other] { $polls } استطلاع
    } و{ $wakes ->
        [zero] { $wakes } إيقاظ
        [one] إيقاظ واحد
        [two] إيقاظين
        [few] { $wakes } إيقاظات
        [many] { $wakes } إيقاظًا
       *[other] { $wakes } إيقاظ
    }
inspector-finished-worker =
    عامل المحطة { $station }: انتهى بعد { $polls ->
        [zero] { $polls } استطلاع
        [one] استطلاع واحد
        [two] استطلاعين
        [few] { $polls } استطلاعات
        [many] { $polls } استطلاعًا
       *[other] { $polls } استطلاع
    } و{ $wakes ->
        [zero] { $wakes } إيقاظ
        [one] إيقاظ واحد
        [two] إيقاظين
        [few] { $wakes } إيقاظات
        [many] { $wakes } إيقاظًا
       *[other] { $wakes } إيقاظ
    }
inspector-finished-box-task =
    مهمة الصندوق { $box_no }: انتهت بعد { $polls ->
        [zero] { $polls } استطلاع
        [one] استطلاع واحد
        [two] استطلاعين
        [few] { $polls } استطلاعات
        [many] { $polls } استطلاعًا
       *[other] { $polls } استطلاع
    } و{ $wakes ->
        [zero] { $wakes } إيقاظ
        [one] إيقاظ واحد
        [two] إيقاظين
        [few] { $wakes } إيقاظات
        [many] { $wakes } إيقاظًا
       *[other] { $wakes } إيقاظ
    }
inspector-finished-none = لم تنتهِ أي مهمة بعد

## The charts.

charts-title = الرسوم البيانية
charts-time-axis = الثواني المحاكاة
charts-tick-thousands = { $thousands } ألف
charts-station = المحطة { $station }

charts-doses-caption = الجرعات المعطاة عبر الزمن، مقابل الوتيرة التي يتوقعها النموذج (متقطع)
charts-doses =
    .aria-label =
        أُعطيت { $given } من أصل { $total ->
            [zero] { $total } جرعة
            [one] جرعة واحدة
            [two] جرعتين
            [few] { $total } جرعات
            [many] { $total } جرعة
           *[other] { $total } جرعة
        } بعد { $seconds } ثانية؛ المدة الإجمالية المتوقعة { $expected } ثانية

charts-gantt-too-many =
    يعرض مخطط غانت التشغيلات التي تضم حتى { $limit ->
        [zero] { $limit } محطة
        [one] محطة واحدة
        [two] محطتين
        [few] { $limit } محطات
        [many] { $limit } محطة
       *[other] { $limit } محطة
    }.
charts-gantt-caption = الصناديق في كل محطة عبر الزمن؛ الصناديق المعطَّلة بالأحمر القرمزي بحافة متقطعة
charts-gantt-truncated =
    {" "}(أول { $limit ->
        [zero] { $limit } صندوق
        [one] صندوق
        [two] صندوقين
        [few] { $limit } صناديق
        [many] { $limit } صندوقًا
       *[other] { $limit } صندوق
    })
charts-gantt =
    .aria-label =
        مخطط غانت لـ{ $boxes ->
            [zero] { $boxes } صندوق
            [one] صندوق واحد
            [two] صندوقين
            [few] { $boxes } صناديق
            [many] { $boxes } صندوقًا
           *[other] { $boxes } صندوق
        } في { $stations ->
            [zero] { $stations } محطة
            [one] محطة واحدة
            [two] محطتين
            [few] { $stations } محطات
            [many] { $stations } محطة
           *[other] { $stations } محطة
        }
charts-gantt-bar = المحطة { $station }، الصندوق { $box_no }: { $start }–{ $end } ث
charts-gantt-bar-failed = المحطة { $station }، الصندوق { $box_no }: { $start }–{ $end } ث (معطَّل)

charts-utilisation-summary =
    الاستخدام: المتوسط { $mean }٪، والأدنى { $least }٪ على { $stations ->
        [zero] { $stations } محطة
        [one] محطة واحدة
        [two] محطتين
        [few] { $stations } محطات
        [many] { $stations } محطة
       *[other] { $stations } محطة
    }.
charts-utilisation-caption = الاستخدام: نسبة الزمن المنقضي التي كان فيها لدى كل محطة صندوق مفتوح
charts-utilisation =
    .aria-label = الاستخدام لكل محطة
charts-percent = { $percent }٪

## The policy comparison.

charts-comparison-too-large =
    تشمل مقارنة السياسات التشغيلات التي تصل إلى { $limit ->
        [zero] { $limit } جرعة
        [one] جرعة واحدة
        [two] جرعتين
        [few] { $limit } جرعات
        [many] { $limit } جرعة
       *[other] { $limit } جرعة
    }.
charts-comparison-caption = البذرة نفسها تحت كل سياسة من سياسات المشرف (تشغيلات كاملة، أُعيد تشغيلها في الصفحة)
charts-comparison-policy = السياسة
charts-comparison-makespan = المدة الإجمالية
charts-comparison-busy = الزمن مع صندوق مفتوح
charts-comparison-boxes-opened = الصناديق المفتوحة
charts-comparison-doses-vanished = الجرعات المختفية
charts-seconds = { $seconds } ث

## The code view. The listings are code and stay as written.

code-title = الشيفرة
code-explain = شيفرة Rust هي المصدر المترجَم في هذه الصفحة؛ وشيفرة Python هي البرنامج نفسه مكتوبًا بـ asyncio، في ملف يعمل كما هو ويُتحقق منه مقابل هذا المحرك على CPython. لا يمكن للمهمة أن تتوقف إلا عند { $await }، وفقط إن لم يكن ما تنتظره جاهزًا: { $parked } يُقرأ التمييز من آخر حدث.{" "}
code-parked = { $stations }، و{ $supervisor }.
code-parked-stations = كل مهام المحطات متوقفة عند sleep الخاص بها
code-parked-stations-blocking = كل مهام المحطات متوقفة عند sleep الخاص بها ما عدا مهمة المحطة { $station } (المحطة { $station } لا تستخدم await أبدًا، فلا تتوقف أبدًا: إنها تمسك الخيط طوال صندوقها)
code-parked-supervisor-set = المشرف متوقف عند انتظاره للمجموعة
code-parked-supervisor-queue = المشرف متوقف عند قراءته من الطابور
code-parked-supervisor-semaphore = مهام الصناديق التي بلا محطة متوقفة عند السيمافور
code-parked-supervisor-workers = المشرف متوقف عند انتظاره للعمّال
code-resumed-station = آخر ما استُؤنف: مهمة المحطة { $station }، عند await الخاص بها.
code-resumed-supervisor = آخر ما استُؤنف: المشرف، عند await الخاص به.
code-resumed-none = لم يعمل شيء بعد.
code-rust = Rust (هذا التطبيق)
code-python = Python asyncio
code-show-python-first = اعرض Python أولًا
code-show-rust-first = اعرض Rust أولًا
code-whole-file = ملف asyncio كاملًا، بما فيه الدوال المساعدة
code-download = نزّل الملف (يعمل كما هو: python3 vaccination_lot.py)
code-listing =
    .aria-label =
        شيفرة { $language ->
            [rust] Rust
           *[python] Python
        } { $role ->
            [station] للمحطة
           *[supervisor] للمشرف
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [zero] لا توجد مهمة محطة منتظِرة
        [one] مهمة محطة واحدة تنتظر هنا
        [two] مهمتا محطتين تنتظران هنا
        [few] { $count } مهام محطات تنتظر هنا
        [many] { $count } مهمة محطة تنتظر هنا
       *[other] { $count } مهمة محطة تنتظر هنا
    }
code-supervisor-waits = المشرف ينتظر هنا
code-supervisor-returned = عاد المشرف
code-mistake-counts-waits = يعدّ مرات الانتظار لا الصناديق
code-mistake-new-box = صندوق جديد حتى حين لا يبقى أي صندوق
code-mistake-program-ends = ينتهي البرنامج: مهام أُلغيت في منتصف الصندوق
code-mistake-cancelled = مهام أُلغيت في منتصف الصندوق

## Where the Rust twin and asyncio differ.

code-differences = أين يختلف التوأمان: { $next } يعيد مُخرَجًا واحدًا في كل مرة، لذا يفرغ المشرف في Rust المجموعة باستطلاعها حتى تصبح Pending، ليأخذ كل مهمة عادت: مجموعة المهام المنتهية التي يعيدها { $wait }. ولا يستطلع إلا الـ futures التي أُوقظت، بينما يسجّل { $wait } callback على كل مهمة عند كل استدعاء. هنا، إسقاط { $handle } يلغي مهمته؛ أما إسقاط { $task } في asyncio فلا يلغيها، لكن حلقة الأحداث لا تحتفظ إلا بمرجع ضعيف إليها، فقد تختفي مهمة لا يمسكها أحد قبل أن تنتهي: لذا تحتفظ شيفرة Python بها كلها.
code-real-time = ساعة هذه الصفحة افتراضية: ينتقل الوقت من مؤقِّت إلى الذي يليه، ويُحترم كل موعد حتى الميكروثانية، ولا يتأخر شيء. أما asyncio الحقيقي فيختلف في أمرين. على Linux يقرّب المُحدِّد مدة الانتظار صعودًا إلى ملي ثانية كاملة، فكثيرًا ما تنطلق المؤقِّتات التي يفصل بين موعديها أقل من ملي ثانية في دورة واحدة، ويعيد { $wait } المهمتين في مجموعة منتهية واحدة: فعلت ذلك مهمتان يفصل بينهما 0.3 ملي ثانية من 82 إلى 85 مرة من كل 100 في قياس. وكل دورة من الحلقة تكلّف وقتًا حقيقيًا، فينتهي صندوق من 100 حقنة مدة كل منها 1–100 ملي ثانية متأخرًا بنحو 2 %. ملف Python، إن شُغّل وحده، يُظهر الأمرين؛ ويقيسهما python/real_time.py.

python-title = الشيفرة في CPython حقيقي
python-intro = تعمل شيفرة asyncio هنا في CPython حقيقي مترجَم إلى WebAssembly، على ساعة افتراضية، بالسحوبات والأعطال اليدوية للتشغيل المعروض؛ ثم تقارن الصفحة بين التشغيلين حدثًا حدثًا. يُنزِّل التشغيل الأول Python؛ ولا ينتظره شيء آخر في الصفحة.
python-run = شغّل في CPython
python-run-again = شغّل هذا التشغيل في CPython
python-loading = جارٍ تحميل Python: { $loaded } من { $total } ميغابايت
python-starting = جارٍ بدء Python…
python-running = يشغّل CPython الشيفرة…
python-agrees = يتّفق CPython { $version }: الأحداث كلها ({ $events } من { $events }) في الميكروثانية نفسها.
python-differs = يختلف CPython { $version } عن المحرّك أول مرة عند الحدث { $index }.
python-differs-engine = المحرّك:
python-differs-cpython = CPython:
python-show-difference = اعرض الحدث { $index }
python-failed = تعذّر على CPython { $version } تشغيل الشيفرة على هذا التشغيل: { $error }
python-too-large = تُسلَّم إلى CPython التشغيلات التي لا تتجاوز { $limit } جرعة؛ وفي هذا التشغيل { $doses }.
python-offline = تحتاج واجهة Python إلى صفحة مقدَّمة من عنوان ويب: عند فتحها من ملف لا يسمح لها المتصفح بتحميل Python.
python-load-failed = تعذّر تحميل Python ({ $reason }). بقية الصفحة تعمل كما كانت.
python-tree = ما يراه asyncio عند الحدث { $event }
python-tree-title = رؤية asyncio نفسه عند الحدث { $event }
python-tree-explain = تعمل الشيفرة في CPython حتى هذا الحدث وتتوقف عنده: مهامها كما يعطيها asyncio.capture_call_graph، وهو المخطط الذي يطبعه python -m asyncio pstree. كل مهمة تحت المهمة التي تنتظرها، مع الدوال التي توقفت فيها، من الخارجية إلى الداخلية.
python-tree-station-task = { $task }: المحطة { $station }، الصندوق { $box_no }
python-tree-running = { $task }، قيد التشغيل الآن
python-tree-failed = تعذّر أخذ رؤية asyncio: { $error }
python-tree-more = …و{ $count ->
        [one] مهمة أخرى
        [two] مهمتان أخريان
        [few] { $count } مهام أخرى
        [many] { $count } مهمة أخرى
       *[other] { $count } مهمة أخرى
    }
python-stopped = لم يُجب CPython خلال { $seconds } ثانية، فأُوقف العامل الخاص به: تُوقف ميزانية الوقت شيفرة Python عند الدورة التالية من حلقة، لا حسابًا طويلًا داخل استدعاء C واحد. يعيد التشغيل بدء Python.
