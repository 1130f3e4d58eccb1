"""The bot's texts, from gettext catalogues (bot/locale/<language>/LC_MESSAGES/spojka.po).

Messages are keyed ("answer.understood") so that handlers never hold text; translators edit
the .po files with any gettext tool. Babel reads the .po files at start (no compile step to
forget) into a dict. `text(language, key, **values)` fills a template; every value is HTML-escaped
(Telegram's HTML parse mode) unless it is wrapped in `Html` because it is already markup.

A text with a count is a plural message (msgid_plural, msgstr[0..n]): `text` picks the form for
`count` by the catalogue's own Plural-Forms rule ("1 den", "3 dny", "9 dní"; "1 day", "9 days").
"""

from __future__ import annotations

import gettext
import html
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from functools import cache
from importlib.resources import files

from babel.messages.pofile import read_po

from bot.refusals import InvalidValue

LANGUAGES = ("cs", "en")
DEFAULT = "cs"
DOMAIN = "spojka"


class Html(str):
    """A value that is already safe Telegram HTML."""


Template = str | tuple[str, ...]  # one text, or its plural forms


@cache
def _read(language: str) -> tuple[dict[str, Template], Callable[[int], int]]:
    source = files("bot") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    texts: dict[str, Template] = {}
    for message in catalog:
        if isinstance(message.id, str) and message.id and isinstance(message.string, str):
            texts[message.id] = message.string
        elif (
            isinstance(message.id, tuple | list)
            and message.id[0]
            and isinstance(message.string, tuple | list)
        ):
            texts[message.id[0]] = tuple(str(form) for form in message.string)
    return texts, gettext.c2py(catalog.plural_expr)


def catalogue(language: str) -> dict[str, Template]:
    """Every key of a language with its text (or plural forms), read from the .po file with Babel."""
    return _read(language)[0]


def plural_form(language: str, count: int) -> int:
    """Which of a plural message's forms `count` takes, by the catalogue's Plural-Forms."""
    return int(_read(language)[1](abs(count)))


def language_of(code: str | None, preferred: str | None = None) -> str:
    """The user's chosen language, else Telegram's language if we have it, else Czech."""
    for candidate in (preferred, (code or "").split("-")[0].lower()):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT


def czech_date(day: date | datetime) -> str:
    """'3. 12. 2026': how Czech professionals write a date (also understood in English texts)."""
    return f"{day.day}. {day.month}. {day.year}"


def czech_moment(moment: datetime, language: str, zone: tzinfo) -> str:
    """'út 1. 12. 2026 v 14:00' in the configured zone: the one way a date with a time is shown."""
    local = moment.astimezone(zone)
    weekday = text(language, f"weekday.{local.weekday()}")
    return text(
        language,
        "event.when",
        weekday=weekday,
        date=czech_date(local.date()),
        time=f"{local.hour}:{local.minute:02d}",
    )


def escape(value: object) -> str:
    if isinstance(value, Html):
        return str(value)
    return html.escape(str(value), quote=True)


def text(language: str, key: str, /, **values: object) -> str:
    chosen = language if key in catalogue(language) else DEFAULT
    template = catalogue(chosen)[key]
    if isinstance(template, tuple):  # a plural message: the form for the count
        count = values.get("count")
        if not isinstance(count, int):
            raise TypeError(f"{key} is a plural message: it needs an integer count")
        template = template[min(plural_form(chosen, count), len(template) - 1)]
    return template.format(**{name: escape(value) for name, value in values.items()})


def refusal(language: str, problem: InvalidValue) -> str:
    """Why a typed value was refused, in the person's language; for personal data, what was
    found ("jméno, datum narození") without repeating it."""
    found = ", ".join(dict.fromkeys(text(language, finding.reason) for finding in problem.findings))
    values: dict[str, object] = dict(problem.values)
    if problem.findings:
        values["found"] = found
    return text(language, problem.reason, **values)
