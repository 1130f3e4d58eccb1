"""The vocabulary file a coordinator edits: valid, complete for the profile, free of traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.kb import profile
from bot.vocabulary import VocabularyError, load_vocabulary


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
    ]:
        assert by_text[text] == code


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
