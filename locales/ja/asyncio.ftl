# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

# $awaits, $timer, $polls: the three terms below, put in the sentence.
executor-explain-asyncio = すべての{ -task }は 1 つの{ -thread }上で、一度に 1 つずつ動きます：{ -event-loop }は{ -ready-queue }の先頭の{ -task }を取り出し、そのコルーチンを、まだ完了していないものを { $awaits }まで実行します。そこで{ -task }は{ -thread }を返します。スリープ中の{ -station }には何のコストもかかりません：{ -shot }が終わると{ $timer }がスリープを終わらせ、完了コールバックが{ -task }を{ -ready-queue }に戻し、{ -event-loop }がその{ -task }を{ $polls }。同じ時刻に期限を迎える{ -timer }は{ -event-loop }の同じ 1 ターンでまとめて発火し、それらが起こした{ -task }はすべて、その{ -task }たちがさらに起こす{ -task }よりも先に動きます。
executor-term-awaits-asyncio = await する
    .title = awaitable が完了するまでコルーチンを中断します。まだ完了していなければ、{ -task }は{ -thread }を{ -event-loop }に返します。完了すると、完了コールバックが{ -task }を{ -ready-queue }に戻します。
executor-term-timer-asyncio = { -timer }
    .title = { -event-loop }が持つ、予定されたコールバックのヒープの項目（loop.call_later）：期限が来ると、スリープの Future を完了させます。
executor-term-polls-asyncio = 次のステップまで実行します
    .title = { -task }のコルーチンを await した地点から再開し、まだ完了していない次の await か、return まで実行します（asyncio の Task.__step）。
executor-wake-ok-asyncio = { -station } { $station } の{ -task }（{ -box } { $box_no }）がカウントを返しました
executor-wake-err-asyncio = { -station } { $station } の{ -task }（{ -box } { $box_no }）が例外を送出しました：{ $error }
# $waiting, $scheduled, $running, $wakes: the terms (inspector-term-waiting
# in panels.ftl, the three below).
inspector-explain-asyncio = { $tasks ->
        [worker] 各{ -station }のワーカーが 1 つの Task で、キューから{ -box }を次々に処理します。
       *[box] { -station }が処理する{ -box } 1 つごとに、Task が 1 つあります。
    }Task の状態は、コルーチンがスリープしている間は{ $waiting }、完了コールバックに戻されてからは{ $scheduled }、{ -event-loop }がコルーチンを実行している間は{ $running }です。{ $wakes }とステップの回数は、{ -station }のすべての{ -box }にわたって合計されます。{ -supervisor }の行は、扱った{ -box }の数を数えます。「{ -box }あり」は{ -station }が{ -box }を開けていたシミュレーション上の時間で（{ -shot }の合間にスリープしている Task は{ -thread }に負担をかけません）、実行に費やした時間ではありません。{ -box }のない{ -station }は、{ -supervisor }から{ -box }を渡されるまで空いています。
inspector-term-scheduled-asyncio = { -ready-queue }内
    .title = 実行可能：{ -event-loop }は{ -ready-queue }を先頭から、Task のステップを 1 回ずつ実行します。
inspector-term-running-asyncio = 実行中
    .title = { -event-loop }がいまコルーチンを実行している、唯一の Task です。
inspector-term-wakes-asyncio = 起床
    .title = Task が{ -ready-queue }に戻された回数（このページでは、Rust の双子の waker で数えています）。
