"""A note made ready for the rules: one script and no invisible characters (`normalise`), its
words with where they stand (`_words`), what a rule reports (`Finding`), and what every rule reads
the same way: a case code before a word, a note typed mostly in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.text.czech import fold


@dataclass(frozen=True)
class Finding:
    reason: str  # i18n key: privacy.birth_number, privacy.birth_date, privacy.name, ...
    excerpt: str  # what was found, to show the worker (it is never stored)


# Cyrillic (and Greek) letters that look like Latin ones: inside a Latin word they are a disguise
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјкмнтвѕԁӏАЕОРСУХІЈКМНТВЅԌΑΒΕΗΙΚΜΝΟΡΤΧΥΖο",
    "aeopcyxijkmhtbsdlAEOPCYXIJKMHTBSGABEHIKMNOPTXYZo",
)
# Ukrainian and Russian Cyrillic written out as Czech workers would ("Коваленко" -> "Kovalenko")
_TRANSLIT = {
    **dict(zip("абвгґдезийклмнопрстуфцчшыэі", "abvhgdezyjklmnoprstufcčšyei", strict=True)),
    **{
        "є": "je",
        "ж": "ž",
        "ї": "ji",
        "х": "ch",
        "щ": "šč",
        "ь": "",
        "ъ": "",
        "ю": "ju",
        "я": "ja",
        "ё": "jo",
    },
}
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def normalise(text: str) -> str:
    """One script, no invisible characters: look-alike letters inside Latin words become Latin,
    words written wholly in Cyrillic are transliterated (capitals kept)."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))

    def one_word(match: re.Match[str]) -> str:
        word = match.group(0)
        if not _CYRILLIC.search(word):
            return word
        if _LATIN.search(word):
            return word.translate(_LOOK_ALIKES)
        out = []
        for ch in word:
            latin = _TRANSLIT.get(ch.lower(), ch)
            out.append(latin.capitalize() if ch.isupper() else latin)
        return "".join(out)

    return re.sub(r"[^\W\d_]+", one_word, text)


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")


@dataclass(frozen=True)
class _Word:
    text: str  # as written (normalised), without a trailing full stop
    folded: str
    capital: bool  # begins with a capital letter
    initial: bool  # one capital letter and a full stop: "N."
    start: int
    end: int
    sentence_start: bool
    accented: bool  # the note is typed with diacritics: "Vančurova" is then no woman's "Vančurová"


def _standing_alone(note: str, excerpt: str) -> list[int]:
    r"""Where `excerpt` stands in `note` as words of its own (no letter, digit or "_" touching
    either end), left to right and never overlapping: what re.finditer finds for
    rf"(?<!\w){re.escape(excerpt)}(?!\w)". A plain search rather than a pattern for each
    excerpt: those patterns overflowed re's cache and were compiled again and again (~10 % of
    the check's time)."""
    if not excerpt:
        return [m.start() for m in re.finditer(r"(?<!\w)(?!\w)", note)]
    found: list[int] = []
    size, end = len(excerpt), len(note)
    here = note.find(excerpt)
    while here >= 0:
        after = here + size
        if (here == 0 or not _wordlike(note[here - 1])) and (after == end or not _wordlike(note[after])):
            found.append(here)
            here = note.find(excerpt, after)
        else:
            here = note.find(excerpt, here + 1)
    return found


def _wordlike(character: str) -> bool:
    r"""What re's \w matches in a str pattern."""
    return character.isalnum() or character == "_"


def _words(text: str) -> list[_Word]:
    shouting = _shouting(text)
    found: list[_Word] = []
    accented = any(c in _CZECH_ACCENTS for c in text)
    for match in _WORD.finditer(text):
        raw = match.group(0)
        word = raw.rstrip(".")
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        sentence_start = at < 0 or text[at] in ".!?:;\n(–—-•*"
        found.append(
            _Word(
                text=word,
                folded=fold(word),
                capital=word[:1].isupper() and (not word.isupper() or len(word) > 1 or shouting),
                initial=len(word) == 1 and word.isupper() and raw.endswith("."),
                start=match.start(),
                end=match.end(),
                sentence_start=bool(sentence_start),
                accented=accented,
            )
        )
    return found


_CZECH_ACCENTS = frozenset("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")


def _dotted(word: _Word) -> bool:
    """A word written with a full stop after it ("nám.")."""
    return word.end - word.start > len(word.text)


_CASE_CODE_BEFORE = re.compile(r"\bk-?\d[\d-]*\s+$", re.IGNORECASE)


def _shouting(text: str) -> bool:
    """A note typed mostly in capitals ("POZOR - KOLÁŘ MÁ ZÁKAZ VSTUPU")."""
    return sum(map(str.isupper, text)) > 0.6 * max(1, sum(map(str.isalpha, text)))


def _words_within(words: list[_Word], starts: dict[int, int], start: int, end: int) -> list[int]:
    """The indices of the words that stand between `start` and `end`."""
    i = starts.get(start)
    found = []
    while i is not None and i < len(words) and words[i].end <= end:
        found.append(i)
        i += 1
    return found


# a case code: "K-2026-348", "KL-2025-12" or the shorter "K-0610", "k-0089" (nineteenth round)
_CODE = r"\b[A-Za-z]{1,3}-(?:\d{4}-\d+|\d{3,4})"
_AFTER_A_CODE = re.compile(_CODE + r"\s*[:,–—-]?\s*$")  # "K-2026-348 Láďa zase", "k-2026-047, oleksandr ma"
