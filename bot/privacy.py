"""Refusing what looks like a client's personal data in a handover note or a reminder.

Spojka stores pseudonymous case codes only. A note such as "Jan Novák, nar. 3. 5. 1985,
bytem Nádražní 12" must never be written to the database: it is refused, and the worker is
told why, so that they can rephrase ("muž, 40 let, bez bydlení"). The checks are deliberately
on the strict side; a false alarm costs a rephrasing, a miss costs a person's privacy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from bot.search.index import knowledge_file
from bot.text.czech import fold


@dataclass(frozen=True)
class Finding:
    reason: str  # i18n key: privacy.birth_number, privacy.birth_date, privacy.name, ...
    excerpt: str  # what was found, to show the worker (it is never stored)


_BIRTH_NUMBER = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})\s*/?\s*(\d{3,4})(?!\d)")
_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"
)
_BIRTH_WORDS = re.compile(r"\b(nar|narozen|narozena|narozeny|datum narozeni|dat\. nar)\b")
_STREET = re.compile(
    r"\b(ul\.|ulice|ulici|bytem|bydliste|trvale bydliste|adresa|adrese|c\. ?p\.|namesti|nam\.|trida)\s",
)
# "Nádražní 12", "Husova 5", "Palackého 1020/5": street names end like adjectives or possessives
_HOUSE_NUMBER = re.compile(
    r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+(?:ní|ova|ová|ská|cká|ého|ovo|ká|ská)\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b"
    r"|\b\d{1,5}/\d{1,4}[a-z]?\b"
)
_POSTCODE = re.compile(r"(?<!\d)\d{3}\s\d{2}(?!\d)")
_PHONE = re.compile(r"(?<![\d/])(\+?420\s*)?\d{3}\s?\d{3}\s?\d{3}(?!\d)")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)
_CAPITALISED = re.compile(
    r"\b([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)"
)
_MR_MRS = re.compile(
    r"\b(pan|pana|panu|panem|pani|klient|klientka|klienta|klientky)\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2,})"
)


@cache
def first_names() -> frozenset[str]:
    """Common Czech first names (folded), from knowledge/first_names.txt."""
    with open(knowledge_file("first_names.txt"), encoding="utf-8") as handle:
        return frozenset(fold(line.strip()) for line in handle if line.strip() and not line.startswith("#"))


@cache
def _name_bases() -> tuple[str, ...]:
    """Names without their case ending: jan, jan(a), petr, karl (Karel -> Karla), mark (Marek)."""
    bases = set()
    for name in first_names():
        base = name[:-1] if name[-1] in "aeiouy" else name
        if base.endswith(("el", "ek")):
            base = base[:-2] + base[-1]
        if len(base) >= 3:
            bases.add(base)
    return tuple(sorted(bases))


def is_first_name(word: str) -> bool:
    """A first name in any case: "Jan", "Janem", "Janě", "Karla", "Markovi"."""
    folded = fold(word)
    if folded in first_names():
        return True
    return any(folded.startswith(base) and len(folded) - len(base) <= 3 for base in _name_bases())


def _valid_birth_number(yy: str, mm: str, dd: str, tail: str) -> bool:
    month = int(mm)
    if month > 70:
        month -= 70
    elif month > 50:
        month -= 50
    elif month > 20:
        month -= 20
    if not 1 <= month <= 12 or not 1 <= int(dd) <= 31:
        return False
    if len(tail) == 4:
        number = int(yy + mm + dd + tail)
        return number % 11 == 0 or (int((yy + mm + dd + tail)[:9]) % 11 == 10 and tail[-1] == "0")
    return True  # 9 digits: born before 1954, no check digit


def find_personal_data(note: str, *, today: date | None = None) -> list[Finding]:
    """What in `note` looks like personal data of a person; empty when nothing does."""
    found: list[Finding] = []
    folded = fold(note)
    current_year = (today or date.today()).year
    named = bool(re.search(r"\b(rc|r\. ?c\.?|rodne cislo)\b", folded))
    for match in _BIRTH_NUMBER.finditer(note):
        if named or _valid_birth_number(*match.groups()):
            found.append(Finding("privacy.birth_number", match.group(0)))
    for match in _DATE.finditer(note):
        year = int(match.group(3) or match.group(4))
        # a full date with a year of a grown-up's birth, or any full date next to "nar."
        if 1900 <= year <= current_year - 14 or _BIRTH_WORDS.search(folded):
            found.append(Finding("privacy.birth_date", match.group(0)))
    if _BIRTH_WORDS.search(folded) and not any(f.reason == "privacy.birth_date" for f in found):
        found.append(Finding("privacy.birth_date", _BIRTH_WORDS.search(folded).group(0)))  # type: ignore[union-attr]
    for match in _CAPITALISED.finditer(note):
        if is_first_name(match.group(1)):
            found.append(Finding("privacy.name", match.group(0)))
    for match in _MR_MRS.finditer(note):
        found.append(Finding("privacy.name", match.group(0)))
    if _STREET.search(folded + " ") or _POSTCODE.search(note):
        excerpt = _STREET.search(folded + " ") or _POSTCODE.search(note)
        found.append(Finding("privacy.address", excerpt.group(0).strip() if excerpt else ""))
    birth_numbers = [m.span() for m in _BIRTH_NUMBER.finditer(note)]
    for match in _HOUSE_NUMBER.finditer(note):
        inside = any(start <= match.start() < end for start, end in birth_numbers)
        if not inside and not _looks_like_age(note, match):
            found.append(Finding("privacy.address", match.group(0)))
    for match in _PHONE.finditer(note):
        found.append(Finding("privacy.phone", match.group(0)))
    for match in _EMAIL.finditer(note):
        found.append(Finding("privacy.email", match.group(0)))
    unique: dict[tuple[str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.reason, finding.excerpt), finding)
    return list(unique.values())


def _looks_like_age(note: str, match: re.Match[str]) -> bool:
    after = fold(note[match.end() : match.end() + 12])
    # "42 let", "12. 3." (a date), "150 000 Kč", "2 noci": a number, not a house number
    return bool(
        re.match(r"\s*(\.\s*\d|\d|let|roku|r\.|lety|mesic|dni|dny|den|noc|tydn|hod|kc|korun|krat|%)", after)
    )
