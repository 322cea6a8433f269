# Names several areas of the page use.

## Glossary: the page's core nouns, one word per thing. Every message that
## names one of these things uses its term (locales/GLOSSARY.md). Japanese
## has no grammatical number, case or capitals, so no term takes
## parameters: a count is written with a counter (3 箱, 5 回分, 2 個).
## A term's "Not:" line lists words the messages must not use for it.

# The parking lot where the stations stand. No parameters.
# Not: パーキング
-lot = 駐車場
# A vaccination station, drawn as a booth (ブース 1). No parameters.
# Not: ステーション, 接種所, 接種会場
-station = ブース
# A box of doses handed to a station (the unit of work); counted 3 箱. No parameters.
# Not: ボックス, ケース
-box = 箱
# Where the boxes wait to be handed out. No parameters.
# Not: 倉庫, 在庫, デポ
-depot = 保管庫
# One dose in a box; counted with 回分 (ワクチン 5 回分). No parameters.
# Not: ドーズ
-dose = ワクチン
# Giving one dose (1 回の接種に 0.2 秒); also the verb (接種した). No parameters.
# Not: 注射
-shot = 接種
# An async task: a station's, or the supervisor's. No parameters.
# Not: ジョブ
-task = タスク
# The task that waits for the stations' tasks and restarts them. No parameters.
# Not: スーパーバイザ, 監督
-supervisor = スーパーバイザー
# What polls the tasks on the one thread (Rust's name; asyncio's is the event loop). No parameters.
# Not: エグゼキュータ, 実行器
-executor = エグゼキューター
# The panel listing every task with its state and counts. No parameters.
# Not: インスペクタ
-inspector = タスクインスペクター
# asyncio's event loop. No parameters.
-event-loop = イベントループ
# The one thread every task runs on. No parameters.
-thread = スレッド
# An entry in the clock's queue that wakes a task at its deadline. No parameters.
# Not: タイマ
-timer = タイマー
# The tasks woken and waiting their turn on the thread. No parameters.
# Not: レディキュー, 実行可能キュー, 準備完了キュー
-ready-queue = 実行待ちキュー
# The timers in deadline order. No parameters.
-timer-queue = タイマーキュー
# The tasks the supervisor awaits. No parameters.
# Not: 待機セット, 待機集合
-awaited-set = 待機対象の集合

## The document's title (the browser's tab).

page-title = { -lot }でワクチン接種：1 つの{ -thread }で動く非同期{ -task }

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED and ALL_COMPLETED are asyncio's constants: keep them
## as written. TaskGroup, Semaphore and Queue are asyncio's class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = 完了キュー
policy-article = 記事のループ
policy-taskgroup = TaskGroup + Semaphore
policy-workers = ワーカー + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = グラフ
panel-code = コード
