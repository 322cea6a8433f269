# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.

class-page-title = 全班结果：{ -lot }疫苗接种
class-title = 全班结果
class-intro = 添加学生在课程结束时下载的结果文件（或从学习平台导出的文件），查看全班对每个问题的作答情况。
class-private = 文件在本浏览器中读取：你添加的任何内容都不会离开浏览器。
class-back = 返回{ -lot }

## Adding files

class-files = 结果文件（.json）
class-drop = 或拖放到这里
class-clear = 清除这些文件
class-learners = 已统计 { $count } 名学生
class-files-heading = 已读取的文件
class-file-statements = { $count } 条语句

## A file that could not be read

class-file-problem = { $file }：{ $problem }
class-problem-unreadable = 浏览器无法读取它（{ $detail }）。
class-problem-not-utf8 = 它不是 UTF-8 文本（第 { $byte } 字节）。
class-problem-too-large = 它有 { $megabytes } MB，而结果文件最多 { $limit } MB。
class-problem-not-json = 它不是 JSON（第 { $line } 行，第 { $column } 列）。
class-problem-not-a-list = 它是 JSON，但不是语句列表。
class-problem-not-a-statement = 列表中的第 { $statement } 项不是语句（不是 JSON 对象）。
class-problem-bad-field =
    第 { $statement } 条语句缺少{ $wanted ->
        [text] 文本类型的
        [object] 对象类型的
        [list] 列表类型的
        [true-false] true 或 false 的
        [number] 数字类型的
        [confidence] 取值为 guess、fairly-sure 或 sure 的
       *[time] ISO 8601 时间（如 2026-12-07T21:30:00Z）的
    } { $field }。
class-accepted = 结果文件是课程下载的 xAPI 语句 JSON 列表；其他文件仍会统计。

## The summary, lesson by lesson

class-empty = 还没有答案：请在上方添加学生的结果文件。
class-lesson-other = 其他问题
class-lesson-unknown = 课程“{ $id }”
class-lesson-completed = { $count } 名学生完成
class-lesson-score = 平均得分 { $raw } / { $max }
class-step = 第 { $step } 步
class-step-turn = 第 { $step } 步，第 { $turn } 次决定
class-answered = { $count } 名学生作答
class-skipped = { $count } 名跳过
class-no-prompt = （文件中没有题目）
class-choice-unknown = 选项 { $id }，不在问题的定义中
class-choice-learners = { $count } 名学生
class-correct = ✓ 正确答案
class-choices-caption = 答案
class-reasons = { $count } 条理由

## Right and wrong by confidence

class-confidence-caption = 按把握程度统计的对错
class-confidence-level = 把握程度
class-confidence-right = 正确
class-confidence-wrong = 错误
class-confidence-guess = 猜测
class-confidence-fairly-sure = 比较确定
class-confidence-sure = 确定
class-confidence-not-asked = 未询问
