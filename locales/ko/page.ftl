# The page's frame: the masthead, the language menu, the footer, help,
# share, notices, fuzz mode and the panel shown if the page stops.

## The masthead.

masthead-title = { -lot } 예방접종
masthead-asyncio = Python asyncio가 { -thread } 하나에서 많은 { -task }를 어떻게 실행하는지, 브라우저 안에서 Rust 쌍둥이가 실시간으로 보여 줍니다.
masthead-tagline = 각 { -station }는 브라우저의 단일 { -thread }에서 도는 비동기 { -task }입니다. { -supervisor }는 { -dose } { -box }를 가장 먼저 끝내는 { -task }를 기다렸다가, 그것을 보고하고 그 { -station }에 새 { -box }를 주어 다시 시작합니다.
masthead-lessons = 레슨
masthead-help = ? 도움말
    .aria-label = 키보드와 도움말 (?)
masthead-share = 공유
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = 내보내기
masthead-projector = 프로젝터 테마
# Followed by the run's state, one of the four below.
masthead-status = 상태:{" "}
masthead-status-ready = 준비됨
masthead-status-running = 실행 중
masthead-status-paused = 일시정지됨
masthead-status-finished = 끝남

language-menu = 언어
    .title = 페이지 언어
language-failed = { $language } 메시지를 불러오지 못해 페이지를 영어로 표시합니다.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = 시드
footer-link = 이 실행의 링크
footer-same-run = 같은 링크는 언제나 같은 실행을 보여 줍니다.

## Below the lot.


## Dialogs.

dialog-close = 닫기

## The help overlay: keyboard shortcuts.

help-title = 키보드와 도움말
# Key names; the other keys are shown as symbols or letters.
help-key-space = 스페이스
help-key-enter = { -station }에서 Enter
help-toggle-play = 시작, 일시정지, 재개
help-step = 한 단계: 이벤트를 딱 하나 더 보기
help-step-back = 이벤트 하나 뒤로 (실행을 다시 재생)
help-reset = 실행 초기화
help-break = 그 { -station }의 { -task } 고장 내기
help-help = 이 도움말 보이기/숨기기
help-text = 모든 컨트롤은 Tab으로 이동할 수 있는 버튼이나 입력란입니다. { -lot } 아래 패널은 접을 수 있고, 점선 밑줄 용어에 마우스를 올리거나 포커스를 두면 뜻이 나옵니다. 페이지 링크는 같은 실행을 엽니다.

## The share dialog.

share-title = 이 실행 공유
share-link = 링크 (모든 매개변수와 시드: 언제나 이 실행을 보여 줍니다)
share-copy-link = 링크 복사
share-lesson = 보이는 레슨 열기 (링크와 임베드)
share-embed = 페이지나 슬라이드에 임베드
share-width = 너비
share-height = 높이
# CSS pixels, after the width and the height.
share-px = px
share-compact = 간단한 레이아웃
share-autoplay = 불러오면 바로 시작
share-panels = 임베드에 넣을 학습 패널
share-size-error = 너비는 { $min_width }~{ $max_width }px, 높이는 { $min_height }~{ $max_height }px 범위여야 합니다.
share-snippet = iframe 코드
share-copy-snippet = 코드 복사
share-copied = 복사했습니다.
share-copy-failed = 브라우저가 복사를 허용하지 않았습니다. 텍스트를 선택해 직접 복사하십시오.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = { -lot } 예방접종: { -thread } 하나에서 도는 비동기 { -task }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = 퍼즈 모드
fuzz-heading = 퍼즈 모드:{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = 무작위 동작 { $actions }개, 프레임 { $frames }개 검사, { $problems ->
        [0] 문제 없음
       *[other] 문제 { $problems }개
    }. 마지막 동작:{" "}
fuzz-ledger = 장부: { $detail }
fuzz-conservation = 보존: { $detail }
fuzz-stations = 설정된 { $configured }개 중 { -station } { $shown }개 표시
fuzz-clock = 시계가 마지막 이벤트 시각 { $last }초보다 이른 { $clock }초를 가리킴
fuzz-unaccounted = 행방을 알 수 없는 { -dose }가 남은 채 끝남

## The panel shown when the page stops.

panic-panel = 내부 오류로 시뮬레이션이 멈췄고, 페이지가 더 이상 반응하지 않습니다. 다시 시작하려면 새로 고치십시오. 자세한 내용: { $details }
