# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels. See locales/en/panels.ftl.

## Shared by the panels.

panels-term-spoken = （{ $definition }）
panels-list-separator = 、

## The executor view.

executor-title = { -executor }
executor-explain = 所有{ -task }都在同一个{ -thread }上运行，一次一个。{ -task }{ $awaits }一个尚未就绪的 future 时，就让出{ -thread }，直到该 future 唤醒它。休眠中的{ -station }不占用任何资源：这一{ -shot }打完时由{ $timer }唤醒它，再由{ -executor }{ $polls }它。在同一时刻到期的{ -timer }会在{ -executor }的同一轮中一起触发，它们唤醒的每个{ -task }都先于这些{ -task }再唤醒的{ -task }运行。
executor-term-awaits = 用 await 等待
    .title = 向一个 future 索取它的值。若尚未就绪，{ -task }就让出{ -thread }，直到该 future 唤醒它；若已就绪，值立即返回，{ -task }继续运行。
executor-term-timer = { -timer }
    .title = 时钟队列中的一项：到期时唤醒设置它的{ -task }。
executor-term-polls = 轮询
    .title = 运行一个{ -task }，直到它需要再次等待（返回 Pending）或运行结束（返回 Ready）。

## The supervisor's policy, one sentence each.

executor-policy-first = 策略 FIRST_COMPLETED：{ -supervisor }等待整个集合，一旦有{ -task }返回就醒来。它取走到那时为止已返回的所有{ -task }，即完成集合，按{ -station }顺序报告，立即重启每个{ -station }，然后再次等待这个集合。
executor-policy-all = 策略 ALL_COMPLETED：{ -supervisor }在每个完成集合到来时报告它，但要等整批{ -task }都返回后才补充新{ -box }，所以提前完成的{ -station }只能空闲。
executor-policy-queue = 策略 完成队列：每个完成的{ -station }{ -task }都进入一个队列（在 Python 中由完成回调把它放入 asyncio.Queue；在 Rust 中由{ -task }通过通道发送结果），{ -supervisor }按完成顺序逐个取出，并重启相应的{ -station }。
executor-policy-article = 策略 文章的循环：它按{ -box }数用 FIRST_COMPLETED 等待相同次数，数的是等待次数而不是{ -box }数；即使没有{ -box }了，也会重启每个完成集合中的每个{ -task }；循环一结束，程序也随之结束：asyncio.run 会取消仍在运行、用到一半的{ -task }。
executor-policy-taskgroup = 策略 TaskGroup + Semaphore：预先为每一{ -box }创建一个{ -task }；信号量允许同时工作的{ -task }数等于{ -station }数，每个{ -task }占用编号最小的空闲{ -station }。每个{ -task }捕获其{ -station }的失败并报告：未捕获的异常会取消整个{ -task }组。
executor-policy-workers = 策略“工作者 + Queue”：每个{ -station }有一个长期运行的{ -task }，从预先填满的队列中取{ -box }，直到队列为空；遇到失败时捕获它并继续处理下一{ -box }。
executor-queue-same = 在这次运行中，它与 FIRST_COMPLETED 在相同时刻给出相同的{ -shot }和相同的{ -box }。
executor-queue-differs = 在这次运行中，它与 FIRST_COMPLETED 不同：{ $same_end ->
        [yes] 两者都在 { $seconds } 秒结束，但各{ -box }分到了别的{ -station }
       *[no] 它在 { $seconds } 秒结束，FIRST_COMPLETED 在 { $first_seconds } 秒结束
    }。

## A station that never awaits ($station: its number).

executor-blocking = { -station } { $station } 阻塞了{ -thread }：它每打一{ -shot }都不使用 await，因此它的每一{ -box }都在一次轮询中从头跑到尾，期间没有其他{ -task }能运行。其他{ -station }的{ -timer }到期了，但在它释放{ -thread }之前无法触发；随后它们在{ -executor }的同一轮中一起触发，已经晚了。这次运行逐轮遵循 asyncio 的{ -event-loop }，并有测试将其与 CPython 对照。
executor-share-none = 在这次运行中，其他{ -station }一{ -shot }也没有打：{ -station } { $station } 一{ -box }接一{ -box }地拿走了所有的{ -box }，从未释放{ -thread }。
executor-share-exact = 在这次运行中，{ -station } { $station } 交回了 { $boxes } { -box }，每两{ -box }之间其他{ -station }每次一共打了 { $shots } { -shot }。
executor-share-range = 在这次运行中，{ -station } { $station } 交回了 { $boxes } { -box }；每两{ -box }之间其他{ -station }一共打了 { $fewest } 到 { $most } { -shot }，平均 { $mean } { -shot }。
executor-share-one-box = 在这次运行中，{ -station } { $station } 只交回了一{ -box }；其他{ -station }在整个运行中一共打了 { $shots } { -shot }。

## The awaited set.

executor-awaited-set = { -awaited-set }
executor-awaited-count = （{ $count } 个{ -task }，{ $kind }）
executor-awaited-kind-channel = 向通道发送结果的{ -task }
executor-awaited-kind-taskgroup = { -task }组中的{ -station }{ -task }
executor-awaited-kind-workers = 各工作者当前的{ -box }
executor-awaited-kind-futures = 一个 FuturesUnordered
executor-awaited-task = { -station } { $station } · 第 { $box_no } { -box }
executor-awaited-more = 另有 { $count } 个
executor-awaited-empty = 空
executor-done-set = 最近的完成集合
executor-done-count = （{ $count } 个{ -task }，{ $seconds } 秒）
executor-done-task = { -station } { $station } · 第 { $box_no } { -box }
executor-done-empty = { -supervisor }尚未醒来
executor-done-unreported = 已返回；{ -supervisor }接下来报告它
executor-done-several = 一个完成集合中有多个{ -task }：它们的{ -timer }在{ -executor }的同一轮中一起触发，每个{ -task }都在{ -supervisor }醒来之前返回；asyncio.wait 会交回到那时为止已完成的所有{ -task }。

## The timer queue.

executor-timers = { -timer-queue }，最早到期的在前
executor-timer = { $seconds } 秒 → 唤醒{ -station } { $station }
executor-timers-empty = 没有{ -timer }

## The supervisor's wakes, one line each.

executor-wakes = { -supervisor }的唤醒记录，最新的在前
executor-reports = 由各自{ -task }报告的{ -box }，最新的在前
executor-wake-time = { $seconds } 秒
executor-wake-wait = 循环计数中的第 { $wait } 次等待
executor-wake-ok = { -station } { $station } 的{ -task }（第 { $box_no } { -box }）返回 Ok
executor-wake-err = { -station } { $station } 的{ -task }（第 { $box_no } { -box }）返回 Err：{ $error }
executor-error-spoiled = 这{ -box }的第 { $shot } { -dose }疫苗已变质
executor-error-broken = 在第 { $shot } { -shot }时被手动弄坏
executor-wake-pending = 仍在等待：{ $stations }
executor-pending-none = 无
executor-pending-more = 另有 { $count } 个
executor-wake-pushed = 已放入：{ $tasks }
executor-pushed-task = { -station } { $station }，第 { $box_no } { -box }
executor-wake-no-box = 暂无新{ -box }
executor-wake-depot-empty = 未放入任何{ -task }（{ -depot }已空）
executor-report-taskgroup-next = 该{ -box }的{ -task }释放{ -station } { $station } 及其许可；下一{ -box }的{ -task }取走编号最小的空闲{ -station }
executor-report-taskgroup-last = 已经没有{ -box }了，所以{ -station } { $station } 保持空闲
executor-report-workers-next = 工作者从队列中取出下一{ -box }
executor-report-workers-last = 队列已空，所以工作者返回

## The task inspector.

inspector-title = { -inspector }
inspector-too-many = { -inspector }只列出最多 { $limit } 个{ -station }的运行中的{ -task }。
inspector-explain = { $tasks ->
        [worker] 每个{ -station }的工作者是一个{ -task }，从队列中一{ -box }接一{ -box }地处理。
       *[box] { -station }处理的每一{ -box }都是一个{ -task }。
    }{ -task }休眠时处于{ $waiting }状态，被唤醒后处于{ $scheduled }状态，{ -thread }轮询它时处于{ $running }状态。{ $wakes }次数和轮询次数在一个{ -station }的所有{ -box }上累计；{ -supervisor }那一行统计它处理过的{ -box }数。“开{ -box }时长”是{ -station }有一{ -box }开着的模拟时间（{ -task }在两{ -shot }之间休眠，不占用{ -thread }），而不是花在轮询里的时间；没有{ -box }时，{ -station }处于空闲状态，直到{ -supervisor }给它一{ -box }。
inspector-term-waiting = 休眠
    .title = 不在{ -thread }上，直到有东西唤醒它：{ -station }的{ -task }休眠在这一{ -shot }的{ -timer }上，{ -supervisor }休眠在它等待的{ -task }上。（没有开{ -box }的{ -station }处于空闲状态，而不是休眠。）
inspector-term-scheduled = 已调度
    .title = 已被唤醒，排在比它先被唤醒的{ -task }之后；{ -executor }依次轮询它们。
inspector-term-running = 运行中
    .title = 正在被轮询：{ -thread }此刻运行的唯一{ -task }。
inspector-term-wakes = 唤醒
    .title = 对{ -task }的 waker 的调用：每次调用都请求{ -executor }再次轮询它。

## The table's columns; [s] marks seconds.

inspector-column-task = { -task }
inspector-column-state = 状态
inspector-column-polls = 轮询
inspector-column-wakes = 唤醒
inspector-column-boxes = { -box }数
inspector-column-failures = 失败
inspector-column-restarts = 重启
inspector-column-box-open = 开{ -box }时长 [秒]
inspector-column-waiting = 无{ -box }时长 [秒]

## A task's state, as the State column shows it.

inspector-state-waiting = 休眠
inspector-state-scheduled = 已调度
inspector-state-running = 运行中
inspector-state-done = 已完成
inspector-state-failed = 已失败

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station }（第 { $box_no } { -box }）
inspector-task-worker = { -station } { $station }（工作者）
inspector-task-box-task = { -station } { $station }（第 { $box_no } { -box }的{ -task }）

## The tasks that finished last.

inspector-finished = 刚刚完成
inspector-finished-box = { -station } { $station }（第 { $box_no } { -box }）：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-worker = { -station } { $station } 的工作者：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-box-task = 第 { $box_no } { -box }的{ -task }：经过 { $polls } 次轮询和 { $wakes } 次唤醒后完成
inspector-finished-none = 尚无{ -task }完成

## The charts.

charts-title = 图表
charts-time-axis = 模拟秒数
charts-tick-thousands = { $thousands }千
charts-station = { -station } { $station }

charts-doses-caption = 已接种{ -dose }数随时间的变化，对照模型预期的进度（虚线）
charts-doses =
    .aria-label = { $seconds } 秒后已接种 { $given } { -dose }，共 { $total } { -dose }；预期总用时 { $expected } 秒

charts-gantt-too-many = 甘特图只显示最多 { $limit } 个{ -station }的运行。
charts-gantt-caption = 各{ -station }随时间处理的{ -box }；失败的{ -box }以朱红色和虚线边框标出
charts-gantt-truncated = （前 { $limit } { -box }）
charts-gantt =
    .aria-label = 甘特图：{ $stations } 个{ -station }的 { $boxes } { -box }
charts-gantt-bar = { -station } { $station }，第 { $box_no } { -box }：{ $start }–{ $end } 秒
charts-gantt-bar-failed = { -station } { $station }，第 { $box_no } { -box }：{ $start }–{ $end } 秒（失败）

charts-utilisation-summary = 利用率：{ $stations } 个{ -station }中，平均 { $mean }%，最低 { $least }%。
charts-utilisation-caption = 利用率：每个{ -station }开着一{ -box }的时间占已用时间的比例
charts-utilisation =
    .aria-label = 各{ -station }的利用率
charts-percent = { $percent }%

## The policy comparison.

charts-comparison-too-large = 策略比较只涵盖最多 { $limit } { -dose }的运行。
charts-comparison-caption = 同一随机种子在{ -supervisor }各策略下的结果（完整运行，在页面中重放）
charts-comparison-policy = 策略
charts-comparison-makespan = 总用时
charts-comparison-busy = 开{ -box }时间占比
charts-comparison-boxes-opened = 开启的{ -box }数
charts-comparison-doses-vanished = 消失的{ -dose }数
charts-seconds = { $seconds } 秒

## The code view. The listings are code and stay as written.

code-title = 代码
code-explain = Rust 代码是编译进本页面的源码；Python 代码是用 asyncio 写成的同一个程序，这个文件可以直接运行，并在 CPython 上与本引擎进行核对。{ -task }只能在 { $await } 处暂停，而且只有在它等待的对象尚未就绪时才会暂停：{ $parked } 高亮位置从最新事件读出。
code-parked = { $stations }，{ $supervisor }。
code-parked-stations = 每个{ -station }{ -task }都停在它的 sleep 处
code-parked-stations-blocking = 除{ -station } { $station } 的{ -task }外，每个{ -station }{ -task }都停在它的 sleep 处（{ -station } { $station } 从不 await，所以从不停驻：它在整{ -box }期间一直占用{ -thread }）
code-parked-supervisor-set = { -supervisor }停在它对{ -awaited-set }的等待处
code-parked-supervisor-queue = { -supervisor }停在读取队列处
code-parked-supervisor-semaphore = 尚无{ -station }的{ -box }{ -task }停在信号量处
code-parked-supervisor-workers = { -supervisor }停在等待各工作者处
code-resumed-station = 最后恢复：{ -station } { $station } 的{ -task }，在它的 await 处。
code-resumed-supervisor = 最后恢复：{ -supervisor }，在它的 await 处。
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
            [station] { -station }
           *[supervisor] { -supervisor }
        }的 { $language ->
            [rust] Rust
           *[python] Python
        } 代码

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] 没有{ -station }{ -task }在等待
       *[other] { $count } 个{ -station }{ -task }在此等待
    }
code-supervisor-waits = { -supervisor }在此等待
code-supervisor-returned = { -supervisor }已返回
code-mistake-counts-waits = 数的是等待次数，而不是{ -box }数
code-mistake-new-box = 即使没有剩余的{ -box }，也开一{ -box }新的
code-mistake-program-ends = 程序结束：{ -task }在一{ -box }中途被取消
code-mistake-cancelled = { -task }在一{ -box }中途被取消

## Where the Rust twin and asyncio differ.

code-differences = 这对孪生程序的不同之处：{ $next } 一次交回一个输出，所以 Rust 的{ -supervisor }会反复轮询集合，直到它返回 Pending，以取走所有已返回的{ -task }：也就是 { $wait } 返回的完成集合。它只轮询被唤醒的 future；而 { $wait } 在每次调用时为每个{ -task }注册回调。在这里，丢弃一个 { $handle } 会取消它的{ -task }；丢弃一个 asyncio { $task } 不会取消它，但{ -event-loop }只保存对它的弱引用，因此没人持有的{ -task }可能在完成前消失：Python 代码保留了所有{ -task }。
code-real-time = 本页的时钟是虚拟的：时间从一个{ -timer }跳到下一个，每个期限都精确到微秒，没有任何东西会延迟。真实的 asyncio 有两点不同。在 Linux 上，它的选择器会把等待时间向上取整到整毫秒，所以相隔不到一毫秒到期的{ -timer }常常在同一轮中一起触发，{ $wait } 会在同一个完成集合中交回两个{ -task }：一次测量中，相隔 0.3 毫秒到期的两个{ -task }每 100 次有 82 到 85 次如此。而且{ -event-loop }的每一轮都要花费真实时间，所以一{ -box } 100 { -shot }、每{ -shot } 1–100 毫秒，会晚约 2% 结束。单独运行这个 Python 文件就能看到这两点；python/real_time.py 会测量它们。

python-title = 在真正的 CPython 中运行代码
python-intro = 这里的 asyncio 代码在真正的 CPython 中运行：它被编译为 WebAssembly，使用虚拟时钟，并使用屏幕上这次运行的抽样和手动弄坏；随后页面逐个事件比较两次运行。第一次运行会下载 Python；页面上的其他内容不会等待它。
python-run = 在 CPython 中运行
