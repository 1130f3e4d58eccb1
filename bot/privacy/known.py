"""Names the privacy check knows belong to no person: organisations and brands.

"Kotva", "Kaufland", "Air Bank" and "na Silvestra" are capitalised words no Czech dictionary
knows, placed where a surname would stand. Three sources tell them: the organisations of the
sample knowledge base, knowledge/brands.txt (shops, banks, carriers, holidays, English calendar
and language words), and the organisations of the LIVE knowledge base. The live names come from
the answer engine's index: the bot hands `learn_from_index` to the engine as its `on_index`
callback (`AnswerEngine(on_index=...)` in handlers/app.py), which the engine calls each time it
builds its index from the database (bot/search/engine.py); the engine itself knows nothing of
the privacy check, and the check stays a function of the text and of the names it is given.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.search.index import SearchIndex, knowledge_file, organization_core
from bot.text.czech import fold

_WORD = re.compile(r"[^\W\d_]+")
# what a known word loses or gains in its case forms: "Kauflandu", "Tescu", "Vánocích"
_CASE_ENDINGS = ("ich", "emi", "ami", "ech", "em", "ou", "ovi", "u", "a", "e", "y", "i")


@dataclass(frozen=True)
class KnownNames:
    words: frozenset[str]  # folded words and their stems: "kaufland", "tesc", "kotva", "kotv"
    # names of two or more words as the stems of their words ("air bank" -> ("air", "bank")),
    # by the first three letters of the first two: thousands of organisations (many of them
    # "Charita ...", "Centrum ...") cost one look-up a pair of words
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def knows(self, folded: str) -> bool:
        """A word of a known name, in any case form ("kauflandu", "vodafonu", "silvestra")."""
        if folded in self.words:
            return True
        for ending in _CASE_ENDINGS:
            # a word of three letters has no case forms: "Mar" (March) licenses no "Mára"
            if folded.endswith(ending) and len(folded) - len(ending) >= 4:
                if folded[: -len(ending)] in self.words:
                    return True
        return False

    def spans(self, folded_note: str) -> list[tuple[int, int]]:
        """Where a known name of several words stands in the (folded) note, in any case
        ("do Fondu Vavřince Kořínka", "Mostu naděje")."""
        if not self.phrases:
            return []
        words = list(_WORD.finditer(folded_note))
        found = []
        for i, word in enumerate(words[:-1]):
            key = _key(word.group(0), words[i + 1].group(0))
            for stems in self.phrases.get(key, ()):
                following = words[i : i + len(stems)]
                if len(following) == len(stems) and all(
                    w.group(0).startswith(part) for w, part in zip(following, stems, strict=True)
                ):
                    found.append((word.start(), following[-1].end()))
        return found


def _key(first: str, second: str) -> str:
    return f"{first[:3]} {second[:3]}"


def _stem(word: str) -> str:
    """A known name's word without the ending its case forms change ("tesco" -> "tesc")."""
    return word[:-1] if len(word) > 4 else word


def known_names(names: Iterable[str]) -> KnownNames:
    """The words and phrases of `names` (organisations or brands, as typed in a knowledge base).

    A name of several words is known only whole ("Nadace Vavřince Kořínka" makes no "Kořínka
    převezme" an organisation); a name of one word alone ("Kotva", "Tesco")."""
    words: set[str] = set()
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        core = [fold(w) for w in organization_core(name)] or [fold(w) for w in _WORD.findall(name)]
        parts = [w for w in core if w]
        if len(parts) == 1 and len(parts[0]) > 2 and parts[0].isalpha():
            word = parts[0]
            words.add(word)
            if word[-1] in "aeiouy" and len(word) > 4:
                words.add(word[:-1])  # "Tesco" -> "Tescu", "Alza" -> "Alze"
            elif word.endswith("um") and len(word) > 6:
                words.add(word[:-2])  # "Rudolfinum" -> "před Rudolfinem", "v Karolinu"
            elif word.endswith("a") and len(word) == 4:
                # "Jawa" -> "Jawu", "Jawou": the forms themselves, as a stem of three letters
                # would be a first name's too ("Ben" in "Benovi")
                words.update(word[:-1] + ending for ending in ("u", "y", "e", "ou", "i"))
        if len(parts) > 1 and len(parts[0]) >= 2:
            stems = tuple(_stem(w) for w in parts)
            phrases.setdefault(_key(stems[0], stems[1]), set()).add(stems)
    return KnownNames(frozenset(words), {key: tuple(found) for key, found in phrases.items()})


def merged(*sets: KnownNames) -> KnownNames:
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for known in sets:
        for key, found in known.phrases.items():
            phrases.setdefault(key, set()).update(found)
    return KnownNames(
        frozenset().union(*(known.words for known in sets)),
        {key: tuple(found) for key, found in phrases.items()},
    )


@cache
def brand_names() -> KnownNames:
    """knowledge/brands.txt: shops, banks, carriers, holidays, English calendar words."""
    return known_names(_listed("brands.txt"))


def _listed(file: str) -> list[str]:
    lines = knowledge_file(file).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def field_organisations() -> KnownNames:
    """knowledge/field_organisations.txt: well-known non-profits of the field ("Fokus", "Podané
    ruce"). A name of one word is known alone; a name of several words only whole, so that
    "Bílý kruh bezpečí" makes no "Bílý volal" an organisation."""
    names = _listed("field_organisations.txt")
    single = known_names(name for name in names if len(_WORD.findall(name)) == 1)
    several = known_names(name for name in names if len(_WORD.findall(name)) > 1)
    return KnownNames(single.words, several.phrases)


@cache
def standing_names() -> KnownNames:
    """The sample knowledge base's organisations, knowledge/brands.txt and the field's
    well-known organisations."""
    with open(knowledge_file("sample/organizations.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [name for row in rows for name in (row["name"], row["alternate_name"]) if name]
    return merged(known_names(names), brand_names(), field_organisations())


class _Live:
    """The live knowledge base's organisations, replaced at each index build."""

    names: KnownNames | None = None


def learn_organisations(names: Iterable[str]) -> None:
    """Remember the organisation names of the running knowledge base; called by the answer
    engine whenever it (re)builds its index, so a newly imported organisation is known at once."""
    _Live.names = merged(standing_names(), known_names(names))


def learn_from_index(index: SearchIndex) -> None:
    """`learn_organisations` from an answer index just built: the privacy check reads the
    organisations' names as no person's ("Kotvě"). The bot hands it to its AnswerEngine."""
    learn_organisations(name for names in index.catalog.org_names for name in names)


def current_names() -> KnownNames:
    """What the check knows now: the standing names and the live knowledge base's, if loaded."""
    return _Live.names or standing_names()
