"""A capitalised word that is a place, not a person, by what it is or where it stands: after a
place's preposition ("v Němčicích", "z Mikulova"), a region ("Opavsko", "na Kladensku"), a town of
one word, the first word of a place of two ("Horní Lideč"), a square's name ("havlickove nam."), a
street or river shortened after "tř.", "nám.".
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.lists import _MISTER, _lines
from bot.privacy.normalising import _dotted, _Word
from bot.search.index import knowledge_file
from bot.search.places import name_variants
from bot.text.czech import fold, is_czech_word

# a capitalised word after these is a place: "v Němčicích", "do Orlové", "z Chánova"
_PLACE_PREPOSITIONS = frozenset({"v", "ve", "do", "z", "ze", "na", "pod", "nad"})
_CURRENCY_AND_UNITS = frozenset({"kc", "eur", "czk", "sb", "tis", "mil"})


_REGION = re.compile(r"^([a-z]{3,}[sc]k)(?:o|a|u|em|ach)$")


_TOWN_REGION = re.compile(r"^[a-z]{3,}[bdfhklmnprtvz]sk[ou]$")


def _region(folded: str) -> bool:
    """A region named by its town's or land's adjective: "Opavsko" (opavský), "na Kladensku",
    "Moravskoslezsko" (moravskoslezský)."""
    if _TOWN_REGION.match(folded):
        # a region made from a town nobody listed: "Šluknovsko", "na Frýdlantsku"; a surname in
        # -ško or -šek has a vowel before it ("Blaško", "Janoušku")
        return True
    match = _REGION.match(folded)
    return match is not None and (
        match.group(1) in _place_adjective_stems() or is_czech_word(match.group(1) + "y")
    )


@cache
def _place_adjective_stems() -> frozenset[str]:
    """ "jesenick" of "jesenický" (knowledge/place_adjectives.csv): "Jesenicko" is a region."""
    import csv

    with open(knowledge_file("place_adjectives.csv"), encoding="utf-8", newline="") as handle:
        return frozenset(fold(row["adjective"])[:-1] for row in csv.DictReader(handle) if row["adjective"])


def _after_place_preposition(words: list[_Word], index: int) -> bool:
    """ "v Němčicích", "z Mikulova", "v Horní Lidči"; but "kontakt na Vomáčkovou", "do
    Hanákovi" are people."""
    if (
        index > 1
        and _place_first_word().match(words[index - 1].text)
        and words[index - 1].start - words[index - 2].end <= 1
    ):
        index -= 1  # "v Horní Lidči", "do Nové Vsi": a place's first word, then its name
    return (
        index > 0
        and _place_preposition(words[index - 1])
        and not words[index].folded.endswith(("ovou", "ovi"))
        and not _ze_typed_for_that(words[index - 1], words[index])
    )


def _ze_typed_for_that(previous: _Word, word: _Word) -> bool:
    """ "ze" typed without diacritics before a word that "z" would take: it is "že" ("Nezapomen,
    ze Novakova odchazi"; but "ze Zlina", "ze Slezska", "ze Lhoty", "ze Vsetina" are places)."""
    folded = word.folded
    return (
        previous.text.lower() == "ze"
        and len(folded) > 2
        and folded[0] not in "sz"
        and word.text[:1].lower() not in "šž"
        and folded[1] in "aeiouy"
    )


def _place_preposition(word: _Word) -> bool:
    """ "v", "z", "do" ...; "že" folds to "ze" but is a conjunction, and what follows it opens a
    clause ("Vím, že Nováková odchází" is a person, not a place)."""
    return word.folded in _PLACE_PREPOSITIONS and word.text.lower() != "že"


@cache
def _place_first_word() -> re.Pattern[str]:
    """The first word of a place of two words: "Horní Lideč", "Dolní Loučky", "Velké Meziříčí"
    (knowledge/place_first_words.txt)."""
    stems = "|".join(re.escape(line) for line in _lines("place_first_words.txt"))
    return re.compile(r"^(?:" + stems + r")[a-záéíýěů]{0,4}$")


def _square_after(words: list[_Word], index: int) -> bool:
    """ "náměstí" or "nám." right after the word: "havlickove nam." is a square's name."""
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        following is not None
        and following.start - words[index].end == 1  # "zavolat novakove, namesti je zavrene" is her
        and (following.folded == "namesti" or (following.folded == "nam" and _dotted(following)))
    )


@cache
def _whole_towns() -> frozenset[str]:
    """Towns (and their case forms) named by one word: "Kladno", "Most", "Písek"."""
    import csv

    found: set[str] = set()
    with open(knowledge_file("towns.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("name") or "").strip()
            if name and " " not in name:
                found |= {w for variant in name_variants(name) for w in variant} | {fold(name)}
    return frozenset(found)


# how Czech places end ("Mikulov", "Hlučín", "Kravaře", "Bolatice", "Zábrdovic", "Vítkovic")
_PLACE_ENDINGS = tuple("ov ova ovic in ina any an na no ve ce ic re ry ny".split())


# a street abbreviated before its name: "tř. Budovatelů", "nám. Míru"; "n." and "p." (nad, pod)
# before a river's or a hill's shortened name after a town: "Kostelec n. Orl.", "Ústí n. L."
_STREET_ABBREVIATIONS = frozenset({"tr", "nam"})


def _abbreviated_street_or_river(text: str, words: list[_Word], index: int) -> bool:
    """The word names a street after "tř."/"nám." or a river or hill shortened after a town and
    "n."/"p." ("Kostelci n. Orl."); "p. Kos" (pan) is somebody."""
    if index == 0:
        return False
    previous = words[index - 1]
    if text[previous.end - 1 : previous.end] != "." or not words[index].capital:
        return False
    if previous.folded in _STREET_ABBREVIATIONS:
        return True
    word = words[index]
    return (
        previous.folded in ("n", "p")
        and index > 1
        and words[index - 2].capital
        and words[index - 2].folded not in _MISTER
        and text[word.end - 1 : word.end] == "."
        and len(word.text) <= 4
        # a house number after the town is an address: "Kostelec n. Orl. 125", "…, čp. 125"
        # (a house number, not a date or a year: "Kostelci n. Orl. 12. června", "… 2026: koncert")
        and not re.match(
            r"[.,\s]*(?:č\.?\s*p\.?\s*\d|(?!(?:19|20)\d\d\b)\d{1,4}(?![.\d]))",
            text[word.end :],
            re.IGNORECASE,
        )
    )
