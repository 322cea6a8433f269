# The event log: its lines (one message per kind of event) and its controls.
#
# Variables of the lines: $station (a station's number), $box_no (a box's
# number), $seconds (the simulated time, already with two decimals), and
# counts of doses, boxes, stations, waits and tasks. Numbers arrive as
# numbers without thousands separators. $error is an error's text, one of
# the log-error-* messages below.

## Controls.

log-panel = ログ
    .aria-label = イベントログ
log-lines =
    .aria-label = イベントログの行
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = 全 { $total } 行のうち最後の { $kept } 行を表示しています。ダウンロードにはすべての行が含まれます。
# $error: what the browser said (may be English or technical).
log-download-failed = ダウンロードに失敗しました：{ $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = ダウンロードにすべての{ -shot }と起床を含める
log-download-text = .txt をダウンロード
log-download-csv = .csv をダウンロード
log-download-trace = トレースをダウンロード
    .title = ここまでの実行を Chrome のトレースとして保存します。ui.perfetto.dev または chrome://tracing で開けます

## Why a station's task raised an error (shown inside the lines below,
## and beside a broken station in the drawing). $shot counts from 1 within
## the box.

log-error-spoiled = { -box }の { $shot } 回目の{ -dose }が劣化
log-error-broken = { $shot } 回目の{ -shot }中に手動で壊された

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station } { $station } が{ -box } { $box_no }（{ -dose } { $doses } 回分）を { $seconds } 秒に開封。{ -depot }の残りは { $depot_left } { -box }
# One shot (shown only in downloads with every shot).
log-shot = { -station } { $station } が { $seconds } 秒に{ -box } { $box_no } から{ -shot }。残り { $doses_left } 回分
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting is "yes" when a new box
# follows, "no" when the depot has none left for it.
log-box-done = ワクチン{ -box } { $box_no } が完了！{ -station } { $station } で { $doses_given } 人に{ -shot }、時刻は { $seconds } 秒（完了 { $boxes_done } { -box }）。{ $restarting ->
        [yes] 次の{ -box }に取りかかります。
       *[no] この{ -station }に回す{ -box }は残っていません。
    }
# The same under the article's loop, whose print line shows its wait
# counter $wait (from 0) as the box's number; the real box follows in
# brackets.
log-box-done-wait = ワクチン{ -box } { $wait } が完了！{ $doses_given } 人に{ -shot }、時刻は { $seconds } 秒。次の{ -box }に取りかかります。［待機 { $wait }：{ -station } { $station } の{ -box } { $box_no }］
# A station's task raised an error; the doses left in its box are wasted.
# $restarting as for log-box-done.
log-station-failed = { -station } { $station } が { $seconds } 秒に失敗：{ $error }。{ -box } { $box_no } の{ -dose } { $doses_wasted } 回分が無駄に。{ $restarting ->
        [yes] 新しい{ -box }で{ -station }を再起動します。
       *[no] { -depot }が空のため、再起動しません。
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = { -station } { $station } の{ -task }で { $seconds } 秒に例外が発生：{ $error }。{ -box } { $box_no } の{ -dose } { $doses_wasted } 回分が無駄に。新しい{ -box }で再起動します。［待機 { $wait }］
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set)
log-wake = { -supervisor }が { $seconds } 秒に起床。完了した{ -task }は { $done } 個
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = { $seconds } 秒に{ -depot }が空に。まだ作業中の{ -station } { $still_working } か所を待っています
# The article's loop made its last wait: asyncio.run (code, keep it)
# cancels the tasks still running.
log-loop-ended = ループは { $seconds } 秒に { $waits } 回の待機を終え、プログラムが終了します：asyncio.run がまだ動いている{ -task } { $cancelling } 個をキャンセルします
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = { -station } { $station } の{ -task }は、{ -box } { $box_no } の最初の{ -shot }の前、{ $seconds } 秒にキャンセルされました：{ -dose } { $doses_discarded } 回分を廃棄
# A task cancelled in the middle of its box: the shots it gave were never
# reported, the rest of the box is thrown away.
log-cancelled = { -station } { $station } の{ -task }は、{ -box } { $box_no } の途中、{ $seconds } 秒にキャンセルされました：{ -dose } { $doses_unreported } 回分は{ -shot }済みで未報告、{ $doses_discarded } 回分を廃棄
# A box whose task returned and which a learner's program never reported:
# its doses are lost to the count (the engine's supervisors never do this).
log-box-unreported = { -station } { $station } の{ -box } { $box_no } は { $seconds } 秒に失われました：{ -task }は戻りましたが、プログラムが報告しませんでした。{ -dose } { $doses_given } 回分は{ -shot }済みで未報告、{ $doses_wasted } 回分が無駄に
# Every task has returned.
log-finished = { $seconds } 秒で終了：{ $boxes_done } { -box }が完了、{ $boxes_failed } { -box }が失敗。{ -dose } { $doses_given } 回分を{ -shot }、{ $doses_wasted } 回分が無駄に
