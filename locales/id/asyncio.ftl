# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio.
#
# Kept as written: await, Task, Task.__step, loop.call_later.

executor-explain-asyncio = Setiap { -task } berjalan di satu { -thread }, satu per satu: { -event-loop } mengambil { -task } di depan { -ready-queue } dan menjalankan korutinnya sampai korutin itu { $awaits } sesuatu yang belum selesai; lalu { -task } itu mengembalikan { -thread }. { -station(start: "upper") } yang sedang tidur tidak memakan apa-apa: sebuah { $timer } mengakhiri tidurnya saat { -shot } selesai, sebuah done callback memasukkan { -task } itu kembali ke { -ready-queue }, lalu loop { $polls } { -task } itu. { -timer(start: "upper") } yang jatuh tempo pada saat yang sama dipicu bersamaan, dalam satu putaran loop, dan setiap { -task } yang dibangunkannya berjalan lebih dulu daripada { -task } yang kemudian dibangunkan oleh { -task } tersebut.
executor-term-awaits-asyncio = meng-await
    .title = Menangguhkan korutin sampai awaitable selesai. Jika belum selesai, { -task } mengembalikan { -thread } ke { -event-loop }; saat awaitable selesai, sebuah done callback memasukkan { -task } kembali ke { -ready-queue }.
executor-term-timer-asyncio = { -timer }
    .title = Entri di heap callback terjadwal milik { -event-loop } (loop.call_later): pada tenggatnya, entri ini menyelesaikan future milik tidur itu.
executor-term-polls-asyncio = menjalankan langkah berikutnya dari
    .title = Melanjutkan korutin { -task } dari tempat ia meng-await, sampai await berikutnya yang belum selesai, atau sampai return (Task.__step di asyncio).
executor-wake-ok-asyncio = { -task } { -station } { $station } ({ -box } { $box_no }) mengembalikan hitungannya
executor-wake-err-asyncio = { -task } { -station } { $station } ({ -box } { $box_no }) memunculkan eksepsi: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] Worker setiap { -station } adalah satu Task, yang mengerjakan { -box } demi { -box } dari antrean.
       *[box] Setiap { -box } yang dikerjakan sebuah { -station } adalah satu Task.
    } Sebuah Task berstatus { $waiting } selama korutinnya tidur, { $scheduled } setelah done callback memasukkannya kembali, dan { $running } selama { -event-loop } menjalankan korutinnya. { $wakes } dan langkah dijumlahkan atas semua { -box } sebuah { -station }; baris { -supervisor } menghitung { -box } yang ditanganinya. { -box(start: "upper") } terbuka adalah waktu simulasi selama sebuah { -station } membuka { -box } (Task-nya yang tidur di antara { -shot } tidak membebani { -thread }), bukan waktu berjalan; tanpa { -box }, sebuah { -station } menganggur sampai { -supervisor } memberinya satu.
inspector-term-scheduled-asyncio = di { -ready-queue }
    .title = Siap berjalan: { -event-loop } menjalankan { -ready-queue } dari depan, satu langkah Task sekali jalan.
inspector-term-running-asyncio = berjalan
    .title = Satu-satunya Task yang korutinnya sedang dijalankan { -event-loop }.
inspector-term-wakes-asyncio = Bangun
    .title = Berapa kali Task dimasukkan kembali ke { -ready-queue } (di halaman ini, dihitung oleh waker kembarannya di Rust).
