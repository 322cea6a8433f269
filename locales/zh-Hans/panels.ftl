# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = （{ $definition }）
panels-list-separator = 、

## The executor view.

executor-title = 执行器
executor-explain = 所有任务都在同一个线程上运行，一次一个。任务{ $awaits }一个尚未就绪的 future 时，就让出线程，直到该 future 唤醒它。休眠中的接种站不占用任何资源：接种完成时由{ $timer }唤醒它，再由执行器{ $polls }它。在同一时刻到期的定时器会在事件循环的同一轮中一起触发，它们唤醒的每个任务都先于这些任务再唤醒的任务运行。
executor-term-awaits = 用 await 等待
    .title = 向一个 future 索取它的值。若尚未就绪，任务就让出线程，直到该 future 唤醒它；若已就绪，值立即返回，任务继续运行。
executor-term-timer = 定时器
    .title = 时钟队列中的一项：到期时唤醒设置它的任务。
executor-term-polls = 轮询
    .title = 运行一个任务，直到它需要再次等待（返回 Pending）或运行结束（返回 Ready）。

## The supervisor's policy, one sentence each.

executor-policy-first = 策略 FIRST_COMPLETED：监督者等待整个集合，一旦有任务返回就醒来。它取走到那时为止已返回的所有任务，即完成集合，按接种站顺序报告，立即重启每个接种站，然后再次等待集合。
executor-policy-all = 策略 ALL_COMPLETED：监督者在每个完成集合到来时报告它，但要等整批任务都返回后才补充新箱，所以提前完成的接种站只能空等。
executor-policy-queue = 策略 完成队列：每个完成的接种站任务都进入一个队列（在 Python 中由完成回调把它放入 asyncio.Queue；在 Rust 中由任务通过通道发送结果），监督者按完成顺序逐个取出，并重启相应的接种站。
executor-policy-article = 策略 文章的循环：它按箱数用 FIRST_COMPLETED 等待相同次数，数的是等待次数而不是箱数；即使没有箱了，也会重启每个完成集合中的每个任务；循环一结束，程序也随之结束：asyncio.run 会取消仍在运行、用到一半的任务。
executor-policy-taskgroup = 策略 TaskGroup + Semaphore：预先为每一箱创建一个任务；信号量允许同时工作的任务数等于接种站数，每个任务占用编号最小的空闲接种站。每个任务捕获其接种站的故障并上报：未捕获的异常会取消整个任务组。
executor-policy-workers = 策略“工作者 + Queue”：每个接种站有一个长期运行的任务，从预先填满的队列中取箱，直到队列为空；遇到故障时捕获它并继续处理下一箱。
executor-queue-same = 在这次运行中，它与 FIRST_COMPLETED 在相同时刻给出相同的接种和相同的箱。
executor-queue-differs = 在这次运行中，它与 FIRST_COMPLETED 不同：{ $same_end ->
        [yes] 两者都在 { $seconds } 秒结束，但各箱分到了别的接种站
       *[no] 它在 { $seconds } 秒结束，FIRST_COMPLETED 在 { $first_seconds } 秒结束
    }。

## A station that never awaits ($station: its number).

executor-blocking = 接种站 { $station } 阻塞了线程：它每次接种都不使用 await，因此它的每一箱都在一次轮询中从头跑到尾，期间没有其他任务能运行。其他接种站的定时器到期了，但在它释放线程之前无法触发；随后它们在事件循环的同一轮中一起触发，已经晚了。这次运行逐轮遵循 asyncio 的事件循环，并有测试将其与 CPython 对照。
executor-share-none = 在这次运行中，其他接种站一剂也没有接种：接种站 { $station } 一箱接一箱地拿走了所有的箱，从未释放线程。
executor-share-exact = 在这次运行中，接种站 { $station } 交回了 { $boxes } 箱，每两箱之间其他接种站每次一共接种 { $shots } 剂。
executor-share-range = 在这次运行中，接种站 { $station } 交回了 { $boxes } 箱；每两箱之间其他接种站一共接种 { $fewest } 到 { $most } 剂，平均 { $mean } 剂。
executor-share-one-box = 在这次运行中，接种站 { $station } 只交回了一箱；其他接种站在整个运行中一共接种 { $shots } 剂。

## The awaited set.

executor-awaited-set = 等待集合
executor-awaited-count = （{ $count } 个任务，{ $kind }）
executor-awaited-kind-channel = 向通道发送结果的任务
executor-awaited-kind-taskgroup = 任务组中的接种站任务
executor-awaited-kind-workers = 各工作者当前的箱
executor-awaited-kind-futures = 一个 FuturesUnordered
executor-awaited-task = 接种站 { $station } · 第 { $box_no } 箱
executor-awaited-more = 另有 { $count } 个
executor-awaited-empty = 空
executor-done-set = 最近的完成集合
executor-done-count = （{ $count } 个任务，{ $seconds } 秒）
executor-done-task = 接种站 { $station } · 第 { $box_no } 箱
executor-done-empty = 监督者尚未醒来
executor-done-unreported = 已返回；监督者接下来报告它
executor-done-several = 一个完成集合中有多个任务：它们的定时器在事件循环的同一轮中一起触发，每个任务都在监督者醒来之前返回；asyncio.wait 会交回到那时为止已完成的所有任务。

## The timer queue.

executor-timers = 定时器队列，最早到期的在前
executor-timer = { $seconds } 秒 → 唤醒接种站 { $station }
executor-timers-empty = 没有定时器

## The supervisor's wakes, one line each.

executor-wakes = 监督者的唤醒记录，最新的在前
executor-reports = 由各自任务报告的箱，最新的在前
executor-wake-time = { $seconds } 秒
executor-wake-wait = 循环计数中的第 { $wait } 次等待
executor-wake-ok = 接种站 { $station } 的任务（第 { $box_no } 箱）返回 Ok
executor-wake-err = 接种站 { $station } 的任务（第 { $box_no } 箱）返回 Err：{ $error }
executor-error-spoiled = 这箱的第 { $shot } 剂疫苗变质了
executor-error-broken = 在第 { $shot } 次接种时被手动弄坏
executor-wake-pending = 仍在等待：{ $stations }
executor-pending-none = 无
executor-pending-more = 另有 { $count } 个
executor-wake-pushed = 已放入：{ $tasks }
executor-pushed-task = 接种站 { $station }，第 { $box_no } 箱
executor-wake-no-box = 暂无新箱
executor-wake-depot-empty = 未放入任何任务（仓库已空）
executor-report-taskgroup-next = 该箱的任务释放接种站 { $station } 及其许可；下一箱的任务取走编号最小的空闲接种站
executor-report-taskgroup-last = 已经没有箱了，所以接种站 { $station } 保持空闲
executor-report-workers-next = worker 从队列中取出下一箱
executor-report-workers-last = 队列已空，所以 worker 返回

## The task inspector.

inspector-title = 任务检查器
inspector-too-many = 检查器只列出最多 { $limit } 个接种站的运行中的任务。
inspector-explain = { $tasks ->
        [worker] 每个接种站的 worker 是一个任务，从队列中一箱接一箱地处理。
       *[box] 接种站处理的每一箱都是一个任务。
    }任务休眠时处于{ $waiting }状态，被唤醒后处于{ $scheduled }状态，线程轮询它时处于{ $running }状态。{ $wakes }次数和轮询次数在一个接种站的所有箱上累计；监督者那一行统计它处理过的箱数。“开箱时长”是接种站有一箱开着的模拟时间（任务在两次接种之间休眠，不占用线程），而不是花在轮询里的时间；没有箱时，接种站在等待监督者。
inspector-term-waiting = 等待
    .title = 等待被唤醒：在这里是在其接种的定时器上休眠。（没有开箱的接种站处于空闲状态。）
inspector-term-scheduled = 已调度
    .title = 已被唤醒，排在比它先被唤醒的任务之后；执行器依次轮询它们。
inspector-term-running = 运行中
    .title = 正在被轮询：线程此刻运行的唯一任务。
inspector-term-wakes = 唤醒
    .title = 对任务的 waker 的调用：每次调用都请求执行器再次轮询它。

## The table's columns; [s] marks seconds.

inspector-column-task = 任务
inspector-column-state = 状态
inspector-column-polls = 轮询
inspector-column-wakes = 唤醒
inspector-column-boxes = 箱数
inspector-column-failures = 故障
inspector-column-restarts = 重启
inspector-column-box-open = 开箱时长 [秒]
inspector-column-waiting = 无箱时长 [秒]

## A task's state, as the State column shows it.

inspector-state-waiting = 等待
inspector-state-scheduled = 已调度
inspector-state-running = 运行中
inspector-state-done = 已完成
inspector-state-failed = 故障

## The rows' names.

inspector-supervisor = 监督者
inspector-task-station = 接种站 { $station }
inspector-task-box = 接种站 { $station }（第 { $box_no } 箱）
inspector-task-worker = 接种站 { $station }（工作者）
inspector-task-box-task = 接种站 { $station }（第 { $box_no } 箱的任务）

## The tasks that finished last.

inspector-finished = 刚刚完成
inspector-finished-box = 接种站 { $station }（第 { $box_no } 箱）：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-worker = 接种站 { $station } 的工作者：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-box-task = 第 { $box_no } 箱的任务：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-none = 尚无任务完成

## The charts.

charts-title = 图表
charts-time-axis = 模拟秒数
charts-tick-thousands = { $thousands }千
charts-station = 接种站 { $station }

charts-doses-caption = 已接种剂数随时间的变化，对照模型预期的进度（虚线）
charts-doses =
    .aria-label = { $seconds } 秒后已接种 { $given } 剂，共 { $total } 剂；预期总用时 { $expected } 秒

charts-gantt-too-many = 甘特图只显示最多 { $limit } 个接种站的运行。
charts-gantt-caption = 各接种站随时间处理的箱；故障箱以朱红色和虚线边框标出
charts-gantt-truncated = （前 { $limit } 箱）
charts-gantt =
    .aria-label = 甘特图：{ $stations } 个接种站的 { $boxes } 箱
charts-gantt-bar = 接种站 { $station }，第 { $box_no } 箱：{ $start }–{ $end } 秒
charts-gantt-bar-failed = 接种站 { $station }，第 { $box_no } 箱：{ $start }–{ $end } 秒（故障）

charts-utilisation-summary = 利用率：{ $stations } 个接种站中，平均 { $mean }%，最低 { $least }%。
charts-utilisation-caption = 利用率：每个接种站开着一箱的时间占已用时间的比例
charts-utilisation =
    .aria-label = 各接种站的利用率
charts-percent = { $percent }%

## The policy comparison.

charts-comparison-too-large = 策略比较只涵盖最多 { $limit } 剂的运行。
charts-comparison-caption = 同一随机种子在监督者各策略下的结果（完整运行，在页面中重放）
charts-comparison-policy = 策略
charts-comparison-makespan = 总用时
charts-comparison-busy = 开箱时间占比
charts-comparison-boxes-opened = 开启的箱数
charts-comparison-doses-vanished = 消失的剂数
charts-seconds = { $seconds } 秒

## The code view. The listings are code and stay as written.

code-title = 代码
code-explain = Rust 代码是编译进本页面的源码；Python 代码是用 asyncio 写成的同一个程序，这个文件可以直接运行，并在 CPython 上与本引擎进行核对。任务只能在 { $await } 处暂停，而且只有在它等待的对象尚未就绪时才会暂停：{ $parked } 高亮位置从最新事件读出。
code-parked = { $stations }，{ $supervisor }。
code-parked-stations = 每个接种站任务都停在它的 sleep 处
code-parked-stations-blocking = 除接种站 { $station } 的任务外，每个接种站任务都停在它的 sleep 处（接种站 { $station } 从不 await，所以从不停驻：它在整箱期间一直占用线程）
code-parked-supervisor-set = 监督者停在等待集合处
code-parked-supervisor-queue = 监督者停在读取队列处
code-parked-supervisor-semaphore = 尚无接种站的箱任务停在信号量处
code-parked-supervisor-workers = 监督者停在等待各工作者处
code-resumed-station = 最后恢复：接种站 { $station } 的任务，在它的 await 处。
code-resumed-supervisor = 最后恢复：监督者，在它的 await 处。
code-resumed-none = 尚未运行任何内容。
code-rust = Rust（本应用）
code-python = Python asyncio
code-show-python-first = 先显示 Python
code-show-rust-first = 先显示 Rust
code-whole-file = 完整的 asyncio 文件，包括辅助函数
code-download = 下载该文件（可直接运行：python3 vaccination_lot.py）
code-listing =
    .aria-label =
        { $role ->
            [station] 接种站
           *[supervisor] 监督者
        }的 { $language ->
            [rust] Rust
           *[python] Python
        } 代码

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] 没有接种站任务在等待
       *[other] { $count } 个接种站任务在此等待
    }
code-supervisor-waits = 监督者在此等待
code-supervisor-returned = 监督者已返回
code-mistake-counts-waits = 数的是等待次数，而不是箱数
code-mistake-new-box = 即使没有剩余的箱，也开一箱新的
code-mistake-program-ends = 程序结束：任务在一箱中途被取消
code-mistake-cancelled = 任务在一箱中途被取消

## Where the Rust twin and asyncio differ.

code-differences = 这对孪生程序的不同之处：{ $next } 一次交回一个输出，所以 Rust 的监督者会反复轮询集合，直到它返回 Pending，以取走所有已返回的任务：也就是 { $wait } 返回的完成集合。它只轮询被唤醒的 future；而 { $wait } 在每次调用时为每个任务注册回调。在这里，丢弃一个 { $handle } 会取消它的任务；丢弃一个 asyncio { $task } 不会取消它，但事件循环只保存对它的弱引用，因此没人持有的任务可能在完成前消失：Python 代码保留了所有任务。
code-real-time = 本页的时钟是虚拟的：时间从一个定时器跳到下一个，每个期限都精确到微秒，没有任何东西会延迟。真实的 asyncio 有两点不同。在 Linux 上，它的选择器会把等待时间向上取整到整毫秒，所以相隔不到一毫秒到期的定时器常常在同一轮中一起触发，{ $wait } 会在同一个完成集合中交回两个任务：一次测量中，相隔 0.3 毫秒到期的两个任务每 100 次有 82 到 85 次如此。而且事件循环的每一轮都要花费真实时间，所以一箱 100 剂、每剂 1–100 毫秒的接种会晚约 2% 结束。单独运行这个 Python 文件就能看到这两点；python/real_time.py 会测量它们。

python-title = 在真正的 CPython 中运行代码
python-intro = 这里的 asyncio 代码在真正的 CPython 中运行：它被编译为 WebAssembly，使用虚拟时钟，并使用屏幕上这次运行的抽样和手动故障；随后页面逐个事件比较两次运行。第一次运行会下载 Python；页面上的其他内容不会等待它。
python-run = 在 CPython 中运行
python-run-again = 在 CPython 中运行这次运行
python-loading = 正在加载 Python：{ $loaded } / { $total } MB
python-starting = 正在启动 Python…
python-running = CPython 正在运行代码…
python-agrees = CPython { $version } 一致：{ $events } 个事件中的 { $events } 个在同一微秒发生。
python-differs = CPython { $version } 与引擎的第一个差异在第 { $index } 个事件。
python-differs-engine = 引擎：
python-differs-cpython = CPython：
python-show-difference = 显示第 { $index } 个事件
python-failed = CPython { $version } 无法在这次运行上运行代码：{ $error }
python-too-large = 最多 { $limit } 剂的运行会交给 CPython；这次运行有 { $doses } 剂。
python-offline = Python 视图需要通过网址提供的页面：从文件打开时，浏览器不允许它加载 Python。
python-load-failed = 无法加载 Python（{ $reason }）。页面的其余部分照常工作。
python-tree = asyncio 在第 { $event } 个事件时看到的
python-tree-title = asyncio 自己在第 { $event } 个事件时的视图
python-tree-explain = 代码在 CPython 中运行到这个事件并停在那里：其任务如 asyncio.capture_call_graph 给出的那样，即 python -m asyncio pstree 打印的图。每个任务位于等待它的任务之下，并列出它暂停所在的函数，从最外层开始。
python-tree-station-task = { $task }：站点 { $station }，箱 { $box_no }
python-tree-running = { $task }，正在运行
python-tree-failed = 无法获取 asyncio 的视图：{ $error }
python-tree-more = ……还有 { $count } 个任务
python-stopped = CPython 在 { $seconds } 秒内没有响应，因此其 worker 已被停止：时间预算会在下一次循环时停止 Python 代码，但无法停止单个 C 调用内的长时间计算。运行会重新启动 Python。
