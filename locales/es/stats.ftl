# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = Estadísticas
stats-clock = Reloj
stats-seconds-unit = s
stats-doses-given = Dosis puestas
stats-doses-wasted = Dosis desperdiciadas
stats-boxes-done = Cajas terminadas
stats-boxes-failed = Cajas fallidas
stats-boxes-in-depot = Cajas en el depósito
stats-doses-per-minute = Dosis por minuto
stats-makespan = Duración total
stats-expected-makespan = Duración total esperada
stats-boxes-opened = Cajas abiertas
stats-doses-unreported = Dosis nunca informadas
stats-doses-discarded = Dosis tiradas
stats-seconds = { $seconds } s
stats-not-finished = sin terminar
stats-per-station = Por estación
stats-station = Estación
stats-boxes = Cajas
stats-failures = Fallos
stats-doses = Dosis
stats-box-open = Caja abierta
stats-percent = { $percent } %
stats-summary = Cajas por estación: de { $least } a { $most }; tiempo medio con una caja abierta { $percent } %.
stats-invariant-broken = Invariante roto:{" "}
