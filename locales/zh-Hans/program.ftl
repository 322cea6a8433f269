### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. See locales/en/program.ftl.

# The executor panel while a learner's recorded program plays.
executor-program-note = 你的{ -supervisor }，录制自 CPython：{ -awaited-set }和各次唤醒都取自它对 asyncio.wait 的调用。
executor-awaited-kind-program = 你的{ -supervisor }在等待的{ -task }
own-inspector-note = 你的{ -supervisor }的{ -task }是在 CPython 中运行的：下面的{ -box }数和时间取自它的运行；轮询与唤醒次数只在页面自己的{ -executor }上计数。
executor-program-timers = 录制的运行不保留{ -timer-queue }：asyncio 自己的视图会显示每个{ -task }在等待什么。
# The Python view: the learner's own supervisor.
own-title = 你自己的{ -supervisor }
own-intro = 修改下面的{ -supervisor }，并在真正的 CPython 中运行它，使用屏幕上这次运行的{ -station }和抽样。随后页面会像播放其他运行一样播放你的运行，并清点每一{ -dose }。
own-editor-label = 你的{ -supervisor }（Python）
own-editor-failed = 代码编辑器没有加载成功（{ $reason }）；改用一个普通文本框代替。
own-run = 运行我的程序
own-reset = 从文章中的循环重新开始
own-failed = 你的程序未能运行：{ $error }
own-too-large = 这次运行对程序来说太大了：为每个{ -station }和每一{ -box }抽样将共有 { $shots } { -shot }，而最多只交付 { $limit } { -shot }。请减少{ -station }、{ -box }数或{ -dose }数。
own-raised = 你的程序以异常结束：{ $error }
own-summary = 你的{ -supervisor }的运行：{ $events } 个事件；已接种 { $given } { -dose }，其中报告了 { $reported } { -dose }；丢失 { $lost } { -dose }。
own-lost-cancelled = { $station } 号{ -station }，第 { $box_no } { -box }：程序结束时它的{ -task }仍在运行，因此被 asyncio.run 取消；已接种但从未报告 { $unreported } { -dose }，丢弃 { $thrown_away } { -dose }
own-lost-unreported = { $station } 号{ -station }，第 { $box_no } { -box }：它的{ -task }已结束，程序却从未报告它；已接种但从未报告 { $unreported } { -dose }，浪费 { $thrown_away } { -dose }
own-pending-at-exit = 程序结束时仍有 { $tasks } 个{ -task }尚未完成，共持有 { $doses } { -dose }。
own-never-retrieved = { $task } 抛出了 { $error }，但从来没有人取回这个异常。
own-never-awaited = { $task } 被创建后从未被 await：没有任何代码等待它，也没有任何代码索取它的结果。
own-blocked = { $calls } 次阻塞调用（time.sleep）总共占住{ -event-loop } { $seconds } 秒：在此期间没有其他{ -task }运行。
own-beyond-depot = 在{ -depot }原有的 { $depot } { -box }之外，又多打开了 { $boxes } { -box }。
own-left-in-depot = 有 { $boxes } { -box }从未从{ -depot }中取出。
own-play = 播放你的运行
own-engine-differs = 引擎以策略“{ $policy }”运行相同的抽样：两次运行从第 { $index } 个事件开始不同
own-engine-same = 引擎以策略“{ $policy }”运行相同的抽样：两次运行完全相同，逐个事件一致
own-output = 你的程序打印的内容
own-concealed = CPython 已经运行了它。回答课程的问题之后，它的各项数字就会显示在这里。
own-listing-not-compared = 这份代码是与引擎的运行对照的：打开一次引擎的运行，即可在这里运行它。
# A program shared in a link (#py=…).
own-open = 编写你自己的{ -supervisor }
own-linked = 这个程序来自链接。只有在你按下“运行我的程序”时，它才会运行。
own-link = 你的程序的链接
own-link-made = 复制这个链接：它会打开本页面，并把你的程序放进编辑器，但不会运行它。
own-link-too-long = 程序太长，放不进链接：一个链接最多只能容纳 { $limit } KB 的程序。
own-link-not-base64 = 链接中的程序（#py=…）不是 { $encoding } 文本：{ $detail }。
own-link-not-utf8 = 链接中的程序（#py=…）不是 UTF-8 文本。

## The Python view: CPython running the listing, its verdict, asyncio's own view

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
python-too-large = 最多 { $limit } { -dose }的运行会交给 CPython；这次运行有 { $doses } { -dose }。
python-offline = Python 视图需要通过网址提供的页面：从文件打开时，浏览器不允许它加载 Python。
python-load-failed = 无法加载 Python（{ $reason }）。页面的其余部分照常工作。
python-tree = asyncio 在第 { $event } 个事件时看到的
python-tree-title = asyncio 自己在第 { $event } 个事件时的视图
python-tree-explain = 代码在 CPython 中运行到这个事件并停在那里：其{ -task }如 asyncio.capture_call_graph 给出的那样，即 python -m asyncio pstree 打印的图。每个{ -task }位于等待它的{ -task }之下，并列出它暂停所在的函数，从最外层开始。
python-tree-station-task = { $task }：{ -station } { $station }，{ -box } { $box_no }
python-tree-running = { $task }，正在运行
python-tree-failed = 无法获取 asyncio 的视图：{ $error }
python-tree-more = ……还有 { $count } 个{ -task }
python-stopped = CPython 在 { $seconds } 秒内没有响应，因此其 worker 已被停止：时间预算会在{ -event-loop }的下一轮停止 Python 代码，但无法停止单个 C 调用内的长时间计算。运行会重新启动 Python。
