# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file. The built-in lessons' texts are at the end.
#
# Passed as variables, not translated: JSON paths (steps[2].focus), values
# quoted from a lesson file, the names lesson files use (question kinds,
# regions, parameters), code, and what the program prints.
#
# Indonesian has only the plural category "other": where English picks
# "once" or "one task", an exact key [1] does.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
lesson-doses = { $count } { -dose }

## The lessons menu

lessons-menu-title = Pelajaran
lessons-menu-intro = Setiap pelajaran menelusuri momen-momen sebuah simulasi. Jika sebuah langkah meminta Anda memprediksi, simulasi terus diputar sampai momen yang menjawabnya: jawabannya dihitung dari simulasi yang Anda lihat.
lessons-menu-steps = { $steps } langkah
lessons-menu-write = Tulis pelajaran…
lessons-menu-teachers = Pengajar: pilih momen dari simulasi mana pun, tambahkan teks dan pertanyaan, lalu bagikan pelajaran sebagai tautan.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = Langkah { $number } dari { $steps }
# Read out by screen readers at each new step ($text: the step's text).
lesson-step-announce = Langkah { $number } dari { $steps }. { $text }
# Points at the region a step is about, in bold; each names the region
# as its heading on screen does.
lesson-look-at-lot = Perhatikan { -lot }.
lesson-look-at-executor = Perhatikan { -executor }.
lesson-look-at-inspector = Perhatikan { -inspector }.
lesson-look-at-charts = Perhatikan grafik.
lesson-look-at-code = Perhatikan kode.
lesson-look-at-log = Perhatikan log.
lesson-look-at-stats = Perhatikan statistik.
# The regions in the editor's menu.
lesson-focus-lot = { -lot }
lesson-focus-executor = { -executor }
lesson-focus-inspector = { -inspector }
lesson-focus-charts = grafik
lesson-focus-code = kode
lesson-focus-log = log
lesson-focus-stats = statistik
lesson-nav =
    .aria-label = Langkah pelajaran
lesson-previous = ◀ Sebelumnya
    .title = Langkah sebelumnya (Page Up)
lesson-next = Berikutnya ▶
    .title = Langkah berikutnya (Page Down)
lesson-exit = Keluar dari pelajaran
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = Pertanyaan langkah ini tidak dapat diajukan: { $problem }.

## A prediction

# Before the question, in bold.
lesson-predict = Prediksi:
lesson-playing-forward = Memutar simulasi maju sampai jawabannya…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = CPython sedang menjalankan program langkah ini di tampilan Python; pertanyaannya menyusul.
lesson-cpython-on-run = Tekan “Jalankan kode saya” di tampilan Python: CPython menjalankan program langkah ini, lalu pertanyaannya menyusul.
lesson-cpython-failed = CPython tidak dapat menjalankan program langkah ini: { $reason }
lesson-right = Benar.
# Beside the right choice once a wrong one was picked (the arrow points
# at the choice).
lesson-the-answer = ← jawabannya
# $answer is the right choice's text.
lesson-not-quite = Belum tepat: jawabannya “{ $answer }”.
# The button that passes over a step's prediction without answering.
lesson-skip = Lewati prediksi ini
    .title = Lanjut tanpa memprediksi; ringkasan mencatatnya sebagai dilewati
# Shown under a prediction skipped earlier.
lesson-skipped = Anda melewati prediksi ini. Anda masih bisa menjawabnya.

## An exercise: a step's goal, checked on the learner's own run

# Before the goal, in bold; then met, not met or pending, then why.
lesson-goal-title = Sasaran:
lesson-goal-met = Tercapai.
lesson-goal-not-met = Belum.
lesson-goal-pending = Belum diperiksa.
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = { -supervisor } Anda melaporkan setiap { -box } di { -depot } ({ $boxes } { -box }) dan tidak kehilangan satu { -dose } pun.
lesson-goal-cooperates = { -supervisor } Anda tidak pernah menahan { -thread } dengan panggilan yang memblokir, dan tidak kehilangan satu { -dose } pun.
lesson-goal-makespan = { $boxes } { -box } berisi { $capacity } { -dose } dari { -depot } selesai dalam { $seconds } s waktu simulasi.
lesson-goal-run-mine = Tekan “Jalankan kode saya” di tampilan Python: CPython menjalankan program Anda pada simulasi ini, dan sasarannya diperiksa di sana.
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = Program Anda tidak berjalan sampai selesai: { $reason }
# $problems lists lesson-goal-blocked, -lost, -pending-tasks,
# -beyond-depot and -left-in-depot.
lesson-goal-program-problems = Jalannya program Anda di CPython: { $problems }.
# $doses is lesson-doses.
lesson-goal-lost = { $doses } hilang di { $boxes } { -box }
lesson-goal-pending-tasks = { $tasks } { -task } masih berjalan saat program kembali
lesson-goal-beyond-depot = { $boxes } { -box } dibuka melebihi { $depot } { -box } di { -depot }
lesson-goal-left-in-depot = { $boxes } { -box } tersisa di { -depot }
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = baris { $line } menahan { -thread } { $calls ->
        [1] sekali
       *[other] { $calls } kali
    }, total { $seconds } s
lesson-goal-blocked-elsewhere = panggilan yang memblokir di luar kode Anda menahan { -thread } { $calls ->
        [1] sekali
       *[other] { $calls } kali
    }, total { $seconds } s
# $doses is lesson-doses.
lesson-goal-reported-all = Jalannya program Anda di CPython melaporkan semua { $boxes } { -box } ({ $doses }) dan tidak kehilangan apa pun.
lesson-goal-never-blocked = Jalannya program Anda di CPython tidak pernah menahan { -thread }, melaporkan semua { $boxes } { -box } ({ $doses }) dan tidak kehilangan apa pun.
lesson-goal-engine-same = FIRST_COMPLETED milik mesin dengan undian yang sama menghasilkan simulasi yang sama, peristiwa demi peristiwa.
lesson-goal-engine-differs = FIRST_COMPLETED milik mesin dengan undian yang sama mulai berbeda darinya pada peristiwa { $index }.
lesson-goal-other-depot = Simulasi di layar memiliki { $boxes } { -box } berisi { $capacity } { -dose }, bukan { $step_boxes } { -box } berisi { $step_capacity } { -dose } seperti langkah ini: hanya simulasi dengan { -depot } langkah ini yang dihitung.
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = Simulasi di layar selesai pada { $time } s, { $spare } s lebih cepat dari sasaran.
lesson-goal-finished-late = Simulasi di layar selesai pada { $time } s, { $over } s melewati sasaran.
lesson-goal-past = Simulasi di layar sudah melewati { $seconds } s dan masih ada { -box } yang belum selesai.
lesson-goal-play = Putar simulasi di layar sampai selesai: sasarannya diperiksa saat simulasi selesai.

## The summary on a lesson's last step

lesson-summary-title = Prediksi Anda
# $step: the step's number; $prompt: its question.
lesson-summary-step = Langkah { $step }: { $prompt }
# $answer: the choice picked.
lesson-summary-right = Anda menjawab “{ $answer }”: benar.
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = Anda menjawab “{ $answer }”; simulasi menghasilkan “{ $right }”.
lesson-summary-skipped = Dilewati; simulasi menghasilkan “{ $right }”.
lesson-summary-unanswered = Tidak dijawab; simulasi menghasilkan “{ $right }”.
# $right of $asked predictions right (both numbers).
lesson-summary-score = { $right } dari { $asked } prediksi benar
# Above the lesson's own summary (lesson-<id>-summary for a built-in one).
lesson-summary-key-idea = Gagasan utama
# $title: the next built-in lesson's title.
lesson-next-lesson = Pelajaran berikutnya: { $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = Semua pelajaran

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = Pelajaran tidak dapat dibuka:
lesson-problems-dismiss = Tutup
# $title is the lesson's title; $step counts from 1.
lesson-resume = Selamat datang kembali. Lanjutkan pelajaran “{ $title }” di langkah { $step }?
lesson-resume-region =
    .aria-label = Lanjutkan pelajaran
lesson-resume-continue = Lanjutkan
lesson-resume-decline = Tidak, terima kasih
# $id is the id asked for, quoted.
lesson-no-builtin = tidak ada pelajaran bawaan { $id }
lesson-kept-unreadable = pelajaran yang tersimpan dari kunjungan terakhir tidak dapat dibaca lagi

## The lesson editor

lesson-editor-heading = Tulis pelajaran
lesson-editor-explain = Bawa simulasi ke suatu momen (putar, langkah, geser linimasa, atau ubah parameter), lalu tambahkan sebagai langkah. Setiap langkah dibuka tepat di momen itu. Jawaban pertanyaannya dihitung dari simulasi.
lesson-editor-title = Judul
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = Gagasan utama
lesson-editor-add = Tambahkan momen ini sebagai langkah
lesson-editor-moment = (peristiwa { $event } dari simulasi di layar)
# $params is the step's run as a query string, shown as code.
lesson-editor-step = Langkah { $number }: peristiwa { $event } dari { $params }
lesson-editor-text = Teks
lesson-editor-look = Perhatikan
lesson-editor-question = Pertanyaan
# The menus' first options: no region, no question.
lesson-editor-anywhere = di mana saja
lesson-editor-no-question = tidak ada
lesson-editor-up =
    .aria-label = Pindahkan langkah { $number } ke atas
lesson-editor-down =
    .aria-label = Pindahkan langkah { $number } ke bawah
lesson-editor-delete = Hapus
    .aria-label = Hapus langkah { $number }
lesson-editor-needs = Untuk pratinjau dan berbagi, pelajaran ini masih memerlukan:
lesson-editor-preview = Pratinjau pelajaran
lesson-editor-link = Tautan
lesson-editor-embed = Sematan
lesson-editor-close = Tutup editor

## Problems in a lesson file, each after its place in the file ($path,
## such as steps[2].focus). $found is the value given, or one of
## lesson-json-*.

lesson-problem-at = { $path }: { $problem }
lesson-problems-more = dan { $count } masalah lain
lesson-error-too-big = pelajaran ini berukuran { $bytes } byte; paling banyak { $limit } byte JSON yang diterima
# $detail is the JSON reader's own message.
lesson-error-not-json = bukan JSON yang valid ({ $detail })
lesson-error-not-object = seharusnya objek JSON dengan judul dan langkah
lesson-error-no-steps = seharusnya paling sedikit satu langkah
lesson-error-too-many-steps = { $count } langkah; paling banyak { $limit } yang diterima
lesson-error-steps-not-list = seharusnya daftar langkah, ditemukan { $found }
lesson-error-steps-missing = tidak ada: pelajaran memerlukan daftar langkah
lesson-error-step-not-object = seharusnya objek, ditemukan { $found }
lesson-error-params-too-long = lebih panjang dari { $limit } karakter
lesson-error-params-not-text = seharusnya query string seperti { $example }, ditemukan { $found }
lesson-error-at-event = seharusnya bilangan bulat jumlah peristiwa, 0 atau lebih, ditemukan { $found }
lesson-error-text-empty = kosong: seharusnya beberapa kata
lesson-error-text-too-long = { $count } karakter; paling banyak { $limit } yang diterima
lesson-error-not-text = seharusnya teks, ditemukan { $found }
lesson-error-text-missing = tidak ada: seharusnya teks
lesson-error-lang = seharusnya tag bahasa seperti { $first } atau { $second }, ditemukan { $found }
# $accepted lists the names lesson files use.
lesson-error-focus = { $found } bukan bagian halaman: seharusnya salah satu dari { $accepted }
lesson-error-question-not-object = seharusnya objek seperti { $example }, ditemukan { $found }
lesson-error-question-kind = { $found } bukan jenis pertanyaan: seharusnya salah satu dari { $accepted }
lesson-error-seconds = seharusnya waktu simulasi dalam detik, di atas 0 dan paling banyak { $limit }, ditemukan { $found }
lesson-error-station = seharusnya nomor { -station }, 1 atau lebih, ditemukan { $found }
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = seharusnya program berupa teks, ditemukan { $found }
lesson-error-python-too-long = program lebih panjang dari { $limit } byte
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = langkah dengan program menunjuk ke tampilan Python, di bawah kode: focus-nya harus { $accepted }, bukan { $found }
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = pertanyaan { $kind } bertanya tentang program langkah ini: berikan program itu di { $field }
# A step's goal ("goal": {"kind": "loses-nothing"}).
lesson-error-goal-not-object = seharusnya objek seperti { $example }, ditemukan { $found }
lesson-error-goal-kind = { $found } bukan jenis sasaran: seharusnya salah satu dari { $accepted }
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = sasaran { $kind } memerlukan { $field }: waktu simulasi dalam detik, di atas 0 dan paling banyak { $limit }
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = sasaran { $kind } diperiksa pada program langkah ini: berikan program itu di { $field }
lesson-error-goal-no-python = sasaran { $kind } diperiksa pada simulasi mesin di layar: langkah dengan sasaran ini tidak boleh memiliki { $field }
# A step's params refused by the page's own rules.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } bukan parameter halaman ini
lesson-error-page-param = { $name } adalah pengaturan halaman, bukan simulasi: params sebuah langkah hanya menerima parameter simulasi
lesson-error-past-limit = { $at } melewati momen terakhir yang boleh ditandai sebuah langkah: paling banyak { $limit } peristiwa
lesson-error-past-end = { $at } melewati akhir simulasi ini, yang memiliki { $events } peristiwa
lesson-json-null = null
lesson-json-bool = true atau false
lesson-json-number = angka
lesson-json-text = teks
lesson-json-list = daftar
lesson-json-object = objek
# In place of a question kind that is missing.
lesson-json-nothing = tidak ada

## A lesson in a link that cannot be read

lesson-link-too-long = pelajaran di tautan terlalu panjang: paling banyak { $limit } byte JSON yang diterima
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = pelajaran di tautan bukan { $encoding }: { $detail }
lesson-link-not-utf8 = pelajaran di tautan bukan teks UTF-8
lesson-link-empty = tautan berakhir di { $fragment } dan tidak membawa pelajaran: tautan pelajaran adalah { $key } diikuti pelajarannya

## Why a step's question cannot be asked ($kind: the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = pertanyaan { $kind } memerlukan simulasi dengan paling banyak { $limit } { -dose }; simulasi ini memiliki { $doses }
lesson-cannot-past-end = simulasi ini hanya memiliki { $events } peristiwa
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = simulasi ini melanggar pembukuan: { $detail }
lesson-cannot-needs-article = pertanyaan { $kind } memerlukan loop artikel ({ $param })
lesson-cannot-needs-cpython = pertanyaan { $kind } dijawab dengan menjalankan program langkah ini di CPython
lesson-cannot-no-cancel = tidak ada { -task } yang dibatalkan setelah momen ini: tanyakan sebelum loop berakhir
lesson-cannot-no-double = tidak ada penantian setelah momen ini yang mengembalikan dua { -task }: buat setiap { -shot } sama panjang ({ $code })
lesson-cannot-nothing-returns = tidak ada { -task } { -station } yang kembali setelah momen ini
lesson-cannot-not-after = waktu yang ditanyakan, { $by } s, tidak berada setelah momen langkah ini, { $now } s
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = pertanyaan { $kind } memerlukan { -station } yang memblokir ({ $param } di { $field })
lesson-cannot-no-finish = { -station } { $station } tidak menyelesaikan { -box } setelah momen ini
lesson-cannot-no-open = { -station } { $station } tidak membuka { -box } setelah momen ini
lesson-cannot-no-failure = kerusakan itu tidak berakhir dengan kegagalan
lesson-cannot-no-station = { -station } { $station } tidak ada: simulasi ini memiliki { $stations } { -station }
lesson-cannot-not-working = { -station } { $station } tidak sedang membuka { -box } pada momen ini, jadi tidak bisa dirusak
lesson-cannot-none-working = tidak ada { -station } yang sedang membuka { -box } pada momen ini
lesson-cannot-not-broken = { -station } { $station } tidak dapat dirusak pada momen ini
lesson-cannot-sleep-blocking = { -station } { $station } memblokir { -thread }: { -task }nya tidak pernah tidur pada { -timer }
lesson-cannot-not-asleep = { -task } { -station } { $station } tidak sedang tidur pada { -timer } pada momen ini: ia tidak membuka { -box }, atau sedang memegang { -thread } atau menunggunya
lesson-cannot-none-asleep = tidak ada { -task } { -station } yang tidur pada { -timer } pada momen ini
lesson-cannot-woken-early =
    { -task } { -station } { $station } di-poll { $polls ->
        [1] sekali
       *[other] { $polls } kali
    } sebelum { -shot } berikutnya: ada yang membangunkannya selain { -timer }nya (kerusakan manual)
lesson-cannot-no-thread = simulasi ini tidak menyimpan catatan { -thread }nya pada momen ini
lesson-cannot-ready-few = { -ready-queue } berisi { $count } { -task } pada momen ini; pertanyaan ini memerlukan paling sedikit { $least }
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = pertanyaan { $kind } memerlukan { -supervisor } yang meng-await { -task } { -station } ({ $param })
lesson-cannot-not-after-failure = momen ini tidak menyusul kegagalan sebuah { -station }: peristiwa terakhirnya harus berupa kegagalan
lesson-cannot-not-returned = { -task } { -station } { $station } belum kembali pada momen ini
lesson-cannot-nothing-returned = belum ada { -task } { -station } yang kembali pada momen ini
lesson-cannot-refilled = { -station } { $station } tidak sedang menunggu { -box } pada momen ini: ia sudah mendapat { -box } berikutnya
lesson-cannot-refilling = { -supervisor } sedang membagikan { -box } baru pada momen ini: tanyakan sebelum ia mulai, atau setelah setiap { -station } mendapat { -box }nya

## Which station's task returns next

lesson-next-prompt = { -task(start: "upper") } { -station } mana yang kembali berikutnya?
# Must read exactly as lot-station-name.
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = { -box } { $box } selesai
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = { -task }nya gagal pada { -box } { $box } ({ $error })
lesson-error-spoiled = { -dose } ke-{ $shot } dari { -box } ini rusak
lesson-error-broken = dirusak secara manual saat { -shot } ke-{ $shot }
# $doses is lesson-doses.
lesson-next-rival = { -station } { $station } masih menyisakan { $doses }
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}Pada momen langkah ini: { $rivals }.
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = { -task(start: "upper") } { -station } { $station } kembali berikutnya, pada { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = { -supervisor(start: "upper") }, yang menunggu seluruh { -awaited-set }, bangun begitu ada { -task } yang kembali dan menangani setiap { -task } yang sudah selesai saat itu, termasuk yang ini, sambil langsung memulai ulang setiap { -station }.
lesson-sees-all-waiting = Di bawah ALL_COMPLETED, { -supervisor } melaporkannya tetapi tidak memberi { -station } itu { -box } baru: { -station } itu menganggur sampai seluruh gelombang kembali.
lesson-sees-all-restart = Itu yang terakhir dalam gelombangnya, jadi di bawah ALL_COMPLETED { -supervisor } langsung memberi setiap { -station } { -box } baru.
lesson-sees-all-empty = Itu yang terakhir dalam gelombangnya, dan { -depot } sudah kosong: tidak ada { -station } yang mendapat { -box } baru.
lesson-sees-queue = Sebuah done callback memasukkannya ke antrean penyelesaian, dan { -supervisor } mengambilnya dari sana.
lesson-sees-article = Loop artikel bangun untuknya di salah satu penantian yang dihitungnya, bersama setiap { -task } yang sudah selesai saat itu, dan langsung memulai ulang { -station }nya, ada { -box } tersisa atau tidak.
lesson-sees-taskgroup = { -task(start: "upper") } milik { -box } itu sendiri melaporkannya dan membebaskan { -station }, lalu { -task } { -box } berikutnya, yang menunggu di semaphore, mengambil { -station } bebas bernomor terkecil.
lesson-sees-taskgroup-last = { -task(start: "upper") } milik { -box } itu sendiri melaporkannya dan membebaskan { -station }; tidak ada { -box } tersisa, jadi { -station } itu tetap bebas.
lesson-sees-workers = Worker { -station } itu melaporkannya sendiri dan mengambil { -box } berikutnya dari antrean.
lesson-sees-workers-last = Worker { -station } itu melaporkannya sendiri; antrean kosong, jadi worker itu kembali.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = { -task(start: "upper") } { -station } { $station }
lesson-task-worker = Worker { -station } { $station }
lesson-task-box = { -task(start: "upper") } { -box } { $box }
lesson-task-supervisor = { -supervisor(start: "upper") }
lesson-task-callback = Sebuah callback { -event-loop }

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = { -task(start: "upper") } { -station } { $station } tidur sampai { -shot } berikutnya, yang jatuh tempo pada { $time } s (lihat { -timer-queue }). Berapa kali { -executor } akan mem-poll-nya sampai { -shot } itu diberikan?
lesson-sleep-polls-none = Tidak sekali pun: { -timer } memberikan { -shot } dengan sendirinya
lesson-sleep-polls-once = Sekali: saat { -timer }nya dipicu, dan poll itu memberikan { -shot }
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms = Sekitar { $polls } kali: sekali per milidetik tidurnya
lesson-sleep-polls-always = Berkali-kali, sampai { -timer }nya dipicu
# $outcome is "shot" or "spoiled"; $seconds: the sleep left at the
# step's moment.
lesson-sleep-polls-explanation =
    { -executor(start: "upper") } mem-poll { -task } { -station } { $station } sekali, pada { $time } s, saat { -timer }nya dipicu: poll itu { $outcome ->
        [spoiled] mendapati { -dose } itu rusak
       *[shot] memberikan { -shot }
    }. Dalam { $seconds } s sebelumnya, { -executor } sama sekali tidak mem-poll-nya: { -task } yang tidur menunggu di { -timer-queue }, bukan di { -ready-queue }, dan tidak membebani { -thread }. Sementara itu { -thread } menjalankan { $turns } giliran { -task } lain.

## Which ready task runs next

lesson-next-turn-prompt = { -task(start: "upper") } ini siap berjalan: { -ready-queue }, yang ditampilkan di bawah { -lot }. Mana yang mendapat { -thread } berikutnya?
lesson-next-turn-all = Semuanya sekaligus
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = { $task } berjalan berikutnya: ia berada di depan { -ready-queue }. { -executor(start: "upper") } menjalankan satu { -task } pada satu waktu dan mengambil yang siap sesuai urutan mereka menjadi siap, pertama masuk, pertama keluar; masing-masing berjalan sampai meng-await. Di belakangnya menunggu: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = { -task(start: "upper") } { -station } { $station } baru saja memunculkan galat. Apa yang dilakukan { -supervisor }?
lesson-after-failure-stops-run = Menghentikan seluruh simulasi: galat itu mengakhiri program
lesson-after-failure-retries = Memberi { -station } { $station } { -box } yang sama lagi, untuk dicoba ulang
lesson-after-failure-new-box = Melaporkan galat dan langsung memberi { -station } { $station } { -box } baru
lesson-after-failure-new-box-later = Melaporkan galat, lalu memberi { -station } { $station } { -box } baru setelah seluruh gelombang kembali
lesson-after-failure-station-stops = Melaporkan galat; tidak ada { -box } tersisa untuk { -station } { $station }, jadi { -station } itu berhenti
lesson-after-failure-ignores = Tidak ada, sampai simulasi berakhir: galat itu menunggu di dalam { -task }
lesson-after-failure-then-new = { -station } { $station } langsung mendapat { -box } { $box }, pada { $time } s, dan loop berlanjut
lesson-after-failure-then-later = { -station } { $station } menunggu sisa gelombangnya dan mendapat { -box } { $box } pada { $time } s
lesson-after-failure-then-stops = tidak ada { -box } tersisa untuk { -station } { $station }, jadi { -station } itu berhenti sementara yang lain berlanjut
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = { -task(start: "upper") } yang gagal sudah selesai, jadi { -supervisor } menerimanya seperti { -task } lain, mengambil galat itu sebagai hasilnya dan melaporkannya: { -box } { $box } gagal ({ $error }), dan { $wasted } yang tersisa di dalamnya dihitung terbuang, bukan dicoba ulang. Lalu { $then }.

## When a station gets its next box

lesson-refill-prompt = { -task(start: "upper") } { -station } { $station } sudah kembali. Kapan { -station } { $station } mendapat { -box } berikutnya?
lesson-refill-at-once = Langsung: begitu { -task }nya kembali
lesson-refill-pause = Setelah jeda tetap, apa pun yang dilakukan { -station } lain
lesson-refill-batch = Nanti: setelah setiap { -task } lain dalam gelombangnya kembali
lesson-refill-never = Tidak pernah: { -depot } tidak punya { -box } tersisa untuknya
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = { -station(start: "upper") } { $station } mendapat { -box } { $box } pada { $time } s, tepat saat { -task }nya kembali. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = { -station(start: "upper") } { $station } baru mendapat { -box } { $box } pada { $time } s, { $seconds } s setelah { -task }nya kembali, yaitu saat { -task } { -station } { $last }, yang terakhir dalam gelombangnya, kembali. { $supervisor }
lesson-refill-explanation-never = { -station(start: "upper") } { $station } tidak mendapat { -box } lain: tidak ada yang tersisa untuknya, jadi { -station } itu menganggur sampai akhir simulasi.

## How many boxes are done by a time

lesson-boxes-prompt = Berapa { -box } yang akan selesai sampai detik { $by }?
lesson-boxes-choice = { $count }
lesson-boxes-explanation = Sampai { $by } s, { $boxes } { -box } sudah selesai: { $more } lebih banyak daripada pada momen langkah ini, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = Apakah ALL_COMPLETED selesai sebelum atau sesudah FIRST_COMPLETED pada simulasi ini, dan berapa selisihnya?
lesson-all-vs-first-sooner = ALL_COMPLETED selesai lebih dulu
lesson-all-vs-first-even = Keduanya selesai dengan selisih tidak lebih dari 0,5 %
lesson-all-vs-first-under-5 = ALL_COMPLETED selesai lebih lambat, kurang dari 5 %
lesson-all-vs-first-5-to-20 = ALL_COMPLETED selesai lebih lambat, 5 % sampai 20 %
lesson-all-vs-first-over-20 = ALL_COMPLETED selesai lebih lambat, lebih dari 20 %
lesson-percent-later = { $percent } % lebih lambat
lesson-percent-sooner = { $percent } % lebih cepat
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED selesai pada { $all } s dan FIRST_COMPLETED pada { $first } s: { $difference }. Karena menunggu seluruh gelombang, { -station } menganggur selama { $all_idle } detik-{ -station }, dibandingkan { $first_idle } jika setiap { -station } dimulai ulang begitu selesai.

## A station that blocks the thread

lesson-blocking-prompt = Selama { -station } { $station } mengerjakan { -box }nya, apakah { -station } lain memberikan { -shot }?
lesson-blocking-yes = Ya: yang lain terus memberikan { -shot } selama ia bekerja
lesson-blocking-no = Tidak: tidak satu pun memberikan { -shot } sampai ia melepaskan { -thread }
lesson-blocking-explanation =
    { -station(start: "upper") } { $station } memegang { -thread } dari { $from } s sampai { $to } s, dan { -station } lain memberikan { $shots } { -shot } dalam waktu itu. Selama sebuah { -task } memegang { -thread }, tidak ada { -task } lain yang berjalan dan tidak ada callback { -timer } yang berjalan: yang lain baru mendapat giliran saat ia melepaskannya. { $after ->
        [turn] Di sini mereka memberikan { $between } { -shot } sebelum { -station } { $station } mengambil { -thread } lagi.
        [none] Di sini mereka tidak mendapat giliran: { -station } { $station } langsung mengambil { -box } berikutnya dan memegang { -thread } lagi.
       *[last] Itu { -box } terakhirnya.
    }

## Breaking a station now

lesson-waste-prompt = Jika { -station } { $station } rusak sekarang, berapa { -dose } yang terbuang?
lesson-waste-restarted = { -supervisor } melaporkan galat itu dan memulai ulang { -station } dengan { -box } baru
lesson-waste-restarted-at = { -supervisor } melaporkan galat itu, dan baru memberi { -station } { -box } baru pada detik { $seconds }, saat ia membagikan { -box } lagi
lesson-waste-stopped = { -supervisor } melaporkan galat itu; { -depot } sudah kosong, jadi { -station } itu berhenti
lesson-waste-caught = { -task }nya menangkap galat itu dan melaporkannya sendiri, lalu { -station } itu lanjut ke { -box } berikutnya
lesson-waste-caught-stopped = { -task }nya menangkap galat itu dan melaporkannya sendiri; tidak ada { -box } tersisa, jadi { -station } itu berhenti
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above.
lesson-waste-explanation = { -station(start: "upper") } { $station } rusak dengan sisa { $wasted } di { -box } { $box }: semuanya terbuang, { $given } yang sudah diberikannya dari { -box } itu tetap terhitung diberikan, dan { $then }.

## The article's loop

lesson-vanished-prompt = Saat loop berakhir, berapa { -dose } yang lenyap dari laporan (diberikan tetapi tidak pernah dilaporkan, atau dibuang)?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation = Loop menyelesaikan penantian terakhirnya dan program berakhir dengan { $tasks } { -task } masih berjalan: asyncio.run membatalkannya di tengah { -box }. Dari { $vanished } milik mereka, yang diberikan tetapi tidak pernah dilaporkan: { $unreported }; yang dibuang bersama { -box }nya: { $discarded }.
lesson-printed-prompt = Loop mencetak hitungan penantiannya sebagai nomor setiap { -box }. Mulai momen ini, nomor berapa yang pertama kali dicetak loop untuk dua { -box } yang berbeda?
lesson-program-lost-prompt = Berapa { -dose } yang hilang oleh { -supervisor } ini: diberikan tetapi tidak pernah dilaporkan, atau dibuang bersama { -box } yang tidak pernah dilaporkannya?
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation = CPython menjalankannya dengan undian yang persis sama: ia kehilangan { $lost } di { $boxes } { -box }, { $unreported } diberikan tetapi tidak pernah dilaporkan dan { $thrown_away } dibuang atau terbuang bersamanya. { -lot(start: "upper") } dan log menunjukkan setiap { -box }.
# What the program prints: kept as the program prints it, in English.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } di { -station } { $station }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation = Penantian { $wait } mengembalikan { $tasks } { -task } sekaligus, jadi loop mencetak { $printed } untuk masing-masing ({ $boxes }) dan hanya menghitung satu penantian.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = Anda adalah { -event-loop }. { -ready-queue(start: "upper") } berisi, sesuai urutan masuknya: { $queue }. { -task(start: "upper") } mana yang Anda lanjutkan?
loop-fire-prompt = Anda adalah { -event-loop }. { -timer(start: "upper") } berikut sudah dipasang. Mana yang Anda picu berikutnya?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [1] { $stations }, jatuh tempo pada { $due } s
       *[other] { $stations }, semuanya jatuh tempo pada { $due } s
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = { -ready-queue(start: "upper") } asyncio bersifat pertama masuk, pertama keluar: { $task } masuk lebih dulu, pada { $since } s ({ $cause }), jadi loop melanjutkannya sebelum { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}{ -supervisor(start: "upper") } menunggu di belakang: { $task } selesai pada { $since } s, dan asyncio menjalankan done callback sebuah { -task } yang selesai satu putaran kemudian, yang baru saat itu membangunkan { -supervisor }.
loop-supervisor-behind-callback = {" "}{ -supervisor(start: "upper") } menunggu di belakang: done callback sebuah { -task } yang selesai membangunkannya pada { $since } s, dan asyncio menjalankan callback itu satu putaran setelah { -task } berakhir.
loop-cause-done-callback = done callback sebuah { -task } yang selesai membangunkannya
loop-cause-timer = { -timer }nya dipicu
loop-cause-done = { $task } selesai, dan done callback-nya membangunkannya
loop-cause-spawned = { -supervisor } baru saja memulainya
loop-cause-woken = { $task } membangunkannya
# $stations lists loop-station; $due is in seconds.
loop-fire-why = Loop tidur sampai tenggat paling awal dan memicu { -timer } yang jatuh tempo saat itu: { $stations }, pada { $due } s. Tenggat yang lebih lambat menunggu gilirannya.
loop-fire-why-tie = Tenggat paling awal, { $due } s, dimiliki bersama oleh { $stations }: loop memicu setiap { -timer } yang jatuh tempo saat itu dalam satu putaran, dan { -task } mereka masuk ke { -ready-queue } bersama-sama (asyncio mengambil { -timer } yang seri menurut urutan heap-nya; halaman ini mengambilnya menurut urutan { -station }).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    Sebuah { -task } memegang { -thread } sampai { $now } s, melewati tenggat paling awal ({ $due } s). Saat ia melepaskannya, loop memicu setiap { -timer } yang sudah jatuh tempo, yang paling awal dulu: { $count ->
        [1] { $stations }
       *[other] { $stations }, dalam urutan itu
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = pertanyaan { $kind } menanyakan satu pilihan demi satu pilihan, di panelnya sendiri
# $found is the value in the file.
lesson-error-decisions = seharusnya jumlah pilihan dari 1 sampai { $limit }, ditemukan { $found }
lesson-error-flag = seharusnya true atau false, ditemukan { $found }
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = Pilihan { $number } dari { $count }
loop-kind-resume = Lanjutkan sebuah { -task }.
loop-kind-fire = Picu sebuah { -timer }.
# $answer is the option asyncio takes.
loop-asyncio-would = Bukan yang dilakukan asyncio: asyncio memilih { $answer }.
loop-next = Pilihan berikutnya
loop-done =
    { $count ->
        [1] Anda membuat pilihan loop itu
       *[other] Anda membuat { $count } pilihan loop
    }, { $right } sesuai pilihan asyncio.
loop-none = Dari momen ini sampai akhir simulasi, loop tidak punya pilihan untuk dibuat: paling banyak satu { -task } yang siap, paling banyak satu { -timer } yang menunggu.
loop-mode-title = Anda adalah { -event-loop }
loop-mode-intro = Simulasi berhenti di setiap pilihan yang dibuat { -event-loop }. Pilih apa yang dilakukannya; halaman memeriksanya dengan aturan asyncio, lalu simulasi berlanjut dari pilihan yang benar.
# A step's name in results: $title is the lesson's.
results-step-name = { $title }, langkah { $number } dari { $steps }
lesson-confidence = Seberapa yakin Anda?
lesson-confidence-guess = Menebak
lesson-confidence-fairly-sure = Cukup yakin
lesson-confidence-sure = Yakin
lesson-reason = Mengapa? Dalam satu baris:
    .placeholder = karena…
lesson-your-reason = Alasan Anda:
results-download = Unduh hasil saya
    .title = Semua jawaban pelajaran ini sebagai satu file JSON (pernyataan xAPI) untuk tampilan kelas pengajar Anda; tidak ada yang keluar dari browser Anda sampai Anda mengirimnya.
lesson-summary-loop = Memerankan loop: { $right } dari { $asked } pilihan sesuai pilihan asyncio.
loop-queue-note = Tampilan { -thread } di bawah { -lot } menunjukkan { -thread } seperti pada peristiwa terakhir; loop memilih setelahnya.

## The built-in lessons (lessons/*.json), translated from English.

lesson-one-thread-title = Satu { -thread }, banyak { -task }
lesson-one-thread-step-1 = Tiga { -station } vaksinasi berbagi satu { -thread }. Setiap { -station } mengerjakan { -box } { -dose }nya sebagai { -task } async: untuk setiap { -shot }, ia tidur selama { -shot } itu berlangsung, lalu memberikannya. Tidak ada yang berjalan paralel di sini. { -executor(start: "upper") } menjalankan satu { -task } pada satu waktu, dan sebuah { -task } hanya berjalan sampai ia meng-await. { -supervisor(start: "upper") } sudah membuka { -box } di setiap { -station }, dan kini menunggu { -task } pertama selesai.
lesson-one-thread-step-2 = { -awaited-set(start: "upper") } berisi satu { -task } per { -station }, dan { -timer-queue } mencatat saat setiap { -task } yang tidur akan bangun. { -supervisor(start: "upper") } juga tidur, menunggu { -task } pertama dalam { -awaited-set } selesai.
lesson-one-thread-step-3 = { -station(start: "upper") } 3 telah memberikan { -dose } terakhir dari { -box }nya: { -task }nya kembali, dan { -supervisor }, yang menunggu { -awaited-set } berisi { -task } { -station }, bangun untuk satu { -task } itu dan melaporkan { -box }nya. Dua { -task } lainnya masih berjalan. { -awaited-set(start: "upper") } tidak tetap: isinya berubah seiring berjalannya simulasi.
lesson-one-thread-step-4 = { -inspector(start: "upper") } menunjukkan poll dan bangun setiap { -task }. Sebuah { -task } di-poll saat ia mulai dan setiap kali { -timer }nya membangunkannya; di antaranya ia diam dan tidak memegang apa pun. Itulah sebabnya satu { -thread } dapat melayani banyak { -station }: hampir sepanjang waktu, setiap { -task } sedang tidur.
lesson-one-thread-step-5 = { -depot(start: "upper") } baru saja mengeluarkan { -box } terakhirnya. Mulai sekarang { -supervisor } tidak memulai { -task } baru: ia hanya menunggu { -task } yang masih berjalan, dan setiap { -station } berhenti saat { -box } terakhirnya selesai.
lesson-one-thread-step-6 = Simulasi sudah selesai. Setiap { -dose } tercatat: { -dose } yang diberikan dan { -dose } yang terbuang berjumlah sama dengan semua { -dose } di { -depot }. Putar lagi langkah mana pun, atau ubah parameter dan lihat loop yang sama menangani lebih banyak { -station }.
lesson-one-thread-summary = Konkurensi di satu { -thread }: { -task } bergiliran, dan sebuah { -task } hanya berjalan sampai ia meng-await. { -task(start: "upper") } yang tidur tidak memakan apa-apa, jadi satu loop membuat banyak { -station } tetap sibuk sementara { -supervisor } menangani setiap { -task } begitu selesai.

lesson-failure-title = Galat sebagai nilai
lesson-failure-step-1 = Dalam simulasi ini sebuah { -dose } bisa rusak: setiap { -shot } punya peluang kecil untuk gagal, dan saat itu { -task } { -station } berakhir dengan galat, bukan dengan hitungan. Di Rust, { -task } mengembalikan nilai Err. Di asyncio, korutin memunculkan eksepsi, dan { -task } menyimpan eksepsi itu sampai ada yang meminta hasilnya.
lesson-failure-step-2 = { -task(start: "upper") } { -station } 1 baru saja gagal: { -dose } ke-17 di { -box }nya rusak, dan { -task } itu berakhir dengan galat, bukan dengan hitungan. { -task(start: "upper") } yang gagal juga sudah selesai: bagi { -supervisor }, yang menunggu { -task } pertama selesai, galat adalah hasil seperti hasil lainnya.
lesson-failure-step-3 = { -supervisor(start: "upper") } mengambil galat itu dari { -task } yang selesai dan melaporkannya. { -dose(start: "upper") } yang tersisa di { -box } yang gagal dihitung terbuang, bukan hilang, dan { -station } itu mulai lagi dengan { -box } baru dari { -depot }. Baca log: kegagalan itu menyebutkan { -station }, { -box }, dan { -dose } yang rusak.
lesson-failure-step-4 = Anda bisa merusak sebuah { -station } sendiri: klik { -station } yang sedang bekerja di { -lot }, atau fokuskan lalu tekan Enter. { -supervisor(start: "upper") } menangani galat itu persis seperti { -dose } yang rusak. Sebelum mencobanya, prediksikan berapa kerugiannya jika { -station } 1 dirusak sekarang.
lesson-failure-step-5 = Statistik: { -dose } yang diberikan, { -dose } yang terbuang, dan { -box } yang gagal. Apa pun yang gagal, pembukuan tetap seimbang: { -dose } yang diberikan, { -dose } yang terbuang, dan { -dose } yang masih di { -box } terbuka selalu berjumlah sama dengan semua { -dose } yang diambil dari { -depot }.
lesson-failure-step-6 = Di kode, { -supervisor } memeriksa hasil setiap { -task } yang selesai: hitungan jika berhasil, galat jika gagal, dan bagaimanapun juga { -station } mendapat { -box } baru selama { -depot } masih punya. Kegagalan tidak pernah menghentikan loop, karena galat datang sebagai nilai yang ditangani { -supervisor }.
lesson-failure-summary = Galat adalah hasil seperti hasil lainnya: { -task } yang gagal sudah selesai, { -supervisor } mengambil galatnya sebagai nilai, menghitung { -dose } yang tersisa di { -box } sebagai terbuang dan memulai ulang { -station }, lalu loop berlanjut.

lesson-blocking-title = { -task(start: "upper") } yang tidak pernah meng-await
lesson-blocking-step-1 = { -station(start: "upper") } 1 ditulis dengan salah: untuk setiap { -shot }, ia tidur dengan panggilan yang memblokir (time.sleep di Python, std::thread::sleep di Rust; mesin menirunya dengan memajukan jamnya sambil tetap memegang { -thread }) alih-alih meng-await sleep. Panggilan yang memblokir tetap memegang { -thread }. { -station(start: "upper") } 2 dan 3 ditulis seperti sebelumnya, dan ketiga { -task } dimulai bersamaan.
lesson-blocking-step-2 = { -station(start: "upper") } 1 baru saja melepaskan { -thread }: { -box }nya selesai dan { -task }nya sudah kembali. { -station(start: "upper") } 2 dan 3 belum memberikan satu { -shot } pun: { -station } 1 berjalan lebih dulu dan memegang { -thread } sebelum { -task } mereka sempat memulai tidur pertamanya. Mereka memulainya sekarang, dan { -supervisor } memulai { -station } 1 dengan { -box } baru, yang akan berjalan sebelum { -timer } mereka jatuh tempo. Perhatikan { -executor }: { -awaited-set } dan { -timer-queue }.
lesson-blocking-step-3 = { -station(start: "upper") } 1 melepaskan { -thread } lagi, setelah { -box } keduanya. Selama ia memegang { -thread }, { -timer } { -station } 2 dan 3 jatuh tempo; saat ia melepaskannya, { -timer } itu dipicu, dan { -task } mereka kini menunggu di { -ready-queue }, yang ditampilkan di bawah { -lot }. { -supervisor(start: "upper") } memegang { -thread }: ia baru saja memberi { -station } 1 { -box } berikutnya.
lesson-blocking-step-4 = { -station(start: "upper") } 2 dan 3 hampir tidak memberikan { -shot }: masing-masing mendapat satu { -shot } per { -box } { -station } 1. Setiap kali { -station } 1 melepaskan { -thread }, { -timer } yang jatuh tempo selama itu dipicu bersamaan, { -station } 2 dan 3 masing-masing mendapat satu giliran, dan { -box } berikutnya milik { -station } 1 mengambil { -thread } lagi.
lesson-blocking-step-5 = { -station(start: "upper") } 1 sudah menyelesaikan { -box } terakhirnya, sebelum yang lain menyelesaikan { -box } pertama mereka. Perhatikan { -thread } di bawah { -lot }: lajur giliran terakhirnya menunjukkan siapa yang berjalan, dan berapa lama. Giliran { -station } 1 berlangsung beberapa detik, masing-masing satu { -box } utuh; di antaranya, { -station } 2 dan 3 masing-masing mendapat satu giliran, sepanjang satu { -shot }, yang sama sekali tidak memakan waktu.
lesson-blocking-step-6 = Perbaikannya adalah meng-await sleep yang mengembalikan { -thread }: di Python, await asyncio.sleep(...) sebagai ganti time.sleep(...), satu kata kunci dan fungsi lain; di Rust, sleep milik runtime, di-await. Dengan begitu sebuah { -station } mengembalikan { -thread } di setiap { -shot } dan yang lain berjalan selama ia menunggu. Panggilan apa pun yang memblokir menimbulkan kerugian yang sama: membaca file, komputasi yang lambat, panggilan jaringan tanpa await.
lesson-blocking-summary = { -task(start: "upper") } yang tidak pernah meng-await tetap memegang { -thread }, dan tidak ada { -task } lain yang berjalan sampai ia melepaskannya. Gunakan await alih-alih memblokir, agar yang lain berjalan selama sebuah { -task } menunggu.

lesson-policies-title = Menunggu yang pertama, atau semuanya
lesson-policies-step-1 = { -station(start: "upper") } bekerja dengan kecepatan berbeda: { -station } 1 memberikan { -shot } dua kali lebih cepat daripada { -station } 2, dan { -station } 3 setengah kecepatan { -station } 2. { -supervisor(start: "upper") } menunggu { -task } pertama yang selesai (FIRST_COMPLETED) dan langsung memulai ulang { -station } itu. Misalkan ia menunggu semuanya (ALL_COMPLETED) sebelum mengisi ulang satu pun.
lesson-policies-step-2 = Sekarang seed yang sama di bawah ALL_COMPLETED: { -supervisor } menunggu seluruh gelombang { -task } yang dimulainya. { -station(start: "upper") } 1 menyelesaikan { -box }nya lebih dulu, dan { -supervisor } sudah melaporkannya.
lesson-policies-step-3 = { -task(start: "upper") } { -station } 2 juga sudah kembali, dan { -box }nya sudah dilaporkan. { -station(start: "upper") } 3, yang paling lambat, masih mengerjakan { -box } pertamanya. { -awaited-set(start: "upper") } menunjukkan apa yang ditunggu { -supervisor }.
lesson-policies-step-4 = Grafik memutar ulang seed yang sama di bawah setiap kebijakan. Waktu dengan { -box } terbuka menunjukkan di mana ALL_COMPLETED kalah: { -station } yang cepat menunggu yang paling lambat di setiap gelombang.
lesson-policies-step-5 = Cara ketiga: { -task } setiap { -station } mengirim hasilnya ke sebuah antrean, dan { -supervisor } mengambil hasil dari antrean sesuai urutan kedatangannya. Itu simulasi yang sama dengan FIRST_COMPLETED, { -box } demi { -box } dan mikrodetik demi mikrodetik, hanya ditulis berbeda. Bandingkan kode keduanya.
lesson-policies-summary = Cara { -supervisor } menunggu menentukan cara { -station } dimanfaatkan: FIRST_COMPLETED mengisi ulang setiap { -station } begitu selesai, sedangkan ALL_COMPLETED membiarkan yang cepat menganggur sampai yang paling lambat dalam gelombang itu selesai.

lesson-article-title = Loop artikel, lengkap dengan kesalahannya
lesson-article-step-1 = Simulasi ini mengikuti alur kendali artikel asyncio klasik, persis seperti yang ditulis. Loop-nya tidak menghitung { -box }: ia menghitung berapa kali ia sudah menunggu { -awaited-set } berisi { -task } { -station }, dan berhenti setelah menunggu sebanyak jumlah { -box }. Setiap { -task } yang didapatinya selesai langsung mendapat { -box } baru, entah masih ada yang tersisa atau tidak.
lesson-article-step-2 = Loop hampir mencapai penantian terakhirnya, dan setiap { -station } sedang di tengah { -box }. Saat penantian itu kembali, program berakhir, dan asyncio.run membatalkan setiap { -task } yang masih berjalan. Prediksikan berapa kerugiannya.
lesson-article-step-3 = { -depot(start: "upper") } menunjukkan { -box } yang diambil melebihi isinya: loop memulai ulang { -task } setelah { -box } terakhir habis. Statistik menghitung { -dose } yang lenyap: { -dose } yang sudah diberikan { -task } yang dibatalkan, yang tidak pernah dilaporkan, dan { -dose } yang tersisa di { -box } mereka, yang dibuang.
lesson-article-step-4 = Sekarang setiap { -shot } memakan tepat 100 ms, jadi ketiga { -station } menyelesaikan setiap { -box } pada saat yang sama, dan satu penantian mengembalikan ketiga { -task }. Loop mencetak hitungan penantiannya di tempat nomor { -box } seharusnya berada.
lesson-article-step-5 = Setiap nomor muncul tiga kali, dan loop melaporkan tiga { -box } per penantian: setelah enam penantiannya, ia sudah melaporkan delapan belas { -box } dari { -depot } berisi enam. Perbandingan memutar ulang seed yang sama di bawah setiap kebijakan: { -supervisor } yang tepat membuka enam { -box } dan tidak kehilangan apa pun.
lesson-article-step-6 = Simulasi yang sama di bawah FIRST_COMPLETED, seperti yang ditulis { -supervisor } aplikasi ini: ia menghitung { -box }, memulai ulang sebuah { -station } hanya selama { -depot } masih punya { -box }, dan menunggu { -station } yang masih bekerja sebelum kembali. Setiap { -dose } diberikan dan dilaporkan.
lesson-article-summary = Hitung apa yang memang ingin Anda hitung: loop artikel menghitung penantian alih-alih { -box }, jadi ia mengambil { -box } melebihi isi { -depot }, mencetak nomor penantian sebagai nomor { -box }, dan saat keluar ia membatalkan { -task } yang { -dose }nya tidak pernah dilaporkan.

lesson-own-supervisor-title = Tulis { -supervisor } Anda sendiri
lesson-own-supervisor-step-1 = Di sini loop artikel klasik menjadi program Anda sendiri: tampilan Python menampilkannya di editor, dan CPython menjalankannya dengan { -station } dan undian acak simulasi ini. Program itu memulai satu { -task } per { -station }, menunggu sejumlah kali yang tetap, dan memulai ulang setiap { -station } yang didapatinya selesai. Prediksikan sebelum Anda melihat: berapa banyak yang hilang?
lesson-own-supervisor-step-2 = { -supervisor(start: "upper") } ini memulai satu { -task } per { -station } dan tidak pernah menunggu satu pun; ia hanya tidur. Sebuah { -task } tidak perlu di-await siapa pun untuk berjalan: { -event-loop } tetap menjalankannya. Tetapi tidak ada yang mengambil hasilnya, jadi tidak ada yang melaporkan { -box }nya.
lesson-own-supervisor-step-3 = Perbaikannya: tunggu selama masih ada { -task } yang berjalan, berapa kali pun penantian yang diperlukan, laporkan setiap { -task } di setiap himpunan selesai, dan mulai ulang sebuah { -station } hanya selama { -depot } masih punya { -box }. Prediksikan apa yang hilang oleh { -supervisor } ini.
lesson-own-supervisor-step-4 = { -supervisor(start: "upper") } ini juga melaporkan setiap { -box }, tetapi berhenti sejenak setelah setiap laporan dengan time.sleep. Tidak ada yang hilang, namun: perhatikan catatan di bawah hasilnya. Selama { -supervisor } tidur dengan cara ini, ia memegang satu-satunya { -thread }, dan tidak ada { -station } yang memberikan { -shot }. Bandingkan kapan simulasinya berakhir dengan yang sebelumnya.
lesson-own-supervisor-step-5 = Program Anda sekarang adalah { -supervisor } FIRST_COMPLETED milik mesin, baris demi baris. Tombol di bawah hasilnya membandingkan kedua simulasi peristiwa demi peristiwa dengan undian yang sama. Ubah program di editor, jalankan lagi, dan lihat di mana keduanya berpisah.
lesson-own-supervisor-summary = { -supervisor(start: "upper") } bertanggung jawab atas setiap { -task } yang dimulainya: ia menunggu masing-masing, memeriksa hasilnya, dan baru kembali saat tidak ada lagi yang berjalan. { -task(start: "upper") } yang tidak ditunggu siapa pun tetap berjalan, tetapi apa yang dilakukannya hilang dari hitungan.

lesson-exercises-title = Latihan
lesson-exercises-step-1 = Giliran Anda: { -supervisor } ini hanya menunggu selama setiap { -station } sibuk. Begitu satu { -station } mendapati { -depot } kosong, { -supervisor } kembali, dan asyncio.run membatalkan { -task } yang masih memberikan { -shot }. Ubah di editor sampai { -supervisor } melaporkan setiap { -box } dan tidak kehilangan satu { -dose } pun, lalu tekan “Jalankan kode saya”. Sasaran di bawah teks ini memeriksa setiap simulasi Anda.
lesson-exercises-step-2 = { -supervisor(start: "upper") } ini tidak kehilangan apa pun, tetapi berhenti sejenak setelah setiap laporan dengan time.sleep, yang menahan satu-satunya { -thread }: tidak ada { -station } yang memberikan { -shot } selama itu. Anda hanya menulis { -supervisor } ({ -station } adalah milik halaman), jadi di sini panggilan yang memblokir adalah milik { -supervisor }. Buat ia berhenti sejenak tanpa menahan { -thread }, lalu tekan “Jalankan kode saya” lagi.
lesson-exercises-step-3 = Di bawah ALL_COMPLETED setiap gelombang { -box } menunggu yang paling lambat, dan { -station } 3 bekerja dengan setengah kecepatan. Habiskan { -depot } yang sama lebih cepat: ubah kebijakan, { -station }, atau kecepatannya di Parameter di bagian bawah halaman, terapkan, lalu putar simulasi sampai selesai. Sasaran memeriksa simulasi di layar.
lesson-exercises-summary = Latihan diperiksa pada simulasi Anda sendiri, tidak pernah secara manual: CPython menjalankan { -supervisor } Anda dengan undian acak mesin, dan halaman menghitung setiap { -box } dan { -dose } yang dilaporkannya, setiap panggilan yang memblokir, dan berapa lama { -depot } habis.

lesson-event-loop-title = Anda adalah { -event-loop }
lesson-event-loop-step-1 = Kali ini Anda adalah { -event-loop }. { -supervisor(start: "upper") } baru saja memulai { -task } tiga { -station }; { -station } 1 dan 2 memerlukan 0,2 s per { -shot }, { -station } 3 memerlukan 0,4 s. Untuk setiap pilihan yang dibuat loop, pilih apa yang dilakukannya: { -task } siap mana yang dilanjutkannya, atau, jika tidak ada yang siap, { -timer } mana yang dipicunya. Setiap pilihan diperiksa dengan aturan asyncio, dan simulasi berlanjut dari pilihan yang benar.
lesson-event-loop-step-2 = { -station(start: "upper") } 1 dan 2 akan segera memberikan { -shot } terakhir dari { -box } mereka. Perankan loop lagi: perhatikan siapa yang dibangunkan saat { -task } sebuah { -station } selesai, dan di mana ia masuk ke { -ready-queue }.
lesson-event-loop-step-3 = Simulasi lain: { -station } 2 kini memblokir { -thread } selama seluruh { -box }nya, 0,6 s, dengan panggilan yang memblokir alih-alih await. { -timer(start: "upper") } { -station } 1 dan 3 jatuh tempo selama ia memegang { -thread }. Mana yang dipicu loop saat mendapatkan { -thread } kembali, dan siapa yang dilanjutkannya?
lesson-event-loop-step-4 = Kembali ke simulasi pertama, kali ini menonton alih-alih memerankan: tampilan { -thread } di bawah { -lot } menunjukkan { -ready-queue } di setiap peristiwa simulasi mana pun, yang terdepan dulu. { -station(start: "upper") } 1 dan 2 jatuh tempo bersamaan lagi, dan { -station } 3 bersama mereka.
lesson-event-loop-step-5 = Itulah seluruh pekerjaan loop: mengambil { -ready-queue } dari depan, dan saat antrean kosong, tidur sampai { -timer } paling awal. Tampilan { -thread } di bawah { -lot } menunjukkan antrean yang sama di setiap momen simulasi mana pun; buka { -lot } dengan loop=1 di alamat untuk terus memerankan loop pada simulasi Anda sendiri.
lesson-event-loop-summary = Loop membuat dua jenis pilihan, dan tidak satu pun ditentukan oleh { -task }. Ia melanjutkan { -task } yang siap sesuai urutan mereka menjadi siap, pertama masuk, pertama keluar; jika tidak ada yang siap, ia tidur sampai tenggat paling awal dan memicu setiap { -timer } yang jatuh tempo saat itu dalam satu putaran. { -task(start: "upper") } yang selesai membangunkan { -task } yang meng-await-nya hanya melalui done callback, satu putaran kemudian, dan { -task } yang memblokir membuat setiap { -timer } yang jatuh tempo selama itu menunggu sampai ia melepaskan { -thread }.
