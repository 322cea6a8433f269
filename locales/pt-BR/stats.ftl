# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them); the other numbers arrive as numbers without
# thousands separators.

stats = Estatísticas
stats-clock = Relógio
# The unit after the clock's seconds.
stats-seconds-unit = s
stats-doses-given = { -dose(number: "other", start: "upper") } aplicadas
stats-doses-wasted = { -dose(number: "other", start: "upper") } desperdiçadas
stats-boxes-done = { -box(number: "other", start: "upper") } concluídas
stats-boxes-failed = { -box(number: "other", start: "upper") } com falha
stats-boxes-in-depot = { -box(number: "other", start: "upper") } no { -depot }
stats-doses-per-minute = { -dose(number: "other", start: "upper") } por minuto
stats-makespan = Tempo total
stats-expected-makespan = Tempo total esperado
stats-boxes-opened = { -box(number: "other", start: "upper") } abertas
stats-doses-unreported = { -dose(number: "other", start: "upper") } nunca relatadas
stats-doses-discarded = { -dose(number: "other", start: "upper") } descartadas
stats-seconds = { $seconds } s
stats-not-finished = não terminou
stats-per-station = Por { -station }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(number: "other", start: "upper") }
stats-failures = Falhas
stats-doses = { -dose(number: "other", start: "upper") }
stats-box-open = { -box(start: "upper") } aberta
stats-percent = { $percent }%
stats-summary = { -box(number: "other", start: "upper") } por { -station }: de { $least } a { $most }; tempo médio com uma { -box } aberta: { $percent }%.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Invariante violado:{" "}
