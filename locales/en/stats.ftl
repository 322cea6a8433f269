# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them); the other numbers arrive as numbers without
# thousands separators.

stats = Statistics
stats-clock = Clock
# The unit after the clock's seconds.
stats-seconds-unit = s
stats-doses-given = { -dose(start: "upper", number: "other") } given
stats-doses-wasted = { -dose(start: "upper", number: "other") } wasted
stats-boxes-done = { -box(start: "upper", number: "other") } done
stats-boxes-failed = { -box(start: "upper", number: "other") } failed
stats-boxes-in-depot = { -box(start: "upper", number: "other") } in { -depot }
stats-doses-per-minute = { -dose(start: "upper", number: "other") } per minute
stats-makespan = Makespan
stats-expected-makespan = Expected makespan
stats-boxes-opened = { -box(start: "upper", number: "other") } opened
stats-doses-unreported = { -dose(start: "upper", number: "other") } never reported
stats-doses-discarded = { -dose(start: "upper", number: "other") } thrown away
stats-seconds = { $seconds } s
stats-not-finished = not finished
stats-per-station = Per { -station }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(start: "upper", number: "other") }
stats-failures = Failures
stats-doses = { -dose(start: "upper", number: "other") }
stats-box-open = { -box(start: "upper") } open
stats-percent = { $percent } %
stats-summary = { -box(start: "upper", number: "other") } per { -station }: { $least } to { $most }; mean time with a { -box } open { $percent } %.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Invariant broken:{" "}
