# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Passed as variables, not translated: file names, JSON field paths, the
# learners' answers and reasons, the questions' texts.

class-page-title = 학급 결과: { -lot } 예방접종
class-title = 학급 결과
class-intro = 학습자가 레슨 끝에 내려받았거나 학습 플랫폼에서 내보낸 결과 파일을 추가하면, 학급이 각 질문에 어떻게 답했는지 볼 수 있습니다.
class-private = 파일은 이 브라우저 안에서만 읽습니다. 추가한 내용은 밖으로 나가지 않습니다.
class-back = { -lot }으로 돌아가기

## Adding files

class-files = 결과 파일 (.json)
class-drop = 또는 여기에 끌어다 놓기
class-clear = 이 파일들 지우기
class-learners = 학습자 { $count }명 집계
class-files-heading = 읽은 파일
class-file-statements = 스테이트먼트 { $count }개

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }: { $problem }
class-problem-unreadable = 브라우저가 읽지 못했습니다({ $detail }).
class-problem-not-utf8 = UTF-8 텍스트가 아닙니다(바이트 { $byte }).
class-problem-too-large = 크기가 { $megabytes }MB인데, 결과 파일은 최대 { $limit }MB까지입니다.
class-problem-not-json = JSON이 아닙니다({ $line }행, { $column }열).
class-problem-not-a-list = JSON이지만 스테이트먼트 목록이 아닙니다.
class-problem-not-a-statement = 목록의 { $statement }번째 항목이 스테이트먼트(JSON 객체)가 아닙니다.
class-problem-bad-field =
    { $statement }번째 스테이트먼트의 { $field } 값이 없거나 { $wanted ->
        [text] 텍스트가
        [object] 객체가
        [list] 목록이
        [true-false] true 또는 false가
        [number] 숫자가
        [confidence] guess, fairly-sure, sure 중 하나가
       *[time] 2026-12-07T21:30:00Z 같은 ISO 8601 시각이
    } 아닙니다.
class-accepted = 결과 파일은 레슨이 내려받게 하는 xAPI 스테이트먼트의 JSON 목록입니다. 다른 파일들은 그대로 집계됩니다.

## The summary, lesson by lesson

class-empty = 아직 답이 없습니다. 위에서 학습자의 결과 파일을 추가하십시오.
class-lesson-other = 기타 질문
class-lesson-unknown = 레슨 “{ $id }”
class-lesson-completed = 학습자 { $count }명 완료
class-lesson-score = 평균 점수 { $raw }/{ $max }
class-step = { $step }단계
class-step-turn = { $step }단계, { $turn }번째 결정
class-answered = 학습자 { $count }명 응답
class-skipped = { $count }명 건너뜀
class-no-prompt = (파일에 질문 문구가 없음)
class-choice-unknown = 선택지 { $id }: 질문 정의에 없음
class-choice-learners = 학습자 { $count }명
class-correct = ✓ 정답
class-choices-caption = 답
class-reasons = 이유 { $count }개

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = 확신도별 정답과 오답
class-confidence-level = 확신도
class-confidence-right = 정답
class-confidence-wrong = 오답
class-confidence-guess = 추측
class-confidence-fairly-sure = 꽤 확신
class-confidence-sure = 확신
class-confidence-not-asked = 묻지 않음
