# The page's frame: the masthead, the language menu, the footer, help,
# share, notices about the page itself, fuzz mode and the panel shown if
# the page stops. (The statistics are in stats.ftl.)

## The masthead.

masthead-title = Vacunación en el { -lot }
masthead-asyncio = Cómo asyncio de Python ejecuta muchas { -task(number: "other") } en un solo { -thread }, representado en vivo por su gemelo en Rust en tu navegador.
masthead-tagline = Cada { -station } es una { -task } asíncrona en el único { -thread } del navegador. Un { -supervisor } espera con await a la primera { -task } que termina su { -box } de { -dose(number: "other") }, la notifica y vuelve a poner en marcha la { -station } con una { -box } nueva.
masthead-lessons = Lecciones
masthead-help = ? Ayuda
    .aria-label = Teclado y ayuda (?)
masthead-share = Compartir
masthead-export = Exportar
masthead-projector = Tema para proyector
masthead-status = Estado:{" "}
masthead-status-ready = lista
masthead-status-running = en marcha
masthead-status-paused = en pausa
masthead-status-finished = terminada

language-menu = Idioma
    .title = El idioma de la página
language-failed = No se pudieron cargar los mensajes en { $language }, así que la página sigue en inglés.

## The footer: "Seed 42 · link to this run · the same link always shows the same run."

footer-seed = Semilla
footer-link = enlace a esta ejecución
footer-same-run = el mismo enlace muestra siempre la misma ejecución.

## Below the lot.


## Dialogs.

dialog-close = Cerrar

## The help overlay: keyboard shortcuts.

help-title = Teclado y ayuda
help-key-space = Espacio
help-key-enter = Intro sobre una { -station }
help-toggle-play = iniciar, pausar o reanudar
help-step = paso: mostrar exactamente un evento más
help-step-back = retroceder un evento (vuelve a reproducir la ejecución)
help-reset = reiniciar la ejecución
help-break = averiar la { -task } de esa { -station }
help-help = mostrar u ocultar esta ayuda
help-text = Cada control es un botón o un campo al que puedes llegar con Tab. Los paneles bajo el { -lot } se pliegan; pasa el ratón por un término subrayado con puntos, o ponle el foco, para ver su significado. Un enlace a la página abre la misma ejecución.

## The share dialog.

share-title = Compartir esta ejecución
share-link = Enlace (todos los parámetros y la semilla: siempre muestra esta ejecución)
share-copy-link = Copiar enlace
share-lesson = abrir la lección mostrada (enlace e inserción)
share-embed = Insertar en una página o diapositiva
share-width = Ancho
share-height = Alto
share-px = px
share-compact = diseño compacto
share-autoplay = empezar al cargar
share-panels = Paneles didácticos en la inserción
share-size-error = El ancho debe estar entre { $min_width } y { $max_width } px y el alto entre { $min_height } y { $max_height } px.
share-snippet = fragmento iframe
share-copy-snippet = Copiar fragmento
share-copied = Copiado.
share-copy-failed = El navegador no permitió copiar: selecciona el texto y cópialo a mano.
share-iframe-title = Vacunación en el { -lot }: { -task(number: "other") } asíncronas en un solo { -thread }

## Fuzz mode (fuzz=1): random actions while the page checks itself.

fuzz = Modo fuzz
fuzz-heading = Modo fuzz:{" "}
fuzz-summary = { $actions ->
        [one] { $actions } acción aleatoria
       *[other] { $actions } acciones aleatorias
    }, { $frames ->
        [one] { $frames } fotograma comprobado
       *[other] { $frames } fotogramas comprobados
    }, { $problems ->
        [0] ningún problema encontrado
        [one] { $problems } problema
       *[other] { $problems } problemas
    }. Última acción:{" "}
fuzz-ledger = registro contable: { $detail }
fuzz-conservation = conservación: { $detail }
fuzz-stations = { $shown ->
        [one] { $shown } { -station } mostrada
       *[other] { $shown } { -station(number: "other") } mostradas
    } para { $configured ->
        [one] { $configured } configurada
       *[other] { $configured } configuradas
    }
fuzz-clock = el reloj marca { $clock } s, antes del último evento en { $last } s
fuzz-unaccounted = terminó con { -dose(number: "other") } sin contabilizar

## The panel shown when the page stops.

panic-panel = La simulación se detuvo por un error interno y la página ya no responde. Recarga para empezar de nuevo. Detalles: { $details }
