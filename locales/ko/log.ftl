# The event log: its lines (one message per kind of event) and its
# controls. $station, $box_no: numbers; $seconds: simulated time with two
# decimals; $error: one of the log-error-* messages.

## Controls.

log-panel = 로그
    .aria-label = 이벤트 로그
log-lines =
    .aria-label = 이벤트 로그 줄
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = 전체 { $total }줄 중 마지막 { $kept }줄을 보여 줍니다. 내려받은 파일에는 모두 들어 있습니다.
# $error: what the browser said (may be English or technical).
log-download-failed = 내려받기 실패: { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = 내려받기에 모든 { -shot }과 깨움 포함
log-download-text = .txt 내려받기
log-download-csv = .csv 내려받기
log-download-trace = 트레이스 내려받기
    .title = 지금까지의 실행을 Chrome 트레이스로 받습니다. ui.perfetto.dev나 chrome://tracing에서 여십시오

## Why a station's task raised an error. $shot counts from 1 within the box.

log-error-spoiled = { -box }의 { $shot }번째 { -dose }가 상함
log-error-broken = { $shot }번째 { -shot } 중에 손으로 고장 냄

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { $station }번 { -station }가 { $seconds }초에 { $box_no }번 { -box }({ $doses }{ -dose })를 열었습니다. { -depot }에 남은 { -box } { $depot_left }개
# One shot (shown only in downloads with every shot).
log-shot = { $station }번 { -station }가 { $seconds }초에 { $box_no }번 { -box }에서 { -shot }했습니다. 남은 { -dose } { $doses_left }개
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting: "yes" or "no".
log-box-done = 백신 { -box } { $box_no }번 완료! { $station }번 { -station }에서 { $doses_given }명 접종, 시각은 { $seconds }초입니다(끝난 { -box } { $boxes_done }개). { $restarting ->
        [yes] 다음 { -box }를 시작합니다.
       *[no] 이 { -station }에 줄 { -box }가 더 없습니다.
    }
# The same under the article's loop: its wait counter $wait (from 0) is
# printed as the box's number; the real box follows in brackets.
log-box-done-wait = 백신 { -box } { $wait }번 완료! { $doses_given }명 접종, 시각은 { $seconds }초입니다. 다음 { -box }를 시작합니다. [대기 { $wait }: { $station }번 { -station }의 { $box_no }번 { -box }]
# A station's task raised an error; the doses left in its box are wasted.
log-station-failed = { $station }번 { -station }가 { $seconds }초에 실패했습니다: { $error }. { $box_no }번 { -box }의 { -dose } { $doses_wasted }개 낭비. { $restarting ->
        [yes] 새 { -box }로 { -station }를 다시 시작합니다.
       *[no] { -depot }가 비어 다시 시작하지 않습니다.
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = { $station }번 { -station }의 { -task }가 { $seconds }초에 예외를 받았습니다: { $error }. { $box_no }번 { -box }의 { -dose } { $doses_wasted }개 낭비. 새 { -box }로 다시 시작합니다. [대기 { $wait }]
# The supervisor resumed with the tasks that have returned.
log-wake = { $seconds }초에 { -supervisor }가 깨어남. 끝난 { -task } { $done }개
# The depot gave out its last box.
log-depot-empty = { $seconds }초에 { -depot }가 비었습니다. 아직 일하는 { -station } { $still_working }개를 기다립니다
# The article's loop made its last wait: asyncio.run cancels the tasks
# still running.
log-loop-ended = 루프가 { $seconds }초에 { $waits }번의 대기를 마쳤고 프로그램이 끝납니다. asyncio.run이 아직 실행 중인 { -task } { $cancelling }개를 취소합니다
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = { $station }번 { -station }의 { -task }가 { $seconds }초에 { $box_no }번 { -box }의 첫 { -shot } 전에 취소되었습니다. 폐기된 { -dose } { $doses_discarded }개
# A task cancelled in the middle of its box.
log-cancelled = { $station }번 { -station }의 { -task }가 { $seconds }초에 { $box_no }번 { -box } 도중에 취소되었습니다. 접종했지만 보고되지 않은 { -dose } { $doses_unreported }개, 폐기된 { -dose } { $doses_discarded }개
# A box whose task returned and which a learner's program never reported.
log-box-unreported = { $station }번 { -station }의 { $box_no }번 { -box }가 { $seconds }초에 사라졌습니다. { -task }는 반환했지만 프로그램이 보고하지 않았습니다. 접종했지만 보고되지 않은 { -dose } { $doses_given }개, 낭비된 { -dose } { $doses_wasted }개
# Every task has returned.
log-finished = { $seconds }초에 끝남: 끝난 { -box } { $boxes_done }개, 실패 { $boxes_failed }개, 접종한 { -dose } { $doses_given }개, 낭비 { $doses_wasted }개
