# The event log: its lines (one message per kind of event) and its controls.
#
# $station: a station's number; $box_no: a box's number; $seconds: the
# simulated time, with two decimals; counts of doses, boxes, stations,
# waits and tasks. $error is one of the log-error-* messages below.

## Controls.

log-panel = Log
    .aria-label = Log peristiwa
log-lines =
    .aria-label = Baris log peristiwa
# $kept lines are shown out of $total (always more than $kept).
log-kept-note = Menampilkan { $kept } baris terakhir dari { $total } baris; unduhan memuat semuanya.
# $error: what the browser said (may be English or technical).
log-download-failed = Unduhan gagal: { $error }
# The checkbox's label; the downloads then list every single shot too.
log-every-shot = setiap { -shot } dan setiap bangun di unduhan
log-download-text = Unduh .txt
log-download-csv = Unduh .csv
log-download-trace = Unduh trace
    .title = Simulasi sampai saat ini sebagai trace Chrome: buka di ui.perfetto.dev atau chrome://tracing

## Why a station's task raised an error. $shot counts from 1 within the box.

log-error-spoiled = { -dose } ke-{ $shot } dari { -box } ini rusak
log-error-broken = dirusak secara manual saat { -shot } ke-{ $shot }

## The lines, one per event.

# The supervisor takes a box from the depot for a station.
log-box-opened = { -station } { $station } membuka { -box } { $box_no } ({ $doses } { -dose }) pada detik { $seconds }; sisa { $depot_left } { -box } di { -depot }
# One shot (shown only in downloads with every shot).
log-shot = { -station } { $station } memberikan { -shot } dari { -box } { $box_no } pada detik { $seconds }; sisa { $doses_left } { -dose }
# A station's task returned: its box is empty. Reads like the print line
# of the classic asyncio example. $restarting: "yes" or "no".
log-box-done = { -box } vaksin { $box_no } selesai! { $doses_given } orang divaksin di { -station } { $station } dan waktu menunjukkan detik { $seconds } ({ $boxes_done } { -box } selesai). { $restarting ->
        [yes] Lanjut ke { -box } berikutnya.
       *[no] Tidak ada { -box } tersisa untuk { -station } ini.
    }
# Under the article's loop: its wait counter $wait (from 0) printed as the
# box's number; the real box follows in brackets.
log-box-done-wait = { -box } vaksin { $wait } selesai! { $doses_given } orang divaksin dan waktu menunjukkan detik { $seconds }. Lanjut ke { -box } berikutnya. [tunggu { $wait }: { -box } { $box_no } di { -station } { $station }]
# A station's task raised an error; the doses left in its box are wasted.
log-station-failed = { -station } { $station } gagal pada detik { $seconds }: { $error }; { $doses_wasted } { -dose } dari { -box } { $box_no } terbuang. { $restarting ->
        [yes] { -station(start: "upper") } dimulai ulang dengan { -box } baru.
       *[no] { -depot(start: "upper") } kosong, jadi { -station } tidak dimulai ulang.
    }
# The same under the article's loop ("exception" as Python says it).
log-station-failed-wait = { -task } { -station } { $station } mendapat eksepsi pada detik { $seconds }: { $error }; { $doses_wasted } { -dose } dari { -box } { $box_no } terbuang. { -task(start: "upper") } dimulai ulang dengan { -box } baru. [tunggu { $wait }]
# The supervisor resumed with the tasks that have returned (asyncio.wait's done set).
log-wake = { -supervisor } bangun pada detik { $seconds } dengan { $done } { -task } selesai
# The depot gave out its last box; $still_working stations are still busy.
log-depot-empty = { -depot } kosong pada detik { $seconds }; menunggu { $still_working } { -station } yang masih bekerja
# The article's loop made its last wait: asyncio.run (code) cancels the
# tasks still running.
log-loop-ended = loop telah menunggu { $waits } kali pada detik { $seconds } dan program berakhir: asyncio.run membatalkan { $cancelling } { -task } yang masih berjalan
# A task cancelled at the program's exit before giving a shot of its box.
log-cancelled-unstarted = { -task } { -station } { $station } dibatalkan pada detik { $seconds } sebelum { -shot } pertamanya dari { -box } { $box_no }: { $doses_discarded } { -dose } dibuang
# A task cancelled in the middle of its box.
log-cancelled = { -task } { -station } { $station } dibatalkan pada detik { $seconds } di tengah { -box } { $box_no }: { $doses_unreported } { -dose } diberikan tetapi tidak pernah dilaporkan, { $doses_discarded } { -dose } dibuang
# A box whose task returned and which a learner's program never reported.
log-box-unreported = { -box } { $box_no } dari { -station } { $station } hilang pada detik { $seconds }: { -task }nya sudah kembali tetapi program tidak pernah melaporkannya; { $doses_given } { -dose } diberikan tetapi tidak pernah dilaporkan, { $doses_wasted } { -dose } terbuang
# Every task has returned.
log-finished = selesai pada detik { $seconds }: { $boxes_done } { -box } selesai, { $boxes_failed } gagal; { $doses_given } { -dose } diberikan, { $doses_wasted } terbuang
