### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = { -supervisor }ك كما سُجِّل على CPython: تُقرأ { -awaited-set(def: "yes") } والإيقاظات من استدعاءاته لـ asyncio.wait.
executor-awaited-kind-program = { -task(number: "plural") } ينتظرها { -supervisor }ك
own-inspector-note = جرت { -task(number: "plural") } { -supervisor }ك في CPython: { -box(def: "yes", number: "plural") } والأوقات أدناه مأخوذة من تشغيله؛ أما الاستطلاعات والإيقاظات فلا تُحصى إلا على { -executor } الصفحة نفسه.
executor-program-timers = لا يحتفظ التشغيل المسجَّل ب{ -timer-queue }: رؤية asyncio نفسه تُظهر ما تنتظره كل { -task }.
# The Python view: the learner's own supervisor.
own-title = { -supervisor }ك الخاص
own-intro = غيّر { -supervisor(def: "yes") } أدناه وشغّله على CPython حقيقي، ب{ -station(number: "plural") } التشغيل المعروض وسحوباته. ثم تعرض الصفحة تشغيلك كأي تشغيل آخر، وتَعُدّ كل { -dose }.
own-editor-label = { -supervisor }ك، بلغة Python
own-editor-failed = لم يُحمَّل محرِّر الشيفرة ({ $reason })؛ ويحلّ محلّه حقل نص عادي.
own-run = شغّل برنامجي
own-reset = ابدأ من جديد من حلقة المقال
own-failed = لم يعمل برنامجك: { $error }
own-too-large = هذا التشغيل أكبر من أن يُعطى لبرنامج: ستبلغ سحوباته لكل { -station } وكل { -box } { $shots ->
        [zero] { $shots } { -shot }
        [one] { -shot(case: "acc") } واحدة
        [two] { -shot(number: "two", case: "acc") }
        [few] { $shots } { -shot(number: "plural") }
        [many] { $shots } { -shot(case: "acc") }
       *[other] { $shots } { -shot }
    }، ولا يُسلَّم منها إلا { $limit } على الأكثر. اختر { -station(number: "plural") } أو { -box(number: "plural") } أو { -dose(number: "plural") } أقل.
own-raised = انتهى برنامجك باستثناء: { $error }
own-summary = تشغيل { -supervisor }ك: { $events ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }؛ و{ $reported ->
        [zero] لم يُبلَّغ عن أي { -dose }
        [one] أُبلغ عن { -dose } واحدة
        [two] أُبلغ عن { -dose(number: "two", case: "gen") }
        [few] أُبلغ عن { $reported } { -dose(number: "plural") }
        [many] أُبلغ عن { $reported } { -dose(case: "acc") }
       *[other] أُبلغ عن { $reported } { -dose }
    } من أصل { $given } مُعطاة؛ و{ $lost ->
        [zero] لم تضِع أي { -dose }
        [one] ضاعت { -dose } واحدة
        [two] ضاعت { -dose(number: "two") }
        [few] ضاعت { $lost } { -dose(number: "plural") }
        [many] ضاعت { $lost } { -dose(case: "acc") }
       *[other] ضاعت { $lost } { -dose }
    }.
own-lost-cancelled = { -station(def: "yes") } { $station }، { -box(def: "yes") } { $box_no }: كانت { -task(form: "bound") }ها لا تزال تعمل حين انتهى البرنامج، فألغاها asyncio.run؛ { $unreported ->
        [zero] لم تُعطَ أي { -dose } دون إبلاغ
        [one] أُعطيت { -dose } واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت { -dose(number: "two") } ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $unreported } { -dose(number: "plural") } ولم يُبلَّغ عنها قط
        [many] أُعطيت { $unreported } { -dose(case: "acc") } ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $unreported } { -dose } ولم يُبلَّغ عنها قط
    }، و{ $thrown_away ->
        [zero] لم تُرمَ أي { -dose }
        [one] رُميت { -dose } واحدة
        [two] رُميت { -dose(number: "two") }
        [few] رُميت { $thrown_away } { -dose(number: "plural") }
        [many] رُميت { $thrown_away } { -dose(case: "acc") }
       *[other] رُميت { $thrown_away } { -dose }
    }
own-lost-unreported = { -station(def: "yes") } { $station }، { -box(def: "yes") } { $box_no }: انتهت { -task(form: "bound") }ه ولم يُبلِّغ عنه البرنامج قط؛ { $unreported ->
        [zero] لم تُعطَ أي { -dose } دون إبلاغ
        [one] أُعطيت { -dose } واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت { -dose(number: "two") } ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $unreported } { -dose(number: "plural") } ولم يُبلَّغ عنها قط
        [many] أُعطيت { $unreported } { -dose(case: "acc") } ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $unreported } { -dose } ولم يُبلَّغ عنها قط
    }، و{ $thrown_away ->
        [zero] لم تُهدَر أي { -dose }
        [one] أُهدرت { -dose } واحدة
        [two] أُهدرت { -dose(number: "two") }
        [few] أُهدرت { $thrown_away } { -dose(number: "plural") }
        [many] أُهدرت { $thrown_away } { -dose(case: "acc") }
       *[other] أُهدرت { $thrown_away } { -dose }
    }
own-pending-at-exit = حين انتهى البرنامج { $tasks ->
        [zero] كانت { $tasks } { -task } لا تزال معلّقة، ومعها
        [one] كانت { -task } واحدة لا تزال معلّقة، ومعها
        [two] كانت { -task(number: "two") } لا تزالان معلّقتين، ومعهما
        [few] كانت { $tasks } { -task(number: "plural") } لا تزال معلّقة، ومعها
        [many] كانت { $tasks } { -task(case: "acc") } لا تزال معلّقة، ومعها
       *[other] كانت { $tasks } { -task } لا تزال معلّقة، ومعها
    } ما مجموعه { $doses ->
        [zero] { $doses } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $doses } { -dose(number: "plural") }
        [many] { $doses } { -dose(case: "acc") }
       *[other] { $doses } { -dose }
    }.
own-never-retrieved = رفعت { -task(def: "yes") } { $task } الاستثناء { $error }، ولم يسترجع أحدٌ ذلك الاستثناء قط.
own-never-awaited = أُنشئت { -task(def: "yes") } { $task } ولم تُنتظَر بـ await قط: لم ينتظرها شيء، ولم يطلب أحدٌ نتيجتها.
own-blocked = أمسك الحلقةَ { $calls ->
        [zero] { $calls } استدعاء حاجب
        [one] استدعاءٌ حاجب واحد
        [two] استدعاءان حاجبان
        [few] { $calls } استدعاءات حاجبة
        [many] { $calls } استدعاءً حاجبًا
       *[other] { $calls } استدعاء حاجب
    } (time.sleep) مدة { $seconds } ث في المجموع: ولم تعمل أي { -task } أخرى في أثناء ذلك.
own-beyond-depot = { $boxes ->
        [zero] لم يُفتح أي { -box }
        [one] فُتح { -box } واحد
        [two] فُتح { -box(number: "two") }
        [few] فُتحت { $boxes } { -box(number: "plural") }
        [many] فُتح { $boxes } { -box(case: "acc") }
       *[other] فُتح { $boxes } { -box }
    } بما يتجاوز { -box(number: "plural") } { -depot(def: "yes") } البالغ عددها { $depot }.
own-left-in-depot = { $boxes ->
        [zero] لم يبقَ في { -depot(def: "yes") } أي { -box } لم يُؤخذ
        [one] بقي في { -depot(def: "yes") } { -box } واحد لم يُؤخذ قط
        [two] بقي في { -depot(def: "yes") } { -box(number: "two") } لم يُؤخذا قط
        [few] بقيت في { -depot(def: "yes") } { $boxes } { -box(number: "plural") } لم تُؤخذ قط
        [many] بقي في { -depot(def: "yes") } { $boxes } { -box(case: "acc") } لم تُؤخذ قط
       *[other] بقي في { -depot(def: "yes") } { $boxes } { -box } لم تُؤخذ قط
    }.
own-play = اعرض تشغيلك
own-engine-differs = المحرّك بسياسة «{ $policy }» على السحوبات نفسها: يختلف التشغيلان أول مرة عند الحدث { $index }
own-engine-same = المحرّك بسياسة «{ $policy }» على السحوبات نفسها: التشغيل نفسه، حدثًا حدثًا
own-output = ما طبعه برنامجك
own-concealed = شغّله CPython. وستظهر أرقامه هنا حين تجيب عن سؤال الدرس.
own-listing-not-compared = تُقارَن الشيفرة بتشغيلات المحرّك: افتح واحدًا منها لتشغيلها هنا.
# A program shared in a link (#py=…).
# The fragment #py=… stands between LRI and PDI (U+2066, U+2069), so that
# its # and =… keep their places in right-to-left text.
own-open = اكتب { -supervisor }ك الخاص
own-linked = جاء هذا البرنامج مع الرابط. ولا يعمل إلا حين تضغط «شغّل برنامجي».
own-link = رابط برنامجك
own-link-made = انسخ هذا الرابط: فهو يفتح الصفحة وبرنامجك في المحرِّر، دون أن يشغّله.
own-link-too-long = البرنامج أطول من أن يحمله رابط: لا يتّسع الرابط لأكثر من { $limit } KB منه.
own-link-not-base64 = البرنامج في الرابط ({ "\u2066#py=…\u2069" }) ليس نصًّا صالحًا بترميز { $encoding }؛ والخطأ: { $detail }.
own-link-not-utf8 = البرنامج في الرابط ({ "\u2066#py=…\u2069" }) ليس نصًّا بترميز UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = شغّل هذا التشغيل في CPython
python-loading = جارٍ تحميل Python: { $loaded } من { $total } ميغابايت
python-starting = جارٍ بدء Python…
python-running = يشغّل CPython الشيفرة…
python-agrees = يتّفق CPython { $version } مع المحرّك في { $events } من أصل { $events ->
        [zero] { $events } حدث
        [one] حدث واحد
        [two] حدثين
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }، كلها في الميكروثانية نفسها.
python-differs = يختلف CPython { $version } عن المحرّك أول مرة عند الحدث { $index }.
python-differs-engine = المحرّك:
python-differs-cpython = CPython:
python-show-difference = اعرض الحدث { $index }
python-failed = تعذّر على CPython { $version } تشغيل الشيفرة على هذا التشغيل: { $error }
python-too-large = تُسلَّم إلى CPython التشغيلات التي لا تتجاوز { $limit ->
        [zero] { $limit } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two", case: "acc") }
        [few] { $limit } { -dose(number: "plural") }
        [many] { $limit } { -dose(case: "acc") }
       *[other] { $limit } { -dose }
    }؛ وفي هذا التشغيل { $doses ->
        [zero] { $doses } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two") }
        [few] { $doses } { -dose(number: "plural") }
        [many] { $doses } { -dose(case: "acc") }
       *[other] { $doses } { -dose }
    }.
python-offline = تحتاج واجهة Python إلى صفحة مقدَّمة من عنوان ويب: عند فتحها من ملف لا يسمح لها المتصفح بتحميل Python.
python-load-failed = تعذّر تحميل Python ({ $reason }). بقية الصفحة تعمل كما كانت.
python-tree = ما يراه asyncio عند الحدث { $event }
python-tree-title = رؤية asyncio نفسه عند الحدث { $event }
python-tree-explain = تعمل الشيفرة في CPython حتى هذا الحدث وتتوقف عنده: { -task(number: "plural") }ها كما يعطيها asyncio.capture_call_graph، وهو المخطط الذي يطبعه python -m asyncio pstree. كل { -task } تحت { -task(def: "yes") } التي تنتظرها، مع الدوال التي توقفت فيها، من الخارجية إلى الداخلية.
python-tree-station-task = { $task }: { -station(def: "yes") } { $station }، { -box(def: "yes") } { $box_no }
python-tree-running = { $task }، قيد التشغيل الآن
python-tree-failed = تعذّر أخذ رؤية asyncio: { $error }
python-tree-more = …و{ $count ->
        [zero] { $count } { -task } أخرى
        [one] { -task } أخرى
        [two] { -task(number: "two") } أخريان
        [few] { $count } { -task(number: "plural") } أخرى
        [many] { $count } { -task(case: "acc") } أخرى
       *[other] { $count } { -task } أخرى
    }
python-stopped = لم يُجب CPython خلال { $seconds } ثانية، فأُوقف العامل الخاص به: تُوقف ميزانية الوقت شيفرة Python عند الدورة التالية من حلقة، لا حسابًا طويلًا داخل استدعاء C واحد. يعيد التشغيل بدء Python.
