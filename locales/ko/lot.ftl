# The parking lot's drawing (SVG text, tooltips, accessible names), the
# sentence on breaking a station, and the narration for screen readers.
# $seconds: simulated time with two decimals.

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot }: { -station } { $stations }개, { -depot }의 { -box } { $depot }개, 접종한 { -dose } { $doses_given }개
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { -station } { $stations }개: 작업 중 { $working }개, 끝난 { -box } { $boxes_done }개, 실패 { $boxes_failed }개

## The depot of boxes.

lot-depot-title = { -depot }
# Below the number of boxes left in the depot (the number is above it).
lot-depot-unit = { $count ->
       *[other] 남은 { -box }
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot }: 남은 { -box } { $count }개
# Boxes taken after the depot ran out: shown beside a dashed box.
lot-depot-beyond = +{ $count } 초과

## A station: its name, its state, its tooltip. $state: idle, working,
## failed, done or cancelled.

lot-station-name = { -station } { $station }
# The state written in the station's booth (keep it short).
lot-station-state = { $state ->
        [idle] 쉬는 중
        [working] { -shot } 중
        [failed] 실패
        [done] 완료
       *[cancelled] 취소됨
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station } { $station }, { $state_label }, 남은 { -dose } { $remaining }개
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station } { $station }, { $state ->
        [idle] 쉬는 중
        [working] 작업 중
        [failed] 실패
        [done] 완료
       *[cancelled] 취소됨
    }
# Beside a station whose task raised an error; $error: a log-error-* message.
lot-failure-restarted = { $error }: 다시 시작함
lot-failure-restarting = { $error }: 다시 시작 예정
lot-failure-not-restarted = { $error }: 다시 시작 안 함

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = 루프가 { -box } 도중에 끝남
lot-finished-mid-box-detail = 보고되지 않은 { -dose } { $doses_unreported }개, 폐기 { $doses_discarded }개
# Every other run ends when every box is used.
lot-finished-all-used = 모든 { -box } 사용 완료
lot-finished-all-used-detail = 접종한 { -dose } { $doses_given }개, 낭비 { $doses_wasted }개
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = 실험: 작업 중인 { -station }를 클릭하면(또는 포커스를 두고 Enter를 누르면) 그 { -task }가 바로 고장 납니다. { -supervisor }는 오류를 보고하고, { -box }에 남은 { -dose }를 낭비로 세고, 그 { -station }를 다시 시작합니다. 다시 재생하거나 링크로 열어도 같은 고장이 반복됩니다.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = 준비되었습니다. 시작하려면 스페이스를 누르십시오.
lot-narration-running = 실행 중입니다.
lot-narration-paused = { $seconds }초에서 일시정지했습니다.
# What changed since the last announcement.
lot-narration-done = { -box } { $count }개 완료
lot-narration-failed = { -station } { $count }개 실패
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $seconds }초에 { $changes }. 접종한 { -dose } { $doses_given }개, { -depot }에 남은 { -box } { $depot }개.
lot-narration-finished = { $seconds }초에 끝났습니다. 접종한 { -dose } { $doses_given }개, 낭비 { $doses_wasted }개, 끝난 { -box } { $boxes_done }개, 실패한 { -box } { $boxes_failed }개.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = 루프가 끝나면서 { -task } { $tasks }개가 { -box } 도중에 취소되었습니다. 보고되지 않은 { -dose } { $doses_unreported }개, 폐기된 { -dose } { $doses_discarded }개.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who
## waits for it, and who held it last.

thread-title = 단 하나의 { -thread }
# A working station's booth, when the run records its thread.
lot-station-on-thread = { -thread } 사용 중
lot-station-asleep = 자는 중
lot-station-ready = 차례 대기
thread-running-label = { -thread } 사용 중:
thread-loop = 다음 { -timer }를 기다리는 { -event-loop }
thread-ready-label = { -ready-queue }(맨 앞부터 실행):
thread-ready-empty = 비어 있음: 모든 { -task }가 자는 중이거나 끝남
thread-ready-more = +{ $count }개 더
thread-turns-label = 최근 차례:
thread-task-supervisor = { -supervisor }
thread-task-box = { $box_no }번 { -box }의 { -task }
thread-task-callback = 콜백 하나
# The strip's short name of a station's task.
thread-task-station-short = { -station }{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds }초
thread-turn-detail = 폴링 { $polls }번, 이벤트 { $events }개
