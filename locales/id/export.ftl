# Export for slides: the lot as a video (WebM), an animated GIF, or the
# moment on screen as a still picture (PNG). Times are seconds of the
# run's simulated time; "speed" is simulated seconds per second of video.

export-title = Ekspor untuk slide
export-intro = { -lot(start: "upper") } seperti yang tampil di slide Anda: pilih rentang waktu simulasi, ukuran, dan kecepatan, lalu ekspor sebagai video (WebM) atau GIF animasi, atau simpan momen di layar sebagai gambar (PNG).
export-from = Dari (s)
export-to = Sampai (s)
# $end: the latest time that can be exported, in seconds.
export-range-hint = Momen mana pun dari 0 sampai { $end } s waktu simulasi dapat diekspor.
export-width = Lebar
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } px
export-speed = Kecepatan
# Simulated seconds shown per second of video.
export-speed-option = { $speed } s simulasi per detik
# $seconds is the video's length.
export-frames = { $frames } bingkai, { $fps } per detik: video { $seconds } s
export-webm = Ekspor video (WebM)
export-gif = Ekspor GIF
export-png = Simpan momen ini (PNG)
export-preview =
    .aria-label = Pratinjau bingkai pertama
# The progress bar's label while frames are made.
export-progress = Bingkai { $done } dari { $total }
# $file is the file's name.
export-done = { $file } tersimpan: { $frames } bingkai.
export-still-done = { $file } tersimpan.
# $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] Dari
       *[to] Sampai
    }: “{ $given }” bukan jumlah detik.
export-error-out-of-run = { $field ->
        [from] Dari
       *[to] Sampai
    } harus antara 0 dan { $end } s.
export-error-empty = Sampai harus lebih lambat daripada Dari.
export-error-speed = Pilih salah satu kecepatan yang tersedia.
export-error-too-many = Itu { $frames } bingkai, padahal satu ekspor paling banyak { $max }: perpendek rentangnya atau pilih kecepatan yang lebih tinggi.
export-error-no-webm = Browser ini tidak dapat merekam video WebM; GIF dan gambar tetap bisa.
export-error-failed = Ekspor terhenti: { $detail }
