"""Notes typed in capitals ("POZOR - KOLÁŘ MÁ ZÁKAZ VSTUPU"): read again in the case a worker would
have typed them, and which names found in the note as typed are kept.
"""

from __future__ import annotations

import re

from bot.privacy.known import brand_names
from bot.privacy.lists import _TITLE_WORDS, _surname_lemmas, first_names, looks_like_surname, surnames
from bot.privacy.named_after import _PLURAL
from bot.privacy.normalising import Finding
from bot.privacy.offices import _about, _about_an_office
from bot.privacy.unlisted_names import _proper_too
from bot.privacy.words import Kind, is_verb, kind, person_noun
from bot.text.czech import fold


def _shouted_title_and_verb(excerpt: str) -> bool:
    """A name found in capitals that is only titles and verbs: "KLIENTKA PORODILA", "NEDOSTAVIL"
    ("LIŠKA NESMÍ", "PŘIJDE KOVÁŘ" keep their noun)."""
    parts = [part for part in re.findall(r"[^\W\d_]+", excerpt) if fold(part) not in _TITLE_WORDS]
    return bool(parts) and all(
        part.isupper() and is_verb(part) and fold(part) not in surnames() and fold(part) not in first_names()
        for part in parts
    )


def _unshouted(text: str) -> str:
    """A note typed in capitals in the case a worker would have typed it: a sentence's first
    word and a word that may be a name capitalised (a proper noun, a listed name or shaped like
    one, a word the dictionary also holds as a proper noun, a living being in the singular not
    after "jako", a word no dictionary knows right after such a word: "JANA KEPLERA"), short
    abbreviations the dictionary lacks left in capitals ("DPC"), every other word in lower
    case. The length stays the same, so what is found can be shown."""
    titled_until = -1

    def one_word(match: re.Match[str]) -> str:
        nonlocal titled_until
        word = match.group(0)
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        opens = at < 0 or text[at] in ".!?:;\n(–—-•*"
        titled = word[:1] + word[1:].lower()
        lower = word.lower()
        if len(titled) != len(word) or len(lower) != len(word) or not word.isupper():
            return word
        folded = fold(word)
        if len(word) <= 5 and kind(titled) is Kind.UNKNOWN and folded not in first_names():
            return word  # "DPC", "OSPOD", "MOP"
        before = fold(text[max(0, match.start() - 5) : match.start()]).split()
        if (
            kind(titled) is Kind.PROPER
            or folded in surnames()
            or folded in first_names()
            or looks_like_surname(folded)  # "KOHOUTOVÁ"
            or _proper_too(titled)  # "KABÁT"
            or (kind(titled) is Kind.UNKNOWN and titled_until == at + 1)  # "JANA KEPLERA"
            # "PŘES ZAJÍCE"; not "JAKO PEKAŘ", "POSKYTOVATELŮ"
            or (person_noun(titled) and not lower.endswith(_PLURAL) and before[-1:] != ["jako"])
        ):
            titled_until = match.end()
            return titled
        # a word the dictionary lacks ("PŘEDEM", "ALIMENTY") inside a sentence is most likely
        # no name; opening one, the rules decide ("KOLÁŘ MÁ")
        return titled if opens else lower

    return re.sub(r"[^\W\d_]+", one_word, text)


def _listed_in_capitals(note: str, finding: Finding) -> bool:
    """A name found in a note typed in capitals as typed, which the note read as a worker would
    have typed it does not find again: kept when it is made of listed names, holds a first name,
    or is a surname and its verb ("JAN NOVAK", "ZPRAVU MICHALOVI", "POZOR - LIŠKA NESMÍ"); every
    word of a shouted note is capitalised, so a pair of ordinary words or a word no list holds is
    nobody ("PRACI V ALBERTU ZTRATIL", "VYJIZDIME PO-PA"). A street before its house number stays
    found unless the note is about an office ("KLIENT BYDLI PALACKEHO 12"; "PORADA NA RADNICI,
    MASARYKOVA 1")."""
    if finding.reason != "privacy.name":
        return True
    at = note.find(finding.excerpt)
    if at >= 0 and re.match(r"\s+\d", note[at + len(finding.excerpt) :]):
        # a street and its house number ("KLIENT BYDLI PALACKEHO 12"), but an office's
        return not _about_an_office(_about(fold(note)))
    parts = [fold(part) for part in re.findall(r"[^\W\d_]+", finding.excerpt)]
    listed = [
        part
        for part in parts
        if (part in first_names() or part in surnames() or part in _surname_lemmas())
        and not brand_names().knows(part)
    ]
    if len(listed) >= min(2, len(parts)) or any(part in first_names() for part in listed):
        return True  # "JAN NOVAK", "ZPRAVU MICHALOVI"
    # a listed name and its verb: "LIŠKA NESMÍ" (not "ALBERTU ZTRATIL": a shop)
    return len(listed) == 1 and all(part in listed or is_verb(part) for part in parts)
