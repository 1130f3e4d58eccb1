"""The catalogues: the same keys and placeholders in Czech and English, valid Telegram HTML."""

from __future__ import annotations

import string

import pytest

from bot.text.i18n import Html, catalogue, language_of, text
from bot.text.telegram_html import visible_text


def placeholders(template: str | tuple[str, ...]) -> set[str]:
    forms = template if isinstance(template, tuple) else (template,)
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    czech, english = catalogue("cs"), catalogue("en")
    assert set(czech) == set(english)
    for key in czech:
        assert placeholders(czech[key]) == placeholders(english[key]), key
        assert isinstance(czech[key], tuple) == isinstance(english[key], tuple), key  # plural in both


@pytest.mark.parametrize("language", ["cs", "en"])
def test_every_text_is_valid_telegram_html_whatever_is_filled_in(language: str) -> None:
    for key, template in catalogue(language).items():
        values: dict[str, object] = dict.fromkeys(placeholders(template), '<b>&"x')
        for count in (1, 2, 5) if isinstance(template, tuple) else (None,):
            if count is not None:
                values["count"] = count
            visible_text(text(language, key, **values))  # raises on a broken tag or a bad entity


@pytest.mark.parametrize(
    ("language", "count", "said"),
    [
        ("cs", 1, "neověřeno přes 1 den"),
        ("cs", 3, "neověřeno přes 3 dny"),
        ("cs", 9, "neověřeno přes 9 dní"),
        ("cs", 0, "neověřeno přes 0 dní"),
        ("en", 1, "not confirmed for 1 day"),
        ("en", 9, "not confirmed for 9 days"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(language: str, count: int, said: str) -> None:
    stale = text(
        language, "card.capacity_stale", available=2, maximum="/22", unit="", date="1. 11.", count=count
    )
    assert said in stale
    assert text("cs", "events.preview", count=1, card="", audience="").startswith(
        "<b>Náhled</b> – takto to přijde 1 člověku"
    )


def test_a_plural_text_without_a_count_is_a_mistake_caught_at_once() -> None:
    with pytest.raises(TypeError):
        text("cs", "events.messaged")


def test_values_are_escaped_unless_already_markup() -> None:
    assert text("cs", "card.where", where="<script>") == "📍 &lt;script&gt;"
    assert text("cs", "card.where", where=Html("<i>Opava</i>")) == "📍 <i>Opava</i>"


def test_the_language_follows_telegram_and_falls_back_to_czech() -> None:
    assert language_of("en-GB") == "en"
    assert language_of("de") == "cs"
    assert language_of(None) == "cs"
    assert language_of("en", preferred="cs") == "cs"
