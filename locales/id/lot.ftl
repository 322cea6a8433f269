# The parking lot's drawing (its SVG text, tooltips and accessible names),
# the sentence on breaking a station, and the narration that screen readers
# announce. $seconds is the simulated time with two decimals.

## The drawing as a whole.

# The accessible name of the drawing of up to 100 stations.
lot-drawing =
    .aria-label = { -lot(start: "upper") }: { $stations } { -station }, { $depot } { -box } di { -depot }, { $doses_given } { -dose } diberikan
# The accessible name of the canvas drawing more than 100 stations.
lot-canvas =
    .aria-label = { $stations } { -station }: { $working } bekerja, { $boxes_done } { -box } selesai, { $boxes_failed } gagal

## The depot of boxes.

lot-depot-title = { -depot(start: "upper") }
# Below the number of boxes left; the number is shown above, so the
# selector only keeps $count.
lot-depot-unit = { $count ->
       *[other] { -box } tersisa
    }
# The accessible name of the depot beside the canvas.
lot-depot =
    .aria-label = { -depot(start: "upper") }: sisa { $count } { -box }
# Boxes taken after the depot ran out: shown beside a dashed box.
lot-depot-beyond = +{ $count } berlebih

## A station: its name, its state, its tooltip. $state: idle, working,
## failed, done or cancelled.

lot-station-name = { -station(start: "upper") } { $station }
# The state written in the station's booth.
lot-station-state = { $state ->
        [idle] menganggur
        [working] menyuntik
        [failed] gagal
        [done] selesai
       *[cancelled] dibatalkan
    }
# The tooltip of a booth; $state_label is one of lot-station-state.
lot-station-booth-title = { -station(start: "upper") } { $station }, { $state_label }, sisa { $remaining } { -dose }
# The tooltip of a small tile, in the engine's words for the states.
lot-station-tile-title = { -station(start: "upper") } { $station }, { $state ->
        [idle] menganggur
        [working] bekerja
        [failed] gagal
        [done] selesai
       *[cancelled] dibatalkan
    }
# Beside a station whose task raised an error; $error is one of log-error-*.
lot-failure-restarted = { $error }: dimulai ulang
lot-failure-restarting = { $error }: akan dimulai ulang
lot-failure-not-restarted = { $error }: tidak dimulai ulang

## The banner at the end of a run.

# The article's loop ended with tasks cancelled in the middle of a box.
lot-finished-mid-box = Loop berakhir di tengah { -box }
lot-finished-mid-box-detail = { $doses_unreported } { -dose } tidak pernah dilaporkan, { $doses_discarded } dibuang
# Every other run ends when every box is used.
lot-finished-all-used = Semua { -box } terpakai
lot-finished-all-used-detail = { $doses_given } { -dose } diberikan, { $doses_wasted } terbuang
# Below the canvas: the banner's title and detail in one sentence.
lot-finished-note = { $title }: { $detail }.

## Below the drawing: how to break a station by hand.

lot-break-hint = Eksperimen: klik { -station } yang sedang bekerja (atau fokuskan lalu tekan Enter) untuk merusak { -task }nya sekarang. { -supervisor(start: "upper") } melaporkan galat itu, menghitung { -dose } yang tersisa di { -box } sebagai terbuang, lalu memulai ulang { -station } tersebut. Putar ulang dan tautan mengulangi kerusakan yang sama.

## The narration, announced to screen readers at most every two seconds.

lot-narration-ready = Siap. Tekan spasi untuk mulai.
lot-narration-running = Berjalan.
lot-narration-paused = Dijeda pada detik { $seconds }.
# What changed since the last announcement: boxes done, stations failed,
# or both (lot-narration-done-and-failed joins the two).
lot-narration-done = { $count } { -box } selesai
lot-narration-failed = { $count } { -station } gagal
lot-narration-done-and-failed = { $done }, { $failed }
# $changes is one of the three messages above.
lot-narration-progress = { $changes } pada detik { $seconds }; { $doses_given } { -dose } diberikan, sisa { $depot } { -box } di { -depot }.
lot-narration-finished = Selesai pada detik { $seconds }: { $doses_given } { -dose } diberikan, { $doses_wasted } terbuang, { $boxes_done } { -box } selesai, { $boxes_failed } { -box } gagal.
# Added after lot-narration-finished when the article's loop ended with
# tasks cancelled in the middle of their boxes.
lot-narration-cancelled = Loop berakhir dengan { $tasks } { -task } dibatalkan di tengah { -box }: { $doses_unreported } { -dose } tidak pernah dilaporkan, { $doses_discarded } { -dose } dibuang.
# Two sentences, one after the other.
lot-narration-sentences = { $first } { $second }

## The one thread, under the lot: who holds it at the latest event, who
## waits for it, and who held it last.

thread-title = { -thread(start: "upper") } tunggal
# A working station's booth: its task holds the thread, sleeps until its
# next shot, or waits in the ready queue.
lot-station-on-thread = di { -thread }
lot-station-asleep = tidur
lot-station-ready = siap, mengantre
thread-running-label = Di { -thread }:
thread-loop = { -event-loop }, menunggu { -timer } berikutnya
thread-ready-label = { -ready-queue(start: "upper") } (depan lebih dulu):
thread-ready-empty = kosong: setiap { -task } tidur atau selesai
thread-ready-more = +{ $count } lagi
thread-turns-label = Giliran terakhir:
thread-task-supervisor = { -supervisor(start: "upper") }
thread-task-box = { -task(start: "upper") } { -box } { $box_no }
thread-task-callback = Sebuah callback
# A station's short name in the strip of turns ("P" for pos).
thread-task-station-short = P{ $station }
thread-turn-polls = ×{ $polls }
thread-turn-held = { $seconds } s
thread-turn-detail = { $polls } poll, { $events } peristiwa
