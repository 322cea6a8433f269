### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = مشرفك كما سُجِّل على CPython: تُقرأ المجموعة المنتظَرة والإيقاظات من استدعاءاته لـ asyncio.wait.
executor-awaited-kind-program = مهام ينتظرها مشرفك
own-inspector-note = جرت مهام مشرفك في CPython: الصناديق والأوقات أدناه مأخوذة من تشغيله؛ أما الاستطلاعات والإيقاظات فلا تُحصى إلا على منفِّذ الصفحة نفسه.
executor-program-timers = لا يحتفظ التشغيل المسجَّل بطابور مؤقِّتات: رؤية asyncio نفسه تُظهر ما تنتظره كل مهمة.
# The Python view: the learner's own supervisor.
own-title = مشرفك الخاص
own-intro = غيّر المشرف أدناه وشغّله على CPython حقيقي، بمحطات التشغيل المعروض وسحوباته. ثم تعرض الصفحة تشغيلك كأي تشغيل آخر، وتَعُدّ كل جرعة.
own-editor-label = مشرفك، بلغة Python
own-editor-failed = لم يُحمَّل محرِّر الشيفرة ({ $reason })؛ ويحلّ محلّه مربع نص عادي.
own-run = شغّل برنامجي
own-reset = ابدأ من جديد من حلقة المقال
own-failed = لم يعمل برنامجك: { $error }
own-too-large = هذا التشغيل أكبر من أن يُعطى لبرنامج: ستبلغ سحوباته لكل محطة وكل صندوق { $shots ->
        [zero] لا حقن
        [one] حقنة واحدة
        [two] حقنتين
        [few] { $shots } حقنات
        [many] { $shots } حقنةً
       *[other] { $shots } حقنة
    }، ولا يُسلَّم منها إلا { $limit } على الأكثر. اختر محطات أو صناديق أو جرعات أقل.
own-raised = انتهى برنامجك باستثناء: { $error }
own-summary = تشغيل مشرفك: { $events ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $events } أحداث
        [many] { $events } حدثًا
       *[other] { $events } حدث
    }؛ و{ $reported ->
        [zero] لم يُبلَّغ عن أي جرعة
        [one] أُبلغ عن جرعة واحدة
        [two] أُبلغ عن جرعتين
        [few] أُبلغ عن { $reported } جرعات
        [many] أُبلغ عن { $reported } جرعةً
       *[other] أُبلغ عن { $reported } جرعة
    } من أصل { $given } مُعطاة؛ و{ $lost ->
        [zero] لم تضِع أي جرعة
        [one] ضاعت جرعة واحدة
        [two] ضاعت جرعتان
        [few] ضاعت { $lost } جرعات
        [many] ضاعت { $lost } جرعةً
       *[other] ضاعت { $lost } جرعة
    }.
own-lost-cancelled = المحطة { $station }، الصندوق { $box_no }: كانت مهمتها لا تزال تعمل حين انتهى البرنامج، فألغاها asyncio.run؛ { $unreported ->
        [zero] لم تُعطَ أي جرعة
        [one] أُعطيت جرعة واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت جرعتان ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $unreported } جرعات ولم يُبلَّغ عنها قط
        [many] أُعطيت { $unreported } جرعةً ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $unreported } جرعة ولم يُبلَّغ عنها قط
    }، و{ $thrown_away ->
        [zero] لم تُرمَ أي جرعة
        [one] رُميت جرعة واحدة
        [two] رُميت جرعتان
        [few] رُميت { $thrown_away } جرعات
        [many] رُميت { $thrown_away } جرعةً
       *[other] رُميت { $thrown_away } جرعة
    }
own-lost-unreported = المحطة { $station }، الصندوق { $box_no }: انتهت مهمته ولم يُبلِّغ عنه البرنامج قط؛ { $unreported ->
        [zero] لم تُعطَ أي جرعة
        [one] أُعطيت جرعة واحدة ولم يُبلَّغ عنها قط
        [two] أُعطيت جرعتان ولم يُبلَّغ عنهما قط
        [few] أُعطيت { $unreported } جرعات ولم يُبلَّغ عنها قط
        [many] أُعطيت { $unreported } جرعةً ولم يُبلَّغ عنها قط
       *[other] أُعطيت { $unreported } جرعة ولم يُبلَّغ عنها قط
    }، و{ $thrown_away ->
        [zero] لم تُهدَر أي جرعة
        [one] أُهدرت جرعة واحدة
        [two] أُهدرت جرعتان
        [few] أُهدرت { $thrown_away } جرعات
        [many] أُهدرت { $thrown_away } جرعةً
       *[other] أُهدرت { $thrown_away } جرعة
    }
own-pending-at-exit = حين انتهى البرنامج { $tasks ->
        [zero] كانت { $tasks } مهمة لا تزال معلّقة، ومعها
        [one] كانت مهمة واحدة لا تزال معلّقة، ومعها
        [two] كانت مهمتان لا تزالان معلّقتين، ومعهما
        [few] كانت { $tasks } مهام لا تزال معلّقة، ومعها
        [many] كانت { $tasks } مهمةً لا تزال معلّقة، ومعها
       *[other] كانت { $tasks } مهمة لا تزال معلّقة، ومعها
    } ما مجموعه { $doses ->
        [zero] { $doses } جرعة
        [one] جرعة واحدة
        [two] جرعتان
        [few] { $doses } جرعات
        [many] { $doses } جرعةً
       *[other] { $doses } جرعة
    }.
own-never-retrieved = أطلقت المهمة { $task } الاستثناء { $error }، ولم يسترجع أحدٌ ذلك الاستثناء قط.
own-never-awaited = أُنشئت المهمة { $task } ولم تُنتظَر بـ await قط: لم ينتظرها شيء، ولم يطلب أحدٌ نتيجتها.
own-blocked = أمسك الحلقةَ { $calls ->
        [zero] { $calls } استدعاء حاجب
        [one] استدعاءٌ حاجب واحد
        [two] استدعاءان حاجبان
        [few] { $calls } استدعاءات حاجبة
        [many] { $calls } استدعاءً حاجبًا
       *[other] { $calls } استدعاء حاجب
    } (time.sleep) مدة { $seconds } ث في المجموع: ولم تعمل أي مهمة أخرى في أثناء ذلك.
own-beyond-depot = { $boxes ->
        [zero] لم يُفتح أي صندوق
        [one] فُتح صندوق واحد
        [two] فُتح صندوقان
        [few] فُتحت { $boxes } صناديق
        [many] فُتح { $boxes } صندوقًا
       *[other] فُتح { $boxes } صندوق
    } بما يتجاوز صناديق المستودع البالغ عددها { $depot }.
own-left-in-depot = { $boxes ->
        [zero] لم يبقَ في المستودع أي صندوق لم يُؤخذ
        [one] بقي في المستودع صندوق واحد لم يُؤخذ قط
        [two] بقي في المستودع صندوقان لم يُؤخذا قط
        [few] بقيت في المستودع { $boxes } صناديق لم تُؤخذ قط
        [many] بقي في المستودع { $boxes } صندوقًا لم تُؤخذ قط
       *[other] بقي في المستودع { $boxes } صندوق لم تُؤخذ قط
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
own-open = اكتب مشرفك الخاص
own-linked = جاء هذا البرنامج مع الرابط. ولا يعمل إلا حين تضغط «شغّل برنامجي».
own-link = رابط برنامجك
own-link-made = انسخ هذا الرابط: فهو يفتح الصفحة وبرنامجك في المحرِّر، دون أن يشغّله.
own-link-too-long = البرنامج أطول من أن يحمله رابط: لا يتّسع الرابط لأكثر من { $limit } KB منه.
own-link-not-base64 = البرنامج في الرابط ({ "\u2066#py=…\u2069" }) ليس نصًّا صالحًا بترميز { $encoding }؛ والخطأ: { $detail }.
own-link-not-utf8 = البرنامج في الرابط ({ "\u2066#py=…\u2069" }) ليس نصًّا بترميز UTF-8.
