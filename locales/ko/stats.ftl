# The statistics beside the lot: the counters, the table per station and
# its summary for many stations. The clock and the counters keep plain
# digits (tests read them).

stats = 통계
stats-clock = 시계
# The unit after the clock's seconds.
stats-seconds-unit = 초
stats-doses-given = 접종한 { -dose }
stats-doses-wasted = 낭비된 { -dose }
stats-boxes-done = 끝난 { -box }
stats-boxes-failed = 실패한 { -box }
stats-boxes-in-depot = { -depot }의 { -box }
stats-doses-per-minute = 분당 { -dose }
stats-makespan = 총 소요 시간
stats-expected-makespan = 예상 총 소요 시간
stats-boxes-opened = 개봉한 { -box }
stats-doses-unreported = 보고되지 않은 { -dose }
stats-doses-discarded = 폐기된 { -dose }
stats-seconds = { $seconds }초
stats-not-finished = 끝나지 않음
stats-per-station = { -station }별
stats-station = { -station }
stats-boxes = { -box }
stats-failures = 실패
stats-doses = { -dose }
stats-box-open = { -box } 개봉
stats-percent = { $percent }%
stats-summary = { -station }당 { -box }: { $least }~{ $most }개, { -box }를 열어 둔 평균 시간 비율 { $percent }%.
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = 불변식 위반:{" "}
