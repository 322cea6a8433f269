# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = Statistik
stats-clock = Uhr
stats-seconds-unit = s
stats-doses-given = Verabreichte Dosen
stats-doses-wasted = Verschwendete Dosen
stats-boxes-done = Fertige Boxen
stats-boxes-failed = Gescheiterte Boxen
stats-boxes-in-depot = Boxen im Depot
stats-doses-per-minute = Dosen pro Minute
stats-makespan = Gesamtdauer
stats-expected-makespan = Erwartete Gesamtdauer
stats-boxes-opened = Geöffnete Boxen
stats-doses-unreported = Nie gemeldete Dosen
stats-doses-discarded = Weggeworfene Dosen
stats-seconds = { $seconds } s
stats-not-finished = nicht fertig
stats-per-station = Pro Station
stats-station = Station
stats-boxes = Boxen
stats-failures = Ausfälle
stats-doses = Dosen
stats-box-open = Box offen
stats-percent = { $percent } %
stats-summary = Boxen pro Station: { $least } bis { $most }; mittlere Zeit mit offener Box { $percent } %.
stats-invariant-broken = Invariante verletzt:{" "}
