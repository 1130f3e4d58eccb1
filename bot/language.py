"""Normalising Czech words typed with or without diacritics, as ../shared/notes/czech-language.md measured.

fold -> put the diacritic back on common case endings -> Snowball Czech stem -> fold again.
"Závislostí", "zavislosti" and "závislosti" all become "zavislost".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

import Stemmer

_WORD = re.compile(r"[^\W_]+")
# (folded ending, ending with its diacritic), longest first; applied only when >= 3 letters remain
_ENDINGS = (
    ("ymi", "ými"),
    ("imi", "ími"),
    ("ich", "ích"),
    ("ach", "ách"),
    ("ych", "ých"),
    ("eho", "ého"),
    ("emu", "ému"),
    ("ym", "ým"),
    ("im", "ím"),
    ("um", "ům"),
    ("am", "ám"),
    ("em", "ém"),
    ("ej", "ý"),  # colloquial: "azylovej dum"
)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Ústí nad Labem' -> 'usti nad labem'."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text: str, limit: int = 64) -> list[str]:
    """The folded words of a text, at most `limit` of them (caps the work on long input)."""
    return _WORD.findall(fold(text))[:limit]


@cache
def _stemmer() -> Any:
    # Built on first use, not at import time, so that `spojka --help` stays instant.
    return Stemmer.Stemmer("czech")


def _restore_ending(word: str) -> str:
    for plain, accented in _ENDINGS:
        if word.endswith(plain) and len(word) - len(plain) >= 3:
            return word[: -len(plain)] + accented
    return word


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The comparison key of one word: 'mladých', 'mladych' and 'mladým' give the same key.

    Bounded cache: a long-running bot sees endless new words in questions.
    """
    folded = fold(word)
    if len(folded) <= 3 or not folded.isalpha():
        return folded
    return fold(str(_stemmer().stemWord(_restore_ending(folded))))


def key(phrase: str) -> tuple[str, ...]:
    """The comparison key of a phrase: its words' stems, in order."""
    return tuple(stem(w) for w in words(phrase))
