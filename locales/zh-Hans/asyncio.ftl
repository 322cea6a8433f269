# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = 所有任务都在同一个线程上运行，一次一个：事件循环从就绪队列的队首取出任务，运行它的协程，直到协程{ $awaits }一个尚未完成的对象；这时任务就交还线程。休眠中的接种站不占用任何资源：接种完成时由{ $timer }结束它的 sleep，完成回调把任务放回就绪队列，再由事件循环{ $polls }。在同一时刻到期的定时器会在事件循环的同一轮中一起触发，它们唤醒的每个任务都先于这些任务再唤醒的任务运行。
executor-term-awaits-asyncio = 用 await 等待
    .title = 挂起协程，直到被等待的对象完成。若尚未完成，任务就把线程交还给事件循环；等它完成时，完成回调会把任务放回就绪队列。
executor-term-timer-asyncio = 定时器
    .title = 事件循环中已安排的回调所组成的堆里的一项（loop.call_later）：到期时，它让 sleep 的 future 完成。
executor-term-polls-asyncio = 运行该任务的下一步
    .title = 让任务的协程从上次 await 的地方继续运行，直到下一个尚未完成的 await，或直到它返回（asyncio 的 Task.__step）。
executor-wake-ok-asyncio = 接种站 { $station } 的任务（第 { $box_no } 箱）返回了剂数
executor-wake-err-asyncio = 接种站 { $station } 的任务（第 { $box_no } 箱）抛出异常：{ $error }
inspector-explain-asyncio = { $tasks ->
        [worker] 每个接种站的 worker 是一个 Task，从队列中一箱接一箱地处理。
       *[box] 接种站处理的每一箱都是一个 Task。
    }Task 的协程休眠时，它处于{ $waiting }状态；完成回调把它放回去之后，它{ $scheduled }；事件循环运行它的协程时，它处于{ $running }状态。{ $wakes }次数和步数在一个接种站的所有箱上累计；监督者那一行统计它处理过的箱数。“开箱时长”是接种站有一箱开着的模拟时间（Task 在两次接种之间休眠，不占用线程），而不是运行所花的时间；没有箱时，接种站在等待监督者。
inspector-term-scheduled-asyncio = 在就绪队列中
    .title = 可以运行：事件循环从队首开始依次运行就绪队列中的任务，每次只运行一个 Task 的一步。
inspector-term-running-asyncio = 运行中
    .title = 事件循环此刻正在运行其协程的那一个 Task。
inspector-term-wakes-asyncio = 唤醒
    .title = Task 被放回就绪队列的次数（在本页中，由它的 Rust 孪生任务的 waker 计数）。
