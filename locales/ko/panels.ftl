# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written: code (await, asyncio.wait, FuturesUnordered,
# JoinHandle, Task, Ok, Err, Pending, Ready), FIRST_COMPLETED,
# ALL_COMPLETED, TaskGroup, Semaphore, Queue.
#
# In sentences a station is "{ $station }번 { -station }" (번 settles the
# particle); in labels and rows it is "{ -station } { $station }", as on
# the lot.

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = { -executor }
# $awaits, $timer, $polls: the executor-term-* words below.
executor-explain = 모든 { -task }는 { -thread } 하나에서 한 번에 하나씩 실행됩니다. { -task }가 아직 준비되지 않은 퓨처를 { $awaits } 퓨처가 깨울 때까지 { -thread }를 내줍니다. 잠든 { -station }는 아무 비용도 들지 않습니다. { -shot }이 끝나면 { $timer }가 그 { -task }를 깨우고, { -executor }가 그 { -task }를 { $polls }. 같은 순간에 만료되는 { -timer }는 루프의 한 차례에 함께 울리고, 그렇게 깨어난 { -task }는 모두 그들이 다시 깨우는 { -task }보다 먼저 실행됩니다.
executor-term-awaits = await하면
    .title = 퓨처에 값을 요청합니다. 준비되지 않았으면 { -task }는 퓨처가 깨울 때까지 { -thread }를 내주고, 준비되었으면 값이 바로 돌아와 { -task }가 계속 실행됩니다.
executor-term-timer = { -timer }
    .title = { -timer-queue }에 든 항목: 기한이 되면 자신을 설정한 { -task }를 깨웁니다.
executor-term-polls = 폴링합니다
    .title = { -task }를 다시 기다려야 할 때(Pending 반환)나 끝날 때(Ready 반환)까지 실행합니다.

## The supervisor's policy, one sentence each.

executor-policy-first = 정책 FIRST_COMPLETED: { -supervisor }는 { -awaited-set } 전체를 await하다가 { -task } 하나가 반환되면 깨어납니다. 그때까지 반환된 모든 { -task }, 곧 완료 집합을 받아 { -station } 순서대로 보고하고, 각 { -station }를 곧바로 다시 시작한 뒤 다시 집합을 await합니다.
executor-policy-all = 정책 ALL_COMPLETED: { -supervisor }는 완료 집합이 올 때마다 보고하지만, 묶음 전체가 반환되어야만 다시 채웁니다. 그래서 일찍 끝난 { -station }는 쉬면서 기다립니다.
executor-policy-queue = 정책 완료 큐: 끝난 { -station } { -task }는 큐에 들어가고(Python에서는 완료 콜백이 asyncio.Queue에 넣고, Rust에서는 { -task }가 채널로 결과를 보냅니다), { -supervisor }는 끝난 순서대로 하나씩 꺼내 각 { -station }를 다시 시작합니다.
executor-policy-article = 정책 원글의 루프: { -box } 수만큼 FIRST_COMPLETED로 대기하며, { -box }가 아니라 대기 횟수를 셉니다. 남은 { -box }가 없어도 각 완료 집합의 모든 { -task }를 다시 시작하고, 루프가 끝나면 프로그램도 끝납니다. asyncio.run이 아직 실행 중인 { -task }를 { -box } 도중에 취소합니다.
executor-policy-taskgroup = 정책 TaskGroup + Semaphore: { -box }마다 { -task }를 처음부터 만듭니다. 세마포어는 { -station } 수만큼만 일하게 하고, 각 { -task }는 비어 있는 가장 낮은 번호의 { -station }를 씁니다. 각 { -task }는 자기 { -station }의 실패를 잡아 직접 보고합니다. 잡히지 않은 예외는 그룹 전체를 취소하기 때문입니다.
executor-policy-workers = 정책 워커 + Queue: { -station }마다 오래 사는 { -task } 하나가, 처음에 채워 둔 큐가 빌 때까지 { -box }를 꺼내 처리합니다. 실패하면 잡고 다음 { -box }로 넘어갑니다.
executor-queue-same = 이 실행에서는 FIRST_COMPLETED와 같은 { -shot }, 같은 { -box }가 같은 순간에 나옵니다.
executor-queue-differs = 이 실행에서는 FIRST_COMPLETED와 다릅니다: { $same_end ->
        [yes] 둘 다 { $seconds }초에 끝나지만 { -box }가 다른 { -station }로 갑니다
       *[no] 이쪽은 { $seconds }초, FIRST_COMPLETED는 { $first_seconds }초에 끝납니다
    }.

## A station that never awaits ($station: its number).

executor-blocking = { $station }번 { -station }는 { -thread }를 막습니다. 각 { -shot }을 await 없이 하므로 그 { -box }는 하나하나가 폴링 한 번 안에서 처음부터 끝까지 실행되고, 그동안 다른 { -task }는 실행되지 않습니다. 다른 { -station }의 { -timer }는 기한이 되어도 그 { -station }가 놓아줄 때까지 울리지 못하고, 놓아주면 루프의 한 차례에 늦게 함께 울립니다. 이 실행은 asyncio의 루프를 차례차례 따르며, 테스트가 CPython과 대조해 확인합니다.
executor-share-none = 이 실행에서 다른 { -station }는 한 번도 { -shot }하지 못했습니다. { $station }번 { -station }가 모든 { -box }를 차례로 가져갔고 { -thread }를 한 번도 놓지 않았습니다.
executor-share-exact = 이 실행에서 { $station }번 { -station }는 { -box } { $boxes }개를 반환했고, 그 사이마다 다른 { -station }들은 매번 모두 합쳐 { -shot } { $shots }회를 했습니다.
executor-share-range = 이 실행에서 { $station }번 { -station }는 { -box } { $boxes }개를 반환했고, 그 사이마다 다른 { -station }들은 모두 합쳐 { -shot } { $fewest }~{ $most }회, 평균 { $mean }회를 했습니다.
executor-share-one-box = 이 실행에서 { $station }번 { -station }는 { -box }를 하나만 반환했고, 다른 { -station }들은 실행 전체에서 { -shot } { $shots }회를 했습니다.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set }
executor-awaited-count = ({ -task } { $count }개, { $kind })
executor-awaited-kind-channel = 채널로 보내는 { -task }
executor-awaited-kind-taskgroup = { -task } 그룹의 { -station } { -task }
executor-awaited-kind-workers = 워커들이 처리 중인 { -box }
executor-awaited-kind-futures = FuturesUnordered 하나
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count }개 더
executor-awaited-empty = 비어 있음
executor-done-set = 최근 완료 집합
executor-done-count = ({ $seconds }초에 { -task } { $count }개)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = { -supervisor }가 아직 깨어나지 않았습니다
executor-done-unreported = 반환됨. { -supervisor }가 다음에 보고합니다
executor-done-several = 한 완료 집합에 { -task }가 여럿: 그 { -timer }들이 루프의 한 차례에 함께 울렸고, 각 { -task }는 { -supervisor }가 깨어나기 전에 반환했습니다. asyncio.wait 호출은 그때까지 끝난 모든 { -task }를 돌려줍니다.

## The timer queue.

executor-timers = { -timer-queue }, 빠른 순
executor-timer = { $seconds }초 → { -station } { $station } 깨움
executor-timers-empty = { -timer } 없음

## The supervisor's wakes, one line each.

executor-wakes = { -supervisor }의 깨어남, 최신순
executor-reports = 자기 { -task }가 보고한 { -box }, 최신순
executor-wake-time = { $seconds }초
executor-wake-wait = 루프 집계상 대기 { $wait }
executor-wake-ok = { $station }번 { -station }의 { -task }({ $box_no }번 { -box })가 Ok 반환
executor-wake-err = { $station }번 { -station }의 { -task }({ $box_no }번 { -box })가 Err 반환: { $error }
executor-error-spoiled = { -box }의 { $shot }번째 { -dose }가 상함
executor-error-broken = { $shot }번째 { -shot } 중에 손으로 고장 냄
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = 아직 진행 중: { $stations }
executor-pending-none = 없음
executor-pending-more = 외 { $count }개
executor-wake-pushed = 추가: { $tasks }
executor-pushed-task = { -station } { $station }에 { -box } { $box_no }
executor-wake-no-box = 아직 새 { -box } 없음
executor-wake-depot-empty = 추가 없음({ -depot }가 비었음)
executor-report-taskgroup-next = 그 { -box }의 { -task }가 { $station }번 { -station }와 허가를 풀어 주고, 다음 { -box }의 { -task }가 비어 있는 가장 낮은 번호의 { -station }를 가져갑니다
executor-report-taskgroup-last = 남은 { -box }가 없어 { $station }번 { -station }는 빈 채로 남습니다
executor-report-workers-next = 워커가 큐에서 다음 { -box }를 꺼냅니다
executor-report-workers-last = 큐가 비어 워커가 반환합니다

## The task inspector.

inspector-title = { -inspector }
inspector-too-many = { -inspector }는 { -station } { $limit }개 이하의 실행에서만 { -task }를 보여 줍니다.
# $waiting, $scheduled, $running, $wakes: the inspector-term-* words.
inspector-explain = { $tasks ->
        [worker] 각 { -station }의 워커가 { -task } 하나이며, 큐에서 { -box }를 하나씩 차례로 처리합니다.
       *[box] { -station }가 처리하는 { -box } 하나하나가 { -task } 하나입니다.
    } { -task }의 상태는 잠든 동안 ‘{ $waiting }’, 깨어난 뒤에는 ‘{ $scheduled }’, { -thread }가 폴링하는 동안에는 ‘{ $running }’입니다. ‘{ $wakes }’ 횟수와 폴링 횟수는 한 { -station }의 모든 { -box }에 걸쳐 합산되고, { -supervisor } 행은 처리한 { -box }의 수를 셉니다. ‘{ -box } 개봉’은 { -station }가 { -box }를 열어 둔 시뮬레이션 시간이며({ -shot } 사이에 잠든 { -task }는 { -thread }에 아무 부담도 주지 않습니다), 폴링 안에서 쓴 시간이 아닙니다. { -box }가 없는 { -station }는 { -supervisor }가 { -box }를 줄 때까지 쉽니다.
inspector-term-waiting = 자는 중
    .title = 무언가가 깨울 때까지 { -thread }에서 물러나 있습니다. { -station }의 { -task }는 { -shot }의 { -timer }를, { -supervisor }는 자신이 await하는 { -task }를 기다립니다. ({ -box }를 열지 않은 { -station }는 자는 중이 아니라 ‘쉬는 중’입니다.)
inspector-term-scheduled = 예약됨
    .title = 깨어나서, 먼저 깨어난 { -task }들 뒤에 줄을 섰습니다. { -executor }가 차례로 폴링합니다.
inspector-term-running = 실행 중
    .title = 폴링되는 중: { -thread }가 지금 실행하고 있는 단 하나의 { -task }입니다.
inspector-term-wakes = 깨움
    .title = { -task }의 waker 호출: 호출될 때마다 { -executor }에 다시 폴링해 달라고 요청합니다.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task }
inspector-column-state = 상태
inspector-column-polls = 폴링
inspector-column-wakes = 깨움
inspector-column-boxes = { -box }
inspector-column-failures = 실패
inspector-column-restarts = 재시작
inspector-column-box-open = { -box } 개봉 [초]
inspector-column-waiting = { -box } 없음 [초]

## A task's state, as the State column shows it.

inspector-state-waiting = 자는 중
inspector-state-scheduled = 예약됨
inspector-state-running = 실행 중
inspector-state-done = 완료
inspector-state-failed = 실패

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (워커)
inspector-task-box-task = { -station } { $station } ({ $box_no }번 { -box }의 { -task })

## The tasks that finished last.

inspector-finished = 방금 끝남
inspector-finished-box = { -station } { $station } ({ -box } { $box_no }): 폴링 { $polls }번, 깨움 { $wakes }번 뒤 완료
inspector-finished-worker = { -station } { $station }의 워커: 폴링 { $polls }번, 깨움 { $wakes }번 뒤 완료
inspector-finished-box-task = { $box_no }번 { -box }의 { -task }: 폴링 { $polls }번, 깨움 { $wakes }번 뒤 완료
inspector-finished-none = 아직 끝난 { -task } 없음

## The charts.

charts-title = 차트
charts-time-axis = 시뮬레이션 초
# A tick of ten thousand or more, in thousands ("20k").
charts-tick-thousands = { $thousands }k
charts-station = { -station } { $station }

charts-doses-caption = 시간에 따라 접종한 { -dose }와 모델의 예상 속도(점선)
charts-doses =
    .aria-label = { $seconds }초 뒤 { -dose } { $total }개 중 { $given }개 접종, 예상 총 소요 시간 { $expected }초

charts-gantt-too-many = 간트 차트는 { -station } { $limit }개 이하의 실행만 보여 줍니다.
charts-gantt-caption = 시간에 따른 { -station }별 { -box }. 실패한 { -box }는 주홍색에 점선 테두리
charts-gantt-truncated = {" "}(처음 { -box } { $limit }개)
charts-gantt =
    .aria-label = { -station } { $stations }개의 { -box } { $boxes }개 간트 차트
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end }초
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end }초 (실패)

charts-utilisation-summary = 가동률: { -station } { $stations }개 평균 { $mean }%, 최저 { $least }%.
charts-utilisation-caption = 가동률: 경과 시간 중 각 { -station }가 { -box }를 열어 둔 비율
charts-utilisation =
    .aria-label = { -station }별 가동률
charts-percent = { $percent }%

## The policy comparison.

charts-comparison-too-large = 정책 비교는 { -dose } { $limit }개 이하의 실행만 다룹니다.
charts-comparison-caption = 같은 시드를 { -supervisor } 정책마다 실행한 결과(전체 실행을 페이지에서 재생)
charts-comparison-policy = 정책
charts-comparison-makespan = 총 소요 시간
charts-comparison-busy = { -box }를 연 시간
charts-comparison-boxes-opened = 개봉한 { -box }
charts-comparison-doses-vanished = 사라진 { -dose }
charts-seconds = { $seconds }초

## The code view. The listings are code and stay as written.

code-title = 코드
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = Rust는 이 페이지로 컴파일된 소스이고, Python은 같은 프로그램을 asyncio로 쓴 것으로, 그대로 실행되는 파일이며 CPython에서 이 엔진과 대조해 확인합니다. { -task }는 { $await }에서만, 그것도 기다리는 대상이 준비되지 않았을 때만 멈출 수 있습니다. 지금은 { $parked } 강조 표시는 최신 이벤트를 기준으로 합니다.{" "}
# $stations: one of code-parked-stations… (a clause ending in 있고);
# $supervisor: one of code-parked-supervisor-… (ending in 있습니다).
code-parked = { $stations }, { $supervisor }.
code-parked-stations = 모든 { -station } { -task }는 sleep에서 멈춰 있고
code-parked-stations-blocking = { $station }번 { -station }를 뺀 모든 { -station } { -task }는 sleep에서 멈춰 있고({ $station }번 { -station }는 await하지 않아 멈추는 일이 없으며, { -box } 내내 { -thread }를 쥐고 있습니다)
code-parked-supervisor-set = { -supervisor }는 { -awaited-set }을 기다리는 곳에서 멈춰 있습니다
code-parked-supervisor-queue = { -supervisor }는 큐를 읽는 곳에서 멈춰 있습니다
code-parked-supervisor-semaphore = { -station }가 없는 { -box } { -task }들은 세마포어에서 멈춰 있습니다
code-parked-supervisor-workers = { -supervisor }는 워커들을 기다리는 곳에서 멈춰 있습니다
code-resumed-station = 마지막으로 재개됨: { $station }번 { -station }의 { -task }, await 지점에서.
code-resumed-supervisor = 마지막으로 재개됨: { -supervisor }, await 지점에서.
code-resumed-none = 아직 아무것도 실행되지 않았습니다.
code-rust = Rust (이 앱)
code-python = Python asyncio
code-show-python-first = Python 먼저 보기
code-show-rust-first = Rust 먼저 보기
code-whole-file = 도우미 함수를 포함한 asyncio 파일 전체
code-download = 파일 내려받기 (실행: python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        { $role ->
            [station] { -station }
           *[supervisor] { -supervisor }
        }의 { $language ->
            [rust] Rust
           *[python] Python
        } 코드

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] 여기서 기다리는 { -station } { -task } 없음
       *[other] { -station } { -task } { $count }개가 여기서 기다림
    }
code-supervisor-waits = { -supervisor }가 여기서 기다림
code-supervisor-returned = { -supervisor }가 반환함
code-mistake-counts-waits = { -box }가 아니라 대기 횟수를 셈
code-mistake-new-box = 남은 { -box }가 없어도 새 { -box }
code-mistake-program-ends = 프로그램 종료: { -task }가 { -box } 도중에 취소됨
code-mistake-cancelled = { -box } 도중에 취소된 { -task }

## Where the Rust twin and asyncio differ ($next: FuturesUnordered::next(),
## $wait: asyncio.wait, $handle: JoinHandle, $task: Task; shown as code).

code-differences = 두 쌍둥이가 다른 점: { $next }는 출력을 한 번에 하나씩 돌려주므로, Rust { -supervisor }는 집합이 pending이 될 때까지 폴링하며 비워서 반환된 모든 { -task }를 받습니다. 이것이 { $wait } 호출이 돌려주는 완료 집합입니다. Rust 쪽은 깨어난 퓨처만 폴링하지만, { $wait } 호출은 부를 때마다 모든 { -task }에 콜백을 등록합니다. 여기서 { $handle }을 버리면 그 { -task }가 취소되지만, asyncio의 { $task }는 버려도 취소되지 않습니다. 다만 { -event-loop }는 약한 참조만 가지므로, 아무도 쥐고 있지 않은 { -task }는 끝나기 전에 사라질 수 있습니다. 그래서 Python 코드는 { -task }를 모두 쥐고 있습니다.
code-real-time = 이 페이지의 시계는 가상입니다. 시간은 한 { -timer }에서 다음 { -timer }로 건너뛰고, 모든 기한이 마이크로초 단위까지 지켜지며, 늦게 실행되는 것은 없습니다. 실제 asyncio는 두 가지가 다릅니다. Linux에서는 셀렉터가 대기 시간을 밀리초 단위로 올림하므로, 1밀리초 미만 간격으로 만료되는 { -timer }는 한 차례에 함께 울리는 일이 잦고, 그러면 { $wait } 호출은 두 { -task }를 한 완료 집합으로 돌려줍니다. 0.3ms 간격으로 만료되는 두 { -task }를 측정했더니 100번 중 82~85번 그랬습니다. 또 루프의 차례마다 실제 시간이 들어서, 1–100ms { -shot } 100회짜리 { -box } 하나가 약 2% 늦게 끝납니다. Python 파일을 단독으로 실행하면 둘 다 보이며, python/real_time.py가 이를 측정합니다.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = 실제 CPython에서 실행한 코드
python-intro = 이 asyncio 코드는 여기서 WebAssembly로 컴파일된 실제 CPython으로, 가상 시계 위에서, 화면에 있는 실행의 난수와 고장을 받아 실행됩니다. 그런 다음 페이지가 두 실행을 이벤트 하나하나 비교합니다. 처음 실행할 때 Python을 내려받지만, 페이지의 다른 부분은 그것을 기다리지 않습니다.
python-run = CPython에서 실행
