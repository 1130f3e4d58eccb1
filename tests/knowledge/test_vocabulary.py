"""The vocabulary file a coordinator edits: valid, complete for the profile, free of traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.kb import profile
from bot.search.context import load_context_words
from bot.search.index import load_place_names, load_towns
from bot.search.vocabulary import VocabularyError, load_vocabulary
from bot.text.czech import fold


def test_the_vocabulary_loads_and_covers_every_need_and_target() -> None:
    phrases = load_vocabulary()

    assert {p.code for p in phrases if p.kind == "need"} == profile.CODES[profile.NEED]
    assert {p.code for p in phrases if p.kind == "target"} == profile.CODES[profile.TARGET]
    assert any(p.kind == "capacity" for p in phrases) and any(p.kind == "prison" for p in phrases)


def test_colloquial_and_professional_words_from_the_field_are_there() -> None:
    by_text = {p.text: p.code for p in load_vocabulary()}
    for text, code in [
        ("azylák", "housing-shelter"),
        ("DPC", "housing-halfway"),
        ("K-centrum", "addiction"),
        ("exekuce", "debt"),
        ("občanka", "documents"),
        ("rekvalifikace", "education"),
        ("mediace", "restorative"),
        ("toxikoman", "addicted"),
        ("doléčení", "addiction"),
        ("praktik", "health"),
        ("praktický lékař", "health"),
        ("zaměstnávání", "employment"),
        ("zaměstnat", "employment"),
        ("sociální rehabilitace", "counselling"),
        ("po VTOS", "released"),
    ]:
        assert by_text[text] == code
    both = {p.code for p in load_vocabulary() if p.text == "finanční gramotnost"}
    assert both == {"debt", "education"}


def test_colloquial_town_names_are_data() -> None:
    """knowledge/places.csv: the names workers type for towns, each for a town we know."""
    names = load_place_names()
    known = {fold(name) for name, _ in load_towns().values()}

    assert set(names) <= known
    assert "Valmez" in names["valasske mezirici"]
    assert {"Budějky", "Budějice"} <= set(names["ceske budejovice"])
    assert "Olmik" in names["olomouc"] and "Hradec" in names["hradec kralove"]


def test_a_bad_vocabulary_file_names_every_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "vocabulary.csv"
    bad.write_text(
        "kind,code,phrase,note\n"
        "need,housing,bydlení,\n"
        "need,flats,byty,\n"
        "need,housing,byt,\n"
        "need,debt,bydlení,\n"
        "colour,red,červená,\n",
        encoding="utf-8",
    )

    with pytest.raises(VocabularyError) as refused:
        load_vocabulary(bad)

    message = str(refused.value)
    assert "line 3: 'flats' is not a need code" in message
    assert "line 4: 'byt' alone is an everyday word" in message
    assert "line 5: 'bydlení' (debt) clashes with 'housing' at line 2" in message
    assert "line 6: unknown kind 'colour'" in message


def test_exact_forms_and_phrases_that_say_two_things(tmp_path: Path) -> None:
    source = tmp_path / "vocabulary.csv"
    source.write_text(
        "kind,code,phrase,note\n"
        "target,women,=klientka,\n"
        "target,women+children,máma s dětmi,\n"
        "target,women+pirates,holka,\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError) as refused:
        load_vocabulary(source)
    assert "line 4: 'pirates' is not a target code" in str(refused.value)

    source.write_text("\n".join(source.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    phrases = load_vocabulary(source)

    assert [(p.code, p.text, p.exact, p.key) for p in phrases] == [
        ("women", "klientka", True, ("=klientka",)),
        ("women", "máma s dětmi", False, phrases[1].key),
        ("children", "máma s dětmi", False, phrases[1].key),
    ]


def test_the_context_words_load_and_every_role_has_words() -> None:
    context = load_context_words()

    assert {"z", "ze", "from"} <= context.origin
    assert {"nejde", "neni", "bez"} <= context.negators
    assert "potrebuje" in context.request and "sedi" in context.inside
    assert context.outside and context.outside_beginnings and context.leaving and context.asker
    assert {"zije", "bydli", "stehuje"} <= context.living and "kdekoliv" in context.anywhere


def test_a_bad_context_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "context.csv"
    source.write_text("role,word,note\nmaybe,snad,\n", encoding="utf-8")

    with pytest.raises(ValueError, match="line 2"):
        load_context_words.__wrapped__(source)
