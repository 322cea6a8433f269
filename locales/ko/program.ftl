### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays.

# The executor panel while a learner's recorded program plays.
executor-program-note = CPython에서 기록한 내 { -supervisor }입니다. { -awaited-set }과 깨움은 asyncio.wait 호출에서 읽어 옵니다.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = 내 { -supervisor }가 기다리는 { -task }
# The task inspector while a program plays.
own-inspector-note = 내 { -supervisor }의 { -task }는 CPython에서 실행되었습니다. 아래의 { -box }와 시간은 그 실행에서 읽은 것이고, 폴링과 깨움은 이 페이지의 { -executor }에서만 셉니다.
executor-program-timers = 기록된 실행에는 { -timer-queue }가 남지 않습니다. 각 { -task }가 무엇을 await하는지는 asyncio 자체의 보기에서 볼 수 있습니다.
# The Python view: the learner's own supervisor.
own-title = 나만의 { -supervisor }
own-intro = 아래 { -supervisor }를 고쳐서, 화면에 있는 실행의 { -station }와 난수로 실제 CPython에서 실행해 보십시오. 그러면 페이지가 그 실행을 다른 실행처럼 재생하고 { -dose }를 하나하나 셉니다.
own-editor-label = 내 { -supervisor } (Python)
own-editor-failed = 코드 편집기를 불러오지 못했습니다({ $reason }). 대신 일반 텍스트 입력란을 씁니다.
own-run = 내 코드 실행
own-reset = 원글의 루프로 다시 시작
own-failed = 프로그램이 실행되지 않았습니다: { $error }
own-too-large = 이 실행은 프로그램에 넘기기에 너무 큽니다. 모든 { -station }와 { -box }의 난수가 { -shot } { $shots }회 분량인데, 최대 { $limit }회까지만 넘겨집니다. { -station }나 { -box }, { -dose } 수를 줄이십시오.
own-raised = 프로그램이 예외로 끝났습니다: { $error }
own-summary = 내 { -supervisor }의 실행: 이벤트 { $events }개, 접종한 { $given }{ -dose } 중 { $reported }{ -dose } 보고, { $lost }{ -dose } 손실.
own-lost-cancelled = { $station }번 { -station }, { $box_no }번 { -box }: 프로그램이 끝날 때 아직 실행 중이어서 asyncio.run이 취소했습니다. 접종했지만 보고되지 않은 { -dose } { $unreported }개, 폐기된 { -dose } { $thrown_away }개
own-lost-unreported = { $station }번 { -station }, { $box_no }번 { -box }: { -task }가 반환했지만 프로그램이 보고하지 않았습니다. 접종했지만 보고되지 않은 { -dose } { $unreported }개, 낭비된 { -dose } { $thrown_away }개
own-pending-at-exit = 프로그램이 끝날 때 { -task } { $tasks }개가 아직 끝나지 않은 채 { -dose } { $doses }개를 쥐고 있었습니다.
own-never-retrieved = { $task }: { $error } 예외를 일으켰지만, 아무도 그 예외를 가져가지 않았습니다.
own-never-awaited = { $task }: 만들어졌지만 한 번도 await되지 않았습니다. 아무도 그것을 기다리거나 결과를 묻지 않았습니다.
own-blocked = 블로킹 호출(time.sleep) { $calls }번이 모두 { $seconds }초 동안 루프를 붙잡았습니다. 그동안 다른 { -task }는 하나도 실행되지 않았습니다.
own-beyond-depot = { -depot }의 { $depot }개를 넘어 { -box } { $boxes }개를 더 열었습니다.
own-left-in-depot = { -box } { $boxes }개를 { -depot }에서 꺼내지 않았습니다.
own-play = 내 실행 재생
own-engine-differs = 같은 난수로 돌린 엔진의 { $policy }: { $index }번째 이벤트에서 처음 달라집니다
own-engine-same = 같은 난수로 돌린 엔진의 { $policy }: 이벤트 하나하나까지 같은 실행입니다
own-output = 프로그램이 출력한 내용
# In a lesson, until the step's prediction is made.
own-concealed = CPython이 실행을 마쳤습니다. 레슨의 질문에 답하면 여기에 수치가 나타납니다.
own-listing-not-compared = 이 코드는 엔진의 실행과 비교됩니다. 여기서 실행하려면 엔진의 실행을 하나 여십시오.
# A program shared in a link (#py=…).
own-open = 나만의 { -supervisor } 작성
own-linked = 이 프로그램은 링크와 함께 왔습니다. “내 코드 실행”을 누를 때만 실행됩니다.
own-link = 내 프로그램 링크
own-link-made = 이 링크를 복사하십시오. 편집기에 프로그램이 들어 있고 아직 실행되지 않은 상태로 페이지가 열립니다.
own-link-too-long = 프로그램이 너무 길어 링크에 담을 수 없습니다. 링크에는 최대 { $limit }KB까지 담깁니다.
own-link-not-base64 = 링크의 프로그램(#py=…)이 { $encoding } 텍스트가 아닙니다: { $detail }.
own-link-not-utf8 = 링크의 프로그램(#py=…)이 UTF-8 텍스트가 아닙니다.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = 이 실행을 CPython에서 실행
python-loading = Python 불러오는 중: { $loaded }/{ $total }MB
python-starting = Python 시작 중…
python-running = CPython이 코드를 실행하는 중…
python-agrees = CPython { $version } 일치: 이벤트 { $events }개 중 { $events }개가 같은 마이크로초에 일어났습니다.
python-differs = CPython { $version }: { $index }번째 이벤트에서 처음으로 엔진과 달라집니다.
python-differs-engine = 엔진:
python-differs-cpython = CPython:
python-show-difference = { $index }번째 이벤트 보기
python-failed = 이 실행에서 CPython { $version } 실행 실패: { $error }
python-too-large = CPython에는 { -dose } { $limit }개 이하의 실행만 넘깁니다. 이 실행은 { $doses }개입니다.
python-offline = Python 보기는 웹 주소로 제공된 페이지에서만 작동합니다. 파일로 열면 브라우저가 Python을 불러오지 못하게 합니다.
python-load-failed = Python을 불러오지 못했습니다({ $reason }). 페이지의 나머지는 그대로 작동합니다.
python-tree = { $event }번째 이벤트에서 asyncio가 보는 것
python-tree-title = { $event }번째 이벤트에서 asyncio 자체의 보기
python-tree-explain = CPython에서 이 이벤트까지 실행하고 멈춘 코드입니다. asyncio.capture_call_graph가 주는 { -task }들, 곧 python -m asyncio pstree가 출력하는 그래프입니다. 각 { -task }는 자신을 await하는 { -task } 아래에 놓이고, 멈춰 있는 함수가 바깥쪽부터 함께 표시됩니다.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, 지금 실행 중
python-tree-failed = asyncio의 보기를 얻지 못했습니다: { $error }
python-tree-more = …외 { -task } { $count }개
python-stopped = CPython이 { $seconds }초 안에 응답하지 않아 워커를 멈췄습니다. 시간 제한은 Python 코드를 다음 루프 차례에서 멈출 뿐, C 호출 하나 안의 긴 계산은 멈추지 못합니다. ‘CPython에서 실행’을 누르면 Python이 다시 시작됩니다.
