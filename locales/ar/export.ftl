# التصدير للشرائح.

export-title = التصدير للشرائح
export-intro = الموقف كما ستعرضه شرائحك: اختر جزءًا من الزمن المحاكى للتشغيل وحجمًا وسرعة، ثم صدّره فيديو (WebM) أو صورة GIF متحركة، أو احفظ اللحظة المعروضة على الشاشة صورةً (PNG).
export-from = من (ث)
export-to = إلى (ث)
export-range-hint = يمكن تصدير أي لحظة من 0 إلى { $end } ث من الزمن المحاكى للتشغيل.
export-width = العرض
export-size = { $width } × { $height } بكسل
export-speed = السرعة
export-speed-option = { $speed } ث من التشغيل في كل ثانية
export-frames = { $frames ->
        [zero] { $frames } إطار
        [one] إطار واحد
        [two] إطاران
        [few] { $frames } إطارات
        [many] { $frames } إطارًا
       *[other] { $frames } إطار
    }، { $fps } في الثانية: { $seconds } ث من الفيديو
export-webm = تصدير فيديو (WebM)
export-gif = تصدير GIF
export-png = حفظ هذه اللحظة (PNG)
export-preview =
    .aria-label = معاينة الإطار الأول
export-progress = الإطار { $done } من { $total }
export-done = حُفظ { $file }: { $frames ->
        [zero] { $frames } إطار
        [one] إطار واحد
        [two] إطاران
        [few] { $frames } إطارات
        [many] { $frames } إطارًا
       *[other] { $frames } إطار
    }.
export-still-done = حُفظ { $file }.
export-error-not-a-number = { $field ->
        [from] من
       *[to] إلى
    }: «{ $given }» ليس عددًا من الثواني.
export-error-out-of-run = يجب أن تكون قيمة { $field ->
        [from] من
       *[to] إلى
    } بين 0 و{ $end } ث.
export-error-empty = يجب أن تكون «إلى» بعد «من».
export-error-speed = اختر إحدى السرعات المعروضة.
export-error-too-many = سيكون ذلك { $frames } إطارًا، والتصدير الواحد يصنع { $max } على الأكثر: قصّر المدى أو اختر سرعة أعلى.
export-error-no-webm = لا يستطيع هذا المتصفح تسجيل فيديو WebM؛ ما زال GIF والصورة يعملان.
export-error-failed = توقف التصدير: { $detail }
