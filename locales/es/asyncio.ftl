# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Todas las { -task(number: "other") } se ejecutan en un solo { -thread }, de una en una: el { -event-loop } toma la { -task } que está al frente de su { -ready-queue } y ejecuta su corrutina hasta que { $awaits } algo que aún no ha terminado; entonces la { -task } devuelve el { -thread }. Una { -station } dormida no cuesta nada: un { $timer } pone fin a su sleep cuando termina la { -shot }, un callback de finalización vuelve a meter la { -task } en la { -ready-queue }, y el { -event-loop } { $polls } la { -task }. Los { -timer(number: "other") } que vencen en el mismo instante se disparan juntos, en una sola vuelta del { -event-loop }, y cada { -task } que despiertan se ejecuta antes que cualquier { -task } que estas despierten.
executor-term-awaits-asyncio = espera con await
    .title = Suspende la corrutina hasta que el awaitable termine. Si aún no ha terminado, la { -task } devuelve el { -thread } al { -event-loop }; cuando termina, un callback de finalización vuelve a meter la { -task } en la { -ready-queue }.
executor-term-timer-asyncio = { -timer }
    .title = Una entrada en el montículo de callbacks programados del { -event-loop } (loop.call_later): al llegar su plazo, da por terminado el future del sleep.
executor-term-polls-asyncio = ejecuta el siguiente paso de
    .title = Reanuda la corrutina de la { -task } donde hizo await, hasta su siguiente await sobre algo que aún no ha terminado, o hasta su return (Task.__step de asyncio).
executor-wake-ok-asyncio = la { -task } de la { -station } { $station } ({ -box } { $box_no }) devolvió su número de { -dose(number: "other") }
executor-wake-err-asyncio = la { -task } de la { -station } { $station } ({ -box } { $box_no }) lanzó una excepción: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] El trabajador de cada { -station } es una Task, que procesa { -box } tras { -box } de la cola.
       *[box] Cada { -box } que procesa una { -station } es una Task.
    } Una Task está { $waiting } mientras su corrutina duerme, { $scheduled } en cuanto un callback de finalización la ha vuelto a meter allí, y { $running } mientras el { -event-loop } ejecuta su corrutina. Los { $wakes } y los pasos se suman a lo largo de todas las { -box(number: "other") } de una { -station }; la fila del { -supervisor } cuenta las { -box(number: "other") } que atendió. «{ -box(start: "upper") } abierta» es el tiempo simulado que una { -station } tuvo una { -box } abierta (su Task, dormida entre { -shot(number: "other") }, no le cuesta nada al { -thread }), no el tiempo que pasó ejecutándose; sin { -box }, una { -station } está inactiva hasta que el { -supervisor } le da una.
inspector-term-scheduled-asyncio = en la { -ready-queue }
    .title = Lista para ejecutarse: el { -event-loop } recorre la { -ready-queue } desde delante, un paso de Task cada vez.
inspector-term-running-asyncio = en ejecución
    .title = La única Task cuya corrutina está ejecutando ahora el { -event-loop }.
inspector-term-wakes-asyncio = despertares
    .title = Veces que la Task volvió a la { -ready-queue } (en esta página, las cuenta el waker de su gemela en Rust).
