# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {"، "}

## The executor view.

executor-title = { -executor(def: "yes") }
executor-explain = تعمل كل { -task(def: "yes", number: "plural") } على { -thread } واحد، واحدة تلو الأخرى. { -task(def: "yes") } التي { $awaits } future لم يجهز بعد تتخلى بذلك عن { -thread(def: "yes") } حتى يوقظها ذلك الـ future. { -station(def: "yes") } النائمة لا تكلّف شيئًا: يوقظها { $timer } حين تنتهي { -shot(form: "bound") }ها، ثم { $polls } { -executor(def: "yes") }. { -timer(def: "yes", number: "plural") } التي يحين موعدها في اللحظة نفسها تنطلق معًا في دورة واحدة من الحلقة، وكل { -task } توقظها تعمل قبل أي { -task } توقظها هذه بدورها.
executor-term-awaits = تنتظر بـ await
    .title = تطلب { -task(def: "yes") } من future قيمته. إن لم تكن جاهزة، تتخلى { -task(def: "yes") } عن { -thread(def: "yes") } حتى يوقظها الـ future؛ وإن كانت جاهزة، تعود القيمة فورًا وتواصل { -task(def: "yes") } عملها.
executor-term-timer = { -timer }
    .title = مُدخل في طابور الساعة: عند حلول موعده يوقظ { -task(def: "yes") } التي ضبطته.
executor-term-polls = يستطلعها
    .title = يشغّل { -task } حتى تضطر إلى الانتظار مجددًا (تُرجع Pending) أو تنتهي (تُرجع Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = سياسة FIRST_COMPLETED: ينتظر { -supervisor(def: "yes") } { -task(number: "plural") } { -awaited-set(def: "yes") } كلها ويستيقظ حالما تعود { -task }. يأخذ كل { -task } عادت حتى تلك اللحظة، أي مجموعة { -task(def: "yes", number: "plural") } المنتهية، ويُبلغ عنها بترتيب { -station(def: "yes", number: "plural") }، ويعيد تشغيل كل { -station } فورًا، ثم ينتظر { -awaited-set(def: "yes") } من جديد.
executor-policy-all = سياسة ALL_COMPLETED: يُبلغ { -supervisor(def: "yes") } عن كل مجموعة { -task(number: "plural") } منتهية حين تصل، لكنه لا يعيد التعبئة إلا حين تعود الدفعة كلها، فتبقى { -station(def: "yes", number: "plural") } التي تنتهي مبكرًا خاملة.
executor-policy-queue = سياسة طابور الاكتمال: كل { -task } { -station } تنتهي تدخل طابورًا (في Python يضعها استدعاء الإنهاء في asyncio.Queue؛ وفي Rust ترسل { -task(def: "yes") } نتيجتها عبر قناة)، ويأخذها { -supervisor(def: "yes") } واحدة واحدة بترتيب انتهائها، ويعيد تشغيل كل { -station }.
executor-policy-article = سياسة حلقة المقال: تنتظر بـ FIRST_COMPLETED عددًا من المرات يساوي عدد { -box(def: "yes", number: "plural") }، فتعدّ مرات الانتظار لا { -box(def: "yes", number: "plural") }، وتعيد تشغيل كل { -task } في كل مجموعة منتهية حتى لو لم يبقَ أي { -box }، وحين تنتهي الحلقة ينتهي البرنامج أيضًا: يلغي asyncio.run { -task(def: "yes", number: "plural") } التي لا تزال تعمل في منتصف { -box(number: "plural") }ها.
executor-policy-taskgroup = سياسة TaskGroup + Semaphore: { -task } لكل { -box }، تُنشأ كلها مسبقًا؛ يسمح السيمافور بعمل عدد منها يساوي عدد { -station(def: "yes", number: "plural") }، وتأخذ كل منها { -station(def: "yes") } الشاغرة ذات الرقم الأصغر. تلتقط كل { -task } إخفاق { -station(form: "bound") }ها وتبلّغ عنه: فالاستثناء غير الملتقَط كان سيلغي المجموعة كلها.
executor-policy-workers = سياسة «عمّال + Queue»: { -task } طويلة العمر لكل { -station } تأخذ { -box(def: "yes", number: "plural") } من طابور مُلئ مسبقًا حتى يفرغ، فتلتقط الإخفاق إن وقع وتمضي إلى { -box(def: "yes") } التالي.
executor-queue-same = في هذا التشغيل يعطي ذلك { -shot(def: "yes", number: "plural") } نفسها و{ -box(def: "yes", number: "plural") } نفسها في اللحظات نفسها التي يعطيها FIRST_COMPLETED.
executor-queue-differs = في هذا التشغيل يختلف عن FIRST_COMPLETED: { $same_end ->
        [yes] كلاهما ينتهي عند { $seconds } ث، لكن { -box(number: "plural") }هما تذهب إلى { -station(number: "plural") } أخرى
       *[no] ينتهي عند { $seconds } ث، وFIRST_COMPLETED عند { $first_seconds } ث
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station(def: "yes") } { $station } تحجب { -thread(def: "yes") }: تعطي كل { -shot } دون await، فيجري كل { -box } من { -box(number: "plural") }ها من أوله إلى آخره في استطلاع واحد، ولا تعمل أي { -task } أخرى في أثناء ذلك. يحين موعد { -timer(number: "plural") } { -station(def: "yes", number: "plural") } الأخرى لكنها لا تنطلق حتى تُفلت { -thread(def: "yes") }؛ عندئذ تنطلق معًا، متأخرة، في دورة واحدة من الحلقة. يتبع التشغيل حلقة asyncio دورة بدورة، ويقارنه اختبار بـ CPython.
executor-share-none = في هذا التشغيل لم تعطِ { -station(def: "yes", number: "plural") } الأخرى أي { -shot }: أخذت { -station(def: "yes") } { $station } كل { -box(def: "yes", number: "plural") }، واحدًا تلو الآخر، ولم تُفلت { -thread(def: "yes") } قط.
executor-share-exact = أعادت { -station(def: "yes") } { $station } في هذا التشغيل { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box(case: "acc") } واحدًا
        [two] { -box(number: "two", case: "acc") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }، وبين كل اثنين منها أعطت { -station(def: "yes", number: "plural") } الأخرى { $shots ->
        [zero] { $shots } { -shot }
        [one] { -shot(case: "acc") } واحدة
        [two] { -shot(number: "two", case: "acc") }
        [few] { $shots } { -shot(number: "plural") }
        [many] { $shots } { -shot(case: "acc") }
       *[other] { $shots } { -shot }
    } في المجموع، كل مرة.
executor-share-range = أعادت { -station(def: "yes") } { $station } في هذا التشغيل { $boxes ->
        [zero] { $boxes } { -box }
        [one] { -box(case: "acc") } واحدًا
        [two] { -box(number: "two", case: "acc") }
        [few] { $boxes } { -box(number: "plural") }
        [many] { $boxes } { -box(case: "acc") }
       *[other] { $boxes } { -box }
    }؛ وبين كل اثنين منها أعطت { -station(def: "yes", number: "plural") } الأخرى ما بين { $fewest } و{ $most ->
        [zero] { $most } { -shot }
        [one] { -shot } واحدة
        [two] { -shot(number: "two", case: "gen") }
        [few] { $most } { -shot(number: "plural") }
        [many] { $most } { -shot(case: "acc") }
       *[other] { $most } { -shot }
    } في المجموع، بمتوسط { $mean }.
executor-share-one-box = لم تُعِد { -station(def: "yes") } { $station } في هذا التشغيل إلا { -box(case: "acc") } واحدًا؛ وأعطت { -station(def: "yes", number: "plural") } الأخرى { $shots ->
        [zero] { $shots } { -shot }
        [one] { -shot(case: "acc") } واحدة
        [two] { -shot(number: "two", case: "acc") }
        [few] { $shots } { -shot(number: "plural") }
        [many] { $shots } { -shot(case: "acc") }
       *[other] { $shots } { -shot }
    } في التشغيل كله.

## The awaited set.

executor-awaited-set = { -awaited-set(def: "yes") }
executor-awaited-count = ({ $count ->
        [zero] لا { -task(number: "plural") }
        [one] { -task } واحدة
        [two] { -task(number: "two") }
        [few] { $count } { -task(number: "plural") }
        [many] { $count } { -task(case: "acc") }
       *[other] { $count } { -task }
    }، وهي { $kind })
executor-awaited-kind-channel = { -task(number: "plural") } ترسل إلى قناة
executor-awaited-kind-taskgroup = { -task(number: "plural") } { -station(number: "plural") } في مجموعة { -task(number: "plural") }
executor-awaited-kind-workers = { -box(def: "yes", number: "plural") } الحالية للعمّال
executor-awaited-kind-futures = FuturesUnordered
executor-awaited-task = { -station(def: "yes") } { $station } · { -box(def: "yes") } { $box_no }
executor-awaited-more = { $count ->
        [zero] +{ $count } { -task } أخرى
        [one] +{ -task } أخرى
        [two] +{ -task(number: "two") } أخريان
        [few] +{ $count } { -task(number: "plural") } أخرى
        [many] +{ $count } { -task(case: "acc") } أخرى
       *[other] +{ $count } { -task } أخرى
    }
executor-awaited-empty = فارغة
executor-done-set = آخر مجموعة { -task(number: "plural") } منتهية
executor-done-count = ({ $count ->
        [zero] لا { -task(number: "plural") }
        [one] { -task } واحدة
        [two] { -task(number: "two") }
        [few] { $count } { -task(number: "plural") }
        [many] { $count } { -task(case: "acc") }
       *[other] { $count } { -task }
    } عند { $seconds } ث)
executor-done-task = { -station(def: "yes") } { $station } · { -box(def: "yes") } { $box_no }
executor-done-empty = لم يستيقظ { -supervisor(def: "yes") } بعد
executor-done-unreported = عادت؛ ويُبلغ عنها { -supervisor(def: "yes") } تاليًا
executor-done-several = عدة { -task(number: "plural") } في مجموعة منتهية واحدة: انطلقت { -timer(number: "plural") }ها معًا في دورة واحدة من الحلقة، وعادت كل { -task } قبل أن يستيقظ { -supervisor(def: "yes") }؛ ويُعيد asyncio.wait كل { -task } انتهت حتى تلك اللحظة.

## The timer queue.

executor-timers = { -timer-queue(def: "yes") }، الأقرب أولًا
executor-timer = { $seconds } ث ← توقظ { -station(def: "yes") } { $station }
executor-timers-empty = لا { -timer(number: "plural") }

## The supervisor's wakes, one line each.

executor-wakes = إيقاظات { -supervisor(def: "yes") }، الأحدث أولًا
executor-reports = { -box(number: "plural") } تُبلغ عنها { -task(number: "plural") }ها نفسها، الأحدث أولًا
executor-wake-time = { $seconds } ث
executor-wake-wait = الانتظار رقم { $wait } في عدّ الحلقة
executor-wake-ok = أعادت { -task } { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no }) القيمة Ok
executor-wake-err = أعادت { -task } { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no }) القيمة Err: { $error }
executor-error-spoiled = فسدت { -dose(def: "yes") } { $shot } من { -box(def: "yes") }
executor-error-broken = عُطّلت يدويًا في أثناء { -shot(def: "yes") } { $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = ما زالت معلّقة: { $stations }
executor-pending-none = لا شيء
executor-pending-more = و{ $count ->
        [zero] { $count } { -station } أخرى
        [one] { -station } أخرى
        [two] { -station(number: "two") } أخريان
        [few] { $count } { -station(number: "plural") } أخرى
        [many] { $count } { -station(case: "acc") } أخرى
       *[other] { $count } { -station } أخرى
    }
executor-wake-pushed = دُفع: { $tasks }
executor-pushed-task = { -station(def: "yes") } { $station } مع { -box(def: "yes") } { $box_no }
executor-wake-no-box = لا { -box } جديد بعد
executor-wake-depot-empty = لم يُدفع شيء ({ -depot(def: "yes") } فارغ)
executor-report-taskgroup-next = تحرّر { -task } { -box(def: "yes") } { -station(def: "yes") } { $station } وإذنها؛ وتأخذ { -task } { -box(def: "yes") } التالي { -station(def: "yes") } الحرة ذات الرقم الأصغر
executor-report-taskgroup-last = لم يبقَ أي { -box }، فتبقى { -station(def: "yes") } { $station } حرة
executor-report-workers-next = يأخذ العامل { -box(def: "yes") } التالي من الطابور
executor-report-workers-last = الطابور فارغ، فيعود العامل

## The task inspector.

inspector-title = { -inspector(def: "yes") }
inspector-too-many = يعرض { -inspector(def: "yes") } التشغيلات التي تضم حتى { $limit ->
        [zero] { $limit } { -station }
        [one] { -station } واحدة
        [two] { -station(number: "two", case: "gen") }
        [few] { $limit } { -station(number: "plural") }
        [many] { $limit } { -station(case: "acc") }
       *[other] { $limit } { -station }
    }.
inspector-explain = { $tasks ->
        [worker] عامل كل { -station } { -task } واحدة، تعالج { -box(case: "acc") } تلو الآخر من الطابور.
       *[box] كل { -box } تعالجه { -station } هو { -task }.
    } تكون { -task(def: "yes") } { $waiting } ما دامت خارج { -thread(def: "yes") } تنتظر ما يوقظها، و{ $scheduled } بعد إيقاظها، و{ $running } ما دام { -thread(def: "yes") } يستطلعها. تتراكم { $wakes } والاستطلاعات عبر كل { -box(number: "plural") } { -station(def: "yes") }؛ ويعدّ صف { -supervisor(def: "yes") } { -box(def: "yes", number: "plural") } التي عالجها. «{ -box(def: "yes") } مفتوح» هو الزمن المحاكى الذي كان فيه لدى { -station(def: "yes") } { -box } مفتوح ({ -task(form: "bound") }ها النائمة بين { -shot(def: "yes", number: "plural") } لا تكلّف { -thread(def: "yes") } شيئًا)، لا الزمن المستغرق داخل الاستطلاعات؛ ومن دون { -box } تبقى { -station(def: "yes") } خاملة حتى يعطيها { -supervisor(def: "yes") } { -box(case: "acc") }.
inspector-term-waiting = نائمة
    .title = خارج { -thread(def: "yes") } حتى يوقظها شيء: { -task } { -station } على { -timer } { -shot(form: "bound") }ها، و{ -supervisor(def: "yes") } على { -task(def: "yes", number: "plural") } التي ينتظرها. ({ -station(def: "yes") } التي ليس لديها { -box } مفتوح خاملة، لا نائمة.)
inspector-term-scheduled = مجدوَلة
    .title = أُوقظت ووُضعت في الطابور خلف { -task(def: "yes", number: "plural") } التي أُوقظت قبلها؛ يستطلعها { -executor(def: "yes") } بالدور.
inspector-term-running = قيد التشغيل
    .title = قيد الاستطلاع: { -task(def: "yes") } الوحيدة التي يشغّلها { -thread(def: "yes") }.
inspector-term-wakes = الإيقاظات
    .title = استدعاءات waker { -task(def: "yes") }: كل استدعاء يطلب من { -executor(def: "yes") } أن يستطلعها مجددًا.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(def: "yes") }
inspector-column-state = الحالة
inspector-column-polls = الاستطلاعات
inspector-column-wakes = الإيقاظات
inspector-column-boxes = { -box(def: "yes", number: "plural") }
inspector-column-failures = الإخفاقات
inspector-column-restarts = إعادات التشغيل
inspector-column-box-open = { -box(def: "yes") } مفتوح [ث]
inspector-column-waiting = دون { -box } [ث]

## A task's state, as the State column shows it.

inspector-state-waiting = نائمة
inspector-state-scheduled = مجدوَلة
inspector-state-running = قيد التشغيل
inspector-state-done = منتهية
inspector-state-failed = فاشلة

## The rows' names.

inspector-supervisor = { -supervisor(def: "yes") }
inspector-task-station = { -station(def: "yes") } { $station }
inspector-task-box = { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no })
inspector-task-worker = { -station(def: "yes") } { $station } (عامل)
inspector-task-box-task = { -station(def: "yes") } { $station } ({ -task } { -box(def: "yes") } { $box_no })

## The tasks that finished last.

inspector-finished = انتهت للتو
inspector-finished-box = { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no }): انتهت بعد { $polls ->
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
inspector-finished-worker = عامل { -station(def: "yes") } { $station }: انتهى بعد { $polls ->
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
inspector-finished-box-task = { -task } { -box(def: "yes") } { $box_no }: انتهت بعد { $polls ->
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
inspector-finished-none = لم تنتهِ أي { -task } بعد

## The charts.

charts-title = الرسوم البيانية
charts-time-axis = الثواني المحاكاة
# A tick of ten thousand or more, in thousands ("20 ألفًا").
charts-tick-thousands = { $thousands ->
        [zero] { $thousands } ألف
        [one] ألف
        [two] ألفان
        [few] { $thousands } آلاف
        [many] { $thousands } ألفًا
       *[other] { $thousands } ألف
    }
charts-station = { -station(def: "yes") } { $station }

charts-doses-caption = { -dose(def: "yes", number: "plural") } المُعطاة عبر الزمن، مقابل الوتيرة التي يتوقعها النموذج (متقطع)
charts-doses =
    .aria-label = أُعطيت { $given } من أصل { $total ->
            [zero] { $total } { -dose }
            [one] { -dose } واحدة
            [two] { -dose(number: "two", case: "gen") }
            [few] { $total } { -dose(number: "plural") }
            [many] { $total } { -dose(case: "acc") }
           *[other] { $total } { -dose }
        } بعد { $seconds } ثانية؛ والمدة الكلية المتوقعة { $expected } ثانية

charts-gantt-too-many = يعرض مخطط غانت التشغيلات التي تضم حتى { $limit ->
        [zero] { $limit } { -station }
        [one] { -station } واحدة
        [two] { -station(number: "two", case: "gen") }
        [few] { $limit } { -station(number: "plural") }
        [many] { $limit } { -station(case: "acc") }
       *[other] { $limit } { -station }
    }.
charts-gantt-caption = { -box(def: "yes", number: "plural") } في كل { -station } عبر الزمن؛ { -box(def: "yes", number: "plural") } الفاشلة بالأحمر القرمزي بحافة متقطعة
charts-gantt-truncated = {" "}(أول { $limit ->
        [zero] { $limit } { -box }
        [one] { -box }
        [two] { -box(number: "two", case: "gen") }
        [few] { $limit } { -box(number: "plural") }
        [many] { $limit } { -box(case: "acc") }
       *[other] { $limit } { -box }
    })
charts-gantt =
    .aria-label = مخطط غانت يضم { $boxes ->
            [zero] { $boxes } { -box }
            [one] { -box(case: "acc") } واحدًا
            [two] { -box(number: "two", case: "acc") }
            [few] { $boxes } { -box(number: "plural") }
            [many] { $boxes } { -box(case: "acc") }
           *[other] { $boxes } { -box }
        } في { $stations ->
            [zero] { $stations } { -station }
            [one] { -station } واحدة
            [two] { -station(number: "two", case: "gen") }
            [few] { $stations } { -station(number: "plural") }
            [many] { $stations } { -station(case: "acc") }
           *[other] { $stations } { -station }
        }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station(def: "yes") } { $station }، { -box(def: "yes") } { $box_no }: من { $start } إلى { $end } ث
charts-gantt-bar-failed = { -station(def: "yes") } { $station }، { -box(def: "yes") } { $box_no }: من { $start } إلى { $end } ث (فاشل)

charts-utilisation-summary = الاستخدام: المتوسط { $mean }٪، والأدنى { $least }٪ على { $stations ->
        [zero] { $stations } { -station }
        [one] { -station } واحدة
        [two] { -station(number: "two", case: "gen") }
        [few] { $stations } { -station(number: "plural") }
        [many] { $stations } { -station(case: "acc") }
       *[other] { $stations } { -station }
    }.
charts-utilisation-caption = الاستخدام: نسبة الزمن المنقضي التي كان فيها لدى كل { -station } { -box } مفتوح
charts-utilisation =
    .aria-label = الاستخدام لكل { -station }
charts-percent = { $percent }٪

## The policy comparison.

charts-comparison-too-large = تشمل مقارنة السياسات التشغيلات التي تصل إلى { $limit ->
        [zero] { $limit } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two", case: "gen") }
        [few] { $limit } { -dose(number: "plural") }
        [many] { $limit } { -dose(case: "acc") }
       *[other] { $limit } { -dose }
    }.
charts-comparison-caption = البذرة نفسها تحت كل سياسة من سياسات { -supervisor(def: "yes") } (تشغيلات كاملة، أُعيد تشغيلها في الصفحة)
charts-comparison-policy = السياسة
charts-comparison-makespan = المدة الكلية
charts-comparison-busy = الزمن مع { -box } مفتوح
charts-comparison-boxes-opened = { -box(def: "yes", number: "plural") } المفتوحة
charts-comparison-doses-vanished = { -dose(def: "yes", number: "plural") } المختفية
charts-seconds = { $seconds } ث

## The code view. The listings are code and stay as written.

code-title = الشيفرة
code-explain = شيفرة Rust هي المصدر المترجَم في هذه الصفحة؛ وشيفرة Python هي البرنامج نفسه مكتوبًا بـ asyncio، في ملف يعمل كما هو ويُتحقق منه مقابل هذا المحرك على CPython. لا تستطيع { -task(def: "yes") } أن تتوقف إلا عند { $await }، وفقط إن لم يكن ما تنتظره جاهزًا: { $parked } يُقرأ التمييز من آخر حدث.{" "}
code-parked = { $stations }، و{ $supervisor }.
code-parked-stations = كل { -task(number: "plural") } { -station(def: "yes", number: "plural") } متوقفة عند sleep الخاص بها
code-parked-stations-blocking = كل { -task(number: "plural") } { -station(def: "yes", number: "plural") } متوقفة عند sleep الخاص بها ما عدا { -task } { -station(def: "yes") } { $station } ({ -station(def: "yes") } { $station } لا تستخدم await أبدًا، فلا تتوقف أبدًا: إنها تمسك { -thread(def: "yes") } طوال { -box }ها)
code-parked-supervisor-set = { -supervisor(def: "yes") } متوقف عند انتظاره { -awaited-set(def: "yes") }
code-parked-supervisor-queue = { -supervisor(def: "yes") } متوقف عند قراءته من الطابور
code-parked-supervisor-semaphore = { -task(number: "plural") } { -box(def: "yes", number: "plural") } التي بلا { -station } متوقفة عند السيمافور
code-parked-supervisor-workers = { -supervisor(def: "yes") } متوقف عند انتظاره العمّال
code-resumed-station = آخر ما استُؤنف: { -task } { -station(def: "yes") } { $station }، عند await الخاص بها.
code-resumed-supervisor = آخر ما استُؤنف: { -supervisor(def: "yes") }، عند await الخاص به.
code-resumed-none = لم يعمل شيء بعد.
code-rust = Rust (هذا التطبيق)
code-python = Python asyncio
code-show-python-first = اعرض Python أولًا
code-show-rust-first = اعرض Rust أولًا
code-whole-file = ملف asyncio كاملًا، بما فيه الدوال المساعدة
code-download = نزّل الملف (يعمل كما هو: python3 vaccination_lot.py)
code-listing =
    .aria-label =
        { $role ->
            [station] شيفرة { -station(def: "yes") }
           *[supervisor] شيفرة { -supervisor(def: "yes") }
        } بلغة { $language ->
            [rust] Rust
           *[python] Python
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] لا { -task } تنتظر هنا
        [one] { -task } واحدة تنتظر هنا
        [two] { -task(number: "two") } تنتظران هنا
        [few] { $count } { -task(number: "plural") } تنتظر هنا
        [many] { $count } { -task(case: "acc") } تنتظر هنا
       *[other] { $count } { -task } تنتظر هنا
    }
code-supervisor-waits = { -supervisor(def: "yes") } ينتظر هنا
code-supervisor-returned = عاد { -supervisor(def: "yes") }
code-mistake-counts-waits = يعدّ مرات الانتظار لا { -box(def: "yes", number: "plural") }
code-mistake-new-box = { -box } جديد حتى حين لا يبقى أي { -box }
code-mistake-program-ends = ينتهي البرنامج: { -task(number: "plural") } أُلغيت في منتصف { -box(def: "yes") }
code-mistake-cancelled = { -task(number: "plural") } أُلغيت في منتصف { -box(def: "yes") }

## Where the Rust twin and asyncio differ.

code-differences = أين يختلف التوأمان: { $next } يعيد مُخرَجًا واحدًا في كل مرة، لذا يفرغ { -supervisor(def: "yes") } في Rust { -awaited-set(def: "yes") } باستطلاعها حتى تصبح Pending، ليأخذ كل { -task } عادت: مجموعة { -task(def: "yes", number: "plural") } المنتهية التي يعيدها { $wait }. ولا يستطلع إلا الـ futures التي أُوقظت، بينما يسجّل { $wait } استدعاءً راجعًا على كل { -task } عند كل استدعاء. هنا، إسقاط { $handle } يلغي { -task(form: "bound") }ه؛ أما إسقاط { $task } في asyncio فلا يلغيها، لكن { -event-loop(def: "yes") } لا تحتفظ إلا بمرجع ضعيف إليها، فقد تختفي { -task } لا يمسكها أحد قبل أن تنتهي: لذا تحتفظ شيفرة Python بها كلها.
code-real-time = ساعة هذه الصفحة افتراضية: ينتقل الوقت من { -timer } إلى الذي يليه، ويُحترم كل موعد حتى الميكروثانية، ولا يتأخر شيء. أما asyncio الحقيقي فيختلف في أمرين. على Linux يقرّب المُحدِّد مدة الانتظار صعودًا إلى ملي ثانية كاملة، فكثيرًا ما تنطلق { -timer(def: "yes", number: "plural") } التي يفصل بين موعديها أقل من ملي ثانية في دورة واحدة، ويعيد { $wait } { -task(def: "yes", number: "two", case: "acc") } في مجموعة منتهية واحدة: فعلت ذلك { -task(number: "two") } يفصل بينهما 0.3 ملي ثانية من 82 إلى 85 مرة من كل 100 في قياس. وكل دورة من الحلقة تكلّف وقتًا حقيقيًا، فينتهي { -box } من 100 { -shot } مدة كل منها 1–100 ملي ثانية متأخرًا بنحو 2٪. ملف Python، إن شُغّل وحده، يُظهر الأمرين؛ ويقيسهما python/real_time.py.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen.

python-title = الشيفرة في CPython حقيقي
python-intro = تعمل شيفرة asyncio هنا في CPython حقيقي مترجَم إلى WebAssembly، على ساعة افتراضية، بالسحوبات والأعطال اليدوية للتشغيل المعروض؛ ثم تقارن الصفحة بين التشغيلين حدثًا حدثًا. يُنزِّل التشغيل الأول Python؛ ولا ينتظره شيء آخر في الصفحة.
python-run = شغّل في CPython
