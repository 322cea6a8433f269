# The teaching panels below the lot: the executor view, the task
# inspector, the charts and the code view's labels.
#
# Kept as written in every language: code (await, asyncio.wait,
# FuturesUnordered, JoinHandle, Task, Ok, Err, Pending, Ready), the
# policies' constants (FIRST_COMPLETED, ALL_COMPLETED) and asyncio's class
# names (TaskGroup, Semaphore, Queue).
#
# Station and box numbers ($station, $box_no, $shot, $wait) come as text.
# Every other number comes as a number; a count selects plural forms.

## Shared by the panels: a glossary term's definition, read out after
## the term by screen readers ($definition is the term's .title).

panels-term-spoken = {" "}({ $definition })
panels-list-separator = {", "}

## The executor view.

executor-title = O { -executor }
executor-explain = Toda { -task } roda em uma só { -thread }, uma de cada vez. Uma { -task } { $awaits } um future que ainda não está pronto e por isso cede a { -thread } até que o future a acorde. Um { -station } dormindo não custa nada: um { $timer } acorda a { -task } dele quando a { -shot } termina, e o { -executor } { $polls } essa { -task }. { -timer(number: "other", start: "upper") } que vencem no mesmo instante disparam juntos, em uma só volta do laço, e toda { -task } que eles acordam roda antes de qualquer { -task } que estas acordem.
executor-term-awaits = aguarda
    .title = Pede o valor a um future. Se ele não estiver pronto, a { -task } cede a { -thread } até que o future a acorde; se estiver pronto, o valor volta na hora e a { -task } segue rodando.
executor-term-timer = { -timer }
    .title = Uma entrada na fila do relógio: no prazo, ela acorda a { -task } que a criou.
executor-term-polls = sonda
    .title = Executa uma { -task } até que ela precise esperar de novo (retorna Pending) ou termine (retorna Ready).

## The supervisor's policy, one sentence each.

executor-policy-first = Política FIRST_COMPLETED: o { -supervisor } aguarda o conjunto inteiro e acorda assim que uma { -task } retorna. Ele pega toda { -task } que já retornou, o seu conjunto de concluídas, relata-as na ordem dos { -station(number: "other") }, reinicia cada { -station } na hora e volta a aguardar o conjunto.
executor-policy-all = Política ALL_COMPLETED: o { -supervisor } relata cada conjunto de concluídas quando ele chega, mas só reabastece quando o lote inteiro retornou, então os { -station(number: "other") } que terminam cedo ficam ociosos.
executor-policy-queue = Política da fila de conclusões: cada { -task } de { -station } concluída entra em uma fila (no Python, um callback de conclusão a põe em uma asyncio.Queue; no Rust, a { -task } envia seu resultado por um canal), e o { -supervisor } as tira uma a uma, na ordem em que terminaram, e reinicia cada { -station }.
executor-policy-article = Política do laço do artigo: ele espera com FIRST_COMPLETED tantas vezes quantas são as { -box(number: "other") }, contando esperas em vez de { -box(number: "other") }, reinicia toda { -task } de cada conjunto de concluídas mesmo quando não resta { -box }, e quando o laço termina o programa termina também: asyncio.run cancela as { -task(number: "other") } ainda em execução, no meio da { -box }.
executor-policy-taskgroup = Política TaskGroup + Semaphore: uma { -task } para cada { -box }, criada de saída; o semáforo deixa trabalhar tantas quantos são os { -station(number: "other") }, e cada uma pega o { -station } livre de menor número. Cada { -task } captura a falha do seu { -station } e a relata: uma exceção não capturada cancelaria o grupo inteiro.
executor-policy-workers = Política workers + Queue: uma { -task } de longa duração por { -station } pega { -box(number: "other") } de uma fila preenchida de saída até ela se esvaziar, capturando uma falha e seguindo com a próxima { -box }.
executor-queue-same = Nesta execução, isso dá as mesmas { -shot(number: "other") } e as mesmas { -box(number: "other") }, nos mesmos instantes, que FIRST_COMPLETED.
executor-queue-differs = Nesta execução, ela difere de FIRST_COMPLETED: { $same_end ->
        [yes] as duas terminam em { $seconds } s, mas suas { -box(number: "other") } vão para outros { -station(number: "other") }
       *[no] ela termina em { $seconds } s, FIRST_COMPLETED em { $first_seconds } s
    }.

## A station that never awaits ($station: its number).

executor-blocking = O { -station } { $station } bloqueia a { -thread }: ele faz cada { -shot } sem await, então cada uma das suas { -box(number: "other") } roda do início ao fim em uma só sondagem, e nenhuma outra { -task } roda enquanto isso. Os { -timer(number: "other") } dos outros { -station(number: "other") } vencem, mas não podem disparar até que ele solte a { -thread }; então disparam juntos, atrasados, em uma só volta do laço. A execução segue o laço do asyncio volta a volta, e um teste a confere com o CPython.
executor-share-none = Nesta execução, os outros { -station(number: "other") } nunca fizeram uma { -shot }: o { -station } { $station } pegou todas as { -box(number: "other") }, uma após a outra, e nunca soltou a { -thread }.
executor-share-exact = Nesta execução, o { -station } { $station } retornou { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }, e entre duas delas os outros { -station(number: "other") } fizeram { $shots ->
        [0] nenhuma { -shot }
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } no total, toda vez.
executor-share-range = Nesta execução, o { -station } { $station } retornou { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }; entre duas delas os outros { -station(number: "other") } fizeram de { $fewest } a { $most ->
        [one] { $most } { -shot }
       *[other] { $most } { -shot(number: "other") }
    } no total, { $mean } em média.
executor-share-one-box = Nesta execução, o { -station } { $station } retornou uma única { -box }; os outros { -station(number: "other") } fizeram { $shots ->
        [0] nenhuma { -shot }
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } na execução inteira.

## The awaited set ($kind: one of the executor-awaited-kind-… messages).

executor-awaited-set = { -awaited-set(start: "upper") }
executor-awaited-count = ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    }, { $kind })
executor-awaited-kind-channel = { -task(number: "other") } que enviam a um canal
executor-awaited-kind-taskgroup = { -task(number: "other") } de { -station } de um grupo de { -task(number: "other") }
executor-awaited-kind-workers = as { -box(number: "other") } atuais dos workers
executor-awaited-kind-futures = um FuturesUnordered
executor-awaited-task = { -station } { $station } · { -box } { $box_no }
executor-awaited-more = +{ $count } a mais
executor-awaited-empty = vazio
executor-done-set = Último conjunto de concluídas
executor-done-count = ({ $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    } em { $seconds } s)
executor-done-task = { -station } { $station } · { -box } { $box_no }
executor-done-empty = o { -supervisor } ainda não acordou
executor-done-unreported = retornou; o { -supervisor } a relata em seguida
executor-done-several = Várias { -task(number: "other") } em um só conjunto de concluídas: seus { -timer(number: "other") } dispararam juntos, em uma só volta do laço, e cada { -task } retornou antes de o { -supervisor } acordar; asyncio.wait devolve toda { -task } que já estiver concluída nesse momento.

## The timer queue.

executor-timers = { -timer-queue(start: "upper") }, o mais próximo primeiro
executor-timer = { $seconds } s → acorda o { -station } { $station }
executor-timers-empty = nenhum { -timer }

## The supervisor's wakes, one line each.

executor-wakes = Despertares do { -supervisor }, os mais recentes primeiro
executor-reports = { -box(number: "other", start: "upper") } relatadas pelas próprias { -task(number: "other") }, as mais recentes primeiro
executor-wake-time = { $seconds } s
executor-wake-wait = espera { $wait } da contagem do laço
executor-wake-ok = a { -task } do { -station } { $station } ({ -box } { $box_no }) retornou Ok
executor-wake-err = a { -task } do { -station } { $station } ({ -box } { $box_no }) retornou Err: { $error }
executor-error-spoiled = a { -dose } { $shot } da { -box } estragou
executor-error-broken = quebra manual durante a { -shot } { $shot }
# $stations: the pending stations' numbers, joined by panels-list-separator.
executor-wake-pending = ainda pendentes: { $stations }
executor-pending-none = nenhum
executor-pending-more = e mais { $count }
executor-wake-pushed = adicionou { $tasks }
executor-pushed-task = { -station } { $station } com a { -box } { $box_no }
executor-wake-no-box = nenhuma { -box } nova ainda
executor-wake-depot-empty = nada adicionado ({ -depot } vazio)
executor-report-taskgroup-next = a { -task } da { -box } libera o { -station } { $station } e a sua permissão; a { -task } da próxima { -box } pega o { -station } livre de menor número
executor-report-taskgroup-last = não resta nenhuma { -box }, então o { -station } { $station } fica livre
executor-report-workers-next = o worker pega a próxima { -box } da fila
executor-report-workers-last = a fila está vazia, então o worker retorna

## The task inspector.

inspector-title = { -inspector(start: "upper") }
inspector-too-many = O { -inspector } lista as { -task(number: "other") } de execuções de até { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
inspector-explain = { $tasks ->
        [worker] O worker de cada { -station } é uma { -task }, que processa uma { -box } após a outra, tiradas da fila.
       *[box] Cada { -box } que um { -station } processa é uma { -task }.
    } Uma { -task } está { $waiting } enquanto dorme, { $scheduled } depois de acordada, e { $running } enquanto a { -thread } a sonda. { $wakes } e sondagens se somam em todas as { -box(number: "other") } de um { -station }; a linha do { -supervisor } conta as { -box(number: "other") } que ele tratou. { -box(start: "upper") } aberta é o tempo simulado em que um { -station } teve uma { -box } aberta (sua { -task } dormindo entre { -shot(number: "other") } não custa nada à { -thread }), não tempo passado dentro de sondagens; sem { -box } um { -station } fica ocioso até o { -supervisor } lhe dar uma.
inspector-term-waiting = dormindo
    .title = Fora da { -thread } até que algo a acorde: a { -task } de um { -station } no { -timer } da sua { -shot }, o { -supervisor } nas { -task(number: "other") } que ele aguarda. (Um { -station } sem { -box } aberta está ocioso, não dormindo.)
inspector-term-scheduled = agendada
    .title = Acordada e na fila atrás das { -task(number: "other") } acordadas antes dela; o { -executor } as sonda na ordem.
inspector-term-running = em execução
    .title = Sendo sondada: a única { -task } que a { -thread } está executando.
inspector-term-wakes = Despertares
    .title = Chamadas ao waker da { -task }: cada uma pede ao { -executor } que a sonde de novo.

## The table's columns; [s] marks seconds.

inspector-column-task = { -task(start: "upper") }
inspector-column-state = Estado
inspector-column-polls = Sondagens
inspector-column-wakes = Despertares
inspector-column-boxes = { -box(number: "other", start: "upper") }
inspector-column-failures = Falhas
inspector-column-restarts = Reinícios
inspector-column-box-open = { -box(start: "upper") } aberta [s]
inspector-column-waiting = Sem { -box } [s]

## A task's state, as the State column shows it.

inspector-state-waiting = dormindo
inspector-state-scheduled = agendada
inspector-state-running = em execução
inspector-state-done = concluída
inspector-state-failed = falhou

## The rows' names.

inspector-supervisor = { -supervisor }
inspector-task-station = { -station } { $station }
inspector-task-box = { -station } { $station } ({ -box } { $box_no })
inspector-task-worker = { -station } { $station } (worker)
inspector-task-box-task = { -station } { $station } ({ -task } da { -box } { $box_no })

## The tasks that finished last.

inspector-finished = Recém-concluídas
inspector-finished-box = { -station } { $station } ({ -box } { $box_no }): concluída após { $polls ->
        [one] { $polls } sondagem
       *[other] { $polls } sondagens
    } e { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-worker = worker do { -station } { $station }: concluído após { $polls ->
        [one] { $polls } sondagem
       *[other] { $polls } sondagens
    } e { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-box-task = { -task } da { -box } { $box_no }: concluída após { $polls ->
        [one] { $polls } sondagem
       *[other] { $polls } sondagens
    } e { $wakes ->
        [one] { $wakes } despertar
       *[other] { $wakes } despertares
    }
inspector-finished-none = nenhuma { -task } terminou ainda

## The charts.

charts-title = Gráficos
charts-time-axis = segundos simulados
# A tick of ten thousand or more, in thousands ("20 mil").
charts-tick-thousands = { $thousands } mil
charts-station = { -station } { $station }

charts-doses-caption = { -dose(number: "other", start: "upper") } aplicadas ao longo do tempo, comparadas ao ritmo esperado pelo modelo (tracejado)
charts-doses =
    .aria-label = { $given } de { $total ->
        [one] { $total } { -dose } aplicada
       *[other] { $total } { -dose(number: "other") } aplicadas
    } após { $seconds } segundos; tempo total esperado: { $expected } segundos

charts-gantt-too-many = O gráfico de Gantt mostra execuções de até { $limit ->
        [one] { $limit } { -station }
       *[other] { $limit } { -station(number: "other") }
    }.
charts-gantt-caption = { -box(number: "other", start: "upper") } por { -station } ao longo do tempo; { -box(number: "other") } com falha em vermelhão, com borda tracejada
charts-gantt-truncated = {" "}(primeiras { $limit ->
        [one] { $limit } { -box }
       *[other] { $limit } { -box(number: "other") }
    })
charts-gantt =
    .aria-label = Gráfico de Gantt de { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } em { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
# A bar's tooltip: a box's time at its station, from $start to $end seconds.
charts-gantt-bar = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s
charts-gantt-bar-failed = { -station } { $station }, { -box } { $box_no }: { $start }–{ $end } s (falhou)

charts-utilisation-summary = Utilização: média de { $mean }%, mínima de { $least }% em { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }.
charts-utilisation-caption = Utilização: a fração do tempo decorrido em que cada { -station } teve uma { -box } aberta
charts-utilisation =
    .aria-label = Utilização por { -station }
charts-percent = { $percent }%

## The policy comparison.

charts-comparison-too-large = A comparação de políticas cobre execuções de até { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }.
charts-comparison-caption = A mesma semente sob cada política do { -supervisor } (execuções inteiras, repetidas na página)
charts-comparison-policy = Política
charts-comparison-makespan = Tempo total
charts-comparison-busy = Tempo com { -box } aberta
charts-comparison-boxes-opened = { -box(number: "other", start: "upper") } abertas
charts-comparison-doses-vanished = { -dose(number: "other", start: "upper") } sumidas
charts-seconds = { $seconds } s

## The code view. The listings are code and stay as written.

code-title = O código
# $await: the keyword, shown as code; $parked: code-parked.
code-explain = O Rust é o código-fonte compilado nesta página; o Python é o mesmo programa em asyncio, um arquivo que roda como está e é conferido com este motor no CPython. Uma { -task } só pode pausar em um { $await }, e só se o que ela aguarda não estiver pronto: { $parked } O destaque vem do último evento.{" "}
# $stations: one of code-parked-stations…; $supervisor: one of code-parked-supervisor-….
code-parked = { $stations }, e { $supervisor }.
code-parked-stations = toda { -task } de { -station } está parada no seu sono
code-parked-stations-blocking = toda { -task } de { -station }, exceto a do { -station } { $station }, está parada no seu sono (o { -station } { $station } nunca dá await, então nunca fica parado: ele segura a { -thread } durante a { -box } inteira)
code-parked-supervisor-set = o { -supervisor } na sua espera pelo conjunto
code-parked-supervisor-queue = o { -supervisor } na sua leitura da fila
code-parked-supervisor-semaphore = as { -task(number: "other") } de { -box } sem { -station } no semáforo
code-parked-supervisor-workers = o { -supervisor } na sua espera pelos workers
code-resumed-station = Retomada por último: a { -task } do { -station } { $station }, no seu await.
code-resumed-supervisor = Retomado por último: o { -supervisor }, no seu await.
code-resumed-none = Nada rodou ainda.
code-rust = Rust (este app)
code-python = Python asyncio
code-show-python-first = Mostrar Python primeiro
code-show-rust-first = Mostrar Rust primeiro
code-whole-file = O arquivo asyncio inteiro, com as funções auxiliares
code-download = Baixar o arquivo (ele roda: python3 vaccination_lot.py)
# A listing's accessible name.
code-listing =
    .aria-label =
        { $language ->
            [rust] Rust
           *[python] Python
        } do { $role ->
            [station] { -station }
           *[supervisor] { -supervisor }
        }

## Notes beside the awaits and the marked mistakes.

code-stations-waiting =
    { $count ->
        [0] nenhuma { -task } de { -station } esperando
        [one] { $count } { -task } de { -station } espera aqui
       *[other] { $count } { -task(number: "other") } de { -station } esperam aqui
    }
code-supervisor-waits = o { -supervisor } espera aqui
code-supervisor-returned = o { -supervisor } retornou
code-mistake-counts-waits = conta esperas, não { -box(number: "other") }
code-mistake-new-box = uma { -box } nova mesmo quando não resta nenhuma
code-mistake-program-ends = o programa termina: { -task(number: "other") } canceladas no meio da { -box }
code-mistake-cancelled = { -task(number: "other") } canceladas no meio da { -box }

## Where the Rust twin and asyncio differ ($next, $wait, $handle,
## $task: code, shown as written).

code-differences = Onde os gêmeos diferem: { $next } devolve uma saída por vez, então o { -supervisor } em Rust esvazia o conjunto, sondando-o até que fique pendente, para pegar toda { -task } que retornou: o conjunto de concluídas que { $wait } retorna. Ele sonda só os futures que foram acordados, enquanto { $wait } registra um callback em cada { -task } a cada chamada. Descartar um { $handle } aqui cancela a sua { -task }; descartar uma { $task } do asyncio não a cancela, mas o { -event-loop } guarda só uma referência fraca, então uma { -task } que ninguém segura pode sumir antes de terminar: o Python guarda todas.
code-real-time = O relógio desta página é virtual: o tempo salta de um { -timer } para o próximo, todo prazo é cumprido ao microssegundo, e nada se atrasa. O asyncio real difere de duas formas. No Linux, o seu seletor arredonda a espera para cima, em milissegundos inteiros, então { -timer(number: "other") } que vencem com menos de um milissegundo de diferença muitas vezes disparam na mesma volta, e { $wait } devolve as duas { -task(number: "other") } em um só conjunto de concluídas: duas { -task(number: "other") } com prazos a 0,3 ms uma da outra fizeram isso de 82 a 85 vezes em 100 na medição. E toda volta do laço custa tempo real, então uma { -box } de 100 { -shot(number: "other") } de 1–100 ms termina cerca de 2% atrasada. O arquivo Python, rodado sozinho, mostra as duas coisas; python/real_time.py as mede.

## The Python view: the listing run in real CPython (Pyodide) in a
## worker, on the run on screen. $version: Python's version (3.14.0);
## $loaded, $total: sizes in megabytes, one decimal.

python-title = A listagem no CPython real
python-intro = A listagem asyncio roda aqui no CPython real, compilado para WebAssembly, com um relógio virtual, alimentada com os sorteios e as quebras da execução na tela; a página então compara as duas execuções evento a evento. A primeira execução baixa o Python; nada mais na página espera por ele.
python-run = Rodar no CPython
