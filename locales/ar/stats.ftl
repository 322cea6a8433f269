# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = الإحصاءات
stats-clock = الساعة
stats-seconds-unit = ث
stats-doses-given = الجرعات المُعطاة
stats-doses-wasted = الجرعات المهدرة
stats-boxes-done = الصناديق المكتملة
stats-boxes-failed = الصناديق الفاشلة
stats-boxes-in-depot = الصناديق في المستودع
stats-doses-per-minute = الجرعات في الدقيقة
stats-makespan = المدة الكلية
stats-expected-makespan = المدة الكلية المتوقعة
stats-boxes-opened = الصناديق المفتوحة
stats-doses-unreported = جرعات لم يُبلَّغ عنها قط
stats-doses-discarded = الجرعات المرمية
stats-seconds = { $seconds } ث
stats-not-finished = لم ينتهِ
stats-per-station = لكل محطة
stats-station = المحطة
stats-boxes = الصناديق
stats-failures = الأعطال
stats-doses = الجرعات
stats-box-open = مدة فتح صندوق
stats-percent = { $percent }٪
stats-summary = عدد الصناديق لكل محطة: من { $least } إلى { $most }؛ متوسط الوقت مع صندوق مفتوح { $percent }٪.
stats-invariant-broken = خُرق ثابت:{" "}
