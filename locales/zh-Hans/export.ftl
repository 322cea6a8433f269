# 导出用于幻灯片。

export-title = 导出用于幻灯片
export-intro = 按幻灯片所需导出{ -lot }：选择运行的一段模拟时间、尺寸和速度，然后导出为视频（WebM）或 GIF 动画，或把屏幕上的当前时刻保存为图片（PNG）。
export-from = 从（秒）
export-to = 到（秒）
export-range-hint = 可导出运行模拟时间 0 到 { $end } 秒之间的任意时刻。
export-width = 宽度
export-size = { $width } × { $height } 像素
export-speed = 速度
export-speed-option = 每秒 { $speed } 秒运行时间
export-frames = { $frames } 帧，每秒 { $fps } 帧：视频 { $seconds } 秒
export-webm = 导出视频（WebM）
export-gif = 导出 GIF
export-png = 保存此刻（PNG）
export-preview =
    .aria-label = 第一帧的预览
export-progress = 第 { $done } 帧，共 { $total } 帧
export-done = 已保存 { $file }：{ $frames } 帧。
export-still-done = 已保存 { $file }。
export-error-not-a-number = { $field ->
        [from] 从
       *[to] 到
    }：“{ $given }”不是秒数。
export-error-out-of-run = { $field ->
        [from] 从
       *[to] 到
    }必须在 0 到 { $end } 秒之间。
export-error-empty = “到”必须晚于“从”。
export-error-speed = 请选择提供的速度之一。
export-error-too-many = 这将是 { $frames } 帧，而一次导出最多 { $max } 帧：请缩短范围或选择更高的速度。
export-error-no-webm = 此浏览器无法录制 WebM 视频；GIF 和图片仍可使用。
export-error-failed = 导出已停止：{ $detail }
