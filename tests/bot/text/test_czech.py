"""Word normalisation: what a worker types without diacritics meets what the data says with them."""

from __future__ import annotations

import pytest

from bot.text.czech import fold, key, stem, unit_form, words


def test_fold_drops_diacritics_and_case() -> None:
    assert fold("Ústí nad Labem, ŽENY") == "usti nad labem, zeny"


@pytest.mark.parametrize(
    "forms",
    [
        ("závislostí", "zavislosti", "Závislost"),
        ("mladých", "mladych", "mladým", "mladym"),
        ("azylový", "azylovy", "azylovej"),
        ("ženy", "zeny", "ženám", "zenam"),
        ("drogy", "droga", "drogami"),
    ],
)
def test_inflected_forms_typed_any_way_share_one_key(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


def test_different_words_keep_different_keys() -> None:
    assert stem("práce") != stem("právník")
    assert key("úřad práce") != key("práce")


def test_words_are_capped_so_a_flood_of_text_stays_cheap() -> None:
    assert len(words("slovo " * 10_000)) == 64
    assert words("") == [] and words("🙂🙂 ... !!!") == []


@pytest.mark.parametrize(
    ("unit", "count", "said"),
    [("lůžko", 1, "lůžko"), ("lůžko", 4, "lůžka"), ("lůžko", 18, "lůžek"), ("lůžko", 0, "lůžek"),
     ("byt", 6, "bytů"), ("Místo", 2, "místa"), ("kontejner", 5, "kontejner")],
)  # fmt: skip
def test_a_unit_reads_right_after_its_number(unit: str, count: int, said: str) -> None:
    assert unit_form(unit, count) == said
