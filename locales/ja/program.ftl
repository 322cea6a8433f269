### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = CPython で記録したあなたの{ -supervisor }です：{ -awaited-set }と起床は、asyncio.wait の呼び出しから読み取っています。
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = あなたの{ -supervisor }が待つ{ -task }
# The task inspector while a program plays.
own-inspector-note = あなたの{ -supervisor }の{ -task }は CPython で動きました：下の{ -box }と時間はその実行から読み取ったものです。ポーリングと起床は、このページ自身の{ -executor }でのみ数えます。
executor-program-timers = 記録した実行には{ -timer-queue }がありません：各{ -task }が何を await しているかは、asyncio 自身の表示で確認できます。
# The Python view: the learner's own supervisor.
own-title = 自分の{ -supervisor }
own-intro = 下の{ -supervisor }を書き換えて、画面上の実行と同じ{ -station }と乱数で、実際の CPython で動かしてみましょう。ページはその実行をほかの実行と同じように再生し、すべての{ -dose }を数えます。
own-editor-label = あなたの{ -supervisor }（Python）
own-editor-failed = コードエディターを読み込めませんでした（{ $reason }）。代わりに通常のテキスト入力欄を使います。
own-run = 自分のコードを実行
own-reset = 記事のループからやり直す
own-failed = プログラムを実行できませんでした：{ $error }
own-too-large = この実行はプログラムには大きすぎます：すべての{ -station }と{ -box }の乱数を合わせると{ -shot } { $shots } 回分になりますが、渡せるのは最大 { $limit } 回分です。{ -station }、{ -box }、{ -dose }のいずれかを減らしてください。
own-raised = プログラムは例外で終了しました：{ $error }
own-summary = あなたの{ -supervisor }の実行：イベント { $events } 件。{ -shot }した { $given } 回分のうち、報告された{ -dose }は { $reported } 回分、失われた{ -dose }は { $lost } 回分です。
own-lost-cancelled = { -station } { $station }、{ -box } { $box_no }：プログラムの終了時にまだ動いていたため、asyncio.run がキャンセルしました。{ -dose } { $unreported } 回分は{ -shot }済みで未報告、{ $thrown_away } 回分を廃棄
own-lost-unreported = { -station } { $station }、{ -box } { $box_no }：{ -task }は戻りましたが、プログラムが報告しませんでした。{ -dose } { $unreported } 回分は{ -shot }済みで未報告、{ $thrown_away } 回分が無駄に
own-pending-at-exit = プログラムの終了時に、{ -task } { $tasks } 個がまだ保留中で、{ -dose } { $doses } 回分を抱えていました。
own-never-retrieved = { $task } は { $error } を送出しましたが、その例外は誰にも取り出されませんでした。
own-never-awaited = { $task } は作られましたが、一度も await されませんでした：誰もそれを待たず、結果も求めませんでした。
own-blocked = ブロッキング呼び出し（time.sleep）{ $calls } 回が、合計 { $seconds } 秒間{ -event-loop }を占有しました：その間、ほかの{ -task }は動きませんでした。
own-beyond-depot = { -depot }の { $depot } { -box }を超えて、{ $boxes } { -box }が開けられました。
own-left-in-depot = { $boxes } { -box }が{ -depot }から一度も取り出されませんでした。
own-play = 自分の実行を再生
own-engine-differs = 同じ乱数でのエンジンの { $policy }：イベント { $index } で初めて食い違います
own-engine-same = 同じ乱数でのエンジンの { $policy }：イベントごとにまったく同じ実行です
own-output = プログラムの出力
# In a lesson, until the step's prediction is made.
own-concealed = CPython での実行は終わっています。レッスンの問題に答えると、ここに結果が表示されます。
own-listing-not-compared = このコードはエンジンの実行と比較するためのものです：ここで動かすには、エンジンの実行を開いてください。
# A program shared in a link (#py=…).
own-open = 自分の{ -supervisor }を書く
own-linked = このプログラムはリンクに含まれていたものです。「{ own-run }」を押したときだけ実行されます。
own-link = 自分のプログラムへのリンク
own-link-made = このリンクをコピーしてください：エディターにあなたのプログラムが入った状態で、まだ実行せずにページが開きます。
own-link-too-long = プログラムが長すぎてリンクにできません：リンクに入れられるのは最大 { $limit } KB です。
own-link-not-base64 = リンク内のプログラム（#py=…）が { $encoding } のテキストではありません：{ $detail }。
own-link-not-utf8 = リンク内のプログラム（#py=…）が UTF-8 のテキストではありません。

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = この実行を CPython で実行
python-loading = Python を読み込み中：{ $loaded } / { $total } MB
python-starting = Python を起動中…
python-running = CPython がコードを実行中…
python-agrees = CPython { $version } と一致：{ $events } 件中 { $events } 件のイベントが同じマイクロ秒に起きました。
python-differs = CPython { $version } はイベント { $index } で初めてエンジンと食い違いました。
python-differs-engine = エンジン：
python-differs-cpython = CPython：
python-show-difference = イベント { $index } を表示
python-failed = CPython { $version } はこの実行でコードを実行できませんでした：{ $error }
python-too-large = CPython に渡せるのは{ -dose }が { $limit } 回分までの実行です。この実行は { $doses } 回分です。
python-offline = Python の表示を使うには、ページを Web アドレスから開く必要があります。ファイルから開くと、ブラウザーが Python の読み込みを許可しません。
python-load-failed = Python を読み込めませんでした（{ $reason }）。ページのほかの部分はこれまでどおり動きます。
python-tree = イベント { $event } で asyncio から見えるもの
python-tree-title = イベント { $event } での asyncio 自身の表示
python-tree-explain = CPython でコードをこのイベントまで実行して止めたものです：asyncio.capture_call_graph が返す{ -task }で、python -m asyncio pstree が表示するのと同じグラフです。各{ -task }は自分を await している{ -task }の下に置かれ、停止中の関数が外側から順に並びます。
python-tree-station-task = { $task }：{ -station } { $station }、{ -box } { $box_no }
python-tree-running = { $task }（実行中）
python-tree-failed = asyncio の表示を取得できませんでした：{ $error }
python-tree-more = …ほか { $count } 個の{ -task }
python-stopped = CPython が { $seconds } 秒以内に応答しなかったため、そのワーカーを停止しました：時間制限で Python のコードが止まるのは{ -event-loop }の次のターンであり、1 回の C 呼び出しの中の長い計算は止められません。もう一度実行すると Python が再起動します。
