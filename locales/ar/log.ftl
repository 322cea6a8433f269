# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = السجل
    .aria-label = سجل الأحداث
log-lines =
    .aria-label = أسطر سجل الأحداث
log-kept-note = يُعرض آخر { $kept } من أصل { $total ->
        [zero] { $total } سطر
        [one] سطر واحد
        [two] سطرين
        [few] { $total } أسطر
        [many] { $total } سطرًا
       *[other] { $total } سطر
    }؛ أما التنزيلات فتضم الأسطر كلها.
log-download-failed = تعذّر التنزيل: { $error }
log-every-shot = كل { -shot } وكل إيقاظ في التنزيلات
log-download-text = تنزيل بصيغة txt
log-download-csv = تنزيل بصيغة csv
log-download-trace = تنزيل التتبّع
    .title = التشغيل حتى الآن بصيغة تتبّع Chrome: افتحه في ui.perfetto.dev أو chrome://tracing

## Why a station's task raised an error.

log-error-spoiled = فسدت { -dose(def: "yes") } { $shot } من { -box(def: "yes") }
log-error-broken = عُطّلت يدويًا أثناء { -shot(def: "yes") } { $shot }

## The lines, one per event.

log-box-opened = فتحت { -station(def: "yes") } { $station } { -box(def: "yes") } { $box_no } وفيه { $doses ->
        [zero] { $doses } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $doses } { -dose(number: "plural") }
        [many] { $doses } { -dose(case: "acc") }
       *[other] { $doses } { -dose }
    } عند الثانية { $seconds }؛ و{ $depot_left ->
        [zero] لم يتبقَّ أي { -box }
        [one] يتبقى { -box } واحد
        [two] يتبقى { -box(number: "two") }
        [few] تتبقى { $depot_left } { -box(number: "plural") }
        [many] يتبقى { $depot_left } { -box(case: "acc") }
       *[other] يتبقى { $depot_left } { -box }
    } في { -depot(def: "yes") }
log-shot = أعطت { -station(def: "yes") } { $station } { -shot } من { -box(def: "yes") } { $box_no } عند الثانية { $seconds }؛ و{ $doses_left ->
        [zero] لم تتبقَّ أي { -dose }
        [one] تتبقى { -dose } واحدة
        [two] تتبقى { -dose(number: "two") }
        [few] تتبقى { $doses_left } { -dose(number: "plural") }
        [many] تتبقى { $doses_left } { -dose(case: "acc") }
       *[other] تتبقى { $doses_left } { -dose }
    }
# Reads like the print line of the classic asyncio example; "طُعِّم": the
# people vaccinated, one per dose.
log-box-done = انتهى { -box } اللقاح { $box_no }! و{ $doses_given ->
        [zero] لم يُطعَّم أحد
        [one] طُعِّم شخص واحد
        [two] طُعِّم شخصان
        [few] طُعِّم { $doses_given } أشخاص
        [many] طُعِّم { $doses_given } شخصًا
       *[other] طُعِّم { $doses_given } شخص
    } في { -station(def: "yes") } { $station }، والوقت الآن { $seconds } ثانية ({ $boxes_done ->
        [zero] لم يكتمل أي { -box }
        [one] اكتمل { -box } واحد
        [two] اكتمل { -box(number: "two") }
        [few] اكتمل { $boxes_done } { -box(number: "plural") }
        [many] اكتمل { $boxes_done } { -box(case: "acc") }
       *[other] اكتمل { $boxes_done } { -box }
    }). و{ $restarting ->
        [yes] ننتقل إلى { -box(def: "yes") } التالي.
       *[no] لم يبقَ أي { -box } لهذه { -station(def: "yes") }.
    }
log-box-done-wait = انتهى { -box } اللقاح { $wait }! و{ $doses_given ->
        [zero] لم يُطعَّم أحد
        [one] طُعِّم شخص واحد
        [two] طُعِّم شخصان
        [few] طُعِّم { $doses_given } أشخاص
        [many] طُعِّم { $doses_given } شخصًا
       *[other] طُعِّم { $doses_given } شخص
    }، والوقت الآن { $seconds } ثانية. وننتقل إلى { -box(def: "yes") } التالي. [الانتظار { $wait }: { -box(def: "yes") } { $box_no } في { -station(def: "yes") } { $station }]
log-station-failed = تعطّلت { -station(def: "yes") } { $station } عند الثانية { $seconds }، والسبب: { $error }؛ و{ $doses_wasted ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $doses_wasted } { -dose(number: "plural") }
        [many] أُهدرت { $doses_wasted } { -dose(case: "acc") }
       *[other] أُهدرت { $doses_wasted } { -dose }
    } من { -box(def: "yes") } { $box_no }. و{ $restarting ->
        [yes] يُعاد تشغيل { -station(def: "yes") } ب{ -box } جديد.
       *[no] { -depot(def: "yes") } فارغ، لذلك لا يُعاد تشغيلها.
    }
log-station-failed-wait = رفعت { -task } { -station(def: "yes") } { $station } استثناءً عند الثانية { $seconds }، والسبب: { $error }؛ و{ $doses_wasted ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $doses_wasted } { -dose(number: "plural") }
        [many] أُهدرت { $doses_wasted } { -dose(case: "acc") }
       *[other] أُهدرت { $doses_wasted } { -dose }
    } من { -box(def: "yes") } { $box_no }. ويُعاد تشغيلها ب{ -box } جديد. [الانتظار { $wait }]
log-wake = يستيقظ { -supervisor(def: "yes") } عند الثانية { $seconds }، و{ $done ->
        [zero] لم تنتهِ أي { -task }
        [one] قد انتهت { -task } واحدة
        [two] قد انتهت { -task(number: "two") }
        [few] قد انتهت { $done } { -task(number: "plural") }
        [many] قد انتهت { $done } { -task(case: "acc") }
       *[other] قد انتهت { $done } { -task }
    }
log-depot-empty = أصبح { -depot(def: "yes") } فارغًا عند الثانية { $seconds }؛ في انتظار { $still_working ->
        [zero] { $still_working } { -station } لا تزال تعمل
        [one] { -station } واحدة لا تزال تعمل
        [two] { -station(number: "two", case: "gen") } لا تزالان تعملان
        [few] { $still_working } { -station(number: "plural") } لا تزال تعمل
        [many] { $still_working } { -station(case: "acc") } لا تزال تعمل
       *[other] { $still_working } { -station } لا تزال تعمل
    }
log-loop-ended = أتمّت الحلقة { $waits ->
        [zero] { $waits } عملية انتظار
        [one] عملية انتظار واحدة
        [two] عمليتَي انتظار
        [few] { $waits } عمليات انتظار
        [many] { $waits } عمليةَ انتظار
       *[other] { $waits } عملية انتظار
    } عند الثانية { $seconds } وينتهي البرنامج: تُلغي asyncio.run { $cancelling ->
        [zero] { $cancelling } { -task } لا تزال قيد التشغيل
        [one] { -task(def: "yes") } الوحيدة التي لا تزال قيد التشغيل
        [two] { -task(def: "yes", number: "two", case: "acc") } اللتين لا تزالان قيد التشغيل
        [few] { $cancelling } { -task(number: "plural") } لا تزال قيد التشغيل
        [many] { $cancelling } { -task(case: "acc") } لا تزال قيد التشغيل
       *[other] { $cancelling } { -task } لا تزال قيد التشغيل
    }
log-cancelled-unstarted = أُلغيت { -task } { -station(def: "yes") } { $station } عند الثانية { $seconds } قبل أول { -shot } من { -box(def: "yes") } { $box_no }، و{ $doses_discarded ->
        [zero] لم تُرمَ أي { -dose }
        [one] رُميت { -dose } واحدة
        [two] رُميت { -dose(number: "two") }
        [few] رُميت { $doses_discarded } { -dose(number: "plural") }
        [many] رُميت { $doses_discarded } { -dose(case: "acc") }
       *[other] رُميت { $doses_discarded } { -dose }
    }
log-cancelled = أُلغيت { -task } { -station(def: "yes") } { $station } عند الثانية { $seconds } في منتصف { -box(def: "yes") } { $box_no }، و{ $doses_unreported ->
        [zero] لم تُعطَ أي { -dose } دون إبلاغ
        [one] أُعطيت { -dose } واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت { -dose(number: "two") } ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $doses_unreported } { -dose(number: "plural") } ولم يُبلَّغ عنها قط
        [many] أُعطيت { $doses_unreported } { -dose(case: "acc") } ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $doses_unreported } { -dose } ولم يُبلَّغ عنها قط
    }، و{ $doses_discarded ->
        [zero] لم تُرمَ أي { -dose }
        [one] رُميت { -dose } واحدة
        [two] رُميت { -dose(number: "two") }
        [few] رُميت { $doses_discarded } { -dose(number: "plural") }
        [many] رُميت { $doses_discarded } { -dose(case: "acc") }
       *[other] رُميت { $doses_discarded } { -dose }
    }
log-box-unreported = ضاع { -box(def: "yes") } { $box_no } من { -station(def: "yes") } { $station } عند الثانية { $seconds }: انتهت { -task(form: "bound") }ه ولم يُبلِّغ عنه البرنامج قط؛ و{ $doses_given ->
        [zero] لم تُعطَ أي { -dose } دون إبلاغ
        [one] أُعطيت { -dose } واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت { -dose(number: "two") } ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $doses_given } { -dose(number: "plural") } ولم يُبلَّغ عنها قط
        [many] أُعطيت { $doses_given } { -dose(case: "acc") } ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $doses_given } { -dose } ولم يُبلَّغ عنها قط
    }، و{ $doses_wasted ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $doses_wasted } { -dose(number: "plural") }
        [many] أُهدرت { $doses_wasted } { -dose(case: "acc") }
       *[other] أُهدرت { $doses_wasted } { -dose }
    }
log-finished = انتهى التشغيل عند الثانية { $seconds }، والحصيلة: { $boxes_done ->
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
    }؛ و{ $doses_given ->
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
