### The Python view's own supervisor: a learner's program run on CPython,
### and the panels while its recorded run plays. In the build with the
### lessons and the Python view only (crates/model/build.rs).

# The executor panel while a learner's recorded program plays.
executor-program-note = O seu { -supervisor }, gravado no CPython: o { -awaited-set } e os despertares vêm das chamadas dele a asyncio.wait.
# The awaited set's kind ($kind of executor-awaited-count) while a program plays.
executor-awaited-kind-program = { -task(number: "other") } que o seu { -supervisor } aguarda
# The task inspector while a program plays.
own-inspector-note = As { -task(number: "other") } do seu { -supervisor } rodaram no CPython: as { -box(number: "other") } e os tempos abaixo vêm da execução dele; sondagens e despertares são contados apenas no { -executor } da própria página.
executor-program-timers = Uma execução gravada não guarda { -timer-queue }: a visão do próprio asyncio mostra o que cada { -task } aguarda.
# The Python view: the learner's own supervisor.
own-title = O seu próprio { -supervisor }
own-intro = Altere o { -supervisor } abaixo e rode-o no CPython real, com os { -station(number: "other") } e os sorteios da execução na tela. A página então reproduz a sua execução como qualquer outra e conta cada { -dose }.
own-editor-label = O seu { -supervisor }, em Python
own-editor-failed = O editor de código não carregou ({ $reason }); um campo de texto simples o substitui.
own-run = Rodar o meu
own-reset = Recomeçar do laço do artigo
own-failed = O seu programa não rodou: { $error }
own-too-large = Esta execução é grande demais para um programa: os sorteios de cada { -station } e { -box } somariam { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    }, e no máximo { $limit } são repassadas. Escolha menos { -station(number: "other") }, { -box(number: "other") } ou { -dose(number: "other") }.
own-raised = O seu programa terminou com uma exceção: { $error }
own-summary = Execução do seu { -supervisor }: { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }; { $reported ->
        [one] { $reported } { -dose } relatada
       *[other] { $reported } { -dose(number: "other") } relatadas
    } de { $given } aplicadas; { $lost ->
        [one] { $lost } { -dose } perdida
       *[other] { $lost } { -dose(number: "other") } perdidas
    }.
own-lost-cancelled = { -station } { $station }, { -box } { $box_no }: ainda em execução quando o programa terminou, então asyncio.run a cancelou; { $unreported ->
        [one] { $unreported } { -dose } aplicada e nunca relatada
       *[other] { $unreported } { -dose(number: "other") } aplicadas e nunca relatadas
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } descartada
       *[other] { $thrown_away } { -dose(number: "other") } descartadas
    }
own-lost-unreported = { -station } { $station }, { -box } { $box_no }: a sua { -task } retornou e o programa nunca a relatou; { $unreported ->
        [one] { $unreported } { -dose } aplicada e nunca relatada
       *[other] { $unreported } { -dose(number: "other") } aplicadas e nunca relatadas
    }, { $thrown_away ->
        [one] { $thrown_away } { -dose } desperdiçada
       *[other] { $thrown_away } { -dose(number: "other") } desperdiçadas
    }
own-pending-at-exit = { $tasks ->
        [one] { $tasks } { -task } ainda estava pendente
       *[other] { $tasks } { -task(number: "other") } ainda estavam pendentes
    } quando o programa terminou, com { $doses ->
        [one] { $doses } { -dose }
       *[other] { $doses } { -dose(number: "other") }
    }.
own-never-retrieved = { $task } lançou { $error }, e ninguém nunca recuperou essa exceção.
own-never-awaited = { $task } foi criada e nunca aguardada: nada esperou por ela nem pediu o seu resultado.
own-blocked = { $calls ->
        [one] { $calls } chamada bloqueante
       *[other] { $calls } chamadas bloqueantes
    } (time.sleep) { $calls ->
        [one] segurou
       *[other] seguraram
    } o { -event-loop } por { $seconds } s no total: nenhuma outra { -task } rodou enquanto isso.
own-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } foi aberta
       *[other] { $boxes } { -box(number: "other") } foram abertas
    } além das { $depot } do { -depot }.
own-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } nunca foi tirada
       *[other] { $boxes } { -box(number: "other") } nunca foram tiradas
    } do { -depot }.
own-play = Reproduzir a sua execução
own-engine-differs = { $policy } do motor com os mesmos sorteios: as execuções divergem pela primeira vez no evento { $index }
own-engine-same = { $policy } do motor com os mesmos sorteios: a mesma execução, evento a evento
own-output = O que o seu programa imprimiu
# In a lesson, until the step's prediction is made.
own-concealed = O CPython já o rodou. Os números aparecem aqui quando você tiver respondido à pergunta da lição.
own-listing-not-compared = A listagem é comparada com as execuções do motor: abra uma para rodá-la aqui.
# A program shared in a link (#py=…).
own-open = Escreva o seu próprio { -supervisor }
own-linked = Este programa veio com o link. Ele só roda quando você pressiona “Rodar o meu”.
own-link = Link para o seu programa
own-link-made = Copie este link: ele abre a página com o seu programa no editor, ainda não rodado.
own-link-too-long = O programa é longo demais para um link: um link leva no máximo { $limit } KB dele.
own-link-not-base64 = O programa do link (#py=…) não é texto { $encoding }: { $detail }.
own-link-not-utf8 = O programa do link (#py=…) não é texto UTF-8.

## The Python view: CPython running the listing, its verdict, asyncio's own view

python-run-again = Rodar esta execução no CPython
python-loading = Carregando o Python: { $loaded } de { $total } MB
python-starting = Iniciando o Python…
python-running = O CPython está rodando a listagem…
python-agrees = O CPython { $version } concorda: { $events } de { $events } { $events ->
        [one] evento
       *[other] eventos
    } no mesmo microssegundo.
python-differs = O CPython { $version } diverge do motor pela primeira vez no evento { $index }.
python-differs-engine = O motor:
python-differs-cpython = CPython:
python-show-difference = Mostrar o evento { $index }
python-failed = O CPython { $version } não conseguiu rodar a listagem nesta execução: { $error }
python-too-large = Execuções de até { $limit } { $limit ->
        [one] { -dose }
       *[other] { -dose(number: "other") }
    } são passadas ao CPython; esta tem { $doses }.
python-offline = A visualização do Python precisa que a página seja servida de um endereço web: aberta a partir de um arquivo, o navegador não a deixa carregar o Python.
python-load-failed = Não foi possível carregar o Python ({ $reason }). O resto da página funciona como antes.
python-tree = O que o asyncio vê no evento { $event }
python-tree-title = A visão do próprio asyncio no evento { $event }
python-tree-explain = A listagem rodou no CPython até este evento e parou ali: suas { -task(number: "other") } como asyncio.capture_call_graph as dá, o grafo que python -m asyncio pstree imprime. Cada { -task } fica sob a { -task } que a aguarda, com as funções em que está pausada, da mais externa para a mais interna.
python-tree-station-task = { $task }: { -station } { $station }, { -box } { $box_no }
python-tree-running = { $task }, rodando agora
python-tree-failed = Não foi possível obter a visão do asyncio: { $error }
python-tree-more = …e mais { $count } { $count ->
        [one] { -task }
       *[other] { -task(number: "other") }
    }
python-stopped = O CPython não respondeu em { $seconds } s, então o seu worker foi parado: o limite de tempo para o código Python na próxima volta do laço, não uma computação longa dentro de uma única chamada em C. “Rodar no CPython” inicia o Python de novo.
