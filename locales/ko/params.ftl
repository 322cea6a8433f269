# The parameters: the form, the play controls, the speed presets, the
# timeline, and the messages naming a rejected parameter.
#
# Parameter names, values given and words a reader types ($low, $high,
# first, max…) arrive as the URL spells them: keep them as they are. No
# particle follows them: their last sound is unknown.

## The rejected parameters of a link, above the page.

params-errors-heading = 링크의 일부 매개변수를 받아들이지 않아 기본값으로 실행합니다:
# $setting: name=value as in the URL; $accepted: a params-accepted-… text;
# $fallback: what runs instead.
params-error = { $setting }: 받아들일 수 없습니다. 필요한 값: { $accepted }. 대신 사용: { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = { $low }~{ $high } 사이의 정수
params-accepted-event-count = { $low } 이상의 이벤트 수(정수)
params-accepted-shot-seconds = { -shot } 1회당 초, { $low }~{ $high }
params-accepted-probability = 0~1 사이의 확률
params-accepted-speed-factors = 쉼표로 구분한 속도 배율 목록(최대 { $max_items }개, 각각 { $low }~{ $high })
params-accepted-station-or-none = 1~{ $high }의 { -station } 번호, 없으면 0
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = 쉼표로 구분한 { $form } 쌍 목록, 최대 { $max_items }개
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = 쉼표로 구분한 목록({ $names } 중에서){ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = 초당 시뮬레이션 초 { $low }~{ $high }, 또는 { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $high } 이하의 { $low }
# $power: text such as 10^6.
params-accepted-fits-clock = 시뮬레이션 시계에 들어가는 실행(모든 { -shot }이 가장 느릴 때 최대 { $power }초)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = { $setting }에서는 최대 { -box } { $high }개(이 정책은 처음부터 { -box }마다 살아 있는 { -task }를 만듭니다)
params-accepted-no-blocking = { $setting }에서는 블로킹 { -station } 없음(그 프로그램에는 블로킹이 없습니다)
params-accepted-station-of-run = 이 실행의 { -station } 번호, 1~{ $stations }

## Joining words in lists of accepted values: "first, all 또는 queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}또는{" "}
# Inside "(… 중에서)": a plain comma reads best.
params-list-last-and = ,{" "}
params-list-alternative = , 또는 { $word }

## What was given, when a rule between parameters was broken.

# $value: a value as given; $condition: another parameter, name=value.
params-given-with = { $value } ({ $condition }일 때)
# $capacity and $shot_max: capacity=… and shot_max=… as in the URL.
params-given-fits-clock = { $boxes }, { $capacity }, { $shot_max }, 가장 느린 속도 { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 모든 { -station }에 1
params-fallback-none = 없음
params-fallback-random-seed = 무작위 시드
params-fallback-no-breaks = 고장 없음
params-fallback-start = 처음
params-fallback-default-theme = 기본 테마
params-fallback-rust-first = 마지막 선택, 없으면 Rust 먼저
params-fallback-page-default = 페이지 기본값
params-fallback-no-lesson = 레슨 없음
params-fallback-english = 영어
# The defaults of two parameters at once.
params-fallback-both = { $first } 및 { $second }

## The form.

params-form = 매개변수
params-field-stations = { -station } 수
params-field-capacity = { -box }당 { -dose }
params-field-boxes = { -depot }의 { -box } 수
params-field-shot_min = 최단 { -shot } [초]
params-field-shot_max = 최장 { -shot } [초]
params-field-speeds = { -station } 속도
params-field-fail = { -shot }당 실패 확률
params-field-seed = 시드
params-field-blocking = { -thread }를 막는 { -station }
params-field-policy = { -supervisor } 정책
params-policy-hint = { -supervisor }가 { -station }의 { -task }를 기다리는 방식
params-not-accepted = 받아들일 수 없음. 필요한 값: { $accepted }
params-new-seed = 새 시드
params-apply = 적용 후 초기화

## The play controls.

controls = 컨트롤
controls-start = 시작
    .title = 시작 또는 재개 (스페이스)
controls-resume = 재개
    .title = 시작 또는 재개 (스페이스)
controls-pause = 일시정지
    .title = 일시정지 (스페이스)
controls-step = 한 단계
    .title = 이벤트를 딱 하나 더 보기 (→)
controls-reset = 초기화
    .title = 아래 매개변수로 처음부터 (r)
controls-speed = 속도:{" "}
controls-speed-max = 최대한 빠르게
# $factor: simulated seconds per second.
controls-speed-real-time = 실제 시간의 { $factor }배
controls-speed-slow-motion = { $factor }배 (슬로 모션)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = 루프의 차례가 하나하나 보이도록 { $speed }배로 늦췄습니다. 한 번에 { -task } 하나만 실행되며, 둘이 동시에 실행되는 일은 없습니다. 슬라이더로 속도를 높일 수 있습니다.

## One-click presets.

presets = 속도 프리셋
presets-article = 원글의 { -shot } 시간
    .title = 1–100ms { -shot }, 1초에 시뮬레이션 1초(실행 초기화). 시계는 가상입니다. 실제 asyncio는 늦어지고 가까운 { -timer }를 한데 묶어 처리합니다(코드 보기 참고)
presets-realistic = 현실적인 1–3분 { -shot }
    .title = 1–3분짜리 { -shot }, 600배속(실행 초기화)
presets-max = 최대한 빠르게
    .title = 한 프레임에 들어가는 만큼 많은 이벤트
presets-counting-bug = 원글의 세기 버그
    .title = 모든 { -shot }이 50ms인 원글의 루프: 대기할 때마다 모든 { -station }의 { -task }가 돌아옵니다(실행 초기화)

## The timeline.

timeline = 타임라인
timeline-step-back = ◀ 한 단계 뒤로
    .title = 이벤트 하나 뒤로 (←): 거기까지 실행을 다시 재생합니다
timeline-scrubber = 타임라인: 이벤트 번호
timeline-measuring = 타임라인: 실행 길이 측정 중
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = 이벤트 { $shown }/{ $total }, { $seconds }초
timeline-position = 이벤트 { $shown }/{ $total }
timeline-position-pending = 이벤트 { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = 이벤트 { $shown } (타임라인은 { -dose } { $limit }개 이하의 실행에만 있음)
