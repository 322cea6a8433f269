# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file. The built-in lessons' texts are at the end.
#
# Passed as variables, not translated: JSON paths, values quoted from a
# lesson file, the names lesson files use, code, what the program prints.
# A station is "{ -station } { $station }" in labels and choices (as on
# the lot) and "{ $station }번 { -station }" in sentences, where 번
# settles the particle.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
# "3도즈": ends in a vowel (가, 를, 는).
lesson-doses = { $count }{ -dose }

## The lessons menu

lessons-menu-title = 레슨
lessons-menu-intro = 각 레슨은 한 실행의 여러 순간을 따라갑니다. 단계가 예측을 요구하면, 실행은 답이 나오는 순간까지 계속 재생됩니다. 답은 여러분이 보는 실행에서 계산됩니다.
lessons-menu-steps = { $steps }단계
lessons-menu-write = 레슨 작성…
lessons-menu-teachers = 교사용: 아무 실행에서나 순간을 골라 글과 질문을 더하고, 레슨을 링크로 공유하십시오.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = { $steps }단계 중 { $number }단계
# Read out by screen readers at each new step.
lesson-step-announce = { $steps }단계 중 { $number }단계. { $text }
# Points at the region a step is about, named as its heading names it.
lesson-look-at-lot = { -lot }을 보십시오.
lesson-look-at-executor = { -executor }를 보십시오.
lesson-look-at-inspector = { -inspector }를 보십시오.
lesson-look-at-charts = 차트를 보십시오.
lesson-look-at-code = 코드를 보십시오.
lesson-look-at-log = 로그를 보십시오.
lesson-look-at-stats = 통계를 보십시오.
# The regions in the editor's menu.
lesson-focus-lot = { -lot }
lesson-focus-executor = { -executor }
lesson-focus-inspector = { -inspector }
lesson-focus-charts = 차트
lesson-focus-code = 코드
lesson-focus-log = 로그
lesson-focus-stats = 통계
lesson-nav =
    .aria-label = 레슨 단계
lesson-previous = ◀ 이전
    .title = 이전 단계 (Page Up)
lesson-next = 다음 ▶
    .title = 다음 단계 (Page Down)
lesson-exit = 레슨 나가기
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = 이 단계의 질문을 낼 수 없습니다: { $problem }.

## A prediction

# Before the question, in bold.
lesson-predict = 예측:
lesson-playing-forward = 답이 나올 때까지 실행을 앞으로 재생하는 중…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = CPython이 Python 보기에서 이 단계의 프로그램을 실행하는 중입니다. 그다음 질문이 나옵니다.
lesson-cpython-on-run = Python 보기에서 “내 코드 실행”을 누르십시오. CPython이 이 단계의 프로그램을 실행하면 질문이 나옵니다.
lesson-cpython-failed = CPython이 이 단계의 프로그램을 실행하지 못했습니다: { $reason }
lesson-right = 정답입니다.
# Beside the right choice once a wrong one was picked.
lesson-the-answer = ← 정답
# $answer is the right choice's text.
lesson-not-quite = 아쉽습니다. 정답은 “{ $answer }”입니다.
# The button that passes over a step's prediction without answering.
lesson-skip = 이 예측 건너뛰기
    .title = 예측하지 않고 넘어갑니다. 요약에는 건너뜀으로 기록됩니다
# Shown under a prediction skipped earlier.
lesson-skipped = 이 예측을 건너뛰었습니다. 지금이라도 답할 수 있습니다.

## An exercise: a step's goal, checked on the learner's own run

lesson-goal-title = 목표:
lesson-goal-met = 달성.
lesson-goal-not-met = 아직 아님.
lesson-goal-pending = 아직 확인 안 됨.
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = 내 { -supervisor }가 { -depot }의 모든 { -box }({ $boxes }개)를 보고하고 { -dose }를 하나도 잃지 않습니다.
lesson-goal-cooperates = 내 { -supervisor }가 블로킹 호출로 { -thread }를 붙잡지 않고, { -dose }를 하나도 잃지 않습니다.
lesson-goal-makespan = { -depot }의 { -box } { $boxes }개({ -box }당 { $capacity }{ -dose })를 시뮬레이션 시간 { $seconds }초 안에 끝냅니다.
lesson-goal-run-mine = Python 보기에서 “내 코드 실행”을 누르십시오. CPython이 이 실행에서 내 프로그램을 돌리고, 그 결과로 목표를 확인합니다.
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = 프로그램이 끝까지 실행되지 않았습니다: { $reason }
# $problems lists the lesson-goal-* problems below.
lesson-goal-program-problems = CPython에서 실행한 내 프로그램: { $problems }.
# $doses is lesson-doses.
lesson-goal-lost = { -box } { $boxes }개에서 { $doses } 손실
lesson-goal-pending-tasks = 반환할 때 아직 실행 중인 { -task } { $tasks }개
lesson-goal-beyond-depot = { -depot }의 { $depot }개를 넘어 연 { -box } { $boxes }개
lesson-goal-left-in-depot = { -depot }에 남은 { -box } { $boxes }개
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = { $line }행이 { -thread }를 { $calls }번, 모두 { $seconds }초 동안 붙잡음
lesson-goal-blocked-elsewhere = 내 코드 밖의 블로킹 호출이 { -thread }를 { $calls }번, 모두 { $seconds }초 동안 붙잡음
# $doses is lesson-doses.
lesson-goal-reported-all = CPython에서 실행한 내 프로그램은 { -box } { $boxes }개({ $doses })를 모두 보고했고 하나도 잃지 않았습니다.
lesson-goal-never-blocked = CPython에서 실행한 내 프로그램은 { -thread }를 한 번도 붙잡지 않았고, { -box } { $boxes }개({ $doses })를 모두 보고했으며 하나도 잃지 않았습니다.
lesson-goal-engine-same = 같은 난수로 돌린 엔진의 FIRST_COMPLETED도 이벤트 하나하나까지 같은 실행입니다.
lesson-goal-engine-differs = 같은 난수로 돌린 엔진의 FIRST_COMPLETED는 { $index }번째 이벤트에서 이 실행과 갈라집니다.
lesson-goal-other-depot = 화면의 실행은 { -box } { $boxes }개({ -box }당 { $capacity }{ -dose })로, 이 단계의 { -box } { $step_boxes }개({ -box }당 { $step_capacity }{ -dose })와 다릅니다. 이 단계의 { -depot }로 돌린 실행만 인정됩니다.
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = 화면의 실행은 { $time }초에 끝나 목표보다 { $spare }초 빨랐습니다.
lesson-goal-finished-late = 화면의 실행은 { $time }초에 끝나 목표를 { $over }초 넘겼습니다.
lesson-goal-past = 화면의 실행이 { $seconds }초를 지났는데 아직 남은 { -box }가 있습니다.
lesson-goal-play = 화면의 실행을 끝까지 재생하십시오. 끝나면 목표를 확인합니다.

## The summary on a lesson's last step

lesson-summary-title = 내가 예측한 것
# $step: the step's number; $prompt: its question.
lesson-summary-step = { $step }단계: { $prompt }
# $answer: the choice picked.
lesson-summary-right = 내 답 “{ $answer }”: 정답입니다.
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = 내 답 “{ $answer }”, 실행 결과 “{ $right }”.
lesson-summary-skipped = 건너뜀. 실행 결과 “{ $right }”.
lesson-summary-unanswered = 답하지 않음. 실행 결과 “{ $right }”.
# $right of $asked predictions right (both numbers).
lesson-summary-score = 예측 { $asked }개 중 { $right }개 정답
# Above the lesson's own summary.
lesson-summary-key-idea = 핵심 개념
# $title: the next built-in lesson's title.
lesson-next-lesson = 다음 레슨: { $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = 모든 레슨

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = 레슨을 열 수 없습니다:
lesson-problems-dismiss = 닫기
# $title is the lesson's title; $step counts from 1.
lesson-resume = 다시 오셨군요. “{ $title }” 레슨을 { $step }단계부터 이어서 하시겠습니까?
lesson-resume-region =
    .aria-label = 레슨 이어 하기
lesson-resume-continue = 이어 하기
lesson-resume-decline = 괜찮습니다
# $id is the id asked for, quoted.
lesson-no-builtin = { $id }: 그런 기본 제공 레슨이 없습니다
lesson-kept-unreadable = 지난 방문에서 저장한 레슨을 더 이상 읽을 수 없습니다

## The lesson editor

lesson-editor-heading = 레슨 작성
lesson-editor-explain = 실행을 원하는 순간으로 옮긴 뒤(재생, 한 단계, 타임라인 이동, 매개변수 변경) 단계로 추가하십시오. 각 단계는 정확히 그 순간에서 열립니다. 질문의 답은 실행에서 계산됩니다.
lesson-editor-title = 제목
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = 핵심 개념
lesson-editor-add = 이 순간을 단계로 추가
lesson-editor-moment = (화면 실행의 { $event }번째 이벤트)
# $params is the step's run as a query string, shown as code.
lesson-editor-step = { $number }단계: { $params }의 { $event }번째 이벤트
lesson-editor-text = 글
lesson-editor-look = 볼 곳
lesson-editor-question = 질문
# The menus' first options: no region, no question.
lesson-editor-anywhere = 어디든
lesson-editor-no-question = 없음
lesson-editor-up =
    .aria-label = { $number }단계를 위로
lesson-editor-down =
    .aria-label = { $number }단계를 아래로
lesson-editor-delete = 삭제
    .aria-label = { $number }단계 삭제
lesson-editor-needs = 미리 보고 공유하려면 레슨에 아직 다음이 필요합니다:
lesson-editor-preview = 레슨 미리 보기
lesson-editor-link = 링크
lesson-editor-embed = 임베드
lesson-editor-close = 편집기 닫기

## Problems in a lesson file, each after its place ($path). $found is the
## value given, quoted, or one of lesson-json-*: no particle follows it.

lesson-problem-at = { $path }: { $problem }
lesson-problems-more = 외 문제 { $count }개
lesson-error-too-big = 레슨이 { $bytes }바이트인데, JSON은 최대 { $limit }바이트까지 받습니다
# $detail is the JSON reader's own message.
lesson-error-not-json = 올바른 JSON이 아님({ $detail })
lesson-error-not-object = 제목과 단계가 있는 JSON 객체가 필요합니다
lesson-error-no-steps = 단계가 하나 이상 필요합니다
lesson-error-too-many-steps = { $count }단계인데, 최대 { $limit }단계까지 받습니다
lesson-error-steps-not-list = 단계 목록이 필요합니다. 찾은 값: { $found }
lesson-error-steps-missing = 없음: 레슨에는 단계 목록이 필요합니다
lesson-error-step-not-object = 객체가 필요합니다. 찾은 값: { $found }
lesson-error-params-too-long = { $limit }자를 넘습니다
lesson-error-params-not-text = { $example } 같은 쿼리 문자열이 필요합니다. 찾은 값: { $found }
lesson-error-at-event = 0 이상의 정수 이벤트 수가 필요합니다. 찾은 값: { $found }
lesson-error-text-empty = 비어 있음: 몇 단어가 필요합니다
lesson-error-text-too-long = { $count }자인데, 최대 { $limit }자까지 받습니다
lesson-error-not-text = 텍스트가 필요합니다. 찾은 값: { $found }
lesson-error-text-missing = 없음: 텍스트가 필요합니다
lesson-error-lang = { $first }, { $second } 같은 언어 태그가 필요합니다. 찾은 값: { $found }
# $accepted lists the names lesson files use.
lesson-error-focus = { $found }: 영역 이름이 아닙니다. 다음 중 하나여야 합니다: { $accepted }
lesson-error-question-not-object = { $example } 같은 객체가 필요합니다. 찾은 값: { $found }
lesson-error-question-kind = { $found }: 질문 종류가 아닙니다. 다음 중 하나여야 합니다: { $accepted }
lesson-error-seconds = 0보다 크고 { $limit } 이하인 시뮬레이션 시간(초)이 필요합니다. 찾은 값: { $found }
lesson-error-station = 1 이상의 { -station } 번호가 필요합니다. 찾은 값: { $found }
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = 프로그램은 텍스트여야 합니다. 찾은 값: { $found }
lesson-error-python-too-long = 프로그램이 { $limit }바이트를 넘습니다
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = 프로그램이 있는 단계는 코드 아래의 Python 보기를 가리킵니다. focus 값은 { $accepted }만 가능합니다(찾은 값: { $found })
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = { $kind } 질문은 단계의 프로그램에 대해 묻습니다. { $field } 항목에 프로그램을 넣으십시오
# A step's goal; $accepted lists the kinds lesson files use.
lesson-error-goal-not-object = { $example } 같은 객체가 필요합니다. 찾은 값: { $found }
lesson-error-goal-kind = { $found }: 목표 종류가 아닙니다. 다음 중 하나여야 합니다: { $accepted }
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = { $kind } 목표에는 { $field } 값이 필요합니다: 0보다 크고 { $limit } 이하인 시뮬레이션 시간(초)
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = { $kind } 목표는 단계의 프로그램으로 확인합니다. { $field } 항목에 프로그램을 넣으십시오
lesson-error-goal-no-python = { $kind } 목표는 화면에 있는 엔진의 실행으로 확인합니다. 이 목표가 있는 단계에는 { $field } 항목이 없어야 합니다
# A step's params refused by the page's own rules.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name }: 페이지의 매개변수가 아닙니다
lesson-error-page-param = { $name }: 실행이 아니라 페이지의 설정입니다. 단계의 params에는 실행의 매개변수만 넣을 수 있습니다
lesson-error-past-limit = { $at }: 단계가 고정할 수 있는 마지막 순간을 넘었습니다. 최대 이벤트 { $limit }개
lesson-error-past-end = { $at }: 이 실행의 끝을 넘었습니다. 이 실행의 이벤트는 { $events }개입니다
lesson-json-null = null
lesson-json-bool = true 또는 false
lesson-json-number = 숫자
lesson-json-text = 텍스트
lesson-json-list = 목록
lesson-json-object = 객체
# In place of a question kind that is missing.
lesson-json-nothing = 아무것도 없음

## A lesson in a link that cannot be read

lesson-link-too-long = 링크의 레슨이 너무 깁니다. JSON은 최대 { $limit }바이트까지 받습니다
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = 링크의 레슨이 { $encoding } 형식이 아닙니다: { $detail }
lesson-link-not-utf8 = 링크의 레슨이 UTF-8 텍스트가 아닙니다
lesson-link-empty = 링크가 { $fragment }에서 끝나 레슨이 없습니다. 레슨 링크는 { $key } 뒤에 레슨이 이어져야 합니다

## Why a step's question cannot be asked ($kind: the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = { $kind } 질문에는 { -dose } { $limit }개 이하의 실행이 필요합니다. 이 실행은 { $doses }개입니다
lesson-cannot-past-end = 이 실행의 이벤트는 { $events }개뿐입니다
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = 실행이 장부와 맞지 않습니다: { $detail }
lesson-cannot-needs-article = { $kind } 질문에는 원글의 루프가 필요합니다({ $param })
lesson-cannot-needs-cpython = { $kind } 질문은 단계의 프로그램을 CPython에서 실행해야 답이 나옵니다
lesson-cannot-no-cancel = 이 순간 이후에 취소되는 { -task }가 없습니다. 루프가 끝나기 전에 물으십시오
lesson-cannot-no-double = 이 순간 이후에 { -task } 두 개를 돌려주는 대기가 없습니다. 모든 { -shot }의 길이를 같게 하십시오({ $code })
lesson-cannot-nothing-returns = 이 순간 이후에 반환하는 { -station }의 { -task }가 없습니다
lesson-cannot-not-after = 물은 시각 { $by }초가 단계의 순간 { $now }초보다 뒤가 아닙니다
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = { $kind } 질문에는 블로킹 { -station }가 필요합니다({ $field }에 { $param })
lesson-cannot-no-finish = { $station }번 { -station }는 이 순간 이후에 { -box }를 끝내지 않습니다
lesson-cannot-no-open = { $station }번 { -station }는 이 순간 이후에 { -box }를 열지 않습니다
lesson-cannot-no-failure = 고장이 실패로 이어지지 않았습니다
lesson-cannot-no-station = { $station }번 { -station }는 없습니다. 이 실행의 { -station }는 { $stations }개입니다
lesson-cannot-not-working = { $station }번 { -station }는 지금 연 { -box }가 없어 고장 낼 수 없습니다
lesson-cannot-none-working = 지금 { -box }를 연 { -station }가 없습니다
lesson-cannot-not-broken = 지금은 { $station }번 { -station }를 고장 낼 수 없었습니다
lesson-cannot-sleep-blocking = { $station }번 { -station }는 { -thread }를 막습니다. 그 { -task }는 { -timer }에 맞춰 잠들지 않습니다
lesson-cannot-not-asleep = 지금 { $station }번 { -station }의 { -task }는 { -timer }에 맞춰 잠들어 있지 않습니다. 연 { -box }가 없거나, { -thread }를 쥐고 있거나, { -thread }를 기다리고 있습니다
lesson-cannot-none-asleep = 지금 { -timer }에 맞춰 잠든 { -station }의 { -task }가 없습니다
lesson-cannot-woken-early = { $station }번 { -station }의 { -task }는 다음 { -shot } 전에 { $polls }번 폴링됩니다. { -timer } 말고 다른 무언가가 깨웁니다(손으로 낸 고장)
lesson-cannot-no-thread = 이 실행에는 지금 이 순간의 { -thread } 기록이 없습니다
lesson-cannot-ready-few = 지금 { -ready-queue }에는 { -task }가 { $count }개 있는데, 이 질문에는 최소 { $least }개가 필요합니다
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = { $kind } 질문에는 { -station } { -task }를 await하는 { -supervisor }가 필요합니다({ $param })
lesson-cannot-not-after-failure = 이 순간이 { -station }의 실패 직후가 아닙니다. 마지막 이벤트가 실패여야 합니다
lesson-cannot-not-returned = 지금까지 { $station }번 { -station }의 { -task }가 반환하지 않았습니다
lesson-cannot-nothing-returned = 지금까지 반환한 { -station }의 { -task }가 없습니다
lesson-cannot-refilled = { $station }번 { -station }는 지금 { -box }를 기다리고 있지 않습니다. 다음 { -box }를 이미 받았습니다
lesson-cannot-refilling = { -supervisor }가 지금 새 { -box }를 나눠 주는 중입니다. 시작하기 전이나, 모든 { -station }가 { -box }를 받은 뒤에 물으십시오

## Which station's task returns next

lesson-next-prompt = 다음에 반환하는 것은 어느 { -station }의 { -task }입니까?
# Reads exactly as the lot's label (lot-station-name).
lesson-station-choice = { -station } { $station }
lesson-next-done = { $box }번 { -box }를 끝냈습니다
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = { $box }번 { -box }에서 실패했습니다({ $error })
lesson-error-spoiled = { -box }의 { $shot }번째 { -dose }가 상함
lesson-error-broken = { $shot }번째 { -shot } 중에 손으로 고장 냄
# $doses is lesson-doses.
lesson-next-rival = { -station } { $station }에 { $doses } 남음
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}단계의 순간: { $rivals }.
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = { -station } { $station }의 { -task }가 { $time }초에 다음으로 반환했습니다: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = { -awaited-set } 전체를 기다리던 { -supervisor }는 { -task } 하나가 반환되면 깨어나, 그때까지 끝난 모든 { -task }를 이 { -task }와 함께 처리하고 각 { -station }를 곧바로 다시 시작합니다.
lesson-sees-all-waiting = ALL_COMPLETED에서는 { -supervisor }가 이를 보고하지만 그 { -station }에 새 { -box }를 주지 않습니다. 묶음 전체가 반환될 때까지 { -station }는 쉽니다.
lesson-sees-all-restart = 묶음의 마지막이었으므로, ALL_COMPLETED에서 { -supervisor }는 모든 { -station }에 곧바로 새 { -box }를 주었습니다.
lesson-sees-all-empty = 묶음의 마지막이었지만 { -depot }가 비어 있어, 어느 { -station }도 새 { -box }를 받지 못했습니다.
lesson-sees-queue = 완료 콜백이 이를 완료 큐에 넣고, { -supervisor }가 거기서 꺼냅니다.
lesson-sees-article = 원글의 루프는 세어 가는 대기 가운데 한 번에 이를 위해 깨어나, 그때까지 끝난 모든 { -task }와 함께 처리하고, 남은 { -box }가 있든 없든 그 { -station }를 곧바로 다시 시작합니다.
lesson-sees-taskgroup = 그 { -box }의 { -task }가 직접 보고하고 { -station }를 비워 주면, 세마포어에서 기다리던 다음 { -box }의 { -task }가 비어 있는 가장 낮은 번호의 { -station }를 가져갑니다.
lesson-sees-taskgroup-last = 그 { -box }의 { -task }가 직접 보고하고 { -station }를 비워 줍니다. 남은 { -box }가 없으므로 { -station }는 빈 채로 남습니다.
lesson-sees-workers = 그 { -station }의 워커가 직접 보고하고 큐에서 다음 { -box }를 꺼냅니다.
lesson-sees-workers-last = 그 { -station }의 워커가 직접 보고합니다. 큐가 비었으므로 워커는 반환합니다.

## The tasks the executor runs, as choices and inside sentences. Each
## ends in a vowel, so sentences put 가, 를, 는 after $task.

lesson-task-station = { -station } { $station }의 { -task }
lesson-task-worker = { -station } { $station }의 워커
lesson-task-box = { -box } { $box }의 { -task }
lesson-task-supervisor = { -supervisor }
lesson-task-callback = { -event-loop }의 콜백 하나

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -station } { $station }의 { -task }는 { $time }초에 예정된 다음 { -shot }까지 잠들어 있습니다({ -timer-queue } 참고). 그 { -shot }을 할 때까지 { -executor }는 이 { -task }를 몇 번 폴링합니까?
lesson-sleep-polls-none = 한 번도 안 함: { -timer }가 혼자 { -shot }을 합니다
lesson-sleep-polls-once = 한 번: { -timer }가 울릴 때, 그 폴링이 { -shot }을 합니다
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms = 약 { $polls }번: 잠자는 1밀리초마다 한 번
lesson-sleep-polls-always = { -timer }가 울릴 때까지 계속해서
# $outcome is "shot" or "spoiled"; $seconds: the sleep left at the step's moment.
lesson-sleep-polls-explanation =
    { -executor }는 { $time }초에 { -timer }가 울렸을 때 { -station } { $station }의 { -task }를 한 번 폴링했고, 그 폴링에서 { $outcome ->
        [spoiled] { -dose }가 상한 것을 발견했습니다
       *[shot] { -shot }을 했습니다
    }. 그 전 { $seconds }초 동안은 한 번도 폴링하지 않았습니다. 잠든 { -task }는 { -ready-queue }가 아니라 { -timer-queue }에서 기다리며 { -thread }에 아무 부담도 주지 않습니다. 그동안 { -thread }는 다른 { -task }의 차례를 { $turns }번 실행했습니다.

## Which ready task runs next

lesson-next-turn-prompt = 이 { -task }들이 실행 준비가 되어 있습니다. { -lot } 아래에 보이는 { -ready-queue }입니다. 다음에 { -thread }를 차지하는 것은 어느 것입니까?
lesson-next-turn-all = 모두 동시에
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = 다음에 { $task }가 실행되었습니다. { -ready-queue }의 맨 앞에 있었기 때문입니다. { -executor }는 한 번에 { -task } 하나를 실행하며, 준비된 순서대로 먼저 들어온 것을 먼저 꺼냅니다. 각 { -task }는 await할 때까지 실행됩니다. 그 뒤에서 기다린 것: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -station } { $station }의 { -task }가 방금 오류를 일으켰습니다. { -supervisor }는 어떻게 합니까?
lesson-after-failure-stops-run = 실행 전체를 멈춥니다. 오류가 프로그램을 끝냅니다
lesson-after-failure-retries = { -station } { $station }에 같은 { -box }를 다시 주어 재시도합니다
lesson-after-failure-new-box = 오류를 보고하고 { -station } { $station }에 곧바로 새 { -box }를 줍니다
lesson-after-failure-new-box-later = 오류를 보고하고, 묶음 전체가 돌아오면 { -station } { $station }에 새 { -box }를 줍니다
lesson-after-failure-station-stops = 오류를 보고합니다. { -station } { $station }에 줄 { -box }가 남지 않아 그 { -station }는 멈춥니다
lesson-after-failure-ignores = 실행이 끝날 때까지 아무것도 하지 않습니다. 오류는 { -task } 안에서 기다립니다
lesson-after-failure-then-new = { $station }번 { -station }는 { $time }초에 곧바로 { $box }번 { -box }를 받았고, 루프는 계속되었습니다
lesson-after-failure-then-later = { $station }번 { -station }는 묶음의 나머지를 기다렸다가 { $time }초에 { $box }번 { -box }를 받았습니다
lesson-after-failure-then-stops = { $station }번 { -station }에 남은 { -box }가 없어, 다른 { -station }들이 계속하는 동안 멈췄습니다
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = 실패한 { -task }도 끝난 것이므로, { -supervisor }는 다른 { -task }처럼 그것을 받아 오류를 결과로 삼아 보고했습니다. { $box }번 { -box }는 실패했고({ $error }), 그 안에 남은 { $wasted }는 재시도되지 않고 낭비로 집계되었습니다. 그런 다음 { $then }.

## When a station gets its next box

lesson-refill-prompt = { -station } { $station }의 { -task }가 반환했습니다. { $station }번 { -station }는 다음 { -box }를 언제 받습니까?
lesson-refill-at-once = 곧바로: { -task }가 반환하자마자
lesson-refill-pause = 다른 { -station }와 상관없이, 정해진 시간만큼 쉰 뒤에
lesson-refill-batch = 나중에: 묶음의 다른 { -task }가 모두 반환한 뒤에
lesson-refill-never = 받지 못함: { -depot }에 남은 { -box }가 없음
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { $station }번 { -station }는 { -task }가 반환한 바로 그 순간인 { $time }초에 { $box }번 { -box }를 받았습니다. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { $station }번 { -station }는 { -task }가 반환하고 { $seconds }초 뒤인 { $time }초에야 { $box }번 { -box }를 받았습니다. 묶음의 마지막인 { $last }번 { -station }의 { -task }가 반환했을 때입니다. { $supervisor }
lesson-refill-explanation-never = { $station }번 { -station }는 다른 { -box }를 받지 못했습니다. 남은 것이 없어서 실행이 끝날 때까지 쉬었습니다.

## How many boxes are done by a time

lesson-boxes-prompt = { $by }초까지 { -box }가 몇 개 끝나겠습니까?
lesson-boxes-choice = { $count }
lesson-boxes-explanation = { $by }초까지 { -box } { $boxes }개가 끝났습니다. 단계의 순간인 { $now }초보다 { $more }개 많습니다.

## ALL_COMPLETED against FIRST_COMPLETED (no particle after the names)

lesson-all-vs-first-prompt = 이 실행에서 ALL_COMPLETED 쪽은 FIRST_COMPLETED보다 먼저 끝납니까, 나중에 끝납니까? 차이는 얼마입니까?
lesson-all-vs-first-sooner = ALL_COMPLETED 쪽이 먼저 끝남
lesson-all-vs-first-even = 둘의 차이가 0.5% 이내
lesson-all-vs-first-under-5 = ALL_COMPLETED 쪽이 5% 미만으로 늦게 끝남
lesson-all-vs-first-5-to-20 = ALL_COMPLETED 쪽이 5~20% 늦게 끝남
lesson-all-vs-first-over-20 = ALL_COMPLETED 쪽이 20% 넘게 늦게 끝남
lesson-percent-later = { $percent }% 늦음
lesson-percent-sooner = { $percent }% 빠름
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = 끝난 시각은 ALL_COMPLETED { $all }초, FIRST_COMPLETED { $first }초입니다: { $difference }. 묶음 전체를 기다리는 동안 { -station }들은 모두 합쳐 { $all_idle } { -station }·초를 쉬었습니다. 각 { -station }를 끝나는 즉시 다시 시작하면 { $first_idle }에 그칩니다.

## A station that blocks the thread

lesson-blocking-prompt = { $station }번 { -station }가 { -box }를 처리하는 동안, 다른 { -station }들은 { -shot }을 한 번이라도 합니까?
lesson-blocking-yes = 예: 그 { -station }가 일하는 동안에도 다른 { -station }들은 계속 { -shot }합니다
lesson-blocking-no = 아니요: 그 { -station }가 놓아줄 때까지 아무도 { -shot }하지 않습니다
lesson-blocking-explanation =
    { $station }번 { -station }는 { $from }초부터 { $to }초까지 { -thread }를 쥐고 있었고, 그동안 다른 { -station }들은 { -shot } { $shots }회를 했습니다. 한 { -task }가 { -thread }를 쥐고 있는 동안에는 다른 { -task }도, { -timer }의 콜백도 실행되지 않습니다. 다른 { -task }는 그 { -task }가 놓아줄 때에야 차례를 얻습니다. { $after ->
        [turn] 여기서는 { $station }번 { -station }가 다시 { -thread }를 차지하기 전에 다른 { -station }들이 { -shot } { $between }회를 했습니다.
        [none] 여기서는 다른 { -station }들이 한 번도 { -shot }하지 못했습니다. { $station }번 { -station }가 곧바로 다음 { -box }를 받아 다시 { -thread }를 쥐었습니다.
       *[last] 그것이 그 { -station }의 마지막 { -box }였습니다.
    }

## Breaking a station now

lesson-waste-prompt = 지금 { $station }번 { -station }가 고장 나면, { -dose }가 몇 개 낭비됩니까?
lesson-waste-restarted = { -supervisor }가 오류를 보고하고 새 { -box }로 { -station }를 다시 시작했습니다
lesson-waste-restarted-at = { -supervisor }가 오류를 보고했고, 다음에 { -box }를 나눠 주는 { $seconds }초에야 { -station }에 새 { -box }를 줍니다
lesson-waste-stopped = { -supervisor }가 오류를 보고했습니다. { -depot }가 비어 { -station }는 멈췄습니다
lesson-waste-caught = 그 { -task }가 오류를 잡아 직접 보고했고, { -station }는 다음 { -box }로 넘어갔습니다
lesson-waste-caught-stopped = 그 { -task }가 오류를 잡아 직접 보고했습니다. 남은 { -box }가 없어 { -station }는 멈췄습니다
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above.
lesson-waste-explanation = { $station }번 { -station }는 { $box }번 { -box }에 { $wasted }가 남은 채 고장 났습니다. 남은 것은 모두 낭비되고, 그 { -box }에서 이미 접종한 { $given }는 그대로 접종한 것으로 남습니다. 그리고 { $then }.

## The article's loop

lesson-vanished-prompt = 루프가 끝날 때, 보고에서 사라지는 { -dose }는 몇 개입니까(접종했지만 보고되지 않았거나 폐기된 것)?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation = 루프가 마지막 대기를 마쳤고, { -task } { $tasks }개가 아직 실행 중인 채로 프로그램이 끝났습니다. asyncio.run이 그것들을 { -box } 도중에 취소했습니다. 그 { $vanished } 가운데 접종했지만 보고되지 않은 것: { $unreported }, { -box }와 함께 폐기된 것: { $discarded }.
lesson-printed-prompt = 루프는 대기 횟수를 각 { -box }의 번호로 출력합니다. 지금부터 루프가 서로 다른 두 { -box }에 똑같이 출력하는 첫 번호는 무엇입니까?
lesson-program-lost-prompt = 이 { -supervisor }는 { -dose }를 몇 개 잃습니까? 접종했지만 보고하지 않은 것과, 보고하지 않은 { -box }와 함께 폐기된 것을 셉니다.
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation = CPython이 바로 이 난수로 실행했습니다. { -box } { $boxes }개에서 { $lost }를 잃었습니다. 접종했지만 보고되지 않은 것 { $unreported }, 그 { -box }들과 함께 폐기되거나 낭비된 것 { $thrown_away }입니다. { -lot }과 로그에서 각 { -box }를 볼 수 있습니다.
# What the program prints: kept as written, as the program prints it.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -station } { $station }의 { -box } { $box }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation = 대기 { $wait }에서 { -task } { $tasks }개가 한꺼번에 반환되어, 루프는 그 각각에 대해 { $printed } 줄을 출력했고({ $boxes }) 대기는 한 번으로 셌습니다.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = 여러분이 { -event-loop }입니다. { -ready-queue }에는 들어온 순서대로 다음이 있습니다: { $queue }. 어느 { -task }를 재개하겠습니까?
loop-fire-prompt = 여러분이 { -event-loop }입니다. 이 { -timer }들이 설정되어 있습니다. 다음에 어느 것을 울리겠습니까?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [1] { $stations }, { $due }초에 만료
       *[other] { $stations }, 모두 { $due }초에 만료
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = asyncio의 { -ready-queue }는 먼저 들어온 것이 먼저 나갑니다. { $task }가 { $since }초에 가장 먼저 들어왔으므로({ $cause }), 루프는 { $behind }보다 먼저 그것을 재개합니다.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}{ -supervisor }는 뒤에서 기다립니다. { $task }는 { $since }초에 끝났지만, asyncio는 끝난 { -task }의 완료 콜백을 한 차례 뒤에 실행하고, 그 콜백이 그제야 { -supervisor }를 깨웁니다.
loop-supervisor-behind-callback = {" "}{ -supervisor }는 뒤에서 기다립니다. 끝난 { -task }의 완료 콜백이 { $since }초에 깨웠고, asyncio는 그 콜백을 { -task }가 끝난 한 차례 뒤에 실행합니다.
loop-cause-done-callback = 끝난 { -task }의 완료 콜백이 깨움
loop-cause-timer = { -timer }가 울림
loop-cause-done = { $task }가 끝나고 그 완료 콜백이 깨움
loop-cause-spawned = { -supervisor }가 방금 시작함
loop-cause-woken = { $task }가 깨움
# $stations lists loop-station; $due is in seconds.
loop-fire-why = 루프는 가장 이른 기한까지 잠들었다가 그때 만료되는 { -timer }를 울립니다: { $stations }, { $due }초. 더 늦은 기한은 차례를 기다립니다.
loop-fire-why-tie = 가장 이른 기한 { $due }초를 여럿이 함께 씁니다: { $stations }. 루프는 그때 만료되는 { -timer }를 한 차례에 모두 울리고, 그 { -task }들은 함께 { -ready-queue }에 들어갑니다(asyncio는 같은 기한의 { -timer }를 힙 순서로 꺼내고, 이 페이지는 { -station } 순서로 꺼냅니다).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    한 { -task }가 가장 이른 기한({ $due }초)을 넘겨 { $now }초까지 { -thread }를 쥐고 있었습니다. 그 { -task }가 놓아주자 루프는 그동안 만료된 { -timer }를 이른 것부터 모두 울렸습니다: { $count ->
        [1] { $stations }
       *[other] { $stations }, 이 순서대로
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = { $kind } 질문은 전용 패널에서 선택을 하나씩 차례로 묻습니다
# $found is the value in the file.
lesson-error-decisions = 1~{ $limit } 사이의 선택 수가 필요합니다. 찾은 값: { $found }
lesson-error-flag = true 또는 false가 필요합니다. 찾은 값: { $found }
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = 선택 { $number }/{ $count }
loop-kind-resume = { -task }를 재개합니다.
loop-kind-fire = { -timer }를 울립니다.
# $answer is the option asyncio takes.
loop-asyncio-would = asyncio는 그렇게 하지 않습니다. asyncio의 선택: { $answer }.
loop-next = 다음 선택
loop-done =
    { $count ->
        [1] 루프의 선택 하나를 내렸고
       *[other] 루프의 선택 { $count }개를 내렸고
    }, 그중 { $right }개가 asyncio와 같습니다.
loop-none = 이 순간부터 실행이 끝날 때까지 루프가 내릴 선택이 없습니다. 준비된 { -task }는 언제나 많아야 하나이고, 기다리는 { -timer }도 많아야 하나입니다.
loop-mode-title = 여러분이 { -event-loop }입니다
loop-mode-intro = 실행은 { -event-loop }가 선택을 내릴 때마다 멈춥니다. 루프가 할 일을 고르십시오. 페이지가 asyncio의 규칙으로 확인한 뒤, 올바른 선택에서부터 실행을 이어 갑니다.
# A step's name in results: $title is the lesson's.
results-step-name = { $title }, { $steps }단계 중 { $number }단계
lesson-confidence = 얼마나 확신합니까?
lesson-confidence-guess = 추측
lesson-confidence-fairly-sure = 꽤 확신
lesson-confidence-sure = 확신
lesson-reason = 이유는? 한 줄로:
    .placeholder = 왜냐하면…
lesson-your-reason = 내 이유:
results-download = 내 결과 내려받기
    .title = 이 레슨의 모든 답을 JSON 파일 하나(xAPI 스테이트먼트)로 받아 교사의 학급 결과 보기에 쓸 수 있습니다. 보내기 전에는 아무것도 브라우저 밖으로 나가지 않습니다.
lesson-summary-loop = 루프 해 보기: 선택 { $asked }개 중 { $right }개가 asyncio와 같음.
loop-queue-note = { -lot } 아래의 { -thread } 보기는 마지막 이벤트 시점의 { -thread }를 보여 줍니다. 루프는 그다음에 선택합니다.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = { -thread } 하나, 많은 { -task }
lesson-one-thread-step-1 = { -station } 세 곳이 { -thread } 하나를 함께 씁니다. 각 { -station }는 { -dose } { -box }를 비동기 { -task }로 처리합니다. { -shot }마다 그 { -shot }에 걸리는 시간만큼 잠들었다가 { -shot }합니다. 여기서는 아무것도 병렬로 실행되지 않습니다. { -executor }는 한 번에 { -task } 하나를 실행하고, { -task }는 await할 때까지만 실행됩니다. { -supervisor }는 모든 { -station }에서 { -box }를 하나씩 열었고, 이제 첫 { -task }가 끝나기를 기다립니다.
lesson-one-thread-step-2 = { -awaited-set }에는 { -station }마다 { -task }가 하나씩 있고, { -timer-queue }에는 잠든 각 { -task }가 깨어날 순간이 들어 있습니다. { -supervisor }도 잠들어, 집합의 첫 { -task }가 끝나기를 기다립니다.
lesson-one-thread-step-3 = 3번 { -station }가 { -box }의 마지막 { -dose }를 접종했습니다. 그 { -task }가 반환했고, { -station } { -task }들의 집합을 기다리던 { -supervisor }는 그 { -task } 하나 때문에 깨어나 그 { -box }를 보고했습니다. 나머지 두 { -task }는 아직 실행 중입니다. { -supervisor }가 기다리는 집합은 고정되어 있지 않고, 실행이 진행되면서 바뀝니다.
lesson-one-thread-step-4 = { -inspector }는 각 { -task }의 폴링과 깨움을 보여 줍니다. { -task }는 시작할 때, 그리고 { -timer }가 깨울 때마다 폴링됩니다. 그 사이에는 아무것도 하지 않고 아무것도 쥐고 있지 않습니다. 그래서 { -thread } 하나가 많은 { -station }를 돌볼 수 있습니다. 거의 언제나 모든 { -task }가 잠들어 있기 때문입니다.
lesson-one-thread-step-5 = { -depot }가 방금 마지막 { -box }를 내주었습니다. 이제부터 { -supervisor }는 새 { -task }를 시작하지 않습니다. 아직 실행 중인 { -task }만 기다리고, 각 { -station }는 마지막 { -box }를 마치면 멈춥니다.
lesson-one-thread-step-6 = 실행이 끝났습니다. 모든 { -dose }의 행방이 맞습니다. 접종한 { -dose }와 낭비된 { -dose }를 더하면 { -depot }에 있던 모든 { -dose }가 됩니다. 아무 단계나 다시 재생하거나, 매개변수를 바꿔 같은 루프가 더 많은 { -station }를 어떻게 감당하는지 보십시오.
lesson-one-thread-summary = { -thread } 하나에서의 동시성: { -task }는 차례를 주고받으며, 각 { -task }는 await할 때까지만 실행됩니다. 잠든 { -task }는 비용이 들지 않으므로 루프 하나가 많은 { -station }를 바쁘게 돌리고, { -supervisor }는 각 { -task }가 끝나는 대로 처리합니다.

lesson-failure-title = 값으로서의 오류
lesson-failure-step-1 = 이 실행에서는 { -dose }가 상할 수 있습니다. { -shot }마다 작은 확률로 실패하고, 그러면 { -station }의 { -task }는 { -shot } 횟수 대신 오류로 끝납니다. Rust에서는 { -task }가 Err 값을 반환합니다. asyncio에서는 코루틴이 예외를 일으키고, 누군가 결과를 요청할 때까지 { -task }가 그 예외를 보관합니다.
lesson-failure-step-2 = 1번 { -station }의 { -task }가 방금 실패했습니다. { -box }의 17번째 { -dose }가 상했고, { -task }는 { -shot } 횟수 대신 오류로 끝났습니다. 실패한 { -task }도 끝난 것입니다. 첫 { -task }가 끝나기를 기다리는 { -supervisor }에게 오류는 다른 것과 똑같은 결과입니다.
lesson-failure-step-3 = { -supervisor }는 끝난 { -task }에서 오류를 받아 보고했습니다. 실패한 { -box }에 남은 { -dose }는 잃어버린 것이 아니라 낭비된 것으로 집계되고, { -station }는 { -depot }에서 새 { -box }를 받아 다시 시작합니다. 로그를 읽어 보십시오. 실패 기록에 { -station }, { -box }, 상한 { -dose }가 나옵니다.
lesson-failure-step-4 = { -station }를 직접 고장 낼 수도 있습니다. { -lot }에서 작업 중인 { -station }를 클릭하거나, 포커스를 두고 Enter를 누르십시오. { -supervisor }는 그 오류를 상한 { -dose }와 똑같이 처리합니다. 해 보기 전에, 지금 1번 { -station }를 고장 내면 무엇을 잃게 될지 예측해 보십시오.
lesson-failure-step-5 = 통계에는 접종한 { -dose }, 낭비된 { -dose }, 실패한 { -box }가 있습니다. 무엇이 실패하든 장부는 맞아떨어집니다. 접종한 { -dose }, 낭비된 { -dose }, 아직 열린 { -box }에 든 { -dose }를 더하면 언제나 { -depot }에서 꺼낸 모든 { -dose }가 됩니다.
lesson-failure-step-6 = 코드에서 { -supervisor }는 끝난 각 { -task }의 결과를 살펴봅니다. 성공이면 { -shot } 횟수, 실패면 오류이고, 어느 쪽이든 { -depot }에 { -box }가 있는 한 { -station }는 새 { -box }를 받습니다. 실패가 루프를 멈추는 일은 없습니다. 오류가 { -supervisor }가 처리하는 값으로 도착하기 때문입니다.
lesson-failure-summary = 오류는 다른 것과 똑같은 결과입니다. 실패한 { -task }는 끝난 것이고, { -supervisor }는 그 오류를 값으로 받아 { -box }에 남은 { -dose }를 낭비로 집계하고 { -station }를 다시 시작하며, 루프는 계속됩니다.

lesson-blocking-title = await하지 않는 { -task }
lesson-blocking-step-1 = 1번 { -station }는 잘못 작성되었습니다. { -shot }마다 sleep을 await하는 대신 블로킹 호출로 잠듭니다(Python에서는 time.sleep, Rust에서는 std::thread::sleep. 엔진은 { -thread }를 쥔 채 시계를 앞으로 옮겨 이를 흉내 냅니다). 블로킹 호출은 { -thread }를 붙잡고 놓지 않습니다. 2번과 3번 { -station }는 전과 같이 작성되었고, 세 { -task }는 함께 시작되었습니다.
lesson-blocking-step-2 = 1번 { -station }가 방금 { -thread }를 놓았습니다. { -box }를 끝냈고 { -task }가 반환했습니다. 2번과 3번 { -station }는 아직 { -shot }을 한 번도 하지 못했습니다. 1번 { -station }가 먼저 실행되어, 그들의 { -task }가 첫 sleep을 시작하기도 전에 { -thread }를 붙잡았기 때문입니다. 그들은 이제 sleep을 시작하고, { -supervisor }는 1번 { -station }에 새 { -box }를 주어 다시 시작합니다. 그 { -box }는 그들의 { -timer }가 만료되기 전에 실행될 것입니다. { -executor }를 보십시오. { -awaited-set }과 { -timer-queue }가 있습니다.
lesson-blocking-step-3 = 1번 { -station }가 두 번째 { -box }를 마치고 다시 { -thread }를 놓았습니다. 1번 { -station }가 { -thread }를 쥐고 있는 동안 2번과 3번 { -station }의 { -timer }가 만료되었고, { -thread }를 놓자 울렸습니다. 이제 그 { -task }들은 { -lot } 아래에 보이는 { -ready-queue }에서 기다립니다. 지금은 { -supervisor }가 { -thread }를 쥐고 있습니다. 방금 1번 { -station }에 다음 { -box }를 주었습니다.
lesson-blocking-step-4 = 2번과 3번 { -station }는 { -shot }을 거의 하지 못했습니다. 1번 { -station }의 { -box } 하나에 각각 { -shot } 한 번씩입니다. 1번 { -station }가 { -thread }를 놓을 때마다 그동안 만료된 { -timer }가 함께 울리고, 2번과 3번 { -station }가 한 차례씩 실행된 뒤, 1번 { -station }의 다음 { -box }가 다시 { -thread }를 차지합니다.
lesson-blocking-step-5 = 1번 { -station }는 다른 { -station }들이 첫 { -box }를 끝내기도 전에 마지막 { -box }를 끝냈습니다. { -lot } 아래의 { -thread }를 보십시오. 최근 차례 띠에 누가 얼마나 오래 실행되었는지 나옵니다. 1번 { -station }의 차례는 몇 초씩, 하나하나가 { -box } 하나 전체입니다. 그 사이에 2번과 3번 { -station }는 { -shot } 한 번 길이의 차례를 한 번씩 얻는데, 시간은 전혀 걸리지 않습니다.
lesson-blocking-step-6 = 해결책은 { -thread }를 돌려주는 sleep을 await하는 것입니다. Python에서는 time.sleep(...) 대신 await asyncio.sleep(...), 곧 키워드 하나와 다른 함수입니다. Rust에서는 런타임의 sleep을 await합니다. 그러면 { -station }는 { -shot }마다 { -thread }를 돌려주고, 그 { -station }가 기다리는 동안 다른 { -station }들이 실행됩니다. 어떤 블로킹 호출이든 같은 해를 끼칩니다. 파일 읽기, 느린 계산, await 없는 네트워크 호출도 마찬가지입니다.
lesson-blocking-summary = await하지 않는 { -task }는 { -thread }를 붙잡고, 그 { -task }가 놓을 때까지 다른 { -task }는 하나도 실행되지 않습니다. 블로킹하지 말고 await하십시오. 그래야 한 { -task }가 기다리는 동안 다른 { -task }가 실행됩니다.

lesson-policies-title = 첫 번째를 기다릴까, 모두를 기다릴까
lesson-policies-step-1 = { -station }들의 속도가 다릅니다. 1번 { -station }는 2번 { -station }보다 두 배 빠르게 { -shot }하고, 3번 { -station }는 2번 { -station }의 절반 속도로 { -shot }합니다. { -supervisor }는 첫 { -task }가 끝나기를 기다렸다가(FIRST_COMPLETED) 그 { -station }를 곧바로 다시 시작합니다. 만약 어느 { -station }든 다시 채우기 전에 모두를 기다린다면(ALL_COMPLETED) 어떻게 되겠습니까?
lesson-policies-step-2 = 이번에는 같은 시드를 ALL_COMPLETED로 실행합니다. { -supervisor }는 자신이 시작한 { -task } 묶음 전체를 기다립니다. 1번 { -station }가 가장 먼저 { -box }를 끝냈고, { -supervisor }가 이를 보고했습니다.
lesson-policies-step-3 = 2번 { -station }의 { -task }도 반환했고, 그 { -box }도 보고되었습니다. 가장 느린 3번 { -station }는 아직 첫 { -box }를 처리하고 있습니다. { -awaited-set }은 { -supervisor }가 무엇을 기다리는지 보여 줍니다.
lesson-policies-step-4 = 차트는 같은 시드를 모든 정책으로 다시 재생합니다. ‘{ -box }를 연 시간’을 보면 ALL_COMPLETED 쪽이 어디서 손해를 보는지 알 수 있습니다. 빠른 { -station }들이 묶음마다 가장 느린 { -station }를 기다립니다.
lesson-policies-step-5 = 세 번째 방법: 각 { -station }의 { -task }가 결과를 큐로 보내고, { -supervisor }는 도착한 순서대로 큐에서 결과를 꺼냅니다. 이는 FIRST_COMPLETED와 같은 실행입니다. { -box } 하나하나, 마이크로초 하나하나까지 같고, 다르게 썼을 뿐입니다. 두 코드를 비교해 보십시오.
lesson-policies-summary = { -supervisor }가 기다리는 방식이 { -station }의 쓰임새를 정합니다. FIRST_COMPLETED는 각 { -station }가 끝나는 즉시 다시 채우지만, ALL_COMPLETED는 묶음에서 가장 느린 { -station }가 끝날 때까지 빠른 { -station }들을 놀게 둡니다.

lesson-article-title = 원글의 루프, 실수까지 그대로
lesson-article-step-1 = 이 실행은 널리 알려진 asyncio 글(원글)의 제어 흐름을 쓰인 그대로 따릅니다. 그 루프는 { -box }를 세지 않습니다. { -station } { -task } 집합을 몇 번 기다렸는지를 세고, { -box } 수만큼 기다린 뒤 멈춥니다. 끝난 것으로 보이는 { -task }에는 남은 { -box }가 있든 없든 곧바로 새 { -box }를 줍니다.
lesson-article-step-2 = 루프가 마지막 대기에 가까워졌고, 모든 { -station }가 { -box }를 처리하는 도중입니다. 그 대기가 반환되면 프로그램이 끝나고, asyncio.run이 아직 실행 중인 모든 { -task }를 취소합니다. 그 대가가 얼마일지 예측해 보십시오.
lesson-article-step-3 = { -depot }에 재고를 넘어 꺼낸 { -box }가 보입니다. 마지막 { -box }가 떨어진 뒤에도 루프가 { -task }를 다시 시작했기 때문입니다. 통계는 사라진 { -dose }를 셉니다. 취소된 { -task }가 접종했지만 보고되지 않은 것, 그리고 그 { -box }에 남아 폐기된 것입니다.
lesson-article-step-4 = 이제 모든 { -shot }이 정확히 100ms 걸리므로, 세 { -station }는 매번 같은 순간에 { -box }를 끝내고, 한 번의 대기가 세 { -task }를 모두 돌려줍니다. 루프는 { -box } 번호가 들어갈 자리에 대기 횟수를 출력합니다.
lesson-article-step-5 = 번호마다 세 번씩 나오고, 루프는 대기 한 번에 { -box } 세 개를 보고합니다. 여섯 번 기다린 뒤에는 여섯 개뿐인 { -depot }에서 { -box } 열여덟 개를 보고했습니다. 비교 차트는 같은 시드를 모든 정책으로 다시 재생합니다. 정확한 { -supervisor }들은 { -box } 여섯 개를 열고 아무것도 잃지 않습니다.
lesson-article-step-6 = 같은 실행을, 이 앱의 { -supervisor }가 쓰는 방식의 FIRST_COMPLETED로 돌립니다. { -box }를 세고, { -depot }에 { -box }가 있을 때만 { -station }를 다시 시작하며, 반환하기 전에 아직 일하는 { -station }들을 기다립니다. 모든 { -dose }가 접종되고 보고됩니다.
lesson-article-summary = 세려는 것을 세십시오. 원글의 루프는 { -box } 대신 대기 횟수를 세므로, { -depot }의 재고를 넘어 { -box }를 꺼내고, 대기 번호를 { -box } 번호로 출력하며, 끝날 때 { -task }를 취소해 그 { -dose }는 끝내 보고되지 않습니다.

lesson-own-supervisor-title = 나만의 { -supervisor } 작성하기
lesson-own-supervisor-step-1 = 여기서는 원글의 루프가 여러분 자신의 프로그램입니다. Python 보기가 이를 편집기에 보여 주고, CPython이 이 실행의 { -station }와 난수로 실행합니다. 이 프로그램은 { -station }마다 { -task }를 하나씩 시작하고, 정해진 횟수만큼 기다리며, 끝난 것으로 보이는 모든 { -station }를 다시 시작합니다. 보기 전에 예측해 보십시오. 얼마나 잃겠습니까?
lesson-own-supervisor-step-2 = 이 { -supervisor }는 { -station }마다 { -task }를 하나씩 시작하고 그중 어느 것도 기다리지 않습니다. 잠들기만 합니다. { -task }는 누가 await하지 않아도 실행됩니다. { -event-loop }가 어쨌든 실행합니다. 하지만 아무도 그 결과를 받지 않으므로, 아무도 그 { -box }를 보고하지 않습니다.
lesson-own-supervisor-step-3 = 고친 방법: 몇 번을 기다리든 실행 중인 { -task }가 있는 동안 계속 기다리고, 각 완료 집합의 모든 { -task }를 보고하며, { -depot }에 { -box }가 있을 때만 { -station }를 다시 시작합니다. 이 { -supervisor }가 무엇을 잃을지 예측해 보십시오.
lesson-own-supervisor-step-4 = 이 { -supervisor }도 모든 { -box }를 보고하지만, 보고할 때마다 time.sleep으로 쉽니다. 잃는 것은 없습니다. 그런데 결과 아래의 메모를 보십시오. { -supervisor }가 이렇게 자는 동안 단 하나의 { -thread }를 붙잡고 있어서, 어느 { -station }도 { -shot }하지 못합니다. 이 실행이 끝나는 시각을 앞의 실행과 비교해 보십시오.
lesson-own-supervisor-step-5 = 이제 여러분의 프로그램은 한 줄 한 줄 엔진의 FIRST_COMPLETED { -supervisor }와 같습니다. 결과 아래의 버튼이 같은 난수에서 두 실행을 이벤트 하나하나 비교합니다. 편집기에서 프로그램을 바꾸고 다시 실행해, 두 실행이 어디서 갈라지는지 보십시오.
lesson-own-supervisor-summary = { -supervisor }는 자신이 시작한 모든 { -task }를 책임집니다. 각 { -task }를 기다리고, 그 결과를 살펴보며, 실행 중인 것이 하나도 남지 않았을 때만 반환합니다. 아무도 기다리지 않는 { -task }도 실행은 되지만, 그 { -task }가 한 일은 집계에서 빠집니다.

lesson-exercises-title = 연습 문제
lesson-exercises-step-1 = 여러분 차례입니다. 이 { -supervisor }는 모든 { -station }가 바쁜 동안만 기다립니다. 한 { -station }가 { -depot }가 빈 것을 발견하면 반환하고, asyncio.run이 아직 { -shot } 중인 { -task }들을 취소합니다. 모든 { -box }를 보고하고 { -dose }를 하나도 잃지 않을 때까지 편집기에서 고친 다음, “내 코드 실행”을 누르십시오. 이 글 아래의 목표가 매번의 실행을 확인합니다.
lesson-exercises-step-2 = 이 { -supervisor }는 아무것도 잃지 않지만, 보고할 때마다 time.sleep으로 쉬면서 단 하나의 { -thread }를 붙잡습니다. 그사이 어느 { -station }도 { -shot }하지 못합니다. 여러분은 { -supervisor }만 작성하므로({ -station }는 페이지의 것입니다), 여기서 블로킹 호출은 { -supervisor }의 것입니다. { -thread }를 붙잡지 않고 쉬도록 고친 다음, 다시 “내 코드 실행”을 누르십시오.
lesson-exercises-step-3 = ALL_COMPLETED에서는 { -box } 묶음마다 가장 느린 것을 기다리고, 3번 { -station }는 절반 속도로 일합니다. 같은 { -depot }를 더 빨리 비워 보십시오. 페이지 아래쪽 ‘매개변수’에서 정책이나 { -station } 수, { -station } 속도를 바꾸고, 적용한 뒤 실행을 끝까지 재생하십시오. 목표는 화면의 실행을 확인합니다.
lesson-exercises-summary = 연습 문제는 손이 아니라 여러분 자신의 실행으로 확인됩니다. CPython이 엔진의 난수로 여러분의 { -supervisor }를 실행하고, 페이지는 보고된 모든 { -box }와 { -dose }, 모든 블로킹 호출, 그리고 { -depot }를 비우는 데 걸린 시간을 셉니다.

lesson-event-loop-title = 여러분이 { -event-loop }입니다
lesson-event-loop-step-1 = 이번에는 여러분이 { -event-loop }입니다. { -supervisor }가 방금 세 { -station }의 { -task }를 시작했습니다. 1번과 2번 { -station }는 { -shot } 1회에 0.2초, 3번 { -station }는 0.4초가 걸립니다. 루프가 선택을 내릴 때마다 무엇을 할지 고르십시오. 어느 준비된 { -task }를 재개할지, 준비된 것이 없으면 어느 { -timer }를 울릴지 고릅니다. 각 선택은 asyncio의 규칙으로 확인되며, 실행은 올바른 선택에서부터 이어집니다.
lesson-event-loop-step-2 = 1번과 2번 { -station }가 곧 각 { -box }의 마지막 { -shot }을 합니다. 다시 루프가 되어 보십시오. { -station }의 { -task }가 끝날 때 누가 깨어나는지, 그리고 그것이 { -ready-queue }의 어디에 들어가는지 살펴보십시오.
lesson-event-loop-step-3 = 다른 실행입니다. 이제 2번 { -station }는 await 대신 블로킹 호출로 { -box } 전체 동안, 곧 0.6초 동안 { -thread }를 막습니다. 2번 { -station }가 { -thread }를 쥐고 있는 동안 1번과 3번 { -station }의 { -timer }가 만료됩니다. 루프가 { -thread }를 되찾으면 어느 { -timer }를 울리고, 누구를 재개하겠습니까?
lesson-event-loop-step-4 = 첫 번째 실행으로 돌아가, 이번에는 직접 하지 않고 지켜봅니다. { -lot } 아래의 { -thread } 보기는 어떤 실행에서든 이벤트마다 { -ready-queue }를 맨 앞부터 보여 줍니다. 1번과 2번 { -station }의 { -timer }가 다시 함께 만료되었고, 3번 { -station }의 { -timer }도 함께였습니다.
lesson-event-loop-step-5 = 이것이 루프가 하는 일의 전부입니다. { -ready-queue }를 맨 앞부터 처리하고, 비어 있으면 가장 이른 { -timer }까지 잠듭니다. { -lot } 아래의 { -thread } 보기는 어떤 실행에서든 매 순간 같은 큐를 보여 줍니다. 주소에 loop=1을 붙여 { -lot }을 열면 여러분 자신의 실행에서 계속 루프가 되어 볼 수 있습니다.
lesson-event-loop-summary = 루프는 두 가지 선택을 내리며, 어느 쪽도 { -task }가 정하지 않습니다. 준비된 { -task }는 준비된 순서대로, 먼저 들어온 것부터 재개합니다. 준비된 것이 없으면 가장 이른 기한까지 잠들었다가, 그때 만료되는 { -timer }를 한 차례에 모두 울립니다. 끝난 { -task }는 자신을 기다리는 { -task }를 완료 콜백을 통해서만, 한 차례 뒤에 깨웁니다. 그리고 블로킹하는 { -task }는 그동안 만료된 모든 { -timer }를 자신이 놓아줄 때까지 기다리게 합니다.
