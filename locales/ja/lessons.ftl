# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file. See locales/en/lessons.ftl for what each message is.
#
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await, the
# names of code, JSON paths, the names lesson files use, and what the
# program prints ("vaccine box"). The lessons speak to the learner in the
# polite style (です・ます).

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = 、
lesson-doses = { -dose } { $count } 回分

## The lessons menu

lessons-menu-title = レッスン
lessons-menu-intro = 各レッスンでは、実行のいくつかの瞬間を順にたどります。予想を求めるステップでは、答えが出る瞬間まで実行が進みます：答えは、目の前の実行から導かれます。
lessons-menu-steps = { $steps } ステップ
lessons-menu-write = レッスンを作る…
lessons-menu-teachers = 先生方へ：どの実行からでも瞬間を選び、テキストと問題を加えて、レッスンをリンクとして共有できます。

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = ステップ { $number }/{ $steps }
# Read out by screen readers at each new step: the position, then the
# step's own text ($text, in the lesson's language).
lesson-step-announce = ステップ { $number }/{ $steps }。{ $text }
# Points at the region of the page a step is about, in bold. Each names
# the region as its heading on screen does.
lesson-look-at-lot = { -lot }を見てください。
lesson-look-at-executor = { -executor }を見てください。
lesson-look-at-inspector = { -inspector }を見てください。
lesson-look-at-charts = グラフを見てください。
lesson-look-at-code = コードを見てください。
lesson-look-at-log = ログを見てください。
lesson-look-at-stats = 統計を見てください。
# The regions in the editor's menu.
lesson-focus-lot = { -lot }
lesson-focus-executor = { -executor }
lesson-focus-inspector = { -inspector }
lesson-focus-charts = グラフ
lesson-focus-code = コード
lesson-focus-log = ログ
lesson-focus-stats = 統計
lesson-nav =
    .aria-label = レッスンのステップ
lesson-previous = ◀ 前へ
    .title = 前のステップ（Page Up）
lesson-next = 次へ ▶
    .title = 次のステップ（Page Down）
lesson-exit = レッスンを終了
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = このステップの問題は出題できません：{ $problem }。

## A prediction

# Before the question, in bold.
lesson-predict = 予想：
lesson-playing-forward = 答えが出るところまで実行を進めています…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = Python の表示で、CPython がこのステップのプログラムを実行しています。問題はその後に出ます。
lesson-cpython-on-run = Python の表示で「{ own-run }」を押してください：CPython がこのステップのプログラムを実行し、続いて問題が出ます。
lesson-cpython-failed = CPython はこのステップのプログラムを実行できませんでした：{ $reason }
lesson-right = 正解です。
# Beside the right choice once a wrong one was picked (the arrow points
# at the choice: after it in the reading direction).
lesson-the-answer = ← 答え
# $answer is the right choice's text.
lesson-not-quite = 惜しいです。答えは「{ $answer }」です。
# The button that passes over a step's prediction without answering.
lesson-skip = この予想をスキップ
    .title = 予想せずに先へ進みます。まとめにはスキップとして記録されます
# Shown under a prediction skipped earlier.
lesson-skipped = この予想はスキップしました。今からでも答えられます。

## An exercise: a step's goal, checked on the learner's own run

# Before the goal, in bold; then one of lesson-goal-met, -not-met,
# -pending, in bold, before why.
lesson-goal-title = 目標：
lesson-goal-met = 達成。
lesson-goal-not-met = 未達成。
lesson-goal-pending = 未確認。
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = あなたの{ -supervisor }が{ -depot }のすべての{ -box }（{ $boxes } { -box }）を報告し、{ -dose }を 1 回分も失わないこと。
lesson-goal-cooperates = あなたの{ -supervisor }がブロッキング呼び出しで{ -thread }を占有せず、{ -dose }を 1 回分も失わないこと。
lesson-goal-makespan = { -depot }の { $boxes } { -box }（1 { -box }あたり { $capacity } 回分）を、シミュレーション時間 { $seconds } 秒以内に終えること。
lesson-goal-run-mine = Python の表示で「{ own-run }」を押してください：CPython がこの実行であなたのプログラムを動かし、その結果で目標を確認します。
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = あなたのプログラムは最後まで実行されませんでした：{ $reason }
# $problems lists lesson-goal-blocked, lesson-goal-lost,
# lesson-goal-pending-tasks, lesson-goal-beyond-depot and
# lesson-goal-left-in-depot.
lesson-goal-program-problems = CPython でのあなたのプログラムの実行：{ $problems }。
# $doses is lesson-doses.
lesson-goal-lost = { $boxes } { -box }で{ $doses }を失った
lesson-goal-pending-tasks = 戻った時点で{ -task } { $tasks } 個がまだ動いていた
lesson-goal-beyond-depot = { -depot }の { $depot } { -box }を超えて { $boxes } { -box }を開けた
lesson-goal-left-in-depot = { $boxes } { -box }が{ -depot }に残った
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = { $line } 行目が{ -thread }を { $calls } 回、合計 { $seconds } 秒占有した
lesson-goal-blocked-elsewhere = あなたのコード以外のブロッキング呼び出しが{ -thread }を { $calls } 回、合計 { $seconds } 秒占有した
# $doses is lesson-doses.
lesson-goal-reported-all = CPython でのあなたのプログラムの実行は、{ $boxes } { -box }すべて（{ $doses }）を報告し、何も失いませんでした。
lesson-goal-never-blocked = CPython でのあなたのプログラムの実行は、一度も{ -thread }を占有せず、{ $boxes } { -box }すべて（{ $doses }）を報告し、何も失いませんでした。
lesson-goal-engine-same = 同じ乱数でのエンジンの FIRST_COMPLETED は、イベントごとにまったく同じ実行です。
lesson-goal-engine-differs = 同じ乱数でのエンジンの FIRST_COMPLETED は、イベント { $index } で食い違います。
lesson-goal-other-depot = 画面上の実行は { $boxes } { -box }（1 { -box }あたり { $capacity } 回分）で、このステップの { $step_boxes } { -box }（1 { -box }あたり { $step_capacity } 回分）ではありません：数えられるのは、このステップの{ -depot }での実行だけです。
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = 画面上の実行は { $time } 秒で終わり、目標まで { $spare } 秒の余裕がありました。
lesson-goal-finished-late = 画面上の実行は { $time } 秒で終わり、目標を { $over } 秒超えました。
lesson-goal-past = 画面上の実行は、まだ終えていない{ -box }を残したまま { $seconds } 秒を過ぎました。
lesson-goal-play = 画面上の実行を最後まで再生してください：終わった時点で目標を確認します。

## The summary on a lesson's last step

lesson-summary-title = あなたの予想
# $step: the step's number; $prompt: its question.
lesson-summary-step = ステップ { $step }：{ $prompt }
# $answer: the choice picked.
lesson-summary-right = あなたの答えは「{ $answer }」：正解です。
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = あなたの答えは「{ $answer }」、実行の結果は「{ $right }」でした。
lesson-summary-skipped = スキップしました。実行の結果は「{ $right }」でした。
lesson-summary-unanswered = 未回答です。実行の結果は「{ $right }」でした。
# $right of $asked predictions right (both numbers).
lesson-summary-score = 予想 { $asked } 問中 { $right } 問正解
# Above the lesson's own summary (lesson-<id>-summary for a built-in one).
lesson-summary-key-idea = 要点
# $title: the next built-in lesson's title.
lesson-next-lesson = 次のレッスン：{ $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = すべてのレッスン

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = レッスンを開けませんでした：
lesson-problems-dismiss = 閉じる
# $title is the lesson's title; $step counts from 1.
lesson-resume = おかえりなさい。レッスン「{ $title }」をステップ { $step } から続けますか？
lesson-resume-region =
    .aria-label = レッスンを続ける
lesson-resume-continue = 続ける
lesson-resume-decline = いいえ、結構です
# $id is the id asked for, quoted.
lesson-no-builtin = 組み込みレッスン { $id } はありません
lesson-kept-unreadable = 前回保存したレッスンが読み込めなくなっています

## The lesson editor

lesson-editor-heading = レッスンを作る
lesson-editor-explain = 実行をある瞬間まで進め（再生、ステップ、スクラブ、またはパラメーターの変更）、それをステップとして追加します。各ステップは正確にその瞬間から始まります。問題の答えは実行から導かれます。
lesson-editor-title = タイトル
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = 要点
lesson-editor-add = この瞬間をステップとして追加
lesson-editor-moment = （画面上の実行のイベント { $event }）
# $params is the step's run as a query string, shown as code.
lesson-editor-step = ステップ { $number }：{ $params } のイベント { $event }
lesson-editor-text = テキスト
lesson-editor-look = 注目する場所
lesson-editor-question = 問題
# The menus' first options: no region, no question.
lesson-editor-anywhere = 指定なし
lesson-editor-no-question = なし
lesson-editor-up =
    .aria-label = ステップ { $number } を上へ移動
lesson-editor-down =
    .aria-label = ステップ { $number } を下へ移動
lesson-editor-delete = 削除
    .aria-label = ステップ { $number } を削除
lesson-editor-needs = プレビューと共有には、まだ次のものが必要です：
lesson-editor-preview = レッスンをプレビュー
lesson-editor-link = リンク
lesson-editor-embed = 埋め込み
lesson-editor-close = エディターを閉じる

## Problems in a lesson file. Each is shown after its place in the file
## ($path, such as steps[2].focus). $found is the value given, quoted as
## written, or one of lesson-json-*.

lesson-problem-at = { $path }：{ $problem }
lesson-problems-more = ほか { $count } 件の問題
lesson-error-too-big = レッスンは { $bytes } バイトあります。受け付けられる JSON は最大 { $limit } バイトです
# $detail is the JSON reader's own message.
lesson-error-not-json = 有効な JSON ではありません（{ $detail }）
lesson-error-not-object = タイトルとステップを持つ JSON オブジェクトが必要です
lesson-error-no-steps = ステップが少なくとも 1 つ必要です
lesson-error-too-many-steps = ステップが { $count } 個あります。受け付けられるのは最大 { $limit } 個です
lesson-error-steps-not-list = ステップのリストが必要ですが、{ $found } でした
lesson-error-steps-missing = ありません：レッスンにはステップのリストが必要です
lesson-error-step-not-object = オブジェクトが必要ですが、{ $found } でした
lesson-error-params-too-long = { $limit } 文字を超えています
lesson-error-params-not-text = { $example } のようなクエリ文字列が必要ですが、{ $found } でした
lesson-error-at-event = 0 以上の整数のイベント数が必要ですが、{ $found } でした
lesson-error-text-empty = 空です：短い文章が必要です
lesson-error-text-too-long = { $count } 文字あります。受け付けられるのは最大 { $limit } 文字です
lesson-error-not-text = テキストが必要ですが、{ $found } でした
lesson-error-text-missing = ありません：テキストが必要です
lesson-error-lang = { $first } や { $second } のような言語タグが必要ですが、{ $found } でした
# $accepted lists the names lesson files use.
lesson-error-focus = { $found } は領域ではありません：{ $accepted } のいずれかが必要です
lesson-error-question-not-object = { $example } のようなオブジェクトが必要ですが、{ $found } でした
lesson-error-question-kind = { $found } は問題の種類ではありません：{ $accepted } のいずれかが必要です
lesson-error-seconds = 0 より大きく { $limit } 以下のシミュレーション秒数が必要ですが、{ $found } でした
lesson-error-station = 1 以上の{ -station }番号が必要ですが、{ $found } でした
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = プログラムはテキストで指定する必要がありますが、{ $found } でした
lesson-error-python-too-long = プログラムが { $limit } バイトを超えています
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = プログラムを持つステップは、コードの下にある Python の表示を指します：focus は { $found } ではなく { $accepted } にしてください
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = { $kind } の問題はステップのプログラムについて問うものです：{ $field } にプログラムを指定してください
# A step's goal ("goal": {"kind": "loses-nothing"}); $accepted lists
# the kinds lesson files use.
lesson-error-goal-not-object = { $example } のようなオブジェクトが必要ですが、{ $found } でした
lesson-error-goal-kind = { $found } は目標の種類ではありません：{ $accepted } のいずれかが必要です
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = { $kind } の目標には { $field } が必要です：0 より大きく { $limit } 以下のシミュレーション秒数
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = { $kind } の目標はステップのプログラムで確認します：{ $field } にプログラムを指定してください
lesson-error-goal-no-python = { $kind } の目標は画面上のエンジンの実行で確認します：その目標を持つステップには { $field } を指定できません
# A step's params refused by the page's own rules: $problem names the
# parameter and what it accepts.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } はページのパラメーターではありません
lesson-error-page-param = { $name } は実行ではなくページの設定です：ステップの params には実行のパラメーターしか指定できません
lesson-error-past-limit = { $at } は、ステップで固定できる最も遅い瞬間を過ぎています：最大 { $limit } イベントです
lesson-error-past-end = { $at } はこの実行の終わりを過ぎています。この実行のイベントは { $events } 件です
lesson-json-null = null
lesson-json-bool = true または false
lesson-json-number = 数値
lesson-json-text = テキスト
lesson-json-list = リスト
lesson-json-object = オブジェクト
# In place of a question kind that is missing.
lesson-json-nothing = なし

## A lesson in a link that cannot be read

lesson-link-too-long = リンク内のレッスンが長すぎます：受け付けられる JSON は最大 { $limit } バイトです
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = リンク内のレッスンが { $encoding } ではありません：{ $detail }
lesson-link-not-utf8 = リンク内のレッスンが UTF-8 のテキストではありません
lesson-link-empty = リンクは { $fragment } で終わっており、レッスンを含んでいません：レッスンのリンクは、{ $key } の後にレッスンが続く形です

## Why a step's question cannot be asked ($kind is the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = { $kind } の問題には、{ -dose }が { $limit } 回分までの実行が必要です。この実行は { $doses } 回分です
lesson-cannot-past-end = この実行にはイベントが { $events } 件しかありません
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = 実行が帳簿と合いません：{ $detail }
lesson-cannot-needs-article = { $kind } の問題には記事のループ（{ $param }）が必要です
lesson-cannot-needs-cpython = { $kind } の問題は、ステップのプログラムを CPython で実行して答えるものです
lesson-cannot-no-cancel = この瞬間より後にキャンセルされる{ -task }はありません：ループが終わる前に出題してください
lesson-cannot-no-double = この瞬間より後に、2 つの{ -task }を返す待機はありません：すべての{ -shot }を同じ長さにしてください（{ $code }）
lesson-cannot-nothing-returns = この瞬間より後に戻る{ -station }の{ -task }はありません
lesson-cannot-not-after = 問われている時刻 { $by } 秒が、ステップの瞬間 { $now } 秒より後ではありません
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = { $kind } の問題には、{ -thread }をブロックする{ -station }が必要です（{ $field } に { $param }）
lesson-cannot-no-finish = この瞬間より後に{ -station } { $station } が終える{ -box }はありません
lesson-cannot-no-open = この瞬間より後に{ -station } { $station } が開ける{ -box }はありません
lesson-cannot-no-failure = 壊す操作が失敗につながりませんでした
lesson-cannot-no-station = { -station } { $station } は存在しません：この実行の{ -station }は { $stations } か所です
lesson-cannot-not-working = { -station } { $station } はこの瞬間に{ -box }を開けていないため、壊せません
lesson-cannot-none-working = この瞬間に{ -box }を開けている{ -station }はありません
lesson-cannot-not-broken = この瞬間に{ -station } { $station } を壊せませんでした
lesson-cannot-sleep-blocking = { -station } { $station } は{ -thread }をブロックします：その{ -task }が{ -timer }でスリープすることはありません
lesson-cannot-not-asleep = { -station } { $station } の{ -task }は、この瞬間に{ -timer }でスリープしていません：{ -box }を開けていないか、{ -thread }を握っているか、{ -thread }を待っています
lesson-cannot-none-asleep = この瞬間に{ -timer }でスリープしている{ -station }の{ -task }はありません
lesson-cannot-woken-early = { -station } { $station } の{ -task }は、次の{ -shot }の前に { $polls } 回ポーリングされます：{ -timer }以外の何か（手動で壊す操作）が起こしています
lesson-cannot-no-thread = この実行には、この瞬間の{ -thread }の記録がありません
lesson-cannot-ready-few = この瞬間の{ -ready-queue }にある{ -task }は { $count } 個です。この問題には少なくとも { $least } 個必要です
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = { $kind } の問題には、{ -station }の{ -task }を await する{ -supervisor }が必要です（{ $param }）
lesson-cannot-not-after-failure = この瞬間は{ -station }の失敗の直後ではありません：最後のイベントが失敗である必要があります
lesson-cannot-not-returned = { -station } { $station } の{ -task }は、この瞬間までに戻っていません
lesson-cannot-nothing-returned = この瞬間までに戻った{ -station }の{ -task }はありません
lesson-cannot-refilled = { -station } { $station } はこの瞬間に{ -box }を待っていません：次の{ -box }をもう受け取っています
lesson-cannot-refilling = { -supervisor }はこの瞬間に新しい{ -box }を配っています：配り始める前か、すべての{ -station }に{ -box }が行き渡った後に出題してください

## Which station's task returns next

lesson-next-prompt = 次に戻るのは、どの{ -station }の{ -task }ですか？
lesson-station-choice = { -station } { $station }
lesson-next-done = { -box } { $box } を終えました
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = { -box } { $box } で失敗しました（{ $error }）
lesson-error-spoiled = { -box }の { $shot } 回目の{ -dose }が劣化
lesson-error-broken = { $shot } 回目の{ -shot }中に手動で壊された
# $doses is lesson-doses.
lesson-next-rival = { -station } { $station } には{ $doses }が残っていました
# $rivals lists lesson-next-rival (no leading space in Japanese).
lesson-next-rivals = ステップの時点：{ $rivals }。
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = 次に戻ったのは{ -station } { $station } の{ -task }で、{ $time } 秒でした：{ $what }。{ $rivals }{ $supervisor }
lesson-sees-first = { -awaited-set }全体を待っている{ -supervisor }は、いずれかの{ -task }が戻ると起床し、その時点で完了しているすべての{ -task }（これも含む）を処理して、各{ -station }をすぐに再起動します。
lesson-sees-all-waiting = ALL_COMPLETED では、{ -supervisor }はこれを報告しますが、その{ -station }に新しい{ -box }は渡しません：バッチ全体が戻るまで、その{ -station }は空いたままです。
lesson-sees-all-restart = これがバッチの最後だったので、ALL_COMPLETED の{ -supervisor }はすべての{ -station }にすぐ新しい{ -box }を渡しました。
lesson-sees-all-empty = これがバッチの最後でしたが、{ -depot }は空でした：新しい{ -box }を受け取った{ -station }はありません。
lesson-sees-queue = 完了コールバックがこれを完了キューに入れ、{ -supervisor }がそこから取り出します。
lesson-sees-article = 記事のループは、数えている待機のどれかでこれのために起床し、その時点で完了しているすべての{ -task }について、{ -box }が残っていてもいなくても、その{ -station }をすぐに再起動します。
lesson-sees-taskgroup = { -box }自身の{ -task }がこれを報告して{ -station }を解放し、セマフォで待っていた次の{ -box }の{ -task }が、空いている最小番号の{ -station }を使います。
lesson-sees-taskgroup-last = { -box }自身の{ -task }がこれを報告して{ -station }を解放します。{ -box }は残っていないので、その{ -station }は空いたままです。
lesson-sees-workers = { -station }のワーカーが自分でこれを報告し、キューから次の{ -box }を取り出します。
lesson-sees-workers-last = { -station }のワーカーが自分でこれを報告します。キューは空なので、ワーカーは戻ります。

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { -station } { $station } の{ -task }
lesson-task-worker = { -station } { $station } のワーカー
lesson-task-box = { -box } { $box } の{ -task }
lesson-task-supervisor = { -supervisor }
lesson-task-callback = { -event-loop }のコールバック

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -station } { $station } の{ -task }は、{ $time } 秒が期限の次の{ -shot }までスリープしています（{ -timer-queue }を参照）。その{ -shot }が行われるまでに、{ -executor }はこの{ -task }を何回ポーリングするでしょうか？
lesson-sleep-polls-none = 0 回：{ -timer }だけで{ -shot }が行われる
lesson-sleep-polls-once = 1 回：{ -timer }が発火したときで、そのポーリングで{ -shot }が行われる
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms = 約 { $polls } 回：スリープ 1 ミリ秒ごとに 1 回
lesson-sleep-polls-always = { -timer }が発火するまで何度も
# $outcome is "shot" or "spoiled" (the poll found the dose spoiled);
# $seconds: the sleep left at the step's moment.
lesson-sleep-polls-explanation =
    { -executor }は{ -station } { $station } の{ -task }を、{ -timer }が発火した { $time } 秒に 1 回だけポーリングしました：そのポーリングで{ $outcome ->
        [spoiled] { -dose }の劣化が見つかりました
       *[shot] { -shot }が行われました
    }。それより前の { $seconds } 秒間は、一度もポーリングしていません：スリープ中の{ -task }は{ -ready-queue }ではなく{ -timer-queue }で待っており、{ -thread }に負担をかけません。その間、{ -thread }はほかの{ -task }のターンを { $turns } 回実行しました。

## Which ready task runs next

lesson-next-turn-prompt = これらの{ -task }は実行可能です：{ -lot }の下に表示されている{ -ready-queue }です。次に{ -thread }を使うのはどれですか？
lesson-next-turn-all = 全部同時に
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = 次に動いたのは{ $task }です：{ -ready-queue }の先頭にいたからです。{ -executor }は一度に 1 つの{ -task }を動かし、実行可能な{ -task }を実行可能になった順に、先入れ先出しで取り出します。それぞれ await するまで動きます。その後ろで待っていたのは：{ $behind }。

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -station } { $station } の{ -task }がエラーを送出したところです。{ -supervisor }はどうしますか？
lesson-after-failure-stops-run = 実行全体を止める：エラーでプログラムが終わる
lesson-after-failure-retries = { -station } { $station } に同じ{ -box }をもう一度渡して、やり直させる
lesson-after-failure-new-box = エラーを報告し、すぐに{ -station } { $station } に新しい{ -box }を渡す
lesson-after-failure-new-box-later = エラーを報告し、バッチ全体が戻ってから{ -station } { $station } に新しい{ -box }を渡す
lesson-after-failure-station-stops = エラーを報告する。{ -station } { $station } に渡す{ -box }は残っていないので、その{ -station }は止まる
lesson-after-failure-ignores = 実行が終わるまで何もしない：エラーは{ -task }の中で待っている
lesson-after-failure-then-new = { -station } { $station } はすぐに、{ $time } 秒に{ -box } { $box } を受け取り、ループは続きました
lesson-after-failure-then-later = { -station } { $station } はバッチの残りを待ち、{ $time } 秒に{ -box } { $box } を受け取りました
lesson-after-failure-then-stops = { -station } { $station } に渡す{ -box }は残っていなかったので、ほかが続く中でその{ -station }は止まりました
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = 失敗した{ -task }も完了しているので、{ -supervisor }はほかの{ -task }と同じようにそれを受け取り、エラーをその結果として受け取って報告しました：{ -box } { $box } は失敗し（{ $error }）、残っていた{ $wasted }はやり直されず、無駄になった分として数えられました。その後、{ $then }。

## When a station gets its next box

lesson-refill-prompt = { -station } { $station } の{ -task }が戻りました。{ -station } { $station } が次の{ -box }を受け取るのはいつですか？
lesson-refill-at-once = すぐに：{ -task }が戻った直後
lesson-refill-pause = ほかの{ -station }に関係なく、一定の間をおいてから
lesson-refill-batch = 後で：バッチのほかの{ -task }がすべて戻ってから
lesson-refill-never = 受け取らない：{ -depot }に{ -box }が残っていない
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { -station } { $station } は、{ -task }が戻ったまさにその瞬間、{ $time } 秒に{ -box } { $box } を受け取りました。{ $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { -station } { $station } が{ -box } { $box } を受け取ったのは { $time } 秒で、{ -task }が戻ってから { $seconds } 秒後、バッチの最後に{ -station } { $last } の{ -task }が戻ったときでした。{ $supervisor }
lesson-refill-explanation-never = { -station } { $station } はほかの{ -box }を受け取りませんでした：{ -box }が残っていなかったので、実行の終わりまで空いたままでした。

## How many boxes are done by a time

lesson-boxes-prompt = { $by } 秒までに完了する{ -box }はいくつですか？
lesson-boxes-choice = { $count }
lesson-boxes-explanation = { $by } 秒までに { $boxes } { -box }が完了しました：ステップの瞬間（{ $now } 秒）より { $more } { -box }多い数です。

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = この実行で、ALL_COMPLETED は FIRST_COMPLETED より先に終わりますか、後に終わりますか？また、その差はどのくらいですか？
lesson-all-vs-first-sooner = ALL_COMPLETED のほうが先に終わる
lesson-all-vs-first-even = 両者の差は 0.5% 以内
lesson-all-vs-first-under-5 = ALL_COMPLETED のほうが遅く、差は 5% 未満
lesson-all-vs-first-5-to-20 = ALL_COMPLETED のほうが遅く、差は 5～20%
lesson-all-vs-first-over-20 = ALL_COMPLETED のほうが遅く、差は 20% 超
lesson-percent-later = { $percent }% 遅い
lesson-percent-sooner = { $percent }% 早い
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED は { $all } 秒、FIRST_COMPLETED は { $first } 秒で終わりました：{ $difference }。バッチ全体を待つと、{ -station }が空いていた時間は全{ -station }の合計で { $all_idle } 秒になりました。各{ -station }を終わりしだい再起動する場合は { $first_idle } 秒です。

## A station that blocks the thread

lesson-blocking-prompt = { -station } { $station } が自分の{ -box }を処理している間、ほかの{ -station }は{ -shot }を行いますか？
lesson-blocking-yes = はい：それが作業している間も、ほかは{ -shot }を続ける
lesson-blocking-no = いいえ：それが手放すまで、どれも{ -shot }を行わない
lesson-blocking-explanation =
    { -station } { $station } は { $from } 秒から { $to } 秒まで{ -thread }を握り、その間にほかの{ -station }が行った{ -shot }は { $shots } 回でした。ある{ -task }が{ -thread }を握っている間は、ほかの{ -task }も{ -timer }のコールバックも動きません：ほかに番が回るのは、それが手放したときだけです。{ $after ->
        [turn] ここでは、{ -station } { $station } が再び{ -thread }を取るまでに、ほかの{ -station }が { $between } 回{ -shot }を行いました。
        [none] ここでは 1 回も行えませんでした：{ -station } { $station } はすぐに次の{ -box }を取り、再び{ -thread }を握りました。
       *[last] それがその{ -station }の最後の{ -box }でした。
    }

## Breaking a station now

lesson-waste-prompt = いま{ -station } { $station } が壊れたら、無駄になる{ -dose }は何回分ですか？
lesson-waste-restarted = { -supervisor }がエラーを報告し、新しい{ -box }でその{ -station }を再起動しました
lesson-waste-restarted-at = { -supervisor }がエラーを報告し、次に{ -box }を配る { $seconds } 秒になって初めて、その{ -station }に新しい{ -box }を渡します
lesson-waste-stopped = { -supervisor }がエラーを報告しました。{ -depot }は空だったので、その{ -station }は止まりました
lesson-waste-caught = その{ -task }がエラーを捕捉して自分で報告し、{ -station }は次の{ -box }に進みました
lesson-waste-caught-stopped = その{ -task }がエラーを捕捉して自分で報告しました。{ -box }は残っていなかったので、その{ -station }は止まりました
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above, chosen by who reports the error and when the station
# gets its next box.
lesson-waste-explanation = { -station } { $station } は{ -box } { $box } に{ $wasted }を残して壊れました：そのすべてが無駄になり、その{ -box }から{ -shot }した{ $given }は{ -shot }済みのままです。そして、{ $then }。

## The article's loop

lesson-vanished-prompt = ループが終わるとき、報告から消える{ -dose }（{ -shot }したのに未報告のもの、または廃棄されたもの）は何回分ですか？
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation = ループは最後の待機を終え、プログラムは{ -task } { $tasks } 個がまだ動いている状態で終了しました：asyncio.run がそれらを{ -box }の途中でキャンセルしたのです。その{ $vanished }のうち、{ -shot }したのに未報告：{ $unreported }、{ -box }とともに廃棄：{ $discarded }。
lesson-printed-prompt = ループは待機の回数を、各{ -box }の番号として出力します。この瞬間から先、ループが 2 つの異なる{ -box }に対して出力する最初の番号はどれですか？
lesson-program-lost-prompt = この{ -supervisor }は{ -dose }を何回分失いますか（{ -shot }したのに未報告のもの、または報告しなかった{ -box }とともに廃棄されたもの）？
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation = CPython がまさにこの乱数で実行しました：{ $boxes } { -box }で{ $lost }を失い、そのうち{ -shot }したのに未報告が{ $unreported }、廃棄または無駄になったのが{ $thrown_away }でした。{ -lot }とログで各{ -box }を確認できます。
# What the program prints: keep "vaccine box" as written in every language.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -station } { $station } の{ -box } { $box }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation = 待機 { $wait } は一度に { $tasks } 個の{ -task }を返したので、ループはそのそれぞれについて { $printed } を出力し（{ $boxes }）、待機は 1 回と数えました。

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = あなたは{ -event-loop }です。{ -ready-queue }には、入った順に次のものが並んでいます：{ $queue }。どの{ -task }を再開しますか？
loop-fire-prompt = あなたは{ -event-loop }です。これらの{ -timer }が設定されています。次にどれを発火させますか？
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [1] { $stations }、期限 { $due } 秒
       *[other] { $stations }、いずれも期限 { $due } 秒
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = asyncio の{ -ready-queue }は先入れ先出しです：{ $task }が最初に、{ $since } 秒に入った（{ $cause }）ので、{ -event-loop }は{ $behind }より先にそれを再開します。{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = { -supervisor }は後ろで待っています：{ $task }は { $since } 秒に終わりましたが、asyncio は終わった{ -task }の完了コールバックを 1 ターン後に実行し、そこで初めて{ -supervisor }が起こされます。
loop-supervisor-behind-callback = { -supervisor }は後ろで待っています：終わった{ -task }の完了コールバックが { $since } 秒にそれを起こしました。asyncio はそのコールバックを、{ -task }が終わった 1 ターン後に実行します。
loop-cause-done-callback = 終わった{ -task }の完了コールバックがそれを起こした
loop-cause-timer = その{ -timer }が発火した
loop-cause-done = { $task }が終わり、その完了コールバックがそれを起こした
loop-cause-spawned = { -supervisor }がそれを開始したばかりだった
loop-cause-woken = { $task }がそれを起こした
# $stations lists loop-station; $due is in seconds.
loop-fire-why = { -event-loop }は最も早い期限までスリープし、そのとき期限を迎えた{ -timer }を発火させます：{ $stations }、{ $due } 秒。それより遅い期限は順番を待ちます。
loop-fire-why-tie = 最も早い期限 { $due } 秒は、{ $stations } で共通です：{ -event-loop }はそのとき期限を迎えたすべての{ -timer }を 1 ターンで発火させ、それらの{ -task }はそろって{ -ready-queue }に入ります（asyncio は期限が同じ{ -timer }をヒープの順に、このページは{ -station }の順に扱います）。
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    ある{ -task }が { $now } 秒まで{ -thread }を握っていて、最も早い期限（{ $due } 秒）を過ぎていました。それが手放すと、{ -event-loop }は期限を迎えていたすべての{ -timer }を早い順に発火させました：{ $count ->
        [1] { $stations }
       *[other] { $stations }、この順です
    }。
# $kind is "be-the-loop".
lesson-cannot-one-of-many = { $kind } の問題は、専用のパネルで選択を 1 つずつ求めます
# $found is the value in the file.
lesson-error-decisions = 1～{ $limit } の選択の数が必要ですが、{ $found } でした
lesson-error-flag = true または false が必要ですが、{ $found } でした
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = 選択 { $number }/{ $count }
loop-kind-resume = { -task }を再開します。
loop-kind-fire = { -timer }を発火させます。
# $answer is the option asyncio takes.
loop-asyncio-would = asyncio の動作とは違います：asyncio は「{ $answer }」を選びます。
loop-next = 次の選択
loop-done = { -event-loop }の選択を { $count } 回行い、そのうち { $right } 回が asyncio と同じでした。
loop-none = この瞬間から実行の終わりまで、{ -event-loop }が行う選択はありません：実行可能な{ -task }は常に 1 つ以下で、待っている{ -timer }も常に 1 つ以下です。
loop-mode-title = あなたは{ -event-loop }です
loop-mode-intro = { -event-loop }が選択を行うたびに実行が止まります。何をするかを選んでください：ページが asyncio の規則と照合し、正しい選択から実行を続けます。
# A step's name in results: $title is the lesson's.
results-step-name = { $title }、ステップ { $number }/{ $steps }
lesson-confidence = どのくらい自信がありますか？
lesson-confidence-guess = 推測
lesson-confidence-fairly-sure = ある程度自信あり
lesson-confidence-sure = 自信あり
lesson-reason = 理由は？ 1 行で：
    .placeholder = なぜなら…
lesson-your-reason = あなたの理由：
results-download = 結果をダウンロード
    .title = このレッスンのすべての回答を、先生のクラス表示用に 1 つの JSON ファイル（xAPI ステートメント）にまとめます。送るまで、何もブラウザーの外に出ません。
lesson-summary-loop = { -event-loop }の役：{ $asked } 回中 { $right } 回、asyncio と同じ選択をしました。
loop-queue-note = { -lot }の下の{ -thread }の表示は、最後のイベントの時点の{ -thread }を示します。{ -event-loop }はその後に選択します。

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = 1 つの{ -thread }、たくさんの{ -task }
lesson-one-thread-step-1 = 3 つの{ -station }が 1 つの{ -thread }を共有しています。各{ -station }は、自分の{ -box }の{ -dose }を非同期{ -task }として処理します：1 回の{ -shot }ごとに、その所要時間だけスリープしてから{ -shot }を行います。ここでは何も並列には動きません。{ -executor }は一度に 1 つの{ -task }を動かし、{ -task }は await するまでしか動きません。{ -supervisor }はすべての{ -station }で{ -box }を 1 つずつ開け、いまは最初の{ -task }が終わるのを待っています。
lesson-one-thread-step-2 = { -awaited-set }には{ -station }ごとに 1 つの{ -task }が入っており、{ -timer-queue }には、スリープ中の各{ -task }が起きる予定の時刻が入っています。{ -supervisor }もスリープしていて、集合の中で最初の{ -task }が完了するのを待っています。
lesson-one-thread-step-3 = { -station } 3 が{ -box }の最後の{ -dose }を{ -shot }しました：その{ -task }が戻り、{ -station }の{ -task }の集合を待っていた{ -supervisor }が、その 1 つの{ -task }のために起床して、その{ -box }を報告しました。ほかの 2 つの{ -task }はまだ動いています。{ -supervisor }が待つ集合は固定されていません：実行が進むにつれて変わります。
lesson-one-thread-step-4 = { -inspector }には、各{ -task }のポーリングと起床が表示されます。{ -task }がポーリングされるのは、開始したときと、{ -timer }に起こされるたびです。その合間は何もしておらず、何も占有しません。だからこそ 1 つの{ -thread }で多くの{ -station }を受け持てるのです：ほとんどの時間、すべての{ -task }はスリープしています。
lesson-one-thread-step-5 = { -depot }が最後の{ -box }を渡したところです。ここから先、{ -supervisor }は新しい{ -task }を開始しません：まだ動いている{ -task }を待つだけで、各{ -station }は最後の{ -box }が終わると止まります。
lesson-one-thread-step-6 = 実行が終わりました。すべての{ -dose }の行方が記録されています：{ -shot }した{ -dose }と無駄になった{ -dose }を足すと、{ -depot }にあったすべての{ -dose }になります。どのステップでももう一度再生できますし、パラメーターを変えて、同じ{ -executor }がもっと多くの{ -station }をさばく様子を見ることもできます。
lesson-one-thread-summary = 1 つの{ -thread }での並行処理：{ -task }は交代で動き、{ -task }は await するまでしか動きません。スリープ中の{ -task }にはコストがかからないので、1 つの{ -executor }で多くの{ -station }を忙しく働かせ続けられます。その間、{ -supervisor }は各{ -task }を終わりしだい処理します。

lesson-failure-title = 値としてのエラー
lesson-failure-step-1 = この実行では{ -dose }が劣化することがあります：{ -shot }はそれぞれ小さな確率で失敗し、そのときは{ -station }の{ -task }がカウントではなくエラーで終わります。Rust では{ -task }が Err の値を返します。asyncio ではコルーチンが例外を送出し、{ -task }は誰かが結果を求めるまでその例外を保持します。
lesson-failure-step-2 = { -station } 1 の{ -task }が失敗したところです：{ -box }の 17 回目の{ -dose }が劣化しており、{ -task }はカウントではなくエラーで終わりました。失敗した{ -task }も完了したことになります：最初に完了する{ -task }を待っている{ -supervisor }にとって、エラーはほかと変わらない結果の 1 つです。
lesson-failure-step-3 = { -supervisor }は完了した{ -task }からエラーを受け取り、報告しました。失敗した{ -box }に残っていた{ -dose }は、失われたのではなく無駄になった分として数えられ、その{ -station }は{ -depot }から新しい{ -box }を受け取って再開します。ログを読んでください：失敗の行には{ -station }、{ -box }、劣化した{ -dose }が記されています。
lesson-failure-step-4 = { -station }はあなたの手で壊すこともできます：{ -lot }で作業中の{ -station }をクリックするか、フォーカスして Enter キーを押してください。{ -supervisor }はそのエラーを、劣化した{ -dose }とまったく同じように扱います。試す前に、いま{ -station } 1 を壊すと何が失われるかを予想してください。
lesson-failure-step-5 = 統計には、{ -shot }した{ -dose }、無駄になった{ -dose }、失敗した{ -box }が表示されます。何が失敗しても、帳簿は合ったままです：{ -shot }した{ -dose }、無駄になった{ -dose }、開いている{ -box }にまだ残っている{ -dose }を足すと、常に{ -depot }から取り出したすべての{ -dose }になります。
lesson-failure-step-6 = コードでは、{ -supervisor }は完了した各{ -task }の結果を確認します：成功ならカウント、失敗ならエラーです。どちらの場合も、{ -depot }に{ -box }がある限り、その{ -station }は新しい{ -box }を受け取ります。失敗でループが止まることはありません：エラーは{ -supervisor }が扱う値として届くからです。
lesson-failure-summary = エラーはほかと変わらない結果の 1 つです：失敗した{ -task }は完了しており、{ -supervisor }はそのエラーを値として受け取り、{ -box }に残った{ -dose }を無駄になった分として数えて{ -station }を再起動し、ループは続きます。

lesson-blocking-title = await しない{ -task }
lesson-blocking-step-1 = { -station } 1 は誤った書き方をしています：{ -shot }のたびに、スリープを await する代わりに、ブロッキング呼び出しでスリープします（Python では time.sleep、Rust では std::thread::sleep。エンジンは{ -thread }を握ったまま時計を進めることで、これを再現します）。ブロッキング呼び出しは{ -thread }を握り続けます。{ -station } 2 と 3 はこれまでどおりの書き方で、3 つの{ -task }はすべて同時に開始されました。
lesson-blocking-step-2 = { -station } 1 が{ -thread }を手放したところです：その{ -box }が終わり、{ -task }が戻りました。{ -station } 2 と 3 はまだ 1 回も{ -shot }を行っていません：{ -station } 1 が先に動いて{ -thread }を握り続けたため、それらの{ -task }は最初のスリープを始めることさえできなかったのです。いまそれを始めたところで、{ -supervisor }は{ -station } 1 に新しい{ -box }を渡します。その{ -box }は、それらの{ -timer }が期限を迎える前に動きます。{ -executor }を見てください：{ -awaited-set }と{ -timer-queue }です。
lesson-blocking-step-3 = { -station } 1 が 2 つ目の{ -box }の後、再び{ -thread }を手放しました。{ -station } 1 が{ -thread }を握っている間に、{ -station } 2 と 3 の{ -timer }が期限を迎えました。手放されるとそれらが発火し、その{ -task }はいま、{ -lot }の下に表示されている{ -ready-queue }で待っています。{ -thread }を握っているのは{ -supervisor }です：ちょうど{ -station } 1 に次の{ -box }を渡したところです。
lesson-blocking-step-4 = { -station } 2 と 3 はほとんど{ -shot }を行えていません：{ -station } 1 の{ -box } 1 つにつき、それぞれ 1 回の{ -shot }しかできないのです。{ -station } 1 が手放すたびに、その間に期限を迎えた{ -timer }がまとめて発火し、{ -station } 2 と 3 がそれぞれ 1 ターンずつ動き、{ -station } 1 の次の{ -box }が再び{ -thread }を取ります。
lesson-blocking-step-5 = { -station } 1 は、ほかの{ -station }が最初の{ -box }を終える前に、最後の{ -box }を終えました。{ -lot }の下の{ -thread }を見てください：最近のターンの帯に、どれがどれだけ動いたかが表示されています。{ -station } 1 のターンは数秒続き、1 ターンで{ -box }を丸ごと 1 つ処理します。その合間に{ -station } 2 と 3 がそれぞれ 1 ターン、{ -shot } 1 回分だけ動きますが、これには時間がまったくかかりません。
lesson-blocking-step-6 = 解決策は、{ -thread }を返すスリープを await することです：Python では time.sleep(...) の代わりに await asyncio.sleep(...)、つまりキーワード 1 つと別の関数です。Rust ではランタイムの sleep を await します。そうすれば{ -station }は{ -shot }のたびに{ -thread }を返し、待っている間にほかが動きます。どんなブロッキング呼び出しも同じ害をもたらします：ファイルの読み込み、遅い計算、await しないネットワーク呼び出しなどです。
lesson-blocking-summary = await しない{ -task }は{ -thread }を握り続け、それが手放すまでほかの{ -task }は動きません。ブロックする代わりに await して、ある{ -task }が待っている間にほかが動けるようにしましょう。

lesson-policies-title = 最初の 1 つを待つか、全部を待つか
lesson-policies-step-1 = { -station }ごとに作業の速さが違います：{ -station } 1 は{ -station } 2 の 2 倍の速さで{ -shot }を行い、{ -station } 3 は{ -station } 2 の半分の速さです。{ -supervisor }は最初の{ -task }が完了するのを待ち（FIRST_COMPLETED）、その{ -station }をすぐに再起動します。では、どれかを補充する前に全部を待つ（ALL_COMPLETED）としたらどうでしょうか。
lesson-policies-step-2 = 今度は同じシードで ALL_COMPLETED です：{ -supervisor }は、自分が開始した{ -task }のバッチ全体を待ちます。最初に{ -box }を終えたのは{ -station } 1 で、{ -supervisor }はそれを報告しました。
lesson-policies-step-3 = { -station } 2 の{ -task }も戻り、その{ -box }も報告されました。最も遅い{ -station } 3 は、まだ最初の{ -box }を処理しています。{ -awaited-set }に、{ -supervisor }が何を待っているかが表示されています。
lesson-policies-step-4 = グラフでは、同じシードを各ポリシーで再生しています。「{ -box }ありの時間」を見ると、ALL_COMPLETED がどこで損をしているかがわかります：速い{ -station }が、バッチのたびに最も遅い{ -station }を待っているのです。
lesson-policies-step-5 = 3 つ目の方法：各{ -station }の{ -task }が結果をキューに送り、{ -supervisor }は届いた順にキューから結果を取り出します。これは FIRST_COMPLETED と、{ -box }単位でもマイクロ秒単位でも同じ実行で、書き方が違うだけです。2 つのコードを比べてみてください。
lesson-policies-summary = { -supervisor }の待ち方で、{ -station }の使われ方が決まります：FIRST_COMPLETED は各{ -station }を終わりしだい補充しますが、ALL_COMPLETED はバッチの最も遅い{ -station }が終わるまで、速い{ -station }を空いたままにします。

lesson-article-title = 記事のループ、間違いも含めて
lesson-article-step-1 = この実行は、asyncio の定番の記事の制御フローを、書かれたとおりにたどります。そのループは{ -box }を数えません：{ -station }の{ -task }の集合を何回待ったかを数え、{ -box }の数と同じ回数だけ待つと止まります。完了していた{ -task }には、{ -box }が残っているかどうかに関係なく、すぐに新しい{ -box }を渡します。
lesson-article-step-2 = ループは最後の待機の直前にあり、すべての{ -station }が{ -box }の途中です。その待機が戻るとプログラムが終わり、asyncio.run がまだ動いているすべての{ -task }をキャンセルします。それで何が失われるかを予想してください。
lesson-article-step-3 = { -depot }には、もともとの数を超えて取り出された{ -box }が表示されています：ループは最後の{ -box }がなくなった後も{ -task }を再起動したのです。統計は、消えた{ -dose }を数えています：キャンセルされた{ -task }が{ -shot }したのに報告されなかったものと、その{ -box }に残っていて廃棄されたものです。
lesson-article-step-4 = 今度はすべての{ -shot }がちょうど 100 ms かかるので、3 つの{ -station }はどの{ -box }も同じ瞬間に終え、1 回の待機で 3 つの{ -task }がすべて返ります。ループは、{ -box }の番号があるべき場所に待機のカウントを出力します。
lesson-article-step-5 = どの番号も 3 回現れ、ループは待機 1 回につき 3 { -box }を報告します：6 回の待機の後には、6 { -box }しかない{ -depot }から 18 { -box }を報告したことになります。比較のグラフは同じシードを各ポリシーで再生しています：正確な{ -supervisor }は 6 { -box }を開け、何も失いません。
lesson-article-step-6 = 同じ実行を、このアプリの{ -supervisor }が書くとおりの FIRST_COMPLETED で：{ -box }を数え、{ -depot }に{ -box }がある間だけ{ -station }を再起動し、戻る前にまだ作業中の{ -station }を待ちます。すべての{ -dose }が{ -shot }され、報告されます。
lesson-article-summary = 数えたいものを数えましょう：記事のループは{ -box }ではなく待機を数えるため、{ -depot }にある数を超えて{ -box }を取り出し、待機の番号を{ -box }の番号として出力し、終了時には{ -dose }が報告されないまま{ -task }をキャンセルします。

lesson-own-supervisor-title = 自分の{ -supervisor }を書く
lesson-own-supervisor-step-1 = ここでは、定番の記事のループがあなた自身のプログラムになっています：Python の表示のエディターにそれが表示され、CPython がこの実行の{ -station }と乱数でそれを実行します。このプログラムは{ -station }ごとに{ -task }を 1 つ開始し、決まった回数だけ待ち、完了していた{ -station }をすべて再起動します。見る前に予想してください：どれだけ失うでしょうか？
lesson-own-supervisor-step-2 = この{ -supervisor }は{ -station }ごとに{ -task }を 1 つ開始しますが、どれも待たず、スリープするだけです。{ -task }は、誰かに await されなくても動きます：{ -event-loop }はそれでも実行するのです。しかし誰もその結果を受け取らないので、誰もその{ -box }を報告しません。
lesson-own-supervisor-step-3 = 修正版：{ -task }が 1 つでも動いている間は、何回かかっても待ち続け、各完了集合のすべての{ -task }を報告し、{ -depot }に{ -box }がある間だけ{ -station }を再起動します。この{ -supervisor }が何を失うか予想してください。
lesson-own-supervisor-step-4 = この{ -supervisor }もすべての{ -box }を報告しますが、報告のたびに time.sleep で一時停止します。何も失われません。それでも、結果の下の注意書きを見てください。{ -supervisor }がこの方法でスリープしている間は唯一の{ -thread }を握っているので、どの{ -station }も{ -shot }を行えません。その実行がいつ終わるかを、前の実行と比べてみてください。
lesson-own-supervisor-step-5 = あなたのプログラムは、いまやエンジンの FIRST_COMPLETED の{ -supervisor }と 1 行ずつ同じです。結果の下のボタンで、同じ乱数での 2 つの実行をイベントごとに比較できます。エディターでプログラムを変えて再び実行し、2 つがどこで分かれるかを確かめてください。
lesson-own-supervisor-summary = { -supervisor }は、自分が開始したすべての{ -task }に責任を持ちます：それぞれを待ち、結果を確認し、動いているものがなくなってから戻ります。誰も待たない{ -task }も動きますが、その働きは集計から失われます。

lesson-exercises-title = 演習
lesson-exercises-step-1 = あなたの番です：この{ -supervisor }は、すべての{ -station }が忙しい間しか待ちません。どれかの{ -station }が空の{ -depot }に行き当たると戻ってしまい、asyncio.run がまだ{ -shot }中の{ -task }をキャンセルします。すべての{ -box }を報告し、{ -dose }を 1 回分も失わないようになるまでエディターで書き換え、「{ own-run }」を押してください。この下の目標が、あなたの実行を毎回確認します。
lesson-exercises-step-2 = この{ -supervisor }は何も失いませんが、報告のたびに time.sleep で一時停止し、それが唯一の{ -thread }を握ってしまいます：その間、どの{ -station }も{ -shot }を行えません。あなたが書くのは{ -supervisor }だけなので（{ -station }はページの側のものです）、ここでブロッキング呼び出しをしているのは{ -supervisor }です。{ -thread }を握らずに一時停止するようにして、もう一度「{ own-run }」を押してください。
lesson-exercises-step-3 = ALL_COMPLETED では、{ -box }のバッチごとに最も遅い{ -box }を待ちます。しかも{ -station } 3 は半分の速さで作業します。同じ{ -depot }をもっと早く空にしてください：ページ下部の「{ params-form }」でポリシー、{ -station }、その速度を変えて適用し、実行を最後まで再生します。目標は画面上の実行で確認します。
lesson-exercises-summary = 演習は手作業ではなく、あなた自身の実行で確認されます：CPython がエンジンの乱数であなたの{ -supervisor }を実行し、ページが報告されたすべての{ -box }と{ -dose }、すべてのブロッキング呼び出し、そして{ -depot }が空になるまでの時間を数えます。

lesson-event-loop-title = あなたは{ -event-loop }です
lesson-event-loop-step-1 = 今回はあなたが{ -event-loop }です。{ -supervisor }が 3 つの{ -station }の{ -task }を開始したところです。{ -station } 1 と 2 は 1 回の{ -shot }に 0.2 秒、{ -station } 3 は 0.4 秒かかります。{ -event-loop }が選択を行うたびに、何をするかを選んでください：どの実行可能な{ -task }を再開するか、または実行可能なものがないときは、どの{ -timer }を発火させるかです。各選択は asyncio の規則と照合され、実行は正しい選択から続きます。
lesson-event-loop-step-2 = { -station } 1 と 2 は、もうすぐ{ -box }の最後の{ -shot }を行います。もう一度{ -event-loop }を演じてください：{ -station }の{ -task }が終わったときに誰が起こされるか、そしてそれが{ -ready-queue }のどこに入るかに注目してください。
lesson-event-loop-step-3 = 別の実行です：今度は{ -station } 2 が、await の代わりにブロッキング呼び出しを使って、{ -box }全体の 0.6 秒間{ -thread }をブロックします。{ -station } 1 と 3 の{ -timer }は、それが{ -thread }を握っている間に期限を迎えます。{ -event-loop }は{ -thread }を取り戻したとき、どれを発火させ、誰を再開するでしょうか？
lesson-event-loop-step-4 = 最初の実行に戻り、今度は演じるのではなく見てみましょう：{ -lot }の下の{ -thread }の表示には、どの実行のどのイベントでも、{ -ready-queue }が先頭から表示されます。{ -station } 1 と 2 は再びそろって期限を迎え、{ -station } 3 もいっしょでした。
lesson-event-loop-step-5 = これが{ -event-loop }の仕事のすべてです：{ -ready-queue }を先頭から処理し、空になったら最も早い{ -timer }までスリープします。{ -lot }の下の{ -thread }の表示は、どの実行のどの瞬間でも同じキューを示します。アドレスに loop=1 を付けて{ -lot }を開くと、自分の実行で{ -event-loop }を演じ続けられます。
lesson-event-loop-summary = { -event-loop }は 2 種類の選択を行い、どちらも{ -task }しだいではありません。実行可能な{ -task }を、実行可能になった順に先入れ先出しで再開します。実行可能なものがないときは最も早い期限までスリープし、そのとき期限を迎えたすべての{ -timer }を 1 ターンで発火させます。終わった{ -task }が、それを await している{ -task }を起こすのは完了コールバックを通じてだけで、1 ターン後になります。また、ブロックする{ -task }は、その間に期限を迎えたすべての{ -timer }を、それが手放すまで待たせます。
