# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio. Only the build with lessons and
# Python carries them (a class reading Python opens that build).
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Todas las tareas se ejecutan en un solo hilo, de una en una: el bucle de eventos toma la tarea que está al frente de su cola de tareas listas y ejecuta su corrutina hasta que { $awaits } algo que aún no ha terminado; entonces la tarea devuelve el hilo. Un puesto dormido no cuesta nada: un { $timer } pone fin a su sleep cuando termina la inyección, un callback de finalización vuelve a meter la tarea en la cola de tareas listas, y el bucle { $polls } la tarea. Los temporizadores que vencen en el mismo instante se disparan juntos, en una sola vuelta del bucle, y cada tarea que despiertan se ejecuta antes que cualquier tarea que estas despierten.
executor-term-awaits-asyncio = espera con await
    .title = Suspende la corrutina hasta que el awaitable termine. Si aún no ha terminado, la tarea devuelve el hilo al bucle de eventos; cuando termina, un callback de finalización vuelve a meter la tarea en la cola de tareas listas.
executor-term-timer-asyncio = temporizador
    .title = Una entrada en el montículo de callbacks programados del bucle de eventos (loop.call_later): al llegar su plazo, da por terminado el future del sleep.
executor-term-polls-asyncio = ejecuta el siguiente paso de
    .title = Reanuda la corrutina de la tarea donde hizo await, hasta su siguiente await sobre algo que aún no ha terminado, o hasta su return (Task.__step de asyncio).
executor-wake-ok-asyncio = la tarea del puesto { $station } (caja { $box_no }) devolvió su número de dosis
executor-wake-err-asyncio = la tarea del puesto { $station } (caja { $box_no }) lanzó una excepción: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] El worker de cada puesto es una Task, que procesa caja tras caja de la cola.
       *[box] Cada caja que procesa un puesto es una Task.
    } Una Task está { $waiting } mientras su corrutina duerme, { $scheduled } en cuanto un callback de finalización la ha vuelto a meter allí, y { $running } mientras el bucle de eventos ejecuta su corrutina. Los { $wakes } y los pasos se suman a lo largo de todas las cajas de un puesto; la fila del supervisor cuenta las cajas que atendió. «Caja abierta» es el tiempo simulado que un puesto tuvo una caja abierta (su Task, dormida entre inyecciones, no le cuesta nada al hilo), no el tiempo que pasó ejecutándose; sin caja, el puesto espera al supervisor.
inspector-term-scheduled-asyncio = en la cola de tareas listas
    .title = Lista para ejecutarse: el bucle de eventos recorre la cola de tareas listas desde delante, un paso de Task cada vez.
inspector-term-running-asyncio = en ejecución
    .title = La única Task cuya corrutina está ejecutando ahora el bucle de eventos.
inspector-term-wakes-asyncio = despertares
    .title = Veces que la Task volvió a la cola de tareas listas (en esta página, las cuenta el waker de su gemela en Rust).
