# El marco de la página: la cabecera, el menú de idioma y los avisos
# sobre la propia página.

language-menu = Idioma
    .title = El idioma de la página
language-failed = No se pudieron cargar los mensajes en { $language }, así que la página sigue en inglés.
