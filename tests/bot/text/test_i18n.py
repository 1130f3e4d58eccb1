"""The catalogues: the same keys and placeholders in Czech and English, valid Telegram HTML."""

from __future__ import annotations

import string

import pytest

from bot.text.i18n import Html, catalogue, language_of, text
from bot.text.telegram_html import visible_text


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    czech, english = catalogue("cs"), catalogue("en")
    assert set(czech) == set(english)
    for key in czech:
        assert placeholders(czech[key]) == placeholders(english[key]), key


@pytest.mark.parametrize("language", ["cs", "en"])
def test_every_text_is_valid_telegram_html_whatever_is_filled_in(language: str) -> None:
    for key, template in catalogue(language).items():
        filled = text(language, key, **dict.fromkeys(placeholders(template), '<b>&"x'))
        visible_text(filled)  # raises on a broken tag or a bad entity


def test_values_are_escaped_unless_already_markup() -> None:
    assert text("cs", "card.where", where="<script>") == "📍 &lt;script&gt;"
    assert text("cs", "card.where", where=Html("<i>Opava</i>")) == "📍 <i>Opava</i>"


def test_the_language_follows_telegram_and_falls_back_to_czech() -> None:
    assert language_of("en-GB") == "en"
    assert language_of("de") == "cs"
    assert language_of(None) == "cs"
    assert language_of("en", preferred="cs") == "cs"
