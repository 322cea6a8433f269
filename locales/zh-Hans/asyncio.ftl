# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = 所有{ -task }都在同一个{ -thread }上运行，一次一个：{ -event-loop }从{ -ready-queue }的队首取出{ -task }，运行它的协程，直到协程{ $awaits }一个尚未完成的对象；这时{ -task }就交还{ -thread }。休眠中的{ -station }不占用任何资源：这一{ -shot }打完时由{ $timer }结束它的 sleep，完成回调把{ -task }放回{ -ready-queue }，再由{ -event-loop }{ $polls }。在同一时刻到期的{ -timer }会在{ -event-loop }的同一轮中一起触发，它们唤醒的每个{ -task }都先于这些{ -task }再唤醒的{ -task }运行。
executor-term-awaits-asyncio = 用 await 等待
    .title = 挂起协程，直到被等待的对象完成。若尚未完成，{ -task }就把{ -thread }交还给{ -event-loop }；等它完成时，完成回调会把{ -task }放回{ -ready-queue }。
executor-term-timer-asyncio = { -timer }
    .title = { -event-loop }中已安排的回调所组成的堆里的一项（loop.call_later）：到期时，它让 sleep 的 future 完成。
executor-term-polls-asyncio = 运行该{ -task }的下一步
    .title = 让{ -task }的协程从上次 await 的地方继续运行，直到下一个尚未完成的 await，或直到它返回（asyncio 的 Task.__step）。
executor-wake-ok-asyncio = { -station } { $station } 的{ -task }（第 { $box_no } { -box }）返回了{ -dose }数
executor-wake-err-asyncio = { -station } { $station } 的{ -task }（第 { $box_no } { -box }）抛出异常：{ $error }
inspector-explain-asyncio = { $tasks ->
        [worker] 每个{ -station }的工作者是一个 Task，从队列中一{ -box }接一{ -box }地处理。
       *[box] { -station }处理的每一{ -box }都是一个 Task。
    }Task 的协程休眠时，它处于{ $waiting }状态；完成回调把它放回去之后，它{ $scheduled }；{ -event-loop }运行它的协程时，它处于{ $running }状态。{ $wakes }次数和步数在一个{ -station }的所有{ -box }上累计；{ -supervisor }那一行统计它处理过的{ -box }数。“开{ -box }时长”是{ -station }有一{ -box }开着的模拟时间（Task 在两{ -shot }之间休眠，不占用{ -thread }），而不是运行所花的时间；没有{ -box }时，{ -station }处于空闲状态，直到{ -supervisor }给它一{ -box }。
inspector-term-scheduled-asyncio = 在{ -ready-queue }中
    .title = 可以运行：{ -event-loop }从队首开始依次运行{ -ready-queue }中的{ -task }，每次只运行一个 Task 的一步。
inspector-term-running-asyncio = 运行中
    .title = { -event-loop }此刻正在运行其协程的那一个 Task。
inspector-term-wakes-asyncio = 唤醒
    .title = Task 被放回{ -ready-queue }的次数（在本页中，由它的 Rust 孪生{ -task }的 waker 计数）。
