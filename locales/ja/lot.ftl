# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. (The stats beside the drawing are in stats.ftl.)
#
# Numbers arrive as numbers without thousands separators; $seconds is the
# simulated time with two decimals. Counters: か所 (stations), 箱 (boxes),
# 回分 (doses), 個 (tasks).

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot }：{ -station } { $stations } か所、{ -depot }に { $depot } { -box }、{ -dose } { $doses_given } 回分を{ -shot }済み
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { -station } { $stations } か所：作業中 { $working }、完了 { $boxes_done } { -box }、失敗 { $boxes_failed } { -box }

## The depot of boxes.

lot-depot-title = { -depot }
# Below the number of boxes left in the depot.
lot-depot-unit = { $count ->
       *[other] 残りの{ -box }
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot }：残り { $count } { -box }
# Boxes taken after the depot ran out (the article's loop restarts every
# task it finds done): shown beside a dashed box.
lot-depot-beyond = +{ $count } 超過

## A station: its name, its state, its tooltip. $state is what it is
## doing: idle, working, failed, done or cancelled.

lot-station-name = { -station } { $station }
# The state written in the station's booth (keep it short).
lot-station-state = { $state ->
        [idle] 空き
        [working] { -shot }中
        [failed] 失敗
        [done] 完了
       *[cancelled] キャンセル
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station } { $station }、{ $state_label }、{ -dose }残り { $remaining } 回分
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station } { $station }、{ $state ->
        [idle] 空き
        [working] 作業中
        [failed] 失敗
        [done] 完了
       *[cancelled] キャンセル
    }
# Beside a station whose task raised an error; $error is one of the
# log-error-* messages.
lot-failure-restarted = { $error }：再起動済み
lot-failure-restarting = { $error }：再起動予定
lot-failure-not-restarted = { $error }：再起動なし

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = ループは{ -box }の途中で終了
lot-finished-mid-box-detail = { -dose } { $doses_unreported } 回分が未報告、{ $doses_discarded } 回分を廃棄
# Every other run ends when every box is used.
lot-finished-all-used = すべての{ -box }を使用
lot-finished-all-used-detail = { -dose } { $doses_given } 回分を{ -shot }、{ $doses_wasted } 回分が無駄に
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }：{ $detail }。

## Below the drawing: how to break a station by hand.

lot-break-hint = 実験：作業中の{ -station }をクリックする（またはフォーカスして Enter キーを押す）と、その{ -task }をすぐに壊せます。{ -supervisor }はエラーを報告し、{ -box }に残った{ -dose }を無駄になった分として数え、その{ -station }を再起動します。再生やリンクでも同じように壊れます。

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = 準備完了。スペースキーで開始します。
lot-narration-running = 実行中。
lot-narration-paused = { $seconds } 秒で一時停止。
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count } { -box }が完了
lot-narration-failed = { -station } { $count } か所が失敗
lot-narration-done-and-failed = { $done }、{ $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $seconds } 秒で{ $changes }。{ -dose } { $doses_given } 回分を{ -shot }済み、{ -depot }の残りは { $depot } { -box }。
lot-narration-finished = { $seconds } 秒で終了：{ -dose } { $doses_given } 回分を{ -shot }、{ $doses_wasted } 回分が無駄に、{ $boxes_done } { -box }が完了、{ $boxes_failed } { -box }が失敗。
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = ループは { $tasks } 個の{ -task }を{ -box }の途中でキャンセルして終了しました：{ -dose } { $doses_unreported } 回分が未報告、{ $doses_discarded } 回分を廃棄。
# Two sentences, one after the other (no space in Japanese).
lot-narration-sentences = { $first }{ $second }

## The one thread, under the lot: who holds it at the latest event, who waits for it, and who held it last.

thread-title = 唯一の{ -thread }
# A working station's booth, when the run records its thread: its task holds it, sleeps until its next shot, or waits in the ready queue.
lot-station-on-thread = { -thread }上
lot-station-asleep = スリープ中
lot-station-ready = 実行待ち
thread-running-label = { -thread }上：
thread-loop = { -event-loop }（次の{ -timer }を待っています）
thread-ready-label = { -ready-queue }（先頭から実行）：
thread-ready-empty = 空：すべての{ -task }がスリープ中か完了
thread-ready-more = ほか { $count } 個
thread-turns-label = 最近のターン：
thread-task-supervisor = { -supervisor }
thread-task-box = { -box } { $box_no } の{ -task }
thread-task-callback = コールバック
# A station's short label in the strip of turns (3番: station 3).
thread-task-station-short = { $station }番
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } 秒
thread-turn-detail = ポーリング { $polls } 回、イベント { $events } 件
