# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = Statistik
stats-clock = Uhr
stats-seconds-unit = s
stats-doses-given = Verabreichte { -dose(number: "other") }
stats-doses-wasted = Verschwendete { -dose(number: "other") }
stats-boxes-done = Fertige { -box(number: "other") }
stats-boxes-failed = Fehlgeschlagene { -box(number: "other") }
stats-boxes-in-depot = { -box(number: "other") } im { -depot }
stats-doses-per-minute = { -dose(number: "other") } pro Minute
stats-makespan = Gesamtdauer
stats-expected-makespan = Erwartete Gesamtdauer
stats-boxes-opened = Geöffnete { -box(number: "other") }
stats-doses-unreported = Nie gemeldete { -dose(number: "other") }
stats-doses-discarded = Weggeworfene { -dose(number: "other") }
stats-seconds = { $seconds } s
stats-not-finished = nicht fertig
stats-per-station = Pro { -station }
stats-station = { -station }
stats-boxes = { -box(number: "other") }
stats-failures = Fehlschläge
stats-doses = { -dose(number: "other") }
stats-box-open = { -box } offen
stats-percent = { $percent } %
stats-summary = { -box(number: "other") } pro { -station }: { $least } bis { $most }; mittlere Zeit mit offener { -box } { $percent } %.
stats-invariant-broken = Invariante verletzt:{" "}
