# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names (stations=, policy=…), the values given and the values a
# reader types ($low, $high, words such as first or max) arrive as the URL
# spells them: keep them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = Beberapa parameter di tautan tidak diterima; nilai bawaan yang dijalankan:
# $setting: the parameter and what the link gave, as in the URL (stations=abc);
# $accepted: one of the params-accepted-… texts; $fallback: what runs instead.
params-error = { $setting } tidak diterima: seharusnya { $accepted }; memakai { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = bilangan bulat dari { $low } sampai { $high }
params-accepted-event-count = bilangan bulat jumlah peristiwa, mulai { $low }
params-accepted-shot-seconds = detik per { -shot }, dari { $low } sampai { $high }
params-accepted-probability = peluang dari 0 sampai 1
params-accepted-speed-factors = daftar dipisahkan koma berisi paling banyak { $max_items } faktor kecepatan, masing-masing dari { $low } sampai { $high }
params-accepted-station-or-none = nomor { -station } dari 1 sampai { $high }, atau 0 untuk tidak ada
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = daftar pasangan { $form } dipisahkan koma, paling banyak { $max_items }
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = daftar dipisahkan koma berisi { $names }{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = detik simulasi per detik dari { $low } sampai { $high }, atau { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $low } tidak lebih besar daripada { $high }
# $power: a power of ten as the page writes it, such as 10^6.
params-accepted-fits-clock = simulasi yang muat di jam simulasi (paling lama { $power } detik jika setiap { -shot } paling lambat)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = paling banyak { $high } { -box } dengan { $setting }, yang sejak awal membuat { -task } hidup untuk setiap { -box }
params-accepted-no-blocking = tidak ada { -station } yang memblokir dengan { $setting }, karena programnya tidak punya
params-accepted-station-of-run = { -station } dalam simulasi, dari 1 sampai { $stations }

## Joining words in lists of accepted values: "first, all atau queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}atau{" "}
params-list-last-and = {" "}dan{" "}
params-list-alternative = , atau { $word }

## What was given, when a rule between parameters was broken.

# $value: the parameter and its value as given, name=value; $condition:
# another parameter, name=value.
params-given-with = { $value } dengan { $condition }
# $boxes, $capacity and $shot_max: boxes=…, capacity=… and shot_max=… as
# in the URL.
params-given-fits-clock = { $boxes } dengan { $capacity }, { $shot_max } dan kecepatan paling lambat { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 untuk setiap { -station }
params-fallback-none = tidak ada
params-fallback-random-seed = seed acak
params-fallback-no-breaks = tanpa kerusakan
params-fallback-start = awal
params-fallback-default-theme = tema bawaan
params-fallback-rust-first = pilihan terakhir, atau Rust dulu
params-fallback-page-default = bawaan halaman
params-fallback-no-lesson = tanpa pelajaran
params-fallback-english = bahasa Inggris
# The defaults of two parameters at once.
params-fallback-both = { $first } dan { $second }

## The form.

params-form = Parameter
params-field-stations = Jumlah { -station }
params-field-capacity = { -dose(start: "upper") } per { -box }
params-field-boxes = { -box(start: "upper") } di { -depot }
params-field-shot_min = { -shot(start: "upper") } tercepat [s]
params-field-shot_max = { -shot(start: "upper") } terlama [s]
params-field-speeds = Kecepatan { -station }
params-field-fail = Peluang gagal per { -shot }
params-field-seed = Seed
params-field-blocking = { -station(start: "upper") } yang memblokir { -thread }
params-field-policy = Kebijakan { -supervisor }
params-policy-hint = cara { -supervisor } meng-await { -task } { -station }
params-not-accepted = Tidak diterima: seharusnya { $accepted }
params-new-seed = Seed baru
params-apply = Terapkan dan atur ulang

## The play controls.

controls = Kontrol
controls-start = Mulai
    .title = Mulai atau lanjutkan (spasi)
controls-resume = Lanjutkan
    .title = Mulai atau lanjutkan (spasi)
controls-pause = Jeda
    .title = Jeda (spasi)
controls-step = Langkah
    .title = Tampilkan tepat satu peristiwa lagi (→)
controls-reset = Atur ulang
    .title = Kembali ke awal, dengan parameter di bawah (r)
controls-speed = Kecepatan:{" "}
controls-speed-max = secepat mungkin
# $factor: simulated seconds per second.
controls-speed-real-time = { $factor }× waktu nyata
controls-speed-slow-motion = { $factor }× (gerak lambat)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Diperlambat menjadi { $speed }× agar setiap putaran loop terlihat: satu { -task } berjalan pada satu waktu, tidak pernah dua sekaligus. Percepat dengan penggeser.

## One-click presets.

presets = Preset kecepatan
presets-article = Waktu { -shot } artikel
    .title = { -shot(start: "upper") } 1–100 ms, satu detik simulasi per detik (mengatur ulang simulasi). Jamnya virtual: asyncio sungguhan berjalan terlambat dan menggabungkan { -timer } yang berdekatan (lihat tampilan kode)
presets-realistic = { -shot(start: "upper") } realistis 1–3 mnt
    .title = { -shot(start: "upper") } 1–3 menit pada 600× (mengatur ulang simulasi)
presets-max = Secepat mungkin
    .title = Sebanyak mungkin peristiwa per bingkai
presets-counting-bug = Bug hitungan artikel
    .title = Loop artikel dengan setiap { -shot } berdurasi 50 ms: setiap penantian mengembalikan semua { -station } (mengatur ulang simulasi)

## The timeline.

timeline = Linimasa
timeline-step-back = ◀ Mundur
    .title = Mundur satu peristiwa (←): memutar ulang simulasi sampai titik itu
timeline-scrubber = Linimasa: nomor peristiwa
timeline-measuring = Linimasa: mengukur simulasi
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = peristiwa { $shown } dari { $total }, { $seconds } detik
timeline-position = peristiwa { $shown } dari { $total }
timeline-position-pending = peristiwa { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = peristiwa { $shown } (linimasa untuk simulasi dengan paling banyak { $limit } { -dose })
