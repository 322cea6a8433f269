# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names ($name, stations=, policy=…), the values given and the
# values a reader types ($low, $high, words such as first or max) are
# passed as variables as the URL spells them: keep them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = Alguns parâmetros do link não foram aceitos; no lugar deles valem os padrões:
# $setting: the parameter and what the link gave, as in the URL (stations=abc);
# $accepted: one of the params-accepted-… texts; $fallback: what runs instead.
params-error = { $setting } não é aceito: esperava-se { $accepted }; usando { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = um número inteiro de { $low } a { $high }
params-accepted-event-count = um número inteiro de eventos a partir de { $low }
params-accepted-shot-seconds = segundos por { -shot }, de { $low } a { $high }
params-accepted-probability = uma probabilidade de 0 a 1
params-accepted-speed-factors = uma lista separada por vírgulas de no máximo { $max_items ->
        [one] { $max_items } fator de velocidade
       *[other] { $max_items } fatores de velocidade
    }, cada um de { $low } a { $high }
params-accepted-station-or-none = um número de { -station } de 1 a { $high }, ou 0 para nenhum
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = uma lista separada por vírgulas de pares { $form }, no máximo { $max_items }
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = uma lista separada por vírgulas de { $names }{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = segundos simulados por segundo, de { $low } a { $high }, ou { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $low } não maior que { $high }
params-accepted-fits-clock = uma execução que caiba no relógio simulado (no máximo { $power } segundos se toda { -shot } for a mais lenta)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = no máximo { $high ->
        [one] { $high } { -box }
       *[other] { $high } { -box(number: "other") }
    } com { $setting }, que cria de saída uma { -task } viva para cada { -box }
params-accepted-no-blocking = nenhum { -station } bloqueante com { $setting }, cujo programa não tem nenhum
params-accepted-station-of-run = um { -station } da execução, de 1 a { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}ou{" "}
params-list-last-and = {" "}e{" "}
params-list-alternative = , ou { $word }

## What was given, when a rule between parameters was broken.

# $value: a value as given; $condition: another parameter, name=value.
params-given-with = { $value } com { $condition }
# $capacity and $shot_max: capacity=… and shot_max=… as in the URL.
params-given-fits-clock = { $boxes } com { $capacity }, { $shot_max } e a velocidade mais lenta { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 para cada { -station }
params-fallback-none = nenhum
params-fallback-random-seed = uma semente aleatória
params-fallback-no-breaks = nenhuma quebra
params-fallback-start = o início
params-fallback-default-theme = o tema padrão
params-fallback-rust-first = a última escolha, senão Rust primeiro
params-fallback-page-default = o padrão da página
params-fallback-no-lesson = nenhuma lição
params-fallback-english = inglês
# The defaults of two parameters at once.
params-fallback-both = { $first } e { $second }

## The form.

params-form = Parâmetros
params-field-stations = { -station(number: "other", start: "upper") }
params-field-capacity = { -dose(number: "other", start: "upper") } por { -box }
params-field-boxes = { -box(number: "other", start: "upper") } no { -depot }
params-field-shot_min = { -shot(start: "upper") } mais curta [s]
params-field-shot_max = { -shot(start: "upper") } mais longa [s]
params-field-speeds = Velocidades dos { -station(number: "other") }
params-field-fail = Chance de falha por { -shot }
params-field-seed = Semente
params-field-blocking = { -station(start: "upper") } que bloqueia a { -thread }
params-field-policy = Política do { -supervisor }
params-policy-hint = como o { -supervisor } aguarda as { -task(number: "other") } dos { -station(number: "other") }
params-not-accepted = Não aceito: esperava-se { $accepted }
params-new-seed = Nova semente
params-apply = Aplicar e recomeçar

## The play controls.

controls = Controles
controls-start = Iniciar
    .title = Iniciar ou continuar (espaço)
controls-resume = Continuar
    .title = Iniciar ou continuar (espaço)
controls-pause = Pausar
    .title = Pausar (espaço)
controls-step = Passo
    .title = Mostrar exatamente mais um evento (→)
controls-reset = Recomeçar
    .title = Voltar ao início, com os parâmetros abaixo (r)
controls-speed = Velocidade:{" "}
controls-speed-max = o mais rápido possível
# $factor: simulated seconds per second.
controls-speed-real-time = { $factor }× o tempo real
controls-speed-slow-motion = { $factor }× (câmera lenta)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Desacelerado para { $speed }× para que cada volta do { -event-loop } apareça: uma { -task } roda por vez, nunca duas ao mesmo tempo. Acelere com o controle deslizante.

## One-click presets.

presets = Predefinições de velocidade
presets-article = Tempos de { -shot } do artigo
    .title = { -shot(number: "other", start: "upper") } de 1–100 ms, um segundo simulado por segundo (recomeça a execução). O relógio é virtual: o asyncio real se atrasa e agrupa { -timer(number: "other") } próximos (veja a visualização do código)
presets-realistic = { -shot(number: "other", start: "upper") } realistas de 1–3 min
    .title = { -shot(number: "other", start: "upper") } de 1–3 minutos a 600× (recomeça a execução)
presets-max = O mais rápido possível
    .title = Tantos eventos por quadro quanto couberem
presets-counting-bug = O erro de contagem do artigo
    .title = O laço do artigo com toda { -shot } durando 50 ms: cada espera retorna todos os { -station(number: "other") } (recomeça a execução)

## The timeline.

timeline = Linha do tempo
timeline-step-back = ◀ Voltar
    .title = Um evento para trás (←): repete a execução até ali
timeline-scrubber = Linha do tempo: número do evento
timeline-measuring = Linha do tempo: medindo a execução
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = evento { $shown } de { $total }, { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
timeline-position = evento { $shown } de { $total }
timeline-position-pending = evento { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = evento { $shown } (linha do tempo para execuções de até { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    })
