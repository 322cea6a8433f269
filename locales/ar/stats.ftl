# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = الإحصاءات
stats-clock = الساعة
stats-seconds-unit = ث
stats-doses-given = { -dose(def: "yes", number: "plural") } المُعطاة
stats-doses-wasted = { -dose(def: "yes", number: "plural") } المهدرة
stats-boxes-done = { -box(def: "yes", number: "plural") } المكتملة
stats-boxes-failed = { -box(def: "yes", number: "plural") } الفاشلة
stats-boxes-in-depot = { -box(def: "yes", number: "plural") } في { -depot(def: "yes") }
stats-doses-per-minute = { -dose(def: "yes", number: "plural") } في الدقيقة
stats-makespan = المدة الكلية
stats-expected-makespan = المدة الكلية المتوقعة
stats-boxes-opened = { -box(def: "yes", number: "plural") } المفتوحة
stats-doses-unreported = { -dose(number: "plural") } لم يُبلَّغ عنها قط
stats-doses-discarded = { -dose(def: "yes", number: "plural") } المرمية
stats-seconds = { $seconds } ث
stats-not-finished = لم ينتهِ
stats-per-station = لكل { -station }
stats-station = { -station(def: "yes") }
stats-boxes = { -box(def: "yes", number: "plural") }
stats-failures = الإخفاقات
stats-doses = { -dose(def: "yes", number: "plural") }
stats-box-open = { -box(def: "yes") } مفتوح
stats-percent = { $percent }٪
stats-summary = { -box(def: "yes", number: "plural") } لكل { -station }: من { $least } إلى { $most ->
        [zero] { $most } { -box }
        [one] { -box } واحد
        [two] { -box(number: "two", case: "gen") }
        [few] { $most } { -box(number: "plural") }
        [many] { $most } { -box(case: "acc") }
       *[other] { $most } { -box }
    }؛ ومتوسط الوقت مع { -box } مفتوح { $percent }٪.
stats-invariant-broken = خُرق ثابت:{" "}
