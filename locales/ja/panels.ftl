# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written in every language: code (await, asyncio.wait,
# FuturesUnordered, JoinHandle, Task, Ok, Err, Pending, Ready), the
# policies' constants (FIRST_COMPLETED, ALL_COMPLETED) and asyncio's class
# names (TaskGroup, Semaphore, Queue).
#
# Station and box numbers ($station, $box_no, $shot, $wait) come already
# written as text. Every other number comes as a number (seconds with two
# decimals, percentages with one, counts whole; never grouped).

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = （{ $definition }）
panels-list-separator = 、

## The executor view.

executor-title = { -executor }
# $awaits, $timer, $polls: the three terms below, put in the sentence.
executor-explain = すべての{ -task }は 1 つの{ -thread }上で、一度に 1 つずつ動きます。{ -task }はまだ準備のできていない Future を { $awaits }と、その Future に起こされるまで{ -thread }を手放します。スリープ中の{ -station }には何のコストもかかりません：{ -shot }が終わると{ $timer }がそれを起こし、{ -executor }がそれを{ $polls }。同じ時刻に期限を迎える{ -timer }は{ -executor }の同じ 1 ターンでまとめて発火し、それらが起こした{ -task }はすべて、その{ -task }たちがさらに起こす{ -task }よりも先に動きます。
executor-term-awaits = await する
    .title = Future にその値を求めます。準備ができていなければ、{ -task }は Future に起こされるまで{ -thread }を手放します。準備ができていれば値はすぐに返り、{ -task }はそのまま動き続けます。
executor-term-timer = { -timer }
    .title = { -timer-queue }の項目の 1 つ：期限が来ると、それを設定した{ -task }を起こします。
executor-term-polls = ポーリングします
    .title = { -task }を、再び待つ必要が生じる（Pending を返す）か完了する（Ready を返す）まで実行します。

## The supervisor's policy, one sentence each.

executor-policy-first = ポリシー FIRST_COMPLETED：{ -supervisor }は{ -awaited-set }全体を await し、いずれかの{ -task }が戻った時点で起床します。その時点までに戻ったすべての{ -task }（完了集合）を受け取って{ -station }の順に報告し、各{ -station }をすぐに再起動してから、再び{ -awaited-set }を await します。
executor-policy-all = ポリシー ALL_COMPLETED：{ -supervisor }は完了集合が届くたびに報告しますが、補充するのはバッチ全体が戻ってからです。そのため早く終わった{ -station }は空いたまま待つことになります。
executor-policy-queue = ポリシー 完了キュー：終わった{ -station }の{ -task }はそれぞれキューに入り（Python では完了コールバックが asyncio.Queue に入れ、Rust では{ -task }が結果をチャネルに送ります）、{ -supervisor }は終わった順に 1 つずつ取り出して、各{ -station }を再起動します。
executor-policy-article = ポリシー 記事のループ：{ -box }の数だけ FIRST_COMPLETED で待機し、{ -box }ではなく待機の回数を数えます。{ -box }が残っていなくても完了集合のすべての{ -task }を再起動し、ループが終わるとプログラムも終了します：asyncio.run が、まだ動いている{ -task }を{ -box }の途中でキャンセルします。
executor-policy-taskgroup = ポリシー TaskGroup + Semaphore：{ -box }ごとの{ -task }を最初にすべて作ります。セマフォは{ -station }の数だけ{ -task }を同時に動かし、各{ -task }は空いている最小番号の{ -station }を使います。各{ -task }は自分の{ -station }の失敗を捕捉して報告します：捕捉されない例外はグループ全体をキャンセルしてしまうからです。
executor-policy-workers = ポリシー ワーカー + Queue：{ -station }ごとに長く動き続ける{ -task }が 1 つあり、最初に満たしたキューが空になるまで{ -box }を取り出します。失敗は捕捉して次の{ -box }に進みます。
executor-queue-same = この実行では、FIRST_COMPLETED と同じ{ -shot }と同じ{ -box }が、同じ時刻に生じます。
executor-queue-differs = この実行では FIRST_COMPLETED と異なります：{ $same_end ->
        [yes] どちらも { $seconds } 秒で終わりますが、{ -box }が別の{ -station }に渡ります
       *[no] こちらは { $seconds } 秒、FIRST_COMPLETED は { $first_seconds } 秒で終わります
    }。

## A station that never awaits ($station: its number).

executor-blocking = { -station } { $station } は{ -thread }をブロックします：各{ -shot }を await せずに行うため、その{ -box }は毎回 1 回のポーリングで最初から最後まで動き、その間ほかの{ -task }は動きません。ほかの{ -station }の{ -timer }は期限を迎えても、{ -thread }が手放されるまで発火できません。手放されると、遅れてまとめて 1 ターンで発火します。この実行は asyncio の{ -event-loop }を 1 ターンずつ再現しており、テストで CPython と照合しています。
executor-share-none = この実行では、ほかの{ -station }は一度も{ -shot }できませんでした：{ -station } { $station } がすべての{ -box }を次々に受け取り、{ -thread }を一度も手放さなかったからです。
executor-share-exact = この実行で{ -station } { $station } は { $boxes } { -box }を終えました。そのどの 2 つの間でも、ほかの{ -station }の{ -shot }は毎回合計 { $shots } 回でした。
executor-share-range = この実行で{ -station } { $station } は { $boxes } { -box }を終えました。そのうち 2 つの間に、ほかの{ -station }が行った{ -shot }は合計 { $fewest }～{ $most } 回、平均 { $mean } 回でした。
executor-share-one-box = この実行で{ -station } { $station } が終えた{ -box }は 1 つだけでした。ほかの{ -station }の{ -shot }は、実行全体で { $shots } 回でした。

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set }
executor-awaited-count = （{ -task } { $count } 個、{ $kind }）
executor-awaited-kind-channel = チャネルに送る{ -task }
executor-awaited-kind-taskgroup = TaskGroup 内の{ -station }の{ -task }
executor-awaited-kind-workers = ワーカーが処理中の{ -box }
executor-awaited-kind-futures = FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = ほか { $count } 個
executor-awaited-empty = 空
executor-done-set = 最新の完了集合
executor-done-count = （{ $seconds } 秒に{ -task } { $count } 個）
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = { -supervisor }はまだ起床していません
executor-done-unreported = 戻りました。次に{ -supervisor }が報告します
executor-done-several = 1 つの完了集合に複数の{ -task }：それらの{ -timer }は{ -executor }の同じ 1 ターンでまとめて発火し、どの{ -task }も{ -supervisor }が起床する前に戻りました。asyncio.wait は、その時点で完了しているすべての{ -task }を返します。

## The timer queue.

executor-timers = { -timer-queue }（早い順）
executor-timer = { $seconds } 秒 → { -station } { $station } を起こす
executor-timers-empty = { -timer }なし

## The supervisor's wakes, one line each.

executor-wakes = { -supervisor }の起床（新しい順）
executor-reports = 各{ -task }が自ら報告した{ -box }（新しい順）
executor-wake-time = { $seconds } 秒
executor-wake-wait = ループの待機カウント { $wait }
executor-wake-ok = { -station } { $station } の{ -task }（{ -box } { $box_no }）が Ok を返しました
executor-wake-err = { -station } { $station } の{ -task }（{ -box } { $box_no }）が Err を返しました：{ $error }
executor-error-spoiled = { -box }の { $shot } 回目の{ -dose }が劣化
executor-error-broken = { $shot } 回目の{ -shot }中に手動で壊された
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = 未完了：{ $stations }
executor-pending-none = なし
executor-pending-more = ほか { $count } 個
executor-wake-pushed = 追加：{ $tasks }
executor-pushed-task = { -station } { $station }（{ -box } { $box_no }）
executor-wake-no-box = 新しい{ -box }はまだなし
executor-wake-depot-empty = 追加なし（{ -depot }が空）
executor-report-taskgroup-next = { -box }の{ -task }が{ -station } { $station } とその許可を解放し、次の{ -box }の{ -task }が空いている最小番号の{ -station }を使います
executor-report-taskgroup-last = { -box }が残っていないので、{ -station } { $station } は空いたままです
executor-report-workers-next = ワーカーがキューから次の{ -box }を取り出します
executor-report-workers-last = キューが空なので、ワーカーは戻ります

## The task inspector.

inspector-title = { -inspector }
inspector-too-many = { -inspector }が{ -task }を表示するのは、{ -station }が { $limit } か所までの実行です。
# $waiting, $scheduled, $running, $wakes: the four terms below.
inspector-explain = { $tasks ->
        [worker] 各{ -station }のワーカーが 1 つの{ -task }で、キューから{ -box }を次々に処理します。
       *[box] { -station }が処理する{ -box } 1 つごとに、{ -task }が 1 つあります。
    }{ -task }の状態は、スリープしている間は{ $waiting }、起こされると{ $scheduled }、{ -thread }がポーリングしている間は{ $running }です。{ $wakes }とポーリングの回数は、{ -station }のすべての{ -box }にわたって合計されます。{ -supervisor }の行は、扱った{ -box }の数を数えます。「{ -box }あり」は{ -station }が{ -box }を開けていたシミュレーション上の時間で（{ -shot }の合間にスリープしている{ -task }は{ -thread }に負担をかけません）、ポーリングに費やした時間ではありません。{ -box }のない{ -station }は、{ -supervisor }から{ -box }を渡されるまで空いています。
inspector-term-waiting = スリープ中
    .title = 何かに起こされるまで{ -thread }から離れています：{ -station }の{ -task }なら{ -shot }の{ -timer }で、{ -supervisor }なら await している{ -task }で起こされます。（{ -box }を開けていない{ -station }は「空き」で、スリープ中ではありません。）
inspector-term-scheduled = 実行待ち
    .title = 起こされて、先に起こされた{ -task }の後ろに並んでいます。{ -executor }が順番にポーリングします。
inspector-term-running = 実行中
    .title = ポーリング中：{ -thread }が実行している唯一の{ -task }です。
inspector-term-wakes = 起床
    .title = { -task }の waker の呼び出し：呼ばれるたびに、{ -executor }に再びポーリングするよう求めます。

## The table's columns; （秒） marks seconds.

inspector-column-task = { -task }
inspector-column-state = 状態
inspector-column-polls = ポーリング
inspector-column-wakes = 起床
inspector-column-boxes = { -box }
inspector-column-failures = 失敗
inspector-column-restarts = 再起動
inspector-column-box-open = { -box }あり（秒）
inspector-column-waiting = { -box }なし（秒）

## A task's state, as the State column shows it.

inspector-state-waiting = スリープ中
inspector-state-scheduled = 実行待ち
inspector-state-running = 実行中
inspector-state-done = 完了
inspector-state-failed = 失敗

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station }（{ -box } { $box_no }）
inspector-task-worker = { -station } { $station }（ワーカー）
inspector-task-box-task = { -station } { $station }（{ -box } { $box_no } の{ -task }）

## The tasks that finished last.

inspector-finished = 完了したばかり
inspector-finished-box = { -station } { $station }（{ -box } { $box_no }）：ポーリング { $polls } 回、起床 { $wakes } 回で完了
inspector-finished-worker = { -station } { $station } のワーカー：ポーリング { $polls } 回、起床 { $wakes } 回で完了
inspector-finished-box-task = { -box } { $box_no } の{ -task }：ポーリング { $polls } 回、起床 { $wakes } 回で完了
inspector-finished-none = まだ完了した{ -task }はありません

## The charts.

charts-title = グラフ
charts-time-axis = シミュレーション秒
# A tick of ten thousand or more, in thousands ("20k").
charts-tick-thousands = { $thousands }k
charts-station = { -station } { $station }

charts-doses-caption = { -shot }した{ -dose }の推移と、モデルが予想するペース（破線）
charts-doses =
    .aria-label = { $seconds } 秒後に{ -dose } { $total } 回分のうち { $given } 回分を{ -shot }。総所要時間の期待値は { $expected } 秒

charts-gantt-too-many = ガントチャートを表示するのは、{ -station }が { $limit } か所までの実行です。
charts-gantt-caption = { -station }ごとの{ -box }の推移。失敗した{ -box }は朱色で、縁が破線
charts-gantt-truncated = （最初の { $limit } { -box }）
charts-gantt =
    .aria-label = { -station } { $stations } か所、{ $boxes } { -box }のガントチャート
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }、{ -box } { $box_no }：{ $start }～{ $end } 秒
charts-gantt-bar-failed = { -station } { $station }、{ -box } { $box_no }：{ $start }～{ $end } 秒（失敗）

charts-utilisation-summary = 稼働率：{ -station } { $stations } か所で平均 { $mean }%、最低 { $least }%。
charts-utilisation-caption = 稼働率：経過時間のうち、各{ -station }が{ -box }を開けていた割合
charts-utilisation =
    .aria-label = { -station }ごとの稼働率
charts-percent = { $percent }%

## The policy comparison.

charts-comparison-too-large = ポリシーの比較の対象は、{ -dose }が { $limit } 回分までの実行です。
charts-comparison-caption = 同じシードでの{ -supervisor }の各ポリシー（実行全体をページ内で再生）
charts-comparison-policy = ポリシー
charts-comparison-makespan = 総所要時間
charts-comparison-busy = { -box }ありの時間
charts-comparison-boxes-opened = 開けた{ -box }
charts-comparison-doses-vanished = 消えた{ -dose }
charts-seconds = { $seconds } 秒

## The code view. The listings are code and stay as written.

code-title = コード
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = Rust はこのページにコンパイルされているソースです。Python は同じプログラムを asyncio で書いたもので、そのまま動くファイルであり、CPython 上でこのエンジンと照合されています。{ -task }が一時停止できるのは { $await } の地点だけで、それも await する対象の準備ができていない場合に限ります：{ $parked }ハイライトは最新のイベントから読み取っています。
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }。{ $supervisor }。
code-parked-stations = すべての{ -station }の{ -task }はスリープの地点で止まっています
code-parked-stations-blocking = { -station } { $station } 以外のすべての{ -station }の{ -task }はスリープの地点で止まっています（{ -station } { $station } は await しないので止まることがなく、{ -box }の間ずっと{ -thread }を握っています）
code-parked-supervisor-set = { -supervisor }は{ -awaited-set }を待つ地点で止まっています
code-parked-supervisor-queue = { -supervisor }はキューを読む地点で止まっています
code-parked-supervisor-semaphore = { -station }のない{ -box }の{ -task }はセマフォで止まっています
code-parked-supervisor-workers = { -supervisor }はワーカーを待つ地点で止まっています
code-resumed-station = 最後に再開：{ -station } { $station } の{ -task }（await の地点）。
code-resumed-supervisor = 最後に再開：{ -supervisor }（await の地点）。
code-resumed-none = まだ何も動いていません。
code-rust = Rust（このアプリ）
code-python = Python asyncio
code-show-python-first = Python を先に表示
code-show-rust-first = Rust を先に表示
code-whole-file = asyncio のファイル全体（ヘルパーを含む）
code-download = ファイルをダウンロード（python3 vaccination_lot.py で実行できます）
# A listing's accessible name.
code-listing =
    .aria-label =
        { $role ->
            [station] { -station }
           *[supervisor] { -supervisor }
        }の { $language ->
            [rust] Rust
           *[python] Python
        } コード

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] ここで待っている{ -station }の{ -task }はありません
       *[other] { -station }の{ -task } { $count } 個がここで待っています
    }
code-supervisor-waits = { -supervisor }はここで待っています
code-supervisor-returned = { -supervisor }は戻りました
code-mistake-counts-waits = { -box }ではなく待機を数えている
code-mistake-new-box = { -box }が残っていなくても新しい{ -box }を渡す
code-mistake-program-ends = プログラムが終了：{ -task }が{ -box }の途中でキャンセルされる
code-mistake-cancelled = { -box }の途中でキャンセルされる{ -task }

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = 双子の違い：{ $next } は出力を 1 つずつ返すので、Rust の{ -supervisor }は集合が pending になるまでポーリングして集合を空にし、戻ったすべての{ -task }を受け取ります。これが { $wait } の返す完了集合にあたります。Rust 側は起こされた Future だけをポーリングしますが、{ $wait } は呼び出しのたびにすべての{ -task }にコールバックを登録します。ここで { $handle } を破棄するとその{ -task }はキャンセルされます。asyncio の { $task } は破棄してもキャンセルされませんが、{ -event-loop }は弱い参照しか持たないため、誰も保持していない{ -task }は終わる前に消えることがあります：Python 版はすべてを保持しています。
code-real-time = このページの時計は仮想です：時間は{ -timer }から次の{ -timer }へと進み、すべての期限はマイクロ秒単位で守られ、遅れることはありません。実際の asyncio は 2 つの点で異なります。Linux ではセレクターが待ち時間をミリ秒単位に切り上げるため、期限の差が 1 ミリ秒未満の{ -timer }はしばしば同じ 1 ターンで発火し、{ $wait } は両方の{ -task }を 1 つの完了集合で返します：期限が 0.3 ms 違う 2 つの{ -task }で計測したところ、100 回中 82～85 回そうなりました。また、{ -event-loop }の各ターンには実時間がかかるため、1～100 ms の{ -shot } 100 回からなる{ -box }は約 2% 遅れて終わります。Python のファイルを単独で実行すると両方を確認できます。python/real_time.py がそれらを計測します。

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = 実際の CPython で動かすコード
python-intro = asyncio のコードを、WebAssembly にコンパイルされた実際の CPython でここで実行します。時計は仮想で、画面上の実行と同じ乱数と壊す操作を与えます。その後、ページが 2 つの実行をイベントごとに比較します。初回の実行では Python をダウンロードしますが、ページのほかの部分はそれを待ちません。
python-run = CPython で実行
