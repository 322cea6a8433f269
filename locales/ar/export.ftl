# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG).

export-title = التصدير للشرائح
export-intro = { -lot(def: "yes") } كما ستعرضه شرائحك: اختر جزءًا من الزمن المحاكى للتشغيل وحجمًا وسرعة، ثم صدّره فيديو (WebM) أو صورة GIF متحركة، أو احفظ اللحظة المعروضة على الشاشة صورةً (PNG).
export-from = من (ث)
export-to = إلى (ث)
export-range-hint = يمكن تصدير أي لحظة من 0 إلى { $end } ث من الزمن المحاكى للتشغيل.
export-width = العرض
# The width, then the height: a word between them keeps their order right to left.
export-size = { $width } في { $height } بكسل
export-speed = السرعة
export-speed-option = { $speed } ث من التشغيل في كل ثانية
export-frames = { $frames ->
        [zero] { $frames } إطار
        [one] إطار واحد
        [two] إطاران
        [few] { $frames } إطارات
        [many] { $frames } إطارًا
       *[other] { $frames } إطار
    }، بمعدل { $fps ->
        [zero] { $fps } إطار
        [one] إطار واحد
        [two] إطارين
        [few] { $fps } إطارات
        [many] { $fps } إطارًا
       *[other] { $fps } إطار
    } في الثانية: { $seconds } ث من الفيديو
export-webm = تصدير فيديو (WebM)
export-gif = تصدير GIF
export-png = حفظ هذه اللحظة (PNG)
export-preview =
    .aria-label = معاينة الإطار الأول
export-progress = الإطار { $done } من { $total }
export-done = حُفظ { $file }، وفيه { $frames ->
        [zero] { $frames } إطار
        [one] إطار واحد
        [two] إطاران
        [few] { $frames } إطارات
        [many] { $frames } إطارًا
       *[other] { $frames } إطار
    }.
export-still-done = حُفظ { $file }.
export-error-not-a-number = في الحقل { $field ->
        [from] «من»
       *[to] «إلى»
    } القيمة «{ $given }»، وهي ليست عددًا من الثواني.
export-error-out-of-run = يجب أن تكون قيمة الحقل { $field ->
        [from] «من»
       *[to] «إلى»
    } بين 0 و{ $end } ث.
export-error-empty = يجب أن تكون «إلى» بعد «من».
export-error-speed = اختر إحدى السرعات المعروضة.
export-error-too-many = يعني ذلك { $frames ->
        [zero] { $frames } إطار
        [one] إطارًا واحدًا
        [two] إطارين
        [few] { $frames } إطارات
        [many] { $frames } إطارًا
       *[other] { $frames } إطار
    }، والتصدير الواحد يصنع { $max } على الأكثر: قصّر المدى أو اختر سرعة أعلى.
export-error-no-webm = لا يستطيع هذا المتصفح تسجيل فيديو WebM؛ ما زال GIF والصورة يعملان.
export-error-failed = توقف التصدير: { $detail }
