# Export for slides: the lot as a video (WebM), an animated GIF, or the
# moment on screen as a picture (PNG). Times are seconds of simulated
# time; "speed" is simulated seconds per second of video.

export-title = 슬라이드용 내보내기
export-intro = 슬라이드에 보이는 그대로의 { -lot }입니다. 실행의 시뮬레이션 시간 중 구간과 크기, 속도를 고른 뒤 동영상(WebM)이나 움직이는 GIF로 내보내거나, 화면의 현재 순간을 그림(PNG)으로 저장하십시오.
export-from = 시작 (초)
export-to = 끝 (초)
# $end: the latest time that can be exported, in seconds.
export-range-hint = 실행의 시뮬레이션 시간 0초부터 { $end }초까지 어느 순간이든 내보낼 수 있습니다.
export-width = 너비
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } px
export-speed = 속도
# One speed in the menu: simulated seconds per second of video.
export-speed-option = 1초에 실행 { $speed }초
# $seconds is the video's length.
export-frames = 프레임 { $frames }개, 초당 { $fps }개: 동영상 { $seconds }초
export-webm = 동영상 내보내기 (WebM)
export-gif = GIF 내보내기
export-png = 현재 순간 저장 (PNG)
export-preview =
    .aria-label = 첫 프레임 미리 보기
# The progress bar's label while frames are made.
export-progress = 프레임 { $done }/{ $total }
# $file is the file's name.
export-done = { $file } 저장됨: 프레임 { $frames }개.
export-still-done = { $file } 저장됨.
# $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] 시작
       *[to] 끝
    }: “{ $given }” 값은 초 단위 숫자가 아닙니다.
export-error-out-of-run = { $field ->
        [from] 시작
       *[to] 끝
    } 값은 0초에서 { $end }초 사이여야 합니다.
export-error-empty = 끝은 시작보다 나중이어야 합니다.
export-error-speed = 제시된 속도 중 하나를 고르십시오.
export-error-too-many = 프레임이 { $frames }개인데, 한 번에 최대 { $max }개까지만 내보낼 수 있습니다. 구간을 줄이거나 더 빠른 속도를 고르십시오.
export-error-no-webm = 이 브라우저는 WebM 동영상을 녹화할 수 없습니다. GIF와 그림은 여전히 만들 수 있습니다.
export-error-failed = 내보내기가 멈췄습니다: { $detail }
