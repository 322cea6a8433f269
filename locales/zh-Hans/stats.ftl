# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.

stats = 统计
stats-clock = 时钟
stats-seconds-unit = 秒
stats-doses-given = 已接种剂量
stats-doses-wasted = 浪费的剂量
stats-boxes-done = 已完成的箱
stats-boxes-failed = 失败的箱
stats-boxes-in-depot = 仓库中的箱
stats-doses-per-minute = 每分钟剂量
stats-makespan = 总用时
stats-expected-makespan = 预期总用时
stats-boxes-opened = 已打开的箱
stats-doses-unreported = 从未报告的剂量
stats-doses-discarded = 被丢弃的剂量
stats-seconds = { $seconds } 秒
stats-not-finished = 未结束
stats-per-station = 各接种站
stats-station = 接种站
stats-boxes = 箱数
stats-failures = 失败
stats-doses = 剂量
stats-box-open = 开箱时间
stats-percent = { $percent }%
stats-summary = 每个接种站的箱数：{ $least } 到 { $most }；平均开箱时间占比 { $percent }%。
stats-invariant-broken = 不变量被破坏：
