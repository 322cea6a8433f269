# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG). Times
# are seconds of the run's simulated time; "speed" is simulated seconds
# per second of the video.

export-title = スライド用にエクスポート
export-intro = スライドに載せる{ -lot }の映像です：実行のシミュレーション時間の範囲、サイズ、速度を選んで、動画（WebM）かアニメーション GIF として書き出すか、画面上の瞬間を画像（PNG）として保存します。
export-from = 開始（秒）
export-to = 終了（秒）
# $end is the latest time that can be exported, in seconds: the run's end
# when it is known, else the moment on screen.
export-range-hint = 実行のシミュレーション時間のうち、0～{ $end } 秒の任意の瞬間を書き出せます。
export-width = 幅
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } px
export-speed = 速度
# One speed in the menu: simulated seconds shown per second of video.
export-speed-option = 動画 1 秒あたり実行の { $speed } 秒
# What the export will make; $seconds is the video's length.
export-frames = { $frames } フレーム、毎秒 { $fps } フレーム：動画 { $seconds } 秒
export-webm = 動画を書き出す（WebM）
export-gif = GIF を書き出す
export-png = この瞬間を保存（PNG）
export-preview =
    .aria-label = 最初のフレームのプレビュー
# The progress bar's label while frames are made.
export-progress = フレーム { $done }/{ $total }
# After an export; $file is the file's name.
export-done = { $file } を保存しました：{ $frames } フレーム。
export-still-done = { $file } を保存しました。
# Problems with the range, the speed or the browser, named with what is
# accepted. $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] 開始
       *[to] 終了
    }：「{ $given }」は秒数ではありません。
export-error-out-of-run = { $field ->
        [from] 開始
       *[to] 終了
    }は 0～{ $end } 秒の範囲にしてください。
export-error-empty = 終了は開始より後にしてください。
export-error-speed = 用意された速度から選んでください。
export-error-too-many = { $frames } フレームになりますが、書き出せるのは最大 { $max } フレームです：範囲を短くするか、速度を上げてください。
export-error-no-webm = このブラウザーは WebM 動画を録画できません。GIF と画像は引き続き使えます。
export-error-failed = エクスポートが停止しました：{ $detail }
