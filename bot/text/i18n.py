"""The bot's texts, from gettext catalogues (bot/locale/<language>/LC_MESSAGES/spojka.po).

Messages are keyed ("answer.understood") so that handlers never hold text; translators edit
the .po files with any gettext tool. Babel reads the .po files at start (no compile step to
forget) into a dict. `text(language, key, **values)` fills a template; every value is HTML-escaped
(Telegram's HTML parse mode) unless it is wrapped in `Html` because it is already markup.
"""

from __future__ import annotations

import html
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


@cache
def catalogue(language: str) -> dict[str, str]:
    """Every key of a language with its text, read from the .po file with Babel."""
    source = files("bot") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    return {
        message.id: message.string
        for message in catalog
        if isinstance(message.id, str) and message.id and isinstance(message.string, str)
    }


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
    template = catalogue(language).get(key) or catalogue(DEFAULT)[key]
    return template.format(**{name: escape(value) for name, value in values.items()})


def refusal(language: str, problem: InvalidValue) -> str:
    """Why a typed value was refused, in the person's language; for personal data, what was
    found ("jméno, datum narození") without repeating it."""
    found = ", ".join(dict.fromkeys(text(language, finding.reason) for finding in problem.findings))
    values: dict[str, object] = dict(problem.values)
    if problem.findings:
        values["found"] = found
    return text(language, problem.reason, **values)
