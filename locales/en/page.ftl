# The page's frame: the masthead, the language menu and notices about
# the page itself.

language-menu = Language
    .title = The language of the page
language-failed = The { $language } messages could not be loaded, so the page stays in English.
