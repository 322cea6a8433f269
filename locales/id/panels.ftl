# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written: code (await, asyncio.wait, FuturesUnordered, JoinHandle,
# Task, Ok, Err, Pending, Ready), FIRST_COMPLETED, ALL_COMPLETED,
# TaskGroup, Semaphore, Queue.
#
# $station, $box_no, $shot, $wait arrive as text; other numbers as
# numbers. Indonesian needs no plural selector.

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = { -executor(start: "upper") }
executor-explain = Setiap { -task } berjalan di satu { -thread }, satu per satu. Sebuah { -task } yang { $awaits } future yang belum siap melepaskan { -thread } sampai future itu membangunkannya. { -station(start: "upper") } yang sedang tidur tidak memakan apa-apa: sebuah { $timer } membangunkannya saat { -shot }nya selesai, lalu { -executor } { $polls } { -task } itu. { -timer(start: "upper") } yang jatuh tempo pada saat yang sama dipicu bersamaan, dalam satu putaran loop, dan setiap { -task } yang dibangunkannya berjalan lebih dulu daripada { -task } yang kemudian dibangunkan oleh { -task } tersebut.
executor-term-awaits = meng-await
    .title = Meminta nilai dari sebuah future. Jika belum siap, { -task } melepaskan { -thread } sampai future itu membangunkannya; jika sudah siap, nilainya langsung kembali dan { -task } terus berjalan.
executor-term-timer = { -timer }
    .title = Entri di antrean jam: pada tenggatnya, entri ini membangunkan { -task } yang memasangnya.
executor-term-polls = mem-poll
    .title = Menjalankan { -task } sampai ia harus menunggu lagi (mengembalikan Pending) atau selesai (mengembalikan Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Kebijakan FIRST_COMPLETED: { -supervisor } meng-await seluruh { -awaited-set } dan bangun begitu ada { -task } yang kembali. Ia mengambil setiap { -task } yang sudah kembali saat itu, yaitu himpunan selesainya, melaporkannya menurut urutan { -station }, langsung memulai ulang setiap { -station }, lalu meng-await { -awaited-set } lagi.
executor-policy-all = Kebijakan ALL_COMPLETED: { -supervisor } melaporkan setiap himpunan selesai begitu tiba, tetapi baru mengisi ulang setelah seluruh gelombang kembali, sehingga { -station } yang selesai lebih awal menganggur.
executor-policy-queue = Kebijakan antrean penyelesaian: setiap { -task } { -station } yang selesai masuk ke sebuah antrean (di Python, done callback memasukkannya ke asyncio.Queue; di Rust, { -task } mengirim hasilnya lewat kanal), lalu { -supervisor } mengambilnya satu per satu, menurut urutan selesainya, dan memulai ulang setiap { -station }.
executor-policy-article = Kebijakan loop artikel: loop ini menunggu FIRST_COMPLETED sebanyak jumlah { -box }, menghitung berapa kali ia menunggu alih-alih jumlah { -box }, memulai ulang setiap { -task } di setiap himpunan selesai meskipun tidak ada { -box } tersisa, dan saat loop berakhir, program ikut berakhir: asyncio.run membatalkan { -task } yang masih berjalan, di tengah { -box }.
executor-policy-taskgroup = Kebijakan TaskGroup + Semaphore: satu { -task } untuk setiap { -box }, dibuat sejak awal; semaphore membiarkan sebanyak jumlah { -station } bekerja, dan masing-masing mengambil { -station } bebas bernomor terkecil. Setiap { -task } menangkap kegagalan { -station }nya dan melaporkannya: eksepsi yang tidak tertangkap akan membatalkan seluruh grup.
executor-policy-workers = Kebijakan worker + Queue: satu { -task } berumur panjang per { -station } mengambil { -box } dari antrean yang diisi sejak awal sampai antrean kosong, menangkap kegagalan, lalu lanjut ke { -box } berikutnya.
executor-queue-same = Dalam simulasi ini hasilnya { -shot } dan { -box } yang sama, pada saat yang sama, seperti FIRST_COMPLETED.
executor-queue-differs = Dalam simulasi ini hasilnya berbeda dari FIRST_COMPLETED: { $same_end ->
        [yes] keduanya berakhir pada { $seconds } s, tetapi { -box }nya jatuh ke { -station } lain
       *[no] kebijakan ini berakhir pada { $seconds } s, FIRST_COMPLETED pada { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = { -station(start: "upper") } { $station } memblokir { -thread }: setiap { -shot } dilakukannya tanpa meng-await, sehingga setiap { -box }nya berjalan dari awal sampai akhir dalam satu poll, dan tidak ada { -task } lain yang berjalan selama itu. { -timer(start: "upper") } { -station } lain jatuh tempo tetapi tidak bisa dipicu sampai { -station } itu melepaskan { -thread }; lalu semuanya dipicu bersamaan, terlambat, dalam satu putaran loop. Simulasi ini mengikuti loop asyncio putaran demi putaran, dan sebuah tes memeriksanya terhadap CPython.
executor-share-none = Dalam simulasi ini { -station } lain tidak pernah memberikan { -shot }: { -station } { $station } mengambil setiap { -box }, satu demi satu, dan tidak pernah melepaskan { -thread }.
executor-share-exact = Dalam simulasi ini { -station } { $station } mengembalikan { $boxes } { -box }, dan di antara dua { -box } itu { -station } lain memberikan total { $shots ->
        [1] satu { -shot }
       *[other] { $shots } { -shot }
    }, setiap kali.
executor-share-range = Dalam simulasi ini { -station } { $station } mengembalikan { $boxes } { -box }; di antara dua { -box } itu { -station } lain memberikan total { $fewest } sampai { $most } { -shot }, rata-rata { $mean }.
executor-share-one-box = Dalam simulasi ini { -station } { $station } hanya mengembalikan satu { -box }; { -station } lain memberikan { $shots ->
        [1] satu { -shot }
       *[other] { $shots } { -shot }
    } sepanjang simulasi.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count = ({ $count } { -task }, { $kind })
executor-awaited-kind-channel = { -task } yang mengirim ke kanal
executor-awaited-kind-taskgroup = { -task } { -station } dalam task group
executor-awaited-kind-workers = { -box } yang sedang dikerjakan worker
executor-awaited-kind-futures = sebuah FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } lagi
executor-awaited-empty = kosong
executor-done-set = Himpunan selesai terbaru
executor-done-count = ({ $count ->
        [1] satu { -task }
       *[other] { $count } { -task }
    } pada { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = { -supervisor } belum bangun
executor-done-unreported = sudah kembali; { -supervisor } melaporkannya berikutnya
executor-done-several = Beberapa { -task } dalam satu himpunan selesai: { -timer }nya dipicu bersamaan, dalam satu putaran loop, dan setiap { -task } kembali sebelum { -supervisor } bangun; asyncio.wait mengembalikan setiap { -task } yang sudah selesai saat itu.

## The timer queue.

executor-timers = { -timer-queue(start: "upper") }, yang terdekat dulu
executor-timer = { $seconds } s → membangunkan { -station } { $station }
executor-timers-empty = tidak ada { -timer }

## The supervisor's wakes, one line each.

executor-wakes = Saat { -supervisor } bangun, terbaru dulu
executor-reports = { -box(start: "upper") } yang dilaporkan oleh { -task }nya sendiri, terbaru dulu
executor-wake-time = { $seconds } s
executor-wake-wait = tunggu ke-{ $wait } menurut hitungan loop
executor-wake-ok = { -task } { -station } { $station } ({ -box } { $box_no }) mengembalikan Ok
executor-wake-err = { -task } { -station } { $station } ({ -box } { $box_no }) mengembalikan Err: { $error }
executor-error-spoiled = { -dose } ke-{ $shot } dari { -box } ini rusak
executor-error-broken = dirusak secara manual saat { -shot } ke-{ $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = masih tertunda: { $stations }
executor-pending-none = tidak ada
executor-pending-more = dan { $count } lagi
executor-wake-pushed = dimasukkan: { $tasks }
executor-pushed-task = { -station } { $station } dengan { -box } { $box_no }
executor-wake-no-box = belum ada { -box } baru
executor-wake-depot-empty = tidak ada yang dimasukkan ({ -depot } kosong)
executor-report-taskgroup-next = { -task } { -box } ini membebaskan { -station } { $station } beserta izinnya; { -task } { -box } berikutnya mengambil { -station } bebas bernomor terkecil
executor-report-taskgroup-last = tidak ada { -box } tersisa, jadi { -station } { $station } tetap bebas
executor-report-workers-next = worker mengambil { -box } berikutnya dari antrean
executor-report-workers-last = antrean kosong, jadi worker kembali

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = { -inspector(start: "upper") } menampilkan { -task } untuk simulasi dengan paling banyak { $limit } { -station }.
inspector-explain = { $tasks ->
        [worker] Worker setiap { -station } adalah satu { -task }, yang mengerjakan { -box } demi { -box } dari antrean.
       *[box] Setiap { -box } yang dikerjakan sebuah { -station } adalah satu { -task }.
    } Sebuah { -task } berstatus { $waiting } selama ia tidur, { $scheduled } setelah dibangunkan, dan { $running } selama { -thread } mem-poll { -task } itu. { $wakes } dan poll dijumlahkan atas semua { -box } sebuah { -station }; baris { -supervisor } menghitung { -box } yang ditanganinya. { -box(start: "upper") } terbuka adalah waktu simulasi selama sebuah { -station } membuka { -box } ({ -task }nya yang tidur di antara { -shot } tidak membebani { -thread }), bukan waktu di dalam poll; tanpa { -box }, sebuah { -station } menganggur sampai { -supervisor } memberinya satu.
inspector-term-waiting = tidur
    .title = Lepas dari { -thread } sampai ada yang membangunkannya: { -task } sebuah { -station } pada { -timer } { -shot }nya, { -supervisor } pada { -task } yang di-await-nya. ({ -station(start: "upper") } tanpa { -box } terbuka itu menganggur, bukan tidur.)
inspector-term-scheduled = terjadwal
    .title = Sudah dibangunkan dan mengantre di belakang { -task } yang dibangunkan sebelumnya; { -executor } mem-poll mereka bergiliran.
inspector-term-running = berjalan
    .title = Sedang di-poll: satu-satunya { -task } yang sedang dijalankan { -thread }.
inspector-term-wakes = Bangun
    .title = Panggilan ke waker { -task }: setiap panggilan meminta { -executor } mem-poll { -task } itu lagi.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = Status
inspector-column-polls = Poll
inspector-column-wakes = Bangun
inspector-column-boxes = { -box(start: "upper") }
inspector-column-failures = Gagal
inspector-column-restarts = Mulai ulang
inspector-column-box-open = { -box(start: "upper") } terbuka [s]
inspector-column-waiting = Tanpa { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = tidur
inspector-state-scheduled = terjadwal
inspector-state-running = berjalan
inspector-state-done = selesai
inspector-state-failed = gagal

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (worker)
inspector-task-box-task = { -station } { $station } ({ -task } { -box } { $box_no })

## The tasks that finished last.

inspector-finished = Baru selesai
inspector-finished-box = { -station } { $station } ({ -box } { $box_no }): selesai setelah { $polls } poll dan { $wakes } kali bangun
inspector-finished-worker = worker { -station } { $station }: selesai setelah { $polls } poll dan { $wakes } kali bangun
inspector-finished-box-task = { -task } { -box } { $box_no }: selesai setelah { $polls } poll dan { $wakes } kali bangun
inspector-finished-none = belum ada { -task } yang selesai

## The charts.

charts-title = Grafik
charts-time-axis = detik simulasi
# A tick of ten thousand or more, in thousands ("20rb": ribu).
charts-tick-thousands = { $thousands }rb
charts-station = { -station } { $station }

charts-doses-caption = { -dose(start: "upper") } yang diberikan dari waktu ke waktu, dibandingkan laju yang diharapkan model (putus-putus)
charts-doses =
    .aria-label = { $given } dari { $total } { -dose } diberikan setelah { $seconds } detik; perkiraan total waktu { $expected } detik

charts-gantt-too-many = Diagram Gantt menampilkan simulasi dengan paling banyak { $limit } { -station }.
charts-gantt-caption = { -box(start: "upper") } per { -station } dari waktu ke waktu; { -box } yang gagal berwarna merah jingga dengan tepi putus-putus
charts-gantt-truncated = {" "}({ $limit } { -box } pertama)
charts-gantt =
    .aria-label = Diagram Gantt { $boxes } { -box } di { $stations } { -station }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s (gagal)

charts-utilisation-summary = Pemanfaatan: rata-rata { $mean } %, terendah { $least } % dari { $stations } { -station }.
charts-utilisation-caption = Pemanfaatan: porsi waktu yang berlalu saat setiap { -station } membuka { -box }
charts-utilisation =
    .aria-label = Pemanfaatan per { -station }
charts-percent = { $percent } %

## The policy comparison.

charts-comparison-too-large = Perbandingan kebijakan mencakup simulasi dengan paling banyak { $limit } { -dose }.
charts-comparison-caption = Seed yang sama di bawah setiap kebijakan { -supervisor } (simulasi utuh, diputar ulang di halaman)
charts-comparison-policy = Kebijakan
charts-comparison-makespan = Total waktu
charts-comparison-busy = Waktu dengan { -box } terbuka
charts-comparison-boxes-opened = { -box(start: "upper") } dibuka
charts-comparison-doses-vanished = { -dose(start: "upper") } lenyap
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = Kode
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = Kode Rust adalah sumber yang dikompilasi menjadi halaman ini; kode Python adalah program yang sama dalam asyncio, sebuah file yang bisa langsung dijalankan dan diperiksa terhadap mesin ini di CPython. Sebuah { -task } hanya bisa berhenti sejenak di sebuah { $await }, dan hanya jika yang di-await-nya belum siap: { $parked } Sorotan dibaca dari peristiwa terakhir.{" "}
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }, dan { $supervisor }.
code-parked-stations = setiap { -task } { -station } terparkir di tidurnya
code-parked-stations-blocking = setiap { -task } { -station } kecuali milik { -station } { $station } terparkir di tidurnya ({ -station } { $station } tidak pernah meng-await, jadi tidak pernah terparkir: ia memegang { -thread } selama seluruh { -box }nya)
code-parked-supervisor-set = { -supervisor } di titik ia menunggu { -awaited-set }
code-parked-supervisor-queue = { -supervisor } di titik ia membaca antrean
code-parked-supervisor-semaphore = { -task } { -box } yang belum punya { -station } di semaphore
code-parked-supervisor-workers = { -supervisor } di titik ia menunggu para worker
code-resumed-station = Terakhir dilanjutkan: { -task } { -station } { $station }, di await-nya.
code-resumed-supervisor = Terakhir dilanjutkan: { -supervisor }, di await-nya.
code-resumed-none = Belum ada yang berjalan.
code-rust = Rust (aplikasi ini)
code-python = Python asyncio
code-show-python-first = Tampilkan Python dulu
code-show-rust-first = Tampilkan Rust dulu
code-whole-file = Seluruh file asyncio, termasuk fungsi pembantu
code-download = Unduh file ini (bisa dijalankan: python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        { $language ->
            [rust] Rust
           *[python] Python
        } untuk { $role ->
            [station] { -station }
           *[supervisor] { -supervisor }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] tidak ada { -task } { -station } yang menunggu
       *[other] { $count } { -task } { -station } menunggu di sini
    }
code-supervisor-waits = { -supervisor } menunggu di sini
code-supervisor-returned = { -supervisor } sudah kembali
code-mistake-counts-waits = menghitung penantian, bukan { -box }
code-mistake-new-box = { -box } baru meski tidak ada yang tersisa
code-mistake-program-ends = program berakhir: { -task } dibatalkan di tengah { -box }
code-mistake-cancelled = { -task } dibatalkan di tengah { -box }

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = Tempat kedua kembaran berbeda: { $next } mengembalikan satu keluaran setiap kali, jadi { -supervisor } Rust menguras { -awaited-set }, mem-poll-nya sampai pending, untuk mengambil setiap { -task } yang sudah kembali: himpunan selesai yang dikembalikan { $wait }. Ia hanya mem-poll future yang dibangunkan, sedangkan { $wait } mendaftarkan callback pada setiap { -task } di setiap panggilan. Membuang sebuah { $handle } di sini membatalkan { -task }nya; membuang sebuah { $task } asyncio tidak membatalkannya, tetapi { -event-loop } hanya menyimpan referensi lemah, sehingga { -task } yang tidak dipegang siapa pun bisa lenyap sebelum selesai: kode Python menyimpan semuanya.
code-real-time = Jam halaman ini virtual: waktu melompat dari satu { -timer } ke { -timer } berikutnya, setiap tenggat ditepati sampai mikrodetik, dan tidak ada yang terlambat. asyncio sungguhan berbeda dalam dua hal. Di Linux, selector-nya membulatkan waktu tunggu ke atas menjadi milidetik utuh, sehingga { -timer } yang jatuh tempo dengan selisih kurang dari satu milidetik sering dipicu dalam satu putaran, dan { $wait } mengembalikan kedua { -task } dalam satu himpunan selesai: dua { -task } yang jatuh tempo berselisih 0,3 ms mengalaminya 82 sampai 85 kali dari 100 saat diukur. Selain itu, setiap putaran loop memakan waktu nyata, sehingga sebuah { -box } berisi 100 { -shot } 1–100 ms berakhir sekitar 2 % terlambat. File Python, bila dijalankan sendiri, menunjukkan keduanya; python/real_time.py mengukurnya.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = Listing di CPython sungguhan
python-intro = Listing asyncio berjalan di sini di CPython sungguhan, dikompilasi ke WebAssembly, dengan jam virtual, diberi undian acak dan kerusakan dari simulasi di layar; lalu halaman membandingkan kedua simulasi peristiwa demi peristiwa. Eksekusi pertama mengunduh Python; bagian lain halaman tidak menunggunya.
python-run = Jalankan di CPython
