# Names several areas of the page use.

## Glossary
## One Chinese word for each thing, used by every message and lesson text.
## Chinese nouns take no number, case or article, so no term takes a
## parameter. Several terms are also the measure word after a count
## ("3 箱", "3 剂", "3 针") and the counter in an ordinal ("第 3 箱").

# The parking lot where the stations stand.
-lot = 停车场
# A vaccination station, labelled "3 号接种站".
# Not: 站点
-station = 接种站
# A box of doses a station is given, the unit of work; also its measure word.
# Not: 盒
-box = 箱
# Where the boxes wait to be handed out.
-depot = 仓库
# One dose in a box; also its measure word ("3 剂").
-dose = 剂
# Giving one dose, the time a station takes; also its measure word ("3 针").
-shot = 针
# An async task.
-task = 任务
# The supervisor, which awaits the stations' tasks and restarts them.
-supervisor = 监督者
# The executor: the panel, and Rust's loop that polls the tasks.
-executor = 执行器
# The task inspector panel.
-inspector = { -task }检查器
# asyncio's event loop.
-event-loop = 事件循环
# The one thread everything runs on.
-thread = 线程
# A timer in the clock's queue, which wakes a task at its deadline.
-timer = 定时器
# The ready queue: the tasks woken, waiting their turn on the thread.
-ready-queue = 就绪队列
# The timer queue.
-timer-queue = { -timer }队列
# The set of tasks the supervisor awaits.
-awaited-set = 等待集合

## The document's title (the browser's tab).

page-title = { -lot }疫苗接种：单{ -thread }上的异步{ -task }

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = 完成队列
policy-article = 文章中的循环
policy-taskgroup = TaskGroup + Semaphore
policy-workers = 工作者 + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = 图表
panel-code = 代码
