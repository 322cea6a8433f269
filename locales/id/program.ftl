### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = { -supervisor(start: "upper") } Anda, direkam di CPython: { -awaited-set } dan saat bangunnya dibaca dari panggilannya ke asyncio.wait.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = { -task } yang ditunggu { -supervisor } Anda
# The task inspector while a program plays.
own-inspector-note = { -task(start: "upper") } { -supervisor } Anda berjalan di CPython: { -box } dan waktu di bawah dibaca dari jalannya; poll dan bangun hanya dihitung pada { -executor } milik halaman ini.
executor-program-timers = Simulasi yang direkam tidak menyimpan { -timer-queue }: pandangan asyncio sendiri menunjukkan apa yang di-await setiap { -task }.
# The Python view: the learner's own supervisor.
own-title = { -supervisor(start: "upper") } Anda sendiri
own-intro = Ubah { -supervisor } di bawah dan jalankan di CPython sungguhan, dengan { -station } dan undian acak dari simulasi di layar. Halaman lalu memutar simulasi Anda seperti simulasi lain, dan menghitung setiap { -dose }.
own-editor-label = { -supervisor(start: "upper") } Anda, dalam Python
own-editor-failed = Editor kode tidak termuat ({ $reason }); kolom teks biasa menggantikannya.
# The button; lessons name it too.
own-run = Jalankan kode saya
own-reset = Mulai lagi dari loop artikel
own-failed = Program Anda tidak berjalan: { $error }
own-too-large = Simulasi ini terlalu besar untuk sebuah program: undian acaknya untuk setiap { -station } dan { -box } akan memuat { $shots } { -shot }, padahal paling banyak { $limit } yang diserahkan. Pilih lebih sedikit { -station }, { -box }, atau { -dose }.
own-raised = Program Anda berakhir dengan eksepsi: { $error }
own-summary = Jalannya { -supervisor } Anda: { $events } peristiwa; { $reported } dari { $given } { -dose } yang diberikan dilaporkan; { $lost } { -dose } hilang.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: masih berjalan saat program berakhir, jadi asyncio.run membatalkannya; { $unreported } { -dose } diberikan tetapi tidak pernah dilaporkan, { $thrown_away } { -dose } dibuang
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: { -task }nya sudah kembali tetapi program tidak pernah melaporkannya; { $unreported } { -dose } diberikan tetapi tidak pernah dilaporkan, { $thrown_away } { -dose } terbuang
own-pending-at-exit = { $tasks } { -task } masih tertunda saat program berakhir, memegang { $doses } { -dose }.
own-never-retrieved = { $task } memunculkan { $error }, dan tidak ada yang pernah mengambil eksepsi itu.
own-never-awaited = { $task } dibuat tetapi tidak pernah di-await: tidak ada yang menunggunya atau meminta hasilnya.
own-blocked = { $calls } panggilan yang memblokir (time.sleep) menahan loop selama total { $seconds } s: tidak ada { -task } lain yang berjalan selama itu.
own-beyond-depot = { $boxes } { -box } dibuka melebihi { $depot } { -box } di { -depot }.
own-left-in-depot = { $boxes } { -box } tidak pernah diambil dari { -depot }.
own-play = Putar simulasi Anda
own-engine-differs = { $policy } milik mesin dengan undian yang sama: keduanya pertama kali berbeda pada peristiwa { $index }
own-engine-same = { $policy } milik mesin dengan undian yang sama: simulasi yang sama, peristiwa demi peristiwa
own-output = Yang dicetak program Anda
# In a lesson, until the step's prediction is made.
own-concealed = CPython sudah menjalankannya. Angka-angkanya tampil di sini setelah Anda menjawab pertanyaan pelajaran.
own-listing-not-compared = Listing ini dibandingkan dengan simulasi mesin: buka salah satunya untuk menjalankannya di sini.
# A program shared in a link (#py=…).
own-open = Tulis { -supervisor } Anda sendiri
own-linked = Program ini datang bersama tautan. Program hanya berjalan saat Anda menekan “Jalankan kode saya”.
own-link = Tautan ke program Anda
own-link-made = Salin tautan ini: tautan ini membuka halaman dengan program Anda di editor, belum dijalankan.
own-link-too-long = Program terlalu panjang untuk sebuah tautan: tautan memuat paling banyak { $limit } KB program.
own-link-not-base64 = Program di tautan (#py=…) bukan teks { $encoding }: { $detail }.
own-link-not-utf8 = Program di tautan (#py=…) bukan teks UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Jalankan simulasi ini di CPython
python-loading = Memuat Python: { $loaded } dari { $total } MB
python-starting = Memulai Python…
python-running = CPython sedang menjalankan listing…
python-agrees = CPython { $version } sepakat: { $events } dari { $events } peristiwa pada mikrodetik yang sama.
python-differs = CPython { $version } pertama kali berbeda dari mesin pada peristiwa { $index }.
python-differs-engine = Mesin:
python-differs-cpython = CPython:
python-show-difference = Tampilkan peristiwa { $index }
python-failed = CPython { $version } tidak dapat menjalankan listing pada simulasi ini: { $error }
python-too-large = Simulasi dengan paling banyak { $limit } { -dose } diserahkan ke CPython; simulasi ini memiliki { $doses }.
python-offline = Tampilan Python memerlukan halaman yang disajikan dari alamat web: jika dibuka dari file, browser tidak mengizinkannya memuat Python.
python-load-failed = Python tidak dapat dimuat ({ $reason }). Bagian lain halaman tetap berfungsi seperti biasa.
python-tree = Apa yang dilihat asyncio pada peristiwa { $event }
python-tree-title = Pandangan asyncio sendiri pada peristiwa { $event }
python-tree-explain = Listing dijalankan di CPython sampai peristiwa ini lalu dihentikan di sana: { -task }nya seperti yang diberikan asyncio.capture_call_graph, graf yang dicetak python -m asyncio pstree. Setiap { -task } berada di bawah { -task } yang meng-await-nya, beserta fungsi tempat ia sedang berhenti, yang terluar lebih dulu.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, sedang berjalan
python-tree-failed = Pandangan asyncio tidak dapat diambil: { $error }
python-tree-more = …dan { $count } { -task } lagi
python-stopped = CPython tidak menjawab dalam { $seconds } s, jadi worker-nya dihentikan: batas waktu menghentikan kode Python pada putaran loop berikutnya, bukan komputasi panjang di dalam satu panggilan C. Menjalankannya lagi akan memulai Python kembali.
