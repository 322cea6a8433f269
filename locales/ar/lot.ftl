# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = { -lot(def: "yes") }: { $stations ->
        [zero] لا { -station(number: "plural") }
        [one] { -station } واحدة
        [two] { -station(number: "two") }
        [few] { $stations } { -station(number: "plural") }
        [many] { $stations } { -station(case: "acc") }
       *[other] { $stations } { -station }
    }، و{ $depot ->
        [zero] لا { -box(number: "plural") }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $depot } { -box(number: "plural") }
        [many] { $depot } { -box(case: "acc") }
       *[other] { $depot } { -box }
    } في { -depot(def: "yes") }، و{ $doses_given ->
        [zero] لم تُعطَ أي { -dose }
        [one] أُعطيت { -dose } واحدة
        [two] أُعطيت { -dose(number: "two") }
        [few] أُعطيت { $doses_given } { -dose(number: "plural") }
        [many] أُعطيت { $doses_given } { -dose(case: "acc") }
       *[other] أُعطيت { $doses_given } { -dose }
    }
lot-canvas =
    .aria-label = { $stations ->
        [zero] لا { -station(number: "plural") }
        [one] { -station } واحدة
        [two] { -station(number: "two") }
        [few] { $stations } { -station(number: "plural") }
        [many] { $stations } { -station(case: "acc") }
       *[other] { $stations } { -station }
    }، و{ $working ->
        [zero] لا تعمل منها أي { -station }
        [one] تعمل منها { -station } واحدة
        [two] تعمل منها { -station(number: "two") }
        [few] تعمل منها { $working } { -station(number: "plural") }
        [many] تعمل منها { $working } { -station(case: "acc") }
       *[other] تعمل منها { $working } { -station }
    }، و{ $boxes_done ->
        [zero] لم يكتمل أي { -box }
        [one] اكتمل { -box } واحد
        [two] اكتمل { -box(number: "two") }
        [few] اكتمل { $boxes_done } { -box(number: "plural") }
        [many] اكتمل { $boxes_done } { -box(case: "acc") }
       *[other] اكتمل { $boxes_done } { -box }
    }، و{ $boxes_failed ->
        [zero] لم يفشل أي { -box }
        [one] فشل { -box } واحد
        [two] فشل { -box(number: "two") }
        [few] فشل { $boxes_failed } { -box(number: "plural") }
        [many] فشل { $boxes_failed } { -box(case: "acc") }
       *[other] فشل { $boxes_failed } { -box }
    }

## The depot of boxes.

lot-depot-title = { -depot(def: "yes") }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
        [zero] { -box } متبقٍّ
        [one] { -box } متبقٍّ
        [two] { -box(number: "two") } متبقيان
        [few] { -box(number: "plural") } متبقية
        [many] { -box(case: "acc") } متبقيًا
       *[other] { -box } متبقٍّ
    }
lot-depot =
    .aria-label = { -depot(def: "yes") }: { $count ->
        [zero] لم يتبقَّ أي { -box }
        [one] يتبقى { -box } واحد
        [two] يتبقى { -box(number: "two") }
        [few] تتبقى { $count } { -box(number: "plural") }
        [many] يتبقى { $count } { -box(case: "acc") }
       *[other] يتبقى { $count } { -box }
    }
# Boxes taken beyond the depot, beside a dashed box: the adjective agrees
# with the boxes it stands for.
lot-depot-beyond = { $count ->
        [one] +{ $count } إضافي
        [two] +{ $count } إضافيان
       *[other] +{ $count } إضافية
    }

## A station: its name, its state, its tooltip.

# The same string as lesson-station-choice for the same number.
lot-station-name = { -station(def: "yes") } { $station }
lot-station-state = { $state ->
        [idle] خاملة
        [working] تعطي { -shot(def: "yes", number: "plural") }
        [failed] متعطّلة
        [done] منتهية
       *[cancelled] ملغاة
    }
lot-station-booth-title = { -station(def: "yes") } { $station }، وهي { $state_label }، و{ $remaining ->
        [zero] لم تتبقَّ فيها أي { -dose }
        [one] تتبقى فيها { -dose } واحدة
        [two] تتبقى فيها { -dose(number: "two") }
        [few] تتبقى فيها { $remaining } { -dose(number: "plural") }
        [many] تتبقى فيها { $remaining } { -dose(case: "acc") }
       *[other] تتبقى فيها { $remaining } { -dose }
    }
lot-station-tile-title = { -station(def: "yes") } { $station }، وهي { $state ->
        [idle] خاملة
        [working] تعمل
        [failed] متعطّلة
        [done] منتهية
       *[cancelled] ملغاة
    }
lot-failure-restarted = { $error }: أُعيد تشغيلها
lot-failure-restarting = { $error }: سيُعاد تشغيلها
lot-failure-not-restarted = { $error }: لم يُعَد تشغيلها

## The banner at the end of a run.

lot-finished-mid-box = انتهت الحلقة وسط { -box }
lot-finished-mid-box-detail = { $doses_unreported ->
        [zero] لا { -dose(number: "plural") } ضاعت دون إبلاغ
        [one] { -dose } واحدة لم يُبلَّغ عنها قط
        [two] { -dose(number: "two") } لم يُبلَّغ عنهما قط
        [few] { $doses_unreported } { -dose(number: "plural") } لم يُبلَّغ عنها قط
        [many] { $doses_unreported } { -dose(case: "acc") } لم يُبلَّغ عنها قط
       *[other] { $doses_unreported } { -dose } لم يُبلَّغ عنها قط
    }، و{ $doses_discarded ->
        [zero] لم تُرمَ أي { -dose }
        [one] رُميت { -dose } واحدة
        [two] رُميت { -dose(number: "two") }
        [few] رُميت { $doses_discarded } { -dose(number: "plural") }
        [many] رُميت { $doses_discarded } { -dose(case: "acc") }
       *[other] رُميت { $doses_discarded } { -dose }
    }
lot-finished-all-used = استُخدمت { -box(def: "yes", number: "plural") } كلها
lot-finished-all-used-detail = { $doses_given ->
        [zero] لم تُعطَ أي { -dose }
        [one] أُعطيت { -dose } واحدة
        [two] أُعطيت { -dose(number: "two") }
        [few] أُعطيت { $doses_given } { -dose(number: "plural") }
        [many] أُعطيت { $doses_given } { -dose(case: "acc") }
       *[other] أُعطيت { $doses_given } { -dose }
    }، و{ $doses_wasted ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $doses_wasted } { -dose(number: "plural") }
        [many] أُهدرت { $doses_wasted } { -dose(case: "acc") }
       *[other] أُهدرت { $doses_wasted } { -dose }
    }
# $title and $detail: the banner's two lines, joined by a word (never by
# punctuation alone: two values side by side swap places right to left).
lot-finished-note = { $title }؛ والحصيلة: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = تجربة: انقر على { -station } تعمل (أو انقل التركيز إليها واضغط Enter) لتعطيل { -task(form: "bound") }ها الآن. يُبلغ { -supervisor(def: "yes") } عن الخطأ، ويَعُدّ { -dose(def: "yes", number: "plural") } المتبقية في { -box(def: "yes") } مهدرة، ثم يعيد تشغيل { -station(def: "yes") }. وتكرّر إعادات العرض والروابط هذا العطل.

## The narration, announced to screen readers.

lot-narration-ready = جاهز. اضغط مفتاح المسافة للبدء.
lot-narration-running = قيد التشغيل.
lot-narration-paused = متوقف مؤقتًا عند الثانية { $seconds }.
lot-narration-done = { $count ->
        [zero] لم يكتمل أي { -box }
        [one] اكتمل { -box } واحد
        [two] اكتمل { -box(number: "two") }
        [few] اكتمل { $count } { -box(number: "plural") }
        [many] اكتمل { $count } { -box(case: "acc") }
       *[other] اكتمل { $count } { -box }
    }
lot-narration-failed = { $count ->
        [zero] لم تتعطّل أي { -station }
        [one] تعطّلت { -station } واحدة
        [two] تعطّلت { -station(number: "two") }
        [few] تعطّلت { $count } { -station(number: "plural") }
        [many] تعطّلت { $count } { -station(case: "acc") }
       *[other] تعطّلت { $count } { -station }
    }
lot-narration-done-and-failed = { $done }، و{ $failed }
lot-narration-progress = { $changes } عند الثانية { $seconds }؛ و{ $doses_given ->
        [zero] لم تُعطَ أي { -dose } بعد
        [one] أُعطيت { -dose } واحدة
        [two] أُعطيت { -dose(number: "two") }
        [few] أُعطيت { $doses_given } { -dose(number: "plural") }
        [many] أُعطيت { $doses_given } { -dose(case: "acc") }
       *[other] أُعطيت { $doses_given } { -dose }
    }، و{ $depot ->
        [zero] لم يتبقَّ أي { -box }
        [one] يتبقى { -box } واحد
        [two] يتبقى { -box(number: "two") }
        [few] تتبقى { $depot } { -box(number: "plural") }
        [many] يتبقى { $depot } { -box(case: "acc") }
       *[other] يتبقى { $depot } { -box }
    } في { -depot(def: "yes") }.
lot-narration-finished = انتهى التشغيل عند الثانية { $seconds }، والحصيلة: { $doses_given ->
        [zero] لم تُعطَ أي { -dose }
        [one] أُعطيت { -dose } واحدة
        [two] أُعطيت { -dose(number: "two") }
        [few] أُعطيت { $doses_given } { -dose(number: "plural") }
        [many] أُعطيت { $doses_given } { -dose(case: "acc") }
       *[other] أُعطيت { $doses_given } { -dose }
    }، و{ $doses_wasted ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $doses_wasted } { -dose(number: "plural") }
        [many] أُهدرت { $doses_wasted } { -dose(case: "acc") }
       *[other] أُهدرت { $doses_wasted } { -dose }
    }، و{ $boxes_done ->
        [zero] لم يكتمل أي { -box }
        [one] اكتمل { -box } واحد
        [two] اكتمل { -box(number: "two") }
        [few] اكتمل { $boxes_done } { -box(number: "plural") }
        [many] اكتمل { $boxes_done } { -box(case: "acc") }
       *[other] اكتمل { $boxes_done } { -box }
    }، و{ $boxes_failed ->
        [zero] لم يفشل أي { -box }
        [one] فشل { -box } واحد
        [two] فشل { -box(number: "two") }
        [few] فشل { $boxes_failed } { -box(number: "plural") }
        [many] فشل { $boxes_failed } { -box(case: "acc") }
       *[other] فشل { $boxes_failed } { -box }
    }.
lot-narration-cancelled = انتهت الحلقة، و{ $tasks ->
        [zero] لم تُلغَ أي { -task }
        [one] أُلغيت { -task } واحدة
        [two] أُلغيت { -task(number: "two") }
        [few] أُلغيت { $tasks } { -task(number: "plural") }
        [many] أُلغيت { $tasks } { -task(case: "acc") }
       *[other] أُلغيت { $tasks } { -task }
    } في منتصف { -box }؛ ومن { -dose(def: "yes", number: "plural") }: { $doses_unreported ->
        [zero] لا { -dose(number: "plural") } ضاعت دون إبلاغ
        [one] { -dose } واحدة لم يُبلَّغ عنها قط
        [two] { -dose(number: "two") } لم يُبلَّغ عنهما قط
        [few] { $doses_unreported } { -dose(number: "plural") } لم يُبلَّغ عنها قط
        [many] { $doses_unreported } { -dose(case: "acc") } لم يُبلَّغ عنها قط
       *[other] { $doses_unreported } { -dose } لم يُبلَّغ عنها قط
    }، و{ $doses_discarded ->
        [zero] لم تُرمَ أي { -dose }
        [one] رُميت { -dose } واحدة
        [two] رُميت { -dose(number: "two") }
        [few] رُميت { $doses_discarded } { -dose(number: "plural") }
        [many] رُميت { $doses_discarded } { -dose(case: "acc") }
       *[other] رُميت { $doses_discarded } { -dose }
    }.
# The finished sentence, then the cancelled one: joined by و, which opens
# the second sentence (a word keeps the two in their order right to left).
lot-narration-sentences = { $first } و{ $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = { -thread(def: "yes") } الوحيد
lot-station-on-thread = تمسك { -thread(def: "yes") }
lot-station-asleep = نائمة
lot-station-ready = جاهزة، في الطابور
thread-running-label = على { -thread(def: "yes") }:
thread-loop = { -event-loop(def: "yes") }، تنتظر { -timer(def: "yes") } التالي
thread-ready-label = { -ready-queue(def: "yes") } (يعمل أوله أولًا):
thread-ready-empty = فارغ: كل { -task(def: "yes", number: "plural") } نائمة أو منتهية
thread-ready-more = { $count ->
        [zero] +{ $count } { -task } أخرى
        [one] +{ -task } أخرى
        [two] +{ -task(number: "two") } أخريان
        [few] +{ $count } { -task(number: "plural") } أخرى
        [many] +{ $count } { -task(case: "acc") } أخرى
       *[other] +{ $count } { -task } أخرى
    }
thread-turns-label = الأدوار الأخيرة:
thread-task-supervisor = { -supervisor(def: "yes") }
thread-task-box = { -task } { -box(def: "yes") } { $box_no }
thread-task-callback = استدعاء راجع
# S3: a station's number after the first letter of محطة.
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
    } و{ $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }
