# The executor and the task inspector in asyncio's words (code=python):
# twins of the panels.ftl messages without -asyncio.
#
# Kept as written: await, Task, Task.__step, loop.call_later.

# $awaits, $timer, $polls: the executor-term-*-asyncio words below.
executor-explain-asyncio = 모든 { -task }는 { -thread } 하나에서 한 번에 하나씩 실행됩니다. { -event-loop }는 { -ready-queue } 맨 앞의 { -task }를 꺼내, 그 코루틴이 아직 끝나지 않은 무언가를 { $awaits } 때까지 실행합니다. 그러면 { -task }는 { -thread }를 돌려줍니다. 잠든 { -station }는 아무 비용도 들지 않습니다. { -shot }이 끝나면 { $timer }가 잠을 끝내고, 완료 콜백이 { -task }를 { -ready-queue }에 다시 넣으며, 루프가 그 { -task }의 { $polls }. 같은 순간에 만료되는 { -timer }는 루프의 한 차례에 함께 울리고, 그렇게 깨어난 { -task }는 모두 그들이 다시 깨우는 { -task }보다 먼저 실행됩니다.
executor-term-awaits-asyncio = await할
    .title = awaitable이 끝날 때까지 코루틴을 멈춥니다. 아직 끝나지 않았다면 { -task }는 { -thread }를 { -event-loop }에 돌려주고, 끝나면 완료 콜백이 { -task }를 { -ready-queue }에 다시 넣습니다.
executor-term-timer-asyncio = { -timer }
    .title = { -event-loop }의 예약된 콜백 힙에 든 항목(loop.call_later): 기한이 되면 sleep의 퓨처를 끝냅니다.
executor-term-polls-asyncio = 다음 단계를 실행합니다
    .title = { -task }의 코루틴을 await했던 곳에서 이어 실행합니다. 아직 끝나지 않은 다음 await이나 return까지 실행됩니다(asyncio의 Task.__step).
executor-wake-ok-asyncio = { $station }번 { -station }의 { -task }({ $box_no }번 { -box })가 { -shot } 횟수를 반환했습니다
executor-wake-err-asyncio = { $station }번 { -station }의 { -task }({ $box_no }번 { -box })가 예외를 일으켰습니다: { $error }
# $waiting, $scheduled, $running, $wakes: the inspector's state words.
inspector-explain-asyncio = { $tasks ->
        [worker] 각 { -station }의 워커가 Task 하나이며, 큐에서 { -box }를 하나씩 차례로 처리합니다.
       *[box] { -station }가 처리하는 { -box } 하나하나가 Task 하나입니다.
    } Task의 상태는 코루틴이 잠든 동안 ‘{ $waiting }’, 완료 콜백이 다시 넣은 뒤에는 ‘{ $scheduled }’, { -event-loop }가 코루틴을 실행하는 동안에는 ‘{ $running }’입니다. ‘{ $wakes }’ 횟수와 단계 수는 한 { -station }의 모든 { -box }에 걸쳐 합산되고, { -supervisor } 행은 처리한 { -box }의 수를 셉니다. ‘{ -box } 개봉’은 { -station }가 { -box }를 열어 둔 시뮬레이션 시간이며({ -shot } 사이에 잠든 Task는 { -thread }에 아무 부담도 주지 않습니다), 실행에 쓴 시간이 아닙니다. { -box }가 없는 { -station }는 { -supervisor }가 { -box }를 줄 때까지 쉽니다.
inspector-term-scheduled-asyncio = { -ready-queue }에 있음
    .title = 실행 준비 완료: { -event-loop }는 { -ready-queue }를 맨 앞부터, 한 번에 Task 한 단계씩 실행합니다.
inspector-term-running-asyncio = 실행 중
    .title = { -event-loop }가 지금 코루틴을 실행하고 있는 단 하나의 Task입니다.
inspector-term-wakes-asyncio = 깨움
    .title = Task가 { -ready-queue }에 다시 들어간 횟수(이 페이지에서는 Rust 쌍둥이의 waker가 셉니다).
