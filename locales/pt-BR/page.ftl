# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Vacinação no { -lot }
masthead-asyncio = Como o asyncio do Python roda muitas { -task(number: "other") } em uma só { -thread }, encenado ao vivo por um gêmeo em Rust no seu navegador.
masthead-tagline = Cada { -station } é uma { -task } assíncrona na única { -thread } do navegador. Um { -supervisor } aguarda a primeira { -task } que termina sua { -box } de { -dose(number: "other") }, relata o resultado e reinicia o { -station } com uma { -box } nova.
masthead-lessons = Lições
masthead-help = ? Ajuda
    .aria-label = Teclado e ajuda (?)
masthead-share = Compartilhar
# Opens the dialog that exports the lot for slides (export.ftl).
masthead-export = Exportar
masthead-projector = Tema para projetor
# Followed by the run's state, one of the four below.
masthead-status = Estado:{" "}
masthead-status-ready = pronto
masthead-status-running = rodando
masthead-status-paused = pausado
masthead-status-finished = concluído

language-menu = Idioma
    .title = O idioma da página
language-failed = Não foi possível carregar as mensagens em { $language }, então a página continua em inglês.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Semente
footer-link = link para esta execução
footer-same-run = o mesmo link sempre mostra a mesma execução.

## Below the lot.


## Dialogs.

dialog-close = Fechar

## The help overlay: keyboard shortcuts.

help-title = Teclado e ajuda
# Key names; the other keys are shown as symbols or letters.
help-key-space = Espaço
help-key-enter = Enter em um { -station }
help-toggle-play = iniciar, pausar ou continuar
help-step = passo: mostrar exatamente mais um evento
help-step-back = voltar um evento (repete a execução)
help-reset = recomeçar a execução
help-break = quebrar a { -task } desse { -station }
help-help = mostrar ou ocultar esta ajuda
help-text = Todo controle é um botão ou campo que você alcança com Tab. Os painéis abaixo do { -lot } podem ser recolhidos; passe o mouse ou dê foco a um termo pontilhado para ver o seu significado. Um link para a página abre a mesma execução.

## The share dialog.

share-title = Compartilhar esta execução
share-link = Link (todos os parâmetros e a semente: sempre mostra esta execução)
share-copy-link = Copiar link
share-lesson = abrir a lição exibida (link e incorporação)
share-embed = Incorporar em uma página ou slide
share-width = Largura
share-height = Altura
# CSS pixels, after the width and the height.
share-px = px
share-compact = layout compacto
share-autoplay = iniciar ao carregar
share-panels = Painéis didáticos na incorporação
share-size-error = A largura deve ser de { $min_width } a { $max_width } px e a altura de { $min_height } a { $max_height } px.
share-snippet = código do iframe
share-copy-snippet = Copiar código
share-copied = Copiado.
share-copy-failed = O navegador não permitiu copiar: selecione o texto e copie-o manualmente.
# The embedded page's title attribute, in the snippet a teacher copies.
share-iframe-title = Vacinação no { -lot }: { -task(number: "other") } assíncronas em uma só { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Modo fuzz
fuzz-heading = Modo fuzz:{" "}
# Followed by the last action as the program names it, and a full stop.
fuzz-summary = { $actions ->
        [one] { $actions } ação aleatória
       *[other] { $actions } ações aleatórias
    }, { $frames ->
        [one] { $frames } quadro verificado
       *[other] { $frames } quadros verificados
    }, { $problems ->
        [0] nenhum problema encontrado
        [one] { $problems } problema
       *[other] { $problems } problemas
    }. Última ação:{" "}
fuzz-ledger = contabilidade: { $detail }
fuzz-conservation = conservação: { $detail }
fuzz-stations = { $shown ->
        [one] { $shown } { -station } exibido
       *[other] { $shown } { -station(number: "other") } exibidos
    } para { $configured ->
        [one] { $configured } configurado
       *[other] { $configured } configurados
    }
fuzz-clock = o relógio mostra { $clock } s antes do último evento, em { $last } s
fuzz-unaccounted = terminou com { -dose(number: "other") } não contabilizadas

## The panel shown when the page stops.

panic-panel = A simulação parou por causa de um erro interno, e a página não responde mais. Recarregue para começar de novo. Detalhes: { $details }
