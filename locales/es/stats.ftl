# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = Estadísticas
stats-clock = Reloj
stats-seconds-unit = s
stats-doses-given = { -dose(start: "upper", number: "other") } puestas
stats-doses-wasted = { -dose(start: "upper", number: "other") } desperdiciadas
stats-boxes-done = { -box(start: "upper", number: "other") } terminadas
stats-boxes-failed = { -box(start: "upper", number: "other") } fallidas
stats-boxes-in-depot = { -box(start: "upper", number: "other") } en el { -depot }
stats-doses-per-minute = { -dose(start: "upper", number: "other") } por minuto
stats-makespan = Duración total
stats-expected-makespan = Duración total esperada
stats-boxes-opened = { -box(start: "upper", number: "other") } abiertas
stats-doses-unreported = { -dose(start: "upper", number: "other") } nunca notificadas
stats-doses-discarded = { -dose(start: "upper", number: "other") } desechadas
stats-seconds = { $seconds } s
stats-not-finished = sin terminar
stats-per-station = Por { -station }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(start: "upper", number: "other") }
stats-failures = Fallos
stats-doses = { -dose(start: "upper", number: "other") }
stats-box-open = { -box(start: "upper") } abierta
stats-percent = { $percent } %
stats-summary = { -box(start: "upper", number: "other") } por { -station }: de { $least } a { $most }; tiempo medio con una { -box } abierta { $percent } %.
stats-invariant-broken = Invariante roto:{" "}
