"""Addresses: a street and its house number, a postcode, a village's house number where somebody
lives or whose home it is, a street typed in lower case before its town; a file number, an
organisation named by a word and a number ("Slovo 21") or an office's own address is none.
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.dates import _BIRTH_NUMBER, _MONTHS, _YEAR, _looks_like_age
from bot.privacy.lists import _lines, _place_words
from bot.privacy.normalising import Finding
from bot.privacy.offices import _GENERAL, _HOME, _office_near
from bot.text.czech import fold

_STREET = re.compile(
    # "bytem" labels where somebody lives; after an adjective that agrees with it, it is a flat
    # ("pomoc se startovacím bytem")
    r"\b(ul\.|(?<![yi]m )bytem|bydliste|trvale bydliste|c\. ?p\.)\s"
    # "adresa" labels one, not in "(adresa ve spisu)", "adresa neznámá" (nineteenth round)
    r"|\b(?:adresa|adrese)\s(?!(?:je\s+)?(?:ve?\s+(?:spis|system|evidenc|dokumentac|databaz)\w*|"
    r"neznam\w*|neuveden\w*|nezjist\w*|chybi\b|viz\b|zatim\b|nejist\w*|bude\b))"
    # a street or square is an address with its house number ("ulici Komenského 8"), not as a
    # meeting place ("sraz na Palackého náměstí v 10")
    r"|\b(ulice|ulici|namesti|nam\.|trida|tride|tridy|nabrezi|sidliste|sidl\.)\s+(?:[^\W\d_]{3,}\.?\s+){0,3}"
    # a full stop may end the sentence ("bydlí Masarykovo náměstí 100."), not a date or a floor
    r"\d{1,4}(?![\d:]|\.\s*(?:\d|" + "|".join(_MONTHS) + r"|patr))"
    # "Tř. 1. máje 540", "tř. Svobody 12": an avenue, abbreviated, named by a word or a date
    r"|\btr\.\s+(?:\d{1,2}\.\s*)?(?:[^\W\d_]{3,}\.?\s+){1,3}\d{1,4}(?![\d:]|\.\s*\d)",
)
# "Nádražní 12", "Husova 5", "Palackého 1020/5": street names end like adjectives or possessives
_HOUSE_NUMBER = re.compile(
    r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]*(?:ní|ova|ová|ově|ská|cká|ské|cké|ého|ovo|ká|ni|ska|cka|eho|ove)\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b"
    # "1020/5" is a house; "108/2006 Sb." is a law; "KL-46/06", "PMS-2024/235" are case codes
    # a street named by a preposition and a noun: "K Nádraží 42", "Na Valech 7", "U Trati 3"
    r"|\b(?:K|Ke|Na|U|Za|Pod|Nad|Před)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![:.,]\d)"
    # a street's adjective declined after a preposition: "na Sokolskou 32", "na Mírovou 12",
    # "v Dlouhé 5", "ve Školní 3"
    r"|\b(?:[Nn]a|[Vv]e?|[Dd]o|[Zz]e?)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:skou|ckou|ovou|nou|ské|cké|ové|ném|ském|ckém|ovém|ní|né|ovu|ovy)\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![:.,]\d)"
    # a distance, a time or an anniversary from there: "na Husovu 20 metrů", "na Žižkovu 19. výročí"
    r"(?!\.?\s*(?:km|kilometr|metr|m\b|let|lidí|min|hod|kč|tis|%|výročí|vyroci|zastáv|zastav))"
    r"|(?<![\d/])(?<![A-Za-z]-)\b\d{1,5}/(?!(?:19\d\d|20[0-3]\d)\b)\d{1,4}[a-z]?\b"
    # a house on a housing estate, by its number: "bydlí na sídlišti 1210"
    r"|\b[Ss][ií]dli[sš]t[ěeií]m?\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![.,:]\d|\s*(?:let|lidí|rodin|byt|%))"
)
# not a case code's tail and an age: "K-2026-091 55 let"
_POSTCODE = re.compile(r"(?<![\d-])\d{3}\s\d{2}(?!\d)")
_LIVES_AT_A_LOWER_CASE_STREET = re.compile(
    # no "v"/"na" before it: "bydli na oddeleni 5", "ve vezeni 2", "na strahove 3" are places
    r"\b(?:bydli|bydlela?|bydleli|zije|ziji|bydliste)\s+(?:ul\.?\s+|ulici\s+)?"
    r"([a-z]{3,}(?:ova|ska|cka|ni|na|ho|ove|ske|cke)\s+\d{1,4}(?:/\d{1,4})?)\b"
    r"(?![+])(?!\s*(?:let|roku|rok|mesic|tyd|dn|hod|kk|lid|osob|semestr|luz|pokoj|pater|patr))"
)
_NONE_TO_GIVE = re.compile(r"\b(?:nema|nemaji|nemela?|bez)\s+(?:trval\w*\s+)?$")
# an office's address in a note typed in a hurry: "poradna se prestehovala na palackeho 12, kolin"
_AN_OFFICE_IN_LOWER_CASE = re.compile(
    r"\b(?:poradn|urad|uradu|soud|ohlasovn|charit|knihovn|pracak|azyl|nocleh|up\b|pms\b|ospod)"
)
_WHEN_WORDS = ("kazd", "prist", "minul", "ranni", "odpoledn", "nocni", "denni", "vecern", "tydenn", "mesicn")
_LOWER_CASE_STREET_AND_TOWN = re.compile(
    r"(?<![\w.])([a-z]{3,}(?:ova|ska|cka|ni|ho|ove|ske|cke)\s+\d{1,4}(?:/\d{1,4})?[a-z]?)"
    r"\s*,?\s+(?:ve?\s+)?([a-z]{3,})(?:-[a-z]+)?\b"
)
# where somebody lives, for a village's house number ("žije v chatě, Kamenice 48")
_LIVES = re.compile(
    r"\b(" + _HOME + r"|chat[aeuy]|chalup\w*|podnaj\w*|adres\w*|doruc\w*|rodinn\w* (?:dum|dom\w*))\b"
)
_VILLAGE_HOUSE = re.compile(r"\b([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2,})\s+(\d{1,4})(?![\d/:]|[.,]\d)")
_NUMBERED_TOWNS = frozenset({"praha", "prahy", "praze", "prahu", "prahou"})  # "Praha 8" is a district


def _addresses(note: str, folded: str, plain: str) -> list[Finding]:
    """`folded`: the note folded, places that are no address taken out ("v místě bydliště");
    `plain`: the note folded, as long as the note."""
    found = []
    general = _GENERAL.sub(lambda m: " " * len(m.group(0)), plain)
    streets = [
        m
        for m in _STREET.finditer(general + " ")
        if not _office_near(note, plain, *m.span())
        # "nemá trvalé bydliště", "bez trvalého bydliště": none to give
        and not _NONE_TO_GIVE.search(general[max(0, m.start() - 20) : m.start()])
    ]
    if _STREET.search(folded + " ") and streets:
        found.append(Finding("privacy.address", streets[0].group(0).strip()))
    elif postcode := next(
        (m for m in _POSTCODE.finditer(note) if not _office_near(note, plain, *m.span())), None
    ):
        found.append(Finding("privacy.address", postcode.group(0)))
    birth_numbers = [m.span() for m in _BIRTH_NUMBER.finditer(note)]
    for match in _HOUSE_NUMBER.finditer(note):
        if _office_near(note, plain, *match.span()):
            continue  # "v sídle střediska PMS Jihlava, Komenského 22": the office's address
        if fold(match.group(0)) in _numbered_names():
            continue  # "zkuste Slovo 21": an organisation whose name ends in a number
        inside = any(start <= match.start() < end for start, end in birth_numbers)
        if match.group(0)[:1].isdigit() and _FILE_MARK.search(
            note[max(0, match.start() - 14) : match.start()]
        ):
            continue  # "120 EX 4455/22", "2 T 45/2025": a court's or bailiff's file number
        if not inside and not _looks_like_age(note, match):
            found.append(Finding("privacy.address", match.group(0)))
    # typed in a hurry, a street's adjective in lower case: "bydli hornicka 33 v karvine"
    found += [Finding("privacy.address", m.group(1)) for m in _LIVES_AT_A_LOWER_CASE_STREET.finditer(plain)]
    lives = bool(_LIVES.search(folded))
    # "bydli u kamarada, delnicka 45 karvina", "adresu na vysluni 8, ostrava-poruba": a street in
    # lower case, its house number and a town after it, where somebody lives
    found += [
        Finding("privacy.address", m.group(1))
        for m in _LOWER_CASE_STREET_AND_TOWN.finditer(plain)
        if m.group(2) in _place_words()
        # "každého 15 ve Zlíně", "ranní 6 v Plzni", "od příštího 3 v Kolíně": a day or a shift
        and not m.group(1).startswith(_WHEN_WORDS)
        and _LIVES.search(plain, max(0, m.start() - 40), m.start())
        and not _AN_OFFICE_IN_LOWER_CASE.search(plain, max(0, m.start() - 40), m.start())
        and not _office_near(note, plain, *m.span())
    ]
    # "žije v chatě, Kamenice 48": a village's house number, where somebody lives; "Kostelec 120
    # – otec kl.": whose home it is, said right after it
    for match in _VILLAGE_HOUSE.finditer(note):
        whose = _WHOSE_HOME.match(plain, match.end()) or _KIN_THEN_HOUSE.search(
            plain, max(0, match.start() - 40), match.start()
        )
        if lives or whose:
            if (
                not _YEAR.fullmatch(match.group(2))
                and not _office_near(note, plain, *match.span())
                and fold(match.group(1)) not in _NUMBERED_TOWNS
                and not _looks_like_age(note, match)
            ):
                found.append(Finding("privacy.address", match.group(0)))
    return found


@cache
def _numbered_names() -> frozenset[str]:
    """Organisations and brands whose name is a word and a number ("Slovo 21"), folded: shaped
    as a street and its house number, and no address."""
    names = _lines("field_organisations.txt") + _lines("brands.txt")
    return frozenset(fold(name) for name in names if re.fullmatch(r"[^\W\d_]+ \d{1,4}", name))


# ... or right before it: "máma klientky, Horní Lhota 33", "u strejdy: Dolní Újezd 12"
_KIN_THEN_HOUSE = re.compile(
    r"\b(?:mam[aeyu]|mamk\w*|matk\w*|otec|otce|tat[aeyu]|strejd\w*|stryc\w*|tet[aeyu]|babick\w*|"
    r"dedeck\w*|ded[aeuy]|sestr\w*|segr\w*|bratr\w*|brach\w*|rodic\w*|druzk\w*|pritel\w*)\b"
    r"[^.;,:–-]{0,25}[,:–-]\s*(?:[a-z]+\s+)?$"
)


# whose home a village's house number is, said right after it: "Kostelec 120 – otec kl.",
# "Dolní Újezd 45, okr. Svitavy – rodiče kl."
_WHOSE_HOME = re.compile(
    r"[\s,–-]*(?:okr\.?\s+\w+[\s,–-]*)?(?:rodic\w*|otec|otce|matk\w*|mam[aey]|tat[aey]|babick\w*|dedeck\w*|"
    r"sestr\w*|bratr\w*|klient\w*|kl\.|byt\b)"
)


# a file number's register before "4455/22": "120 EX", "2 T", "12 Nt", "INS", "sp. zn."
_FILE_MARK = re.compile(
    r"(?:\b\d{1,4}\s?[A-Z][A-Za-z]{0,3}|\bINS|\bEXE?|\bsp\.\s?zn\.|\bč\.\s?j\.|\bČj\.)\s*$"
)
