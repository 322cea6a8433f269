# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names (stations=, policy=…), the values given and the values
# a reader types ($low, $high, words such as first or max) are passed as
# variables as the URL spells them: keep them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = リンクのパラメーターの一部を受け付けられなかったため、代わりに既定値で実行します：
# $setting: the parameter and what the link gave, as in the URL (stations=abc);
# $accepted: one of the params-accepted-… texts; $fallback: what runs instead.
params-error = { $setting } は受け付けられません。指定できる値：{ $accepted }。代わりに「{ $fallback }」で実行します。

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = { $low }～{ $high } の整数
params-accepted-event-count = { $low } 以上のイベント数（整数）
params-accepted-shot-seconds = 1 回の{ -shot }の秒数（{ $low }～{ $high }）
params-accepted-probability = 0～1 の確率
params-accepted-speed-factors = カンマ区切りの速度係数（最大 { $max_items } 個、それぞれ { $low }～{ $high }）
params-accepted-station-or-none = 1～{ $high } の{ -station }番号、またはなしを表す 0
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = カンマ区切りの { $form } の組（最大 { $max_items } 組）
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = { $names } をカンマ区切りで並べたもの{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = 1 秒あたりのシミュレーション秒数（{ $low }～{ $high }）、または { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $high } 以下の { $low }
# $power: 10^6 and the like, written by the page.
params-accepted-fits-clock = シミュレーションの時計に収まる実行（すべての{ -shot }が最も遅い場合で最大 { $power } 秒）
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = { $setting } では最大 { $high } { -box }（このポリシーは最初に{ -box }ごとに{ -task }を 1 つずつ作るため）
params-accepted-no-blocking = { -thread }をブロックする{ -station }なし（{ $setting } のプログラムにはありません）
params-accepted-station-of-run = この実行の{ -station }（1～{ $stations }）

## Joining words in lists of accepted values: "first、all または queue".

params-list-separator = 、
params-list-last-or = {" "}または{" "}
params-list-last-and = 、
params-list-alternative = 、または { $word }

## What was given, when a rule between parameters was broken.

# $value: a value as given; $condition: another parameter, name=value.
params-given-with = { $value }（{ $condition } と併用）
# $capacity and $shot_max: capacity=… and shot_max=… as in the URL.
params-given-fits-clock = { $boxes }（{ $capacity }、{ $shot_max }、最も遅い速度 { $speed } の場合）

## What runs instead of a rejected value.

params-fallback-every-station = 全{ -station }で 1
params-fallback-none = なし
params-fallback-random-seed = ランダムなシード
params-fallback-no-breaks = 壊す操作なし
params-fallback-start = 開始時点
params-fallback-default-theme = 既定のテーマ
params-fallback-rust-first = 前回の選択（なければ Rust を先に）
params-fallback-page-default = ページの既定値
params-fallback-no-lesson = レッスンなし
params-fallback-english = 英語
# The defaults of two parameters at once.
params-fallback-both = { $first }、{ $second }

## The form.

params-form = パラメーター
params-field-stations = { -station }数
params-field-capacity = 1 { -box }の{ -dose }（回分）
params-field-boxes = { -depot }の{ -box }数
params-field-shot_min = 最短の{ -shot }（秒）
params-field-shot_max = 最長の{ -shot }（秒）
params-field-speeds = { -station }の速度
params-field-fail = 1 回の{ -shot }の失敗確率
params-field-seed = シード
params-field-blocking = { -thread }をブロックする{ -station }
params-field-policy = { -supervisor }のポリシー
params-policy-hint = { -supervisor }が{ -station }の{ -task }をどう await するか
params-not-accepted = 受け付けられません。指定できる値：{ $accepted }
params-new-seed = 新しいシード
params-apply = 適用してリセット

## The play controls.

controls = 操作
controls-start = 開始
    .title = 開始・再開（スペース）
controls-resume = 再開
    .title = 開始・再開（スペース）
controls-pause = 一時停止
    .title = 一時停止（スペース）
controls-step = ステップ
    .title = イベントを 1 つだけ進める（→）
controls-reset = リセット
    .title = 下のパラメーターで最初に戻る（r）
controls-speed = 速度：
controls-speed-max = 最高速
# $factor: simulated seconds per second.
controls-speed-real-time = 実時間の { $factor } 倍
controls-speed-slow-motion = { $factor } 倍（スローモーション）
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = { -event-loop }の 1 ターンずつが見えるよう、{ $speed } 倍に減速しました：{ -task }は一度に 1 つずつ動き、2 つ同時には動きません。スライダーで速くできます。

## One-click presets.

presets = 速度のプリセット
presets-article = 記事の{ -shot }時間
    .title = 1～100 ms の{ -shot }、実時間 1 秒でシミュレーション 1 秒（実行をリセットします）。時計は仮想です。実際の asyncio では遅れが生じ、近い{ -timer }はまとめて処理されます（コードの表示を参照）
presets-realistic = 現実的な 1～3 分の{ -shot }
    .title = 1～3 分の{ -shot }を 600 倍速で（実行をリセットします）
presets-max = 最高速
    .title = 1 フレームに収まるだけのイベントを処理します
presets-counting-bug = 記事の数え間違い
    .title = すべての{ -shot }を 50 ms にした記事のループ：待機のたびにすべての{ -station }が返ります（実行をリセットします）

## The timeline.

timeline = タイムライン
timeline-step-back = ◀ 戻る
    .title = 1 イベント戻る（←）：そこまで実行を再生し直します
timeline-scrubber = タイムライン：イベント番号
timeline-measuring = タイムライン：実行を計測中
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = イベント { $shown }/{ $total }、{ $seconds } 秒
timeline-position = イベント { $shown }/{ $total }
timeline-position-pending = イベント { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = イベント { $shown }（タイムラインは{ -dose } { $limit } 回分までの実行のみ）
