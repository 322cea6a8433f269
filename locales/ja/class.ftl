# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Not translated, and so passed as variables: file names, JSON field paths
# (verb.id, result.response), the learners' own answers, reasons and the
# questions' texts as the files give them.

class-page-title = クラスの結果：{ -lot }でワクチン接種
class-title = クラスの結果
class-intro = 学習者がレッスンの最後にダウンロードした結果ファイル、または学習プラットフォームから書き出した結果ファイルを追加すると、クラスが各問題にどう答えたかを確認できます。
class-private = ファイルはこのブラウザーの中で読み込まれます。追加したものがブラウザーの外に出ることはありません。
class-back = { -lot }に戻る

## Adding files

class-files = 結果ファイル（.json）
class-drop = またはここにドロップ
class-clear = これらのファイルを破棄
class-learners = 集計した学習者：{ $count } 人
class-files-heading = 読み込んだファイル
class-file-statements = ステートメント { $count } 件

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }：{ $problem }
class-problem-unreadable = ブラウザーが読み込めませんでした（{ $detail }）。
class-problem-not-utf8 = UTF-8 のテキストではありません（{ $byte } バイト目）。
class-problem-too-large = サイズが { $megabytes } MB あります。結果ファイルは最大 { $limit } MB です。
class-problem-not-json = JSON ではありません（{ $line } 行目、{ $column } 列目）。
class-problem-not-a-list = JSON ですが、ステートメントのリストではありません。
class-problem-not-a-statement = リストの { $statement } 番目の項目がステートメント（JSON オブジェクト）ではありません。
class-problem-bad-field =
    ステートメント { $statement } に、{ $wanted ->
        [text] テキスト
        [object] オブジェクト
        [list] リスト
        [true-false] true か false
        [number] 数値
        [confidence] guess、fairly-sure、sure のいずれか
       *[time] 2026-12-07T21:30:00Z のような ISO 8601 の時刻
    }としての { $field } がありません。
class-accepted = 結果ファイルとは、レッスンがダウンロードする xAPI ステートメントの JSON リストです。ほかのファイルはこれまでどおり集計されます。

## The summary, lesson by lesson

class-empty = まだ回答がありません：上で学習者の結果ファイルを追加してください。
class-lesson-other = その他の問題
class-lesson-unknown = レッスン「{ $id }」
class-lesson-completed = 完了した学習者：{ $count } 人
class-lesson-score = 平均点：{ $max } 点中 { $raw } 点
class-step = ステップ { $step }
class-step-turn = ステップ { $step }、選択 { $turn }
class-answered = 回答した学習者：{ $count } 人
class-skipped = スキップ：{ $count } 人
class-no-prompt = （ファイルに問題文がありません）
class-choice-unknown = 選択肢 { $id }（問題の定義にはありません）
class-choice-learners = { $count } 人
class-correct = ✓ 正解
class-choices-caption = 回答
class-reasons = 記入された理由：{ $count } 件

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = 確信度別の正誤
class-confidence-level = 確信度
class-confidence-right = 正解
class-confidence-wrong = 不正解
class-confidence-guess = 推測
class-confidence-fairly-sure = ある程度自信あり
class-confidence-sure = 自信あり
class-confidence-not-asked = 質問なし
