# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
# Parameter names and values stay as the URL spells them.

## The rejected parameters of a link, above the page.

params-errors-heading = 链接中的部分参数未被接受，改用默认值运行：
params-error = 不接受 { $setting }：应为{ $accepted }；改用{ $fallback }。

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = { $low } 到 { $high } 之间的整数
params-accepted-event-count = 不小于 { $low } 的事件数（整数）
params-accepted-shot-seconds = 每{ -shot }的秒数，{ $low } 到 { $high }
params-accepted-probability = 0 到 1 之间的概率
params-accepted-speed-factors = 用逗号分隔的速度系数列表，最多 { $max_items } 个，每个在 { $low } 到 { $high } 之间
params-accepted-station-or-none = 1 到 { $high } 之间的{ -station }编号，或 0 表示没有
params-accepted-break-pairs = 用逗号分隔的 { $form } 对列表，最多 { $max_items } 个
params-accepted-name-list = 用逗号分隔的 { $names } 列表{ $alternatives }
params-accepted-play-rate = 每秒模拟的秒数，{ $low } 到 { $high }，或 { $max }
params-accepted-not-above = { $low } 不大于 { $high }
params-accepted-fits-clock = 能放进模拟时钟的运行（若每一{ -shot }都最慢，最多 { $power } 秒）
params-accepted-boxes-per-task = 使用 { $setting } 时最多 { $high } { -box }，因为它一开始就为每一{ -box }创建一个存活的{ -task }
params-accepted-no-blocking = 使用 { $setting } 时不能有阻塞的{ -station }，因为它的程序里没有
params-accepted-station-of-run = 本次运行中的{ -station }，1 到 { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = 、
params-list-last-or = {" "}或{" "}
params-list-last-and = {" "}和{" "}
params-list-alternative = ，或 { $word }

## What was given, when a rule between parameters was broken.

params-given-with = { $value }（同时 { $condition }）
params-given-fits-clock = { $boxes }（同时 { $capacity }、{ $shot_max }，最慢速度为 { $speed }）

## What runs instead of a rejected value.

params-fallback-every-station = 每个{ -station }均为 1
params-fallback-none = 无
params-fallback-random-seed = 随机种子
params-fallback-no-breaks = 不弄坏任何{ -station }
params-fallback-start = 开头
params-fallback-default-theme = 默认主题
params-fallback-rust-first = 上次的选择；若没有，则先显示 Rust
params-fallback-page-default = 页面的默认设置
params-fallback-no-lesson = 不打开课程
params-fallback-english = 英文
params-fallback-both = { $first } 和 { $second }

## The form.

params-form = 参数
params-field-stations = { -station }数
params-field-capacity = 每{ -box }{ -dose }数
params-field-boxes = { -depot }中的{ -box }数
params-field-shot_min = 每{ -shot }最短用时 [秒]
params-field-shot_max = 每{ -shot }最长用时 [秒]
params-field-speeds = 各{ -station }的速度
params-field-fail = 每{ -shot }的失败概率
params-field-seed = 种子
params-field-blocking = 阻塞{ -thread }的{ -station }
params-field-policy = { -supervisor }策略
params-policy-hint = { -supervisor }如何用 await 等待各{ -station }的{ -task }
params-not-accepted = 不接受：应为{ $accepted }
params-new-seed = 新种子
params-apply = 应用并重置

## The play controls.

controls = 控制
controls-start = 开始
    .title = 开始或继续（空格键）
controls-resume = 继续
    .title = 开始或继续（空格键）
controls-pause = 暂停
    .title = 暂停（空格键）
controls-step = 单步
    .title = 只多显示一个事件 (→)
controls-reset = 重置
    .title = 回到开头，使用下方的参数 (r)
controls-speed = 速度：
controls-speed-max = 尽可能快
controls-speed-real-time = { $factor }× 实时速度
controls-speed-slow-motion = { $factor }×（慢动作）
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = 已放慢到 { $speed }×，让{ -event-loop }的每一轮都看得见：一次只运行一个{ -task }，从不同时运行两个。用滑块可以加速。

## One-click presets.

presets = 速度预设
presets-article = 文章中的每{ -shot }用时
    .title = 每{ -shot } 1–100 毫秒，每秒模拟一秒（会重置运行）。时钟是虚拟的：真实的 asyncio 会延迟，并把相近的{ -timer }合并触发（见代码视图）
presets-realistic = 真实的每{ -shot } 1–3 分钟
    .title = 每{ -shot } 1–3 分钟，以 600× 播放（会重置运行）
presets-max = 尽可能快
    .title = 每帧处理尽可能多的事件
presets-counting-bug = 文章中的计数错误
    .title = 文章中的循环，每{ -shot }都是 50 毫秒：每次等待都会返回所有{ -station }（会重置运行）

## The timeline.

timeline = 时间线
timeline-step-back = ◀ 后退一步
    .title = 后退一个事件 (←)：把运行重放到那里
timeline-scrubber = 时间线：事件编号
timeline-measuring = 时间线：正在测量本次运行
timeline-value = 第 { $shown } 个事件，共 { $total } 个，{ $seconds } 秒
timeline-position = 第 { $shown } 个事件，共 { $total } 个
timeline-position-pending = 第 { $shown } 个事件
timeline-position-too-long = 第 { $shown } 个事件（时间线仅适用于不超过 { $limit } { -dose }的运行）
