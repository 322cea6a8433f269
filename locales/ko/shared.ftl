# Names several areas of the page use. Korean: 합니다 style throughout.

## Glossary
## One word per thing, used by every message and lesson text. Korean
## nouns change neither for number nor for case, so no term takes a
## parameter (calls with English's number/start are harmless). Particles
## follow in the message: the comment says how each word ends.

# The parking lot where the stations stand. No parameters; ends in a consonant (은/이/을).
-lot = 주차장
# A vaccination station (booth "접종소 1"). No parameters; ends in a vowel (는/가/를).
-station = 접종소
# A box of doses given to a station (the unit of work). No parameters; ends in a vowel.
-box = 상자
# Where the boxes wait to be handed out. No parameters; ends in a vowel.
-depot = 창고
# One dose in a box; also the counter ("3도즈"). No parameters; ends in a vowel.
-dose = 도즈
# Giving one dose ("접종 1회에 0.2초"). No parameters; ends in a consonant.
-shot = 접종
# An async task. No parameters; ends in a vowel.
-task = 태스크
# The supervisor that awaits and restarts the stations' tasks. No parameters; ends in a vowel.
-supervisor = 슈퍼바이저
# The executor (the panel's heading). No parameters; ends in a vowel.
-executor = 실행기
# The task inspector panel. No parameters; ends in a vowel.
-inspector = { -task } 검사기
# asyncio's event loop. No parameters; ends in a vowel.
-event-loop = 이벤트 루프
# The one thread everything runs on. No parameters; ends in a vowel.
-thread = 스레드
# An entry in the clock's queue that wakes a task at its deadline. No parameters; ends in a vowel.
-timer = 타이머
# Tasks woken, waiting their turn on the thread. No parameters; ends in a vowel.
-ready-queue = 준비 큐
# The timer queue. No parameters; ends in a vowel.
-timer-queue = 타이머 큐
# The set of tasks the supervisor awaits. No parameters; ends in a consonant.
-awaited-set = 대기 집합

## The document's title (the browser's tab).

page-title = { -lot } 예방접종: { -thread } 하나에서 도는 비동기 { -task }

## The supervisor's policies (the form, the charts, the share dialog).
## FIRST_COMPLETED, ALL_COMPLETED, TaskGroup, Semaphore and Queue stay
## as written.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = 완료 큐
policy-article = 원글의 루프
policy-taskgroup = TaskGroup + Semaphore
policy-workers = 워커 + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor }
panel-inspector = { -inspector }
panel-charts = 차트
panel-code = 코드
