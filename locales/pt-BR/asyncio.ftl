# The executor and the task inspector in asyncio's words, shown when the
# Python listing comes first (code=python): each message is the twin of
# the one in panels.ftl without -asyncio.
#
# Kept as written in every language: await, Task, Task.__step,
# loop.call_later.

executor-explain-asyncio = Toda { -task } roda em uma só { -thread }, uma de cada vez: o { -event-loop } pega a { -task } do início da { -ready-queue } e executa sua corrotina; quando ela { $awaits } algo ainda não concluído, a { -task } devolve a { -thread }. Um { -station } dormindo não custa nada: um { $timer } encerra seu sono quando a { -shot } termina, um callback de conclusão devolve a { -task } à { -ready-queue }, e o { -event-loop } { $polls } a { -task }. { -timer(number: "other", start: "upper") } que vencem no mesmo instante disparam juntos, em uma só volta do { -event-loop }, e toda { -task } que eles acordam roda antes de qualquer { -task } que estas acordem.
executor-term-awaits-asyncio = aguarda
    .title = Suspende a corrotina até que o awaitable esteja concluído. Se ainda não estiver, a { -task } devolve a { -thread } ao { -event-loop }; um callback de conclusão devolve a { -task } à { -ready-queue } quando estiver.
executor-term-timer-asyncio = { -timer }
    .title = Uma entrada no heap de callbacks agendados do { -event-loop } (loop.call_later): no prazo, ela conclui o future do sono.
executor-term-polls-asyncio = retoma
    .title = Retoma a corrotina da { -task } onde ela parou no await, até o próximo await ainda não concluído ou até o seu return (o Task.__step do asyncio).
executor-wake-ok-asyncio = a { -task } do { -station } { $station } ({ -box } { $box_no }) retornou sua contagem
executor-wake-err-asyncio = a { -task } do { -station } { $station } ({ -box } { $box_no }) lançou: { $error }
inspector-explain-asyncio = { $tasks ->
        [worker] O worker de cada { -station } é uma Task, que processa uma { -box } após a outra, tiradas da fila.
       *[box] Cada { -box } que um { -station } processa é uma Task.
    } Uma Task está { $waiting } enquanto sua corrotina dorme, { $scheduled } depois que um callback de conclusão a devolveu, e { $running } enquanto o { -event-loop } executa sua corrotina. { $wakes } e passos se somam em todas as { -box(number: "other") } de um { -station }; a linha do { -supervisor } conta as { -box(number: "other") } que ele tratou. { -box(start: "upper") } aberta é o tempo simulado em que um { -station } teve uma { -box } aberta (sua Task dormindo entre { -shot(number: "other") } não custa nada à { -thread }), não tempo passado em execução; sem { -box } um { -station } fica ocioso até o { -supervisor } lhe dar uma.
inspector-term-scheduled-asyncio = na { -ready-queue }
    .title = Pronta para rodar: o { -event-loop } executa a { -ready-queue } a partir do início, um passo de Task por vez.
inspector-term-running-asyncio = em execução
    .title = A única Task cuja corrotina o { -event-loop } está executando agora.
inspector-term-wakes-asyncio = Despertares
    .title = Vezes em que a Task voltou à { -ready-queue } (nesta página, contadas pelo waker da sua gêmea em Rust).
