"""The bot's texts, from gettext catalogues (bot/locale/<language>/LC_MESSAGES/spojka.po).

Messages are keyed ("answer.understood") so that handlers never hold text; translators edit
the .po files with any gettext tool. Babel reads the .po files at start (no compile step to
forget). `text(language, key, **values)` fills a template; every value is HTML-escaped
(Telegram's HTML parse mode) unless it is wrapped in `Html` because it is already markup.
"""

from __future__ import annotations

import gettext
import html
import io
from functools import cache
from importlib.resources import files

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGUAGES = ("cs", "en")
DEFAULT = "cs"
DOMAIN = "spojka"


class Html(str):
    """A value that is already safe Telegram HTML."""


@cache
def translations(language: str) -> gettext.GNUTranslations:
    source = files("bot") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@cache
def catalogue(language: str) -> dict[str, str]:
    """Every key of a language with its text (for tests and tools)."""
    messages: dict[object, str] = translations(language)._catalog  # type: ignore[attr-defined]
    return {key: value for key, value in messages.items() if isinstance(key, str) and key}


def language_of(code: str | None, preferred: str | None = None) -> str:
    """The user's chosen language, else Telegram's language if we have it, else Czech."""
    for candidate in (preferred, (code or "").split("-")[0].lower()):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT


def escape(value: object) -> str:
    if isinstance(value, Html):
        return str(value)
    return html.escape(str(value), quote=True)


def text(language: str, key: str, /, **values: object) -> str:
    template = catalogue(language).get(key) or catalogue(DEFAULT)[key]
    return template.format(**{name: escape(value) for name, value in values.items()})
