# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them); the other numbers arrive as numbers without
# thousands separators.

stats = Статистика
stats-clock = Часы
# The unit after the clock's seconds.
stats-seconds-unit = с
stats-doses-given = Введено { -dose(case: "gen", number: "other") }
stats-doses-wasted = Списано { -dose(case: "gen", number: "other") }
stats-boxes-done = Закончено { -box(case: "gen", number: "other") }
stats-boxes-failed = { -box(start: "upper", case: "gen", number: "other") } со сбоем
stats-boxes-in-depot = { -box(start: "upper", case: "gen", number: "other") } на { -depot(case: "prep") }
stats-doses-per-minute = { -dose(start: "upper", case: "gen", number: "other") } в минуту
stats-makespan = Длительность
stats-expected-makespan = Ожидаемая длительность
stats-boxes-opened = Вскрыто { -box(case: "gen", number: "other") }
stats-doses-unreported = Не учтено { -dose(case: "gen", number: "other") }
stats-doses-discarded = Выброшено { -dose(case: "gen", number: "other") }
stats-seconds = { $seconds } с
stats-not-finished = не завершено
stats-per-station = По { -station(case: "dat", number: "other") }
stats-station = { -station(start: "upper") }
stats-boxes = { -box(start: "upper", number: "other") }
stats-failures = Сбои
stats-doses = { -dose(start: "upper", number: "other") }
stats-box-open = { -box(start: "upper") } открыта
stats-percent = { $percent } %
stats-summary = { -box(start: "upper", case: "gen", number: "other") } на { -station(case: "acc") }: от { $least } до { $most }; в среднем { -box } открыта { $percent } % времени.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = Инвариант нарушен:{" "}
