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
log-kept-note = يُعرض آخر { $kept ->
        [zero] { $kept } سطر
        [one] سطر
        [two] سطرين
        [few] { $kept } أسطر
        [many] { $kept } سطرًا
       *[other] { $kept } سطر
    } من أصل { $total }؛ أما التنزيلات فتضم الأسطر كلها.
log-download-failed = تعذّر التنزيل: { $error }
log-every-shot = كل حقنة وكل استيقاظ في التنزيلات
log-download-text = تنزيل بصيغة txt
log-download-csv = تنزيل بصيغة csv
log-download-trace = تنزيل التتبّع
    .title = التشغيل حتى الآن بصيغة تتبّع Chrome: افتحه في ui.perfetto.dev أو chrome://tracing

## Why a station's task raised an error.

log-error-spoiled = فسدت الجرعة { $shot } من الصندوق
log-error-broken = عُطّلت يدويًا أثناء الحقنة { $shot }

## The lines, one per event.

log-box-opened = فتحت المحطة { $station } الصندوق { $box_no } ({ $doses ->
        [zero] { $doses } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $doses } جرعات
        [many] { $doses } جرعةً
       *[other] { $doses } جرعة
    }) عند الثانية { $seconds }؛ { $depot_left ->
        [zero] لم يتبقَّ أي صندوق
        [one] يتبقى صندوق واحد
        [two] يتبقى صندوقان
        [few] تتبقى { $depot_left } صناديق
        [many] يتبقى { $depot_left } صندوقًا
       *[other] يتبقى { $depot_left } صندوق
    } في المستودع
log-shot = أعطت المحطة { $station } حقنة من الصندوق { $box_no } عند الثانية { $seconds }؛ { $doses_left ->
        [zero] لم تتبقَّ أي جرعة
        [one] تتبقى جرعة واحدة
        [two] تتبقى جرعتان
        [few] تتبقى { $doses_left } جرعات
        [many] تتبقى { $doses_left } جرعةً
       *[other] تتبقى { $doses_left } جرعة
    }
log-box-done = انتهى صندوق اللقاح { $box_no }! عدد من تم تطعيمهم { $doses_given } في المحطة { $station } والوقت الآن { $seconds } ثانية ({ $boxes_done ->
        [zero] لم يكتمل أي صندوق
        [one] اكتمل صندوق واحد
        [two] اكتمل صندوقان
        [few] اكتملت { $boxes_done } صناديق
        [many] اكتمل { $boxes_done } صندوقًا
       *[other] اكتمل { $boxes_done } صندوق
    }). { $restarting ->
        [yes] ننتقل إلى الصندوق التالي.
       *[no] لم تبقَ صناديق لهذه المحطة.
    }
log-box-done-wait = انتهى صندوق اللقاح { $wait }! عدد من تم تطعيمهم { $doses_given } والوقت الآن { $seconds } ثانية. ننتقل إلى الصندوق التالي. [الانتظار { $wait }: الصندوق { $box_no } في المحطة { $station }]
log-station-failed = تعطّلت المحطة { $station } عند الثانية { $seconds }: { $error }؛ { $doses_wasted ->
        [zero] لم تُهدَر أي جرعة
        [one] هُدرت جرعة واحدة
        [two] هُدرت جرعتان
        [few] هُدرت { $doses_wasted } جرعات
        [many] هُدرت { $doses_wasted } جرعةً
       *[other] هُدرت { $doses_wasted } جرعة
    } من الصندوق { $box_no }. { $restarting ->
        [yes] يُعاد تشغيل المحطة بصندوق جديد.
       *[no] المستودع فارغ، لذلك لا يُعاد تشغيلها.
    }
log-station-failed-wait = أطلقت مهمة المحطة { $station } استثناءً عند الثانية { $seconds }: { $error }؛ { $doses_wasted ->
        [zero] لم تُهدَر أي جرعة
        [one] هُدرت جرعة واحدة
        [two] هُدرت جرعتان
        [few] هُدرت { $doses_wasted } جرعات
        [many] هُدرت { $doses_wasted } جرعةً
       *[other] هُدرت { $doses_wasted } جرعة
    } من الصندوق { $box_no }. يُعاد تشغيلها بصندوق جديد. [الانتظار { $wait }]
log-wake = يستيقظ المشرف عند الثانية { $seconds } وقد انتهت { $done ->
        [zero] { $done } مهمة
        [one] مهمة واحدة
        [two] مهمتان
        [few] { $done } مهام
        [many] { $done } مهمة
       *[other] { $done } مهمة
    }
log-depot-empty = أصبح المستودع فارغًا عند الثانية { $seconds }؛ في انتظار { $still_working ->
        [zero] { $still_working } محطة لا تزال تعمل
        [one] محطة واحدة لا تزال تعمل
        [two] محطتين لا تزالان تعملان
        [few] { $still_working } محطات لا تزال تعمل
        [many] { $still_working } محطةً لا تزال تعمل
       *[other] { $still_working } محطة لا تزال تعمل
    }
log-loop-ended = أتمّت الحلقة { $waits ->
        [zero] { $waits } عملية انتظار
        [one] عملية انتظار واحدة
        [two] عمليتَي انتظار
        [few] { $waits } عمليات انتظار
        [many] { $waits } عملية انتظار
       *[other] { $waits } عملية انتظار
    } عند الثانية { $seconds } وينتهي البرنامج: تُلغي asyncio.run { $cancelling ->
        [zero] المهام التي لا تزال قيد التشغيل، وعددها { $cancelling }
        [one] المهمة الوحيدة التي لا تزال قيد التشغيل
        [two] المهمتين اللتين لا تزالان قيد التشغيل
       *[other] المهام التي لا تزال قيد التشغيل، وعددها { $cancelling }
    }
log-cancelled-unstarted = أُلغيت مهمة المحطة { $station } عند الثانية { $seconds } قبل أول حقنة من الصندوق { $box_no }: { $doses_discarded ->
        [zero] لم تُرمَ أي جرعة
        [one] رُميت جرعة واحدة
        [two] رُميت جرعتان
        [few] رُميت { $doses_discarded } جرعات
        [many] رُميت { $doses_discarded } جرعةً
       *[other] رُميت { $doses_discarded } جرعة
    }
log-cancelled = أُلغيت مهمة المحطة { $station } عند الثانية { $seconds } في منتصف الصندوق { $box_no }: { $doses_unreported ->
        [zero] لم تُعطَ أي جرعة
        [one] أُعطيت جرعة واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت جرعتان ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $doses_unreported } جرعات ولم يُبلَّغ عنها قط
        [many] أُعطيت { $doses_unreported } جرعةً ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $doses_unreported } جرعة ولم يُبلَّغ عنها قط
    }، و{ $doses_discarded ->
        [zero] لم تُرمَ أي جرعة
        [one] رُميت جرعة واحدة
        [two] رُميت جرعتان
        [few] رُميت { $doses_discarded } جرعات
        [many] رُميت { $doses_discarded } جرعةً
       *[other] رُميت { $doses_discarded } جرعة
    }
log-box-unreported = ضاع الصندوق { $box_no } من المحطة { $station } عند الثانية { $seconds }: انتهت مهمته ولم يُبلِّغ عنه البرنامج قط؛ { $doses_given ->
        [zero] لم تُعطَ أي جرعة
        [one] أُعطيت جرعة واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت جرعتان ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $doses_given } جرعات ولم يُبلَّغ عنها قط
        [many] أُعطيت { $doses_given } جرعةً ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $doses_given } جرعة ولم يُبلَّغ عنها قط
    }، و{ $doses_wasted ->
        [zero] لم تُهدَر أي جرعة
        [one] أُهدرت جرعة واحدة
        [two] أُهدرت جرعتان
        [few] أُهدرت { $doses_wasted } جرعات
        [many] أُهدرت { $doses_wasted } جرعةً
       *[other] أُهدرت { $doses_wasted } جرعة
    }
log-finished = انتهى التشغيل عند الثانية { $seconds }: الصناديق المكتملة { $boxes_done }، والفاشلة { $boxes_failed }؛ الجرعات المُعطاة { $doses_given }، والمهدرة { $doses_wasted }
