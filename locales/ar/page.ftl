# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = التطعيم في { -lot(def: "yes") }
masthead-asyncio = كيف تشغّل asyncio في بايثون { -task(number: "plural") } كثيرة على { -thread } واحد، يعرضها توأمها المكتوب بلغة Rust مباشرةً في متصفحك.
masthead-tagline = كل { -station } { -task } غير متزامنة على { -thread(def: "yes") } الوحيد للمتصفح. ينتظر { -supervisor(def: "yes") } باستخدام await أول { -task } تُنهي { -box } { -dose(number: "plural") }ها، فيُبلغ عنها ويعيد تشغيل { -station(def: "yes") } ب{ -box } جديد.
masthead-lessons = الدروس
masthead-help = ? مساعدة
    .aria-label = لوحة المفاتيح والمساعدة (?)
masthead-share = مشاركة
masthead-export = تصدير
masthead-projector = سمة جهاز العرض
masthead-status = الحالة:{" "}
masthead-status-ready = جاهز
masthead-status-running = قيد التشغيل
masthead-status-paused = متوقف مؤقتًا
masthead-status-finished = انتهى

language-menu = اللغة
    .title = لغة الصفحة
language-failed = تعذّر تحميل نصوص { $language }، لذا تبقى الصفحة بالإنجليزية.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = البذرة
footer-link = رابط هذا التشغيل
footer-same-run = الرابط نفسه يعرض دائمًا التشغيل نفسه.

## Below the lot.


## Dialogs.

dialog-close = إغلاق

## The help overlay: keyboard shortcuts.

help-title = لوحة المفاتيح والمساعدة
help-key-space = مفتاح المسافة
help-key-enter = Enter على { -station }
help-toggle-play = البدء أو الإيقاف المؤقت أو الاستئناف
help-step = خطوة: عرض حدث واحد إضافي بالضبط
help-step-back = الرجوع حدثًا واحدًا (يعيد تشغيل التشغيل من بدايته)
help-reset = إعادة ضبط التشغيل
help-break = تعطيل { -task } تلك { -station(def: "yes") }
help-help = إظهار هذه المساعدة أو إخفاؤها
help-text = كل عنصر تحكم زرٌّ أو حقل يمكنك الوصول إليه بمفتاح Tab. تُطوى اللوحات الموجودة أسفل { -lot(def: "yes") }؛ مرِّر المؤشر فوق مصطلح مُسطَّر بنقاط أو انقل التركيز إليه لترى معناه. ورابط الصفحة يفتح التشغيل نفسه.

## The share dialog.

share-title = مشاركة هذا التشغيل
share-link = الرابط (كل المعاملات والبذرة: يعرض هذا التشغيل دائمًا)
share-copy-link = نسخ الرابط
share-lesson = فتح الدرس المعروض (في الرابط والتضمين)
share-embed = التضمين في صفحة أو شريحة
share-width = العرض
share-height = الارتفاع
share-px = بكسل
share-compact = تخطيط مضغوط
share-autoplay = البدء عند التحميل
share-panels = اللوحات التعليمية في التضمين
share-size-error = يجب أن يكون العرض من { $min_width } إلى { $max_width } بكسل والارتفاع من { $min_height } إلى { $max_height } بكسل.
share-snippet = مقتطف iframe
share-copy-snippet = نسخ المقتطف
share-copied = تم النسخ.
share-copy-failed = لم يسمح المتصفح بالنسخ: حدِّد النص وانسخه يدويًا.
share-iframe-title = التطعيم في { -lot(def: "yes") }: { -task(number: "plural") } غير متزامنة على { -thread } واحد

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = وضع الاختبار العشوائي
fuzz-heading = وضع الاختبار العشوائي:{" "}
fuzz-summary = { $actions ->
        [zero] لا إجراءات عشوائية
        [one] إجراء عشوائي واحد
        [two] إجراءان عشوائيان
        [few] { $actions } إجراءات عشوائية
        [many] { $actions } إجراءً عشوائيًا
       *[other] { $actions } إجراء عشوائي
    }، و{ $frames ->
        [zero] لم يُفحص أي إطار
        [one] فُحص إطار واحد
        [two] فُحص إطاران
        [few] فُحصت { $frames } إطارات
        [many] فُحص { $frames } إطارًا
       *[other] فُحص { $frames } إطار
    }، و{ $problems ->
        [0] لم يُعثر على أي مشكلة
        [one] عُثر على مشكلة واحدة
        [two] عُثر على مشكلتين
        [few] عُثر على { $problems } مشكلات
        [many] عُثر على { $problems } مشكلةً
       *[other] عُثر على { $problems } مشكلة
    }. آخر إجراء:{" "}
fuzz-ledger = دفتر الحساب: { $detail }
fuzz-conservation = حفظ { -dose(def: "yes", number: "plural") }: { $detail }
fuzz-stations = { $shown ->
        [zero] لا { -station(number: "plural") } معروضة
        [one] { -station } واحدة معروضة
        [two] { -station(number: "two") } معروضتان
        [few] { $shown } { -station(number: "plural") } معروضة
        [many] { $shown } { -station(case: "acc") } معروضة
       *[other] { $shown } { -station } معروضة
    } مقابل { $configured ->
        [zero] { $configured } { -station }
        [one] { -station } واحدة
        [two] { -station(number: "two", case: "gen") }
        [few] { $configured } { -station(number: "plural") }
        [many] { $configured } { -station(case: "acc") }
       *[other] { $configured } { -station }
    } في الإعدادات
fuzz-clock = تُظهر الساعة { $clock } ث، وهذا قبل آخر حدث عند { $last } ث
fuzz-unaccounted = انتهى التشغيل وبعض { -dose(def: "yes", number: "plural") } غير محسوبة

## The panel shown when the page stops.

panic-panel = توقفت المحاكاة بسبب خطأ داخلي، ولم تعد الصفحة تستجيب. أعد تحميلها للبدء من جديد. التفاصيل: { $details }
