"""Normalising Czech words typed with or without diacritics, as ../shared/notes/czech-language.md measured.

fold -> put the diacritic back on common case endings -> Snowball Czech stem -> fold again.
"Závislostí", "zavislosti" and "závislosti" all become "zavislost".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import Stemmer
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

_WORD = re.compile(r"[^\W_]+")
# (folded ending, ending with its diacritic), longest first; applied only when >= 3 letters remain
_ENDINGS = (
    ("ymi", "ými"),
    ("imi", "ími"),
    ("ich", "ích"),
    ("ach", "ách"),
    ("ych", "ých"),
    ("eho", "ého"),
    ("yho", "ého"),  # colloquial: "do opavskýho kriminálu"
    ("iho", "ího"),  # "duchovního"
    ("imu", "ímu"),
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
    if text.isascii():
        return text.lower()  # nothing to take off (most words, as people type in a chat)
    if len(text) <= 32:
        return _fold_word(text)  # the same words are folded again and again
    return _fold(text)


def fold_unremembered(text: str) -> str:
    """fold() for words folded once, a dictionary's worth of them: fold remembers the last
    50,000 words it folded, and they would push out the words people type."""
    return text.lower() if text.isascii() else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


_fold_word = lru_cache(maxsize=50_000)(_fold)


def words(text: str, limit: int = 64) -> list[str]:
    """The folded words of a text, at most `limit` of them (caps the work on long input)."""
    return _WORD.findall(fold(text))[:limit]


_MARK = re.compile(r"[^\W_]+|[.!?]|[,;:()–—]|\s-\s")


def _marked(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word and punctuation token of `text` (folded) with its (sentence, clause) numbers; a
    mark ending a sentence or clause carries the number of the one it ends."""
    sentence = clause = 0
    for token in _MARK.findall(fold(text)):
        yield token, sentence, clause
        if token in ".!?":
            sentence += 1
            clause += 1
        elif not token[0].isalnum():
            clause += 1


def word_marks(text: str, limit: int = 64) -> list[tuple[int, int]]:
    """(sentence, clause) numbers of each of `words(text)`: the punctuation `words` drops.

    "má dluhy. Hlavně potřebuje bydlení" -> the two needs are in different sentences.
    """
    return [(sentence, clause) for token, sentence, clause in _marked(text) if token[0].isalnum()][:limit]


def question_sentences(text: str) -> frozenset[int]:
    """The numbers (as in `word_marks`) of the sentences that end with a question mark."""
    return frozenset(sentence for token, sentence, _ in _marked(text) if token == "?")


def typed_words(text: str, limit: int = 64) -> list[str]:
    """The words as typed (lower case, diacritics kept), one for each of `words(text)`."""
    typed = [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text))]
    if [fold(w) for w in typed] != _WORD.findall(fold(text)):
        return words(text, limit)  # a rare character folds into a word break: no diacritics then
    return typed[:limit]


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


# Letters a word typed without diacritics may have had them on.
_ACCENTS = {
    "a": "aá", "c": "cč", "d": "dď", "e": "eéě", "i": "ií", "n": "nň", "o": "oó",
    "r": "rř", "s": "sš", "t": "tť", "u": "uúů", "y": "yý", "z": "zž",
}  # fmt: skip
_MAX_SPELLINGS = 4096  # beyond this a word is too long to be an everyday one: not checked


@cache
def czech_forms() -> Any:
    """simplemma's Czech dictionary (every inflected form -> lemma); ~0.2 s, loaded on first use."""
    return DefaultDictionaryFactory().get_dictionary("cs")


@lru_cache(maxsize=50_000)
def is_czech_word(word: str) -> bool:
    """Whether a word, typed with or without diacritics, is an ordinary Czech word form.

    "prave" (právě), "muze" (může), "autobus" are; "zavislot", "pervitinista" are not. A real
    word is never typo-corrected into another one ("právě" is not "práce").
    """
    # Lower case only: a misspelt place ("olomuc") may happen to be some rare proper name.
    return bool(_dictionary_spellings(word.lower()))


def dictionary_lemmas(word: str) -> list[str]:
    """The dictionary forms a word typed with or without diacritics may be a form of
    ("zamestnali" -> ["zaměstnat"], "slunovratu" -> ["slunovrat"])."""
    forms = czech_forms()
    return list(dict.fromkeys(str(forms[spelling]) for spelling in _dictionary_spellings(word.lower())))


def _dictionary_spellings(lower: str) -> list[str]:
    """The spellings of a lower-case word, with diacritics put back in every way, that the
    dictionary holds ("prace" -> ["práce"]); none for a word too long to try."""
    forms = czech_forms()
    if lower in forms:
        return [lower]
    spellings = [""]
    for letter in lower:
        spellings = [s + option for s in spellings for option in _ACCENTS.get(letter, letter)]
        if len(spellings) > _MAX_SPELLINGS:
            return []
    return [s for s in spellings if s in forms]


_INFINITIVE = re.compile(r"(?:[aáeěií]t|out|ýt|ct|ci|[éíáú][sz]t)$")


@lru_cache(maxsize=50_000)
def is_verb_form(word: str) -> bool:
    """Whether a word, typed with or without diacritics, is some form of a verb ("pracuje",
    "poradit", "bych"): one dictionary look-up per spelling, no list of all verb forms."""
    forms = czech_forms()
    return any(_INFINITIVE.search(str(forms[s])) for s in _dictionary_spellings(word.lower()))


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str | None:
    """The dictionary form of a word typed with diacritics ('může' -> 'moci'), else None.

    Without diacritics a form is often ambiguous ('muze' = může or muže), so nothing is claimed.
    """
    lower = word.lower()
    if lower == fold(lower):
        return None
    # The dictionary itself, not simplemma.lemmatize: that would load a second copy (+50 MB).
    found = czech_forms().get(lower)
    return str(found) if found else None


@cache
def _unit_forms() -> dict[str, tuple[str, str, str]]:
    """knowledge/unit_forms.csv: a capacity unit (as the knowledge base names it, in the
    singular) -> its forms after 1, after 2-4 and after 0 or 5+ ("lůžko, lůžka, lůžek")."""
    with open(str(files("knowledge") / "unit_forms.csv"), encoding="utf-8", newline="") as handle:
        return {
            row["one"].strip().lower(): (row["one"], row["few"], row["many"])
            for row in csv.DictReader(handle)
        }


def unit_form(unit: str, count: int) -> str:
    """The unit as it reads after `count`: "4/18 lůžek", "2 lůžka", "1 byt"; a unit not in the
    table stays as written."""
    forms = _unit_forms().get(unit.strip().lower())
    if forms is None:
        return unit
    number = abs(count)
    return forms[0] if number == 1 else forms[1] if 2 <= number <= 4 else forms[2]
