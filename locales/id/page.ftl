# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Vaksinasi di { -lot }
masthead-asyncio = Cara asyncio Python menjalankan banyak { -task } di satu { -thread }, diperagakan langsung oleh kembarannya di Rust di browser Anda.
masthead-tagline = Setiap { -station } adalah { -task } async di satu-satunya { -thread } browser. { -supervisor(start: "upper") } meng-await { -task } pertama yang menghabiskan { -box } { -dose }nya, melaporkannya, lalu memulai { -station } itu lagi dengan { -box } baru.
masthead-lessons = Pelajaran
masthead-help = ? Bantuan
    .aria-label = Keyboard dan bantuan (?)
masthead-share = Bagikan
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = Ekspor
masthead-projector = Tema proyektor
# Followed by the run's state, one of the four below.
masthead-status = Status:{" "}
masthead-status-ready = siap
masthead-status-running = berjalan
masthead-status-paused = dijeda
masthead-status-finished = selesai

language-menu = Bahasa
    .title = Bahasa halaman ini
language-failed = Pesan dalam bahasa { $language } tidak dapat dimuat, jadi halaman tetap dalam bahasa Inggris.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Seed
footer-link = tautan ke simulasi ini
footer-same-run = tautan yang sama selalu menampilkan simulasi yang sama.

## Below the lot.


## Dialogs.

dialog-close = Tutup

## The help overlay: keyboard shortcuts.

help-title = Keyboard dan bantuan
# Key names; the other keys are shown as symbols or letters.
help-key-space = Spasi
help-key-enter = Enter pada { -station }
help-toggle-play = mulai, jeda, atau lanjutkan
help-step = langkah: tampilkan tepat satu peristiwa lagi
help-step-back = mundur satu peristiwa (memutar ulang simulasi)
help-reset = atur ulang simulasi
help-break = rusak { -task } { -station } itu
help-help = tampilkan atau sembunyikan bantuan ini
help-text = Setiap kontrol adalah tombol atau isian yang dapat Anda capai dengan Tab. Panel di bawah { -lot } dapat dilipat; arahkan kursor atau fokus ke istilah bergaris titik untuk melihat artinya. Tautan ke halaman ini membuka simulasi yang sama.

## The share dialog.

share-title = Bagikan simulasi ini
share-link = Tautan (semua parameter dan seed: selalu menampilkan simulasi ini)
share-copy-link = Salin tautan
share-lesson = buka pelajaran yang ditampilkan (tautan dan sematan)
share-embed = Sematkan di halaman atau slide
share-width = Lebar
share-height = Tinggi
# CSS pixels, after the width and the height.
share-px = px
share-compact = tata letak ringkas
share-autoplay = mulai saat dimuat
share-panels = Panel pengajaran di sematan
share-size-error = Lebar harus { $min_width } sampai { $max_width } px dan tinggi { $min_height } sampai { $max_height } px.
share-snippet = Cuplikan iframe
share-copy-snippet = Salin cuplikan
share-copied = Tersalin.
share-copy-failed = Browser tidak mengizinkan penyalinan: pilih teksnya dan salin secara manual.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = Vaksinasi di { -lot }: { -task } async di satu { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Mode fuzz
fuzz-heading = Mode fuzz:{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = { $actions } aksi acak, { $frames } bingkai diperiksa, { $problems ->
        [0] tidak ada masalah ditemukan
       *[other] { $problems } masalah
    }. Aksi terakhir:{" "}
fuzz-ledger = pembukuan: { $detail }
fuzz-conservation = kekekalan: { $detail }
fuzz-stations = { $shown } { -station } ditampilkan dari { $configured } yang diatur
fuzz-clock = jam menunjukkan { $clock } s sebelum peristiwa terakhir pada { $last } s
fuzz-unaccounted = selesai dengan { -dose } yang tidak tercatat

## The panel shown when the page stops.

panic-panel = Simulasi berhenti karena galat internal, dan halaman tidak lagi merespons. Muat ulang untuk memulai lagi. Detail: { $details }
