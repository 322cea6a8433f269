# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = Statistiques
stats-clock = Horloge
stats-seconds-unit = s
stats-doses-given = Doses administrées
stats-doses-wasted = Doses gaspillées
stats-boxes-done = Boîtes terminées
stats-boxes-failed = Boîtes en échec
stats-boxes-in-depot = Boîtes au dépôt
stats-doses-per-minute = Doses par minute
stats-makespan = Durée totale
stats-expected-makespan = Durée totale attendue
stats-boxes-opened = Boîtes ouvertes
stats-doses-unreported = Doses jamais signalées
stats-doses-discarded = Doses jetées
stats-seconds = { $seconds } s
stats-not-finished = pas terminée
stats-per-station = Par station
stats-station = Station
stats-boxes = Boîtes
stats-failures = Échecs
stats-doses = Doses
stats-box-open = Boîte ouverte
stats-percent = { $percent } %
stats-summary = Boîtes par station : de { $least } à { $most } ; temps moyen avec une boîte ouverte { $percent } %.
stats-invariant-broken = Invariant violé :{" "}
