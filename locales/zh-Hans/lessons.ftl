# The lessons: see locales/en/lessons.ftl for what each message is.
# Keep as written: FIRST_COMPLETED, ALL_COMPLETED, asyncio, await and the
# names of code; "vaccine box" is what the program prints.

## Shared pieces

lesson-list-separator = 、
lesson-doses = { $count } { -dose }

## The lessons menu

lessons-menu-title = 课程
lessons-menu-intro = 每节课都会带你走过一次运行中的若干时刻。当某一步请你预测时，运行会继续播放到揭晓答案的那一刻：答案是根据你看到的这次运行算出来的。
lessons-menu-steps = { $steps } 步
lessons-menu-write = 编写课程…
lessons-menu-teachers = 教师：可以挑选任意一次运行中的时刻，添加文字和问题，并以链接的形式分享课程。

## The lesson card

lesson-step-of = 第 { $number } 步，共 { $steps } 步
lesson-step-announce = 第 { $number } 步，共 { $steps } 步。{ $text }
lesson-look-at-lot = 请看{ -lot }。
lesson-look-at-executor = 请看{ -executor }。
lesson-look-at-inspector = 请看{ -inspector }。
lesson-look-at-charts = 请看图表。
lesson-look-at-code = 请看代码。
lesson-look-at-log = 请看日志。
lesson-look-at-stats = 请看统计。
lesson-focus-lot = { -lot }
lesson-focus-executor = { -executor }
lesson-focus-inspector = { -inspector }
lesson-focus-charts = 图表
lesson-focus-code = 代码
lesson-focus-log = 日志
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
lesson-goal-loses-nothing = 你的{ -supervisor }报告{ -depot }中的每一{ -box }（共 { $boxes } { -box }），且不丢失任何一{ -dose }。
lesson-goal-cooperates = 你的{ -supervisor }从不以阻塞调用占住{ -thread }，且不丢失任何一{ -dose }。
lesson-goal-makespan = 在不超过 { $seconds } 秒的模拟时间内用完{ -depot }（{ $boxes } { -box }，每{ -box } { $capacity } { -dose }）。
lesson-goal-run-mine = 请在 Python 视图中按下“运行我的程序”：CPython 会在这次运行上运行你的程序，并据此检查目标。
lesson-goal-did-not-run = 你的程序没有运行到结束：{ $reason }
lesson-goal-program-problems = 你的程序在 CPython 上的运行：{ $problems }。
lesson-goal-lost = 在 { $boxes } { -box }中丢失了 { $doses }
lesson-goal-pending-tasks = 它返回时仍有 { $tasks } 个{ -task }在运行
lesson-goal-beyond-depot = 在{ -depot }的 { $depot } { -box }之外多打开了 { $boxes } { -box }
lesson-goal-left-in-depot = 有 { $boxes } { -box }留在{ -depot }中
lesson-goal-blocked = 第 { $line } 行占住{ -thread } { $calls } 次，总共 { $seconds } 秒
lesson-goal-blocked-elsewhere = 你的代码之外的阻塞调用占住{ -thread } { $calls } 次，总共 { $seconds } 秒
lesson-goal-reported-all = 你的程序在 CPython 上的运行报告了全部 { $boxes } { -box }（{ $doses }），没有丢失任何一{ -dose }。
lesson-goal-never-blocked = 你的程序在 CPython 上的运行从未占住{ -thread }，报告了全部 { $boxes } { -box }（{ $doses }），没有丢失任何一{ -dose }。
lesson-goal-engine-same = 引擎的 FIRST_COMPLETED { -supervisor }在相同的抽样上得到同一次运行，逐个事件一致。
lesson-goal-engine-differs = 引擎的 FIRST_COMPLETED { -supervisor }在相同的抽样上从第 { $index } 个事件起与它不同。
lesson-goal-other-depot = 屏幕上的运行有 { $boxes } { -box }，每{ -box } { $capacity } { -dose }；这一步的{ -depot }是 { $step_boxes } { -box }，每{ -box } { $step_capacity } { -dose }：只有使用这一步{ -depot }的运行才算数。
lesson-goal-finished-within = 屏幕上的运行在 { $time } 秒结束，比目标早 { $spare } 秒。
lesson-goal-finished-late = 屏幕上的运行在 { $time } 秒结束，比目标晚 { $over } 秒。
lesson-goal-past = 屏幕上的运行已超过 { $seconds } 秒，仍有{ -box }没有完成。
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
lesson-error-station = 应为{ -station }编号，1 或更大，实际为 { $found }
lesson-error-python-not-text = 应为文本形式的程序，实际为{ $found }
lesson-error-python-too-long = 程序超过了 { $limit } 字节
lesson-error-python-focus = 带程序的步骤指向代码下方的 Python 视图：它的 focus 必须是 { $accepted }，而不是 { $found }
lesson-error-question-needs-python = { $kind } 问题{ -shot }对的是这一步的程序：请在 { $field } 中给出程序
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

lesson-cannot-too-many-doses = { $kind } 问题要求运行最多 { $limit } { -dose }；这次运行有 { $doses } { -dose }
lesson-cannot-past-end = 这次运行只有 { $events } 个事件
lesson-cannot-ledger = 这次运行破坏了账目：{ $detail }
lesson-cannot-needs-article = { $kind } 问题需要文章中的循环（{ $param }）
lesson-cannot-needs-cpython = { $kind } 问题要在 CPython 上运行这一步的程序才能回答
lesson-cannot-no-cancel = 这一时刻之后没有{ -task }被取消：请在循环结束之前提问
lesson-cannot-no-double = 这一时刻之后没有哪次等待返回两个{ -task }：请让每一{ -shot }的时长都相同（{ $code }）
lesson-cannot-nothing-returns = 这一时刻之后没有{ -station }的{ -task }返回
lesson-cannot-not-after = 所问的时间 { $by } 秒并不晚于这一步的时刻 { $now } 秒
lesson-cannot-needs-blocking = { $kind } 问题需要一个阻塞的{ -station }（在 { $field } 中写 { $param }）
lesson-cannot-no-finish = 这一时刻之后，{ $station } 号{ -station }不会再完成任何一{ -box }
lesson-cannot-no-open = 这一时刻之后，{ $station } 号{ -station }不会再打开任何一{ -box }
lesson-cannot-no-failure = 这次弄坏没有导致失败
lesson-cannot-no-station = { $station } 号{ -station }不存在：这次运行只有 { $stations } 个{ -station }
lesson-cannot-not-working = { $station } 号{ -station }此刻没有打开的{ -box }，因此无法弄坏它
lesson-cannot-none-working = 此刻没有任何{ -station }打开着{ -box }
lesson-cannot-not-broken = 此刻无法弄坏 { $station } 号{ -station }
lesson-cannot-sleep-blocking = { $station } 号{ -station }会阻塞{ -thread }：它的{ -task }从不在{ -timer }上休眠
lesson-cannot-not-asleep = 此刻 { $station } 号{ -station }的{ -task }并未在{ -timer }上休眠：该{ -station }没有打开的{ -box }，或者它的{ -task }正占着{ -thread }、正在等待{ -thread }
lesson-cannot-none-asleep = 此刻没有任何{ -station }的{ -task }在{ -timer }上休眠
lesson-cannot-woken-early = { $station } 号{ -station }的{ -task }在下一{ -shot }之前被轮询了 { $polls } 次：唤醒它的不是它的{ -timer }（而是手动弄坏）
lesson-cannot-no-thread = 这次运行此刻没有关于{ -thread }的记录
lesson-cannot-ready-few = 此刻{ -ready-queue }中有 { $count } 个{ -task }；这个问题至少需要 { $least } 个
lesson-cannot-needs-supervisor = { $kind } 问题需要一个等待各{ -station }{ -task }的{ -supervisor }（{ $param }）
lesson-cannot-not-after-failure = 这一时刻并不紧跟在某个{ -station }的失败之后：它的最后一个事件必须是一次失败
lesson-cannot-not-returned = 到这一时刻，{ $station } 号{ -station }的{ -task }还没有返回
lesson-cannot-nothing-returned = 到这一时刻，还没有{ -station }的{ -task }返回
lesson-cannot-refilled = 此刻 { $station } 号{ -station }并不在等{ -box }：它已经拿到了下一{ -box }
lesson-cannot-refilling = 此刻{ -supervisor }正在分发新{ -box }：请在它开始之前提问，或等每个{ -station }都拿到{ -box }之后再问

## Which station's task returns next

lesson-next-prompt = 接下来哪个{ -station }的{ -task }会返回？
lesson-station-choice = { $station } 号{ -station }
lesson-next-done = 第 { $box } { -box }完成了
lesson-next-failed = 它在第 { $box } { -box }上失败了（{ $error }）
lesson-error-spoiled = { -box }中第 { $shot } { -dose }变质
lesson-error-broken = 在第 { $shot } { -shot }时被手动弄坏
lesson-next-rival = { $station } 号{ -station }还剩 { $doses }
lesson-next-rivals = 在这一步的时刻：{ $rivals }。
lesson-next-explanation = 接下来返回的是 { $station } 号{ -station }的{ -task }，时间为 { $time } 秒：{ $what }。{ $rivals }{ $supervisor }
lesson-sees-first = { -supervisor }等待整个集合，一旦有{ -task }返回就醒来，处理到那时为止已完成的所有{ -task }（包括这一个），并立即重启每个{ -station }。
lesson-sees-all-waiting = 在 ALL_COMPLETED 下，{ -supervisor }会报告它，但不给这个{ -station }新的{ -box }：它会一直闲着，直到整批{ -task }都返回。
lesson-sees-all-restart = 它是本批最后一个，所以在 ALL_COMPLETED 下，{ -supervisor }立即给每个{ -station }都发了一{ -box }新的。
lesson-sees-all-empty = 它是本批最后一个，而{ -depot }已经空了：没有哪个{ -station }拿到新{ -box }。
lesson-sees-queue = 完成回调把它放入完成队列，{ -supervisor }从队列中取出它。
lesson-sees-article = 文章中的循环在它计数的某次等待中为它醒来，连同到那时为止已完成的所有{ -task }，并立即重启它的{ -station }，不管还有没有{ -box }。
lesson-sees-taskgroup = 这一{ -box }自己的{ -task }报告结果并让出{ -station }，在信号量处等待的下一{ -box }{ -task }随即取走编号最小的空闲{ -station }。
lesson-sees-taskgroup-last = 这一{ -box }自己的{ -task }报告结果并让出{ -station }；已经没有{ -box }了，所以这个{ -station }保持空闲。
lesson-sees-workers = { -station }的工作者自己报告结果，并从队列中取下一{ -box }。
lesson-sees-workers-last = { -station }的工作者自己报告结果；队列已空，所以工作者返回。

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { $station } 号{ -station }的{ -task }
lesson-task-worker = { $station } 号{ -station }的工作者
lesson-task-box = 第 { $box } { -box }的{ -task }
lesson-task-supervisor = { -supervisor }
lesson-task-callback = { -event-loop }的一个回调

## How often a sleeping task is polled

lesson-sleep-polls-prompt = { $station } 号{ -station }的{ -task }正在休眠，直到下一{ -shot }，预定在 { $time } 秒（见{ -timer-queue }）。在打出这一{ -shot }之前，{ -executor }会轮询它多少次？
lesson-sleep-polls-none = 一次也不会：{ -timer }自己打出这一{ -shot }
lesson-sleep-polls-once = 一次：在它的{ -timer }触发时，这次轮询打出这一{ -shot }
lesson-sleep-polls-per-ms = 大约 { $polls } 次：休眠中每毫秒一次
lesson-sleep-polls-always = 一遍又一遍，直到它的{ -timer }触发
lesson-sleep-polls-explanation =
    { -executor }只轮询了 { $station } 号{ -station }的{ -task }一次，就在 { $time } 秒它的{ -timer }触发时：这次轮询{ $outcome ->
        [spoiled] 发现这一{ -dose }变质了
       *[shot] 打出了这一{ -shot }
    }。在此之前的 { $seconds } 秒里，{ -executor }完全没有轮询它：休眠的{ -task }待在{ -timer-queue }里，而不是{ -ready-queue }里，不占用{ -thread }分毫。在此期间，其他{ -task }共轮到了 { $turns } 次。

## Which ready task runs next

lesson-next-turn-prompt = 这些{ -task }已经就绪，等待运行：这就是{ -lot }下方显示的{ -ready-queue }。接下来哪一个会拿到{ -thread }？
lesson-next-turn-all = 全部同时运行
lesson-next-turn-explanation = 接下来运行的是{ $task }：它排在{ -ready-queue }的最前面。{ -executor }一次只运行一个{ -task }，并按{ -task }就绪的先后顺序取出就绪的{ -task }，先进先出；每个{ -task }都运行到它 await 为止。排在它后面的是：{ $behind }。

## What the supervisor does with a failed task

lesson-after-failure-prompt = { $station } 号{ -station }的{ -task }刚刚抛出了一个错误。{ -supervisor }会怎么做？
lesson-after-failure-stops-run = 停止整个运行：这个错误会结束程序
lesson-after-failure-retries = 把同一{ -box }再交给 { $station } 号{ -station }，重试一次
lesson-after-failure-new-box = 报告这个错误，并立即给 { $station } 号{ -station }一{ -box }新的
lesson-after-failure-new-box-later = 报告这个错误，等整批都返回后再给 { $station } 号{ -station }一{ -box }新的
lesson-after-failure-station-stops = 报告这个错误；已经没有{ -box }留给 { $station } 号{ -station }，所以它停下
lesson-after-failure-ignores = 在运行结束前什么也不做：错误留在{ -task }里
lesson-after-failure-then-new = { $station } 号{ -station }在 { $time } 秒立即拿到了第 { $box } { -box }，循环照常继续
lesson-after-failure-then-later = { $station } 号{ -station }等到同批其他{ -task }都返回，在 { $time } 秒拿到了第 { $box } { -box }
lesson-after-failure-then-stops = 已经没有{ -box }留给 { $station } 号{ -station }，所以它停了下来，其他{ -station }继续工作
lesson-after-failure-explanation = 失败的{ -task }已经完成，所以{ -supervisor }像对待其他{ -task }一样拿到它，把错误当作它的结果并报告出来：第 { $box } { -box }失败了（{ $error }），{ -box }里剩下的 { $wasted }算作浪费，不会重试。随后，{ $then }。

## When a station gets its next box

lesson-refill-prompt = { $station } 号{ -station }的{ -task }已经返回。{ $station } 号{ -station }什么时候拿到下一{ -box }？
lesson-refill-at-once = 立即：它的{ -task }一返回就拿到
lesson-refill-pause = 固定停顿一段时间之后，不管其他{ -station }在做什么
lesson-refill-batch = 稍后：等它这一批的其他{ -task }全部返回之后
lesson-refill-never = 永远不会：{ -depot }已经没有{ -box }给它了
lesson-refill-explanation-at-once = { $station } 号{ -station }在 { $time } 秒拿到了第 { $box } { -box }，正是它的{ -task }返回的那一刻。{ $supervisor }
lesson-refill-explanation-batch = { $station } 号{ -station }直到 { $time } 秒才拿到第 { $box } { -box }，比它的{ -task }返回晚了 { $seconds } 秒：那时 { $last } 号{ -station }的{ -task }作为这一批的最后一个返回了。{ $supervisor }
lesson-refill-explanation-never = { $station } 号{ -station }再也没有拿到{ -box }：已经没有{ -box }留给它，所以它一直闲到运行结束。

## How many boxes are done by a time

lesson-boxes-prompt = 到 { $by } 秒时，会完成多少{ -box }？
lesson-boxes-choice = { $count }
lesson-boxes-explanation = 到 { $by } 秒时，已完成 { $boxes } { -box }：比这一步的时刻（{ $now } 秒）多 { $more } { -box }。

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = 在这次运行中，ALL_COMPLETED 比 FIRST_COMPLETED 先结束还是后结束？相差多少？
lesson-all-vs-first-sooner = ALL_COMPLETED 先结束
lesson-all-vs-first-even = 两者相差不到 0.5%
lesson-all-vs-first-under-5 = ALL_COMPLETED 后结束，慢不到 5%
lesson-all-vs-first-5-to-20 = ALL_COMPLETED 后结束，慢 5% 到 20%
lesson-all-vs-first-over-20 = ALL_COMPLETED 后结束，慢 20% 以上
lesson-percent-later = 晚 { $percent }%
lesson-percent-sooner = 早 { $percent }%
lesson-all-vs-first-explanation = ALL_COMPLETED 在 { $all } 秒结束，FIRST_COMPLETED 在 { $first } 秒结束：{ $difference }。由于要等整批完成，各{ -station }共空闲了 { $all_idle } { -station }·秒；而每个{ -station }一完成就立即重启时，只空闲 { $first_idle } { -station }·秒。

## A station that blocks the thread

lesson-blocking-prompt = 在 { $station } 号{ -station }处理它那一{ -box }的期间，其他{ -station }会打{ -shot }吗？
lesson-blocking-yes = 会：它工作时，其他{ -station }照样打{ -shot }
lesson-blocking-no = 不会：在它让出{ -thread }之前，其他{ -station }一{ -shot }也打不了
lesson-blocking-explanation = { $station } 号{ -station }从 { $from } 秒到 { $to } 秒一直占着{ -thread }，这段时间里其他{ -station }共打了 { $shots } { -shot }。一个{ -task }占着{ -thread }时，其他{ -task }都无法运行，{ -timer }的回调也无法运行：只有等它让出{ -thread }，其他{ -station }才轮得到。{ $after ->
        [turn] 这一次，在 { $station } 号{ -station }再次占住{ -thread }之前，其他{ -station }打了 { $between } { -shot }。
        [none] 这一次它们一{ -shot }也没轮到：{ $station } 号{ -station }立即拿了下一{ -box }，又占住了{ -thread }。
       *[last] 那是它的最后一{ -box }。
    }

## Breaking a station now

lesson-waste-prompt = 如果 { $station } 号{ -station }现在被弄坏，会浪费多少{ -dose }？
lesson-waste-restarted = { -supervisor }报告了错误，并用一{ -box }新的重启了该{ -station }
lesson-waste-restarted-at = { -supervisor }报告了错误，但要到 { $seconds } 秒、它下次分发{ -box }时，才给该{ -station }一{ -box }新的
lesson-waste-stopped = { -supervisor }报告了错误；{ -depot }已空，所以该{ -station }停了下来
lesson-waste-caught = 它的{ -task }自己捕获并报告了错误，该{ -station }接着处理下一{ -box }
lesson-waste-caught-stopped = 它的{ -task }自己捕获并报告了错误；已没有{ -box }，所以该{ -station }停了下来
lesson-waste-explanation = { $station } 号{ -station }被弄坏时，第 { $box } { -box }里还剩 { $wasted }：这些全部浪费，它从这一{ -box }已打出的 { $given }仍算已接种，而且{ $then }。

## The article's loop

lesson-vanished-prompt = 循环结束时，有多少{ -dose }会从报告中消失（已接种但从未报告，或被丢弃）？
lesson-vanished-explanation = 循环完成了最后一次等待，程序结束时还有 { $tasks } 个{ -task }在运行：asyncio.run 在{ -box }打到一半时取消了它们。在它们的 { $vanished }中，已接种但从未报告的：{ $unreported }；随{ -box }一起丢弃的：{ $discarded }。
lesson-printed-prompt = 循环把它的等待次数当作每一{ -box }的编号打印出来。从这一刻起，循环为两个不同的{ -box }最先打印的是哪个编号？
lesson-program-lost-prompt = 这个{ -supervisor }会丢失多少{ -dose }：已接种却从未报告的，或是随从未报告的{ -box }一起丢弃的？
lesson-program-lost-explanation = CPython 正是用这些抽样运行了它：它在 { $boxes } { -box }中丢失了 { $lost }，其中已接种却从未报告的有 { $unreported }，随这些{ -box }一起丢弃或浪费的有 { $thrown_away }。{ -lot }和日志显示了每一{ -box }。
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { $station } 号{ -station }的第 { $box } { -box }
lesson-printed-explanation = 第 { $wait } 次等待一次返回了 { $tasks } 个{ -task }，所以循环为其中每一个（{ $boxes }）都打印了 { $printed }，却只算作一次等待。

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = 一个{ -thread }，许多{ -task }
lesson-one-thread-step-1 = 三个{ -station }共用一个{ -thread }。每个{ -station }把它那一{ -box }疫苗当作一个异步{ -task }来处理：每打一{ -shot }，它就休眠这一{ -shot }所需的时间，然后打出这一{ -shot }。这里没有任何东西在并行运行。{ -executor }一次只运行一个{ -task }，而一个{ -task }只运行到它 await 为止。{ -supervisor }已经在每个{ -station }打开了一{ -box }，现在正在等待第一个完成的{ -task }。
lesson-one-thread-step-2 = { -awaited-set }里每个{ -station }各有一个{ -task }，{ -timer-queue }记录着每个休眠{ -task }应当醒来的时刻。{ -supervisor }也在休眠，等着这个集合中的第一个{ -task }完成。
lesson-one-thread-step-3 = 3 号{ -station }打完了它这一{ -box }的最后一{ -dose }：它的{ -task }已经返回，而等待{ -station }{ -task }集合的{ -supervisor }为这一个{ -task }醒来，报告了它的那一{ -box }。其他两个{ -task }仍在运行。{ -supervisor }等待的集合并不是固定的：它随着运行不断变化。
lesson-one-thread-step-4 = { -inspector }显示每个{ -task }的轮询和唤醒。{ -task }在启动时、以及每次被{ -timer }唤醒时被轮询；在此之间它处于空闲状态，什么也不占用。这就是一个{ -thread }能照看许多{ -station }的原因：几乎所有时间里，所有{ -task }都在休眠。
lesson-one-thread-step-5 = { -depot }刚刚发出了最后一{ -box }。从现在起，{ -supervisor }不再启动新{ -task }：它只等待仍在运行的{ -task }，每个{ -station }在完成最后一{ -box }后停下。
lesson-one-thread-step-6 = 运行结束了。每一{ -dose }都有着落：已接种的{ -dose }数与浪费的{ -dose }数加起来正好等于{ -depot }中的全部{ -dose }数。可以重放任意一步，或者修改参数，看看同一个{ -executor }如何应对更多{ -station }。
lesson-one-thread-summary = 单{ -thread }上的并发：{ -task }轮流运行，一个{ -task }只运行到它 await 为止。休眠中的{ -task }不消耗任何东西，所以一个{ -executor }就能让许多{ -station }忙个不停，而{ -supervisor }在每个{ -task }完成时就处理它。

lesson-failure-title = 错误即值
lesson-failure-step-1 = 在这次运行中，疫苗可能变质：每一{ -shot }都有很小的概率失败，这时{ -station }的{ -task }以一个错误而不是计数结束。在 Rust 中，{ -task }返回一个 Err 值。在 asyncio 中，协程抛出异常，{ -task }会保存这个异常，直到有人来取它的结果。
lesson-failure-step-2 = 1 号{ -station }的{ -task }刚刚失败了：它这一{ -box }的第 17 { -dose }变质了，{ -task }以一个错误而不是计数结束。失败的{ -task }也是已完成的{ -task }：对于等待第一个完成{ -task }的{ -supervisor }来说，错误和其他结果一样，也是一个结果。
lesson-failure-step-3 = { -supervisor }从已完成的{ -task }中取出错误并报告了它。失败那一{ -box }里剩下的{ -dose }数算作浪费，而不是丢失，该{ -station }用{ -depot }里的一{ -box }新疫苗重新开始。看看日志：失败记录写明了{ -station }、{ -box }和变质的那一{ -dose }。
lesson-failure-step-4 = 你也可以自己弄坏一个{ -station }：在{ -lot }里点击一个正在工作的{ -station }，或让它获得焦点后按 Enter。{ -supervisor }处理这个错误的方式与处理变质疫苗完全相同。动手之前，先预测一下现在弄坏 1 号{ -station }要付出多大代价。
lesson-failure-step-5 = 统计：已接种的{ -dose }数、浪费的{ -dose }数，以及失败的{ -box }数。无论什么失败，账目始终平衡：已接种的、浪费的和仍在打开的{ -box }里的{ -dose }数，加起来总是等于从{ -depot }取出的全部{ -dose }数。
lesson-failure-step-6 = 在代码中，{ -supervisor }查看每个已完成{ -task }的结果：成功时是计数，失败时是错误；无论哪种，只要{ -depot }还有{ -box }，{ -station }就会拿到新的一{ -box }。失败从不会让循环停下，因为错误是作为一个值到来的，由{ -supervisor }来处理。
lesson-failure-summary = 错误和其他结果一样，也是一个结果：失败的{ -task }已经完成，{ -supervisor }把它的错误当作一个值取出，把{ -box }里剩下的{ -dose }数算作浪费，并重启该{ -station }，循环照常继续。

lesson-blocking-title = 从不 await 的{ -task }
lesson-blocking-step-1 = 1 号{ -station }写错了：每打一{ -shot }，它都用阻塞调用来休眠（Python 中的 time.sleep，Rust 中的 std::thread::sleep；引擎通过在占住{ -thread }的同时拨快它的时钟来模拟这一点），而不是 await 一次休眠。阻塞调用会占住{ -thread }。2 号{ -station }和 3 号{ -station }的写法和之前一样，三个{ -task }是一起启动的。
lesson-blocking-step-2 = 1 号{ -station }刚刚让出{ -thread }：它的这一{ -box }已完成，{ -task }已经返回。2 号{ -station }和 3 号{ -station }连一{ -shot }都没打：1 号{ -station }先运行并占住了{ -thread }，它们的{ -task }甚至还没来得及开始第一次休眠。它们现在才开始休眠，而{ -supervisor }给 1 号{ -station }发了一{ -box }新的，这一{ -box }会在它们的{ -timer }到期之前运行。请看{ -executor }：{ -awaited-set }和{ -timer-queue }。
lesson-blocking-step-3 = 1 号{ -station }在打完第二{ -box }后再次让出了{ -thread }。在它占着{ -thread }期间，2 号{ -station }和 3 号{ -station }的{ -timer }到期了；它一让出{ -thread }，这些{ -timer }就触发了，它们的{ -task }现在正在{ -ready-queue }中等待，就显示在{ -lot }下方。此刻{ -thread }在{ -supervisor }手里：它刚给 1 号{ -station }发了下一{ -box }。
lesson-blocking-step-4 = 2 号{ -station }和 3 号{ -station }几乎没打几{ -shot }：1 号{ -station }每处理一{ -box }，它们各自只能打一{ -shot }。每当 1 号{ -station }让出{ -thread }，期间到期的{ -timer }会一起触发，2 号{ -station }和 3 号{ -station }各轮到一次，然后 1 号{ -station }的下一{ -box }又占住{ -thread }。
lesson-blocking-step-5 = 1 号{ -station }打完了它的最后一{ -box }，而其他{ -station }连第一{ -box }都还没打完。请看{ -lot }下方的{ -thread }：最近几轮的条带显示了谁运行过、运行了多久。1 号{ -station }的每一轮都持续好几秒，一轮就是整整一{ -box }；在两轮之间，2 号{ -station }和 3 号{ -station }各轮到一次，只打一{ -shot }，完全不花时间。
lesson-blocking-step-6 = 修正的办法是 await 一个会交还{ -thread }的休眠：在 Python 中用 await asyncio.sleep(...) 代替 time.sleep(...)，也就是一个关键字加另一个函数；在 Rust 中则 await 运行时提供的 sleep。这样{ -station }每打一{ -shot }都会交还{ -thread }，其他{ -station }在它等待时得以运行。任何阻塞调用都会造成同样的危害：读文件、缓慢的计算、不带 await 的网络调用。
lesson-blocking-summary = 从不 await 的{ -task }会占住{ -thread }，在它让出{ -thread }之前，其他{ -task }都无法运行。用 await 代替阻塞，这样一个{ -task }等待时，其他{ -task }就能运行。

lesson-policies-title = 等第一个，还是等全部
lesson-policies-step-1 = 各{ -station }的速度不同：1 号{ -station }打{ -shot }的速度是 2 号{ -station }的两倍，3 号{ -station }的速度只有 2 号{ -station }的一半。{ -supervisor }等待第一个完成的{ -task }（FIRST_COMPLETED），并立即重启那个{ -station }。假设它要等全部{ -task }都完成（ALL_COMPLETED）才给任何一个{ -station }补充。
lesson-policies-step-2 = 现在是同一个种子在 ALL_COMPLETED 下的运行：{ -supervisor }要等它启动的这一整批{ -task }。1 号{ -station }最先完成了它的那一{ -box }，{ -supervisor }已经报告了它。
lesson-policies-step-3 = 2 号{ -station }的{ -task }也返回了，它的那一{ -box }已经报告。最慢的 3 号{ -station }还在处理它的第一{ -box }。{ -awaited-set }显示{ -supervisor }在等什么。
lesson-policies-step-4 = 图表在每种策略下重放同一个种子。开着{ -box }的时间显示了 ALL_COMPLETED 慢在哪里：每一批中，快的{ -station }都要等最慢的那个。
lesson-policies-step-5 = 第三种方式：每个{ -station }的{ -task }把结果放进一个队列，{ -supervisor }按结果到达的顺序从队列中取出。这和 FIRST_COMPLETED 是同一次运行，每一{ -box }、每一微秒都相同，只是写法不同。比较一下两者的代码。
lesson-policies-summary = { -supervisor }怎样等待，决定了{ -station }如何被利用：FIRST_COMPLETED 在每个{ -station }完成时立即给它补充，而 ALL_COMPLETED 让快的{ -station }闲着，直到这一批中最慢的那个完成。

lesson-article-title = 那篇文章里的循环，连同它的错误
lesson-article-step-1 = 这次运行原样照搬了那篇经典 asyncio 文章的控制流程。它的循环不数{ -box }：它数的是自己等待{ -station }{ -task }集合的次数，并在等待次数等于{ -box }数时停止。它发现已完成的每个{ -task }都会立即拿到一{ -box }新的，不管还有没有剩。
lesson-article-step-2 = 循环即将进行最后一次等待，而每个{ -station }都正打到一{ -box }的中间。那次等待一返回，程序就结束，asyncio.run 会取消所有仍在运行的{ -task }。预测一下这要付出多大代价。
lesson-article-step-3 = { -depot }显示了超出其原有数量被取走的{ -box }：最后一{ -box }发完之后，循环仍在重启{ -task }。统计中记下了消失的{ -dose }数：被取消的{ -task }已经打出却从未报告的，以及留在它们{ -box }里被丢弃的。
lesson-article-step-4 = 现在每一{ -shot }都恰好用时 100 毫秒，所以三个{ -station }在同一瞬间完成每一{ -box }，一次等待就返回全部三个{ -task }。循环把它的等待次数打印在本该是{ -box }编号的位置。
lesson-article-step-5 = 每个编号都出现了三次，循环每次等待报告三{ -box }：六次等待之后，它从只有六{ -box }的{ -depot }里报告了十八{ -box }。对比图在每种策略下重放同一个种子：精确的{ -supervisor }打开六{ -box }，什么也没丢失。
lesson-article-step-6 = 同一次运行在 FIRST_COMPLETED 下的样子，即本应用的{ -supervisor }的写法：它数{ -box }，只在{ -depot }还有{ -box }时重启{ -station }，并在返回之前等待仍在工作的{ -station }。每一{ -dose }都打出并报告了。
lesson-article-summary = 要数你真正想数的东西：那篇文章里的循环数的是等待次数而不是{ -box }，所以它取走了超出{ -depot }原有数量的{ -box }，把等待次数当作{ -box }编号打印出来，而且它退出时会取消一些{ -task }，这些{ -task }打出的{ -dose }数从未被报告。

lesson-own-supervisor-title = 编写你自己的{ -supervisor }
lesson-own-supervisor-step-1 = 在这里，那篇经典文章中的循环成了你自己的程序：Python 视图在编辑器中显示它，CPython 用这次运行的{ -station }和抽样来运行它。它为每个{ -station }启动一个{ -task }，等待固定的次数，并重启它发现{ -task }已完成的每个{ -station }。先预测，再去看：它会丢失多少？
lesson-own-supervisor-step-2 = 这个{ -supervisor }为每个{ -station }启动一个{ -task }，却从不等待其中任何一个；它只是休眠。{ -task }并不需要有人 await 它才能运行：{ -event-loop }照样会运行它。但没有人取走它的结果，所以也没有人报告它的那一{ -box }。
lesson-own-supervisor-step-3 = 修正的办法：只要还有{ -task }在运行就继续等待，不管需要等待多少次；报告每个完成集合中的每个{ -task }；并且只在{ -depot }还有{ -box }时才重新启动{ -station }。预测一下这个{ -supervisor }会丢失多少。
lesson-own-supervisor-step-4 = 这个{ -supervisor }同样报告了每一{ -box }，但每次报告后都用 time.sleep 停顿一下。什么也没有丢失，然而：请看它结果下方的提示。{ -supervisor }以这种方式休眠时，会占住唯一的{ -thread }，没有任何{ -station }能打{ -shot }。比较一下它的运行和上一次运行各在何时结束。
lesson-own-supervisor-step-5 = 你的程序现在逐行等同于引擎的 FIRST_COMPLETED { -supervisor }。它结果下方的按钮会在相同的抽样上逐个事件地比较这两次运行。在编辑器中修改程序，再运行一次，看看两者从哪里开始分道扬镳。
lesson-own-supervisor-summary = { -supervisor }要对它启动的每个{ -task }负责：它等待每一个{ -task }，查看其结果，直到没有{ -task }还在运行时才返回。没有人等待的{ -task }照样会运行，但它所做的一切都不会被计入。
lesson-exercises-title = 练习
lesson-exercises-step-1 = 轮到你了：这个{ -supervisor }只在每个{ -station }都忙碌时才等待。一旦有{ -station }发现{ -depot }已空，它就返回，而 asyncio.run 会取消仍在打{ -shot }的{ -task }。在编辑器中修改它，直到它报告每一{ -box }且不丢失任何一{ -dose }，然后按下“运行我的程序”。这段文字下方的目标会检查你的每一次运行。
lesson-exercises-step-2 = 这个{ -supervisor }什么也没有丢失，但每次报告后都用 time.sleep 停顿一下，这会占住唯一的{ -thread }：在此期间没有任何{ -station }能打{ -shot }。你只编写{ -supervisor }（{ -station }由页面提供），所以这里发生阻塞调用的是{ -supervisor }。让它停顿时不占住{ -thread }，然后再次按下“运行我的程序”。
lesson-exercises-step-3 = 在 ALL_COMPLETED 下，每一批{ -box }都要等最慢的那一{ -box }，而 3 号{ -station }只以一半的速度工作。更快地用完同一个{ -depot }：在页面底部的“参数”中修改策略、{ -station }或它们的速度，应用，然后把运行播放到结束。目标会检查屏幕上的运行。
lesson-exercises-summary = 练习是在你自己的运行上检查的，从不靠手写答案：CPython 用引擎的抽样运行你的{ -supervisor }，页面会统计它报告的每一{ -box }和每一{ -dose }、每一次阻塞调用，以及用完{ -depot }花了多长时间。

lesson-event-loop-title = 你就是{ -event-loop }
lesson-event-loop-step-1 = 这一次，由你来当{ -event-loop }。{ -supervisor }刚刚启动了三个{ -station }的{ -task }；1 号{ -station }和 2 号{ -station }每{ -shot }用时 0.2 秒，3 号{ -station }每{ -shot }用时 0.4 秒。{ -event-loop }每做一次选择，都由你来决定它怎么做：恢复哪个就绪的{ -task }，或者在没有{ -task }就绪时，触发哪个{ -timer }。每次选择都会按 asyncio 的规则检查，运行随后从正确的选择继续。
lesson-event-loop-step-2 = 1 号{ -station }和 2 号{ -station }即将打完各自这一{ -box }的最后一{ -shot }。再当一次{ -event-loop }：留意某个{ -station }的{ -task }完成时，谁会被唤醒，它又排到{ -ready-queue }的什么位置。
lesson-event-loop-step-3 = 换一次运行：现在 2 号{ -station }用阻塞调用代替 await，在处理它整整一{ -box }的 0.6 秒里一直占住{ -thread }。1 号{ -station }和 3 号{ -station }的{ -timer }在它占着{ -thread }时到期。{ -event-loop }拿回{ -thread }后，会触发哪个{ -timer }，又会恢复谁？
lesson-event-loop-step-4 = 回到第一次运行，这次不扮演，只观察：{ -lot }下方的{ -thread }视图显示任何一次运行中每个事件时的{ -ready-queue }，队首在前。1 号{ -station }和 2 号{ -station }又一起到期了，3 号{ -station }也和它们一起到期。
lesson-event-loop-step-5 = 这就是{ -event-loop }的全部工作：从队首取出{ -ready-queue }中的{ -task }；队列空了，就休眠到最早的{ -timer }到期。{ -lot }下方的{ -thread }视图在任何一次运行的每个时刻都显示着同一个队列；在地址中加上 loop=1 打开{ -lot }，就能在你自己的运行上继续扮演{ -event-loop }。
lesson-event-loop-summary = { -event-loop }要做两种选择，而这两种都不由{ -task }决定。它按{ -task }就绪的先后顺序恢复就绪的{ -task }，先进先出；没有{ -task }就绪时，它休眠到最早的到期时间，并在同一轮中触发那时到期的所有{ -timer }。{ -task }完成后，只能通过完成回调、在下一轮才唤醒等待它的{ -task }；而阻塞的{ -task }会让期间到期的每个{ -timer }都一直等到它让出{ -thread }。

## Be the event loop: the learner makes each of the loop's choices
## Be the event loop: the learner makes each of the loop's choices

loop-resume-prompt = 你就是{ -event-loop }。{ -ready-queue }中的{ -task }按加入的先后顺序排列：{ $queue }。你恢复哪个{ -task }？
loop-fire-prompt = 你就是{ -event-loop }。这些{ -timer }已经设好。你接下来触发哪一个？
loop-station = { $station } 号{ -station }
loop-fire-option = { $stations }：{ $due } 秒到期
loop-resume-why = asyncio 的{ -ready-queue }先进先出：{ $task }最先加入，时间是 { $since } 秒（{ $cause }），所以{ -event-loop }先恢复它，之后才轮到{ $behind }。{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = { -supervisor }排在后面：{ $task }在 { $since } 秒完成，而 asyncio 要到下一轮才运行已完成{ -task }的完成回调，那时才唤醒{ -supervisor }。
loop-supervisor-behind-callback = { -supervisor }排在后面：已完成{ -task }的完成回调在 { $since } 秒唤醒了它，而 asyncio 在{ -task }结束后的下一轮才运行这个回调。
loop-cause-done-callback = 已完成{ -task }的完成回调唤醒了它
loop-cause-timer = 它的{ -timer }触发了
loop-cause-done = { $task }完成了，它的完成回调唤醒了它
loop-cause-spawned = { -supervisor }刚刚启动了它
loop-cause-woken = { $task }唤醒了它
loop-fire-why = { -event-loop }休眠到最早的到期时间，并触发那时到期的{ -timer }：{ $stations }，在 { $due } 秒。到期时间较晚的{ -timer }要等轮到它。
loop-fire-why-tie = 有几个{ -timer }同在最早的到期时间 { $due } 秒到期：{ $stations }。{ -event-loop }在同一轮中触发那时到期的所有{ -timer }，它们的{ -task }一起加入{ -ready-queue }（asyncio 按其堆中的顺序处理同时到期的{ -timer }；本页按{ -station }编号的顺序处理）。
loop-fire-why-late = 有个{ -task }一直占着{ -thread }，直到 { $now } 秒，已经过了最早的到期时间（{ $due } 秒）。它一让出{ -thread }，{ -event-loop }就按到期先后触发了所有已到期的{ -timer }：{ $stations }。
lesson-cannot-one-of-many = { $kind } 问题会在自己的面板中接连提出一个又一个选择
lesson-error-decisions = 应为 1 到 { $limit } 之间的选择次数，实际为 { $found }
lesson-error-flag = 应为 true 或 false，实际为 { $found }

## The panel of the loop's choices, in a lesson step and with loop=1

loop-choice-of = 第 { $number } 个选择，共 { $count } 个
loop-kind-resume = 恢复一个{ -task }。
loop-kind-fire = 触发一个{ -timer }。
loop-asyncio-would = asyncio 不会这样做：它选的是{ $answer }。
loop-next = 下一个选择
loop-done = 你替{ -event-loop }做了 { $count } 次选择，其中 { $right } 次与 asyncio 相同。
loop-none = 从此刻到运行结束，{ -event-loop }都无需做选择：任何时候最多只有一个{ -task }就绪，最多只有一个{ -timer }在等待。
loop-mode-title = 你就是{ -event-loop }
loop-mode-intro = 运行会在{ -event-loop }的每次选择处停下。选出它要做什么；页面会按 asyncio 的规则检查，然后从正确的选择继续运行。

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
lesson-summary-loop = 扮演{ -event-loop }：{ $asked } 次选择中有 { $right } 次与 asyncio 相同。
loop-queue-note = { -lot }下方的{ -thread }视图显示的是最近一个事件时的{ -thread }；{ -event-loop }在其之后作出选择。
