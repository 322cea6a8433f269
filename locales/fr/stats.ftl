# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them); the other numbers arrive as numbers without
# thousands separators.

stats = Statistiques
stats-clock = Horloge
# The unit after the clock's seconds.
stats-seconds-unit = s
stats-doses-given = { -dose(number: "other", start: "upper") } administrées
stats-doses-wasted = { -dose(number: "other", start: "upper") } gaspillées
stats-boxes-done = { -box(number: "other", start: "upper") } terminées
stats-boxes-failed = { -box(number: "other", start: "upper") } en échec
stats-boxes-in-depot = { -box(number: "other", start: "upper") } { -depot(article: "au") }
stats-doses-per-minute = { -dose(number: "other", start: "upper") } par minute
stats-makespan = Durée totale
stats-expected-makespan = Durée totale attendue
stats-boxes-opened = { -box(number: "other", start: "upper") } ouvertes
stats-doses-unreported = { -dose(number: "other", start: "upper") } jamais signalées
stats-doses-discarded = { -dose(number: "other", start: "upper") } jetées
stats-seconds = { $seconds } s
stats-not-finished = pas terminée
stats-per-station = Par { -station }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(number: "other", start: "upper") }
stats-failures = Échecs
stats-doses = { -dose(number: "other", start: "upper") }
stats-box-open = { -box(start: "upper") } ouverte
stats-percent = { $percent } %
stats-summary = { -box(number: "other", start: "upper") } par { -station } : de { $least } à { $most } ; temps moyen avec { -box(article: "un") } ouverte { $percent } %.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Invariant violé :{" "}
