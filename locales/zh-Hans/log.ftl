# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators, so plural forms work. $error is an
# error's text, one of the log-error-* messages below.

## Controls.

log-panel = 日志
    .aria-label = 事件日志
log-lines =
    .aria-label = 事件日志条目
log-kept-note = 仅显示 { $total } 行中的最后 { $kept } 行；下载的文件包含全部内容。
log-download-failed = 下载失败：{ $error }
log-every-shot = 下载内容包含每一{ -shot }和每一次唤醒
log-download-text = 下载 .txt
log-download-csv = 下载 .csv
log-download-trace = 下载跟踪文件
    .title = 到目前为止的运行过程，保存为 Chrome 跟踪文件：可在 ui.perfetto.dev 或 chrome://tracing 中打开

## Why a station's task raised an error.

log-error-spoiled = 这{ -box }的第 { $shot } { -dose }疫苗已变质
log-error-broken = 在第 { $shot } { -shot }时被手动弄坏

## The lines, one per event.

log-box-opened = { $station } 号{ -station }在 { $seconds } 秒时打开了第 { $box_no } { -box }（{ $doses } { -dose }）；{ -depot }中还剩 { $depot_left } { -box }
log-shot = { $station } 号{ -station }在 { $seconds } 秒时从第 { $box_no } { -box }中打了一{ -shot }；还剩 { $doses_left } { -dose }
log-box-done = 第 { $box_no } { -box }疫苗用完了！已在 { $station } 号{ -station }接种 { $doses_given } 人，时间是 { $seconds } 秒（已完成 { $boxes_done } { -box }）。{ $restarting ->
        [yes] 开始处理下一{ -box }。
       *[no] 这个{ -station }没有剩余的{ -box }了。
    }
log-box-done-wait = 第 { $wait } { -box }疫苗用完了！已接种 { $doses_given } 人，时间是 { $seconds } 秒。开始处理下一{ -box }。[第 { $wait } 次等待：第 { $box_no } { -box }，位于 { $station } 号{ -station }]
log-station-failed = { $station } 号{ -station }在 { $seconds } 秒时失败：{ $error }；第 { $box_no } { -box }浪费了 { $doses_wasted } { -dose }。{ $restarting ->
        [yes] 用一{ -box }新疫苗重启该{ -station }。
       *[no] { -depot }已空，因此不再重启。
    }
log-station-failed-wait = { $station } 号{ -station }的{ -task }在 { $seconds } 秒时抛出了异常：{ $error }；第 { $box_no } { -box }浪费了 { $doses_wasted } { -dose }。用一{ -box }新疫苗重启该{ -task }。[第 { $wait } 次等待]
log-wake = { -supervisor }在 { $seconds } 秒时醒来，已完成 { $done } 个{ -task }
log-depot-empty = { -depot }在 { $seconds } 秒时已空；正在等待仍在工作的 { $still_working } 个{ -station }
log-loop-ended = 循环在 { $seconds } 秒时完成了全部 { $waits } 次等待，程序结束：asyncio.run 取消仍在运行的 { $cancelling } 个{ -task }
log-cancelled-unstarted = { $station } 号{ -station }的{ -task }在 { $seconds } 秒时被取消，尚未从第 { $box_no } { -box }打第一{ -shot }：丢弃 { $doses_discarded } { -dose }
log-cancelled = { $station } 号{ -station }的{ -task }在 { $seconds } 秒时被取消，第 { $box_no } { -box }正用到一半：已接种但从未报告 { $doses_unreported } { -dose }，丢弃 { $doses_discarded } { -dose }
log-box-unreported = { $station } 号{ -station }的第 { $box_no } { -box }在 { $seconds } 秒时丢失：它的{ -task }已结束，程序却从未报告它；已接种但从未报告 { $doses_given } { -dose }，浪费 { $doses_wasted } { -dose }
log-finished = 在 { $seconds } 秒时结束：完成 { $boxes_done } { -box }，失败 { $boxes_failed } { -box }；接种 { $doses_given } { -dose }，浪费 { $doses_wasted } { -dose }
