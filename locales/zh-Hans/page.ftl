# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = { -lot }疫苗接种
masthead-asyncio = Python 的 asyncio 如何在一个{ -thread }上运行许多{ -task }：由它的 Rust 孪生程序在你的浏览器中实时演示。
masthead-tagline = 每个{ -station }都是浏览器单{ -thread }上的一个异步{ -task }。{ -supervisor }用 await 等待第一个用完一{ -box }疫苗的{ -task }，报告它，再给该{ -station }换上新的一{ -box }重新开始。
masthead-lessons = 课程
masthead-help = ? 帮助
    .aria-label = 键盘与帮助 (?)
masthead-share = 分享
masthead-export = 导出
masthead-projector = 投影仪主题
masthead-status = 状态：
masthead-status-ready = 就绪
masthead-status-running = 运行中
masthead-status-paused = 已暂停
masthead-status-finished = 已结束

language-menu = 语言
    .title = 页面的语言
language-failed = 无法加载{ $language }的文本，页面仍显示英文。

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = 种子
footer-link = 本次运行的链接
footer-same-run = 同一个链接总是显示同一次运行。

## Below the lot.


## Dialogs.

dialog-close = 关闭

## The help overlay: keyboard shortcuts.

help-title = 键盘与帮助
help-key-space = 空格键
help-key-enter = 在{ -station }上按 Enter 键
help-toggle-play = 开始、暂停或继续
help-step = 单步：只多显示一个事件
help-step-back = 后退一个事件（重放本次运行）
help-reset = 重置本次运行
help-break = 弄坏该{ -station }的{ -task }
help-help = 显示或隐藏本帮助
help-text = 每个控件都是可以用 Tab 键到达的按钮或输入框。{ -lot }下方的面板可以折叠；把鼠标悬停在带虚线的术语上或让它获得焦点，即可看到它的含义。页面的链接会打开同一次运行。

## The share dialog.

share-title = 分享本次运行
share-link = 链接（包含所有参数和种子：它总是显示本次运行）
share-copy-link = 复制链接
share-lesson = 打开当前显示的课程（链接和嵌入）
share-embed = 嵌入网页或幻灯片
share-width = 宽度
share-height = 高度
share-px = 像素
share-compact = 紧凑布局
share-autoplay = 加载后自动开始
share-panels = 嵌入中显示的教学面板
share-size-error = 宽度必须在 { $min_width } 到 { $max_width } 像素之间，高度必须在 { $min_height } 到 { $max_height } 像素之间。
share-snippet = iframe 代码片段
share-copy-snippet = 复制代码片段
share-copied = 已复制。
share-copy-failed = 浏览器不允许复制：请选中文本后手动复制。
share-iframe-title = { -lot }疫苗接种：单{ -thread }上的异步{ -task }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = 模糊测试模式
fuzz-heading = 模糊测试模式：
fuzz-summary = 随机操作 { $actions } 次，检查了 { $frames } 帧，{ $problems ->
        [0] 未发现问题
       *[other] 发现 { $problems } 个问题
    }。最后一次操作：
fuzz-ledger = 账本：{ $detail }
fuzz-conservation = 守恒：{ $detail }
fuzz-stations = 显示了 { $shown } 个{ -station }，而设置的是 { $configured } 个
fuzz-clock = 时钟显示 { $clock } 秒，早于最后一个事件的 { $last } 秒
fuzz-unaccounted = 运行结束，但{ -dose }数对不上账

## The panel shown when the page stops.

panic-panel = 模拟因内部错误而停止，页面已不再响应。请重新加载页面以重新开始。详细信息：{ $details }
