# The class view (class=1): the result files learners download at the end
# of a lesson, summed up for their teacher, question by question.
#
# Passed as variables, not translated: file names, JSON field paths
# (verb.id, result.response), the learners' answers, reasons and the
# questions' texts as the files give them.

class-page-title = Hasil kelas: vaksinasi di { -lot }
class-title = Hasil kelas
class-intro = Tambahkan file hasil yang diunduh pelajar Anda di akhir pelajaran, atau yang diekspor dari platform pembelajaran Anda, untuk melihat cara kelas menjawab setiap pertanyaan.
class-private = File dibaca di browser ini: tidak ada yang Anda tambahkan yang keluar darinya.
class-back = Kembali ke { -lot }

## Adding files

class-files = File hasil (.json)
class-drop = atau letakkan di sini
class-clear = Lupakan file ini
class-learners = { $count } pelajar dihitung
class-files-heading = File yang dibaca
class-file-statements = { $count } pernyataan

## A file that could not be read: the file's name, what was wrong, then
## what a result file is.

class-file-problem = { $file }: { $problem }
class-problem-unreadable = browser tidak dapat membacanya ({ $detail }).
class-problem-not-utf8 = file ini bukan teks UTF-8 (byte { $byte }).
class-problem-too-large = ukurannya { $megabytes } MB, padahal file hasil paling besar { $limit } MB.
class-problem-not-json = file ini bukan JSON (baris { $line }, kolom { $column }).
class-problem-not-a-list = file ini JSON, tetapi bukan daftar pernyataan.
class-problem-not-a-statement = butir { $statement } dalam daftarnya bukan pernyataan (objek JSON).
class-problem-bad-field =
    pernyataan { $statement } tidak memiliki { $field } sebagai { $wanted ->
        [text] teks
        [object] objek
        [list] daftar
        [true-false] true atau false
        [number] angka
        [confidence] guess, fairly-sure atau sure
       *[time] waktu ISO 8601 seperti 2026-12-07T21:30:00Z
    }.
class-accepted = File hasil adalah daftar JSON berisi pernyataan xAPI yang diunduh dari sebuah pelajaran; file lainnya tetap dihitung.

## The summary, lesson by lesson

class-empty = Belum ada jawaban: tambahkan file hasil pelajar Anda di atas.
class-lesson-other = Pertanyaan lain
class-lesson-unknown = Pelajaran “{ $id }”
class-lesson-completed = Diselesaikan oleh { $count } pelajar
class-lesson-score = skor rata-rata { $raw } dari { $max }
class-step = Langkah { $step }
class-step-turn = Langkah { $step }, keputusan { $turn }
class-answered = { $count } pelajar menjawab
class-skipped = { $count } melewatkan
class-no-prompt = (file tidak memuat pertanyaannya)
class-choice-unknown = Pilihan { $id }, tidak ada dalam definisi pertanyaan
class-choice-learners = { $count } pelajar
class-correct = ✓ jawaban benar
class-choices-caption = Jawaban
class-reasons = { $count } alasan diberikan

## Right and wrong by how sure the learners said they were: a sure and
## wrong answer is a misconception worth a word in class.

class-confidence-caption = Benar dan salah menurut keyakinan
class-confidence-level = Keyakinan
class-confidence-right = Benar
class-confidence-wrong = Salah
class-confidence-guess = Menebak
class-confidence-fairly-sure = Cukup yakin
class-confidence-sure = Yakin
class-confidence-not-asked = Tidak ditanyakan
