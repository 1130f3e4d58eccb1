"""The bot's texts, from catalogues (bot/texts/<language>.toml), never from handler code.

`text(language, key, **values)` fills a template; every value is HTML-escaped (Telegram's
HTML parse mode) unless it is wrapped in `Html` because it is already markup.
"""

from __future__ import annotations

import html
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

LANGUAGES = ("cs", "en")
DEFAULT = "cs"


class Html(str):
    """A value that is already safe Telegram HTML."""


@cache
def catalogue(language: str) -> dict[str, str]:
    raw = (files("bot.texts") / f"{language}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(raw))


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


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
