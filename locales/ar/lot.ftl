# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = موقف السيارات: عدد المحطات { $stations }، والصناديق في المستودع { $depot }، والجرعات المُعطاة { $doses_given }
lot-canvas =
    .aria-label = عدد المحطات { $stations }: تعمل منها { $working }، والصناديق المكتملة { $boxes_done }، والفاشلة { $boxes_failed }

## The depot of boxes.

lot-depot-title = المستودع
lot-depot-unit = { $count ->
        [zero] صندوق متبقٍّ
        [one] صندوق متبقٍّ
        [two] صندوقان متبقيان
        [few] صناديق متبقية
        [many] صندوقًا متبقيًا
       *[other] صندوق متبقٍّ
    }
lot-depot =
    .aria-label = المستودع: { $count ->
        [zero] لم يتبقَّ أي صندوق
        [one] يتبقى صندوق واحد
        [two] يتبقى صندوقان
        [few] تتبقى { $count } صناديق
        [many] يتبقى { $count } صندوقًا
       *[other] يتبقى { $count } صندوق
    }
lot-depot-beyond = +{ $count } إضافية

## A station: its name, its state, its tooltip.

lot-station-name = المحطة { $station }
lot-station-state = { $state ->
        [idle] تنتظر
        [working] تعطي الحقن
        [failed] متعطّلة
        [done] انتهت
       *[cancelled] أُلغيت
    }
lot-station-booth-title = المحطة { $station }، { $state_label }، { $remaining ->
        [zero] لم تتبقَّ أي جرعة
        [one] تتبقى جرعة واحدة
        [two] تتبقى جرعتان
        [few] تتبقى { $remaining } جرعات
        [many] تتبقى { $remaining } جرعةً
       *[other] تتبقى { $remaining } جرعة
    }
lot-station-tile-title = المحطة { $station }، { $state ->
        [idle] خاملة
        [working] تعمل
        [failed] متعطّلة
        [done] انتهت
       *[cancelled] أُلغيت
    }
lot-failure-restarted = { $error }: أُعيد تشغيلها
lot-failure-restarting = { $error }: سيُعاد تشغيلها
lot-failure-not-restarted = { $error }: لم يُعَد تشغيلها

## The banner at the end of a run.

lot-finished-mid-box = انتهت الحلقة وسط صندوق
lot-finished-mid-box-detail = جرعات لم يُبلَّغ عنها: { $doses_unreported }، وجرعات مرمية: { $doses_discarded }
lot-finished-all-used = استُخدمت الصناديق كلها
lot-finished-all-used-detail = الجرعات المُعطاة: { $doses_given }، والمهدرة: { $doses_wasted }
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = تجربة: انقر على محطة تعمل (أو انقل التركيز إليها واضغط Enter) لتعطيل مهمتها الآن. يُبلغ المشرف عن الخطأ، ويَعُدّ الجرعات المتبقية في الصندوق مهدرة، ثم يعيد تشغيل المحطة. وتكرّر إعادات العرض والروابط هذا العطل.

## The narration, announced to screen readers.

lot-narration-ready = جاهز. اضغط مفتاح المسافة للبدء.
lot-narration-running = قيد التشغيل.
lot-narration-paused = متوقف مؤقتًا عند الثانية { $seconds }.
lot-narration-done = { $count ->
        [zero] لم يكتمل أي صندوق
        [one] اكتمل صندوق واحد
        [two] اكتمل صندوقان
        [few] اكتملت { $count } صناديق
        [many] اكتمل { $count } صندوقًا
       *[other] اكتمل { $count } صندوق
    }
lot-narration-failed = { $count ->
        [zero] لم تتعطّل أي محطة
        [one] تعطّلت محطة واحدة
        [two] تعطّلت محطتان
        [few] تعطّلت { $count } محطات
        [many] تعطّلت { $count } محطةً
       *[other] تعطّلت { $count } محطة
    }
lot-narration-done-and-failed = { $done }، و{ $failed }
lot-narration-progress = عند الثانية { $seconds }: { $changes }؛ الجرعات المُعطاة { $doses_given }، والصناديق المتبقية في المستودع { $depot }.
lot-narration-finished = انتهى التشغيل عند الثانية { $seconds }: الجرعات المُعطاة { $doses_given }، والمهدرة { $doses_wasted }، والصناديق المكتملة { $boxes_done }، والفاشلة { $boxes_failed }.
lot-narration-cancelled = انتهت الحلقة وقد أُلغيت { $tasks ->
        [zero] { $tasks } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $tasks } مهام
        [many] { $tasks } مهمةً
       *[other] { $tasks } مهمة
    } في منتصف صناديقها: جرعات لم يُبلَّغ عنها { $doses_unreported }، وجرعات مرمية { $doses_discarded }.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = الخيط الوحيد
lot-station-on-thread = تمسك الخيط
lot-station-asleep = نائمة
lot-station-ready = جاهزة، في الطابور
thread-running-label = على الخيط:
thread-loop = حلقة الأحداث، تنتظر المؤقِّت التالي
thread-ready-label = طابور المهام الجاهزة (يعمل أوله أولًا):
thread-ready-empty = فارغ: كل المهام نائمة أو منتهية
thread-ready-more = +{ $count } أخرى
thread-turns-label = الأدوار الأخيرة:
thread-task-supervisor = المشرف
thread-task-box = مهمة الصندوق { $box_no }
thread-task-callback = استدعاء راجع
thread-task-station-short = م{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } ث
thread-turn-detail = { $polls ->
        [zero] { $polls } استطلاع
        [one] استطلاع واحد
        [two] استطلاعان
        [few] { $polls } استطلاعات
        [many] { $polls } استطلاعًا
       *[other] { $polls } استطلاع
    }، { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }
