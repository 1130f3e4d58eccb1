"""Names the privacy check knows belong to no person: organisations and brands.

"Kotva", "Kaufland", "Air Bank" and "na Silvestra" are capitalised words no Czech dictionary
knows, placed where a surname would stand. Three sources tell them: the organisations of the
sample knowledge base, knowledge/brands.txt (shops, banks, carriers, holidays, English calendar
and language words), and the organisations of the LIVE knowledge base. The live names come from
the answer engine: it calls `learn_organisations` each time it builds its index from the
database (bot/search/engine.py), so the check itself stays a function of the text and of the
names it is given.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.search.index import knowledge_file, organization_core
from bot.text.czech import fold

_WORD = re.compile(r"[^\W\d_]+")
# what a known word loses or gains in its case forms: "Kauflandu", "Tescu", "Vánocích"
_CASE_ENDINGS = ("ich", "emi", "ami", "ech", "em", "ou", "ovi", "u", "a", "e", "y", "i")


@dataclass(frozen=True)
class KnownNames:
    words: frozenset[str]  # folded words and their stems: "kaufland", "tesc", "kotva", "kotv"
    phrases: re.Pattern[str] | None  # folded names of two or more words, any case ending

    def knows(self, folded: str) -> bool:
        """A word of a known name, in any case form ("kauflandu", "vodafonu", "silvestra")."""
        if folded in self.words:
            return True
        for ending in _CASE_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                if folded[: -len(ending)] in self.words:
                    return True
        return False

    def spans(self, folded_note: str) -> list[tuple[int, int]]:
        """Where a known name of several words stands in the (folded) note."""
        if self.phrases is None:
            return []
        return [match.span() for match in self.phrases.finditer(folded_note)]


def known_names(names: Iterable[str]) -> KnownNames:
    """The words and phrases of `names` (organisations or brands, as typed in a knowledge base)."""
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        core = [fold(w) for w in organization_core(name)] or [fold(w) for w in _WORD.findall(name)]
        parts = [w for w in core if w]
        for word in parts:
            if len(word) > 2 and word.isalpha():
                words.add(word)
                if word[-1] in "aeiouy" and len(word) > 4:
                    words.add(word[:-1])  # "Tesco" -> "Tescu", "Alza" -> "Alze"
        if len(parts) > 1:
            phrases.add(tuple(parts))
    pattern = None
    if phrases:
        # each word with any case ending: "Mostu naděje", "v Air Bank"
        alternatives = sorted(
            (r"\W+".join(_any_ending(w) for w in phrase) for phrase in phrases), key=len, reverse=True
        )
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return KnownNames(frozenset(words), pattern)


def _any_ending(word: str) -> str:
    return re.escape(word[:-1] if len(word) > 4 else word) + r"\w*"


def merged(*sets: KnownNames) -> KnownNames:
    patterns = [s.phrases.pattern for s in sets if s.phrases is not None]
    return KnownNames(
        frozenset().union(*(s.words for s in sets)),
        re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None,
    )


@cache
def brand_names() -> KnownNames:
    """knowledge/brands.txt: shops, banks, carriers, holidays, English calendar words."""
    lines = knowledge_file("brands.txt").read_text(encoding="utf-8").splitlines()
    return known_names(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def standing_names() -> KnownNames:
    """The sample knowledge base's organisations and knowledge/brands.txt."""
    with open(knowledge_file("sample/organizations.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [name for row in rows for name in (row["name"], row["alternate_name"]) if name]
    return merged(known_names(names), brand_names())


class _Live:
    """The live knowledge base's organisations, replaced at each index build."""

    names: KnownNames | None = None


def learn_organisations(names: Iterable[str]) -> None:
    """Remember the organisation names of the running knowledge base; called by the answer
    engine whenever it (re)builds its index, so a newly imported organisation is known at once."""
    _Live.names = merged(standing_names(), known_names(names))


def current_names() -> KnownNames:
    """What the check knows now: the standing names and the live knowledge base's, if loaded."""
    return _Live.names or standing_names()
