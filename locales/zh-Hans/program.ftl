### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = 你的监督者，录制自 CPython：等待集合和各次唤醒都取自它对 asyncio.wait 的调用。
executor-awaited-kind-program = 你的监督者在等待的任务
own-inspector-note = 你的监督者的任务是在 CPython 中运行的：下面的箱数和时间取自它的运行；轮询与唤醒次数只在页面自己的执行器上计数。
executor-program-timers = 录制的运行不保留定时器队列：asyncio 自己的视图会显示每个任务在等待什么。
# The Python view: the learner's own supervisor.
own-title = 你自己的监督者
own-intro = 修改下面的监督者，并在真正的 CPython 中运行它，使用屏幕上这次运行的接种站和抽样。随后页面会像播放其他运行一样播放你的运行，并清点每一剂。
own-editor-label = 你的监督者（Python）
own-editor-failed = 代码编辑器没有加载成功（{ $reason }）；改用一个普通文本框代替。
own-run = 运行我的程序
own-reset = 从文章中的循环重新开始
own-failed = 你的程序未能运行：{ $error }
own-too-large = 这次运行对程序来说太大了：为每个接种站和每一箱抽样将共有 { $shots } 次接种，而最多只交付 { $limit } 次。请减少接种站、箱数或剂量。
own-raised = 你的程序以异常结束：{ $error }
own-summary = 你的监督者的运行：{ $events } 个事件；已接种 { $given } 剂，其中报告了 { $reported } 剂；丢失 { $lost } 剂。
own-lost-cancelled = { $station } 号接种站，第 { $box_no } 箱：程序结束时它的任务仍在运行，因此被 asyncio.run 取消；已接种但从未报告 { $unreported } 剂，丢弃 { $thrown_away } 剂
own-lost-unreported = { $station } 号接种站，第 { $box_no } 箱：它的任务已结束，程序却从未报告它；已接种但从未报告 { $unreported } 剂，浪费 { $thrown_away } 剂
own-pending-at-exit = 程序结束时仍有 { $tasks } 个任务尚未完成，共持有 { $doses } 剂。
own-never-retrieved = { $task } 抛出了 { $error }，但从来没有人取回这个异常。
own-never-awaited = { $task } 被创建后从未被 await：没有任何代码等待它，也没有任何代码索取它的结果。
own-blocked = { $calls } 次阻塞调用（time.sleep）总共占住事件循环 { $seconds } 秒：在此期间没有其他任务运行。
own-beyond-depot = 在仓库原有的 { $depot } 箱之外，又多打开了 { $boxes } 箱。
own-left-in-depot = 有 { $boxes } 箱从未从仓库中取出。
own-play = 播放你的运行
own-engine-differs = 引擎以策略“{ $policy }”运行相同的抽样：两次运行从第 { $index } 个事件开始不同
own-engine-same = 引擎以策略“{ $policy }”运行相同的抽样：两次运行完全相同，逐个事件一致
own-output = 你的程序打印的内容
own-concealed = CPython 已经运行了它。回答课程的问题之后，它的各项数字就会显示在这里。
own-listing-not-compared = 这份代码是与引擎的运行对照的：打开一次引擎的运行，即可在这里运行它。
# A program shared in a link (#py=…).
own-open = 编写你自己的监督者
own-linked = 这个程序来自链接。只有在你按下“运行我的程序”时，它才会运行。
own-link = 你的程序的链接
own-link-made = 复制这个链接：它会打开本页面，并把你的程序放进编辑器，但不会运行它。
own-link-too-long = 程序太长，放不进链接：一个链接最多只能容纳 { $limit } KB 的程序。
own-link-not-base64 = 链接中的程序（#py=…）不是 { $encoding } 文本：{ $detail }。
own-link-not-utf8 = 链接中的程序（#py=…）不是 UTF-8 文本。
