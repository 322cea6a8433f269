# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = { -lot }でワクチン接種
masthead-asyncio = Python の asyncio が 1 つの{ -thread }で多数の{ -task }をどう動かすのかを、Rust で書かれた双子がブラウザー上で実演します。
masthead-tagline = 各{ -station }は、ブラウザーの唯一の{ -thread }で動く非同期{ -task }です。{ -supervisor }は、{ -box }の{ -dose }を最初に使い切った{ -task }を await して報告し、その{ -station }に新しい{ -box }を渡して再開させます。
masthead-lessons = レッスン
masthead-help = ？ ヘルプ
    .aria-label = キーボードとヘルプ（?）
masthead-share = 共有
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = エクスポート
masthead-projector = 投影用テーマ
# Followed by the run's state, one of the four below.
masthead-status = 状態：
masthead-status-ready = 準備完了
masthead-status-running = 実行中
masthead-status-paused = 一時停止中
masthead-status-finished = 終了

language-menu = 言語
    .title = ページの表示言語
language-failed = { $language } のメッセージを読み込めなかったため、ページは英語のまま表示されます。

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = シード
footer-link = この実行へのリンク
footer-same-run = 同じリンクからは、いつも同じ実行が表示されます。

## Below the lot.


## Dialogs.

dialog-close = 閉じる

## The help overlay: keyboard shortcuts.

help-title = キーボードとヘルプ
# Key names; the other keys are shown as symbols or letters.
help-key-space = スペース
help-key-enter = { -station }で Enter
help-toggle-play = 開始・一時停止・再開
help-step = ステップ：イベントを 1 つだけ進める
help-step-back = イベントを 1 つ戻る（実行を再生し直します）
help-reset = 実行をリセット
help-break = その{ -station }の{ -task }を壊す
help-help = このヘルプの表示・非表示
help-text = すべての操作は、Tab キーで移動できるボタンか入力欄です。{ -lot }の下のパネルは折りたためます。点線の付いた用語にマウスを重ねるかフォーカスすると、その意味が表示されます。このページへのリンクを開くと、同じ実行が表示されます。

## The share dialog.

share-title = この実行を共有
share-link = リンク（すべてのパラメーターとシードを含むため、常にこの実行が表示されます）
share-copy-link = リンクをコピー
share-lesson = 表示中のレッスンを開く（リンクと埋め込み）
share-embed = ページやスライドに埋め込む
share-width = 幅
share-height = 高さ
# CSS pixels, after the width and the height.
share-px = px
share-compact = コンパクト表示
share-autoplay = 読み込み時に開始
share-panels = 埋め込みに含める解説パネル
share-size-error = 幅は { $min_width }～{ $max_width } px、高さは { $min_height }～{ $max_height } px にしてください。
share-snippet = iframe スニペット
share-copy-snippet = スニペットをコピー
share-copied = コピーしました。
share-copy-failed = ブラウザーがコピーを許可しませんでした。テキストを選択して手動でコピーしてください。
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = { -lot }でワクチン接種：1 つの{ -thread }で動く非同期{ -task }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = ファズモード
fuzz-heading = ファズモード：
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = ランダム操作 { $actions } 回、{ $frames } フレームを検査、{ $problems ->
        [0] 問題なし
       *[other] 問題 { $problems } 件
    }。最後の操作：
fuzz-ledger = 帳簿：{ $detail }
fuzz-conservation = 保存則：{ $detail }
fuzz-stations = 設定した { $configured } か所に対し、表示された{ -station }は { $shown } か所
fuzz-clock = 最後のイベント（{ $last } 秒）より前の { $clock } 秒を時計が表示しています
fuzz-unaccounted = 行方の分からない{ -dose }を残したまま終了しました

## The panel shown when the page stops.

panic-panel = 内部エラーのためシミュレーションが停止し、ページが応答しなくなりました。再読み込みすると最初からやり直せます。詳細：{ $details }
