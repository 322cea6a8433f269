# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = 、
lesson-doses = { $count } 剂

## The lessons menu

lessons-menu-title = 课程
lessons-menu-intro = 每节课都会带你走过一次运行中的若干时刻。当某一步请你预测时，运行会继续播放到揭晓答案的那一刻：答案是根据你看到的这次运行算出来的。
lessons-menu-steps = { $steps } 步
lessons-menu-write = 编写课程…
lessons-menu-teachers = 教师：可以挑选任意一次运行中的时刻，添加文字和问题，并以链接的形式分享课程。

## The lesson card

lesson-step-of = 第 { $number } 步，共 { $steps } 步
lesson-step-announce = 第 { $number } 步，共 { $steps } 步。{ $text }
lesson-look-at = 请看{ $region }。
lesson-focus-lot = 停车场
lesson-focus-executor = 执行器
lesson-focus-inspector = 任务检查器
lesson-focus-charts = 图表
lesson-focus-code = 代码
lesson-focus-log = 事件日志
lesson-focus-stats = 统计
lesson-nav =
    .aria-label = 课程步骤
lesson-previous = ◀ 上一步
    .title = 上一步（Page Up）
lesson-next = 下一步 ▶
    .title = 下一步（Page Down）
lesson-exit = 退出课程
lesson-cannot-ask = 这一步的问题无法提出：{ $problem }。

## A prediction

lesson-predict = 预测：
lesson-playing-forward = 正在把运行播放到答案处…
lesson-cpython-running = CPython 正在 Python 视图中运行这一步的程序；随后会提出问题。
lesson-cpython-on-run = 请在 Python 视图中按下“运行我的程序”：CPython 会运行这一步的程序，随后提出问题。
lesson-cpython-failed = CPython 无法运行这一步的程序：{ $reason }
lesson-right = 答对了。
lesson-the-answer = ← 答案
lesson-not-quite = 不太对：答案是“{ $answer }”。
lesson-skip = 跳过这次预测
    .title = 不作预测，直接继续；总结中会记为已跳过
lesson-skipped = 你跳过了这次预测。你仍然可以作答。

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = 目标：
lesson-goal-met = 已达成。
lesson-goal-not-met = 尚未达成。
lesson-goal-pending = 尚未检查。
lesson-goal-loses-nothing = 你的监督者报告仓库中的每一箱（共 { $boxes } 箱），且不损失任何一剂。
lesson-goal-cooperates = 你的监督者从不以阻塞调用占住线程，且不损失任何一剂。
lesson-goal-makespan = 在不超过 { $seconds } 秒的模拟时间内用完仓库（{ $boxes } 箱，每箱 { $capacity } 剂）。
lesson-goal-run-mine = 请在 Python 视图中按下“运行我的程序”：CPython 会在这次运行上运行你的程序，并据此检查目标。
lesson-goal-did-not-run = 你的程序没有运行到结束：{ $reason }
lesson-goal-program-problems = 你的程序在 CPython 上的运行：{ $problems }。
lesson-goal-lost = 在 { $boxes } 箱中损失了 { $doses }
lesson-goal-pending-tasks = 它返回时仍有 { $tasks } 个任务在运行
lesson-goal-beyond-depot = 在仓库的 { $depot } 箱之外多打开了 { $boxes } 箱
lesson-goal-left-in-depot = 有 { $boxes } 箱留在仓库中
lesson-goal-blocked = 第 { $line } 行占住线程 { $calls } 次，总共 { $seconds } 秒
lesson-goal-blocked-elsewhere = 你的代码之外的阻塞调用占住线程 { $calls } 次，总共 { $seconds } 秒
lesson-goal-reported-all = 你的程序在 CPython 上的运行报告了全部 { $boxes } 箱（{ $doses }），没有任何损失。
lesson-goal-never-blocked = 你的程序在 CPython 上的运行从未占住线程，报告了全部 { $boxes } 箱（{ $doses }），没有任何损失。
lesson-goal-engine-same = 引擎的 FIRST_COMPLETED 监督者在相同的抽样上得到同一次运行，逐个事件一致。
lesson-goal-engine-differs = 引擎的 FIRST_COMPLETED 监督者在相同的抽样上从第 { $index } 个事件起与它不同。
lesson-goal-other-depot = 屏幕上的运行有 { $boxes } 箱，每箱 { $capacity } 剂；这一步的仓库是 { $step_boxes } 箱，每箱 { $step_capacity } 剂：只有使用这一步仓库的运行才算数。
lesson-goal-finished-within = 屏幕上的运行在 { $time } 秒结束，比目标早 { $spare } 秒。
lesson-goal-finished-late = 屏幕上的运行在 { $time } 秒结束，比目标晚 { $over } 秒。
lesson-goal-past = 屏幕上的运行已超过 { $seconds } 秒，仍有箱子没有完成。
lesson-goal-play = 把屏幕上的运行播放到结束：运行结束时检查目标。

## The summary on a lesson's last step

lesson-summary-title = 你的预测
lesson-summary-step = 第 { $step } 步：{ $prompt }
lesson-summary-right = 你的回答是“{ $answer }”：答对了。
lesson-summary-wrong = 你的回答是“{ $answer }”；运行的结果是“{ $right }”。
lesson-summary-skipped = 已跳过；运行的结果是“{ $right }”。
lesson-summary-unanswered = 未作答；运行的结果是“{ $right }”。
lesson-summary-score = { $asked } 个预测中答对了 { $right } 个
lesson-summary-key-idea = 核心要点
lesson-next-lesson = 下一课：{ $title }
lesson-summary-menu = 全部课程

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = 无法打开该课程：
lesson-problems-dismiss = 关闭
lesson-resume = 欢迎回来。要从第 { $step } 步继续课程“{ $title }”吗？
lesson-resume-region =
    .aria-label = 继续课程
lesson-resume-continue = 继续
lesson-resume-decline = 不用了，谢谢
lesson-no-builtin = 没有名为 { $id } 的内置课程
lesson-kept-unreadable = 上次访问保存的课程已无法读取

## The lesson editor

lesson-editor-heading = 编写课程
lesson-editor-explain = 先把运行调到某个时刻（播放、单步、拖动进度，或修改参数），再把它添加为一步。每一步都会准确地在那个时刻打开。其中问题的答案由这次运行算出。
lesson-editor-title = 标题
lesson-editor-summary = 核心要点
lesson-editor-add = 把这一时刻添加为一步
lesson-editor-moment = （屏幕上这次运行的第 { $event } 个事件）
lesson-editor-step = 第 { $number } 步：{ $params } 的第 { $event } 个事件
lesson-editor-text = 文字
lesson-editor-look = 查看
lesson-editor-question = 问题
lesson-editor-anywhere = 任意位置
lesson-editor-no-question = 无
lesson-editor-up =
    .aria-label = 将第 { $number } 步上移
lesson-editor-down =
    .aria-label = 将第 { $number } 步下移
lesson-editor-delete = 删除
    .aria-label = 删除第 { $number } 步
lesson-editor-needs = 要预览和分享，课程还需要：
lesson-editor-preview = 预览课程
lesson-editor-link = 链接
lesson-editor-embed = 嵌入
lesson-editor-close = 关闭编辑器

## Problems in a lesson file

lesson-problem-at = { $path }：{ $problem }
lesson-problems-more = 以及另外 { $count } 个问题
lesson-error-too-big = 课程大小为 { $bytes } 字节；最多接受 { $limit } 字节的 JSON
lesson-error-not-json = 不是有效的 JSON（{ $detail }）
lesson-error-not-object = 应为包含标题和步骤的 JSON 对象
lesson-error-no-steps = 至少需要一个步骤
lesson-error-too-many-steps = { $count } 个步骤；最多接受 { $limit } 个
lesson-error-steps-not-list = 应为步骤列表，实际为{ $found }
lesson-error-steps-missing = 缺失：课程需要一个步骤列表
lesson-error-step-not-object = 应为对象，实际为{ $found }
lesson-error-params-too-long = 超过 { $limit } 个字符
lesson-error-params-not-text = 应为查询字符串，例如 { $example }，实际为{ $found }
lesson-error-at-event = 应为事件数，0 或更大的整数，实际为 { $found }
lesson-error-text-empty = 为空：至少要写几个字
lesson-error-text-too-long = { $count } 个字符；最多接受 { $limit } 个
lesson-error-not-text = 应为文本，实际为{ $found }
lesson-error-text-missing = 缺失：应为文本
lesson-error-lang = 应为语言标记，例如 { $first } 或 { $second }，实际为 { $found }
lesson-error-focus = { $found } 不是页面区域：应为以下之一：{ $accepted }
lesson-error-question-not-object = 应为对象，例如 { $example }，实际为{ $found }
lesson-error-question-kind = { $found } 不是问题类型：应为以下之一：{ $accepted }
lesson-error-seconds = 应为大于 0 且不超过 { $limit } 的模拟时间（秒），实际为 { $found }
lesson-error-station = 应为接种站编号，1 或更大，实际为 { $found }
lesson-error-python-not-text = 应为文本形式的程序，实际为{ $found }
lesson-error-python-too-long = 程序超过了 { $limit } 字节
lesson-error-python-focus = 带程序的步骤指向代码下方的 Python 视图：它的 focus 必须是 { $accepted }，而不是 { $found }
lesson-error-question-needs-python = { $kind } 问题针对的是这一步的程序：请在 { $field } 中给出程序
lesson-error-goal-not-object = 应为对象，例如 { $example }，实际为{ $found }
lesson-error-goal-kind = { $found } 不是目标类型：应为以下之一：{ $accepted }
lesson-error-goal-seconds = { $kind } 目标需要 { $field }：大于 0 且不超过 { $limit } 的模拟时间（秒）
lesson-error-goal-needs-python = { $kind } 目标是在这一步的程序上检查的：请在 { $field } 中给出程序
lesson-error-goal-no-python = { $kind } 目标是在屏幕上引擎的运行上检查的：带有它的步骤不能有 { $field }
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } 不是本页面的参数
lesson-error-page-param = { $name } 是页面的设置，不是运行的参数：步骤的 params 只接受运行的参数
lesson-error-past-limit = { $at } 超出了一步所能固定的最晚时刻：最多 { $limit } 个事件
lesson-error-past-end = { $at } 超出了这次运行的结尾，这次运行共有 { $events } 个事件
lesson-json-null = null
lesson-json-bool = true 或 false
lesson-json-number = 数字
lesson-json-text = 文本
lesson-json-list = 列表
lesson-json-object = 对象
lesson-json-nothing = 空

## A lesson in a link that cannot be read

lesson-link-too-long = 链接中的课程太长：最多接受 { $limit } 字节的 JSON
lesson-link-not-base64 = 链接中的课程不是 { $encoding }：{ $detail }
lesson-link-not-utf8 = 链接中的课程不是 UTF-8 文本
lesson-link-empty = 链接止于 { $fragment }，其中没有课程：课程的链接是 { $key } 后接课程

## Why a step's question cannot be asked

lesson-cannot-too-many-doses = { $kind } 问题要求运行最多 { $limit } 剂；这次运行有 { $doses } 剂
lesson-cannot-past-end = 这次运行只有 { $events } 个事件
lesson-cannot-ledger = 这次运行破坏了账目：{ $detail }
lesson-cannot-needs-article = { $kind } 问题需要文章中的循环（{ $param }）
lesson-cannot-needs-cpython = { $kind } 问题要在 CPython 上运行这一步的程序才能回答
lesson-cannot-no-cancel = 这一时刻之后没有任务被取消：请在循环结束之前提问
lesson-cannot-no-double = 这一时刻之后没有哪次等待返回两个任务：请让每一针的时长都相同（{ $code }）
lesson-cannot-nothing-returns = 这一时刻之后没有接种站的任务返回
lesson-cannot-not-after = 所问的时间 { $by } 秒并不晚于这一步的时刻 { $now } 秒
lesson-cannot-needs-blocking = { $kind } 问题需要一个阻塞的接种站（在 { $field } 中写 { $param }）
lesson-cannot-no-finish = 这一时刻之后，{ $station } 号站不会再完成任何一盒
lesson-cannot-no-open = 这一时刻之后，{ $station } 号站不会再打开任何一盒
lesson-cannot-no-failure = 这次故障没有导致失败
lesson-cannot-no-station = { $station } 号站不存在：这次运行只有 { $stations } 个接种站
lesson-cannot-not-working = { $station } 号站此刻没有打开的盒子，因此无法让它出故障
lesson-cannot-none-working = 此刻没有任何接种站打开着盒子
lesson-cannot-not-broken = 此刻无法让 { $station } 号站出故障
lesson-cannot-sleep-blocking = { $station } 号站会阻塞线程：它的任务从不在定时器上休眠
lesson-cannot-not-asleep = 此刻 { $station } 号站的任务并未在定时器上休眠：该站没有打开的盒子，或者它的任务正占着线程、正在等待线程
lesson-cannot-none-asleep = 此刻没有任何接种站的任务在定时器上休眠
lesson-cannot-woken-early = { $station } 号站的任务在下一针之前被轮询了 { $polls } 次：唤醒它的不是它的定时器（而是手动故障）
lesson-cannot-no-thread = 这次运行此刻没有关于线程的记录
lesson-cannot-ready-few = 此刻就绪队列中有 { $count } 个任务；这个问题至少需要 { $least } 个
lesson-cannot-needs-supervisor = { $kind } 问题需要一个等待各接种站任务的监督者（{ $param }）
lesson-cannot-not-after-failure = 这一时刻并不紧跟在某个接种站的失败之后：它的最后一个事件必须是一次失败
lesson-cannot-not-returned = 到这一时刻，{ $station } 号站的任务还没有返回
lesson-cannot-nothing-returned = 到这一时刻，还没有接种站的任务返回
lesson-cannot-refilled = 此刻 { $station } 号站并不在等盒子：它已经拿到了下一盒
lesson-cannot-refilling = 此刻监督者正在分发新盒子：请在它开始之前提问，或等每个接种站都拿到盒子之后再问

## Which station's task returns next

lesson-next-prompt = 接下来哪个接种站的任务会返回？
lesson-station-choice = { $station } 号站
lesson-next-done = 第 { $box } 盒完成了
lesson-next-failed = 它在第 { $box } 盒上失败了（{ $error }）
lesson-error-spoiled = 盒中第 { $shot } 剂变质
lesson-error-broken = 在第 { $shot } 针时被手动弄坏
lesson-next-rival = { $station } 号站还剩 { $doses }
lesson-next-rivals = 在这一步的时刻，{ $rivals }。
lesson-next-explanation = 接下来返回的是 { $station } 号站的任务，时间为 { $time } 秒：{ $what }。{ $rivals }{ $supervisor }
lesson-sees-first = 监督者等待整个集合，一旦有任务返回就醒来，处理到那时为止已完成的所有任务（包括这一个），并立即重启每个接种站。
lesson-sees-all-waiting = 在 ALL_COMPLETED 下，监督者会报告它，但不给这个站新的盒子：它会一直闲着，直到整批任务都返回。
lesson-sees-all-restart = 它是本批最后一个，所以在 ALL_COMPLETED 下，监督者立即给每个站都发了一盒新的。
lesson-sees-all-empty = 它是本批最后一个，而仓库已经空了：没有哪个站拿到新盒子。
lesson-sees-queue = 完成回调把它放入完成队列，监督者从队列中取出它。
lesson-sees-article = 文章中的循环在它计数的某次等待中为它醒来，连同到那时为止已完成的所有任务，并立即重启它的接种站，不管还有没有盒子。
lesson-sees-taskgroup = 这一盒自己的任务报告结果并让出接种站，在信号量处等待的下一盒任务随即取走编号最小的空闲接种站。
lesson-sees-taskgroup-last = 这一盒自己的任务报告结果并让出接种站；已经没有盒子了，所以这个接种站保持空闲。
lesson-sees-workers = 接种站的工作者自己报告结果，并从队列中取下一盒。
lesson-sees-workers-last = 接种站的工作者自己报告结果；队列已空，所以工作者返回。

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { $station } 号站的任务
lesson-task-worker = { $station } 号站的工作者
lesson-task-box = 第 { $box } 盒的任务
lesson-task-supervisor = 监督者
lesson-task-callback = 事件循环的一个回调

## How often a sleeping task is polled

lesson-sleep-polls-prompt = { $station } 号站的任务正在休眠，直到下一针，预定在 { $time } 秒（见定时器队列）。在打出这一针之前，执行器会轮询它多少次？
lesson-sleep-polls-none = 一次也不会：定时器自己打出这一针
lesson-sleep-polls-once = 一次：在它的定时器触发时，这次轮询打出这一针
lesson-sleep-polls-per-ms = 大约 { $polls } 次：休眠中每毫秒一次
lesson-sleep-polls-always = 一遍又一遍，直到它的定时器触发
lesson-sleep-polls-explanation =
    执行器只轮询了 { $station } 号站的任务一次，就在 { $time } 秒它的定时器触发时：这次轮询{ $outcome ->
        [spoiled] 发现这一剂变质了
       *[shot] 打出了这一针
    }。在此之前的 { $seconds } 秒里，执行器完全没有轮询它：休眠的任务待在定时器队列里，而不是就绪队列里，不占用线程分毫。在此期间，其他任务共轮到了 { $turns } 次。

## Which ready task runs next

lesson-next-turn-prompt = 这些任务已经就绪，等待运行：这就是停车场下方显示的就绪队列。接下来哪一个会拿到线程？
lesson-next-turn-all = 全部同时运行
lesson-next-turn-explanation = 接下来运行的是{ $task }：它排在就绪队列的最前面。执行器一次只运行一个任务，并按任务就绪的先后顺序取出就绪的任务，先进先出；每个任务都运行到它 await 为止。排在它后面的是：{ $behind }。

## What the supervisor does with a failed task

lesson-after-failure-prompt = { $station } 号站的任务刚刚抛出了一个错误。监督者会怎么做？
lesson-after-failure-stops-run = 停止整个运行：这个错误会结束程序
lesson-after-failure-retries = 把同一盒再交给 { $station } 号站，重试一次
lesson-after-failure-new-box = 报告这个错误，并立即给 { $station } 号站一盒新的
lesson-after-failure-new-box-later = 报告这个错误，等整批都返回后再给 { $station } 号站一盒新的
lesson-after-failure-station-stops = 报告这个错误；已经没有盒子留给 { $station } 号站，所以它停下
lesson-after-failure-ignores = 在运行结束前什么也不做：错误留在任务里
lesson-after-failure-then-new = { $station } 号站在 { $time } 秒立即拿到了第 { $box } 盒，循环照常继续
lesson-after-failure-then-later = { $station } 号站等到同批其他任务都返回，在 { $time } 秒拿到了第 { $box } 盒
lesson-after-failure-then-stops = 已经没有盒子留给 { $station } 号站，所以它停了下来，其他站继续工作
lesson-after-failure-explanation = 失败的任务已经完成，所以监督者像对待其他任务一样拿到它，把错误当作它的结果并报告出来：第 { $box } 盒失败了（{ $error }），盒里剩下的 { $wasted }算作浪费，不会重试。随后，{ $then }。

## When a station gets its next box

lesson-refill-prompt = { $station } 号站的任务已经返回。{ $station } 号站什么时候拿到下一盒？
lesson-refill-at-once = 立即：它的任务一返回就拿到
lesson-refill-pause = 固定停顿一段时间之后，不管其他接种站在做什么
lesson-refill-batch = 稍后：等它这一批的其他任务全部返回之后
lesson-refill-never = 永远不会：仓库已经没有盒子给它了
lesson-refill-explanation-at-once = { $station } 号站在 { $time } 秒拿到了第 { $box } 盒，正是它的任务返回的那一刻。{ $supervisor }
lesson-refill-explanation-batch = { $station } 号站直到 { $time } 秒才拿到第 { $box } 盒，比它的任务返回晚了 { $seconds } 秒：那时 { $last } 号站的任务作为这一批的最后一个返回了。{ $supervisor }
lesson-refill-explanation-never = { $station } 号站再也没有拿到盒子：已经没有盒子留给它，所以它一直闲到运行结束。

## How many boxes are done by a time

lesson-boxes-prompt = 到 { $by } 秒时，会完成多少盒？
lesson-boxes-choice = { $count }
lesson-boxes-explanation = 到 { $by } 秒时，已完成 { $boxes } 盒：比这一步的时刻（{ $now } 秒）多 { $more } 盒。

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = 在这次运行中，ALL_COMPLETED 比 FIRST_COMPLETED 先结束还是后结束？相差多少？
lesson-all-vs-first-sooner = ALL_COMPLETED 先结束
lesson-all-vs-first-even = 两者相差不到 0.5%
lesson-all-vs-first-under-5 = ALL_COMPLETED 后结束，慢不到 5%
lesson-all-vs-first-5-to-20 = ALL_COMPLETED 后结束，慢 5% 到 20%
lesson-all-vs-first-over-20 = ALL_COMPLETED 后结束，慢 20% 以上
lesson-percent-later = 晚 { $percent }%
lesson-percent-sooner = 早 { $percent }%
lesson-all-vs-first-explanation = ALL_COMPLETED 在 { $all } 秒结束，FIRST_COMPLETED 在 { $first } 秒结束：{ $difference }。由于要等整批完成，各接种站共空闲了 { $all_idle } 站·秒；而每个站一完成就立即重启时，只空闲 { $first_idle } 站·秒。

## A station that blocks the thread

lesson-blocking-prompt = 在 { $station } 号站处理它那一盒的期间，其他接种站会打针吗？
lesson-blocking-yes = 会：它工作时，其他站照样打针
lesson-blocking-no = 不会：在它让出线程之前，其他站一针也打不了
lesson-blocking-explanation = { $station } 号站从 { $from } 秒到 { $to } 秒一直占着线程，这段时间里其他站共打了 { $shots } 针。一个任务占着线程时，其他任务都无法运行，定时器的回调也无法运行：只有等它让出线程，其他站才轮得到。{ $after ->
        [turn] 这一次，在 { $station } 号站再次占住线程之前，其他站打了 { $between } 针。
        [none] 这一次它们一针也没轮到：{ $station } 号站立即拿了下一盒，又占住了线程。
       *[last] 那是它的最后一盒。
    }

## Breaking a station now

lesson-waste-prompt = 如果 { $station } 号站现在出故障，会浪费多少剂？
lesson-waste-restarted = 监督者报告了错误，并用一盒新的重启了该站
lesson-waste-restarted-at = 监督者报告了错误，但要到 { $seconds } 秒、它下次分发盒子时，才给该站一盒新的
lesson-waste-stopped = 监督者报告了错误；仓库已空，所以该站停了下来
lesson-waste-caught = 它的任务自己捕获并报告了错误，该站接着处理下一盒
lesson-waste-caught-stopped = 它的任务自己捕获并报告了错误；已没有盒子，所以该站停了下来
lesson-waste-explanation = { $station } 号站出故障时，第 { $box } 盒里还剩 { $wasted }：这些全部浪费，它从这一盒已打出的 { $given }仍算已接种，而且{ $then }。

## The article's loop

lesson-vanished-prompt = 循环结束时，有多少剂会从报告中消失（已接种但从未报告，或被丢弃）？
lesson-vanished-explanation = 循环完成了最后一次等待，程序结束时还有 { $tasks } 个任务在运行：asyncio.run 在盒子打到一半时取消了它们。在它们的 { $vanished }中，已接种但从未报告的：{ $unreported }；随盒子一起丢弃的：{ $discarded }。
lesson-printed-prompt = 循环把它的等待计数器当作盒子的编号打印出来。从现在起，哪个编号最先被打印给两个盒子？
lesson-program-lost-prompt = 这个监督者会损失多少剂：已接种却从未报告的，或是随从未报告的箱子一起丢弃的？
lesson-program-lost-explanation = CPython 正是用这些抽样运行了它：它在 { $boxes } 箱中损失了 { $lost }，其中已接种却从未报告的有 { $unreported }，随这些箱子一起丢弃或浪费的有 { $thrown_away }。停车场和日志显示了每一箱。
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { $station } 号站的第 { $box } 盒
lesson-printed-explanation = 第 { $wait } 次等待一次返回了 { $tasks } 个任务，所以循环为其中每一个（{ $boxes }）都打印了 { $printed }，却只算作一次等待。

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = 一个线程，许多任务
lesson-one-thread-step-1 = 三个接种站共用一个线程。每个接种站把它那一盒疫苗当作一个异步任务来处理：每打一针，它就休眠这一针所需的时间，然后打出这一针。这里没有任何东西在并行运行。执行器一次只运行一个任务，而一个任务只运行到它 await 为止。监督者已经在每个接种站打开了一盒，现在正在等待第一个完成的任务。
lesson-one-thread-step-2 = 请看执行器。被等待的集合里每个接种站各有一个任务，定时器队列记录着每个休眠任务应当醒来的时刻。监督者也在休眠，等待集合中第一个任务完成。
lesson-one-thread-step-3 = 3 号站打完了它这一盒的最后一剂：它的任务已经返回，而等待接种站任务集合的监督者为这一个任务醒来，报告了它的那一盒。其他两个任务仍在运行。监督者等待的集合并不是固定的：它随着运行不断变化。
lesson-one-thread-step-4 = 任务检查器显示每个任务的轮询和唤醒。任务在启动时、以及每次被定时器唤醒时被轮询；在此之间它处于空闲状态，什么也不占用。这就是一个线程能照看许多接种站的原因：几乎所有时间里，所有任务都在休眠。
lesson-one-thread-step-5 = 仓库刚刚发出了最后一盒。从现在起，监督者不再启动新任务：它只等待仍在运行的任务，每个接种站在完成最后一盒后停下。
lesson-one-thread-step-6 = 运行结束了。每一剂都有着落：已接种的剂数与浪费的剂数加起来正好等于仓库中的全部剂数。可以重放任意一步，或者修改参数，看看同一个循环如何应对更多接种站。
lesson-one-thread-summary = 单线程上的并发：任务轮流运行，一个任务只运行到它 await 为止。休眠中的任务不消耗任何东西，所以一个循环就能让许多接种站忙个不停，而监督者在每个任务完成时就处理它。

lesson-failure-title = 错误即值
lesson-failure-step-1 = 在这次运行中，疫苗可能变质：每一针都有很小的概率失败，这时接种站的任务以一个错误而不是计数结束。在 Rust 中，任务返回一个 Err 值。在 asyncio 中，协程抛出异常，任务会保存这个异常，直到有人来取它的结果。
lesson-failure-step-2 = 1 号站的任务刚刚失败了：它这一盒的第 17 剂变质了，任务以一个错误而不是计数结束。失败的任务也是已完成的任务：对于等待第一个完成任务的监督者来说，错误和其他结果一样，也是一个结果。
lesson-failure-step-3 = 监督者从已完成的任务中取出错误并报告了它。失败那一盒里剩下的剂数算作浪费，而不是丢失，该接种站用仓库里的一盒新疫苗重新开始。看看日志：失败记录写明了接种站、盒子和变质的那一剂。
lesson-failure-step-4 = 你也可以自己弄坏一个接种站：在停车场里点击一个正在工作的接种站，或让它获得焦点后按 Enter。监督者处理这个错误的方式与处理变质疫苗完全相同。动手之前，先预测一下现在弄坏 1 号站会造成多少损失。
lesson-failure-step-5 = 请看统计：已接种的剂数、浪费的剂数，以及失败的盒数。无论什么失败，账目始终平衡：已接种的、浪费的和仍在打开的盒子里的剂数，加起来总是等于从仓库取出的全部剂数。
lesson-failure-step-6 = 在代码中，监督者查看每个已完成任务的结果：成功时是计数，失败时是错误；无论哪种，只要仓库还有盒子，接种站就会拿到新的一盒。失败从不会让循环停下，因为错误是作为一个值到来的，由监督者来处理。
lesson-failure-summary = 错误和其他结果一样，也是一个结果：失败的任务已经完成，监督者把它的错误当作一个值取出，把盒子里剩下的剂数算作浪费，并重启该接种站，循环照常继续。

lesson-blocking-title = 从不 await 的任务
lesson-blocking-step-1 = 1 号站写错了：每打一针，它都用阻塞调用来休眠（Python 中的 time.sleep，Rust 中的 std::thread::sleep；引擎通过在占住线程的同时拨快它的时钟来模拟这一点），而不是 await 一次休眠。阻塞调用会占住线程。2 号站和 3 号站的写法和之前一样，三个任务是一起启动的。
lesson-blocking-step-2 = 1 号站刚刚让出线程：它的这一盒已完成，任务已经返回。2 号站和 3 号站连一针都没打：1 号站先运行并占住了线程，它们的任务甚至还没来得及开始第一次休眠。它们现在才开始休眠，而监督者给 1 号站发了一盒新的，这一盒会在它们的定时器到期之前运行。请看执行器：被等待的集合和定时器队列。
lesson-blocking-step-3 = 1 号站在打完第二盒后再次让出了线程。在它占着线程期间，2 号站和 3 号站的定时器到期了；它一让出线程，这些定时器就触发了，它们的任务现在正在就绪队列中等待，就显示在停车场下方。此刻线程在监督者手里：它刚给 1 号站发了下一盒。
lesson-blocking-step-4 = 2 号站和 3 号站几乎没打几针：1 号站每处理一盒，它们各自只能打一针。每当 1 号站让出线程，期间到期的定时器会一起触发，2 号站和 3 号站各轮到一次，然后 1 号站的下一盒又占住线程。
lesson-blocking-step-5 = 1 号站打完了它的最后一盒，而其他站连第一盒都还没打完。请看停车场下方的线程：最近几轮的条带显示了谁运行过、运行了多久。1 号站的每一轮都持续好几秒，一轮就是整整一盒；在两轮之间，2 号站和 3 号站各轮到一次，只打一针，完全不花时间。
lesson-blocking-step-6 = 修正的办法是 await 一个会交还线程的休眠：在 Python 中用 await asyncio.sleep(...) 代替 time.sleep(...)，也就是一个关键字加另一个函数；在 Rust 中则 await 运行时提供的 sleep。这样接种站每打一针都会交还线程，其他站在它等待时得以运行。任何阻塞调用都会造成同样的危害：读文件、缓慢的计算、不带 await 的网络调用。
lesson-blocking-summary = 从不 await 的任务会占住线程，在它让出线程之前，其他任务都无法运行。用 await 代替阻塞，这样一个任务等待时，其他任务就能运行。

lesson-policies-title = 等第一个，还是等全部
lesson-policies-step-1 = 各接种站的速度不同：1 号站的速度是 2 号站的两倍，3 号站的速度只有 2 号站的一半。监督者等待第一个完成的任务（FIRST_COMPLETED），并立即重启那个接种站。假设它要等全部任务都完成（ALL_COMPLETED）才给任何一个站补充。
lesson-policies-step-2 = 现在是同一个种子在 ALL_COMPLETED 下的运行：监督者要等它启动的这一整批任务。1 号站最先完成了它的那一盒，监督者已经报告了它。
lesson-policies-step-3 = 2 号站的任务也返回了，它的那一盒已经报告。最慢的 3 号站还在处理它的第一盒。被等待的集合显示监督者在等什么。
lesson-policies-step-4 = 图表在每种策略下重放同一个种子。开着盒子的时间显示了 ALL_COMPLETED 损失在哪里：每一批中，快的接种站都要等最慢的那个。
lesson-policies-step-5 = 第三种方式：每个接种站的任务把结果放进一个队列，监督者按结果到达的顺序从队列中取出。这和 FIRST_COMPLETED 是同一次运行，每一盒、每一微秒都相同，只是写法不同。比较一下两者的代码。
lesson-policies-summary = 监督者怎样等待，决定了接种站如何被利用：FIRST_COMPLETED 在每个接种站完成时立即给它补充，而 ALL_COMPLETED 让快的接种站闲着，直到这一批中最慢的那个完成。

lesson-article-title = 那篇文章里的循环，连同它的错误
lesson-article-step-1 = 这次运行原样照搬了那篇经典 asyncio 文章的控制流程。它的循环不数盒子：它数的是自己等待接种站任务集合的次数，并在等待次数等于盒子数时停止。它发现已完成的每个任务都会立即拿到一盒新的，不管还有没有剩。
lesson-article-step-2 = 循环即将进行最后一次等待，而每个接种站都正打到一盒的中间。那次等待一返回，程序就结束，asyncio.run 会取消所有仍在运行的任务。预测一下这会造成多少损失。
lesson-article-step-3 = 仓库显示了超出库存被取走的盒子：最后一盒发完之后，循环仍在重启任务。统计中记下了消失的剂数：被取消的任务已经打出却从未报告的，以及留在它们盒子里被丢弃的。
lesson-article-step-4 = 现在每一针都恰好用时 100 毫秒，所以三个接种站在同一瞬间完成每一盒，一次等待就返回全部三个任务。循环把它的等待计数器打印在本该是盒子编号的位置。
lesson-article-step-5 = 每个编号都出现了三次，循环每次等待报告三盒：六次等待之后，它从只有六盒的仓库里报告了十八盒。对比图在每种策略下重放同一个种子：精确的监督者打开六盒，什么也没损失。
lesson-article-step-6 = 同一次运行在 FIRST_COMPLETED 下的样子，即本应用的监督者的写法：它数盒子，只在仓库还有盒子时重启接种站，并在返回之前等待仍在工作的接种站。每一剂都打出并报告了。
lesson-article-summary = 要数你真正想数的东西：那篇文章里的循环数的是等待次数而不是盒子，所以它取走了超出仓库库存的盒子，把等待编号当作盒子编号打印出来，而且它退出时会取消一些任务，这些任务打出的剂数从未被报告。

lesson-own-supervisor-title = 编写你自己的监督者
lesson-own-supervisor-step-1 = 在这里，那篇经典文章中的循环成了你自己的程序：Python 视图在编辑器中显示它，CPython 用这次运行的接种站和抽样来运行它。它为每个接种站启动一个任务，等待固定的次数，并重启它发现任务已完成的每个接种站。先预测，再去看：它会损失多少？
lesson-own-supervisor-step-2 = 这个监督者为每个接种站启动一个任务，却从不等待其中任何一个；它只是休眠。任务并不需要有人 await 它才能运行：事件循环照样会运行它。但没有人取走它的结果，所以也没有人报告它的那一箱。
lesson-own-supervisor-step-3 = 修正的办法：只要还有任务在运行就继续等待，不管需要等待多少次；报告每个完成集合中的每个任务；并且只在仓库还有箱子时才重新启动接种站。预测一下这个监督者会损失多少。
lesson-own-supervisor-step-4 = 这个监督者同样报告了每一箱，但每次报告后都用 time.sleep 停顿一下。什么也没有损失，然而：请看它结果下方的提示。监督者以这种方式休眠时，会占住唯一的线程，没有任何接种站能打针。比较一下它的运行和上一次运行各在何时结束。
lesson-own-supervisor-step-5 = 你的程序现在逐行等同于引擎的 FIRST_COMPLETED 监督者。它结果下方的按钮会在相同的抽样上逐个事件地比较这两次运行。在编辑器中修改程序，再运行一次，看看两者从哪里开始分道扬镳。
lesson-own-supervisor-summary = 监督者要对它启动的每个任务负责：它等待每一个任务，查看其结果，直到没有任务还在运行时才返回。没有人等待的任务照样会运行，但它所做的一切都不会被计入。
lesson-exercises-title = 练习
lesson-exercises-step-1 = 轮到你了：这个监督者只在每个接种站都忙碌时才等待。一旦有接种站发现仓库已空，它就返回，而 asyncio.run 会取消仍在打针的任务。在编辑器中修改它，直到它报告每一箱且不损失任何一剂，然后按下“运行我的程序”。这段文字下方的目标会检查你的每一次运行。
lesson-exercises-step-2 = 这个监督者什么也没有损失，但每次报告后都用 time.sleep 停顿一下，这会占住唯一的线程：在此期间没有任何接种站能打针。你只编写监督者（接种站由页面提供），所以这里发生阻塞调用的是监督者。让它停顿时不占住线程，然后再次按下“运行我的程序”。
lesson-exercises-step-3 = 在 ALL_COMPLETED 下，每一批箱子都要等最慢的那一箱，而 3 号站只以一半的速度工作。更快地用完同一个仓库：在页面底部的“参数”中修改策略、接种站或它们的速度，应用，然后把运行播放到结束。目标会检查屏幕上的运行。
lesson-exercises-summary = 练习是在你自己的运行上检查的，从不靠手写答案：CPython 用引擎的抽样运行你的监督者，页面会统计它报告的每一箱和每一剂、每一次阻塞调用，以及用完仓库花了多长时间。

lesson-event-loop-title = 你就是事件循环
lesson-event-loop-step-1 = 这一次，由你来当事件循环。监督者刚刚启动了三个接种站的任务；1 号站和 2 号站每针用时 0.2 秒，3 号站的速度只有它们的一半。事件循环每做一次选择，都由你来决定它怎么做：恢复哪个就绪的任务，或者在没有任务就绪时，触发哪个定时器。每次选择都会按 asyncio 的规则检查，运行随后从正确的选择继续。
lesson-event-loop-step-2 = 1 号站和 2 号站即将打完各自这一箱的最后一针。再当一次事件循环：留意某个接种站的任务完成时，谁会被唤醒，它又排到就绪队列的什么位置。
lesson-event-loop-step-3 = 换一次运行：现在 2 号站用阻塞调用代替 await，在处理它整整一箱的 0.6 秒里一直占住线程。1 号站和 3 号站的定时器在它占着线程时到期。事件循环拿回线程后，会触发哪个定时器，又会恢复谁？
lesson-event-loop-step-4 = 回到第一次运行，这次不扮演，只观察：停车场下方的线程显示任何一次运行中每个事件时的就绪队列，队首在前。1 号站和 2 号站又一起到期了，3 号站也和它们一起到期。
lesson-event-loop-step-5 = 这就是事件循环的全部工作：从队首取出就绪队列中的任务；队列空了，就休眠到最早的定时器到期。停车场下方的线程在任何一次运行的每个时刻都显示着同一个队列；在地址中加上 loop=1 打开停车场，就能在你自己的运行上继续扮演事件循环。
lesson-event-loop-summary = 事件循环要做两种选择，而这两种都不由任务决定。它按任务就绪的先后顺序恢复就绪的任务，先进先出；没有任务就绪时，它休眠到最早的到期时间，并在同一轮中触发那时到期的所有定时器。任务完成后，只能通过完成回调、在下一轮才唤醒等待它的任务；而阻塞的任务会让期间到期的每个定时器都一直等到它让出线程。

## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = 你就是事件循环。就绪队列中的任务按加入的先后顺序排列：{ $queue }。你恢复哪个任务？
loop-fire-prompt = 你就是事件循环。这些定时器正在等待。你接下来触发哪一个？
loop-station = { $station } 号站
loop-fire-option = { $stations }：{ $due } 秒到期
loop-resume-why = asyncio 的就绪队列先进先出：{ $task }最先加入，时间是 { $since } 秒（{ $cause }），所以事件循环先恢复它，之后才轮到{ $behind }。{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = 监督者排在后面：{ $task }在 { $since } 秒完成，而 asyncio 要到下一轮才运行已完成任务的完成回调，那时才唤醒监督者。
loop-supervisor-behind-callback = 监督者排在后面：已完成任务的完成回调在 { $since } 秒唤醒了它，而 asyncio 在任务结束后的下一轮才运行这个回调。
loop-cause-done-callback = 已完成任务的完成回调唤醒了它
loop-cause-timer = 它的定时器触发了
loop-cause-done = { $task }完成了，它的完成回调唤醒了它
loop-cause-spawned = 监督者刚刚启动了它
loop-cause-woken = { $task }唤醒了它
loop-fire-why = 事件循环休眠到最早的到期时间，并触发那时到期的定时器：{ $stations }，在 { $due } 秒。到期时间较晚的定时器要等轮到它。
loop-fire-why-tie = 有几个定时器同在最早的到期时间 { $due } 秒到期：{ $stations }。事件循环在同一轮中触发那时到期的所有定时器，它们的任务一起加入就绪队列（asyncio 按其堆中的顺序处理同时到期的定时器；本页按接种站编号的顺序处理）。
loop-fire-why-late = 有个任务一直占着线程，直到 { $now } 秒，已经过了最早的到期时间（{ $due } 秒）。它一让出线程，事件循环就按到期先后触发了所有已到期的定时器：{ $stations }。
lesson-cannot-one-of-many = { $kind } 问题会在自己的面板中接连提出一个又一个选择
lesson-error-decisions = 应为 1 到 { $limit } 之间的选择次数，实际为 { $found }
lesson-error-flag = 应为 true 或 false，实际为 { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = 第 { $number } 个选择，共 { $count } 个
loop-kind-resume = 恢复一个任务。
loop-kind-fire = 触发一个定时器。
loop-asyncio-would = asyncio 不会这样做：它选的是{ $answer }。
loop-next = 下一个选择
loop-done = 你替事件循环做了 { $count } 次选择，其中 { $right } 次与 asyncio 相同。
loop-none = 从此刻到运行结束，事件循环都无需做选择：任何时候最多只有一个任务就绪，最多只有一个定时器在等待。
loop-mode-title = 你就是事件循环
loop-mode-intro = 运行会在事件循环的每次选择处停下。选出它要做什么；页面会按 asyncio 的规则检查，然后从正确的选择继续运行。

## How sure the learner is, why, and the results to download

results-step-name = { $title }，第 { $number } 步，共 { $steps } 步
lesson-confidence = 你有多大把握？
lesson-confidence-guess = 猜的
lesson-confidence-fairly-sure = 比较有把握
lesson-confidence-sure = 很有把握
lesson-reason = 为什么？用一句话说明：
    .placeholder = 因为……
lesson-your-reason = 你的理由：
results-download = 下载我的结果
    .title = 把本课的每个回答存为一个 JSON 文件（xAPI 语句），供老师在班级视图中查看；在你发送之前，任何内容都不会离开你的浏览器。
lesson-summary-loop = 扮演事件循环：{ $asked } 次选择中有 { $right } 次与 asyncio 相同。
loop-queue-note = 停车场下方的线程视图显示的是最近一个事件时的线程；事件循环在其之后作出选择。
