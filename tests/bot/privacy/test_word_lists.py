"""The word lists that make a word no name never hold a surname: a brand that is also a
listed surname would let "Hruška volal" through."""

from __future__ import annotations

import pytest

from bot.privacy import find_personal_data, surnames
from bot.search.index import knowledge_file
from bot.text.czech import fold
from tests.bot.privacy.checking import TODAY, refused


def test_no_brand_is_a_listed_surname() -> None:
    lines = knowledge_file("brands.txt").read_text(encoding="utf-8").splitlines()
    brands = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert [brand for brand in brands if fold(brand) in surnames()] == []


def test_a_shop_chain_named_like_a_person_is_still_the_person() -> None:
    assert refused("Hruška volal, že přijde zítra.")


@pytest.mark.parametrize(
    "note",
    [
        "Client from Moldova, K-2026-117, needs a shelter",
        "Client K-2026-117 deported to Mongolia last year",
        "Client K-2026-118 grew up in Romania, speaks little Czech",
        "Workshop for NGOs working with people from Ukraine and Belarus",
    ],
)
def test_countries_named_in_english_are_no_names(note: str) -> None:
    assert find_personal_data(note, today=TODAY) == [], note
