# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = تعمل كل { -task(def: "yes", number: "plural") } على { -thread } واحد، واحدة تلو الأخرى: تأخذ { -event-loop(def: "yes") } { -task(def: "yes") } التي في مقدمة { -ready-queue(def: "yes") } وتشغّل روتينها المشترك حتى { $awaits } شيئًا لم ينتهِ بعد؛ عندها تُعيد { -task(def: "yes") } { -thread(def: "yes") }. { -station(def: "yes") } النائمة لا تكلّف شيئًا: يُنهي { $timer } نومها حين تنتهي { -shot(form: "bound") }ها، ويُعيد استدعاء الإنهاء { -task(def: "yes") } إلى { -ready-queue(def: "yes") }، ثم تشغّل الحلقة { $polls }. { -timer(def: "yes", number: "plural") } التي يحين موعدها في اللحظة نفسها تنطلق معًا في دورة واحدة من الحلقة، وكل { -task } توقظها تعمل قبل أي { -task } توقظها هذه بدورها.
executor-term-awaits-asyncio = ينتظر بـ await
    .title = يعلّق الروتين المشترك حتى ينتهي الكائن المنتظَر. إن لم ينتهِ بعد، تُعيد { -task(def: "yes") } { -thread(def: "yes") } إلى { -event-loop(def: "yes") }؛ وحين ينتهي، يُعيد استدعاء الإنهاء { -task(def: "yes") } إلى { -ready-queue(def: "yes") }.
executor-term-timer-asyncio = { -timer }
    .title = مُدخل في كومة الاستدعاءات المجدولة في { -event-loop(def: "yes") } (loop.call_later): عند حلول موعده يُنهي الـ future الخاص بـ sleep.
executor-term-polls-asyncio = الخطوة التالية من { -task(def: "yes") }
    .title = استئناف روتين { -task(def: "yes") } المشترك من حيث توقّف عند await، حتى await التالي على شيء لم ينتهِ بعد، أو حتى عودته (Task.__step في asyncio).
executor-wake-ok-asyncio = أعادت { -task } { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no }) عدد { -dose(number: "plural") }ها
executor-wake-err-asyncio = رفعت { -task } { -station(def: "yes") } { $station } ({ -box(def: "yes") } { $box_no }) استثناءً: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] عامل كل { -station } Task واحدة، تعالج { -box(case: "acc") } تلو الآخر من الطابور.
       *[box] كل { -box } تعالجه { -station } هو Task.
    } تكون الـ Task { $waiting } ما دام روتينها المشترك نائمًا، و{ $scheduled } بعد أن يُعيدها استدعاء الإنهاء إليه، و{ $running } ما دامت { -event-loop(def: "yes") } تشغّل روتينها المشترك. تتراكم { $wakes } والخطوات عبر كل { -box(number: "plural") } { -station(def: "yes") }؛ ويعدّ صف { -supervisor(def: "yes") } { -box(def: "yes", number: "plural") } التي عالجها. «{ -box(def: "yes") } مفتوح» هو الزمن المحاكى الذي كان فيه لدى { -station(def: "yes") } { -box } مفتوح (الـ Task النائمة بين { -shot(def: "yes", number: "plural") } لا تكلّف { -thread(def: "yes") } شيئًا)، لا زمن التشغيل؛ ومن دون { -box } تبقى { -station(def: "yes") } خاملة حتى يعطيها { -supervisor(def: "yes") } { -box(case: "acc") }.
inspector-term-scheduled-asyncio = في { -ready-queue(def: "yes") }
    .title = جاهزة للتشغيل: تشغّل { -event-loop(def: "yes") } { -ready-queue(def: "yes") } من مقدمته، خطوةً واحدة من Task في كل مرة.
inspector-term-running-asyncio = قيد التشغيل
    .title = الـ Task الوحيدة التي تشغّل { -event-loop(def: "yes") } روتينها المشترك الآن.
inspector-term-wakes-asyncio = الإيقاظات
    .title = عدد مرات إعادة الـ Task إلى { -ready-queue(def: "yes") } (في هذه الصفحة يعدّها الـ waker الخاص بتوأمها في Rust).
