# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals.

## The drawing as a whole.

lot-drawing =
    .aria-label = 停车场：{ $stations } 个接种站，仓库中有 { $depot } 箱，已接种 { $doses_given } 剂
lot-canvas =
    .aria-label = { $stations } 个接种站：{ $working } 个正在工作，完成 { $boxes_done } 箱，失败 { $boxes_failed } 箱

## The depot of boxes.

lot-depot-title = 仓库
lot-depot-unit = 箱剩余
lot-depot =
    .aria-label = 仓库：剩余 { $count } 箱
lot-depot-beyond = +{ $count } 箱（库外）

## A station: its name, its state, its tooltip.

lot-station-name = { $station } 号接种站
lot-station-state = { $state ->
        [idle] 等待中
        [working] 正在接种
        [failed] 已失败
        [done] 已完成
       *[cancelled] 已取消
    }
lot-station-booth-title = { $station } 号接种站，{ $state_label }，剩余 { $remaining } 剂
lot-station-tile-title = { $station } 号接种站，{ $state ->
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

lot-finished-mid-box = 循环在箱子用到一半时结束
lot-finished-mid-box-detail = { $doses_unreported } 剂从未报告，{ $doses_discarded } 剂被丢弃
lot-finished-all-used = 所有箱子都已用完
lot-finished-all-used-detail = 接种 { $doses_given } 剂，浪费 { $doses_wasted } 剂
lot-finished-note = { $title }：{ $detail }。

## Below the drawing: how to break a station by hand.

lot-break-hint = 试一试：点击一个正在工作的接种站（或让它获得焦点后按 Enter 键），立即弄坏它的任务。监督者会报告这个错误，把箱中剩余的剂量计为浪费，并重启该接种站。回放和链接会重现这次故障。

## The narration, announced to screen readers.

lot-narration-ready = 准备就绪。按空格键开始。
lot-narration-running = 运行中。
lot-narration-paused = 已在 { $seconds } 秒处暂停。
lot-narration-done = 完成 { $count } 箱
lot-narration-failed = { $count } 个接种站失败
lot-narration-done-and-failed = { $done }，{ $failed }
lot-narration-progress = { $seconds } 秒时{ $changes }；已接种 { $doses_given } 剂，仓库中还剩 { $depot } 箱。
lot-narration-finished = 在 { $seconds } 秒时结束：接种 { $doses_given } 剂，浪费 { $doses_wasted } 剂，完成 { $boxes_done } 箱，失败 { $boxes_failed } 箱。
lot-narration-cancelled = 循环结束时有 { $tasks } 个任务在箱子用到一半时被取消：{ $doses_unreported } 剂从未报告，{ $doses_discarded } 剂被丢弃。
lot-narration-sentences = { $first }{ $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = 唯一的线程
lot-station-on-thread = 正占用线程
lot-station-asleep = 休眠中
lot-station-ready = 就绪，排队中
thread-running-label = 正占用线程：
thread-loop = 事件循环，正在等待下一个定时器
thread-ready-label = 就绪队列（队首的先运行）：
thread-ready-empty = 空：每个任务都在休眠或已完成
thread-ready-more = 另有 { $count } 个
thread-turns-label = 最近轮到的：
thread-task-supervisor = 监督者
thread-task-box = 第 { $box_no } 箱的任务
thread-task-callback = 一个回调
thread-task-station-short = 站{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } 秒
thread-turn-detail = { $polls } 次轮询，{ $events } 个事件
