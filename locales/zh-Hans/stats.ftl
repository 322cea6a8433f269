# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = 统计
stats-clock = 时钟
stats-seconds-unit = 秒
stats-doses-given = 已接种{ -dose }数
stats-doses-wasted = 浪费的{ -dose }数
stats-boxes-done = 已完成的{ -box }
stats-boxes-failed = 失败的{ -box }
stats-boxes-in-depot = { -depot }中的{ -box }
stats-doses-per-minute = 每分钟{ -dose }数
stats-makespan = 总用时
stats-expected-makespan = 预期总用时
stats-boxes-opened = 已打开的{ -box }
stats-doses-unreported = 从未报告的{ -dose }数
stats-doses-discarded = 被丢弃的{ -dose }数
stats-seconds = { $seconds } 秒
stats-not-finished = 未结束
stats-per-station = 各{ -station }
stats-station = { -station }
stats-boxes = { -box }数
stats-failures = 失败
stats-doses = { -dose }数
stats-box-open = 开{ -box }时间
stats-percent = { $percent }%
stats-summary = 每个{ -station }的{ -box }数：{ $least } 到 { $most }；平均开{ -box }时间占比 { $percent }%。
stats-invariant-broken = 不变量被破坏：
