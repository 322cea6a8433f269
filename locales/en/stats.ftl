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
stats-doses-given = Doses given
stats-doses-wasted = Doses wasted
stats-boxes-done = Boxes done
stats-boxes-failed = Boxes failed
stats-boxes-in-depot = Boxes in depot
stats-doses-per-minute = Doses per minute
stats-makespan = Makespan
stats-expected-makespan = Expected makespan
stats-boxes-opened = Boxes opened
stats-doses-unreported = Doses never reported
stats-doses-discarded = Doses thrown away
stats-seconds = { $seconds } s
stats-not-finished = not finished
stats-per-station = Per station
stats-station = Station
stats-boxes = Boxes
stats-failures = Failures
stats-doses = Doses
stats-box-open = Box open
stats-percent = { $percent } %
stats-summary = Boxes per station: { $least } to { $most }; mean time with a box open { $percent } %.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Invariant broken:{" "}
