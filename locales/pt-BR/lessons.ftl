# The lessons: the lessons menu, the lesson card, the editor, the
# predictions the engine poses and answers, and the problems found in a
# lesson file.
#
# A built-in lesson's English is its JSON file in lessons/: its texts are
# at the end of this file (lesson-<id>-title, -step-<n>, -summary).
#
# Not translated, and so passed as variables: JSON paths (steps[2].focus),
# values quoted from a lesson file, the names lesson files use (question
# kinds, regions, parameters), code, and what the program prints.

## Shared pieces

# Joins the items of a list inside a sentence.
lesson-list-separator = {", "}
lesson-doses =
    { $count ->
        [one] { $count } { -dose }
       *[other] { $count } { -dose(number: "other") }
    }

## The lessons menu

lessons-menu-title = Lições
lessons-menu-intro = Cada lição percorre momentos de uma execução. Quando um passo pede que você preveja algo, a execução avança até o momento que traz a resposta: a resposta é calculada a partir da execução que você vê.
lessons-menu-steps =
    { $steps ->
        [one] { $steps } passo
       *[other] { $steps } passos
    }
lessons-menu-write = Escrever uma lição…
lessons-menu-teachers = Para professores: escolha momentos de qualquer execução, acrescente texto e perguntas e compartilhe a lição como link.

## The lesson card

# Above the step's text; $number counts from 1.
lesson-step-of = Passo { $number } de { $steps }
# Read out by screen readers at each new step: the position, then the
# step's own text ($text, in the lesson's language).
lesson-step-announce = Passo { $number } de { $steps }. { $text }
# Points at the region of the page a step is about, in bold. Each names
# the region as its heading on screen does.
lesson-look-at-lot = Olhe o { -lot }.
lesson-look-at-executor = Olhe o { -executor }.
lesson-look-at-inspector = Olhe o { -inspector }.
lesson-look-at-charts = Olhe os gráficos.
lesson-look-at-code = Olhe o código.
lesson-look-at-log = Olhe o registro.
lesson-look-at-stats = Olhe as estatísticas.
# The regions in the editor's menu.
lesson-focus-lot = o { -lot }
lesson-focus-executor = o { -executor }
lesson-focus-inspector = o { -inspector }
lesson-focus-charts = os gráficos
lesson-focus-code = o código
lesson-focus-log = o registro
lesson-focus-stats = as estatísticas
lesson-nav =
    .aria-label = Passos da lição
lesson-previous = ◀ Anterior
    .title = Passo anterior (Page Up)
lesson-next = Próximo ▶
    .title = Próximo passo (Page Down)
lesson-exit = Sair da lição
# $problem is one of lesson-cannot-*.
lesson-cannot-ask = A pergunta deste passo não pode ser feita: { $problem }.

## A prediction

# Before the question, in bold.
lesson-predict = Preveja:
lesson-playing-forward = Avançando a execução até a resposta…
# A step whose question CPython answers: its program runs first.
lesson-cpython-running = O CPython está rodando o programa deste passo na visualização do Python; a pergunta vem em seguida.
lesson-cpython-on-run = Pressione “Rodar o meu” na visualização do Python: o CPython roda o programa deste passo, e a pergunta vem em seguida.
lesson-cpython-failed = O CPython não conseguiu rodar o programa deste passo: { $reason }
lesson-right = Certo.
# Beside the right choice once a wrong one was picked (the arrow points
# at the choice: after it in the reading direction).
lesson-the-answer = ← a resposta
# $answer is the right choice's text.
lesson-not-quite = Não exatamente: a resposta é “{ $answer }”.
# The button that passes over a step's prediction without answering.
lesson-skip = Pular esta previsão
    .title = Seguir sem prever; o resumo a registra como pulada
# Shown under a prediction skipped earlier.
lesson-skipped = Você pulou esta previsão. Ainda pode respondê-la.

## An exercise: a step's goal, checked on the learner's own run

# Before the goal, in bold; then one of lesson-goal-met, -not-met,
# -pending, in bold, before why.
lesson-goal-title = Meta:
lesson-goal-met = Cumprida.
lesson-goal-not-met = Ainda não.
lesson-goal-pending = Ainda não conferida.
# The goals ($boxes and $capacity: the step's depot; $seconds: the goal's).
lesson-goal-loses-nothing = o seu { -supervisor } relata toda { -box } do { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }) e não perde nenhuma { -dose }.
lesson-goal-cooperates = o seu { -supervisor } nunca segura a { -thread } com uma chamada bloqueante e não perde nenhuma { -dose }.
lesson-goal-makespan = o { -depot } ({ $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }) concluído em até { $seconds } s de tempo simulado.
lesson-goal-run-mine = Pressione “Rodar o meu” na visualização do Python: o CPython roda o seu programa nesta execução, e a meta é conferida nele.
# $reason is why, as the Python view says it.
lesson-goal-did-not-run = O seu programa não rodou até o fim: { $reason }
# $problems lists lesson-goal-blocked, lesson-goal-lost,
# lesson-goal-pending-tasks, lesson-goal-beyond-depot and
# lesson-goal-left-in-depot.
lesson-goal-program-problems = A execução do seu programa no CPython: { $problems }.
# $doses is lesson-doses.
lesson-goal-lost = perda de { $doses } em { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    }
lesson-goal-pending-tasks = { $tasks ->
        [one] { $tasks } { -task } ainda rodando
       *[other] { $tasks } { -task(number: "other") } ainda rodando
    } quando ele retornou
lesson-goal-beyond-depot = { $boxes ->
        [one] { $boxes } { -box } aberta
       *[other] { $boxes } { -box(number: "other") } abertas
    } além das { $depot } do { -depot }
lesson-goal-left-in-depot = { $boxes ->
        [one] { $boxes } { -box } deixada
       *[other] { $boxes } { -box(number: "other") } deixadas
    } no { -depot }
# $line is a line of the program; $seconds has three decimals.
lesson-goal-blocked = a linha { $line } segurou a { -thread } { $calls ->
        [one] { $calls } vez
       *[other] { $calls } vezes
    }, { $seconds } s no total
lesson-goal-blocked-elsewhere = chamadas bloqueantes fora do seu código seguraram a { -thread } { $calls ->
        [one] { $calls } vez
       *[other] { $calls } vezes
    }, { $seconds } s no total
# $doses is lesson-doses.
lesson-goal-reported-all = A execução do seu programa no CPython relatou { $boxes ->
        [one] { $boxes } { -box }
       *[other] todas as { $boxes } { -box(number: "other") }
    } ({ $doses }) e não perdeu nenhuma.
lesson-goal-never-blocked = A execução do seu programa no CPython nunca segurou a { -thread }, relatou { $boxes ->
        [one] { $boxes } { -box }
       *[other] todas as { $boxes } { -box(number: "other") }
    } ({ $doses }) e não perdeu nenhuma.
lesson-goal-engine-same = O FIRST_COMPLETED do motor com os mesmos sorteios é a mesma execução, evento a evento.
lesson-goal-engine-differs = O FIRST_COMPLETED do motor com os mesmos sorteios se separa dela no evento { $index }.
lesson-goal-other-depot = A execução na tela tem { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } de { $capacity ->
        [one] { $capacity } { -dose }
       *[other] { $capacity } { -dose(number: "other") }
    }, e o passo pede { $step_boxes ->
        [one] { $step_boxes } { -box }
       *[other] { $step_boxes } { -box(number: "other") }
    } de { $step_capacity ->
        [one] { $step_capacity } { -dose }
       *[other] { $step_capacity } { -dose(number: "other") }
    }: só conta uma execução com o { -depot } do passo.
# $time, $spare and $over are simulated seconds.
lesson-goal-finished-within = A execução na tela terminou em { $time } s, { $spare } s dentro da meta.
lesson-goal-finished-late = A execução na tela terminou em { $time } s, { $over } s além da meta.
lesson-goal-past = A execução na tela já passou de { $seconds } s com { -box(number: "other") } ainda por fazer.
lesson-goal-play = Reproduza a execução na tela até o fim: a meta é conferida quando ela terminar.

## The summary on a lesson's last step

lesson-summary-title = O que você previu
# $step: the step's number; $prompt: its question.
lesson-summary-step = Passo { $step }: { $prompt }
# $answer: the choice picked.
lesson-summary-right = Você respondeu “{ $answer }”: certo.
# $answer: the choice picked; $right: the answer the run gave.
lesson-summary-wrong = Você respondeu “{ $answer }”; a execução deu “{ $right }”.
lesson-summary-skipped = Pulada; a execução deu “{ $right }”.
lesson-summary-unanswered = Não respondida; a execução deu “{ $right }”.
# $right of $asked predictions right (both numbers).
lesson-summary-score = { $right } de { $asked ->
        [one] { $asked } previsão certa
       *[other] { $asked } previsões certas
    }
# Above the lesson's own summary (lesson-<id>-summary for a built-in one).
lesson-summary-key-idea = Ideia central
# $title: the next built-in lesson's title.
lesson-next-lesson = Próxima lição: { $title }
# After the last built-in lesson: opens the lessons menu.
lesson-summary-menu = Todas as lições

## A lesson that cannot be opened, and the offer to go on

lesson-problems-title = Não foi possível abrir a lição:
lesson-problems-dismiss = Fechar
# $title is the lesson's title; $step counts from 1.
lesson-resume = Que bom ter você de volta. Continuar a lição “{ $title }” no passo { $step }?
lesson-resume-region =
    .aria-label = Continuar uma lição
lesson-resume-continue = Continuar
lesson-resume-decline = Agora não
# $id is the id asked for, quoted.
lesson-no-builtin = não existe a lição embutida { $id }
lesson-kept-unreadable = a lição guardada da última visita não pode mais ser lida

## The lesson editor

lesson-editor-heading = Escrever uma lição
lesson-editor-explain = Leve a execução até um momento (reproduza, avance passo a passo, arraste a linha do tempo ou mude os parâmetros) e adicione-o como passo. Cada passo abre exatamente nesse momento. As respostas às perguntas dele são calculadas a partir da execução.
lesson-editor-title = Título
# The lesson's optional key idea, shown on its last step.
lesson-editor-summary = Ideia central
lesson-editor-add = Adicionar este momento como passo
lesson-editor-moment = (evento { $event } da execução na tela)
# $params is the step's run as a query string, shown as code.
lesson-editor-step = Passo { $number }: evento { $event } de { $params }
lesson-editor-text = Texto
lesson-editor-look = Olhar para
lesson-editor-question = Pergunta
# The menus' first options: no region, no question.
lesson-editor-anywhere = qualquer lugar
lesson-editor-no-question = nenhuma
lesson-editor-up =
    .aria-label = Mover o passo { $number } para cima
lesson-editor-down =
    .aria-label = Mover o passo { $number } para baixo
lesson-editor-delete = Excluir
    .aria-label = Excluir o passo { $number }
lesson-editor-needs = Para visualizar e compartilhar, a lição ainda precisa de:
lesson-editor-preview = Visualizar a lição
lesson-editor-link = Link
lesson-editor-embed = Incorporar
lesson-editor-close = Fechar o editor

## Problems in a lesson file. Each is shown after its place in the file
## ($path, such as steps[2].focus). $found is the value given, quoted as
## written, or one of lesson-json-*.

lesson-problem-at = { $path }: { $problem }
lesson-problems-more =
    { $count ->
        [one] e mais { $count } problema
       *[other] e mais { $count } problemas
    }
lesson-error-too-big = a lição tem { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }; são aceitos no máximo { $limit ->
        [one] { $limit } byte de JSON
       *[other] { $limit } bytes de JSON
    }
# $detail is the JSON reader's own message.
lesson-error-not-json = JSON inválido ({ $detail })
lesson-error-not-object = esperava-se um objeto JSON com um título e passos
lesson-error-no-steps = esperava-se pelo menos um passo
lesson-error-too-many-steps = { $count ->
        [one] { $count } passo
       *[other] { $count } passos
    }; são aceitos no máximo { $limit }
lesson-error-steps-not-list = esperava-se uma lista de passos; veio { $found }
lesson-error-steps-missing = faltando: uma lição precisa de uma lista de passos
lesson-error-step-not-object = esperava-se um objeto; veio { $found }
lesson-error-params-too-long = mais longo que { $limit ->
        [one] { $limit } caractere
       *[other] { $limit } caracteres
    }
lesson-error-params-not-text = esperava-se uma query string como { $example }; veio { $found }
lesson-error-at-event = esperava-se um número inteiro de eventos, 0 ou mais; veio { $found }
lesson-error-text-empty = vazio: esperavam-se algumas palavras
lesson-error-text-too-long = { $count ->
        [one] { $count } caractere
       *[other] { $count } caracteres
    }; são aceitos no máximo { $limit }
lesson-error-not-text = esperava-se texto; veio { $found }
lesson-error-text-missing = faltando: esperava-se texto
lesson-error-lang = esperava-se uma tag de idioma como { $first } ou { $second }; veio { $found }
# $accepted lists the names lesson files use.
lesson-error-focus = { $found } não é uma região: esperava-se uma destas: { $accepted }
lesson-error-question-not-object = esperava-se um objeto como { $example }; veio { $found }
lesson-error-question-kind = { $found } não é um tipo de pergunta: esperava-se um destes: { $accepted }
lesson-error-seconds = esperava-se um tempo simulado em segundos, acima de 0 e no máximo { $limit }; veio { $found }
lesson-error-station = esperava-se um número de { -station }, 1 ou mais; veio { $found }
# A step's Python program ("python": "async def supervise(depot): ...").
lesson-error-python-not-text = esperava-se o programa como texto; veio { $found }
lesson-error-python-too-long = o programa é mais longo que { $limit ->
        [one] { $limit } byte
       *[other] { $limit } bytes
    }
# $found is the step's focus, $accepted "code".
lesson-error-python-focus = um passo com programa aponta para a visualização do Python, abaixo do código: o seu focus deve ser { $accepted }, não { $found }
# $kind is "program-lost", $field "python".
lesson-error-question-needs-python = uma pergunta { $kind } é sobre o programa do passo: forneça-o em { $field }
# A step's goal ("goal": {"kind": "loses-nothing"}); $accepted lists
# the kinds lesson files use.
lesson-error-goal-not-object = esperava-se um objeto como { $example }; veio { $found }
lesson-error-goal-kind = { $found } não é um tipo de meta: esperava-se um destes: { $accepted }
# $kind is "makespan-below", $field "seconds".
lesson-error-goal-seconds = uma meta { $kind } precisa de { $field }: um tempo simulado em segundos, acima de 0 e no máximo { $limit }
# $kind is the goal's kind, $field "python".
lesson-error-goal-needs-python = uma meta { $kind } é conferida no programa do passo: forneça-o em { $field }
lesson-error-goal-no-python = uma meta { $kind } é conferida na execução do motor na tela: um passo com ela não tem { $field }
# A step's params refused by the page's own rules: $problem names the
# parameter and what it accepts.
lesson-error-param = { $problem }
lesson-error-unknown-param = { $name } não é um parâmetro da página
lesson-error-page-param = { $name } é uma configuração da página, não da execução: os params de um passo aceitam só os parâmetros da execução
lesson-error-past-limit = { $at } passa do último momento que um passo pode fixar: no máximo { $limit ->
        [one] { $limit } evento
       *[other] { $limit } eventos
    }
lesson-error-past-end = { $at } passa do fim desta execução, que tem { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
lesson-json-null = null
lesson-json-bool = true ou false
lesson-json-number = um número
lesson-json-text = texto
lesson-json-list = uma lista
lesson-json-object = um objeto
# In place of a question kind that is missing.
lesson-json-nothing = nada

## A lesson in a link that cannot be read

lesson-link-too-long = a lição do link é longa demais: são aceitos no máximo { $limit ->
        [one] { $limit } byte de JSON
       *[other] { $limit } bytes de JSON
    }
# $encoding is "base64url (RFC 4648 §5)"; $detail the decoder's message.
lesson-link-not-base64 = a lição do link não está em { $encoding }: { $detail }
lesson-link-not-utf8 = a lição do link não é texto UTF-8
lesson-link-empty = o link termina em { $fragment } e não traz nenhuma lição: o link de uma lição é { $key } seguido da lição

## Why a step's question cannot be asked ($kind is the question's kind as
## lesson files name it)

lesson-cannot-too-many-doses = uma pergunta { $kind } precisa de uma execução de no máximo { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    }; esta tem { $doses }
lesson-cannot-past-end = a execução tem só { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }
# A bug in the engine, never the lesson's fault: $detail is the engine's.
lesson-cannot-ledger = a execução quebra a contabilidade: { $detail }
lesson-cannot-needs-article = uma pergunta { $kind } precisa do laço do artigo ({ $param })
lesson-cannot-needs-cpython = uma pergunta { $kind } é respondida rodando o programa do passo no CPython
lesson-cannot-no-cancel = nenhuma { -task } é cancelada depois deste momento: pergunte antes de o laço terminar
lesson-cannot-no-double = nenhuma espera depois deste momento retorna duas { -task(number: "other") }: faça todas as { -shot(number: "other") } durarem o mesmo tempo ({ $code })
lesson-cannot-nothing-returns = nenhuma { -task } de { -station } retorna depois deste momento
lesson-cannot-not-after = o tempo perguntado, { $by } s, não é posterior ao momento do passo, { $now } s
# $param is "blocking=N", $field "params".
lesson-cannot-needs-blocking = uma pergunta { $kind } precisa de um { -station } bloqueante ({ $param } em { $field })
lesson-cannot-no-finish = o { -station } { $station } não termina nenhuma { -box } depois deste momento
lesson-cannot-no-open = o { -station } { $station } não abre nenhuma { -box } depois deste momento
lesson-cannot-no-failure = a quebra não resultou em falha
lesson-cannot-no-station =
    o { -station } { $station } não existe: a execução tem { $stations ->
        [one] { $stations } { -station }
       *[other] { $stations } { -station(number: "other") }
    }
lesson-cannot-not-working = o { -station } { $station } não tem { -box } aberta neste momento, então não pode quebrar
lesson-cannot-none-working = nenhum { -station } tem uma { -box } aberta neste momento
lesson-cannot-not-broken = não foi possível quebrar o { -station } { $station } neste momento
lesson-cannot-sleep-blocking = o { -station } { $station } bloqueia a { -thread }: a { -task } dele nunca dorme em um { -timer }
lesson-cannot-not-asleep = a { -task } do { -station } { $station } não está dormindo em um { -timer } neste momento: ela não tem { -box } aberta, ou segura a { -thread }, ou espera por ela
lesson-cannot-none-asleep = nenhuma { -task } de { -station } está dormindo em um { -timer } neste momento
lesson-cannot-woken-early =
    a { -task } do { -station } { $station } é sondada { $polls ->
        [one] { $polls } vez
       *[other] { $polls } vezes
    } antes da sua próxima { -shot }: algo além do seu { -timer } a acorda (uma quebra manual)
lesson-cannot-no-thread = a execução não guarda registro da sua { -thread } neste momento
lesson-cannot-ready-few =
    a { -ready-queue } tem { $count ->
        [one] { $count } { -task }
       *[other] { $count } { -task(number: "other") }
    } neste momento; a pergunta precisa de pelo menos { $least }
# $param is "policy=first|all|queue".
lesson-cannot-needs-supervisor = uma pergunta { $kind } precisa de um { -supervisor } que aguarde as { -task(number: "other") } dos { -station(number: "other") } ({ $param })
lesson-cannot-not-after-failure = o momento não vem depois da falha de um { -station }: o seu último evento precisa ser uma falha
lesson-cannot-not-returned = a { -task } do { -station } { $station } não retornou até este momento
lesson-cannot-nothing-returned = nenhuma { -task } de { -station } retornou até este momento
lesson-cannot-refilled = o { -station } { $station } não está esperando uma { -box } neste momento: ele já tem a próxima
lesson-cannot-refilling = o { -supervisor } está distribuindo { -box(number: "other") } novas neste momento: pergunte antes de ele começar, ou quando todo { -station } já tiver a sua { -box }

## Which station's task returns next

lesson-next-prompt = A { -task } de qual { -station } retorna em seguida?
lesson-station-choice = { -station(start: "upper") } { $station }
lesson-next-done = a { -box } { $box } foi concluída
# $error is lesson-error-spoiled or lesson-error-broken.
lesson-next-failed = ela falhou na { -box } { $box } ({ $error })
lesson-error-spoiled = a { -dose } { $shot } da { -box } estragou
lesson-error-broken = quebra manual durante a { -shot } { $shot }
# $doses is lesson-doses.
lesson-next-rival = o { -station } { $station } ainda tinha { $doses }
# $rivals lists lesson-next-rival; the leading space separates it from the
# sentence before.
lesson-next-rivals = {" "}No momento do passo: { $rivals }.
# $what is lesson-next-done or lesson-next-failed; $rivals is
# lesson-next-rivals or nothing; $supervisor is one of lesson-sees-*.
lesson-next-explanation = A { -task } do { -station } { $station } retornou em seguida, em { $time } s: { $what }.{ $rivals } { $supervisor }
lesson-sees-first = O { -supervisor }, que aguarda o conjunto inteiro, acorda assim que uma { -task } retorna e trata toda { -task } concluída até então, esta entre elas, reiniciando cada { -station } na hora.
lesson-sees-all-waiting = Sob ALL_COMPLETED, o { -supervisor } a relata, mas não dá nenhuma { -box } nova ao { -station }: ele fica ocioso até que o lote inteiro tenha retornado.
lesson-sees-all-restart = Era a última do seu lote, então sob ALL_COMPLETED o { -supervisor } deu na hora uma { -box } nova a cada { -station }.
lesson-sees-all-empty = Era a última do seu lote, e o { -depot } estava vazio: nenhum { -station } ganhou uma { -box } nova.
lesson-sees-queue = Um callback de conclusão a põe na fila de conclusões, e o { -supervisor } a pega de lá.
lesson-sees-article = O laço do artigo acorda por ela em uma das suas esperas contadas, com toda { -task } concluída até então, e reinicia o { -station } dela na hora, restem { -box(number: "other") } ou não.
lesson-sees-taskgroup = A própria { -task } da { -box } a relata e libera o { -station }, e a { -task } da próxima { -box }, que esperava no semáforo, pega o { -station } livre de menor número.
lesson-sees-taskgroup-last = A própria { -task } da { -box } a relata e libera o { -station }; não resta nenhuma { -box }, então o { -station } fica livre.
lesson-sees-workers = O worker do { -station } a relata ele mesmo e pega a próxima { -box } da fila.
lesson-sees-workers-last = O worker do { -station } a relata ele mesmo; a fila está vazia, então o worker retorna.

## The tasks the executor runs, as choices and inside sentences

lesson-task-station = A { -task } do { -station } { $station }
lesson-task-worker = O worker do { -station } { $station }
lesson-task-box = A { -task } da { -box } { $box }
lesson-task-supervisor = A { -task } do { -supervisor }
lesson-task-callback = Um callback do { -event-loop }

## How often a sleeping task is polled

# $time is when its timer is due, as the executor's timer queue shows it.
lesson-sleep-polls-prompt = A { -task } do { -station } { $station } está dormindo até a sua próxima { -shot }, que vence em { $time } s (veja a { -timer-queue }). Quantas vezes o { -executor } vai sondá-la até que essa { -shot } seja feita?
lesson-sleep-polls-none = Nenhuma: o { -timer } faz a { -shot } sozinho
lesson-sleep-polls-once = Uma: quando o seu { -timer } dispara, e essa sondagem faz a { -shot }
# $polls: the milliseconds of sleep left (at least 2).
lesson-sleep-polls-per-ms =
    Cerca de { $polls ->
        [one] { $polls } vez
       *[other] { $polls } vezes
    }: uma por milissegundo do seu sono
lesson-sleep-polls-always = Sem parar, até o seu { -timer } disparar
# $outcome is "shot" or "spoiled" (the poll found the dose spoiled);
# $seconds: the sleep left at the step's moment.
lesson-sleep-polls-explanation =
    O { -executor } sondou a { -task } do { -station } { $station } uma vez, em { $time } s, quando o seu { -timer } disparou: essa sondagem { $outcome ->
        [spoiled] encontrou a { -dose } estragada
       *[shot] fez a { -shot }
    }. Nos { $seconds } s anteriores, ele não a sondou nenhuma vez: uma { -task } dormindo espera na { -timer-queue }, não na { -ready-queue }, e não custa nada à { -thread }. Enquanto isso, a { -thread } rodou { $turns ->
        [one] { $turns } volta
       *[other] { $turns } voltas
    } de outras { -task(number: "other") }.

## Which ready task runs next

lesson-next-turn-prompt = Estas { -task(number: "other") } estão prontas para rodar: a { -ready-queue }, mostrada abaixo do { -lot }. Qual delas pega a { -thread } em seguida?
lesson-next-turn-all = Todas ao mesmo tempo
# $task is one of lesson-task-*; $behind lists them.
lesson-next-turn-explanation = { $task } rodou em seguida: estava no início da { -ready-queue }. O { -executor } roda uma { -task } de cada vez e pega as prontas na ordem em que ficaram prontas, a primeira que entra é a primeira que sai; cada uma roda até chegar a um await. Atrás dela esperavam: { $behind }.

## What the supervisor does with a failed task

lesson-after-failure-prompt = A { -task } do { -station } { $station } acaba de lançar um erro. O que o { -supervisor } faz?
lesson-after-failure-stops-run = Para a execução inteira: o erro encerra o programa
lesson-after-failure-retries = Dá ao { -station } { $station } a mesma { -box } de novo, para tentar outra vez
lesson-after-failure-new-box = Relata o erro e dá na hora uma { -box } nova ao { -station } { $station }
lesson-after-failure-new-box-later = Relata o erro e dá uma { -box } nova ao { -station } { $station } quando o lote inteiro voltar
lesson-after-failure-station-stops = Relata o erro; não resta { -box } para o { -station } { $station }, então ele para
lesson-after-failure-ignores = Nada até a execução terminar: o erro espera na { -task }
lesson-after-failure-then-new = o { -station } { $station } ganhou a { -box } { $box } na hora, em { $time } s, e o laço seguiu
lesson-after-failure-then-later = o { -station } { $station } esperou o resto do seu lote e ganhou a { -box } { $box } em { $time } s
lesson-after-failure-then-stops = não restava { -box } para o { -station } { $station }, então ele parou enquanto os outros seguiam
# $error is lesson-error-spoiled or lesson-error-broken; $wasted is
# lesson-doses; $then is one of lesson-after-failure-then-*.
lesson-after-failure-explanation = Uma { -task } que falha terminou, então o { -supervisor } a recebeu como qualquer outra, tomou o erro como o seu resultado e o relatou: a { -box } { $box } falhou ({ $error }), e o que restava nela, { $wasted }, foi contado como desperdiçado, sem nova tentativa. Depois, { $then }.

## When a station gets its next box

lesson-refill-prompt = A { -task } do { -station } { $station } retornou. Quando o { -station } { $station } ganha a sua próxima { -box }?
lesson-refill-at-once = Na hora: assim que a sua { -task } retornou
lesson-refill-pause = Depois de uma pausa fixa, não importa o que os outros { -station(number: "other") } façam
lesson-refill-batch = Mais tarde: quando todas as outras { -task(number: "other") } do seu lote tiverem retornado
lesson-refill-never = Nunca: o { -depot } não tem mais { -box } para ele
# $supervisor is one of lesson-sees-*.
lesson-refill-explanation-at-once = O { -station } { $station } ganhou a { -box } { $box } em { $time } s, no instante em que a sua { -task } retornou. { $supervisor }
# $seconds: how long the station waited; $last: the station whose task
# returned last in the batch.
lesson-refill-explanation-batch = O { -station } { $station } só ganhou a { -box } { $box } em { $time } s, { $seconds } s depois que a sua { -task } retornou, quando a { -task } do { -station } { $last }, a última do seu lote, retornou. { $supervisor }
lesson-refill-explanation-never = O { -station } { $station } não ganhou outra { -box }: não restava nenhuma para ele, então ficou ocioso até o fim da execução.

## How many boxes are done by a time

lesson-boxes-prompt = Quantas { -box(number: "other") } estarão concluídas até { $by } s?
lesson-boxes-choice = { $count }
lesson-boxes-explanation =
    Até { $by } s, { $boxes ->
        [one] { $boxes } { -box } foi concluída
       *[other] { $boxes } { -box(number: "other") } foram concluídas
    }: { $more } a mais que no momento do passo, { $now } s.

## ALL_COMPLETED against FIRST_COMPLETED

lesson-all-vs-first-prompt = ALL_COMPLETED termina antes ou depois de FIRST_COMPLETED nesta execução, e com quanta diferença?
lesson-all-vs-first-sooner = ALL_COMPLETED termina primeiro
lesson-all-vs-first-even = As duas terminam a menos de 0,5% uma da outra
lesson-all-vs-first-under-5 = ALL_COMPLETED termina depois, por menos de 5%
lesson-all-vs-first-5-to-20 = ALL_COMPLETED termina depois, por 5% a 20%
lesson-all-vs-first-over-20 = ALL_COMPLETED termina depois, por mais de 20%
lesson-percent-later = { $percent }% mais tarde
lesson-percent-sooner = { $percent }% mais cedo
# $difference is lesson-percent-later or lesson-percent-sooner.
lesson-all-vs-first-explanation = ALL_COMPLETED terminou em { $all } s e FIRST_COMPLETED em { $first } s: { $difference }. Esperando o lote inteiro, os { -station(number: "other") } ficaram ociosos por { $all_idle } s somados, contra { $first_idle } s quando cada { -station } é reiniciado assim que termina.

## A station that blocks the thread

lesson-blocking-prompt = Enquanto o { -station } { $station } processa a sua { -box }, os outros { -station(number: "other") } fazem alguma { -shot }?
lesson-blocking-yes = Sim: os outros continuam fazendo { -shot(number: "other") } enquanto ele trabalha
lesson-blocking-no = Não: nenhum deles faz uma { -shot } até que ele solte a { -thread }
lesson-blocking-explanation =
    O { -station } { $station } segurou a { -thread } de { $from } s a { $to } s, e os outros { -station(number: "other") } fizeram { $shots ->
        [one] { $shots } { -shot }
       *[other] { $shots } { -shot(number: "other") }
    } nesse tempo. Enquanto uma { -task } segura a { -thread }, nenhuma outra { -task } roda e nenhum callback de { -timer } roda: as outras só ganham uma volta quando ela solta a { -thread }. { $after ->
        [turn] Aqui eles fizeram { $between ->
            [one] { $between } { -shot }
           *[other] { $between } { -shot(number: "other") }
        } antes que o { -station } { $station } pegasse a { -thread } de novo.
        [none] Aqui eles não fizeram nenhuma: o { -station } { $station } pegou a sua próxima { -box } na hora e segurou a { -thread } de novo.
       *[last] Aquela foi a sua última { -box }.
    }

## Breaking a station now

lesson-waste-prompt = Se o { -station } { $station } quebrar agora, quantas { -dose(number: "other") } serão desperdiçadas?
lesson-waste-restarted = o { -supervisor } relatou o erro e reiniciou o { -station } com uma { -box } nova
lesson-waste-restarted-at = o { -supervisor } relatou o erro, e só dá uma { -box } nova ao { -station } em { $seconds } s, quando voltar a distribuir { -box(number: "other") }
lesson-waste-stopped = o { -supervisor } relatou o erro; o { -depot } estava vazio, então o { -station } parou
lesson-waste-caught = a sua { -task } capturou o erro e o relatou ela mesma, e o { -station } seguiu para a próxima { -box }
lesson-waste-caught-stopped = a sua { -task } capturou o erro e o relatou ela mesma; não restava { -box }, então o { -station } parou
# $wasted and $given are lesson-doses; $then is one of the lesson-waste-
# messages above, chosen by who reports the error and when the station
# gets its next box.
lesson-waste-explanation = O { -station } { $station } quebrou quando ainda havia { $wasted } na { -box } { $box }: tudo isso é desperdiçado; o que ele já tinha aplicado dessa { -box } ({ $given }) continua aplicado, e { $then }.

## The article's loop

lesson-vanished-prompt = Quando o laço terminar, quantas { -dose(number: "other") } vão sumir do relatório (aplicadas e nunca relatadas, ou descartadas)?
# $vanished, $unreported and $discarded are lesson-doses.
lesson-vanished-explanation =
    O laço fez a sua última espera e o programa terminou com { $tasks ->
        [one] { $tasks } { -task } ainda rodando: asyncio.run a cancelou no meio da { -box }
       *[other] { $tasks } { -task(number: "other") } ainda rodando: asyncio.run as cancelou no meio das { -box(number: "other") }
    }. Sumiram { $vanished }; aplicadas mas nunca relatadas: { $unreported }; descartadas com as { -box(number: "other") }: { $discarded }.
lesson-printed-prompt = O laço imprime a sua contagem de esperas como o número de cada { -box }. A partir deste momento, qual é o primeiro número que o laço imprime para duas { -box(number: "other") } diferentes?
lesson-program-lost-prompt = Quantas { -dose(number: "other") } este { -supervisor } perde: aplicadas e nunca relatadas, ou descartadas com { -box(number: "other") } que ele nunca relatou?
# $lost, $unreported and $thrown_away are lesson-doses.
lesson-program-lost-explanation =
    O CPython o rodou com estes mesmos sorteios: ele perdeu { $lost } em { $boxes ->
        [one] { $boxes } { -box }
       *[other] { $boxes } { -box(number: "other") }
    } (aplicadas e nunca relatadas: { $unreported }; descartadas ou desperdiçadas com elas: { $thrown_away }). O { -lot } e o registro mostram cada { -box }.
# What the program prints: "vaccine box" stays as the program prints it.
lesson-printed-choice = vaccine box { $number }
lesson-box-at-station = { -box } { $box } no { -station } { $station }
# $printed is the program's line, quoted as printed; $boxes lists
# lesson-box-at-station.
lesson-printed-explanation =
    A espera { $wait } retornou { $tasks ->
        [one] { $tasks } { -task }
       *[other] { $tasks } { -task(number: "other") }
    } de uma vez, então o laço imprimiu { $printed } para cada uma ({ $boxes }) e contou uma única espera.

## Be the event loop: the learner makes each of the loop's choices

# $queue lists lesson-task-*, front first.
loop-resume-prompt = Você é o { -event-loop }. A { -ready-queue } contém, na ordem em que entraram: { $queue }. Qual { -task } você retoma?
loop-fire-prompt = Você é o { -event-loop }. Estes { -timer(number: "other") } estão armados. Qual você dispara em seguida?
loop-station = { -station } { $station }
# $stations lists loop-station; $due is in seconds.
loop-fire-option =
    { $count ->
        [one] { $stations }, vence em { $due } s
       *[other] { $stations }, todos vencem em { $due } s
    }
# $task is one of lesson-task-*; $cause is one of loop-cause-*; $since is in
# seconds; $behind lists lesson-task-*; $supervisor is loop-supervisor-behind
# or loop-nothing.
loop-resume-why = A { -ready-queue } do asyncio é FIFO, a primeira que entra é a primeira que sai: { $task } entrou nela primeiro, em { $since } s ({ $cause }), então o laço a retoma antes destas: { $behind }.{ $supervisor }
loop-nothing = {""}
loop-supervisor-behind = {" "}O { -supervisor } espera atrás: { $task } terminou em { $since } s, e o asyncio roda o callback de conclusão de uma { -task } terminada uma volta depois, e só então ele acorda o { -supervisor }.
loop-supervisor-behind-callback = {" "}O { -supervisor } espera atrás: o callback de conclusão de uma { -task } terminada o acordou em { $since } s, e o asyncio roda esse callback uma volta depois de a { -task } terminar.
loop-cause-done-callback = o callback de conclusão de uma { -task } terminada a acordou
loop-cause-timer = o seu { -timer } disparou
loop-cause-done = { $task } terminou, e o callback de conclusão a acordou
loop-cause-spawned = o { -supervisor } acabara de iniciá-la
loop-cause-woken = { $task } a acordou
# $stations lists loop-station; $due is in seconds.
loop-fire-why = O laço dorme até o prazo mais próximo e dispara o { -timer } que vence então: { $stations }, em { $due } s. Um prazo posterior espera a sua vez.
loop-fire-why-tie = O prazo mais próximo, { $due } s, é compartilhado por { $stations }: o laço dispara em uma só volta todo { -timer } que vence então, e as { -task(number: "other") } deles entram juntas na { -ready-queue } (o asyncio pega os { -timer(number: "other") } empatados na ordem do seu heap; esta página os pega na ordem dos { -station(number: "other") }).
# $now and $due are in seconds; $stations lists loop-station.
loop-fire-why-late =
    Uma { -task } segurou a { -thread } até { $now } s, depois do prazo mais próximo ({ $due } s). Quando ela a soltou, o laço disparou todo { -timer } que já tinha vencido, o mais antigo primeiro: { $count ->
        [one] { $stations }
       *[other] { $stations }, nessa ordem
    }.
# $kind is "be-the-loop".
lesson-cannot-one-of-many = uma pergunta { $kind } faz uma escolha após a outra, no seu próprio painel
# $found is the value in the file.
lesson-error-decisions = esperava-se um número de escolhas de 1 a { $limit }; veio { $found }
lesson-error-flag = esperava-se true ou false; veio { $found }
# The panel of the loop's choices, in a lesson step and with loop=1.
loop-choice-of = Escolha { $number } de { $count }
loop-kind-resume = Retome uma { -task }.
loop-kind-fire = Dispare um { -timer }.
# $answer is the option asyncio takes.
loop-asyncio-would = Não é o que o asyncio faz: ele escolhe { $answer }.
loop-next = Próxima escolha
loop-done =
    { $count ->
        [one] Você fez { $count } escolha do laço
       *[other] Você fez { $count } escolhas do laço
    }; { $right } como o asyncio as faz.
loop-none = Deste momento até o fim da execução, o laço não tem escolha a fazer: no máximo uma { -task } fica pronta de cada vez, e no máximo um { -timer } espera.
loop-mode-title = Você é o { -event-loop }
loop-mode-intro = A execução para em cada escolha que o { -event-loop } faz. Decida o que ele faz; a página confere a sua escolha com as regras do asyncio, e então a execução segue a partir da escolha certa.
# A step's name in results: $title is the lesson's.
results-step-name = { $title }, passo { $number } de { $steps }
lesson-confidence = Qual é a sua certeza?
lesson-confidence-guess = É um chute
lesson-confidence-fairly-sure = Quase certeza
lesson-confidence-sure = Certeza
lesson-reason = Por quê? Em uma linha:
    .placeholder = porque…
lesson-your-reason = A sua justificativa:
results-download = Baixar os meus resultados
    .title = Todas as respostas desta lição em um arquivo JSON (declarações xAPI) para a visão de turma do seu professor; nada sai do seu navegador até que você o envie.
lesson-summary-loop = Fazendo o papel do laço: { $right } de { $asked ->
        [one] { $asked } escolha
       *[other] { $asked } escolhas
    } como o asyncio as faz.
loop-queue-note = A visão da { -thread } abaixo do { -lot } mostra a { -thread } como estava no último evento; o laço escolhe depois dele.

## The built-in lessons (their English is lessons/<id>.json)

lesson-one-thread-title = Uma { -thread }, muitas { -task(number: "other") }
lesson-one-thread-step-1 = Três { -station(number: "other") } de vacinação compartilham uma só { -thread }. Cada { -station } processa a sua { -box } de { -dose(number: "other") } como uma { -task } assíncrona: para cada { -shot }, ele dorme pelo tempo que a { -shot } leva e então a faz. Nada aqui roda em paralelo. O { -executor } roda uma { -task } de cada vez, e uma { -task } só roda até chegar a um await. O { -supervisor } abriu uma { -box } em cada { -station } e agora espera a primeira { -task } terminar.
lesson-one-thread-step-2 = O { -awaited-set } tem uma { -task } por { -station }, e a { -timer-queue } guarda o momento em que cada { -task } adormecida deve acordar. O { -supervisor } também está dormindo, esperando que a primeira { -task } do conjunto termine.
lesson-one-thread-step-3 = O { -station } 3 aplicou a última { -dose } da sua { -box }: a { -task } dele retornou, e o { -supervisor }, que aguarda o conjunto das { -task(number: "other") } dos { -station(number: "other") }, acordou para essa { -task } e relatou a { -box } dela. As outras duas { -task(number: "other") } continuam rodando. O conjunto que o { -supervisor } aguarda não é fixo: ele muda conforme a execução avança.
lesson-one-thread-step-4 = O { -inspector } mostra as sondagens e os despertares de cada { -task }. Uma { -task } é sondada quando começa e cada vez que o seu { -timer } a acorda; entre uma coisa e outra ela fica parada e não ocupa nada. É por isso que uma só { -thread } dá conta de muitos { -station(number: "other") }: quase o tempo todo, todas as { -task(number: "other") } estão dormindo.
lesson-one-thread-step-5 = O { -depot } acaba de entregar a sua última { -box }. De agora em diante, o { -supervisor } não inicia nenhuma { -task } nova: ele só espera as { -task(number: "other") } que ainda estão rodando, e cada { -station } para quando a sua última { -box } termina.
lesson-one-thread-step-6 = A execução terminou. Cada { -dose } está contabilizada: as { -dose(number: "other") } aplicadas e as desperdiçadas somam todas as { -dose(number: "other") } do { -depot }. Repita qualquer passo, ou mude os parâmetros e veja o mesmo laço dar conta de mais { -station(number: "other") }.
lesson-one-thread-summary = Concorrência em uma só { -thread }: as { -task(number: "other") } se revezam, e uma { -task } só roda até chegar a um await. Uma { -task } dormindo não custa nada, então um só laço mantém muitos { -station(number: "other") } ocupados enquanto o { -supervisor } trata cada { -task } assim que ela termina.

lesson-failure-title = Erros como valores
lesson-failure-step-1 = Nesta execução, uma { -dose } pode estragar: cada { -shot } falha com uma pequena probabilidade, e então a { -task } do { -station } termina com um erro em vez de uma contagem. No Rust, a { -task } retorna um valor Err. No asyncio, a corrotina lança uma exceção, e a { -task } a guarda até que alguém peça o seu resultado.
lesson-failure-step-2 = A { -task } do { -station } 1 acaba de falhar: a { -dose } 17 da sua { -box } estragou, e a { -task } terminou com um erro em vez de uma contagem. Uma { -task } que falha também terminou: para o { -supervisor }, que espera a primeira { -task } terminar, um erro é um resultado como outro qualquer.
lesson-failure-step-3 = O { -supervisor } recebeu o erro da { -task } concluída e o relatou. As { -dose(number: "other") } que restavam na { -box } com falha contam como desperdiçadas, não como perdidas, e o { -station } recomeça com uma { -box } nova do { -depot }. Leia o registro: a falha indica o { -station }, a { -box } e a { -dose } estragada.
lesson-failure-step-4 = Você pode quebrar um { -station } por conta própria: clique em um { -station } em atividade no { -lot }, ou dê foco a ele e pressione Enter. O { -supervisor } trata esse erro exatamente como uma { -dose } estragada. Antes de tentar, preveja quanto custaria quebrar o { -station } 1 agora.
lesson-failure-step-5 = As estatísticas: { -dose(number: "other") } aplicadas, { -dose(number: "other") } desperdiçadas e as { -box(number: "other") } que falharam. O que quer que falhe, as contas continuam fechando: as { -dose(number: "other") } aplicadas, as desperdiçadas e as que ainda estão em { -box(number: "other") } abertas sempre somam todas as { -dose(number: "other") } tiradas do { -depot }.
lesson-failure-step-6 = No código, o { -supervisor } examina o resultado de cada { -task } concluída: uma contagem em caso de sucesso, um erro em caso de falha, e de um jeito ou de outro o { -station } recebe uma { -box } nova enquanto o { -depot } tiver alguma. Uma falha nunca para o laço, porque o erro chega como um valor que o { -supervisor } trata.
lesson-failure-summary = Um erro é um resultado como outro qualquer: a { -task } que falhou terminou, o { -supervisor } recebe o erro dela como um valor, conta como desperdiçadas as { -dose(number: "other") } que restavam na { -box } e reinicia o { -station }, e o laço segue.

lesson-blocking-title = Uma { -task } que nunca dá await
lesson-blocking-step-1 = O { -station } 1 foi escrito errado: para cada { -shot }, ele dorme com uma chamada bloqueante (time.sleep no Python, std::thread::sleep no Rust; o motor a imita avançando o relógio enquanto segura a { -thread }) em vez de aguardar um sleep. Uma chamada bloqueante segura a { -thread }. Os { -station(number: "other") } 2 e 3 estão escritos como antes, e as três { -task(number: "other") } foram iniciadas juntas.
lesson-blocking-step-2 = O { -station } 1 acaba de soltar a { -thread }: a sua { -box } terminou e a { -task } dele retornou. Os { -station(number: "other") } 2 e 3 não fizeram nenhuma { -shot }: o { -station } 1 rodou primeiro e segurou a { -thread } antes que as { -task(number: "other") } deles pudessem sequer começar o primeiro sono. Elas o começam agora, e o { -supervisor } põe o { -station } 1 para trabalhar em uma { -box } nova, que vai rodar antes que os { -timer(number: "other") } deles vençam. Olhe o { -executor }: o { -awaited-set } e a { -timer-queue }.
lesson-blocking-step-3 = O { -station } 1 soltou a { -thread } de novo, depois da sua segunda { -box }. Enquanto ele segurava a { -thread }, os { -timer(number: "other") } dos { -station(number: "other") } 2 e 3 venceram; quando ele a soltou, eles dispararam, e as { -task(number: "other") } deles agora esperam na { -ready-queue }, mostrada abaixo do { -lot }. O { -supervisor } está com a { -thread }: ele acaba de dar ao { -station } 1 a sua próxima { -box }.
lesson-blocking-step-4 = Os { -station(number: "other") } 2 e 3 quase não fizeram { -shot(number: "other") }: cada um faz uma { -shot } por { -box } do { -station } 1. Cada vez que o { -station } 1 solta a { -thread }, os { -timer(number: "other") } que venceram nesse meio-tempo disparam juntos, os { -station(number: "other") } 2 e 3 ganham uma volta cada um, e a próxima { -box } do { -station } 1 toma a { -thread } de novo.
lesson-blocking-step-5 = O { -station } 1 terminou a sua última { -box } antes que os outros terminassem a primeira. Olhe a { -thread } abaixo do { -lot }: a sua faixa de voltas recentes mostra quem rodou, e por quanto tempo. As voltas do { -station } 1 duram segundos, uma { -box } inteira cada; entre elas, os { -station(number: "other") } 2 e 3 ganham uma volta cada um, do tamanho de uma { -shot }, que não leva tempo nenhum.
lesson-blocking-step-6 = A correção é aguardar um sleep que devolva a { -thread }: no Python, await asyncio.sleep(...) no lugar de time.sleep(...), uma palavra-chave e outra função; no Rust, o sleep do runtime, com await. Aí um { -station } devolve a { -thread } a cada { -shot }, e os outros rodam enquanto ele espera. Qualquer chamada bloqueante faz o mesmo estrago: ler um arquivo, uma computação lenta, uma chamada de rede sem await.
lesson-blocking-summary = Uma { -task } que nunca dá await segura a { -thread }, e nenhuma outra { -task } roda até que ela a solte. Use await em vez de bloquear, para que as outras rodem enquanto uma { -task } espera.

lesson-policies-title = Esperar pela primeira, ou por todas
lesson-policies-step-1 = Os { -station(number: "other") } trabalham em velocidades diferentes: o { -station } 1 faz as suas { -shot(number: "other") } duas vezes mais rápido que o { -station } 2, e o { -station } 3, na metade da velocidade do { -station } 2. O { -supervisor } espera a primeira { -task } terminar (FIRST_COMPLETED) e reinicia esse { -station } na hora. Suponha que ele esperasse todas elas (ALL_COMPLETED) antes de reabastecer qualquer um.
lesson-policies-step-2 = Agora a mesma semente sob ALL_COMPLETED: o { -supervisor } espera o lote inteiro de { -task(number: "other") } que iniciou. O { -station } 1 terminou a sua { -box } primeiro, e o { -supervisor } a relatou.
lesson-policies-step-3 = A { -task } do { -station } 2 também retornou, e a sua { -box } foi relatada. O { -station } 3, o mais lento, ainda trabalha na sua primeira { -box }. O { -awaited-set } mostra o que o { -supervisor } aguarda.
lesson-policies-step-4 = Os gráficos repetem a mesma semente sob cada política. O tempo com { -box } aberta mostra onde ALL_COMPLETED perde: os { -station(number: "other") } rápidos esperam o mais lento em cada lote.
lesson-policies-step-5 = Uma terceira via: a { -task } de cada { -station } envia o seu resultado por uma fila, e o { -supervisor } tira os resultados da fila na ordem em que chegam. É a mesma execução que FIRST_COMPLETED, { -box } por { -box } e microssegundo por microssegundo, escrita de outro jeito. Compare o código das duas.
lesson-policies-summary = O modo como o { -supervisor } espera decide como os { -station(number: "other") } são usados: FIRST_COMPLETED reabastece cada { -station } assim que ele termina, enquanto ALL_COMPLETED deixa os rápidos ociosos até que o mais lento do lote termine.

lesson-article-title = O laço do artigo, com erros e tudo
lesson-article-step-1 = Esta execução segue o fluxo de controle do artigo clássico de asyncio, tal como foi escrito. O laço dele não conta { -box(number: "other") }: conta quantas vezes esperou pelo conjunto de { -task(number: "other") } dos { -station(number: "other") }, e para depois de tantas esperas quantas são as { -box(number: "other") }. Toda { -task } que ele encontra concluída ganha uma { -box } nova na hora, restem { -box(number: "other") } ou não.
lesson-article-step-2 = O laço está perto da sua última espera, e todo { -station } está no meio de uma { -box }. Quando essa espera retornar, o programa termina, e asyncio.run cancela toda { -task } que ainda estiver rodando. Preveja quanto isso custa.
lesson-article-step-3 = O { -depot } mostra as { -box(number: "other") } tiradas além dele: o laço reiniciou { -task(number: "other") } depois que a última { -box } acabou. As estatísticas contam as { -dose(number: "other") } que sumiram: as que as { -task(number: "other") } canceladas tinham aplicado, que nunca foram relatadas, e as que ficaram nas { -box(number: "other") } delas, descartadas.
lesson-article-step-4 = Agora toda { -shot } leva exatamente 100 ms, então os três { -station(number: "other") } terminam cada { -box } no mesmo instante, e uma espera retorna as três { -task(number: "other") }. O laço imprime o seu contador de esperas onde deveria estar o número da { -box }.
lesson-article-step-5 = Cada número aparece três vezes, e o laço relata três { -box(number: "other") } por espera: depois das suas seis esperas, ele relatou dezoito { -box(number: "other") } de um { -depot } de seis. A comparação repete a mesma semente sob cada política: os { -supervisor(number: "other") } corretos abrem seis { -box(number: "other") } e não perdem nada.
lesson-article-step-6 = A mesma execução sob FIRST_COMPLETED, tal como o { -supervisor } deste app a escreve: ele conta { -box(number: "other") }, só reinicia um { -station } enquanto o { -depot } tiver uma, e espera os { -station(number: "other") } que ainda trabalham antes de retornar. Toda { -dose } é aplicada e relatada.
lesson-article-summary = Conte o que você quer contar: o laço do artigo conta esperas em vez de { -box(number: "other") }, então tira { -box(number: "other") } além do { -depot }, imprime números de espera como números de { -box }, e a sua saída cancela { -task(number: "other") } cujas { -dose(number: "other") } nunca são relatadas.

lesson-own-supervisor-title = Escreva o seu próprio { -supervisor }
lesson-own-supervisor-step-1 = Aqui o laço do artigo clássico é um programa seu: a visualização do Python o mostra em um editor, e o CPython o roda com os { -station(number: "other") } e os sorteios desta execução. Ele inicia uma { -task } por { -station }, espera um número fixo de vezes e reinicia todo { -station } que encontra concluído. Preveja antes de olhar: quanto ele perde?
lesson-own-supervisor-step-2 = Este { -supervisor } inicia uma { -task } por { -station } e nunca espera nenhuma delas; ele só dorme. Uma { -task } não precisa que alguém a aguarde para rodar: o { -event-loop } a roda do mesmo jeito. Mas ninguém pega o seu resultado, então ninguém relata a sua { -box }.
lesson-own-supervisor-step-3 = O conserto: esperar enquanto alguma { -task } roda, quantas esperas forem precisas, relatar toda { -task } de cada conjunto de concluídas e só reiniciar um { -station } enquanto o { -depot } tiver uma { -box }. Preveja o que este perde.
lesson-own-supervisor-step-4 = Este também relata toda { -box }, mas pausa depois de cada relato com time.sleep. Nada se perde, e no entanto: olhe as notas abaixo do resultado. Enquanto o { -supervisor } dorme desse jeito, ele segura a única { -thread }, e nenhum { -station } faz uma { -shot }. Compare quando a execução dele termina com a do anterior.
lesson-own-supervisor-step-5 = O seu programa agora é o { -supervisor } FIRST_COMPLETED do motor, linha por linha. O botão abaixo do resultado compara as duas execuções evento a evento com os mesmos sorteios. Mude o programa no editor, rode de novo e veja onde as duas se separam.
lesson-own-supervisor-summary = Um { -supervisor } responde por toda { -task } que inicia: espera cada uma, examina o seu resultado e só retorna quando não resta nenhuma rodando. Uma { -task } que ninguém espera ainda roda, e o que ela faz se perde da contagem.

lesson-exercises-title = Exercícios
lesson-exercises-step-1 = A sua vez: este { -supervisor } só espera enquanto todo { -station } está ocupado. Assim que um deles encontra o { -depot } vazio, ele retorna, e asyncio.run cancela as { -task(number: "other") } que ainda estão fazendo { -shot(number: "other") }. Mude-o no editor até que ele relate toda { -box } e não perca nenhuma { -dose }, depois pressione “Rodar o meu”. A meta abaixo confere cada execução sua.
lesson-exercises-step-2 = Este { -supervisor } não perde nada, mas pausa depois de cada relato com time.sleep, que segura a única { -thread }: nenhum { -station } faz uma { -shot } enquanto isso. Você escreve só o { -supervisor } (os { -station(number: "other") } são da página), então aqui a chamada bloqueante é do { -supervisor }. Faça-o pausar sem segurar a { -thread }, e pressione “Rodar o meu” de novo.
lesson-exercises-step-3 = Sob ALL_COMPLETED, cada lote de { -box(number: "other") } espera a mais lenta, e o { -station } 3 trabalha na metade da velocidade. Termine o mesmo { -depot } mais cedo: mude a política, os { -station(number: "other") } ou as velocidades deles em Parâmetros, no pé da página, aplique e reproduza a execução até o fim. A meta confere a execução na tela.
lesson-exercises-summary = Um exercício é conferido na sua própria execução, nunca à mão: o CPython roda o seu { -supervisor } com os sorteios do motor, e a página conta cada { -box } e cada { -dose } que ele relata, cada chamada bloqueante e quanto tempo o { -depot } leva.

lesson-event-loop-title = Você é o { -event-loop }
lesson-event-loop-step-1 = Desta vez, você é o { -event-loop }. O { -supervisor } acaba de iniciar as { -task(number: "other") } de três { -station(number: "other") }; os { -station(number: "other") } 1 e 2 levam 0,2 s por { -shot }, o { -station } 3 leva 0,4 s. Em cada escolha do laço, decida o que ele faz: qual { -task } pronta ele retoma ou, quando nenhuma está pronta, qual { -timer } ele dispara. Cada escolha é conferida com as regras do asyncio, e a execução segue a partir da escolha certa.
lesson-event-loop-step-2 = Os { -station(number: "other") } 1 e 2 estão prestes a fazer a última { -shot } das suas { -box(number: "other") }. Faça o papel do laço de novo: observe quem é acordado quando a { -task } de um { -station } termina, e onde ela entra na { -ready-queue }.
lesson-event-loop-step-3 = Outra execução: agora o { -station } 2 bloqueia a { -thread } durante a sua { -box } inteira, 0,6 s, com uma chamada bloqueante em vez de um await. Os { -timer(number: "other") } dos { -station(number: "other") } 1 e 3 vencem enquanto ele segura a { -thread }. Qual deles o laço dispara quando recebe a { -thread } de volta, e quem ele retoma?
lesson-event-loop-step-4 = De volta à primeira execução, agora observando em vez de jogar: a visão da { -thread } abaixo do { -lot } mostra a { -ready-queue } em cada evento de qualquer execução, o início primeiro. Os { -timer(number: "other") } dos { -station(number: "other") } 1 e 2 venceram juntos de novo, e o do { -station } 3 com eles.
lesson-event-loop-step-5 = Esse é todo o trabalho do laço: pegar a { -ready-queue } pelo início e, quando ela está vazia, dormir até o { -timer } mais próximo. A visão da { -thread } abaixo do { -lot } mostra a mesma fila a cada momento de qualquer execução; abra o { -lot } com loop=1 no endereço para continuar fazendo o papel do laço em uma execução sua.
lesson-event-loop-summary = O laço faz dois tipos de escolha, e nenhum deles depende das { -task(number: "other") }. Ele retoma as { -task(number: "other") } prontas na ordem em que ficaram prontas, a primeira que entra é a primeira que sai; quando nenhuma está pronta, ele dorme até o prazo mais próximo e dispara em uma só volta todo { -timer } que vence então. Uma { -task } que termina só acorda quem a aguarda por meio de um callback de conclusão, uma volta depois, e uma { -task } que bloqueia faz todo { -timer } que venceu nesse meio-tempo esperar até que ela solte a { -thread }.
