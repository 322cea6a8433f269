# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = لم تُقبل بعض المعاملات في الرابط؛ تُستخدم القيم الافتراضية بدلًا منها:
# $setting: the parameter and what the link gave, as one value (stations=abc).
params-error = { $setting } غير مقبول: المتوقع { $accepted }؛ ويُستخدم بدلًا منه { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = عدد صحيح من { $low } إلى { $high }
params-accepted-event-count = عدد صحيح من الأحداث ابتداءً من { $low }
params-accepted-shot-seconds = ثوانٍ لكل { -shot }، من { $low } إلى { $high }
params-accepted-probability = احتمال من 0 إلى 1
params-accepted-speed-factors = قائمة مفصولة بفواصل من { $max_items ->
        [zero] { $max_items } معامل سرعة
        [one] معامل سرعة واحد
        [two] معاملَي سرعة
        [few] { $max_items } معاملات سرعة
        [many] { $max_items } معاملًا للسرعة
       *[other] { $max_items } معامل سرعة
    } على الأكثر، كلٌّ منها من { $low } إلى { $high }
params-accepted-station-or-none = رقم { -station } من 1 إلى { $high }، أو 0 لعدم اختيار أي { -station }
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = قائمة مفصولة بفواصل من أزواج { $form } لا يزيد عددها على { $max_items }
# $alternatives: params-list-alternative, repeated ("، أو القيمة all").
params-accepted-name-list = قائمة مفصولة بفواصل من { $names } فقط{ $alternatives }
params-accepted-play-rate = ثوانٍ محاكاة لكل ثانية من { $low } إلى { $high }، أو { $max }
params-accepted-not-above = { $low } لا يتجاوز { $high }
# $power: a power of ten as the page writes it, such as 10^6.
params-accepted-fits-clock = تشغيل تتسع له الساعة المحاكاة (على الأكثر { $power } ثانية إذا كانت كل { -shot } هي الأبطأ)
params-accepted-boxes-per-task = { $high ->
        [zero] { $high } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two") }
        [few] { $high } { -box(number: "plural") }
        [many] { $high } { -box(case: "acc") }
       *[other] { $high } { -box }
    } على الأكثر مع { $setting }، التي تنشئ { -task } حيّة لكل { -box } منذ البداية
params-accepted-no-blocking = لا { -station } حاجبة مع { $setting }، إذ لا يحتوي برنامجها على أي { -station } حاجبة
params-accepted-station-of-run = { -station } من { -station(number: "plural") } التشغيل، من 1 إلى { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ،{" "}
params-list-last-or = {" "}أو{" "}
params-list-last-and = {" "}و{" "}
params-list-alternative = ، أو القيمة { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value } مع { $condition }
params-given-fits-clock = { $boxes } مع { $capacity } و{ $shot_max } وأبطأ سرعة { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 لكل { -station }
params-fallback-none = لا شيء
params-fallback-random-seed = بذرة عشوائية
params-fallback-no-breaks = بلا أعطال
params-fallback-start = البداية
params-fallback-default-theme = السمة الافتراضية
params-fallback-rust-first = آخر اختيار، وإلا فـRust أولًا
params-fallback-page-default = الإعداد الافتراضي للصفحة
params-fallback-no-lesson = بلا درس
params-fallback-english = الإنجليزية
params-fallback-both = { $first } و{ $second }

## The form.

params-form = المعاملات
params-field-stations = { -station(def: "yes", number: "plural") }
params-field-capacity = { -dose(def: "yes", number: "plural") } في كل { -box }
params-field-boxes = { -box(def: "yes", number: "plural") } في { -depot(def: "yes") }
params-field-shot_min = أقصر { -shot } [ث]
params-field-shot_max = أطول { -shot } [ث]
params-field-speeds = سرعات { -station(def: "yes", number: "plural") }
params-field-fail = احتمال الفشل لكل { -shot }
params-field-seed = البذرة
params-field-blocking = { -station(def: "yes") } التي تحجب { -thread(def: "yes") }
params-field-policy = سياسة { -supervisor(def: "yes") }
params-policy-hint = كيف ينتظر { -supervisor(def: "yes") } { -task(number: "plural") } { -station(number: "plural") }ه باستخدام await
params-not-accepted = غير مقبول: المتوقع { $accepted }
params-new-seed = بذرة جديدة
params-apply = تطبيق وإعادة الضبط

## The play controls.

controls = عناصر التحكم
controls-start = ابدأ
    .title = البدء أو الاستئناف (مفتاح المسافة)
controls-resume = استئناف
    .title = البدء أو الاستئناف (مفتاح المسافة)
controls-pause = إيقاف مؤقت
    .title = إيقاف مؤقت (مفتاح المسافة)
controls-step = خطوة
    .title = عرض حدث واحد إضافي بالضبط (→)
controls-reset = إعادة الضبط
    .title = العودة إلى البداية بالمعاملات أدناه (r)
controls-speed = السرعة:{" "}
controls-speed-max = بأقصى سرعة ممكنة
controls-speed-real-time = { $factor }× الزمن الحقيقي
controls-speed-slow-motion = { $factor }× (حركة بطيئة)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = أُبطئ التشغيل إلى { $speed }× لتظهر كل دورة من الحلقة: تعمل { -task } واحدة في كل مرة، ولا تعمل { -task(number: "two") } معًا أبدًا. سرّعه بالمنزلق.

## One-click presets.

presets = سرعات جاهزة
presets-article = أزمنة { -shot(def: "yes", number: "plural") } في المقال
    .title = { -shot(number: "plural") } من 1 إلى 100 ملي ثانية، ثانية محاكاة لكل ثانية (يعيد ضبط التشغيل). الساعة افتراضية: asyncio الحقيقي يتأخر ويجمع { -timer(def: "yes", number: "plural") } المتقاربة (انظر عرض الشيفرة)
presets-realistic = { -shot(number: "plural") } واقعية من 1 إلى 3 دقائق
    .title = { -shot(number: "plural") } من 1 إلى 3 دقائق بسرعة 600× (يعيد ضبط التشغيل)
presets-max = بأقصى سرعة ممكنة
    .title = أكبر عدد من الأحداث يتسع له كل إطار
presets-counting-bug = خطأ العدّ في المقال
    .title = حلقة المقال مع { -shot(number: "plural") } مدة كل منها 50 ملي ثانية: كل انتظار يُرجع كل { -station(def: "yes", number: "plural") } (يعيد ضبط التشغيل)

## The timeline.

timeline = الخط الزمني
timeline-step-back = ▶ رجوع خطوة
    .title = الرجوع حدثًا واحدًا (←): يعيد تشغيل التشغيل حتى تلك النقطة
timeline-scrubber = الخط الزمني: رقم الحدث
timeline-measuring = الخط الزمني: جارٍ قياس التشغيل
timeline-value = الحدث { $shown } من { $total }، عند الثانية { $seconds }
timeline-position = الحدث { $shown } من { $total }
timeline-position-pending = الحدث { $shown }
timeline-position-too-long = الحدث { $shown } (الخط الزمني متاح للتشغيلات التي لا تتجاوز { $limit ->
        [zero] { $limit } { -dose }
        [one] { -dose } واحدة
        [two] { -dose(number: "two", case: "acc") }
        [few] { $limit } { -dose(number: "plural") }
        [many] { $limit } { -dose(case: "acc") }
       *[other] { $limit } { -dose }
    })
