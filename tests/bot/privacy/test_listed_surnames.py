"""Common surnames that are also Czech words (knowledge/surnames.txt): after "pan"/"paní" they
are a person even in lower case, while the same words in ordinary sentences stay words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "note",
    ["zavolat panu zajicovi kvuli bytu", "volala pani liskova z ubytovny", "Volal pan Zajíc."],
)
def test_a_surname_that_is_an_animal_is_a_person_after_pan(note: str) -> None:
    assert find_personal_data(note, today=TODAY)


@pytest.mark.parametrize(
    "note",
    [
        "Zima je letos dlouhá, klient nemá bundu.",
        "Klient chová doma kočku a psa.",
        "Každý má nárok na dávku.",
        "Sokol Brno nabízí brigády.",
        "Nakoupil v Jednotě, účtenku přinese.",
    ],
)
def test_the_same_words_in_ordinary_sentences_pass(note: str) -> None:
    assert find_personal_data(note, today=TODAY) == []
