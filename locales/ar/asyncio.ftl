# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = تعمل كل المهام على خيط واحد، واحدة تلو الأخرى: تأخذ حلقة الأحداث المهمة التي في مقدمة طابور المهام الجاهزة وتشغّل روتينها المشترك حتى { $awaits } شيئًا لم ينتهِ بعد؛ عندها تُعيد المهمة الخيط. المحطة النائمة لا تكلّف شيئًا: يُنهي { $timer } نومها حين تنتهي حقنتها، ويُعيد استدعاء الإنهاء المهمة إلى طابور المهام الجاهزة، ثم تشغّل الحلقة { $polls }. المؤقِّتات التي يحين موعدها في اللحظة نفسها تنطلق معًا في دورة واحدة من الحلقة، وكل مهمة توقظها تعمل قبل أي مهمة توقظها هذه بدورها.
executor-term-awaits-asyncio = ينتظر بـ await
    .title = يعلّق الروتين المشترك حتى ينتهي الكائن المنتظَر. إن لم ينتهِ بعد، تُعيد المهمة الخيط إلى حلقة الأحداث؛ وحين ينتهي، يُعيد استدعاء الإنهاء المهمة إلى طابور المهام الجاهزة.
executor-term-timer-asyncio = مؤقِّت
    .title = مُدخل في كومة الاستدعاءات المجدولة لحلقة الأحداث (loop.call_later): عند حلول موعده يُنهي الـ future الخاص بـ sleep.
executor-term-polls-asyncio = الخطوة التالية من المهمة
    .title = استئناف الروتين المشترك للمهمة من حيث توقّف عند await، حتى await التالي على شيء لم ينتهِ بعد، أو حتى عودته (Task.__step في asyncio).
executor-wake-ok-asyncio = أعادت مهمة المحطة { $station } (الصندوق { $box_no }) عدد جرعاتها
executor-wake-err-asyncio = رفعت مهمة المحطة { $station } (الصندوق { $box_no }) استثناءً: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] عامل كل محطة Task واحدة، تعالج صندوقًا تلو الآخر من الطابور.
       *[box] كل صندوق تعالجه محطة هو Task.
    } تكون الـ Task { $waiting } ما دام روتينها المشترك نائمًا، و{ $scheduled } بعد أن يُعيدها استدعاء الإنهاء إليه، و{ $running } ما دامت حلقة الأحداث تشغّل روتينها المشترك. تتراكم { $wakes } والخطوات عبر كل صناديق المحطة؛ ويعدّ صف المشرف الصناديق التي عالجها. «الصندوق مفتوح» هو الزمن المحاكى الذي كان فيه لدى المحطة صندوق مفتوح (الـ Task النائمة بين الحقن لا تكلّف الخيط شيئًا)، لا زمن التشغيل؛ ومن دون صندوق تنتظر المحطة المشرف.
inspector-term-scheduled-asyncio = في طابور المهام الجاهزة
    .title = جاهزة للتشغيل: تشغّل حلقة الأحداث طابور المهام الجاهزة من مقدمته، خطوةً واحدة من Task في كل مرة.
inspector-term-running-asyncio = قيد التشغيل
    .title = الـ Task الوحيدة التي تشغّل حلقة الأحداث روتينها المشترك الآن.
inspector-term-wakes-asyncio = الإيقاظات
    .title = عدد مرات إعادة الـ Task إلى طابور المهام الجاهزة (في هذه الصفحة يعدّها الـ waker الخاص بتوأمها في Rust).
