# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them).

stats = Statistik
stats-clock = Jam
# The unit after the clock's seconds.
stats-seconds-unit = s
stats-doses-given = { -dose(start: "upper") } diberikan
stats-doses-wasted = { -dose(start: "upper") } terbuang
stats-boxes-done = { -box(start: "upper") } selesai
stats-boxes-failed = { -box(start: "upper") } gagal
stats-boxes-in-depot = { -box(start: "upper") } di { -depot }
stats-doses-per-minute = { -dose(start: "upper") } per menit
stats-makespan = Total waktu
stats-expected-makespan = Perkiraan total waktu
stats-boxes-opened = { -box(start: "upper") } dibuka
stats-doses-unreported = { -dose(start: "upper") } tak dilaporkan
stats-doses-discarded = { -dose(start: "upper") } dibuang
stats-seconds = { $seconds } s
stats-not-finished = belum selesai
stats-per-station = Per { -station }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(start: "upper") }
stats-failures = Gagal
stats-doses = { -dose(start: "upper") }
stats-box-open = { -box(start: "upper") } terbuka
stats-percent = { $percent } %
stats-summary = { -box(start: "upper") } per { -station }: { $least } sampai { $most }; rata-rata waktu dengan { -box } terbuka { $percent } %.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Invarian dilanggar:{" "}
