# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = { -lot }：{ $stations } 个{ -station }，{ -depot }中有 { $depot } { -box }，已接种 { $doses_given } { -dose }
lot-canvas =
    .aria-label = { $stations } 个{ -station }：{ $working } 个正在工作，完成 { $boxes_done } { -box }，失败 { $boxes_failed } { -box }

## The depot of boxes.

lot-depot-title = { -depot }
lot-depot-unit = { -box }剩余
lot-depot =
    .aria-label = { -depot }：剩余 { $count } { -box }
lot-depot-beyond = +{ $count } { -box }（{ -depot }之外）

## A station: its name, its state, its tooltip.

lot-station-name = { $station } 号{ -station }
lot-station-state = { $state ->
        [idle] 空闲
        [working] 正在接种
        [failed] 已失败
        [done] 已完成
       *[cancelled] 已取消
    }
lot-station-booth-title = { $station } 号{ -station }，{ $state_label }，剩余 { $remaining } { -dose }
lot-station-tile-title = { $station } 号{ -station }，{ $state ->
        [idle] 空闲
        [working] 工作中
        [failed] 已失败
        [done] 已完成
       *[cancelled] 已取消
    }
lot-failure-restarted = { $error }：已重启
lot-failure-restarting = { $error }：将重启
lot-failure-not-restarted = { $error }：未重启

## The banner at the end of a run.

lot-finished-mid-box = 循环在一{ -box }用到一半时结束
lot-finished-mid-box-detail = { $doses_unreported } { -dose }从未报告，{ $doses_discarded } { -dose }被丢弃
lot-finished-all-used = 所有{ -box }都已用完
lot-finished-all-used-detail = 接种 { $doses_given } { -dose }，浪费 { $doses_wasted } { -dose }
lot-finished-note = { $title }：{ $detail }。

## Below the drawing: how to break a station by hand.

lot-break-hint = 试一试：点击一个正在工作的{ -station }（或让它获得焦点后按 Enter 键），立即弄坏它的{ -task }。{ -supervisor }会报告这个错误，把{ -box }中剩余的{ -dose }数计为浪费，并重启该{ -station }。回放和链接会重复这次弄坏操作。

## The narration, announced to screen readers.

lot-narration-ready = 准备就绪。按空格键开始。
lot-narration-running = 运行中。
lot-narration-paused = 已在 { $seconds } 秒处暂停。
lot-narration-done = 完成 { $count } { -box }
lot-narration-failed = { $count } 个{ -station }失败
lot-narration-done-and-failed = { $done }，{ $failed }
lot-narration-progress = { $seconds } 秒时{ $changes }；已接种 { $doses_given } { -dose }，{ -depot }中还剩 { $depot } { -box }。
lot-narration-finished = 在 { $seconds } 秒时结束：接种 { $doses_given } { -dose }，浪费 { $doses_wasted } { -dose }，完成 { $boxes_done } { -box }，失败 { $boxes_failed } { -box }。
lot-narration-cancelled = 循环结束时有 { $tasks } 个{ -task }在一{ -box }用到一半时被取消：{ $doses_unreported } { -dose }从未报告，{ $doses_discarded } { -dose }被丢弃。
lot-narration-sentences = { $first }{ $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = 唯一的{ -thread }
lot-station-on-thread = 正占用{ -thread }
lot-station-asleep = 休眠中
lot-station-ready = 就绪，排队中
thread-running-label = 正占用{ -thread }：
thread-loop = { -event-loop }，正在等待下一个{ -timer }
thread-ready-label = { -ready-queue }（队首的先运行）：
thread-ready-empty = 空：每个{ -task }都在休眠或已完成
thread-ready-more = 另有 { $count } 个
thread-turns-label = 最近轮到的：
thread-task-supervisor = { -supervisor }
thread-task-box = 第 { $box_no } { -box }的{ -task }
thread-task-callback = 一个回调
thread-task-station-short = 站{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } 秒
thread-turn-detail = { $polls } 次轮询，{ $events } 个事件
