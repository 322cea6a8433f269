# The statistics beside the lot: the counters, the table per station and
# its summary for many stations.
#
# The clock and the whole counters are shown in plain digits in every
# language (tests read them); the other numbers arrive as numbers without
# thousands separators.

stats = 統計
stats-clock = 時計
# The unit after the clock's seconds.
stats-seconds-unit = 秒
stats-doses-given = { -shot }した{ -dose }
stats-doses-wasted = 無駄になった{ -dose }
stats-boxes-done = 完了した{ -box }
stats-boxes-failed = 失敗した{ -box }
stats-boxes-in-depot = { -depot }の{ -box }
stats-doses-per-minute = 1 分あたりの{ -dose }
stats-makespan = 総所要時間
stats-expected-makespan = 総所要時間（期待値）
stats-boxes-opened = 開けた{ -box }
stats-doses-unreported = 未報告の{ -dose }
stats-doses-discarded = 廃棄した{ -dose }
stats-seconds = { $seconds } 秒
stats-not-finished = 未終了
stats-per-station = { -station }ごと
stats-station = { -station }
stats-boxes = { -box }
stats-failures = 失敗
stats-doses = { -dose }
stats-box-open = { -box }あり
stats-percent = { $percent }%
stats-summary = { -station }あたりの{ -box }：{ $least }～{ $most }。{ -box }ありの時間の平均：{ $percent }%。
# Followed by the engine's own description of what went wrong.
stats-invariant-broken = 不変条件の違反：
